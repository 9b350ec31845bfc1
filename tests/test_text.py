import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import make_article
from timeline import resolve, text
from timeline.text import in_text, one_of, reading_view, sentence_spans, squash, unwrap


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_unwrap_joins_hard_wrapped_lines_but_keeps_paragraphs() -> None:
    text = "Russia made about “piercing” the frontline back\nin August.\n\nNew paragraph."
    flat = unwrap(text)
    assert "back in August" in flat
    assert "\n\n" in flat
    assert len(flat) == len(text)


def test_unwrap_blanks_windows_line_ends_without_moving_offsets() -> None:
    text = "back\r\nin August"
    assert unwrap(text) == "back  in August"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin spoke. Kyiv disputed it.", ["Putin spoke.", "Kyiv disputed it."]),
        ("The U.S. envoy met Putin. Talks ended.", ["The U.S. envoy met Putin.", "Talks ended."]),
        ("Gen. Gerasimov reported. He smiled.", ["Gen. Gerasimov reported.", "He smiled."]),
        (
            "Brig. Gen. Ana Ruiz spoke. Cpl. Lee left.",
            ["Brig. Gen. Ana Ruiz spoke.", "Cpl. Lee left."],
        ),
        ("He said “it fell.” Then he left.", ["He said “it fell.”", "Then he left."]),
        ("Headline without stop\n\nBody text.", ["Headline without stop", "Body text."]),
        ("It is 95.5 percent done.", ["It is 95.5 percent done."]),
        ("fighting was still going on inside the city and\nthat Moscow lied.", None),
        # a line in title case is a heading: it ends its sentence without a stop or a blank line
        (
            "Rebels Seize Border Town After Week of Clashes\nRebels took Arlo on Sunday.",
            ["Rebels Seize Border Town After Week of Clashes", "Rebels took Arlo on Sunday."],
        ),
        (
            "By Anna Berg and Tom Hale\nDrone Strike on Port Leaves Two Dead\nA drone hit it.",
            [
                "By Anna Berg and Tom Hale",
                "Drone Strike on Port Leaves Two Dead",
                "A drone hit it.",
            ],
        ),
        # a first line in sentence case, much shorter than the paragraph after it: a title
        (
            "Rebels seize a border town after a week of clashes\nRebels took the town of Arlo on"
            " Sunday after a week of fighting, officials said. Residents fled to the hills.",
            [
                "Rebels seize a border town after a week of clashes",
                "Rebels took the town of Arlo on Sunday after a week of fighting, officials said.",
                "Residents fled to the hills.",
            ],
        ),
        # ... so is the first line of a later paragraph, a live page's entry heading
        (
            "Clashes go on\n\n10:40 GMT - Toll rises to eleven\nAt least 11 civilians were"
            " killed in border provinces on Thursday, the ministry said. Two soldiers died.",
            [
                "Clashes go on",
                "10:40 GMT - Toll rises to eleven",
                "At least 11 civilians were killed in border provinces on Thursday, the ministry"
                " said.",
                "Two soldiers died.",
            ],
        ),
        # a live entry's heading of one or two long words: its time stamp makes it a heading
        (
            "Clashes go on\n\n13:25 GMT - Prisoners freed\nThe prison service said it had"
            " freed 40 detainees on Monday. Crowds gathered.",
            [
                "Clashes go on",
                "13:25 GMT - Prisoners freed",
                "The prison service said it had freed 40 detainees on Monday.",
                "Crowds gathered.",
            ],
        ),
        (
            "09:05 GMT \u2014 Blasts heard\nWitnesses reported two loud explosions near the port"
            " early on Monday.",
            [
                "09:05 GMT \u2014 Blasts heard",
                "Witnesses reported two loud explosions near the port early on Monday.",
            ],
        ),
        # negative: a first line as long as the next (a wrapped text), or short words only
        (
            "Clashes go on.\n\nRebels seized a border town after a week of clashes with the"
            " army in the\nRegion of Arlo on Sunday, officials said.",
            [
                "Clashes go on.",
                "Rebels seized a border town after a week of clashes with the army in the\nRegion"
                " of Arlo on Sunday, officials said.",
            ],
        ),
        (
            "Rebels seized a border town after a week of clashes with the army in the\nRegion"
            " of Arlo on Sunday, officials said.",
            None,
        ),
        ("Talks in Kyiv\nResumed on Monday after a long pause in the region, aides said.", None),
        ("At 10:40 GMT - the talks\nResumed on Monday after a long pause, aides said.", None),
        # negative: a wrapped line with a word in small letters, ending on a comma, or going
        # on in small letters is no heading
        ("The envoy met the Foreign Minister of\nRuritania on Monday.", None),
        ("Talks With Kyiv And Moscow Resumed\nin Geneva.", None),
        ("Presidents Anna Berg, Tom Hale,\nLena Ruiz met.", None),
        ("KYIV, Ukraine (AP) —\nRussian drones struck.", None),
        # a line opening on a dated label and a colon is an entry of a chronology: it starts
        # a sentence, after a label ending on a colon too
        (
            "Timeline:\n3 March: Rebels enter Arlo\nMarch 9: Talks open in Vell\n2021: A truce",
            [
                "Timeline:",
                "3 March: Rebels enter Arlo",
                "March 9: Talks open in Vell",
                "2021: A truce",
            ],
        ),
        # negative: a clock, a label without a number, a colon before small letters
        ("The raid ended before\n10:40 GMT - troops left.", None),
        ("The envoy listed the demands\nOf the rebels: Release of prisoners.", None),
        ("Exports fell in the year to\nMarch 2021: they rose later.", None),
        # a clock's "a.m."/"p.m." ends a sentence when a new one starts after it ...
        (
            "The first charge went off at 3:12 a.m. The video shown later had no sound.",
            ["The first charge went off at 3:12 a.m.", "The video shown later had no sound."],
        ),
        (
            "Sirens sounded at 11 p.m. Residents hid in the metro.",
            ["Sirens sounded at 11 p.m.", "Residents hid in the metro."],
        ),
        # ... but not before the clock's zone, day or place, nor inside a name
        ("The truce began at 6 a.m. Moscow time on Friday.", None),
        ("The truce began at 6 p.m. Eastern Standard Time.", None),
        ("The vote opens at 8 a.m. Tuesday in the capital.", None),
        ("The vote opens at 8 a.m. March 3 in the capital.", None),
        ("The shelling stopped at 2 a.m. GMT and resumed later.", None),
        ("The shelling stopped at 2 a.m. IST and resumed later.", None),
        ("The raid ended at 5 a.m. (0200 GMT) near the port.", None),
        ("The U.S. envoy and Gen. Ana Ruiz met in St. Marys.", None),
        # each entry of a chronology or a list is its own sentence, even without a stop
        (
            "Timeline\n\n3 March: Rebels take the airport\n5 March: Talks open in Arlo\n"
            "March 9 - Truce signed",
            [
                "Timeline",
                "3 March: Rebels take the airport",
                "5 March: Talks open in Arlo",
                "March 9 - Truce signed",
            ],
        ),
        (
            "What changed:\n- Ports reopened on Monday\n• Flights resume on June 2, 2025",
            ["What changed:", "- Ports reopened on Monday", "• Flights resume on June 2, 2025"],
        ),
        # negative: a wrapped line going on with a date, a number or a dash inside the sentence
        ("The talks that began in the capital on\n3 March: were they a success?", None),
        ("The army said it had taken the town of Arlo and\n12 villages on Monday.", None),
        ("Fighting resumed in the north,\n- and on Monday in the south.", None),
    ],
)
def test_sentence_spans(text: str, expected: list[str] | None) -> None:
    if expected is None:
        expected = [text]
    assert sentences(text) == expected


