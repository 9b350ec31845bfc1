"""Event categories for any conflict or crisis: which words decide, and in which sense.

Every sentence is dated "on Sunday"; each table has cases where a rule must not fire.
"""

import hashlib
from datetime import date
from pathlib import Path

import pytest

from tests.test_events import assert_category, events_of, only_event
from timeline.model import CATEGORIES, Event

# --- the clause's predicate outweighs the words around it ------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the first cue of the clause is what it does; a later cue is its object or setting
        (
            "Militants kidnapped two aid workers near the camp on Sunday.",
            "battlefield",
            "kidnapped",
        ),
        ("Parliament passed the budget on Sunday.", "economic", "budget"),
        (
            "China accused the United States of bombing its embassy on Sunday.",
            "diplomatic",
            "accused",
        ),
        ("Civilians fled the shelling in the east on Sunday.", "humanitarian", "fled"),
        # negative: who acts (police, civilians, parliament) is no predicate
        ("Police said gunmen shot dead a village chief on Sunday.", "battlefield", "shot dead"),
        ("Civilians were killed in an air strike on Sunday.", "battlefield", "air strike"),
        ("Parliament voted on Sunday.", "political", "parliament"),
    ],
)
def test_the_first_cue_of_the_clause_is_its_predicate(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a date in a subordinate clause dates that clause's happening
        (
            "Dozens of soldiers have been killed since the truce took effect on Sunday.",
            "diplomatic",
            "truce",
        ),
        ("Troops shelled the town after the talks collapsed on Sunday.", "diplomatic", "talks"),
        # negative: a subordinator right before the date opens no clause of its own
        ("Dozens of soldiers have been killed in shelling since Sunday.", "battlefield", "killed"),
        ("Troops shelled the town after dawn on Sunday.", "battlefield", "shelled"),
    ],
)
def test_a_subordinate_clause_holding_the_date_tells_its_event(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue, "Sunday")


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # what a protest, a sanction or a closure is about is not what happened
        ("Thousands protested against the war on Sunday.", "political", "protested"),
        ("The bloc imposed sanctions over the invasion on Sunday.", "diplomatic", "sanctions"),
        (
            "Farmers blocked roads in protest at the new tax on Sunday.",
            "political",
            "blocked roads",
        ),
        ("The envoy held talks about the fighting on Sunday.", "diplomatic", "talks"),
        # negative: a topic still decides when the clause says nothing else
        ("The minister spoke about the floods on Sunday.", "humanitarian", "floods"),
        # negative: an opener as the first word opens no topic
        ("Against the odds, rescuers found survivors on Sunday.", "humanitarian", "rescuers"),
    ],
)
def test_what_a_clause_is_about_counts_less_than_what_it_tells(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the noun phrase a date qualifies, adjectives included
        (
            "Aid agencies counted the victims of Sunday's double explosions in the market.",
            "battlefield",
            "explosions",
        ),
        (
            "The ambassador offered condolences to the victims of the June 18 terrorist attack.",
            "battlefield",
            "attack",
        ),
        # the noun before the participle a date follows
        (
            "Artillery and rocket fire hit the town despite the truce agreed on Sunday.",
            "diplomatic",
            "truce",
        ),
        # negative: a weak noun before the participle names nobody's event
        ("Police said rebels attacked on Sunday.", "battlefield", "attacked"),
    ],
)
def test_a_date_names_the_words_around_it(text: str, category: str, cue: str) -> None:
    expression = "June 18" if "June 18" in text else "Sunday"
    event = only_event(text, expression)
    assert event.category == category, event.cues
    assert event.cues[0] == cue


# --- words read in the sense their neighbours give them -------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # violence at a protest or a riot
        (
            "Soldiers opened fire on protesters in the square on Sunday.",
            "political",
            "opened fire (protesters)",
        ),
        ("Rioters torched cars and looted shops on Sunday.", "political", "torched (rioters)"),
        ("Gunmen attacked a police station on Sunday.", "battlefield", "attacked"),  # negative
        # fighters fleeing are retreating; families fleeing are displaced
        (
            "Militants fled the town on Sunday as troops advanced.",
            "battlefield",
            "fled (militants)",
        ),
        ("Thousands of families fled their homes on Sunday.", "humanitarian", "fled"),
        # contacts and disputes between parties at home
        (
            "Prosecutors accused the former minister of fraud on Sunday.",
            "political",
            "accused (prosecutors)",
        ),
        (
            "The opposition party will meet on Sunday to choose a candidate.",
            "political",
            "meet (opposition)",
        ),
        ("China accused Japan of provocations on Sunday.", "diplomatic", "accused"),  # negative
        # parties at home by their family name, warnings to workers at home, however many
        # words stand between
        (
            "The minority leader on Sunday accused Republicans of holding up the funding.",
            "political",
            "accused (republicans)",
        ),
        (
            "The president warned on Sunday that he would fire more federal workers.",
            "political",
            "warned (workers)",
        ),
        # negatives: a warning or praise between states
        (
            "The president warned on Sunday that the border would stay closed.",
            "diplomatic",
            "warned",
        ),
        (
            "The envoy on Sunday praised the painstaking work of the mediators.",
            "diplomatic",
            "praised",
        ),
        # talks about oil output and trade
        (
            "A meeting of oil producers on Sunday failed to agree output cuts.",
            "economic",
            "meeting (oil)",
        ),
        (
            "A meeting of foreign ministers on Sunday failed to agree a statement.",
            "diplomatic",
            "meeting",
        ),
        # a disaster kills and burns too
        ("Floods killed 30 people in the north on Sunday.", "humanitarian", "floods"),
        ("Gunmen killed 30 people in the north on Sunday.", "battlefield", "killed"),
        # speaking to the press is a statement, not a contact between states
        ("The minister spoke to reporters in the capital on Sunday.", "other", None),
        ("The minister spoke to her Turkish counterpart on Sunday.", "diplomatic", "spoke to"),
        # supporters are mobilised for politics, reservists for war
        (
            "The party mobilised its supporters for the rally on Sunday.",
            "political",
            "mobilised (party)",
        ),
        ("The army mobilised 10,000 reservists on Sunday.", "battlefield", "mobilised"),
        # military aid is support between states; aid to the hungry is relief
        (
            "Washington approved a military aid package for its ally on Sunday.",
            "diplomatic",
            "aid (military)",
        ),
        ("Donors flew aid to the flooded region on Sunday.", "humanitarian", "aid"),
        (
            "The ally announced on Sunday an aid package that includes 4 million rounds of"
            " ammunition.",
            "diplomatic",
            "aid (ammunition)",
        ),
        (
            "Donors announced on Sunday an aid package that includes food, tents and blankets.",
            "humanitarian",
            "aid",
        ),
        # prisoners of war are exchanged between sides; a prison is a domestic matter
        ("The two sides exchanged 150 prisoners of war on Sunday.", "diplomatic", "exchanged"),
        (
            "The two sides exchanged gunfire across the border on Sunday.",
            "battlefield",
            "exchanged gunfire",
        ),
        ("Inmates rioted in the city prison on Sunday.", "political", "rioted"),
        # a month is no march
        ("The envoy will travel to the region from March on Sunday.", "diplomatic", "envoy"),
        ("Thousands joined the march through the capital on Sunday.", "political", "march"),
        # a house falling down, or a man falling ill, is no town falling
        ("The house fell down on Sunday.", "other", None),
        ("The minister fell ill on Sunday.", "other", None),
        ("The town fell to the rebels on Sunday.", "battlefield", "fell"),
        # visiting the places a disaster struck is no contact between states
        ("The president visited the affected areas on Sunday.", "political", "visited"),
        ("The president visited Paris on Sunday.", "diplomatic", "visited"),
    ],
)
def test_a_cue_takes_the_sense_its_neighbours_give_it(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


def assert_sense(text: str, category: str, cue: str | None) -> None:
    """The event of ``text`` has ``category``, decided by ``cue`` (``None``: whichever word
    shows the sense)."""
    if cue is None:
        assert only_event(text).category == category
    else:
        assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # blows traded between the sides are fighting; goods traded are business
        (
            "The two navies continued to trade missile fire in the gulf on Sunday.",
            "battlefield",
            "trade (missile)",
        ),
        ("Troops and rebels were trading fire in the suburbs on Sunday.", "battlefield", None),
        ("Stock markets resumed trading on Sunday.", "economic", "trading"),  # negative
        ("The two countries agreed to trade more grain on Sunday.", "economic", "trade"),
        # ties downgraded with another state are its relations; a debt downgraded is money
        (
            "The government announced a downgrade of diplomatic ties with its neighbour on Sunday.",
            "diplomatic",
            "downgrade (diplomatic)",
        ),
        ("A ratings agency downgraded the country's debt on Sunday.", "economic", "downgraded"),
        # standing by what the police did is politics at home, not a defence of ground
        (
            "The president defended the actions of the police on Sunday.",
            "political",
            "defended (actions)",
        ),
        ("Troops defended their positions near the bridge on Sunday.", "battlefield", "defended"),
    ],
)
def test_the_object_of_a_verb_gives_it_its_sense(text: str, category: str, cue: str | None) -> None:
    assert_sense(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "storm" as a verb is forcing a way in: who stormed and what they stormed decide
        ("Troops storm the presidential palace in a failed coup on Sunday.", "political"),
        ("Militants storm the town of Kaya on Sunday.", "battlefield"),
        ("Rebel fighters storm the army barracks outside the town on Sunday.", "battlefield"),
        # negatives: the weather, even near a building or the police
        ("The storm hit the coast on Sunday, killing 12 people.", "humanitarian"),
        ("Police said the storm destroyed 300 homes on Sunday.", "humanitarian"),
        ("Troops were deployed after the storm on Sunday.", "humanitarian"),
    ],
)
def test_storm_as_a_verb_is_no_weather(text: str, category: str) -> None:
    assert only_event(text).category == category, only_event(text).cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # leaving or taking office, and a government falling apart, are politics at home
        ("The prime minister stepped down on Sunday.", "political", "stepped down"),
        ("The new governor assumed office on Sunday.", "political", "assumed office"),
        (
            "The mayor will step down on Sunday amid rising fuel prices.",
            "political",
            "step down",
        ),
        (
            "The collapse of the governing coalition on Sunday stunned the capital.",
            "political",
            "collapse of the governing coalition",
        ),
        ("The president addressed the nation on Sunday.", "political", "addressed the nation"),
        # conceding an election lost is politics; a concession to the other side of a war
        # or a talk is diplomacy
        ("The challenger conceded defeat on Sunday.", "political", "conceded defeat"),
        (
            "The incumbent conceded the election on Sunday and called for calm.",
            "political",
            "conceded the election",
        ),
        ("Ukraine will not concede territory, the envoy said on Sunday.", "diplomatic", None),
        # negatives: stepping up an offensive, a building's collapse, an envoy's address
        ("The army stepped up its offensive on Sunday.", "battlefield", "offensive"),
        ("The collapse of the old bridge on Sunday killed two people.", "humanitarian", None),
        # a structure's collapse names a disaster; talks or a front collapsing do not
        (
            "A station roof collapse on Sunday killed 14 commuters.",
            "humanitarian",
            "roof collapse",
        ),
        ("The talks collapsed on Sunday.", "diplomatic", "talks"),
        ("The envoy addressed the Security Council on Sunday.", "diplomatic", None),
        # retiring from a post is leaving office, the army's commanders too
        (
            "The navy's chief of staff said on Sunday he would retire next spring.",
            "political",
            "retire",
        ),
        ("The long-serving police chief retires on Sunday.", "political", "retires"),
        # negative: a retired officer speaking tells what he speaks of
        (
            "A retired colonel said on Sunday that drones had struck the depot.",
            "battlefield",
            "struck",
        ),
    ],
)
def test_office_taken_or_left_is_politics(text: str, category: str, cue: str | None) -> None:
    assert_sense(text, category, cue)


@pytest.mark.parametrize(
    ("text", "expression", "category", "cue"),
    [
        # a theft, a robbery or a burglary is a crime, none of the news's other kinds
        ("Thieves broke into a jewellery store on Sunday.", "on Sunday", "other", "thieves"),
        (
            "Police arrested three men on Monday over Sunday's robbery.",
            "Sunday",
            "other",
            "robbery",
        ),
        ("The gallery closed after a heist on Sunday.", "on Sunday", "other", "heist"),
        # negatives: what the police and the courts do about it is politics at home, and an
        # election called stolen is the vote's
        (
            "Police arrested three men on Monday over Sunday's robbery.",
            "on Monday",
            "political",
            "arrested",
        ),
        (
            "Prosecutors said on Sunday they had opened an investigation into the theft.",
            "on Sunday",
            "political",
            "theft (investigation)",
        ),
        (
            "A court sentenced two men on Sunday for a theft from the museum.",
            "on Sunday",
            "political",
            "sentenced",
        ),
        (
            "Protesters rallied on Sunday against what they called a stolen election.",
            "on Sunday",
            "political",
            "rallied",
        ),
    ],
)
def test_a_theft_is_a_crime_not_politics(
    text: str, expression: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue, expression)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sport is none of the news's other kinds, even when a war stopped it
        ("The football federation postponed the cup final on Sunday over the shelling.", "other"),
        ("The tournament was suspended on Sunday as the fighting spread.", "other"),
        ("The remaining matches will be played abroad on Sunday.", "other"),
        ("The hockey championship was moved to another country on Sunday.", "other"),
        # negatives: an attack near a stadium, a league of states, a protest about spending
        ("Drones struck near the football stadium on Sunday.", "battlefield"),
        ("The Arab League met in Cairo on Sunday.", "diplomatic"),
        ("A bus carrying football fans crashed on Sunday, killing six people.", "humanitarian"),
        (
            "Students marched on Sunday against spending on stadiums for the World Cup.",
            "political",
        ),
    ],
)
def test_sport_is_none_of_the_other_kinds(text: str, category: str) -> None:
    events = events_after(FIGHTING, text)
    assert events[-1].category == category, events[-1].cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a minister of home affairs or a party's leader speaks of politics at home when
        # nothing else is told, as a foreign minister speaks of relations abroad
        (
            "The interior minister said on Sunday that she did not know where he was.",
            "political",
            "interior minister",
        ),
        (
            "The public security minister said on Sunday that nobody knew where he was.",
            "political",
            "public security minister",
        ),
        ("The co-leader of the Greens proclaimed on Sunday: 'We have doubled!'", "political", None),
        # negatives: a foreign minister, and a home minister telling of an attack
        (
            "The foreign minister said on Sunday that she did not know where he was.",
            "diplomatic",
            "foreign minister",
        ),
        (
            "The interior minister said on Sunday that gunmen had attacked a police post.",
            "battlefield",
            "attacked",
        ),
    ],
)
def test_who_speaks_tells_what_a_statement_is_about_when_nothing_else_does(
    text: str, category: str, cue: str | None
) -> None:
    assert_sense(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a meeting someone chairs is held at home: what it is about tells the event
        ("The mayor chaired a meeting on the storm damage on Sunday.", "humanitarian", "storm"),
        (
            "The mayor chaired a second crisis meeting on the storm damage on Sunday.",
            "humanitarian",
            "storm",
        ),
        (
            "The premier will chair a meeting on the fuel shortages on Sunday.",
            "economic",
            "fuel shortages",
        ),
        # negatives: who sits at the table can still tell it
        (
            "The minister chaired a meeting of regional governors on Sunday.",
            "political",
            "meeting (regional)",
        ),
        (
            "The president chaired a meeting with the visiting envoy on Sunday.",
            "diplomatic",
            "envoy",
        ),
        ("The foreign minister met his counterpart on Sunday.", "diplomatic", "met"),
        # resources or rescuers deployed to help are relief, troops deployed are the army's
        (
            "Officials deployed more resources to support affected communities on Sunday.",
            "humanitarian",
            "deployed (resources)",
        ),
        ("The army deployed more troops to the border on Sunday.", "battlefield", "troops"),
    ],
)
def test_a_chaired_meeting_is_about_what_it_discusses(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


# --- cue families: armed violence, protest, politics, diplomacy, economy, disasters ----------

EVENT_FAMILIES = [
    # clashes, explosions and remote violence, violence against civilians
    ("Government troops clashed with insurgents near the village on Sunday.", "battlefield"),
    ("Militants ambushed a convoy on the highway on Sunday, killing six soldiers.", "battlefield"),
    ("Rebels overran an army base in the province on Sunday.", "battlefield"),
    ("A roadside bomb killed four soldiers on patrol on Sunday.", "battlefield"),
    ("An improvised explosive device detonated near a convoy on Sunday.", "battlefield"),
    ("A landmine exploded under a truck in the border area on Sunday.", "battlefield"),
    ("Militants fired a grenade at a police patrol on Sunday.", "battlefield"),
    ("Armed men abducted 30 students from a school on Sunday.", "battlefield"),
    ("Unidentified gunmen shot dead a local chief on Sunday.", "battlefield"),
    ("Two armed groups exchanged fire in the market town on Sunday.", "battlefield"),
    ("The army mobilised 300,000 reservists on Sunday.", "battlefield"),
    # protests, riots, arrests, courts, elections, government
    ("Residents staged a sit-in outside the governor's office on Sunday.", "political"),
    ("Women held a vigil for the disappeared on Sunday.", "political"),
    ("Police fired live rounds to disperse protesters on Sunday.", "political"),
    ("A mob lynched a suspected thief in the market on Sunday.", "political"),
    ("The court acquitted the former president of corruption on Sunday.", "political"),
    ("The electoral commission declared the incumbent the winner on Sunday.", "political"),
    ("The president dissolved parliament on Sunday.", "political"),
    ("The president fired his finance minister on Sunday.", "political"),
    ("The president threatened on Sunday to jail striking doctors.", "political"),
    # contacts, demands, accusations, refusals, threats and sanctions between states
    ("The president received his French counterpart in the capital on Sunday.", "diplomatic"),
    ("Iran rejected the European proposal on its nuclear programme on Sunday.", "diplomatic"),
    ("Russia vetoed the draft resolution on Sunday.", "diplomatic"),
    ("The minister apologised to the neighbouring country on Sunday.", "diplomatic"),
    ("Washington on Sunday slapped sanctions on three shipping firms.", "diplomatic"),
    ("The regional bloc suspended the country's membership on Sunday.", "diplomatic"),
    # money, trade and markets
    ("The IMF approved a $3 billion loan to the country on Sunday.", "economic"),
    ("The two countries signed a free trade agreement on Sunday.", "economic"),
    ("The government devalued the currency on Sunday.", "economic"),
    # disasters, relief and displacement
    ("The World Food Programme delivered food aid to 20,000 people on Sunday.", "humanitarian"),
    ("Families fled as the river burst its banks on Sunday.", "humanitarian"),
    ("Donors pledged $500 million for reconstruction on Sunday.", "humanitarian"),
    # statements about a war are classed by what they say
    ("The general staff said on Sunday that its units had repelled 40 assaults.", "battlefield"),
    ("The minister said on Sunday his country was ready to resume talks.", "diplomatic"),
    ("Aid groups warned on Sunday of famine in the north.", "humanitarian"),
    ("The central bank said on Sunday it would keep interest rates unchanged.", "economic"),
    # other conflicts and countries
    ("Hezbollah fired dozens of rockets at northern Israel on Sunday.", "battlefield"),
    ("The government and the rebels resumed peace talks in Caracas on Sunday.", "diplomatic"),
    ("The junta expelled the French ambassador on Sunday.", "diplomatic"),
    ("The supreme court disqualified the prime minister on Sunday.", "political"),
    ("The World Bank approved a $700 million grant for the country on Sunday.", "economic"),
    ("The peso plunged 20 percent on Sunday.", "economic"),
    ("Monsoon rains triggered landslides in the hills on Sunday.", "humanitarian"),
    # negative: nothing happened that any family names
    ("The orchestra played a new symphony at the hall on Sunday.", "other"),
    ("The museum opened a new wing on Sunday.", "other"),
]


@pytest.mark.parametrize(("text", "category"), EVENT_FAMILIES)
def test_cue_families_name_what_happened_in_any_conflict_or_crisis(
    text: str, category: str
) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


# --- a statement is classed by what it says ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the date dates the saying; the quotation says what it is about
        (
            'The spokeswoman said on Sunday, "Our units repelled three assaults near the river."',
            "battlefield",
            "repelled",
        ),
        (
            'The governor predicted on Sunday, "The floodwaters will reach the city by night."',
            "humanitarian",
            "floodwaters",
        ),
        # negative: what the clause tells outweighs what is quoted
        (
            'The envoys held talks on Sunday and called the shelling "a crime against peace".',
            "diplomatic",
            "talks",
        ),
    ],
)
def test_a_quotation_says_what_a_statement_is_about(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


def test_the_tail_of_a_quotation_opened_before_the_sentence_says_nothing() -> None:
    text = "“The army will retake every town. Talks are pointless,” the analyst wrote on Sunday."
    event = only_event(text)
    assert (event.category, event.cues) == ("other", ())


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # visits, welcomes and praise are contacts between states when nothing else is told
        ("The king visited the neighbouring capital on Sunday.", "diplomatic"),
        ("The under secretary will visit three Gulf states on Sunday.", "diplomatic"),
        # a trip abroad is a visit, whoever the traveller's title names
        (
            "The Under Secretary for Civilian Security will travel to Pakistan on Sunday.",
            "diplomatic",
        ),
        ("The prime minister made a trip to Beijing on Sunday.", "diplomatic"),
        ("The prime minister welcomed the crown prince to the capital on Sunday.", "diplomatic"),
        ("The minister praised the neighbour's decision on Sunday.", "diplomatic"),
        # negative: what the visit is about decides
        ("The president will visit flood victims in the south on Sunday.", "humanitarian"),
        ("The president visited troops on the front line on Sunday.", "battlefield"),
        ("The president will travel to the flooded region on Sunday.", "humanitarian"),
        ("Thousands of refugees are traveling to the border on Sunday.", "humanitarian"),
        # negative: praise at home is politics
        ("The opposition leader praised the court's ruling on Sunday.", "political"),
    ],
)
def test_visits_and_praise_are_contacts_unless_something_else_is_told(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a government's measures are politics when nothing else is told
        ("The government unveiled a pension reform on Sunday.", "political"),
        ("The ministry opened a compensation scheme for postal workers on Sunday.", "political"),
        # negative: what the measure is about decides
        ("The central bank unveiled a new interest rate policy on Sunday.", "economic"),
        ("The agency unveiled a relief scheme for flood victims on Sunday.", "humanitarian"),
    ],
)
def test_a_governments_measures_are_politics_unless_about_something_else(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # strikes on a target are attacks; a strike by workers is a labour dispute
        ("Warplanes carried out targeted strikes on the headquarters on Sunday.", "battlefield"),
        ("Nurses went on strike on Sunday.", "political"),
    ],
)
def test_strikes_on_a_target_are_attacks(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a relative clause after the date describes a noun, not the event
        (
            "On Sunday the envoy met with families of hostages who were abducted in the raid.",
            "diplomatic",
            "met with",
        ),
        (
            "Rescuers on Sunday reached the village that gunmen had attacked.",
            "humanitarian",
            "rescuers",
        ),
        # negative: "that" after a verb of saying opens what is said
        ("The army said on Sunday that rebels attacked a convoy.", "battlefield", "attacked"),
        # negative: a relative clause holding the date tells the event
        (
            "The envoy praised the troops, who repelled an assault on Sunday.",
            "battlefield",
            "repelled",
        ),
    ],
)
def test_a_relative_clause_after_the_date_describes_a_noun(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue, "Sunday")


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # what a verb of judging calls its object is what the statement says, past its topic
        (
            "The bloc on Sunday described the raids as a blatant violation of the country's"
            " sovereignty.",
            "diplomatic",
            "violation of the country's sovereignty",
        ),
        (
            "In a statement on Sunday, the league branded the drone strikes as a violation of"
            " its sovereignty.",
            "diplomatic",
            "violation of its sovereignty",
        ),
        # negative: with nothing else called, the topic tells the event
        ("The witness on Sunday described the attack as horrific.", "battlefield", "attack"),
        # negative: "as" opening a clause is no judgement
        (
            "The bloc on Sunday condemned the shelling as troops advanced on the city.",
            "diplomatic",
            "condemned",
        ),
    ],
)
def test_what_a_judgement_calls_its_object_is_what_is_said(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the statement a phrase opening the sentence names is where it was said: what is
        # said tells the event
        (
            "In a televised address on Sunday, the president announced new sanctions on the"
            " neighbouring state.",
            "diplomatic",
            "sanctions",
        ),
        (
            "In a video address on Sunday, the governor said the floods had forced 5,000"
            " people from their homes.",
            "humanitarian",
            "floods",
        ),
        # negative: with nothing else said, the address is what happened
        (
            "In a televised address on Sunday, the president said he would stay on.",
            "political",
            "televised address",
        ),
        # negative: talks opening the sentence are no statement
        (
            "During talks on Sunday, the two leaders said they had agreed a truce.",
            "diplomatic",
            "talks",
        ),
    ],
)
def test_a_statement_opening_the_sentence_is_where_it_was_said(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue", "expression"),
    [
        # the date may stand inside the statement's noun phrase, and who speaks may be set
        # off between the phrase and the verb of saying
        (
            "In her Sunday evening televised speech, the prime minister announced new"
            " sanctions on the neighbouring state.",
            "diplomatic",
            "sanctions",
            "Sunday evening",
        ),
        (
            "During a news conference on Sunday, the army chief, General Tomas Reyes, said"
            " troops had shelled rebel positions overnight.",
            "battlefield",
            "shelled",
            "on Sunday",
        ),
        (
            "At a briefing on Sunday, the regional governor, a former judge, said the"
            " cyclone had destroyed 3,000 homes.",
            "humanitarian",
            "cyclone",
            "on Sunday",
        ),
        # negative: with nothing else said, the conference is what happened
        (
            "During a news conference on Sunday, the mayor, a former teacher, said she would"
            " stand again.",
            "political",
            "news conference",
            "on Sunday",
        ),
        # negative: a statement named after another preposition is no opening statement
        (
            "During talks on Sunday about the report, the two leaders agreed a truce.",
            "diplomatic",
            "talks",
            "on Sunday",
        ),
        # negative: a verb of its own between the phrase and the saying ends the opening
        (
            "During a news conference on Sunday, the mayor resigned, aides said.",
            "political",
            "news conference",
            "on Sunday",
        ),
    ],
)
def test_a_statement_opening_the_sentence_reaches_its_verb_of_saying(
    text: str, category: str, cue: str, expression: str
) -> None:
    assert_category(text, category, cue, expression)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # where a verb of saying said it is the venue of the statement: what is said tells
        # the event
        (
            "The governor said in a televised address on Sunday that the earthquake had"
            " destroyed 2,000 homes.",
            "humanitarian",
            "earthquake",
        ),
        (
            "The army spokesman said in his nightly video address on Sunday that troops had"
            " retaken the border town.",
            "battlefield",
            "retaken",
        ),
        (
            "Speaking at a news conference in the capital on Sunday, the foreign minister"
            " said the two sides had agreed a ceasefire.",
            "diplomatic",
            "ceasefire",
        ),
        # the date may stand between the verb and its venue
        (
            "The minister said on Sunday in a video message that floodwaters had cut off 30"
            " villages.",
            "humanitarian",
            "floodwaters",
        ),
        # and a news conference told is a venue too
        (
            "A rebel commander told a press conference on Sunday that his fighters had"
            " shelled the airport.",
            "battlefield",
            "shelled",
        ),
        # negative: with nothing else said, the address is what happened
        (
            "The president said in a televised address on Sunday that the nation would overcome.",
            "political",
            "televised address",
        ),
        # negative: an address given, not a venue of a saying
        (
            "The prime minister addressed the nation in a televised address on Sunday.",
            "political",
            "addressed the nation",
        ),
    ],
)
def test_the_venue_of_a_saying_is_not_what_it_tells(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a happening a verb of calling names is judged: the call is a stance, and a strike
        # so named was not called by workers
        ('The president called the strike "horrible" on Sunday.', "diplomatic", "strike"),
        (
            'The Chinese leader called the strikes "an act of aggression" on Sunday.',
            "diplomatic",
            "strikes",
        ),
        (
            'The president called the strike "a crime" and on Sunday urged allies to send more'
            " air defence systems.",
            "diplomatic",
            "urged",
        ),
        # negative: a strike called by workers is a labour dispute
        (
            "Dock workers called a strike on Sunday over unpaid wages.",
            "political",
            "strike (called)",
        ),
        (
            "The union called the strike off on Sunday after talks on pay.",
            "political",
            "strike (called)",
        ),
    ],
)
def test_a_happening_a_verb_of_calling_names_is_judged(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a clause telling that its noun began describes a happening, past the place a
        # preposition adds to it
        (
            "Crowds rallied in angry protests on Monday, after days of a power outage in the"
            " province, which began on Sunday with a fault at the main plant.",
            "economic",
            "outage",
        ),
        (
            "The envoy held talks in the capital with both sides about the fighting in the"
            " north, which erupted on Sunday.",
            "battlefield",
            "fighting",
        ),
        # negative: a clause telling what befell its noun describes the place
        (
            "Aid workers held talks with officials about the camp near the border, which"
            " was shelled on Sunday.",
            "battlefield",
            "shelled",
        ),
        # negative: with no preposition the noun itself is the happening
        (
            "Residents rallied in protests on Monday against the curfew, which began on Sunday.",
            "political",
            "curfew",
        ),
    ],
)
def test_a_clause_telling_a_start_describes_the_happening_before_its_place(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue, "Sunday")


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # who speaks is not what happened
        (
            "The army told reporters on Sunday that it had agreed to a truce.",
            "diplomatic",
            "agreed",
        ),
        ("Rebel commanders said on Sunday the talks had failed.", "diplomatic", "talks"),
        (
            "The army said on Sunday that families were returning home.",
            "humanitarian",
            "families",
        ),
        # the whole noun phrase before the verb of saying speaks
        (
            "The aid agency said on Sunday that troops were nearby.",
            "battlefield",
            "troops",
        ),
        # the speaker named after the verb of saying speaks too
        (
            "In all, 900 died in the floods, said the office of the Disaster Council on Sunday.",
            "humanitarian",
            "floods",
        ),
        (
            "Rebels shelled the port, said a spokesman for the aid agency on Sunday.",
            "battlefield",
            "shelled",
        ),
        # negative: a noun after a verb of saying that goes on acting is what is said
        ("Rebels said on Sunday the council would meet in Geneva.", "diplomatic", "council"),
        (
            "Ali Musa, the governor, said the council would meet in Geneva on Sunday.",
            "diplomatic",
            "council",
        ),
        (
            "Her colleague, the trade minister, announced tax relief for those flooded on Sunday.",
            "economic",
            "tax relief",
        ),
        # negative: a noun a date names is no speaker ("declared" is also a verb of saying)
        ("The ceasefire declared on Sunday was holding.", "diplomatic", "ceasefire"),
        # negative: who acts still counts when nothing else is told
        ("The party said on Sunday it had won.", "political", "party"),
        ("Soldiers stormed the building on Sunday.", "battlefield", "stormed"),
    ],
)
def test_who_speaks_is_not_what_happened(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a verb whose object is what it is about: the verb is the event
        ("On Sunday, the UN urged both sides to halt the fighting.", "diplomatic", "urged"),
        ("The minister on Sunday condemned the shelling of the city.", "diplomatic", "condemned"),
        ("On Sunday, the bloc condemned the killings.", "diplomatic", "condemned"),
        # negative: a date after the object dates what is condemned
        ("The minister condemned the shelling of the city on Sunday.", "battlefield", "shelling"),
        # negative: at home it is politics
        (
            "On Sunday, the opposition condemned the arrest of its leader.",
            "political",
            "condemned (opposition)",
        ),
    ],
)
def test_a_verb_about_something_is_the_event_when_the_date_dates_it(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue, "Sunday")


