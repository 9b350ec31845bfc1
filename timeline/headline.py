"""An event's headline: the clause that tells it, without its date, subject kept.

A headline starts on a word, ends on one, has no bracketed aside, no unpaired quote and
no possessive left from a cut date ("Monday's talks" gives "Talks"); a clause that opens
on its verb gets its subject back, and a reported event keeps who reported it
("The ministry said Russian forces took the village").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from timeline.actors import entity_words, title_words
from timeline.dateline import dateline_at, without_dateline
from timeline.document import Token
from timeline.gazetteer import key
from timeline.lexicon import load_lexicon, read_table
from timeline.lexicon.events import EventLexicon, load_event_lexicon, word_matches
from timeline.locations import load_entity_lexicon
from timeline.sentence import DateClause, SentenceView, Span, bracketed_tag_start
from timeline.text import LIST_BULLETS, POSSESSIVE, one_of, squash

TITLE_WORDS = 16
TITLE_CHARS = 80  # a label on the page; the clause is cut at a boundary to fit
MAX_TITLE_CHARS = 90  # past this, a headline is too long even when no boundary fits
_LISTENER_WORDS = 6  # "told the state radio", "told the country's RBC news agency"
_RELATIVE_WORDS = 10  # a relative clause describing who speaks ("who spoke to ... by phone")
_SPEAKER_WORDS = 10  # "Province Governor Brigadier General Anna Berg said"
_RELATIVE_VERB_WORDS = 3  # words of a relative clause's verb before its date ("that had begun")
_ANTECEDENT_WORDS = 8  # an object "which" stands for whole ("the town of X in Y state")
_LIST_ITEM_WORDS = 3  # ", the Netherlands," ", and New Zealand,": an item, not an aside

_ASIDE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_BRACKET = re.compile(r"[()\[\]]")
_LEADING = re.compile(
    rf"^(?:[\s,;:.!?…–—\"“”‘’'()\[\]_/{re.escape(LIST_BULLETS)}]+|[’']s\b)+"
)  # punctuation, a list's bullet, or a possessive ending left over from a cut
_TRAILING = " ,;:–—-\"“”‘’'.(["
_CUT_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")  # "U.S" once its last period went


def headline(
    clause: DateClause,
    speaker: str = "",
    verb: str = "",
    person: str = "",
    body: str = "",
    group: str = "",
    opener: str = "",
) -> str:
    """The clause that tells the event of ``clause``, in at most ``TITLE_WORDS`` words.

    ``speaker`` and ``verb`` ("the ministry", "said") name who reported it; they lead
    the headline when its clause does not name them and is a main clause. ``person`` is
    whom a personal pronoun opening the clause means ("He urged" -> "Bamba urged"),
    ``body`` whom "it" saying something means ("It said" -> "Hezbollah said"), ``group``
    whom "they" means ("They visited" -> "Osei and Brandt visited"), ``opener`` whom "it"
    opening the sentence means when it acts ("It also shelled Lima" -> "Chile also shelled
    Lima": the body the sentence before opened on).
    """
    view = clause.view
    aside = _speaker_clause(clause)
    if aside is not None:  # '"...," said Ana Ruiz, speaking [on Sunday]': the saying
        spoken = replace(clause, home=aside)
        words = _with_claim(spoken, _cleaned(view, view.text[aside[0] : aside[1]]), speaker)
    else:
        words = _with_claim(clause, _past_verbless_opening(clause, _clause_words(clause)), speaker)
    words = _attribution_with_claim(clause, _without_pronoun_tag(view, words))
    words = _without_extraposed_it(view, words)
    subjects = view.words("personal_pronouns") & _headline_words().pronoun_subjects
    if person and words and _norm(words[0]) in subjects:  # "he", "she"; not "his"
        words = [person, *words[1:]]
    elif (
        body
        and len(words) > 1
        and _norm(words[0]) in view.words("body_pronouns")
        and _norm(words[1]) in view.lexicon.stance_of
    ):  # "It said", not "It was the first time"
        words = [body, *words[1:]]
    elif opener and len(words) > 2 and _opening_body_acts(view, words):
        words = [opener, *words[1:]]
    elif group and words and _norm(words[0]) in view.words("plural_pronouns"):
        words = [*group.split(), *words[1:]]
    elif (
        words
        and _norm(words[0]) in _headline_words().pronoun_subjects
        and (clause.home[0] > view.start or view.tokens[0].norm != _norm(words[0]))
        and not _empty_it(view, words)
    ):  # "The storm weakened, and it made landfall", "… before it weakened", "When the
        # council met, it approved": the subject of the sentence or its opening clause
        words = [*_sentence_subject(view, clause.clauses[0], _norm(words[0])), *words[1:]]
    words = _without_lead_in(view, words)  # "It comes after ...": before any speaker leads
    leads = (
        speaker
        and not clause.opens_on_conjunction()
        and not _names(_subject_words(view, words), speaker)  # not "hit a plant in Kyiv"
        and not _attribution_length(view, words)  # "According to a UN report, ..." names it
        and not _speaks_against(clause, speaker)
        and not _has_verb_after_subject(words, verb)
        # '"...," the president told supporters' reads "the president said ..." by now
        and not _has_verb_after_subject(words, view.lexicon.headline_verbs.get(verb.lower(), ""))
    )
    if not leads:  # "following clashes with the army": the clashes
        words = _without_opening_preposition(view, words)
    else:
        told, verb = verb, view.lexicon.headline_verbs.get(verb.lower(), verb)
        lead = f"{verb} {speaker}," if verb == "according to" else f"{speaker} {verb}"
        if words and _norm(words[0]) == told.lower():
            words = words[1:]  # "Kiir, a Dinka, | blames Machar": the lead has the verb
        if told.lower() in view.lexicon.inverted and verb != told.lower():
            words = _without_frame(view, told, words)  # "told the radio that ..." -> "said ..."
        if words and _is_common(view, words[0]):
            words[0] = words[0].lower()
        words = [*lead.split(), *words]
    words = _without_that(view, _without_dangling_end(view, _without_lead_in(view, words)))
    words = _without_participle_before_verb(clause, _without_dated_participle(clause, words))
    if not _fits(words):
        words = _without_agent_phrase(view, _shorter_attribution(view, words, speaker))
        words = _without_apposition(view, words)
    shortened = _shortened(view, words, _linked_from(clause, words))
    modifier = _subject_modifier(view, words, speaker) if shortened != words else None
    if modifier is not None and _strands_verb(view, words, len(shortened), modifier[1]):
        # "said the floods [in the south of the country] had killed | 40 people": the
        # phrases describing the subject go before the verb loses its object
        trimmed = [*words[: modifier[0]], *words[modifier[1] :]]
        cut = _shortened(view, trimmed, _linked_from(clause, trimmed))
        if _is_whole_headline(cut):
            shortened = cut
    if not _is_whole_headline(shortened):
        for shorter in _compressed(view, words, speaker):  # each try drops more
            cut = _shortened(view, shorter, _linked_from(clause, shorter))
            if _is_whole_headline(cut):
                shortened = cut
                break
    # text with no spaces ("a-b-c-…") is one endless word: cut it to what a headline holds
    words = [w if len(w) <= MAX_TITLE_CHARS else f"{w[:MAX_TITLE_CHARS]}…" for w in shortened]
    clipped = len(words) > TITLE_WORDS
    if clipped:  # "... more than a dozen women and" -> "... more than a dozen women…"
        words = words[:TITLE_WORDS]
        while len(words) > 1 and _norm(words[-1]) in _headline_words().dangling_ends:
            words = words[:-1]
    text = " ".join(words[:TITLE_WORDS]).rstrip(_TRAILING)
    if _CUT_INITIALISM.search(text):  # "toward the U.S." keeps its last period
        text += "."
    text = _paired_quotes(_curly_quotes(text)) + ("…" if clipped else "")
    if not text.strip("…"):
        return squash(clause.mention.text)
    return text[:1].upper() + text[1:]


_BEFORE_DATE_CHARS = 40  # text before a date that holds the word and preposition before it


def _word_before_date(clause: DateClause) -> str:
    """The lower-case word right before the date, past a preposition governing it ("held
    | on [Tuesday]"), "" at the start of the text."""
    view, start = clause.view, clause.mention.char_start
    before = [w.lower() for w in view.text[max(0, start - _BEFORE_DATE_CHARS) : start].split()]
    if before and before[-1] in view.words("date_prepositions"):
        before = before[:-1]
    return before[-1].rstrip(",") if before else ""


def _without_participle_before_verb(clause: DateClause, words: list[str]) -> list[str]:
    """``words`` without a participle right after its noun whose phrase was only the
    date, when the clause's own verb follows it ("Satellite photographs taken [in late
    October] show ..." -> "Satellite photographs show ...", "The talks held [on Sunday]
    ended ..."); not the clause's own verb ("Hezbollah announced [Friday] it had ...")."""
    view, lexicon = clause.view, clause.view.lexicon
    carrier = _word_before_date(clause)
    if not (carrier.endswith("ed") or carrier in view.words("participles")) or (
        carrier in lexicon.stance_of or carrier in view.words("announcing")
    ):  # "the funding announced [today] will ...": the announcing is what the date dates
        return words
    auxiliaries = lexicon.auxiliaries | lexicon.grammar["be_forms"]
    for at in range(1, len(words) - 1):
        word, before, after = _norm(words[at]), words[at - 1], words[at + 1]
        if (
            word == carrier
            and _verb_like(words[at], lexicon)  # not "the bloodshed [last month] was"
            and words[at] == words[at].rstrip(_TRAILING)
            and before == before.rstrip(_TRAILING)
            and _norm(before) not in auxiliaries
            and not _verb_like(before, lexicon)
            and (_finite_like(after, lexicon) or _norm(after) in _headline_words().showing_verbs)
            and _norm(after) not in view.words("passive_agents")
        ):
            return [*words[:at], *words[at + 1 :]]
    return words


def _attribution_with_claim(clause: DateClause, words: list[str]) -> list[str]:
    """``words`` opening on an attribution whose record the date dated, without the
    participle that carried the date ("According to figures released [on Sunday] by the
    ministry, ..." -> "According to figures released by the ministry, ..."; "results
    announced [on Sunday]" -> "results"), and with the claim after the attribution when
    the words hold nothing more ("According to a statement released on Sunday, 40 died" ->
    "According to a statement, 40 died")."""
    view = clause.view
    opening = _attribution_length(view, words)
    if not opening:
        return words
    records = view.words("source_records") | view.words("statement_nouns")
    carrier = _word_before_date(clause)
    participle = next(
        (
            i
            for i in range(opening + 1, len(words))
            if _norm(words[i]) == carrier and _norm(words[i - 1]) in records
        ),
        None,
    )
    if participle is None:  # "According to a report from [June], ...": the claim follows
        return _with_claim_after(clause, words) if not _holds_verb(view, words) else words
    closes = view.text[clause.mention.char_end :].lstrip().startswith(",")
    if closes and not words[participle].endswith(","):  # "announced [on Sunday], Ruiz won"
        words = [*words[:participle], words[participle] + ",", *words[participle + 1 :]]
    kept = words
    if _norm((words[participle + 1 : participle + 2] or [""])[0]) not in view.words(
        "record_issuers"
    ):  # "figures released [on Sunday] by the army" keeps its participle with the agent
        comma = "," if words[participle].endswith(",") else ""
        kept = [*words[: participle - 1], words[participle - 1] + comma, *words[participle + 1 :]]
    phrase_end = next((i for i, w in enumerate(kept) if w.endswith(",")), len(kept) - 1)
    if phrase_end < len(kept) - 1:
        return kept
    return _with_claim_after(clause, kept)


def _with_claim_after(clause: DateClause, words: list[str]) -> list[str]:
    """``words``, an attribution opening the sentence and holding its date, followed by
    the claim after it ("According to a report from June, the RSF recruits fighters");
    ``words`` alone when they open no sentence or no clause follows them."""
    view = clause.view
    if _words_start(clause, words) > view.start:
        return words
    claim = _cleaned(view, view.text[clause.home[1] : view.end])
    if not claim or not _holds_verb(view, claim):
        return words
    if _is_common(view, claim[0]):
        claim[0] = claim[0].lower()
    return [*words[:-1], words[-1].rstrip(",;:") + ",", *claim]


def _without_dated_participle(clause: DateClause, words: list[str]) -> list[str]:
    """``words`` without the participle they end on when it only carried the date, which
    followed it in the text and is gone, and described the object of a verb before it ("The
    governor lost a recall vote held [on Tuesday]"); not a verb of the claim after a verb
    of saying ("said the raids began"), nor the only verb ("A council vote held")."""
    view = clause.view
    if len(words) < 4 or words[-1] != words[-1].rstrip(_TRAILING):
        return words
    last = _norm(words[-1])
    if not (last.endswith("ed") or last in view.words("participles")):
        return words
    if not _verb_like(words[-1], view.lexicon):
        return words
    if _word_before_date(clause) != last:
        return words
    openers = view.words("noun_openers")
    opener = max((i for i, w in enumerate(words[:-1]) if _norm(w) in openers), default=0)
    verb = _norm(words[opener - 1]) if opener else ""
    between = words[opener - 1 : -1]
    if (
        not verb
        or not _verb_like(words[opener - 1], view.lexicon)
        or _is_saying(verb, view.lexicon)
        or verb in view.lexicon.auxiliaries | view.lexicon.grammar["be_forms"]  # "is the third"
        or any(w != w.rstrip(_TRAILING) for w in between)
        or any(_verb_like(w, view.lexicon) for w in words[opener + 1 : -1])
    ):
        return words
    return words[:-1]


def _is_saying(norm: str, lexicon: EventLexicon) -> bool:
    """True for a verb of saying, also in its present form ("claims" of "claimed")."""
    stem = norm.removesuffix("s")
    return norm in lexicon.stance_of or any(
        f"{stem}{ending}" in lexicon.stance_of for ending in ("ed", "d")
    )


def _without_opening_preposition(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without the preposition opening them when a noun phrase without a verb
    follows ("following intense clashes with the army [on Tuesday]": "Intense clashes with
    the army"): the happening the date tells, not what it follows."""
    if (
        len(words) > 2
        and _norm(words[0]) in view.words("prepositions") | _headline_words().subordinate_starts
        and f"{_norm(words[0])} {_norm(words[1])}" not in _headline_words().quantity_phrases
        and _norm(words[1]) not in view.lexicon.function_words() - view.words("determiners")
        and not _holds_verb(view, words[1:])
        and not any(word.endswith(",") for word in words[1:])  # "For the quarter, X expects"
    ):
        return words[1:]
    return words


def _opening_body_acts(view: SentenceView, words: list[str]) -> bool:
    """Whether ``words``, of a sentence opening on "it", open on "it" and its verb, past
    adverbs, acts or is acted on ("It also shelled Lima", "It was granted candidate
    status"); not a form of "be" before no participle, a verb whose "it" stands for no one
    ("It was the first", "It became clear", "It emerged that") nor a passive whose "it"
    stands for a clause after it ("It was decided that ...")."""
    if _norm(words[0]) not in view.words("body_pronouns"):
        return False
    lexicon = view.lexicon
    at = next(
        (i for i in range(1, min(len(words), 4)) if _norm(words[i]) not in lexicon.auxiliaries), 0
    )
    verb, norm = (words[at], _norm(words[at])) if at else ("", "")
    if norm in view.words("be_forms"):  # a passive: what was done to the body
        at = next(
            (i for i in range(at + 1, len(words)) if _norm(words[i]) not in lexicon.auxiliaries), 0
        )
        verb, norm = (words[at], _norm(words[at])) if at else ("", "")
        if not (norm.endswith("ed") or norm in view.words("participles")) or (
            norm in lexicon.stance_of or _norm((words[at + 1 : at + 2] or [""])[0]) == "that"
        ):
            return False
    return (
        _finite_like(verb, lexicon)
        and not verb[:1].isupper()
        and norm not in _headline_words().empty_subject_verbs
    )


def _without_pronoun_tag(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without a pronoun and its verb of saying that close them (", they said"):
    the subject before says it."""
    if (
        len(words) > 4
        and words[-3].rstrip("\"”’'").endswith(",")  # '..., they said', '...," she said'
        and _norm(words[-2]) in view.lexicon.pronouns
        and view.lexicon.stance_of.get(_norm(words[-1])) == "asserted"
    ):
        return [*words[:-3], words[-3].rstrip("\"”’',")]
    return words


def _sentence_subject(view: SentenceView, first: Span, pronoun: str) -> list[str]:
    """The subject of the sentence's first clause, or of the clause a subordinating word
    opens it on, when ``pronoun`` agrees with it ("The storm weakened, and it made
    landfall", "When the storm weakened, it ...": "The storm"): "he" or "she" a capitalised
    head (a name, a title), "they" a plural one, "it" a state or a lower-case singular
    one; else the pronoun itself."""
    tokens = view.in_span(*first)
    if tokens and tokens[0].norm in _headline_words().subordinate_starts:
        tokens = tokens[1:]  # "When the council met, it ...": the opening clause's subject
    verb = next((i for i, t in enumerate(tokens) if i and _verb_like(t.text, view.lexicon)), 0)
    subject = tokens[:verb]
    named = (
        subject[1:]
        if subject[:1]
        and subject[0].norm in view.words("definite_articles") | view.lexicon.articles
        else subject
    )
    if not 0 < len(named) <= 3 or any(
        t.norm in view.words("stopwords") or t.norm in _headline_words().subordinate_starts
        for t in named
    ):  # "While there is rain, it ...": no subject to take
        return [pronoun]
    head = subject[-1]
    agrees = {
        "they": head.norm.endswith("s"),
        "it": _names_a_state(named)
        or (
            not head.norm.endswith("s") and (not head.is_capitalized or _names_a_thing(view, named))
        ),
    }.get(pronoun, head.is_capitalized)
    if not agrees:
        return [pronoun]
    return view.text[subject[0].start : head.end].split()


def _names_a_state(name: Sequence[Token]) -> bool:
    """True when ``name`` is a state's ("Chile", "United States"), whom "it" may mean."""
    return key(" ".join(token.text for token in name)) in load_entity_lexicon("en").country_names


def _without_extraposed_it(view: SentenceView, words: list[str]) -> list[str]:
    """The clause after "that" when ``words`` open on an "it" standing for it ("It is clear
    that the rebels took the airport" -> "the rebels took the airport"): a judgement on the
    event, not the event. Not a cleft ("It was the army that ...") nor a clause without a
    verb of its own."""
    norms = [_norm(w) for w in words[: _EXTRAPOSED_REACH + 1]]
    if len(norms) < 4 or norms[0] not in view.words("body_pronouns"):
        return words
    if norms[1] not in view.words("be_forms") or norms[2] in view.words("noun_openers"):
        return words
    that = next((i for i in range(2, len(norms)) if norms[i] == "that"), None)
    if that is None or not _holds_verb(view, words[that + 1 :]):
        return words
    if any(n in _headline_words().hedging_judgements for n in norms[2:that]):
        return words  # "It is unlikely that the rebels took it": no event the text asserts
    rest = words[that + 1 :]
    if _is_common(view, rest[0]):
        rest = [rest[0].lower(), *rest[1:]]
    return rest


_EXTRAPOSED_REACH = 4  # "It is | no longer | clear that": the words between "it" and "that"


def _empty_it(view: SentenceView, words: list[str]) -> bool:
    """Whether ``words`` open on an "it" that stands for nothing whatever came before ("it
    rained", "it seemed"): no subject to name."""
    if _norm(words[0]) not in view.words("body_pronouns"):
        return False
    verb = next((w for w in words[1:4] if _norm(w) not in view.lexicon.auxiliaries), "")
    return _norm(verb) in _headline_words().unmeant_it_verbs


def _names_a_thing(view: SentenceView, name: Sequence[Token]) -> bool:
    """True when the capitalised ``name`` opens on an ordinary word that is no person's
    title ("Typhoon Lola", "Operation Harbour Shield"): a thing "it" may stand for, not a
    person ("President Ana Ruiz", "Ana Ruiz")."""
    first = name[0].norm
    return _is_common(view, name[0].text) and first not in title_words("en")


def _without_lead_in(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without a linking adverb ("Meanwhile") or a subordinating word ("After",
    "That") opening them, when a clause of its own follows: a subject, then a verb that
    no relative word governs ("After an airstrike hit a hospital" -> "An airstrike hit a
    hospital"; "After rebels who seized the north" stays)."""
    known = _headline_words()
    while len(words) > 3 and _norm(words[0]) in known.adverb_starts:
        words = words[1:]
    for size in (2, 3, 4, 5):  # "It was reported that an airstrike hit ..."
        if len(words) > size + 2 and " ".join(map(_norm, words[:size])) in known.impersonal_reports:
            words = words[size + (_norm(words[size]) == "that") :]
            break
    if (
        len(words) > 3
        and _norm(words[0]) in known.subordinate_starts
        and not any(w.endswith((",", ";", ":")) for w in words)
        and not _verb_like(words[1], view.lexicon)
    ):
        rest = words[1:]
        verb = next((i for i, w in enumerate(rest) if _verb_like(w, view.lexicon)), None)
        relatives = view.words("relatives") | {"that"}
        if verb is not None and not any(_norm(w) in relatives for w in rest[:verb]):
            return rest
    return words


def _with_claim(clause: DateClause, words: list[str], speaker: str) -> list[str]:
    """A bare reporting clause after its claim ("..., the ministry said [Tuesday]", "...,
    said an official") takes the claim: "The ministry said troops took the town". A long
    subject that names ``speaker`` gives way to it ("Deputy Minister Jane Roe" -> "Roe")."""
    view = clause.view
    end = len(words)  # one slice: a run of marks with no word can be as long as the text
    while end and not _norm(words[end - 1]):
        end -= 1
    words = words[:end]
    trailing = _trailing_speaker(view, words, speaker)
    if trailing is not None:
        return trailing
    left = _words_start(clause, words)
    if left <= view.start or len(words) < 2:
        return words
    attribution = _attribution_length(view, words)
    if attribution and not _holds_verb(view, words[attribution:]):
        claim = _cleaned(view, view.text[view.start : left])  # "..., according to X [Sunday]"
        if not _holds_verb(view, claim):
            return words
        if _is_common(view, claim[0]):
            claim[0] = claim[0].lower()
        return [*words[:-1], words[-1].rstrip(",;:") + ",", *claim]
    if _is_inverted_verb(view, words[0], words[-1]):
        if view.lexicon.stance_of.get(_norm(words[-1])) == "asserted":
            subject, verb = words[:-1], words[-1]
        else:
            subject, verb = words[1:], words[0]
    else:  # "Osei told the radio", "the mayor said in a statement": a listener or a medium
        passive = view.words("passive_auxiliaries")  # "famine was declared": said of it
        showing = _headline_words().showing_verbs  # "official results showed": a record
        asserted = [
            i
            for i, w in enumerate(words)
            if (
                view.lexicon.stance_of.get(_norm(w)) == "asserted"
                or _norm(w) in showing
                and i == len(words) - 1  # not "showed a lead"
            )
            and not (i and _norm(words[i - 1]) in passive)
        ]
        # "media reports said": the last verb of saying when only a listener follows it
        said = (asserted[-1] if _only_says(view, words) else asserted[0]) if asserted else 0
        rest = words[said + 1 :]
        openers = view.words("subordinators") | view.words("alongside_subordinators")
        opened = next((i for i, w in enumerate(rest) if _norm(w) in openers), None)
        if opened is not None and _holds_verb(view, rest[opened + 1 :]):
            rest = rest[:opened]  # "said [Saturday] as Kyiv said ...": a clause of its own
        if (
            not said
            or len(rest) > _LISTENER_WORDS
            or _holds_verb(view, rest)
            or (
                _norm(words[said]) in view.words("announcing")
                and any(_norm(w) in view.words("new_things") for w in rest[:1])
            )  # "announced a new round": an act, its object no listener
        ):
            return words
        subject, verb = words[:said], words[said]
    if (
        subject
        and _verb_like(subject[-1], view.lexicon)
        and _norm(subject[-1]) not in view.lexicon.auxiliaries
    ):
        subject_words = subject[:-1]  # "media reports said": no two verbs side by side
    else:
        subject_words = subject
    coordinators = view.words("coordinators")
    described = [  # "lawyers representing them said": an -ing form without an auxiliary
        w
        for i, w in enumerate(subject_words)
        if not (
            i
            and _norm(w).endswith("ing")
            and _norm(subject_words[i - 1]) not in view.lexicon.auxiliaries
        )
        and not (  # "media reports and officials said": a noun in a list of speakers
            i
            and _norm(w).endswith("s")
            and _norm(subject_words[i - 1]) not in view.lexicon.pronouns
            and _norm(subject_words[i - 1]) not in view.lexicon.auxiliaries
            and i + 1 < len(subject_words)
            and _norm(subject_words[i + 1]) in coordinators
        )
    ]
    if _holds_verb(view, described):
        return words  # the clause says more than who spoke
    opening = view.text.find(words[0], left)
    before = _cleaned(view, view.text[view.start : opening if opening >= 0 else left])
    if before and _norm(before[-1]) in view.words("subordinators"):
        return words  # "… after Ivo Lenz declared martial law": no tag, nothing it claims
    claim = _cleaned(view, view.text[view.start : left])
    quoted = max((i for i, w in enumerate(claim[:-1]) if w.endswith(_QUOTE_ENDS)), default=None)
    if quoted is not None:  # '"We will hold," Jane Doe, the spokeswoman, said': her name
        claim, subject = claim[: quoted + 1], [*claim[quoted + 1 :], *subject]
    if not claim:
        return words
    subordinate = view.tokens[0].norm in view.words("subordinators")  # "While ..., X said"
    claim = _without_opening_phrase(view, claim, len(subject) + 1, subordinate)
    verb = view.lexicon.headline_verbs.get(_norm(verb), _norm(verb))
    if _is_common(view, claim[0]) or (
        claim[0].lower() in view.lexicon.pronouns and claim[0] != "I"
    ):
        claim[0] = claim[0].lower()
    return [*_short_speaker(view, [w.rstrip(",") for w in subject], speaker), verb, *claim]


def _trailing_speaker(view: SentenceView, words: list[str], speaker: str) -> list[str] | None:
    """``words`` ending on a speaker after its verb of saying set off by a comma ("the count
    shows a lead, reported Radio Lima") put as the speaker saying the claim ("Radio Lima
    reported the count shows a lead"); None when they do not end so."""
    if not speaker or len(words) < 5:
        return None
    at = next(
        (
            i
            for i in range(len(words) - 2, max(1, len(words) - 2 - _SPEAKER_WORDS), -1)
            if _norm(words[i]) in view.lexicon.inverted
        ),
        None,
    )
    if at is None:
        return None
    verb, subject = words[at], words[at + 1 :]
    sentence = view.text[view.start : view.end]
    if (
        not _names(subject, speaker)
        or _holds_verb(view, subject)
        or re.search(rf",\s*{re.escape(verb)}\s+{re.escape(subject[0])}\b", sentence) is None
    ):
        return None  # "the senator reported Radio Lima": an object, no speaker
    claim = [w.rstrip(",") if i == at - 1 else w for i, w in enumerate(words[:at])]
    if _is_common(view, claim[0]):
        claim[0] = claim[0].lower()
    verb = view.lexicon.headline_verbs.get(_norm(verb), _norm(verb))
    return [*_short_speaker(view, subject, speaker), verb, *claim]


def _short_speaker(view: SentenceView, subject: list[str], speaker: str) -> list[str]:
    """A long ``subject`` that names ``speaker`` given as ``speaker`` ("Deputy Minister Jane
    Roe" -> "Roe"); else ``subject``, also when it joins another speaker to it ("residents
    and aid workers")."""
    if (
        speaker
        and len(subject) > len(speaker.split()) + 1
        and _names(subject, speaker)
        and not any(_norm(w) in view.words("series_joiners") for w in subject)
    ):
        return speaker.split()
    return subject


def _shorter_attribution(view: SentenceView, words: list[str], speaker: str) -> list[str]:
    """``words`` that open on who said what, told in fewer words: without a relative clause
    describing the speaker, with a long subject ending on the name of ``speaker`` given as
    ``speaker`` ("Province Governor Brigadier General Anna Berg said" -> "Berg said"; "The
    Defense Ministry of the republic", "the maritime security agency" stay), without the
    auxiliary of a perfect ("has said" -> "said"), and without a phrase between the verb
    and "that" ("said in a statement that" -> "said")."""
    words = _without_speakers_relative(view, words)
    said = next(
        (
            i
            for i, w in enumerate(words[:_SPEAKER_WORDS])
            if i and view.lexicon.stance_of.get(_norm(w)) == "asserted"
        ),
        None,
    )
    if said is None:
        return words
    perfect = 0  # "has said": a headline tells it in the plain past
    while perfect < said - 1 and _norm(words[said - perfect - 1]) in (
        _headline_words().perfect_auxiliaries
    ):
        perfect += 1
    if _holds_verb(view, words[: said - perfect]):
        return words
    verb, rest = words[said], _without_frame(view, words[said], words[said + 1 :])
    if len(rest) < len(words) - said - 1:
        verb = view.lexicon.headline_verbs.get(_norm(verb), verb)  # "told" -> "said"
    subject = words[: said - perfect]
    adverbs = 0  # "Anna Berg also warned": the name before the adverb
    while (
        adverbs < len(subject) - 1
        and _norm(subject[-adverbs - 1]) in _headline_words().adverb_starts
    ):
        adverbs += 1
    subject, adverb = subject[: len(subject) - adverbs], subject[len(subject) - adverbs :]
    name = speaker.split()[-1] if speaker else ""
    if (
        name[:1].isupper()
        and _norm(subject[-1]) == _norm(name)
        and not any(_norm(w) in view.words("prepositions") for w in subject)
    ):  # titles, then the name; not "an aid worker with the Relief Committee"
        subject = _short_speaker(view, subject, speaker)
    return _without_that(view, [*subject, *adverb, verb, *rest])


def _without_frame(view: SentenceView, verb: str, rest: list[str]) -> list[str]:
    """``rest``, the words after the reporting verb ``verb``, without what frames the
    claim after it: whom it was told to and where, up to "that" ("told reporters at the
    courthouse that" -> "that"; "said on Telegram that"), or a phrase naming the statement
    the claim was made in ("said in a statement | three dams broke"); else ``rest``
    itself. The frame holds no punctuation and no verb."""
    frame = rest[: _LISTENER_WORDS + 1]
    telling = _norm(verb) in view.lexicon.headline_verbs
    that = next((i for i, w in enumerate(frame) if _norm(w) == "that"), 0)
    opens = _norm(rest[0]) in view.words("prepositions") if rest else False
    if that and (opens or telling) and not _breaks_frame(view, rest[:that]):
        return rest[that:]
    statement = next(
        (i for i, w in enumerate(frame) if _norm(w) in view.words("statement_nouns")), None
    )
    if (
        opens
        and statement is not None
        and len(rest) > statement + 2
        and not _breaks_frame(view, rest[: statement + 1])
    ):
        return rest[statement + 1 :]
    return rest


def _breaks_frame(view: SentenceView, frame: list[str]) -> bool:
    """True when ``frame`` holds punctuation or a verb: a clause, not whom or where."""
    return any(w.endswith((",", ";", ":")) for w in frame) or _holds_verb(view, frame)


_QUOTE_ENDS = (',"', ",”", ",’")
_QUOTES = "\"“”‘’'"


def _without_opening_phrase(
    view: SentenceView, claim: list[str], lead: int, subordinate: bool = False
) -> list[str]:
    """``claim`` without the phrase opening it up to its first comma ("In a sharp
    escalation of the war, | the rebels launched ..."), when a preposition opens it, the
    claim with ``lead`` words before it does not fit a label and a clause follows; and
    without a subordinate clause opening it ("While most were freed, | four remain held"):
    what is claimed is the main clause after it, one that names its subject. ``subordinate``
    tells that a subordinator opened ``claim`` before it was cleaned of it."""
    subordinate = subordinate or _norm(claim[0]) in view.words("subordinators")
    if not subordinate and len(claim) + lead <= TITLE_WORDS and _fits(claim):
        return claim
    if not subordinate and _norm(claim[0]) not in view.words("prepositions"):
        return claim
    comma = next((i for i, w in enumerate(claim) if w.endswith(",")), None)
    rest = claim[comma + 1 :] if comma is not None else []
    if len(rest) < 3 or _verb_like(rest[0], view.lexicon) or not _reads_as_clause(view, rest):
        return claim
    if subordinate and _norm(rest[0]) in view.lexicon.pronouns:
        return claim  # "When the storm hit, it killed three": "it" needs the clause before
    if _is_common(view, rest[0]):
        rest = [rest[0].lower(), *rest[1:]]
    return rest


def _words_start(clause: DateClause, words: list[str]) -> int:
    """Where ``words``, the date's clause and the clauses it joins, start in the text: the
    start of the nearest clause up to the date's own that opens on their first word."""
    view = clause.view
    for start, end in reversed([c for c in clause.clauses if c[0] <= clause.home[0]]):
        opening = _cleaned(view, view.text[start:end])
        if opening and words and _norm(opening[0]) == _norm(words[0]):
            return start
    return clause.home[0]


def _attribution_length(view: SentenceView, words: list[str]) -> int:
    """How many of the first ``words`` make an attribution ("according to"), else 0."""
    phrases = view.words("attribution")
    return next(
        (n for n in (3, 2) if " ".join(map(_norm, words[:n])) in phrases and len(words) > n), 0
    )


def _is_inverted_verb(view: SentenceView, first: str, last: str) -> bool:
    """True when a clause opening on ``first`` and ending on ``last`` reports speech:
    it ends on an asserting verb ("the coast guard said") or opens on one ("said a ...")."""
    return (
        view.lexicon.stance_of.get(_norm(last)) == "asserted"
        or _norm(first) in view.lexicon.inverted
    )


def _norm(word: str) -> str:
    return word.lower().strip(_TRAILING + "…")


def _cleaned(view: SentenceView, surface: str) -> list[str]:
    """The words of ``surface`` without asides, brackets, leading punctuation or fillers,
    and without a quotation mark standing alone, left from a quotation cut with its
    aside (', codenamed "Storm 2025," | " kicked off')."""
    surface = _curly_quotes(surface)
    # a dateline before its agency's bracket goes, also its part after a clause's comma
    surface = without_dateline(_LEADING.sub("", surface))
    surface = _BRACKET.sub(" ", _ASIDE.sub("", surface))
    surface = re.sub(r"\s+([,;:])", r"\1", squash(surface))
    surface = _LEADING.sub("", without_dateline(surface))
    words = [w for w in surface.split() if w.strip(_QUOTES)]
    while words and words[0].lower().strip(",") in view.words("leading_fillers"):
        words = words[1:]
    return words


def _curly_quotes(text: str) -> str:
    """``text`` with quotation marks typed as two backticks and two apostrophes written as
    the curly marks they stand for, so that they pair up and trim as those do."""
    return text.replace("``", "“").replace("''", "”")


_CLAUSE_WORDS = frozenset(
    {
        "and",
        "but",
        "while",
        "as",
        "which",
        "who",
        "whose",
        "where",
        "when",
        "after",
        "before",
        "because",
        "although",
        "though",
        "whereas",
        "amid",
        "following",
        "until",
        "despite",
    }
)


def _linked_from(clause: DateClause, words: list[str]) -> int:
    """Where in ``words`` the clause the date tells is linked in by a time word ("comes
    days | after rain forced the port to shut [on Tuesday]"): the last time word before
    the date, when words stand between them; 0 when none does ("since [March]" links in
    the date itself)."""
    view = clause.view
    links = _headline_words().time_links
    before = view.in_span(clause.home[0], clause.mention.char_start)
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].norm in links), None)
    if at is None or not [t for t in before[at + 1 :] if t.norm not in view.words("prepositions")]:
        return 0
    later = sum(t.norm in links for t in view.in_span(clause.mention.char_end, clause.home[1]))
    found = [i for i, w in enumerate(words) if _norm(w) in links]
    return found[len(found) - later - 1] if len(found) > later else 0


_APPOSITION_WORDS = 12  # words of a description set off by commas after a name


def _without_apposition(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without a description set off by commas after a name, opening on a
    determiner and holding no clause of its own, when the name's verb follows it ("Ana Ruiz, the
    candidate of the ruling party, extended her lead" -> "Ana Ruiz extended her lead"):
    the name acts, and the description only tells who it is."""
    determiners = view.words("determiners")
    for i, word in enumerate(words[:-2]):
        if not (word.endswith(",") and word[:1].isupper() and _norm(words[i + 1]) in determiners):
            continue
        last = min(len(words) - 1, i + 1 + _APPOSITION_WORDS)
        close = next((j for j in range(i + 1, last) if words[j].endswith((",", ";"))), None)
        if close is None or not words[close].endswith(","):
            return words
        clause_words = view.words("relatives") | view.words("finite_starts")
        if any(_norm(w) in clause_words for w in words[i + 1 : close + 1]):
            return words  # "Ana Ruiz, the candidate who was jailed, ...": a clause of its own
        if not _finite_like(words[close + 1], view.lexicon):
            return words
        return [*words[:i], word.rstrip(","), *words[close + 1 :]]
    return words


def _compressed(view: SentenceView, words: list[str], speaker: str) -> Iterator[list[str]]:
    """Ever shorter forms of ``words``, a headline too long, that still tell who did what:
    without the titles no one owns before a name ("Ana Ruiz"), then without owned ones,
    then without what follows a subject's head noun up to its verb ("the death toll [from
    the blasts near the palace] has climbed"); each is made only when asked for."""
    untitled = _without_name_titles(view, words)
    if untitled != words:
        yield untitled
    unowned = _without_name_titles(view, words, owned=True)
    if unowned != untitled:
        yield unowned
    trimmed = _without_subject_modifier(view, unowned, speaker)
    if trimmed != unowned:
        yield trimmed


_NAME_WORDS = 2  # capitalised words after a title that make a full name ("Ana Ruiz")
_HEAD_WORDS = 4  # words of a subject up to its head noun ("the regional health chief")
_MODIFIER_WORDS = 12  # words of the phrases after a subject's head noun, up to its verb


def _without_subject_modifier(view: SentenceView, words: list[str], speaker: str) -> list[str]:
    """``words`` without the phrases :func:`_subject_modifier` finds after a subject's head
    noun; else ``words``."""
    span = _subject_modifier(view, words, speaker)
    return words if span is None else [*words[: span[0]], *words[span[1] :]]


def _strands_verb(view: SentenceView, words: list[str], cut: int, verb: int) -> bool:
    """True when cutting ``words`` after ``cut`` words drops the verb at ``verb`` or leaves
    it without the object straight after it: an amount ("had killed | at least 40 people")
    or a noun phrase opening on a determiner or a number ("destroyed | the bridge"), not a
    phrase or clause set off from it ("was holding | and voiced hope", "had collapsed |
    after a week")."""
    if cut <= verb:
        return True
    verbs = view.words("be_forms") | view.lexicon.auxiliaries
    end = verb
    while end < len(words) and (_norm(words[end]) in verbs or _verb_like(words[end], view.lexicon)):
        end += 1
    kept, rest = words[:cut], words[cut:]
    if cut != max(end, verb + 1) or not rest or kept[-1].endswith((",", ";", ":")):
        return False
    return (
        _opens_amount(kept, rest)
        or _norm(rest[0]) in view.words("determiners")
        or rest[0][:1].isdigit()
    )


def _subject_modifier(view: SentenceView, words: list[str], speaker: str) -> tuple[int, int] | None:
    """Where in ``words`` the longest chain of phrases after the head noun of a subject up
    to its verb ("The death toll [from the double blasts near the palace] has climbed",
    "said the dam [on the river north of Vela] had burst"): a subject opens the headline
    or a claim after its reporting verb, on no preposition; its head is a common noun
    within ``_HEAD_WORDS`` words, no amount ("tens | of", "more | than"), with no verb or
    punctuation before it, and may spell a verb right after an article or a possessive
    ("the strike | on the port", "Chile's attack | on"); the chain opens on a preposition
    or a word of place ("near") and holds no verb, punctuation, relative word or word of
    ``speaker``; and a plain verb follows it, no verb of saying (the phrases tell who
    speaks): one that only a verb can be ("has", "was", "should"), a verb in -ed after a
    noun ("the strike | killed"), or any verb after a name ("Vela | fell"). Its first word
    and the verb's; None when there is none."""
    lexicon, known = view.lexicon, _headline_words()
    prepositions = view.words("prepositions") | known.place_openers  # "the camp | near"
    closing = view.words("relatives") | {"that"}
    amounts = (
        known.quantifiers | known.counting_nouns | frozenset(entity_words("en", "number_words"))
    )
    plain = (
        view.words("finite_starts")
        | view.words("be_forms")
        | known.modals
        | frozenset(lexicon.stance_of)
    )
    named = {_norm(w) for w in speaker.split()} - lexicon.function_words()

    def is_verb(at: int) -> bool:
        word, before = words[at], words[at - 1]
        if not word.islower():
            return False
        if _norm(word) in plain or before[:1].isupper() and _finite_like(word, lexicon):
            return True
        return (
            _norm(word).endswith("ed")
            and _verb_like(word, lexicon)
            and before.isalpha()
            and _norm(before) not in lexicon.function_words()
            and not _norm(before).endswith(("ly", "ed", "ing"))
        )

    def names_noun(at: int) -> bool:  # "the strike | on", "Chile's attack | on": a noun
        before = words[at - 1] if at else ""
        return _norm(before) in view.words("noun_openers") or bool(POSSESSIVE.search(before))

    starts = [0, *(i + 1 for i, w in enumerate(words) if _norm(w) in lexicon.stance_of)]
    lead = _attribution_length(view, words)
    closed = next(  # "According to the mayor, | the market ...": the claim opens after it
        (i for i in range(lead, min(len(words), lead + _SPEAKER_WORDS)) if words[i].endswith(",")),
        None,
    )
    if lead and closed is not None:
        starts.append(closed + 1)
    best: tuple[int, int] | None = None
    for start in starts:
        if start >= len(words) or _norm(words[start]) in prepositions:
            continue
        head = next(
            (
                p
                for p in range(start + 1, min(len(words), start + _HEAD_WORDS + 1))
                if _norm(words[p]) in prepositions
            ),
            None,
        )
        if (
            head is None
            or not words[head - 1].isalpha()
            or not words[head - 1].islower()
            or _norm(words[head - 1]) in amounts
            # "more | than a dozen", "ahead | of": two words of one preposition
            or f"{_norm(words[head - 1])} {_norm(words[head])}" in known.compound_prepositions
            or any(not w[-1:].isalnum() for w in words[start:head])
            or any(_verb_like(w, lexicon) for w in words[start : head - 1])
            or (_verb_like(words[head - 1], lexicon) and not names_noun(head - 1))
        ):
            continue
        for verb in range(head + 2, min(len(words), head + _MODIFIER_WORDS + 1)):
            word = words[verb - 1]
            if word.endswith((",", ";", ":")) or _norm(word) in closing | named:
                break
            if _verb_like(word, lexicon) and not word[:1].isupper():
                break
            if is_verb(verb):
                if _norm(words[verb]) in lexicon.stance_of:
                    break  # "a spokesperson [for the agency] said": who speaks stays whole
                if best is None or verb - head > best[1] - best[0]:
                    best = (head, verb)
                break
    return best


def _person_name(words: list[str]) -> list[str]:
    """The full name of a person ``words`` open on: ``_NAME_WORDS`` capitalised words or
    one more, none a title or the last word of a body's name ("Emergency Management
    Agency"); empty when they open on none."""
    titles, heads = title_words("en"), _headline_words().article_heads
    name: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        if _norm(word) in titles or word.rstrip(",;:") in heads or len(name) > _NAME_WORDS:
            return []  # "Emergency Management Agency": a body, no person
        name.append(word)
        if word.endswith((",", ";", ":")):
            break
    return name if len(name) >= _NAME_WORDS else []


def _without_name_titles(view: SentenceView, words: list[str], owned: bool = False) -> list[str]:
    """``words`` without a person's title right before their full name ("First Vice
    President Ana Ruiz" -> "Ana Ruiz", "Secretary of State Ana Ruiz" -> "Ana Ruiz"); a
    title owned by a state or a body ("Chile's Vice President Ana Ruiz", "Chilean Vice
    President Ana Ruiz", "the Harbour Authority Chief Executive Ana Ruiz"), after an
    article, or with no full name after it stays, unless ``owned``: then the owner and its
    article go with the title."""
    titles, ranks = title_words("en"), _headline_words().title_ranks
    links = _headline_words().title_links

    def is_title(at: int, within: bool) -> bool:  # "Minister"; "of" in "Minister of State"
        if within and _norm(words[at]) in links and words[at].islower() and at + 1 < len(words):
            return _norm(words[at + 1]) in titles and words[at + 1][:1].isupper()
        return _norm(words[at]) in titles and words[at][:1].isupper()

    kept: list[str] = []
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and _norm(words[end]) in ranks and words[end][:1].isupper():
            end += 1
        ranked = end
        while end < len(words) and is_title(end, end > ranked):
            end += 1
        name = _person_name(words[end : end + _NAME_WORDS + 2])
        owner = _title_owner(view, kept) if owned else 0
        is_owned = (
            bool(kept)
            and not owner
            and (  # "Chile's", "the", "Iranian Vice President Ana Ruiz"
                kept[-1].endswith(("'s", "’s"))
                or _norm(kept[-1]) in view.words("determiners")
                or kept[-1][:1].isupper()
            )
        )
        if end > ranked and not is_owned and not words[end - 1].endswith(",") and name:
            del kept[len(kept) - owner :]
            index = end
        end = max(end, index + 1)  # a title that stays stays whole
        kept.extend(words[index:end])
        index = end
    return kept


def _title_owner(view: SentenceView, kept: list[str]) -> int:
    """How many of the last words of ``kept`` name who owns a title after them, with the
    article before: capitalised words, possessives and the words linking them ("the U.S.
    Agency for International Development", "Chile's"), back to a lower-case word or a
    comma, and a rank before them ("acting"); 0 when none does."""
    known = _headline_words()
    count = 0
    while count < len(kept):
        word = kept[-count - 1]
        if word.endswith((",", ";", ":")):
            break
        if not word[:1].isupper():
            linking = _norm(word) in known.title_links and count and count < len(kept) - 1
            if not (linking and kept[-count - 2][:1].isupper()):
                break
        count += 1
    while count and count < len(kept) and _norm(kept[-count - 1]) in known.title_ranks:
        count += 1  # "acting U.S. Attorney": the rank goes with the title it ranks
    before = kept[: len(kept) - count]
    if count and before and _norm(before[-1]) in view.words("determiners"):
        return count + 1  # "the U.S. Agency ...": its article goes with it
    return count


def _is_whole_headline(words: list[str]) -> bool:
    """True when ``words`` make a headline with no clipping: at most ``TITLE_WORDS`` words
    and ``MAX_TITLE_CHARS`` characters."""
    return len(words) <= TITLE_WORDS and _fits_headline(words)


def _without_agent_phrase(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without a participle and its agent between a subject and its verb ("A
    drone attack [launched by the militia] struck the airport"), which a cut would keep in
    place of the verb; else ``words``. The subject holds no verb of its own, and the
    agent no clause ("... launched by rebels who"), comma or dash."""
    lexicon = view.lexicon
    be = view.words("be_forms") | lexicon.auxiliaries
    closing = view.words("relatives") | view.words("subordinators") | {"that"}
    said = max((i for i, w in enumerate(words) if _norm(w) in lexicon.stance_of), default=-1)
    verb_at = next((i for i, w in enumerate(words) if i > said and _finite_like(w, lexicon)), 0)
    lead = max((i for i in range(said + 1, verb_at) if words[i].endswith(",")), default=said)

    def plainly_verb(word: str) -> bool:  # not "attack", which may be a noun
        return _norm(word) in be or _verb_like(word, lexicon) and _norm(word).endswith("ed")

    for at in range(lead + 3, min(len(words) - 3, TITLE_WORDS)):  # "According to X, | a ..."
        if plainly_verb(words[at - 1]) or words[at - 1].endswith((",", ";", ":")):
            return words  # "had remained untouched by", "the city, | backed by": no subject
        if not (
            _norm(words[at]).endswith("ed") and _norm(words[at + 1]) in view.words("passive_agents")
        ):
            if plainly_verb(words[at]):
                return words  # the subject's own verb comes first
            continue
        for verb in range(at + 3, min(len(words), at + 2 + _AGENT_WORDS)):
            word, norm = words[verb], _norm(words[verb])
            if norm in closing or word in _DASHES or words[verb - 1].endswith((",", ";")):
                return words
            if (
                _finite_like(word, lexicon)
                and not word[:1].isupper()
                and (norm in be or not norm.endswith("s"))  # "strikes" may be a noun
                and _norm(words[verb - 1]) not in view.words("noun_openers")  # "a wanted man"
            ):
                return [*words[:at], *words[verb:]]
        return words
    return words


_DASHES = frozenset({"-", "--", "–", "—"})
_AGENT_WORDS = 8  # words of an agent between a participle and the verb of its subject


def _shortened(view: SentenceView, words: list[str], keep: int = 0) -> list[str]:
    """``words`` cut at the best phrase boundary within ``TITLE_WORDS`` words and
    ``TITLE_CHARS`` characters when they are longer: after a comma, before a conjunction
    or relative word, else before a preposition or an -ing word; when no boundary fits,
    the nearest one past ``TITLE_CHARS``. The part kept ends on no dangling word or
    possessive, splits no name, keeps a verb when the words have one, and keeps a claim
    with its verb after its reporting verb; a fitting cut past the words up to ``keep``
    and the one after it wins over any other, one between two names joined by a word
    ("British | and American") loses to any other."""
    if _fits(words):
        return words
    lexicon, known = view.lexicon, _headline_words()
    prepositions = view.words("prepositions") | known.place_openers  # "assaults | across"
    fitting: list[tuple[int, list[str]]] = []  # (score, kept) within TITLE_CHARS
    longer: list[tuple[int, list[str]]] = []  # within TITLE_WORDS only: the shortest wins
    for cut in range(4, min(TITLE_WORDS, len(words) - 1) + 1):
        kept = words[:cut]
        norm = _norm(words[cut])
        if kept[-1].endswith((",", ";", ":")):
            strength = 3
        elif norm in _CLAUSE_WORDS or _opens_relative(lexicon, words, cut):
            strength = 2  # a relative "that" only as a last resort: it may tell the event
        elif (
            norm in prepositions
            or _opens_contact_clause(view, words, cut)  # "the news | he had awaited"
            or (
                norm.endswith("ing")
                and _norm(kept[-1]) not in prepositions
                and not _describes_ing_noun(view, kept, words[cut + 1 : cut + 2])
            )
        ):
            # not "partners in | providing": the preposition governs it; a clause about the
            # noun before it, like a phrase after a preposition, tells what the noun is
            strength = 1
        elif _opens_agent_phrase(lexicon, words, cut):
            strength = 1  # "the catastrophe | brought by the violence"
        else:
            continue
        after_join = (words[cut + 1 : cut + 2] or [""])[0] if norm in known.name_joins else ""
        if norm == "of" and _norm(kept[-1]) in known.quantifiers | known.counting_nouns:
            continue  # "a strike on one | of the headquarters", "a series | of airstrikes"
        if norm in known.preposition_relatives and _norm(kept[-1]) in prepositions:
            continue  # "an agreement in | which": the preposition goes with its relative
        if f"{_norm(kept[-1])} {norm}" in known.compound_prepositions:
            continue  # "with up | to 300 soldiers"
        if _opens_amount(kept, words[cut:]) and (
            _verb_like(kept[-1], lexicon) or _fits_headline(words[: cut + _AMOUNT_WORDS])
        ):
            continue  # "the landslide killed | at least 12 people": the verb's object
        if _closes_range(kept, norm):
            continue  # "has risen from 16 | to 25", "between the army | and rebels"
        if kept[-1].endswith("ly") and kept[-1].islower() and _verb_like(words[cut], lexicon):
            continue  # "is rapidly | deteriorating": the adverb leans on its verb
        if norm in view.words("passive_agents") and _opens_agent_phrase(lexicon, words, cut - 1):
            continue  # "the catastrophe brought | by the violence": the participle's agent
        second = (words[cut + 1 : cut + 2] or [""])[0]
        if (
            norm in view.words("coordinators")
            and _verb_like(kept[-1], lexicon)
            and _verb_like(second, lexicon)
            and not kept[-1].endswith(",")
            and _norm(kept[-1]).endswith("ing") == _norm(second).endswith("ing")
        ):
            continue  # "targeted | and demolished homes": two verbs of one object; not
            # "was holding | and expressed hope", two forms that share none
        splits_name = strength < 3 and kept[-1][:1].isupper() and words[cut][:1].isupper()
        if (
            splits_name
            or _leaves_title(kept, words[cut:])
            or not _reads_whole(lexicon, kept, words)
        ):
            continue
        # "the Bank | of England", "British | and American", "missiles | that were": a last
        # resort
        splits_pair = strength < 3 and kept[-1][:1].isupper() and after_join[:1].isupper()
        last_resort = (
            splits_pair
            or _opens_relative(lexicon, words, cut)
            or _opens_infinitive(view, kept, words[cut:])  # "a boat trying | to reach"
        )
        if len(" ".join(kept)) <= TITLE_CHARS:
            past_link = 0 < keep < cut - 1  # keeps the linked clause's first words
            fitting.append((strength * 10 + cut + 100 * past_link - 50 * last_resort, kept))
        else:
            over = len(" ".join(kept)) > MAX_TITLE_CHARS  # too long even for a headline
            longer.append((strength * 10 - cut - 100 * over, kept))
    best = max(fitting or longer, key=lambda scored: scored[0], default=None)
    return best[1] if best is not None else words


_AMOUNT_WORDS = 4  # "at least 12 people": an amount with its noun
_TITLE_REACH = 6  # words after a cut where the name a title before it belongs to may stand


def _leaves_title(kept: list[str], rest: list[str]) -> bool:
    """True when ``kept`` ends on a person's title whose name comes in ``rest``, before
    any punctuation ("placed Vice President | and party leader Ana Ruiz under arrest"):
    the cut would leave the title without its person."""
    titles = title_words("en")
    if kept[-1].endswith((",", ";", ":")) or not (
        kept[-1][:1].isupper() and _norm(kept[-1]) in titles
    ):
        return False
    for word in rest[:_TITLE_REACH]:
        if word[:1].isupper() and _norm(word) not in titles:
            return True
        if word.endswith((",", ";", ":")):
            return False
    return False


def _fits_headline(words: list[str]) -> bool:
    """True when ``words`` are no longer than a headline may be."""
    return len(" ".join(words)) <= MAX_TITLE_CHARS


def _opens_amount(kept: list[str], rest: list[str]) -> bool:
    """True when ``rest`` opens an amount, the object of the words in ``kept`` before it
    ("killed | at least 12", "killed | about 1,500"), not set off from them by punctuation."""
    if len(rest) < 2 or kept[-1].endswith((",", ";", ":")):
        return False
    known = _headline_words()
    return f"{_norm(rest[0])} {_norm(rest[1])}" in known.quantity_phrases or (
        _norm(rest[0]) in known.approximators and rest[1][:1].isdigit()
    )


def _opens_infinitive(view: SentenceView, kept: list[str], rest: list[str]) -> bool:
    """True when ``rest`` opens the infinitive the verb ending ``kept`` takes ("trying | to
    reach"; not "moved | to the harbour")."""
    following = (rest[1:2] or [""])[0]
    return (
        _norm(rest[0]) in _headline_words().infinitive_marks
        and not kept[-1].endswith((",", ";", ":"))
        and _verb_like(kept[-1], view.lexicon)
        and following.isalpha()
        and following.islower()
        and following not in view.words("noun_openers")
    )


def _describes_ing_noun(view: SentenceView, kept: list[str], after: list[str]) -> bool:
    """True when the last words of ``kept`` open a noun phrase whose noun is the -ing word
    after them, which has "of" ``after`` it: an article, or an article and a describing
    word that is no verb or plural ("an emergency | meeting of the council"; not "angry
    farmers | blocking", "on the ground | combing through"); and any word before an -ing
    word that ends the words, where a cut saves nothing."""
    if not after:
        return True  # "ahead of a key summit | meeting": a cut before the last word saves none
    if _norm(after[0]) not in _headline_words().ing_noun_links:
        return False
    openers = view.words("noun_openers")
    if _norm(kept[-1]) in openers:
        return True
    last = kept[-1]
    return (
        len(kept) > 1
        and _norm(kept[-2]) in openers
        and last.isalpha()
        and last.islower()
        and not last.endswith("s")
        and not _verb_like(last, view.lexicon)
    )


def _opens_relative(lexicon: EventLexicon, words: list[str], at: int) -> bool:
    """True when ``words[at]`` is a relative word like "that" opening a clause about the
    noun before it: a verb follows it, none goes before ("missiles | that were aimed at
    ships"; not "said that", nor "that town")."""
    following = (words[at + 1 : at + 2] or [""])[0]
    return (
        _norm(words[at]) in _headline_words().verb_led_relatives
        and _verb_like(following, lexicon)
        and not _verb_like(words[at - 1], lexicon)
        and _norm(words[at - 1]) not in lexicon.stance_of
    )


def _opens_contact_clause(view: SentenceView, words: list[str], at: int) -> bool:
    """True when ``words[at]`` is a personal pronoun opening a relative clause without
    "that" about the noun before it ("a curfew | she had imposed"): a verb follows the
    pronoun, and the word before it is a lower-case noun, not a verb ("said | she would")."""
    before, following = words[at - 1], (words[at + 1 : at + 2] or [""])[0]
    return (
        _norm(words[at]) in _headline_words().pronoun_subjects
        and words[at].islower()
        and _verb_like(following, view.lexicon)
        and before.islower()
        and not before.endswith((",", ";", ":"))
        and not _verb_like(before, view.lexicon)
        and _norm(before) not in view.lexicon.stance_of
        and _norm(before) not in view.lexicon.function_words()
    )


_RANGE_WORDS = 5  # words from "from" or "between" to the word that joins the range's end


def _closes_range(kept: list[str], following: str) -> bool:
    """True when ``following`` joins the end of a range that "from" or "between" opens in
    the last words of ``kept`` ("from 16 | to 25", "between the army | and rebels")."""
    lexicon = load_lexicon("en")
    return following in lexicon.range_joins and any(
        _norm(word) in lexicon.range_opens for word in kept[-_RANGE_WORDS:]
    )


def _opens_agent_phrase(lexicon: EventLexicon, words: list[str], at: int) -> bool:
    """True when word ``at`` is a past participle describing the noun before it, with its
    agent after it ("the catastrophe | brought by the violence"); not a passive verb after
    its auxiliary ("was shelled by rebels")."""
    return (
        0 < at < len(words) - 1
        and _verb_like(words[at], lexicon)
        and not _norm(words[at]).endswith("ing")
        and _norm(words[at + 1]) in lexicon.grammar["passive_agents"]
        and _norm(words[at - 1]) not in lexicon.auxiliaries | lexicon.grammar["be_forms"]
    )


_SPLIT_VERB_WORDS = 4  # words after a cut in which a subordinate clause's verb may stand


def _reads_whole(lexicon: EventLexicon, kept: list[str], words: list[str]) -> bool:
    """True when ``kept``, the start of ``words``, ends on no dangling word or possessive
    and keeps the verb of ``words``, or after a reporting verb the verb of its claim's
    own clause."""
    norms = [_norm(w) for w in kept]
    if norms[-1] in _headline_words().dangling_ends or kept[-1].endswith(("'s", "’s")):
        return False
    opened = max(
        (i for i, n in enumerate(norms) if n in lexicon.grammar["subordinators"]), default=-1
    )
    if (
        opened >= 0
        and not any(_verb_like(w, lexicon) for w in kept[opened + 1 :])
        and any(_verb_like(w, lexicon) for w in words[len(kept) : len(kept) + _SPLIT_VERB_WORDS])
    ):
        return False  # "after tear gas | and water cannon failed": the clause keeps its verb
    said = max((i for i, n in enumerate(norms) if n in lexicon.stance_of), default=-1)
    claim, told = kept[said + 1 :], words[said + 1 :]
    if said < 0:
        claim, told = kept[1:], words[1:]
    elif len(claim) < 2:
        return False
    else:  # the claim's own clause: up to a comma (not one of a list of its subjects:
        # "Ana's brother, nephew and niece were killed") or a word opening another clause
        end = next(
            (
                i
                for i, w in enumerate(told)
                if w.endswith(";")
                or w.endswith(",")
                and not _lists_on(lexicon, told[i + 1 : i + 2 + _LIST_ITEM_WORDS])
                or _norm(w) in _CLAUSE_WORDS - {"and", "but"}
            ),
            len(told),
        )
        told = told[:end]
    if said < 0:  # an -ing word may be a noun ("Heavy fighting | between ..."): a verb
        # after the cut that is no -ing form must be kept
        return any(_finite_like(w, lexicon) for w in claim) or not any(
            _finite_like(w, lexicon) for w in told
        )
    start = said + 1
    determiners = lexicon.grammar["determiners"]
    prepositions = lexicon.grammar["prepositions"]
    function = lexicon.function_words()
    if any(_verb_like(w, lexicon) for w in claim):
        return True
    marks = _headline_words().infinitive_marks
    for i, w in enumerate(told):
        following = told[i + 1] if i + 1 < len(told) else ""
        if _norm(w) in marks and following.isalpha() and following.islower():
            if following not in determiners:
                return True  # "announced $3 million | to meet the needs": what it is for
        elif (
            _verb_like(w, lexicon)
            and not _opens_agent_phrase(lexicon, words, start + i)
            and not (i and _norm(told[i - 1]) in determiners)
            and not (
                _norm(w).endswith("ing")
                and (i and _norm(told[i - 1]) in prepositions or _norm(following) in function)
            )
        ):  # no verb of the claim's clause: a participle after an article or with its agent
            # describes a noun ("the opposition-controlled parliament", "the catastrophe |
            # brought by the violence"), so does an -ing word after a preposition ("grants
            # for fishing families"); one before a function word opens a participle clause
            # after the reporting verb's object ("declared martial law | accusing the ...")
            return False
    return True


def _holds_verb(view: SentenceView, words: list[str]) -> bool:
    """True when ``words`` hold a verb-like word; a form in -ing or -ed right after a word
    opening a noun phrase or a possessive describes the noun ("a monitoring group", "the
    ruling party", "Egypt's state-owned channel", "the region's acting governor"), and so
    does a participle right after a record ("figures released by the ministry")."""
    openers = view.words("noun_openers")
    records = view.words("source_records") | view.words("statement_nouns")

    def describes(index: int) -> bool:
        before, norm = _norm(words[index - 1]), _norm(words[index])
        if before in records and (norm.endswith("ed") or norm in view.words("participles")):
            return True
        return norm.endswith(("ing", "ed")) and (
            before in openers or POSSESSIVE.search(words[index - 1]) is not None
        )

    return any(
        _verb_like(word, view.lexicon) and not (index and describes(index))
        for index, word in enumerate(words)
    )


def _finite_like(word: str, lexicon: EventLexicon) -> bool:
    """True for a verb-like word that is no -ing form."""
    return _verb_like(word, lexicon) and not _norm(word).endswith("ing")


def _without_speakers_relative(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without a relative clause describing who speaks ("Residents who spoke to
    reporters by phone said ..." -> "Residents said ..."): a relative word among the first
    words, then up to :data:`_RELATIVE_WORDS` words without punctuation, then a verb of
    saying."""
    lexicon = view.lexicon
    for index in range(1, min(len(words), _LISTENER_WORDS)):
        if _norm(words[index]) not in view.words("relatives") or words[index - 1].endswith(","):
            continue
        for end in range(index + 2, min(len(words) - 1, index + _RELATIVE_WORDS)):
            if words[end - 1].endswith((",", ";", ":")):
                break
            if _norm(words[end]) in lexicon.stance_of:
                return words[:index] + words[end:]
        break
    return words


def _lists_on(lexicon: EventLexicon, following: list[str]) -> bool:
    """True when ``following``, the words after a comma, end a list ("nephew and niece",
    "Ana Maria Ruiz and Tom Berg"): "and" or "or" before any verb, after an item of up to
    ``_LIST_ITEM_WORDS`` words."""
    for word in following:
        if _verb_like(word, lexicon):
            return False
        if _norm(word) in ("and", "or"):
            return True
    return False


def _without_that(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without a "that" right after a reporting verb, unless a verb follows it
    ("said that crews cleared" -> "said crews cleared"; "said that was all" stays; a word
    in -ing after it is a noun: "said that shelling hit" -> "said shelling hit")."""
    lexicon = view.lexicon
    for index in range(1, len(words) - 2):
        if (
            words[index].lower() == "that"
            and _norm(words[index - 1]) in lexicon.stance_of
            and not _finite_like(words[index + 1], lexicon)  # "said that fighting went on"
        ):
            return words[:index] + words[index + 1 :]
    return words


def _own_predicate(clause: DateClause, start: int, end: int) -> str | None:
    """The part of the home clause that tells the date's own happening, when the clause
    joins two predicates and another date of the sentence dates the other: the first up to
    the joining word ("The army entered the town [on Monday] | and withdrew on
    Wednesday"), the second with the subject of the first ("The army | entered the town on
    Monday and | withdrew [on Wednesday]": "The army withdrew"); else ``None``."""
    view = clause.view
    left, right = clause.home
    tokens = view.in_span(left, right)
    joins = _headline_words().predicate_joins
    relatives = view.words("relatives") | view.words("subordinators") | {"that"}
    verb = next((i for i, t in enumerate(tokens) if i and _finite_like(t.text, view.lexicon)), 0)
    if (
        not verb
        or tokens[0].start > start
        or _verb_like(tokens[0].text.lower(), view.lexicon)
        or any(t.norm in relatives for t in tokens[: verb + 1])
        or any(view.break_before(view.index_at(t.start) or 0) for t in tokens[1 : verb + 1])
    ):
        return None  # no plain subject: "which began ...", "forces that", ", caused by"
    for k in range(verb + 1, len(tokens) - 1):
        if tokens[k].norm in relatives:
            return None  # "rainstorms that started on Tuesday and continued": inside it
        if tokens[k].norm not in joins or tokens[k + 1].norm in joins:
            continue
        joined = tokens[k].start
        # the predicate after the join: right after it, or after its own short subject
        following = next(
            (
                i
                for i in range(k + 1, min(k + 4, len(tokens)))
                if _finite_like(tokens[i].text, view.lexicon)
            ),
            None,
        )
        if (
            following is None
            or any(t.is_capitalized for t in tokens[k + 1 : following])
            or _present_s(tokens[verb].norm) != _present_s(tokens[following].norm)
        ):
            continue  # "continues to support the forum established ... and launched"
        if any(t.norm in relatives for t in tokens[k + 1 :] if t.start < start):
            return None  # "... and replaced him with X, who was sworn in [on Monday]"
        dated_before = any(tokens[verb].start <= s and e <= joined for s, e in view.dated)
        stop = next(  # the other predicate ends at a break or a clause of its own
            (
                t.start
                for t in tokens[k + 2 :]
                if t.norm in relatives or view.break_before(view.index_at(t.start) or 0)
            ),
            right,
        )
        dated_after = any(s >= tokens[k].end and e <= stop for s, e in view.dated)
        if end <= joined and dated_after:
            return _surface_without(view, left, joined, start, end).rstrip(" ,;:")
        if start >= tokens[k].end and dated_before:
            told = _surface_without(view, tokens[k + 1].start, right, start, end)
            if following > k + 1:  # "... and rebels withdrew [on Wednesday]": its own subject
                return told
            return view.text[tokens[0].start : tokens[verb - 1].end] + " " + told
    return None


def _present_s(verb: str) -> bool:
    """Whether ``verb`` is a present form in -s ("enters"), told apart from a past one."""
    return verb.endswith("s") and not verb.endswith("ss")


def _past_verbless_opening(clause: DateClause, words: list[str]) -> list[str]:
    """``words``, the date's clause, or when they hold no verb and the sentence opens on
    them, the main clause after them: a phrase setting the scene ("On Tuesday, alongside
    its partners, | the ministry met ...", "Across three nights from Tuesday to Thursday,
    | rebels fired ...") tells no event; the clause it opens does. The phrase has a
    preposition among its first two words and opens on no time link or subordinating word
    (it would name a happening of its own); nothing before the main clause has a verb, a
    comma sets it off, and it opens on its subject (no conjunction, relative or
    subordinating word, preposition, verb or pronoun whose antecedent is elsewhere)."""
    view = clause.view
    known = _headline_words()
    scene = view.words("prepositions") | known.place_openers | known.framing_starts
    if (
        not words
        or _reads_as_clause(view, words)
        # "the navies of Peru, ..., seized": a subject, no scene ("together with": one)
        or not any(_norm(w) in scene for w in words[:2])
    ):
        return words
    after = [c for c in clause.clauses if c[0] >= clause.home[1]]
    main = next(
        (c for c in after if _reads_as_clause(view, _cleaned(view, view.text[c[0] : c[1]]))),
        None,
    )
    opening = _cleaned(view, view.text[view.start : main[0]]) if main is not None else []
    if (
        main is None
        or not opening
        # "..., as we mourn": no opening set off by a comma
        or not (opening[-1].endswith(",") or view.text[main[0] : main[1]].lstrip()[:1] == ",")
        or _reads_as_clause(view, opening)
        # "Since the offer of a truce [on Tuesday], rebels have shelled": the phrase names
        # a happening of its own, which the main clause is timed by
        or _norm(opening[0]) in view.words("subordinators") | known.time_links
    ):
        return words
    main_words = _cleaned(view, view.text[main[0] : main[1]])
    closed = (
        view.words("coordinators")
        | view.words("relatives")
        | view.words("subordinators")
        | view.words("prepositions")
        | known.pronoun_subjects  # "he will call": who is told before
    )
    raw_first = view.text[main[0] : main[1]].lstrip(" ,;:").split()[:1]  # "as" before cleaning
    if (
        not main_words
        or any(_norm(w) in closed for w in [*raw_first, main_words[0]])
        or _verb_like(main_words[0], view.lexicon)
    ):
        return words
    return main_words


def _opens_quotation(after: str) -> bool:
    """True when ``after``, the text right after a reporting verb, opens what it says: a
    colon, or a comma before a quotation mark ('said, "We held"')."""
    after = after.lstrip()
    return after.startswith(":") or (after.startswith(",") and after[1:].lstrip()[:1] in '"“')


def _clause_words(clause: DateClause) -> list[str]:
    """The words of the home clause without the date, its subject put back."""
    view = clause.view
    text = view.text
    left, right = clause.home
    start, end = _date_extent(clause)
    if clause.opens_on_statement():  # "In a message posted [on Sunday], | the governor said"
        # and the clause that reports the saying, past the asides naming who speaks ("the
        # minister, | a former general, | praised the troops")
        subject, report = clause.clauses[1], next(c for c in clause.clauses if c[1] == right)
        surface = text[subject[0] : subject[1]]
        if report != subject:
            surface = surface.rstrip(" ,;:") + " " + text[report[0] : report[1]].lstrip(" ,;:")
        words = _cleaned(view, surface)
        if (
            words
            and view.lexicon.stance_of.get(_norm(words[-1]))
            and _opens_quotation(text[right : right + 4])
        ):  # 'In a statement [on Tuesday], the mayor said, "We held the bridge"'
            words += _claim_after(clause, right)
        return words
    predicate = _own_predicate(clause, start, end)
    if predicate is not None:  # "entered the town [on Monday] and withdrew on Wednesday"
        return _cleaned(view, predicate)
    framed = _framed_main_clause(clause, start, end)
    if framed is not None:  # "With dozens killed [on Sunday], the city mourned"
        return framed
    surface = _surface_without(view, left, right, start, end)
    relative = _relative_of_date(clause, start)
    if relative is not None:  # "a war that began [in April 2023]": "A war began"
        return _cleaned(view, _relative_clause_surface(clause, relative, start, end))
    described = _noun_described_by_date(clause, start)
    if described is not None:  # "following elections held [on Thursday]": "Elections held"
        return _cleaned(view, view.text[described[0] : described[1]])
    told_from = _subordinate_clause(clause, start)
    if told_from is not None:  # "have warned of famine since the army closed [Tuesday]"
        last = _subordinate_end(clause, told_from, start, end)
        return _cleaned(view, _surface_without(view, told_from, last, start, end))
    index = next(i for i, c in enumerate(clause.clauses) if c[0] == left)
    opener = _opener(clause, start, end)
    put_back = ""  # the noun a relative clause took back from the clause before it
    own_first = view.in_span(*clause.clauses[clause.own])[:1]
    if (
        index < clause.own
        and own_first
        and own_first[0].norm in view.words("relatives") | view.words("coordinators")
    ):
        # "withdrew from the bridge, which was shelled [Tuesday]", "stalled, and [on
        # Tuesday] my colleague, ..., announced": a home joined to the clause before still
        # tells what the clause holding the date tells
        index, left, opener = clause.own, clause.clauses[clause.own][0], own_first[0]
        surface = _surface_without(view, left, right, start, end)
    if opener is not None and index > 0 and not opener.is_capitalized:
        aside = clause.clauses[index]
        if (
            opener.norm in view.words("determiners")
            and right > aside[1]
            and _is_aside(view, aside)
            and _is_bare_subject(clause, index - 1)
        ):  # "Gao, a town in Mali, | was shelled [on Sunday]": the subject and its verb
            subject = clause.clauses[index - 1]
            rest = _surface_without(view, aside[1], right, start, end)
            surface = text[subject[0] : subject[1]] + " " + rest.lstrip(" ,;:")
        elif opener.norm in view.words("relatives"):  # "..., which was shut down": keep what
            antecedent = _antecedent(clause, index, opener) or _described_noun(
                clause, index, opener
            )
            if antecedent:  # ", said the mayor, who visited the dam": the mayor visited it
                own_end = clause.clauses[index][1]
                if own_end < right and _has_verb(view, opener, own_end):
                    # "Gadhafi, who was killed [in 2011], was condemned": the clause alone
                    surface = _surface_without(view, left, own_end, start, end)
                surface = antecedent + re.sub(r"^[\s,;:]*\S+", "", surface, count=1)
                put_back = antecedent
            else:
                surface = text[clause.clauses[index - 1][0] : left] + surface
        elif (
            opener.norm in view.words("prepositions") | _headline_words().speaking_asides
            and _is_bare_subject(clause, index - 1)
            and (carried := _verb_after_aside(clause, clause.clauses[index][1]))
        ):  # "Anna Berg, in her address [on Tuesday], said ...": the subject and its verb
            surface = text[clause.clauses[index - 1][0] : clause.clauses[index - 1][1]]
            surface += " " + " ".join(carried)
        elif (saying := _saying_after_setting(view, opener, right)) is not None:
            # "Hamas, however, | in a statement [on Saturday] said ...": the subject says it
            subject = _subject_clause(clause, index)
            surface = text[subject[0] : subject[1]].rstrip(" ,;:") + " "
            surface += _surface_without(view, saying.start, right, start, end).lstrip(" ,;:")
        elif (
            opener.norm in view.words("prepositions")
            and _is_aside(view, clause.clauses[index - 1])
            and (before := _clause_with_verb_before(clause, index - 1)) is not None
        ):  # "accuses Peter Lual, a former general, | of plotting the coup [Tuesday]"
            surface = text[before[0] : before[1]].rstrip(" ,;:") + " " + surface.lstrip(" ,;:")
        elif (
            opener.norm in view.words("coordinators")
            and right == clause.clauses[index][1]
            and not _has_verb(view, opener, right)
            and (carried := _verb_after_aside(clause, right))
        ):  # "..., and [on Tuesday] my colleague, Anna Berg, announced a new round"
            surface = _surface_without(view, opener.end, right, start, end)
            surface += " " + " ".join(carried)
        elif (
            opener.norm in view.lexicon.stance_of
            and not _names_only_speaker(view, opener, right)
            and _says_a_clause(view, opener, right, start, end)
        ):
            # "Officials, speaking on condition of anonymity, said that ...": the verb goes,
            # the headline puts the speaker and the verb back in front
            if start < opener.start:
                surface = text[opener.end : right]
            else:
                surface = _surface_without(view, opener.end, right, start, end)
        elif opener.norm in _headline_words().attendant_starts:
            # ", including the old market [Tuesday]": more of the clause with a verb before
            # it, which joins it when both fit a label
            before = _clause_with_verb_before(clause, index)
            if before is not None:  # "Markets fell, | with indices recording ...": a phrase
                # on the circumstances has no subject of its own; a cut shortens the two
                framing = _frames_clause_before(view, before, opener, right)
                lead = _with_its_subject(clause, before) if framing else text[before[0] : before[1]]
                joined = lead + ", " + surface.lstrip(" ,;:")
                surface = joined if framing or _fits(_cleaned(view, joined)) else surface
        elif (participle := _past_adverb(view, opener)).norm.endswith(
            "ing"
        ) and participle.norm not in _headline_words().ing_prepositions:
            # ", (effectively) guaranteeing that offices close [Tuesday]": an adverb before
            # the participle leaves it the clause's
            subordinate = next(  # "killing 26 since insurgents captured Mosul, last month"
                (
                    t
                    for t in view.in_span(opener.end, min(start, right))
                    if t.norm in view.words("subordinators")
                ),
                None,
            )
            if subordinate is not None:  # the date tells the subordinate clause's event
                surface = _surface_without(view, subordinate.end, right, start, end)
            elif clause.own > index and (waiting := _subject_of_aside(clause, index)):
                # "The ferry, | carrying 80 people, sank [Monday]", "Lamu, where the ferry,
                # | carrying ..., sank": the subject before the aside and the verb after it
                own = clause.clauses[clause.own]
                surface = view.text[waiting[0] : waiting[1]] + " "
                surface += _surface_without(view, own[0], right, start, end).lstrip(" ,;:")
            else:  # ", forcing families from their homes [Tuesday]": what the last clause
                before = _clause_with_verb_before(clause, index)  # with a verb before it did
                if before is not None:
                    surface = text[before[0] : before[1]] + ", " + surface.lstrip(" ,;:")
                elif index + 1 < len(clause.clauses) and right <= clause.clauses[index][1]:
                    # "Anna Berg, speaking [on Tuesday], said ...": an aside after the
                    # subject, which goes on with its verb after it
                    opening = _subject_clause(clause, index)
                    goes_on = clause.clauses[index + 1]
                    surface = (
                        text[opening[0] : opening[1]].rstrip(" ,;:")
                        + " "
                        + text[goes_on[0] : goes_on[1]].lstrip(" ,;:")
                    )
                    right = goes_on[1]
        elif opener.norm in _headline_words().describing_participles and _holds_verb(
            view, _cleaned(view, text[clause.clauses[index - 1][0] : clause.clauses[index - 1][1]])
        ):  # "settlers rampaged through Jaba, | located 15 km south of Vela, [on Sunday]":
            # the place described, in the clause before, is where the event is
            surface = _with_its_subject(clause, clause.clauses[index - 1])
        elif _opens_on_verb(
            clause, index, _past_adverb(view, opener), right
        ):  # "Haiyan, known as Yolanda, made landfall", "The report, released last week,
            # claims": the verb takes the subject back, the one of a clause on "where"
            # when one opens before it ("the town where the storm, ..., made landfall")
            subject = _relative_subject(clause, index) or _subject_clause(clause, index)
            own = clause.clauses[index]
            if (
                own[1] < right
                and len([t for t in view.in_span(*own) if not start <= t.start < end]) == 1
                and _has_finite_verb(view, own[1], right)
            ):  # "The report, issued [Thursday], brings": the participle left alone goes
                surface = _surface_without(view, own[1], right, start, end)
            surface = text[subject[0] : subject[1]] + " " + surface.lstrip(" ,;:")
    elif index == 0 and (following := _main_after(clause, opener, end)) is not None:
        # "On Feb. 24, at 11:45 p.m., forces struck": nothing but the date; "At Tuesday's
        # meeting, many condemned it": a phrase the date belongs to. The main clause tells
        # the event.
        surface, right = text[following[0] : following[1]], following[1]
    elif (
        opener is not None
        and index == 0
        and (
            opener.norm.endswith(("ing", "ed"))
            or opener.norm in view.words("leading_fillers")
            or opener.norm in view.words("subordinators")
            and _participle_after(view, opener) is not None
            or opener.norm in view.lexicon.place_prepositions
            or opener.norm in view.words("date_prepositions")
            or opener.norm in _headline_words().attendant_starts
        )
        and right < view.end
        and not _is_gerund_subject(view, opener)
        and (
            opener.norm in _headline_words().attendant_starts  # "With dozens killed, ..."
            or not _has_verb(view, _subjectless_start(view, opener), right)
        )
        and any(c[0] >= right for c in clause.clauses)  # not "On Monday, . Troops ..."
    ):  # "Speaking to his generals on Sunday, Putin praised them", "During a visit on
        # Thursday, the envoy announced aid": the main clause follows
        later = [c for c in clause.clauses if c[0] >= right]
        following = next(  # past an aside with no verb (", in the west of the state,")
            (c for c in later if _holds_verb(view, _cleaned(view, text[c[0] : c[1]]))), later[0]
        )
        main_start = _cleaned(view, text[following[0] : following[1]])[:1]
        if not main_start or _verb_like(main_start[0], view.lexicon):
            following = later[0]  # ", the director, Ana Ruiz, | confirmed": its subject
        main = text[following[0] : following[1]]
        joined = surface.rstrip(" ,;:") + ", " + main.lstrip(" ,;:")
        # a long opening clause gives way to the main clause, which tells the event; so
        # does one whose first word a headline drops ("During a visit [on Tuesday], ...")
        dropped = view.words("leading_fillers") & view.words("prepositions")
        kept = opener.norm not in dropped - view.words("subordinators")
        surface = joined if kept and _fits(_cleaned(view, joined)) else main
    words = _cleaned(view, surface)
    if (
        len(words) > 2
        and words[-2].endswith(",")
        and _norm(words[-1]).endswith("ed")
        and _has_finite_verb(view, right, view.end)
    ):  # "The report, issued [Tuesday], puts": the participle left alone goes
        words = [*words[:-2], words[-2].rstrip(",")]
    if index == 0 and (
        not _holds_verb(view, words[1:])
        or _claim_lacks_verb(view, words)
        or _norm(words[-1]) in view.words("finite_starts")  # "The army has [on Monday, ...], said"
    ):
        carried = _verb_after_aside(clause, right)
        said = _opening_of_claim(view, words)
        if not carried and said is not None and (claim := _claim_after(clause, right)):
            # "said that during his visit [on Tuesday], the minister took bribes": what is
            # said is the clause after the phrase it opens on
            words = [*words[: said + 1], *claim]
        if carried and clause.set_off() is not None and clause.own > index:
            # "John Doe, in a statement [on Tuesday], denied it": the subject and its verb
            subject = clause.clauses[index]
            words = _cleaned(view, text[subject[0] : subject[1]])
        words += carried
    elif (
        len(words) > 1
        and view.lexicon.stance_of.get(_norm(words[-1]))
        and _norm(words[0]) not in view.words("prepositions")
        and (index == 0 or _opens_quotation(view.text[right : right + 4]))
    ):  # "X announced on Tuesday, the ferry sank", 'X, an activist, wrote [on Tuesday]: "…"',
        # 'In a statement [on Tuesday], X said, "…"'; not "In addition to the aid announced",
        # nor "…, X said, as talks went on"
        words += _claim_after(clause, right)
    if index > 0:
        words = _with_list_head(clause, index, words)
    words = _with_list_rest(clause, words)
    continued = False
    while index > 0 and not _reads_as_clause(view, words):
        # "Chile, Peru, and the Andean capitals on Tuesday": a list item continues the
        # clause before it
        index -= 1
        continued = True
        earlier = text[clause.clauses[index][0] : clause.clauses[index + 1][0]]
        if put_back and earlier.rstrip(" ,;:").endswith(put_back):
            continue  # "a 787, | which entered service": its noun is back already
        if not surface.lstrip().startswith(earlier.strip()):  # not when already put back
            surface = earlier + surface
        words = _cleaned(view, surface)
        first = view.in_span(*clause.clauses[index])[:1]
        if index > 0 and first and first[0].norm in view.words("relatives"):
            # "the town, which was seized by the militia, (also known as ...) [in March]"
            noun = _antecedent(clause, index, first[0]) or _described_noun(clause, index, first[0])
            if noun:
                words = [*_cleaned(view, noun), *words[1:]]
        elif (
            index > 0
            and first
            and not first[0].is_capitalized
            and _opens_on_verb(clause, index, _past_adverb(view, first[0]), right)
        ):  # "Ana Ruiz, the mayor, | has been held in the capital, | Vela, [since March]":
            # the verb the list item continues takes its subject back
            subject = _relative_subject(clause, index) or _subject_clause(clause, index)
            words = [*_cleaned(view, text[subject[0] : subject[1]]), *words]
    if continued:  # "... while rebels fired at the port, | the airport and the base [Tuesday]"
        words = _subordinate_of_list(view, words)
    return words


def _framed_main_clause(clause: DateClause, start: int, end: int) -> list[str] | None:
    """The words of a sentence opening on its main clause's circumstances, with the date in
    them ("With dozens killed [on Sunday], the city mourned", "Despite heavy rain [on
    Sunday], thousands marched"): the opening and the main clause when both fit a label,
    else the main clause alone; None for any other clause."""
    view = clause.view
    first = view.in_span(*clause.clauses[0])[:1]
    if (
        clause.home != clause.clauses[0]
        or not first
        or first[0].norm not in _headline_words().framing_starts
    ):
        return None
    main = next((c for c in clause.clauses[1:] if c[0] >= clause.home[1]), None)
    main_words = _cleaned(view, view.text[main[0] : main[1]]) if main is not None else []
    if not _holds_verb(view, main_words):
        return None
    opening = _surface_without(view, clause.home[0], clause.home[1], start, end)
    joined = _cleaned(view, opening.rstrip(" ,;:") + ", " + " ".join(main_words))
    return joined if _fits(joined) else main_words


def _frames_clause_before(view: SentenceView, before: Span, opener: Token, right: int) -> bool:
    """True when a phrase on the circumstances (``opener`` to ``right``: ", with indices
    falling") follows a clause with a subject of its own (``before``): not a saying
    (", with Kyiv saying ..."), which claims the event, nor after a clause opening on a
    participle, a relative word or a pronoun (", launching missiles, | with ...")."""
    if opener.norm not in _headline_words().framing_starts:
        return False
    if any(t.norm in view.lexicon.stance_of for t in view.in_span(before[0], right)):
        return False  # nor a saying before it ("a war the UN says killed ..., with ...")
    first = view.in_span(*before)[:1]
    return bool(first) and not (
        first[0].norm.endswith("ing")
        or first[0].norm in view.words("relatives")
        or first[0].norm in _headline_words().pronoun_subjects  # "It was moving north, with"
    )


def _framed_by_clause_before(clause: DateClause, opener: Token) -> bool:
    """True when ``opener`` opens the date's clause on the circumstances of a clause before
    it that has a subject of its own (see ``_frames_clause_before``)."""
    index = next((i for i, c in enumerate(clause.clauses) if c[0] == clause.home[0]), 0)
    first = clause.view.in_span(*clause.home)[:1]
    before = _clause_with_verb_before(clause, index) if index else None
    return (
        before is not None
        and bool(first)
        and first[0] == opener
        and _frames_clause_before(clause.view, before, opener, clause.home[1])
    )


def _with_its_subject(clause: DateClause, span: Span) -> str:
    """The text of the clause ``span``, with the subject before its asides when it opens on
    its verb ("Accounts, backed by officials, | described clashes": "Accounts described
    clashes")."""
    view = clause.view
    text = view.text[span[0] : span[1]]
    index = next((i for i, c in enumerate(clause.clauses) if c == span), 0)
    first = view.in_span(*span)[:1]
    if (
        index == 0
        or not first
        or first[0].is_capitalized
        or not _opens_on_verb(clause, index, _past_adverb(view, first[0]), span[1])
    ):
        return text
    subject = _relative_subject(clause, index) or _subject_clause(clause, index)
    return view.text[subject[0] : subject[1]].rstrip(" ,;:") + " " + text.lstrip(" ,;:")


def _opens_on_verb(clause: DateClause, index: int, opener: Token, right: int) -> bool:
    """True when the ``index``-th clause opens on a verb whose subject stands before it,
    past asides ("Haiyan, known as Yolanda, | made landfall", "The report, released last
    week, | claims")."""
    view = clause.view
    return (
        opener.norm in view.words("finite_starts")
        or (
            opener.norm in _headline_words().past_starts
            and not _names_only_speaker(view, opener, right)
        )
        or opener.norm.endswith("ed")
        or (_present_s(opener.norm) and _finite_like(opener.text, view.lexicon))
        or _verb_after_participle(clause, index, opener)
    )


def _past_adverb(view: SentenceView, opener: Token) -> Token:
    """The verb after an adverb that stands before it ("reportedly | entered"), else
    ``opener`` itself."""
    index = view.index_at(opener.start)
    if (
        opener.norm not in _headline_words().verb_adverbs
        or index is None
        or index + 1 >= len(view.tokens)
        or view.break_before(index + 1)
    ):
        return opener
    following = view.tokens[index + 1]
    return following if _verb_like(following.text, view.lexicon) else opener


def _says_a_clause(view: SentenceView, verb: Token, right: int, start: int, end: int) -> bool:
    """True when what the verb of saying ``verb`` is followed by up to ``right``, without
    the date cut from ``start`` to ``end``, is a clause, or a quotation or nothing: a claim
    ("said that the bridge closed"); not an object the verb acts on ("confirmed the new
    figures"), which keeps its verb."""
    following = _cleaned(view, _surface_without(view, verb.end, right, start, end))
    return (
        len(following) < 2
        or _norm(following[0]) in view.words("clause_openers")
        or following[0][:1] in "\"“‘'"
        or _reads_as_clause(view, following)
    )


def _reads_as_clause(view: SentenceView, words: list[str]) -> bool:
    """True when ``words`` hold a verb: a verb-like word that is no adjective in -ed
    between a number or a determiner and its noun ("30 armed pickups")."""
    openers = (
        view.words("determiners")
        | _headline_words().quantifiers
        | frozenset(entity_words("en", "number_words"))
    )
    return any(
        _verb_like(word, view.lexicon)
        and not (
            0 < i < len(words) - 1
            and _norm(word).endswith("ed")
            and (_norm(words[i - 1]) in openers or _norm(words[i - 1]).replace(",", "").isdigit())
        )
        for i, word in enumerate(words)
    )


def _subordinate_of_list(view: SentenceView, words: list[str]) -> list[str]:
    """The subordinate clause, with its subject and verb, that the list holding the date
    ends ("Troops shelled the north while | rebels fired at the port, the airport and the
    base"), else ``words``."""
    subordinators = view.words("subordinators")
    at = max((i for i, w in enumerate(words[1:], 1) if _norm(w) in subordinators), default=0)
    rest = words[at + 1 :]
    if not at or len(rest) < 2 or _verb_like(rest[0], view.lexicon):
        return words
    if not _reads_as_clause(view, rest[1:]) or any(w.endswith(",") for w in words[:at]):
        return words
    return rest


def _with_list_head(clause: DateClause, index: int, words: list[str]) -> list[str]:
    """``words`` with the first item of the list they continue, when they open on the
    last items of a list ("..., said Ana's brother | , nephew and niece were killed":
    "Ana's brother, nephew and niece were killed"): the words after the last verb of the
    clause before, up to ``_LIST_ITEM_WORDS``; or the names alone opening the sentence
    ("Lviv, | its region and three western regions were ...")."""
    view = clause.view
    verb = next((i for i, w in enumerate(words) if _verb_like(w, view.lexicon)), None)
    items = words[:verb] if verb is not None else []
    if _only_says(view, words):
        return words  # "..., killed ten civilians, | locals and media reports said": who said it
    earlier = _cleaned(view, view.text[clause.clauses[index - 1][0] : clause.clauses[index][0]])
    opening_names = (
        index == 1
        and all(  # names, not "Meanwhile," or "Separately,"
            word[:1].isupper() and not _is_common(view, word) for word in earlier
        )
    )
    joint = next(
        (i for i, w in enumerate(items[1:], 1) if _norm(w) in view.words("coordinators")), None
    )
    if (
        joint is None
        or not (joint <= _LIST_ITEM_WORDS if opening_names else len(items) <= _LIST_ITEM_WORDS + 1)
        or not (items[0][:1].islower() or (opening_names and not _is_common(view, items[0])))
    ):
        return words  # "nephew and niece were killed"; not "Search and rescue efforts"
    last_verb = max((i for i, w in enumerate(earlier) if _verb_like(w, view.lexicon)), default=-1)
    head = earlier[last_verb + 1 :]
    if (
        (last_verb < 0 and not opening_names)
        or not 0 < len(head) <= _LIST_ITEM_WORDS
        or _norm(head[0]) in view.words("prepositions")
    ):
        return words
    return [*head[:-1], head[-1].rstrip(",") + ",", *words]


def _with_list_rest(clause: DateClause, words: list[str]) -> list[str]:
    """``words`` run on to the clause after the home when they are only the first item
    of a list it goes on with ("[On Tuesday], Chile, | Peru and Bolivia signed the
    pact": "Chile, Peru and Bolivia signed the pact"), else ``words``."""
    view = clause.view
    after = next((c for c in clause.clauses if c[0] == clause.home[1]), None)
    if after is None or not words or _reads_as_clause(view, words):
        return words
    rest = _cleaned(view, view.text[after[0] : after[1]])
    verb = next((i for i, w in enumerate(rest) if _verb_like(w, view.lexicon)), None)
    items = rest[:verb] if verb is not None else []
    if (
        len(words) > _LIST_ITEM_WORDS
        or not 1 < len(items) <= _LIST_ITEM_WORDS + 1
        or not any(_norm(w) in view.words("coordinators") for w in items[1:])
        or any(_is_common(view, w) for w in (words[0], rest[0]))
    ):
        return words  # "On Tuesday, in Lima, | rescuers and troops searched": no list
    return [*words[:-1], words[-1].rstrip(",") + ",", *rest]


def _only_says(view: SentenceView, words: list[str]) -> bool:
    """True when ``words`` end on a verb of saying and at most whom it was said to ("locals
    and media reports said", "residents told reporters"): a bare reporting clause, whose
    subject says what came before."""
    said = max((i for i, w in enumerate(words) if _norm(w) in view.lexicon.stance_of), default=-1)
    rest = words[said + 1 :]
    return (
        said > 0
        and len([w for w in rest if _norm(w)]) <= _LISTENER_WORDS
        and not _holds_verb(view, rest)
    )


def _fits(words: list[str]) -> bool:
    """True when ``words`` fit a label: ``TITLE_WORDS`` words, ``TITLE_CHARS`` characters."""
    return len(words) <= TITLE_WORDS and len(" ".join(words)) <= TITLE_CHARS


_RANGE_END = re.compile(r"[–-]\d{1,4}\b")
_BARE_DAY = re.compile(r"(?:^|\s)\d{1,2}(?:st|nd|rd|th)?$")  # "the 18" opening a range
_CLOCK_TIME = re.compile(r"L*D+C+")  # "at approximately 11:45 p.m."; reversed: C+D+L*
_PLACE_WORDS = 4  # words of a place between a date that is its clause's subject and its verb


def _date_describes_noun(clause: DateClause) -> bool:
    """True when the date, opening on an article, describes the noun right after it
    ("clouds of smoke in [the night] sky", "in [the morning] sun"): without it the noun
    phrase breaks, so the headline keeps it."""
    view = clause.view
    articles = view.words("definite_articles")
    start, end = clause.mention.char_start, clause.anchor_end
    opening = clause.mention.text.split()[:1]
    before = [t for t in view.tokens if t.end <= start][-1:]
    if any(c.isdigit() for c in clause.mention.text):
        return False  # "the [2018] peace agreement": a year goes, as ever
    if not (
        opening
        and opening[0].lower() in articles
        or before
        and before[0].norm in articles
        and not view.text[before[0].end : start].strip()
    ):
        return False
    following = next((t for t in view.tokens if t.start >= end), None)
    return (
        following is not None
        and view.text[end : following.start] == " "
        and following.text.isalpha()
        and following.text.islower()
        and following.norm not in view.lexicon.function_words()
        and following.norm not in view.words("prepositions")
        and not _verb_like(following.text, view.lexicon)
    )


def _date_extent(clause: DateClause) -> tuple[int, int]:
    """Where the cut of the date starts and ends: the date (with what it points to),
    widened over a clock time beside it, which is part of the date ("On Feb. 24, at
    approximately 11:45 p.m. (local time)", "announced at 5 p.m. on Monday"), and over a
    focusing word right after it ("On Wednesday night alone, 31 people ...")."""
    view = clause.view
    focus = _headline_words().date_focus
    start, end = clause.mention.char_start, clause.anchor_end
    if _date_is_subject(clause):
        return start, start  # "June was the deadliest month": the verb needs its subject
    if _date_describes_noun(clause):
        return end, end  # "in the night sky": the noun phrase keeps its date
    range_end = _RANGE_END.match(view.text, end)  # "April 22[–23]": the end of its range
    end = range_end.end() if range_end else end
    start, end = _with_joined_date(view, start, end)
    if _BARE_DAY.search(clause.mention.text):  # "from the 18[ to 23 July]"
        joined = _range_end_pattern("en").match(view.text, end)
        end = joined.end() if joined else end
    tokens = view.in_span(*clause.home)
    after = [t for t in tokens if t.start >= end]
    taken = _clock_time(view, after, reverse=False)
    if taken and not view.text[end : after[0].start].strip(" ,"):
        end = after[taken - 1].end
        aside = re.match(r"\s*\([^()]*\)", view.text[end : clause.home[1]])
        end += aside.end() if aside else 0
        after = [t for t in after if t.start >= end]
    if (
        len(after) > 1
        and after[1].norm in _headline_words().zone_nouns
        and (
            after[0].norm in _headline_words().clock_zones
            or (after[0].is_capitalized and any(c.isdigit() for c in view.text[start:end]))
        )
        and not view.text[end : after[0].start].strip()
    ):  # "7:20 p.m. local time", "early Friday morning local time", "8:00 a.m. Moscow time"
        end = after[1].end
        after = after[2:]
    if after and after[0].norm in focus and not view.text[end : after[0].start].strip():
        end = after[0].end
    before = [t for t in tokens if t.end <= start][::-1]
    for phrase in _longest_first(view.words("hours_of_a_day")):
        if [t.norm for t in before[: len(phrase)]] == list(reversed(phrase)):
            start = before[len(phrase) - 1].start  # "on [the night of] 3-4 March"
            before = before[len(phrase) :]
            break
    if (
        before
        and before[0].norm in _headline_words().date_degrees
        and not view.text[before[0].end : start].strip()
    ):
        start = before[0].start  # "[just] last month": the degree goes with its date
    if before and before[0].norm in view.words("date_prepositions"):
        before = before[1:]  # "at 5 p.m. on Monday"
        if before and before[0].norm in _positions("en"):
            start = before[0].start  # "late in [the evening of 17 October]"
            before = before[1:]
    taken = _clock_time(view, before, reverse=True)
    if taken:
        start = before[taken - 1].start
    return start, end


def _with_joined_date(view: SentenceView, start: int, end: int) -> Span:
    """``start`` and ``end`` widened over a date of the sentence joined to this one by a
    word of ``range_joins`` and at most a preposition ("On Monday [and Tuesday]", "overnight
    [and into Tuesday]", "between May 2 [and May 9]"): cut alone, either would leave the
    other and the word joining them."""
    joins = load_lexicon("en").range_joins
    prepositions = view.words("prepositions")
    for other_start, other_end in view.dated:
        if other_start >= end:
            gap = view.text[end:other_start]
        elif other_end <= start:
            gap = view.text[other_end:start]
        else:
            continue
        words = gap.lower().split()
        if (
            0 < len(words) <= 2
            and words[0] in joins
            and all(word in prepositions for word in words[1:])
        ):
            start, end = min(start, other_start), max(end, other_end)
    return start, end


@cache
def _positions(language: str) -> frozenset[str]:
    """One-word positions inside a unit ("late", "early", "mid") that open a date's phrase."""
    return frozenset(
        word for word in load_lexicon(language).modifiers if " " not in word and "-" not in word
    )


@cache
def _range_end_pattern(language: str) -> re.Pattern[str]:
    """A day of the month, with its month if written after it, joined to a day before it
    by a word of ``range_joins`` ("[the 18] to 23 July")."""
    joins = one_of(load_lexicon(language).range_joins)
    return re.compile(
        rf"\s+(?:{joins})\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s+[A-Z][a-z]+\.?)?"
    )


def _date_is_subject(clause: DateClause) -> bool:
    """True when the date opens its clause and a verb follows it right away ("June was
    the deadliest month", "This weekend saw two attacks")."""
    view = clause.view
    tokens = view.in_span(*clause.home)
    if not tokens or tokens[0].start < clause.mention.char_start:
        return False
    after = [t for t in tokens if t.start >= clause.mention.char_end][: _PLACE_WORDS + 2]
    if not after or view.text[clause.mention.char_end : after[0].start].strip():
        return False
    known = _headline_words()
    if after[0].norm in known.place_openers:  # "Tuesday in the capital is a day of mourning"
        after = after[1:]
        verb = next((i for i, t in enumerate(after) if t.norm in known.verbs), None)
        return (
            verb is not None
            and verb > 0
            and not any(_verb_like(t.text, view.lexicon) for t in after[:verb])
            and "," not in view.text[after[0].start : after[verb].start]
        )
    return after[0].norm in known.verbs


def _clock_time(view: SentenceView, tokens: list[Token], *, reverse: bool) -> int:
    """How many of ``tokens`` (read backwards when ``reverse``) make a clock time."""
    leads, clock = _headline_words().clock_leads, view.words("clock_words")
    kinds = "".join(
        "C"
        if t.norm in clock
        else "D"
        if t.norm.isdigit() and len(t.norm) <= 2
        else "L"
        if t.norm in leads
        else "."
        for t in tokens[:8]
    )
    found = re.match(r"C+D+L*" if reverse else _CLOCK_TIME.pattern, kinds)
    return found.end() if found else 0


def _main_after(clause: DateClause, opener: Token | None, end: int) -> Span | None:
    """The clause after an opening that holds nothing but the date (``opener`` is None)
    or only a phrase the date belongs to by a possessive ("At Tuesday's meeting, ...",
    "During Sunday's rally, ..."); None for any other opening."""
    view = clause.view
    first_left, first_right = clause.clauses[0]
    if opener is not None:
        first = view.in_span(first_left, first_right)[:1]
        if not (
            first
            and first[0].start < clause.mention.char_start
            and first[0].norm in view.words("prepositions") | view.words("date_prepositions")
            and re.match(r"[’']s\b", view.text[end:]) is not None
            and not _has_verb(view, opener, first_right)
        ):
            return None
        end = first_right
    return next((c for c in clause.clauses if c[0] >= end), None)


def _antecedent(clause: DateClause, index: int, relative: Token) -> str:
    """The name a subject relative word stands for, at the end of the clause before
    (", said Press Secretary Ana Ruiz, who spoke" -> "Press Secretary Ana Ruiz"); empty
    for a relative that is no subject, or a noun that is no name (", which killed")."""
    view = clause.view
    if relative.norm not in _headline_words().subject_relatives:
        return ""
    following = view.in_span(relative.end, clause.home[1])[:1]
    if not following or not _verb_like(following[0].text, view.lexicon):
        return ""
    tokens = _noun_before_relative(clause, index)
    name: list[Token] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        joins = (
            token.norm in _headline_words().name_joins
            and name
            and at
            and tokens[at - 1].is_capitalized
        )
        if not (token.is_capitalized or joins):
            break
        name.insert(0, token)  # "the Leaders Summit on Climate", not "Climate"
    if not name or name[0] is tokens[0]:
        return ""
    begin = name[0].start
    for token in reversed(tokens[max(0, len(tokens) - len(name) - 2) : len(tokens) - len(name)]):
        if token.norm == "the":  # "the (virtual) Leaders Summit"
            begin = token.start
            break
        if token.norm in view.words("prepositions") or _verb_like(token.text, view.lexicon):
            break
    return view.text[begin : name[-1].end]


def _noun_before_relative(clause: DateClause, index: int) -> list[Token]:
    """The words of the clause before clause ``index``, which a relative word opens, without
    a date or a tag in brackets at their end ("Gov. Ana Ruiz (D), who ...": no "D")."""
    view = clause.view
    before = clause.clauses[index - 1]
    tokens = _without_trailing_date(view, list(view.in_span(*before)))
    if not tokens:
        return tokens
    return tokens[: bracketed_tag_start(view.text, tokens, len(tokens) - 1, before[1])]


def _without_trailing_date(view: SentenceView, tokens: list[Token]) -> list[Token]:
    """``tokens`` without the day and month that end them, with their preposition ("a
    truce | on 2 April"): a date is no part of the noun a relative word stands for."""
    end = len(tokens)
    while end and (
        tokens[end - 1].norm.isdigit() or tokens[end - 1].norm in view.lexicon.not_places
    ):
        end -= 1
    if 1 < end < len(tokens) and tokens[end - 1].norm in view.words("date_prepositions"):
        return tokens[: end - 1]
    return tokens  # "a protest march": no date


def _described_noun(clause: DateClause, index: int, relative: Token) -> str:
    """The noun phrase a subject relative word set off by a comma stands for, when the
    clause before it holds no name: that whole clause when it has no verb, the subject
    waiting for it ("The rebels, | who seized the town"), else what follows its last verb,
    past a preposition ("Police freed | the hostages, | who were seized"); empty for a
    relative that is no subject, or "which" after a verb that tells a consequence or a
    reaction, which stands for the whole clause ("..., which angered Kyiv", "..., which
    was condemned by the UN")."""
    view = clause.view
    if relative.norm not in _headline_words().subject_relatives:
        return ""
    following = view.in_span(relative.end, clause.clauses[index][1])[:1]
    if not following or not _verb_like(following[0].text, view.lexicon):
        return ""
    tokens = _noun_before_relative(clause, index)
    verbs = [i for i, t in enumerate(tokens) if _verb_like(t.text, view.lexicon)]
    stopwords = view.words("stopwords")
    # an -ed word right after a noun, past the clause's own verb, is a participle that
    # describes the noun ("respected a truce | declared last month"): no verb of the clause;
    # after a subordinator and its subject it is the verb of a clause of its own ("has been
    # wary since | the council expelled | the monitors, who")
    subordinators = view.words("subordinators")
    participles = {
        i
        for at, i in enumerate(verbs[1:])
        if tokens[i].norm.endswith("ed")
        and tokens[i - 1].norm not in stopwords
        and not any(t.norm in subordinators for t in tokens[verbs[at] + 1 : i - 1])
    }
    verb = max((i for i in verbs if i not in participles), default=-1)
    if verb >= 0 and relative.norm not in _headline_words().personal_relatives:
        told = list(view.in_span(relative.end, clause.clauses[index][1]))
        told = [t for t in told if t.norm not in view.words("be_forms")][:1]
        if (
            not told
            or told[0].norm in _headline_words().clause_consequences
            or view.lexicon.reacts(told[0].norm, "topic")
        ):
            return ""  # "Rebels shelled the town, which angered Kyiv": the whole clause
    noun = tokens[verb + 1 : min((i for i in participles if i > verb), default=len(tokens))]
    if relative.norm in _headline_words().personal_relatives or len(noun) > _ANTECEDENT_WORDS:
        # a person is the nearest noun: "close to the residence of | army chief Ana Ruiz";
        # so is a thing after a long phrase ("despite calls to keep levels of | output")
        last = max(
            (i for i, t in enumerate(noun) if t.norm in view.words("prepositions")), default=-1
        )
        noun = noun[last + 1 :]
    while noun and noun[0].norm in view.words("prepositions"):
        noun = noun[1:]
    # '"...," said Ana Ruiz, who': a speaker's own rule; a plain object after a verb of
    # saying is what "which" stands for ("announced a truce, which was extended")
    said = any(t.norm in view.lexicon.stance_of for t in tokens[: verb + 1])
    plain = noun and noun[0].norm in view.words("determiners")
    if not noun or (said and not (plain and _is_plain_noun_phrase(view, noun))):
        return ""
    return view.text[noun[0].start : noun[-1].end]


def _is_plain_noun_phrase(view: SentenceView, tokens: Sequence[Token]) -> bool:
    """True for a noun phrase with no preposition or possessive in it ("a unilateral
    truce", not "the end of the outbreak")."""
    prepositions = view.words("prepositions")
    return not any(t.norm in prepositions or t.text.endswith(("'s", "’s")) for t in tokens)


def _is_aside(view: SentenceView, span: Span) -> bool:
    """A noun phrase between commas opening on a determiner or a word that adds to what
    went before: it says what the noun before it is (", a former general,") or who was
    among it (", including two children,"), it tells nothing."""
    tokens = view.in_span(*span)
    return (
        bool(tokens)
        and tokens[0].norm in view.words("determiners") | _headline_words().attendant_starts
        and not any(_verb_like(t.text, view.lexicon) for t in tokens[1:])
    )


def _clause_with_verb_before(clause: DateClause, index: int) -> Span | None:
    """The nearest clause before the ``index``-th one that holds a verb, past list items
    and dates ("Forces struck militants near X, Somalia, [on April 1], killing five")."""
    view = clause.view
    for left, right in reversed(clause.clauses[:index]):
        if _holds_verb(view, _cleaned(view, view.text[left:right])):
            return left, right
    return None


def _subject_clause(clause: DateClause, index: int) -> tuple[int, int]:
    """The first clause before the ``index``-th one that is more than a linking adverb,
    a filler or an attribution ("Accordingly, the assets, which began ..., transitioned":
    "the assets"; "According to the committee, 25 civilians, including ..., were killed":
    "25 civilians")."""
    view = clause.view
    skipped = _headline_words().adverb_starts | view.words("leading_fillers")
    dateline = dateline_at(view.text, view.start)
    for left, right in clause.clauses[:index]:
        if dateline is not None and right <= dateline.end:
            continue  # "GAO, Mali, March 5 — Gen. Ana Ruiz, ...": the place is no subject
        words = [_norm(w) for w in _cleaned(view, view.text[left:right])]
        attributed = any(
            words[: len(phrase.split())] == phrase.split() for phrase in view.words("attribution")
        )
        if not attributed and any(word not in skipped for word in words):
            return left, right
    return clause.clauses[0]


def _relative_subject(clause: DateClause, index: int) -> tuple[int, int] | None:
    """The subject of a clause opening on "where" or "when" before the ``index``-th
    clause, past asides, when it has no verb of its own: the verb of the ``index``-th
    clause is its verb ("Lamu, where the ferry, carrying 80 people, sank": "the ferry");
    None when another clause comes between."""
    view = clause.view
    for left, right in reversed(clause.clauses[:index]):
        tokens = view.in_span(left, right)
        if not tokens:
            return None
        if tokens[0].norm in _headline_words().adverb_relatives:
            subject = _cleaned(view, view.text[tokens[0].end : right])
            return None if _holds_verb(view, subject) else (tokens[0].end, right)
        if not (_is_aside(view, (left, right)) or tokens[0].norm.endswith(("ing", "ed"))):
            return None
    return None


def _subject_of_aside(clause: DateClause, index: int) -> tuple[int, int] | None:
    """The subject waiting for its verb before the aside that is the ``index``-th clause:
    that of a clause on "where" or the sentence's own; None when the clause before holds
    a verb."""
    relative = _relative_subject(clause, index)
    if relative is not None:
        return relative
    return clause.clauses[index - 1] if _is_bare_subject(clause, index - 1) else None


def _verb_after_participle(clause: DateClause, index: int, opener: Token) -> bool:
    """True when ``opener``, a verb that may also be a noun ("hit", "cut"), opens the
    ``index``-th clause right after an aside on a participle that follows a subject
    ("The quake, followed by an aftershock, | hit the city")."""
    if opener.norm not in _headline_words().verbs or index < 2:
        return False
    aside = clause.view.in_span(*clause.clauses[index - 1])[:1]
    return (
        bool(aside)
        and aside[0].norm.endswith(("ed", "ing"))
        and _subject_of_aside(clause, index - 1) is not None
    )


def _saying_after_setting(view: SentenceView, opener: Token, right: int) -> Token | None:
    """The verb of saying after a phrase ``opener`` opens that says where the saying was
    made ("in a statement on Saturday | said"), up to ``right``; None when the clause opens
    on no such phrase."""
    if opener.norm not in view.words("speech_venues"):
        return None
    tokens = view.in_span(opener.end, right)
    if not any(t.norm in view.words("statement_nouns") for t in tokens[:3]):
        return None
    return next((t for t in tokens if t.norm in view.lexicon.stance_of), None)


def _is_bare_subject(clause: DateClause, index: int) -> bool:
    """True when the ``index``-th clause is the sentence's subject waiting for its verb:
    the first clause that is more than a filler, with no verb of its own."""
    view = clause.view
    span = clause.clauses[index]
    words = _cleaned(view, view.text[span[0] : span[1]])
    return (
        _subject_clause(clause, index + 1) == span and bool(words) and not _holds_verb(view, words)
    )


def _subjectless_start(view: SentenceView, opener: Token) -> Token:
    """The participle after a subordinator opening a clause ("When asked"), else the
    opener itself: where to look for a verb of the clause's own."""
    subordinating = view.words("subordinators") | view.words("leading_fillers")
    return (opener.norm in subordinating and _participle_after(view, opener)) or opener


def _is_gerund_subject(view: SentenceView, opener: Token) -> bool:
    """True for an -ing word that is the subject of the verb right after it ("Shelling
    hit a school", "Fighting broke out"), not a participle opening a clause."""
    index = view.index_at(opener.start)
    if not opener.norm.endswith("ing") or index is None or index + 1 >= len(view.tokens):
        return False
    return _verb_like(view.tokens[index + 1].text, view.lexicon) and not view.break_before(
        index + 1
    )


def _participle_after(view: SentenceView, opener: Token) -> Token | None:
    """The participle right after a subordinator ("When asked", "After visiting"): a
    clause with no subject of its own."""
    index = view.index_at(opener.start)
    if index is None or index + 1 >= len(view.tokens):
        return None
    following = view.tokens[index + 1]
    return following if following.norm.endswith(("ing", "ed")) else None


def _relative_of_date(clause: DateClause, start: int) -> int | None:
    """Index of the relative word opening the clause the date (at ``start``) ends on, with
    only its verb between them ("a war that began [in April 2023]", "a truce which took
    effect"); None when there is none, or "that" opens what is said ("said that")."""
    view = clause.view
    before = list(view.in_span(clause.home[0], start))
    if before and before[-1].norm in view.words("date_prepositions"):
        before = before[:-1]
    for k in range(len(before) - 2, max(-1, len(before) - 2 - _RELATIVE_VERB_WORDS), -1):
        token = before[k]
        if token.norm not in view.words("restrictive_relatives"):
            continue
        index = view.index_at(token.start)
        previous = before[k - 1] if k > 0 else None
        if (
            index is None
            or previous is None
            or view.break_before(index)  # ", who were charged": a clause of its own
            or previous.norm in view.words("stopwords")
            or previous.norm in view.lexicon.stance_of
            or not all(  # its verb alone: "who seized the north [on Tuesday]" tells more
                _verb_like(t.text, view.lexicon)
                or t.norm in view.words("participles")
                or t.norm in view.words("finite_starts")
                for t in before[k + 1 :]
            )
        ):
            return None
        return index
    return None


_DESCRIBED_NOUN_WORDS = 4  # a noun phrase before a participle ("the two rival armies")


def _noun_described_by_date(clause: DateClause, start: int) -> tuple[int, int] | None:
    """The noun phrase and the past participle describing it that the date (at ``start``)
    ends ("after elections held [on Thursday]", "in an attack launched [on Monday]"), as
    offsets, when the phrase stands after a preposition; None otherwise ("Russia launched
    [on Monday]" is a clause of its own)."""
    view = clause.view
    before = list(view.in_span(clause.home[0], start))
    if before and before[-1].norm in view.words("date_prepositions"):
        before = before[:-1]
    if len(before) < 3:
        return None
    verb = before[-1]
    if verb.norm in view.lexicon.stance_of or not (
        verb.norm.endswith("ed") or verb.norm in view.words("participles")
    ):
        return None  # not "the ceasefire declared [on July 11]": it reads as a saying
    prepositions = view.words("prepositions") | _headline_words().ing_prepositions
    counts = _headline_words().compound_prepositions  # "more than": part of the noun's count
    last = max(-1, len(before) - 2 - _DESCRIBED_NOUN_WORDS)
    for k in range(len(before) - 2, -1, -1):
        token = before[k]
        index = view.index_at(token.start)
        if index is None or view.break_before(index + 1):
            return None
        if token.norm in _headline_words().framing_starts and _framed_by_clause_before(
            clause, token
        ):
            return None  # "hit hard, with 350 people killed [since May]": the clause's own
        if k > 0 and f"{before[k - 1].norm} {token.norm}" in counts:
            last = max(-1, last - 2)  # "with more than | 350 people killed": read past it
            continue
        if f"{token.norm} {before[k + 1].norm}" in _headline_words().quantity_phrases:
            last = max(-1, last - 2)  # "with at least | 350 people killed": the count's "at"
            continue
        if k <= last:
            break
        if token.norm in prepositions:
            noun = before[k + 1 : -1]
            if (
                not noun
                or noun[-1].norm in view.words("stopwords")
                or any(_verb_like(t.text, view.lexicon) for t in noun)
                or (
                    k > 0
                    and not view.text[clause.home[0] : clause.home[1]].lstrip().startswith(",")
                    and not _governs_phrase(view, before[: k + 1], prepositions)
                )
            ):  # "The truce with the rebels held": the subject's own phrase, its verb
                return None
            return noun[0].start, verb.end
        if token.norm in view.lexicon.stance_of or token.norm in view.words("be_forms"):
            return None
    return None


def _governs_phrase(
    view: SentenceView, tokens: Sequence[Token], prepositions: frozenset[str]
) -> bool:
    """True when ``tokens``, the words up to a preposition, end in a clause with a verb of
    its own that the phrase after the preposition can depend on ("Turnout was low in |
    elections held", "said in | a statement issued", "appealed for calm following |
    elections held"); not when the only verb-like words belong to a clause before ("cut
    roads when a dam on the river in | Kenya collapsed", "says its contract with | the port
    expired") or describe a noun ("a much-delayed summit in", "a barge loaded with grain
    near"): the participle after the phrase is then that clause's own verb."""
    *tokens, link = tokens
    known = _headline_words()
    if link.norm in known.time_links:  # "following elections held": an adjunct
        return any(_verb_like(t.text, view.lexicon) for t in tokens)
    determiners = view.words("determiners")
    # what opens a clause: a subordinator that is no plain preposition ("began as a
    # commemoration of"), and a saying verb with words after it (one right before the
    # preposition governs it)
    openers = {word for word in known.subordinate_starts if word not in prepositions}
    openers |= known.time_links
    start = 0
    for i, token in enumerate(tokens[:-1]):
        if token.norm in openers or token.norm in view.lexicon.stance_of:
            start = i + 1
    own = tokens[start:]
    for j, token in enumerate(own):
        if not _verb_like(token.text, view.lexicon):
            continue
        if j and own[j - 1].norm in determiners:
            continue  # an adjective: "a much-delayed summit"
        if (
            own[0].norm in determiners
            and j <= 3
            # the preposition ``tokens`` stand before, or one of their own
            and (j + 1 == len(own) or own[j + 1].norm in prepositions)
        ):
            continue  # a participle describing the subject: "a barge loaded with grain"
        return True
    return False


def _subordinate_clause(clause: DateClause, start: int) -> int | None:
    """Where a subordinate clause holding the date (at ``start``) starts after its
    subordinator, inside the home clause after words of the main clause ("warned of famine
    since | the army closed the crossings [on Tuesday]"): one with a subject and a verb, the
    category's event too. None when there is none ("withdrew after the attack [Tuesday]")."""
    view = clause.view
    left = clause.subordinate_start(clause.home)
    words = view.in_span(left, start)
    before = view.in_span(clause.home[0], left)
    if not before or before[-1].norm in view.words("anchor_fillers") or len(words) < 2:
        return None  # "came days after rebels took the town": the link keeps the main clause
    subject, rest = words[1], words[2:]
    # the verb before the date, or right after it ("since the army [on Tuesday] closed")
    after = view.in_span(_date_extent(clause)[1], clause.home[1])[:1]
    if (
        _verb_like(subject.text, view.lexicon)
        or subject.norm in _headline_words().adverb_pairs  # "once again went": an adverb
        or not any(_verb_like(t.text, view.lexicon) for t in (*rest, *after))
    ):
        return None
    return subject.start


def _subordinate_end(clause: DateClause, told_from: int, start: int, end: int) -> int:
    """Where the subordinate clause from ``told_from`` ends: at the date (``start``,
    ``end``) when its verb came before it and a verb follows it straight, the verb of the
    clause it sits in ("the families of those killed when a ferry sank [on Sunday] waited
    at the port": "a ferry sank"), not a word a possessive date describes ("in [Sunday's]
    polarised vote"); else the home clause's end."""
    view = clause.view
    after = view.in_span(end, clause.home[1])[:1]
    if (
        after
        and POSSESSIVE.search(view.text, start, after[0].start) is None
        and _finite_like(after[0].text, view.lexicon)
        and any(_verb_like(t.text, view.lexicon) for t in view.in_span(told_from, start)[1:])
    ):
        return end
    return clause.home[1]


_NOUN_WORDS = 6  # words back to the determiner of the noun a relative clause describes
_PERSON_NOUN_WORDS = 10  # "the mayor of Lamaro in Rivas state | who": past names of places


def _relative_clause_surface(clause: DateClause, relative: int, start: int, end: int) -> str:
    """The noun a relative clause holding the date describes, then the clause without its
    relative word and the date, up to the main clause's verb ("The war that began [in
    April 2023] has killed ..." -> "The war began")."""
    view = clause.view
    tokens = view.tokens
    personal = tokens[relative].norm in _headline_words().personal_relatives
    reach = _PERSON_NOUN_WORDS if personal else _NOUN_WORDS
    first = relative - 1  # the noun phrase opens on its determiner, a few words back,
    for k in range(relative - 1, max(view.index_at(clause.home[0]) or 0, relative - reach) - 1, -1):
        if personal and k + 1 < relative and tokens[k + 1].is_capitalized and k > 0:
            if tokens[k].norm in view.words("prepositions"):
                continue  # "the mayor of Lamaro in Rivas state who was shot": a person
        if tokens[k].norm in view.words("prepositions"):  # or after "of": "the death of
            first = k + 1 if k + 1 < relative else first  # [every innocent who died]"
            break
        if tokens[k].norm in view.words("determiners"):
            first = k
            break
    last = clause.home[1]  # and the clause ends before the main verb or another clause
    stops = view.words("finite_starts") | view.words("clause_openers")
    for token in view.in_span(end, clause.home[1]):
        if token.norm in stops or _verb_like(token.text, view.lexicon):
            last = token.start
            break
    noun = view.text[tokens[first].start : tokens[relative].start]
    return noun + _surface_without(view, tokens[relative].end, last, start, end)


def _verb_after_aside(clause: DateClause, right: int) -> list[str]:
    """The words of the clause that carries on a subject left without its verb, past at
    most two asides and any list items ("the agency, through its office, announced aid":
    "announced aid"; "the navies, with support from Peru, Chile, and Panama, seized")."""
    view = clause.view
    asides = 0
    for left, end in (c for c in clause.clauses if c[0] >= right):
        words = _cleaned(view, view.text[left:end])
        # ", including two children,", ", a key crossing,": an aside, whatever its words
        first = next(iter(view.in_span(left, end)), None)
        aside = first is not None and (
            first.norm in _headline_words().attendant_starts
            or first.norm in view.words("determiners")
        )
        if words and not aside and _verb_like(words[0], view.lexicon):
            return words
        if not aside and _holds_verb(view, words):
            return []  # a clause of its own, not the verb of this subject
        asides += len(words) > _LIST_ITEM_WORDS
        if asides > 2:
            break
    return []


def _claim_lacks_verb(view: SentenceView, words: list[str]) -> bool:
    """True when the words after the last reporting verb name a subject without its verb
    ("The ministry said four soldiers", an aside cutting off "were killed")."""
    said = [i for i, word in enumerate(words) if _norm(word) in view.lexicon.stance_of]
    if not said or said[-1] == len(words) - 1:
        return False
    verb, following = _norm(words[said[-1]]), _norm(words[said[-1] + 1])
    if verb in view.words("announcing") and following in view.words("new_things"):
        return False  # "declared a state of emergency": an act, its object whole
    return not _holds_verb(view, words[said[-1] + 1 :])


def _opening_of_claim(view: SentenceView, words: list[str]) -> int | None:
    """Index of the last reporting verb of ``words`` when what follows it ("that" aside)
    is nothing or only a phrase opening on a preposition or a subordinating word ("said
    that during his visit", "said that since"); else None."""
    said = [i for i, word in enumerate(words) if _norm(word) in view.lexicon.stance_of]
    if not said:
        return None
    rest = words[said[-1] + 1 :]
    if rest[:1] and _norm(rest[0]) == "that":
        rest = rest[1:]
    opening = view.words("prepositions") | view.words("subordinators")
    if rest and _norm(rest[0]) not in opening:
        return None  # "said that since [Tuesday], ...", 'wrote [on Tuesday]: "..."'
    return said[-1]


def _claim_after(clause: DateClause, right: int) -> list[str]:
    """The claim in the clause after a reporting verb that ends its clause ("announced on
    Tuesday, the ferry sank": "the ferry sank"; past the source it cites: "said on Tuesday,
    citing commanders, that rebels shelled the town"): a subject, then a verb."""
    view = clause.view
    after = [c for c in clause.clauses if c[0] >= right]
    citing = view.words("citing_words")
    while len(after) > 1 and any(t.norm in citing for t in view.in_span(*after[0])[:1]):
        after = after[1:]
    following = after[0] if after else None
    if following is None:
        return []
    words = _cleaned(view, view.text[following[0] : following[1]])
    opening = view.in_span(*following)[:1]
    joining = view.words("coordinators") | view.words("subordinators")
    if opening and opening[0].norm in joining:
        return []  # "said on Tuesday, and the talks resumed": a clause of its own
    if not words or _verb_like(words[0], view.lexicon):
        return []
    if not _holds_verb(view, words[1:]):
        return []
    if _is_common(view, words[0]):
        words[0] = words[0].lower()
    return words


def _names_only_speaker(view: SentenceView, opener: Token, right: int) -> bool:
    """True for an inverted reporting clause (", said a member of the unit"): the verb
    opens it and no other verb follows."""
    return opener.norm in view.lexicon.inverted and not any(
        _verb_like(t.text, view.lexicon) for t in view.in_span(opener.end, right)
    )


def _has_finite_verb(view: SentenceView, left: int, right: int) -> bool:
    """True when a word in ``[left, right)`` reads as a verb that is no participle ("puts",
    "was"; not "performed", "fleeing")."""
    return any(
        _verb_like(t.text, view.lexicon) and not t.norm.endswith(("ed", "ing"))
        for t in view.in_span(left, right)
    )


def _has_verb(view: SentenceView, opener: Token, right: int) -> bool:
    """True when a word after ``opener`` up to ``right`` reads as a finite verb."""
    return any(
        t.norm.endswith("ed")
        or t.norm in view.words("finite_starts")
        or t.norm in view.words("participles")  # "since the truce took effect"
        or t.norm in view.lexicon.stance_of
        for t in view.in_span(opener.end, right)
    )


def _speaker_clause(clause: DateClause) -> Span | None:
    """The inverted reporting clause before the home clause when that is an aside about the
    speaker holding the date ('"...," said Ana Ruiz, | speaking from Kyiv [on Sunday].'):
    the date dates the saying. None otherwise."""
    view = clause.view
    index = next(i for i, c in enumerate(clause.clauses) if c[0] == clause.home[0])
    if index == 0:
        return None
    opener = _opener(clause, *_date_extent(clause))
    if opener is None or opener.norm not in _headline_words().speaking_asides:
        return None
    before = clause.clauses[index - 1]
    first = view.in_span(*before)[:1]
    if not first or not _names_only_speaker(view, first[0], before[1]):
        return None
    return before


def _opener(clause: DateClause, start: int, end: int) -> Token | None:
    """The first word of the home clause that is not the date (``start``..``end``) or
    its preposition."""
    view = clause.view
    words = [t for t in view.in_span(*clause.home) if not start <= t.start < end]
    if (
        len(words) > 1
        and words[0].norm in view.words("date_prepositions")
        and words[0].end <= start
        and not view.in_span(words[0].end, start)
    ):
        words = words[1:]  # "On [Sunday], Putin ...": the clause opens on "Putin"
    adverbs = view.lexicon.auxiliaries - view.words("finite_starts")
    if len(words) > 1 and words[0].norm in adverbs:
        words = words[1:]  # "X, who ..., | also announced": the verb opens it
    return words[0] if words else None


def _surface_without(
    view: SentenceView, left: int, right: int, cut_start: int, cut_end: int
) -> str:
    text = view.text
    head = text[left:cut_start] if left < cut_start else ""
    tail = text[cut_end:right] if cut_end < right else ""
    possessive = re.match(r"^[’']s\b", tail)  # "[Monday]'s talks" -> "talks"
    before = [w.lower() for w in head.split()[-2:]]
    prepositions = view.words("prepositions")
    if (
        possessive
        and before
        and (before[-1] in prepositions or _verb_like(before[-1], view.lexicon))
        and before[0] not in prepositions
    ):  # "respond to [Thursday]'s raid" -> "respond to the raid"; "directed the action"
        return head.rstrip() + " the" + tail[possessive.end() :]
    following = re.match(r" ([a-z]+)\b", tail)
    if not (  # "killed in [overnight] border clashes": the date qualified the noun
        text[cut_start:cut_end].lower() in _headline_words().noun_qualifying_dates
        and following
        and following.group(1) not in view.lexicon.function_words()
        and following.group(1) not in prepositions
        and not _verb_like(following.group(1), view.lexicon)
    ):
        head = _without_date_preposition(view, head)  # "Putin on [Sunday]" -> "Putin"
    tail = tail[possessive.end() :] if possessive else tail
    head = _article_agreeing(re.sub(r"[,\s]*$", "", head), tail.lstrip(", "))
    return head + re.sub(r"^[,\s]*", " ", tail)


def _article_agreeing(head: str, tail: str) -> str:
    """``head`` with the indefinite article it ends on in the form the first word of
    ``tail`` calls for ("repelled an [overnight] drone attack" -> "repelled a")."""
    words = _headline_words()
    last = head.rsplit(" ", 1)[-1]
    if (
        not tail
        or last.lower() not in words.articles_before_consonants | words.articles_before_vowels
    ):
        return head
    wanted = (
        words.articles_before_vowels
        if tail[0].lower() in words.vowel_letters
        else words.articles_before_consonants
    )
    if last.lower() in wanted:
        return head
    article = min(wanted)
    article = article.capitalize() if last[0].isupper() else article
    return head[: len(head) - len(last)] + article


def _without_date_preposition(view: SentenceView, head: str) -> str:
    """``head`` without the preposition that governed the date after it, and without the
    word that measured the distance to it ("just after [midnight]")."""
    words = head.rstrip().split(" ")
    norms = [w.lower().lstrip("“\"‘'") for w in words]
    for phrase in _longest_first(view.words("date_prepositions")):
        if norms[-len(phrase) :] == list(phrase):
            return _without_degree(words[: -len(phrase)])
    if words and norms[-1] in view.words("prepositions"):  # "the wettest month of"
        return _without_degree(words[:-1])
    return head


def _without_degree(words: list[str]) -> str:
    if words and words[-1].lower() in _headline_words().date_degrees:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=8)
def _longest_first(phrases: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


def _without_dangling_end(view: SentenceView, words: list[str]) -> list[str]:
    """``words`` without the function words left dangling at their end ("the capture of
    Huliaipole and the" -> "the capture of Huliaipole"). A preposition goes only with the
    word it governed ("went on" stays), unless it needs an object and no verb strands it
    ("ready to leave as [soon as Tuesday]", but "were fired at" stays); an amount's opening
    goes with its amount ("the deadliest since at least [2019]")."""
    prepositions = view.words("prepositions")
    known = _headline_words()
    dropped = False
    if len(words) > 2 and " ".join(map(_norm, words[-2:])) in known.quantity_phrases:
        words, dropped = words[:-2], True
    while words:
        last = words[-1].lower().strip(_TRAILING)
        if last not in view.words("trailing_words") or (
            last in prepositions
            and not dropped
            and (
                len(words) < 2
                or last not in known.dangling_ends
                or _finite_like(words[-2], view.lexicon)
            )
        ):
            break
        dropped = last not in prepositions
        words = words[:-1]
        if not dropped:
            break
    return words


def _is_common(view: SentenceView, word: str) -> bool:
    """True for a word the lexicon knows as an ordinary word (capitalised only because
    it opens a sentence): a function word, a cue or a noun that can speak; never "I"
    or an acronym."""
    norm = word.lower().strip(_TRAILING)
    if word.strip(_TRAILING) == "I" or (len(norm) > 1 and word.isupper()):
        return False  # "I", an acronym ("IS", "US")
    lexicon = view.lexicon
    opening = _headline_words()
    return (
        norm in opening.place_openers  # "Across the border, ..."
        or norm in opening.dangling_ends  # "Among the dead was ..."
        or norm in opening.adverb_starts
        or _is_number_word(word)  # "Six civilians were killed", "Eighty-four died"
        or any(norm in words for words in lexicon.grammar.values())
        or norm in lexicon.cues.by_word
        or _inflects_cue(norm, lexicon)  # "Clashes resumed"
        or norm in opening.common_starts  # "Suspected rebels"
        or norm in lexicon.happening_nouns  # "Shelling hit a school"
        or any(word_matches(p, norm) for p in lexicon.speakers)
    )


def _is_number_word(word: str) -> bool:
    """True for a number in words, joined by hyphens in lower case after its first part
    ("Six", "Eighty-four"; not the name "Ninety-Nine")."""
    first, *rest = word.strip(_TRAILING).split("-")
    return first.lower() in entity_words("en", "number_words") and all(
        part.islower() for part in rest
    )


def _inflects_cue(norm: str, lexicon: EventLexicon) -> bool:
    """True for an inflection of a cue's stem ("clashes" of "clash*"), not the bare stem,
    which may be a name ("Shell")."""
    return any(
        norm.endswith(ending) and norm[: -len(ending)] in lexicon.cues.by_prefix
        for ending in _headline_words().inflections
    )


def _has_verb_after_subject(words: list[str], verb: str) -> bool:
    """True when the reporting verb stands after the clause's first word: the clause names
    its speaker already, in its own words ("The Kremlin said ..." for Russia)."""
    return bool(verb) and verb.lower() in (w.lower().strip(_TRAILING) for w in words[1:])


def _subject_words(view: SentenceView, words: list[str]) -> list[str]:
    """The words of a clause up to its first verb-like word: where a speaker who leads it
    would stand ("Kyiv said ..."), not the places and objects after the verb."""
    verb = next((i for i, w in enumerate(words) if i and _verb_like(w, view.lexicon)), len(words))
    return words[:verb]


def _speaks_against(clause: DateClause, speaker: str) -> bool:
    """True when ``speaker`` opens a clause set against the dated one right after it ("No
    group had claimed it by Saturday, | but the ministry blamed the rebels"): what the
    speaker says is another matter."""
    view = clause.view
    contrast = one_of(_headline_words().contrast_joins)
    after = view.text[clause.home[1] : view.end]
    return re.match(rf"\W*{contrast}\s+{re.escape(speaker)}\b", after, re.IGNORECASE) is not None


def _names(words: list[str], speaker: str) -> bool:
    """True when ``words`` already name the speaker (by its last word)."""
    last = speaker.split()[-1].lower().strip(",")
    return any(
        w.lower().strip(_TRAILING).removesuffix("’s").removesuffix("'s") == last for w in words
    )


def _paired_quotes(text: str) -> str:
    """``text`` without its quotation marks when they do not pair up."""
    if text.count("“") != text.count("”") or text.count('"') % 2:
        return squash(re.sub(r"[“”\"]", "", text))
    return text


# --- how clean a headline is ---------------------------------------------------------------

_OPENING = "([“‘"
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
_CLOSING_OK = '.!?)]”’"%'


@dataclass(frozen=True, slots=True)
class _HeadlineWords:
    dangling_ends: frozenset[str]
    verbs: frozenset[str]
    subordinate_starts: frozenset[str]
    adverb_starts: frozenset[str]
    verb_adverbs: frozenset[str]
    describing_participles: frozenset[str]
    past_starts: frozenset[str]
    pronoun_subjects: frozenset[str]
    clock_leads: frozenset[str]
    date_focus: frozenset[str]
    noun_qualifying_dates: frozenset[str]
    date_degrees: frozenset[str]
    articles_before_consonants: frozenset[str]
    articles_before_vowels: frozenset[str]
    vowel_letters: frozenset[str]
    subject_relatives: frozenset[str]
    verb_subject_relatives: frozenset[str]
    personal_relatives: frozenset[str]
    preposition_relatives: frozenset[str]
    impersonal_reports: frozenset[str]
    ing_prepositions: frozenset[str]
    place_openers: frozenset[str]
    name_joins: frozenset[str]
    article_heads: frozenset[str]
    time_links: frozenset[str]
    attendant_starts: frozenset[str]
    framing_starts: frozenset[str]
    compound_prepositions: frozenset[str]
    quantity_phrases: frozenset[str]
    approximators: frozenset[str]
    infinitive_marks: frozenset[str]
    ing_noun_links: frozenset[str]
    quantifiers: frozenset[str]
    counting_nouns: frozenset[str]
    verb_led_relatives: frozenset[str]
    adverb_relatives: frozenset[str]
    adverb_pairs: frozenset[str]
    clock_zones: frozenset[str]
    zone_nouns: frozenset[str]
    not_verbs: frozenset[str]
    speaking_asides: frozenset[str]
    common_starts: frozenset[str]
    clause_consequences: frozenset[str]
    inflections: frozenset[str]
    predicate_joins: frozenset[str]
    empty_subject_verbs: frozenset[str]
    unmeant_it_verbs: frozenset[str]
    hedging_judgements: frozenset[str]
    showing_verbs: frozenset[str]
    title_ranks: frozenset[str]
    title_links: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    modals: frozenset[str]
    contrast_joins: frozenset[str]


@cache
def _headline_words(language: str = "en") -> _HeadlineWords:
    data = read_table("headline", language)
    return _HeadlineWords(
        **{name: frozenset(data[name]) for name in _HeadlineWords.__dataclass_fields__}
    )


def named_together(names: Sequence[str], language: str = "en") -> str:
    """``names`` as a headline lists them: "Osei", "Osei and Brandt", "Osei, Brandt and Roe"."""
    if len(names) < 2:
        return "".join(names)
    join = read_table("headline", language)["last_name_join"]
    return f"{', '.join(names[:-1])} {join} {names[-1]}"


def speaker_name(speaker: str, language: str = "en") -> str:
    """How a headline opening on a speaker names it: with the article English gives the
    name ("the United States", "the ministry"), none for a plural or a bare name
    ("officials", "Chile")."""
    words = speaker.split()
    known = _headline_words(language)
    articles = known.articles_before_consonants | known.articles_before_vowels
    if not words or words[0].lower() == "the" or words[0].lower() in articles:
        return speaker  # "an AFP correspondent": it has its article already
    if words[0][:1].islower():  # "ministry said": a common noun takes its article
        return speaker if words[-1].endswith("s") else f"the {speaker}"
    return f"the {speaker}" if words[-1] in _headline_words(language).article_heads else speaker


def headline_faults(title: str, claimed_by: str = "", language: str = "en") -> tuple[str, ...]:
    """What makes ``title`` a broken headline, by name; empty when it is clean.

    A clean headline starts on a capitalised word (not punctuation, a conjunction, a cut
    word, a verb missing its subject, a subordinate clause without its main clause, a
    linking adverb or a pronoun that hides who acted), ends on a word or a full stop (not
    a dangling function word, a reporting verb without its claim, a verb of harm without
    its object, or "…"), pairs its
    brackets and quotes, holds a verb-like word, has at most ``TITLE_WORDS`` words and
    ``MAX_TITLE_CHARS`` characters, repeats no word twice running, and names the speaker
    ``claimed_by`` when the event is a claim.
    """
    lexicon = load_event_lexicon(language)
    known = _headline_words(language)
    faults: list[str] = []
    text = title.strip()
    clipped = text.endswith("…")
    body = text.removesuffix("…").rstrip()
    words = body.split()
    norms = [w.lower().strip(_TRAILING + "…!?)]") for w in words]
    if not words:
        return ("empty",)
    first = body[0]
    if not (first.isalnum() or (first in _OPENING and body[1:2].isalnum()) or first == "$"):
        faults.append("starts on punctuation")
    elif first.islower():
        faults.append("starts lower-case")
    elif len(norms[0]) == 1 and norms[0] not in ("a", "i") and not norms[0].isdigit():
        faults.append("starts on a cut word")
    elif norms[0] in ("and", "or", "but", "nor"):
        faults.append("starts on a conjunction")
    elif (
        norms[0] in lexicon.stance_of
        or norms[0] in lexicon.words("finite_starts")
        or norms[0] in known.past_starts
    ):
        faults.append("starts on a verb without its subject")
    elif norms[0] in known.subordinate_starts and "," not in body:
        faults.append("starts on a subordinate clause")
    elif norms[0] in known.adverb_starts:
        faults.append("starts on an adverb")
    elif norms[0] in known.pronoun_subjects:
        faults.append("pronoun subject")
    if clipped:
        faults.append("clipped")
    if body[-1] not in _CLOSING_OK and not body[-1].isalnum():
        faults.append("ends on punctuation")
    elif (
        lexicon.stance_of.get(norms[-1]) == "asserted"
        and len(words) > 1
        and norms[-2] not in lexicon.grammar["passive_auxiliaries"]  # "the plan was revealed"
    ):
        faults.append("ends on its reporting verb")
    elif norms[-1] in known.dangling_ends:
        faults.append("ends on a dangling word")
    elif _verb_lost_object(norms, language):
        faults.append("ends on a verb without its object")
    if any(body.count(left) != body.count(right) for left, right in _PAIRS) or (
        body.count('"') % 2
    ):
        faults.append("unbalanced brackets or quotes")
    if not any(_verb_like(w.lower() if i == 0 else w, lexicon) for i, w in enumerate(words)):
        faults.append("no verb")
    if len(words) > TITLE_WORDS or len(body) > MAX_TITLE_CHARS:
        faults.append("too long")
    grammatical = lexicon.words("finite_starts") | lexicon.pronouns  # "had had", "that that"
    if any(
        a == b and a.isalpha() and a not in grammatical
        for a, b in zip(norms, norms[1:], strict=False)
    ):
        faults.append("repeated word")
    if claimed_by and not _keeps_speaker(norms, claimed_by, lexicon):
        faults.append("speaker dropped")
    return tuple(faults)


def _verb_lost_object(norms: list[str], language: str) -> bool:
    """True when ``norms`` end on a relative word and a verb of harm it is the subject of
    ("missiles that killed", "a militia which abducted"): the clause lost what it did the
    harm to. A verb of harm may end a clause of its own ("the quake struck", "children
    killed"), so only the relative, which makes the verb active, tells the loss apart."""
    return (
        len(norms) > 1
        and norms[-2] in _headline_words(language).verb_subject_relatives
        and norms[-1] in entity_words(language, "harm_participles")
    )


def _verb_like(word: str, lexicon: EventLexicon) -> bool:
    """True for a word that reads as a verb: a known form, or an -ed or -ing word that is
    not capitalised ("United" is a name)."""
    norm = _norm(word)
    return (
        norm in _headline_words().verbs
        or norm in lexicon.stance_of
        or (
            len(norm) > 4
            and norm.endswith(("ed", "ing"))
            and not word[:1].isupper()
            and norm not in _headline_words().not_verbs
        )
    )


def _keeps_speaker(norms: list[str], claimed_by: str, lexicon: EventLexicon) -> bool:
    """True when the headline names the speaker (a word of it, "Russia" in "Russian"), or
    says who spoke in its own words: a reporting verb after a subject that is no pronoun."""
    function_words = lexicon.function_words()
    names = [
        w.lower().strip(_TRAILING).removesuffix("’s").removesuffix("'s") for w in claimed_by.split()
    ]
    for name in names:
        if len(name) < 3 or name in function_words:
            continue
        stem = name[:5]
        if any(n.removesuffix("’s").removesuffix("'s").startswith(stem) for n in norms):
            return True
    return any(
        norm in lexicon.stance_of and norms[index - 1] not in lexicon.pronouns
        for index, norm in enumerate(norms)
        if index > 0
    )
