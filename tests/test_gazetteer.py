import pytest

from timeline.gazetteer import coordinates, find_city


def test_coordinates_by_name_or_alias_within_a_country() -> None:
    kyiv = coordinates(["Kiev"], "UA")
    assert kyiv == coordinates(["Kyiv"], "UA")
    assert kyiv is not None
    assert kyiv[0] == pytest.approx(50.45, abs=0.05)
    assert kyiv[1] == pytest.approx(30.52, abs=0.05)


def test_the_country_picks_among_cities_of_one_name() -> None:
    moscow_ru, moscow_us = coordinates(["Moscow"], "RU"), coordinates(["Moscow"], "US")
    assert moscow_ru is not None and moscow_us is not None
    assert moscow_ru[1] > 30 > moscow_us[1]


def test_unknown_names_have_no_coordinates() -> None:
    assert coordinates(["Nowhereville"], "UA") is None
    assert coordinates(["Alaska"], "US") is None  # a state, not a city


def test_find_city_takes_the_most_populous_city_of_a_name() -> None:
    assert find_city("Geneva") == ("Geneva", "CH")
    assert find_city("Kryvyi Rih") is not None
    assert find_city("Putin") is None