@given(st.text())
def test_sentence_spans_are_ordered_trimmed_slices(text: str) -> None:
    previous_end = 0
    for start, end in sentence_spans(text):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


def test_squash_collapses_line_breaks() -> None:
    assert squash("back\nin  August ") == "back in August"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        # a right-to-left override reorders what is shown
        ("\u202eOn Monday\u202c troops advanced", "On Monday troops advanced"),
        # a NUL ends a cell for some spreadsheet readers
        ("On Monday\x00 troops advanced", "On Monday troops advanced"),
        ("\ufeffOn Monday troops\u2067 advanced\u2069", "On Monday troops advanced"),
        ("On Monday\x1b[31m troops", "On Monday [31m troops"),  # a terminal escape
    ],
)
def test_squash_drops_invisible_controls_from_untrusted_text(raw: str, shown: str) -> None:
    assert squash(raw) == shown


def test_squash_keeps_marks_that_right_to_left_text_needs() -> None:
    assert squash("\u05e9\u05dc\u05d5\u05dd\u200f 2024") == "\u05e9\u05dc\u05d5\u05dd\u200f 2024"


def test_no_event_text_column_carries_a_direction_override_or_nul() -> None:
    from timeline import extract_events

    article = make_article("\u202e\x00 On Tuesday the army attacked the town of Avdiivka.")
    frame = extract_events([article])
    assert len(frame) == 1
    for column in ("title", "cluster_title", "sentence", "expression"):
        assert not re.search("[\x00\u202e]", frame.loc[0, column]), column


