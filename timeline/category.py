"""What an event is about: the category its cue words decide, and those cues.

Each cue found in the sentence adds its weight to its category: a cue in the clause
that tells the event counts most, one in a neighbouring clause less, one elsewhere in
the sentence least. Cue matches never overlap (the longest wins: "peace talks" counts
once); cues inside the date expression, or inside a quotation that does not hold the
date, are not counted.
"""

from __future__ import annotations

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
    for start, end, match in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        category = match.category
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


def _weight(clause: DateClause, offset: int) -> float:
    """Clause of the date > the clauses next to it > the rest of the sentence.

    A neighbouring clause that only points to another event ("just days before the
    meeting") counts as the rest of the sentence.
    """
    weights = clause.view.lexicon.weights
    left, right = clause.home
    if left <= offset < right:
        return weights["clause"]
    home = [i for i, (s, e) in enumerate(clause.clauses) if left <= s and e <= right]
    index = clause.clause_of(offset)
    if (
        index is not None
        and index in (home[0] - 1, home[-1] + 1)
        and not is_anchor_clause(clause.view, clause.clauses[index])
    ):
        return weights["neighbour_clause"]
    return weights["sentence"]
