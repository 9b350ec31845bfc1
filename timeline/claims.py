"""Who a sentence says claimed an event, and with what stance.

:func:`sentence_claims` reads the claims of a sentence once: each verb of claiming
("said", "denied", "disputed") or attribution ("according to") with its speaker.
:func:`claim` picks the one that governs a date: in the date's clause first, else the
nearest. A speaker is a name, or a noun that can speak ("officials", "the ministry");
never a function word, a date or a fragment. Refusing a proposal ("rejected that
proposal") denies no claim.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from timeline.actors import (
    CollectiveActor,
    actors_in,
    collective_actors_in,
    entity_words,
    irregular_past,
    is_anonymous,
    is_plural_noun,
    places_in,
    title_words,
)
from timeline.document import Token
from timeline.gazetteer import Place, key, regions_named, towns_named
from timeline.lexicon import common_words, words_before_names
from timeline.lexicon.events import word_matches
from timeline.locations import EntityLexicon, load_entity_lexicon
from timeline.model import Stance
from timeline.names import ArticleNames, dates_the_reaction, name_of, statement_phrase
from timeline.sentence import DateClause, SentenceView, Span, bracketed_tag_start
from timeline.text import one_of

Claim = tuple[int, str, Stance]  # offset of the verb, claimant, stance

_MAX_SPEAKER_WORDS = 8
_MAX_RELATIVE_WORDS = 12  # words of a relative clause between its noun and "said"
_MAX_TITLED_WORDS = 12  # a title before a name after its verb ("said the head of ...")
_MAX_NAME_WORDS = 4
_MAX_ORDER_OBJECT = 8  # words from a verb of telling to the "to" of its order
_BODY_WITHIN = 1500  # characters back to where "the ministry" may have been named with its state
_STATE_BEFORE_HEAD = 40  # "Chile's health [ministry]": where its state stands
_MAX_JOINED = 12  # words between two verbs joined by "and" ("called for ... and said")
_SAYING_AFTER_RELATIVE = 3  # words after a relative clause its noun's verb stands in ("later said")
_FALSITY_WORDS = 12  # words after a verb of saying where "the claims were false" may stand
_MEASURE_WORDS = 5  # first words after "announced" where a measure it gives is named
_AMOUNT_WORDS = 3  # "announced [more than $15] million", "announced [up to £2] million"
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")
_CLOSING_QUOTE = re.compile(r"[\"”’]")
_OPENING_QUOTES = ('"', "“", "‘")
_ANONYMOUS = "\x00"  # a speaker without a side ("witnesses said"): a claim by no one named
_POSSESSIVES = ("'s", "’s", "s'")  # "the monitor's", "the agencies'"


def _named(claimant: str, names: ArticleNames) -> str:
    """The claimant's one name in the article; an anonymous source keeps its mark."""
    return claimant if _anonymous(claimant) else names.canonical.get(claimant, claimant)


def _anonymous(claimant: str) -> bool:
    return claimant.startswith(_ANONYMOUS)


def claimant_and_speaker(claimant: str) -> tuple[str, str]:
    """A claim's claimant for the table ("" for an anonymous source) and the words a
    headline names its speaker by ("Witnesses" for "witnesses said")."""
    if _anonymous(claimant):
        return "", claimant.removeprefix(_ANONYMOUS)
    return claimant, claimant


def _verb_index(clause: DateClause, found: Claim) -> int | None:
    """Index of the verb of ``found`` among the sentence's tokens, None for an
    attribution ("according to")."""
    tokens = clause.view.tokens
    at = bisect_left(tokens, found[0], key=lambda token: token.start)
    if at == len(tokens) or tokens[at].start != found[0]:
        return None
    norm = tokens[at].norm
    return at if norm in clause.view.lexicon.stance_of or _judges(clause.view, at) else None


def _judges(view: SentenceView, index: int) -> bool:
    """Whether token ``index`` is a verb of judging another's act ("condemned", "praised",
    "called the raid a crime") or of owning it ("claimed responsibility for the raid"):
    its subject claims the judging, a statement of its own, not what it judges."""
    return view.reacts(index, "judging") or _owns_deed(view, index)


def _owns_deed(view: SentenceView, index: int) -> bool:
    """Whether the verb of claiming at token ``index`` owns a deed ("claimed responsibility
    for the attack", "claimed credit for it")."""
    following = view.tokens[index + 1 : index + 2]
    return (
        view.lexicon.stance_of.get(view.tokens[index].norm) == "asserted"
        and bool(following)
        and following[0].norm in view.words("owned_deeds")
    )


def _judges_another_act(clause: DateClause, found: Claim, language: str) -> bool:
    """True when the verb of ``found`` judges an act the date dates, or stands outside the
    date's clause ("condemned Sunday's strike", "shelled the town on Sunday, and Chile
    condemned the attack"): the judging claims only itself."""
    at = _verb_index(clause, found)
    if at is None or not _judges(clause.view, at):
        return False
    return not clause.in_home(found[0]) or not dates_the_reaction(clause, found[0], language)


def _verb(clause: DateClause, found: Claim) -> str:
    """The verb of ``found``, "" for an attribution ("according to")."""
    at = _verb_index(clause, found)
    return "" if at is None else clause.view.tokens[at].norm


def _participle(clause: DateClause, found: Claim) -> bool:
    """True when the verb of ``found`` is a participle of saying right after a noun, with
    no comma before it ("ousting the president saying", "with leaders saying"): it tells
    what that noun says, not the sentence's subject ("took the town, saying" is theirs)."""
    at = _verb_index(clause, found)
    return (
        at is not None
        and not clause.view.break_before(at)
        and clause.view.tokens[at].norm.endswith("ing")
    )


def _reaches(clause: DateClause, found: Claim) -> bool:
    """True when the claim ``found`` may govern the date of ``clause``: a verb that
    reaches only its own clause ("accused") must stand in the date's."""
    return clause.in_home(found[0]) or _verb(clause, found) not in clause.view.words(
        "own_clause_claims"
    )


def _says_after(clause: DateClause, found: Claim, language: str) -> bool:
    """True when the verb of ``found`` stands after the date in a clause of its own (past
    a comma or a conjunction, with its own subject) and what it says follows it ("took the
    town on Sunday, and the army warned that ..."): it claims that, not the event the date's
    clause tells with its own verb; a tag ("..., the army said.", "..., officials told
    VOA") does, and so does a saying after an opening phrase ("In a statement on Sunday,
    the ministry said ..."). A saying in a subordinate clause ("agreed on Sunday to extend
    the truce after rebels accused the army of breaking it") tells why, whatever follows."""
    view = clause.view
    at = _verb_index(clause, found)
    if at is None or found[0] < clause.mention.char_end:
        return False
    date_start = bisect_left(view.starts, clause.mention.char_start)
    date_end = bisect_left(view.starts, clause.mention.char_end)
    opening = date_start
    while opening > 0 and not view.break_before(opening):
        opening -= 1
    if (
        opening == 0
        and date_start > 1
        and view.tokens[0].norm in view.words("sequence_subordinators")
        and view.tokens[1].norm.endswith("ing")
    ):
        return True  # "After visiting the camps on Sunday, the minister said": her own act
    joining = view.words("coordinators") | view.words("subordinators")
    joining |= view.words("leading_fillers")
    opens = [
        i + (view.tokens[i].norm in joining)
        for i in range(date_end, at + 1)
        if view.break_before(i) or view.tokens[i].norm in joining
    ]
    if not opens or opens[-1] >= at:
        # "the army on Sunday said ...": the saying the date dates; "Anna Berg, speaking
        # on Sunday, said ...": a verb without a subject of its own after the date
        return False
    # the date's whole clause, past an aside before the date ("overran the base, the last
    # army position, on Sunday, and the group said")
    first = min(opening, bisect_left(view.starts, clause.home[0]))
    own = [*view.tokens[first:date_start], *view.tokens[date_end : opens[-1]]]
    if not any(_is_verb(view, token, language) for token in own) or clause.opens_on_statement():
        return False  # "In a statement on Sunday, the ministry said": the saying it dates
    if opening == 0 and view.tokens[0].norm in view.words("subordinators"):
        return False  # "When asked on Sunday, Putin explained that": the saying's time
    if view.tokens[opens[-1] - 1].norm in view.words("subordinators"):
        return True  # "agreed on Sunday ... after rebels accused the army": why, no claim
    for index in range(_after_frame(view, at + 1, language), len(view.tokens)):
        token = view.tokens[index]
        if view.break_before(index) or token.norm in joining:
            return False
        if view.in_date(token):
            continue  # "confirmed later that day": the saying's own date, no "that" of a claim
        if token.norm == "that" or _is_verb(view, token):
            return True
    return False


def _after_frame(view: SentenceView, first: int, language: str) -> int:
    """Index of the first token after the frame of a statement opening at token ``first``,
    right after its verb of saying: the phrase naming the statement (:func:`statement_phrase`:
    "in a statement", "in a video address") with what describes it, a participle ("in a
    statement posted on Telegram", "in comments carried by state media") or a relative
    clause without a subject of its own ("in a statement that gave no toll"), up to a break,
    a "that" opening what is said or a verb of its own ("in a statement troops had left");
    ``first`` when no statement is described there, so that what follows may be said."""
    tokens = view.tokens
    named = statement_phrase(view, range(first, len(tokens)))
    k = first + named  # the word after the phrase naming the statement
    if not named or k >= len(tokens) or view.break_before(k):
        return first
    following = tokens[k]
    if _is_participle(view, following) and not following.norm.endswith("ing"):
        return _described_end(view, k + 1)  # "a statement posted | on Telegram"
    relative = following.norm == "that" or following.norm in view.words("relatives")
    if relative and k + 1 < len(tokens) and _is_verb(view, tokens[k + 1], language):
        return _described_end(view, k + 2)  # "a statement that gave | no toll"
    return first


def _described_end(view: SentenceView, first: int) -> int:
    """Index of the break, the "that" or the finite verb ending the phrase from token
    ``first`` that describes a statement's noun ("posted | on Telegram"), else the end."""
    for k in range(first, len(view.tokens)):
        norm = view.tokens[k].norm
        if view.break_before(k) or norm == "that" or norm in view.words("finite_starts"):
            return k
    return len(view.tokens)


def _in_background(clause: DateClause, found: Claim) -> bool:
    """True when the date stands in a subordinate clause of its own, with a subject and a
    verb, after what the verb of ``found`` says or its source tells ("said 75 people were
    killed since | the truce took effect [on Sunday]", "according to the monitor, 75 ..."): a
    happening told as background to the statement."""
    view = clause.view
    start = clause.subordinate_start(clause.home)
    at = bisect_left(view.starts, found[0])  # the verb, or the first word of "according to"
    if at == len(view.tokens) or start == clause.home[0] or not found[0] < start:
        return False
    first = bisect_left(view.starts, start)
    said = view.in_span(view.tokens[at].end, start)
    told = view.in_span(view.tokens[first].end, clause.mention.char_start)
    return (
        any(token.norm not in view.words("stopwords") for token in said)
        and len(told) > 1
        and not _is_verb(view, told[0])
        and any(_is_verb(view, token) for token in told[1:])
    )


