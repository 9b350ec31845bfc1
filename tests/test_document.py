import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.document import LONGEST_WORD, MAX_SENTENCE_WORDS, document, tokenize


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in document(text).sentences]


def words(text: str) -> int:
    return len(tokenize(text))


def test_ordinary_sentences_are_the_sentences_of_the_text() -> None:
    text = "Putin spoke on Sunday.\nKyiv disputed it. The U.S. envoy met\nPutin."
    assert sentences(text) == [
        "Putin spoke on Sunday.",
        "Kyiv disputed it.",
        "The U.S. envoy met\nPutin.",
    ]


def test_offsets_are_those_of_the_original_text() -> None:
    text = "Troops advanced\r\nnear the city. Talks “went on” for days."
    doc = document(text)
    assert len(doc.flat) == len(text)
    for token in doc.tokens_in(0, len(text)):
        assert text[token.start : token.end] == token.text
    assert [t.norm for t in doc.tokens_in(*doc.sentences[1])] == [
        "talks",
        "went",
        "on",
        "for",
        "days",
    ]


def test_a_text_without_punctuation_is_read_in_bounded_windows() -> None:
    text = " ".join(f"word{k}" for k in range(10 * MAX_SENTENCE_WORDS + 7))
    found = sentences(text)
    assert len(found) == 11
    assert all(words(s) <= MAX_SENTENCE_WORDS for s in found)
    assert " ".join(found) == text


@pytest.mark.parametrize("joint", ["-", "_", "'", ""])
def test_a_text_with_no_spaces_is_read_in_bounded_windows(joint: str) -> None:
    # one endless word counts as a word per LONGEST_WORD characters
    text = joint.join(["talks", "in", "Varnell"] * 3000)
    found = sentences(text)
    assert len(found) > 1
    assert all(len(s) <= MAX_SENTENCE_WORDS * LONGEST_WORD for s in found)
    assert "".join(found) == text


def test_long_words_of_ordinary_text_stay_whole() -> None:
    url = "https://example.org/" + "a" * 100
    text = f"The ministry posted the list at {url} on Monday."
    assert sentences(text) == [text]


def test_an_endless_sentence_breaks_at_its_clause_boundaries() -> None:
    clause = "troops advanced near the river on Sunday and officials said the bridge held"
    text = "; ".join([clause] * 40) + "."
    found = sentences(text)
    assert all(words(s) <= MAX_SENTENCE_WORDS for s in found)
    assert all(s.startswith("troops") for s in found)  # cut after a ";", never inside a clause


def test_commas_break_a_sentence_when_nothing_stronger_does() -> None:
    text = ", ".join(["the army took the village after a week of heavy fighting"] * 30)
    found = sentences(text)
    assert len(found) > 1
    assert all(words(s) <= MAX_SENTENCE_WORDS and s.startswith("the army") for s in found)


def test_a_list_of_dated_lines_gives_one_sentence_per_line() -> None:
    lines = [
        f"March {day}, 2025 – troops shelled the town and civilians fled" for day in range(1, 31)
    ]
    assert sentences("\n".join(lines)) == lines


def test_a_short_hard_wrapped_sentence_stays_whole() -> None:
    text = "March 3 – troops shelled\nthe town and civilians fled\nto the west"
    assert sentences(text) == [text]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["word", "Word", ",", ";", ".", "\n", " – ", "“", "”", " "]), max_size=600
    )
)
def test_sentences_are_ordered_bounded_and_cover_every_word(pieces: list[str]) -> None:
    text = " ".join(pieces)
    doc = document(text)
    previous_end = 0
    covered = 0
    for start, end in doc.sentences:
        assert previous_end <= start < end <= len(text)
        in_sentence = doc.tokens_in(start, end)
        assert len(in_sentence) <= MAX_SENTENCE_WORDS
        covered += len(in_sentence)
        previous_end = end
    assert covered == len(tokenize(doc.flat))
