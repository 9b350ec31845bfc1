"""The dateline reader: where a wire dateline ends, and its place, day, agency and country."""

from __future__ import annotations

import pytest

from timeline.dateline import Dateline, dateline_at, find_datelines, without_dateline


def parts(text: str) -> tuple[str, str | None, str | None, str | None, str | None] | None:
    """The dateline opening ``text`` as written, with its place, day, agency and country."""
    found = dateline_at(text)
    if found is None:
        return None

    def written(span: tuple[int, int] | None) -> str | None:
        return None if span is None else text[span[0] : span[1]]

    return (
        text[found.start : found.end],
        written(found.place),
        written(found.date),
        written(found.agency),
        written(found.country),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place in capitals closed by a dash, with its country, day and agency
        (
            "TAMALE, Ghana, Oct. 3 (Reuters) - The market burned.",
            ("TAMALE, Ghana, Oct. 3 (Reuters) -", "TAMALE", "Oct. 3", "Reuters", "Ghana"),
        ),
        ("ODESA (AP) — Ships left.", ("ODESA (AP) —", "ODESA", None, "AP", None)),
        # ... an agency's bracket between two dashes
        (
            "TAMALE, Ghana — (AP) — The market burned.",
            ("TAMALE, Ghana — (AP) —", "TAMALE", None, "AP", "Ghana"),
        ),
        # ... or a day between two dashes
        (
            "TAMALE, Ghana – Oct 3, 2025 – The market burned.",
            ("TAMALE, Ghana – Oct 3, 2025 –", "TAMALE", "Oct 3, 2025", None, "Ghana"),
        ),
        # ... or a day ending the line after the dash
        (
            "TAMALE, GHANA — Oct 3, 2025\n\nThe market burned.",
            ("TAMALE, GHANA — Oct 3, 2025", "TAMALE", "Oct 3, 2025", None, "GHANA"),
        ),
        # ... a dash with no space before it
        ("CHIANG MAI—Rain fell.", ("CHIANG MAI—", "CHIANG MAI", None, None, None)),
        # an agency between slashes after the day
        (
            "HARARE, March 3. /TASS/. Talks began.",
            ("HARARE, March 3. /TASS/.", "HARARE", "March 3", "TASS", None),
        ),
        # ... two towns the story was filed from, in capitals or not
        (
            "ACCRA/LOME, Oct. 3 (Reuters) - The border closed.",
            ("ACCRA/LOME, Oct. 3 (Reuters) -", "ACCRA/LOME", "Oct. 3", "Reuters", None),
        ),
        (
            "Accra/Lome, Oct 3 (Reuters) - The border closed.",
            ("Accra/Lome, Oct 3 (Reuters) -", "Accra/Lome", "Oct 3", "Reuters", None),
        ),
        # a place in small letters, a day and an agency's bracket before the first word
        (
            "Mysuru, Jun 9 (PTI) Two buses collided.",
            ("Mysuru, Jun 9 (PTI)", "Mysuru", "Jun 9", "PTI", None),
        ),
        # ... or only its part after the comma, in a clause cut there
        ("Jun 9 (PTI) Two buses collided.", ("Jun 9 (PTI)", None, "Jun 9", "PTI", None)),
        # ... with the day again and its year
        (
            "Kampot, Mar 3 (AFP) Mar 3, 2025 Police raided a casino.",
            ("Kampot, Mar 3 (AFP) Mar 3, 2025", "Kampot", "Mar 3", "AFP", None),
        ),
        # a country in square brackets, a region in round ones, before a colon
        (
            "Lucknow (Uttar Pradesh) [India], May 2: Rain fell.",
            ("Lucknow (Uttar Pradesh) [India], May 2:", "Lucknow", "May 2", None, "India"),
        ),
        (
            "Kandy [Sri Lanka], May 2 (ANI): Rain fell.",
            ("Kandy [Sri Lanka], May 2 (ANI):", "Kandy", "May 2", "ANI", "Sri Lanka"),
        ),
        # a town in small letters before a colon or a dash, with no agency
        ("Mombasa: Two ferries sank.", ("Mombasa:", "Mombasa", None, None, None)),
        ("Quetta - Gunmen fired.", ("Quetta -", "Quetta", None, None, None)),
        (
            "Quetta, Pakistan – May 2, 2025\n\nGunmen fired.",
            ("Quetta, Pakistan – May 2, 2025", "Quetta", "May 2, 2025", None, "Pakistan"),
        ),
        ("Quetta- Gunmen fired.", ("Quetta-", "Quetta", None, None, None)),
        (
            "Lusaka, May 2, 2025 — Rain fell.",
            ("Lusaka, May 2, 2025 —", "Lusaka", "May 2, 2025", None, None),
        ),
        (
            "Lima/La Paz, Oct 3 (AFP) - Floods spread.",
            ("Lima/La Paz, Oct 3 (AFP) -", "Lima/La Paz", "Oct 3", "AFP", None),
        ),
        # an agency written in small letters, as some wires write their own
        ("Lima (dpa) - Floods spread.", ("Lima (dpa) -", "Lima", None, "dpa", None)),
        (
            "Lima/Quito (dpa) - Floods spread.",
            ("Lima/Quito (dpa) -", "Lima/Quito", None, "dpa", None),
        ),
        # ... or two agencies of small letters and capitals, after a day written day first
        (
            "Lima, 20 March 2025 (dpa/EFE) — Floods spread.",
            ("Lima, 20 March 2025 (dpa/EFE) —", "Lima", "20 March", "dpa/EFE", None),
        ),
        (
            "Lima (afp/dpa) - Floods spread.",
            ("Lima (afp/dpa) -", "Lima", None, "afp/dpa", None),
        ),
        # an agency's name alone in brackets, with a dash or not
        ("(MENAFN) Floods spread.", ("(MENAFN)", None, None, "MENAFN", None)),
        ("(Reuters) - Floods spread.", ("(Reuters) -", None, None, "Reuters", None)),
        ("(AP) — Floods spread.", ("(AP) —", None, None, "AP", None)),
        # negative: words in brackets, or an acronym before words in small letters
        ("(In full) Floods spread.", None),
        ("(ICC) judges ruled.", None),
        # negative: a slash or a bracket in the words of a sentence
        ("Lima/Quito talks - a summary - began.", None),
        ("Lima (in the rain) - Floods spread.", None),
        # the time stamp of a live page's entry: when it was posted, and no place
        ("10:40 GMT - Troops crossed the river.", ("10:40 GMT -", None, "10:40 GMT", None, None)),
        ("14.05 BST\nTroops crossed the river.", ("14.05 BST", None, "14.05 BST", None, None)),
        (
            "9:12 a.m. ET — Troops crossed the river.",
            ("9:12 a.m. ET —", None, "9:12 a.m. ET", None, None),
        ),
        # ... after a label, alone on its line
        (
            "Updated at 12.15 BST\nTroops crossed the river.",
            ("Updated at 12.15 BST", None, "12.15 BST", None, None),
        ),
        ("Posted 14:05 GMT\nTroops crossed.", ("Posted 14:05 GMT", None, "14:05 GMT", None, None)),
        # negative: a label and a time going on in a sentence
        ("Talks at 10:30 GMT ended early.", None),
        # negative: a clock time opening words in small letters, or a sentence
        ("10:40 - in the rain, troops crossed.", None),
        ("10:40 GMT was when troops crossed.", None),
        # negative: a country or an organisation before a colon heads a topic, not a dateline
        ("Zambia: Rain Falls Again", None),
        ("Hamas: The group said it would answer.", None),
        # negative: a word that names some small town elsewhere, or none
        ("Police: Two men were held.", None),
        ("Update - The roads are open.", None),
        # negative: a name and its initials in brackets, then a word in capitals
        ("The Rapid Support Forces (RSF) Commander spoke.", None),
        # a town in small letters, its day with the year and the outlet's name, and a colon
        (
            "Mombasa, August 03, 2024, The Coast Herald: Ferries sank.",
            (
                "Mombasa, August 03, 2024, The Coast Herald:",
                "Mombasa",
                "August 03, 2024",
                None,
                None,
            ),
        ),
        # negative: a town, then words in small letters after the dash or the colon
        ("Quetta - in the rain - gunmen fired.", None),
        ("Mombasa: the ferries sank.", None),
    ],
)
def test_a_dateline_and_its_parts(
    text: str, expected: tuple[str, str | None, str | None, str | None, str | None] | None
) -> None:
    assert parts(text) == expected