def _across_relative_clause(clause: DateClause, found: Claim) -> bool:
    """True when a relative clause on a noun stands between the verb of ``found`` and the
    date: a date after the verb, in a relative clause set off by a comma on what is said
    about ("declared the end of the outbreak, which began in March 2022"), tells that
    noun's own story, told as background; a verb after the date, in a relative clause on
    a noun after it ("a truce took effect on Monday, bringing a pause in fighting that
    leaders said could last"), says what that noun is, not the event, and so does one on
    no noun ("strikes began on Monday with what the army said were raids"). A relative
    clause that is a saying ("said the envoy, who spoke to reporters on Monday") dates the
    saying."""
    view = clause.view
    at = _verb_index(clause, found)
    if at is None:
        return False
    date = bisect_left(view.starts, clause.mention.char_start)
    if at > date:
        after = bisect_left(view.starts, clause.mention.char_end)
        return any(
            (
                _opens_relative(view, k, after - 1)
                or view.tokens[k].norm in view.words("free_relatives")
            )
            and not _describes_its_subject(view, k)
            for k in range(after, at)
        )
    speaking = view.words("speaking_verbs")
    for k in range(at + 1, date):
        # set off by a comma: a date closing a relative clause without one may be the main
        # verb's ("said it downed drones that targeted the city overnight"); a clause closed
        # by a comma before the date leaves it to the verb ("evacuated Vado, which lies
        # across the river, on Monday")
        if view.break_before(k) and _opens_relative(view, k, at):
            if any(view.break_before(j) for j in range(k + 1, date + 1)):
                continue
            return not any(t.norm in speaking for t in view.tokens[k:date])
    return False


def _said_in_relative_clause(clause: DateClause, found: Claim, language: str) -> bool:
    """True when the verb of ``found`` stands before the date in a relative clause with a
    subject of its own ("sank a boat that the army said was carrying arms, killing six on
    Sunday", "bombed what the army said was a school on Sunday"): it tells what a noun of
    the sentence is, not the event the date dates, when the clause ends before the date or
    says only what the noun is ("was a school"). A date in what it says of the noun is
    said ("held a man who the army said had planted the bomb on Sunday")."""
    view = clause.view
    at = _verb_index(clause, found)
    date = bisect_left(view.starts, clause.mention.char_start)
    if at is None or at > date or _relative_opening(view, at, language) is None:
        return False
    if any(view.break_before(k) for k in range(at + 1, date + 1)):
        return True
    said = view.tokens[at + 1 : at + 3]
    return (
        len(said) == 2
        and said[0].norm in view.words("be_forms")
        and not _is_verb(view, said[1])
        and not said[1].norm.endswith("ing")
    )


def _relative_opening(view: SentenceView, verb: int, language: str) -> int | None:
    """Index of the relative word opening a clause whose subject speaks the verb at token
    ``verb`` and whose noun is the missing subject of what is said, a verb right after the
    verb of saying ("a boat [that] the army said _ was carrying arms", "[what] the ministry
    said _ were positions"), within :data:`_MAX_SPEAKER_WORDS` words and one clause; None
    when the verb is no such clause's ("the army, which runs the port, said": the clause
    describes its speaker; "it matters that Kyiv disputed the claim": what follows has
    its own subject)."""
    following = view.tokens[verb + 1 : verb + 2]
    if view.break_before(verb) or not following:
        return None
    gap = following[0]
    if not (gap.norm in view.lexicon.auxiliaries or _is_verb(view, gap, language)):
        return None
    for k in range(verb - 1, max(-1, verb - 1 - _MAX_SPEAKER_WORDS), -1):
        token = view.tokens[k]
        if token.norm in view.words("free_relatives") or _opens_relative(view, k, 0):
            return None if _describes_its_subject(view, k) else k
        if view.break_before(k) or _is_verb(view, token):
            return None
    return None


def _describes_its_subject(view: SentenceView, index: int) -> bool:
    """True when the relative clause opening at token ``index`` has the noun before it as
    its subject, a verb right after the relative word ("the governor of the province that
    borders the sea said": the speaker described; "in what appeared to be a raid,
    officials said"), not a subject of its own ("fighting that leaders said could last")."""
    tokens = view.tokens
    following = tokens[index + 1]
    if following.is_capitalized or following.norm in view.words("noun_openers"):
        return False
    if following.norm in view.lexicon.pronouns:
        return False  # "charges that he denies"
    if _is_verb(view, following) or following.norm in view.lexicon.auxiliaries:
        return True
    then = tokens[index + 2] if index + 2 < len(tokens) else None
    if then is None:
        return False
    if (
        tokens[index].norm != "that"
        and following.norm.endswith("s")
        and not (_is_verb(view, then) or then.norm in view.lexicon.auxiliaries)
        and then.norm not in view.lexicon.stance_of
    ):  # "the firm, which ships oil, said": a present verb; not "which residents said"
        return True
    return then.norm in view.words("noun_openers")


def _opens_relative(view: SentenceView, index: int, since: int) -> bool:
    """True when token ``index`` opens a relative clause on the noun before it ("which",
    "that" after a noun, not after a verb: "said that"), not right after token ``since``
    (a verb or a date: "took it on Monday, which Kyiv denied" is about the taking)."""
    tokens = view.tokens
    if index <= since + 1 or index + 1 >= len(tokens):
        return False
    token, before = tokens[index], tokens[index - 1]
    if token.norm not in view.words("relatives") and token.norm != "that":
        return False
    if before.norm in view.lexicon.stance_of or before.norm in view.words("opinion_verbs"):
        return False
    if _is_verb(view, before) or before.norm in view.words("stopwords"):
        return False
    return token.norm != "that" or not view.break_before(index)


def _told_in_relative_clause(clause: DateClause, found: Claim) -> bool:
    """True when the date stands in a relative clause set off by a comma that tells a
    happening of its own, and the verb of ``found`` comes after that clause ("The governor,
    who was arrested [on Sunday], denied ..."): the saying claims what it says, not the
    arrest. A relative clause that is a saying ("who spoke to reporters") dates it; a noun
    of saying in it ("who was in Lima for talks") makes it none."""
    view = clause.view
    left, right = clause.clauses[clause.own]
    tokens = view.in_span(left, right)
    if not tokens or tokens[0].norm not in view.words("relatives") or found[0] < right:
        return False
    index = view.index_at(tokens[0].start)
    if index is None or not view.break_before(index) or clause.own + 1 == len(clause.clauses):
        return False
    # the saying is the verb of the noun the clause describes, right after it ("who was
    # arrested on Sunday, | later denied"); not a tag on the whole sentence ("The strikes,
    # which began on Sunday, hit a base, according to officials")
    following = view.in_span(*clause.clauses[clause.own + 1])[:_SAYING_AFTER_RELATIVE]
    if not any(t.start == found[0] for t in following):
        return False
    speaking = view.words("speaking_verbs")
    nominal = view.words("noun_openers") | view.words("prepositions")
    return not any(
        (t.norm in speaking or t.norm in view.lexicon.stance_of)
        and not (k and tokens[k - 1].norm in nominal)  # "was in Lima for talks": a noun
        for k, t in enumerate(tokens)
    )


def _is_verb(view: SentenceView, token: Token, language: str = "") -> bool:
    """A word that reads as a verb of a clause: an auxiliary ("was", "had", "would"), a
    known past form, or a lower-case word in "-ed", and, given the ``language``, any of
    its past tenses not in "-ed" ("overran", "fled"); not one right after a word that opens
    a noun phrase, which describes its noun ("in a televised address", "the wounded")."""
    index = view.index_at(token.start)
    if index and view.tokens[index - 1].norm in view.words("noun_openers"):
        return False
    return (
        token.norm in view.words("finite_starts")
        or token.norm in view.words("participles")
        or (token.norm.endswith("ed") and not token.is_capitalized)
        or bool(language)
        and token.norm in irregular_past(language)
    )


def _is_participle(view: SentenceView, token: Token) -> bool:
    """A lower-case participle: a word in "-ing" or "-ed", or one of the lexicon's past
    participles not in "-ed" ("known", "sworn", "hit")."""
    norm = token.norm
    return not token.is_capitalized and (
        norm.endswith(("ing", "ed")) or norm in view.words("participles")
    )


def _measures_happening(clause: DateClause, language: str) -> bool:
    """True when the date stands in the phrase after a noun measuring a happening, the
    subject of the date's clause ("the death toll from Saturday's blasts has risen to 30",
    "the toll from the strike on the market on Sunday rose"): what is told or said is the
    measure; the happening is only named, claimed by no one. Not when a verb stands between
    the noun and the date ("raised the toll after shelling resumed on Sunday"), nor when
    none follows the date ("raised the toll in the town on Sunday")."""
    view = clause.view
    home = view.span_indices(*clause.home)
    date_start = bisect_left(view.starts, clause.mention.char_start)
    date_end = bisect_left(view.starts, clause.mention.char_end)
    measures = view.words("happening_measures")
    head = None
    for index in range(date_start - 1, home.start - 1, -1):
        token = view.tokens[index]
        if token.norm in measures:
            head = index
            break
        if _is_verb(view, token, language) or view.break_before(index + 1):
            return False
    if head is None or head + 1 >= date_start:
        return False
    if view.tokens[head + 1].norm not in view.words("prepositions"):
        return False  # "the toll | rose on Sunday": the date is the rising's
    for index in range(date_end, home.stop):
        if view.break_before(index):
            return False
        if _is_verb(view, view.tokens[index], language):
            return True
    return False


def claim(clause: DateClause, claims: Sequence[Claim], language: str) -> Claim | None:
    """The claim that governs the date of ``clause``: the verb's offset, the claimant and
    the stance; ``None`` when the sentence reports no claim about it.

    A claim in the date's clause comes first, else the nearest; a clause that opens on
    a conjunction after a claim ("..., although both were publicized on Monday") is the
    outlet's own: no claim before it reaches into it.
    """
    if _measures_happening(clause, language):
        return None  # "the toll from Sunday's strike has risen, officials said"
    if clause.opens_on_conjunction():  # a claim before it does not reach into it
        claims = [found for found in claims if found[0] >= clause.home[0]]
    date_start = clause.mention.char_start
    # A participle of saying after a noun ("ousting X saying she had failed") tells what
    # that noun says, not what the date before it dates.
    claims = [found for found in claims if found[0] < date_start or not _participle(clause, found)]
    claims = [
        found
        for found in claims
        if _reaches(clause, found)
        and not _says_after(clause, found, language)
        and not _in_background(clause, found)
        and not _told_in_relative_clause(clause, found)
        and not _across_relative_clause(clause, found)
        and not _said_in_relative_clause(clause, found, language)
        and not _judges_another_act(clause, found, language)
    ]
    if not claims:
        return None
    own = [found for found in claims if clause.in_home(found[0])]
    offset, claimant, stance = min(own or claims, key=lambda found: abs(found[0] - date_start))
    for _, other, other_stance in claims:
        if other == claimant and other_stance in ("denied", "disputed"):
            stance = other_stance
    return offset, claimant, stance


def background_speech(clause: DateClause, claims: Sequence[Claim]) -> tuple[int, str] | None:
    """The verb's offset and the claimant of a claim that mentions the date's happening
    only in a relative clause ("Chile declared the end of the outbreak, which began in
    May"): it claims nothing about the happening, and its speaker is not one of its
    actors; None when there is no such claim."""
    across = [found for found in claims if _across_relative_clause(clause, found)]
    if not across:
        return None
    offset, claimant, _ = min(across, key=lambda found: abs(found[0] - clause.mention.char_start))
    return offset, claimant_and_speaker(claimant)[0]


def claim_pointing_back(view: SentenceView, claims: Sequence[Claim]) -> Claim | None:
    """The claim of a sentence that only names who told the sentence before it ("This was
    reported by the governor", "The army said this"), else None."""
    tokens = [t for t in view.tokens if t.norm]
    pointing, be = view.words("pointing_back"), view.words("be_forms")
    asserted = [c for c in claims if c[2] == "asserted" and c[1]]
    if len(tokens) < 3 or not asserted:
        return None
    first, last = asserted[0], asserted[-1]
    if (
        tokens[0].norm in pointing
        and tokens[1].norm in be
        and tokens[2].start == first[0]
        and tokens[3:4]
        and tokens[3].norm in view.words("passive_agents")
    ):
        return first
    if tokens[-1].norm in pointing and tokens[-2].start == last[0]:
        return last
    return None


