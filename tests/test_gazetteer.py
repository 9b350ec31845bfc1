from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.gazetteer import (
    bundled_pack,
    coordinates,
    countries,
    find_city,
    load_pack,
    regions_named,
    territories_by_key,
    towns_named,
)


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


def test_find_city_takes_the_most_populous_city_of_a_name() -> None:
    assert find_city("Geneva") == ("Geneva", "CH")
    assert find_city("Kryvyi Rih") is not None
    assert find_city("Putin") is None


@pytest.mark.parametrize(
    ("name", "country", "smaller_than"),
    [
        ("Chasiv Yar", "UA", 15000),  # towns under 15,000 people are in the gazetteer
        ("Bilozerske", "UA", 15000),
        ("Toretsk", "UA", 100000),
    ],
)
def test_towns_of_a_thousand_people_are_known(name: str, country: str, smaller_than: int) -> None:
    town = towns_named(name)[0]
    assert town.country == country
    assert 1000 <= town.population < smaller_than


def test_a_towns_own_name_comes_before_another_towns_former_name() -> None:
    # Engels (Saratov oblast) was once called Pokrovsk and is bigger than Pokrovsk.
    assert towns_named("Pokrovsk")[0].name == "Pokrovsk"


def test_names_without_diacritics_find_the_town() -> None:
    assert towns_named("Rafah")[0].country == "PS"


def test_a_hyphen_may_stand_for_a_space() -> None:
    assert towns_named("El-Fasher")[0].name == "El Fasher"
    assert towns_named("Kupiansk-Vuzlovyi")[0].name == "Kupiansk-Vuzlovyi"  # its own hyphen
    assert towns_named("El-Nowhere-Town") == ()


@pytest.mark.parametrize(
    ("name", "country"),
    [("North Darfur", "SD"), ("Crimea", "UA"), ("Alaska", "US"), ("Donetsk", "UA")],
)
def test_first_level_regions_by_english_name(name: str, country: str) -> None:
    assert country in {region.country for region in regions_named(name)}


def test_nicknames_of_regions_are_not_names() -> None:
    assert regions_named("The Last Frontier") == ()


def test_countries_have_a_name_a_capital_and_a_point_inside() -> None:
    ukraine = countries()["UA"]
    assert (ukraine.name, ukraine.capital) == ("Ukraine", "Kyiv")
    assert 44 < ukraine.point[0] < 53 and 22 < ukraine.point[1] < 41


def test_the_bundled_pack_holds_the_seed_wars_names() -> None:
    pack = bundled_pack("ukraine-war")
    assert "Vladimir Putin" in pack.people
    place, aliases, capital = pack.places["Pokrovsk"]
    assert "Krasnoarmeysk" in aliases and not capital
    assert place.country == "UA" and place.kind == "city"
    assert pack.places["Donetsk region"][0].kind == "region"


def test_a_bad_pack_names_its_file(tmp_path: Path) -> None:
    bad = tmp_path / "pack.toml"
    bad.write_text('[places.Nowhere]\ncountry = "Ukraine"\n', encoding="utf-8")
    with pytest.raises(TimelineError, match="pack.toml"):
        load_pack(bad)
    bad.write_text("[places\n", encoding="utf-8")
    with pytest.raises(TimelineError, match="pack.toml"):
        load_pack(bad)


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        ("actors = 5\n", r"\[actors\] should be a table, not an integer"),
        ("[actors]\npeople = ['Ann Lee']\n", r"\[actors.people\] should be a table, not a list"),
        (
            "[actors.people]\n'Ann Lee' = 'Lee'\n",
            r"'Ann Lee' should be a list of names, not a text",
        ),
        ("[actors.people]\n'Ann Lee' = [['Lee']]\n", r"'Ann Lee' should be a list of names"),
        ("[actors.people]\n'Ann Lee' = ['']\n", r"'Ann Lee' should be a list of names"),
        ("[actors.people]\n' ' = ['Lee']\n", r"\[actors.people\] names an empty name"),
        ("[actors.groups]\n'Red Team' = []\n", r"\[actors\] has an unknown key 'groups'"),
        ("[actor.people]\n'Ann Lee' = []\n", r"the pack has an unknown key 'actor'"),
        ("places = 3\n", r"\[places\] should be a table, not an integer"),
        ("[places]\nLakeside = 'US'\n", r"\[places.Lakeside\] should be a table, not a text"),
        (
            "[places.Lakeside]\ncountry = 12\n",
            r"'Lakeside' needs a two-letter ISO 3166 country code",
        ),
        (
            "[places.Lakeside]\ncountry = 'QQ'\n",
            r"'Lakeside' needs a two-letter ISO 3166 country code",
        ),
        ("[places.Lakeside]\ncountry = 'US'\naliases = 'Lake'\n", r"aliases should be a list"),
        ("[places.Lakeside]\ncountry = 'US'\naliases = [1]\n", r"aliases should be a list"),
        ("[places.Lakeside]\ncountry = 'US'\nregion = 'no'\n", r"region should be true or false"),
        ("[places.Lakeside]\ncountry = 'US'\ncity = true\n", r"has an unknown key 'city'"),
        (
            "a = " + "[" * 50_000 + "]" * 50_000 + "\n",
            r"cannot read the domain pack: nested too deeply",
        ),
    ],
)
def test_a_pack_of_the_wrong_shape_is_refused_in_one_line_naming_file_and_key(
    tmp_path: Path, pack: str, message: str
) -> None:
    bad = tmp_path / "pack.toml"
    bad.write_text(pack, encoding="utf-8")
    with pytest.raises(TimelineError, match=r"^\S*pack\.toml: .*" + message) as caught:
        load_pack(bad)
    assert "\n" not in str(caught.value)


def test_a_pack_of_the_right_shape_is_read(tmp_path: Path) -> None:  # the negative of the above
    good = tmp_path / "pack.toml"
    good.write_text(
        "[actors.people]\n'Ann Lee' = ['Lee', 'Dr Lee']\n[actors.organizations]\nNATO = []\n"
        "[places.Lakeside]\ncountry = 'us'\naliases = ['Lake Side']\ncapital = false\n"
        "[places.'Red Valley']\ncountry = 'US'\nregion = true\n",
        encoding="utf-8",
    )
    pack = load_pack(good)
    assert pack.people == {"Ann Lee": ("Lee", "Dr Lee")} and pack.organizations == {"NATO": ()}
    assert pack.places["Lakeside"][1:] == (("Lake Side",), False)
    assert pack.places["Red Valley"][0].kind == "region"


def test_well_known_territories_are_regions_of_a_known_country() -> None:
    assert [(r.name, r.country) for r in regions_named("west bank")] == [("West Bank", "PS")]
    assert [r.country for r in regions_named("Kashmir")] == ["IN"]
    known = countries()
    for name, code, (latitude, longitude) in territories_by_key().values():
        assert code in known or not code, name  # continents and seas: no one country
        assert -90 <= latitude <= 90 and -180 <= longitude <= 180
    assert regions_named("Bank") == () and regions_named("Strip") == ()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Takhar", "AF"),  # written "Takhār" in the standard: diacritics folded
        ("Tigray", "ET"),  # a local name in Latin letters ("Tigrai" in the standard)
        ("Amhara", "ET"),  # an English name with its generic words dropped
    ],
)
def test_regions_by_the_spelling_news_uses(name: str, country: str) -> None:
    assert country in {region.country for region in regions_named(name)}


def test_nicknames_of_regions_are_no_names() -> None:
    assert regions_named("Five Lions") == ()
