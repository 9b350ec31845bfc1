"""An event's headline: the clause that tells it, without its date, subject kept.

A headline starts on a word, ends on one, has no bracketed aside, no unpaired quote and
no possessive left from a cut date ("Monday's talks" gives "Talks"); a clause that opens
on its verb gets its subject back, and a reported event keeps who reported it
("The ministry said Russian forces took the village").
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.document import Token
from timeline.lexicon.events import word_matches
from timeline.sentence import DateClause, SentenceView
from timeline.text import squash

TITLE_WORDS = 16

_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_BRACKET = re.compile(r"[()\[\]]")
_LEADING = re.compile(r"^(?:[\s,;:.!?…–—\-\"“”‘’'()\[\]_/]+|[’']s\b)+")
_TRAILING = " ,;:–—-\"“”‘’'.(["


def headline(clause: DateClause, speaker: str = "", verb: str = "") -> str:
    """The clause that tells the event of ``clause``, in at most ``TITLE_WORDS`` words.

    ``speaker`` and ``verb`` ("the ministry", "said") name who reported it; they lead
    the headline when its clause does not name them and is a main clause.
    """
    view = clause.view
    words = _clause_words(clause)
    if (
        speaker
        and not clause.opens_on_conjunction()
        and not _names(words, speaker)
        and not _has_verb_after_subject(words, verb)
    ):
        verb = view.lexicon.headline_verbs.get(verb.lower(), verb)
        lead = f"{verb} {speaker}," if verb == "according to" else f"{speaker} {verb}"
        if words and _is_common(view, words[0]):
            words[0] = words[0].lower()
        words = [*lead.split(), *words]
    words = _without_dangling_end(view, words)
    clipped = len(words) > TITLE_WORDS
    text = " ".join(words[:TITLE_WORDS]).rstrip(_TRAILING)
    text = _paired_quotes(text) + ("…" if clipped else "")
    if not text.strip("…"):
        return squash(clause.mention.text)
    return text[:1].upper() + text[1:]


def _clause_words(clause: DateClause) -> list[str]:
    """The words of the home clause without the date, its subject put back."""
    view = clause.view
    text = view.text
    left, right = clause.home
    mention = clause.mention
    surface = _surface_without(view, left, right, mention.char_start, clause.anchor_end)
    index = next(i for i, c in enumerate(clause.clauses) if c[0] == left)
    opener = _opener(clause)
    if opener is not None and index > 0 and not opener.is_capitalized:
        if opener.norm in view.words("relatives"):  # "..., which was shut down": keep what
            surface = text[clause.clauses[index - 1][0] : left] + surface
        elif opener.norm in view.lexicon.stance_of:
            # "Officials, speaking on condition of anonymity, said that ...": the verb goes,
            # the headline puts the speaker and the verb back in front
            if mention.char_start < opener.start:
                surface = text[opener.end : right]
            else:
                surface = _surface_without(
                    view, opener.end, right, mention.char_start, clause.anchor_end
                )
        elif opener.norm in view.words("finite_starts") or opener.norm.endswith("ed"):
            surface = text[view.start : clause.clauses[0][1]] + " " + surface.lstrip(" ,;:")
    elif (
        opener is not None
        and index == 0
        and (
            opener.norm.endswith(("ing", "ed"))
            or opener.norm in view.words("leading_fillers")
            or opener.norm in view.lexicon.place_prepositions
            or opener.norm in view.words("date_prepositions")
        )
        and right < view.end
        and not _has_verb(view, opener, right)
    ):  # "Speaking to his generals on Sunday, Putin praised them", "During a visit on
        # Thursday, the envoy announced aid": the main clause follows
        following = next(c for c in clause.clauses if c[0] >= right)
        surface += text[following[0] : following[1]]
    surface = _BRACKET.sub(" ", _ASIDE.sub("", surface))
    surface = re.sub(r"\s+([,;:])", r"\1", squash(surface))
    surface = _LEADING.sub("", surface)
    words = surface.split()
    while words and words[0].lower().strip(",") in view.words("leading_fillers"):
        words = words[1:]
    return words


def _has_verb(view: SentenceView, opener: Token, right: int) -> bool:
    """True when a word after ``opener`` up to ``right`` reads as a finite verb."""
    return any(
        t.norm.endswith("ed")
        or t.norm in view.words("finite_starts")
        or t.norm in view.lexicon.stance_of
        for t in view.in_span(opener.end, right)
    )


def _opener(clause: DateClause) -> Token | None:
    """The first word of the home clause that is not the date or its preposition."""
    view = clause.view
    mention = clause.mention
    words = [
        t
        for t in view.in_span(*clause.home)
        if not mention.char_start <= t.start < clause.anchor_end
    ]
    if (
        len(words) > 1
        and words[0].norm in view.words("date_prepositions")
        and words[0].end <= mention.char_start
        and not view.in_span(words[0].end, mention.char_start)
    ):
        words = words[1:]  # "On [Sunday], Putin ...": the clause opens on "Putin"
    return words[0] if words else None


def _surface_without(
    view: SentenceView, left: int, right: int, cut_start: int, cut_end: int
) -> str:
    text = view.text
    head = text[left:cut_start] if left < cut_start else ""
    tail = text[cut_end:right] if cut_end < right else ""
    head = _without_date_preposition(view, head)  # "Putin on [Sunday]" -> "Putin"
    tail = re.sub(r"^[’']s\b", "", tail)  # "[Monday]'s talks" -> "talks"
    return re.sub(r"[,\s]*$", "", head) + re.sub(r"^[,\s]*", " ", tail)


def _without_date_preposition(view: SentenceView, head: str) -> str:
    words = head.rstrip().split(" ")
    for phrase in _longest_first(view.words("date_prepositions")):
        if [w.lower() for w in words[-len(phrase) :]] == list(phrase):
            return " ".join(words[: -len(phrase)])
    return head


@lru_cache(maxsize=8)
def _longest_first(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


def _without_dangling_end(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without the function words left dangling at their end ("the capture of
    Huliaipole and the" -> "the capture of Huliaipole"). A preposition goes only with the
    word it governed ("went on" stays)."""
    prepositions = view.words("prepositions")
    dropped = False
    while words:
        last = words[-1].lower().strip(_TRAILING)
        if last not in view.words("trailing_words") or (last in prepositions and not dropped):
            break
        dropped = last not in prepositions
        words = words[:-1]
        if not dropped:
            break
    return words


def _is_common(view: SentenceView, word: str) -> bool:
    """True for a word the lexicon knows as an ordinary word (capitalised only because
    it opens a sentence): a function word, a cue or a noun that can speak."""
    norm = word.lower().strip(_TRAILING)
    lexicon = view.lexicon
    return (
        any(norm in words for words in lexicon.grammar.values())
        or norm in lexicon.cues.by_word
        or any(word_matches(p, norm) for p in lexicon.speakers)
    )


def _has_verb_after_subject(words: list[str], verb: str) -> bool:
    """True when the reporting verb stands after the clause's first word: the clause names
    its speaker already, in its own words ("The Kremlin said ..." for Russia)."""
    return bool(verb) and verb.lower() in (w.lower().strip(_TRAILING) for w in words[1:])


def _names(words: list[str], speaker: str) -> bool:
    """True when ``words`` already name the speaker (by its last word)."""
    last = speaker.split()[-1].lower().strip(",")
    return any(
        w.lower().strip(_TRAILING).removesuffix("’s").removesuffix("'s") == last for w in words
    )


def _paired_quotes(text: str) -> str:
    """``text`` without its quotation marks when they do not pair up."""
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return re.sub(r"[“”\"]", "", text)
    return text