def sentence_claims(
    view: SentenceView, names: ArticleNames, dates: Sequence[Span]
) -> tuple[Claim, ...]:
    """Every claim of the sentence, in order; ``dates`` are the date expressions in it."""
    dated = [False] * len(view.tokens)
    for start, end in dates:
        for index in range(len(view.tokens)):
            token = view.tokens[index]
            if token.start < end and start < token.end:
                dated[index] = True
                if index > 0 and view.tokens[index - 1].norm in view.words("date_prepositions"):
                    dated[index - 1] = True
    return tuple(_Reader(view, names, dated).claims())


@cache
def _states(language: str) -> frozenset[str]:
    """The canonical names of the states the lexicon knows."""
    return frozenset(c.name for c in load_entity_lexicon(language).country_names.values())


def _is_name_word(token: Token) -> bool:
    """A capitalised word, or a name with a lower-case particle ("al-Abdallah")."""
    return token.is_capitalized or _PARTICLE_NAME.match(token.text) is not None


def _without_possessive(text: str) -> str:
    """``text`` without a possessive ending ("the monitor's" -> "the monitor")."""
    for ending in _POSSESSIVES:
        if text.endswith(ending):
            return text[: -len(ending)] if ending != "s'" else text[:-1]
    return text


@cache
def _state_of_code(language: str, code: str) -> str:
    """The state's name for an ISO 3166 country code ("UA": "Ukraine"); "" if none."""
    countries = load_entity_lexicon(language).country_names.values()
    return next((c.name for c in countries if c.code == code), "")


def _state_of_word(language: str, word: str) -> str:
    """The state a word names by its name or demonym, possessive or not ("Chile's",
    "Chilean": "Chile"); "" if none."""
    lexicon = load_entity_lexicon(language)
    norm = _without_possessive(word).lower()
    country = lexicon.country_names.get(norm) or lexicon.demonyms.get(norm)
    return "" if country is None else country.name


def _links_to_body_head(tokens: Sequence[Token], lexicon: EntityLexicon) -> bool:
    """True when ``tokens`` end on name words that a link joins to a body's head before
    them ("Ministry of Energy", "Department for Trade"): what "and" after them adds ("...
    and Mines") is more of that body's name."""
    k = len(tokens)
    while k > 0 and _is_name_word(tokens[k - 1]):
        k -= 1
    return (
        1 < k < len(tokens)
        and tokens[k - 1].norm in lexicon.organization_links
        and _without_possessive(tokens[k - 2].text) in lexicon.organization_heads
    )


def _is_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