# --- probes: one sentence per crisis type, half of them never used to choose a cue -----------

PROBES = Path(__file__).parent / "data" / "probes" / "categories.tsv"
PROBE_FLOOR = 0.9


def probe_halves() -> dict[str, list[tuple[str, str]]]:
    """The probe sentences and their categories, split by a hash of the sentence into the
    half cues may be chosen on ("tuned") and the half kept back ("held")."""
    halves: dict[str, list[tuple[str, str]]] = {"tuned": [], "held": []}
    lines = [line for line in PROBES.read_text().splitlines() if not line.startswith("#")]
    for line in lines[1:]:
        category, text = line.split("\t")
        half = "tuned" if hashlib.sha1(text.encode()).digest()[0] % 2 == 0 else "held"
        halves[half].append((text, category))
    return halves


def test_probe_halves_split_every_category() -> None:
    halves = probe_halves()
    for pairs in halves.values():
        assert {category for _, category in pairs} == set(CATEGORIES)


@pytest.mark.parametrize("half", ["tuned", "held"])
def test_probe_categories_agree_on_both_halves(half: str) -> None:
    pairs = probe_halves()[half]
    found = [(text, only_event(text).category) for text, _ in pairs]
    wrong = [pair for pair in found if pair not in pairs]
    assert 1 - len(wrong) / len(pairs) >= PROBE_FLOOR, wrong


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # power is seized in a coup; a town is seized in a war
        ("The army seized power on Sunday.", "political"),
        ("The army seized the airport on Sunday.", "battlefield"),
        # a regional bloc named for the economy is states acting together
        (
            "The Economic Community of Central African States said on Sunday that the region "
            "faced grave security risks.",
            "diplomatic",
        ),
        ("Leaders of the Economic Community of East Africa met in Arusha on Sunday.", "diplomatic"),
        # negative: the economy told of, and a bank that speaks of prices
        ("The bloc's economic output shrank for a third quarter on Sunday.", "economic"),
        ("The central bank said on Sunday that prices rose faster than expected.", "economic"),
        # ... so is power taken, and a junta is who rules after one; soldiers rising
        # against their own rulers are a mutiny, not a battle
        ("The armed forces said on Sunday they were taking power.", "political"),
        ("The colonel told the radio on Sunday that the army had taken power.", "political"),
        ("The country's military junta spoke on Sunday about the shortages.", "political"),
        ("Soldiers of an elite unit mutinied on Sunday.", "political"),
        # negative: a town taken, a military that fights, and power cut by a strike
        ("The army took the town on Sunday.", "battlefield"),
        ("The military shelled the port on Sunday.", "battlefield"),
        ("A drone strike cut power to the city on Sunday.", "battlefield"),
        # silencing at home is politics; a plant shut down is business
        ("The regime shut down the internet on Sunday.", "political"),
        ("The carmaker shut down its plant on Sunday.", "economic"),
        ("The ministry announced a ban on public gatherings on Sunday.", "political"),
        ("The country imposed an export ban on rice on Sunday.", "economic"),
        # hostages freed in a deal; hostages taken in a raid
        ("The rebels released twenty hostages on Sunday.", "diplomatic"),
        ("Gunmen took twenty hostages on Sunday.", "battlefield"),
        # leaving a deal is diplomacy; leaving a town is war
        ("The government pulled out of the peace deal on Sunday.", "diplomatic"),
        ("The rebels pulled out of the town on Sunday.", "battlefield"),
        # states voting at the UN; citizens voting at home
        ("The UN General Assembly voted on Sunday to condemn the annexation.", "diplomatic"),
        ("The national assembly voted on Sunday to extend the state of emergency.", "political"),
        # the wounded of an attack; the injured of a disaster
        ("Two people were wounded on Sunday when a shell hit their house.", "battlefield"),
        ("Twelve people were injured when the bus crashed on Sunday.", "humanitarian"),
        ("Doctors treated hundreds of injured in the hospitals on Sunday.", "humanitarian"),
        # measures against people and assets
        ("The government deported 300 migrants on Sunday.", "political"),
        ("Washington froze the assets of five officials on Sunday.", "diplomatic"),
        ("Troops were deployed to the border on Sunday.", "battlefield"),
        # a disaster's aftermath
        ("Power outages hit the capital on Sunday after the storm.", "humanitarian"),
        ("The pope celebrated mass in the cathedral on Sunday.", "other"),
        # a deal is struck, a bill attacked, a market the place where a fire broke out
        ("The two sides struck a deal on Sunday.", "diplomatic"),
        ("Warplanes struck a crowded market on Sunday.", "battlefield"),
        ("The attack on Sunday hit a market crowded with shoppers.", "battlefield"),
        ("Police attacked the crowd of protesters on Sunday.", "political"),
        # fighters marching advance; marchers attacked protest; a post abroad is diplomacy
        ("Rebel fighters marched unopposed through the city on Sunday.", "battlefield"),
        ("Police attacked the marchers on Sunday.", "political"),
        ("Thousands marched through the capital on Sunday.", "political"),
        ("She was appointed ambassador to Chile on Sunday.", "diplomatic"),
        ("He was appointed finance minister on Sunday.", "political"),
        # what was discussed is the topic of a meeting
        ("The adviser discussed the kidnapping with the chief of staff on Sunday.", "diplomatic"),
        # soldiers missing in an operation; hikers missing in a storm; nationals leaving
        ("Two sailors are missing after a boarding mission on Sunday.", "battlefield"),
        ("Two hikers went missing in the mountains on Sunday.", "humanitarian"),
        ("The first foreign nationals crossed into Egypt on Sunday.", "humanitarian"),
        # a council that governs at home; a navy ship carrying nationals out
        ("Members of the transitional council were named on Sunday.", "political"),
        ("Activists of the democracy council were charged on Sunday.", "political"),
        ("The Security Council met on Sunday.", "diplomatic"),
        ("Citizens were helped to leave on a navy ship on Sunday.", "humanitarian"),
        ("A navy ship fired missiles at the coast on Sunday.", "battlefield"),
        # a conflict breaking out is fighting
        ("The conflict, which erupted on Sunday between coup allies, spread.", "battlefield"),
        ("Critics attacked the new bill on Sunday.", "political"),
        ("Gunmen attacked the new bridge on Sunday.", "battlefield"),
        ("A fire broke out at a market on Sunday.", "humanitarian"),
        ("Stock markets fell on Sunday.", "economic"),
        ("Lightning struck the stadium on Sunday.", "humanitarian"),
        # a ruler who flees is news of politics; families who flee are displaced
        ("The president fled the country on Sunday.", "political"),
        ("Thousands of villagers fled the country on Sunday.", "humanitarian"),
        # states consult each other
        ("Russia and China consulted on the crisis on Sunday.", "diplomatic"),
        # riots are made of burning tyres; a government falls like a building
        ("Youths burned tyres and blocked the main road on Sunday.", "political"),
        ("Militiamen burned homes in the village on Sunday.", "battlefield"),
        ("The coalition collapsed on Sunday.", "political"),
        ("A building collapsed in the capital on Sunday.", "humanitarian"),
        # killings by name and by voice
        ("The army chief was assassinated on Sunday.", "battlefield"),
        ("A motorcyclist was shot by unknown gunmen on Sunday.", "battlefield"),
        ("The two armies held a joint exercise on Sunday.", "diplomatic"),
        ("The regime released 200 political prisoners on Sunday.", "political"),
        # the economy of any crisis
        ("The government raised the minimum wage on Sunday.", "economic"),
        ("The country's credit rating was downgraded on Sunday.", "economic"),
        ("The government nationalised the mines on Sunday.", "economic"),
        ("The storm was downgraded on Sunday.", "humanitarian"),
        # people on the move and the heat
        ("Thousands of migrants crossed the sea on Sunday.", "humanitarian"),
        ("Police shot dead three migrants on Sunday.", "battlefield"),
        ("A heatwave killed 20 people on Sunday.", "humanitarian"),
        ("The Red Cross delivered medical supplies on Sunday.", "humanitarian"),
        # crimes a court names are justice, not the war
        ("Investigators said on Sunday that war crimes had been committed.", "political"),
        ("The war entered its third year on Sunday.", "battlefield"),
        ("The G7 leaders issued a joint statement on Sunday.", "diplomatic"),
        ("Aid agencies called on Sunday for a humanitarian ceasefire.", "diplomatic"),
        ("Aid agencies called on Sunday for more food aid.", "humanitarian"),
        # weapons given between states; weapons fired at a target
        ("Washington will provide air defence systems to its ally on Sunday.", "diplomatic"),
        ("Russia fired 40 missiles at power plants on Sunday.", "battlefield"),
        ("Drones struck a supply depot on Sunday.", "battlefield"),
    ],
)
def test_coercion_concessions_and_consequences_take_the_sense_of_their_context(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # honouring someone is a ceremony, whatever they are honoured for
        ("On Sunday, the president will celebrate the pilots who shot down two jets.", "political"),
        ("On Sunday, the president celebrated the brigade for repelling an assault.", "political"),
        # negative: without the ceremony the deed is told
        ("The brigade repelled an assault on Sunday.", "battlefield"),
        # international law is no law a parliament passes; the law it names tells the topic
        (
            "The monitors released a report on violations of international humanitarian law"
            " and human rights law on Sunday.",
            "humanitarian",
        ),
        ("Parliament passed a new law on Sunday.", "political"),
        # targeting is attacking; targeted measures are the measures
        ("Russia began targeting the power grid on Sunday.", "battlefield"),
        ("The bloc imposed targeted sanctions on ten officials on Sunday.", "diplomatic"),
        # a death told with nothing else is the war's; a disaster's dead are its own
        ("Another twelve people died in hospitals on Sunday.", "battlefield"),
        ("Twelve people died in the floods on Sunday.", "humanitarian"),
        # a natural death is no event of any family
        ("The former president died peacefully on Sunday, aged 89.", "other"),
        ("The singer died of cancer on Sunday.", "other"),
        # a hospital is where something happened, not what happened
        ("The nurse drove to the hospital on Sunday.", "humanitarian"),
        ("Gunmen attacked the hospital on Sunday.", "battlefield"),
        ("The hospital was overwhelmed with cholera patients on Sunday.", "humanitarian"),
    ],
)
def test_ceremonies_deaths_and_places_of_a_war(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a ceremony honouring soldiers or raising the flag is the state's, not the front's
        ("The army held an award ceremony for its pilots on Sunday.", "political"),
        ("State television showed a flag-raising at the garrison on Sunday.", "political"),
        # coups are seizures of power, as a coup is
        ("The military has been in charge since the coups on Sunday.", "political"),
        ("Troops loyal to the junta staged two coups on Sunday.", "political"),
        # negatives: an attack on the ceremony is the attack; a ceremony of sport is neither
        ("A drone hit an award ceremony for militia commanders on Sunday.", "battlefield"),
        ("The opening ceremony of the games is on Sunday.", "other"),
    ],
)
def test_ceremonies_for_soldiers_and_coups_are_politics(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # violence the police, a charge or a court takes up is their act
        (
            "Police opened an investigation into the attack on the mayor's car on Sunday.",
            "political",
        ),
        (
            "A guard is being investigated over the shooting, the minister said on Sunday.",
            "political",
        ),
        ("Prosecutors charged two men over the killing of the activist on Sunday.", "political"),
        # negatives: the violence itself, and an inquiry far from it
        ("Gunmen attacked the mayor's car on Sunday.", "battlefield"),
        (
            "Rebels attacked the army post near the river and killed six soldiers on Sunday,"
            " the inquiry said.",
            "battlefield",
        ),
    ],
)
def test_violence_the_law_takes_up_is_politics(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a run of acts judged as the subject of what is said is judged as the acts are
        (
            "The foreign minister said on Sunday that the two nights of strikes showed the"
            " enemy had no interest in peace.",
            "diplomatic",
        ),
        (
            "The minister said on Sunday that the wave of shelling proved the rebels wanted"
            " no truce.",
            "diplomatic",
        ),
        # negatives: the run of acts told, and told by those it befell
        ("Three nights of strikes destroyed 40 tanks on Sunday.", "battlefield"),
        ("Residents said on Sunday that the days of shelling were the worst yet.", "battlefield"),
    ],
)
def test_a_run_of_acts_judged_is_a_stance(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the lines that carry energy and data, a port's loadings, a bank's rate decision
        ("Two data cables were cut in the strait on Sunday.", "economic"),
        ("The gas pipeline was damaged by a ship's anchor on Sunday.", "economic"),
        ("Loadings at the terminal resumed on Sunday.", "economic"),
        ("The bank's next rate decision is due on Sunday.", "economic"),
        # negatives: an attack on them is the attack
        ("A drone strike hit the pipeline on Sunday.", "battlefield"),
        ("Missiles hit a power cable near the front line on Sunday.", "battlefield"),
    ],
)
def test_pipelines_cables_and_loadings_are_the_economy(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a war's end is the peace made
        ("The Pretoria deal ended the war on Sunday.", "diplomatic"),
        ("The end of the war was declared on Sunday.", "diplomatic"),
        # negatives: the war going on, and an end that is no war's
        ("The war spread to the eastern provinces on Sunday.", "battlefield"),
        ("Fighters fought to the end for the town on Sunday.", "battlefield"),
    ],
)
def test_the_end_of_a_war_is_the_peace(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a clause of the date and its clock time says nothing: the next clause tells the event
        (
            "On Sunday at 7 p.m., the rescue operation at the site of the missile strike ended.",
            "humanitarian",
        ),
        (
            "On Sunday at 10:30 a.m., the rescue operation at the site of the strike ended.",
            "humanitarian",
        ),
        # negative: a clause with words of its own keeps them
        (
            "On Sunday troops shelled the town, and the rescue operation at the site ended.",
            "battlefield",
        ),
    ],
)
def test_a_clock_time_is_part_of_the_date(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a quoted condemnation is still about what it condemns
        ("On Sunday, the leaders “condemned these attacks in the strongest terms”.", "diplomatic"),
        ('On Sunday, the bloc "denounced the shelling of the city".', "diplomatic"),
        # negative: a quoted cue outside any topic says what the statement is about
        ('On Sunday, the minister said "the attacks must stop".', "battlefield"),
    ],
)
def test_a_quoted_verb_about_something_keeps_its_object_as_topic(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # defending ground or sky is fighting; defending a decision is politics
        ("We had to defend our sky on Sunday in other directions as well.", "battlefield"),
        ("Troops defended the bridge on Sunday.", "battlefield"),
        ("The minister defended her decision on Sunday.", "political"),
        # so is defending rights or freedoms
        ("The movement vowed on Sunday to defend the rights of the minority.", "political"),
        ("Students marched on Sunday to defend press freedom.", "political"),
        ("Militia fighters defended the ridge on Sunday against the assault.", "battlefield"),
        # terrorists act like militants when nothing else is told
        ("This is how the terrorist state spent Sunday.", "battlefield"),
        ("The terrorists were sentenced on Sunday.", "political"),
        # thanks are a contact between states, whatever they are for
        ("I want to thank each country joining us on Sunday.", "diplomatic"),
        (
            "On Sunday he called his counterpart to thank him for the role the special forces"
            " played in defending the compound.",
            "diplomatic",
        ),
        # negative: thanks at home are politics; "thanks to" is no thanks
        ("On Sunday the opposition thanked its voters.", "political"),
        ("Thanks to the rain, the fire died out on Sunday.", "humanitarian"),
    ],
)
def test_defending_terrorists_and_thanks(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # representatives and councils of states meet as states do
        ("I spoke about this on Sunday with representatives of the bloc.", "diplomatic"),
        ("On Sunday we met representatives of the European Union.", "diplomatic"),
        ("Since our last Permanent Council on Sunday, we gather again.", "diplomatic"),
        # negative: a town's council and a house of representatives are home politics
        ("Since the last town council on Sunday, residents gather again.", "political"),
        ("The House of Representatives gathered on Sunday.", "political"),
        ("Union representatives gathered on Sunday.", "political"),
    ],
)
def test_representatives_and_councils_of_states(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # words war statements tell fighting with
        ("Hostilities resumed in the north on Sunday.", "battlefield"),
        ("Two jets were downed on Sunday.", "battlefield"),
        ("They destroyed the bridge on Sunday.", "battlefield"),
        ("The occupiers once again left the town without power on Sunday.", "battlefield"),
        ("An air alert sounded across the country on Sunday.", "battlefield"),
        ("Thirty people were dead on Sunday.", "battlefield"),
        # negative: what a disaster destroys, and its dead, are the disaster's
        ("The storm destroyed hundreds of homes on Sunday.", "humanitarian"),
        ("Flames destroyed a fire station on Sunday.", "humanitarian"),
        ("The floods left 43 dead on Sunday.", "humanitarian"),
        # firefighters are no firefight
        ("Firefighters put out the blaze on Sunday.", "humanitarian"),
        # an attack near the fire it caused is still the attack; a fire's toll is a disaster's
        (
            "The governor confirmed Sunday's attack, saying the blaze had been put out.",
            "battlefield",
        ),
        ("The fuel depot was shelled on Sunday, sparking a huge blaze.", "battlefield"),
        ("The blaze killed nine people on Sunday.", "humanitarian"),
        ("Fires destroyed 200 homes in the hills on Sunday.", "humanitarian"),
        ("A firefight broke out at the checkpoint on Sunday.", "battlefield"),
        # showing resolve is no demonstration
        ("On Sunday the minister demonstrated her commitment to the region.", "other"),
        ("Hundreds of people demonstrated in front of the embassy on Sunday.", "political"),
        # negative: a cessation of hostilities is agreed, not fought
        ("The sides agreed a cessation of hostilities on Sunday.", "diplomatic"),
        # sanctions name people in designations
        ("The bloc announced the designation of five commanders on Sunday.", "diplomatic"),
        ("The two sides swapped 100 POWs on Sunday.", "diplomatic"),
    ],
)
def test_words_of_war_statements(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a cable on the seabed is no warship: the line it carries is what is told
        ("Investigators on Sunday found the ship had cut a submarine cable.", "economic"),
        ("Engineers on Sunday began to repair the damaged submarine pipeline.", "economic"),
        ("The navy deployed a submarine to the gulf on Sunday.", "battlefield"),  # negative
        # the first case of an outbreak is no stock index
        ("The index case was admitted to hospital on Sunday with a high fever.", "humanitarian"),
        ("The index lost 3 percent on Sunday.", "economic"),  # negative
        # a body failing is a natural death
        ("The former minister died on Sunday from multiple organ failure.", "other"),
        ("The soldier died on Sunday from wounds suffered in an ambush.", "battlefield"),
        # a grid shutting down is an outage, not a business closing
        (
            "The national power grid shut down on Sunday, leaving millions in the dark.",
            "economic",
        ),
        ("The car factory shut down on Sunday after orders dried up.", "economic"),  # negative
        # a commodity naming the site or the ship is no trade in it
        ("A gas plant near the border caught fire on Sunday after a rocket attack.", "battlefield"),
        ("Two crude tankers exploded off the cape on Sunday.", "battlefield"),
        ("On Sunday he moved his fighters in and around the oil installations.", "battlefield"),
        ("The grain silos were hit by shelling on Sunday.", "battlefield"),
        # negatives: the commodity traded, and business done over the site
        ("Gas prices jumped on Sunday after the rocket attack.", "economic"),
        ("The coal terminal resumed operations on Sunday after the repairs.", "economic"),
        ("The ministry auctioned drilling rights to two oil fields on Sunday.", "economic"),
        ("The state firm signed a contract on Sunday to build a gas pipeline.", "economic"),
        ("The army resumed operations near the refinery on Sunday.", "battlefield"),
    ],
)
def test_words_of_war_and_business_in_other_senses(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a government sitting as its own council meets at home; the words of a context
        # phrase stand together
        (
            "The premier called an emergency meeting of his council of ministers on Sunday.",
            "political",
            "meeting (council of ministers)",
        ),
        (
            "The coalition government met on Sunday to discuss the crisis.",
            "political",
            "met (coalition government)",
        ),
        # negative: the ministers of several states meet as states do
        (
            "A meeting of foreign ministers on Sunday failed to agree a statement.",
            "diplomatic",
            "meeting",
        ),
        # negative: the words of a phrase apart are no phrase
        (
            "The ministers met their counterparts of the council on Sunday.",
            "diplomatic",
            "met",
        ),
    ],
)
def test_a_government_meeting_as_its_own_council_is_home_politics(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # goods or a ship taken by the law are no ground taken
        (
            "Customs officers seized two tonnes of cocaine at the port on Sunday.",
            "political",
            "seized (customs)",
        ),
        ("The coast guard seized a fishing boat on Sunday.", "political", "seized (coast guard)"),
        ("Troops seized a lorry of contraband fuel on Sunday.", "political", "seized (contraband)"),
        # negative: armed men seize places and loads, whoever tells it
        ("Rebels seized the customs post on Sunday.", "battlefield", "seized"),
        ("Police said gunmen seized the town on Sunday.", "battlefield", "seized"),
        ("Militants seized a cargo ship in the strait on Sunday.", "battlefield", "seized"),
    ],
)
def test_a_seizure_by_the_law_is_no_capture(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a party's followers in the street: violence at a protest, a context phrase read
        # once it starts within reach
        (
            "Clashes between security forces and opposition supporters left four dead in the"
            " port city on Sunday.",
            "political",
            "clashes (opposition supporters)",
        ),
        (
            "Police clashed with ruling party supporters outside the court on Sunday.",
            "political",
            "clashed (party supporters)",
        ),
        # negative: an armed opposition fights
        (
            "Clashes between the army and the armed opposition killed 20 fighters on Sunday.",
            "battlefield",
            "clashes",
        ),
    ],
)
def test_clashes_with_a_partys_supporters_are_unrest(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the dead of a protest told by when they fell, however long the protests' name
        (
            "Five people were killed and dozens injured during the recent anti-government"
            " protests in the capital, rights groups said on Sunday.",
            "political",
            "killed (during the recent anti-government protests)",
        ),
        (
            "Three people were killed and dozens hurt during weekend street demonstrations,"
            " doctors said on Sunday.",
            "political",
            "killed (during weekend street demonstrations)",
        ),
        # negative: the dead of a patrol or of fighting are the fighting's
        (
            "Two soldiers were killed on Sunday during a patrol near the border.",
            "battlefield",
            "killed",
        ),
    ],
)
def test_the_dead_of_a_protest_told_by_when_they_fell(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # breaking a truce is fighting, whoever reports it
        ("The monitors detected violations of the ceasefire on Sunday.", "battlefield"),
        ("The monitors recorded breaches of the truce on Sunday.", "battlefield"),
        ("Both sides violated the ceasefire on Sunday.", "battlefield"),
        ("Ceasefire violations were reported on Sunday.", "battlefield"),
        # ... also told in the passive
        ("The truce was violated on Sunday when rebels shelled the town.", "battlefield"),
        ("The ceasefire was repeatedly violated on Sunday.", "battlefield"),
        # ... or told as broken
        ("Rebel gunners broke the ceasefire on Sunday, shelling the port.", "battlefield"),
        (
            "Both sides accused each other on Sunday of breaking the truce with artillery fire.",
            "battlefield",
        ),
        # negative: a truce agreed, extended or proposed is still diplomacy
        ("The sides agreed on Sunday that the truce had been violated.", "diplomatic"),
        ("The sides agreed to extend the ceasefire on Sunday.", "diplomatic"),
        ("The mediators proposed a ceasefire on Sunday.", "diplomatic"),
        ("The sides agreed on Sunday not to break the truce again.", "diplomatic"),
    ],
)
def test_breaking_a_truce_is_fighting(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a fight or a war against a social ill is a policy, not combat
        ("On Sunday the government stepped up its fight against corruption.", "political"),
        ("The president declared a war on drugs on Sunday.", "other"),
        ("Fighting resumed in the north on Sunday.", "battlefield"),
        # securing a deal, funds or a release is no capture
        ("On Sunday the minister secured a loan from the bank.", "economic"),
        ("The envoy secured the release of two hostages on Sunday.", "diplomatic"),
        ("Troops secured the airport on Sunday.", "battlefield"),
        # a result at the polls and help obtained are secured too, no ground is
        ("The count on Sunday showed she had secured nearly 61 percent of the vote.", "political"),
        ("The challenger secured a narrow victory in Sunday's runoff.", "political"),
        ("On Sunday the government secured air defence aid from its allies.", "diplomatic"),
        ("Marines secured the harbour on Sunday, two days before the vote.", "battlefield"),
        # a flood's defences, an election's victory and a chamber's control are not the war's
        ("Flood defences were breached on Sunday.", "humanitarian"),
        ("The party claimed victory in the election on Sunday.", "political"),
        ("The opposition won control of the senate on Sunday.", "political"),
        ("The army claimed victory in the battle for the town on Sunday.", "battlefield"),
        ("Rebels took control of the town on Sunday.", "battlefield"),
    ],
)
def test_war_words_in_other_senses(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # weapons and military support received from partners pass between states
        ("On Sunday, we received new air defence systems from our partners.", "diplomatic"),
        ("On Sunday, the country received the first tanks.", "diplomatic"),
        (
            "On Sunday, the prime minister announced new military support for the ally.",
            "diplomatic",
        ),
        # negative: weapons fired are the war's
        ("On Sunday, the enemy launched 40 missiles at the city.", "battlefield"),
        # state honours are a ceremony; prizes awarded are none
        ("On Sunday, the president awarded soldiers state honours.", "political"),
        ("The prizes will be awarded on Sunday.", "other"),
        # grain and fertiliser are trade
        ("On Sunday, the first grain ship left the port.", "economic"),
    ],
)
def test_support_honours_and_grain(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On Sunday, they besieged the city.", "battlefield"),
        # people brought back from captivity are released, not taken
        ("On Sunday, we returned 100 of our people from captivity.", "diplomatic"),
        ("On Sunday, the hostages were taken into captivity.", "battlefield"),
    ],
)
def test_sieges_and_captivity(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a declaration signed between sides is a contact between them
        ("On Sunday the sides signed a declaration to protect civilians.", "diplomatic"),
        # negative: what is signed decides when it is told
        ("On Sunday, the president signed a decree on mobilisation.", "political"),
        ("The president signed the bill into law on Sunday.", "political"),
        # candidate status and support packages are granted between states
        ("On Sunday, the bloc granted the country candidate status.", "diplomatic"),
        (
            "On Sunday, the prime minister announced a new support package for the ally.",
            "diplomatic",
        ),
        ("Two candidates registered for the election on Sunday.", "political"),
    ],
)
def test_declarations_candidate_status_and_support_packages(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # drills held together by two navies or armies are a contact between states
        ("The two navies held joint naval drills in the strait on Sunday.", "diplomatic"),
        ("The allies began joint air defence exercises on Sunday.", "diplomatic"),
        ("The navy fired two missiles at the frigate on Sunday.", "battlefield"),
        # an emergency declared over riots or a coup is politics; over a flood, relief
        ("The government declared a state of emergency on Sunday over the riots.", "political"),
        ("The governor declared an emergency on Sunday as the floods spread.", "humanitarian"),
        # an urgent filing in court is a court's matter, not a crisis to relieve
        ("The state filed an emergency motion on Sunday to block the deployment.", "political"),
        ("Lawyers lodged an emergency petition on Sunday to halt the deportations.", "political"),
        ("The union sought an emergency injunction on Sunday against the layoffs.", "political"),
        # negatives: urgent help stays relief
        (
            "The agency launched an emergency appeal on Sunday for the flood victims.",
            "humanitarian",
        ),
        ("Emergency crews reached the village on Sunday.", "humanitarian"),
        # a strike by any trade, or a nationwide one, is a labour dispute
        ("Dockworkers began a nationwide strike on Sunday.", "political"),
        ("Air traffic controllers struck on Sunday, grounding flights.", "political"),
        ("A drone strike on Sunday hit a fuel depot.", "battlefield"),
        # buildings occupied by students or activists are a protest, not ground taken
        ("Activists occupied the ministry's lobby on Sunday.", "political"),
        ("Students occupied the campus on Sunday.", "political"),
        ("Troops occupied the hills above the town on Sunday.", "battlefield"),
        # a commander fired, sacked or appointed is a decision at home
        ("The president fired the army chief on Sunday.", "political"),
        ("The king appointed a new military commander on Sunday.", "political"),
        ("The army fired on the convoy on Sunday.", "battlefield"),
        # a ban on exports or imports is trade; a ban on rallies is politics
        ("The government banned exports of rice on Sunday.", "economic"),
        ("The government banned imports of cars on Sunday.", "economic"),
        ("The government banned opposition rallies on Sunday.", "political"),
        # epidemics, snowstorms and burst dams are disasters
        ("Dengue cases doubled on Sunday.", "humanitarian"),
        ("Health officials reported new polio cases on Sunday.", "humanitarian"),
        ("Heavy snowfall cut off villages on Sunday.", "humanitarian"),
        ("A blizzard left thousands stranded on Sunday.", "humanitarian"),
        ("A dam burst on Sunday, sweeping away homes.", "humanitarian"),
        ("The first evacuees arrived in the capital on Sunday.", "humanitarian"),
        # scientists publishing a study is no publicity
        ("Scientists published a study of the glacier on Sunday.", "other"),
        ("The ministry published footage of the strike on Sunday.", "battlefield"),
        ("The party published its manifesto on Sunday.", "political"),
        # the pound falling is a currency; artillery pounding is war
        ("The pound fell to a record low on Sunday.", "economic"),
        ("Artillery continued to pound the town on Sunday.", "battlefield"),
        ("Warplanes pounded the port on Sunday.", "battlefield"),
    ],
)
def test_cue_families_beyond_the_words_of_any_one_story(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a date before "that" dates the saying: what is said is its topic, so a diplomat's
        # words to a council about fighting are diplomacy
        (
            "The ambassador told the Security Council on Sunday that enemy missiles had "
            "killed 30 civilians.",
            "diplomatic",
        ),
        (
            "The foreign minister warned on Sunday that any attack on its nuclear sites "
            "would trigger a war.",
            "diplomatic",
        ),
        (
            "The envoy told the General Assembly on Sunday that the rebels were shelling the city.",
            "diplomatic",
        ),
        # negative: with nothing else told, what is said still decides
        ("Aid groups warned on Sunday that millions faced hunger.", "humanitarian"),
        ("The army said on Sunday that rebels had shelled the town.", "battlefield"),
        ("The agency said on Sunday that famine had spread to the south.", "humanitarian"),
        # negative: a date inside what is said dates what is said
        ("The envoy told the council that troops shelled the town on Sunday.", "battlefield"),
    ],
)
def test_what_a_dated_saying_says_is_its_topic(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a war feared or threatened is no fighting
        ("The minister warned on Sunday that the move risked a wider war.", "diplomatic"),
        ("The foreign minister said on Sunday the move could spark a regional war.", "diplomatic"),
        # negative: a war told is the war's
        ("The war entered its fourth year on Sunday.", "battlefield"),
    ],
)
def test_a_war_feared_is_no_fighting(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the date is no context: a sense reads the words around the cue without it
        ("The two countries agreed on Sunday to cut tariffs on cars.", "economic"),
        ("The strike on Sunday by teachers closed the schools.", "political"),
        # negative: a word beyond reach stays beyond reach
        ("The strike on Sunday hit a school where teachers had gathered.", "battlefield"),
    ],
)
def test_a_date_is_no_context_of_a_cue(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a warning issued is a threat to the other side
        ("The president issued a warning on Sunday, as strikes hit the capital.", "diplomatic"),
        ("The weather service issued a flood warning on Sunday.", "humanitarian"),
        # hostages released, however many, are a concession
        ("The militants began releasing more than 100 hostages on Sunday.", "diplomatic"),
        ("The militants took more than 100 hostages on Sunday.", "battlefield"),
        # a news conference at home with nothing else said is a statement to the nation
        (
            "The prime minister said at a news conference on Sunday that he had done nothing "
            "wrong.",
            "political",
        ),
        # negative: a conference between states is no news conference
        ("The ministers opened a peace conference on Sunday.", "diplomatic"),
    ],
)
def test_warnings_releases_and_news_conferences(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sabotage: what is blown up is the target
        ("Saboteurs blew up a gas pipeline on Sunday.", "battlefield"),
        # a place called occupied or liberated is where, not what happened
        ("The inspectors visited the occupied plant on Sunday.", "diplomatic"),
        ("Families returned to their homes in the liberated villages on Sunday.", "humanitarian"),
        ("Troops liberated the villages on Sunday.", "battlefield"),
        # one state protests to another
        ("The ministry lodged a protest with the embassy on Sunday.", "diplomatic"),
        ("The capital protested to its neighbour on Sunday over the incident.", "diplomatic"),
        ("Students protested on Sunday over the fees.", "political"),
        # shortages, stakes, currencies
        ("Fuel shortages closed petrol stations on Sunday.", "economic"),
        ("The state fund bought a stake in the airline on Sunday.", "economic"),
        ("The yen fell to 160 per dollar on Sunday.", "economic"),
        ("Food shortages worsened in the camps on Sunday.", "humanitarian"),
        # demining, tremors, cold and homes without heat are relief and disasters
        ("Deminers cleared the fields on Sunday.", "humanitarian"),
        ("A magnitude 5.9 tremor shook the region on Sunday.", "humanitarian"),
        ("Thousands were left without heating on Sunday.", "humanitarian"),
        ("Missile strikes left thousands without heating on Sunday.", "battlefield"),
        ("A cold snap killed 20 people on Sunday.", "humanitarian"),
        ("Gunmen killed 20 people in cold blood on Sunday.", "battlefield"),
        # a bomb shelter is a place
        ("The choir sang in a bomb shelter on Sunday.", "other"),
        ("A bomb exploded near the shelter on Sunday.", "battlefield"),
    ],
)
def test_sabotage_protests_to_states_shortages_and_places_of_war(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # prisoners listed for an exchange are a swap
        ("The sides handed over lists of prisoners for exchange on Sunday.", "diplomatic"),
        # dismissing a proposal is refusing it, not firing anyone
        ("The government dismissed the peace initiative on Sunday.", "diplomatic"),
        ("The president dismissed the defence minister on Sunday.", "political"),
        # mourning declared is a ceremony
        ("The president declared three days of mourning on Sunday.", "political"),
        # a harvest or a crop falls as trade does
        ("The harvest fell by a third on Sunday.", "economic"),
        ("The town fell to the rebels on Sunday.", "battlefield"),
        # a place called besieged; queues for bread
        ("People queued for bread in the besieged town on Sunday.", "humanitarian"),
        ("Troops besieged the town on Sunday.", "battlefield"),
        # a visiting side is a team
        ("The champions beat the visiting team on Sunday.", "other"),
        ("The minister visiting the capital met the president on Sunday.", "diplomatic"),
    ],
)
def test_swaps_refusals_mourning_harvests_and_teams(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sanctions on another state's oil firms are still sanctions between states
        ("The bloc imposed sanctions on two oil companies on Sunday.", "diplomatic"),
        # negative: producers agreeing on output is trade
        ("Oil producers agreed on Sunday to cut output.", "economic"),
    ],
)
def test_sanctions_on_trade_are_between_states(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # drivers, farmers, lawyers and students strike as workers do
        ("The drivers' strike entered its third day on Sunday.", "political"),
        ("Farmers went on strike on Sunday over fuel prices.", "political"),
        # negative: a strike on drivers' convoys is an attack
        ("A drone strike hit a convoy of fuel trucks on Sunday.", "battlefield"),
    ],
)
def test_strikes_by_drivers_farmers_and_students_are_labour_strikes(
    text: str, category: str
) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # how long a strike lasts, or who calls it, tells a labour strike
        ("Railway workers went on a 48-hour strike on Sunday.", "political"),
        ("The unions called an indefinite strike on Sunday.", "political"),
        ("Doctors staged a one-day strike on Sunday.", "political"),
        # negative: an air strike is called in, not called
        ("The army launched a drone strike on Sunday.", "battlefield"),
    ],
)
def test_a_strike_of_some_hours_is_a_labour_strike(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # someone elected or re-elected is an election told by its outcome
        ("The assembly elected a new speaker on Sunday.", "political"),
        ("The mayor was re-elected on Sunday.", "political"),
        # repairs after damage are recovery
        ("Crews repaired the damaged power line on Sunday.", "humanitarian"),
        # jets received from partners pass between states; jets striking are the war's
        ("The air force received the first fighter jets from its allies on Sunday.", "diplomatic"),
        ("Jets struck the airport on Sunday.", "battlefield"),
    ],
)
def test_elections_repairs_and_jets(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the toll of an attack is the attack's; a disaster's toll is the disaster's
        ("The death toll from the air strike rose to 30 on Sunday.", "battlefield"),
        ("The death toll from the earthquake rose to 300 on Sunday.", "humanitarian"),
        # a veto of a budget at home; a court-martial
        ("The president vetoed the budget on Sunday.", "political"),
        ("Russia vetoed the resolution on Sunday.", "diplomatic"),
        ("Two officers were court-martialled for looting on Sunday.", "political"),
        # attacks on networks are attacks
        ("A wave of cyberattacks hit government websites on Sunday.", "battlefield"),
    ],
)
def test_tolls_vetoes_courts_martial_and_cyberattacks(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a war's toll is the war's; an epidemic's outbreak is a disaster, a war's is the war's
        ("The overall death toll from the war rose to 9,000 on Sunday.", "battlefield"),
        ("The death toll from the cholera epidemic rose to 90 on Sunday.", "humanitarian"),
        ("The town had 5,000 residents before the outbreak of the war on Sunday.", "battlefield"),
        ("Health officials confirmed an outbreak of measles on Sunday.", "humanitarian"),
        # a council in a spokesman's title is no council that met
        (
            "Security Council spokesman Tom Ferris said on Sunday that missiles hit two ships.",
            "battlefield",
        ),
        ("The Security Council voted on Sunday to extend the mission.", "diplomatic"),
    ],
)
def test_tolls_and_outbreaks_of_war_and_councils_in_titles(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a raid by the police is policing at home
        ("Police raided the offices of an opposition newspaper on Sunday.", "political"),
        ("Gunmen raided a police station on Sunday.", "battlefield"),
        # accidents and drownings are disasters
        ("An explosion at a fireworks warehouse killed 20 people on Sunday.", "humanitarian"),
        ("Dozens of people drowned when their boat capsized on Sunday.", "humanitarian"),
        ("A bomb explosion killed 20 people on Sunday.", "battlefield"),
    ],
)
def test_police_raids_and_accidents(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # companies' results and deals are the economy's
        ("The firm posted a record profit on Sunday.", "economic"),
        ("The firm received a hostile takeover bid on Sunday.", "economic"),
        ("Shareholders approved the dividend on Sunday.", "economic"),
        # negative: taking over a crossing is fighting
        ("Troops completed the takeover of the crossing on Sunday.", "battlefield"),
    ],
)
def test_company_results_and_deals_are_economic(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # verdicts and pleas are the courts'
        ("The jury found her guilty of murder on Sunday.", "political"),
        ("He pleaded guilty to fraud on Sunday.", "political"),
        # negative: a guilty party named in a statement on fighting stays with the fighting
        ("The army said on Sunday that rebels shelled the town.", "battlefield"),
    ],
)
def test_verdicts_and_pleas_are_the_courts(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # accidents of transport are disasters
        ("The accident occurred on Sunday as the flight landed.", "humanitarian"),
        ("A passenger train derailed on Sunday near the border.", "humanitarian"),
        ("The plane crash on Sunday killed 40 people.", "humanitarian"),
        ("The ferry ran aground on Sunday off the coast.", "humanitarian"),
        # negative: shooting down an aircraft is fighting
        ("Rebels shot down a military plane on Sunday.", "battlefield"),
    ],
)
def test_accidents_are_disasters(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # land burned over is a wildfire's
        ("The fire burned 3,000 acres of brush on Sunday.", "humanitarian"),
        ("Flames burned through 500 hectares of forest on Sunday.", "humanitarian"),
        # negative: villages or homes burned by fighters stay an attack
        ("Soldiers burned villages on Sunday.", "battlefield"),
        ("Rebels burned homes and looted shops on Sunday.", "battlefield"),
    ],
)
def test_land_burned_over_is_a_wildfire(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # restrictive measures are sanctions by another name
        ("The ministers adopted restrictive measures against the regime on Sunday.", "diplomatic"),
        # a crowd's demands are a protest's
        ("Crowds gathered on Sunday to demand the release of the detained students.", "political"),
        ("The envoy renewed his demand for a ceasefire on Sunday.", "diplomatic"),
        # mayors are the state at home
        ("The government suspended the mayor on Sunday.", "political"),
        ("The central bank governor cut rates on Sunday.", "economic"),
    ],
)
def test_restrictive_measures_crowds_and_mayors(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a state executing protesters or convicts is justice at home
        ("The authorities executed two protesters on Sunday.", "political"),
        ("The militants executed two captives on Sunday.", "battlefield"),
        # sandstorms are weather disasters
        ("A sandstorm grounded flights across the region on Sunday.", "humanitarian"),
    ],
)
def test_executions_at_home_and_sandstorms(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # weapons given, sent or asked for pass between states
        ("The Pentagon said on Sunday it would send more air defence systems.", "diplomatic"),
        ("Britain said on Sunday it would give the army 100 more drones.", "diplomatic"),
        ("The president requested more missiles from his allies on Sunday.", "diplomatic"),
        # negative: the words after a weapon are what it does, not how it came
        ("Troops launched 100 drones on Sunday, giving air defences no time.", "battlefield"),
        ("A drone hit a block of flats on Sunday, sending debris onto a school.", "battlefield"),
        ("Gunners delivered artillery fire on enemy positions on Sunday.", "battlefield"),
        # the weapons anywhere in the phrase the verb or noun of giving governs
        ("Denmark delivered the last of its promised tanks to Kyiv on Sunday.", "diplomatic"),
        ("Iran supplied the militia with hundreds of cheap drones on Sunday.", "diplomatic"),
        ("The first batch of fighter jets arrived in the country on Sunday.", "diplomatic"),
        (
            "Washington pledged on Sunday to deliver $500 million in weapons, including air "
            "defence missiles.",
            "diplomatic",
        ),
        # arms sold are trade
        ("The government sold $2 billion worth of weapons to a Gulf state on Sunday.", "economic"),
        # negative: a weapon naming the kind of an attack, a weapon before the verb, or one
        # launched rather than given
        ("Ukrainian forces delivered a missile strike on an airfield on Sunday.", "battlefield"),
        ("The drone that was supplied by Iran struck a power plant on Sunday.", "battlefield"),
        ("Russia sent waves of drones against the capital on Sunday.", "battlefield"),
        (
            "The navy said on Sunday it had sunk a boat that was delivering weapons to the rebels.",
            "battlefield",
        ),
    ],
)
def test_weapons_given_or_asked_for_pass_between_states(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a charge after a court's verb and its person is what the ruling is about
        (
            "A military court convicted two soldiers on Sunday of killing unarmed civilians "
            "during a raid.",
            "political",
            "convicted",
        ),
        ("A court jailed the blogger on Sunday for filming an air strike.", "political", "jailed"),
        # negative: a charge in a clause the date does not date, or one the date stands in
        (
            "Gunmen shot dead two men on Sunday who had been charged with theft.",
            "battlefield",
            "shot dead",
        ),
        (
            "A soldier convicted of desertion was killed in an ambush on Sunday.",
            "battlefield",
            "ambush",
        ),
        (
            "Militants were charged with the killing on Sunday of two aid workers.",
            "battlefield",
            "militants",
        ),
    ],
)
def test_a_charge_is_what_a_ruling_is_about(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # "on" after a statement, or a verb of telling and its listener, opens its topic
        (
            "The Council heard a briefing on Sunday on the humanitarian situation in the camps.",
            "diplomatic",
            "council",
        ),
        (
            "The envoy briefed the Council on Sunday on the humanitarian impact of the closures.",
            "diplomatic",
            "council",
        ),
        # negative: the date's own "on", a place "on" something, and a topic told alone
        ("Drones struck a depot on the outskirts of the city on Sunday.", "battlefield", "struck"),
        ("The minister spoke on the floods on Sunday.", "humanitarian", "floods"),
        (
            "The army said in a statement on Sunday that it had shot down 40 drones.",
            "battlefield",
            "shot down",
        ),
    ],
)
def test_on_after_a_statement_opens_what_it_is_about(text: str, category: str, cue: str) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a tag closes the statement even when what it was made despite or amid follows
        (
            "Rebels captured the town, the army said on Sunday, despite the ceasefire agreed "
            "last week.",
            "battlefield",
            "captured",
        ),
        (
            "Consumer prices rose 5 percent in May, the agency said on Sunday, amid fears of a "
            "new offensive.",
            "economic",
            "prices",
        ),
    ],
)
def test_a_tag_followed_by_what_it_was_said_despite_still_closes_the_statement(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a response promised to the other side is a threat, whatever it answers
        ("The president said on Sunday that the state would respond to any attack.", "diplomatic"),
        ("The army said on Sunday it will deliver a harsh response to the attack.", "diplomatic"),
        # negative: a response already given, or to a disaster, is what it does
        ("Rescue teams will respond to the flooding on Sunday.", "humanitarian"),
        (
            "The army repelled an attack on Sunday in a strong response to the offensive.",
            "battlefield",
        ),
        ("The ministry gave an update on the military response on Sunday.", "battlefield"),
    ],
)
def test_a_response_promised_is_a_threat(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what a statement says the other side must or should do in the fighting is a demand
        ("The ministry said on Sunday that the rebels must halt their advance.", "diplomatic"),
        ("The envoy said on Sunday the militia should end its siege of the port.", "diplomatic"),
        # negative: what must have been done is a claim about the front; a judged act is a
        # stance already; no fighting, nothing demanded of a side
        ("The army said on Sunday the rebels must have fled the town.", "battlefield"),
        ("The army said on Sunday that troops had ended the siege of the port.", "battlefield"),
        ("The minister said on Sunday that the bank should cut interest rates.", "economic"),
    ],
)
def test_what_a_side_must_do_in_the_fighting_is_a_demand(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # prisoners traded and deals reached are between the sides
        ("The two sides reached a deal on Sunday to exchange prisoners.", "diplomatic"),
        ("The warring parties swapped 150 prisoners on Sunday.", "diplomatic"),
        ("The families said on Sunday they hoped the parties would reach a deal.", "diplomatic"),
        # negative: fire traded, a deal about money or firms, a stock exchange
        ("Troops and rebels had exchanges of fire on Sunday.", "battlefield"),
        ("The firms reached a deal on Sunday to merge their businesses.", "economic"),
        ("The government reached a deal with bondholders on Sunday.", "economic"),
        ("The two central banks agreed a currency swap on Sunday.", "economic"),
        ("Shares fell on the stock exchange on Sunday.", "economic"),
    ],
)
def test_swaps_and_deals_between_the_sides(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a currency named by its name falls on the market, not to an enemy
        ("The lari fell to a record low against the dollar on Sunday.", "economic"),
        ("The tenge slid to its weakest level in two years on Sunday.", "economic"),
        ("The central bank sold rials to prop up the market on Sunday.", "economic"),
        # negative: a town falls to fighters
        ("The town fell to the rebels on Sunday.", "battlefield"),
    ],
)
def test_a_currency_named_is_the_market(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # leaders who met held a meeting, whatever war goes on around them
        ("The two presidents met in the capital on Sunday.", "diplomatic"),
        (
            "The chancellor met the president on Sunday, as troops advanced in the east.",
            "diplomatic",
        ),
        # negative: a meeting at home or about oil, and "met" as faced or fulfilled
        ("The opposition leader met party members on Sunday.", "political"),
        ("The oil ministers met on Sunday to discuss output.", "economic"),
        ("Troops met fierce resistance near the town on Sunday.", "battlefield"),
        ("She said on Sunday that the quota wasn't met.", "other"),
    ],
)
def test_leaders_who_met_held_a_meeting(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what a happening comes as is the news around it
        (
            "The sanctions on Sunday came as the invaders pressed a new offensive and "
            "shelled the city.",
            "diplomatic",
        ),
        # negative: the happening itself, told before "came as", decides
        ("The shelling on Sunday came as residents queued for aid and food.", "battlefield"),
        ("The attack on Sunday came as a surprise to the negotiators.", "battlefield"),
    ],
)
def test_what_a_happening_comes_as_is_the_news_around_it(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the verb after a relative clause set off beside its subject tells the event, not
        # what that clause says of the subject
        ("Mara Lind, who fled the city when the shelling began, resigned on Sunday.", "political"),
        ("The convoy, which carried flour to the camps, was attacked on Sunday.", "battlefield"),
        ("The general, whose troops shelled the port, was arrested on Sunday.", "political"),
        # negative: a date inside the relative clause dates what it says, and a clause with
        # words enough of its own tells its event
        ("Rebels shelled the town, which surrendered on Sunday.", "battlefield"),
        (
            "The envoy, who had held talks in Cairo, was shot dead by gunmen on Sunday.",
            "battlefield",
        ),
    ],
)
def test_the_verb_after_a_relative_aside_tells_the_event(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence without a cue takes the category most of its article's events have
        (
            "The cyclone killed ten people on Sunday. Floods hit the coast on Monday. "
            "The system is expected to dissipate by Tuesday.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        # ... not when no category holds half of them, nor over a cue of its own
        (
            "The cyclone killed ten people on Sunday. Rebels attacked the town on Monday. "
            "The system is expected to dissipate by Tuesday.",
            ["humanitarian", "battlefield", "other"],
        ),
        (
            "The cyclone killed ten people on Sunday. Floods hit the coast on Monday. "
            "Parliament passed the budget on Tuesday.",
            ["humanitarian", "humanitarian", "economic"],
        ),
        # a statement the date tells, with no cue in what it says, speaks of the story
        (
            "The cyclone killed ten people on Sunday. Floods hit the coast on Monday. "
            "“We will go on,” Ana Ruiz told reporters on Tuesday.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        (
            "Voters chose a new assembly on Sunday. The ruling party lost the election on Monday. "
            "“I was sure of it,” Tomas Ek told the radio on Tuesday.",
            ["political", "political", "political"],
        ),
        # negative: a statement with a cue in what it says keeps it, and one in an article
        # no category holds half of keeps none
        (
            "Voters chose a new assembly on Sunday. The ruling party lost the election on Monday. "
            "Tomas Ek said on Tuesday that the peace talks would resume.",
            ["political", "political", "diplomatic"],
        ),
        (
            "The cyclone killed ten people on Sunday. Rebels attacked the town on Monday. "
            "“We will go on,” Ana Ruiz told reporters on Tuesday.",
            ["humanitarian", "battlefield", "other"],
        ),
        # ... and one closing a quotation opened in an earlier sentence says what lies there
        (
            "The cyclone killed ten people on Sunday. Floods hit the coast on Monday. "
            "“We lost everything. We will go on,” Ana Ruiz told reporters on Tuesday.",
            ["humanitarian", "humanitarian", "other"],
        ),
    ],
)
def test_an_event_without_a_cue_takes_its_storys_category(text: str, expected: list[str]) -> None:
    days = [("on Sunday", date(2024, 12, 15)), ("on Monday", date(2024, 12, 16))]
    days.append(("by Tuesday" if "by Tuesday" in text else "on Tuesday", date(2024, 12, 17)))
    events = events_of(text, *days)
    assert [event.category for event in events] == expected
    assert all(event.cues for event in events if event.category != "other")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weak cues alone yield to the story's category when they can be read in it: a place
        # hit in a cyclone story is hit by the cyclone
        (
            "The cyclone made landfall on Sunday. Floods swept the delta on Monday. "
            "It hit the fishing villages of the coast on Tuesday.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        (
            "The cyclone made landfall on Sunday. Floods swept the delta on Monday. "
            "Dozens were injured in the fishing villages on Tuesday.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        # negative: who acts keeps its own category, and so does a firm cue of the sentence
        (
            "The cyclone made landfall on Sunday. Floods swept the delta on Monday. "
            "Soldiers were deployed to the villages on Tuesday.",
            ["humanitarian", "humanitarian", "battlefield"],
        ),
        (
            "The cyclone made landfall on Sunday. Floods swept the delta on Monday. "
            "A missile hit the port on Tuesday.",
            ["humanitarian", "humanitarian", "battlefield"],
        ),
        # ... and so do weak cues in a story whose firm cues agree or are split
        (
            "Rebels shelled the town on Sunday. Drones struck the depot on Monday. "
            "Soldiers were deployed to the villages on Tuesday.",
            ["battlefield", "battlefield", "battlefield"],
        ),
        (
            "The cyclone made landfall on Sunday. Rebels shelled the town on Monday. "
            "Soldiers were deployed to the villages on Tuesday.",
            ["humanitarian", "battlefield", "battlefield"],
        ),
        # ... a statement the date tells yields too: its weak cues are what it says
        (
            "The cyclone made landfall on Sunday. Floods swept the delta on Monday. "
            "The governor said on Tuesday that nobody had died.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        # negative: in a story of fighting the dead stay the fighting's
        (
            "Rebels shelled the town on Sunday. Drones struck the depot on Monday. "
            "The governor said on Tuesday that nobody had died.",
            ["battlefield", "battlefield", "battlefield"],
        ),
        # warnings given in a story of fire or flood are warnings of the danger
        (
            "The wildfire spread on Sunday. Crews evacuated the valley on Monday. "
            "Several thousand homes were given new warnings on Tuesday.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        # negative: in talks between states a warning is addressed to the other side
        (
            "The envoys met on Sunday. The two sides agreed a truce on Monday. "
            "Several ministers repeated their warnings on Tuesday.",
            ["diplomatic", "diplomatic", "diplomatic"],
        ),
    ],
)
def test_weak_cues_alone_yield_to_the_storys_category(text: str, expected: list[str]) -> None:
    days = [("on Sunday", date(2024, 12, 15)), ("on Monday", date(2024, 12, 16))]
    events = events_of(text, *days, ("on Tuesday", date(2024, 12, 17)))
    assert [event.category for event in events] == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a date set off after a place and its state or country dates the verb before them
        (
            "A cargo plane crashed in Louisville, Kentucky, on Tuesday, resulting in 11 wounded.",
            "humanitarian",
        ),
        ("A train derailed near Balasore, India, on Tuesday, leaving 30 dead.", "humanitarian"),
        # negative: a verb between the place and the date tells the event
        ("The storm struck the coast, and on Tuesday, troops shelled the town.", "battlefield"),
        (
            "The river burst its banks in Maiduguri, Nigeria, before gunmen attacked the camp "
            "on Tuesday.",
            "battlefield",
        ),
    ],
)
def test_a_date_set_off_after_a_place_dates_the_verb_before_it(text: str, category: str) -> None:
    assert only_event(text, "on Tuesday").category == category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who acts or suffers tells no happening: the story tells it, whatever it is
        (
            "A fire gutted the dormitory on Sunday. Firefighters searched the ruins on Monday. "
            "Dozens of students were still in the burns unit on Tuesday.",
            ["humanitarian", "humanitarian", "humanitarian"],
        ),
        (
            "The envoys met on Sunday. The two sides agreed a truce on Monday. "
            "The spokesman told journalists on Tuesday that the text was being checked.",
            ["diplomatic", "diplomatic", "diplomatic"],
        ),
        (
            "Shells hit the market on Sunday. Drones struck the depot on Monday. "
            "Activists filmed the ruins on Tuesday.",
            ["battlefield", "battlefield", "battlefield"],
        ),
        # negative: in a story of protest the students stay the protest's
        (
            "Protesters marched on parliament on Sunday. Police fired tear gas on Monday. "
            "Dozens of students gathered at the gates on Tuesday.",
            ["political", "political", "political"],
        ),
        # negative: a happening told with them is still told ("staged a protest")
        (
            "Flood waters rose on Sunday. Rescuers reached the valley on Monday. "
            "Students staged a protest on Tuesday.",
            ["humanitarian", "humanitarian", "political"],
        ),
        # negative: civilians' suffering in a war is told as such; a body of the state
        # (parliament, the police) acts in politics; armed men keep theirs
        (
            "Rebels shelled the town on Sunday. Drones struck the depot on Monday. "
            "Residents stayed in their cellars on Tuesday.",
            ["battlefield", "battlefield", "humanitarian"],
        ),
        (
            "The storm made landfall on Sunday. Floods swept the delta on Monday. "
            "Parliament sat late into the night on Tuesday.",
            ["humanitarian", "humanitarian", "political"],
        ),
        (
            "The storm made landfall on Sunday. Floods swept the delta on Monday. "
            "Troops reached the cut-off villages on Tuesday.",
            ["humanitarian", "humanitarian", "battlefield"],
        ),
    ],
)
def test_who_acts_or_suffers_alone_takes_the_storys_category(
    text: str, expected: list[str]
) -> None:
    days = [("on Sunday", date(2024, 12, 15)), ("on Monday", date(2024, 12, 16))]
    events = events_of(text, *days, ("on Tuesday", date(2024, 12, 17)))
    assert [event.category for event in events] == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # who governs: offices filled, rule handed back
        ("The army chief named a new interior minister on Sunday.", "political"),
        ("The junta named a general as prime minister on Sunday.", "political"),
        ("The general promised on Sunday a return to civilian rule within two years.", "political"),
        ("The country has been under military rule since a coup on Sunday.", "political"),
        # negative: a name, civilians as victims, an office that acts
        ("A man named Ali was killed in the shelling on Sunday.", "battlefield"),
        ("Civilians were killed in the shelling on Sunday.", "battlefield"),
        ("The new foreign minister met his counterpart on Sunday.", "diplomatic"),
    ],
)
def test_who_governs_is_politics_inside_a_war(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # reinforcements sent are troops moved
        ("The ministry sent reinforcements to the border on Sunday.", "battlefield"),
        ("Reinforcements reached the besieged garrison on Sunday.", "battlefield"),
        # negative: aid sent, the word as a verb about ties
        ("The ministry sent aid to the border on Sunday.", "humanitarian"),
    ],
)
def test_reinforcements_are_troops_moved(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # hopes of calm and condemnation told by the date are between the sides
        ("The president on Sunday expressed hope for a swift de-escalation.", "diplomatic"),
        ("The prime minister on Sunday condemned the strikes as an act of war.", "diplomatic"),
        ("The bloc on Sunday condemned the shelling and the killing of civilians.", "diplomatic"),
        # what is said of hunger is hunger
        (
            "The agency chief said on Sunday that “one child in four in the city is "
            "now malnourished.”",
            "humanitarian",
        ),
        # a simple past condemnation is dated by the date after its object
        ("The prime minister condemned the strikes on Sunday.", "diplomatic"),
        # negative: not when the object's own verb or clause takes the date
        ("The prime minister condemned the strikes that hit the port on Sunday.", "battlefield"),
        ("Shelling continued on Sunday despite calls for de-escalation.", "battlefield"),
    ],
)
def test_what_a_condemnation_or_a_hope_is(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "reacting"),
    [
        ("Qatar condemned the strikes on Sunday.", True),
        ("The president condemned the strikes on Sunday.", True),
        ("Qatar denounced the raids on Sunday as a violation of international law.", True),
        ("Qatar condemned the strikes that hit the port on Sunday.", False),
        ("Qatar condemned the attack carried out on Sunday.", False),
    ],
)
def test_category_and_claim_read_a_dated_condemnation_alike(text: str, reacting: bool) -> None:
    """Whether the date dates the condemning or the act condemned is one decision: the
    condemning is a stance (diplomatic) its speaker claims, the act condemned is told by
    the outlet."""
    event = only_event(text, "on Sunday")
    assert (event.category == "diplomatic") is reacting, event.cues
    assert bool(event.claimed_by) is reacting, event.claimed_by


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a phrase between commas says who a speaker or a place is, not what happened
        (
            "Mark Ruiz, a prominent activist, said on Sunday that the situation at the front "
            "was critical.",
            "battlefield",
        ),
        (
            "Heavy fighting near the city, a major trade hub, forced the closure of its airport "
            "on Sunday.",
            "battlefield",
        ),
        # negative: the phrase is the event, or the speaker is no phrase between commas
        ("Trade through the port, a lifeline for the region, resumed on Sunday.", "economic"),
        ("Activists marched through the capital on Sunday, the police said.", "political"),
    ],
)
def test_a_phrase_between_commas_describes_a_noun(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # ending a war is peace-making, and a readout tells a call or a meeting
        ("The minister said on Sunday that efforts to end the war had stalled.", "diplomatic"),
        (
            "The chancellor on Sunday pressed both sides to bring an end to the fighting.",
            "diplomatic",
        ),
        ("The spokeswoman gave a readout of the call on Sunday.", "diplomatic"),
        # negative: the war itself, and fighting that ended by force
        ("The war entered its third year on Sunday.", "battlefield"),
        ("Troops ended the siege of the town on Sunday after heavy fighting.", "battlefield"),
    ],
)
def test_ending_a_war_is_peace_making(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "civilian" before a thing names no people: the story tells what happened
        (
            "Drones struck the port on Saturday. Air traffic was halted on Sunday at the only "
            "airport still handling civilian flights.",
            ["battlefield", "battlefield"],
        ),
        # negative: civilians are people who flee or queue
        (
            "Drones struck the port on Saturday. Thousands of civilians fled the city on Sunday.",
            ["battlefield", "humanitarian"],
        ),
    ],
)
def test_civilian_before_a_thing_names_no_people(text: str, expected: list[str]) -> None:
    days = [("on Saturday", date(2024, 12, 14)), ("on Sunday", date(2024, 12, 15))]
    assert [event.category for event in events_of(text, *days)] == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what would happen if something else happened is a threat, not fighting
        (
            "The defence minister warned on Sunday that if the truce collapsed, “we will act "
            "with all our force.”",
            "diplomatic",
        ),
        (
            "The minister was quoted by army radio on Sunday as warning that if the ceasefire "
            "collapses, the country will pay.",
            "diplomatic",
        ),
        # negative: what happens, with a condition told after it
        ("Rebels will attack the town on Sunday if the talks fail.", "battlefield"),
        ("The two sides will sign the truce on Sunday if the shelling stops.", "diplomatic"),
    ],
)
def test_a_condition_is_no_happening(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # relief told by what it carries or saves
        ("Teams continued life-saving operations in the district on Sunday.", "humanitarian"),
        ("An inter-agency convoy delivered vital items to the town on Sunday.", "humanitarian"),
        ("Volunteers handed out hygiene kits and non-food items on Sunday.", "humanitarian"),
        # negative: troops' operations and convoys
        ("A military convoy was ambushed near the town on Sunday.", "battlefield"),
        ("Special forces continued operations in the district on Sunday.", "battlefield"),
    ],
)
def test_relief_told_by_what_it_carries_or_saves(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # repairs after the damage; power brought back is energy supply
        ("Crews carried out restoration work on the power grid on Sunday.", "humanitarian"),
        (
            "Engineers were restoring electricity to the eastern districts on Sunday.",
            "economic",
        ),
        # a leader speaking with his commanders hears of the front, not a foreign contact
        ("The president spoke with his top commanders on Sunday.", "battlefield"),
        # negative: ties and ground restored, a contact between states
        ("The two states agreed on Sunday to restore diplomatic relations.", "diplomatic"),
        ("The president spoke with his French counterpart on Sunday.", "diplomatic"),
    ],
)
def test_restoring_supplies_and_hearing_commanders(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # energy supply cut, rationed, restored, bought or sent on is economic
        (
            "The grid operator imposed emergency power cuts across the country on Sunday.",
            "economic",
        ),
        ("A blackout shut down the metro and traffic lights in the capital on Sunday.", "economic"),
        ("Power was restored to most homes in the city on Sunday, the utility said.", "economic"),
        ("Heating has been restored to the northern districts on Sunday.", "economic"),
        (
            "The country imported record amounts of electricity from its neighbours on Sunday.",
            "economic",
        ),
        ("Gas transit to the south of the continent stopped on Sunday.", "economic"),
        ("The utility warned on Sunday that outages would last into the spring.", "economic"),
        # negative: the attack that cut it, the people left without it, a disaster's toll
        ("A drone strike knocked out power to the port on Sunday.", "battlefield"),
        (
            "Missiles hit two power plants on Sunday, causing blackouts in four regions.",
            "battlefield",
        ),
        (
            "Some 40,000 families were left without heating on Sunday as temperatures fell.",
            "humanitarian",
        ),
        (
            "Blackouts spread across the island on Sunday after the hurricane made landfall.",
            "humanitarian",
        ),
        ("The government imposed a news blackout on the region on Sunday.", "political"),
    ],
)
def test_energy_supply_is_economic(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # threats against a country's own politicians are politics at home
        ("A gang leader threatened the politicians on the council on Sunday.", "political"),
        # negative: a threat against another state
        ("The president threatened the neighbouring state on Sunday.", "diplomatic"),
    ],
)
def test_threats_against_politicians_are_politics(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # voting is an election, wherever the army holds the ground
        ("Voting begins on Sunday in areas the military controls.", "political"),
        # negative: states voting at the UN
        ("Voting at the UN General Assembly ended on Sunday.", "diplomatic"),
    ],
)
def test_voting_is_an_election(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a statement published is told by what it says, not as publicity
        (
            "“Enemy troops are trying to encircle the town,” read the statement published on "
            "Sunday by the brigade.",
            "battlefield",
        ),
        (
            "The group published on Sunday a list of the prisoners it will release under the "
            "ceasefire deal.",
            "diplomatic",
        ),
        # negative: publicity and propaganda
        ("The ministry published a propaganda video on Sunday.", "political"),
    ],
)
def test_a_published_statement_is_told_by_what_it_says(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a strike to demand pay or in protest is a labour dispute
        ("Doctors in the capital began a strike on Sunday to demand their salaries.", "political"),
        ("Port workers held a strike on Sunday in protest at unpaid wages.", "political"),
        # negative: a strike that hits
        ("A strike on Sunday destroyed the depot where the workers were paid.", "battlefield"),
    ],
)
def test_a_strike_for_pay_is_a_labour_dispute(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a state that hits a place attacks it; the hospital is where
        ("They hit a maternity hospital on Sunday, injuring six people.", "battlefield"),
        # negative: markets and storms hit too, and the injured are treated in hospital
        ("Oil prices hit a record high on Sunday.", "economic"),
        ("The storm hit the coast on Sunday.", "humanitarian"),
        ("Six people were treated in hospital on Sunday.", "humanitarian"),
    ],
)
def test_hitting_a_place_is_an_attack(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a state of emergency or emergency powers are a government's measure at home
        ("Parliament extended the state of emergency in the province on Sunday.", "political"),
        ("The cabinet imposed a six-month state of emergency on Sunday.", "political"),
        ("The government declared a state of emergency on Sunday.", "political"),
        ("The president assumed emergency powers on Sunday.", "political"),
        # negative: declared over a disaster, or emergency help, stays relief
        ("The governor declared a state of emergency on Sunday after the floods.", "humanitarian"),
        ("A state of emergency was declared in drought-hit districts on Sunday.", "humanitarian"),
        ("The agency flew in emergency food supplies on Sunday.", "humanitarian"),
        ("The council declared a state of emergency on Sunday as cholera spread.", "humanitarian"),
    ],
)
def test_a_state_of_emergency_is_a_measure_unless_disaster_calls_it(
    text: str, category: str
) -> None:
    assert only_event(text).category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # fire on people queuing for food is an attack, fire on a protest is policing it
        (
            "Soldiers opened fire on a crowd waiting for food aid near the depot on Sunday.",
            "battlefield",
        ),
        ("Police opened fire on a crowd of protesters in the square on Sunday.", "political"),
        # ground held is the front's; a majority held is the chamber's
        (
            "The army said on Sunday it controlled half of the port city and 60 percent of the"
            " province.",
            "battlefield",
        ),
        ("The ruling party controlled the senate after the vote on Sunday.", "political"),
        ("The regulator controlled fuel prices on Sunday.", "economic"),
        # openness to discussions is a position between the sides, even about a war
        (
            "The president said on Sunday he was open to discussions with his rival on the war.",
            "diplomatic",
        ),
        ("Troops pushed the front line back on Sunday.", "battlefield"),
        # a dispute between states taken to a world court; a trial at home
        (
            "The government said on Sunday it would take the border dispute to the"
            " International Court of Justice.",
            "diplomatic",
        ),
        ("A court in the capital jailed the opposition leader on Sunday.", "political"),
        # a resolution in a home chamber is politics; at the United Nations it is between states
        ("Senate Republicans blocked a resolution on the use of force on Sunday.", "political"),
        ("The General Assembly adopted a resolution on the war on Sunday.", "diplomatic"),
        # people without water: thirst is suffering told as such
        (
            "\u201cChildren will die of thirst,\u201d an official told reporters on Sunday.",
            "humanitarian",
        ),
    ],
)
def test_fire_on_aid_seekers_ground_held_discussions_world_courts_and_thirst(
    text: str, category: str
) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "expression"),
    [
        # a description set off beside a subject says what it is, not what happened
        (
            "The Nora, another tanker under Western sanctions, was struck off the coast, "
            "the navy said on Sunday.",
            "battlefield",
            "on Sunday",
        ),
        (
            "The village, a rebel stronghold during the war, was flooded overnight, "
            "officials said on Sunday.",
            "humanitarian",
            "on Sunday",
        ),
        (
            "The colonel, a hero of the war against the rebels, was arrested at his home, "
            "police said on Sunday.",
            "political",
            "on Sunday",
        ),
        # negative: a clause of its own after a phrase, a description after an object, a
        # description whose words agree with the verb
        (
            "On Sunday, a car bomb exploded near the market, killing five people.",
            "battlefield",
            "On Sunday",
        ),
        (
            "Rebels shelled the town, a key aid hub, overnight, the army said on Sunday.",
            "battlefield",
            "on Sunday",
        ),
        (
            "The envoy, a veteran of the peace talks, met the rebel leaders, his office said "
            "on Sunday.",
            "diplomatic",
            "on Sunday",
        ),
    ],
)
def test_a_description_set_off_beside_a_subject_tells_nothing(
    text: str, category: str, expression: str
) -> None:
    event = only_event(text, expression)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an accusation is told by the act it charges: what it claims was done
        ("Kyiv accused Moscow on Sunday of shelling the port of Kherson.", "battlefield"),
        (
            "The Taliban accused Islamabad on Sunday of carrying out air strikes on Kabul.",
            "battlefield",
        ),
        (
            "The prime minister accused foreign spies on Sunday of fomenting the unrest.",
            "political",
        ),
        (
            "Aid groups accused the warring sides on Sunday of blocking food aid to the city.",
            "humanitarian",
        ),
        # negative: a charge with no cue or only quoted, one a court or a party makes at home,
        # a word the charge gives its sense, a participle with no one accused, and an
        # accuser whose office tells the accusation as diplomacy
        ("China accused Japan on Sunday of provocations.", "diplomatic"),
        ('Moscow accused London on Sunday of "waging a proxy war" against Russia.', "diplomatic"),
        ("Prosecutors accused two soldiers on Sunday of killing civilians.", "political"),
        ("The minister accused the army on Sunday of genocide.", "diplomatic"),
        ("Two soldiers accused of looting were arrested on Sunday.", "political"),
        ("The foreign minister accused Russia on Sunday of bombing the power grid.", "diplomatic"),
    ],
)
def test_an_accusation_is_told_by_the_act_it_charges(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a date at the end of a relative clause dates what that clause tells of its noun
        (
            "The two men are accused of breaking a security law that took effect on Sunday.",
            "political",
        ),
        ("Rebels accused the army of breaking a truce that took effect on Sunday.", "diplomatic"),
        # negative: "that" opening what is said, or a relative clause after the date (the
        # accusation is told by its charge, breaking a law, not by what the law bans)
        (
            "The army accused the rebels on Sunday of breaking a law that bans looting.",
            "political",
        ),
        ("The ministry said that rebels attacked the town on Sunday.", "battlefield"),
    ],
)
def test_a_relative_clause_holding_the_date_tells_its_event(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a relief group's operations are its relief work
        ("The charity suspended its operations in the north on Sunday.", "humanitarian"),
        ("The foundation resumed operations at its four sites on Sunday.", "humanitarian"),
        ("The medical group halted operations in the city on Sunday.", "humanitarian"),
        ("The agency paused its operations and food deliveries on Sunday.", "humanitarian"),
        # negative: an army's operations stay fighting
        ("The army suspended its operations in the north on Sunday.", "battlefield"),
        ("Rebels resumed operations near the border on Sunday.", "battlefield"),
    ],
)
def test_a_relief_groups_operations_are_relief(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # land given or kept from the occupier is a negotiating position
        (
            "The president said on Sunday that the nation would never cede land to the occupier.",
            "diplomatic",
        ),
        (
            "The minister said on Sunday they would not hand territory to the occupiers.",
            "diplomatic",
        ),
        # a last offer between the sides
        ("The president told reporters on Sunday it was not his final offer.", "diplomatic"),
        ("The junta said on Sunday the armistice would last another month.", "diplomatic"),
        # refusing another state's ambitions or remarks is no dismissal from office
        (
            "The minister on Sunday dismissed the neighbour's ambitions as outdated, warning"
            " against any move on the port.",
            "diplomatic",
        ),
        ("The president dismissed the defence minister on Sunday.", "political"),
        # negative: the occupier acting, and a union's final offer
        ("The occupiers shelled farmland near the town on Sunday.", "battlefield"),
        ("The mayor said the occupiers burned the village on Sunday.", "battlefield"),
        ("Striking workers voted down the final offer from the hospital on Sunday.", "political"),
    ],
)
def test_positions_and_offers_between_the_sides(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "as the ..." after the date tells the news around the event, as "amid" does
        (
            "The junta announced a ceasefire on Sunday as the death toll from the earthquake rose.",
            "diplomatic",
        ),
        (
            "Aid agencies launched an appeal on Sunday as the army shelled the camps.",
            "humanitarian",
        ),
        (
            "Parliament passed the budget on Sunday as the rebels advanced on the capital.",
            "economic",
        ),
        # negative: the event's own cues stay, and "as part of" opens no clause
        ("Troops shelled the town on Sunday as the families fled.", "battlefield"),
        ("Troops shelled the town on Sunday as part of a new offensive.", "battlefield"),
    ],
)
def test_what_happened_as_the_news_went_on(text: str, category: str) -> None:
    event = only_event(text, "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a deadline set for the other side is pressure between the sides
        (
            "He played down a Sunday deadline for the rebels to respond to the plan, saying"
            " he wanted the fighting to stop.",
            "diplomatic",
        ),
        # negative: a deadline for a budget, a tax or a vote is the budget's, the tax's, the vote's
        ("The city council missed a Sunday deadline to pass its budget.", "economic"),
        ("Parliament set a Sunday deadline for the election bill.", "political"),
    ],
)
def test_a_deadline_for_the_other_side(text: str, category: str) -> None:
    event = only_event(text, "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a tag the date dates ("..., sources said on Sunday") is a statement about the whole
        # sentence before it: its first clause tells what happened
        (
            "Six officers were arrested after the failed coup, including the leaders of the "
            "foiled operation, sources told reporters on Sunday.",
            "political",
            "arrested",
        ),
        (
            "Rebels shelled the market, wounding dozens, including children, the army said on "
            "Sunday.",
            "battlefield",
            "shelled",
        ),
        (
            "The two sides agreed to extend the truce, ending weeks of shelling, including "
            "strikes on the port, the mediators said on Sunday.",
            "diplomatic",
            "agreed",
        ),
        # negative: a saying that says what follows it keeps its own clause
        (
            "The army said on Sunday that protesters had been arrested.",
            "political",
            "arrested",
        ),
    ],
)
def test_a_tag_after_the_sentence_is_about_its_first_clause(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a vehicle that crashes or skids is an accident, and so are its dead
        (
            "Five people were killed when a plane skidded off the runway and crashed on Sunday.",
            "humanitarian",
        ),
        (
            "Five people were killed on Sunday when a bus skidded off the road and crashed.",
            "humanitarian",
        ),
        ("A small plane crashed near the airport on Sunday.", "humanitarian"),
        # negative: a weapon that crashes is an attack, and markets crash
        ("A Russian drone crashed into an apartment block on Sunday.", "battlefield"),
        ("Shares crashed on Sunday as investors fled.", "economic"),
        # relief halted after an attack is relief; the attack told alone is an attack
        (
            "The agency on Sunday suspended food distribution after gunmen looted its depot.",
            "humanitarian",
        ),
        (
            "The agency suspended food distribution on Sunday after looting by armed men.",
            "humanitarian",
        ),
        ("Gunmen looted the agency's depot on Sunday.", "battlefield"),
        # negative: a participle with its object after "after" is what the subject did
        (
            "The envoys said on Sunday they had made progress toward ending the border war but "
            "gave few details after discussing the proposal to achieve peace.",
            "diplomatic",
        ),
    ],
)
def test_accidents_and_relief_halted(text: str, category: str) -> None:
    assert only_event(text).category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a relative clause set off by commas that holds the date tells its noun's
        # happening; the verb after it is that noun's next act, told apart
        (
            "The president, who visited the capital on Sunday, said troops had killed 50 "
            "fighters in recent operations.",
            "diplomatic",
        ),
        # negative: the clause before the date's clause stays its neighbour
        ("Rebels shelled the market, which was crowded on Sunday.", "battlefield"),
    ],
)
def test_the_verb_after_a_relative_clause_is_another_act(text: str, category: str) -> None:
    assert only_event(text).category == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a people rising against its rulers, and rulers falling, are politics
        ("The kingdom was shaken by a popular uprising on Sunday.", "political"),
        ("The old regime collapsed in a popular revolt on Sunday.", "political"),
        ("A revolution toppled the monarchy on Sunday.", "political"),
        (
            "Army officers went on television on Sunday announcing the removal of the president.",
            "political",
        ),
        # a state of siege or of internal unrest declared is a government's measure
        ("The president on Sunday declared a state of siege in the province.", "political"),
        (
            "The president on Sunday declared a state of internal commotion because of the "
            "violence.",
            "political",
        ),
        # negative: a siege laid, rubble removed, a building collapsed, rebels who rose in arms
        ("Rebel fighters laid siege to the garrison town on Sunday.", "battlefield"),
        ("Crews began the removal of rubble from the flooded streets on Sunday.", "humanitarian"),
        ("The old hospital collapsed after the earthquake on Sunday.", "humanitarian"),
        (
            "Insurgents attacked an army post on Sunday, weeks after the uprising began.",
            "battlefield",
        ),
    ],
)
def test_a_people_rising_and_rulers_falling_are_politics(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a phrase set off after the subject that holds the date says where or how the
        # subject acted: the verb after it tells the event
        (
            "The foreign minister, at a news conference in Vienna on Sunday, announced new "
            "sanctions against the neighbour.",
            "diplomatic",
        ),
        (
            "The army chief, in a video address on Sunday, said rebels had shelled the town.",
            "battlefield",
        ),
        (
            "The mayor, in a statement on Sunday, said floodwaters had swept away the bridge.",
            "humanitarian",
        ),
        # negative: a phrase after a clause with its own verb stays with that clause
        ("Protesters rallied outside parliament, in the capital on Sunday.", "political"),
    ],
)
def test_a_phrase_set_off_after_the_subject_is_dated_with_the_verb_after_it(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a date set off between commas before a clause joined by "and" or "but" dates the
        # clause before it, past a name or noun phrase set off with no verb of its own
        (
            "Rebels attacked the provincial capital, Kisoro, on Sunday, and police arrested "
            "dozens of students.",
            "battlefield",
        ),
        (
            "The two envoys met in the port city, Durres, on Sunday, and troops shelled "
            "the border villages.",
            "diplomatic",
        ),
        (
            "Floods swept through the delta, on Sunday, but parliament rejected the "
            "emergency budget.",
            "humanitarian",
        ),
        # negative: a date inside a clause dates that clause, whatever is joined to it
        (
            "Police arrested dozens of students, and rebels attacked the town on Sunday.",
            "battlefield",
        ),
        (
            "Police arrested dozens of students on Sunday, and rebels attacked the town.",
            "political",
        ),
    ],
)
def test_a_date_set_off_before_a_joined_clause_dates_the_clause_before(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the words of a closing tag before its verb of saying are who speaks, however long
        # ("the state broadcaster and two local newspapers reported"), and sources it cites
        # after it leave it a tag: the sentence it closes tells the event
        (
            "Hundreds of people have been arrested since the bombing, the state broadcaster "
            "and two local newspapers reported on Sunday.",
            "political",
        ),
        (
            "Dozens of students were detained after the clashes, the interior ministry's "
            "press office said on Sunday, citing police.",
            "political",
        ),
        (
            "Troops shelled the camp near the dam, the UN aid agency and two relief groups "
            "reported on Sunday, quoting witnesses.",
            "battlefield",
        ),
        (
            "Rebels shelled the town after the talks collapsed, the regional governor's "
            "office said on Sunday, citing witnesses.",
            "battlefield",
        ),
        # negative: a date outside the tag dates its own clause
        ("Gunmen attacked the state broadcaster on Sunday, the ministry said.", "battlefield"),
        ("Talks resumed in the capital, the two foreign ministers said on Sunday.", "diplomatic"),
    ],
)
def test_a_closing_tag_names_who_speaks_and_the_sources_cited(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a change at the head of a party or movement, and a state's own security council
        # meeting, are politics at home
        ("A breakaway faction announced a temporary leadership change on Sunday.", "political"),
        ("The prime minister convened the national security council on Sunday.", "political"),
        ("The premier chaired an emergency meeting of the cabinet on Sunday.", "political"),
        (
            "Delegates of both armies held a meeting of the joint ceasefire committee on Sunday.",
            "diplomatic",
        ),
        # negative: the UN's council and meetings between states stay contacts
        ("The Security Council met in an emergency session on Sunday.", "diplomatic"),
        ("The two leaders met on Sunday to discuss the border crossings.", "diplomatic"),
    ],
)
def test_leadership_changes_and_a_states_security_council_are_politics(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a date after a participle dates the noun before it ("the truce reached on
        # Sunday"): the understanding, however the verb before names its breach
        (
            "The rebels accused the army of violating the truce reached on Sunday.",
            "diplomatic",
        ),
        ("Both sides have violated the ceasefire signed on Sunday.", "diplomatic"),
        # negative: a breach the date dates is fighting
        ("Both sides violated the ceasefire on Sunday.", "battlefield"),
        ("The army violated the truce reached last week on Sunday.", "battlefield"),
    ],
)
def test_a_truce_a_participle_dates_is_the_understanding_not_its_breach(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # hostages freed by commandos: freed by force, not by a concession
        ("Commandos freed the hostages on Sunday.", "battlefield"),
        # ... and an operation to rescue hostages from militants is fighting, not relief
        (
            "Soldiers launched an operation on Sunday to rescue villagers taken hostage by gunmen.",
            "battlefield",
        ),
        (
            "Security forces began a rescue operation on Sunday after militants seized the bus.",
            "battlefield",
        ),
        # negative: hostages released in a deal, and a rescue with no captors, stay
        ("The rebels released ten hostages on Sunday under the exchange.", "diplomatic"),
        ("The hostages were freed on Sunday under the deal.", "diplomatic"),
        # hostages freed with nothing said of force are let go by those who held them
        ("Hostages freed on Sunday described days without food.", "diplomatic"),
        ("Rescue operations resumed on Sunday at the collapsed mine.", "humanitarian"),
        ("Rescuers freed two miners from the rubble on Sunday.", "humanitarian"),
    ],
)
def test_hostages_freed_by_force_are_no_deal_and_their_rescue_is_fighting(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "X followed Y on Sunday": the date dates Y, the happening X is told to come after
        ("The missile attack followed talks in Geneva on Sunday.", "diplomatic"),
        ("The shelling followed a visit by the envoy to the capital on Sunday.", "diplomatic"),
        ("The new sanctions followed a drone strike on the port on Sunday.", "battlefield"),
        ("The ceasefire talks preceded an air raid on the city on Sunday.", "battlefield"),
        # negative: with nothing between the verb and the date, the date dates the subject's
        # happening; and following someone is no relating of two happenings
        ("The talks followed on Sunday.", "diplomatic"),
        ("Troops followed the retreating rebels into the hills on Sunday.", "battlefield"),
        # negative: a relative clause describes the subject, whose happening is told
        ("Fighting that followed the failed talks on Sunday has killed dozens.", "battlefield"),
        # negative: a verb in another clause relates nothing the date dates
        (
            "The talks followed a truce, which was extended on Sunday despite fresh clashes.",
            "diplomatic",
        ),
    ],
)
def test_a_date_after_what_a_happening_followed_dates_that(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a tag followed by a clause that only says when ("..., less than two weeks after
        # ...") still closes the sentence it is about
        (
            "The camp has been emptied of its residents, the relief agency warned on Sunday, "
            "less than two weeks after rebel forces stormed it.",
            "humanitarian",
        ),
        (
            "Hundreds of families fled the district, the agency said on Sunday, more than a "
            "week after the army began shelling it.",
            "humanitarian",
        ),
        # negative: the sentence the tag closes decides, whatever the clause after it says
        (
            "Rebels shelled the town, the army said on Sunday, less than a day after the "
            "talks collapsed.",
            "battlefield",
        ),
        # negative: a date outside any tag dates its own clause
        (
            "Rebels shelled the camp on Sunday, less than two weeks after the truce was signed.",
            "battlefield",
        ),
    ],
)
def test_a_tag_before_a_clause_saying_when_still_closes_the_sentence(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the commas of a series ("babies, children, and mothers") split no clause: what a
        # statement says runs on past them
        (
            "The agency warned on Sunday that thousands of infants, mothers, and elderly "
            "people were at risk from malnutrition.",
            "humanitarian",
        ),
        (
            "The charity warned on Sunday that farmers, herders, and traders in the valley "
            "faced hunger.",
            "humanitarian",
        ),
        # negative: a clause after the series still stands apart
        (
            "The agency said on Sunday that it had delivered food aid, tents, and blankets, and "
            "that rebels later shelled the convoy.",
            "humanitarian",
        ),
        # negative: a series inside the clause of the event changes nothing
        ("Rebels shelled Abu, Kadi, and Sora on Sunday.", "battlefield"),
    ],
)
def test_the_commas_of_a_series_split_no_clause(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # who speaks, set off from the verb of saying by a relative clause, is still who
        # speaks: what is said decides
        (
            "On Sunday, the Humanitarian Research Centre, which has tracked the war for "
            "years, said rebels were massing drones near the city.",
            "battlefield",
        ),
        (
            "The Refugee Law Project, which monitors the border, said on Sunday that troops "
            "had shelled two villages.",
            "battlefield",
        ),
        (
            "On Sunday, the Humanitarian Research Centre (HRC), which has tracked the war for "
            "years, said rebels were massing drones near the city.",
            "battlefield",
        ),
        # negative: with no verb of saying after the clause, the noun is who acts
        (
            "On Sunday, the aid agency, which runs the camp, delivered food to the families.",
            "humanitarian",
        ),
        (
            "The Humanitarian Research Centre said on Sunday that thousands had fled the city.",
            "humanitarian",
        ),
    ],
)
def test_a_speaker_set_off_by_a_relative_clause_is_still_who_speaks(
    text: str, category: str
) -> None:
    event = only_event(text, "On Sunday" if text.startswith("On Sunday") else "on Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # prisoners coming home come home in an exchange between the sides
        (
            "Some of the prisoners who came home on Sunday had been held since the start "
            "of the war.",
            "diplomatic",
        ),
        ("The prisoners returned home on Sunday after two years in captivity.", "diplomatic"),
        # negative: the displaced and refugees coming home are relief
        ("Thousands of refugees came home on Sunday.", "humanitarian"),
        ("Displaced families returned home on Sunday after the floods receded.", "humanitarian"),
    ],
)
def test_prisoners_coming_home_come_home_in_an_exchange(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a displacement is people driven out, as "displaced" is
        ("The mass displacement from the valley began on Sunday.", "humanitarian"),
        # negative: a displacement camp hit is the attack's target
        ("A drone struck a displacement camp near the town on Sunday.", "battlefield"),
    ],
)
def test_a_displacement_is_people_driven_out(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a ship sunk by the other side is an attack
        ("The rebels said they had sunk a cargo ship on Sunday.", "battlefield"),
        ("A naval drone sank the patrol boat on Sunday.", "battlefield"),
        # negative: a ferry or a migrants' boat going down is a disaster
        ("An overloaded ferry sank on Sunday.", "humanitarian"),
        ("A boat carrying migrants sank off the coast on Sunday.", "humanitarian"),
    ],
)
def test_a_ship_sunk_in_war_is_an_attack_a_ferry_sinking_a_disaster(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # deaths from hunger or disease are a crisis's toll, however they are warned of
        (
            "The children's agency warned on Sunday that dozens of infants had died due to "
            "malnutrition.",
            "humanitarian",
        ),
        ("Twelve children died of starvation in the camp on Sunday.", "humanitarian"),
        (
            "The agency warned on Sunday of an imminent explosion in child deaths from hunger.",
            "humanitarian",
        ),
        # negative: deaths in an attack, a real explosion, a warning to a foe
        ("Twelve people died in the shelling of the camp on Sunday.", "battlefield"),
        ("An explosion at the ammunition depot killed four soldiers on Sunday.", "battlefield"),
        (
            "The ministry warned on Sunday that the rebels would face a harsh response.",
            "diplomatic",
        ),
    ],
)
def test_deaths_from_hunger_are_a_crisis_toll(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # footage of armed men at a military site shows the fighting side at work
        (
            "The rebels published videos on Sunday showing fighters near the military base.",
            "battlefield",
        ),
        ("Militants released a video on Sunday filmed outside an air base.", "battlefield"),
        (
            "The group published footage on Sunday of its men at the army barracks.",
            "battlefield",
        ),
        # negative: a video of a speech or a rally is publicity at home
        (
            "The party published a video on Sunday of its leader addressing supporters.",
            "political",
        ),
        ("The broadcaster published a video on Sunday of the minister's speech.", "political"),
    ],
)
def test_footage_at_a_military_site_is_of_the_fighting(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what leaders ask or say in a call is a contact between states, whatever they discuss
        (
            "The president asked his counterpart in a Sunday call whether his forces could "
            "strike deeper.",
            "diplomatic",
        ),
        ("The two leaders discussed the shelling during a call on Sunday.", "diplomatic"),
        # negative: a call to arms, fighters answering a call, a call for calm
        ("The militants answered the call and attacked the base on Sunday.", "battlefield"),
        ("The army called up reservists on Sunday.", "battlefield"),
    ],
)
def test_what_leaders_say_in_a_call_is_diplomacy(text: str, category: str) -> None:
    event = only_event(text, "on Sunday" if "on Sunday" in text else "Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "expression"),
    [
        # a genocide a date dates is the killing itself
        (
            "The rebel group includes fighters who took part in the 1994 genocide.",
            "battlefield",
            "1994",
        ),
        (
            "The militia's leaders are linked to the genocide of villagers in the valley in 1994.",
            "battlefield",
            "in 1994",
        ),
        # negative: a genocide a court, a charge or a parliament names is a case at home
        ("The court opened the genocide case on Sunday.", "political", "on Sunday"),
        ("The tribunal convicted two officers of genocide on Sunday.", "political", "on Sunday"),
        ("The minister accused the army of genocide on Sunday.", "diplomatic", "on Sunday"),
    ],
)
def test_a_dated_genocide_is_the_killing(text: str, category: str, expression: str) -> None:
    event = only_event(text, expression)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a side entering a town told with its region or size takes ground, as "entered the
        # town" does
        (
            "Reports said the rebels had entered the northern town of Amber on Sunday.",
            "battlefield",
        ),
        (
            "Media reported on Sunday that the front had entered the Lakeside region town.",
            "battlefield",
        ),
        ("The movement entered the strategic city of Port Ruby on Sunday.", "battlefield"),
        # negative: relief entering a town is relief
        ("An aid convoy entered the besieged northern town on Sunday.", "humanitarian"),
    ],
)
def test_entering_a_town_told_by_its_region_takes_ground(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "expression"),
    [
        # a participle set off after a noun tells of that noun, as "which started" does
        ("The war, started in April 2023, has displaced millions.", "battlefield", "in April 2023"),
        (
            "The offensive, launched on Sunday, has forced thousands to flee.",
            "battlefield",
            "on Sunday",
        ),
        ("The truce, agreed on Sunday, has let aid trucks in.", "diplomatic", "on Sunday"),
        # negative: a clause of its own after the comma tells its own event
        (
            "The war has displaced millions, forced thousands to flee on Sunday.",
            "humanitarian",
            "on Sunday",
        ),
    ],
)
def test_a_participle_set_off_after_a_noun_tells_of_it(
    text: str, category: str, expression: str
) -> None:
    event = only_event(text, expression)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "expression"),
    [
        # a conflict beginning is a war beginning, as "the conflict erupted" is
        (
            "The conflict that began in April 2023 has displaced millions.",
            "battlefield",
            "in April 2023",
        ),
        (
            "The conflict began in April 2023 and has displaced millions.",
            "battlefield",
            "in April 2023",
        ),
        # negative: a dispute named by what it is over stays what it is over
        ("A trade conflict over steel tariffs began on Sunday.", "economic", "on Sunday"),
    ],
)
def test_a_conflict_beginning_is_a_war_beginning(text: str, category: str, expression: str) -> None:
    event = only_event(text, expression)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # trucks of flour reaching people are an aid delivery, as food is
        (
            "The agency said on Sunday that 40 trucks carrying flour had reached the north.",
            "humanitarian",
        ),
        # footage of an aircraft downed or a vehicle destroyed shows the fighting
        (
            "The rebels released footage on Sunday purporting to show the downing of a helicopter.",
            "battlefield",
        ),
        ("The brigade published a video on Sunday of tanks being destroyed.", "battlefield"),
        # negative: flour prices are the market's; footage of a speech is publicity
        ("Flour prices rose by a fifth on Sunday.", "economic"),
        ("The broadcaster published a video on Sunday of the minister's speech.", "political"),
    ],
)
def test_flour_delivered_and_footage_of_downing(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a bill or a law about the army is passed by lawmakers: politics
        ("Lawmakers passed the mobilisation bill in a first reading on Sunday.", "political"),
        ("Parliament on Sunday adopted a law on mobilization and military service.", "political"),
        ("The committee completed work on the conscription bill on Sunday.", "political"),
        ("The deputies approved the draft law on the second reading on Sunday.", "political"),
        # negative: troops called up, and a reading of what the enemy does, stay the field's
        ("The army began mobilising reservists on Sunday.", "battlefield"),
        (
            "The general staff said on Sunday that its reading of the front had not changed.",
            "battlefield",
        ),
    ],
)
def test_a_bill_about_the_army_is_lawmaking(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a court's order is a ruling, whatever it orders to stop
        (
            "The International Court of Justice on Sunday ordered the country to halt its"
            " military offensive in the south.",
            "political",
        ),
        (
            "The judge on Sunday ordered the police to end the raids on the camp.",
            "political",
        ),
        # negative: a dispute between states taken to a court stays a dispute; an order
        # given to troops is told by what they do
        (
            "The government took its border dispute with its neighbour to the World Court on"
            " Sunday.",
            "diplomatic",
        ),
        ("The commander on Sunday ordered his troops to attack the town.", "battlefield"),
    ],
)
def test_an_order_is_about_what_it_orders(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # money gathered for an appeal is secured, no ground is
        (
            "The refugee agency said on Sunday that its appeal was short of funds, as only a"
            " tenth of the required amount had been secured.",
            "humanitarian",
        ),
        # a ruler swept away, or sworn in, is politics
        ("The new president was sworn in on Sunday.", "political"),
        ("The swearing-in of the new president took place on Sunday.", "political"),
        ("The president was toppled on Sunday, ending five decades of family rule.", "political"),
        # a war the sides came close to is feared, not fought
        ("The two states came close to war on Sunday.", "diplomatic"),
        # ... while the attacks it followed are dated by what follows "following"
        (
            "The two states came close to war following air strikes on an embassy on Sunday.",
            "battlefield",
        ),
        # a fuel or a crop banned is trade stopped
        ("The ban on Russian gas takes effect on Sunday.", "economic"),
        ("The bloc's LNG ban took effect on Sunday.", "economic"),
        # negative: troops securing a bridge take ground; a building toppled by a strike is
        # the strike's
        ("Troops secured the bridge on Sunday.", "battlefield"),
        ("A missile strike toppled an apartment block on Sunday.", "battlefield"),
        ("The ban on opposition rallies took effect on Sunday.", "political"),
    ],
)
def test_funds_secured_rulers_toppled_wars_nearly_fought_and_fuel_banned(
    text: str, category: str
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a loan paid out in parts: its disbursements and tranches are money lent
        ("The fund's board approved a $900 million disbursement on Sunday.", "economic"),
        ("The second tranche of $2 billion will be released on Sunday.", "economic"),
        ("The lender's board met on Sunday to approve the next tranche.", "economic"),
        # negative: ministers meeting, aid handed out and an instalment of a series of talks
        # are not money lent
        ("The two foreign ministers met on Sunday.", "diplomatic"),
        ("The envoys met on Sunday, the latest instalment of a round of talks.", "diplomatic"),
        ("Volunteers handed out food parcels to displaced families on Sunday.", "humanitarian"),
    ],
)
def test_a_loan_is_paid_out_in_parts(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a participle after a preposition's object tells what the date dates
        ("The envoy demanded the release of those detained on Sunday.", "political"),
        ("The envoy demanded the release of the reporters arrested on Sunday.", "political"),
        ("The agency is caring for thousands of the people displaced on Sunday.", "humanitarian"),
        # negative: a verb after its subject is the clause's own act, told as before
        ("The two ministers agreed on Sunday to cut oil output.", "economic"),
        ("The storm was downgraded on Sunday.", "humanitarian"),
    ],
)
def test_a_participle_after_an_object_tells_what_the_date_dates(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an operation against graft or smuggling is law enforcement at home
        (
            "Investigators announced a special operation to uncover corruption at the state"
            " power company on Sunday.",
            "political",
        ),
        ("Police launched an operation against drug smugglers on Sunday.", "political"),
        # negative: an army's operation stays the field's
        ("The army launched an operation against the rebels on Sunday.", "battlefield"),
    ],
)
def test_an_operation_against_graft_is_law_enforcement(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # talks or a transition derailed are wrecked, no train is
        ("Hardliners derailed the peace talks on Sunday.", "diplomatic"),
        (
            "The dispute derailed the transition to democracy that began in April 2019.",
            "political",
        ),
        # negative: a train that left its rails is an accident
        ("A freight train derailed on Sunday near the border.", "humanitarian"),
    ],
)
def test_a_process_derailed_is_no_accident(text: str, category: str) -> None:
    expression = "on Sunday" if "on Sunday" in text else "in April 2019"
    event = only_event(text, expression)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a full date whose year is set off by commas still names the noun after it
        (
            "The talks stalled over the hostages seized in the October 7, 2023, attacks.",
            "battlefield",
        ),
        ("The ministers met to discuss the October 7, 2023, massacre.", "battlefield"),
        # negative: a date that names no noun leaves the clause's verb to tell the event
        ("The ministers met on October 7, 2023, and discussed the border.", "diplomatic"),
    ],
)
def test_a_year_set_off_by_commas_still_names_the_noun_after_it(text: str, category: str) -> None:
    expression = "October 7, 2023" if "the October" in text else "on October 7, 2023"
    (event,) = events_of(text, (expression, date(2023, 10, 7)))
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # atrocities are violence; an official declared unwelcome is a dispute between states
        ("The report documented atrocities on Sunday in the border villages.", "battlefield"),
        (
            "The minister on Sunday declared the head of the agency persona non grata.",
            "diplomatic",
        ),
        # negative: a report published, with nothing else told, stays no event of war
        ("The report documented on Sunday the state of the border villages.", "other"),
    ],
)
def test_atrocities_and_officials_declared_unwelcome(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a war to be ended, named by its place, and fighting to be stopped are a negotiating
        # position
        (
            "The envoy told reporters on Sunday that a deal to end the Gaza war was possible.",
            "diplomatic",
        ),
        ("The minister said on Sunday that ending the Ukraine war would be easy.", "diplomatic"),
        ("The official said on Sunday that the group was ready to stop fighting.", "diplomatic"),
        # negative: fighting that goes on, and a war told by its place, are the field's
        ("Rebels kept fighting on Sunday near the airport.", "battlefield"),
        ("The war in Gaza entered its second year on Sunday.", "battlefield"),
    ],
)
def test_a_war_to_be_ended_by_its_place_is_a_negotiating_position(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a call told with a word between the verb and its partner is still a contact
        (
            "The president spoke separately on Sunday with the leaders of France and Chile.",
            "diplomatic",
        ),
        ("The chancellor talked again with the Polish premier on Sunday.", "diplomatic"),
        # ... and a call told by whose it was
        (
            "During their call on Sunday, the two presidents reviewed the plan for the port.",
            "diplomatic",
        ),
        # negative: speaking to the press is no contact between states
        ("The prime minister spoke briefly to reporters on Sunday.", "other"),
        ("The minister spoke again with the crowd on Sunday.", "other"),
        ("The president spoke separately with opposition leaders on Sunday.", "political"),
    ],
)
def test_a_call_is_a_contact_whatever_stands_between_its_words(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a video conference or call is a meeting held at a distance, not footage
        (
            "Speaking to European leaders via video conference on Sunday, the president said "
            "he backed the peace plan.",
            "diplomatic",
        ),
        ("The two foreign ministers held a video call on Sunday.", "diplomatic"),
        # negative: a video shown is footage
        ("The ministry released a video on Sunday of the ceremony.", "political"),
    ],
)
def test_a_video_conference_is_a_meeting_not_footage(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "aerial threats" are the missiles and drones themselves
        ("Iran launched more than 200 aerial threats at the city on Sunday.", "battlefield"),
        ("Air defences intercepted 40 air threats on Sunday.", "battlefield"),
        # negative: threats made against the other side are pressure between states
        ("Iran renewed its threats against the city on Sunday.", "diplomatic"),
    ],
)
def test_aerial_threats_are_what_is_fired(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "combat aircraft", "combat vehicles": a kind of weapon, no fighting
        ("The country took delivery of twelve combat aircraft on Sunday.", "other"),
        ("The company unveiled two new combat vehicles on Sunday.", "political"),
        # negative: combat itself is fighting
        ("Heavy combat raged in the suburbs on Sunday.", "battlefield"),
    ],
)
def test_a_combat_aircraft_is_a_weapon_not_fighting(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "since the war began": a bound set by another happening, not what happened
        (
            "Thousands of families returned on Sunday to the north for the first time since "
            "the war began.",
            "humanitarian",
        ),
        (
            "Foreign nationals trapped in the city since the start of the war between the "
            "two armies began leaving the besieged city for the border on Sunday.",
            "humanitarian",
        ),
        (
            "The rebels have taken four towns since the peace talks collapsed, the army said "
            "on Sunday.",
            "battlefield",
        ),
        # negative: a date inside the phrase dates the happening it names
        ("Hundreds of families have fled since the shelling began on Sunday.", "battlefield"),
        (
            "Rights groups accused the coalition of bombing markets since launching its "
            "campaign in support of the government on Sunday.",
            "battlefield",
        ),
        # negative: with nothing else told, the happening named is all there is
        ("The airport reopened on Sunday for the first time since the invasion.", "battlefield"),
    ],
)
def test_a_happening_after_since_only_bounds_the_event(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a relative clause set off by a comma and holding the date tells what happened to
        # its noun, not what the verb before it did
        ("Thousands fled the city, which was shelled on Sunday.", "battlefield"),
        ("Thousands protested against the war, which began on Sunday.", "battlefield"),
        (
            "The quake raised fears about the country, which has been at war since the coup "
            "on Sunday.",
            "political",
        ),
        # ... and a clause after a double dash is no part of it
        (
            "Rebels held the town, which produces most of the oil -- around 85 percent -- but "
            "troops retook it on Sunday.",
            "battlefield",
        ),
        # negative: a date outside the relative clause dates the main verb
        ("Thousands fled on Sunday from the city, which was shelled for weeks.", "humanitarian"),
        # negative: a relative clause without a cue leaves the verb before it to tell
        ("The minister met the envoy, who arrived on Sunday.", "diplomatic"),
    ],
)
def test_a_relative_clause_holding_the_date_tells_of_its_noun(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a passive verb of saying: the noun before it is what is said, not who says it
        (
            "After weeks of unrest at home and clashes on the border, a truce was announced "
            "on Sunday.",
            "diplomatic",
        ),
        ("The ceasefire was announced on Sunday.", "diplomatic"),
        # negative: who announces is still who speaks
        ("Fighting resumed in the north, the ministry announced on Sunday.", "battlefield"),
    ],
)
def test_a_passive_verb_of_saying_has_no_speaker_before_it(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # words read in the sense their neighbours give them: a title, crowds, censorship,
        # order kept at home
        (
            "The Director General of Military Operations called his counterpart on Sunday.",
            "diplomatic",
        ),
        ("Thousands flooded the streets on Sunday in a protest against the new tax.", "political"),
        ("The government imposed a media blackout on Sunday.", "political"),
        (
            "The interior minister warned on Sunday of a firm response to civil disobedience by "
            "demonstrators.",
            "political",
        ),
        # negative: operations, floods, blackouts and responses in their own sense
        ("The army launched military operations in the north on Sunday.", "battlefield"),
        ("Heavy rain flooded the valley on Sunday.", "humanitarian"),
        ("A blackout hit the capital on Sunday after the storm.", "humanitarian"),
        ("The minister warned on Sunday of a firm response to any attack.", "diplomatic"),
    ],
)
def test_titles_crowds_censorship_and_order_at_home(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a seat, a chamber or an office won or lost is politics, however far down the phrase
        ("The ruling bloc lost control of the more powerful lower house on Sunday.", "political"),
        ("She won a clear victory in the country's presidential race on Sunday.", "political"),
        # negative: ground won or lost, and a victory of arms
        ("Rebels lost control of the eastern border town on Sunday.", "battlefield"),
        (
            "The army claimed victory over the rebels in the northern hills on Sunday.",
            "battlefield",
        ),
    ],
)
def test_a_house_or_an_office_won_or_lost_is_politics(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # water cannon turned on ships at sea is a clash between states' forces
        ("Coast guard cutters fired water cannon at two fishing vessels on Sunday.", "battlefield"),
        # negative: water cannon on a crowd is order kept at home
        ("Police fired water cannon at students near the parliament on Sunday.", "political"),
    ],
)
def test_water_cannon_at_sea_is_a_clash(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an armed group giving up its arms ends a war by agreement, not by fighting
        ("Two hundred guerrillas handed over their weapons to monitors on Sunday.", "diplomatic"),
        ("The guerrillas burned their rifles in a symbolic ceremony on Sunday.", "diplomatic"),
        ("The rebel movement began its disarmament in the hills on Sunday.", "diplomatic"),
        # negative: weapons seized, arms depots burned by the other side
        ("Soldiers seized weapons from the guerrillas on Sunday.", "battlefield"),
        ("Troops burned a rebel arms depot in the hills on Sunday.", "battlefield"),
    ],
)
def test_arms_laid_down_end_a_war_by_agreement(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a crash that kills those on board is a disaster, however long the sentence
        (
            "The airliner came down in a field near the runway shortly after take-off on "
            "Sunday, killing 90 passengers.",
            "humanitarian",
        ),
        # negative: passengers killed by gunmen or a bomb
        ("Gunmen opened fire on a bus on Sunday, killing 12 passengers.", "battlefield"),
    ],
)
def test_passengers_killed_in_a_crash_are_a_disaster(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a government standing by its measures, not troops holding ground
        ("The trade secretary defended the new tariffs on Sunday.", "economic"),
        ("The minister defended the emergency measures on Sunday.", "political"),
        # negative: ground defended
        ("Soldiers defended the bridge against a night assault on Sunday.", "battlefield"),
    ],
)
def test_measures_defended_are_not_ground(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # help to one's own people abroad: travel advice and registering nationals
        (
            "The foreign office advised against all travel to the island on Sunday.",
            "humanitarian",
        ),
        (
            "The government asked its nationals in the capital to register on Sunday.",
            "humanitarian",
        ),
        # negative: a trip of a state's envoy, and nationals caught in an attack
        ("The foreign minister announced a trip to the island on Sunday.", "diplomatic"),
        ("Two nationals were killed in the air strike on Sunday.", "battlefield"),
    ],
)
def test_help_to_nationals_abroad_is_humanitarian(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # condolences to the bereaved speak of the victims, not of relations
        (
            "The president visited the family of the dead student to offer condolences on Sunday.",
            "humanitarian",
        ),
        (
            "The governor expressed condolences to the families of the victims on Sunday.",
            "humanitarian",
        ),
        # ... and condolences told with the police or the courts at home are domestic politics
        (
            "The president expressed condolences on Sunday, calling the police response excessive.",
            "political",
        ),
        # negative: condolences sent between states
        ("The president sent condolences to his French counterpart on Sunday.", "diplomatic"),
        # a crowd demanding a resignation is a protest
        ("Thousands demanded the resignation of the regional governor on Sunday.", "political"),
        # negative: a state's demand of another
        ("Beijing demanded the withdrawal of the warships on Sunday.", "diplomatic"),
    ],
)
def test_condolences_to_the_bereaved_and_demands_to_resign(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a leader rung up by name and title is a call between states
        (
            "The foreign secretary called Prime Minister Ahmed on Sunday to raise concerns.",
            "diplomatic",
        ),
        ("The chancellor called President Silva on Sunday about the refugees.", "diplomatic"),
        # negative: a call for something, and a name called out
        ("The minister called for calm after the floods on Sunday.", "humanitarian"),
        # an armed group giving up its struggle ends a war by agreement
        ("The movement renounced armed struggle on Sunday.", "diplomatic"),
        # missile warnings shared between states are cooperation, not an attack
        ("The three countries began sharing missile warning data on Sunday.", "diplomatic"),
        # negative: missiles fired
        ("The army fired two missiles at the port on Sunday.", "battlefield"),
        # prisons held or lost are order kept at home
        ("The army moved to regain control of the country's prisons on Sunday.", "political"),
    ],
)
def test_calls_disarming_warnings_shared_and_prisons(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a state telling its own people abroad to leave or stay safe helps them
        (
            "The foreign ministry urged its nationals to leave the country on Sunday.",
            "humanitarian",
        ),
        ("The embassy advised citizens to shelter in place on Sunday.", "humanitarian"),
        # a tax defended a few words on is still a measure
        ("The finance minister defended the new fuel tax on Sunday.", "political"),
        # negative: a foreign ministry urging another state
        ("The foreign ministry urged Israel to halt the strikes on Sunday.", "diplomatic"),
    ],
)
def test_a_state_telling_its_nationals_to_leave_helps_them(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # thanking an audience for coming is no happening; thanking a state is
        ("Well, thank you all for joining us on Sunday.", "other"),
        ("The president thanked Japan for its support on Sunday.", "diplomatic"),
    ],
)
def test_a_speaker_greeting_the_audience_is_no_happening(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a name or a description set off after the subject does not end its clause: the
        # verb after it tells the event
        (
            "On Sunday, the army's chief of staff, General Amos Dari, announced his "
            "resignation, citing failures to stop the attacks.",
            "political",
        ),
        (
            "On Sunday, dozens of fighters, both men and women, burned their rifles in a "
            "symbolic ceremony.",
            "diplomatic",
        ),
        # negative: the verb after a clause with one of its own is another happening
        (
            "On Sunday, the army's chief of staff resigned, and rebels attacked the base.",
            "political",
        ),
        ("On Sunday, in the capital, Juba, heavy fighting broke out.", "battlefield"),
    ],
)
def test_a_name_set_off_after_the_subject_keeps_its_verb(text: str, category: str) -> None:
    event = only_event(text, "On Sunday")
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a date after a name set off at the end dates the clause with the verb before it
        (
            "The adviser discussed the attacks with the president, Ali Musa, on Sunday.",
            "diplomatic",
        ),
        # negative: the verb of the clause before still decides when it has one
        ("Gunmen attacked the convoy of the governor, Ali Musa, on Sunday.", "battlefield"),
    ],
)
def test_a_date_after_a_name_set_off_dates_the_verb_before_it(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category", "date"),
    [
        # power taken by soldiers is a coup, however it is named
        ("Officers announced a military takeover on Sunday.", "political", "on Sunday"),
        ("The army takeover on Sunday was condemned abroad.", "political", "on Sunday"),
        (
            "The regional bloc suspended the country after the takeover of power on Sunday.",
            "political",
            "on Sunday",
        ),
        # a crash the date names is an accident
        (
            "Investigators recovered the flight recorders from Sunday's crash.",
            "humanitarian",
            "Sunday",
        ),
        ("A crash on the motorway on Sunday left nine dead.", "humanitarian", "on Sunday"),
        # negative: a company bought, and a market that falls, are the economy's
        ("A takeover bid for the bank was launched on Sunday.", "economic", "on Sunday"),
        ("Shares fell again on Sunday after the market crash.", "economic", "on Sunday"),
    ],
)
def test_a_takeover_of_power_and_a_crash_name_what_happened(
    text: str, category: str, date: str
) -> None:
    event = only_event(text, date)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a state of emergency told with the disaster a few words on is relief
        (
            "The government declared a state of emergency in three provinces on Sunday after "
            "the floods.",
            "humanitarian",
        ),
        # people at home told how to keep safe, or how to vote, are no other state
        ("The mayor urged residents on Sunday to stay away from the coast.", "humanitarian"),
        ("The president urged voters on Sunday to back the referendum.", "political"),
        # negative: order kept at home, a measure with no disaster, a demand on a state
        (
            "The government declared a state of emergency in three provinces on Sunday after "
            "the riots.",
            "political",
        ),
        (
            "The government extended the state of emergency on Sunday for another month.",
            "political",
        ),
        ("The minister urged Iran on Sunday to return to talks.", "diplomatic"),
    ],
)
def test_measures_and_calls_at_home_are_told_by_whom_they_address(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


# --- joining or leaving a body of states or a compact between them is diplomacy --------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # leaving a bloc, a league or a treaty is no withdrawal from the field
        ("The three juntas withdrew from the regional trade bloc on Sunday.", "diplomatic"),
        ("The island state quit the Pacific Islands Forum alliance on Sunday.", "diplomatic"),
        ("The government pulled out of the old arms control treaty on Sunday.", "diplomatic"),
        ("Moscow suspended its participation in the grain corridor deal on Sunday.", "diplomatic"),
        # joining or returning to one is as well
        ("After years apart, the country rejoined the Arab League on Sunday.", "diplomatic"),
        ("The kingdom formally joined the defence alliance on Sunday.", "diplomatic"),
        ("Its delegation returned to the regional economic community on Sunday.", "diplomatic"),
        # negatives: troops leave ground, parties leave a government, players join a club
        ("Government troops withdrew from the besieged town on Sunday.", "battlefield"),
        ("The rebels pulled out of the hills after heavy fighting on Sunday.", "battlefield"),
        ("The junior party quit the ruling coalition on Sunday.", "political"),
        ("Thousands of protesters joined the march in the capital on Sunday.", "political"),
    ],
)
def test_joining_or_leaving_a_compact_of_states_is_diplomatic(text: str, category: str) -> None:
    assert_sense(text, category, None)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a visit that names no other state is a leader's business at home
        ("The prime minister visited Velmora on Sunday and promised new roads.", "political"),
        ("The interior minister will visit the northern town of Dorsk on Sunday.", "political"),
        ("The general was expected to visit the presidential palace on Sunday.", "political"),
        # negatives: another state, its capital, its people or a body of states is named,
        # or the visitor is one states send
        ("The prime minister visited Germany on Sunday.", "diplomatic"),
        ("The prime minister visited Nairobi on Sunday.", "diplomatic"),
        ("The French prime minister visited Velmora on Sunday.", "diplomatic"),
        ("The UN chief visited Velmora on Sunday.", "diplomatic"),
        ("The envoy visited Velmora on Sunday.", "diplomatic"),
        ("The prime minister visited the neighbouring capital on Sunday.", "diplomatic"),
        # a visitor told of only as "they" is whom the sentence before names
        (
            "The German and Polish ministers arrived in the country. "
            "During the day on Sunday, they visited Velmora.",
            "diplomatic",
        ),
        ("The governor said on Saturday that she would visit Velmora on Sunday.", "political"),
        # what a visit told as done governs is the place visited, not what happened there
        ("The prime minister visited the flooded town of Velmora on Sunday.", "political"),
        ("The governor visited the quake-stricken city of Dorsk on Sunday.", "political"),
        ("The president visited the damaged hospital on Sunday.", "political"),
        ("The mayor, who toured the burned streets on Sunday, promised help.", "political"),
        ("The president visited flood victims in the south on Sunday.", "political"),
        # and "a state of emergency" brings no other state into sight
        (
            "The president visited the flooded town of Velmora on Sunday, a day after the "
            "province was placed under a state of emergency.",
            "political",
        ),
        # negatives: a visit abroad, troops visited, a visit only planned or set before
        # what is said, and the disaster itself
        ("The French president visited the flooded town of Velmora on Sunday.", "diplomatic"),
        ("The president visited the wounded soldiers on Sunday.", "battlefield"),
        ("The president will visit the flood victims on Sunday.", "humanitarian"),
        (
            "After visiting the affected areas on Sunday, the head of the relief agency said "
            "2,000 families had fled their homes.",
            "humanitarian",
        ),
        ("Floods hit the town of Velmora on Sunday, before the minister's visit.", "humanitarian"),
    ],
)
def test_a_visit_at_home_is_politics(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


@pytest.mark.parametrize(
    ("story", "visit", "category"),
    [
        # the scene of a happening to be visited is told by its story, not a state visit
        (
            "Floods swept the valley on Saturday, killing 20 people and cutting off 3 towns.",
            "The governor will visit the site on Sunday.",
            "humanitarian",
        ),
        (
            "A car bomb exploded outside the market on Saturday, killing 12 people.",
            "The president is due to visit the scene on Sunday.",
            "battlefield",
        ),
        # a visit to it told as done is a leader's business at home
        (
            "Floods swept the valley on Saturday, killing 20 people and cutting off 3 towns.",
            "The governor visited the site on Sunday.",
            "political",
        ),
        (
            "A cargo plane crashed on take-off on Saturday, and the crash killed its crew.",
            "The transport minister visited the wreckage on Sunday.",
            "political",
        ),
        # negatives: a visit to another state or its leader is diplomatic in any story
        (
            "Floods swept the valley on Saturday, killing 20 people and cutting off 3 towns.",
            "The foreign minister visited Beijing on Sunday.",
            "diplomatic",
        ),
        (
            "A car bomb exploded outside the market on Saturday, killing 12 people.",
            "The envoy visited the president on Sunday.",
            "diplomatic",
        ),
    ],
)
def test_a_visit_to_the_scene_of_a_happening(story: str, visit: str, category: str) -> None:
    text = f"{story} {visit}"
    events = events_of(text, ("on Saturday", date(2025, 3, 1)), ("on Sunday", date(2025, 3, 2)))
    assert [e.category for e in events][-1] == category, events[-1].cues


PROTESTS = (
    "Thousands of students marched on parliament on Friday to demand the minister's "
    "resignation. Police arrested 40 protesters on Saturday. "
)
FIGHTING = (
    "Rebels shelled the northern town on Friday. Government troops launched a "
    "counteroffensive on Saturday. "
)


def events_after(story: str, text: str) -> list[Event]:
    """The events of ``story`` (a Friday's and a Saturday's) and then ``text`` (a Sunday's)."""
    days = (("on Friday", date(2025, 3, 7)), ("on Saturday", date(2025, 3, 8)))
    return events_of(story + text, *days, ("on Sunday", date(2025, 3, 9)))


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # the street's violence told without a protest near it is the protest story's
        (PROTESTS, "Clashes broke out again near the ministry on Sunday.", "political"),
        (PROTESTS, "Violence spread to the port city on Sunday.", "political"),
        (PROTESTS, "Shops were looted and torched in the old town on Sunday.", "political"),
        # negatives: the same words in a war story, and an armed attack in a protest story
        (FIGHTING, "Clashes broke out again near the ministry on Sunday.", "battlefield"),
        (FIGHTING, "Violence spread to the port city on Sunday.", "battlefield"),
        (PROTESTS, "Gunmen attacked an army base near the port on Sunday.", "battlefield"),
        (PROTESTS, "Drones struck an army depot near the ministry on Sunday.", "battlefield"),
    ],
)
def test_violence_in_the_street_is_read_in_the_story_of_protests(
    story: str, text: str, category: str
) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, events[-1].cues


