"""Who claims a dated event: the speaker of the reporting verb that governs its date.

Every sentence is dated "on Sunday"; each table has cases where a rule must not fire.
"""

import pytest

from tests.test_events import SUNDAY, events_of, only_event


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # announcing something new is an act, not a claim
        ("The government announced a new appeals process for farmers on Sunday.", ""),
        ("The ministry on Sunday announced an additional $5 million in aid.", ""),
        ("The two states announced a joint fund for refugees on Sunday.", ""),
        # ... also a measure named without "a" or "new", and days of mourning
        ("The council announced tax relief for flooded homes on Sunday.", ""),
        ("The government announced emergency funding for farmers on Sunday.", ""),
        # an amount of money after a word of quantity, and aid, are given too
        ("The ministry on Sunday announced more than $5 million for flooded towns.", ""),
        ("The agency announced nearly €2 million in relief on Sunday.", ""),
        ("The Relief Agency (RA) on Sunday announced humanitarian assistance for the town.", ""),
        # negative: what "that" opens is said
        ("The Relief Agency (RA) announced on Sunday that aid would be sent.", "Relief Agency"),
        ("The president on Sunday declared three days of national mourning.", ""),
        ("The president declared Sunday a day of mourning.", ""),
        # negative: announcing what happened elsewhere, or that something happened, is a claim
        ("The ministry announced the capture of the village on Sunday.", "ministry"),
        ("The army announced on Sunday that it had retaken the bridge.", "army"),
        ("The group claimed on Sunday that it had downed a helicopter.", "group"),
        # declaring a rule of emergency, war or a truce, or announcing sanctions, is an act
        ("The president declared martial law on Sunday night.", ""),
        ("The governor on Sunday declared emergency rule in the province.", ""),
        ("The kingdom declared war on its neighbour on Sunday.", ""),
        ("The rebels declared a unilateral truce on Sunday.", ""),
        ("The bloc announced sanctions on three banks on Sunday.", ""),
        ("The White House announced tariffs on steel on Sunday.", ""),
        # negative: the measure is the subject of what is said, also after "the"
        ("The army announced on Sunday the truce had collapsed.", "army"),
        ("The mayor declared on Sunday the curfew was over.", "mayor"),
        ("The ministry said on Sunday the sanctions had failed.", "ministry"),
    ],
)
def test_announcing_a_measure_is_an_act_not_a_claim(text: str, claimed_by: str) -> None:
    expression = "on Sunday" if "on Sunday" in text else "Sunday"
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a title and its abbreviations stand before the name
        ("Troops left the base on Sunday, army spokesman Lt. Col. Ahmed Musa said.", "Ahmed Musa"),
        (
            "Two sailors died on Sunday, Navy spokesman Rear Adm. Jane Doe Okafor said.",
            "Jane Doe Okafor",
        ),
        ("Fighting resumed on Sunday, rebel spokeswoman Amina al-Hassan said.", "Amina al-Hassan"),
        # ... also a hyphenated one
        ("Fighting resumed on Sunday, Under-Secretary-General Ana Ruiz said.", "Ana Ruiz"),
        ("Under-Secretary-General Ana Ruiz briefed the Council on Sunday.", ""),
        # the speaker of an inverted verb follows it; a date before the comma is no speaker
        (
            "Fighting resumed on Sunday, said Amina al-Hassan, a rebel spokeswoman.",
            "Amina al-Hassan",
        ),
        ("Fighting resumed on Sunday, said a rebel spokeswoman.", ""),
        # an apposition between the speaker and the verb
        (
            "Mary Kone, a member of the council, told reporters the bridge fell on Sunday.",
            "Mary Kone",
        ),
        # ... also a title owned by a state or body
        ("The bridge fell on Sunday, Mary Kone, Chile's envoy to the UN, said.", "Mary Kone"),
        ('"The bridge fell on Sunday," Mary Kone, Peru\'s envoy, said.', "Mary Kone"),
        # negative: a place and its country's capital are no speaker and her title
        ("The bridge fell on Sunday, Lima, Peru's capital, said nothing.", "Peru"),
        # a title is no name, but the name is canonical: one form per person, without a middle
        # initial, as for every actor
        ("Troops left the base on Sunday, John F. Okafor said.", "John Okafor"),
        ("John F Okafor said on Sunday that troops left the base.", "John F Okafor"),
        # negative: the article opening a sentence is no initial of the name after it
        ("A Kenya aid group said on Sunday it had delivered food.", "Kenya"),
        ("A Chad rights group said on Sunday that ten died.", "Chad"),
        # a title of two words, the second of which is a title on its own
        ("Allies met on Sunday, NATO Secretary General Jan Novak said.", "Jan Novak"),
        # local offices are titles too, after the place they serve; "Dr" is no part of a name
        ("Marlow County Sheriff Ben Tate confirmed on Sunday that 12 had died.", "Ben Tate"),
        ("Two boats sank on Sunday, Fire Chief Ada Moss said.", "Ada Moss"),
        ("Dr Ivo Lenz said on Sunday that the clinic had closed.", "Ivo Lenz"),
        # negative: a place before a name that holds no title stays out of it too
        ("Two boats sank on Sunday, harbour pilot Ada Moss said.", "Ada Moss"),
    ],
)
def test_the_claimant_is_the_name_without_its_title(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a word linking to what was told before, or describing a place, opening the
        # sentence is no part of the speaker's name ...
        ("Meanwhile Serbia said on Sunday that it would send troops.", "Serbia"),
        ("Neighbouring Chad said on Sunday that the border was shut.", "Chad"),
        # ... and a country whose name holds "and" speaks in full
        (
            "Bosnia and Herzegovina said on Sunday that the border was shut.",
            "Bosnia and Herzegovina",
        ),
        (
            "Neighbouring Trinidad and Tobago said on Sunday that it would host the drills.",
            "Trinidad and Tobago",
        ),
        # negative: two speakers joined by "and" stay apart
        ("Rebels and residents said on Sunday that the town fell.", ""),
    ],
)
def test_the_speaker_is_the_whole_name_after_an_opening_word(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a body's name runs on through "of" and "for" and the name words after them
        (
            "The Economic Community of Central African States said on Sunday it was worried.",
            "Economic Community of Central African States",
        ),
        (
            "The Maritime Rescue Coordination Centre for the Northern Isles said on Sunday"
            " that two boats sank.",
            "Maritime Rescue Coordination Centre for the Northern Isles",
        ),
        (
            "The port will reopen on Sunday, the Ports Authority of Chile said.",
            "Ports Authority of Chile",
        ),
        # negative: a person's title before the name, or a state after "of", is no part of it
        ("The President of Chile, Ana Ruiz, said on Sunday that the port was shut.", "Ana Ruiz"),
        ("Prime Minister Ana Ruiz said on Sunday that the port was shut.", "Ana Ruiz"),
        ("The Ukrainian Defence Ministry said on Sunday that the port was shut.", "Ukraine"),
    ],
)
def test_a_bodys_name_is_claimed_in_full(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # officials of a named country speak for it
        ("Officials in Chad said the bridge fell on Sunday.", "Chad"),
        ("Witnesses and police officials in Chad said the bridge fell on Sunday.", "Chad"),
        ("Nigerian officials say the bridge fell on Sunday.", "Nigeria"),
        # negative: witnesses, reports, and officials in a town speak for no state
        ("Nigerian media reports say the bridge fell on Sunday.", ""),
        ("Witnesses in Chad said the bridge fell on Sunday.", ""),
        ("Officials in Gao said the bridge fell on Sunday.", ""),
        ("Witnesses said the bridge fell on Sunday.", ""),
        ("The bridge fell on Sunday, witnesses said.", ""),
        ("Local sources said the bridge fell on Sunday.", ""),
        # ... nor do officials or sources described by a phrase that names no one
        ("The bridge fell on Sunday, officials on both sides said.", ""),
        ("Sources close to the talks said the bridge fell on Sunday.", ""),
        # the outlet's own reporter narrates
        ("The bridge fell on Sunday, the Gazette correspondent said.", ""),
        ("The bridge fell on Sunday, a rebel spokesman said.", ""),
        # ... whatever nouns stand between a country's adjective and its officials
        ("Ukrainian state railway officials said the bridge fell on Sunday.", "Ukraine"),
        # ... or an apposition between them and their verb
        (
            "Officials in Chad's largest province, Ouaddai, said on Sunday the bridge fell.",
            "Chad",
        ),
        (
            "Officials in Chad's largest rural eastern province, Ouaddai, said the bridge fell on"
            " Sunday.",
            "Chad",
        ),
        ("Residents of Gao, Mali, said the bridge fell on Sunday.", ""),
        # negative: a name after a comma is the speaker, not an aside
        ("After the attack in Gao, Ana Ruiz said the bridge fell on Sunday.", "Ana Ruiz"),
        ("After the attack in Gao, Kyiv said the bridge fell on Sunday.", "Ukraine"),
    ],
)
def test_officials_of_a_country_speak_for_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a verb of speech joined by "and" to a verb before it has that verb's subject
        ("Ana Ruiz, on Sunday, called for unity and said the army would win.", "Ana Ruiz"),
        (
            "The Northern Front attacked the town on Sunday and said it had fallen.",
            "Northern Front",
        ),
        # negative: "and" joining two speakers, or a speaker of its own after "and"
        ("Troops and the ministry said on Sunday that the town fell.", "ministry"),
        ("The road held and the ministry said the bridge fell on Sunday.", "ministry"),
    ],
)
def test_a_verb_joined_by_and_has_the_subject_before_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a state's ministry, service or agency speaks for the state
        ("Chile's health ministry said four people died on Sunday.", "Chile"),
        ("Chile's emergency service said the fire spread on Sunday.", "Chile"),
        ("The Peruvian civil defence agency said a bridge fell on Sunday.", "Peru"),
        ("The Chilean air force said two jets crashed on Sunday.", "Chile"),
        ("Chile's prison service said it freed 40 detainees on Sunday.", "Chile"),
        ("The Peruvian prison service said two inmates escaped on Sunday.", "Peru"),
        # negative: a body that is no state's keeps its own name
        ("The relief agency said four people died on Sunday.", "relief agency"),
    ],
)
def test_a_states_body_claims_for_the_state(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a title standing for the one person the article gave it to
        (
            "Prime Minister Ana Ruiz met him. The Prime Minister said the road fell on Sunday.",
            "Ana Ruiz",
        ),
        ("President Jon Okafor spoke. The president said the bridge fell on Sunday.", "Jon Okafor"),
        # ... past the age told before the title
        (
            "President Jon Okafor spoke. The 61-year-old president said it fell on Sunday.",
            "Jon Okafor",
        ),
        ("President Jon Okafor spoke. A 61-year-old farmer said it fell on Sunday.", ""),
        # ... or the one person given the role beside the name, set off by commas
        (
            "The interior minister, Karl Berg, spoke. The minister said it fell on Sunday.",
            "Karl Berg",
        ),
        (
            "Lena Ortiz, the regional governor, spoke. The governor said it fell on Sunday.",
            "Lena Ortiz",
        ),
        # a body described by what it is: the organisation named last before it
        (
            "Doctors Without Borders treated many. The relief group said four died on Sunday.",
            "Doctors Without Borders",
        ),
        # negative: two people hold the title, none was named, or the description is new
        (
            "President Jon Okafor met President Ana Ruiz. The president said it fell on Sunday.",
            "president",
        ),
        ("The Prime Minister said the road fell on Sunday.", "Prime Minister"),
        (
            "Lena Ortiz, the governor, met Governor Ana Ruiz. The governor said it fell on Sunday.",
            "governor",
        ),
        ("The relief group said four people died on Sunday.", "relief group"),
        (
            "Doctors Without Borders treated the wounded. A rights group said four died on Sunday.",
            "",
        ),
        # negative: a state named before is no organisation the description means
        ("Chile sent aid. The relief group said four people died on Sunday.", "relief group"),
        # a verb of speech saying what state someone is in claims nothing
        ("The search for the two Navy SEALs reported missing on Sunday ended.", ""),
        ("The army reported on Sunday that two sailors were missing.", "army"),
        # "it" is the body named last before it, a state or an organisation
        ("Hezbollah fired drones. It said it hit a base on Sunday.", "Hezbollah"),
        ("Chile sent aid. It said the convoy arrived on Sunday.", "Chile"),
        # negative: no body named before, or a person named last
        ("It said the convoy arrived on Sunday.", ""),
        ("Ana Ruiz spoke. It said the convoy arrived on Sunday.", ""),
    ],
)
def test_a_title_or_description_names_whom_the_article_gave_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    "text",
    [
        # a reporter tells what the outlet saw: the outlet narrates, no one else claims it
        "A Gazette reporter in Gao says the militants fled the city on Sunday.",
        "The militants fled the city on Sunday, a reporter said.",
        "Talks began on Sunday, Gazette National Security Correspondent Jeff Seldin reported.",
        "Talks began on Sunday, Gazette reporter Jeff Seldin said.",
        # an honorific alone names no one
        "His Royal Highness noted the significance of the speech on Sunday.",
    ],
)
def test_a_reporter_or_an_honorific_alone_claims_nothing(text: str) -> None:
    assert only_event(text).claimed_by == ""


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a named speaker joined by anonymous ones claims what they say together
        (
            "The army shelled the camp on Sunday, the Azawad Liberation Front and residents said.",
            "Azawad Liberation Front",
        ),
        (
            "The Azawad Liberation Front and witnesses said the army shelled the camp on Sunday.",
            "Azawad Liberation Front",
        ),
        # negative: anonymous speakers alone, or an unnamed one, name no one
        ("The army shelled the camp on Sunday, security sources and residents said.", ""),
        ("The army shelled the camp on Sunday, local officials and witnesses said.", ""),
    ],
)
def test_a_named_speaker_among_anonymous_ones_claims(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


def test_a_named_spokesman_still_claims() -> None:
    text = "Talks began on Sunday, army spokesman Jeff Seldin said."
    assert only_event(text).claimed_by == "Jeff Seldin"


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a source known only by what it knows or is near to names no one
        ("Two sources familiar with the plan told the paper the bridge fell on Sunday.", ""),
        ("A person close to the talks said the bridge fell on Sunday.", ""),
        ("The bridge fell on Sunday, people briefed on the matter said.", ""),
        # negative: a speaker with a name or a side keeps it
        ("Chilean officials familiar with the plan said the bridge fell on Sunday.", "Chile"),
        (
            "A spokesman for the relief group said the bridge fell on Sunday.",
            "",
        ),
    ],
)
def test_a_source_known_by_what_it_knows_is_anonymous(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # members of a group with no name and no side name no one, as witnesses do
        ("The rebels said on Sunday they had taken the airport.", ""),
        ("Separatist fighters claimed on Sunday to have downed a helicopter.", ""),
        ("Opposition lawmakers accused the police on Sunday of beating protesters.", ""),
        ("Student leaders said on Sunday that they wanted an interim government.", ""),
        ("According to student leaders, police fired on the crowd on Sunday.", ""),
        ("Members of the opposition said on Sunday the vote had been rigged.", ""),
        ("The convoy was stopped at sea on Sunday, organisers said.", ""),
        # negative: a group with a side or a name speaks for it
        ("Chilean soldiers said on Sunday they had retaken the village.", "Chile"),
        (
            "Members of the Northern Front said on Sunday the vote had been rigged.",
            "Northern Front",
        ),
        # negative: one body, or one person heading the group, is no such plural
        ("The army said on Sunday it had retaken the bridge.", "army"),
        (
            "The leader of one of the factions said on Sunday they had taken the airport.",
            "leader of one of the factions",
        ),
    ],
)
def test_members_of_no_one_named_claim_for_no_one(text: str, claimed_by: str) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "expression", "claimed_by"),
    [
        # a happening named in the phrase after a measure of it is no one's claim: what is
        # said or told is the measure
        (
            "The death toll from Sunday's missile strike on the port has risen to 34, Chilean"
            " officials said.",
            "Sunday",
            "",
        ),
        (
            "Chilean officials said the death toll from Sunday's blasts had climbed to 30.",
            "Sunday",
            "",
        ),
        (
            "The toll from a drone attack on the market on Sunday rose to 12, the governor"
            " said Monday.",
            "on Sunday",
            "",
        ),
        (
            "Peru said the toll from the attack on the market on Sunday had risen to 12.",
            "on Sunday",
            "",
        ),
        (
            "According to Peru, the tally from Sunday's shelling has reached nine dead.",
            "Sunday",
            "",
        ),
        ("The count from Sunday's vote gave the party 40 seats, Peru said.", "Sunday", ""),
        # negative: the date is the measure's own, or the saying's
        ("The death toll rose to 20 on Sunday, Chile said.", "on Sunday", "Chile"),
        ("Chile said the death toll from the floods rose on Sunday to 40.", "on Sunday", "Chile"),
        ("Chile said on Sunday that the toll from the floods had risen.", "on Sunday", "Chile"),
        # negative: no measure heads the phrase
        ("Chile said the attack on the market on Sunday killed 12.", "on Sunday", "Chile"),
    ],
)
def test_a_happening_named_after_its_measure_is_claimed_by_no_one(
    text: str, expression: str, claimed_by: str
) -> None:
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # who speaks is the noun a relative clause describes, not the clause
        ("Residents who spoke to reporters by phone on Sunday said the bridge fell.", ""),
        ("Witnesses who saw the blast on Sunday said the bridge fell.", ""),
        ("Chilean officials who asked not to be named on Sunday said the bridge fell.", "Chile"),
        ("The army, which runs the port, said on Sunday that the bridge fell.", "army"),
        # a present verb in "-s" after the relative word: the noun is its subject
        (
            "Late on Sunday, the Harbour Board, which ships grain, said the bridge fell.",
            "Harbour Board",
        ),
        (
            "Late on Sunday, the Harbour Board, which works in Kestria, said the bridge fell.",
            "Harbour Board",
        ),
        # negative: a noun in "-s" after the relative word is its own clause's subject
        ("Late on Sunday, the bridge, which residents said was old, fell.", ""),
    ],
)
def test_a_relative_clause_describes_the_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an apology is a statement: the one who apologises claims it
        ("Ivo Lenz apologised to the family on Sunday.", "Ivo Lenz"),
        ("Ana Ruiz apologized on Sunday for the delay in the aid.", "Ana Ruiz"),
        # negative: meeting the family says nothing
        ("Ivo Lenz met the family on Sunday.", ""),
    ],
)
def test_an_apology_is_claimed_by_who_apologises(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a date in a relative clause on what is said about tells that thing's own story
        ("The ministry declared the end of the outbreak, which began on Sunday.", ""),
        ("The mayor confirmed the visit to the summit, which will be held on Sunday.", ""),
        ("The army said it had retaken the port, which rebels seized on Sunday.", ""),
        ("The council said it had repaired the bridge, which floods broke on Sunday.", ""),
        # negative: the date in what is said itself, or in a clause joined to it
        ("The ministry declared on Sunday that the outbreak was over.", "ministry"),
        ("The army said rebels seized the port on Sunday.", "army"),
        ("The army said it had retaken the port from the rebels on Sunday.", "army"),
        # negative: without a comma the date may be the main verb's
        ("The army said it had downed drones that targeted the port on Sunday.", "army"),
        # negative: a relative clause on the subject of what is said is what is said of it
        ("The army said the rebels who attacked the base on Sunday were repelled.", "army"),
        # negative: a relative clause that is the speaker's saying dates it
        ("The port is closed, said the envoy, who spoke to reporters on Sunday.", "envoy"),
        # a verb of saying in a relative clause after the date tells what a noun is
        ("A truce took effect on Sunday, bringing a pause that the ministry said could last.", ""),
        ("The reporter was jailed on Sunday on charges that the newspaper denies.", ""),
        ("Strikes began on Sunday with what the army said were raids on depots.", ""),
        # negative: a relative clause closed by a comma before the date leaves it to the verb
        (
            "Chilean officials said they evacuated Vado, which lies across the river, on Sunday.",
            "Chile",
        ),
        # negative: a relative clause describing the speaker, or a tag on the sentence
        (
            "A bridge fell on Sunday, the governor of the province that borders the sea said.",
            "governor of the province",
        ),
        ("Rebels took the port on Sunday, which the army denied.", "army"),
        ("Rebels took the port on Sunday, the army said.", "army"),
        ("Drones hit the port on Sunday, in what appeared to be a raid, the army said.", "army"),
    ],
)
def test_a_date_in_a_relative_clause_on_what_is_said_is_background(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a relative clause on the speaker telling a happening of its own is not claimed by
        # the speaker's verb after it, also when it holds a noun of saying
        ("Ana Ruiz, who was in Lima on Sunday for talks with Ivo Lenz, said it failed.", ""),
        ("The envoy, who flew to Doha on Sunday for talks on a truce, said both were ready.", ""),
        ("Ana Ruiz, who arrived in Kyiv on Sunday for a round of talks, said aid would flow.", ""),
        ("Ana Ruiz, who returned on Sunday from talks in Lima, said the plan failed.", ""),
        ("Ivo Lenz, who met the envoy on Sunday after the talks, said the plan failed.", ""),
        ("Ana Ruiz, who arrived in Lima on Sunday for a visit, said the plan failed.", ""),
        # negative: a relative clause that is a saying dates the saying
        ("Ana Ruiz, who spoke to reporters on Sunday, said the plan failed.", "Ana Ruiz"),
        ("Ana Ruiz, who talked to reporters on Sunday, said the plan failed.", "Ana Ruiz"),
        ("Ana Ruiz, who posted a video on Sunday, said the plan failed.", "Ana Ruiz"),
        # negative: a relative clause in what is said after an event's verb may tell the event
        (
            "Peru's air force said it shot down 50 of the 80 drones that Kestria launched"
            " on Sunday.",
            "Peru",
        ),
        ("The army said it had downed drones that targeted the port on Sunday.", "army"),
    ],
)
def test_a_noun_of_saying_makes_no_relative_clause_on_the_speaker_a_saying(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "later", "claimed_by"),
    [
        # a reporting tag after the claim may carry a date of its own holding "that": the
        # saying's time, no "that" opening what is said
        (
            "Rebels shelled the port on Sunday, the army confirmed later that day.",
            "later that day",
            "army",
        ),
        (
            "Rebels shelled the port on Sunday, Ana Ruiz confirmed in a televised address later"
            " that day.",
            "later that day",
            "Ana Ruiz",
        ),
        (
            "Rebels shelled the port on Sunday, the ministry said that evening.",
            "that evening",
            "ministry",
        ),
        (
            "Rebels shelled the port on Sunday, the army said late that night.",
            "late that night",
            "army",
        ),
        (
            "Two ferries sank on Sunday, the harbour office reported that morning.",
            "that morning",
            "harbour office",
        ),
        # negative: a saying joined by "and" with what it says after it claims only that
        (
            "Rebels shelled the port on Sunday, and the army warned that evening that it would"
            " respond.",
            "that evening",
            "",
        ),
        (
            "Rebels shelled the port on Sunday, and that evening the army warned it would respond.",
            "that evening",
            "",
        ),
    ],
)
def test_a_tag_after_the_claim_may_carry_its_own_date(
    text: str, later: str, claimed_by: str
) -> None:
    events = events_of(text, ("on Sunday", SUNDAY), (later, SUNDAY))
    (event,) = [e for e in events if e.mention.text == "on Sunday"]
    assert event.claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (
            "Kestria shelled the port on Sunday, Ana Ruiz confirmed on Telegram later that day.",
            "later that day",
        ),
        (
            "Kestria shelled the port on Sunday, Ana Ruiz said in a statement that evening.",
            "that evening",
        ),
    ],
)
def test_what_a_tag_with_its_own_date_claims_has_its_own_actors(text: str, later: str) -> None:
    events = events_of(text, ("on Sunday", SUNDAY), (later, SUNDAY))
    (event,) = [e for e in events if e.mention.text == "on Sunday"]
    assert (event.claimed_by, event.actors) == ("Ana Ruiz", ("Kestria",))


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the speaker of a statement that only mentions the happening takes no part in it
        ("Chile declared the end of the outbreak, which began on Sunday.", ()),
        ("Chile said it had retaken the port, which Peru seized on Sunday.", ("Peru",)),
        # negative: the statement itself is the happening
        ("Chile declared the end of the outbreak on Sunday.", ("Chile",)),
    ],
)
def test_the_speaker_of_a_statement_about_background_is_no_actor(
    text: str, actors: tuple[str, ...]
) -> None:
    assert only_event(text).actors == actors


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a relative clause on "that" inside the speaker's phrase describes it
        (
            "A bridge fell on Sunday, the governor of the province that borders the sea said.",
            "governor of the province",
        ),
        (
            "The bridge fell on Sunday, according to the harbour office, which blamed the storm.",
            "harbour office",
        ),
        (
            "The bridge fell on Sunday, according to the harbour office which blamed the storm.",
            "harbour office",
        ),
        # an adverb before the verb is no part of the speaker
        ("The harbour office has already warned on Sunday that the bridge fell.", "harbour office"),
        # a name's acronym in brackets before the verb is part of the name
        ("The bridge fell on Sunday, the Harbour Safety Board (HSB) said.", "Harbour Safety Board"),
        (
            "The Harbour Safety Board (HSB) said on Sunday that the bridge fell.",
            "Harbour Safety Board",
        ),
        # a statement alone names no one (the body named last need not have issued it)
        ("The bridge fell on Sunday, the statement said.", ""),
        ("The bridge fell on Sunday, according to a statement.", ""),
        # negative: a phrase with no relative clause and no adverb stays whole
        (
            "A bridge fell on Sunday, the head of the harbour office said.",
            "head of the harbour office",
        ),
        ("The harbour office warned on Sunday that the bridge fell.", "harbour office"),
    ],
)
def test_the_speakers_phrase_ends_where_its_noun_does(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a long title before the name after an inverted verb
        (
            "Shelling hit a school on Sunday, said the deputy head of the district civil defence"
            " office Marko Lenz.",
            "Marko Lenz",
        ),
        (
            "Shelling hit a school on Sunday, said the head of the regional military"
            " administration, Marko Lenz.",
            "Marko Lenz",
        ),
        # an apposition without an article between the speaker and the verb
        (
            "Anna Berg, head of the local council, told reporters a drone hit the depot on Sunday.",
            "Anna Berg",
        ),
        (
            "A drone hit the depot on Sunday, Anna Berg, head of the council, told reporters.",
            "Anna Berg",
        ),
        # negative: what follows the verb is its object, or no name ends the title
        ("Shelling hit a school on Sunday, said to be the oldest in the district of Dovhe.", ""),
        (
            "Shelling hit a school on Sunday, said the head of the regional military"
            " administration in a long statement.",
            "",
        ),
    ],
)
def test_a_speaker_behind_a_long_title_or_an_apposition(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a participle or an adjective with its preposition after the speaker's noun
        # describes it: no word of it speaks
        ("A Quarry channel close to the rebels admitted heavy losses on Sunday.", "Quarry channel"),
        (
            "The depot burned on Sunday, according to a dossier by Harbour Watch seen by"
            " the Ledger.",
            "Harbour Watch",
        ),
        (
            "The Harbour Watch unit based in the port said the depot burned on Sunday.",
            "Harbour Watch unit",
        ),
        # negative: a noun after the preposition, or a phrase without one, stays whole
        ("Harbour Watch said on Sunday that the depot burned.", "Harbour Watch"),
        (
            "A bridge fell on Sunday, the head of the harbour office said.",
            "head of the harbour office",
        ),
    ],
)
def test_a_speaker_ends_before_the_words_describing_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a Burmese form of address before a woman's name is no part of it, as "Ms." is not
        ("A blast struck the crowd on Sunday, said Daw Aye Myint, a teacher.", "Aye Myint"),
        ("Daw Aye Myint told reporters that the shelter was hit on Sunday.", "Aye Myint"),
        # negative: a name without it stays whole
        ("A blast struck the crowd on Sunday, said Aye Myint Thu, a teacher.", "Aye Myint Thu"),
    ],
)
def test_a_form_of_address_is_no_part_of_the_speakers_name(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an international body known by its acronym or its description claims by its name
        (
            "OCHA said on Sunday that aid trucks had reached the town.",
            "UN Office for the Coordination of Humanitarian Affairs",
        ),
        (
            "The U.N. migration agency said on Sunday that 4,000 people had fled.",
            "International Organization for Migration",
        ),
        (
            "A landslide buried the road on Sunday, the USGS said.",
            "United States Geological Survey",
        ),
        (
            "UNIFIL said on Sunday that a tank had fired at its tower.",
            "United Nations Interim Force in Lebanon",
        ),
        (
            "The EU's cybersecurity agency, ENISA, said on Sunday that the servers were hit.",
            "European Union Agency for Cybersecurity",
        ),
        # negative: the organisation itself, or another of its bodies, keeps its own name
        (
            "The United Nations said on Sunday that aid trucks had reached the town.",
            "United Nations",
        ),
        (
            "The U.N. refugee agency said on Sunday that 4,000 people had fled.",
            "United Nations High Commissioner for Refugees",
        ),
    ],
)
def test_an_international_body_claims_by_its_full_name(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set off after the title it holds may carry titles of its own
        (
            "Ruritania's army spokesman, Maj. Gen. Omar Farid Haddad, said on Sunday"
            " that the bridge had fallen.",
            "Omar Farid Haddad",
        ),
        (
            "The navy's chief of staff, Rear Adm. Ivo Petar Lenz, wrote on Sunday that two"
            " boats had sunk.",
            "Ivo Petar Lenz",
        ),
        # ... and lower-case particles inside it
        (
            "Ruritania's foreign minister, Sheikh Khalid bin Hamad Al Nasser, said on Sunday"
            " that the talks had stalled.",
            "Khalid bin Hamad Al Nasser",
        ),
        (
            "The council's chair, Anna van der Berg, said on Sunday that the vote was delayed.",
            "Anna van der Berg",
        ),
        # negative: a title after a verb is its object, the name no speaker of a verb after it
        (
            "On Sunday, the envoy met the Prime Minister of Ruritania, Khalid bin Hamad"
            " Al Nasser, offered help with the talks, and stressed the need for calm.",
            "",
        ),
        (
            "On Sunday, the envoy met the Prime Minister of Ruritania, Omar Haddad, offered"
            " help with the talks, and stressed the need for calm.",
            "",
        ),
        # ... but a verb before a word opening another clause governs no title after it
        (
            "The vote came a day after Ruritania's army chief, Omar Haddad, told the"
            " President Ivo Lenz on Sunday that the border was calm.",
            "Omar Haddad",
        ),
        (
            "Talks resumed because the navy's chief of staff, Ivo Lenz, told reporters on"
            " Sunday that the strait was open.",
            "Ivo Lenz",
        ),
    ],
)
def test_a_name_after_its_title_keeps_its_own_titles_and_particles(
    text: str, claimed_by: str
) -> None:
    expression = "On Sunday" if text.startswith("On Sunday") else "on Sunday"
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a title before a name opening on an initial is no part of the name
        (
            "Chile's Foreign Affairs Minister R. Soto told reporters on Sunday that the"
            " border was shut.",
            "R. Soto",
        ),
        ("Police Commissioner J. Varga said on Sunday that the border was shut.", "J. Varga"),
        # negative: a first name before its initial stays the name it is known by
        ("Anna J. Varga said on Sunday that the border was shut.", "Anna Varga"),
    ],
)
def test_a_title_before_an_initial_is_no_part_of_the_name(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # replying, conceding and writing are saying
        ("Ana Ruiz replied on Sunday that the army had shelled the port.", "Ana Ruiz"),
        ("Ana Ruiz conceded on Sunday that the army had shelled the port.", "Ana Ruiz"),
        ("The army shelled the port on Sunday, Ana Ruiz writes in her column.", "Ana Ruiz"),
        # negative: a happening told with no verb of saying is the outlet's own
        ("Ana Ruiz visited the shelled port on Sunday.", ""),
    ],
)
def test_replying_conceding_and_writing_are_saying(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # the speaker after an inverted verb ends where the date or the setting begins
        ('"We will hold the line," said Ana Ruiz on Sunday.', "Ana Ruiz"),
        ('"We will hold the line," said the mayor on Sunday.', "mayor"),
        ('"We will hold the line," said Ana Ruiz at a briefing in Lagos on Sunday.', "Ana Ruiz"),
        (
            '"Shelling hit a school on Sunday," said Ana Ruiz during a visit to the front.',
            "Ana Ruiz",
        ),
        # ... past a name in an aside of the clause before the verb
        (
            "Army units, backed by the frigates Alba and Maris, took the port on Sunday, said"
            " Navy spokesman Rear Adm. Jon Vale during a briefing.",
            "Jon Vale",
        ),
        # negative: the listener of "told" is no speaker
        ("Ana Ruiz, a nurse, told the Gazette on Sunday that she was shot.", "Ana Ruiz"),
        # negative: no name before the preposition, so the phrase is no speaker's
        (
            "Shelling hit a school on Sunday, said to be the oldest in the district of Dovhe.",
            "",
        ),
    ],
)
def test_a_speaker_after_the_verb_ends_at_the_date_or_the_setting(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a verb of speech joined by "but" to a verb before it has that verb's subject
        ("The governor released no figures but reported fires in the town on Sunday.", "governor"),
        (
            "The governor did not say which missiles Russia used but reported fires on Sunday.",
            "governor",
        ),
        # negative: a speaker of its own after "but"
        ("The road held but the ministry said the bridge fell on Sunday.", "ministry"),
    ],
)
def test_a_verb_joined_by_but_has_the_subject_before_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "the ministry" is the state's ministry named before it
        ("Chile's health ministry gave figures. The ministry said four died on Sunday.", "Chile"),
        (
            "The Peruvian defence ministry spoke late. The ministry said a jet crashed on Sunday.",
            "Peru",
        ),
        (
            "Chile's health ministry gave figures. The ministry said more were hurt. The ministry"
            " said four died on Sunday.",
            "Chile",
        ),
        # ... also named as the source a report is according to
        (
            "The crew was taken ashore, according to Chile's health ministry. Rescuers put out"
            " the fire on Sunday, the ministry said.",
            "Chile",
        ),
        # a ministry no sentence before named is the state the story named before it
        ("Chile sent troops north. The ministry said four died on Sunday.", "Chile"),
        (
            "Peru closed the border. Rebels fled on Sunday, the ministry said in a statement.",
            "Peru",
        ),
        # negative: a ministry named before as a body of its own stays that body; a state
        # named only in the same sentence is what is said, no owner
        (
            "Peru sent aid. The Zentar Health Ministry counted the dead. The ministry said four"
            " died on Sunday.",
            "Zentar Health Ministry",
        ),
        ("Peruvian troops fled on Sunday, the ministry said.", "ministry"),
        # negative: a ministry named before, of no state, is no state named near it
        (
            "Chile shelled the strip. The health ministry in the strip counted the dead. The"
            " ministry said four died on Sunday.",
            "ministry",
        ),
        # negative: no ministry named before, or another body
        ("The ministry said four people died on Sunday.", "ministry"),
        ("Chile's health ministry gave figures. The army said four died on Sunday.", "army"),
    ],
)
def test_a_body_described_again_is_the_state_it_was_of(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a body only a state has, named without its state, is the state its places lie in
        (
            "Drones hit a village near Kharkiv on Sunday, the regional military administration"
            " said.",
            "Ukraine",
        ),
        (
            "A missile strike on Odesa killed two. Rescuers found another body on Sunday, the"
            " State Emergency Service said.",
            "Ukraine",
        ),
        (
            "Storms swept Lima and Cusco. Two people died in the hills on Sunday, the national"
            " emergency service said.",
            "Peru",
        ),
        # ... else the state the story named before it
        (
            "Floods hit Peru on Saturday. Ten died on Sunday, the State Emergency Service said.",
            "Peru",
        ),
        # negative: a body a side against the state or a name owns is not the state's
        (
            "Rebels seized Kidal in Mali on Sunday, the rebel administration said.",
            "rebel administration",
        ),
        (
            "Fighting spread to Gao. Four died on Sunday, the separatist administration said.",
            "separatist administration",
        ),
        (
            "Zentar troops shelled Lima. Four people died on Sunday, the Zentar Emergency Service"
            " said.",
            "Zentar Emergency Service",
        ),
        # negative: no place and no state named; not a state's body
        (
            "The regional military administration said four people died on Sunday.",
            "regional military administration",
        ),
        ("Drones hit a village near Kharkiv on Sunday, the regional hospital said.", ""),
    ],
)
def test_a_state_body_without_its_state_is_the_state_of_its_places(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "the group" is the organisation named last, past a state's army named after it
        (
            "The Azawad Liberation Front took Gao. The Malian army bombed a hospital in Kidal on"
            " Sunday, the group said.",
            "Azawad Liberation Front",
        ),
        (
            "The Azawad Liberation Front took Gao. The army bombed a hospital in Kidal on"
            " Sunday, the group said.",
            "Azawad Liberation Front",
        ),
        # negative: no organisation named before
        ("The Malian army bombed a hospital in Kidal on Sunday, the group said.", "group"),
    ],
)
def test_the_group_is_no_state(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "the X", a body's kind, is the organisation named last before it, past a person
        # named after that organisation
        (
            "The Blue Party lost. Its leader Ana Ruiz spoke. The opposition party said on Sunday"
            " that it would appeal.",
            "Blue Party",
        ),
        (
            "The Civil Aviation Board grounded the jets. The regulator said on Sunday that the"
            " checks found no faults.",
            "Civil Aviation Board",
        ),
        # a name set right after a word of a body's kind is the body's, not a person's
        (
            "Rioters burned shops, the monitoring group Vigia Cidada said. The group said on"
            " Sunday that 30 people had died.",
            "Vigia Cidada",
        ),
        # of two bodies of that kind named before, the nearer one
        (
            "The Blue Party met. The Green Party met. The party said on Sunday that it would"
            " appeal.",
            "Green Party",
        ),
        # negative: no body named before, or only a person
        ("The regulator said on Sunday that the checks found no faults.", "regulator"),
        (
            "Ana Ruiz spoke. The opposition party said on Sunday that it would appeal.",
            "opposition party",
        ),
    ],
)
def test_a_bodys_kind_with_the_points_back_to_its_name(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


def test_a_bodys_kind_never_points_to_a_name_in_another_article() -> None:
    only_event("The Civil Aviation Board said the jets were grounded on Sunday.")
    text = "The regulator said on Sunday that the checks found no faults."
    assert only_event(text).claimed_by == "regulator"


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "the ministry" again is the state named nearest before the ministry named first
        (
            "Chile and Peru agreed to a truce after talks mediated by Brazil and Mexico, Brazil's"
            " foreign ministry said. Envoys meet on Sunday, the ministry said.",
            "Brazil",
        ),
        (
            "Talks mediated by Brazil and Mexico ended, Mexico's foreign ministry said. Envoys"
            " meet on Sunday, the ministry said.",
            "Mexico",
        ),
    ],
)
def test_a_ministry_again_is_of_the_state_nearest_its_first_naming(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an unnamed official of a town or a region speaks for the state it lies in
        ("Looters burned the market in Cusco on Sunday, the city's mayor said.", "Peru"),
        ("Cusco's mayor said looters burned the market on Sunday.", "Peru"),
        ("The Cusco mayor said looters burned the market on Sunday.", "Peru"),
        ("Drones hit a depot on Sunday, the Kharkiv governor said.", "Ukraine"),
        ("Drones hit a depot near Kharkiv on Sunday, the regional governor said.", "Ukraine"),
        ("Drones hit a depot near Kharkiv on Sunday, the town's acting mayor said.", "Ukraine"),
        # negative: an official the story named before, or named there, is that person
        (
            "Mayor Ana Ruiz toured Cusco. Looters burned the market on Sunday, the city's mayor"
            " said.",
            "Ana Ruiz",
        ),
        ("Looters burned the market on Sunday, the city's mayor, Ana Ruiz, said.", "Ana Ruiz"),
        # negative: an office alone ties its holder to no place, nor does an owner no place is
        ("Looters burned the market in Cusco on Sunday, the mayor said.", "mayor"),
        (
            "Looters burned the market in Cusco on Sunday, the party's governor said.",
            "party's governor",
        ),
        # negative: no place and no state named, or no official of one
        ("Looters burned the market on Sunday, the regional governor said.", "regional governor"),
        ("Looters burned the market in Cusco on Sunday, the city's hospital said.", ""),
    ],
)
def test_a_local_official_speaks_for_the_state_of_the_place(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a body of a town or a region the story places speaks for the state it lies in
        (
            "Police sealed off the museum in Lyon. The Lyon prosecutor's office said on Sunday"
            " that it had opened an investigation.",
            "France",
        ),
        (
            "A drone hit a bus in Kharkiv on Sunday, according to the Kharkiv regional military"
            " administration.",
            "Ukraine",
        ),
        # negative: an owner that is a body, or a state, is no town
        (
            "The UN's humanitarian office said on Sunday that 100 people had died in Kharkiv.",
            "United Nations",
        ),
        ("The US embassy in Lyon said on Sunday that two citizens had died.", "United States"),
        # negative: a body with its own name is that body
        (
            "Looters burned the market in Lyon on Sunday, the Lyon City Council said.",
            "Lyon City Council",
        ),
    ],
)
def test_a_body_of_a_town_speaks_for_its_state(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an electoral body named by its kind alone is the state's
        (
            "The ruling party won the Sunday vote in Peru with 54 percent, according to the"
            " central election commission.",
            "Peru",
        ),
        (
            "With most ballots counted on Sunday, the senator led in Peru, according to the"
            " electoral tribunal.",
            "Peru",
        ),
        ("Turnout in Peru reached 70% on Sunday, the national electoral council said.", "Peru"),
        # negative: a body named by its own name is that body
        (
            "Turnout in Peru reached 70% on Sunday, the Independent Electoral Council said.",
            "Independent Electoral Council",
        ),
        # negative: no state named anywhere, the body stays as it is told
        ("Turnout reached 70% on Sunday, the electoral commission said.", "electoral commission"),
    ],
)
def test_an_electoral_body_speaks_for_its_state(text: str, claimed_by: str) -> None:
    expression = "on Sunday" if "on Sunday" in text else "Sunday"
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # officials named only by their kind and level speak for the state the story is in
        ("Shells hit a school in Cusco on Sunday, regional authorities reported.", "Peru"),
        ("Drones hit a depot near Kharkiv on Sunday, local officials said.", "Ukraine"),
        ("Two nurses died in Cusco overnight on Sunday, provincial prosecutors said.", "Peru"),
        ("Local officials in Cusco said on Sunday that two bridges had collapsed.", "Peru"),
        # ... and so does the state's own outlet named without its state
        ("Troops retook two villages near Cusco on Sunday, state media said.", "Peru"),
        ("State television said on Sunday that troops had retaken Cusco.", "Peru"),
        # negative: officials with no level may be anyone's, and witnesses are no one's
        ("Shells hit a school in Cusco on Sunday, officials said.", ""),
        ("Shells hit a school in Cusco on Sunday, police said.", ""),
        ("Shells hit a school in Cusco on Sunday, local residents said.", ""),
        # negative: someone speaking on the state's outlet is no outlet
        ("Troops retook two villages near Cusco on Sunday, a colonel on state TV said.", ""),
        # negative: no place and no state named
        ("Shells hit a school on Sunday, regional authorities said.", ""),
    ],
)
def test_unnamed_officials_speak_for_the_state_of_the_story(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a quotation over several sentences is claimed by the speaker after it
        ('"Troops took the bridge on Sunday. They hold it now," said Ana Ruiz.', "Ana Ruiz"),
        ("“Troops took the bridge on Sunday. They hold it now,” Ana Ruiz said.", "Ana Ruiz"),
        # ... or, opening a sentence after a quotation and its speaker, by that speaker
        ('"We are ready," Ana Ruiz said. "Troops took the bridge on Sunday."', "Ana Ruiz"),
        # ... when it runs on over several sentences with no speaker after it
        (
            '"We are ready," Ana Ruiz said. "Troops took the bridge on Sunday. They hold it."',
            "Ana Ruiz",
        ),
        # ... also after a claim the sentence before ends on its tag
        (
            'The army is ready to hold the city, spokeswoman Ana Ruiz said. "Troops took'
            ' the bridge on Sunday."',
            "Ana Ruiz",
        ),
        # negative: the outlet's own sentence before a quotation
        ('Troops took the bridge on Sunday. "They hold it now," Ana Ruiz said.', ""),
        ('"We are ready," Ana Ruiz said. Troops took the bridge on Sunday.', ""),
        # ... and a sentence of its own after a tag
        ("The army is ready, Ana Ruiz said. Troops took the bridge on Sunday.", ""),
    ],
)
def test_a_quotation_over_several_sentences_has_one_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a speaker named before the place it is in speaks for itself, not for that place
        ("Hamas fighters in southern Lebanon said the bridge fell on Sunday.", "Hamas fighters"),
        ("The Houthis in Yemen said the bridge fell on Sunday.", "Houthis"),
        # negative: officials of no one named before the place speak for its state
        ("Officials in Chad said the bridge fell on Sunday.", "Chad"),
        ("Ukrainian officials in Kyiv said the bridge fell on Sunday.", "Ukraine"),
        ("A reporter in Gao said the bridge fell on Sunday.", ""),
    ],
)
def test_a_named_speaker_in_a_place_speaks_for_itself(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "it" opening a sentence is the body the sentence before opened on
        (
            "Hezbollah fired drones at a base used by Israel. It said it hit a depot on Sunday.",
            "Hezbollah",
        ),
        ("Chile said aid was sent by Peru. It said the convoy arrived on Sunday.", "Chile"),
        # negative: a body named last in the same sentence, or none opening the one before
        ("Israel struck the depot of Hezbollah, which it said was hit on Sunday.", "Israel"),
        ("Ana Ruiz met envoys from Chile. It said the convoy arrived on Sunday.", ""),
    ],
)
def test_it_opening_a_sentence_is_the_body_the_one_before_opened_on(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "they" saying what the sentence's subject did is that subject
        ("The Houthis fired two missiles at a tanker on Sunday, they said.", "Houthis"),
        ("Ukrainian troops captured the bridge on Sunday, they said.", "Ukraine"),
        # ... past a name before it that only describes it
        # negative: no subject named, or "they" opening its sentence
        ("Yemen's Iran-aligned Houthis hit two ships on Sunday, they said.", "Houthis"),
        ("Two missiles hit a tanker on Sunday, they said.", ""),
        ("Officials met. They said the bridge fell on Sunday.", ""),
    ],
)
def test_they_after_a_claim_is_the_subject_before(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by", "stance"),
    [
        # a verb of claiming after a determiner or a possessive describes a noun
        ("Troops clashed along the disputed frontier on Sunday.", "", ""),
        ("Shelling hit a contested district on Sunday.", "", ""),
        ("Rebels shelled its disputed northern province on Sunday.", "", ""),
        ("The reported strike hit a depot on Sunday.", "", ""),
        # negative: the verb itself, after its subject or a relative word
        ("Chad disputed the account of the clash on Sunday.", "Chad", "disputed"),
        ("The Northern Front contested the figures on Sunday.", "Northern Front", "disputed"),
        ("The report that Chad disputed was published on Sunday.", "Chad", "disputed"),
    ],
)
def test_a_participle_describing_a_noun_is_no_claim(
    text: str, claimed_by: str, stance: str
) -> None:
    event = only_event(text)
    assert (event.claimed_by, event.stance) == (claimed_by, stance)


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # telling someone to do something is an order, not a claim
        ("The army told residents of the town to leave on Sunday.", ""),
        ("The police on Sunday told people in the district to stay indoors.", ""),
        ("The army warned civilians to keep away from the base on Sunday.", ""),
        # negative: telling someone what happened, or telling a place's press
        ("The army told residents on Sunday that the bridge had fallen.", "army"),
        ("The mayor told reporters on Sunday the town was calm.", "mayor"),
        ("The governor told a news conference in Kano on Sunday that two died.", "governor"),
        ("The army warned of damage to roads on Sunday.", "army"),
    ],
)
def test_telling_someone_to_act_claims_nothing(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # accusing someone of a deed asserts the deed
        ("Chad accused Sudan of shelling the border town on Sunday.", "Chad"),
        ("The army on Sunday accused the rebels of killing twelve villagers.", "army"),
        # negative: the accused, or an accusation made against the subject
        ("The accused men appeared before the court on Sunday.", ""),
        ("Three officers were accused of torture on Sunday.", ""),
        # ... or a date in another clause, which the accusation only mentions
        ("Chad accused Sudan of arming the rebels, a group that seized Ade on Sunday.", ""),
        ("Chad said on Monday that Sudan armed the rebels, who seized Ade on Sunday.", ""),
        # negative: the date in what is said, not in a relative clause
        ("Chad said Sudan armed the rebels, and that they seized Ade on Sunday.", "Chad"),
        # a participle of accusing right after its noun describes the accused: no one speaks
        ("Chad hanged three men accused of shelling the border town on Sunday.", ""),
        ("Police arrested the Kenyan driver blamed for the crash on Sunday.", ""),
        # negative: the accuser before the accused, or a by-phrase naming the accuser
        ("The ministry accused two men of shelling the border town on Sunday.", "ministry"),
        ("The ministry blamed the Kenyan driver for the crash on Sunday.", "ministry"),
    ],
)
def test_accusing_someone_claims_the_deed(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "and" inside a body's name after its head and "of" joins two parts of the name
        (
            "Fighting resumed on Sunday, the Ministry of Energy and Mines said.",
            "Ministry of Energy and Mines",
        ),
        (
            "The Office of Fisheries and Forests said on Sunday that two boats sank.",
            "Office of Fisheries and Forests",
        ),
        # negative: "and" joining two speakers, or after a place, is no part of one name
        ("Fighting resumed on Sunday, the head of Kano and the governor said.", "governor"),
        ("Fighting resumed on Sunday, the Ministry of Defence said.", "Ministry of Defence"),
    ],
)
def test_a_body_named_with_and_speaks_under_its_whole_name(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a passive verb of claiming names its speaker after "by"
        ("The raid was confirmed by the ministry on Sunday.", "ministry"),
        ("Chad is accused by Sudan of shelling the border town on Sunday.", "Sudan"),
        # negative: a passive without its speaker, or a place fought over
        ("The raid was confirmed on Sunday.", ""),
        ("The town was contested by two armies on Sunday.", ""),
        # a date between the auxiliary and the verb leaves it passive
        ("Ana Ruiz was on Sunday declared winner of the vote.", ""),
        ("The raid was on Sunday confirmed by the ministry.", "ministry"),
        ("The ministry on Sunday confirmed the raid.", "ministry"),
    ],
)
def test_a_passive_claim_names_its_speaker_after_by(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a date in an aside about the speaker dates the saying: the speaker claims it
        ("Anna Berg, speaking from Vienna on Sunday, said the talks had failed.", "Anna Berg"),
        ("The ministry, speaking to reporters on Sunday, said the bridge had fallen.", "ministry"),
        ("Anna Berg, who spoke at a rally on Sunday, said the talks had failed.", "Anna Berg"),
        # negative: a date that ends a clause of its own before an inverted verb of saying
        ("Fighting resumed near the bridge on Sunday, said Anna Berg.", "Anna Berg"),
        ("Rebels attacked the town, killing ten people on Sunday, the army said.", "army"),
        ("Fighting resumed near the bridge on Sunday, witnesses said.", ""),
    ],
)
def test_a_date_in_an_aside_about_the_speaker_dates_the_saying(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "but that ..." goes on with what is said; "but ..." alone is the outlet's own
        (
            "The minister said the talks had failed, but that the sides would meet on Sunday.",
            "minister",
        ),
        ("The minister said the talks had failed, though fighting resumed on Sunday.", ""),
        ("The minister said the talks had failed, but the sides met again on Sunday.", ""),
    ],
)
def test_but_that_goes_on_with_what_is_said(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set off after the title it holds is who speaks
        (
            "\u201cThe town is lost,\u201d the army's chief of staff, Anna Berg, wrote on Sunday.",
            "Anna Berg",
        ),
        ("The region's governor, Anna Berg, said on Sunday the bridge had fallen.", "Anna Berg"),
        # negative: a place set off after a place is no speaker
        ("Shelling hit the town of Dovhe, Kestria, on Sunday, witnesses said.", ""),
        ("Rebels took the port of Dovhe, Kestria, said on Sunday it had no power.", ""),
    ],
)
def test_a_name_set_off_after_its_title_speaks(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a verb of saying in a clause of its own after the date, saying what follows it,
        # claims that, not what came before
        ("Troops took the town on Sunday, and the army warned that more attacks would come.", ""),
        ("Rebels shelled the port on Sunday and the army said it had returned fire.", ""),
        ("Rebels shelled the port on Sunday, while the army said it had returned fire.", ""),
        # negative: a tag after the date, or a saying the date dates, claims it
        ("Rebels shelled the port on Sunday, the army said.", "army"),
        ("Rebels shelled the port on Sunday, the army said, adding that it returned fire.", "army"),
        (
            "Rebels shelled the port on Sunday, said Anna Berg, a spokeswoman for the army.",
            "Anna Berg",
        ),
        ("The army on Sunday said rebels had shelled the port.", "army"),
        # a date in an opening "when" clause times the saying after it
        ("When asked about the port on Sunday, the army said rebels had shelled it.", "army"),
        # ... but an act of the speaker's own before or after it is the outlet's to tell
        (
            "After visiting the flooded towns on Sunday, the minister, Ana Ruiz, said 2.5"
            " million people were affected.",
            "",
        ),
        ("Before leaving Lima on Sunday, Ana Ruiz told reporters that talks would resume.", ""),
        # negative: a noun after "after", or the act inside what is said, stays claimed
        ("After the attack on Sunday, the army said rebels had shelled the port.", "army"),
        ("Ana Ruiz said she would resign after visiting the towns on Sunday.", "Ana Ruiz"),
    ],
)
def test_a_saying_after_the_date_claims_only_what_follows_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a date in a subordinate clause after what is said is background, no claim of it
        ("Kestria said 75 people were killed since the truce took effect on Sunday.", ""),
        ("Aid groups warned that famine loomed after the army closed the border on Sunday.", ""),
        # ... also after what a source tells
        (
            "According to the Kestrian monitor, 75 people were killed since the truce took"
            " effect on Sunday.",
            "",
        ),
        # negative: the date in what is said, or a subordinator before a noun alone
        ("According to Kestria, 75 people were killed in shelling on Sunday.", "Kestria"),
        ("Kestria said 75 people were killed in shelling on Sunday.", "Kestria"),
        ("Kestria said troops withdrew after the attack on Sunday.", "Kestria"),
        ("Kestria said on Sunday that troops withdrew after the attack.", "Kestria"),
    ],
)
def test_a_subordinate_clause_after_what_is_said_is_background(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a state's own television, radio or media speak for the state they name
        ("Rebels shelled the port on Sunday, Iranian state TV said.", "Iran"),
        ("Rebels shelled the port on Sunday, Pakistan state television said.", "Pakistan"),
        ("Rebels shelled the port on Sunday, Russian state media reported.", "Russia"),
        ("Rebels shelled the port on Sunday, Iran's state-run radio reported.", "Iran"),
        # ... and name no one when they name no state
        ("Rebels shelled the port on Sunday, state TV said.", ""),
        ("A colonel on state TV said on Sunday that the army hit two towns.", ""),
        # negative: a channel by its own name, and a state's officials
        ("Rebels shelled the port on Sunday, Al Jazeera TV said.", "Al Jazeera TV"),
        ("Rebels shelled the port on Sunday, Iranian officials said.", "Iran"),
    ],
)
def test_state_media_speak_for_their_state(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a saying inside a clause after "after", "when" ... tells why, it claims no event
        (
            "The sides agreed on Sunday to extend the truce after rebel leaders accused the"
            " army of breaking it.",
            "",
        ),
        ("Troops pulled back on Sunday when the army said the truce held.", ""),
        (
            "The sides on Sunday agreed to extend the truce after rebel leaders accused the"
            " army of breaking it.",
            "",
        ),
        # negative: the saying is the sentence's own, before the date or as a tag
        ("After the talks, the army said on Sunday that rebels shelled the port.", "army"),
        ("Rebels shelled the port on Sunday, the army said after the talks.", "army"),
    ],
)
def test_a_saying_in_a_subordinate_clause_after_the_event_claims_nothing(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a relative clause set off by commas tells a happening of its own: the verb of
        # saying after it claims what it says, not that
        ("The governor, who was arrested on Sunday, denied the charges.", ""),
        ("The minister, who visited the border on Sunday, said the troops were ready.", ""),
        ("Anna Berg, who was elected on Sunday, said the vote was fair.", ""),
        # negative: a relative clause that is itself a saying dates the saying, and a
        # participle aside keeps its rule
        ("The minister, who spoke to reporters on Sunday, said the troops were ready.", "minister"),
        ("Anna Berg, speaking from Vienna on Sunday, said the vote was fair.", "Anna Berg"),
    ],
)
def test_a_relative_clause_before_the_saying_is_not_claimed(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a speaker known by where they live names no one; the place, and what is said of
        # it after a comma, only describe them
        (
            "A teacher in the old quarter of Lagos, a port city with a large market, said "
            "gunmen entered the school on Sunday.",
            "",
        ),
        ("A farmer from a village near Kano said gunmen entered the school on Sunday.", ""),
        # negative: a named speaker, or a body of a place, keeps their name
        (
            "Anna Berg, a teacher in the old quarter of Lagos, said gunmen entered the school "
            "on Sunday.",
            "Anna Berg",
        ),
    ],
)
def test_a_place_a_speaker_lives_in_is_not_the_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a next sentence that only names who told it ("This was reported by X") claims it
        (
            "Rebels shelled the market on Sunday. This was reported by the governor Ivan Petrov.",
            "Ivan Petrov",
        ),
        ("Rebels shelled the market on Sunday. This was announced by the army.", "army"),
        (
            "Rebels shelled the market on Sunday. This was said by General Ivan Petrov.",
            "Ivan Petrov",
        ),
        ("Rebels shelled the market on Sunday. The army said this.", "army"),
        # a title before the name after "by" ("by the head of ... Ivan Petrov")
        (
            "The market was shelled on Sunday, as was confirmed by the head of the city "
            "administration Ivan Petrov.",
            "Ivan Petrov",
        ),
        # negative: after "by", a name closing what the speaker is accused of is no speaker
        ("Kenya was accused by Sudan of backing the RSF on Sunday.", "Sudan"),
        # negative: a next sentence telling something of its own, or a claim of its own
        ("Rebels shelled the market on Sunday. This was the third attack this month.", ""),
        ("Rebels shelled the market on Sunday. The army said troops had retreated.", ""),
        ("Rebels shelled the market on Sunday. This was condemned by the army.", ""),
    ],
)
def test_a_next_sentence_naming_the_source_claims_the_one_before(
    text: str, claimed_by: str
) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a verb of saying right after a quotation has its speaker after it, never the
        # words before the quotation
        (
            'On Sunday, rebel "fighters seized the bridge after heavy fighting", added the '
            "monitor, which has sources across the country.",
            "monitor",
        ),
        ('On Sunday, Russian "jets struck the town twice", added a local reporter.', ""),
        # negative: a speaker between the quotation and the verb speaks
        ('"Jets struck the town on Sunday," the monitor added.', "monitor"),
        ('"Jets struck the town on Sunday," added the monitor.', "monitor"),
    ],
)
def test_a_verb_right_after_a_quotation_has_its_speaker_after_it(
    text: str, claimed_by: str
) -> None:
    assert only_event(text, "on Sunday" if "on Sunday" in text else "On Sunday").claimed_by == (
        claimed_by
    )


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set off after a capitalised title speaks, also before "told" and a listener
        (
            "Ruritania's Foreign Minister, Omar Haddad, said on Sunday that talks had failed.",
            "Omar Haddad",
        ),
        (
            "The Foreign Minister, Omar Haddad, told the AP on Sunday that talks had failed.",
            "Omar Haddad",
        ),
        # negative: a place after its country's name is no speaker
        ("Officials in Dovhe, Kestria, said on Sunday that talks had failed.", ""),
    ],
)
def test_a_name_set_off_after_a_capitalised_title_speaks(text: str, claimed_by: str) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a passive verb of claiming stays passive past an adverb ("was first declared")
        ("Famine was first declared in the district on Sunday.", ""),
        ("Cholera was officially declared in the province on Sunday.", ""),
        ("The outbreak was also confirmed in two camps on Sunday.", ""),
        # negative: an active verb after an adverb still has its speaker
        ("Malawi officially declared the outbreak over on Sunday.", "Malawi"),
        ("Malawi was first to declare the outbreak over on Sunday.", ""),
    ],
)
def test_a_passive_verb_of_claiming_stays_passive_past_an_adverb(
    text: str, claimed_by: str
) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a phrase on the speaker's own statement ("In her address to the nation on Sunday,")
        # dates the saying after it, as "In a statement ..." does
        (
            "In her address to the nation on Sunday, President Ana Ruiz accused the "
            "neighbour of arming the rebels.",
            "Ana Ruiz",
        ),
        (
            "In its statement to the press on Sunday, Mali's army accused the rebels of "
            "shelling the town.",
            "Mali",
        ),
        # negative: a phrase on something else than a statement is the outlet's own setting
        (
            "In her home town near the border on Sunday, President Ana Ruiz met the "
            "families of the victims.",
            "",
        ),
    ],
)
def test_a_phrase_on_the_speakers_own_statement_dates_the_saying(
    text: str, claimed_by: str
) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a record of a source ("according to the monitor's figures") is that source's
        ("Rebels shelled the town on Sunday, according to the UN's figures.", "United Nations"),
        (
            "Mali's health ministry reported new cases. Twelve people died of cholera on "
            "Sunday, according to the ministry's tally.",
            "Mali",
        ),
        # ... its own record, a record of something, an audit, figures of its people
        ("Rebels shelled the town on Sunday, according to the UN's own figures.", "United Nations"),
        ("Rebels won 40 seats on Sunday, according to a Reuters tally of the results.", "Reuters"),
        ("Floods hit the town on Sunday, according to a UN audit.", "United Nations"),
        ("Rebels shelled the town on Sunday, according to Chadian figures.", "Chad"),
        # negative: a possessive before anything but a record keeps the phrase it names
        ("Rebels shelled the town on Sunday, according to Reuters.", "Reuters"),
        ("Rebels shelled the town on Sunday, according to an audit.", ""),
    ],
)
def test_a_record_kept_by_a_source_is_that_sources(text: str, claimed_by: str) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "the military" is the army named before with its state, and the other way round
        (
            "Sudan's army retook the bridge. The military said it repelled an attack on Sunday.",
            "Sudan",
        ),
        ("Mali's military gave figures. The army said rebels fled on Sunday.", "Mali"),
        (
            "Chad's armed forces moved north. The military said rebels fled on Sunday.",
            "Chad",
        ),
        # negative: a body of another kind is no army
        (
            "Chile's health ministry gave figures. The military said four died on Sunday.",
            "military",
        ),
    ],
)
def test_the_military_is_the_army_named_before(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a town or a region is no speaker: the one who speaks there is; a speaker of the
        # state named with a country speaks for it, else for no one named
        ("The governor of the Polish region of Lublin said a drone fell on Sunday.", "Poland"),
        ("The mayor of Lviv said a missile hit a depot on Sunday.", ""),
        ("Residents of Lviv said a missile hit a depot on Sunday.", ""),
        ("A ship sailing past Aden reported an explosion on Sunday.", ""),
        # ... also a place whose name opens on a particle, set off between commas
        (
            "Residents in the capital, el-Fasher, told reporters a drone hit a depot on Sunday.",
            "",
        ),
        # negative: a capital stands for its state, and a named person speaks
        ("Kyiv said a missile hit a depot on Sunday.", "Ukraine"),
        ("Warsaw on Sunday claimed a drone fell near the border.", "Poland"),
        (
            "The mayor of Lviv, Ana Kovalenko, said a missile hit a depot on Sunday.",
            "Ana Kovalenko",
        ),
        ("Omar al-Hassan, a local official, said a drone hit a depot on Sunday.", "Omar al-Hassan"),
    ],
)
def test_a_place_is_no_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name's bracketed acronym before the noun of what it is: the name speaks
        (
            "The Harbour Safety Board (HSB) office said a tanker was struck on Sunday.",
            "Harbour Safety Board",
        ),
        (
            "The Harbour Safety Board (HSB) agency said on Sunday a tanker was struck.",
            "Harbour Safety Board",
        ),
        # negative: the acronym right before the verb, as before
        (
            "The Harbour Safety Board (HSB) said a tanker was struck on Sunday.",
            "Harbour Safety Board",
        ),
    ],
)
def test_a_bracketed_acronym_before_its_noun(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a participle of claiming after its noun, with "by": the agent claims
        (
            "The raid on the depot on Sunday, claimed by the Harbour Safety Board, destroyed"
            " two tankers.",
            "Harbour Safety Board",
        ),
        (
            "It was the second sinking this month claimed by the Northern Front, after a raid on"
            " Sunday.",
            "Northern Front",
        ),
        # negative: the noun before it does not claim, nor do sources without a name
        ("The attack on Sunday was the third raid claimed this month.", ""),
        ("The village fell on Sunday, as confirmed by sources affiliated with the rebels.", ""),
    ],
)
def test_a_participle_of_claiming_with_by_names_its_agent(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by", "actors"),
    [
        # a word opening a sentence before a state or a body is no first name of it
        (
            "Before Chile joined the pact, the border was calm. Chile said on Sunday it would"
            " leave.",
            "Chile",
            ("Chile",),
        ),
        # negative: a person's first name and a name with a particle are theirs
        (
            "Ana de Souza arrived in the capital. De Souza said on Sunday talks would resume.",
            "Ana de Souza",
            ("Ana de Souza",),
        ),
        (
            "Maria Lopez arrived in the capital. Lopez said on Sunday talks would resume.",
            "Maria Lopez",
            ("Maria Lopez",),
        ),
    ],
)
def test_a_word_before_a_name_is_not_its_first_name(
    text: str, claimed_by: str, actors: tuple[str, ...]
) -> None:
    event = only_event(text)
    assert (event.claimed_by, event.actors) == (claimed_by, actors)


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set beside a person's role is a person's, whom "he" later means
        (
            "Tomas Lindqvist Berg, the army-appointed commissioner of the district, told a"
            " radio station that troops left. Berg also accused the army of looting. He added"
            " that a strike hit the town on Sunday.",
            "Tomas Lindqvist Berg",
        ),
        (
            "On Saturday Maria Lopez Vidal, a senior official of the council, spoke to the"
            " press. She said a strike hit the town on Sunday.",
            "Maria Lopez Vidal",
        ),
        # negative: a place or a body set beside a description is no person
        (
            "Port Sudan, a city on the coast, was calm. He said a strike hit the town on Sunday.",
            "",
        ),
        (
            "The Zentar Front, a group of former soldiers, was blamed. He said a strike hit the"
            " town on Sunday.",
            "",
        ),
    ],
)
def test_a_name_beside_a_persons_role_is_a_person(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


def test_a_name_set_off_after_a_role_is_a_person_whom_he_means() -> None:
    text = (
        "Al Zentari fighters attacked four bases. The army spokesman, Omar Ali Hassan, said"
        " the group attacked at dawn. Hassan said partners helped the army. He added that two"
        " soldiers were killed in the attack on Sunday. Al-Zentari said on its radio that it"
        " took the bases."
    )
    assert only_event(text).claimed_by == "Omar Ali Hassan"


def test_what_is_said_after_the_verb_is_no_speaker_however_it_ends() -> None:
    text = (
        "Late on Sunday, Omar Haddad, the rebels' spokesman, said the group was behind an"
        " attack Monday on a container ship."
    )
    assert only_event(text, "Late on Sunday").claimed_by == "Omar Haddad"


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a relative clause without "that" after a noun: its subject speaks
        (
            "The party demands that the vote on Sunday be held again, a demand the Zentar"
            " government rejects.",
            "",
        ),
        # negative: a noun's complement after a preposition is part of the speaker
        ("The spokesman of the Zentar Front said the vote on Sunday was rigged.", "Zentar Front"),
    ],
)
def test_a_noun_before_a_relative_clause_without_that_is_no_speaker(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # where the saying was made, between the speaker and the verb, is read past
        (
            "The Zentar Front, however, in a statement on Sunday said the raid failed.",
            "Zentar Front",
        ),
        ("The Zentar Front in a video on Sunday said the raid failed.", "Zentar Front"),
        # negative: a statement alone names no one
        ("In a statement on Sunday said the raid failed.", ""),
    ],
)
def test_where_a_saying_was_made_leaves_its_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a tag in brackets after a name (a party, a state) is no speaker: the name is
        (
            "Senator Ana Ruiz (D), who chairs the panel, said the bridge closed on Sunday.",
            "Ana Ruiz",
        ),
        ("Senator Ana Ruiz (D-Ore.) said the bridge closed on Sunday.", "Ana Ruiz"),
        ("Governor Ivo Lenz (R) said on Sunday that the bridge closed.", "Ivo Lenz"),
        # negative: an acronym in brackets still gives way to the name it stands for
        (
            "The Harbour Safety Board (HSB) said the bridge closed on Sunday.",
            "Harbour Safety Board",
        ),
    ],
)
def test_a_tag_in_brackets_after_a_name_is_no_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a statement a source phrase names is its author's, past an aside on the medium
        (
            "The rebels fired a missile on Sunday, according to a post on X, formerly"
            " Twitter, by the Harbour Safety Board.",
            "Harbour Safety Board",
        ),
        (
            "The rebels fired a missile on Sunday, according to a statement from the"
            " Harbour Safety Board.",
            "Harbour Safety Board",
        ),
        # ... or its owner's when the medium is someone's
        (
            "The rebels fired a missile on Sunday, according to a post on the Harbour Safety"
            " Board's Telegram channel.",
            "Harbour Safety Board",
        ),
        # ... and no one's when only the medium is named: a platform does not speak
        ("The rebels fired a missile on Sunday, according to a post on X.", ""),
        ("The rebels fired a missile on Sunday, according to a video posted on Telegram.", ""),
        # negative: a source named outright still speaks
        (
            "The rebels fired a missile on Sunday, according to the Harbour Safety Board.",
            "Harbour Safety Board",
        ),
    ],
)
def test_a_statement_named_as_the_source_is_its_authors(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an acronym in brackets and an auxiliary between the name and its verb
        (
            "The Harbour Safety Board (HSB) has confirmed that two ferries sank on Sunday.",
            "Harbour Safety Board",
        ),
        (
            "The Harbour Safety Board (HSB) said that two ferries sank on Sunday.",
            "Harbour Safety Board",
        ),
        # revealing what happened is a claim; revealing a thing is none
        ("The ministry revealed on Sunday that the victims had drowned.", "ministry"),
        ("The museum revealed a new statue on Sunday.", ""),
        # a sentence opening on its place and closing on the speaker of an inverted verb
        (
            "In Lamaro, the council declared a curfew on Sunday, reported the Herald Agency.",
            "Herald Agency",
        ),
        # blaming someone for a deed states it
        ("The ministry blamed rebels on Sunday for shelling the port.", "ministry"),
        # negative: blame as a noun claims nothing
        ("The blame for the blast on Sunday fell on the port.", ""),
        # negative: "reported" before what is reported keeps its speaker before it
        ("In Lamaro, the council reported on Sunday that the curfew held.", "council"),
    ],
)
def test_the_speaker_is_found_past_brackets_places_and_inversion(
    text: str, claimed_by: str
) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a disaster that "claims" lives kills; it asserts nothing
        ("A fire that swept the Harbour Court estate on Sunday has claimed at least 44 lives.", ""),
        ("The floods that hit the Rhone Valley on Sunday claimed the lives of 30 people.", ""),
        ("The landslide in Pine Hollow on Sunday claimed 12 lives.", ""),
        ("The blaze at the Harbour Court estate on Sunday claimed 44 lives and hurt dozens.", ""),
        # negative: lives in what is claimed, and claims of other deeds, are still claims
        ("The Delta Front claimed on Sunday that 44 lives were lost in the raid.", "Delta Front"),
        ("The Delta Front claimed on Sunday that it had downed a jet.", "Delta Front"),
        ("The prosecutor Ana Ruiz said on Sunday the life sentences were just.", "Ana Ruiz"),
    ],
)
def test_claiming_lives_tells_deaths_not_a_claim(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a long title before the name and a unit after it: the name, not the unit's tail
        (
            "Senior Inspector Mara Lin of the Northern District Crime Unit said on Sunday that"
            " the boards were unsafe.",
            "Mara Lin",
        ),
        (
            "Chief Superintendent Mara Lin of North Harbour Regional Crime Unit said on Sunday"
            " that the boards were unsafe.",
            "Mara Lin",
        ),
        ("Inspector Mara Lin said on Sunday that the boards were unsafe.", "Mara Lin"),
        # negative: a spokesman of a unit speaks for the unit
        (
            "A spokesman for the Relief Agency said on Sunday that the boards were unsafe.",
            "Relief Agency",
        ),
    ],
)
def test_a_speaker_is_never_cut_inside_a_name(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "her office", "its spokesman": whom the pronoun means, not the bare noun
        (
            "President Ana Ruiz visited the port. Her office announced on Sunday that she had"
            " cancelled the trip.",
            "Ana Ruiz",
        ),
        (
            "The Relief Agency opened a camp. Its spokesman said on Sunday that the boards were"
            " unsafe.",
            "Relief Agency",
        ),
        # the text's own voice names no one
        ("My Foreign Minister spoke to his counterpart on Sunday and stressed the urgency.", ""),
        # negative: a form of address names no owner; a name after the pronoun's noun speaks
        ("His Royal Highness noted on Sunday that growth was essential.", ""),
        (
            "Ana Ruiz met the envoy. Her spokesman Jo Lee said on Sunday that talks resumed.",
            "Jo Lee",
        ),
    ],
)
def test_a_speaker_owned_by_a_pronoun_is_whom_it_means(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a state's name ending a place's name is no person's surname
        (
            "Ships clashed near a reef in the South China Sea. China said on Sunday that four"
            " boats had intruded.",
            "China",
        ),
        ("Ships clashed in the North Sudan Basin on Sunday, Sudan said.", "Sudan"),
        # negative: a surname quoted after the full name still takes it
        (
            "The envoy George Barros spoke. Barros said on Sunday that talks had resumed.",
            "George Barros",
        ),
    ],
)
def test_a_states_name_inside_a_place_is_no_surname(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a participle and its date between the source and the verb: the source speaks
        (
            "A report from the U.N. Office for the Coordination of Relief Work released Sunday"
            " said the storm hit 174,000 people.",
            "United Nations Office for the Coordination of Relief Work",
        ),
        # negative: a participle with no date after it is left to the phrase
        ("The army said on Sunday that the storm hit the port.", "army"),
        (
            "A report from the Relief Agency released on Sunday said the storm hit the port.",
            "Relief Agency",
        ),
    ],
)
def test_a_sources_release_date_is_no_part_of_its_name(text: str, claimed_by: str) -> None:
    expression = "on Sunday" if "on Sunday" in text else "Sunday"
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a body's name runs across "of" after its head, past a possessive before it
        (
            "Drones hit the oil field on Sunday, according to the Vela Region's Ministry of"
            " Natural Resources.",
            "Vela Region's Ministry of Natural Resources",
        ),
        # negative: a spokesman for a body is no part of its name
        (
            "A spokesman for the Relief Agency said on Sunday that the boards were unsafe.",
            "Relief Agency",
        ),
    ],
)
def test_a_bodys_name_runs_across_of_after_its_head(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set beside the source's description after a comma is who speaks
        (
            "A missile strike killed 20 people in the city on Sunday, according to the city's"
            " acting mayor, Artem Kobzar.",
            "Artem Kobzar",
        ),
        # negative: a clause after the comma, or a name as the source, is no apposition
        ("According to the mayor, Ana Ruiz was killed on Sunday.", "mayor"),
        ("A strike killed 20 people on Sunday, according to Ana Ruiz, the mayor.", "Ana Ruiz"),
        (
            "A strike killed 20 people on Sunday, according to the army, which blamed rebels.",
            "army",
        ),
    ],
)
def test_a_name_apposed_to_a_source_speaks(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # "the country's" body or official is of the state named before it
        (
            "Floods hit Peru last week. The country's military leaders said four died on Sunday.",
            "Peru",
        ),
        (
            "A quake struck Chile. Four died on Sunday, according to the country's interior "
            "minister.",
            "Chile",
        ),
        # negative: no state named before: the words stay as written; nor a name that
        # opens on the word without a possessive
        ("The country's military leaders said four died on Sunday.", "country's military leaders"),
        ("Floods hit Peru. Nation Media Group said four died on Sunday.", "Nation Media Group"),
    ],
)
def test_the_countrys_speaker_is_the_state_named_before(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by", "stance"),
    [
        # saying that claims or reports are false denies them
        (
            "The Northern Front told the radio on Sunday that these claims were false.",
            "Northern Front",
            "denied",
        ),
        ("The ministry said on Sunday the reports were baseless.", "ministry", "denied"),
        ("Chad said on Sunday that the allegations are completely untrue.", "Chad", "denied"),
        # negative: a false thing that is no claim, or a claim that is true, is asserted
        ("The ministry said on Sunday the alarm was false.", "ministry", "asserted"),
        ("The ministry said on Sunday the reports were accurate.", "ministry", "asserted"),
        ("The ministry said on Sunday that it had closed the border.", "ministry", "asserted"),
    ],
)
def test_saying_a_claim_is_false_denies_it(text: str, claimed_by: str, stance: str) -> None:
    event = only_event(text)
    assert (event.claimed_by, event.stance) == (claimed_by, stance)


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a mission, an embassy, a committee, a party, a company or a union speaks
        ("The embassy said on Sunday that its staff had left.", "embassy"),
        ("The committee said on Sunday that the vote was delayed.", "committee"),
        ("The company said on Sunday that the plane was 34 years old.", "company"),
        ("The union said on Sunday that the strike would go on.", "union"),
        # ... and is the body of that kind named before
        (
            "The Relief Party held a rally. The party said on Sunday that its leader was held.",
            "Relief Party",
        ),
        # negative: the noun doing something, or owning what happened, claims nothing
        ("The company's plane crashed on Sunday.", ""),
        ("The embassy closed its doors on Sunday.", ""),
    ],
)
def test_bodies_of_every_kind_speak(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # police without a side are a source like officials: no one named
        ("Police said the bridge fell on Sunday.", ""),
        ("The bridge fell on Sunday, local police said.", ""),
        ("According to police, the bridge fell on Sunday.", ""),
        # negative: police of a named country speak for it, and a named force for itself
        ("Chilean police said the bridge fell on Sunday.", "Chile"),
        ("Police in Chad said the bridge fell on Sunday.", "Chad"),
        (
            "The Lamaro Metropolitan Police said the bridge fell on Sunday.",
            "Lamaro Metropolitan Police",
        ),
    ],
)
def test_police_without_a_side_name_no_one(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a record speaks for whoever issued it: the name or body before its noun, or the
        # one after "from" or "by", past a participle telling how it came out
        ("Exports resumed on Sunday, according to a ministry statement.", ""),
        ("According to a Reuters report posted on Sunday, the army is pushing north.", "Reuters"),
        ("The bridge fell on Sunday, according to a Reuters report.", "Reuters"),
        ("A statement from the ministry said the bridge fell on Sunday.", "ministry"),
        ("According to figures released by the ministry, the bridge fell on Sunday.", "ministry"),
        (
            "The bridge fell on Sunday, according to a report by Amnesty International.",
            "Amnesty International",
        ),
        ("The town lost 20 lives on Sunday, according to a HDMA report from June.", "HDMA"),
        # negative: a record alone, or one with only a describing word, names no one
        ("According to a UN panel report from June, the bridge fell on Sunday.", ""),
        ("Previous statements confirmed on Sunday that the bridge fell.", ""),
        ("According to a statement, the bridge fell on Sunday.", ""),
        ("The joint statement said the bridge fell on Sunday.", ""),
        ("According to official figures, the bridge fell on Sunday.", ""),
        # ... and a speaker with no record keeps its name
        ("The ministry said the bridge fell on Sunday.", "ministry"),
        ("The bridge fell on Sunday, according to Amnesty International.", "Amnesty International"),
    ],
)
def test_a_record_speaks_for_whoever_issued_it(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a word standing between the speaker and the verb is no part of the speaker
        (
            "The Gaza Relief Foundation opened sites. The group quickly said on Sunday that"
            " it was closing.",
            "Gaza Relief Foundation",
        ),
        ("The army reportedly said on Sunday that the town fell.", "army"),
        # negative: with no such word the speaker's words are kept whole
        ("The army said on Sunday that the town fell.", "army"),
    ],
)
def test_a_word_between_speaker_and_verb_is_no_part_of_the_speaker(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # judging another's act is a statement of the judge's own, dated by the date
        ("Qatar condemned the strike on Sunday as a breach of the truce.", "Qatar"),
        ("Peru on Sunday denounced the arrests of two journalists.", "Peru"),
        ("On Sunday, Peru criticised the blockade of the port.", "Peru"),
        ("The Pentagon expressed concern on Sunday over the missile launches.", "United States"),
        ("Defence Secretary Ana Ruiz lauded the crews of two destroyers on Sunday.", "Ana Ruiz"),
        # negative: the date dates the act judged, which the outlet tells
        ("Qatar condemned Sunday's strike on the port.", ""),
        ("Peru condemned the attack that killed ten people on Sunday.", ""),
        ("The attack on Sunday was condemned by Chile.", ""),
        ("Rebels shelled the town on Sunday, and Chile condemned the attack.", ""),
        # negative: reacting by an act, or hosting, is no statement
        ("Israel retaliated on Sunday with strikes on the port.", ""),
        ("Chile's president welcomed the Peruvian delegation in Lima on Sunday.", ""),
    ],
)
def test_a_verb_of_judging_claims_the_judging_not_the_act_judged(
    text: str, claimed_by: str
) -> None:
    expression = next(e for e in ("on Sunday", "On Sunday", "Sunday") if e in text)
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # verbs that report what is said as "stressed" does
        ("The envoy underscored on Sunday the need for a lasting truce.", "envoy"),
        ("Ana Ruiz described in a post on Sunday how the market had been looted.", "Ana Ruiz"),
        ("The ministry reiterated on Sunday that no troops had crossed the border.", "ministry"),
        # a verb joined by "and" to one whose object opens on a determiner ("the strikes"
        # is a noun, not the verb whose subject speaks)
        (
            "Prime Minister Ana Ruiz called the strikes an act of war and said on Sunday that"
            " her country would respond.",
            "Ana Ruiz",
        ),
        (
            "The army reported the attacks and said on Sunday that two soldiers had died.",
            "army",
        ),
        # negative: a noun of a description is no speaker, a passive no claim
        ("The raid was described as the deadliest of the war on Sunday.", ""),
    ],
)
def test_verbs_reporting_a_statement_and_their_joined_subject(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an adverb of manner stands between the judge and its verb
        ("Peru strongly condemned the missile launch on Sunday.", "Peru"),
        ("Chile on Sunday firmly denounced the arrests.", "Chile"),
        # negative: the date is the act's, written before its noun, or its participle's
        ("Peru expressed condolences to the victims of the Sunday bombing in Gao.", ""),
        ("Peru condemns the violence carried out by armed groups in Gao on Sunday.", ""),
        ("Chile described the raid on the port on Sunday as a war crime.", ""),
        ("Ana Ruiz described her horror as the earthquake struck on Sunday.", ""),
    ],
)
def test_the_judge_past_an_adverb_and_the_acts_own_date(text: str, claimed_by: str) -> None:
    expression = "on Sunday" if "on Sunday" in text else "Sunday"
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # the speaker's own words quoted from the verb on: no break before the verb
        ("On Sunday, the army “categorically denied” the reports of shelling.", "army"),
        ("The ministry on Sunday “strongly condemned the attack on the port”.", "ministry"),
        ('Peru "denied" on Sunday that its troops had crossed the border.', "Peru"),
        # negative: a quotation closing before the speaker, or a verb that says nothing
        ("“We took the town,” the army said on Sunday.", "army"),
        ("On Sunday, rebels “took” the town.", ""),
    ],
)
def test_a_quotation_opening_at_the_verb_keeps_its_speaker(text: str, claimed_by: str) -> None:
    expression = "On Sunday" if "On Sunday" in text else "on Sunday"
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # calling an act something is a judging of the speaker's own, dated by the date
        ('Ana Ruiz called the raid "a war crime" at a briefing on Sunday.', "Ana Ruiz"),
        ("Peru called the blockade an act of piracy in a statement on Sunday.", "Peru"),
        ("On Sunday, the envoy called the vote a sham.", "envoy"),
        ("Chile on Sunday called it a grave violation of the truce.", "Chile"),
        # negative: the date dates the act called so, or the verb names nothing
        ("Peru called Sunday's raid on the port an act of piracy.", ""),
        ("Chile called the attack that killed ten people on Sunday a crime.", ""),
        ("The union called a strike at the port on Sunday.", ""),
        ("Ana Ruiz called the president on Sunday to discuss the truce.", ""),
        ("The rebels called off the talks on Sunday.", ""),
    ],
)
def test_a_verb_of_calling_with_a_complement_claims_the_naming(text: str, claimed_by: str) -> None:
    expression = next(e for e in ("on Sunday", "On Sunday", "Sunday") if e in text)
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a participle between a determiner and its noun is an adjective, not a verb that
        # opens what is said ("said in a televised address")
        ("Rebels seized the town on Sunday, the army said in a televised address.", "army"),
        ("Troops left the port on Sunday, Ana Ruiz said in a recorded message.", "Ana Ruiz"),
        ("Drones hit the depot on Sunday, the ministry said in a detailed statement.", "ministry"),
        # negative: a verb after the saying says what is claimed, not the date's event
        (
            "Rebels seized the town on Sunday, and the army said troops retreated.",
            "",
        ),
    ],
)
def test_a_participle_before_its_noun_is_no_verb_of_what_is_said(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # owning a deed is a statement of the owner's own, claimed when the date dates it
        (
            "The Liberation Front claimed responsibility on Sunday for the bombing.",
            "Liberation Front",
        ),
        ("On Sunday, the armed group claimed responsibility for the ambush.", "armed group"),
        (
            "The Liberation Front claimed credit for the raid in a statement posted by its"
            " news agency on Sunday.",
            "Liberation Front",
        ),
        # as after the act a judging judges, a date after the deed dates the owning
        ("The armed group claimed responsibility for the bombing on Sunday.", "armed group"),
        # negative: the date dates the deed owned
        ("The Liberation Front claimed responsibility for Sunday's bombing.", ""),
        (
            "The Liberation Front claimed responsibility for the bombing that killed ten"
            " people on Sunday.",
            "",
        ),
        ("Rebels bombed the depot on Sunday, and the Liberation Front claimed responsibility.", ""),
        # negative: a disaster that claims lives claims nothing, nor does no one
        ("The fire on Sunday claimed at least 44 lives.", ""),
        ("No group has claimed responsibility for the blast on Sunday.", ""),
        ("Nobody claimed the bombing on Sunday.", ""),
        ("None of the armed groups on Sunday claimed responsibility for the raid.", ""),
        # ... but "no" before another clause's subject denies nothing of the speaker
        (
            "There was no word from the rebels and the army said on Sunday that they had fled.",
            "army",
        ),
    ],
)
def test_owning_a_deed_claims_the_owning_when_the_date_dates_it(text: str, claimed_by: str) -> None:
    expression = next(e for e in ("on Sunday", "On Sunday", "Sunday") if e in text)
    assert only_event(text, expression).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set off before an aside holding a title an owner named in it gives
        (
            "Ana Ruiz, President Carlos Vega's envoy, said on Sunday the truce had failed.",
            "Ana Ruiz",
        ),
        (
            "Ivo Lenz, Prime Minister Mara Sol's spokesman, told reporters on Sunday that the"
            " talks had stalled.",
            "Ivo Lenz",
        ),
        ("Ana Ruiz, Peru's envoy to the talks, said on Sunday the truce had failed.", "Ana Ruiz"),
        # negative: a place and the state it lies in are no speaker's aside
        ("Gao, Mali's largest town, fell on Sunday, witnesses said.", ""),
        # negative: an aside without an owner's title leaves the sentence's own account
        ("Troops entered Gao, the largest town, on Sunday.", ""),
    ],
)
def test_a_name_before_an_aside_with_an_owners_title_speaks(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a saying in a relative clause before the date tells what a noun is, not the event
        ("The navy sank a boat that the army said was carrying arms, killing six on Sunday.", ""),
        ("Jets bombed what the army said was a school in the port on Sunday.", ""),
        ("Troops shelled what the ministry said were rebel positions on Sunday.", ""),
        ("Rebels ambushed a convoy which the army said carried fuel, killing two on Sunday.", ""),
        (
            "Police raided a depot that the ministry says held arms, seizing 40 rifles on Sunday.",
            "",
        ),
        ("Late on Sunday, troops shelled what the ministry said were rebel positions.", ""),
        # negative: the date inside what the relative clause says is said
        ("Police held a man who the army said had planted the bomb on Sunday.", "army"),
        # negative: what is said has a subject of its own, so "that" opens no relative clause
        ("It does not matter that the army disputed the claim, saying on Sunday it held.", "army"),
        # negative: the saying of the sentence itself
        ("The army said the boat was carrying arms on Sunday.", "army"),
        ("Jets bombed a school on Sunday, the army said.", "army"),
        ("The army, which runs the port, said on Sunday that the bridge fell.", "army"),
    ],
)
def test_a_saying_in_a_relative_clause_before_the_date_claims_no_event(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a name set beside the source's description after "according to" is who speaks
        (
            "Rebels took the port on Sunday, according to Chile's defence minister, Ana Ruiz.",
            "Ana Ruiz",
        ),
        (
            "Rebels took the port on Sunday, according to Peru's chief of the General Staff,"
            " Gen. Luis Ortega, who briefed reporters.",
            "Luis Ortega",
        ),
        (
            "Rebels took the port on Sunday, according to the region's governor, Ivo Lenz.",
            "Ivo Lenz",
        ),
        # negative: a source that is a name itself, or a description with no name beside it
        ("Rebels took the port on Sunday, according to Chile's defence ministry.", "Chile"),
        (
            "Rebels took the port on Sunday, according to the Harbour Safety Board.",
            "Harbour Safety Board",
        ),
    ],
)
def test_a_name_beside_the_source_after_according_to_speaks(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # what is said after the verb has a verb of its own, in "-ed" or an irregular past
        ("Ana Berg, speaking on Sunday, said rebels fled the town.", "Ana Berg"),
        ("The army, in a statement on Sunday, said rebels attacked the base.", "army"),
        ("The army, in a statement on Sunday, said rebels overran the base.", "army"),
        ("Ana Berg, speaking on Sunday, said troops withdrew from the bridge.", "Ana Berg"),
        # a clause with an irregular past before a later saying is the outlet's own
        ("Rebels overran the base on Sunday, and the group said it had taken the town.", ""),
        ("Troops withdrew from the bridge on Sunday, while the ministry said it was calm.", ""),
        (
            "Rebels overran the base, the last army post, on Sunday, and the group said it"
            " had taken the town.",
            "",
        ),
        # negative: a tag or a phrase naming the speaker after the verb
        ("Rebels overran the base on Sunday, the army said.", "army"),
        (
            "Rebels overran the base on Sunday, reported the Harbour News Agency.",
            "Harbour News Agency",
        ),
        ("Rebels overran the base on Sunday, said exiled opposition leader Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_what_is_said_has_a_verb_of_its_own(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a participle or a relative clause on the noun of the statement tells where it was
        # made: it is no clause of what is said, so the tag claims the clause before it
        (
            "Rebels seized the town of Kuma on Sunday, the army said in a statement posted on"
            " Telegram.",
            "army",
        ),
        (
            "Rebels shelled the market on Sunday, Ana Ruiz said in an interview published by a"
            " local newspaper.",
            "Ana Ruiz",
        ),
        (
            "Troops left the base on Sunday, the ministry said in a statement carried by state"
            " media.",
            "ministry",
        ),
        (
            "Two drones hit the depot on Sunday, the governor wrote in a post shared on social"
            " media.",
            "governor",
        ),
        (
            "Rebels took the bridge on Sunday, the army said in a statement that gave no toll.",
            "army",
        ),
        (
            "Gunmen attacked the convoy on Sunday, the group said in a video released online.",
            "group",
        ),
        (
            "Fighting resumed on Sunday, Ana Ruiz said in remarks broadcast on state television.",
            "Ana Ruiz",
        ),
        (
            "The army said in a statement posted on Telegram that rebels had seized Kuma on"
            " Sunday.",
            "army",
        ),
        # ... and whoever carried the statement does not claim what it says
        (
            "Fighting resumed on Sunday, Ana Ruiz said in comments reported by a news agency.",
            "Ana Ruiz",
        ),
        # negative: what follows "that" with a subject of its own, or a clause right after
        # the frame, is what is said: the tag claims that, not the clause before it
        (
            "Rebels took the town on Sunday, and the army said in a statement that troops had"
            " retreated.",
            "",
        ),
        (
            "Rebels took the town on Sunday, and the army said troops trained abroad had"
            " retreated.",
            "",
        ),
        (
            "Rebels took the town on Sunday, and the army said in a statement troops had"
            " retreated.",
            "",
        ),
        # negative: a record posted by someone is theirs; a passive names its agent
        ("Rebels seized the town on Sunday, according to a statement posted by the army.", "army"),
        ("The raid on Sunday was confirmed by the ministry.", "ministry"),
    ],
)
def test_what_describes_the_statement_is_no_part_of_what_is_said(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # an aside on the speaker opening on a participle not in "-ed", or on an adverb
        # before one, is read past to the speaker
        (
            "The naval mission, known as Aspides, said on Sunday that the tanker posed a hazard.",
            "naval mission",
        ),
        (
            "The new governor, sworn in by the president, said on Sunday that rebels had shelled"
            " the town.",
            "new governor",
        ),
        (
            "The relief agency, hit hard by funding cuts, said on Sunday that it had closed two"
            " clinics.",
            "relief agency",
        ),
        (
            "The new governor, widely seen as loyal to the president, said on Sunday that rebels"
            " had shelled the town.",
            "new governor",
        ),
        (
            "The port operator, also known as the PO, said on Sunday that two ships had collided.",
            "port operator",
        ),
        # ... as one in "-ed" or "-ing" is
        (
            "The new governor, backed by the president, said on Sunday that rebels had shelled"
            " the town.",
            "new governor",
        ),
        # negative: a name in "-ed" after a title is the name, no participle
        (
            "The town's mayor, Ahmed Saleh, said on Sunday that rebels had shelled the market.",
            "Ahmed Saleh",
        ),
        (
            "The army's spokesman, Mohammed Idris, said on Sunday that rebels had fled.",
            "Mohammed Idris",
        ),
        (
            "Rebels shelled the town on Sunday, the army's spokesman, Hamed Nouri, told reporters.",
            "Hamed Nouri",
        ),
        # negative: a group so named acts; an aside in the clause before a later saying is
        # the outlet's own
        ("Troops known as the Kuma Brigade took the town on Sunday, the army said.", "army"),
        ("The town, known as Kuma, fell on Sunday, and the army said it had withdrawn.", ""),
        ("Rebels, backed by foreign fighters, took the town on Sunday.", ""),
    ],
)
def test_an_aside_opening_on_a_participle_describes_the_speaker(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a state's office named by its office holder speaks for the state around it
        (
            "Police in Lima arrested 14 protesters on Sunday, the public prosecutor's office said.",
            "Peru",
        ),
        (
            "Rescuers reached the flooded villages near Dhaka on Sunday, the prime minister's"
            " office said.",
            "Bangladesh",
        ),
        # negative: an office owned by no office holder keeps its words
        (
            "Rescuers reached the villages near Dhaka on Sunday, the group's office said.",
            "group's office",
        ),
    ],
)
def test_an_office_holders_office_speaks_for_the_state(text: str, claimed_by: str) -> None:
    assert only_event(text).claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # a speaker introduced by a description alone is no one named
        ("Troops left the town on Sunday, residents and a military officer said.", ""),
        ("Fighting resumed on Sunday, according to a war monitor.", ""),
        # negative: a name, or a body pointed back to, still claims
        ("The dam burst on Sunday, the Tarn Valley Cooperative said.", "Tarn Valley Cooperative"),
        ("Chile's health ministry gave figures. The ministry said four died on Sunday.", "Chile"),
    ],
)
def test_a_speaker_introduced_by_a_description_alone_is_no_one_named(
    text: str, claimed_by: str
) -> None:
    assert only_event(text, "on Sunday").claimed_by == claimed_by


