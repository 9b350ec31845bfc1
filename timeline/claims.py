"""Who a sentence says claimed an event, and with what stance.

:func:`sentence_claims` reads the claims of a sentence once: each verb of claiming
("said", "denied", "disputed") or attribution ("according to") with its speaker.
:func:`claim` picks the one that governs a date: in the date's clause first, else the
nearest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from timeline.model import Stance
from timeline.names import ArticleNames, name_of
from timeline.sentence import DateClause, SentenceView

Claim = tuple[int, str, Stance]  # offset of the verb, claimant, stance


def claim(clause: DateClause, claims: Sequence[Claim]) -> tuple[str, Stance]:
    """The claimant and stance that govern the date of ``clause``; empty when none."""
    if not claims:
        return "", ""
    start = clause.mention.char_start

    def distance(found: Claim) -> tuple[int, int]:
        return (0 if clause.in_home(found[0]) else 1, abs(found[0] - start))

    _, claimant, stance = min(claims, key=distance)
    for _, other, other_stance in claims:
        if other == claimant and other_stance in ("denied", "disputed"):
            stance = other_stance
    return claimant, stance


def sentence_claims(view: SentenceView, names: ArticleNames) -> tuple[Claim, ...]:
    """Every claim of the sentence, in order."""
    return tuple(_claims(view, names))


def _claims(view: SentenceView, names: ArticleNames) -> Iterable[Claim]:
    tokens = view.tokens
    stance_of = view.lexicon.stance_of
    attribution = [phrase.split() for phrase in view.words("attribution")]
    last_claimant = ""
    for index, token in enumerate(tokens):
        length = _phrase_length(view, index, attribution)
        if length:
            claimant = _according_to(view, names, index + length)
            if claimant:
                yield token.start, claimant, "asserted"
            continue
        stance = stance_of.get(token.norm)
        if stance is None or token.is_capitalized and index > 0:
            continue
        if index > 0 and tokens[index - 1].norm in view.words("be_forms"):
            continue  # passive: "the city was contested" is no claim
        claimant = _subject_before(view, names, index)
        if not claimant and token.norm.endswith("ing"):
            claimant = last_claimant  # "Kyiv disputed the claim, saying ..."
        if not claimant:
            claimant = _subject_after(view, names, index)
        if claimant:
            last_claimant = claimant
            yield token.start, claimant, stance


def _phrase_length(view: SentenceView, index: int, phrases: Iterable[list[str]]) -> int:
    """Length in tokens of the longest of ``phrases`` starting at token ``index``, else 0."""
    best = 0
    for words in phrases:
        if [t.norm for t in view.tokens[index : index + len(words)]] == words:
            best = max(best, len(words))
    return best


def _according_to(view: SentenceView, names: ArticleNames, index: int) -> str:
    end = _phrase_end(view, index)
    source = name_of(view, names, index, end)
    rest = view.tokens[end : end + 1]
    if rest and rest[0].norm in view.words("citing"):
        cited = name_of(view, names, end + 1, _phrase_end(view, end + 1))
        if cited:
            return f"{source}, citing {cited}"
    return source


def _phrase_end(view: SentenceView, index: int) -> int:
    """Index one past a short phrase starting at ``index``, stopped by punctuation."""
    end = index
    while end < len(view.tokens) and end - index < 6:
        if end > index and view.break_before(end):
            break
        if view.tokens[end].norm in view.lexicon.stance_of or view.tokens[end].norm == "that":
            break
        end += 1
    return end


def _subject_before(view: SentenceView, names: ArticleNames, index: int) -> str:
    tokens = view.tokens
    i = index - 1
    while i >= 0 and tokens[i].norm in view.lexicon.auxiliaries:
        if view.break_before(i + 1):
            return ""
        i -= 1
    if i < 0 or view.break_before(i + 1):
        return ""
    end = i + 1
    start = i
    while (
        start > 0
        and end - start < 6
        and not view.break_before(start)
        and tokens[start - 1].norm not in view.lexicon.stance_of
        and tokens[start - 1].norm not in view.words("clause_openers")
    ):
        start -= 1
    if tokens[i].norm in view.lexicon.pronouns:
        return names.person_before(tokens[i].start)
    return name_of(view, names, start, end)


def _subject_after(view: SentenceView, names: ArticleNames, index: int) -> str:
    """ "..., said a member of the unit": the speaker after the verb, after a quote or comma."""
    if not view.break_before(index):
        return ""
    following = view.tokens[index + 1 : index + 2]
    if not following or (
        following[0].norm in view.words("stopwords")
        and following[0].norm not in view.words("determiners")
    ):
        return ""
    return name_of(view, names, index + 1, _phrase_end(view, index + 1))