FLOODS = (
    "Heavy rains flooded the river valley on Friday. Rescuers evacuated 3,000 residents "
    "from the lowlands on Saturday. "
)


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # the toll and the damage told alone in a story of a disaster are the disaster's
        (FLOODS, "Officials said on Sunday that 14 people had been killed.", "humanitarian"),
        (FLOODS, "At least nine people died in the district on Sunday.", "humanitarian"),
        (FLOODS, "Most of the homes in the village were destroyed on Sunday.", "humanitarian"),
        (FLOODS, "The system hit the northern coast early on Sunday.", "humanitarian"),
        # negatives: the same words in a war story, and an act of war in a disaster story
        (FIGHTING, "Officials said on Sunday that 14 people had been killed.", "battlefield"),
        (FIGHTING, "Most of the homes in the village were destroyed on Sunday.", "battlefield"),
        (FLOODS, "Gunmen killed 14 people at a relief camp on Sunday.", "battlefield"),
        (FLOODS, "A drone hit the northern coast early on Sunday.", "battlefield"),
    ],
)
def test_the_toll_of_a_disaster_is_read_in_its_story(story: str, text: str, category: str) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, events[-1].cues


WALKOUT = (
    "Bus drivers voted on Friday to reject the company's pay offer. "
    "The union rallied outside the depot on Saturday. "
)
RAIDS = (
    "Rebels shelled the northern town on Friday. Government troops killed 20 fighters on Saturday. "
)


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # a strike with nothing near it saying who strikes or what was hit is the labour
        # dispute its story tells
        (WALKOUT, "The strike began at midnight on Sunday.", "political"),
        (WALKOUT, "Hundreds joined the strike at the northern plant on Sunday.", "political"),
        (WALKOUT, "“We strike on Sunday,” the union leader told the crowd.", "political"),
        # ... while the story's other strike does not speak for the story: the vote and the
        # rally settle it
        (
            "Bus drivers voted on Friday to reject the pay offer. "
            "The strike spread to the docks on Saturday. ",
            "It ended on Sunday.",
            "political",
        ),
        # negatives: in a story of war a strike is an attack, and so is one whose toll or
        # target is told in any story
        (RAIDS, "The strike began at midnight on Sunday.", "battlefield"),
        (WALKOUT, "A drone strike hit the depot on Sunday, killing two guards.", "battlefield"),
        (WALKOUT, "Strikes killed four people in the port on Sunday.", "battlefield"),
    ],
)
def test_a_strike_told_alone_is_read_in_its_story(story: str, text: str, category: str) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, events[-1].cues