@pytest.mark.parametrize(
    ("text", "claimed_by", "actor"),
    [
        # a land whose name is no name of who governs it speaks and acts by its governing body
        (
            "Two farmers were shot on Sunday, the Palestinian Health Ministry said.",
            "Palestinian Authority",
            "",
        ),
        ("Palestinian police closed the market on Sunday.", "", "Palestinian Authority"),
        # negative: a state is named as itself
        ("Two farmers were shot on Sunday, the Lebanese Health Ministry said.", "Lebanon", ""),
        ("Jordanian police closed the market on Sunday.", "", "Jordan"),
    ],
)
def test_a_land_speaks_and_acts_by_the_body_governing_it(
    text: str, claimed_by: str, actor: str
) -> None:
    event = only_event(text)
    assert event.claimed_by == claimed_by
    assert (actor in event.actors) if actor else "Palestinian Territory" not in event.actors


def test_a_land_governed_by_a_body_is_still_a_place_by_its_name() -> None:
    event = only_event("Soldiers raided a camp in the Palestinian territories on Sunday.")
    assert "Palestinian Authority" not in event.places


@pytest.mark.parametrize(
    ("text", "claimed_by"),
    [
        # announcing the results of a vote, or declaring a disaster area, is an act
        ("The commission announced the results of the vote on Sunday.", ""),
        ("The president declared the province a disaster area on Sunday.", ""),
        # negative: what the results show, or that a disaster is over, is said
        ("The commission announced on Sunday the results showed a narrow win.", "commission"),
        ("The governor declared on Sunday the disaster was over.", "governor"),
    ],
)
def test_announcing_results_or_declaring_a_disaster_area_is_an_act(
    text: str, claimed_by: str
) -> None:
    assert only_event(text).claimed_by == claimed_by