class _Reader:
    """The claims of one sentence, read left to right."""

    def __init__(self, view: SentenceView, names: ArticleNames, dated: list[bool]):
        self.view = view
        self.names = names
        self.tokens = view.tokens
        self.lexicon = view.lexicon
        self.dated = dated

    def claims(self) -> Iterable[Claim]:
        tokens = self.tokens
        attribution = [phrase.split() for phrase in self.view.words("attribution")]
        last_claimant = ""
        for index, token in enumerate(tokens):
            length = self._phrase_length(index, attribution)
            if length:
                claimant = self._according_to(index + length)
                if claimant:
                    yield token.start, _named(claimant, self.names), "asserted"
                continue
            stance = self.lexicon.stance_of.get(token.norm)
            if stance is None and _judges(self.view, index):
                if self._is_passive(index) or token.is_capitalized:
                    continue  # "the strike on Sunday was condemned by Chile": the strike's date
                stance = "asserted"  # "Qatar condemned the strike": its own statement
            if stance is None or token.is_capitalized and index > 0:
                continue
            if self._is_passive(index):
                agent = self._passive_agent(index) if stance != "disputed" else ""
                if agent:  # "the raid was confirmed by the ministry"
                    last_claimant = agent
                    yield token.start, _named(agent, self.names), stance
                continue  # passive: "the city was contested" is no claim
            if token.norm.endswith("ed") and stance != "disputed":
                if self._in_frame(index):
                    continue  # "said in comments reported by an agency": it carried them
                agent = self._passive_agent(index)
                if agent:  # "the raid, claimed by the group": a participle and its agent
                    last_claimant = agent
                    yield token.start, _named(agent, self.names), stance
                    continue
            if index > 0 and tokens[index - 1].norm in self.view.words("negations"):
                continue  # "did not say which ...": nothing is said
            if self._nobody_before(index):
                continue  # "no group has claimed responsibility": no one claims
            if index > 0 and self._opens_noun(tokens[index - 1]):
                continue  # "the disputed border": a noun described, nothing claimed
            if self._gives_order(index):
                continue  # "told residents to leave": an order asserts nothing
            following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
            if following in self.view.words("reported_states"):
                continue  # "two sailors reported missing": what they are, not a claim
            if token.norm in self.view.words(
                "accused_participles"
            ) and following in self.view.words("charge_openers"):
                continue  # "two men accused of spying": the accused described, no accuser
            if stance != "asserted":
                refused = self._refuses_no_claim(index)
                if refused:
                    continue
            elif self._is_act(index):
                continue
            elif self._calls_claim_false(index):
                stance = "denied"  # "told VOA that these claims were false"
            joined = index > 0 and tokens[index - 1].norm in self.view.words("coordinators")
            claimant = self._subject_of_verb_before(index - 1) if joined else ""
            if not claimant and self._closes_on_speaker(index):
                # "In Chad, the junta declared a truce, reported the agency": the name after
                # the verb, not the place the sentence opens on
                claimant = self._subject_after(index)
            if not claimant:
                claimant = self._subject_before(index)
            if not claimant and token.norm.endswith("ing"):
                claimant = last_claimant  # "Kyiv disputed the claim, saying ..."
            if not claimant:
                claimant = self._subject_after(index)
            if claimant:
                last_claimant = claimant
                yield token.start, _named(claimant, self.names), stance

    def _in_frame(self, index: int) -> bool:
        """Whether token ``index`` describes the noun of a statement's frame ("in comments
        | reported by an agency")."""
        language = self.names.language
        return any(
            _after_frame(self.view, k, language) > index for k in range(max(0, index - 4), index)
        )

    def _nobody_before(self, index: int) -> bool:
        """True when the subject right before the verb at ``index``, past auxiliaries and a
        date, opens on a word that denies anyone ("no group has claimed", "nobody said";
        not "No 10 said", a name)."""
        view, tokens = self.view, self.tokens
        i = index - 1
        while i >= 0 and (tokens[i].norm in self.lexicon.auxiliaries or self.dated[i]):
            i -= 1
        for k in range(i, max(i - _MAX_SPEAKER_WORDS, -1), -1):
            following = tokens[k + 1].text if k + 1 < len(tokens) else ""
            if tokens[k].norm in view.words("negative_subjects") and not following[:1].isdigit():
                return True
            if (
                view.break_before(k)
                or tokens[k].norm in view.words("clause_openers")
                or _is_verb(view, tokens[k])
            ):
                return False  # "there was no claim and the army said": the army's
        return False

    def _is_passive(self, index: int) -> bool:
        """True when the verb at ``index`` follows a form of "be", a date or an adverb
        between them or not ("was confirmed", "was on Monday declared winner", "was first
        declared")."""
        before = index - 1
        while before > 0 and (
            self.dated[before] or self.tokens[before].norm in self.lexicon.auxiliaries
        ):
            before -= 1
        if before < index - 1 and self.tokens[before].norm in self.view.words("date_prepositions"):
            before -= 1  # "was [on Monday] declared"
        return before >= 0 and self.tokens[before].norm in self.view.words("be_forms")

    def _subject_of_verb_before(self, index: int) -> str:
        """The speaker of the verb a verb after ``index`` is joined to by "and" or "but"
        ("Ana Ruiz called for calm and said ...", "The governor did not say which ones
        but reported ..."): the subject of the nearest finite verb before it in the
        sentence that no relative or question word between them makes another clause's,
        else ""."""
        acting = load_entity_lexicon(self.names.language).acting_verbs
        embedded = self.view.words("relatives") | self.view.words("question_words")
        verb = None
        for k in range(index - 1, max(-1, index - _MAX_JOINED), -1):
            token = self.tokens[k]
            if token.norm in embedded:
                verb = None  # the verbs after it are its clause's ("which missiles X used")
            elif (
                verb is None
                and not token.is_capitalized
                and not (k > 0 and self._opens_noun(self.tokens[k - 1]))  # "the strikes"
                and (
                    token.norm in acting
                    or token.norm.endswith("ed")
                    or token.norm in self.lexicon.stance_of
                    or token.norm in self.view.words("finite_starts")
                    or token.norm in self.view.words("participles")
                )
            ):
                verb = k
        return self._subject_before(verb) if verb is not None else ""

    def _passive_agent(self, index: int) -> str:
        """The speaker after "by" that a passive verb of claiming at ``index`` names ("was
        confirmed by the ministry"), up to a preposition ("accused by Sudan of ..."); else
        ""."""
        first = index + 2
        if first >= len(self.tokens) or self.tokens[index + 1].norm not in self.view.words(
            "passive_agents"
        ):
            return ""
        end = self._phrase_end(first)
        prepositions = self.view.words("prepositions")
        titled = self._name_closing(first, _MAX_TITLED_WORDS)
        if titled is not None and not any(
            _is_verb(self.view, t) or t.norm.endswith("ing") for t in self.tokens[first : titled[0]]
        ):  # "was reported by the head of the city administration Ivo Lenz"
            return self._speaker(*titled)
        end = next((k for k in range(first + 1, end) if self.tokens[k].norm in prepositions), end)
        return self._speaker(first, end)

    def _opens_noun(self, token: Token) -> bool:
        """True when ``token`` opens a noun phrase: a determiner, a possessive pronoun or
        a possessive ("India's"), but not a pronoun's contraction ("it's")."""
        if token.norm in self.view.words("noun_openers"):
            return True
        return token.text.lower().endswith(("'s", "’s")) and token.norm not in self.lexicon.pronouns

    def _gives_order(self, index: int) -> bool:
        """True when the verb of telling at ``index`` has an object followed by "to" and a
        verb ("told residents of the town to leave"), read past a date and up to what is
        told ("told reporters that ...", "told Reuters he planned to ...")."""
        if self.tokens[index].norm not in self.view.words("ordering_verbs"):
            return False
        stops = (
            self.view.words("told_openers")
            | self.view.words("said_clause_words") - self.view.words("order_markers")
            | self.lexicon.pronouns
        )
        objects = 0
        for k in range(index + 1, min(len(self.tokens) - 1, index + 1 + _MAX_ORDER_OBJECT)):
            token = self.tokens[k]
            if self.dated[k]:
                continue
            if token.norm in self.view.words("order_markers"):
                following = self.tokens[k + 1]
                return (
                    objects > 0
                    and not following.is_capitalized
                    and following.norm not in self.view.words("noun_openers")
                )
            if token.norm in stops or not objects and token.norm in self.view.words("told_topics"):
                return False
            objects += 1
        return False

    def _is_act(self, index: int) -> bool:
        """True when a verb of saying does something rather than report it: announcing
        something new ("announced a new scheme", "announced $5 million in aid") or a
        measure in its first words ("announced tax relief", "declared three days of
        mourning"), or an amount of money ("announced more than $15 million"). Owning a
        deed ("claimed responsibility for the attack") is claimed like a judging."""
        after = index + 1
        while after < len(self.tokens) and self.dated[after]:
            after += 1  # "announced on Sunday a new scheme"
        if after == len(self.tokens):
            return False
        first = self.tokens[after]
        if self._takes_lives(after):
            return True
        if self.tokens[index].norm not in self.view.words("announcing") or first.norm == "that":
            return False  # "announced that aid would be sent": what is said follows
        if first.norm in self.view.words("new_things") or first.text[:1] in "$£€0123456789":
            return True
        last = self.tokens[min(after + _AMOUNT_WORDS, len(self.tokens)) - 1]
        if any(sign in self.view.text[first.start : last.end] for sign in "$£€"):
            return True  # "announced more than $15 million": an amount given
        measures = self.view.words("announced_measures")
        for k in range(after, min(after + _MEASURE_WORDS, len(self.tokens))):
            token = self.tokens[k]
            if k > after and (self.view.break_before(k) or _is_verb(self.view, token)):
                return False  # "announced troops had taken the town": what happened
            if any(word_matches(p, token.norm) for p in measures):
                # "declared martial law"; not "declared the curfew was over", what is said
                return not self._opens_said_clause(k + 1)
        return False

    def _opens_said_clause(self, index: int) -> bool:
        """True when token ``index`` is the verb of a clause that a noun before it is the
        subject of ("the curfew [was] over"), so that the noun is what is said about."""
        if index >= len(self.tokens) or self.view.break_before(index):
            return False
        return _is_verb(self.view, self.tokens[index])

    def _calls_claim_false(self, index: int) -> bool:
        """True when the verb of saying at ``index`` says that a claim is false ("said the
        reports were baseless", "told VOA that these claims were false"): within its
        clause, a claim noun, a form of "be" and a word of falsity, in that order."""
        claim_noun = be = -1
        for k in range(index + 1, min(index + _FALSITY_WORDS, len(self.tokens))):
            if k > index + 1 and self.view.break_before(k):
                return False
            norm = self.tokens[k].norm
            if claim_noun < 0:
                if any(word_matches(p, norm) for p in self.lexicon.claim_nouns):
                    claim_noun = k
            elif be < 0:
                if norm in self.view.words("be_forms"):
                    be = k
                elif k > claim_noun + 1:
                    return False  # "the reports of shelling were …": not the claim's verb
            elif norm in self.view.words("falsity"):
                return True
            elif norm not in self.view.words("falsity_degrees"):
                return False
        return False

    def _takes_lives(self, first: int) -> bool:
        """True when the object from token ``first`` is lives taken ("claimed [at least
        44] lives", "claimed the lives of"): within a count's words, before any break, and
        not the subject of a clause after it ("said 44 lives were lost")."""
        taken = self.view.words("taken_lives")
        for k in range(first, min(first + _AMOUNT_WORDS + 2, len(self.tokens))):
            if k > first and self.view.break_before(k):
                return False
            if self.tokens[k].norm in taken:  # the noun the phrase ends on, not "life terms"
                ends = k + 1 == len(self.tokens) or self.view.break_before(k + 1)
                following = self.tokens[k + 1].norm if not ends else ""
                joins = self.view.words("prepositions") | self.view.words("coordinators")
                return ends or following in joins
        return False

    def _refuses_no_claim(self, index: int) -> bool:
        """True when a verb of denial has a proposal, not a claim, as its object."""
        following = self.tokens[index + 1 : index + 5]
        if following and following[0].norm == "that":  # "denied that ..." or "that proposal"
            following = following[1:2]
        for token in following:
            if any(word_matches(p, token.norm) for p in self.lexicon.claim_nouns):
                return False
            if any(word_matches(p, token.norm) for p in self.lexicon.not_claims):
                return True
        # "dismissed Prime Minister Ana Ruiz": a person removed or refused, no claim
        titles = load_entity_lexicon(self.names.language).person_titles.by_first
        if following and following[0].is_capitalized and following[0].norm in titles:
            return True
        # "a demand the government rejects": a proposal before it, its relative clause's
        start = self._last_noun_phrase(max(0, index - _MAX_SPEAKER_WORDS), index)
        return (
            0 < start < index
            and (not following or self.view.break_before(index + 1))
            and any(word_matches(p, self.tokens[start - 1].norm) for p in self.lexicon.not_claims)
        )

    def _phrase_length(self, index: int, phrases: Iterable[list[str]]) -> int:
        """Length in tokens of the longest of ``phrases`` starting at ``index``, else 0."""
        best = 0
        for words in phrases:
            if [t.norm for t in self.tokens[index : index + len(words)]] == words:
                best = max(best, len(words))
        return best

    def _according_to(self, index: int) -> str:
        author = self._statement_author(index)
        if author is not None:
            return author
        end = self._phrase_end(index)
        named = end < len(self.tokens) and self.view.break_before(end)
        apposed = self._name_closing(end, 0) if named else None
        if apposed is not None and self._describes(index, end):
            # "according to the city's mayor, Ana Ruiz", "to Chile's defence minister, Ana Ruiz"
            return self._speaker(*apposed)
        source = self._speaker(index, end)
        rest = self.tokens[end : end + 1]
        if source and rest and rest[0].norm in self.view.words("citing"):
            cited = self._speaker(end + 1, self._phrase_end(end + 1))
            if cited and (_anonymous(source) or _anonymous(cited)):
                return cited if _anonymous(source) else source
            if cited:
                return f"{source}, citing {cited}"
        return source

    def _describes(self, first: int, end: int) -> bool:
        """Whether tokens ``first:end`` describe someone by a common noun ("the city's
        mayor", "Chile's defence minister", "Peru's chief of the General Staff") rather
        than name them ("the Harbour Safety Board")."""
        function_words = self.lexicon.function_words()
        return any(
            not _is_name_word(t) and t.norm not in function_words for t in self.tokens[first:end]
        )

    def _statement_author(self, index: int) -> str | None:
        """Who made the statement that tokens from ``index`` name as a source: the speaker
        after "by" past an aside on where it was made ("a post on X, formerly Twitter, by
        the navy"), the owner of the medium ("a post on the navy's channel"), no one when
        only the medium is named ("a post on X", "a video posted on Telegram"); None when
        they open on no statement, or name its author otherwise ("a statement from the
        navy")."""
        view, tokens = self.view, self.tokens
        first = index
        while first < len(tokens) and tokens[first].norm in view.words("determiners"):
            first += 1
        if first >= len(tokens) or tokens[first].norm not in view.words("statement_nouns"):
            return None
        medium = 0
        for k in range(first + 1, min(first + 1 + _MAX_SPEAKER_WORDS, len(tokens))):
            norm = tokens[k].norm
            if norm in view.words("passive_agents"):
                return self._speaker(k + 1, self._phrase_end(k + 1))
            if self.dated[k] or norm in self.lexicon.stance_of:
                break
            if medium and tokens[k].text.endswith(_POSSESSIVES):  # "on the navy's channel"
                return self._speaker(medium, k + 1)
            if not medium and norm in view.words("speech_venues"):
                medium = k + 1
            if view.break_before(k) and not medium:
                break
        return "" if medium else None

    def _phrase_end(self, index: int) -> int:
        """Index one past a short phrase starting at ``index``, stopped by punctuation."""
        end = index
        while end < len(self.tokens) and end - index < _MAX_SPEAKER_WORDS:
            if end > index and self.view.break_before(end):
                break
            norm = self.tokens[end].norm
            if (
                norm in self.lexicon.stance_of
                or norm == "that"
                or norm in self.view.words("relatives")  # "a police source who blamed ..."
                or self.dated[end]
            ):
                break
            end += 1
        return end

    def _subject_before(self, index: int) -> str:
        """The speaker before a verb, past auxiliaries and a date ("Kyiv on Sunday denied");
        none for an inverted verb right after a quotation ('"...", added the monitor')."""
        view = self.view
        i = index - 1
        if (
            i >= 0
            and self.tokens[index].norm in self.lexicon.inverted
            and _CLOSING_QUOTE.search(view.text, self.tokens[i].end, self.tokens[index].start)
        ):
            return ""
        while i >= 0 and (
            self.tokens[i].norm in self.lexicon.auxiliaries
            or self.dated[i]
            or self.tokens[i].norm in view.words("date_prepositions")
            and self.dated[i + 1]
        ):  # "the army has [on] Monday, May 5, said"
            if view.break_before(i + 1) and not (self.dated[i] or self.dated[i + 1]):
                return ""
            i -= 1
        if (
            0 < i < index - 1
            and self.dated[i + 1]
            and not view.break_before(i + 1)
            and _is_verb(view, self.tokens[i])
            and self.tokens[i].norm not in self.lexicon.auxiliaries
        ):  # "a report from the agency released [Tuesday] said": the source, not its release
            i -= 1
        if i < 0:
            return ""
        setting = self._speech_setting_before(i)
        if setting is not None:  # "Hamas, however, in a statement on Saturday said"
            i = setting - 1
            if i >= 0 and view.break_before(i + 1):
                i = self._before_aside(i)
            if i < 0 or self.tokens[i].norm in view.words("stopwords"):
                return ""
        elif (
            all(t.norm in self.lexicon.auxiliaries for t in self.tokens[i + 1 : index])
            and self._before_bracketed_tag(i) != i
        ):  # "the Harbour Safety Board (HSB) [has] said", "Ana Ruiz (D-Ore.) said": the name
            i = self._before_bracketed_tag(i)
        elif i > 1 and self._is_bracketed_acronym(i - 1) and not self.tokens[i].is_capitalized:
            i -= 2  # "the Harbour Safety Board (HSB) office said": the name, not its noun
        elif (
            view.break_before(index)
            and i + 1 < index
            and not view.break_before(i + 1)
            and self.tokens[i + 1].norm not in self.lexicon.auxiliaries  # "has [a date], said"
        ):
            # "fighting resumed on Sunday, said ...": the date ends a clause; "Anna Berg,
            # speaking on Sunday, said": it ends an aside about the speaker
            before = self._before_aside(i)
            if before == i:
                return ""
            i = before
        elif (
            view.break_before(i + 1)
            and not self.dated[i + 1]
            and not self._quotation_opens_at(i + 1)  # "the army “categorically denied” it"
        ):
            before = self._before_aside(i)
            if before == i:  # "the army's chief of staff, Anna Berg, said": the name speaks
                return self._name_after_title(i)
            i = before
        i = self._before_bracketed_tag(i)  # "Ana Ruiz (D), who chairs ..., said": the name
        relative = self._relative_before(i)
        if relative is not None and _describes_its_subject(view, relative):
            i = relative - 1  # "residents who spoke to reporters said": the residents
        end = i + 1
        start = self._speaker_start(end, index)
        if self.tokens[i].norm in self.lexicon.pronouns:
            if self.tokens[i].norm in view.words("body_pronouns"):  # "it said": the body
                opening = all(self.dated[:i]) and self.names.body_opening_before(self.view.start)
                return opening or self.names.body_before(self.tokens[i].start)
            if self.tokens[i].norm in view.words("plural_pronouns") and view.break_before(i):
                return self._subject_of_sentence(i)  # "Rebels fired at the base, they said"
            if self.tokens[i].norm not in view.words("personal_pronouns"):
                return ""  # "we said", "they said": not one person named before
            return self.names.person_meant(view.start, self.tokens[i].start)
        speaker = self._speaker(start, end)
        if _anonymous(speaker):  # "the Front and residents said": the Front
            return self._named_speaker_joined(start, index) or speaker
        return speaker

    def _speaker_start(self, end: int, index: int) -> int:
        """Where the words of a speaker ending at token ``end`` (exclusive) begin, reading
        back from it to a break, a date, a verb or a word opening a clause; ``index`` is the
        verb of saying."""
        view = self.view
        start = end - 1
        while (
            start > 0
            and end - start < _MAX_SPEAKER_WORDS
            and not view.break_before(start)
            and not self.dated[start - 1]
            and self.tokens[start - 1].norm not in self.lexicon.stance_of
            and (
                self.tokens[start - 1].norm not in view.words("clause_openers")
                or self._joins_body_name(start - 1)
                or self._inside_name(start - 1)  # "Bosnia and Herzegovina said"
            )
            and not self._verb_before_object(start - 1)
            # "a boat that the army said was ...": the clause's subject, not the boat
            and start - 1 != _relative_opening(view, index, self.names.language)
        ):
            start -= 1
        while (  # "Senior Inspector Mara Lin of the ... Unit said": never inside a name
            0 < start < end - 1
            and _is_name_word(self.tokens[start])
            and _is_name_word(self.tokens[start - 1])
            and not view.break_before(start)
            and not self.dated[start - 1]
        ):
            start -= 1
        if (
            start == 0
            and end > 1
            and self.tokens[start].norm in words_before_names(self.names.language)
        ):
            start += 1  # "Neighbouring Chad said", "Meanwhile Serbia said": the name after
        return self._last_noun_phrase(start, end)

    def _inside_name(self, index: int) -> bool:
        """Whether token ``index`` lies inside an actor's name that opens before it
        ("Trinidad | and | Tobago"); not inside a list of names ("Chile, Peru and Chad")."""
        entities, offset = self.names.entities, self.tokens[index].start
        k = bisect.bisect_right(entities.actor_starts, offset) - 1
        return k >= 0 and entities.actor_starts[k] < offset < entities.actor_ends[k]

    def _named_speaker_joined(self, start: int, index: int) -> str:
        """The named speaker joined by "and" to anonymous ones opening at token ``start``
        ("the Front and residents said": the Front), who claims what they say together; ""
        when none is named there."""
        joiner = start - 1
        if (
            joiner < 1
            or self.tokens[joiner].norm not in self.view.words("series_joiners")
            or self.view.break_before(joiner)
            or self.view.break_before(start)
        ):
            return ""
        first = self._speaker_start(joiner, index)
        left, right = self.tokens[first].start, self.tokens[joiner - 1].end
        if not actors_in(self.names.entities, left, right):
            return ""
        speaker = self._speaker(first, joiner)
        return "" if _anonymous(speaker) else speaker

    def _quotation_opens_at(self, index: int) -> bool:
        """Whether only a quotation mark opening at token ``index`` parts it from the word
        before ("leaders “condemned the attacks”"): the speaker's own words quoted from
        its verb on, no break between the speaker and the verb."""
        gap = self.view.text[self.tokens[index - 1].end : self.tokens[index].start]
        return gap[:1].isspace() and gap.strip() in _OPENING_QUOTES and not gap[-1:].isspace()

    def _joins_body_name(self, index: int) -> bool:
        """True when the token at ``index`` joins two parts of one body's name ("the
        Ministry of Energy | and | Mines")."""
        return self.tokens[index].norm in self.view.words(
            "body_name_joiners"
        ) and _links_to_body_head(self.tokens[:index], load_entity_lexicon(self.names.language))

    def _speech_setting_before(self, last: int) -> int | None:
        """Index of the preposition opening a phrase that ends at token ``last`` and says
        where a saying was made ("in a statement", "in a video on Telegram"), with no break
        inside it; None when the words there are no such phrase."""
        statements = self.view.words("statement_nouns")
        if self.tokens[last].norm not in statements:
            return None
        for k in range(last - 1, max(-1, last - 4), -1):
            if self.tokens[k].norm in self.view.words("speech_venues"):
                return k
            if self.view.break_before(k + 1) or self.tokens[k].is_capitalized:
                return None
        return None

    def _last_noun_phrase(self, start: int, end: int) -> int:
        """Where the speaker's words ``start:end`` begin when a noun phrase opening on a
        determiner follows another noun in them ("a demand | the administration rejects":
        a relative clause without "that"), else ``start``."""
        function_words = self.lexicon.function_words()
        for k in range(end - 2, start, -1):
            before = self.tokens[k - 1]
            if (
                self.tokens[k].norm in self.view.words("definite_articles")
                and not before.is_capitalized
                and before.norm not in function_words
                and not before.norm.endswith(("ed", "ing"))
                and not self.view.break_before(k)
            ):
                return k
        return start

    def _is_bracketed_acronym(self, index: int) -> bool:
        """True when token ``index`` is an acronym alone in brackets after a name ("the
        Harbour Safety Board (HSB)")."""
        text = self.view.text
        token = self.tokens[index]
        after = self.tokens[index + 1].start if index + 1 < len(self.tokens) else self.view.end
        return (
            index > 0
            and len(token.text) > 1
            and token.text.isupper()
            and text[self.tokens[index - 1].end : token.start].strip() == "("
            and text[token.end : after].strip().startswith(")")
        )

    def _before_bracketed_tag(self, last: int) -> int:
        """Index of the word before a tag in brackets closing right after token ``last``
        ("Ana Ruiz (D-Ore.)": "Ruiz"), which is no speaker; else ``last``."""
        return bracketed_tag_start(self.view.text, self.tokens, last, self.view.end) - 1

    def _verb_before_object(self, index: int) -> bool:
        """True when token ``index`` is a verb in "-ed" before the determiner of its
        object ("received a report which confirmed"): the speaker's words start after it."""
        token = self.tokens[index]
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            not token.is_capitalized
            and token.norm.endswith("ed")
            and following is not None
            and following.norm in self.view.words("determiners")
        )

    def _relative_before(self, last: int) -> int | None:
        """Index of a relative word ("who", "which") opening, in one clause and within
        :data:`_MAX_RELATIVE_WORDS` words, the words up to token ``last`` before a verb
        of saying, after a noun it describes ("residents who spoke to reporters by
        phone said"); None when there is none."""
        relatives = self.view.words("relatives")
        for index in range(last, max(last - _MAX_RELATIVE_WORDS, 0), -1):
            if self.tokens[index].norm in relatives or self._opens_relative_on_that(index):
                return index if index > 0 and not self.view.break_before(index) else None
            if self.view.break_before(index) or self.tokens[index].norm in self.lexicon.stance_of:
                return None
        return None

    def _opens_relative_on_that(self, index: int) -> bool:
        """True when token ``index`` is "that" opening a relative clause: a verb right
        after it ("the province that borders the sea"), not a noun ("that official")."""
        following = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
        return (
            self.tokens[index].norm == "that"
            and following is not None
            and not following.is_capitalized
            and (
                following.norm in self.lexicon.auxiliaries
                or following.norm in self.view.words("be_forms")
                or following.norm.endswith(("ed", "es"))
                or (following.norm.endswith("s") and not following.norm.endswith("ss"))
            )
        )

    def _before_aside(self, last: int) -> int:
        """Index of the word before an aside that ends at token ``last`` ("Officials,
        speaking on condition of anonymity, said"; "Mary Kone, a member of the council,
        said"), else ``last``."""
        first = last
        while first > 0 and not self.view.break_before(first):
            first -= 1
        opener = self.tokens[first].norm
        left, right = self.tokens[first].start, self.tokens[last].end
        is_aside = (
            self._opens_on_participle(first)
            or opener in self.view.words("relatives")
            or opener in self.view.words("determiners")  # "Mary Kone, a member of ..., said"
            or opener in self.view.words("discourse_adverbs")  # "the army, however, said"
            or (  # "Anna Berg, head of the council, said": a title after a name
                not self.tokens[first].is_capitalized
                and first > 0
                and _is_name_word(self.tokens[first - 1])
                and opener not in self.view.words("stopwords")
                and opener not in self.lexicon.stance_of
            )
            or (  # "Ana Ruiz, Britain's ambassador to the UN, said": an owner's title,
                # also after the owner's own title ("..., President Ivo Lenz's envoy, said")
                0 < first < last
                and _is_name_word(self.tokens[first - 1])
                and any(
                    self.tokens[k].text.endswith(("'s", "’s"))
                    and _is_name_word(self.tokens[k])
                    and not self.tokens[k + 1].is_capitalized
                    for k in range(first, last)
                )
            )
            or (  # "Officials in Chad's largest province, Ouaddai, said": the place's name
                _is_name_word(self.tokens[first])
                and first > 0
                and not _is_name_word(self.tokens[first - 1])  # not "Gao, Mali, said"
                and bool(places_in(self.names.entities, left, right))
                and not actors_in(self.names.entities, left, right)
            )
        )
        if first > 0 and is_aside and self.view.break_before(first):
            return first - 1
        return last

    def _opens_on_participle(self, first: int) -> bool:
        """Whether token ``first`` opens a participle phrase: a participle ("speaking",
        "backed", "known", "sworn in"), or an adverb in "-ly" before one ("widely seen as")."""
        following = self.tokens[first + 1 : first + 2]
        if self.tokens[first].norm.endswith("ly") and following:
            return _is_participle(self.view, following[0])
        return _is_participle(self.view, self.tokens[first])

    def _governed_title(self, opening: int, title: int) -> bool:
        """Whether a verb stands between token ``opening`` and the title starting at token
        ``title`` in the clause the title is in ("met | the Prime Minister of Chile, Ana
        Ruiz,"): not a verb before a word opening another clause ("came a day after | the
        army chief, Ana Ruiz, told")."""
        openers = self.view.words("clause_openers")
        for index in range(title - 1, opening - 1, -1):
            if self.tokens[index].norm in openers:
                return False
            if _is_verb(self.view, self.tokens[index], self.names.language):
                return True
        return False

    def _name_after_title(self, last: int) -> str:
        """The name set off between commas that ends at token ``last``, after the title it
        holds ("the army's chief of staff, Anna Berg, said"; "Ruritania's Foreign Minister,
        Anna Berg, said"), past titles of its own ("the army's spokesman, Lt. Gen. Ali
        Khan, said") and with lower-case particles inside it ("Omar bin Ali Hassan"); ""
        when the words are no name or one word after another name ("Dovhe, Kestria, said":
        a place and its country)."""
        first = last
        while first > 0 and not self.view.break_before(first):
            first -= 1
        lexicon = load_entity_lexicon(self.names.language)
        named = first
        while named < last and 0 < (size := lexicon.person_titles.at(self.tokens, named)):
            named += size
        particles = entity_words(self.names.language, "person_name_particles")
        words = [
            t
            for k, t in enumerate(self.tokens[named : last + 1], named)
            if not (named < k < last and t.norm in particles)
        ]
        before = self.tokens[first - 1] if first else None
        opening = first - 1
        while opening > 0 and not self.view.break_before(opening):
            opening -= 1
        if (
            before is None
            or named > last
            # "spoke to the Prime Minister of Chile, Ana Ruiz, ...": the title is an object
            or self._governed_title(opening, first - 1)
            or len(words) > _MAX_NAME_WORDS
            or not all(_is_name_word(t) for t in words)
            or _is_name_word(before)
            and len(words) < 2  # "The mayor of Lviv, Ana Kovalenko, said": a person's name
            and not any(word_matches(p, before.norm) for p in self.lexicon.speakers)
        ):
            return ""
        return self._speaker(first, last + 1)

    def _content_words(self, tokens: Sequence[Token]) -> list[Token]:
        """``tokens`` without their function words ("the", "of", "and")."""
        function_words = self.lexicon.function_words()
        return [t for t in tokens if t.norm not in function_words]

    def _unnamed_members(self, tokens: Sequence[Token]) -> bool:
        """Whether a speaker's words ``tokens`` name members of no one in particular: a
        plural head with no name among its words ("the rebels", "Student leaders", "opposition
        lawmakers"; not "the army", one body, "Tuareg rebels" or "the head of the rebels").
        Like witnesses, they are no source the table can name."""
        prepositions = self.view.words("prepositions")
        head = next((i for i, t in enumerate(tokens) if i and t.norm in prepositions), None)
        words = self._content_words(tokens[:head])
        if not words or not is_plural_noun(words[-1].norm, self.names.language):
            return False  # "the leader of the factions": its head is one person
        if any(t.text.endswith(_POSSESSIVES) for t in words):
            return False  # "the rebels' spokesman": whom the owner is
        opening = self.view.starts[bisect_left(self.view.starts, self.view.start)]
        common = common_words(self.names.language)
        return not any(
            _is_name_word(t) and not (t.start == opening and t.norm in common) for t in words
        )

    def _is_anonymous(self, token: Token) -> bool:
        return is_anonymous(CollectiveActor(token.text, ""), self.names.language)

    def _country_of_officials(self, first: int, end: int) -> str:
        """The country officials are of ("officials in Chad", "police officials in Chad
        said"): a speaker of the state and a country in the phrase; "" otherwise."""
        tokens = self.tokens[first:end]
        official = self.view.words("state_speakers")
        if not any(word_matches(p, t.norm) for t in tokens for p in official):
            return ""
        left, right = tokens[0].start, tokens[-1].end
        places = places_in(self.names.entities, left, right)
        country = next((place.name for place in places if place.kind == "country"), "")
        demonyms = load_entity_lexicon(self.names.language).demonyms
        named = (demonyms.get(t.norm) for t in tokens)  # "the Polish region of Lublin"
        return country or next((found.name for found in named if found is not None), "")

    def _subject_of_sentence(self, before: int) -> str:
        """The speaker the words opening the sentence name, up to their verb, when a verb
        stands before token ``before`` ("Houthi rebels fired at a ship, they said":
        "Houthi rebels"); "" when none is named."""
        verb = next(
            (
                k
                for k in range(1, before)
                if not self.tokens[k].is_capitalized  # "Iran-aligned" names, it does not act
                and self.tokens[k].norm.endswith("ed")
                or self.tokens[k].norm in self.view.words("finite_starts")
                or self.tokens[k].norm in self.view.words("participles")
            ),
            None,
        )
        counted = self.tokens[0].norm in entity_words(self.names.language, "number_words")
        if verb is None or counted or any(self.view.break_before(k) for k in range(1, verb)):
            return ""  # no subject, or a count of things ("Two missiles hit")
        speaker = self._speaker(0, verb)
        head = self.tokens[verb - 1].text
        sides = {
            g.side for g in collective_actors_in(self.names.entities, 0, self.tokens[verb - 1].end)
        }
        if _anonymous(speaker) or not (speaker.split()[-1:] == [head] or speaker in sides):
            return ""  # the speaker is the subject's head or its side, not a word before it
        return speaker

    def _place_preposition(self, first: int, end: int) -> int | None:
        """The index of the first place preposition after token ``first`` and before
        ``end`` ("a teacher | in the old quarter"), if any."""
        return next(
            (
                i
                for i in range(first + 1, end)
                if self.tokens[i].norm in self.lexicon.place_prepositions
            ),
            None,
        )

    def _before_its_place(self, first: int, end: int) -> int:
        """Where a speaker named before the place it is in ends ("Hamas fighters [in
        southern Lebanon]"): the index of the place preposition, when the words before it
        name an actor; else ``end``."""
        at = self._place_preposition(first, end)
        if at is None:
            return end
        function_words = self.lexicon.function_words()
        named = any(
            _is_name_word(t)
            and t.norm not in function_words
            and not self._is_anonymous(t)
            and not any(word_matches(p, t.norm) for p in self.lexicon.speakers)
            for t in self.tokens[first:at]
        )
        return at if named else end

    def _before_where_they_are(self, first: int, end: int) -> int:
        """Where a speaker known by where they are ends ("a teacher [in the old quarter of
        Lagos]"): the index of the place preposition after an unnamed head, when only
        places are named after it; else ``end``."""
        at = self._place_preposition(first, end)
        if at is None:
            return end
        if self._is_anonymous(self.tokens[at - 1]) and not any(
            _is_name_word(t) for t in self.tokens[at + 1 : end]
        ):
            return at  # "residents in the capital": where they are, named by no name
        function_words = self.lexicon.function_words()
        official = self.view.words("state_speakers")
        if any(
            _is_name_word(t)
            and t.norm not in function_words
            or any(word_matches(p, t.norm) for p in official)
            for t in self.tokens[first:at]
        ):
            return end  # "Hamas fighters in Gaza", "Anna Berg in Vienna", "police in Gao"
        left, right = self.tokens[at].start, self.tokens[end - 1].end
        entities = self.names.entities
        if not places_in(entities, left, right) or actors_in(entities, left, right):
            return end  # "a spokesman for the army in the north": not where they are
        return at

    def _first_state_body(self, tokens: Sequence[Token], offset: int) -> bool:
        """Whether ``tokens`` name a body only a state has, without its state ("the
        ministry", "the State Emergency Service", "the regional military administration";
        not "police", "officials" or an army a rebel group may have), for the first time at
        ``offset``: no body of its kind was named before ("Gaza's health ministry ... the
        ministry" is that one, whatever state was named)."""
        pair = " ".join(_without_possessive(t.text).lower() for t in tokens[-2:])
        if len(tokens) == 1 and _without_possessive(tokens[0].text).lower() in self.view.words(
            "state_only_bodies"
        ):
            kind = tokens[0]
        elif pair in self.view.words("state_only_bodies") and not any(
            _is_name_word(t) for t in tokens
        ):  # "the central election commission": a lower-case kind, its level before it
            earlier = self.names.text[:offset] or self.view.text[:offset]
            return re.search(rf"\b{re.escape(pair)}\b", earlier, re.I) is None
        else:
            size = load_entity_lexicon(self.names.language).state_bodies.before(tokens, len(tokens))
            owners = tokens[: len(tokens) - size]
            if not size or any(
                _is_name_word(t) or _without_possessive(t.text) != t.text for t in owners
            ):
                return False  # "the Hamas administration": a body someone named owns
            against = entity_words(self.names.language, "against_the_state")
            if any(t.norm in against for t in owners):
                return False  # "the rebel administration": a side against the state owns it
            kind = tokens[-1]
        words = {_without_possessive(kind.text).lower()}
        if words <= self.view.words("state_only_bodies"):  # "the ministries": one kind
            words |= self.view.words("state_only_bodies")
        earlier = self.names.text[:offset] or self.view.text[:offset]
        return re.search(rf"\b(?:{one_of(sorted(words))})\b", earlier, re.I) is None

    def _state_of_unnamed_body(self, first: int, end: int, offset: int) -> str:
        """The state a body only a state has speaks for when tokens ``first:end`` name it
        without its state, for the first time: the state of the places its sentence names
        ("Drones hit Sumy overnight, the regional military administration said": Ukraine),
        else of most places named before it, else the state the story named before
        ("Mexico sent troops. ... the ministry said"); "" when it is not such a body or no
        state is found."""
        if first >= end or not self._first_state_body(self.tokens[first:end], offset):
            return ""
        return self._state_around()

    def _state_around(self) -> str:
        """The state of the places the sentence names, else of most places named before it,
        else the state the story named before; "" when none is found."""
        entities, start = self.names.entities, self.view.start
        return (
            self._state_of_places(places_in(entities, start, self.view.end))
            or self._state_of_places(places_in(entities, max(0, start - _BODY_WITHIN), start))
            or self._state_named_before(start)
        )

    def _state_of_unnamed_officials(self, first: int, end: int) -> str:
        """The state officials named by tokens ``first:end`` only by their kind and their
        level serve ("regional authorities reported", "local officials said"): the state of
        the places around them (:meth:`_state_around`); "" for any other words, and for
        officials without a level ("officials said", "police said"), who may be anyone's."""
        words = self._content_words(self.tokens[first:end])
        view = self.view
        if len(words) < 2 or words[-1].norm not in view.words("unnamed_state_agents"):
            return ""
        if any(t.norm not in view.words("local_modifiers") for t in words[:-1]):
            return ""
        return self._state_around()

    def _state_of_local_office(self, tokens: Sequence[Token], offset: int) -> str:
        """The state an official of a town or a region named only by the office speaks for
        ("the city's mayor", "Cusco's mayor", "the Cusco mayor", "the regional governor"):
        the state of the place owning the office, else :meth:`_state_around`; "" when
        ``tokens`` name no such office; the person the story titled so, if any ("Mayor Ana
        Ruiz ... the city's mayor")."""
        view = self.view
        if len(tokens) < 2 or tokens[-1].norm not in view.words("local_offices"):
            return ""  # "the mayor" alone may be anyone's: a word must tie it to a place
        rest, state = list(tokens[:-1]), ""
        if rest and _without_possessive(rest[0].text) != rest[0].text:
            owner = _without_possessive(rest[0].text)
            if _is_name_word(rest[0]):  # "Cusco's mayor": the state of that place
                state = self._state_of_town(rest[0])
                if not state:
                    return ""
            elif owner.lower() not in view.words("local_owners"):
                return ""
            rest = rest[1:]
        elif rest and _is_name_word(rest[0]):  # "the Cusco mayor": that place's
            state = self._state_of_town(rest[0])
            if not state:
                return ""
            rest = rest[1:]
        if any(token.norm not in view.words("local_modifiers") for token in rest):
            return ""
        return self.names.described(tokens[-1].text, offset) or state or self._state_around()

    def _state_of_town(self, token: Token) -> str:
        """The state of the town or region ``token`` names, possessive or not ("Cusco's":
        "Peru"); "" when it names none."""
        owner = _without_possessive(token.text)
        places = places_in(self.names.entities, token.start, token.end)
        codes = [p.country for p in places if p.kind != "country"]
        codes += [town.country for town in towns_named(owner)]
        codes += [region.country for region in regions_named(owner)]
        return _state_of_code(self.names.language, codes[0]) if codes else ""

    def _state_of_owned_body(self, first: int, end: int) -> str:
        """The state a body of a town or a region the article places speaks for when tokens
        ``first:end`` name it by that place and its kind in lower case ("the Lyon
        prosecutor's office", "the Kharkiv regional military administration"): the state the
        place lies in, when the article places it elsewhere too; "" for any other words (an
        owner no such place, "the UN's humanitarian office"; a ministry, a state's own or a
        territory's)."""
        words = self._content_words(self.tokens[first:end])
        heads = entity_words(self.names.language, "state_body_heads")
        if len(words) < 2 or words[-1].norm not in heads or not _is_name_word(words[0]):
            return ""
        if any(_is_name_word(t) for t in words[1:]):
            return ""  # "Paris City Council": a body's own name
        if words[-1].norm in self.view.words("state_only_bodies"):
            return ""  # "the Gaza health ministry": a ministry is a state's, or its own
        owner = _without_possessive(words[0].text)
        codes = [
            p.country
            for p in self.names.entities.places
            if p.name == owner and p.kind != "country" and p.country
        ]  # a town the article places elsewhere, not one a word may also name ("US")
        return _state_of_code(self.names.language, codes[0]) if codes else ""

    def _state_of_office_holders_body(self, tokens: Sequence[Token]) -> str:
        """The state around the sentence (:meth:`_state_around`) when ``tokens`` name, in
        lower case, a state's body by the office holder owning it ("the prime minister's
        office", "the public prosecutor's office"); "" for any other words."""
        heads = entity_words(self.names.language, "state_body_heads")
        if len(tokens) < 2 or tokens[-1].norm not in heads:
            return ""
        if any(_is_name_word(t) for t in tokens):
            return ""  # "Prime Minister Ana Ruiz's office": the person's, named
        owner = [t for t in tokens[:-1] if t.norm not in self.lexicon.function_words()]
        if not owner or _without_possessive(owner[-1].text) == owner[-1].text:
            return ""
        titles = load_entity_lexicon(self.names.language).person_titles
        return self._state_around() if titles.before(owner, len(owner)) else ""

    def _state_of_places(self, places: Sequence[Place]) -> str:
        """The state most of ``places`` lie in, the one named first on a tie (where the story
        opened); "" for none."""
        counts = Counter(place.country for place in places if place.country)
        if not counts:
            return ""
        return _state_of_code(self.names.language, counts.most_common(1)[0][0])

    def _state_named_before(self, offset: int) -> str:
        """The state named last before ``offset``, within ``_BODY_WITHIN`` characters: by
        its name, as a country ("Floods hit Peru") or as the side of a group ("Peruvian
        troops"); "" when none is."""
        entities, states = self.names.entities, _states(self.names.language)
        window = max(0, offset - _BODY_WITHIN)

        def last(starts: Sequence[int], names: Callable[[int], str]) -> tuple[int, str]:
            left, right = bisect_left(starts, window), bisect_left(starts, offset)
            found = [(starts[i], names(i)) for i in range(left, right) if names(i) in states]
            return found[-1] if found else (-1, "")

        return max(
            last(entities.actor_starts, lambda i: entities.actors[i]),
            last(entities.collective_starts, lambda i: entities.collectives[i].side),
            last(entities.place_starts, lambda i: entities.places[i].name),
        )[1]

    def _state_of_body_before(self, head: Token, offset: int) -> str:
        """The state whose body ``head`` names, when a body of that kind was last named
        before ``offset`` with its state ("Chile's health ministry ... The ministry said":
        "Chile"); "" when none was, or it was named without a state."""
        if not any(word_matches(p, head.norm) for p in self.view.words("state_speakers")):
            return ""
        text = self.view.text
        word = _without_possessive(head.text)
        armies = self.view.words("army_words")
        pattern = one_of(armies if word.lower() in armies else [word])
        window = max(0, offset - _BODY_WITHIN)
        earlier = [
            (m.start(), m.end())
            for m in re.finditer(rf"\b(?:{pattern})\b", text[window:offset], re.I)
        ]
        language = self.names.language
        entities, states = self.names.entities, _states(language)
        for found, found_end in reversed(earlier):  # "the ministry" again: back to its state
            at = window + found
            left = max(window, at - _STATE_BEFORE_HEAD, text.rfind(".", window, at) + 1)
            sides = [g.side for g in collective_actors_in(entities, left, window + found_end)]
            # each naming in order, the nearest last: "mediated by Qatar and Turkey, Qatar's
            # foreign ministry said" is Qatar's, though Turkey was named after Qatar first
            named = range(
                bisect_left(entities.actor_starts, left), bisect_left(entities.actor_starts, at)
            )
            sides += [entities.actors[i] for i in named if entities.actors[i] in states]
            side = next((side for side in reversed(sides) if side), "")
            # a source a report is according to is no actor: its state by its words
            words = re.findall(r"[\w'’-]+", text[left:at])
            side = side or next(
                (state for w in reversed(words) if (state := _state_of_word(language, w))), ""
            )
            if side:
                return side
        return ""

    def _whole_name(self, first: int, end: int, known: str) -> str:
        """``known`` with the initials and particle names around it that belong to it
        ("John F. Okafor" for "Okafor", "Amina al-Hassan" for "Amina")."""
        words = known.split()
        texts = [t.text for t in self.tokens]
        at = next(
            (i for i in range(first, end - len(words) + 1) if texts[i : i + len(words)] == words),
            None,
        )
        if at is None:
            return known
        left, right = at, at + len(words)
        titles = title_words(self.names.language)
        while left > first and (
            self._initial_at(left - 1, first)
            or _is_initial(self.tokens[left])
            and self.tokens[left - 1].is_capitalized
            and self.tokens[left - 1].norm not in titles  # "Minister R. Soto": R. Soto
            or _PARTICLE_NAME.match(self.tokens[left - 1].text)
        ):
            left -= 1
        while right < end and _PARTICLE_NAME.match(self.tokens[right].text):
            right += 1
        if (left, right) == (at, at + len(words)) and not _is_initial(self.tokens[left]):
            return known
        return self.view.text[self.tokens[left].start : self.tokens[right - 1].end]

    def _whole_body_name(self, first: int, end: int, known: str) -> str:
        """``known``, a body's name, with the rest of that name around it in tokens
        ``first:end``: name words "of" or "for" links after it ("Economic Community | of
        Central African States", "Ports Authority | of Chile"); a state and a person are
        kept as they are."""
        language = self.names.language
        if known in _states(language) or known in self.names.person_names:
            return known
        tokens, view = self.tokens, self.view
        words = known.split()
        texts = [t.text for t in tokens]
        at = next(
            (i for i in range(first, end - len(words) + 1) if texts[i : i + len(words)] == words),
            None,
        )
        if at is None:
            return known
        titles = title_words(language)
        if at > first and tokens[at - 1].norm in titles or known in self.names.people:
            return known  # "Inspector Mara Lin of the Crime Unit": a person
        right = at + len(words)
        lexicon = load_entity_lexicon(language)
        articles = view.words("definite_articles")
        while right + 1 < end and tokens[right].norm in lexicon.organization_links:
            tail = right + 1 + (tokens[right + 1].norm in articles)
            run = tail
            while (
                run < end
                and _is_name_word(tokens[run])
                and not tokens[run].text.endswith(_POSSESSIVES)
                and not view.break_before(run)
            ):
                run += 1
            if run == tail:
                break
            right = run
        if right == at + len(words):
            return known
        return view.text[tokens[at].start : tokens[right - 1].end]

    def _initial_at(self, index: int, first: int) -> bool:
        """Whether the one capital letter at token ``index`` is an initial of a name: shortened
        with a period ("F. Okafor") or after a first name ("John F Okafor"); an article
        opening the name's phrase is none ("A Gaza aid group said")."""
        token = self.tokens[index]
        if not _is_initial(token):
            return False
        shortened = self.view.text.startswith(".", token.end)
        return shortened or index > first and self.tokens[index - 1].is_capitalized

    def _is_title_abbreviation(self, index: int) -> bool:
        """A capitalised word of two to four letters shortened with a period before a
        name ("Lt. Col. Ahmed Musa", "Rear Adm. Jane Doe"); an initial ("John F.
        Kennedy") is part of the name."""
        token = self.tokens[index]
        return (
            2 <= len(token.text) <= 4
            and token.text.isalpha()
            and token.is_capitalized
            and self.view.text[token.end : token.end + 1] == "."
            and index + 1 < len(self.tokens)
            and _is_name_word(self.tokens[index + 1])
        )

    def _subject_after(self, index: int) -> str:
        """ ", said a member of the unit": the speaker after an inverted verb of speech."""
        view = self.view
        if self.tokens[index].norm not in self.lexicon.inverted or not view.break_before(index):
            return ""
        following = self.tokens[index + 1 : index + 2]
        if not following or (
            following[0].norm in view.words("stopwords")
            and following[0].norm not in view.words("determiners")
        ):
            return ""
        end = self._setting_start(index + 1, self._phrase_end(index + 1))
        if end < len(self.tokens) and not view.break_before(end) and not self._sets_scene(end):
            name = self._name_closing(index + 1, _MAX_TITLED_WORDS)
            if name is None:
                return ""  # the phrase runs on: an object, not the speaker
            return self._speaker(*name)  # "said the head of the regional office Ivo Lenz"
        name = self._name_closing(end, 0) if end < len(self.tokens) else None
        if name is not None:  # "said the head of the regional office, Ivo Lenz"
            return self._speaker(*name)
        return self._speaker(index + 1, end)

    def _closes_on_speaker(self, index: int) -> bool:
        """Whether an inverted verb opening its clause at ``index`` is followed by a phrase
        with no verb of its own that ends the sentence (", reported the news agency."): who
        spoke; not ", said the troops were ready", nor ", told reporters" (a listener)."""
        tokens, view = self.tokens, self.view
        if (
            tokens[index].norm not in self.lexicon.inverted
            or tokens[index].norm in view.words("ordering_verbs")
            or not view.break_before(index)
            or self._clause_end(index + 1) < len(tokens)
        ):
            return False
        finite = view.words("finite_starts") | view.words("be_forms")
        # a verb after a word of its own subject is what is said (", said rebels overran
        # the base"), not a word describing the speaker (", said exiled leader Ana Ruiz")
        return not any(
            t.norm in finite
            or t.norm in self.lexicon.stance_of
            or k > index + 1
            and _is_verb(view, t, self.names.language)
            for k, t in enumerate(tokens[index + 1 :], index + 1)
        )

    def _names_speaker_after(self, index: int) -> bool:
        """Whether an inverted verb opening its clause at ``index`` is followed by a name
        that ends at where or how they spoke (", said Ana Ruiz [during a briefing]"): the
        speaker is that name, whatever the clause before it names."""
        tokens = self.tokens
        if tokens[index].norm not in self.lexicon.inverted or not self.view.break_before(index):
            return False
        if tokens[index].norm in self.view.words("ordering_verbs"):
            return False  # ", told the Gazette on Tuesday": the listener, not the speaker
        end = self._clause_end(index + 1)
        setting = self._setting_start(index + 1, end)
        finite = self.view.words("finite_starts") | self.view.words("be_forms")
        return (
            setting < end
            and not any(  # ", said the group was behind an attack Monday on"
                t.norm in finite for t in self.tokens[index + 1 : setting]
            )
        )

    def _setting_start(self, first: int, end: int) -> int:
        """Where a speaker's phrase ``first:end`` gives way to where or how they spoke: a
        word of ``speech_settings`` after a name ("said Ana Ruiz [at a briefing]")."""
        return next((k for k in range(first + 1, end) if self._opens_setting(k)), end)

    def _opens_setting(self, index: int) -> bool:
        """Whether token ``index`` is a word of ``speech_settings`` right after a name."""
        return self.tokens[index].norm in self.view.words("speech_settings") and _is_name_word(
            self.tokens[index - 1]
        )

    def _clause_end(self, first: int) -> int:
        """Index one past the last token of the clause holding token ``first``."""
        end = first + 1
        while end < len(self.tokens) and not self.view.break_before(end):
            end += 1
        return end

    def _sets_scene(self, index: int) -> bool:
        """True when token ``index``, after a speaker, opens a date or where or how they
        spoke rather than more of the phrase (", said Ana Ruiz [on Tuesday]")."""
        return self.dated[index] or self._opens_setting(index)

    def _name_closing(self, first: int, title_words: int) -> Span | None:
        """The name that closes the clause at or after token ``first``, past at most
        ``title_words`` words of a title before it ("the head of the district office
        [Ivo Lenz]."), or that ends where the clause goes on to where they spoke ("[Maj.
        Gen. Pat Ryder] during a briefing"): token indexes ``(start, end)``; None when the
        clause runs on or ends on no name."""
        tokens = self.tokens
        end = self._setting_start(first, self._clause_end(first))
        if end - first > title_words + _MAX_NAME_WORDS or not _is_name_word(tokens[end - 1]):
            return None
        start = end - 1
        while start > first and _is_name_word(tokens[start - 1]) and end - start < _MAX_NAME_WORDS:
            start -= 1
        if start - first > title_words or tokens[end - 1].norm in self.lexicon.function_words():
            return None
        return start, end

    def _state_outlet(self, first: int, end: int) -> str | None:
        """The state whose own outlet tokens ``first:end`` name ("Iranian state TV",
        "Pakistan state television": the state; "state TV", "a colonel on state TV": no
        one); ``None`` when they name no state outlet."""
        view, tokens = self.view, self.tokens
        marked = any(
            tokens[i].norm in view.words("state_marks")
            and tokens[i + 1].norm in view.words("state_outlets")
            or tokens[i].norm in view.words("state_marks")
            and i + 2 < end
            and tokens[i + 2].norm in view.words("state_outlets")
            for i in range(first, end - 1)
        )
        if not marked:
            return None
        for token in tokens[first:end]:
            state = _state_of_word(self.names.language, token.norm)
            if state:
                return state
        words = self._content_words(tokens[first:end])
        if len(words) == 2:  # "state media said": the state the story is in
            return self._state_around() or _ANONYMOUS
        return _ANONYMOUS  # "a colonel on state TV": no one named

    def _speaker(self, first: int, end: int) -> str:
        """The speaker named by tokens ``first:end``: a known actor, else a name or a noun
        that can speak, trimmed; "" for function words, dates and fragments. A town or a
        region does not speak: the words naming it speak for the state they name ("the
        governor of the Polish region of Lublin": Poland), else for no one named."""
        speaker = self._speaker_named(first, end)
        if not speaker or _anonymous(speaker):
            return speaker
        lexicon = load_entity_lexicon(self.names.language)
        capital = lexicon.capitals.get(key(speaker))
        if capital is not None:  # "Moscow rejected the offer": its state
            return capital.name
        country = self._country_of_place(speaker, first, end)
        if country is None:
            return speaker
        words = [
            t.text for t in self.tokens[first:end] if t.norm not in self.lexicon.function_words()
        ]
        if " ".join(words) == speaker:  # "the Ouahigouya governorate said": its state's
            return _state_of_code(self.names.language, country)
        return self._country_of_officials(first, end)

    def _owner_of_speaker(self, first: int, end: int) -> str | None:
        """Whom a speaker opening on a possessive pronoun and naming no one speaks for:
        the person "his" or "her" means ("Her office said"), the body "its" means ("Its
        spokesman said"), no one for the text's own voice ("My minister said"); None when
        tokens ``first:end`` open on no such pronoun or name someone themselves."""
        view, opener = self.view, self.tokens[first]
        left, right = opener.start, self.tokens[end - 1].end
        if end - first < 2 or self.names.actors.within(left, right):
            return None
        if actors_in(self.names.entities, left, right):
            return None
        if opener.norm in view.words("own_possessives"):
            return ""
        if any(_is_name_word(t) for t in self.tokens[first + 1 : end]):
            return None  # "His Royal Highness noted": a form of address, not an owner's own
        if opener.norm in view.words("body_possessives"):
            return self.names.body_before(left)
        if opener.norm in view.words("possessive_pronouns"):
            return self.names.person_meant(view.start, left, subject=False)
        return None

    def _record_issuer(self, first: int, end: int) -> str | None:
        """Who issued the record tokens ``first:end`` name as a source: the speaker after
        "from" or "by", past a participle telling how it came out ("a statement from the
        ministry", "figures released by the army"), else the name or the body before the
        record's noun ("a ministry statement", "a Reuters report posted"); "" for a record
        with no issuer ("the joint statement", "an expert report", "previous statements");
        None when they name no record."""
        view, tokens = self.view, self.tokens
        records = view.words("source_records") | view.words("statement_nouns")
        at = next((k for k in range(first, end) if tokens[k].norm in records), None)
        if at is None:
            return None

        def participle(index: int) -> bool:
            norm = tokens[index].norm
            return norm.endswith("ed") or norm in view.words("participles")

        rest = at + 1
        if rest < end - 1 and participle(rest):  # "released | by the army"
            rest += 1
        if rest < end and tokens[rest].norm in view.words("record_issuers"):
            issuer = self._speaker(rest + 1, end)
            if issuer:
                return issuer
        elif rest < end and tokens[rest].norm in view.words("record_contents"):
            pass  # "a Reuters tally of the results": what it counts, not who
        elif rest != end and not (rest == end - 1 and participle(rest)):
            return None
        language = self.names.language
        lexicon = load_entity_lexicon(language)
        bodies = lexicon.speaker_nouns | set(entity_words(language, "state_groups"))
        if at > first + 1 and tokens[at - 1].norm in view.words("own_words"):
            at -= 1  # "the ministry's own figures": the ministry's
        owner = tokens[at - 1] if at > first else None
        if owner is None:
            return ""  # "according to a statement": a document alone names no one
        opening = at - 1 == view.index_at(view.start) and not self.names.actors.within(
            owner.start, owner.end
        )  # "Previous statements said": a capital that opens the sentence
        people = lexicon.demonyms.get(owner.norm)
        if people is not None and at - 1 == first:
            return people.name  # "according to Israeli figures": the state's
        if owner.norm in bodies or (_is_name_word(owner) and not opening):
            return self._speaker(first, at)
        return ""  # "the joint statement", "an expert report": no one named

    def _country_of_place(self, name: str, first: int, end: int) -> str | None:
        """The country code of ``name``, taken from tokens ``first:end``, when it is a town
        or a region: one the article places there, or one the gazetteer knows after a
        preposition ("the mayor of Lviv"), unless the article knows it as an actor; else
        None."""
        left, right = self.tokens[first].start, self.tokens[end - 1].end
        for place in places_in(self.names.entities, left, right):
            if place.name == name and place.kind != "country":
                return place.country
        words = name.split()
        texts = [t.text for t in self.tokens[first:end]]
        at = next(
            (
                i
                for i in range(1, len(texts) - len(words) + 1)
                if texts[i : i + len(words)] == words
            ),
            None,
        )
        if (
            at is None
            or self.tokens[first + at - 1].norm not in self.view.words("prepositions")
            or name in self.names.known
        ):
            return None
        towns, regions = towns_named(name), regions_named(name)
        if towns:
            return towns[0].country
        return regions[0].country if regions else None

    def _before_description(self, first: int, end: int) -> int:
        """Where a speaker described after its noun ends ("a channel [close to the rebels]",
        "officials [seen by the paper]"): the index of a lower-case participle or source
        modifier followed by a preposition, after a word that is no function word; else
        ``end``."""
        view, tokens = self.view, self.tokens
        function_words = self.lexicon.function_words()
        describing = view.words("participles") | view.words("source_modifiers")
        for k in range(first + 1, end - 1):
            word = tokens[k]
            if (
                not word.is_capitalized
                and (word.norm in describing or word.norm.endswith("ed"))
                and tokens[k + 1].norm in view.words("prepositions")
                and tokens[k - 1].norm not in function_words
                and not view.break_before(k)
            ):
                return k
        return end

    def _speaker_named(self, first: int, end: int) -> str:
        view = self.view
        if (
            end - first > 1
            and self.tokens[end - 1].norm in view.words("source_records")
            and self.tokens[end - 2].text.endswith(_POSSESSIVES)
        ):  # "the monitor's figures": the monitor's
            return self._speaker(first, end - 1)
        issuer = self._record_issuer(first, end)
        if issuer is not None:  # "a ministry statement", "figures released by the army"
            return issuer
        titles = [i for i in range(first, end - 1) if self._is_title_abbreviation(i)]
        if titles:  # "Navy Rear Adm. Jane Doe": the name follows its title
            first = titles[-1] + 1
        if first >= end:
            return ""
        owner = self._owner_of_speaker(first, end)
        if owner is not None:
            return owner
        end = self._before_its_place(first, self._before_description(first, end))
        definite = self.tokens[first].norm in view.words("definite_articles")
        left, right = self.tokens[first].start, self.tokens[end - 1].end
        state_outlet = self._state_outlet(first, end)
        if state_outlet is not None:
            return state_outlet
        if not actors_in(self.names.entities, left, right) and not self.names.actors.within(
            left, right
        ):
            groups = collective_actors_in(self.names.entities, left, right)
            if self.tokens[end - 1].norm in view.words("hearsay"):
                return _ANONYMOUS  # "French media reports say": no one named
            if groups and groups[0].side:  # "Ukrainian officials said": their side
                return groups[0].side
            country = self._country_of_officials(first, end)
            if country:
                return country
            state = self._state_of_unnamed_officials(first, end)
            if state:  # "regional authorities said", "police said": the state they serve
                return state
            if groups and is_anonymous(groups[0], self.names.language):
                return _ANONYMOUS  # "witnesses said", "residents in the town said": no one
        end = self._before_where_they_are(first, end)
        press = entity_words(self.names.language, "press_roles")
        if any(t.norm in press for t in self.tokens[first:end]):  # "correspondent Jo Doe said"
            return _ANONYMOUS + view.text[left:right]
        modifier = next(
            (
                i
                for i in range(first + 1, end)
                if self.tokens[i].norm in view.words("source_modifiers")
            ),
            None,
        )
        if modifier is not None and self._is_anonymous(self.tokens[modifier - 1]):
            return _ANONYMOUS + view.text[left:right]  # "sources familiar with the plan"
        if definite:  # "the State Emergency Service said": the state it serves
            state = self._state_of_unnamed_body(first + 1, end, left)
            if state:
                return state
        owned = self._state_of_owned_body(first, end)
        if owned:  # "the Lyon prosecutor's office said": France
            return owned
        known = name_of(view, self.names, first, end)
        if known and (
            self.names.actors.within(self.tokens[first].start, self.tokens[end - 1].end)
            or known in self.names.known
        ):
            return self._whole_body_name(first, end, self._whole_name(first, end, known))
        tokens = list(self.tokens[first:end])
        function_words = self.lexicon.function_words()
        if _is_name_word(tokens[-1]) and tokens[-1].norm not in function_words:
            run = 1  # "the time Israel said", "a spokesman for the group MNLA told": the name
            entity_lexicon = load_entity_lexicon(self.names.language)
            while run < len(tokens):
                if self._joins_body_name(end - run - 1):  # "Ministry of Energy | and | Mines"
                    run += 1
                    continue
                if not _is_name_word(tokens[-run - 1]):
                    break
                run += 1
                if (  # "the region's Ministry | of | Natural Resources": one body's name
                    run + 1 < len(tokens)
                    and tokens[-run - 1].norm in entity_lexicon.organization_links
                    and _without_possessive(tokens[-run - 2].text)
                    in entity_lexicon.organization_heads
                ):
                    run += 1
            if run < len(tokens) and tokens[-run - 1].norm in self.lexicon.place_prepositions:
                tokens = tokens[: -run - 1]  # "a reporter in Gao said": the reporter speaks
                if tokens and self._is_anonymous(tokens[-1]):
                    return _ANONYMOUS  # "witnesses in Chad said": no one named
            else:
                tokens = tokens[-run:]
        while tokens and tokens[0].norm in function_words:
            tokens = tokens[1:]
        fillers = entity_words(self.names.language, "subject_fillers")
        while tokens and (tokens[-1].norm in function_words or tokens[-1].norm in fillers):
            tokens = tokens[:-1]  # "the group | temporarily paused ... and said": the group
        if not tokens or all(t.norm in self.lexicon.pronouns for t in tokens):
            return ""
        if self._is_anonymous(tokens[-1]):  # "witnesses said", "local sources said"
            return _ANONYMOUS + " ".join(t.text for t in tokens)
        head = next(
            (i for i, t in enumerate(tokens) if i and t.norm in view.words("prepositions")), 0
        )
        if (
            head
            and self._is_anonymous(tokens[head - 1])
            and not any(_is_name_word(t) for t in tokens[head:])
        ):  # "officials on both sides said", "sources close to the talks": no one named
            return _ANONYMOUS + " ".join(t.text for t in tokens)
        if all(t.norm in entity_words(self.names.language, "honorifics") for t in tokens):
            return ""  # "His Royal Highness noted": a form of address names no one
        if len(tokens) == 1 and tokens[0].norm in view.words("statement_nouns"):
            return ""  # "the statement said": a document, not who issued it
        phrase = _without_possessive(" ".join(t.text for t in tokens))
        deictic = _without_possessive(tokens[0].text)
        if (
            len(tokens) > 1
            and deictic != tokens[0].text
            and deictic.lower() in view.words("state_deictics")
        ):  # "the country's military leaders said": the state named last
            state = self._state_named_before(left)
            if state:
                return state
        described = self.names.described(phrase, left) if definite else ""
        if definite and not described:  # "the ministry": the state's named before
            described = self._state_of_body_before(tokens[-1], left)
        if described:  # "the relief group said", "the Prime Minister said": whom it means
            return described
        held = self._state_of_office_holders_body(tokens) if definite else ""
        if held:  # "the prime minister's office said": the state whose office it is
            return held
        local = self._state_of_local_office(tokens, left)
        if local:  # "the city's mayor said": the state the city lies in
            return local
        named = any(_is_name_word(t) and t.norm not in function_words for t in tokens)
        speaks = any(word_matches(p, t.norm) for t in tokens for p in self.lexicon.speakers)
        if not (named or speaks):
            return ""
        points_back = any(  # "the regulator said", "which the army denied": one named before
            t.norm in view.words("definite_articles")
            for t in self.tokens[first:end]
            if t.start < tokens[0].start
        )
        if self._unnamed_members(tokens) or not (named or points_back):
            # "the rebels said", "a military officer said", "according to a relief committee"
            return _ANONYMOUS + phrase
        return phrase