def test_the_datelines_opening_paragraphs_are_found_in_order() -> None:
    text = "Storm update\n\nMombasa: Two ferries sank.\n\nODESA (AP) — Ships left."
    assert [text[d.start : d.end] for d in find_datelines(text)] == ["Mombasa:", "ODESA (AP) —"]


def test_a_surface_loses_its_dateline_only() -> None:
    assert without_dateline("Mysuru, Jun 9 (PTI) Two buses collided.") == "Two buses collided."
    assert without_dateline("Two buses collided.") == "Two buses collided."


def test_a_dateline_keeps_its_parts_inside_it() -> None:
    with pytest.raises(ValueError, match="outside"):
        Dateline(0, 5, (0, 9))
    with pytest.raises(ValueError, match="outside"):
        Dateline(0, 5, (0, 3), agency=(4, 4))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("PORT SUDAN: Gunmen fired.", True),
        ("Mombasa: Two ferries sank.", True),
        # a village the gazetteer does not know, in a country it knows
        ("TAFEGHAGHTE, Morocco — Rescuers dug.", True),
        ("TAFEGHAGHTE, Morocco—Rescuers dug.", True),
        # negative: two towns name no one town the story was filed from
        ("ACCRA/LOME, Oct. 3 (Reuters) - The border closed.", False),
        # negative: a speaker's label in capitals has a dateline's shape but no town
        ("SECRETARY RUIZ: I came to Accra today.", False),
        ("QUESTION: Will the talks resume?", False),
    ],
)
def test_a_dateline_knows_whether_it_names_a_town(text: str, town: bool) -> None:
    found = dateline_at(text)
    assert found is not None and found.town is town