QUAKE = (
    "A strong earthquake hit the coast on Friday, flattening hundreds of homes. "
    "Rescuers pulled two children from the rubble on Saturday. "
)
RALLIES = (
    "Thousands of students rallied outside parliament on Friday. "
    "Police fired tear gas at the protesters on Saturday. "
)


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # a death toll told alone is the toll of what its story tells
        (RAIDS, "Officials said on Sunday that the death toll had risen to 31.", "battlefield"),
        (RALLIES, "The death toll climbed to 12 on Sunday, the ministry said.", "political"),
        # negatives: a disaster's toll is the disaster's, and a toll whose cause is told
        # keeps that cause
        (QUAKE, "Officials said on Sunday that the death toll had risen to 31.", "humanitarian"),
        (RALLIES, "The death toll from the floods rose to 12 on Sunday.", "humanitarian"),
    ],
)
def test_a_death_toll_told_alone_is_its_storys(story: str, text: str, category: str) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, events[-1].cues


BALLOT = (
    "Voters went to the polls in a tight presidential election on Friday. "
    "The opposition candidate rejected the provisional results on Saturday. "
)


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # a shooting told alone in a story of politics is that story's violence
        (BALLOT, "Two of his campaign aides were shot dead in their car on Sunday.", "political"),
        (BALLOT, "A local councillor was shot outside his home on Sunday.", "political"),
        (
            BALLOT,
            "Police said a man had been shot dead near a counting centre on Sunday.",
            "political",
        ),
        # negatives: the same shooting in a story of war, and one an act of war tells
        (RAIDS, "Two of his campaign aides were shot dead in their car on Sunday.", "battlefield"),
        (BALLOT, "Troops shot dead three rebels near the border on Sunday.", "battlefield"),
        (
            BALLOT,
            "Gunmen attacked an army post on Sunday, leaving four soldiers dead.",
            "battlefield",
        ),
    ],
)
def test_a_shooting_told_alone_is_read_in_the_story_of_politics(
    story: str, text: str, category: str
) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, events[-1].cues


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # talks, blame and apologies told alone in a story of politics are that story's
        (BALLOT, "The two camps will meet again on Sunday.", "political"),
        (BALLOT, "The outgoing president apologised for the delays on Sunday.", "political"),
        (
            BALLOT,
            "The information minister accused rivals of spreading lies on Sunday.",
            "political",
        ),
        (BALLOT, "Church leaders called for dialogue on Sunday.", "political"),
        # negatives: the same in a story of war, and with a state named in the sentence
        (RAIDS, "The two camps will meet again on Sunday.", "diplomatic"),
        (RAIDS, "Church leaders called for dialogue on Sunday.", "diplomatic"),
        (BALLOT, "The two camps will meet Kenya's president on Sunday.", "diplomatic"),
        (BALLOT, "France accused the rivals of spreading lies on Sunday.", "diplomatic"),
    ],
)
def test_talks_and_blame_told_alone_are_read_in_the_story_of_politics(
    story: str, text: str, category: str
) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, events[-1].cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a toll told with the protest it fell in is the protest's, however far apart
        (
            "At least 40 people have been killed on Sunday as the police cracked down on "
            "anti-austerity protests in the capital.",
            "political",
        ),
        ("The death toll from the fuel-price protests rose to 16 on Sunday.", "political"),
        (
            "Two teenagers were shot dead and dozens more injured on Sunday, as a fresh wave of "
            "protests reached the coast.",
            "political",
        ),
        (
            "Nine people were killed in the mining town on Sunday, the third day of riots "
            "over the vote count.",
            "political",
        ),
        # negatives: an act of fighting near the toll tells who killed, and a toll far from
        # any protest stays the war's
        (
            "An airstrike killed 20 people in the square on Sunday, a day after a rally there.",
            "battlefield",
        ),
        (
            "Rebels ambushed a convoy on Sunday, killing nine soldiers, days after protests "
            "in the capital.",
            "battlefield",
        ),
        ("The death toll from Sunday's shelling of the market rose to 16.", "battlefield"),
        ("Nine people were killed on Sunday in the border town.", "battlefield"),
    ],
)
def test_a_toll_told_with_its_protest_is_the_protests(text: str, category: str) -> None:
    event = only_event(text, "on Sunday" if "on Sunday" in text else "Sunday")
    assert event.category == category, event.cues