@given(st.lists(st.text(alphabet="abcs.", min_size=1, max_size=5), min_size=1, max_size=12))
def test_one_of_matches_exactly_its_phrases(phrases: list[str]) -> None:
    pattern = re.compile(one_of(phrases))
    assert all(pattern.fullmatch(phrase) for phrase in phrases)
    assert not pattern.fullmatch("".join(phrases) + "x")


_WORDS = st.lists(st.text(alphabet="ab -", min_size=1, max_size=4), max_size=8)


@given(_WORDS, st.text(alphabet="ab -\n\t", max_size=40))
def test_one_of_matches_as_a_longest_first_alternation(phrases: list[str], body: str) -> None:
    ordered = sorted(set(phrases), key=len, reverse=True)
    plain = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    found = [m.span() for m in re.finditer(plain, body)]
    assert [m.span() for m in re.finditer(one_of(phrases), body)] == found


# The plain forms of the patterns that open on a fixed set of characters for speed.
_BREAKS = st.text(alphabet='ab .!?"”’\n\r\t', max_size=60)


@given(_BREAKS)
def test_soft_break_pattern_matches_its_plain_form(body: str) -> None:
    plain = re.compile(r"(?<![\n\r])\r?\n(?![\r\n])")
    assert [m.span() for m in text._SOFT_BREAK.finditer(body)] == [
        m.span() for m in plain.finditer(body)
    ]


@given(_BREAKS)
def test_sentence_end_pattern_matches_its_plain_form(body: str) -> None:
    plain = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n")
    assert [m.span() for m in text._SENTENCE_END.finditer(body)] == [
        m.span() for m in plain.finditer(body)
    ]


@given(_BREAKS)
def test_paragraph_breaks_end_where_their_plain_form_ends(body: str) -> None:
    plain = re.compile(r"\n\s*\n|(?<=[.!?\"”’])[^\S\n]*\n")
    assert [m.end() for m in resolve._PARAGRAPH_BREAK.finditer(body)] == [
        m.end() for m in plain.finditer(body)
    ]


SHY, ZWSP, JOINER, LRM = "\u00ad", "\u200b", "\u2060", "\u200e"


@pytest.mark.parametrize(
    ("raw", "view", "offsets"),
    [
        # marks at the start, at the end, in a run, one alone, and none
        (f"{SHY}On Mon", "On Mon", [1, 2, 3, 4, 5, 6]),
        (f"On Mon{ZWSP}", "On Mon", [0, 1, 2, 3, 4, 5]),
        (f"De{SHY}{ZWSP}{JOINER}cem", "Decem", [0, 1, 5, 6, 7]),
        (f"{LRM}{SHY}a{SHY}b{ZWSP}{ZWSP}c{JOINER}", "abc", [2, 4, 7]),
        (f"{SHY}{ZWSP}", "", []),
        # full-width forms and other scripts' digits keep their places: no offsets needed
        ("\uff2d\uff4f\uff4e \u0662\u0660", "Mon 20", None),
        ("On Mon", "On Mon", None),
        (f"\uff11{SHY}\u0662", "12", [0, 2]),
    ],
)
def test_reading_view_offsets_place_each_character_in_the_text(
    raw: str, view: str, offsets: list[int] | None
) -> None:
    seen, found = reading_view(raw)
    assert seen == view
    assert (None if found is None else list(found)) == offsets
    if found is not None:
        assert len(found) == len(view)
        assert all(found[-k] == offsets[-k] for k in range(1, len(view) + 1))
        for start in range(len(view)):
            for end in range(start + 1, len(view) + 1):
                first, last = in_text(start, end, found)
                assert (first, last) == (offsets[start], offsets[end - 1] + 1)


@given(st.text(alphabet=f"ab 1\uff11\u0662{SHY}{ZWSP}{JOINER}{LRM}", max_size=40))
def test_reading_view_offsets_are_the_characters_kept(raw: str) -> None:
    seen, found = reading_view(raw)
    kept = [at for at, character in enumerate(raw) if character not in text._UNSEEN]
    assert len(seen) == len(kept)
    assert (list(found) if found is not None else list(range(len(raw)))) == kept
