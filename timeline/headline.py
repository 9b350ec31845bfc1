"""An event's headline: the clause that tells it, without its date, subject kept."""

from __future__ import annotations

import re

from timeline.sentence import DateClause, SentenceView
from timeline.text import squash

TITLE_WORDS = 16


def headline(clause: DateClause) -> str:
    """The home clause without its date, subject kept, in at most ``TITLE_WORDS`` words."""
    view = clause.view
    text = view.text
    left, right = clause.home
    mention = clause.mention
    surface = _surface_without(view, left, right, mention.char_start, clause.anchor_end)
    index = next(i for i, c in enumerate(clause.clauses) if c[0] == left)
    first = view.in_span(left, right)[:1]
    opener = first[0] if first else None
    if opener is not None and index > 0 and not opener.is_capitalized:
        if opener.norm in view.words("relatives"):  # "..., which was shut down": keep what
            surface = text[clause.clauses[index - 1][0] : left] + surface
        elif opener.norm in view.words("finite_starts") or opener.norm.endswith("ed"):
            surface = text[view.start : clause.clauses[0][1]] + " " + surface.lstrip(" ,;:")
    elif (
        opener is not None
        and index == 0
        and opener.norm.endswith(("ing", "ed"))
        and right < view.end
    ):  # "Speaking to his generals on Sunday, Putin praised them": keep the main clause
        following = next(c for c in clause.clauses if c[0] >= right)
        surface += text[following[0] : following[1]]
    surface = re.sub(r"\s+([,;:])", r"\1", squash(surface)).replace("[", "").replace("]", "")
    words = surface.lstrip(" ,;:–—-\"“”‘’'").split()
    while words and words[0].lower().strip(",") in view.words("leading_fillers"):
        words = words[1:]
    while words and words[-1].lower().strip(",;:") in view.words("trailing_words"):
        words = words[:-1]
    clipped = len(words) > TITLE_WORDS
    surface = " ".join(words[:TITLE_WORDS]).strip(" ,;:–—-\"“”'.")
    surface += "…" if clipped else ""
    return surface[:1].upper() + surface[1:] if surface else squash(mention.text)


def _surface_without(
    view: SentenceView, left: int, right: int, cut_start: int, cut_end: int
) -> str:
    text = view.text
    head = text[left:cut_start] if left < cut_start else ""
    tail = text[cut_end:right] if cut_end < right else ""
    head = _without_date_preposition(view, head)  # "Putin on [Sunday]" -> "Putin"
    return re.sub(r"[,\s]*$", "", head) + re.sub(r"^[,\s]*", " ", tail)


def _without_date_preposition(view: SentenceView, head: str) -> str:
    words = head.rstrip().split(" ")
    for phrase in sorted(view.words("date_prepositions"), key=len, reverse=True):
        size = len(phrase.split())
        if [w.lower() for w in words[-size:]] == phrase.split():
            return " ".join(words[:-size])
    return head