PAY = (
    "The carmaker's shares fell 4% on Friday. Its wage contract with the union expired "
    "on Saturday. "
)
TALKS = "The two foreign ministers met on Friday. They agreed a truce on Saturday. "


@pytest.mark.parametrize(
    ("story", "text", "category"),
    [
        # a story of pay and contracts gives a strike told alone its labour sense too: a
        # labour dispute is politics, whatever its story
        (PAY, "The strike began at midnight on Sunday.", "political"),
        (PAY, "Thousands joined the strike at the northern plant on Sunday.", "political"),
        # negatives: a strike whose target is told is an attack in a story of pay, and a
        # strike told alone stays one in a story of talks
        (PAY, "A drone strike hit the carmaker's depot on Sunday.", "battlefield"),
        (TALKS, "The strike began at midnight on Sunday.", "battlefield"),
    ],
)
def test_a_story_of_pay_reads_a_strike_told_alone_as_a_labour_dispute(
    story: str, text: str, category: str
) -> None:
    events = events_after(story, text)
    assert events[-1].category == category, [(e.category, e.cues) for e in events]


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # "that" with a verb right after the date describes the noun before the date: the
        # act before it tells the event
        (
            "Rebels shelled a hospital on Sunday that was treating hundreds of displaced families.",
            "battlefield",
            "shelled",
        ),
        (
            "A drone hit a school on Sunday that sheltered families displaced by the floods.",
            "battlefield",
            "drone",
        ),
        (
            "Police detained a reporter on Sunday that had covered the refugee camps.",
            "political",
            "detained",
        ),
        # negative: with a subject after it, "that" opens what is said
        (
            "The agency said on Sunday that floods had forced 5,000 people from their homes.",
            "humanitarian",
            "floods",
        ),
        # negative: a relative clause with a subject of its own describes no act either way
        (
            "Aid agencies opened a camp on Sunday that houses 2,000 families who fled the"
            " fighting.",
            "humanitarian",
            "aid",
        ),
    ],
)
def test_that_with_a_verb_after_the_date_describes_the_noun_before_it(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


# --- what a statement says an act of war showed or amounted to is a judgement of it ----------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the reported act is the subject of a verb that weighs it, not one that tells it
        (
            "Foreign Minister Lena Park said on Sunday the strike had crossed a red line.",
            "diplomatic",
        ),
        (
            "The French president said on Sunday that the shelling showed Moscow had no "
            "interest in peace.",
            "diplomatic",
        ),
        (
            "The bloc's envoy said on Sunday that the bombardment amounted to collective "
            "punishment.",
            "diplomatic",
        ),
        (
            "Beijing said on Sunday the missile launches represented a grave provocation.",
            "diplomatic",
        ),
        (
            "The minister said on Sunday that the raids had exposed the weakness of the "
            "regime in the region.",
            "diplomatic",
        ),
        # ... and so is what a report of it tells of
        (
            "The foreign secretary said on Sunday that the reports of atrocities were truly "
            "horrible.",
            "diplomatic",
        ),
        (
            "The bloc said on Sunday that the accounts of the massacre were a stain on the "
            "conscience of the world.",
            "diplomatic",
        ),
        # negatives: what the act did, or how it went, is the act; a side denying reports
        ("The army said on Sunday the strike had destroyed an ammunition depot.", "battlefield"),
        ("The army said on Sunday that reports of the attack were false.", "battlefield"),
        ("Officials said on Sunday the shelling had killed 12 civilians.", "battlefield"),
        ("The military said on Sunday the offensive had stalled near the river.", "battlefield"),
    ],
)
def test_a_verb_weighing_a_reported_act_of_war_makes_a_reaction(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


# --- "in advance" is beforehand, no advance of troops ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The Kremlin said on Sunday that it had warned Washington of the launch 30 minutes "
            "in advance.",
            "diplomatic",
        ),
        (
            "The two governments agreed on Sunday to give notice of military drills in advance.",
            "diplomatic",
        ),
        ("Tickets for the concert were sold in advance on Sunday.", "other"),
        # negatives: troops that advance
        ("Russian troops advanced on the town on Sunday.", "battlefield"),
        (
            "The army said its units had advanced two kilometres in the east on Sunday.",
            "battlefield",
        ),
    ],
)
def test_in_advance_is_no_advance(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


# --- a border with another state, closed or opened, is between states -------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Pakistan closed its border crossings with Afghanistan on Sunday, leaving hundreds of "
            "trucks stranded.",
            "diplomatic",
        ),
        (
            "South Africa shut its main border post with Mozambique on Sunday after "
            "protesters set vehicles alight.",
            "diplomatic",
        ),
        (
            "Thailand closed all land crossings with Cambodia on Sunday, the army said.",
            "diplomatic",
        ),
        ("Kenya reopened its border with Somalia on Sunday.", "diplomatic"),
        ("Poland sealed its frontier with Belarus on Sunday.", "diplomatic"),
        # negatives: fighting or aid at a border is told by the fighting or the aid
        ("Heavy fighting broke out along the border with Lebanon on Sunday.", "battlefield"),
        (
            "Aid trucks entered Gaza through the crossing with Egypt on Sunday to deliver food.",
            "humanitarian",
        ),
    ],
)
def test_a_border_with_another_state_is_between_states(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


# --- a reaction and the verb after it joined by "and" are one statement --------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The prime minister condemned the strikes and said on Sunday that his country had "
            "every right to respond.",
            "diplomatic",
        ),
        (
            "The UN chief condemned the attack on the convoy and said on Sunday that those "
            "responsible must be held to account.",
            "diplomatic",
        ),
        (
            "The president called the raid a provocation and vowed on Sunday to hold those "
            "responsible to account.",
            "diplomatic",
        ),
        (
            "The minister denounced the shelling of the hospital and demanded on Sunday that the "
            "attackers be punished.",
            "diplomatic",
        ),
        # negatives: the date on the act's own verb, or an act that is no reaction
        ("Qatar condemned the attack that killed ten and wounded dozens on Sunday.", "battlefield"),
        (
            "The army repelled the attack and said on Sunday that it would hold the line.",
            "battlefield",
        ),
        ("Rebels attacked the convoy and killed six guards on Sunday.", "battlefield"),
    ],
)
def test_a_reaction_and_the_verb_joined_to_it_are_one_statement(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


# --- a date set off after an apposition dates the verb before the apposition ---------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The militia stormed the camp, home to an estimated 400,000 people, on Sunday, "
            "firing on residents and burning shelters.",
            "battlefield",
        ),
        (
            "Witnesses said dozens of patients were shot dead at the clinic, the only one still "
            "open in the town, on Sunday.",
            "battlefield",
        ),
        (
            "The government closed its main border crossings with its neighbour, including two "
            "busy ports, on Sunday, leaving thousands of travellers stranded.",
            "diplomatic",
        ),
        (
            "The two leaders signed the accord in the capital, a city of two million, on Sunday, "
            "ending weeks of fighting in the hills.",
            "diplomatic",
        ),
        # negatives: a relative clause is the noun's, and a clause with a verb of its own
        # tells its own event
        (
            "Rebels attacked the town, the home of the deputy leader, who was arrested on Sunday.",
            "political",
        ),
        (
            "Troops shelled the port, which aid groups use, on Sunday, and refugees fled the "
            "fighting.",
            "battlefield",
        ),
    ],
)
def test_a_date_after_an_apposition_dates_the_verb_before_it(text: str, category: str) -> None:
    event = only_event(text)
    assert event.category == category, event.cues


