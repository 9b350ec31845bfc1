"""What an event is about: the category its cue words decide, and those cues.

Each cue found in the sentence adds its weight to its category: a cue the date
qualifies ("the August 14 earthquake", "Monday's trading") names the event and counts
most, then a cue in the clause that tells the event (for a relative clause, with the
noun it hangs on: "the ceasefire, which began on Tuesday"), one in a neighbouring clause
less, one elsewhere in the sentence least; so does one naming the happening a "since"
before the date bounds it ("returned for the first time since the war began"). Cue matches
never overlap (the longest wins:
"peace talks" counts once); cues inside the date expression are not counted, and those
inside a quotation that does not hold the date count least: the date then dates the saying,
and what is quoted says what the statement is about, its topic ("“condemned these
attacks”") less.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from timeline.actors import entity_words
from timeline.document import Token
from timeline.gazetteer import key
from timeline.locations import load_entity_lexicon
from timeline.model import CATEGORIES, Category
from timeline.names import dates_the_reaction
from timeline.sentence import (
    NAMED_OBJECT_WORDS,
    CueMatch,
    DateClause,
    SentenceView,
    Span,
    is_anchor_clause,
)
from timeline.text import squash

Readings = frozenset[tuple[Category, Category]]  # (a story's category, the event's then)

QUALIFIED_WORDS = 3  # words after a date that may name what it dates ("Saturday's double blasts")
SPEAKER_WORDS = 2  # words after a cue before a verb of saying ("the aid agency said")
ASIDE_WORDS = 15  # words of a relative clause between a speaker and its verb of saying
SPEAKER_PHRASE_WORDS = 8  # words of a speaker after a verb of saying ("said the head of ...")
TAG_LISTENER_WORDS = 3  # words after a tag's verb of saying ("told the state radio")
BOUND_WORDS = 12  # words after "since" that may name the happening bounding the event
VENUE_WORDS = 5  # words of a venue after its venue word ("in | his nightly video address")
STATEMENT_WORDS = 4  # words between a statement and "on" its topic ("briefed the Council on")
CHARGE_WORDS = 8  # words of the accused before what they are charged with
SUBJECT_WORDS = 10  # words of the subject of what is said ("that Israel's attack on ... should")
# an act of war only judged or reacted to is a stance towards the side that did it
REACTED_TO: Category = "battlefield"
REACTION: Category = "diplomatic"
# ... unless what the stance says is about affairs at home ("said troops would be sent in
# if the riots went on"): then it is a domestic message
HOME: Category = "political"
# who tells of it as fighters or as those it befell, not as a side taking a stance
WITNESSES: frozenset[Category] = frozenset({"battlefield", "humanitarian"})


def categorize(clause: DateClause, language: str) -> tuple[Category, tuple[str, ...], Readings]:
    """The best-scoring category and its cues, strongest first (``other`` when none), and
    what it may yield to its story: the readings every deciding cue allows
    (see :func:`_readings`: weak cues, a place hit or people injured, in their senses, "hit"
    is a disaster's when a storm is told; any cue in a sense its story may give it)."""
    view = clause.view
    mention = clause.mention
    mention_in_quote = any(s <= mention.char_start < e for s, e in view.quotes)
    candidates = []
    for match in view.cues:
        start, end = view.tokens[match.first].start, view.tokens[match.last].end
        if mention.char_start <= start < clause.anchor_end:
            continue
        if _is_calendar_name(view, match.first):
            continue  # "from March 21": the month, not a march
        across = match.across
        if across is not None and not (
            across[0] < mention.char_end and mention.char_start < across[1]
        ):
            continue  # "spoke today with ... the August 14 quake": today's cue, not August's
        if match.sense in view.words("calling_verbs") and _named_by_calling(view, match.first):
            match = replace(match, category=match.cue.category, sense="")
        candidates.append((start, end, match))
    named = _qualified_spans(clause)
    # longest first, but a verb phrase that holds the noun a date names yields to that
    # noun ("violating the truce | reached on Sunday": the truce)
    candidates.sort(key=lambda c: (_holds_named(view, c[0], c[1], named), c[0] - c[1], c[0]))
    taken: list[tuple[int, int, CueMatch]] = []
    for start, end, match in candidates:
        if not any(start < e and s < end for s, e, _ in taken):
            taken.append((start, end, match))
    taken.sort(key=lambda c: c[0])
    quoted: set[int] = set()  # never the predicate nor the word a date names
    if not mention_in_quote:
        quoted = {start for start, _, _ in taken if any(s <= start < e for s, e in view.quotes)}
        # the tail of a quotation opened in an earlier sentence is no whole statement
        carried = [(s, e) for s, e in view.quotes if s < view.start]
        taken = [cue for cue in taken if not any(s <= cue[0] < e for s, e in carried)]
    weights = view.lexicon.weights
    # who speaks is not what happened ("the army said"): it counts least
    speakers = {
        start
        for start, _, match in taken
        if _is_speaker(view, match.first, match.last, clause)
        and not any(s <= start < e for s, e in named)
    }
    # where or how the subject acted, set off before its verb ("The minister, at a news
    # conference on Sunday, announced sanctions"), is no more than who speaks
    set_off = clause.set_off()
    if set_off is not None:
        speakers |= {start for start, _, _ in taken if set_off[0] <= start < set_off[1]}
    # so is the statement a phrase opening the sentence names ("In a televised address on
    # Sunday, | the president announced sanctions"): what is said tells the event
    if clause.opens_on_statement():
        venue = clause.clauses[0]
        speakers |= {start for start, _, _ in taken if venue[0] <= start < venue[1]}
    # and where or to whom a verb of saying says it ("said in a televised address",
    # "told a news conference"): the venue of a statement, not what it tells
    settings = _speech_settings(clause)
    speakers |= {start for start, _, _ in taken if any(s <= start < e for s, e in settings)}
    tagged = _is_tag(clause)
    if tagged:  # "..., the state broadcaster and two newspapers reported on Sunday"
        speakers |= {start for start, _, _ in taken if clause.in_home(start)}
    quoted |= speakers
    # so is a description set off beside a subject ("Kherson, a port city devastated by
    # floods, was shelled"): it tells what the subject is, not what happened
    bounds = [*_bounding_spans(clause), *clause.appositions()]
    bounding = {start for start, _, _ in taken if any(s <= start < e for s, e in bounds)}
    qualified = next(
        (
            start
            for start, _, match in taken
            if not match.cue.weak and start not in quoted and any(s <= start < e for s, e in named)
        ),
        None,
    )
    # a tag ("..., the army said on Sunday") is about the sentence it closes
    telling = (clause.clauses[0][0], clause.home[1]) if tagged else _telling_span(clause)
    told = [
        start
        for start, _, match in taken
        if not match.cue.weak and start not in quoted and start not in bounding
    ]
    judging_dated = _dates_the_judging(clause, telling, language)
    topic = min(
        _topic_start(clause, telling, told, judging_dated), _relative_start(clause, telling)
    )
    described = _described_noun_start(clause)
    subject = (
        telling[0]
        if tagged
        else max(
            clause.subordinate_start(telling),
            _relative_noun_start(clause, telling),
            _related_start(clause, telling),
            described,
        )
    )
    if telling[0] < described and topic < described:
        # a topic opener before the noun a relative clause describes is the main clause's
        # ("protested against the war, which began in 2022": the war began)
        topic = telling[1]
    subordinate = clause.subordinate_start(telling)
    if telling[0] < subordinate and topic < subordinate:
        # ... and so is one before a subordinate clause that holds the date ("launched a
        # war against the rebels after he took office in 2022": he took office)
        topic = telling[1]
    acts = [(s, e) for s, e, match in taken if match.category == REACTED_TO and not match.cue.weak]
    judged = _judged_start(clause, telling, acts)
    topic = min(topic, judged)
    topic_end = _judgement_start(clause, topic, telling)
    # a verb about something the date dates ("On Sunday, the bloc condemned the shelling")
    # is what happened, however weak a cue it is elsewhere
    judged_objects = {start for start, _, match in taken if _named_by_calling(view, match.first)}
    predicate = next(
        (
            start
            for start, _, match in taken
            if (not match.cue.weak or _opens_topic(view, match, topic))
            and start not in quoted
            and start not in judged_objects
            and start not in bounding
            and subject <= start < topic
        ),
        None,
    )
    # an accusation is told by the act it charges ("accused Kyiv on Tuesday | of shelling
    # the port"): the first cue of that act is the predicate; the accusing and who accuses,
    # by the kind its name tells ("the foreign minister accused"), count as the clause
    charge = _charge_start(clause, predicate, topic, language)
    if charge is not None:
        charged = next(
            (
                start
                for start, _, match in taken
                if not match.cue.weak
                and not match.sense  # "accused the army of genocide": a charge's word
                and start not in quoted
                and start not in judged_objects
                and start not in bounding
                and charge <= start < topic
            ),
            None,
        )
        if charged is not None:
            accusers = {
                start
                for start, _, match in taken
                if start in speakers
                and start < charge
                and _is_speaker(view, match.first, match.last, clause)
            }
            speakers -= accusers
            quoted -= accusers
            predicate = charged
    scores: dict[Category, float] = {}
    found: dict[Category, dict[str, tuple[float, int]]] = {}
    for start, end, match in taken:
        category = match.category
        if start in speakers:
            weight = weights["sentence"] * weights["weak"]
        elif start in quoted:
            weight = weights["quoted"] * (weights["weak"] if match.cue.weak else 1.0)
            if topic <= start < topic_end:  # "condemned these attacks", quoted
                weight *= weights["topic"] / weights["clause"]
        elif start in bounding:  # "since the war began": another happening, a bound
            weight = weights["sentence"] * (weights["weak"] if match.cue.weak else 1.0)
        elif start == qualified:
            weight = weights["qualified"]
        elif start in judged_objects:  # "called the strike \"horrible\"": what is judged
            weight = weights["topic"] * (weights["weak"] if match.cue.weak else 1.0)
        elif start == predicate:
            weight = weights["predicate"]
        else:
            if topic <= start < topic_end:
                weight = weights["topic"]
            elif telling[0] <= start < subject:  # the main clause around a subordinate one
                weight = weights["neighbour_clause"]
            else:
                weight = _weight(clause, telling, start)
            weight *= weights["weak"] if match.cue.weak else 1.0
        surface = squash(view.text[start:end]).lower()
        if match.sense:
            surface += f" ({match.sense})"  # the word that gave the cue its sense
        scores[category] = scores.get(category, 0.0) + weight
        cues = found.setdefault(category, {})
        cues[surface] = min(cues.get(surface, (0.0, 0)), (-weight, start))
    if not scores:
        return "other", (), frozenset()
    best = max(scores, key=lambda c: (scores[c], -CATEGORIES.index(c)))
    ranked = sorted(found[best], key=found[best].__getitem__)  # strongest, then first
    if best == REACTED_TO and qualified is None and _tells_home_chamber(clause):
        # fighting a government tells its own parliament of, the date dating the telling
        # ("told lawmakers on Sunday that the operations would go on"): a message at home
        return HOME, tuple(ranked), frozenset()
    if best == REACTED_TO and qualified is None:
        witnessed = bool(speakers & {s for s, _, m in taken if m.category in WITNESSES})
        fighting = [start for start, _, match in taken if match.category == best]
        said: int | None = topic  # where what the stance is about starts
        if not (
            (mention.char_start < topic or judging_dated)
            and _reacts(clause, (telling[0], topic), fighting, witnessed, judged == topic)
        ):
            # fighting that will or may be done, as what is said on the date ("said on
            # Sunday its troops could cross the border"): a threat or an intention, a
            # stance as what is judged is
            said = _foretold_start(clause, telling, acts, fighting)
            if not (
                mention.char_start < said < telling[1]
                and _reacts(clause, (telling[0], said), fighting, witnessed, True)
            ):
                said = None
        if said is not None:
            home = any(said <= s < telling[1] and m.category == HOME for s, _, m in taken)
            return HOME if home else REACTION, tuple(ranked), frozenset()
    if best == REACTION and ranked and _visit_at_home(view, ranked[0], language):
        return HOME, tuple(ranked), frozenset()
    deciding = [(start, match) for start, _, match in taken if match.category == best]
    # talks and stances told with a state named are between states, whatever the story
    abroad = best == REACTION and _names_a_state(view.tokens, language)
    readings = (_readings(view, match, start == predicate, abroad) for start, match in deciding)
    return best, tuple(ranked), frozenset.intersection(*readings)


def _tells_home_chamber(clause: DateClause) -> bool:
    """True when the date follows a verb of telling and its listener, a chamber at home,
    and "that" opens what is told right after the date ("told lawmakers in October that
    ...", "told Congress on Sunday that ..."): the date dates a message to the country's
    own legislature. Not "told reporters on Sunday that ...", nor "told parliament that
    troops shelled the camp on Sunday" (the date dates what is told)."""
    view = clause.view
    mention = clause.mention
    tokens = view.tokens
    date = bisect_left(view.starts, mention.char_start)
    after = bisect_left(view.starts, mention.char_end)
    if date < 2 or after >= len(tokens) or tokens[after].norm != "that":
        return False
    listener = date - 1
    if tokens[listener].norm in view.words("date_prepositions"):
        listener -= 1  # "told lawmakers in | October"
    if tokens[listener].norm not in view.words("home_chambers"):
        return False
    verb = listener - 1
    if tokens[verb].norm in view.words("determiners"):
        verb -= 1
    return verb >= 0 and tokens[verb].norm in view.words("telling_verbs")


def _visit_at_home(view: SentenceView, cue: str, language: str) -> bool:
    """Whether the strongest cue ``cue`` is a visit and the sentence brings no other state
    into sight: no state, people, capital or body of states named, no envoy, no border
    ("the prime minister visited the flood-hit town"): a leader's business at home."""
    if cue not in view.words("visit_words"):
        return False
    tokens = view.tokens
    pronouns = view.words("visitor_pronouns")
    pronoun = next((i for i, t in enumerate(tokens) if t.norm in pronouns), None)
    if pronoun is not None and not any(
        tokens[i].is_capitalized and not _is_calendar_name(view, i) for i in range(1, pronoun)
    ):
        # a visitor the sentence names no one for is whom the sentence before tells of
        document = view.document
        at = bisect_left(document.sentence_starts, view.start)
        if at > 0:
            tokens = (*document.tokens_in(*document.sentences[at - 1]), *tokens)
    foreign = view.words("foreign_words")
    # a foreign word that "of" follows names what it holds ("a state of calamity", "the
    # capital of the province"): a foreign state that holds is named in its own right
    following = (*(token.norm for token in tokens[1:]), "")
    pairs = zip(tokens, following, strict=True)
    if any(token.norm in foreign and after != "of" for token, after in pairs):
        return False
    return not _names_a_state(tokens, language)


NAME_WORDS = 5  # words of the longest name of a state, a capital or a body of states


def _names_a_state(tokens: Sequence[Token], language: str) -> bool:
    """Whether ``tokens`` name a state, its people, a capital or a body of states, each
    written with a capital ("Germany", "French", "Nairobi", "the UN")."""
    lexicon = load_entity_lexicon(language)
    known = (lexicon.country_names, lexicon.demonyms, lexicon.capitals, lexicon.organizations)
    for first, token in enumerate(tokens):
        if not token.is_capitalized:
            continue
        for last in range(first, min(first + NAME_WORDS, len(tokens))):
            name = key(" ".join(t.norm for t in tokens[first : last + 1]))
            if any(name in names for names in known):
                return True
    return False


def _charge_start(
    clause: DateClause, predicate: int | None, topic: int, language: str
) -> int | None:
    """Where the act starts that a verb of accusing at ``predicate`` charges its object
    with, opened by a word of ``accusation_links`` after the accused ("accused Kyiv on
    Tuesday | of shelling the port", "blamed the army | for the raid"): the accusation
    claims that act, and a claim about the front is the front's. None for any other
    predicate, for an accusation whose cue takes a sense at home ("the opposition accused
    the government of rigging the vote": a charge between parties is politics itself), and
    for one with no word for the accused ("soldiers accused of looting")."""
    view = clause.view
    index = None if predicate is None else view.index_at(predicate)
    if index is None or view.tokens[index].norm not in entity_words(language, "accusation_verbs"):
        return None
    if view.lexicon.stance_of.get(view.tokens[index].norm) != "asserted" or any(
        match.sense and view.tokens[match.first].start == predicate for match in view.cues
    ):
        return None  # "charged him with murder": a court's act, told as one
    links = entity_words(language, "accusation_links")
    for after in range(index + 2, min(index + 1 + CHARGE_WORDS, len(view.tokens) - 1)):
        token = view.tokens[after]
        if token.start >= topic or view.break_before(after):
            return None
        if token.norm in links:
            return view.tokens[after + 1].start
    return None


def _reacts(
    clause: DateClause, before: Span, cues: Sequence[int], witnessed: bool, judged: bool
) -> bool:
    """True when the clause only reacts to the happening its cues (at ``cues``) tell: its
    topic is what a statement judges (``judged``, see :func:`_judged_start`) or a word of
    condemnation, feeling or response stands ``before`` the topic or opens it; no cue stands
    before the topic, and no speaker is named as fighting or suffering (``witnessed``):
    "condemned the raid as an escalation", "said the strikes were illegal", "was not happy
    with the strikes"; not "the army said the strikes were a success", "residents said the
    shelling was the heaviest yet", "lauded the success of the strike"."""
    view = clause.view
    left, topic = before
    if topic >= clause.home[1] or witnessed or any(left <= c < topic for c in cues):
        return False
    if judged:
        return True
    indices = list(view.span_indices(left, topic))
    opening = view.index_at(topic)
    if opening is not None:
        indices.append(opening)
    return any(view.reacts(i, "stance") for i in indices)


def _judged_start(clause: DateClause, telling: Span, cues: Sequence[Span]) -> int:
    """Where what a verb of saying introduces starts when it judges a happening rather
    than reports it: its subject's head is in a cue that tells an act of war (of ``cues``;
    not "its fighters were still present", "these claims were false") and is followed by a form
    of "be" that makes no passive or progressive, or by a modal of obligation ("said on
    Sunday the strikes were an act of self-defence", "that the bombing of the hospital
    must not go unpunished"; not "said the town was captured", "the toll from the strikes
    was 40"). The end of the clause when there is none."""
    view = clause.view
    said = _said_verb(clause, telling)
    if said is None or _foretells(view, said[1]):
        return telling[1]
    first, index, _ = said
    if not _subject_is_act(view, said, cues) or any(
        s <= view.tokens[first].start < e for s, e in view.quotes
    ):  # what a quotation says is the speaker's own words: see the quoted weight
        return telling[1]
    if view.tokens[index].norm in view.words("be_forms"):
        word = _word_after(view, index, view.span_indices(*telling).stop)
        if word.endswith(("ed", "ing")) or word in view.words("participles") or word[:1].isdigit():
            return telling[1]  # "was captured", "was going well", "was 40": what happened
    return view.tokens[first].start


def _subject_is_act(
    view: SentenceView, said: tuple[int, int, int | None], cues: Sequence[Span]
) -> bool:
    """True when the head of the subject of what is said (``said``, see :func:`_said_verb`)
    stands in a cue of ``cues`` ("said | the strikes | were", "that | the bombing | of the
    hospital must"), with a noun before it that it compounds with ("the missile |
    launches"), or what a word for a report or a run of acts tells of ("the reports of |
    atrocities", "the two nights of | strikes")."""
    first, index, head = said
    verb = index
    while verb > first and view.tokens[verb - 1].norm in view.lexicon.auxiliaries:
        verb -= 1  # "the strike | had crossed"
    head = verb - 1 if head is None else head
    if head < first:
        return False
    stopwords = view.words("stopwords")
    heads = [i for i in (head - 1, head) if i == head or view.tokens[i].norm not in stopwords]
    if view.tokens[head].norm in view.words("report_nouns") | view.words("measure_nouns"):
        heads.append(verb - 1)
    return any(s <= view.tokens[i].start < e for s, e in cues for i in heads if i >= first)


def _word_after(view: SentenceView, index: int, stop: int) -> str:
    """The first word after word ``index`` and the adverbs of ``judged_adverbs`` after it
    ("was | not | captured"), before word ``stop``; "" when there is none."""
    after = index + 1
    while after < stop and view.tokens[after].norm in view.words("judged_adverbs"):
        after += 1
    return view.tokens[after].norm if after < stop else ""


def _foretold_start(
    clause: DateClause, telling: Span, acts: Sequence[Span], fighting: Sequence[int]
) -> int:
    """Where what someone says they will or may do starts, when a cue of fighting (at
    ``fighting``; who fights included) stands in it: a threat or an intention. That is
    what a verb of saying introduces when a modal after its subject tells it
    (:func:`_foretells`: "said on Sunday its troops could cross the border at any moment",
    "said any attack would be met with force"), or a modal of obligation tells it, a demand
    (:func:`_demands`: "said on Sunday the rebels must halt their advance"), not a forecast
    of what an act of war (of ``acts``) will do ("said the fighting could force thousands
    from their homes") nor "said the strike may have killed 40" (what may have been done);
    or the infinitive a
    verb of commitment takes ("vowed on Monday | to retake the town"). Not a quotation
    (the speaker's own words). The end of the clause when there is none."""
    view = clause.view
    said = _said_verb(clause, telling)
    if (
        said is not None
        and said[0] < said[1]
        and (_foretells(view, said[1]) or _demands(view, said[1]))
    ):
        stop = view.span_indices(*telling).stop
        passive = _word_after(view, said[1], stop) in view.words("be_forms") and _word_after(
            view, said[1] + 1, stop
        ).endswith("ed")
        if _subject_is_act(view, said, acts) and not passive:
            return telling[1]  # "the fighting could force ...", but "any attack would be met"
        start = view.tokens[said[0]].start
    else:
        start = _committed_start(clause, telling)
    if any(s <= start < e for s, e in view.quotes) or not any(
        start <= cue < telling[1] for cue in fighting
    ):
        return telling[1]
    return start


def _committed_start(clause: DateClause, telling: Span) -> int:
    """Where the infinitive starts that a verb of commitment (``commitment_verbs``) takes
    in ``telling``, the date aside ("vowed on Monday | to retake the town", "pledged | to
    keep fighting"); the end of the clause when there is none."""
    view = clause.view
    mention = clause.mention
    indices = view.span_indices(*telling)
    for index in indices:
        if view.tokens[index].norm not in view.words("commitment_verbs"):
            continue
        after = index + 1
        while after < indices.stop and (
            mention.char_start <= view.tokens[after].start < mention.char_end
            or view.tokens[after].norm in view.words("date_prepositions")
        ):
            after += 1
        if after < indices.stop and view.tokens[after].norm == "to":
            return view.tokens[after].start
    return telling[1]


def _said_verb(clause: DateClause, telling: Span) -> tuple[int, int, int | None] | None:
    """In what a verb of saying in ``telling`` introduces, the indices of its first word,
    of the verb after its subject (a form of "be", a modal of ``judging_modals`` or
    :func:`_foretells`, a verb of ``judging_verbs``) and of the head of that subject when
    a preposition follows it ("the bombing | of the hospital"); None when there is no verb
    of saying, or no such verb in the :data:`SUBJECT_WORDS` words after it."""
    view = clause.view
    indices = view.span_indices(*telling)
    mention = clause.mention
    saying = next(
        (i for i in indices if view.lexicon.stance_of.get(view.tokens[i].norm) == "asserted"),
        None,
    )
    if saying is None:
        return None
    first = saying + 1
    date_first = bisect_left(view.starts, mention.char_start)
    if first < date_first and all(
        view.tokens[i].norm in view.words("date_prepositions") for i in range(first, date_first)
    ):
        first = date_first
    if first == date_first:  # "said on Sunday | the strikes were ..."
        first = bisect_left(view.starts, mention.char_end)
    if first < indices.stop and view.tokens[first].norm == "that":
        first += 1
    be, modals = view.words("be_forms"), view.words("judging_modals")
    judging, prepositions = view.words("judging_verbs"), view.words("prepositions")
    head = None
    index = first
    while index < min(first + SUBJECT_WORDS, indices.stop - 1):
        token = view.tokens[index]
        if mention.char_start <= token.start < mention.char_end or token.norm == "that":
            # "said at a news conference on Sunday that | the strikes were ..."
            first, head = index + 1, None
        elif index > first and view.break_before(index):
            return None
        elif (
            token.norm in be
            or token.norm in modals
            or token.norm in judging
            or _foretells(view, index)
        ):
            return first, index, head
        elif head is None and index > first and token.norm in prepositions:
            head = index - 1  # "the bombing | of the hospital"
        index += 1
    return None


def _foretells(view: SentenceView, index: int) -> bool:
    """True when word ``index`` is a modal that tells what will or may be done ("would",
    "could", "will"), not what may have been done ("may have killed"): the clause it heads
    tells no happening."""
    if view.tokens[index].norm not in view.words("foretelling_modals"):
        return False
    word = _word_after(view, index, len(view.tokens))
    return bool(word) and word not in view.words("perfect_have")


def _demands(view: SentenceView, index: int) -> bool:
    """True when word ``index`` is a modal of obligation that tells what is to be done
    ("must", "should"), not what must have been done ("must have fled")."""
    if view.tokens[index].norm not in view.words("judging_modals"):
        return False
    return _word_after(view, index, len(view.tokens)) not in view.words("perfect_have")


def _readings(
    view: SentenceView, match: CueMatch, predicate: bool, abroad: bool = False
) -> Readings:
    """How a cue may be read from its story, as ``(story's category, reading)`` pairs: in
    the senses its story may give it ("clashes" is a protest's in a story of protests; a
    strike told alone is a labour dispute in a story of politics or of pay; "accused" is a
    domestic quarrel in a story of politics, unless the sentence names a state: ``abroad``)
    when no context word gave it one; and for a weak cue that is not the predicate, in any
    story's category for one that names only who acts or suffers, or where ("students",
    "hospital"), else in those its senses give it ("hit" is a disaster's near a storm)."""
    senses = view.lexicon.senses_of(view.tokens[match.first].norm)
    told = frozenset(
        (story, sense.category)
        for sense in senses
        if sense.category
        and not match.sense
        and not (abroad and match.category == REACTION and sense.category == HOME)
        for story in sense.story
    )
    if not match.cue.weak or predicate:
        return told
    if match.cue.people:
        return frozenset((category, category) for category in CATEGORIES)
    return told | frozenset((s.category, s.category) for s in senses if s.category)


def _qualified_spans(clause: DateClause) -> tuple[Span, ...]:
    """Where the words a date names stand: the noun phrase it qualifies ("the 2011
    hijacking", "Friday's meeting", "the June 18 terrorist attack": up to three words
    after the date, to the first function word) and the noun before a participle the
    date follows ("the agreement signed on January 23", "the war, started in 2023,"),
    then that participle after a preposition's object ("the release of those detained on
    Thursday").

    A date qualifies what follows when it is possessive, or follows a determiner and is
    followed by a word with no punctuation between; "on Sunday troops ..." qualifies
    nothing.
    """
    view = clause.view
    mention = clause.mention
    spans = []
    index = bisect_left(view.starts, mention.char_end)
    first = bisect_left(view.starts, mention.char_start)
    # a year is set off by commas inside the phrase ("the October 7, 2023, attacks")
    year_set_off = (
        view.text[mention.char_end - 4 : mention.char_end].isdigit()
        and index < len(view.tokens)
        and view.text[mention.char_end : view.tokens[index].start].strip() == ","
    )
    if 0 < index < len(view.tokens) and (not view.break_before(index) or year_set_off):
        last = view.tokens[index - 1]  # the date's last word, possessive included
        possessive = last.end > mention.char_end and last.text.endswith(("'s", "’s"))
        determined = first > 0 and view.tokens[first - 1].norm in view.words("determiners")
        if possessive or (determined and last.end == mention.char_end):
            end = index
            stopwords = view.words("stopwords")
            while (
                end < min(index + QUALIFIED_WORDS, len(view.tokens))
                and view.tokens[end].norm not in stopwords
                and (end == index or not view.break_before(end))
            ):
                end += 1
            spans.append((view.tokens[index].start, view.tokens[end - 1].end))
    if (
        first > 0
        and not view.break_before(first)
        and (view.tokens[first - 1].norm in view.words("date_prepositions"))
    ):
        first -= 1  # "signed on January 23" with the date read as "January 23"
    if first >= 2 and not view.break_before(first):
        verb = view.tokens[first - 1].norm
        noun = view.tokens[first - 2]
        # the participle may be set off after its noun ("the war, started in 2023, has ...")
        set_off = view.break_before(first - 1) and noun.norm not in view.words("stopwords")
        if (verb.endswith("ed") or verb in view.words("participles")) and (
            set_off or not view.break_before(first - 1)
        ):
            spans.append((noun.start, noun.end))
            if _object_of_preposition(view, first - 2):
                # failing the noun, the participle names the happening ("the release of
                # those detained on Thursday": the detention); not a verb after its subject
                participle = view.tokens[first - 1]
                spans.append((participle.start, participle.end))
    return tuple(spans)


def _bounding_spans(clause: DateClause) -> tuple[Span, ...]:
    """Where a phrase opened by a word such as "since" names a happening that only bounds
    the event ("returned for the first time since the war began"): up to
    :data:`BOUND_WORDS` words, to the first punctuation. A phrase holding the date is left
    out: the date dates the happening it names ("fled since the shelling began on Sunday").
    """
    view = clause.view
    mention = clause.mention
    openers = view.words("bound_openers")
    spans = []
    for index, token in enumerate(view.tokens):
        if token.norm not in openers:
            continue
        end = index + 1
        while end < len(view.tokens) and end - index <= BOUND_WORDS and not view.break_before(end):
            end += 1
        left, right = token.start, view.tokens[end - 1].end
        if not (left < mention.char_end and mention.char_start < right):
            spans.append((left, right))
    return tuple(spans)


def _object_of_preposition(view: SentenceView, noun: int) -> bool:
    """True when the noun phrase ending at token ``noun`` follows a preposition ("of |
    the | activists"), so a participle after it describes it rather than tells its act."""
    index = noun - 1
    while (
        index >= 0 and noun - index <= 2 and view.tokens[index].norm in view.words("noun_openers")
    ):
        index -= 1
    return index >= 0 and view.tokens[index].norm in view.words("prepositions")


def _holds_named(view: SentenceView, start: int, end: int, named: Sequence[Span]) -> bool:
    """True when the words from ``start`` to ``end`` end on a span a date names, after a
    function word ("violating the | truce"), not as one compound ("Security | Council")."""
    stopwords = view.words("stopwords")
    return any(
        start < s and e == end and any(t.norm in stopwords for t in view.in_span(start, s))
        for s, e in named
    )


def _is_calendar_name(view: SentenceView, index: int) -> bool:
    """A capitalised month or weekday name inside a sentence ("March", "May")."""
    token = view.tokens[index]
    return index > 0 and token.is_capitalized and token.norm in view.lexicon.not_places


def _is_speaker(view: SentenceView, first: int, last: int, clause: DateClause) -> bool:
    """A word of the noun phrase right before a verb of saying is who speaks ("the army
    said", "the aid agency said"): up to two more content words, then auxiliaries. So is
    one in the words after a verb of saying that opens a clause ("..., said a spokesman
    for the aid agency on Sunday")."""
    return _speaks_before_saying(view, last) or _speaks_after_saying(view, first, clause)


def _speaks_after_saying(view: SentenceView, first: int, clause: DateClause) -> bool:
    """The cue starting at word ``first`` stands in the words that end the sentence after a
    verb of saying opening a clause: "..., said a spokesman for the aid agency on Sunday";
    not "..., said rebels attacked the town on Sunday", where they are what is said."""
    saying = next(
        (
            position - 1
            for position in range(first, max(first - SPEAKER_PHRASE_WORDS, 0), -1)
            if view.tokens[position - 1].norm in view.lexicon.stance_of
        ),
        None,
    )
    if saying is None or not view.break_before(saying):
        return False
    said = [view.words(name) for name in ("finite_starts", "participles", "said_clause_words")]
    mention = clause.mention
    words = [
        token
        for token in view.tokens[saying + 1 :]
        if not mention.char_start <= token.start < mention.char_end
    ]
    return len(words) <= SPEAKER_PHRASE_WORDS + 2 and not any(
        any(token.norm in words for words in said)
        or (token.norm.endswith("ed") and not token.is_capitalized)
        for token in words
    )


def _speaks_before_saying(view: SentenceView, index: int) -> bool:
    """True when the word at ``index`` stands in the noun phrase right before a verb of
    saying, past a relative clause set off by commas ("the Humanitarian Research Centre,
    which has tracked the war for years, said"); not before a passive one ("a ceasefire
    was announced"), whose noun is what is said."""
    stopwords = view.words("stopwords")
    tokens = view.tokens
    nouns = 0
    position = index + 1
    while position < len(tokens):
        token = tokens[position]
        gap = view.text[tokens[position - 1].end : token.start]
        if "(" in gap:  # "the Research Centre (HRC), which ...": brackets hold its short name
            position = next(
                (
                    k
                    for k in range(position + 1, min(position + SPEAKER_WORDS + 2, len(tokens)))
                    if ")" in view.text[tokens[k - 1].end : tokens[k].start]
                ),
                len(tokens),
            )
            continue
        if token.norm in view.lexicon.stance_of:
            # "a ceasefire was announced": what is said, not who says it
            return tokens[position - 1].norm not in view.words("passive_auxiliaries")
        broken = view.break_before(position) and bool(gap.replace(")", "").strip())
        if broken and token.norm in view.words("relatives"):
            closing = next(
                (
                    k
                    for k in range(position + 1, min(position + ASIDE_WORDS, len(view.tokens)))
                    if view.break_before(k)
                ),
                None,
            )
            return closing is not None and view.tokens[closing].norm in view.lexicon.stance_of
        if broken or token.norm in stopwords or nouns == SPEAKER_WORDS:
            return False
        nouns += token.norm not in view.lexicon.auxiliaries
        position += 1
    return False


def _named_by_calling(view: SentenceView, first: int) -> bool:
    """True when word ``first`` stands in the object of a verb of calling that names it
    ("called | the strike | \"horrible\"", "called | the strikes | an act of war"): the
    happening is judged there, not told, and a strike so named was not called by workers."""
    start = view.tokens[first].start
    for verb in range(first - 1, max(first - 1 - NAMED_OBJECT_WORDS, -1), -1):
        if view.tokens[verb].norm in view.words("calling_verbs"):
            complement = view.named_complement(verb)
            return complement is not None and start < complement
    return False


def _speech_settings(clause: DateClause) -> tuple[Span, ...]:
    """Where the phrases stand that say where or to whom a verb of saying or speaking said
    something: a venue word opening a noun phrase that ends on a word for a statement
    ("said | in his nightly video address", "speaking | at a news conference in Moscow"),
    or, after a verb of telling, such a noun phrase as the listener ("told | a press
    conference"); the date and its preposition may stand between ("said on Sunday | in a
    televised address"). Not "said the address was a provocation": no venue word."""
    view = clause.view
    mention = clause.mention
    tokens = view.tokens
    saying = view.words("speaking_verbs")
    venues, statements = view.words("speech_venues"), view.words("statement_nouns")
    telling = view.words("telling_verbs")
    spans = []
    for index, token in enumerate(tokens):
        if token.norm not in view.lexicon.stance_of and token.norm not in saying:
            continue
        first = index + 1
        while first < len(tokens) and (
            mention.char_start <= tokens[first].start < mention.char_end
            or (
                tokens[first].norm in view.words("date_prepositions")
                and first + 1 < len(tokens)
                and mention.char_start <= tokens[first + 1].start < mention.char_end
            )
        ):
            first += 1
        if first >= len(tokens):
            continue
        if tokens[first].norm in venues:
            opening = first + 1
        elif token.norm in telling:
            opening = first
        else:
            continue
        for last in range(opening, min(opening + VENUE_WORDS, len(tokens))):
            if last > first and view.break_before(last):
                break
            if tokens[last].norm in statements:
                spans.append((tokens[first].start, tokens[last].end))
                break
    return tuple(spans)


def _opens_topic(view: SentenceView, match: CueMatch, topic: int) -> bool:
    """The cue is a verb whose object, starting at ``topic``, is what it is about
    ("condemned | the shelling")."""
    after = match.last + 1
    return (
        after < len(view.tokens)
        and view.tokens[after].start == topic
        and view.reacts(match.last, "topic")
    )


def _relative_start(clause: DateClause, telling: Span) -> int:
    """Where a relative clause after the date starts ("met families of citizens that
    Hamas has killed", "an attack on a station which was used to evacuate civilians", "an
    air strike on a school on Sunday that was sheltering families"): it describes a noun,
    not the event. The end of the clause when there is none."""
    view = clause.view
    relatives = view.words("relatives")
    stopwords = view.words("stopwords")
    indices = view.span_indices(clause.mention.char_end, telling[1])
    for index in indices:
        token = view.tokens[index]
        before = view.tokens[index - 1]
        if before.end <= clause.mention.char_end:
            # right after the date, "that" with a verb describes the noun before the date
            # ("an air strike on a school on Sunday that was sheltering families"); with a
            # subject it is what is said ("said on Sunday that rebels had fled")
            if token.norm == "that" and _opens_on_verb(view, index + 1):
                return token.start
            continue
        if index == indices.start:
            continue
        if token.norm in relatives or (
            token.norm == "that"
            and before.norm not in stopwords
            and before.norm not in view.lexicon.stance_of
        ):
            return token.start
    return telling[1]


def _opens_on_verb(view: SentenceView, index: int) -> bool:
    """True when word ``index`` reads as a finite verb ("was", "killed")."""
    if index >= len(view.tokens):
        return False
    norm = view.tokens[index].norm
    return norm in view.words("finite_starts") or norm.endswith("ed")


def _word_back_from_date(
    clause: DateClause, telling: Span, words: frozenset[str]
) -> tuple[int, bool] | None:
    """The nearest token of ``words`` before the date in ``telling``, with no punctuation
    between, as its index and whether a content word stands between it and the date."""
    view = clause.view
    stopwords = view.words("stopwords")
    content = False
    for index in reversed(view.span_indices(telling[0], clause.mention.char_start)):
        token = view.tokens[index]
        if token.norm in words:
            return index, content
        if view.break_before(index):
            return None
        content |= token.norm not in stopwords
    return None


def _described_noun_start(clause: DateClause) -> int:
    """Where the noun phrase starts that a relative clause set off by a comma and holding
    the date describes ("Thousands fled the city, which was shelled on Sunday": the city
    was shelled): the date dates what that clause tells of its noun, not the verb before
    it. A clause telling that its noun began ("a blackout in the city, which began on
    Friday") describes a happening, not the place a preposition adds to it: the noun
    before that preposition. The sentence's start when there is no such clause or no
    noun (the clause before it ends on a function word)."""
    view = clause.view
    if clause.own == 0 or not _opens_relative(view, clause.clauses[clause.own]):
        return view.start
    before = view.span_indices(*clause.clauses[clause.own - 1])
    index = _noun_phrase_start(view, before.stop - 1, before.start)
    if index is None:
        return view.start
    if _tells_a_start(view, clause.clauses[clause.own]):
        head = index - 1  # the preposition: "blackout | in | the city"
        while head > before.start and view.tokens[head].norm in view.words("noun_openers"):
            head -= 1
        if head > before.start and view.tokens[head].norm in view.lexicon.place_prepositions:
            happening = _noun_phrase_start(view, head - 1, before.start)
            index = index if happening is None else happening
    return view.tokens[index].start


def _noun_phrase_start(view: SentenceView, last: int, first: int) -> int | None:
    """Index of the first word of the noun phrase ending at word ``last`` (up to
    :data:`QUALIFIED_WORDS` content words and a determiner, not before word ``first``);
    None when ``last`` is a function word or before ``first``."""
    stopwords = view.words("stopwords")
    index = last
    if index < first or view.tokens[index].norm in stopwords:
        return None
    while (
        index > first
        and last + 1 - index <= QUALIFIED_WORDS
        and view.tokens[index - 1].norm not in stopwords
    ):
        index -= 1
    if index > first and view.tokens[index - 1].norm in view.words("determiners"):
        index -= 1
    return index


def _tells_a_start(view: SentenceView, span: Span) -> bool:
    """True for a relative clause whose verb says its noun began (", which began",
    ", that erupted"): its noun is a happening."""
    words = view.in_span(*span)[1:3]
    return any(t.norm in view.words("start_verbs") for t in words)


def _relative_noun_start(clause: DateClause, telling: Span) -> int:
    """Where the noun starts that a restrictive relative clause holding the date describes
    ("accused of breaking a law | that took effect on Sunday": the law took effect): the
    date dates what that clause tells of its noun. The clause's start when there is none,
    or when "that" opens what is said ("said that rebels attacked on Sunday")."""
    view = clause.view
    found = _word_back_from_date(clause, telling, view.words("restrictive_relatives"))
    first = view.span_indices(telling[0], clause.mention.char_start).start
    if found is None or found[0] == first:
        return telling[0]
    index, content = found
    before = view.tokens[index - 1]
    if (
        content
        and not view.break_before(index)
        and before.norm not in view.words("stopwords")
        and before.norm not in view.lexicon.stance_of
    ):
        return before.start
    return telling[0]


def _related_start(clause: DateClause, telling: Span) -> int:
    """Where the happening starts that a verb relating two happenings names before the date
    ("the strike followed | talks in Geneva on Sunday": the talks), with words between; the
    clause's start when there is none, when the verb describes its subject ("fighting
    that followed the talks last week has killed dozens": the fighting) or stands in
    another clause ("the talks followed a truce, which was extended on Sunday")."""
    view = clause.view
    found = _word_back_from_date(clause, telling, view.words("relating_verbs"))
    if found is None:
        return telling[0]
    index, content = found
    described = view.tokens[index - 1].norm in view.words("restrictive_relatives")
    return view.tokens[index].start if content and not described else telling[0]


def _topic_start(
    clause: DateClause, telling: Span, told: Sequence[int], judging_dated: bool
) -> int:
    """Where the clause turns from what happened to what it is about or why.

    After its first word, a topic opener ("against", "over the", "for fear of", "to
    prevent") starts the topic: "protested against the war" is a protest, "sanctions over
    the invasion" are sanctions. So does the word after a verb whose object is what it is
    about ("condemned the attack", "urged both sides to halt the fighting"), when the date
    dates that verb rather than its object (``judging_dated``, see
    :func:`_dates_the_judging`; "condemned Sunday's attack" dates the attack); and "that"
    after a verb of saying, the date it dates and a cue ``told`` before it ("told the
    Security Council on Sunday that missiles had hit the city": a telling at the council,
    about the strike; with no such cue, what is said is what happened); and a word telling a
    cause after the date ("halted aid on Sunday after gunmen looted the depot": the looting
    is why). The end of the clause when there is none.
    """
    view = clause.view
    openers = view.lexicon.topic_openers
    indices = view.span_indices(*telling)
    norms = [view.tokens[i].norm for i in indices]
    date = bisect_left(view.starts, clause.mention.char_start)
    saying = False  # a verb of saying stands before the date
    charged = False  # a verb of a court or the police stands before the date
    for position in range(len(norms)):
        index = indices[position]
        saying |= index < date and norms[position] in view.lexicon.stance_of
        charged |= index < date and norms[position] in view.words("charge_verbs")
        start = view.tokens[index].start
        if charged and date < index and norms[position] in view.words("charge_openers"):
            return start  # "convicted two soldiers on Friday of killing civilians"
        if norms[position] in view.words("statement_topic_openers") and _after_statement(
            clause, index
        ):
            return start  # "briefed the Council on the famine", "a report on the floods"
        if saying and date < index and norms[position] == "that":
            if any(telling[0] <= cue < start for cue in told):
                return start  # "told the Security Council on Sunday that ..."
        if (
            position
            and date < index
            and norms[position] in view.words("causes_after_date")
            and not _participle_with_object(view, norms[position + 1 : position + 3])
        ):  # "halted aid on Sunday after gunmen looted the depot": why; not "said on Sunday
            return start  # they made progress after discussing the plan": what they did
        if (
            position + 1 < len(norms)
            # "condemned Sunday's attack" dates the attack; "Qatar condemned the attack on
            # Sunday" the condemning
            and (date < index or date <= index + 2 or judging_dated)
            and view.reacts(index, "topic")
        ):
            return view.tokens[index + 1].start
        for phrase in openers.get(norms[position], ()) if position else ():
            if tuple(norms[position : position + len(phrase)]) == phrase:
                return view.tokens[indices[position]].start
    return telling[1]


def _dates_the_judging(clause: DateClause, telling: Span, language: str) -> bool:
    """True when the date dates a verb of judging before it rather than the act it judges,
    as it does for who reacts and who claims (:func:`timeline.names.dates_the_reaction`):
    "Qatar condemned the strike on Sunday", "condemned the raid on Sunday as an
    escalation"; not "condemned Sunday's strike", "condemned the attack that killed ten on
    Sunday", "condemns the attack today"."""
    view = clause.view
    date = bisect_left(view.starts, clause.mention.char_start)
    verbs = [i for i in view.span_indices(*telling) if i < date and view.reacts(i, "calling")]
    return bool(verbs) and dates_the_reaction(clause, view.tokens[verbs[-1]].start, language)


def _after_statement(clause: DateClause, index: int) -> bool:
    """True when word ``index`` ("on") follows a word for a statement or a verb of telling
    and its listener, up to :data:`STATEMENT_WORDS` words back in the same phrase, the date
    aside ("a briefing | on", "briefed the Council on Monday | on"), and is not the date's
    own preposition ("a briefing on Monday")."""
    view = clause.view
    mention = clause.mention

    def in_date(i: int) -> bool:
        return mention.char_start <= view.tokens[i].start < mention.char_end

    following = index + 1
    if (
        in_date(index)
        or following >= len(view.tokens)
        or in_date(following)
        or _is_calendar_name(view, following)
        or view.tokens[following].norm[:1].isdigit()
    ):
        return False
    words = view.words("statement_nouns") | view.words("telling_verbs")
    seen = 0
    for back in range(index - 1, -1, -1):
        if view.break_before(back + 1):
            return False
        if in_date(back):
            continue
        if view.tokens[back].norm in words:
            return True
        seen += 1
        if seen >= STATEMENT_WORDS:
            return False
    return False


def _judgement_start(clause: DateClause, topic: int, telling: Span) -> int:
    """Where what a verb of judging calls its object starts ("described the strikes | as a
    violation of its sovereignty"): what the judgement says, not its topic; not a clause
    opened by "as" ("condemned the shelling as troops advanced"). The end of the clause
    when the topic follows no verb of judging or holds no such words."""
    view = clause.view
    first = view.index_at(topic)
    if first is None or first == 0:
        return telling[1]
    complement = view.named_complement(first - 1)
    if complement is not None:
        return complement  # "called the strike | a war crime"
    if not view.reacts(first - 1, "calling"):
        return telling[1]
    markers = view.words("judgement_markers")
    indices = view.span_indices(topic, telling[1])
    return next(
        (
            view.tokens[index].start
            for index in indices[:-1]
            if f"{view.tokens[index].norm} {view.tokens[index + 1].norm}" in markers
        ),
        telling[1],
    )


def _participle_with_object(view: SentenceView, norms: Sequence[str]) -> bool:
    """True when ``norms`` open on an -ing word followed by a determiner: a participle with
    its object ("discussing the plan"), not a noun ("looting by armed men")."""
    return len(norms) == 2 and norms[0].endswith("ing") and norms[1] in view.words("determiners")


def _weight(clause: DateClause, telling: Span, offset: int) -> float:
    """Clause of the date > the clauses next to it > the rest of the sentence.

    A neighbouring clause that only points to another event ("just days before the
    meeting") counts as the rest of the sentence.
    """
    view = clause.view
    weights = view.lexicon.weights
    left, right = telling
    if left <= offset < right:
        return weights["clause"]
    home = [i for i, (s, e) in enumerate(clause.clauses) if left <= s and e <= right]
    index = clause.clause_of(offset)
    before = home[0] - 1
    if before > 0 and _is_aside(view, clause.clauses[before]):
        if index == before:
            return weights["sentence"]
        before -= 1  # "Heavy fighting near the city, a major trade hub, forced ...": the fighting
    if (
        index is not None
        and index in (before, home[-1] + 1)
        and not is_anchor_clause(view, clause.clauses[index])
        and not (index == home[-1] + 1 and _opens_relative(view, clause.clauses[clause.own]))
    ):  # "X, who visited Kiir on Sunday, | said troops had killed 50": the noun's own verb
        return weights["neighbour_clause"]
    return weights["sentence"]


def _opens_relative(view: SentenceView, span: Span) -> bool:
    """True for a clause set off by a comma that opens on a relative word (", who visited
    the capital"): what comes after it is the verb of the noun it describes."""
    first = view.in_span(*span)[:1]
    return bool(first) and first[0].norm in view.words("relatives")


def _is_aside(view: SentenceView, span: Span) -> bool:
    """A noun phrase between commas saying what the noun before it is ("the city, a major
    trade hub, ..."): it describes, it tells nothing."""
    first = view.in_span(*span)[:1]
    return bool(first) and first[0].norm in view.words("determiners")


def _is_tag(clause: DateClause) -> bool:
    """True when the date's clause closes the sentence as a tag: who speaks and a verb of
    saying, with no more than a listener after it ("..., sources told reporters on Sunday",
    "..., said a spokesman for the army on Sunday"): the statement is what comes before."""
    view = clause.view
    left, right = clause.home
    # after it, only the sources it cites (", citing witnesses"), when it was said (",
    # less than a week after the attack") or what the statement was made despite or amid,
    # which is about what was stated (", despite the ceasefire")
    closing = [span for span in clause.clauses if span[0] >= right]
    if (
        clause.own == 0
        or left != clause.clauses[clause.own][0]
        or not all(
            _opens_on_citing(view, span)
            or is_anchor_clause(view, span)
            or _opens_on_topic(view, span)
            for span in closing
        )
    ):
        return False
    mention = clause.mention
    words = [
        t
        for t in view.in_span(left, right)
        if not mention.char_start <= t.start < mention.char_end
        and t.norm not in view.words("date_prepositions")
    ]
    saying = next(
        (i for i, t in enumerate(words) if view.lexicon.stance_of.get(t.norm) == "asserted"), None
    )
    if saying is None or (saying and words[saying - 1].norm in view.words("passive_auxiliaries")):
        return False  # "..., a ceasefire was announced today": what is said
    before, after = words[:saying], words[saying + 1 :]
    said = [view.words(name) for name in ("finite_starts", "participles", "said_clause_words")]
    if any(any(t.norm in w for w in said) or t.norm == "that" for t in after):
        return False
    if saying == 0:  # ", said a spokesman for the army on Sunday"
        return len(after) <= SPEAKER_PHRASE_WORDS + 2
    return len(before) <= SPEAKER_PHRASE_WORDS and len(after) <= TAG_LISTENER_WORDS


def _opens_on_topic(view: SentenceView, span: Span) -> bool:
    """True for a clause opening on a topic opener (", despite the truce", ", amid fears
    of an offensive"): background to the clause it follows, no happening told."""
    norms = [t.norm for t in view.in_span(*span)]
    return bool(norms) and any(
        tuple(norms[: len(phrase)]) == phrase
        for phrase in view.lexicon.topic_openers.get(norms[0], ())
    )


def _opens_on_citing(view: SentenceView, span: Span) -> bool:
    """True for a clause naming the sources of a statement (", citing witnesses")."""
    first = view.in_span(*span)[:1]
    return bool(first) and first[0].norm in view.words("citing_words")


def _telling_span(clause: DateClause) -> Span:
    """The clauses that tell the event: its home, or for a date in a relative clause
    ("the truce, which began on Sunday, ...") that clause and the noun it hangs on, or for
    a phrase set off after the subject that phrase and the verb after it, or for a verb
    after a relative clause set off beside the subject that verb's clause alone; a name set
    off after a subject with no verb runs on to the verb after it."""
    own_left, own_right = clause.clauses[clause.own]
    first = clause.view.in_span(own_left, own_right)[:1]
    if clause.own > 0 and first and first[0].norm in clause.view.words("relatives"):
        return clause.clauses[clause.own - 1][0], own_right
    if clause.after_relative_aside():  # "Henry, who was abroad ..., | resigned in April"
        return own_left, own_right
    if clause.set_off() is not None:  # "The minister, at a briefing on Sunday, | announced"
        return own_left, max(clause.home[1], clause.clauses[clause.own + 1][1])
    return clause.home_past_aside()
