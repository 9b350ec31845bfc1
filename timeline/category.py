"""What an event is about: the category its cue words decide, and those cues.

Each cue found in the sentence adds its weight to its category: a cue the date
qualifies ("the August 14 earthquake", "Monday's trading") names the event and counts
most, then a cue in the clause that tells the event (for a relative clause, with the
noun it hangs on: "the ceasefire, which began on Tuesday"), one in a neighbouring clause
less, one elsewhere in the sentence least. Cue matches never overlap (the longest wins:
"peace talks" counts once); cues inside the date expression, or inside a quotation that
does not hold the date, are not counted.
"""

from __future__ import annotations

from bisect import bisect_left

from timeline.model import CATEGORIES, Category
from timeline.sentence import DateClause, is_anchor_clause
from timeline.text import squash


def categorize(clause: DateClause) -> tuple[Category, tuple[str, ...]]:
    """The best-scoring category and its cues, strongest first; ``other`` when none."""
    view = clause.view
    mention = clause.mention
    mention_in_quote = any(s <= mention.char_start < e for s, e in view.quotes)
    candidates = []
    for match in view.cues:
        start, end = view.tokens[match.first].start, view.tokens[match.last].end
        if mention.char_start <= start < clause.anchor_end:
            continue
        if not mention_in_quote and any(s <= start < e for s, e in view.quotes):
            continue
        candidates.append((start, end, match))
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))  # longest first
    taken: list[tuple[int, int]] = []
    scores: dict[Category, float] = {}
    found: dict[Category, dict[str, tuple[float, int]]] = {}
    weak = view.lexicon.weights["weak"]
    qualified = _qualified_start(clause)
    for start, end, match in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        category = match.category
        if start == qualified and not match.cue.weak:
            weight = view.lexicon.weights["qualified"]
        else:
            weight = _weight(clause, start) * (weak if match.cue.weak else 1.0)
        surface = squash(view.text[start:end]).lower()
        if match.sense:
            surface += f" ({match.sense})"  # the word that gave the cue its sense
        scores[category] = scores.get(category, 0.0) + weight
        cues = found.setdefault(category, {})
        cues[surface] = min(cues.get(surface, (0.0, 0)), (-weight, start))
    if not scores:
        return "other", ()
    best = max(scores, key=lambda c: (scores[c], -CATEGORIES.index(c)))
    ranked = sorted(found[best], key=found[best].__getitem__)  # strongest, then first
    return best, tuple(ranked)


def _qualified_start(clause: DateClause) -> int | None:
    """Offset of the word a date qualifies: "the 2011 hijacking", "Friday's meeting".

    The date is possessive, or follows a determiner and is followed by a word with no
    punctuation between; "on Sunday troops ..." qualifies nothing.
    """
    view = clause.view
    mention = clause.mention
    index = bisect_left(view.starts, mention.char_end)
    if index >= len(view.tokens) or index == 0 or view.break_before(index):
        return None
    last = view.tokens[index - 1]  # the date's last word, possessive included
    possessive = last.end > mention.char_end and last.text.endswith(("'s", "’s"))
    first = bisect_left(view.starts, mention.char_start)
    determined = first > 0 and view.tokens[first - 1].norm in view.words("determiners")
    if possessive or (determined and last.end == mention.char_end):
        return view.tokens[index].start
    return None


def _weight(clause: DateClause, offset: int) -> float:
    """Clause of the date > the clauses next to it > the rest of the sentence.

    A neighbouring clause that only points to another event ("just days before the
    meeting") counts as the rest of the sentence.
    """
    view = clause.view
    weights = view.lexicon.weights
    left, right = _telling_span(clause)
    if left <= offset < right:
        return weights["clause"]
    home = [i for i, (s, e) in enumerate(clause.clauses) if left <= s and e <= right]
    index = clause.clause_of(offset)
    if (
        index is not None
        and index in (home[0] - 1, home[-1] + 1)
        and not is_anchor_clause(view, clause.clauses[index])
    ):
        return weights["neighbour_clause"]
    return weights["sentence"]


def _telling_span(clause: DateClause) -> tuple[int, int]:
    """The clauses that tell the event: its home, or for a date in a relative clause
    ("the truce, which began on Sunday, ...") that clause and the noun it hangs on."""
    own_left, own_right = clause.clauses[clause.own]
    first = clause.view.in_span(own_left, own_right)[:1]
    if clause.own > 0 and first and first[0].norm in clause.view.words("relatives"):
        return clause.clauses[clause.own - 1][0], own_right
    return clause.home