# --- a toll set off after a clause is what that clause caused ---------------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the participle reads the whole clause it closes, however long, and a vehicle or
        # structure that failed with no act of war told before the toll is an accident
        (
            "A charter plane crashed into a warehouse minutes after leaving the airport of the"
            " northern city of Mosul on Sunday, killing 31 people.",
            "humanitarian",
            "killing (crashed)",
        ),
        (
            "Two goods trains collided at a junction east of Lahore on Sunday, killing four"
            " railway workers.",
            "humanitarian",
            "collided",
        ),
        (
            "A coach packed with schoolchildren rolled down an embankment near Cusco on Sunday,"
            " killing 12 of them.",
            "humanitarian",
            "killing (coach)",
        ),
        (
            "A bridge over the railway tracks in the centre of Mumbai gave way on Sunday,"
            " leaving 23 people dead.",
            "humanitarian",
            "dead (bridge)",
        ),
        # negative: an act of war in the clause keeps the dead its own
        (
            "A glide bomb hit a bus carrying miners near Pokrovsk on Sunday, killing seven.",
            "battlefield",
            "killing",
        ),
        (
            "Gunmen ambushed a coach on the road to Jos on Sunday, killing 14 passengers.",
            "battlefield",
            "killing",
        ),
        (
            "An attack drone hit a ferry on the river near Kherson on Sunday, killing two people.",
            "battlefield",
            "killing",
        ),
        # negative: the dead of a protest stay the protest's
        (
            "Riot police fired live rounds at a bus carrying protesters in Lima on Sunday,"
            " killing one man.",
            "political",
            "protesters",
        ),
    ],
)
def test_a_toll_set_off_after_a_clause_is_what_the_clause_caused(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


# --- captives freed by those who hold them are let go, not rescued ----------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # freed by the side that held them: a release, whatever the captives are
        (
            "The rebels freed 12 government soldiers they had held for a year on Sunday.",
            "diplomatic",
            "freed",
        ),
        (
            "Moscow freed a U.S. schoolteacher jailed on drug charges on Sunday.",
            "diplomatic",
            "freed",
        ),
        ("Nine hostages were freed by the militia on Sunday.", "diplomatic", "hostages (freed)"),
        # negative: freed by force is a rescue or a capture
        (
            "Army commandos freed six hostages in a dawn raid on Sunday.",
            "battlefield",
            "freed (commandos)",
        ),
        ("Government troops freed the besieged town on Sunday.", "battlefield", "freed (troops)"),
        # negative: a release at home, by a court or of protesters, is politics
        (
            "A court freed the opposition leader on bail on Sunday.",
            "political",
            "court",
        ),
        (
            "The authorities freed 200 demonstrators held since the rally on Sunday.",
            "political",
            "freed (demonstrators)",
        ),
    ],
)
def test_captives_freed_by_those_who_hold_them_are_let_go(
    text: str, category: str, cue: str
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a domestic instrument signed is a measure at home; a declaration stays between states
        (
            "The president signed a revised military doctrine on Sunday.",
            "political",
            "signed a revised military doctrine",
        ),
        (
            "The governor signed the spending bill on Sunday.",
            "political",
            "signed the spending bill",
        ),
        ("The two presidents signed a joint declaration on Sunday.", "diplomatic", "signed"),
        # a deal brokered between the sides is mediation
        ("Qatar brokered a deal between the two rivals on Sunday.", "diplomatic", "brokered"),
        ("Two insurance brokers said premiums rose on Sunday.", "economic", "premiums"),
        # an emergency or a mourning period declared is a measure at home
        (
            "The interior ministry declared a national emergency on Sunday.",
            "political",
            "national emergency",
        ),
        ("The hospital declared an emergency on Sunday.", "humanitarian", "emergency"),
        (
            "The city declared a three-day period of mourning on Sunday.",
            "political",
            "period of mourning",
        ),
        ("The family was in mourning on Sunday.", "other", None),
        # a company bought is business
        ("The airline was bought by a conglomerate on Sunday.", "economic", "bought by"),
        # the waters a state claims at sea are a place, not its economy
        ("The vessel was inside the exclusive economic zone on Sunday.", "other", None),
        ("The cabinet set up a special economic zone on Sunday.", "economic", "economic"),
        # prices that rocketed moved on a market; pollution is no poll
        ("Share prices rocketed to a record on Sunday.", "economic", "rocketed (share)"),
        ("Militants rocketed the air base on Sunday.", "battlefield", "rocketed"),
        ("Air pollution in the capital reached a record on Sunday.", "other", None),
        ("Polls closed across the country on Sunday.", "political", "polls"),
        # threats to and meetings with the country's own leaders are politics at home
        (
            "A gang leader threatened political leaders in the capital on Sunday.",
            "political",
            "threatened (political leaders)",
        ),
        (
            "The vice president was meeting with community leaders on Sunday.",
            "political",
            "meeting (community leaders)",
        ),
        ("The president met foreign leaders on Sunday.", "diplomatic", "met"),
        # members convened are a meeting; a home chamber convened is politics
        ("Envoys of the three states convened in Geneva on Sunday.", "diplomatic", "convened"),
        (
            "Parliament convened for an emergency session on Sunday.",
            "political",
            "convened (parliament)",
        ),
        ("The army used conventional weapons on Sunday.", "battlefield", "weapons"),
        # meddling is one state's in another's affairs; at home the accusation is politics
        ("Moscow denied on Sunday that it had meddled in the vote.", "diplomatic", "meddled"),
        (
            "The opposition accused the president of meddling in the courts on Sunday.",
            "political",
            "accused (opposition)",
        ),
        # a partnership between states suspended, and an embassy drawn down, are relations
        (
            "Washington suspended its strategic partnership with the country on Sunday.",
            "diplomatic",
            "strategic partnership",
        ),
        (
            "The State Department ordered non-emergency staff to leave on Sunday, citing unrest.",
            "diplomatic",
            "non-emergency staff",
        ),
        ("Emergency staff treated the wounded on Sunday.", "humanitarian", "treated"),
        # a mobilisation declared by decree is a measure of state; troops mobilised are moved
        (
            "The president declared a general mobilisation on Sunday.",
            "political",
            "mobilisation (declared)",
        ),
        ("Reservists were mobilised near the border on Sunday.", "battlefield", "mobilised"),
        # states admitted to a body as observers join it
        ("Three states joined as observer members on Sunday.", "diplomatic", "observer members"),
        # a movement, a party or an armed group founded is a body of the country's politics
        ("The movement was founded by students on Sunday.", "political", "founded"),
        ("The claims were found to be unfounded on Sunday.", "other", None),
        # injuries are told as the injured are: an attack's unless a disaster is near
        ("The crew reported minor injuries on Sunday.", "battlefield", "injuries"),
        (
            "The earthquake caused dozens of injuries on Sunday.",
            "humanitarian",
            "earthquake",
        ),
        # a nationalist is a politician, not a state taking over a company
        ("The nationalist party won the most seats on Sunday.", "political", "party"),
        (
            "The government nationalised the country's largest bank on Sunday.",
            "economic",
            "nationalised",
        ),
    ],
)
def test_measures_deals_and_places_named_by_their_words(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


# --- everyday newsroom words for what happened -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # contacts, understandings, threats and measures between states
        (
            "The two foreign ministers held a video conference on Sunday.",
            "diplomatic",
            "video conference",
        ),
        (
            "The neighbours reached an understanding on Sunday on fishing rights.",
            "diplomatic",
            "reached an understanding",
        ),
        (
            "The country imposed visa restrictions on the judges on Sunday.",
            "diplomatic",
            "visa restrictions",
        ),
        (
            "The cabinet vowed to retaliate against its neighbour on Sunday.",
            "diplomatic",
            "vowed to retaliate",
        ),
        (
            "The republic withdrew its ambassador from the capital on Sunday.",
            "diplomatic",
            "withdrew its ambassador",
        ),
        ("The ministry delivered a demarche to the envoy on Sunday.", "diplomatic", "demarche"),
        # politics at home: commands taken away, groups banned, questioning, graft
        (
            "The colonel was relieved of his command on Sunday.",
            "political",
            "relieved of his command",
        ),
        ("The government outlawed the student union on Sunday.", "political", "outlawed"),
        (
            "The mayor was summoned for questioning on Sunday.",
            "political",
            "summoned for questioning",
        ),
        (
            "The anti-corruption bureau charged two ministers on Sunday.",
            "political",
            "anti-corruption",
        ),
        # money and goods
        ("Brent crude climbed above $90 a barrel on Sunday.", "economic", "brent crude"),
        ("Motorists began hoarding fuel on Sunday.", "economic", "hoarding"),
        ("The canal reopened to shipping on Sunday.", "economic", "shipping"),
        ("Diesel ran short at filling stations on Sunday.", "economic", "diesel"),
        # suffering, displacement, hospitals
        (
            "Thousands of children were starving in the camps, the agency said on Sunday.",
            "humanitarian",
            "starving",
        ),
        (
            "Thousands of families were uprooted by the fighting on Sunday.",
            "humanitarian",
            "uprooted",
        ),
        ("Villagers drank contaminated water on Sunday.", "humanitarian", "contaminated water"),
        ("Surgeons amputated the boy's leg on Sunday.", "humanitarian", "amputated"),
        ("Asylum seekers landed on the island on Sunday.", "humanitarian", "asylum seekers"),
        # armed violence
        ("The border town changed hands twice on Sunday.", "battlefield", "changed hands"),
        ("Two rangers were slain in the reserve on Sunday.", "battlefield", "were slain"),
        ("A patrol boat rammed a fishing vessel on Sunday.", "battlefield", "rammed"),
        ("The man died of gunshot wounds on Sunday.", "battlefield", "gunshot"),
        ("Rustlers drove off 200 head of cattle on Sunday.", "battlefield", "rustlers"),
        ("Herders fought off a cattle raid on Sunday.", "battlefield", "cattle raid"),
        # negative: the same words in another sense
        ("Militants used a crude bomb on Sunday.", "battlefield", "bomb"),
        ("Houthi fighters attacked shipping in the strait on Sunday.", "battlefield", "attacked"),
        ("Rebels vowed on Sunday to keep fighting.", "battlefield", "fighting"),
    ],
)
def test_everyday_newsroom_words_name_what_happened(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # pardons, rulers removed, hangings, headcounts, workers' pickets and go-slows
        ("The president proclaimed a general amnesty on Sunday.", "political", "general amnesty"),
        ("The council granted amnesty to 300 deserters on Sunday.", "political", "granted amnesty"),
        ("The emir was deposed on Sunday.", "political", "deposed"),
        ("Two men were hanged at dawn on Sunday.", "political", "hanged"),
        ("The statistics office began the national census on Sunday.", "political", "census"),
        ("Dockers picketed the terminal on Sunday.", "political", "picketed"),
        ("Bus drivers began a go-slow on Sunday.", "political", "go-slow"),
        # prices, production and goods held back
        ("The cost of living rose sharply on Sunday.", "economic", "cost of living"),
        ("The central bank issued new banknotes on Sunday.", "economic", "banknotes"),
        ("The smelter halted production on Sunday.", "economic", "halted production"),
        ("The ministry imposed export curbs on onions on Sunday.", "economic", "export curbs"),
        ("Long queues formed at petrol stations on Sunday.", "economic", "petrol stations"),
        # shelter sought, an opening offered
        (
            "Hundreds of families sought refuge in a stadium on Sunday.",
            "humanitarian",
            "sought refuge",
        ),
        (
            "The premier offered an olive branch to the separatists on Sunday.",
            "diplomatic",
            "olive branch",
        ),
        # violence against people held or robbed of their vehicles, homes set alight
        ("Guards tortured two prisoners on Sunday, a monitor said.", "battlefield", "tortured"),
        ("Gunmen carjacked a charity's vehicle on Sunday.", "battlefield", "carjacked"),
        ("Militiamen set ablaze dozens of huts on Sunday.", "battlefield", "set ablaze"),
        # negative: Amnesty International is a rights group, not a pardon; a crowd setting
        # homes alight is a riot
        ("Amnesty International said on Sunday that the trial was unfair.", "political", "trial"),
        ("A crowd of rioters set alight a bank on Sunday.", "political", "set alight (crowd)"),
    ],
)
def test_more_everyday_words_name_what_happened(text: str, category: str, cue: str | None) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # criticism, pressure, backing and refusals one state addresses to another
        ("Tokyo lambasted Seoul over the fishing dispute on Sunday.", "diplomatic", "lambasted"),
        ("The ministry rebuked the Dutch envoy on Sunday.", "diplomatic", "rebuked"),
        ("Brazil deplored the blockade of the island on Sunday.", "diplomatic", "deplored"),
        (
            "Washington pressured its allies to cut oil purchases on Sunday.",
            "diplomatic",
            "pressured",
        ),
        ("Ten states endorsed the Egyptian plan on Sunday.", "diplomatic", "endorsed"),
        ("Ankara rebuffed an offer of mediation from Athens on Sunday.", "diplomatic", "rebuffed"),
        ("The king snubbed the visiting premier on Sunday.", "diplomatic", "snubbed"),
        ("Algeria sided with Niger in the dispute on Sunday.", "diplomatic", "sided with"),
        # negative: the same verbs between parties at home are politics
        (
            "The opposition lambasted the ruling party over the bill on Sunday.",
            "political",
            "lambasted (opposition)",
        ),
        (
            "The party endorsed the governor's candidate for the senate on Sunday.",
            "political",
            "endorsed (party)",
        ),
    ],
)
def test_criticism_and_pressure_between_states_is_diplomacy(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # weapons found before use
        ("Soldiers found a weapons cache in a cave on Sunday.", "battlefield", "weapons cache"),
        ("Police uncovered a cache of arms at the farm on Sunday.", "battlefield", "cache of arms"),
        # sittings closed, gatherings restricted
        ("The speaker adjourned the sitting on Sunday.", "political", "adjourned"),
        ("The governor restricted public gatherings on Sunday.", "political", "public gatherings"),
        # prices raised, belts tightened, fuel rationed, jobs cut
        ("Bakers announced a price rise on Sunday.", "economic", "price rise"),
        ("The cabinet adopted austerity measures on Sunday.", "economic", "austerity"),
        ("The utility began rationing gas on Sunday.", "economic", "rationing"),
        ("The carmaker announced 3,000 job cuts on Sunday.", "economic", "job cuts"),
        # negative: "slain" naming a person is no killing on that date; food rations are relief
        ("Crowds attended the funeral of the slain singer on Sunday.", "other", None),
        ("Families received food rations on Sunday.", "humanitarian", "food"),
    ],
)
def test_weapons_found_sittings_and_prices_named_by_their_words(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # calls, pacts and blacklists between states
        ("The emir telephoned the Iranian president on Sunday.", "diplomatic", "telephoned"),
        ("The two states sealed a security pact on Sunday.", "diplomatic", "pact"),
        ("Washington blacklisted two Chinese refiners on Sunday.", "diplomatic", "blacklisted"),
        # energy flows and metals priced by the ounce
        (
            "The operator restored flows through the pipeline on Sunday.",
            "economic",
            "restored flows",
        ),
        ("Gas flows to the south were halted on Sunday.", "economic", "gas flows"),
        ("Silver traded at $40 an ounce on Sunday.", "economic", "an ounce"),
        # negative: a pact between parties at home is politics, a trade pact is trade
        ("The two parties signed a coalition pact on Sunday.", "political", "coalition pact"),
        ("The bloc and Chile signed a trade pact on Sunday.", "economic", "trade pact"),
    ],
)
def test_calls_pacts_and_flows_named_by_their_words(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # the dead of an attack buried and mourned: what befell the living
        (
            "Villagers buried the victims of the air raid in a field on Sunday.",
            "humanitarian",
            "buried",
        ),
        (
            "Relatives dug graves to bury their neighbours on Sunday.",
            "humanitarian",
            "bury",
        ),
        (
            "Hundreds of mourners carried the coffins of the slain teachers on Sunday.",
            "humanitarian",
            "mourners",
        ),
        ("The burials of the dead began in the town on Sunday.", "humanitarian", "burials"),
        # negative: the killing itself, and an attack on mourners, stay the fight's
        (
            "Gunmen killed twelve villagers and burned their homes on Sunday.",
            "battlefield",
            "killed",
        ),
        ("Troops shelled the funeral procession on Sunday.", "battlefield", "shelled"),
    ],
)
def test_burying_and_mourning_the_dead_is_what_befell_the_living(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # people shot or killed by the police or gendarmes: the state's force at home
        (
            "Two teenagers were shot dead by police in the suburb on Sunday.",
            "political",
            "were shot (by police)",
        ),
        (
            "A student was killed by gunfire from police on Sunday.",
            "political",
            "killed (from police)",
        ),
        (
            "Three men were shot by the gendarmes at the market on Sunday.",
            "political",
            "were shot (by the gendarmes)",
        ),
        # negative: police and gendarmes attacked by armed men are the fight's
        (
            "Militants killed three police officers at a checkpoint on Sunday.",
            "battlefield",
            "killed",
        ),
        ("Gunmen shot dead two gendarmes near the border on Sunday.", "battlefield", "shot dead"),
    ],
)
def test_people_shot_or_killed_by_the_police_are_a_matter_at_home(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # what the main clause is against is not the subordinate clause holding the date
        (
            "The president launched a war against the rebels after he took office on Sunday.",
            "political",
            "took office",
        ),
        (
            "Farmers marched against the tax after parliament passed the budget on Sunday.",
            "economic",
            "budget",
        ),
        # negative: with the date in the main clause, the main clause's verb tells the event
        (
            "The president launched a war against the rebels on Sunday.",
            "battlefield",
            "war",
        ),
        ("Thousands protested against the war on Sunday.", "political", "protested"),
    ],
)
def test_a_topic_of_the_main_clause_ends_where_the_dated_subordinate_clause_begins(
    text: str, category: str, cue: str | None
) -> None:
    assert_category(text, category, cue)


@pytest.mark.parametrize(
    ("text", "category", "cue", "expression"),
    [
        # what a government tells its own parliament of the fighting is a message at home
        (
            "The prime minister told lawmakers on Sunday that the operations would go on until"
            " the militias disarmed.",
            "political",
            "operations",
            "on Sunday",
        ),
        (
            "The government told Congress on Sunday that the country was in an armed conflict"
            " with the cartels.",
            "political",
            "armed conflict",
            "on Sunday",
        ),
        # ... with the date's preposition outside the date
        (
            "The minister told the senate in May that the offensive had ended.",
            "political",
            "offensive",
            "May",
        ),
        # negative: told to reporters, or with the date inside what is told, it is the fight
        (
            "The prime minister told reporters on Sunday that the operations would go on until"
            " the militias disarmed.",
            "battlefield",
            "operations",
            "on Sunday",
        ),
        (
            "The minister told parliament that troops had shelled the rebel camp on Sunday.",
            "battlefield",
            "shelled",
            "on Sunday",
        ),
    ],
)
def test_what_a_government_tells_its_own_parliament_of_the_fighting_is_politics(
    text: str, category: str, cue: str | None, expression: str
) -> None:
    assert_category(text, category, cue, expression)


@pytest.mark.parametrize(
    ("text", "category", "cue"),
    [
        # a pause or a halt in the fighting declared by a side: a truce by other words
        (
            "The rebel alliance announced a two-week pause in offensive operations on Sunday.",
            "diplomatic",
            "pause in offensive operations",
        ),
        ("The militia declared a pause in the fighting on Sunday.", "diplomatic", None),
        ("The two armies agreed a halt to hostilities on Sunday.", "diplomatic", None),
        # negative: fighting that resumed after a lull is the fight
        (
            "Rebels resumed offensive operations on Sunday after a lull.",
            "battlefield",
            "offensive",
        ),
    ],
)
def test_a_pause_or_a_halt_in_the_fighting_is_a_truce(
    text: str, category: str, cue: str | None
) -> None:
    event = only_event(text)
    assert event.category == category, event.cues
    if cue is not None:
        assert cue in event.cues
