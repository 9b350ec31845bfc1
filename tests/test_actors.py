"""Actors of an article: people with titles, organisations, states, and groups with their side."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_article, make_event, make_mention
from timeline.actors import (
    ArticleEntities,
    CollectiveActor,
    actors_in,
    canonical_names,
    collective_actors_in,
    places_in,
)
from timeline.events import build_events
from timeline.model import Article
from timeline.pipeline import extract_events
from timeline.resolve import find_dates


def actors(text: str) -> tuple[str, ...]:
    return actors_in(ArticleEntities.of(text), 0, len(text))


def groups(text: str) -> list[tuple[str, str]]:
    found = collective_actors_in(ArticleEntities.of(text), 0, len(text))
    return [(group.text, group.side) for group in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # metonymy: a capital or seat of government that acts is its state
        ("Kyiv said the town had fallen.", ("Ukraine",)),
        # a conjunction opening the sentence is no part of the name after it
        ("Though Hezbollah issued a denial, the strike went ahead.", ("Hezbollah",)),
        ("Although Hamas denied it, Israel struck.", ("Hamas", "Israel")),
        # negative: as before for "when", and a name opening the sentence
        ("When Hamas denied it, Israel struck.", ("Hamas", "Israel")),
        ("Hamas denied it.", ("Hamas",)),
        ("Washington signalled it would back the deal.", ("United States",)),
        ("The plan was rejected by Moscow.", ("Russia",)),
        ("The Kremlin denied it.", ("Russia",)),
        # a state's institution is the state, whichever apostrophe
        ("Russia’s Defense Ministry said troops advanced.", ("Russia",)),
        ("Turkey's foreign minister hosted the talks.", ("Turkey",)),
        # titled people, title left out of the name
        ("Secretary of State Marco Rubio spoke.", ("Marco Rubio",)),
        ("Ukrainian Foreign Minister Andrii Sybiha arrived.", ("Andrii Sybiha",)),
        ("Dmitry Peskov, the Kremlin spokesperson, told reporters.", ("Dmitry Peskov", "Russia")),
        ("High Commissioner Ana Ruiz warned of hunger.", ("Ana Ruiz",)),
        ("Humanitarian coordinator Ana Ruiz visited the camp.", ("Ana Ruiz",)),
        # an abbreviated rank is a title, not a name
        ("Pentagon Press Secretary Navy Rear Adm. Ana Ruiz said so.", ("Ana Ruiz",)),
        ("Army Brig. Gen. Ana Ruiz said so.", ("Ana Ruiz",)),
        ("Lt. Col. Ana Ruiz said so.", ("Ana Ruiz",)),
        # a title written without its full stop, as in British English
        ("Dr Ana Ruiz treated the children.", ("Ana Ruiz",)),
        ("Mr Ana Ruiz said so.", ("Ana Ruiz",)),
        ("Ms King will take up her post.", ("King",)),  # a name that is also a title
        # a capitalised word before a title qualifies the title, not the name
        ("Environment Secretary Ana Ruiz said on Monday it rained.", ("Ana Ruiz",)),
        ("Yesterday Communities Secretary Ana Ruiz announced relief.", ("Ana Ruiz",)),
        # as an organisation before a title, whatever its case, is the person's affiliation
        ("Hamas Leader Ana Ruiz said the talks failed.", ("Ana Ruiz",)),
        ("Hamas said Leader Ana Ruiz fled.", ("Hamas", "Ana Ruiz")),
        ("Maj. Gen. Shaukat Sultan says the bulk is there.", ("Shaukat Sultan",)),
        ("Administrator Samantha Power traveled to Haiti.", ("Samantha Power",)),
        # a body before a title is the person's title, not an actor of its own
        ("State Department spokeswoman Ana Ruiz said so.", ("Ana Ruiz",)),
        ("Kremlin spokesman Bo Lee said so.", ("Bo Lee",)),
        ("The Kremlin spokesman said so.", ("Russia",)),
        # one name per person: the longest full name of the article
        ("President Trump spoke. Donald Trump later said more.", ("Donald Trump",)),
        # organisations by name, by known acronym and by the acronym the article defines
        ("The Rapid Support Forces (RSF) said the RSF had won.", ("Rapid Support Forces",)),
        ("NATO and the U.N. met.", ("NATO", "United Nations")),
        # a defined acronym names the whole body, once
        (
            "The Global Relief Agency for Children (GRAC) said GRAC would help.",
            ("Global Relief Agency for Children",),
        ),
        # ... across commas while its initials spell the acronym, and written after it
        (
            "Today the Arctic, Baltic and Nordic Office (ABNO) said ABNO would help.",
            ("Arctic, Baltic and Nordic Office",),
        ),
        ("Oslo, Baltic and Nordic Office (BNO) staff left.", ("Baltic and Nordic Office",)),
        (
            "GRAC (Global Relief Agency for Children) said GRAC would help.",
            ("Global Relief Agency for Children",),
        ),
        # a state's department spelled out is the state
        ("The Foreign, Commonwealth and Development Office (FCDO) said so.", ("United Kingdom",)),
        ("The FCDO said so.", ("United Kingdom",)),
        ("The Foreign, Commonwealth and Development Office summoned him.", ("United Kingdom",)),
        ("The UN Security Council voted.", ("United Nations Security Council",)),
        ("Last week, the Federal Reserve cut rates.", ("Federal Reserve",)),
        (
            "The IOC and WADA criticized each other.",
            ("International Olympic Committee", "World Anti-Doping Agency"),
        ),
        ("Doctors Without Borders said it treated 116 people.", ("Doctors Without Borders",)),
        # a possessive inside a body's name ("People's") is part of it
        ("The Oromo People's Democratic Front said so.", ("Oromo People's Democratic Front",)),
        # a body named with its country is that state
        ("Lebanon's Health Ministry said 55 people were killed.", ("Lebanon",)),
        ("The Rwandan Defence Force advanced.", ("Rwanda",)),
        ("The Cambodian People's Party won.", ("Cambodian People's Party",)),
        ("The Ukraine Defense Contact Group met.", ("Ukraine Defense Contact Group",)),
        # networks, societies, foundations and associations named after a country are no
        # state's institution; its ministries and services are
        ("The Kenya Doctors Network said ten died.", ("Kenya Doctors Network",)),
        ("The Chad Red Crescent Society said so.", ("Chad Red Crescent Society",)),
        ("The Mali Press Association protested.", ("Mali Press Association",)),
        ("The Ghana Health Service said ten died.", ("Ghana",)),
        ("The U.S. Forest Service said crews were out.", ("United States",)),
        ("U.S. Africa Command conducted an airstrike.", ("United States",)),
        ("Kenya Wildlife Service rangers said so.", ("Kenya",)),
        # names: middle initials left out, particles and long names kept whole
        ("Today, President Ana B. Ruiz signed the order.", ("Ana Ruiz",)),
        # generational numbers left out too, whatever the initials ...
        ("Secretary of Defense Lloyd J. Austin III said so.", ("Lloyd Austin",)),
        # ... but "Jr." and "Sr." kept as written: they tell a son from his father
        ("Senator Bob T. Casey Jr. said so.", ("Bob Casey Jr.",)),
        ("President Ana Ruiz Jr told reporters the law was followed.", ("Ana Ruiz Jr",)),
        ("Governor Ana Ruiz Jr. visited the town.", ("Ana Ruiz Jr.",)),
        ("Ana Ruiz Sr. flew home. Later, Ruiz met the governor.", ("Ana Ruiz Sr.",)),
        # a lower-case particle inside a surname ("des") is part of it
        ("Museum director Lise des Ormes told senators it was closed.", ("Lise des Ormes",)),
        # a hyphenated title of a state's lawyer or auditor is no part of the name
        ("Prosecutor-General Paulo Viana said the plan was real.", ("Paulo Viana",)),
        ("Inspector-General Ana Ruiz opened an inquiry.", ("Ana Ruiz",)),
        ("Solicitor General Bo Lee argued the case.", ("Bo Lee",)),
        ("King Louis XIV spoke.", ("Louis XIV",)),
        ("Crown Prince Omar Bin Hamad Al Farsi arrived.", ("Omar Bin Hamad Al Farsi",)),
        ("NGO spokeswoman Lina al-Hadi said it was calm.", ("Lina al-Hadi",)),
        ('Spokeswoman Lina al-Hadi spoke. "It is calm," al-Hadi said.', ("Lina al-Hadi",)),
        ("Kofi wa Mensah, the president of the country, spoke.", ("Kofi wa Mensah",)),
        ("Lina Ayen Dut, a member of the assembly, told reporters so.", ("Lina Ayen Dut",)),
        # a title opening a sentence, or with its own "for ..." complement
        ("Presidential spokesman Ode Wek Ode, on Monday, called for calm.", ("Ode Wek Ode",)),
        ("Minister for Europe and Foreign Affairs Jean-Luc Morel spoke.", ("Jean-Luc Morel",)),
        # a body between two titles is the person's affiliation
        ("Deputy Pentagon Press Secretary Ana Ruiz said it.", ("Ana Ruiz",)),
        # a middle initial or a generational suffix after a title's complement
        ("Secretary of Defense Ana J. Ruiz III today praised it.", ("Ana Ruiz",)),
        ("Secretary of Defense Ana Ruiz Jr. said it.", ("Ana Ruiz Jr.",)),
        (
            "Under Secretary for Civilian Security, Democracy, and Human Rights Ana Ruiz spoke.",
            ("Ana Ruiz",),
        ),
        ("The Minister for Foreign Affairs spoke.", ()),
        # a state's agency or department known by any reader is the state
        ("USAID announced $30 million in aid.", ("United States",)),
        ("The Commerce Department said sales rose.", ("United States",)),
        ("DoD transport planes began the airlift.", ("United States",)),
        # ... whose officer, named, acts alone
        ("USAID Administrator Ana Ruiz announced aid.", ("Ana Ruiz",)),
        # a country written short acts as any other
        ("The UK and Qatar have announced a fund.", ("United Kingdom", "Qatar")),
        ("The U.S. said it would help.", ("United States",)),
        # a country before any verb in the past is its subject ...
        ("Tensions rose after Iran unleashed a barrage.", ("Iran",)),
        ("Since Tuesday, Iran intensified its strikes.", ("Iran",)),
        # ... not after a preposition, nor a capital, which may be the city
        ("A blast in Iran killed five.", ()),
        ("A bomb in Madaen, Iraq, which took five lives, went off.", ()),
        ("Kyiv woke to sirens.", ()),
        # a date phrase between subject and verb
        ("Ankara on Monday rejected the offer.", ("Turkey",)),
        ("Ankara on Monday is cold.", ()),
        # a full name without a title is a person when it does something, whatever the verb
        ("Oksana Leontieva drove to work.", ("Oksana Leontieva",)),
        ("Riek Machar fled the capital.", ("Riek Machar",)),
        (
            "Ursula von der Leyen and Josep Borrell arrived in Kyiv.",
            ("Ursula von der Leyen", "Josep Borrell"),
        ),
        # a name ending in "s" owns with a bare apostrophe ("Hamas' attacks")
        ("The Houthis' attacks on ships continued.", ("Houthis",)),
        # a title after a title leads to the name ("Press Secretary Maj. Gen. X")
        ("Pentagon Press Secretary Maj. Gen. Ana Ruiz said so.", ("Ana Ruiz",)),
        # a middle initial that is also a word ("A.") stays inside the name
        ("Envoy Kirill A. Dmitriev said the talks went well.", ("Kirill Dmitriev",)),
        # a sentence adverb between commas leaves the subject acting
        ("Zelenskyy, meanwhile, spoke with his counterparts.", ("Zelenskyy",)),
        ("Ana Ruiz, however, rejected the plan.", ("Ana Ruiz",)),
        # ... not when the name is of a place or undergoes the act
        ("Gaza City flooded.", ()),
        ("Oksana Leontieva was killed.", ()),
        # a capitalised word describing a name is no word of it
        ("Chilean-backed Zentars fired missiles.", ("Zentars",)),
        ("Lima-based Zentar Group said it would sue.", ("Zentar Group",)),
        # negative: a hyphen inside a name keeps it whole
        ("Ana Ruiz-Lopez said the talks failed.", ("Ana Ruiz-Lopez",)),
        # a title's word before a common noun names a body, no one surnamed so
        ("General Motors said it would cut jobs.", ("General Motors",)),
        ("General Dynamics won the contract.", ("General Dynamics",)),
        # negative: before a name, the word is a title
        ("General Ruiz said the army would advance.", ("Ruiz",)),
        # a country's name opening a body's name is part of it, no state acting
        ("The Kenya Golf Board said it would host the open.", ("Kenya Golf Board",)),
        ("The Peru Chess League resumed its season.", ("Peru Chess League",)),
        ("The South Sudan Golf Board said it would host it.", ("South Sudan Golf Board",)),
        # negative: a country set apart from the name, or owning it, is no word of it
        ("In Peru, Ana Ruiz said she would run.", ("Ana Ruiz",)),
        ("Kenya Golf Board chairman Ana Ruiz said so.", ("Ana Ruiz",)),
        # a cleric's title is no word of the name
        ("Ayatollah Karim Vahedi warned of revenge.", ("Karim Vahedi",)),
        ("Grand Ayatollah Karim Vahedi called for calm.", ("Karim Vahedi",)),
        ("Archbishop Tomas Berg visited the camp.", ("Tomas Berg",)),
        ("Cardinal Tomas Berg led the prayers.", ("Tomas Berg",)),
        ("Rabbi Ana Levin spoke at the vigil.", ("Ana Levin",)),
        # a town opening the sentence after a title is no one the title names
        ("Power failed, according to the governor. Odesa was hit again.", ()),
        ("Power failed, said the mayor.\n\nKharkiv was shelled.", ()),
        # negative: a person's name may open it, and past a title's abbreviation the name
        # follows it
        ("Power failed, said the minister. Okafor left.", ("Okafor",)),
        ("Power failed, said Gov. Ana Ruiz.", ("Ana Ruiz",)),
        # negative: the same word inside a name, not before it, stays
        ("Ana Bishop said the talks had failed.", ("Ana Bishop",)),
    ],
)
def test_named_actors(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chronology's line or a headline tells its act in the present tense
        ("Anna Nowak resigns on 9 September.", ("Anna Nowak",)),
        ("9 September: Anna Nowak resigns.", ("Anna Nowak",)),
        ("2008: Peru abolishes its senate.", ("Peru",)),
        ("Ana Ruiz signs the accord in Lima.", ("Ana Ruiz",)),
        # negative: a plural noun after a name, with the clause's verb after it
        ("Ana Ruiz allies said the vote was rigged.", ()),
        ("The Ruiz talks ended without a deal.", ()),
        ("Talks in Peru continue.", ()),
        ("Official results will be posted on Monday.", ()),
        ("The Lima and Cusco agreements were extended.", ()),
        ("Chile invaded southern Peru days later.", ("Chile",)),
        ("Shelling hit the Lobo and Vira districts in the north.", ()),
        ("Shelling hit the Lobo and Vira Wen towns in the north.", ()),
    ],
)
def test_a_name_acting_in_the_present_tense_acts(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # winning, stopping, emptying or banning something is acting, as saying is
        ("Zentaro won the vote on Sunday.", ("Zentaro",)),
        ("Rail operator Kelvora evacuated passengers on Monday.", ("Kelvora",)),
        ("Kelvora, the pipeline operator, stopped exports on Friday.", ("Kelvora",)),
        ("Lanvo banned rallies on Saturday.", ("Lanvo",)),
        ("Kelvora closed the border on Friday.", ("Kelvora",)),
        # negative: the same verbs done to the name, or with no one doing them
        ("Exports stopped on Friday.", ()),
        ("Kelvora was banned on Friday.", ()),
        ("Rallies in Lanvo were banned on Saturday.", ()),
        ("Troops evacuated Lanvo on Monday.", ()),
    ],
)
def test_a_one_word_name_winning_stopping_or_banning_acts(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member's, a state lawyer's, a consul's, a cleric's, a scholar's or a noble's
        # title is no part of the name
        ("MP Rafael Okonkwo resigned on Monday.", ("Rafael Okonkwo",)),
        ("On Monday, Attorney-General Ines Varga charged the pair.", ("Ines Varga",)),
        ("Councillor Rafael Okonkwo voted against the plan on Friday.", ("Rafael Okonkwo",)),
        ("Consul General Ines Varga met the families on Sunday.", ("Ines Varga",)),
        ("Grand Mufti Rafael Okonkwo condemned the attack on Friday.", ("Rafael Okonkwo",)),
        ("Professor Ines Varga told reporters on Monday.", ("Ines Varga",)),
        ("Sir Rafael Okonkwo resigned on Tuesday.", ("Rafael Okonkwo",)),
        ("Pastor Ines Varga led the march on Sunday.", ("Ines Varga",)),
        # negative: a title word that is no title before a name
        ("Chile first struck the bridge in October.", ("Chile",)),
    ],
)
def test_titles_of_members_clerics_scholars_and_nobles_are_no_part_of_the_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts of war, of office, of the courts, of a broker, of relief and of the purse
        ("Kelvora retreated from the ridge on Monday.", ("Kelvora",)),
        ("On Monday, Santiago sacked its army chief.", ("Chile",)),
        ("Zentaro pardoned 40 inmates on Friday.", ("Zentaro",)),
        ("Lanvo impeached the governor on Tuesday.", ("Lanvo",)),
        ("On Friday, Lima extradited two bankers.", ("Peru",)),
        ("Kelvora sentenced the pair to ten years on Monday.", ("Kelvora",)),
        ("On Sunday, Santiago brokered a truce.", ("Chile",)),
        ("Zentaro rescued 12 fishermen on Saturday.", ("Zentaro",)),
        ("On Monday, Lima devalued its currency.", ("Peru",)),
        ("Lanvo defaulted on its bonds in March.", ("Lanvo",)),
        # negative: the same verbs done to the name, or the name in a phrase of place
        ("Kelvora was sentenced on Monday.", ()),
        ("The court jailed Zentaro on Monday.", ()),
        ("Lanvo was impeached on Tuesday.", ()),
        ("A court in Peru sentenced the pair on Monday.", ()),
    ],
)
def test_a_one_word_name_acting_in_war_office_court_or_purse_acts(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts of the courts, of law-making, of office, of war and of the purse
        ("Kelvora sued the ministry on Monday.", ("Kelvora",)),
        ("On Friday, Lima revoked the licence.", ("Peru",)),
        ("Zentaro reshuffled the cabinet on Tuesday.", ("Zentaro",)),
        ("On Sunday, Santiago boycotted the summit.", ("Chile",)),
        ("Lanvo annexed the strip in March.", ("Lanvo",)),
        ("On Monday, Lima slashed interest rates.", ("Peru",)),
        ("Kelvora supplied the rebels with rifles in May.", ("Kelvora",)),
        # negative: the same verbs done to the name, or a participle joined to it by a
        # hyphen ("U.S.-supplied": the source describes the thing)
        ("Zentaro was fined on Monday.", ()),
        ("Kelvora fired U.S.-supplied missiles on Monday.", ("Kelvora",)),
        ("Kelvora signed the U.S.-brokered truce on Monday.", ("Kelvora",)),
    ],
)
def test_a_one_word_name_suing_reshuffling_annexing_or_supplying_acts(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


def test_a_surname_acting_in_the_present_tense_is_the_person_named_before() -> None:
    text = "Prime Minister Jan Kowalski resigned in May.\n\n2024: Kowalski becomes prime minister."
    line = text.index("2024")
    assert actors_in(ArticleEntities.of(text), line, len(text)) == ("Jan Kowalski",)


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Kyiv went on.",  # a capital where something happens is a place
        "Officials said the talks went on.",  # a group, not a name
        "Timbuktu is 300 kilometers from Gao.",  # a town that does nothing
        "Clashes in the Gaza Strip continued.",  # a place, not an organisation
        "Talks were held in Brussels, and a storm hit the coast.",  # "and" after a comma
        # a title alone, or a sentence's first word the article also writes lower case
        "The Foreign Secretary met the envoy.",
        "The Chair said so.",
        "Mr Chair, the talks failed.",  # a title addressed, no one's name
        # a named storm or games is a happening, not an actor
        "Typhoon Soulik hit the coast.",
        "Later, Hurricane Dorian struck the islands.",
        "The Sochi Winter Olympics began on Saturday.",
        # a name ending in a disaster's word is the disaster
        "The Eaton Fire had burned 14,000 acres.",
        "Crews held the Ridge Fire and the Canyon Fire overnight.",
        "The Tohoku Earthquake struck the coast.",
        # a form of address, or a named operation, is no one's name
        "His Royal Highness noted the significance of the speech.",
        "Operation Inherent Resolve struck two camps.",
        "Mr President said so.",
        "Tensions have escalated. The tensions are high.",
        "Tensions have escalated since Tuesday.",
        # a word for what happens opening a sentence is no one's name
        "Floods hit the coast.",
        "Bombs hit three houses in the city.",
        # the last word of a longer name is no surname ("Islamic Jihad", "Islamic State")
        "Palestinian Islamic Jihad said it fired rockets.",
    ],
)
def test_no_named_actor(text: str) -> None:
    assert actors(text) == ()


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a name set right after a lower-case word of a body's kind is a body's
        ("Shops burned, the monitoring group Vigia Cidada said.", set()),
        ("The rights organisation Casa Aberta said 30 people died.", set()),
        # negative: a name after a role, or alone, is a person's
        ("Shops burned, the group's leader Ana Ruiz said.", {"Ana Ruiz"}),
        ("Shops burned, Vigia Cidada said.", {"Vigia Cidada"}),
    ],
)
def test_a_name_after_a_bodys_kind_is_no_person(text: str, people: set[str]) -> None:
    assert set(ArticleEntities.of(text).people) == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people's or a faith's adjective and the capitalised words after it name one body
        ("Chilean Dawn won the election on Sunday.", ("Chilean Dawn",)),
        ("Chilean Dawn plans to name a new president on Saturday.", ("Chilean Dawn",)),
        ("Peruvian Railways suspended trains on Monday.", ("Peruvian Railways",)),
        ("Chilean Dawn's candidate won the vote on Sunday.", ("Chilean Dawn",)),
        ("Islamic Vanguard claimed the attack on Friday.", ("Islamic Vanguard",)),
        ("The Islamic Jihad said it fired rockets.", ("Islamic Jihad",)),
        ("The militant Islamic Vanguard group claimed the attack.", ("Islamic Vanguard",)),
        # negative: the adjective qualifies a group, a state's body, a person, a medium, a
        # machine, a place or a common noun, as before
        ("Peruvian troops captured the village on Monday.", ()),
        ("The Ukrainian Defence Ministry said it had shot down 40 drones.", ("Ukraine",)),
        ("Chilean Armed Forces shelled the town on Monday.", ("Chile",)),
        ("Georgian wine exports fell on Monday.", ()),
        ("Chilean Ana Ruiz said on Monday that she would resign.", ("Ana Ruiz",)),
        ("Peruvian President Ana Ruiz met the envoy on Monday.", ("Ana Ruiz",)),
        ("Peruvian TV said the dam held.", ()),
        ("Sunni Zentar fighters stormed the town.", ()),
        ("Fighting spread across the Russian Far East on Monday.", ()),
        ("A Chilean Su-25 jet crashed on Monday.", ()),
        ("Chilean Strikes Kill 12 in Arica", ()),
        ("The Islamic Republic said on Sunday that it would respond.", ()),
        ("Prayers were held in the Shi'ite Muslim Abu Zentar district on Friday.", ()),
    ],
)
def test_a_peoples_adjective_opening_capitalised_words_names_one_body(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gang, a militia or a cartel written in lower case after its name: the name alone
        ("The Tor Vel gang attacked the port on Monday.", ("Tor Vel",)),
        ("Members of the Tor Vel gang burned the market on Monday.", ("Tor Vel",)),
        ("The Zentar Hills militia seized the bridge on Friday.", ("Zentar Hills",)),
        ("The Rio Okan cartel shipped the drugs in March.", ("Rio Okan",)),
        ("The Tor Vel gang, which holds the valley, burned the market.", ("Tor Vel",)),
        # negative: the word alone, a people's groups, or one of a people's, names no body
        ("The gang attacked the port on Monday.", ()),
        ("A Druze militia shelled the ridge on Monday.", ()),
        ("Druze militias clashed with the police on Monday.", ()),
    ],
)
def test_a_gang_militia_or_cartel_after_its_name_is_the_body_named(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of a gang named after it: the gang is its side
        (
            "In October, gunmen of the Tor Vel gang killed 20 people in the valley.",
            [("gunmen", "Tor Vel")],
        ),
        ("Fighters of the Zentar Hills militia seized the bridge.", [("Fighters", "Zentar Hills")]),
    ],
)
def test_a_group_of_a_named_gang_or_militia_is_its_side(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word, capitalised only because it opens its sentence, names no one
        ("Photos posted on social media Tuesday showed streets in the port under water.", ()),
        ("Hundreds protested in the old town on Saturday.", ()),
        ("Dozens protested outside the court on Friday.", ()),
        ("Rumors had swirled through the port since Tuesday.", ()),
        # negative: a one-word name opening its sentence still acts ...
        ("Zentar fired rockets at the port on Monday.", ("Zentar",)),
        ("Okafor flew to the coast on Friday.", ("Okafor",)),
        # ... and so does an acronym
        ("NATO sent jets to the border on Friday.", ("NATO",)),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word describing a place, or linking to what was told before, opening the
        # sentence is no word of the name after it
        ("Neighbouring Chad said on Monday it had closed the border.", ("Chad",)),
        (
            "Neighboring Bosnia and Herzegovina said it would send doctors.",
            ("Bosnia and Herzegovina",),
        ),
        ("Meanwhile Serbia said on Wednesday it would send troops.", ("Serbia",)),
        ("Separately Ana Ruiz resigned on Friday.", ("Ana Ruiz",)),
        # negative: the same name without the word, or the word set off by a comma
        ("Meanwhile, Serbia said it would send troops.", ("Serbia",)),
        ("Ana Ruiz resigned on Friday.", ("Ana Ruiz",)),
    ],
)
def test_a_describing_or_linking_word_opening_a_sentence_is_no_part_of_a_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word name opening its sentence, described or aged between commas, acts
        ("Zentrex, the state pipeline operator, halted exports on Friday.", ("Zentrex",)),
        ("Okafor, 58, signed the decree on Sunday.", ("Okafor",)),
        ("Velmora, the monitoring project, reported on Monday that the town fell.", ("Velmora",)),
        # negative: a common word opening its sentence before such an aside names no one
        ("However, the rebels retook the town on Monday.", ()),
        ("Yesterday, the army said it had retaken the port.", ()),
        ("Meanwhile, the talks stalled on Monday.", ()),
    ],
)
def test_a_one_word_name_opening_a_sentence_before_its_description_acts(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word opening a sentence before what happens describes it: no one's name
        ("Mass protests erupted on Friday after the vote.", ()),
        ("Violent clashes broke out near the stadium on Sunday.", ()),
        ("Nationwide strikes erupted on Friday.", ()),
        ("Peaceful protests continued on Friday.", ()),
        # ... unless the article writes it as a name elsewhere too
        (
            "Zentar attacks killed five people on Friday. Officials blamed Zentar for it.",
            ("Zentar",),
        ),
        ("Officials met Orvo leaders. Orvo protests went on.", ("Orvo",)),
        # a name opening a sentence before a verb still acts
        ("Zentar said protests would go on.", ("Zentar",)),
    ],
)
def test_a_word_describing_a_happening_is_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name runs whole to its head word, across "of", "for" and "and"
        (
            "The Economic Community of Coastal Lowland States condemned the coup on Monday.",
            ("Economic Community of Coastal Lowland States",),
        ),
        (
            "The National Rail Safety Board said the train had braked.",
            ("National Rail Safety Board",),
        ),
        (
            "The Board of Control for Rowing in Zentaria said so.",
            ("Board of Control for Rowing in Zentaria",),
        ),
        # a head with "General" after it ("Directorate General") is the body, no title
        (
            "The Directorate General of River Transport grounded the ferries.",
            ("Directorate General of River Transport",),
        ),
        # a long name an acronym defines is read whole where it stands
        (
            "Rebels of the Permanent Framework for the Defence of the Peoples of Zentaria "
            "(PFDPZ) said they held the town.",
            ("Permanent Framework for the Defence of the Peoples of Zentaria",),
        ),
        # ... but no further back than the words its initials spell
        (
            "Aid to end Ebola in Zentaria Province in the Democratic Republic of Congo (DRC) "
            "arrived.",
            ("Democratic Republic of the Congo",),
        ),
        # ... past a person's possessive
        (
            "Supporters of Ana Ruiz's National Unity Congress (NUC) rallied late on Sunday.",
            ("National Unity Congress",),
        ),
        # an authority or a community "of" a country keeps it, as a bank does
        (
            "The Ports Authority of Peru said the port was shut.",
            ("Ports Authority of Peru",),
        ),
        # ... nor past an owner ("the Treasury's | Office ..."): the office by its own name
        (
            "Today the U.S. Department of the Treasury's Office of Foreign Assets Control "
            "(OFAC) sanctioned two men.",
            ("United States", "Office of Foreign Assets Control"),
        ),
        # negative: a title before a name is still a title, and a lower-case community none
        ("Army General Ana Ruiz said the town had fallen.", ("Ana Ruiz",)),
        ("The international community condemned the coup.", ()),
        ("Inspector Mara Lin of the Kidal police said so.", ("Mara Lin",)),
    ],
)
def test_a_bodys_name_is_read_whole(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


def test_one_acronym_names_one_body_however_its_name_is_written_again() -> None:
    text = (
        "The Zentar Unity Party (ZUP) called protests. The Zentar Unity (ZUP) on Friday "
        "slammed the verdict. The Zentar Front (ZF) stayed away."
    )
    assert actors(text) == ("Zentar Unity Party", "Zentar Front")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the article never defines reads as the name its initials spell
        (
            "Troops fought the Zentar Liberation Front for weeks. The ZLF said on Friday it "
            "held the bridge.",
            ("Zentar Liberation Front",),
        ),
        (
            "The Forces for the Renewal of Lima marched in May. The FRL on Friday rejected "
            "the vote.",
            ("Forces for the Renewal of Lima",),
        ),
        # negative: a title is no body ("PM"), and an acronym naming a state stays the state
        ("Prime Minister Ana Ruiz spoke. The PM on Friday rejected the vote.", ("Ana Ruiz",)),
    ],
)
def test_an_acronym_reads_as_the_name_it_spells(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative: two acronyms are two bodies
        (
            "The Zentar Front (ZF) fought. The Zentar Party (ZP) on Friday slammed it.",
            ("Zentar Front", "Zentar Party"),
        ),
    ],
)
def test_two_acronyms_name_two_bodies(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named by an acronym whose own words name no institution is itself, its
        # country's name opening it notwithstanding
        ("Chile Tierra Libre (CTL) on Friday called for protests.", ("Chile Tierra Libre",)),
        ("The Peru Ahora-e-Unido (PAU) slammed the verdict on Friday.", ("Peru Ahora-e-Unido",)),
        # negative: a body whose words name an institution is its state's
        ("The Chile Defence Forces (CDF) on Friday killed 12 militants.", ("Chile",)),
        ("The Peru Navy (PN) rescued 12 fishermen on Friday.", ("Peru",)),
        ("The Chile Agency for Aid (CAA) closed its offices on Friday.", ("Chile",)),
    ],
)
def test_a_body_opening_on_its_countrys_name_is_the_states_only_as_an_institution(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state or body owning an office whose holder is named is the holder's title:
        # past words describing the office, or past the place it is for and a comma
        ("The UN's refugee official Bo Lee visited the camp.", ("Bo Lee",)),
        ("The European Union's trade commissioner, Ana Ruiz, spoke.", ("Ana Ruiz",)),
        ("The US ambassador to Chile, Ana Ruiz, met the president.", ("Ana Ruiz",)),
        ("The Chilean envoy to Peru, Ana Ruiz, said the talks failed.", ("Ana Ruiz",)),
        # negative: no holder named, the state or body acts; a verb describes no office
        ("The US ambassador to Chile met the president.", ("United States",)),
        ("The EU's top envoy said on Monday that talks failed.", ("European Union",)),
        ("The UN names envoy Ana Ruiz.", ("United Nations", "Ana Ruiz")),
    ],
)
def test_the_owner_of_a_described_or_placed_office_named_with_its_holder_is_no_actor(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named between commas after its description acts; whose it is, is part of
        # that description
        (
            "The UN's aid office, OCHA, said on Monday that funds were released.",
            ("UN Office for the Coordination of Humanitarian Affairs",),
        ),
        ("The UN's aid office, UNARO, said on Monday that funds were released.", ("UNARO",)),
        ("Chile's parliament, the National Congress, voted on Tuesday.", ("National Congress",)),
        ("The EU's border agency, Frontex, said on Monday that boats sank.", ("Frontex",)),
        # negative: no body named after the description, or states listed after it
        ("The EU's border agency said on Monday that boats sank.", ("European Union",)),
        ("Chile's government, Peru, and Bolivia signed the deal.", ("Chile", "Peru", "Bolivia")),
        ("Peru's government, Lima, said.", ("Peru",)),
    ],
)
def test_a_body_named_between_commas_after_its_description_acts_not_its_owner(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a word telling an armed body's kind between a preposition and its name leaves
        # the body only mentioned
        (
            "Chile's army retook the town from the paramilitary Zentar Forces on Saturday.",
            "on Saturday",
            ("Chile",),
        ),
        ("Chile's army dealt a blow to the rebel Zentar Front on Friday.", "on Friday", ("Chile",)),
        # negative: the body as the subject, or as the agent after "by", acts
        ("The rebel Zentar Front retook the town on Saturday.", "on Saturday", ("Zentar Front",)),
        (
            "The town was retaken by the paramilitary Zentar Forces on Saturday.",
            "on Saturday",
            ("Zentar Forces",),
        ),
    ],
)
def test_an_armed_body_described_by_its_kind_after_a_preposition_is_only_mentioned(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a name the article gives a storm is the storm's wherever it stands alone
        (
            "Typhoon Soulik killed 40 people. Most deaths were in Cebu after Soulik struck on "
            "Tuesday.",
            "on Tuesday",
            (),
        ),
        ("Cyclone Mirela hit Beira. Mirela moved inland on Monday.", "on Monday", ()),
        ("Super Typhoon Ragna hit Luzon. On Friday, Ragna weakened over land.", "On Friday", ()),
        # negative: a person whose name opens with the storm's word still acts; no storm
        # named, a name alone still acts
        (
            "Typhoon Soulik hit Luzon. Soulik Mendes, the mayor, said on Tuesday that roads "
            "were open.",
            "on Tuesday",
            ("Soulik Mendes",),
        ),
        ("Mirela said on Monday that the roads were open.", "on Monday", ("Mirela",)),
    ],
)
def test_a_name_given_a_storm_is_no_actor_anywhere_in_the_article(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lawyer's title before a name is no part of it
        ("Adviser Barrister Ana Ruiz said on Monday that roads were shut.", ("Ana Ruiz",)),
        # a person's age before the name is no part of it
        ("Twenty-one-year-old Ana Ruiz said on Thursday that she was fine.", ("Ana Ruiz",)),
        ("Police said 21-year-old Ana Ruiz left on Thursday.", ("Ana Ruiz",)),
        # a title joined by a hyphen to a word ranking under it is a title
        ("Vice-President Ana Ruiz said on Thursday that roads were shut.", ("Ana Ruiz",)),
        ("Under-Secretary-General Omar Haddad met envoys on Thursday.", ("Omar Haddad",)),
        # negative: a hyphened word that is part of a name stays
        ("Jean-Pierre Ruiz said on Thursday that he was fine.", ("Jean-Pierre Ruiz",)),
        ("Vice-Ruiz Haddad said on Thursday that he was fine.", ("Vice-Ruiz Haddad",)),
        # a body named with a plural fighting word at its end is a body
        ("The Kova Unity Warriors claimed the attack on Friday.", ("Kova Unity Warriors",)),
        # negative: the fighting word after one describing name is a group's words
        ("Kova warriors claimed the attack on Friday.", ()),
        # a plural title before several people is no part of the first name
        ("Presidents Ana Ruiz of Chile and Bo Lee of Peru met on Friday.", ("Ana Ruiz", "Bo Lee")),
        ("Prime Ministers Ana Ruiz and Bo Lee signed the pact on Friday.", ("Ana Ruiz", "Bo Lee")),
        # negative: a plural title without a name is no one
        ("The presidents met on Friday.", ()),
        # an office won and not yet taken, or no longer held, is a title too
        ("President-elect Ana Ruiz said on Friday that taxes would fall.", ("Ana Ruiz",)),
        ("Prime Minister-elect Bo Lee met envoys on Friday.", ("Bo Lee",)),
        ("Ex-President Ana Ruiz said on Friday that she would run.", ("Ana Ruiz",)),
        # short forms of titles are titles
        ("PM Ana Ruiz said on Friday that she would resign.", ("Ana Ruiz",)),
        ("Bank Chair Bo Lee said on Friday that rates would hold.", ("Bo Lee",)),
        # negative: a hyphened first name and a lower-case chair stay what they are
        ("Ex-Ruiz Lee said on Friday that he was fine.", ("Ex-Ruiz Lee",)),
        ("The chair of the panel resigned on Friday.", ()),
        # negative: "PM" after a clock time is the time's, and a zone is no name
        ("At 03:42 PM EST on Friday, the Zentar index fell 2%.", ()),
        ("The plane crashed at 1:39 PM IST on Friday.", ()),
        # a title after a date and a comma is still a title
        ("On August 26, Administrator Bo Lee traveled to Zentar.", ("Bo Lee",)),
    ],
)
def test_titles_and_ages_are_no_part_of_a_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's name told in an aside ("known as X") acts with the group's verb
        ("The rebels, known as the ZLF, decided in May to disband.", ("ZLF",)),
        ("The militia, also known as Kova Brigade, attacked the town.", ("Kova Brigade",)),
        ("The rebels, known as the ZLF, said in May they would disband.", ("ZLF",)),
        # deciding is acting
        ("The ZLF decided in May to disband.", ("ZLF",)),
        # negative: a name the aside tells of something else does not act
        ("The rebels, known as the ZLF, were attacked in May.", ()),
        ("The town, known as Kova, was shelled in May.", ()),
    ],
)
def test_a_name_told_in_an_aside_acts_for_its_group(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named gathering or scheme is a happening, and a title in quotation marks a work
        ("This year the Lima Recovery Conference raised $60 billion.", ()),
        ("The Andean Peace Summit raised $9 billion.", ()),
        ("When the Farm Relief Scheme opened, claims poured in.", ()),
        ('Ana Ruiz went on "Hello Orvo" Monday morning to discuss it.', ("Ana Ruiz",)),
        ("Bo Lee went on “Morning Orvo” Monday morning to discuss it.", ("Bo Lee",)),
        # negative: a body, a person, a quoted word inside a longer name
        ("The Andean Development Bank raised $60 billion.", ("Andean Development Bank",)),
        ("Ana Ruiz said the plan failed.", ("Ana Ruiz",)),
    ],
)
def test_a_gathering_a_scheme_or_a_quoted_title_is_no_actor(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


def test_a_body_named_after_a_disaster_word_is_still_an_actor() -> None:
    assert actors("The Los Angeles Fire Department said it sent crews.") == (
        "Los Angeles Fire Department",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces captured the village.", [("Russian forces", "Russia")]),
        ("The Ukrainian delegation arrived.", [("Ukrainian delegation", "Ukraine")]),
        ("Protesters clashed with police.", [("Protesters", ""), ("police", "")]),
        (
            "French and Malian forces retook the town.",
            [("French and Malian forces", "France"), ("French and Malian forces", "Mali")],
        ),
        # a place the gazetteer does not know, told by its region's word, is the group's
        (
            "Residents of Zentar and Kivra districts said they heard blasts.",
            [("Residents of Zentar and Kivra districts", "")],
        ),
        ("Officials in Kivra district said the dam burst.", [("Officials in Kivra district", "")]),
        # negative: without the region's word the unknown name is no place of theirs
        ("Officials in Kivra said the dam burst.", [("Officials", "Kivra")]),
        # peoples' or faiths' adjectives listed before a group are its words, one group
        ("Arab and Muslim envoys met in Lima.", [("Arab and Muslim envoys", "")]),
        ("Sunni and Shia clerics called for calm.", [("Sunni and Shia clerics", "")]),
        # negative: a body's name listed before them is no adjective of theirs
        ("Hamas and Muslim clerics called for calm.", [("Muslim clerics", "")]),
        ("Israeli warplanes struck buildings.", [("Israeli warplanes", "Israel")]),
        ("Israeli war planes slammed targets.", [("Israeli war planes", "Israel")]),
        ("Pro-Russian separatist fighters attacked.", [("Pro-Russian separatist fighters", "")]),
        (
            "A Ukrainian military spokesman rejected it.",
            [("Ukrainian military spokesman", "Ukraine")],
        ),
        ("Spokesman Dmitry Peskov said so.", []),
        # a group named after a body's whole name is the body's, its last word no group's
        ("White Army fighters overran the base.", [("White Army fighters", "White Army")]),
        (
            "Rapid Support Forces fighters shelled the town.",
            [("Rapid Support Forces fighters", "Rapid Support Forces")],
        ),
        # negative: a state's adjective before the body still names the state
        ("The Chilean Army fighters crossed the border.", [("Chilean Army fighters", "Chile")]),
        # the object of a verb past a noun qualifying it does not act
        ("Ms. Ana Ruiz accused protest leaders of violence and blamed them.", []),
        # negative: the same words as the subject act, a preposition opens a side of a clash
        ("Protest leaders said they would march.", [("Protest leaders", "")]),
        ("Two reports say Chilean troops entered the town.", [("Chilean troops", "Chile")]),
        (
            "The clashes began between Zentar militias and police.",
            [("Zentar militias", "Zentar"), ("police", "")],
        ),
        # gangs act as any armed group does, and only when they act
        ("Gang members stormed the jail.", [("Gang members", "")]),
        ("Armed gangs burned the station.", [("Armed gangs", "")]),
        ("The jail held gang members.", []),
        ("Ukrainian military spokesman Ana Ruiz said so.", []),
        # a side written as a country's name, of one word or several, or "X-led"
        ("U.S. forces conducted an airstrike.", [("U.S. forces", "United States")]),
        ("South Sudan's army attacked.", [("South Sudan's army", "South Sudan")]),
        ("A Saudi-led coalition struck.", [("Saudi-led coalition", "Saudi Arabia")]),
        ("Iranian-backed militias attacked.", [("Iranian-backed militias", "Iran")]),
        # a side's act that a harm was done in is the side's ("killed in an Israeli strike")
        (
            "Four children were killed in an Israeli drone strike.",
            [("Israeli drone strike", "Israel")],
        ),
        ("Five people died during a Russian attack on Odesa.", [("Russian attack", "Russia")]),
        (
            "Two men were wounded in Ukrainian rocket attacks.",
            [("Ukrainian rocket attacks", "Ukraine")],
        ),
        (
            "Russian missile attacks Wednesday killed five people.",
            [("Russian missile attacks", "Russia")],
        ),
        # an office named alone is the state's the text is about (or whose government
        # publishes it); an office holder in lower case, or officials, may be anyone's
        (
            "Kenya is in talks. The Foreign Minister said the talks would go on.",
            [("Foreign Minister", "Kenya")],
        ),
        ("Talks began. The foreign minister said they would go on.", [("foreign minister", "")]),
        # ... not an act only spoken of, or one without a side
        ("The talks focused on a Russian attack on Odesa.", []),
        ("Five people were killed in an attack on Odesa.", []),
        # a capital's possessive is its state's ("Moscow's forces"); a town's is no side
        ("Moscow's forces advanced.", [("Moscow's forces", "Russia")]),
        ("Kyiv’s troops pushed back the assault.", [("Kyiv’s troops", "Ukraine")]),
        ("Kharkiv's police detained him.", [("police", "")]),
        # a name without a known side stays in the group's words
        ("Houthi rebels attacked a ship.", [("Houthi rebels", "")]),
        # a body's acronym before its people is their side ("G7 leaders", "NATO allies")
        ("Later, G7 leaders condemned the attacks.", [("G7 leaders", "G7")]),
        ("NATO allies agreed.", [("NATO allies", "NATO")]),
        ("EU ministers met.", [("EU ministers", "European Union")]),
        # a group word inside a body's name is no group ("Rapid Support Forces")
        ("The Rapid Support Forces attacked a hospital.", []),
        ("The Foreign Secretary met the envoy.", [("Foreign Secretary", "")]),
        ("An M23 rebel offensive seized the town.", [("M23 rebel offensive", "M23")]),
        ("The al-Shabab attack killed 14.", [("al-Shabab attack", "al-Shabab")]),
        # ... even when another speaks of it
        ("The UK condemned Russia's attack on a market.", [("Russia's attack", "Russia")]),
        ("Another attack killed 14.", []),
        ("On Monday rebels attacked a ship.", [("rebels", "")]),
        ("Police late on Friday arrested two men.", [("Police", "")]),
        ("Police on Friday were praised.", []),
        # a state's body placed in its country: the country is its side
        ("Police in Myanmar broke up a protest.", [("Police in Myanmar", "Myanmar")]),
        (
            "Officials in Chad's largest province, Ouaddai, said the roads were cut.",
            [("Officials in Chad's largest province", "Chad")],
        ),
        (
            "Authorities in Kenya's capital, Nairobi, were still working to free them.",
            [("Authorities in Kenya's capital", "Kenya")],
        ),
        ("Residents of Peru's capital fled.", [("Residents of Peru's capital", "")]),
        ("Troops from Chad entered the town.", [("Troops from Chad", "Chad")]),
        ("Refugees from Chad entered the town.", [("Refugees from Chad", "")]),
        ("Police in Myanmar were beaten.", []),
        # the agent of a passive, past its adjectives
        ("The town was seized by renegade soldiers.", [("soldiers", "")]),
        ("It was attended by hundreds of soldiers.", []),
        ("Police broke up a protest by student activists.", [("Police", "")]),
        # the subject of a relative clause acts in it
        ("Rebels, who took the capital in May, blamed the army.", [("Rebels", "")]),
        ("The aid reached rebels, who were wounded in May.", []),
        ("They made a truce between their forces in Ukraine, but clashes continued.", []),
        # an act named by its side: the side acts
        ("An Ethiopian raid on the camp killed four.", [("Ethiopian raid", "Ethiopia")]),
        ("Saudi airstrikes hit the port.", [("Saudi airstrikes", "Saudi Arabia")]),
        ("The raid killed four.", []),
        # groups joined by "and" act together
        (
            "Rescue went on, led by residents and volunteers.",
            [("residents", ""), ("volunteers", "")],
        ),
        ("Ten residents and volunteers have been hurt.", []),
        # anyone: a group only when acting
        ("Hundreds of people marched downtown.", [("people", "")]),
        ("Our thoughts are with the Chilean people.", []),
        ("Dozens of people, including women and children, were killed.", []),
        # nouns between a country's adjective and its group ("Russian oil workers")
        ("Russian oil workers went on strike.", [("Russian oil workers", "Russia")]),
        ("Ukrainian and officials met.", [("officials", "")]),
        # a group counted out ("thousands of", "a group of") is the group acting
        ("On Monday, thousands of protesters marched.", [("protesters", "")]),
        ("Later a group of gunmen killed five villagers.", [("gunmen", "")]),
        ("The storm hit thousands of residents.", []),
        # a group word opening a sentence is no one's name
        ("Lawmakers approved the budget.", [("Lawmakers", "")]),
        ("Gunmen killed five villagers.", [("Gunmen", "")]),
        ("Rescue teams pulled two survivors out.", [("Rescue teams", "")]),
        ("Emergency services evacuated the building.", [("Emergency services", "")]),
        ("The building lacked emergency services.", []),
        # a group before another joined by "and" acts with it
        ("Government forces and rebels clashed.", [("Government forces", ""), ("rebels", "")]),
        ("Government forces and rebels were killed.", []),
        # a group described by "loyal to" or "linked to" acts past that phrase
        (
            "Rebels loyal to the former president seized the town.",
            [("Rebels loyal to the former president", "")],
        ),
        ("Fighters linked to the group attacked a convoy.", [("Fighters", "")]),
        ("Aid went to rebels loyal to the president.", []),
        # "its forces" are the forces of the state named before in the sentence
        ("Chile said its forces had retaken the pass.", [("forces", "Chile")]),
        (
            "Chile's army said its troops had left.",
            [("Chile's army", "Chile"), ("troops", "Chile")],
        ),
        # ... or, "its" opening the next sentence, the state that sentence opened on
        ("Chile said no more. Its troops left.", [("troops", "Chile")]),
        # a body's members are its side, a count before them or not
        ("Thirty ZLF members burned their rifles on Friday.", [("ZLF members", "ZLF")]),
        ("ZLF members burned their rifles on Friday.", [("ZLF members", "ZLF")]),
        # negative: members done to are no group that acts
        ("Three members of the family were killed on Friday.", []),
        ("Five crew members of a plane that crashed were found.", []),
        # a group that has died undergoes, with its side or without
        ("At least 60 people have died since June.", []),
        ("Three Chilean soldiers have died since June.", []),
        # negative: a group that has done something acts
        ("Chilean soldiers have retaken the town.", [("Chilean soldiers", "Chile")]),
        # unions and the organisers of a march or convoy are groups
        ("Chilean unions called a general strike.", [("Chilean unions", "Chile")]),
        ("The organizers decried the arrests.", [("organizers", "")]),
        ("Trade unions marched through Lima.", [("Trade unions", "")]),
        # negative: a group done to does not act
        ("Police arrested the organisers.", [("Police", "")]),
        # a group in the middle of doing something acts
        ("Rebels were advancing on the town.", [("Rebels", "")]),
        ("Protesters were marching through Lima.", [("Protesters", "")]),
        ("Chilean troops were shelling the port.", [("Chilean troops", "Chile")]),
        # negative: a state it is in, or what is being done to it, is no act
        ("Rebels were missing after the battle.", []),
        ("Protesters were being held in Lima.", []),
        # people known by their trade, and armed bodies in the plural, act as groups
        ("Shipping insurers raised war-risk premiums.", [("Shipping insurers", "")]),
        ("Chilean engineers repaired the bridge.", [("Chilean engineers", "Chile")]),
        ("Peru's state news agencies reported the vote.", [("Peru's state news agencies", "Peru")]),
        ("Rival armies shelled the valley.", [("Rival armies", "")]),
    ],
)
def test_collective_actors_and_their_side(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a parliament, and people known by their trade, faith or craft
        ("Chilean MPs voted against the budget on Monday.", [("Chilean MPs", "Chile")]),
        ("Peruvian senators approved the treaty on Friday.", [("Peruvian senators", "Peru")]),
        ("Paramedics treated 30 people at the scene on Sunday.", [("Paramedics", "")]),
        ("Donors pledged $2 billion at the conference on Tuesday.", [("Donors", "")]),
        ("Senior clerics condemned the bombing on Friday.", [("Senior clerics", "")]),
        ("Fishermen blocked the harbour on Monday.", [("Fishermen", "")]),
        # negative: the same groups done to, or the object of another group's act
        ("Gunmen killed three fishermen on Monday.", [("Gunmen", "")]),
        ("Police arrested five traffickers on Monday.", [("Police", "")]),
        ("Two paramedics were wounded on Sunday.", []),
    ],
)
def test_members_of_parliament_and_people_of_a_trade_or_faith_are_groups(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group placed in a country described between "in" and its name is that country's
        (
            "Police in war-torn Chile arrested two men on Friday.",
            [("Police in war-torn Chile", "Chile")],
        ),
        (
            "A court in military-ruled Peru jailed the editor on Monday.",
            [("court in military-ruled Peru", "Peru")],
        ),
        # negative: no country after the describing word
        (
            "Police in war-torn areas arrested two men on Friday.",
            [("Police in war-torn areas", "")],
        ),
    ],
)
def test_a_group_placed_in_a_described_country_is_its_side(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people known by what they steal or investigate, a union, one warship or warplane
        ("The thieves broke a window on Sunday.", [("thieves", "")]),
        ("Its detectives searched the office on Monday.", [("detectives", "")]),
        ("The largest union called a general strike on Friday.", [("union", "")]),
        ("A Chilean warship fired on the boat on Tuesday.", [("Chilean warship", "Chile")]),
        ("A Peruvian warplane bombed the camp late on Sunday.", [("Peruvian warplane", "Peru")]),
        # negative: the same words done to, or qualifying another noun
        ("The thieves were arrested on Sunday.", []),
        ("The union was banned on Monday.", []),
        ("The warship was hit on Tuesday.", []),
    ],
)
def test_thieves_detectives_a_union_and_one_machine_of_war_are_groups(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local body left unnamed, and groups known by their trade or faith
        ("The town council voted to close the bridge on Monday.", [("town council", "")]),
        ("The provincial board approved the budget on Friday.", [("provincial board", "")]),
        ("The district administration ordered a curfew.", [("district administration", "")]),
        ("Divers searched the lake on Sunday.", [("Divers", "")]),
        ("Local bishops called for calm on Sunday.", [("Local bishops", "")]),
        # negative: the same words done to, a named council or an administration of a person
        ("Two divers were rescued on Sunday.", []),
        ("The board was dissolved on Monday.", []),
        ("The Zentar administration approved the sale on Friday.", []),
        # negative: words as wide as groups, parties or countries name no one
        ("The five countries agreed a quota on Friday.", []),
        ("Three candidates withdrew from the race on Tuesday.", []),
    ],
)
def test_local_bodies_and_groups_of_a_trade_or_faith_are_groups(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction opening the sentence is capitalised, but it names no party
        (
            "Although government forces retook the port in May, fighting went on.",
            "government forces",
        ),
        ("Because police officers blocked the road, the march stopped.", "police officers"),
        ("Though security forces held the bridge on Friday, the town fell.", "security forces"),
        ("Since army units left the valley, looting spread.", "army units"),
        # negative: a name opening the sentence still opens the group's words
        ("Zentar fighters stormed the depot on Monday.", "Zentar fighters"),
        ("Houthi rebels fired a missile at the ship.", "Houthi rebels"),
    ],
)
def test_a_clause_opening_conjunction_is_no_part_of_a_group(text: str, expected: str) -> None:
    assert groups(text)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of several words before a group word is kept whole, not cut to its last
        ("Members of the Gran Grif gang stormed the town.", [("Members", "Gran Grif")]),
        ("Hamas and Islamic Jihad fighters attacked the post.", [("Islamic Jihad fighters", "")]),
        ("The Red Hand gangs torched the market.", [("Red Hand gangs", "")]),
        # negative: a people's or a country's adjective, a possessive or an article before
        # the name is no part of it
        ("Sunni Zentar fighters stormed the town.", [("Zentar fighters", "")]),
        ("The Zentar-led militias shelled the base.", [("Zentar-led militias", "Zentar")]),
        ("Police said M23 rebels shelled the base.", [("Police", ""), ("M23 rebels", "M23")]),
    ],
)
def test_a_name_of_several_words_before_a_group_is_kept_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # members listed with "including" after the subject a sentence opens on act with it
        (
            "Several groups, including Amnesty International and Human Rights Watch, "
            "condemned the raid on Monday.",
            "on Monday",
            ("Amnesty International", "Human Rights Watch"),
        ),
        (
            "Older figures, including former President Ana Ruiz, endorsed the march on Monday.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        # negative: members of an object, or of a subject after its verb, are only mentioned
        ("The strike on Monday killed many people, including Mayor Ana Ruiz.", "on Monday", ()),
        (
            "Rebels on Monday attacked several groups, including Amnesty International.",
            "on Monday",
            ("Rebels",),
        ),
    ],
)
def test_members_listed_in_the_subject_act_with_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group word qualifying a noun of a body's part or site names that, no group
        ("The military wing of Zentar claimed the attack.", []),
        ("Bo Lee headed the military wing of Zentar, which fired rockets.", []),
        ("On Monday, army bases near Lima were shelled.", []),
        # negative: the group word heading its own words, or before a verb, is the group
        ("The Chilean military shelled the town.", [("Chilean military", "Chile")]),
        ("Police officers stormed the camp.", [("Police officers", "")]),
        # negative: with its side, the part or site stands for the side's group
        ("Fire was launched by Chilean army posts on Monday.", [("Chilean army", "Chile")]),
    ],
)
def test_a_group_word_qualifying_a_noun_is_no_group(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # machines of war act for the side their words name, and name no one without it
        ("Drones hit Chilean troops near the border.", []),
        ("On Monday, warplanes struck the market.", []),
        ("Fighter jets bombed the bridge overnight.", []),
        ("Chilean missiles and drones struck the port.", [("Chilean missiles", "Chile")]),
        # negative: with their side they act, as a group of people does without one
        ("Chilean drones hit the depot.", [("Chilean drones", "Chile")]),
        ("Peruvian warplanes struck the market.", [("Peruvian warplanes", "Peru")]),
        ("Gunmen struck the market.", [("Gunmen", "")]),
        # a machine's model between the side and the machines is no part of the side
        (
            "Three Chilean MiG-29 fighter jets entered the airspace.",
            [("Chilean MiG-29 fighter jets", "Chile")],
        ),
        ("Peruvian Su-25 jets bombed the bridge.", [("Peruvian Su-25 jets", "Peru")]),
        ("Chilean Kova-136 drones hit the depot.", [("Chilean Kova-136 drones", "Chile")]),
        # negative: a model alone names no side
        ("Su-25 jets bombed the bridge.", []),
    ],
)
def test_machines_of_war_without_a_side_name_no_one(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group named after a party it belongs to is that party's, named so only there
        ("The K17 militants stormed the depot.", [("K17 militants", "K17")]),
        ("RSF fighters attacked a hospital.", [("RSF fighters", "RSF")]),
        ("On Monday, Zentar fighters shelled the port.", [("Zentar fighters", "Zentar")]),
        ("On Monday, Al-Zentar gunmen raided the market.", [("Al-Zentar gunmen", "Al-Zentar")]),
        (
            "Zentar fighters fled as Zentar rebels arrived.",
            [("Zentar fighters", "Zentar"), ("Zentar rebels", "Zentar")],
        ),
        (
            "The Chilean army clashed with dissident K17 fighters.",
            [("Chilean army", "Chile"), ("K17 fighters", "K17")],
        ),
        # ... as is one its party leads or backs
        ("On Monday, Zentar-led rebels took the airport.", [("Zentar-led rebels", "Zentar")]),
        ("The KLF-backed militias advanced.", [("KLF-backed militias", "KLF")]),
        # negative: a people's word or a describing word names no party
        ("On Monday, Kurdish fighters held the line.", [("Kurdish fighters", "")]),
        ("On Monday, Druze militias blocked the road.", [("Druze militias", "")]),
        ("On Monday, Maoist rebels ambushed a convoy.", [("Maoist rebels", "")]),
        ("On Monday, Zentari rebels ambushed a convoy.", [("Zentari rebels", "")]),
        # negative: those who follow a person or a party belong to none by its name
        ("On Monday, Zentar supporters marched.", [("Zentar supporters", "")]),
        ("On Monday, Zentov loyalists blocked the road.", [("Zentov loyalists", "")]),
        # negative: a word opening the sentence may be any word, and a place's name and a
        # state's adjective keep their own reading
        ("Suspected rebels burned the school.", [("Suspected rebels", "")]),
        ("Zentar fighters shelled the port.", [("Zentar fighters", "")]),
        ("Gaza militants fired rockets.", [("militants", "")]),
        ("Chilean-led forces crossed.", [("Chilean-led forces", "Chile")]),
    ],
)
def test_a_group_named_after_its_party_is_the_partys(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


def acting(text: str) -> tuple[str, ...]:
    return actors_in(ArticleEntities.of(text), 0, len(text), acting=True)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the owner of a dated act ("Peru's May 3 decision") did it, whoever tells of it
        (
            "Ana Ruiz briefed the Council on Peru's May 3 decision to shut the border.",
            "May 3",
            ("Peru",),
        ),
        ("Trade fell after Chile's February 2022 invasion of Peru.", "February 2022", ("Chile",)),
        (
            "The Zentar Front fired rockets. Talks began after the Zentar Front's May 3 attack.",
            "May 3",
            ("Zentar Front",),
        ),
        (
            "Zentar fired rockets. It came after Zentar's appalling attack on 7 May 2023.",
            "7 May 2023",
            ("Zentar",),
        ),
        # negative: a possessive before no act noun, or before a verb, owns no dated act
        ("Residents recalled Peru's independence day on July 28.", "July 28", ("Residents",)),
        ("Chile's envoy said on Monday that talks failed.", "on Monday", ("Chile",)),
        ("The town was quiet after Monday's attack.", "Monday", ()),
        # the owner's act noun may be qualified by words joined by "and" or "or"
        (
            "Chile's missile and drone attack on Lima on May 3 killed ten people.",
            "May 3",
            ("Chile",),
        ),
        ("Peru's air or ground assault on Tacna on Monday failed.", "on Monday", ("Peru",)),
        # negative: "and" after a verb joins no qualifiers of the act
        ("Chile rearmed and shelling of Lima resumed on Monday.", "on Monday", ("Chile",)),
    ],
)
def test_the_owner_of_a_dated_act_did_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the date's own preposition inside the expression still dates the noun before it
        ("Markets fell after Chile's attack on 7 May 2023.", "on 7 May 2023", ("Chile",)),
        (
            "The minister welcomed Peru's surprise decision on Tuesday to reopen the border.",
            "on Tuesday",
            ("Peru",),
        ),
        # each owner of a list of possessives does the act
        (
            "Trade fell after Chile's and Peru's designation of the group on Friday.",
            "on Friday",
            ("Chile", "Peru"),
        ),
        (
            "Trade fell after the United Kingdom's and the European Union's designation of"
            " the group on 12 May.",
            "on 12 May",
            ("United Kingdom", "European Union"),
        ),
        # the noun's complement stands between it and the date
        (
            "Defense Minister Ana Ruiz arrived in Lima. Ruiz's visit to the capital last"
            " week reassured allies.",
            "last week",
            ("Ana Ruiz",),
        ),
        # a gathering is its host's
        ("We look forward to Peru's 2026 conference.", "2026", ("Peru",)),
        # a people's word before the noun, its phrase governed by a preposition or a verb
        # of reaction: that people's state does the act
        ("Officials put the toll from Monday's Chilean strikes at 500.", "Monday", ("Chile",)),
        (
            "Peru condemned the Chilean drone strike on Tacna on Tuesday.",
            "on Tuesday",
            ("Chile",),
        ),
        # negative: the object of another verb: its subject acts, with the owner only
        ("Peruvian troops repelled a Chilean attack on Monday.", "on Monday", ("Peru",)),
        ("Rebels stalled Chile's deployment on Monday.", "on Monday", ("Chile", "Rebels")),
        # negative: a verb, not a noun, before the date; an owner nobody names
        ("Chile's envoy will call Monday.", "Monday", ("Chile",)),
        ("The general's visit to Lima last week reassured allies.", "last week", ()),
        # negative: a comma ends the noun's phrase before the date
        (
            "Ana Ruiz recalled Chile's attack on Lima, which killed ten, on Monday.",
            "on Monday",
            ("Ana Ruiz", "Chile"),
        ),
    ],
)
def test_the_agent_of_a_dated_act_noun_does_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a group after the date's verb that acts only in its own relative clause is what
        # the verb acts on, not an actor of the date's clause
        (
            "Shelling earlier this week killed at least 40 civilians who had fled the town.",
            "earlier this week",
            (),
        ),
        (
            "Police were working early Sunday to find gunmen who raided a market.",
            "early Sunday",
            ("Police",),
        ),
        (
            "Chilean troops entered Peru two years ago to fight rebels who had crossed the border.",
            "two years ago",
            ("Chile",),
        ),
        # negative: the group is the subject, whether the date opens the clause or not
        ("On Monday, rebels who seized the town attacked Lima.", "On Monday", ("rebels",)),
        ("Rebels who seized the town attacked Lima on Monday.", "on Monday", ("Rebels",)),
        # negative: an aside between commas is read as before
        (
            "On Monday, police arrested protesters who had blocked the road.",
            "On Monday",
            ("police",),
        ),
    ],
)
def test_a_group_acting_only_in_its_relative_clause_after_the_verb_does_not_act(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a list of names opening its clause is the clause's subject, its first name too
        (
            "Chile, Peru and Bolivia recalled their envoys on April 6.",
            "April 6",
            ("Chile", "Peru", "Bolivia"),
        ),
        (
            "Ana Ruiz, Bo Tamsen and Lia Koro signed the deal on May 2.",
            "May 2",
            ("Ana Ruiz", "Bo Tamsen", "Lia Koro"),
        ),
        (
            "On May 2, the US, Chile and Peru signed the deal.",
            "May 2",
            ("United States", "Chile", "Peru"),
        ),
        # negative: a list that is a phrase's object lends its first name to no clause
        (
            "After talks with Brazil, Chile and Peru signed a deal on Monday.",
            "Monday",
            ("Chile", "Peru"),
        ),
        ("Rebels attacked Lima, Cusco and Puno on Monday.", "Monday", ("Rebels",)),
        (
            "Chile, which borders Peru and Bolivia, recalled its envoy on Monday.",
            "Monday",
            ("Chile",),
        ),
    ],
)
def test_a_list_of_names_opening_its_clause_acts_whole(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a list of titled people opening the clause acts whole, past a title's "of" and a
        # middle initial
        (
            "Defense Minister Ana Ruiz, Foreign Minister Bo Lee and Interior Minister Carlos"
            " Vega met in Lima on Monday.",
            "on Monday",
            ("Ana Ruiz", "Bo Lee", "Carlos Vega"),
        ),
        (
            "Secretary of State Ana Ruiz, Minister of Defense Bo Lee, and Minister of Foreign"
            " Affairs Carlos Vega convened a meeting on Monday.",
            "on Monday",
            ("Ana Ruiz", "Bo Lee", "Carlos Vega"),
        ),
        (
            "Interior Minister Ana J. Ruiz, Foreign Minister Bo Lee and Trade Minister Carlos"
            " Vega met in Lima on Monday.",
            "on Monday",
            ("Ana Ruiz", "Bo Lee", "Carlos Vega"),
        ),
        # negative: a body's name right before a title is the title's, no person's
        (
            "Deputy Pentagon Press Secretary Ana Ruiz said on Monday the talks failed.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        # negative: a role set beside a name is its holder's, no second person
        (
            "Peru's foreign minister, Ana Ruiz, arrived in Lima on Monday.",
            "on Monday",
            ("Ana Ruiz",),
        ),
    ],
)
def test_a_list_of_titled_people_opening_its_clause_acts_whole(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a date opening the sentence before its speaker dates the saying, whoever is named
        # in what is said
        ("On Thursday, Ana Ruiz said Chile launched missiles.", "Thursday", ("Ana Ruiz",)),
        (
            "On Thursday, Peru's army chief Ana Ruiz said Chile launched missiles.",
            "Thursday",
            ("Ana Ruiz",),
        ),
        # negative: a verb before the speaker, or a speaker after the verb, leaves the date
        # in what is said
        ("On Thursday, rebels took the town, Ana Ruiz said.", "Thursday", ("rebels",)),
        ("On Thursday, Chile launched missiles, said Ana Ruiz.", "Thursday", ("Chile",)),
        ("Chile launched missiles on Thursday, said Ana Ruiz.", "Thursday", ("Chile",)),
    ],
)
def test_a_date_opening_the_sentence_before_its_speaker_dates_the_saying(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the object of a verb does not act past the words qualifying its title
        ("Chile killed rebel commander Ana Ruiz on Monday.", "on Monday", ("Chile",)),
        ("Chile killed Zentar military commander Ana Ruiz on Monday.", "on Monday", ("Chile",)),
        ("Chile detained senior rebel leader Ana Ruiz on Monday.", "on Monday", ("Chile",)),
        # negative: the same title opening the clause acts
        ("Rebel commander Ana Ruiz killed two guards on Monday.", "on Monday", ("Ana Ruiz",)),
        ("On Monday, military commander Ana Ruiz visited the front.", "Monday", ("Ana Ruiz",)),
        # a title owned by a body or a state ("the party's chairman X") is still read back
        # to the preposition or verb before it
        (
            "Protesters marched on Monday against Chile's president Ana Ruiz.",
            "on Monday",
            ("Protesters",),
        ),
        (
            "The Zentar Front on Monday called protests after the arrest of the party's "
            "chairman Bo Lee.",
            "on Monday",
            ("Zentar Front",),
        ),
        # negative: met with, or opening the clause, the owned title's holder acts
        (
            "Ana Ruiz met with Peru's President Bo Lee on Monday.",
            "on Monday",
            ("Ana Ruiz", "Bo Lee"),
        ),
        ("On Monday Chile's president Ana Ruiz met envoys.", "On Monday", ("Ana Ruiz",)),
        # a participle after an article describes the subject, it is no verb over it
        ("A shattered President Ana Ruiz left the summit on Monday.", "on Monday", ("Ana Ruiz",)),
        ("An exhausted Bo Lee conceded defeat on Monday.", "on Monday", ("Bo Lee",)),
        # negative: a participle after a verb still has its object
        ("Chile detained wounded commander Ana Ruiz on Monday.", "on Monday", ("Chile",)),
    ],
)
def test_a_titled_object_of_a_verb_does_not_act(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a name that a harm befalls, told in the passive, does not act, titled or not
        (
            "Zentar leader Ana Ruiz was killed in Chile's strike on Lima on May 3.",
            "on May 3",
            ("Chile",),
        ),
        ("Commander Bo Lee was reportedly wounded on Monday.", "on Monday", ()),
        ("Peru was struck by Chilean missiles on Monday.", "on Monday", ("Chile",)),
        # negative: one who does the harm, or speaks of it, acts
        ("Zentar leader Ana Ruiz killed two guards on May 3.", "on May 3", ("Ana Ruiz",)),
        ("Commander Bo Lee said on Monday he was wounded.", "on Monday", ("Bo Lee",)),
    ],
)
def test_a_name_harmed_in_the_passive_does_not_act(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the subject of any passive is done to, whatever is done: the agent acts
        ("Chile and Peru were sanctioned by Brazil on Monday.", "on Monday", ("Brazil",)),
        ("Ana Ruiz was dismissed by the council on Monday.", "on Monday", ("council",)),
        ("President Bo Lee has been banned on Monday.", "on Monday", ()),
        ("Bo Lee is being questioned in Lima on Monday.", "on Monday", ()),
        ("Troops back Ana Ruiz, who was dismissed on Monday.", "on Monday", ()),
        # negative: the subject acts, or a clause of its own act follows the participle
        ("Chile sanctioned Peru on Monday.", "on Monday", ("Chile",)),
        ("President Bo Lee was expected to visit Lima on Monday.", "on Monday", ("Bo Lee",)),
        ("President Bo Lee was accused of shelling Lima on Monday.", "on Monday", ("Bo Lee",)),
        ("President Bo Lee was involved in the talks on Monday.", "on Monday", ("Bo Lee",)),
        ("President Bo Lee was sworn in on Monday.", "on Monday", ("Bo Lee",)),
        (
            "President Bo Lee was joined by Mayor Ana Ruiz in Lima on Monday.",
            "on Monday",
            ("Bo Lee", "Ana Ruiz"),
        ),
        ("President Bo Lee was sending troops on Monday.", "on Monday", ("Bo Lee",)),
        ("Troops back Ana Ruiz, who visited Lima on Monday.", "on Monday", ("Ana Ruiz",)),
        # negative: a name inside the subject's phrase is not its subject
        (
            "A meeting between President Bo Lee and Mayor Ana Ruiz was called off on Monday.",
            "on Monday",
            ("Bo Lee", "Ana Ruiz"),
        ),
    ],
)
def test_a_name_told_in_the_passive_does_not_act(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only mentioned: after a preposition, or the object of a verb
        ("Sanctions against Russia took effect.", ()),
        ("Rescue workers in Nepal pulled two survivors out.", ()),
        ("A court sentenced former leader Ana Ruiz to prison.", ()),
        ("Israel launched airstrikes on Hamas.", ("Israel",)),
        ("Lawmakers approved the budget.", ()),
        ("Investigators arrested two suspects.", ()),
        # acting: the subject, the agent after "by", a party to a meeting or a call
        ("Russia imposed sanctions.", ("Russia",)),
        ("The plan was rejected by Moscow.", ("Russia",)),
        ("President Ana Ruiz met Prime Minister Bo Lee.", ("Ana Ruiz", "Bo Lee")),
        ("The minister spoke to President Ana Ruiz.", ("Ana Ruiz",)),
        # the owner of an act ("Turkey's attack") does it, wherever the phrase stands
        ("Troops moved after Turkey's January attack on Afrin.", ("Turkey",)),
        ("The deal involved Russia's delivery of jets to China.", ("Russia",)),
        ("It followed the United Kingdom's designation of the men.", ("United Kingdom",)),
        ("The sanctions hit Russia's economy.", ()),
        ("Chile led a European Union statement on the war.", ("Chile", "European Union")),
        ("Chile led European Union troops into the town.", ("Chile",)),
        ("Rain fell on Turkey's coast.", ()),
        ("They backed Yemen's internationally recognized government.", ()),
        ("They signed a protocol on Moscow's accession to the pact.", ()),
        # a state body after "its" is the state its sentence names first, else the last one
        ("Shells fell in the north of Chile, its defence ministry said.", ("Chile",)),
        ("Troops moved to the border with Peru. Its defence ministry said so.", ("Peru",)),
        ("Chile fired on ships off Peru, its defence ministry said.", ("Chile",)),
        # negative: with no state named, "its" is no state's
        ("The company said its defence ministry contract ended.", ()),
        # a name written before an attack it makes ("a Zentar attack") does it
        ("A Zentar attack killed two soldiers.", ("Zentar",)),
        ("The war began with the Zentar missile attack on Chile.", ("Zentar",)),
        # negative: a day, a town, a thing that is no attack, the object of a verb
        ("A Monday attack killed two soldiers.", ()),
        ("The Lima attack killed two soldiers.", ()),
        ("A Zentar base was hit.", ()),
        ("Two soldiers died in a Zentar drone strike.", ("Zentar",)),
        # past a word describing the body, a preposition still only mentions it
        ("Protesters marched against the ruling Liberal Party.", ()),
        ("Crowds pelted the offices of the governing Unity Party with eggs.", ()),
        # negative: the described body as the subject acts
        ("The ruling Liberal Party won the vote.", ("Liberal Party",)),
        # "of" steps back over a title ("Secretary of State"), never over the noun it follows
        ("Troops shelled the headquarters of the Arab League Council.", ()),
        ("Delegates spoke to the Secretary of State Ana Ruiz.", ("Ana Ruiz",)),
        # ... but a body's people and its gatherings are the body acting
        ("Prices fell after a meeting of the Arab League Council.", ("Arab League Council",)),
        ("I spoke with representatives of the European Union.", ("European Union",)),
        ("Ana Ruiz told special envoy Bo Lee so.", ("Ana Ruiz", "Bo Lee")),
    ],
)
def test_an_actor_only_mentioned_does_not_act(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the owner of an attack does it, past words of the attack's time or scale
        ("Chile's overnight drone strikes hit the port on Monday.", "on Monday", ("Chile",)),
        ("Peru's latest overnight attack killed three people on Monday.", "on Monday", ("Peru",)),
        ("Two died on Monday in Chile's massive overnight barrage.", "on Monday", ("Chile",)),
        # negative: no owner, or an owner of no attack
        ("The overnight drone strikes hit the port on Monday.", "on Monday", ()),
        ("Chile's latest overnight curfew ended on Monday.", "on Monday", ()),
    ],
)
def test_the_owner_of_an_attack_acts_past_its_time_words(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


def test_a_describing_word_is_no_first_name() -> None:
    headline = "Zentar-linked Ruizists hit the port\n\n"
    text = headline + 'They fired. "We will go on," Ruizists said on Tuesday.'
    assert event_actors_of(text, "on Tuesday") == ("Ruizists",)
    # negative: a first name before a quoted surname still makes one full name
    text = 'Ana Ruiz spoke. "We will go on," Ruiz said on Tuesday.'
    assert event_actors_of(text, "on Tuesday") == ("Ana Ruiz",)


def test_a_group_without_a_side_counts_only_when_it_acts() -> None:
    assert groups("The storm hit residents of the coast.") == []
    assert groups("Residents fled the coast.") == [("Residents", "")]
    assert groups("Dozens of soldiers have been killed.") == []
    # ... after a phrase saying where they are, whatever its verb
    assert groups("Protesters in Kinshasa blocked roads.") == [("Protesters in Kinshasa", "")]
    assert groups("Residents in the capital marched to parliament.") == [
        ("Residents in the capital", "")
    ]
    assert groups("People in the flooded areas were rescued.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group that dies or is acted on by another does not act
        ("Another 12 people died in hospitals.", []),
        ("The aid supports people affected by severe flooding.", []),
        ("Dozens of civilians wounded by shelling were buried.", []),
        # negative: a group that acts, on someone or alone
        ("Gunmen killed 39 people.", [("Gunmen", "")]),
        # the object of a verb of irregular past is acted on, as of one in "-ed"
        ("Militias drove Peruvian forces out of the town.", [("Militias", "")]),
        ("Gunmen hit Chilean troops near the border.", [("Gunmen", "")]),
        # negative: the subject of one acts
        ("Peruvian forces drove the militias out.", [("Peruvian forces", "Peru")]),
        ("Residents fled to the hills.", [("Residents", "")]),
        ("Protesters clashed with police.", [("Protesters", ""), ("police", "")]),
    ],
)
def test_a_group_undergoing_does_not_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


def test_named_groups_side_with_their_organisation() -> None:
    text = "The Rapid Support Forces (RSF) advanced. RSF fighters then attacked."
    assert CollectiveActor("RSF fighters", "Rapid Support Forces") in collective_actors_in(
        ArticleEntities.of(text), 0, len(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled person's first name ending a place's name is the place's word
        (
            "Prosecutor Paulo Viana spoke. Thousands rallied in Sao Paulo on Sunday.",
            ("Sao Paulo",),
        ),
        # negative: the first name standing alone is still the person
        ("Prosecutor Paulo Viana spoke. Later, Paulo resigned in Lima.", ("Lima",)),
    ],
)
def test_a_first_name_ending_a_longer_name_is_not_the_person(
    text: str, expected: tuple[str, ...]
) -> None:
    second = text.index(". ") + 2
    entities = ArticleEntities.of(text)
    assert tuple(p.name for p in places_in(entities, second, len(text))) == expected
    assert actors_in(entities, second, len(text)) == (("Paulo Viana",) if "Later" in text else ())


def test_names_are_canonical_across_a_corpus() -> None:
    names = canonical_names(
        ["Trump", "Donald Trump", "Rubio", "Marco Rubio", "Lee", "Ann Lee", "Bo Lee"]
    )
    assert names["Trump"] == "Donald Trump"
    assert names["Rubio"] == "Marco Rubio"
    assert names["Lee"] == "Lee"  # two people share the surname: left alone


def test_a_person_keeps_the_full_name_the_corpus_uses_most() -> None:
    from timeline.names import one_name_per_person_in_corpus

    article = make_article("Ana Ruiz spoke on Monday.", id="art")
    written = ["Ana Ruiz"] * 3 + ["Ruiz", "Centrist Ana Ruiz", "Bo Lee", "Lee"]
    events = [
        make_event(article, "on Monday", date(2025, 12, 1), actors=(name,)) for name in written
    ]
    renamed = one_name_per_person_in_corpus(events, {"art": "en"})
    # a word opening a sentence once does not rename the person the corpus names most
    expected = ["Ana Ruiz"] * 4 + ["Centrist Ana Ruiz", "Bo Lee", "Bo Lee"]
    assert [event.actors[0] for event in renamed] == expected
    # negative: the one full name of a surname alone is still taken
    assert renamed[-1].actors == ("Bo Lee",)


def test_a_name_whose_fuller_form_is_one_hyphenated_word_takes_it() -> None:
    from timeline.names import one_name_per_person_in_corpus

    article = make_article("Gen-Z spoke on Monday.", id="art")
    written = ["Gen-Z", "Z", "Bo Lee", "Lee"]
    events = [
        make_event(article, "on Monday", date(2025, 12, 1), actors=(name,)) for name in written
    ]
    renamed = one_name_per_person_in_corpus(events, {"art": "en"})
    # "Z" ends "Gen-Z" with no space: it takes the one fuller form there is
    assert [event.actors[0] for event in renamed] == ["Gen-Z", "Gen-Z", "Bo Lee", "Bo Lee"]


@pytest.mark.parametrize(
    ("names", "name", "expected"),
    [
        # a body's part named "... of the X" is no fuller form of X
        (["Zentar Council", "Office of the Zentar Council"], "Zentar Council", "Zentar Council"),
        (["Lima Court", "Speaker of Lima Court"], "Lima Court", "Lima Court"),
        # negative: a longer name ending in it is still its fuller form
        (["Zentar Council", "High Zentar Council"], "Zentar Council", "High Zentar Council"),
        (["Ruiz", "Ana Maria Ruiz"], "Ruiz", "Ana Maria Ruiz"),
        # a surname alone is the name it ends before "Jr." or "Sr."
        (["Ruiz", "Ana Ruiz Jr."], "Ruiz", "Ana Ruiz Jr."),
        (["Ruiz", "Ana Ruiz Sr"], "Ruiz", "Ana Ruiz Sr"),
    ],
)
def test_a_part_of_a_body_is_no_fuller_form_of_its_name(
    names: list[str], name: str, expected: str
) -> None:
    assert canonical_names(names)[name] == expected


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Kyiv said Russian forces in the U.S. ’'(RSF),.\n")),
        max_size=200,
    )
)
def test_any_text_gives_entities_inside_it(text: str) -> None:
    entities = ArticleEntities.of(text)
    starts = entities.actor_starts + entities.collective_starts + entities.place_starts
    assert all(0 <= start < len(text) for start in starts)
    assert list(entities.actor_starts) == sorted(entities.actor_starts)
    assert actors_in(entities, 0, len(text)) == actors_in(entities, -1, len(text) + 1)


def event_actors_of(text: str, expression: str) -> tuple[str, ...]:
    mention = make_mention(expression, text, date(2025, 12, 1))
    (event,) = build_events(make_article(text, id="art"), [mention])
    return event.actors


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the date tells the statement: the speaker acts
        ("Kyiv said Monday it would send more troops.", "Monday", ("Ukraine",)),
        ("Finland announced the results late Monday.", "late Monday", ("Finland",)),
        ("Ms. Ana Ruiz told Reuters on Monday that talks failed.", "on Monday", ("Ana Ruiz",)),
        ("Earlier Monday, Chile reported the economy grew.", "Earlier Monday", ("Chile",)),
        # what is said follows the verb: the date before dates the statement
        (
            'On Wednesday, Ms. Ana Ruiz tweeted, "Prices must fall!"',
            "On Wednesday",
            ("Ana Ruiz",),
        ),
        ("On Monday, Ms. Ana Ruiz said: “We will stay.”", "On Monday", ("Ana Ruiz",)),
        # the date lies in what is said: the speaker only claims it
        ('"Prices fell on Wednesday," Ms. Ana Ruiz said.', "on Wednesday", ()),
        ('"Prices fell on Wednesday," Ms. Ana Ruiz said, "and will fall."', "on Wednesday", ()),
        ("Kyiv said ten people were killed in Kharkiv on Monday.", "on Monday", ()),
        ("The coast could flood on Monday, Ms. Ana Ruiz said.", "on Monday", ()),
        (
            "Russian shelling hit Kherson on Monday, Governor Ana Ruiz said on Telegram.",
            "on Monday",
            ("Russia",),
        ),
        ("On Monday, spokeswoman Ana Ruiz said rebels fled.", "On Monday", ("Ana Ruiz",)),
        (
            "Two villages were shelled on Monday, said Ana Ruiz, a spokeswoman for the army.",
            "on Monday",
            (),
        ),
        (
            "Moscow said Chadian troops entered the town on Monday.",
            "on Monday",
            ("Chad",),
        ),
        # ... also when the speaker's clause says where or how it was said
        (
            "In Gao, a bomb hit a market on Monday, killing two, governor Ana Ruiz said on X.",
            "on Monday",
            (),
        ),
        ("Ms. Ana Ruiz on Monday said on X that talks failed.", "on Monday", ("Ana Ruiz",)),
        # the date tells the statement: who is named in what was said does not act in it
        ("Kyiv said on Friday that Chad would respond.", "on Friday", ("Ukraine",)),
        ("Ms. Ana Ruiz said Friday Chad would respond.", "Friday", ("Ana Ruiz",)),
        # negative: whom the speaker told takes part
        (
            "Ms. Ana Ruiz told Chad's envoy on Friday that talks would resume.",
            "on Friday",
            ("Ana Ruiz", "Chad"),
        ),
        # the date inside what is said, right before its verb: the speaker only claims it
        ("Kyiv said Russian strikes overnight killed ten people.", "overnight", ("Russia",)),
        # negative: a new clause after the date, or none, leaves the statement dated
        ("Ms. Ana Ruiz told reporters Monday she would stay.", "Monday", ("Ana Ruiz",)),
        ("Kyiv announced the results late Sunday.", "late Sunday", ("Ukraine",)),
        # a past tense not in -ed opens what is said: its date is no date of the saying
        ("Kyiv said rebels began the assault on Sunday night.", "on Sunday night", ("rebels",)),
        ("Ms. Ana Ruiz said troops struck the port on Monday.", "on Monday", ("troops",)),
        (
            "Police spokesman Tomas Vidal, who confirmed the raid, said gangs took the "
            "jail on Monday.",
            "on Monday",
            ("gangs",),
        ),
        # a capitalised word in -ed names a body, no verb of what is said
        (
            "Ms. Ana Ruiz told the United Nations on Monday that talks failed.",
            "on Monday",
            ("Ana Ruiz", "United Nations"),
        ),
        ("Chile told the United States on Monday it would join.", "on Monday", ("Chile",)),
        # a known speaker after an inverted verb of speech only tells what happened
        (
            "Rebels left the town on Monday, said the Zentar Front.",
            "on Monday",
            ("Rebels",),
        ),
        (
            "The junta declared a truce on Monday, reported the Lima Post.",
            "on Monday",
            ("junta",),
        ),
        ("Chile closed the border on Monday, said the United Nations.", "on Monday", ("Chile",)),
        # negative: the verb and speaker before the date still tell the statement
        (
            "On Monday, the Zentar Front said rebels had left the town.",
            "On Monday",
            ("Zentar Front",),
        ),
        # a news outlet that reports on the date speaks, as any body does
        ("Radio Free Asia reported on Monday that troops fled.", "on Monday", ("Radio Free Asia",)),
        (
            "The Associated Press reported this week that rebels left.",
            "this week",
            ("Associated Press",),
        ),
        ("The Lima Post said on Monday that talks failed.", "on Monday", ("Lima Post",)),
        # negative: an outlet's word opening a sentence before a country's adjective
        ("News of the Chilean bank's cut spread on Monday.", "on Monday", ()),
        ("Reuters reported this week that rebels left.", "this week", ("Reuters",)),
        # negative: told a thing or interviewed, an outlet is the press, no actor
        (
            "Ms. Ana Ruiz told the Associated Press on Monday that talks failed.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        (
            "In an interview with Lima News on Monday, Ms. Ana Ruiz said talks failed.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        ("Press Secretary Ana Ruiz said on Monday that talks failed.", "on Monday", ("Ana Ruiz",)),
        # negative: the same word as a noun after a determiner is what the speaker did
        ("Ms. Ana Ruiz announced a cut on Monday.", "on Monday", ("Ana Ruiz",)),
        ("Chile reported the hit on Monday.", "on Monday", ("Chile",)),
    ],
)
def test_a_speaker_acts_only_when_the_date_tells_the_statement(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a speaker told by its role or its kind of body acts in the statement the date tells
        (
            "A fuel depot burned in the port, the district governor said late Sunday.",
            "late Sunday",
            ("district governor",),
        ),
        (
            "The floods cut the main road, the local rescue service said Tuesday.",
            "Tuesday",
            ("local rescue service",),
        ),
        (
            "The vote count ended, the election commission said on Friday.",
            "on Friday",
            ("election commission",),
        ),
        (
            "The boundary committee said on Monday that it had redrawn two seats.",
            "on Monday",
            ("boundary committee",),
        ),
        # negative: the date in what is said, or what is said naming its own actor
        ("The district governor said a depot burned on Sunday night.", "on Sunday night", ()),
        ("The district governor said Monday that rebels burned a depot.", "Monday", ("rebels",)),
        # negative: a speaker closing the sentence after the date, with an adverb or none
        (
            "Ten tremors were felt since Sunday, the district governor said earlier.",
            "since Sunday",
            (),
        ),
        ("Ten tremors were felt since Sunday, Ms. Ana Ruiz said earlier.", "since Sunday", ()),
        # negative: a speaker that is neither a role nor a body, or an anonymous one
        ("The depot burned, the bulletin said late Sunday.", "late Sunday", ()),
        ("The depot burned, witnesses said late Sunday.", "late Sunday", ()),
        ("The floods cut the main road, a local rescue service said Tuesday.", "Tuesday", ()),
    ],
)
def test_a_speaker_told_by_what_it_is_acts_in_its_statement(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the actors of the date's own clause, not of the whole sentence
        (
            "Ana Ruiz hopes the truce, cornerstone of a plan signed in Lima on June 5, holds.",
            "on June 5",
            (),
        ),
        ("Rebels attacked the town, while NATO met in Brussels on Monday.", "on Monday", ("NATO",)),
        # a list of names cut by the clause's commas is read to its end
        (
            "The truce was mediated on Monday by Chile, Peru and Bolivia.",
            "on Monday",
            ("Chile", "Peru", "Bolivia"),
        ),
        (
            "A truce announced Monday was mediated by the US, Peru and Arab states.",
            "Monday",
            ("United States", "Peru"),
        ),
        # a date opening the sentence: a clause of another happening after its verb
        (
            "On Monday, troops shelled the town after rebels attacked a base.",
            "On Monday",
            ("troops",),
        ),
        ("On Monday, troops shelled the town after rebels attacked.", "Monday", ("troops",)),
        # negative: the date inside its clause tells one happening with what follows
        (
            "A truce in late May included the release of ten men, while Chile freed 40.",
            "in late May",
            ("Chile",),
        ),
        # negative: one opening right after the date is the date's scene
        ("On Monday, after talks, Chile agreed to the deal.", "On Monday", ("Chile",)),
        # "it" after a verb of speech is the side of the body named last
        ("The Chilean army said it killed five rebels on Friday.", "on Friday", ("Chile",)),
        # negative: a body without a side names no one
        ("The army said it killed five rebels on Friday.", "on Friday", ()),
        # a phrase without a subject after "since" or "after" tells the subject's act
        ("Chile has relied on drones since losing the town in March.", "in March", ("Chile",)),
        # negative: one with its own actor tells another's
        (
            "Chile has relied on drones since Peru's seizure of the town in March.",
            "in March",
            ("Peru",),
        ),
        # negative: the list of another clause after the date's
        ("Chile struck the town on Monday, Peru and Bolivia said.", "on Monday", ("Chile",)),
        # an opening date phrase or an apposition leaves the subject in the next clause
        ("In another development Monday, rebels toured the town.", "Monday", ("rebels",)),
        # ... however long a list its subject is, up to its verb
        (
            "On Monday, 90 men, women and children, including five Americans, were killed by"
            " Hamas in a raid.",
            "On Monday",
            ("Hamas",),
        ),
        ("On Monday, a bus, a car and a truck collided, and NATO met.", "On Monday", ()),
        (
            "And yesterday my colleague, Health Secretary Ana Ruiz, announced relief.",
            "yesterday",
            ("Ana Ruiz",),
        ),
        # a clause without a subject of its own ("..., told VOA Monday") takes the sentence's
        (
            "Ana Ruiz, a spokeswoman for the army, visited Gao on Monday.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        (
            "U.S. forces struck a camp near Gao, Mali, on January 30, killing five.",
            "on January 30",
            ("United States",),
        ),
        (
            "Ana Ruiz will travel to Peru, Chile, and the United Arab Emirates in May.",
            "in May",
            ("Ana Ruiz",),
        ),
        # not those of a clause the date's own clause leads to ("... Friday after X agreed")
        ("Prices rose on Friday after OPEC agreed to cut output.", "on Friday", ()),
        ("Markets fell Tuesday before the Fed lowered rates.", "Tuesday", ()),
        (
            "President Ana Ruiz opened talks Tuesday as thousands of protesters rallied.",
            "Tuesday",
            ("Ana Ruiz",),
        ),
        ("Explosions rocked Kyiv on Monday as Russian forces advanced.", "on Monday", ("Russia",)),
        (
            "Russia and Iran signed the deal on Tuesday as part of a plan by the European Union.",
            "on Tuesday",
            ("Russia", "Iran", "European Union"),
        ),
        ("On Monday, after talks, Russia agreed to a truce.", "On Monday", ("Russia",)),
        ("Rebels attacked on Monday after NATO met.", "on Monday", ("Rebels",)),
        (
            "France acted on Monday following a decision by the European Union.",
            "on Monday",
            ("France",),
        ),
        ("Following talks, France acted on Monday.", "on Monday", ("France",)),
        # ... and the date after such an opener dates its happening
        (
            "The United States acted following the European Union's designation on May 2.",
            "on May 2",
            ("European Union",),
        ),
        ("Prices rose after Iran cut its output on Monday.", "on Monday", ("Iran",)),
        # negative: the opener is the date's own preposition
        ("Iran has kept up strikes since late Tuesday.", "late Tuesday", ("Iran",)),
        ("War began on May 2 when rebels attacked a base.", "on May 2", ("rebels",)),
        # nor in a relative clause after the date and the verb
        (
            "This afternoon, Ana Ruiz met families of citizens that Hamas has taken hostage.",
            "This afternoon",
            ("Ana Ruiz",),
        ),
        ("On Monday, I met families of people whom Hamas has taken hostage.", "On Monday", ()),
        # ... but a clause the verb says or reports is no relative clause
        ("The mayor said Monday that rebels set fire to a library.", "Monday", ("rebels",)),
        (
            "On Friday, it was reported that an Ethiopian raid hit a camp.",
            "On Friday",
            ("Ethiopia",),
        ),
        ("Rebels who attacked the town on Monday fled.", "on Monday", ("Rebels",)),
        # a date in a relative clause after the verb dates what the clause tells ...
        (
            "USAID led the response to the quake that struck Haiti on August 14.",
            "on August 14",
            (),
        ),
        # ... but not one closed by a comma before the date: the date is the main clause's
        (
            "Rebels shelled Gao, a town that guards the river, on Monday.",
            "on Monday",
            ("Rebels",),
        ),
        (
            "Rebels shelled Gao, a town that guards the river, overnight, officials said.",
            "overnight",
            ("Rebels",),
        ),
        # ... whose subject is what it describes
        ("Ana Ruiz met the rebels who attacked Gao on Monday.", "on Monday", ("rebels",)),
        ("Ana Ruiz met rebels that Iran backed in May.", "in May", ("Iran",)),
        # a relative clause set off by commas takes the subject it describes
        ("Rebels, who attacked the town on Monday, fled.", "on Monday", ("Rebels",)),
        (
            "The DoD, which began flights on May 6, left the islands on May 18.",
            "on May 6",
            ("United States",),
        ),
        # negative: a relative clause with its own subject
        ("France, which Mali accused on Monday, left.", "on Monday", ("Mali",)),
        # a clause opening on its verb: its subject before its objects
        (
            "Spokesman Ana Ruiz, on Monday, called for calm and said rebels would lose.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        # who condemns an act the date dates does not do it; its doer still does
        ("The UK condemned the attack on a market on Monday.", "on Monday", ()),
        ("The UK condemns this morning's attack in Kashmir.", "this morning", ()),
        ("Kenya condemned the attack by rebels on Monday.", "on Monday", ("rebels",)),
        ("Hamas vowed to respond to Thursday's Israeli raid.", "Thursday", ("Israel",)),
        ("Iran retaliated for Monday's strike by Israel.", "Monday", ("Israel",)),
        # negative: the date dates the condemnation
        ("Hamas responded on Thursday with rockets.", "on Thursday", ("Hamas",)),
        ("On Monday, France condemned the attack.", "On Monday", ("France",)),
        ("France condemned on Monday the attack.", "on Monday", ("France",)),
        # a clause cut at a comma inside a name keeps the whole name
        (
            "The Foreign, Commonwealth and Development Office summoned him on Monday.",
            "on Monday",
            ("United Kingdom",),
        ),
        # ... but never in a clause before the date
        ("NATO met in Brussels, and a storm hit the coast on Monday.", "on Monday", ()),
        # who acts in a relative clause between commas does not act in the date's clause
        (
            "Ms. Ana Ruiz, who was backed by Chile, visited Lima on Sunday.",
            "on Sunday",
            ("Ana Ruiz",),
        ),
        ("Rebels, who were armed by Chile, took the town on Monday.", "on Monday", ("Rebels",)),
        # negative: one going on past an apposition holds the date ("Bo Lee, the ...,")
        (
            "Ms. Ana Ruiz, who has been at war with Bo Lee, the rebel chief, since 2023, is ill.",
            "since 2023",
            ("Ana Ruiz", "Bo Lee"),
        ),
        # negative: a relative clause holding the date keeps its own actors
        (
            "Ms. Ana Ruiz, who met Chile's envoy on Sunday, was ill.",
            "on Sunday",
            ("Ana Ruiz", "Chile"),
        ),
    ],
)
def test_an_event_takes_the_actors_of_its_own_clause(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a simple past reaction to a bare act: the date dates the reaction
        ("Qatar condemned the airstrikes on Thursday.", "on Thursday", ("Qatar",)),
        ("Qatar condemned the airstrikes on Thursday.", "Thursday", ("Qatar",)),
        ("Chilean President Ana Ruiz condemned the raid on Friday.", "on Friday", ("Ana Ruiz",)),
        ("Peru denounced the blockade on Monday.", "on Monday", ("Peru",)),
        (
            "Chile decried the arrests on Monday, while Peru called for calm.",
            "on Monday",
            ("Chile",),
        ),
        # negative: a present or perfect statement, or an act told further, dates the act
        ("The UK condemns the airstrikes today.", "today", ()),
        ("Ana Ruiz has condemned the raid on 19 August.", "on 19 August", ()),
        ("Chile condemned the raid on a market on Monday.", "on Monday", ()),
        ("Chile condemned the raid on a market on Monday.", "Monday", ()),
        ("Chile condemned the raids carried out on Monday.", "on Monday", ()),
        ("Chile condemned Monday's raid.", "Monday", ()),
        # a dated act of an owner after praise is the owner's
        ("Ana Ruiz praised Peru's Friday announcement of aid.", "Friday", ("Peru",)),
        ("Chile welcomed the deal on Thursday.", "on Thursday", ("Chile",)),
        # negative: a present welcome dates the act
        ("Chile welcomes the deal today.", "today", ()),
        # a reaction told "in a statement" is dated itself, whatever its tense
        ("The UK condemns the airstrikes in a statement today.", "today", ("United Kingdom",)),
        ("Chile condemned the raid on a market in a statement on Monday.", "on Monday", ("Chile",)),
        # negative: a place after the object ("in a village") is no statement
        ("Chile condemned the raid on a convoy in a village on Monday.", "on Monday", ()),
    ],
)
def test_a_past_reaction_to_a_bare_act_is_dated_itself(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a person named before the body they serve is no part of the body's name
        (
            "The pilot was skilled, Ana Ruiz of the Lima Police said on Tuesday.",
            "on Tuesday",
            ("Ana Ruiz", "Lima Police"),
        ),
        (
            "Bo Lee of the Kova Relief Agency said on Tuesday that aid arrived.",
            "on Tuesday",
            ("Bo Lee", "Kova Relief Agency"),
        ),
        # negative: a body whose head opens its name keeps what follows, as does one whose
        # words run on past "of" without "the"
        (
            "The Kova Chiefs of Staff said on Tuesday that aid arrived.",
            "on Tuesday",
            ("Kova Chiefs of Staff",),
        ),
        (
            "The Office of the Kova Commissioner said on Tuesday that aid arrived.",
            "on Tuesday",
            ("Office of the Kova Commissioner",),
        ),
    ],
)
def test_a_person_before_the_body_they_serve_is_no_part_of_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a word describing a body's backer is no part of the body's name
        (
            "On Monday, Chile-backed Zentar Democratic Forces (ZDF) clashed with police."
            " The ZDF denied it on Tuesday.",
            "on Tuesday",
            ("Zentar Democratic Forces",),
        ),
        (
            "On Monday, United States-backed Zentar Democratic Forces attacked a base.",
            "On Monday",
            ("Zentar Democratic Forces",),
        ),
        # negative: without the describing word the name is whole
        (
            "On Monday, the Zentar Democratic Forces (ZDF) attacked a base.",
            "On Monday",
            ("Zentar Democratic Forces",),
        ),
    ],
)
def test_a_backers_word_is_no_part_of_a_bodys_name(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a surname that is also a town's name names the person named in full before
        (
            "Ana Ruiz visited the front. Ruiz toured a plant on Saturday.",
            "on Saturday",
            ("Ana Ruiz",),
        ),
        (
            "President Ana Morales met Luis Soto. Morales left Lima on Saturday.",
            "on Saturday",
            ("Ana Morales",),
        ),
        ("Ana Ruiz visited the front. Ruiz left early on Saturday.", "on Saturday", ("Ana Ruiz",)),
        # negative: after a preposition of place it is the town; unnamed before, no one
        (
            "Ana Morales visited the front. Rebels attacked in Morales on Saturday.",
            "on Saturday",
            ("Rebels",),
        ),
        ("On Saturday, the Left won the vote.", "On Saturday", ()),
    ],
)
def test_a_surname_that_names_a_town_is_the_person_named_before(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a title before a first name alone names the one person named in full before
        (
            "Col. Wu Tiande spoke on Monday. Col. Wu said on Friday that the purge would go on.",
            "on Friday",
            ("Wu Tiande",),
        ),
        (
            "Prime Minister Kebede Alemu met envoys. Prime Minister Kebede left on Friday.",
            "on Friday",
            ("Kebede Alemu",),
        ),
        # negative: a first name two people share stays as written; unnamed before, too
        (
            "Gen. Wu Tiande met Gen. Wu Lan. Gen. Wu left on Friday.",
            "on Friday",
            ("Wu",),
        ),
        ("Col. Wu said on Friday that the purge would go on.", "on Friday", ("Wu",)),
    ],
)
def test_a_titled_first_name_is_the_person_named_in_full_before(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


def test_a_title_and_a_first_name_are_no_person_nor_is_the_press_told_a_thing() -> None:
    text = (
        "Navy press secretary Brigadier General Ana Ruiz on Thursday told reporters at the "
        'Pentagon that the ship intercepted three missiles.\n\n"We are ready to act," Ruiz said.'
    )
    table = extract_events([make_article(text, id="art")])
    assert table.loc[0, "actors"] == "Ana Ruiz"
    assert table.loc[0, "claimed_by"] == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nickname in quotation marks inside a name is not a second person
        ("Gang leader Jimmy “Barbecue” Cherizier threatened the council.", ("Jimmy Cherizier",)),
        ('Mohamed Hamdan "Hemedti" Dagalo said the war would go on.', ("Mohamed Hamdan Dagalo",)),
        # ... but a quoted word after a whole name, or a quoted title, is no part of it
        ("Ana Ruiz called the plan “Cherizier” on Monday.", ("Ana Ruiz",)),
        ("The council called it “Operation” Cherizier.", ()),
    ],
)
def test_a_nickname_in_quotation_marks_is_part_of_no_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


def test_one_person_has_one_name_in_an_event() -> None:
    text = (
        "Ana Ruiz, who leads a research team, spoke. "
        "Ruiz told reporters last month that the front held, Ruiz said."
    )
    actors = event_actors_of(text, "last month")
    assert actors == ("Ana Ruiz",)


def test_states_keep_their_own_name() -> None:
    text = "South Sudan and Sudan met. Sudan on Monday signed the deal."
    assert event_actors_of(text, "on Monday") == ("Sudan",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's formal name is the state, not the shorter formal name inside it
        ("The Democratic People's Republic of Korea fired a missile.", ("North Korea",)),
        ("The Democratic People’s Republic of Korea fired a missile.", ("North Korea",)),
        ("The Republic of Korea fired a missile.", ("South Korea",)),
        ("The Democratic People’s Republic of Korea (DPRK) fired a missile.", ("North Korea",)),
        ("The People's Republic of China fired a missile.", ("China",)),
        # a state's name holding "and" is one state
        ("Bosnia and Herzegovina said it would appeal.", ("Bosnia and Herzegovina",)),
        ("Trinidad and Tobago declared a state of emergency.", ("Trinidad and Tobago",)),
        # negative: two states joined by "and" stay two
        ("Chile and Peru said they would appeal.", ("Chile", "Peru")),
    ],
)
def test_a_formal_state_name_is_its_state(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named in full, then by first name alone, is the same person
        ("Victims include Dr Ana Ruiz. On Monday, Ana drove to her job.", ("Ana Ruiz",)),
        # ... with no title too, the way some names are shortened ("Prabowo", "Yoon")
        ("Bima Santoso won the vote. On Monday, Bima took the oath.", ("Bima Santoso",)),
        ("Kim Do Hyun resigned. On Monday, Kim appeared in court.", ("Kim Do Hyun",)),
        # negative: a first name two people share names neither
        ("Dr Ana Ruiz met Dr Ana Lopez. On Monday, Ana drove to her job.", ()),
        ("Bima Santoso resigned. Bima Hadi resigned. On Monday, Bima took the oath.", ()),
        # negative: a name ending in a common word, or opening on a region's, is no person's
        ("Zamu Avenue was shut. On Monday, Zamu National Hospital took in 40 people.", ()),
        ("The Amhara Militia fought. On Monday, Amhara held a vote.", ()),
        # negative: an owner named by first name does not act
        ("Bima Santoso won. On Monday, Bima's rivals took the oath.", ()),
        # negative: a state's name opening a full name is still the state alone
        ("Israel Katz spoke. On Monday, Israel struck the port.", ("Israel",)),
        # negative: a word the article also writes lower case
        ("Dr Hope Ruiz spoke. We hope. On Monday, Hope drove to her job.", ()),
        # negative: a first name inside a quotation is whom the speaker addresses or names
        (
            'Bima Santoso resigned. On Monday, the mayor wrote: "I thank Bima."',
            ("mayor",),
        ),
    ],
)
def test_a_first_name_alone_names_the_person(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "On Monday") == expected


def test_one_name_per_person_leaves_a_state_its_own() -> None:
    from timeline.lexicon.events import load_event_lexicon
    from timeline.names import article_names

    text = "Ana Ruiz spoke. South Sudan and Sudan met. Ruiz said Sudan agreed."
    canonical = article_names(text, load_event_lexicon(), "en").canonical
    assert canonical.get("Ana Ruiz") == "Ana Ruiz"
    assert canonical.get("Sudan", "Sudan") == "Sudan"  # not "South Sudan"


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "I" is whoever the article lets speak at length: a transcript's label ...
        (
            "SECRETARY BLINKEN: Good evening.\nThis afternoon, I met with the families.",
            "This afternoon",
            ("Blinken",),
        ),
        ("MR MILLER: Thank you.\nI spoke to the envoy on Monday.", "on Monday", ("Miller",)),
        # ... or a statement introduced by its speaker
        (
            "Environment Secretary Ana Ruiz said:\n\nLater today I will chair a meeting.",
            "Later today",
            ("Ana Ruiz",),
        ),
        # the speaker's "I" does not act where another subject does
        (
            "SECRETARY BLINKEN: Good evening.\nI think the envoy left on Monday.",
            "on Monday",
            (),
        ),
        # ... nor where the date is another act's ("today's meeting")
        (
            "MR MILLER: Thank you.\nAs I prepared for today's meeting, I read the files.",
            "today",
            (),
        ),
        # a label without a name, or no label at all, names nobody
        ("QUESTION: Sudan.\nI met the envoy on Monday.", "on Monday", ()),
        ("Good evening.\nI met the envoy on Monday.", "on Monday", ()),
        # a later label gives the floor to the next speaker
        (
            "MR MILLER: Thank you.\nQUESTION: Sudan. I met the envoy on Monday.",
            "on Monday",
            (),
        ),
    ],
)
def test_i_names_the_articles_speaker(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "I" or "we" acting in a quote stands for the named speaker of the quote
        (
            'Lena Varga leads the port union. "We closed the docks on Monday," Varga said.',
            "on Monday",
            ("Lena Varga",),
        ),
        (
            'Omar Haddad, the mayor, spoke. "On Monday I ordered the schools shut," Haddad said.',
            "On Monday",
            ("Omar Haddad",),
        ),
        # negative: a subject of its own acts, no first person acts, the speaker is unnamed,
        # or the first person only thinks what the date tells
        (
            'Lena Varga leads the port union. "Troops closed the docks on Monday," Varga said.',
            "on Monday",
            ("Troops",),
        ),
        ('"We closed the docks on Monday," an official said.', "on Monday", ()),
        (
            'Omar Haddad, the mayor, spoke. "I ordered Monday\'s raid reviewed," Haddad said.',
            "Monday",
            (),
        ),
        (
            'Lena Varga leads the port union. "We think troops left on Monday," Varga said.',
            "on Monday",
            ("troops",),
        ),
    ],
)
def test_a_quoted_first_person_acts_as_the_quotes_speaker(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after its parent's kind of body is the body, not its parent
        (
            "The UN agency OCHA said on Monday that convoys were blocked.",
            ("UN Office for the Coordination of Humanitarian Affairs",),
        ),
        (
            "The UN children's agency UNICEF said on Monday that schools shut.",
            ("United Nations Children's Fund",),
        ),
        (
            "The UN food agency, the World Food Programme, said on Monday that roads shut.",
            ("World Food Programme",),
        ),
        # negative: the parent alone, or the parent beside a body of its own
        ("The UN agency said on Monday that convoys were blocked.", ("United Nations",)),
        (
            "The UN and OCHA said on Monday that convoys were blocked.",
            ("United Nations", "UN Office for the Coordination of Humanitarian Affairs"),
        ),
        ("Hamas and the armed group Hezbollah fired on Monday.", ("Hamas", "Hezbollah")),
    ],
)
def test_a_body_told_by_its_parents_kind_is_the_body(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "on Monday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's opposition named as a group is no act of the state
        ("Kenya's opposition party called on Thursday for new elections.", ()),
        (
            "Chile's opposition coalition marched on Thursday in the capital.",
            ("Chile's opposition coalition",),
        ),
        # negative: the state's opposition to something is its own act
        ("Kenya's opposition to the dam angered Uganda on Thursday.", ("Kenya",)),
        ("Kenya's delegation walked out on Thursday.", ("Kenya",)),
    ],
)
def test_a_states_opposition_is_no_act_of_the_state(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "on Thursday") == expected


def corpus_actors(*texts: str) -> list[tuple[str, ...]]:
    """Each article's event actors and claimant, the articles taken as one corpus."""
    from timeline.pipeline import extract_events

    articles = [make_article(text, id=f"a{k}") for k, text in enumerate(texts)]
    table = extract_events(articles, jobs=1).sort_values(["article_id", "char_start"])
    return [
        tuple(sorted({*filter(None, actors.split("; ")), *filter(None, [claimant])}))
        for actors, claimant in zip(table["actors"], table["claimed_by"], strict=True)
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a surname alone in one article is the full name another article gives
        (
            ("Trump said on Monday that talks would go on.", "Donald Trump met envoys on Tuesday."),
            [("Donald Trump",), ("Donald Trump",)],
        ),
        # spellings that differ by a doubled letter, an "-iy" ending or accents: the most used
        (
            (
                "Oleksiy Marchenko met envoys on Monday.",
                "Oleksii Marchenko met envoys on Monday.",
                "Oleksiy Marchenko met envoys on Tuesday.",
            ),
            [("Oleksiy Marchenko",)] * 3,
        ),
        (
            ("Recep Erdoğan met envoys on Monday.", "Erdogan said on Tuesday that talks went on."),
            [("Recep Erdoğan",), ("Recep Erdoğan",)],
        ),
        # a surname written after a particle and a hyphen is the surname alone elsewhere
        (
            (
                "General Omar al-Bashak met envoys on Monday.",
                "Bashak said on Tuesday that talks would go on.",
            ),
            [("Omar al-Bashak",), ("Omar al-Bashak",)],
        ),
        # two people of one surname: the surname alone is left as written
        (
            (
                "Lee said on Monday that he would go.",
                "Ann Lee met envoys on Monday.",
                "Bo Lee met envoys on Monday.",
            ),
            [("Lee",), ("Ann Lee",), ("Bo Lee",)],
        ),
        # a state is not a person's surname: "Sudan" is not "South Sudan"
        (
            (
                "Sudan said on Monday that talks would go on.",
                "South Sudan said on Tuesday it agreed.",
            ),
            [("Sudan",), ("South Sudan",)],
        ),
        # a group is not a person: "officials" are not "Military officials"
        (
            (
                "Officials said on Monday that it rained.",
                "Military officials said on Monday it won.",
            ),
            [("Officials",), ("Military officials",)],
        ),
        # a group's word opening a sentence is not another report's body: "Police" are
        # not the "National Police" of another country
        (
            (
                "Police confirmed on Monday that three men were held.",
                "The National Police fired tear gas on Monday.",
            ),
            [("Police",), ("National Police",)],
        ),
        # ... while a body's own short name still takes its full one
        (
            (
                "Ruiz said on Monday that it rained.",
                "Ana Ruiz said on Monday that it rained.",
            ),
            [("Ana Ruiz",), ("Ana Ruiz",)],
        ),
    ],
)
def test_one_name_per_person_across_a_corpus(
    texts: tuple[str, ...], expected: list[tuple[str, ...]]
) -> None:
    assert corpus_actors(*texts) == expected
    assert corpus_actors(*reversed(texts)) == list(reversed(expected))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national Red Cross or Red Crescent society is no state's institution
        (
            "The Palestinian Red Crescent said nine people were killed.",
            ("Palestinian Red Crescent",),
        ),
        ("The Kenyan Red Cross said 20 people died.", ("Kenyan Red Cross",)),
        # ... while a state's army or government is the state
        ("Lebanon's Health Ministry said 20 people died.", ("Lebanon",)),
        # a state's body named again without its country is still the state's
        (
            "U.S. Central Command forces struck targets. Central Command said it hit 18 sites.",
            ("United States",),
        ),
        ("Central Command said it hit 18 sites.", ("Central Command",)),
        # ... and so is its acronym, after a possessive too
        (
            "Chile's Security Service (CSS) said it struck. The CSS said it held two men.",
            ("Chile",),
        ),
    ],
)
def test_bodies_named_with_a_country(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted group after the verb is what the verb does to them
        ("Hamas killed about 1,200 people in its attack and captured 240 hostages.", []),
        ("Israeli attacks killed more than 130 people.", [("Israeli attacks", "Israel")]),
        ("The strike wounded at least 12 soldiers and then hit a depot.", []),
        ("Shelling killed two people in Kherson and hit a depot.", []),
        # negative: a counted group opening the clause acts
        ("About 200 soldiers attacked the town.", [("soldiers", "")]),
        ("Yesterday 40 Russian soldiers stormed the village.", [("Russian soldiers", "Russia")]),
    ],
)
def test_a_counted_group_after_its_verb_does_not_act(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "named", "unnamed"),
    [
        # the two sides after "between" of a clash, a war, a truce or talks take part in it,
        # the noun before the verb or after it
        ("Fighting broke out on Monday between Chile and Peru.", ("Chile", "Peru"), []),
        ("Fighting broke out on Monday between Chile and the Zentar.", ("Chile", "Zentar"), []),
        (
            "Clashes erupted in early May between militias and tribesmen.",
            (),
            [("militias", ""), ("tribesmen", "")],
        ),
        (
            "The clashes began between rival clans and local factions on Sunday.",
            (),
            [("clans", ""), ("local factions", "")],
        ),
        ("A truce was agreed on Friday between Chile and Peru.", ("Chile", "Peru"), []),
        # a people's name before the group is the group's own
        (
            "Clashes broke out overnight between Druze armed groups and Bedouin tribes.",
            (),
            [("Druze armed groups", ""), ("Bedouin tribes", "")],
        ),
        # negative: the border, the road or the land between two places; a move between
        ("Troops massed near the border between Chile and Peru.", (), [("Troops", "")]),
        ("Shells fell on the road between Arica and Tacna.", (), []),
        ("Rebels moved between Chile and Peru.", (), [("Rebels", "")]),
        # ... also after a preposition of place
        ("Two died in clashes between Chile and Peru.", ("Chile", "Peru"), []),
        # negative: a clash or a truce setting the scene of another act
        ("Prices rose amid clashes between Chile and Peru.", (), []),
        ("Strikes went on despite the truce between Chile and Peru.", (), []),
        # negative: the war between two sides sets the scene of another act
        ("Prices rose because of the war between Chile and Peru.", (), []),
        ("Fighting raged in the area between Arica and Tacna.", (), []),
        # negative: a name after a preposition of place past a side is where, no side
        (
            "Clashes between militias and tribes in Syria's Zentar province killed 89.",
            (),
            [("militias", ""), ("tribes", "")],
        ),
        (
            "Clashes broke out between police and gangs near Zentar on Friday.",
            (),
            [("police", ""), ("gangs", "")],
        ),
        # commas list more than two sides before the "and"
        ("Two died in clashes between Chile, Peru and Bolivia.", ("Chile", "Peru", "Bolivia"), []),
        (
            "Clashes broke out between militias, tribesmen and police on Sunday.",
            (),
            [("militias", ""), ("tribesmen", ""), ("police", "")],
        ),
        (
            "Fighting erupted on Friday between rebels, soldiers, and militiamen near Zentar.",
            (),
            [("rebels", ""), ("soldiers", ""), ("militiamen", "")],
        ),
        # negative: a list of places of a border; a list setting the scene
        ("Troops massed near the border between Chile, Peru and Bolivia.", (), [("Troops", "")]),
        ("Prices rose amid clashes between Chile, Peru and Bolivia.", (), []),
        # negative: past the "and" a comma ends the sides
        ("Two died in clashes between Chile and Peru, Bolivia and Zentar.", ("Chile", "Peru"), []),
    ],
)
def test_the_sides_of_a_clash_between_them_take_part(
    text: str, named: tuple[str, ...], unnamed: list[tuple[str, str]]
) -> None:
    assert (acting(text), groups(text)) == (named, unnamed)


@pytest.mark.parametrize(
    ("text", "named", "unnamed"),
    [
        # a line break ends a headline: the name after it opens its own sentence
        ("Troops entered Chile\n\nPeru attacked the town.", ("Peru",), [("Troops", "")]),
        # negative: a line wrapped inside a sentence goes on
        ("Troops fired on\nPeru and left.", (), [("Troops", "")]),
        # a headline's last word qualifies no group of the text after it
        ("Raids hit central Chile state\n\nGunmen killed ten people.", (), [("Gunmen", "")]),
        # an aside on who backs a group leaves it acting
        (
            "Zentar rebels, allegedly supported by Peru, entered the town.",
            ("Peru",),
            [("Zentar rebels", "")],
        ),
        # loyalists of a person and a regime's remnants are groups
        ("Zentar loyalists launched an attack.", (), [("Zentar loyalists", "")]),
        ("The remnants staged an ambush.", (), [("remnants", "")]),
        # a side's act with a word between them ("Russian aerial attacks")
        ("Two people died in Chilean aerial attacks.", (), [("Chilean aerial attacks", "Chile")]),
        # negative: a side's people harmed are no act of it
        ("Two Chilean aerial photographers died.", (), []),
        # the second side of a clash past a long first one
        (
            "Clashes between security forces under the new government and gunmen erupted.",
            (),
            [("security forces", ""), ("gunmen", "")],
        ),
    ],
)
def test_groups_behind_asides_line_breaks_and_describing_words(
    text: str, named: tuple[str, ...], unnamed: list[tuple[str, str]]
) -> None:
    assert (acting(text), groups(text)) == (named, unnamed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted group after a word of place or aim is only mentioned, as it is uncounted
        ("Police opened fire on thousands of civilians gathered at the site.", [("Police", "")]),
        ("Troops fired toward crowds of protesters who marched.", [("Troops", "")]),
        # negative: a counted group that opens its clause acts
        ("Thousands of protesters marched.", [("protesters", "")]),
        ("Hundreds of residents fled the town.", [("residents", "")]),
    ],
)
def test_a_counted_group_after_a_preposition_does_not_act(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every name of a list after "by" acts, the middle ones too
        ("The truce was mediated by Chile, Peru and Bolivia.", ("Chile", "Peru", "Bolivia")),
        ("The deal was brokered by the US, Peru and Arab states.", ("United States", "Peru")),
        # a person's name set beside the body of the title
        ("The head of the ZLF, Ana Maria Ruiz appealed to fighters.", ("Ana Maria Ruiz",)),
        ("The head of the Zentar, Ana Ruiz, appealed to fighters.", ("Ana Ruiz",)),
        # ... also past the body's acronym in brackets
        (
            "The head of the Zentar Electoral Council (ZEC), Ana Ruiz, announced the result.",
            ("Ana Ruiz",),
        ),
        ("The leader of the Zentar Front (ZF), Bo Lee, appealed to fighters.", ("Bo Lee",)),
        # negative: the body with its acronym and no name beside it is the speaker
        ("The head of the Zentar Front (ZF) appealed to fighters.", ("Zentar Front",)),
        # negative: a list in the title's complement is no name
        (
            "Under Secretary for Civilian Security, Democracy, and Human Rights Ana Ruiz spoke.",
            ("Ana Ruiz",),
        ),
        # ... and one after a word describing it
        ("Troops were hit by neighbouring Peru.", ("Peru",)),
        # negative: a list after another preposition is only mentioned
        ("Troops were sent to neighbouring Peru.", ()),
        ("Aid was sent to Chile, Peru and Bolivia.", ()),
        # a title's lower-case modifier before it keeps its holder after the preposition
        ("It was a test for interim President Ana Ruiz.", ()),
        ("It was a blow to former President Ana Ruiz.", ()),
        # negative: the holder opening the clause acts
        ("Interim President Ana Ruiz said so.", ("Ana Ruiz",)),
    ],
)
def test_lists_after_by_and_titles_after_a_preposition(
    text: str, expected: tuple[str, ...]
) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last word of a place's name is no one's surname
        ("Today the United Kingdom conducted strikes.", ("United Kingdom",)),
        (
            "The United States and the United Kingdom conducted strikes.",
            ("United States", "United Kingdom"),
        ),
        ("On Friday New Zealand announced sanctions.", ("New Zealand",)),
        ("On Friday Chile announced sanctions.", ("Chile",)),
        # negative: a surname after a date word is still the surname
        ("On Monday Putin announced sanctions.", ("Putin",)),
    ],
)
def test_a_place_name_is_not_cut_into_a_surname(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's body named before the state: the state acts
        ("The government of Sudan said it agreed.", ("Sudan",)),
        ("The foreign ministry of Iran said it agreed.", ("Iran",)),
        ("The militaries of Chile and Peru said they agreed.", ("Chile", "Peru")),
        # negative: a state after "of" that nothing holds is only mentioned
        ("The fall of Sudan's capital was reported.", ()),
        ("The war of Russia against Ukraine went on.", ()),
        # a year before a state is its date, not a count of it
        ("In 2014 Russia annexed Crimea.", ("Russia",)),
    ],
)
def test_a_state_acts_through_its_body_named_first(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a state the act is done with takes part in it
        (
            "Ukraine signed a security pact with Finland on Wednesday.",
            "on Wednesday",
            ("Ukraine", "Finland"),
        ),
        ("The envoy held talks with Iran on Monday.", "on Monday", ("Iran",)),
        # negative: a state in what a speaker said is not the statement's
        (
            "Last week, Ms. Ana Ruiz said the talks with Iran were a bad deal.",
            "Last week",
            ("Ana Ruiz",),
        ),
        # negative: a state where it happened is a place, not a partner
        ("Fighting raged in Iran on Monday.", "on Monday", ()),
        # negative: a state across a border shares the border, it takes no part in the act
        ("Chad shut its border crossings with Niger on Friday.", "on Friday", ("Chad",)),
        ("Peru closed the border with Chile on Monday.", "on Monday", ("Peru",)),
        ("Mali sealed its frontier with Algeria on Sunday.", "on Sunday", ("Mali",)),
        ("Chad closed its main crossing with Sudan on Friday.", "on Friday", ("Chad",)),
    ],
)
def test_a_state_the_act_is_done_with_takes_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opening on a gerund names what happened, not who
        ("Shelling hit the town.", ()),
        ("Fighting continued in the east.", ()),
        # negative: a surname opening the sentence still acts
        ("Ana Ruiz said the town fell.", ("Ana Ruiz",)),
        # ... and so does a one-word name ending in "-ing" that says or tells something
        ("Zebring said Thursday it was in contact with the airline.", ("Zebring",)),
        ("Fielding told reporters the plant had closed.", ("Fielding",)),
    ],
)
def test_a_gerund_opening_a_sentence_is_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


def test_a_state_body_named_by_its_acronym_gives_its_groups_the_state() -> None:
    text = "U.S. Central Command (CENTCOM) said it struck. CENTCOM forces raided a town."
    assert groups(text) == [("CENTCOM forces", "United States")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a text titled as someone's address or statement is theirs: "I" is its author
        ("Address by President Jane Okafor", ("Jane Okafor",)),
        ("We will rebuild - address by President Jane Okafor", ("Jane Okafor",)),
        ("Statement from Foreign Minister Jane Okafor on the talks", ("Jane Okafor",)),
        # negative: a title naming no one, or someone it is not by
        ("Address by the President of the Republic", ()),
        ("Jane Okafor meets the envoy", ()),
        ("", ()),
    ],
)
def test_i_in_a_statement_titled_with_its_author_is_the_author(
    title: str, expected: tuple[str, ...]
) -> None:
    text = "Today I met the families of the victims."
    article = Article(id="a", text=text, published=date(2025, 12, 2), title=title)
    (event,) = build_events(article, [make_mention("Today", text, date(2025, 12, 2))])
    assert event.actors == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every state of a list that opens its clause acts
        (
            "The United States, Britain and France said the talks failed.",
            ("United States", "United Kingdom", "France"),
        ),
        ("Kenya, Chad, and Mali signed the pact.", ("Kenya", "Chad", "Mali")),
        ("Israel and Hamas agreed to a truce.", ("Israel", "Hamas")),
        # negative: a list of places where something happens acts in nothing
        ("Talks in Kenya, Chad and Mali went on.", ()),
        ("Kenya, Chad and Mali were hit by floods.", ()),
        # negative: a name set beside a capital is no list ("Kyiv, the capital, ...")
        ("Kyiv, the capital, was shelled.", ()),
    ],
)
def test_a_list_of_states_acts_together(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the states whose support the doers had, listed over commas, take part
        (
            "On Monday, U.S. forces, with support from Canada, Denmark, the Netherlands, "
            "and New Zealand, conducted strikes on rebel sites.",
            "On Monday",
            ("United States", "Canada", "Denmark", "The Netherlands", "New Zealand"),
        ),
        (
            "Today, the militaries of Kenya and Chad, with support from Mali, Niger, "
            "and Benin, conducted strikes on rebel sites.",
            "Today",
            ("Kenya", "Chad", "Mali", "Niger", "Benin"),
        ),
        # negative: a state in a clause after the date's own verb is not its partner
        (
            "Chad signed the pact on Monday, and Niger held talks with Mali.",
            "on Monday",
            ("Chad",),
        ),
        # negative: states something came from do not take part
        (
            "On Monday, aid from Canada, Denmark, Norway, and Sweden reached the camps.",
            "On Monday",
            (),
        ),
    ],
)
def test_a_list_of_supporting_states_takes_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry of a place that is no state is named by the place, however written
        ("The Hamas-run health ministry in Gaza said the toll rose.", ("Gaza Health Ministry",)),
        ("The Gaza health ministry said the toll rose.", ("Gaza Health Ministry",)),
        ("Gaza's Health Ministry said the toll rose.", ("Gaza Health Ministry",)),
        # negative: a state's ministry is the state, before or after its name
        ("Lebanon's health ministry said the toll rose.", ("Lebanon",)),
        ("The health ministry in Lebanon said the toll rose.", ("Lebanon",)),
        ("The Defense Ministry in Moscow said the town fell.", ("Russia",)),
        # negative: a body after a preposition of place is where something happens
        ("Crowds rallied outside parliament in Harare.", ()),
        # negative: a sentence's first word or a group is no place's body
        ("The health ministry said the toll rose.", ()),
        ("Authorities in Gaza said the toll rose.", ()),
    ],
)
def test_a_body_of_a_place_is_named_by_the_place(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside of "which" or "who" between a subject and its verb leaves it acting
        (
            "Qatar and Egypt, which mediate between the sides, said talks would resume.",
            ("Qatar", "Egypt"),
        ),
        ("Chad, which borders Sudan, closed the border.", ("Chad",)),
        # a verb of taking acts as a verb of saying does
        ("Hamas also took 254 people hostage.", ("Hamas",)),
        # negative: a relative clause ending its sentence is what the name did
        ("Troops fought in Chad, which borders Sudan.", ()),
        # negative: a country set beside a town does not do what its relative clause says
        ("A blast hit Gao, Mali, which took ten lives.", ()),
    ],
)
def test_a_subject_acts_past_an_aside(text: str, expected: tuple[str, ...]) -> None:
    assert actors_in(ArticleEntities.of(text), 0, len(text), acting=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one word after a verb of meeting is whom the subject met
        ("Ms. Ana Ruiz met with Okafor in Lagos.", ("Ana Ruiz", "Okafor")),
        ("Ms. Ana Ruiz hosted Okafor in Lagos.", ("Ana Ruiz", "Okafor")),
        # a surname alone acts through a verb of travel or talk
        ("Okafor arrived in Lagos.", ("Okafor",)),
        ("Okafor spoke with Ms. Ana Ruiz by phone.", ("Okafor", "Ana Ruiz")),
        # negative: whom a speaker told, a place after a preposition
        ("Ms. Ana Ruiz told Reuters the talks failed.", ("Ana Ruiz",)),
        ("Ms. Ana Ruiz met in Lagos.", ("Ana Ruiz",)),
    ],
)
def test_a_one_word_name_met_or_travelling_is_an_actor(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name goes on over its remit after "for" or "of"
        (
            "The Syrian Observatory for Human Rights said rebels took the town.",
            ("Syrian Observatory for Human Rights",),
        ),
        ("The Ministry of Defence said the town fell.", ("Ministry of Defence",)),
        # ... but not over a date after it
        (
            "The Andean Organization for Refugees on Thursday urged calm.",
            ("Andean Organization for Refugees",),
        ),
        # negative: a state after "of" is no remit ("Ministry of Ukraine" names no body)
        ("The Ministry of Ukraine said the town fell.", ()),
        ("The Office said the vote was fair.", ()),
    ],
)
def test_a_body_is_named_with_its_remit(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a group the article names acting side with it
        (
            "Hamas said the truce held. Hamas militants attacked a post.",
            [("Hamas militants", "Hamas")],
        ),
        (
            "The Houthis said they struck a ship. Houthi rebels fired a missile.",
            [("Houthi rebels", "Houthis")],
        ),
        ("Ukrainian air defenses shot down 20 drones.", [("Ukrainian air defenses", "Ukraine")]),
        # negative: a name the article never shows acting gives no side
        ("Hamas militants attacked a post.", [("Hamas militants", "")]),
        ("Kurdish fighters retook the town.", [("Kurdish fighters", "")]),
    ],
)
def test_a_group_named_after_an_actor_sides_with_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a possessive pronoun in a clause that names its actors is theirs
        (
            "Press Secretary Bo Lee gave this readout:\n\nSecretary Okafor spoke this morning "
            "with Minister of Defense Ana Ruiz to convey his condolences for the victims of "
            "this appalling, abhorrent attack.",
            "this morning",
            ("Okafor", "Ana Ruiz"),
        ),
        # negative: the readout's speaker is no actor of a clause naming others
        (
            "Press Secretary Bo Lee gave this readout:\n\nSecretary Okafor spoke this morning "
            "with Minister of Defense Ana Ruiz.",
            "this morning",
            ("Okafor", "Ana Ruiz"),
        ),
    ],
)
def test_a_possessive_pronoun_adds_no_actor_to_a_clause_naming_one(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word right before a group's words qualifies the group, no name
        ("Chad was accused by Kurdish security forces of the attack.", ()),
        ("The town was taken by Tuareg fighters.", ()),
        # negative: a name before a verb still acts
        ("The town was taken by Okafor.", ("Okafor",)),
    ],
)
def test_a_word_qualifying_a_group_is_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner before a body's full name is no part of it
        (
            "The blast hit an office of President Ana Ruiz's Patriotic Union of Kurdistan (PUK).",
            ("Ana Ruiz", "Patriotic Union of Kurdistan"),
        ),
        # negative: a possessive inside a name stays ("Tigray People's Liberation Front")
        (
            "The Tigray People's Liberation Front (TPLF) said the town fell.",
            ("Tigray People's Liberation Front",),
        ),
        # an acronym given with the body's possessive names the body
        (
            "A base of the Northern Guard Forces' (NGF's) brigade fell. The NGF said so.",
            ("Northern Guard Forces",),
        ),
    ],
)
def test_an_acronym_names_the_body_after_its_owner(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of an international organisation named with it acts as the organisation
        (
            "The Permanent Council of the OSCE condemned the attack.",
            ("Organization for Security and Co-operation in Europe",),
        ),
        (
            "A Special Permanent Council of the OSCE met.",
            ("Organization for Security and Co-operation in Europe",),
        ),
        # negative: a body with a remit of its own keeps its name, without its determiner
        ("A Special Council for Human Rights met.", ("Special Council for Human Rights",)),
    ],
)
def test_a_body_of_an_organisation_is_the_organisation(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case title after a country's adjective, its holder named between commas
        ("The Chilean president, Ana Ruiz, visited Lima.", ("Ana Ruiz",)),
        ("The Peruvian foreign minister, Ana Ruiz, flew to Quito.", ("Ana Ruiz",)),
        ("The Chilean president Ana Ruiz visited Lima.", ("Ana Ruiz",)),
        # negative: the title alone names the state; a capitalised title is not split
        ("The Chilean president visited Lima.", ("Chile",)),
        ("Chilean President Ana Ruiz visited Lima.", ("Ana Ruiz",)),
    ],
)
def test_a_title_after_a_countrys_adjective_names_its_holder(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone hosting, met, in talks with someone, or one of two in talks
        ("Okafor hosted Ms. Ana Ruiz in Lagos.", ("Okafor", "Ana Ruiz")),
        ("Ms. Ana Ruiz held talks with Okafor.", ("Ana Ruiz", "Okafor")),
        ("Talks between Okafor and Mensah ended.", ("Okafor", "Mensah")),
        ("A meeting between Okafor and Mensah was called off.", ("Okafor", "Mensah")),
        # ... met, though a town bears the name
        ("Ms. Ana Ruiz met Rubio in Lagos.", ("Ana Ruiz", "Rubio")),
        # negative: towns between which something lies, a capital met stays its state
        ("The road between Lagos and Ibadan was closed.", ()),
        ("Ms. Ana Ruiz held talks in Lagos.", ("Ana Ruiz",)),
        ("Ms. Ana Ruiz met Moscow's envoy.", ("Ana Ruiz",)),
    ],
)
def test_a_surname_alone_in_a_meeting_is_an_actor(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # juntas, coast guards, mercenaries and the weapons a side fires act for it
        ("The junta extended the curfew.", [("junta", "")]),
        ("Chile's junta arrested a minister.", [("Chile's junta", "Chile")]),
        ("The Chilean coast guard rescued ten fishermen.", [("Chilean coast guard", "Chile")]),
        ("Chilean mercenaries killed ten people.", [("Chilean mercenaries", "Chile")]),
        ("Chilean missiles hit the port.", [("Chilean missiles", "Chile")]),
        # a country's people by its plural adjective, when they act
        ("Thousands of Chileans rallied in Lima.", [("Chileans", "Chile")]),
        ("Peruvians voted in a run-off.", [("Peruvians", "Peru")]),
        # a state's body placed in a capital sides with the capital's country
        ("Police in Santiago arrested ten people.", [("Police in Santiago", "Chile")]),
        # a group fighting or opposing the state its adjective names is not that state's
        ("Chilean rebel forces seized the port.", [("Chilean rebel forces", "")]),
        ("Chilean paramilitary forces shelled the port.", [("Chilean paramilitary forces", "")]),
        ("Chilean government forces seized the port.", [("Chilean government forces", "Chile")]),
        # negative: a people only mentioned, a missile without a side
        ("The decision angered Chileans.", []),
        ("A missile hit the port.", []),
    ],
)
def test_more_groups_and_their_side(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital protesting, lodging a protest or praising speaks for its state
        ("Santiago protested after the vote.", ("Chile",)),
        ("Lima lodged a complaint over the vote.", ("Peru",)),
        ("Lima praised the vote.", ("Peru",)),
        # negative: the city undergoing or only named
        ("Santiago flooded after the storm.", ()),
        ("Protests spread in Santiago.", ()),
    ],
)
def test_a_capital_that_protests_speaks_for_its_state(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's number is part of its name
        ("The 47th Mechanised Brigade withdrew from the town.", ("47th Mechanised Brigade",)),
        ("The 3rd Assault Brigade said it repelled the attack.", ("3rd Assault Brigade",)),
        ("The 82nd Airborne Division arrived.", ("82nd Airborne Division",)),
        # negative: a number before words that name no body
        ("The 47th day of the war began.", ()),
        ("The 3rd Avenue bridge collapsed.", ()),
    ],
)
def test_a_units_number_is_part_of_its_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before the kind of body it is, written in lower case
        ("The ruling Chilean Unity party claimed victory.", ("Chilean Unity",)),
        ("The Viv Ansanm gang coalition attacked the town.", ("Viv Ansanm",)),
        ("The Islamic Jihad group said it fired rockets.", ("Islamic Jihad",)),
        # ... a name with a hyphened article too ("al-Sham", "Al-Zentar")
        ("The Ansar al-Zentar group said it fired rockets.", ("Ansar al-Zentar",)),
        ("The Al-Zentar faction claimed the attack.", ("Al-Zentar",)),
        # negative: a country's adjective or a describing word is no body's name
        ("The Islamist militant group claimed the attack.", ()),
        ("A Chilean party won the vote.", ()),
        ("The Iranian-backed group fired rockets.", ()),
        ("The Kurdish-led group fired rockets.", ()),
        # ... nor a word before a kind of body that names it after ("rebel group MNLA")
        ("The Tuareg rebel group MNLA seized the town.", ("MNLA",)),
    ],
)
def test_a_name_before_the_kind_of_body_it_is(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state body named without its state acts for the state the article names
        ("Chile declared an emergency. The Ministry of Health said 12 people died.", ("Chile",)),
        ("Peru declared an emergency. The government said 40 people died.", ("Peru",)),
        ("Peru declared an emergency. On Tuesday, the health ministry said 40 died.", ("Peru",)),
        # ... also with a word saying which of its governments or ministries it is
        ("Peru declared an emergency. The federal government imposed a curfew.", ("Peru",)),
        ("Peru declared an emergency. The military government announced a truce.", ("Peru",)),
        ("Peru declared an emergency. The telecoms ministry blocked six websites.", ("Peru",)),
        # negative: no state named before it, or the body does not act
        ("The Ministry of Health said 12 people died.", ("Ministry of Health",)),
        ("The government said on Monday that floods hit Peru.", ()),
        ("Peru declared an emergency. Crowds marched against the government.", ()),
        ("Peru declared an emergency. Crowds marched against the federal government.", ()),
        # ... nor a government of a region, a city or a rebellion
        ("Peru declared an emergency. The regional government imposed a curfew.", ()),
        ("Peru declared an emergency. The rebel government imposed a curfew.", ()),
    ],
)
def test_a_state_body_without_its_state_is_the_articles_state(
    text: str, expected: tuple[str, ...]
) -> None:
    last_sentence = text.rfind(". ") + 1  # the body's sentence
    assert actors_in(ArticleEntities.of(text), last_sentence, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state an attack comes from makes it
        ("The port was damaged in overnight attacks from Russia.", ("Russia",)),
        ("Two soldiers were wounded by rocket fire from Lebanon.", ("Lebanon",)),
        ("The radar site was hit in strikes from the United States.", ("United States",)),
        # negative: a movement or people from a place
        ("The army completed its withdrawal from Afghanistan.", ()),
        ("Refugees from Sudan crossed the border.", ()),
        ("Drones flew from Iran overnight.", ()),
    ],
)
def test_the_state_an_attack_comes_from_makes_it(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("outlet", "text", "expected"),
    [
        # a state's own publication: "we" in it is the state
        ("US Department of State", "Today, we mark a tragic anniversary.", ("United States",)),
        (
            "GOV.UK",
            "I will update the House on the action that we took on Monday night.",
            ("United Kingdom",),
        ),
        ("Office of the President of Ukraine", "We had to defend our sky today.", ("Ukraine",)),
        ("UK Parliament (Hansard)", "Today we imposed new sanctions.", ("United Kingdom",)),
        # ... and so is its government named without a state
        (
            "GOV.UK",
            "The government has today announced a new appeals process.",
            ("United Kingdom",),
        ),
        # negative: an outlet that is no state's government, or no "we"
        ("Voice of America", "Today, we mark a tragic anniversary.", ()),
        ("Wikinews", "Today, we mark a tragic anniversary.", ()),
        ("", "Today, we mark a tragic anniversary.", ()),
        ("US Department of State", "Today, the families mark a tragic anniversary.", ()),
        (
            "US Department of State",
            "Today, Kenya and we signed the pact.",
            ("Kenya", "United States"),
        ),
        # negative: the date tells another's act, or lies in a clause "we" is not in
        (
            "US Department of State",
            "We are deeply concerned by today's reports of an airstrike.",
            (),
        ),
        (
            "GOV.UK",
            "We are helping, and today my colleague, Health Secretary Jane Doe, announced relief.",
            ("Jane Doe",),
        ),
        ("GOV.UK", "Since our last meeting today, we gather again in shock.", ()),
        # negative: "we" perceives or is done to; the date is another's act
        ("GOV.UK", "Today we have seen more attacks on ships.", ()),
        ("GOV.UK", "We look forward to the talks in Lima today.", ()),
        ("GOV.UK", "We are gravely concerned by the killings today.", ()),
        ("GOV.UK", "Today we were attacked by hackers.", ("hackers",)),
        # ... but "we" acts past a helper, an adverb or a progressive "are"
        ("GOV.UK", "Today we have also imposed new sanctions.", ("United Kingdom",)),
        ("GOV.UK", "Today we are sending a field hospital.", ("United Kingdom",)),
        # a statement the date dates is the state's act; what it says, dated, is not
        ("GOV.UK", "Today we announced new aid for the camps.", ("United Kingdom",)),
        ("GOV.UK", "We have today confirmed new aid.", ("United Kingdom",)),
        ("GOV.UK", "We said the envoy left the camps today.", ()),
    ],
)
def test_we_in_a_state_publication_is_the_state(
    outlet: str, text: str, expected: tuple[str, ...]
) -> None:
    article = Article(id="a", text=text, published=date(2025, 12, 2), outlet=outlet)
    when = next(w for w in ("today", "Today", "on Monday night") if w in text)
    (event,) = build_events(article, [make_mention(when, text, date(2025, 12, 2))])
    assert event.actors == expected


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # "they" with no one else acting is whom its sentence named acting before it
        (
            "Since May, Kenya and Chad have launched raids, and on Monday they mounted an attack.",
            "on Monday",
            ("Kenya", "Chad"),
        ),
        (
            "Jane Okafor and Tom Reyes reached the city, and during the day they saw the port.",
            "during the day",
            ("Jane Okafor", "Tom Reyes"),
        ),
        # negative: a group named after them is whom "they" means, or no one acts before
        ("Kenya hosted the talks. Residents said they fled on Monday.", "on Monday", ()),
        (
            "Kenya hosted the talks. On Monday, the families said they left.",
            "On Monday",
            ("families",),
        ),
        (
            "Kenya and Chad must act on the plan, which they will discuss on Monday.",
            "on Monday",
            (),
        ),
        ("On Monday they visited the port.", "On Monday", ()),
        # negative: the clause names its own actor
        (
            "Jane Okafor arrived in the capital. On Monday, Chad said they met.",
            "On Monday",
            ("Chad",),
        ),
    ],
)
def test_they_is_whom_the_text_named_acting_last(
    text: str, when: str, expected: tuple[str, ...]
) -> None:
    article = Article(id="a", text=text, published=date(2025, 12, 2))
    events = build_events(article, [make_mention(when, text, date(2025, 12, 2))])
    assert events[0].actors == expected


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # a relative clause holding the date describes the noun right before it, after
        # any preposition: who is named before that preposition does not act in it
        (
            "USAID leads the United States government response to the quake that hit on August 14.",
            "on August 14",
            (),
        ),
        (
            "The Kenyan government sent aid to the villages that the storm hit on Monday.",
            "on Monday",
            (),
        ),
        # negative: the described noun is named after the preposition, or there is none
        (
            "Kenya condemned the attack by Chad that killed ten people on Monday.",
            "on Monday",
            ("Chad",),
        ),
        ("Kenya met the Chad envoys who arrived on Monday.", "on Monday", ("Chad",)),
    ],
)
def test_a_relative_clause_describes_the_noun_after_its_preposition(
    text: str, when: str, expected: tuple[str, ...]
) -> None:
    article = Article(id="a", text=text, published=date(2025, 12, 2))
    events = build_events(article, [make_mention(when, text, date(2025, 12, 2))])
    assert events[0].actors == expected


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        # "he" is the person its sentence names before it, else the one most named before
        (
            "Minister Jane Doe met the envoy. President Tom Reyes, who is visiting Accra, "
            "wrote that he was starting his day Wednesday in a shelter.",
            "Wednesday",
            ("Tom Reyes",),
        ),
        # ... also one named without a title, between commas after what they are
        (
            "President Jane Doe won. The main opposition candidate, Tom Reyes, led a crowd "
            "to a park, where he announced a movement on Wednesday.",
            "on Wednesday",
            ("Tom Reyes",),
        ),
        # negative: the sentence names no one before it
        (
            "Minister Jane Doe met him. On Wednesday he left for Accra.",
            "On Wednesday",
            ("Jane Doe",),
        ),
    ],
)
def test_a_pronoun_is_the_person_its_sentence_named_first(
    text: str, when: str, expected: tuple[str, ...]
) -> None:
    article = Article(id="a", text=text, published=date(2025, 12, 2))
    events = build_events(article, [make_mention(when, text, date(2025, 12, 2))])
    assert events[0].actors == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of several sides is a group of each side
        (
            "Chilean and Peruvian delegations met in Lima.",
            [
                ("Chilean and Peruvian delegations", "Chile"),
                ("Chilean and Peruvian delegations", "Peru"),
            ],
        ),
        (
            "The Chilean, Peruvian and Bolivian defence ministers met.",
            [
                ("Chilean, Peruvian and Bolivian defence ministers", "Chile"),
                ("Chilean, Peruvian and Bolivian defence ministers", "Peru"),
                ("Chilean, Peruvian and Bolivian defence ministers", "Bolivia"),
            ],
        ),
        (
            "Delegations of Chile and Peru met in Lima.",
            [
                ("Delegations of Chile and Peru", "Chile"),
                ("Delegations of Chile and Peru", "Peru"),
            ],
        ),
        ("Officials of Chile met in Lima.", [("Officials of Chile", "Chile")]),
        # negative: two groups joined by "and" keep a side each; a people of a place is no side
        (
            "Chilean forces and Peruvian drones clashed.",
            [("Chilean forces", "Chile"), ("Peruvian drones", "Peru")],
        ),
        ("Residents of Chile and Peru marched.", [("Residents of Chile and Peru", "")]),
    ],
)
def test_a_group_of_several_sides_is_each_sides(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive past told past a word between ("was also killed") is done to the group
        ("A fighter was also killed on Monday.", []),
        ("Two soldiers were reportedly wounded in the blast.", []),
        # negative: the group acts
        ("Fighters also attacked a post.", [("Fighters", "")]),
        ("Two soldiers reportedly fled the post.", [("soldiers", "")]),
    ],
)
def test_a_group_undergoing_past_an_adverb_does_not_act(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side of the act a harm was done in does it, past a date between them
        (
            "Five people were killed on Monday in Chilean strikes on the coast.",
            [("Chilean strikes", "Chile")],
        ),
        ("Two men were wounded late Sunday in a Peruvian raid.", [("Peruvian raid", "Peru")]),
        # negative: no harm told before it
        ("The toll on Monday in Chilean strikes rose.", []),
    ],
)
def test_a_harm_done_in_a_sides_act_past_its_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word describing a place between a preposition and a country leaves it a place
        ("A strike in neighbouring Chile killed two men.", ()),
        ("Aid to war-torn Chile arrived.", ()),
        # negative: the country after a verb opens a clause
        ("Peru said neighbouring Chile had closed its border.", ("Peru", "Chile")),
    ],
)
def test_a_country_described_after_a_preposition_is_only_mentioned(
    text: str, expected: tuple[str, ...]
) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a clause joined by "but" after the date's clause is another happening's
        ("The rebels seized Gao in 2012, but Chilean troops retook it.", "in 2012", ("rebels",)),
        ("The town fell in 2012, but Chilean troops retook it.", "in 2012", ()),
        # negative: an opening date phrase gives way to the clause after it
        ("In 2012, Chilean troops retook the town.", "In 2012", ("Chile",)),
        # the groups of several sides in the date's clause: each side acts
        ("Chilean and Peruvian delegations met on Friday.", "on Friday", ("Chile", "Peru")),
    ],
)
def test_an_event_takes_no_actor_of_a_clause_joined_after_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "it" or "they" right after a body's verb of speech is the body: it does what is said
        ("Hezbollah said it launched rockets at a base on Friday.", "on Friday", ("Hezbollah",)),
        ("The Houthis said they fired two missiles on Monday.", "on Monday", ("Houthis",)),
        # negative: another subject, or a person's "it"
        ("Hezbollah said rebels launched rockets on Friday.", "on Friday", ("rebels",)),
        ("Hezbollah said the base was hit on Friday.", "on Friday", ()),
        ("Hezbollah said it had been hit on Friday.", "on Friday", ()),
        # ... whatever the verb's form, and past where or how it was said
        ("Hezbollah said it had retaken the post on Friday.", "on Friday", ("Hezbollah",)),
        (
            "Hezbollah said it has already driven out the rebels on Friday.",
            "on Friday",
            ("Hezbollah",),
        ),
        (
            "Hezbollah said in a statement on Telegram that it launched rockets on Friday.",
            "on Friday",
            ("Hezbollah",),
        ),
        # negative: "it" after an unnamed body's verb is that body, no name of the sentence
        # or heading before
        (
            "13:25 GMT - Hostages freed\nThe service said it had freed 40 detainees on Monday.",
            "on Monday",
            (),
        ),
        (
            "Hezbollah fired rockets. The ministry said it had shot down drones on Monday.",
            "on Monday",
            (),
        ),
        # negative: a participle of the passive, or another subject
        ("Hezbollah said in a statement that it had been hit on Friday.", "on Friday", ()),
        (
            "Hezbollah said in a statement that rebels launched rockets on Friday.",
            "on Friday",
            ("rebels",),
        ),
    ],
)
def test_a_body_saying_it_acted_is_the_actor(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the speaker is who "it" or "they" right after its verb of speech means, also when
        # what is said names someone else
        (
            "Chile's army said it shelled the port on Friday as Peru's navy withdrew.",
            "on Friday",
            ("Peru", "Chile"),
        ),
        (
            "Chad's armed forces said they scrambled jets on Monday as Niger attacked a base.",
            "on Monday",
            ("Niger", "Chad"),
        ),
        (
            "The rebels said they had captured two towns on Sunday as Peru's army retreated.",
            "on Sunday",
            ("Peru", "rebels"),
        ),
        # ... also a group the claim names no one by; not sources, who only tell it
        (
            "Separatist fighters said they shot down a helicopter on Monday.",
            "on Monday",
            ("Separatist fighters",),
        ),
        ("Palestinian sources said they expected a reply on Monday.", "on Monday", ()),
        # negative: the pronoun is done to, another subject acts, or a person speaks
        ("Chile's army said it was attacked on Friday as Peru advanced.", "on Friday", ("Peru",)),
        (
            "Chile's army said rebels seized the port on Friday as Peru advanced.",
            "on Friday",
            ("rebels",),
        ),
        ("Ana Ruiz said it was raining on Monday as Chile attacked.", "on Monday", ("Chile",)),
    ],
)
def test_the_speaker_is_the_pronoun_acting_in_what_is_said(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "he" or "she" in a clause set before the main one is whom the main clause opens on
        (
            "Speaking in Lima after he met Chilean President Ana Ruiz on Monday, President"
            " Pedro Castillo said talks had failed.",
            "on Monday",
            ("Ana Ruiz", "Pedro Castillo"),
        ),
        ("After she landed in Lima on Monday, Ana Ruiz met the press.", "on Monday", ("Ana Ruiz",)),
        (
            "While he toured the front on Sunday, General Bo Lee promised more shells.",
            "on Sunday",
            ("Bo Lee",),
        ),
        # negative: the person the sentence before opens on comes first, a title of the
        # other sex rules one out, and a description names no one
        (
            "Pedro Castillo arrived. When he landed in Lima on Monday, Ana Ruiz met him.",
            "on Monday",
            ("Pedro Castillo",),
        ),
        ("After she landed in Lima on Monday, Mr Bo Lee met the press.", "on Monday", ()),
        ("After he landed in Lima on Monday, the envoy met the press.", "on Monday", ()),
    ],
)
def test_a_pronoun_before_the_main_clause_is_whom_it_opens_on(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its fighters" after an organisation are the organisation's
        (
            "The Rapid Support Forces (RSF) said its fighters took the town.",
            [("fighters", "Rapid Support Forces")],
        ),
        ("Hezbollah said its fighters attacked a post.", [("fighters", "Hezbollah")]),
        # ... also "its" opening the next sentence; negative: a sentence opening on a person
        ("Hezbollah said so. Its fighters attacked a post.", [("fighters", "Hezbollah")]),
        ("Ana Ruiz said so. Its fighters attacked a post.", [("fighters", "")]),
    ],
)
def test_its_fighters_are_the_organisations_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body with its acronym before a title and a name is the person's title
        ("Sudanese Armed Forces (SAF) spokesman Nabil Ali said the town fell.", ("Nabil Ali",)),
        ("The Chad Liberation Front (CLF) commander Ana Ruiz said so.", ("Ana Ruiz",)),
        # negative: the body speaks itself
        ("The Sudanese Armed Forces (SAF) said the town fell.", ("Sudanese Armed Forces",)),
        # every name of a list after "by" is an agent
        ("The truce, mediated by the US and France, took effect.", ("United States", "France")),
        ("The plan was rejected by Moscow and Kyiv.", ("Russia", "Ukraine")),
        # negative: a name after "and" with no "by" before the list
        ("Talks were held by Chile and rain fell on Peru.", ("Chile",)),
    ],
)
def test_a_bodys_acronym_and_a_list_of_agents(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the date tells a known speaker's statement: what was said names no actor of it
        (
            "In a statement on Friday, spokesman Nabil Ali said the army had seized the town.",
            "on Friday",
            ("Nabil Ali",),
        ),
        ("On Friday, Chile said rebels had seized the town.", "On Friday", ("Chile",)),
        (
            "A Peruvian military spokesman said on Monday that troops had left.",
            "on Monday",
            ("Peru",),
        ),
        # negative: a speaker naming no one leaves the actors of what was said
        ("On Friday, witnesses said rebels had seized the town.", "On Friday", ("rebels",)),
    ],
)
def test_a_statement_dated_after_its_date_names_its_speaker(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" is the person named acting before by a full name alone
        (
            'Aid arrived, Jane Doe wrote on Telegram. "We are grateful," she said on Wednesday.',
            ("Jane Doe",),
        ),
        # negative: no person named before
        ('Aid arrived. "We are grateful," she said on Wednesday.', ()),
    ],
)
def test_a_pronoun_is_a_person_named_acting_before(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "on Wednesday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" is the person the sentence before opens on, not the one named most
        (
            "Minister Jane Doe visited the camp. Doe met donors. Tomas Berg, the aid chief, said"
            " the road was open. On Wednesday, he warned of floods.",
            ("Tomas Berg",),
        ),
        # ... or the one person it names speaking
        (
            "Minister Jane Doe visited the camp. Doe met donors. The road is open, said Governor"
            " Tomas Berg. On Wednesday, he warned of floods.",
            ("Tomas Berg",),
        ),
        # negative: a body opens the sentence before and names no one: the person named most
        (
            "Minister Jane Doe visited the camp. Doe met Tomas Berg. The ministry said the road"
            " was open. On Wednesday, she warned of floods.",
            ("Jane Doe",),
        ),
        # negative: the one person the sentence before names is not who acts there
        (
            "Tomas Berg wrote a letter. Minister Jane Doe visited the camp. Doe met donors. A"
            " rival of Tomas Berg spoke. On Wednesday, she warned of floods.",
            ("Jane Doe",),
        ),
        # negative: two people named inside the sentence before, neither opening it
        (
            "Minister Jane Doe visited the camp. Doe met donors. On Sunday, talks between Tomas"
            " Berg and Ana Ruiz failed. On Wednesday, she warned of floods.",
            ("Jane Doe",),
        ),
    ],
)
def test_a_pronoun_is_the_person_last_in_view(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "On Wednesday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date in the source of "according to" dates what the source tells: its actors act
        (
            "According to a statement from the Chilean Defence Ministry on Wednesday, "
            "Defence Minister Ana Ruiz met Peruvian Defence Minister Bo Lee.",
            ("Ana Ruiz", "Bo Lee"),
        ),
        ("According to Chile on Wednesday, rebels seized the town.", ("rebels",)),
        ("Rebels seized the town, according to Chile on Wednesday.", ("Rebels",)),
        # negative: a date in what the source tells
        ("According to Chile, rebels seized the town on Wednesday.", ("rebels",)),
    ],
)
def test_the_source_of_according_to_is_no_actor(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "on Wednesday") == expected


def test_a_source_named_after_the_date_leaves_the_clause_its_actors() -> None:
    text = "The gunmen stormed the campus on Wednesday and according to police, opened fire."
    assert event_actors_of(text, "on Wednesday") == ("gunmen",)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a known speaker's dated statement after what was said: the speaker alone acts
        (
            "Chilean forces have left the town, Colonel Ana Ruiz, the spokesperson of the "
            "army, told Reuters on July 18.",
            "on July 18",
            ("Ana Ruiz",),
        ),
        # negative: a speaker described between commas first is no content
        (
            "Ana Ruiz, leader of the Chad Front (CF), which includes rebels, told Reuters on "
            "July 18 that they plan to govern.",
            "on July 18",
            ("Ana Ruiz", "Chad Front"),
        ),
        # negative: the date dates what was said
        (
            "Chilean forces left the town on July 18, Colonel Ana Ruiz told Reuters.",
            "on July 18",
            ("Chile",),
        ),
    ],
)
def test_a_statement_told_after_what_was_said_names_its_speaker(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conjunction opening a sentence opens no body's name
        ("But the Chilean General Staff acknowledged the losses.", ("Chile",)),
        ("And the Tigray Defence Forces took the town.", ("Tigray Defence Forces",)),
        # negative: a name of its own
        ("The Tigray Defence Forces took the town.", ("Tigray Defence Forces",)),
        # a state's body opening on a title's word names no person ("General Staff")
        ("Chile said so. The General Staff later referred to the town.", ("Chile",)),
        ("General Ana Ruiz said so.", ("Ana Ruiz",)),
    ],
)
def test_a_conjunction_opens_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body of a named person's role between commas is the person's title
        (
            "Colonel Ana Ruiz, the spokesperson of the Chad Liberation Front, told Reuters so.",
            ("Ana Ruiz",),
        ),
        # ... past words qualifying the role, and a body ending in "Lab"
        (
            "Ana Ruiz, the senior executive director of the Zentar Council, told Reuters so.",
            ("Ana Ruiz",),
        ),
        (
            "Ana Ruiz, director of the Zentar Research Lab at Lima's university, told Reuters so.",
            ("Ana Ruiz",),
        ),
        # negative: an unnamed holder is the body acting
        (
            "A spokesperson of the Chad Liberation Front told Reuters so.",
            ("Chad Liberation Front",),
        ),
        ("I spoke with representatives of the European Union.", ("European Union",)),
    ],
)
def test_a_named_persons_body_is_their_title(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a title before a surname is no first name: the person keeps the surname alone
        (
            'President Ruiz said on Friday that the swap was over. "It is done," Ruiz said.',
            "on Friday",
            ("Ruiz",),
        ),
        (
            "Governor Soto met envoys on Friday. Soto said the talks went well.",
            "on Friday",
            ("Soto",),
        ),
        # negative: a first name before the surname is the person's full name
        (
            'Ana Ruiz said on Friday that the swap was over. "It is done," Ruiz said.',
            "on Friday",
            ("Ana Ruiz",),
        ),
    ],
)
def test_a_title_is_no_first_name(text: str, expression: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a time of day after the date's preposition belongs to the date, not to a clause
        ("Hamas attacked two bases before dawn Friday.", "Friday", ("Hamas",)),
        ("The Chilean army shelled the town after midnight on Sunday.", "on Sunday", ("Chile",)),
        # negative: a clause of another happening opened before the date keeps its own actors
        ("Hamas attacked two bases before Chile's army left on Friday.", "on Friday", ("Chile",)),
    ],
)
def test_a_time_of_day_opens_no_other_clause(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a subject fighting, in a progressive tense or the past, acts
        ("Hamas has been fighting Israel since 2006.", "since 2006", ("Hamas",)),
        ("Hamas fought Israel in 2006.", "in 2006", ("Hamas",)),
        ("The Chilean army has been shelling the town since May.", "since May", ("Chile",)),
        # negative: a subject something has been done to does not
        ("Hamas has been weakened since 2006.", "since 2006", ()),
    ],
)
def test_a_subject_fighting_acts(text: str, expression: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's office between commas after a person's name is the person's title
        ("Ana Ruiz, a senior Chilean lawmaker, told reporters so.", ("Ana Ruiz",)),
        ("Ana Ruiz, Chile's defence minister, told reporters so.", ("Ana Ruiz",)),
        # negative: an unnamed holder of a state's office speaks for the state
        ("A senior Chilean lawmaker told reporters so.", ("Chile",)),
        ("In Santiago, Chile's defence minister told reporters so.", ("Chile",)),
    ],
)
def test_a_named_persons_state_office_is_their_title(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a state's body after the verb is what is done to, not an act the state owns
        ("Rebels deposed Chile's government in a coup in 2020.", "in 2020", ("Rebels",)),
        ("Rebels stormed Peru's parliament on Monday.", "on Monday", ("Rebels",)),
        # negative: the body as the subject acts, as does an act a state owns
        ("Chile's government deposed the king in 2020.", "in 2020", ("Chile",)),
        ("Rebels stalled Chile's deployment on Monday.", "on Monday", ("Chile", "Rebels")),
    ],
)
def test_a_state_body_done_to_does_not_act(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a relative clause on the subject holding the date ends at the main verb
        (
            "The junta that deposed the king in 2020 requested help from Peru.",
            "in 2020",
            ("junta",),
        ),
        (
            "The rebels who seized the town in 2020 later asked Peru for help.",
            "in 2020",
            ("rebels",),
        ),
        # negative: the relative clause's own subject acts; a date after the main verb is its own
        ("The junta that Peru backed in 2020 requested help.", "in 2020", ("Peru",)),
        ("The junta that deposed the king asked Peru for help in 2021.", "in 2021", ("junta",)),
    ],
)
def test_a_relative_clause_on_the_subject_ends_at_the_main_verb(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's ministry or agency of any remit is the state
        ("Chile's intelligence agency said 27 militants were killed.", ("Chile",)),
        ("Chile's intelligence and security agency said so.", ("Chile",)),
        ("Chile's finance ministry said so.", ("Chile",)),
        (
            "Chile said so. The Information Ministry said 27 militants were killed.",
            ("Chile", "Chile"),
        ),
        # negative: an agency of no state is itself
        ("The European Space Agency said so.", ("European Space Agency",)),
    ],
)
def test_a_states_ministry_or_agency_is_the_state(text: str, expected: tuple[str, ...]) -> None:
    found = ArticleEntities.of(text)
    assert found.actors == expected


def test_a_phrase_opened_before_a_dated_noun_is_another_happening() -> None:
    text = (
        "Minister Ana Ruiz met envoys today following the May 16 call between"
        " President Diaz and President Soto."
    )
    assert event_actors_of(text, "May 16") == ("Diaz", "Soto")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's group harmed is done to: its side does not act
        ("Six Chilean soldiers were killed on Friday.", []),
        ("A Chilean fighter was also wounded.", []),
        ("Six Chilean soldiers and 19 rebels were killed.", []),
        ("Chilean troops were ambushed near the border.", []),
        # negative: a side's group that acts, or is sent by its side, keeps its side
        ("Chilean troops were deployed to the border.", [("Chilean troops", "Chile")]),
        ("Chilean soldiers killed six rebels.", [("Chilean soldiers", "Chile")]),
    ],
)
def test_a_sides_group_harmed_does_not_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byline opening a line names the writer, no agent of anything
        ("Six Soldiers Killed\n\nBy Ana Ruiz\nJanuary 17, 2020\n\nSix soldiers died.", ()),
        # negative: "by" inside a sentence names the agent
        ("The town was taken by Ana Ruiz in January.", ("Ana Ruiz",)),
    ],
)
def test_a_byline_names_no_actor(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of address that is also a word of a name stays inside the name after a first name
        ("President Omar Sheikh Hassan began an offensive.", ("Omar Sheikh Hassan",)),
        # negative: before the name it is a title; another title inside a run is one too
        ("Sheikh Omar Hassan began an offensive.", ("Omar Hassan",)),
        ("Press Secretary Navy Rear Adm. Ana Ruiz said so.", ("Ana Ruiz",)),
    ],
)
def test_a_word_of_address_inside_a_name_is_part_of_it(
    text: str, expected: tuple[str, ...]
) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a dated clause opening the sentence on "after", "when" ... with its own verb tells
        # its own happening: the main clause after it does not lend it actors
        ("After the talks collapsed in May 2022, Chile attacked the capital.", "in May 2022", ()),
        ("When the truce ended on Monday, rebels attacked the capital.", "on Monday", ()),
        # negative: its own actors act; a date phrase alone takes the clause after it
        (
            "After Chile's president took office in May 2022, rebels attacked the capital.",
            "in May 2022",
            ("Chile",),
        ),
        ("On Monday, Chile attacked the capital.", "On Monday", ("Chile",)),
    ],
)
def test_an_opening_dated_clause_keeps_to_itself(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a group of several sides listed with commas acts for each, in the clause cut at them
        (
            "The Chilean, Peruvian and Bolivian defence ministers met on Friday.",
            "on Friday",
            ("Chile", "Peru", "Bolivia"),
        ),
        # negative: a group in a clause before the date's does not act in it
        ("Chilean troops left, and Peruvian troops arrived on Friday.", "on Friday", ("Peru",)),
    ],
)
def test_a_group_listed_across_commas_acts_in_the_dates_clause(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected", "expected_groups"),
    [
        # a state's body before a group's word qualifies the group: no body of its own
        (
            "Chilean government soldiers fired on the crowd.",
            (),
            [("Chilean government soldiers", "Chile")],
        ),
        ("Six Chilean government soldiers were killed.", (), []),
        # negative: the body alone acts for the state
        ("The Chilean government said so.", ("Chile",), []),
    ],
)
def test_a_state_body_qualifying_a_group_is_the_groups(
    text: str, expected: tuple[str, ...], expected_groups: list[tuple[str, str]]
) -> None:
    assert (acting(text), groups(text)) == (expected, expected_groups)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's name after a first name is part of the person's name
        ("Prime Minister Theresa May said so.", ("Theresa May",)),
        ("Admiral Dong Jun met the envoy.", ("Dong Jun",)),
        # negative: a month with its day's number after a name is a date
        ("Admiral Dong Jun met Admiral Ana Ruiz May 5.", ("Dong Jun", "Ana Ruiz")),
    ],
)
def test_a_months_name_inside_a_persons_name_is_part_of_it(
    text: str, expected: tuple[str, ...]
) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a medium's word alone, or after a country's adjective, names no one
        ("TV reported that the bridge had collapsed.", ()),
        ("Peruvian TV said the dam held.", ()),
        ("Later, Chilean Radio said the dam held.", ()),
        # negative: a medium's own name, and a person speaking to one, stay actors
        ("Al-Manar TV reported the strike.", ("Al-Manar TV",)),
        ("Ana Ruiz told TV reporters the dam held.", ("Ana Ruiz",)),
    ],
)
def test_a_mediums_word_alone_is_no_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what befalls a state's land, past an auxiliary, is no act of the state
        ("Chile has experienced its worst drought.", ()),
        ("Peru has suffered heavy floods.", ()),
        ("Peru had recorded 40 wildfires by Friday.", ()),
        # negative: a state that has done something acts
        ("Chile has sent troops to the border.", ("Chile",)),
        ("Peru had closed its border by Friday.", ("Peru",)),
    ],
)
def test_a_state_befallen_past_an_auxiliary_does_not_act(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after the organisation it belongs to is one name, the organisation's
        # written in full
        ("The UN Human Rights Council voted on Friday.", ("United Nations Human Rights Council",)),
        ("The United Nations' Human Rights Council met.", ("United Nations Human Rights Council",)),
        ("Last week the UN General Assembly voted.", ("United Nations General Assembly",)),
        ("The EU Foreign Affairs Council agreed.", ("European Union Foreign Affairs Council",)),
        # ... a body's head word with its remit after "for" too
        (
            "The UN Office for the Coordination of Relief Work said so.",
            ("United Nations Office for the Coordination of Relief Work",),
        ),
        ("The EU Agency for Asylum said so.", ("European Union Agency for Asylum",)),
        # negative: the organisation alone, before a title or a date, stays itself
        ("The UN said aid was blocked.", ("United Nations",)),
        ("UN chief Ana Ruiz said aid was blocked.", ("Ana Ruiz",)),
        ("The UN Monday said aid was blocked.", ("United Nations",)),
        ("The UN, Peru and Chile signed.", ("United Nations", "Peru", "Chile")),
        ("The UN Office in Geneva said so.", ("United Nations",)),
        ("The ICC Office of the Prosecutor said so.", ("International Criminal Court",)),
    ],
)
def test_a_body_named_after_its_organisation_is_one_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "the group" is the body named before it that is no army's numbered unit
        (
            "The Northern Liberation Front stormed the base of the 5th Armored Division. "
            "On Monday, the group said it had taken the town.",
            "On Monday",
            ("Northern Liberation Front",),
        ),
        ("The 5th Armored Division held the town. On Monday, the group fled.", "On Monday", ()),
        # negative: a body with no number stays the group meant; "it" may be the unit
        (
            "The Front stormed the base of the Coastal Brigade. On Monday, the group said it "
            "had taken the town.",
            "On Monday",
            ("Coastal Brigade",),
        ),
        (
            "The 5th Armored Division took the town. On Monday, it said it had taken the town.",
            "On Monday",
            ("5th Armored Division",),
        ),
    ],
)
def test_the_group_is_no_armys_numbered_unit(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body defined with its acronym is named from after a headline's blank line
        (
            "Talks end in Lima\n\nThe Andean Water Authority (AWA) said the river rose.",
            ("Andean Water Authority",),
        ),
        (
            "Ruiz Visits Quito\n\nThe Andean Water Authority (AWA) said the river rose.",
            ("Andean Water Authority",),
        ),
        # negative: a name broken by a single line break stays whole
        (
            "The Andean\nWater Authority (AWA) said the river rose.",
            ("Andean Water Authority",),
        ),
    ],
)
def test_an_acronyms_full_name_starts_after_a_blank_line(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named bill or contest is a thing done or held, no actor
        ("Protesters opposing the Water Bill clashed with police.", ()),
        ("Chile withdrew from the Andean Rugby Series.", ("Chile",)),
        ("The Andean Rugby Series began on Friday.", ()),
        ("Ana Ruiz won the Pacific Rugby Cup.", ("Ana Ruiz",)),
        ("The Pacific Rugby Championship began.", ()),
        # negative: a first name that is such a word still names a person
        ("Bill Ruiz said the dam held.", ("Bill Ruiz",)),
    ],
)
def test_a_named_bill_or_contest_is_no_actor(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's word before a body's last word names the body, no person
        ("The General Assembly voted on Friday.", ("General Assembly",)),
        ("Delegates said the General Assembly voted.", ("General Assembly",)),
        # negative: a title before a name is the person's
        ("Governor Ruiz said the dam held.", ("Ruiz",)),
        ("General Ana Ruiz said the dam held.", ("Ana Ruiz",)),
    ],
)
def test_a_title_before_a_bodys_last_word_is_the_body(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an aside whose list of names closes the sentence
        "Raids were led by Chile, which on June 21 struck sites at Lima, Cusco, and Puno.",
        "The raids were coordinated with Chile, which on June 21 struck Lima, Cusco and Puno",
        # negative: the aside closed by a comma
        "Raids were led by Chile, which on June 21 struck Lima, Cusco, and Puno, officials said.",
    ],
)
def test_an_aside_ending_on_a_list_reads_to_the_end(text: str) -> None:
    read = build_events(make_article(text, id="art"), find_dates(text, date(2025, 6, 24)))
    assert [event.mention.text for event in read] == ["June 21"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's remit is no place, whatever town bears its name
        (
            "The Ministry of the Interior said 12 people were arrested.",
            ("Ministry of the Interior",),
        ),
        ("The Ministry of Justice said the court sat.", ("Ministry of Justice",)),
        # negative: a ministry of a state is the state's, and a town still a place
        ("The Ministry of Defence said troops left.", ("Ministry of Defence",)),
    ],
)
def test_a_ministrys_remit_is_part_of_its_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group opening a clause of its own after a verb acts in it
        ("The town fell after rebels stormed it.", [("rebels", "")]),
        ("Prices rose because protesters blocked the roads.", [("protesters", "")]),
        ("Fuel ran out before Chilean troops reached the town.", [("Chilean troops", "Chile")]),
        ("The city rejoiced although gunmen attacked the market.", [("gunmen", "")]),
        # negative: a noun qualifying the verb's object is still the object's
        ("Ms. Ana Ruiz sentenced protest leaders to prison.", []),
        ("Gunmen hit Chilean troops near the border.", [("Gunmen", "")]),
    ],
)
def test_a_group_after_a_clause_opener_acts_in_its_clause(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation's full stop between a group and its verb ends no sentence
        ("Rebels on Feb. 16 marched through the town.", [("Rebels", "")]),
        ("The town fell after rebels on Sept. 3 stormed it.", [("rebels", "")]),
        # negative: a sentence's full stop still cuts the group off the next verb
        ("Rebels. Struck by shells, the town burned.", []),
        ("Then came rebels. Struck by shells, the town burned.", []),
    ],
)
def test_an_abbreviated_date_between_a_group_and_its_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "it" opening a sentence and acting is the body the sentence before opened on
        (
            "Chile fired 40 missiles at Peru on Monday. It also shelled Lima on Tuesday.",
            "on Tuesday",
            ("Chile",),
        ),
        (
            "The Zentar Front attacked Peru on Monday. It then seized a town on Tuesday.",
            "on Tuesday",
            ("Zentar Front",),
        ),
        (
            "The Chilean army shelled Peru on Monday. It then struck Lima on Tuesday.",
            "on Tuesday",
            ("Chile",),
        ),
        # ... also after a date fronted before it, with or without a comma
        (
            "The Chilean army denied the claim. Last week, it warned farmers off the road.",
            "Last week",
            ("Chile",),
        ),
        (
            "Zentar rejected the offer. On Monday it fired rockets at Lima.",
            "On Monday",
            ("Zentar",),
        ),
        ("Chile closed the border. And on Friday it recalled its envoy.", "on Friday", ("Chile",)),
        # negative: a place fronted before it, or "it" undergoing
        ("Chile closed the border. In Lima on Friday it recalled its envoy.", "on Friday", ()),
        ("Zentar rejected the offer. On Monday, it was hit by rockets.", "On Monday", ()),
        # negative: a person opened it, "it" does not act, or a sentence between
        (
            "Ms. Ana Ruiz visited Peru on Monday. It rained in Lima on Tuesday.",
            "on Tuesday",
            (),
        ),
        (
            "Chile fired missiles at Peru on Monday. It was hit on Tuesday.",
            "on Tuesday",
            (),
        ),
        (
            "Chile fired missiles at Peru on Monday. It emerged on Tuesday that Lima fell.",
            "on Tuesday",
            (),
        ),
        (
            "Chile voted on Monday. It rained in Lima on Tuesday.",
            "on Tuesday",
            (),
        ),
    ],
)
def test_it_opening_a_sentence_is_the_body_the_sentence_before_opened_on(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "it" opening a sentence past a date whose preposition the date leaves out
        (
            "The Zentar Front attacked Peru on Monday. In May 2024, it seized a town.",
            "May 2024",
            ("Zentar Front",),
        ),
        ("Chile shelled Peru on Monday. Since March it has fired on Lima.", "March", ("Chile",)),
        # ... and past a fronted adverb of time
        (
            "The Zentar Front attacked Peru on Monday. Earlier, in May, it seized a town.",
            "May",
            ("Zentar Front",),
        ),
        (
            "Chile fired 40 missiles at Peru on Monday. Meanwhile, on Tuesday, it shelled Lima.",
            "on Tuesday",
            ("Chile",),
        ),
        # negative: a place fronted, or "it" undergoing
        ("Chile closed the border. In Lima in May, it recalled its envoy.", "May", ()),
        ("Chile shelled Peru on Monday. In May 2024, it was hit by rockets.", "May 2024", ()),
    ],
)
def test_it_opening_a_sentence_past_a_dates_preposition_or_an_adverb_acts(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a group word alone, capitalised or not, is the group's, no body's name: a state's
        # is the state, as "Chile's navy" is
        ("Chile's Navy said on Monday it had sunk a boat.", "on Monday", ("Chile",)),
        ("The Chilean Navy fired on a boat on Monday.", "on Monday", ("Chile",)),
        ("The Peruvian Navy said on Monday it had rescued 40 sailors.", "on Monday", ("Peru",)),
        ("Peru's Military said on Monday it had downed 40 drones.", "on Monday", ("Peru",)),
        # ... as where nothing else would read it as a name
        ("On Monday, Chile's Navy sank two boats off Lima.", "On Monday", ("Chile",)),
        ("The Navy of Chile said on Monday it had sunk a boat.", "on Monday", ("Chile",)),
        # negative: a name of several words ending on a group word stays a name
        ("The Zentar Army said on Monday it had taken Lamaro.", "on Monday", ("Zentar Army",)),
        ("Lamaro fell to the Zentar Militia on Monday.", "on Monday", ("Zentar Militia",)),
    ],
)
def test_a_capitalised_group_word_alone_is_no_name(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "first" between a subject and its verb is an adverb, as "also" or "then" is
        ("Chile first shelled Lima in March, and again in June.", "in March", ("Chile",)),
        (
            "Peru first struck the bridge in October 2022, with two trucks.",
            "in October 2022",
            ("Peru",),
        ),
        # negative: "first" describing a noun, or a passive
        ("The first strike hit Lima in March.", "in March", ()),
        ("Lima was first shelled by artillery in March.", "in March", ()),
    ],
)
def test_first_between_a_subject_and_its_verb(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "it" as the subject of a clause a subordinator or "and"/"but" opens after the main
        # clause is the organisation or state that clause's subject, opening the sentence, is
        (
            "The Zentar Front came within 20 km of Lima after it seized Lamaro on Monday.",
            "on Monday",
            ("Zentar Front",),
        ),
        (
            "Chile has shelled Peru's ports since March, when it first fired drones at Callao.",
            "March",
            ("Chile",),
        ),
        (
            "Chile recalled its envoy from Lima on Monday before it closed the border on Friday.",
            "on Friday",
            ("Chile",),
        ),
        (
            "The Chilean army pulled back on Monday, but it shelled the port again on Friday.",
            "on Friday",
            ("Chile",),
        ),
        (
            "NATO kept its jets on alert for weeks, and on Friday it sent two more squadrons.",
            "on Friday",
            ("NATO",),
        ),
        (
            "The Zentar Front left the town a day after it lost 40 fighters there on Sunday.",
            "on Sunday",
            ("Zentar Front",),
        ),
        # negative: "it" standing for no one or done to, a person or no body opening the
        # sentence, "it" before the main clause, or in what a speaker says
        ("Chile fired at Lima on Monday, and it rained in Lima on Friday.", "on Friday", ()),
        # negative: "it" of a verb with no object, as often a thing or a happening
        ("Chile shelled the bridge for weeks until it collapsed on Friday.", "on Friday", ()),
        ("Chile's navy escorted the tanker until it sank on Friday.", "on Friday", ()),
        (
            "Chile shelled the port for weeks until it was taken by Peru on Friday.",
            "on Friday",
            ("Peru",),
        ),
        (
            "Ms. Ana Ruiz left Lima on Monday, after it rained for three days on Friday.",
            "on Friday",
            (),
        ),
        (
            "Chile said Peru's army fired at Lima after it crossed the river on Friday.",
            "on Friday",
            (),
        ),
        (
            "The siege of Lamaro ended on Monday, a week after it began on Friday.",
            "on Friday",
            (),
        ),
    ],
)
def test_it_after_a_clause_opener_is_the_body_its_sentence_opens_on(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "he" or "she" opening the sentence is its subject, whoever else it names
        (
            "Ana Ruiz spoke for an hour. She met on Monday with President Bo Lee.",
            "on Monday",
            {"Ana Ruiz", "Bo Lee"},
        ),
        (
            "Ana Ruiz spoke for an hour. On Monday she met with President Bo Lee.",
            "On Monday",
            {"Ana Ruiz", "Bo Lee"},
        ),
        # negative: a pronoun in an opening phrase before a named subject names that subject
        (
            "Ana Ruiz spoke. Speaking to his generals on Monday, President Bo Lee ordered "
            "a retreat.",
            "on Monday",
            {"Bo Lee"},
        ),
        (
            "Ana Ruiz spoke. His army beaten, President Bo Lee fled on Monday.",
            "on Monday",
            {"Bo Lee"},
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_acts_beside_a_name_after_it(
    text: str, expression: str, expected: set[str]
) -> None:
    assert set(event_actors_of(text, expression)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month's name right after a title is the person's surname
        ("Prime Minister May said the deal was done.", ("May",)),
        ("Ms. April spoke to the press.", ("April",)),
        # negative: a month with its day's number, or after a word no title
        ("Prime Minister Ana Ruiz signed on May 5.", ("Ana Ruiz",)),
        ("The deal was signed in May, officials said.", ()),
    ],
)
def test_a_month_after_a_title_is_a_surname(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the person visited takes part in the visit
        (
            "President Bo Lee spoke on Monday. Ms. Ana Ruiz visited Lee on Tuesday.",
            "on Tuesday",
            ("Ana Ruiz", "Bo Lee"),
        ),
        (
            "Ms. Ana Ruiz, visiting President Bo Lee on Tuesday, spoke of peace.",
            "on Tuesday",
            ("Ana Ruiz", "Bo Lee"),
        ),
        # negative: a country visited is the visit's place, not a party to it
        ("Ms. Ana Ruiz visited Chile on Wednesday.", "on Wednesday", ("Ana Ruiz",)),
        # negative: the object of another verb does not take part
        (
            "President Bo Lee spoke on Monday. Ms. Ana Ruiz criticised Lee on Tuesday.",
            "on Tuesday",
            ("Ana Ruiz",),
        ),
    ],
)
def test_the_person_visited_takes_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a person to whom the relative clause holding the date tells something done does
        # not act in it, however the sentence goes on
        ("Ana Ruiz, who was arrested in January, left the country.", "in January", ()),
        (
            "Bo Lee, who was dismissed in July and later cleared, left the country.",
            "in July",
            (),
        ),
        # negative: one who acts in it does
        ("Ana Ruiz, who visited Lima in January, said she was glad.", "in January", ("Ana Ruiz",)),
    ],
)
def test_one_undergoing_a_dated_relative_clause_does_not_act_in_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the body or person a relative clause holding the date is about acts in it, the
        # date's preposition set before the verb or not
        (
            "Chile called on the Lanvo Council, which discussed the blockade on 3 May.",
            "on 3 May",
            ("Lanvo Council",),
        ),
        (
            "Mayor Ana Ruiz, who on Friday offered to pardon anyone charged over the rallies, "
            "blamed foreign agents.",
            "Friday",
            ("Ana Ruiz",),
        ),
        # negative: a body the clause tells something done to, or a clause of its own
        ("Chile called on the Lanvo Council, which was dissolved on 3 May.", "on 3 May", ()),
        (
            "Chile called on the Lanvo Council, which Peru had criticised on 3 May.",
            "on 3 May",
            ("Peru",),
        ),
    ],
)
def test_the_name_a_dated_relative_clause_is_about_acts_in_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a noun phrase set beside a name, holding the date, tells what the name did
        (
            "The vote was won by Ana Ruiz, a former judge who took office in May 2021.",
            "in May 2021",
            ("Ana Ruiz",),
        ),
        (
            "The town is held by the Lanvo Front (LF), an armed group formed in 2013.",
            "in 2013",
            ("Lanvo Front",),
        ),
        # negative: a harm or something done to the name, or a place before it
        (
            "The vote was won by Ana Ruiz, a former judge who was dismissed in May 2021.",
            "in May 2021",
            (),
        ),
        ("The rally honoured Ana Ruiz, a journalist killed in May 2021.", "in May 2021", ()),
        ("The road runs to Lima, a city founded in 1535.", "in 1535", ()),
    ],
)
def test_the_name_a_dated_noun_phrase_is_set_beside_acts_in_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's title after "as" names an office taken or held: the state does not act
        ("Ana Ruiz was sworn in as Chile's president on Monday.", ()),
        ("Bo Lee, who succeeded his aunt as the Peruvian leader in 2005, fled.", ("Bo Lee",)),
        # negative: the title's holder speaking for the state, "as" opening a clause or not
        ("Chile's foreign minister said on Monday that talks failed.", ("Chile",)),
        ("As Chile's president said on Monday, talks failed.", ("Chile",)),
        ("Talks failed, as Peru's envoy said on Monday.", ("Peru",)),
    ],
)
def test_a_states_title_after_as_names_an_office_not_the_state(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors_in(ArticleEntities.of(text), 0, len(text), acting=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a UN body known by its acronym or its remit is named by its full name
        ("UNICEF said on Monday that 40 schools had closed.", ("United Nations Children's Fund",)),
        (
            "The UN human rights office said on Monday that 12 people were killed.",
            ("United Nations Human Rights Office",),
        ),
        (
            "OHCHR said on Monday that 12 people were killed.",
            ("United Nations Human Rights Office",),
        ),
        # negative: the UN itself, or another of its bodies
        ("The UN said on Monday that 12 people were killed.", ("United Nations",)),
        (
            "The UN refugee agency said on Monday that 900 fled.",
            ("United Nations High Commissioner for Refugees",),
        ),
    ],
)
def test_a_un_body_is_named_by_its_full_name(text: str, expected: tuple[str, ...]) -> None:
    assert actors_in(ArticleEntities.of(text), 0, len(text), acting=True) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a harm told in the passive past a noun phrase set beside the name, or after a
        # name set beside a role, is done to the name
        ("Bo Lee, a party official, was shot dead in Lima on Monday.", "on Monday", ()),
        ("Police said the deputy mayor, Bo Lee, was detained on Tuesday.", "on Tuesday", ()),
        ("In March, Lima's mayor, Bo Lee, the party's candidate, was detained.", "In March", ()),
        # negative: the name's own act past the same phrase
        ("Bo Lee, a party official, said on Monday that talks failed.", "on Monday", ("Bo Lee",)),
        (
            "The deputy mayor, Bo Lee, was expected to visit Lima on Monday.",
            "on Monday",
            ("Bo Lee",),
        ),
    ],
)
def test_a_harm_past_a_names_apposition_is_done_to_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a subject set apart from its verb by an aside between commas (a relative clause,
        # a noun phrase describing it, a participle) is the subject of that verb
        (
            "Prime Minister Bo Lee, who was trapped abroad by the fighting, resigned on Monday.",
            "on Monday",
            ("Bo Lee",),
        ),
        ("Senator Ana Ruiz, a former judge, resigned on Monday.", "on Monday", ("Ana Ruiz",)),
        (
            "Chile, a country of 19 million people on the Pacific coast, applied to join the"
            " bloc on Monday.",
            "on Monday",
            ("Chile",),
        ),
        (
            "Governor Tomas Oyelaran, wearing a helmet, visited the flooded town on Monday.",
            "on Monday",
            ("Tomas Oyelaran",),
        ),
        # negative: what is done to the subject is no act of it; a name after a
        # preposition is no subject; nor is an aside's own subject
        ("Senator Ana Ruiz, a former judge, was arrested on Monday.", "on Monday", ()),
        ("The son of Senator Ana Ruiz, a former judge, resigned on Monday.", "on Monday", ()),
        ("Talks with Chile, a country of 19 million, ended on Monday.", "on Monday", ()),
    ],
)
def test_a_subject_before_an_aside_acts_in_the_verb_after_it(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the subject of "be" before a word and an infinitive ("is set to sign", "was due
        # to meet", "was expected to visit") does what the infinitive tells, named by its
        # surname alone or a state
        (
            "President Ana Ruiz spoke in Lima. Ruiz was expected to visit the palace on Saturday.",
            "on Saturday",
            ("Ana Ruiz",),
        ),
        (
            "Envoy Bo Lee arrived in Lima. Lee was due to meet President Ana Ruiz on Friday.",
            "on Friday",
            ("Bo Lee", "Ana Ruiz"),
        ),
        ("Chile is set to sign the deal on Monday.", "on Monday", ("Chile",)),
        ("Chile was due to sign the deal on Monday.", "on Monday", ("Chile",)),
        # ... also right after a conjunction opening its clause
        (
            "Talks resumed in Lima, days before Ana Ruiz is set to take office on Monday.",
            "on Monday",
            ("Ana Ruiz",),
        ),
        (
            "The envoy left after Chile was due to sign the deal on Monday.",
            "on Monday",
            ("Chile",),
        ),
        # negative: an infinitive in the passive, or "to" before an article, tells what is done
        ("Chile was expected to be sanctioned on Monday.", "on Monday", ()),
        # negative: a name in the subject's complement is not its subject
        ("The trial of journalist Bo Lee is set to begin on Wednesday.", "on Wednesday", ()),
        (
            "President Ana Ruiz spoke in Lima. Ruiz was taken to the hospital on Saturday.",
            "on Saturday",
            (),
        ),
    ],
)
def test_the_subject_of_be_before_an_infinitive_does_what_it_tells(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a surname joined to a lower-case particle ("al-", "el-") is written again without
        # it: the same person
        (
            "Army chief General Omar Hamid al-Zentari spoke in Lima. On Saturday, Zentari"
            " visited the palace.",
            "On Saturday",
            ("Omar Hamid al-Zentari",),
        ),
        (
            "President Karim el-Masri spoke in Cairo. Masri flew to Lima on Sunday.",
            "on Sunday",
            ("Karim el-Masri",),
        ),
        # negative: the particle's own word, or a surname of no particle, is no such name
        (
            "President Karim el-Masri spoke in Cairo. President Bo Lee flew to Lima on Sunday.",
            "on Sunday",
            ("Bo Lee",),
        ),
        ("President Bo Lee spoke in Lima. Lee flew to Quito on Sunday.", "on Sunday", ("Bo Lee",)),
    ],
)
def test_a_surname_is_written_again_without_its_particle(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a relative clause set off by commas that holds the date ends at its comma
        (
            "Ms. Ana Ruiz, who visited Lima on Sunday, was backed by Chile.",
            "on Sunday",
            ("Ana Ruiz",),
        ),
        (
            "The envoy Bo Lee, who arrived in Lima on Sunday, was received by Peru.",
            "on Sunday",
            ("Bo Lee",),
        ),
        # negative: without the closing comma the main clause is the relative clause's own
        # (where Chile backs her: what is done to her is no act of hers)
        (
            "Ms. Ana Ruiz, who was backed by Chile on Sunday, visited Lima.",
            "on Sunday",
            ("Chile",),
        ),
    ],
)
def test_a_relative_aside_holding_the_date_ends_at_its_comma(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's forces are those of the side the person's title names
        (
            "Ms. Ana Ruiz, the Chilean army chief, said his forces had advanced.",
            [("Chilean army", "Chile"), ("forces", "Chile")],
        ),
        (
            "Bo Lee, a Zentar Front commander, said on Monday that his fighters had advanced.",
            [("fighters", "Zentar Front")],
        ),
        # negative: nobody's side named in the sentence
        ("Chile voted. Ms. Ana Ruiz said her forces had advanced.", [("forces", "")]),
    ],
)
def test_a_persons_forces_side_with_the_body_of_the_persons_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a noun after a preposition or determiner in a participle's clause is no verb: the
        # participle takes the subject of its sentence, and its victims do not act
        ("Chile shelled Lima, killing ten people in strikes on Monday.", "on Monday", ("Chile",)),
        (
            "Chile pressed its offensive, killing five men and leaving dozens dead in attacks "
            "on Monday.",
            "on Monday",
            ("Chile",),
        ),
        (
            "Chile pressed its offensive, killing five men on Sunday and leaving dozens dead in "
            "strikes on Monday.",
            "on Sunday",
            ("Chile",),
        ),
        # negative: the same word after a subject is its verb; a group in a place acts
        ("Chile shelled Lima, but Peru strikes back on Monday.", "on Monday", ("Peru",)),
        ("Residents in Lima fled on Monday.", "on Monday", ("Residents in Lima",)),
        (
            "Ukraine and pro-Russian separatists attacked Lima on Monday.",
            "on Monday",
            ("Ukraine", "pro-Russian separatists"),
        ),
    ],
)
def test_a_noun_after_a_preposition_in_a_participles_clause_is_no_verb(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named group's members side with the group as the article names it alone, even
        # when it never acts there
        (
            "Karvo rebels attacked a ship on Monday. Chile struck the Karvos.",
            [("Karvo rebels", "Karvos")],
        ),
        (
            "Chile struck Zentaba. Zentaba fighters fired rockets at the town.",
            [("Zentaba fighters", "Zentaba")],
        ),
        (
            "Al-Zentab militants stormed a hotel. Kenya blamed al-Zentab.",
            [("Al-Zentab militants", "al-Zentab")],
        ),
        # negative: never named alone, named only with its group word, or a people
        ("Karvo rebels attacked a ship on Monday.", [("Karvo rebels", "")]),
        (
            "Karvo rebels attacked a ship. Karvo fighters fled.",
            [("Karvo rebels", ""), ("Karvo fighters", "")],
        ),
        ("Druze militias attacked the town. The Druze fled.", [("Druze militias", "")]),
    ],
)
def test_a_named_groups_members_side_with_the_group_named_alone(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a date in what the accused are charged with dates their act: they act, not the
        # accuser
        ("Chile accused Peru of launching an attack on Monday.", "on Monday", ("Peru",)),
        (
            "Chile blamed the Zentar Front for shelling the town on Monday.",
            "on Monday",
            ("Zentar Front",),
        ),
        (
            "Ms. Ana Ruiz blames Gen. Bo Lee, a rival, of plotting the alleged coup December 15.",
            "December 15",
            ("Bo Lee",),
        ),
        # negative: the date dates the accusation, or no act follows the charge word
        ("Chile accused Peru on Monday of attacking Lima.", "on Monday", ("Chile",)),
        ("Chile accused Peru of aggression in May.", "in May", ("Chile",)),
        # negative: the charge closed by where it was said ("in a statement") leaves the
        # date to the accusation
        (
            "Chile accused Peru of downing its drone near the border in a statement on Sunday.",
            "on Sunday",
            ("Chile",),
        ),
        (
            "Chile accused Peru of shelling the town in a joint statement on Monday.",
            "on Monday",
            ("Chile",),
        ),
        (
            "Chile accuses Peru of backing the Zentar Front — a group that was founded in 1994.",
            "in 1994",
            (),
        ),
    ],
)
def test_the_accused_act_in_what_they_are_charged_with(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the agent of a verb of reporting only tells the act
        (
            "Over 40 houses were burned on Monday, as reported by Amnesty International.",
            "on Monday",
            (),
        ),
        (
            "Rebels burned 40 houses on Monday, as reported by the Zentar Front.",
            "on Monday",
            ("Rebels",),
        ),
        # negative: the agent of a verb of acting does it
        (
            "Over 40 houses were burned by the Zentar Front on Monday.",
            "on Monday",
            ("Zentar Front",),
        ),
    ],
)
def test_who_an_act_is_reported_by_does_not_act(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group described again takes the side it was first named with
        (
            "A Chilean-led coalition formed in May. The coalition shelled the port.",
            [("Chilean-led coalition", "Chile"), ("coalition", "Chile")],
        ),
        (
            "Peruvian militias moved north. Later the militias burned a village.",
            [("Peruvian militias", "Peru"), ("militias", "Peru")],
        ),
        # negative: a group of another word, or one named with no side, keeps none
        (
            "Peruvian militias moved north. Later the rebels burned a village.",
            [("Peruvian militias", "Peru"), ("rebels", "")],
        ),
        (
            "Protesters marched. The protesters burned tyres.",
            [("Protesters", ""), ("protesters", "")],
        ),
    ],
)
def test_a_group_described_again_keeps_its_side(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government's own groups are the state's the article is about
        (
            "The war in Chile goes on. Chile is split. Government troops retook the town.",
            [("Government troops", "Chile")],
        ),
        (
            "Chile has had military rule since May. Chile is split. The junta shut the border.",
            [("junta", "Chile")],
        ),
        # a state's own institution written without its state
        (
            "Fighting spread across Chile. Chile is split. The army said it retook the town.",
            [("army", "Chile")],
        ),
        (  # and so are its forces
            "Fighting spread across Chile. Chile is split. The junta said its forces retook it.",
            [("junta", "Chile"), ("forces", "Chile")],
        ),
        # negative: with no state named more than once, no side; groups fighting the state
        # are not its own; police keep none
        ("Government troops retook the town.", [("Government troops", "")]),
        (
            "After a call with the President of Chile, the army shelled the town.",
            [("army", "")],
        ),
        (
            "Fighting spread across Chile. Chile is split. The rebel army retook the town.",
            [("rebel army", "")],
        ),
        ("Riots spread in Peru. Protesters burned tyres.", [("Protesters", "")]),
        ("Riots spread in Peru. Peru is split. Police arrested 40 people.", [("Police", "")]),
        (
            "The war in Chile goes on. Chile is split. Anti-government rebels retook the town.",
            [("Anti-government rebels", "")],
        ),
    ],
)
def test_a_governments_groups_side_with_the_state_of_the_story(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the other party of a fight takes part in it
        ("Chilean troops clashed with rebels on Monday.", "on Monday", ("Chile", "rebels")),
        ("Peru's army is battling insurgents on Monday.", "on Monday", ("Peru", "insurgents")),
        (
            "Chile's military fought heavy gun battles with separatists in May.",
            "in May",
            ("Chile", "separatists"),
        ),
        # negative: a group something else is done to, or a fight that is only the scene
        ("Chilean troops arrested rebels on Monday.", "on Monday", ("Chile",)),
        (
            "Prices rose amid clashes with rebels on Monday.",
            "on Monday",
            (),
        ),
        ("Chilean troops arrived with rebels on Monday.", "on Monday", ("Chile",)),
        ("A fight broke out in the square with police on Monday.", "on Monday", ()),
    ],
)
def test_the_other_party_of_a_fight_takes_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members of a unit of a state's forces are one group of the state
        ("Two U.S. Navy SEALs boarded the ship.", [("U.S. Navy SEALs", "United States")]),
        ("U.S. Navy sailors boarded the ship.", [("U.S. Navy sailors", "United States")]),
        ("Chilean Air Force pilots struck the camp.", [("Chilean Air Force pilots", "Chile")]),
        (
            "Riots spread in Chile. National Guard soldiers patrolled Lima.",
            [("National Guard soldiers", "Chile")],
        ),
        # negative: a body that is no state's keeps its own name; a person is no group
        ("White Army fighters attacked the town.", [("White Army fighters", "White Army")]),
        ("Ana Ruiz boarded the ship.", []),
    ],
)
def test_a_units_members_side_with_its_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # "it" after a verb of speech takes part when it "was involved" or "engaged" in it
        ("Chile's army said it was involved in heavy fighting in May.", "in May", ("Chile",)),
        ("Chile's army said it was engaged in clashes in May.", "in May", ("Chile",)),
        # negative: something done to it
        ("Chile's army said it was attacked in May.", "in May", ()),
    ],
)
def test_it_taking_part_after_a_verb_of_speech_acts(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body owning the group is its side, as "White Army fighters" are the White Army's
        (
            "On Sunday, fighters of the Free Union Army took the port.",
            [("fighters", "Free Union Army")],
        ),
        ("Fighters in a Free Union Army took the port.", [("Fighters", "Free Union Army")]),
        # ... the group's word opening the sentence is none of the body's name
        ("Fighters of the Free Union Army took the port.", [("Fighters", "Free Union Army")]),
        # negative: a state's group keeps its state; a place or a common noun owns no group
        ("Officials of Chile met in Lima.", [("Officials of Chile", "Chile")]),
        ("Fighters from the hills took the port.", [("Fighters from the hills", "")]),
        ("Residents of Lima fled.", [("Residents of Lima", "")]),
        ("Fighters in trucks attacked the Free Union Army.", [("Fighters in trucks", "")]),
        ("Fighters of our Free Union Army took the port.", [("Fighters", "")]),
    ],
)
def test_a_group_of_a_named_body_is_the_bodys(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" opening a sentence: the state or body the sentence before opened on
        ("Chile shelled Peru on Monday. Its drones hit Lima on Tuesday.", [("drones", "Chile")]),
        (
            "The Zentar Front attacked Peru. Its fighters seized a town on Tuesday.",
            [("fighters", "Zentar Front")],
        ),
        (
            "The Chilean army shelled Peru. Its drones hit Lima on Tuesday.",
            [("Chilean army", "Chile"), ("drones", "Chile")],
        ),
        # negative: the sentence before opens on a person, or on a phrase before the name
        ("Ana Ruiz visited Peru. Its troops seized a town on Tuesday.", [("troops", "")]),
        ("On Monday, Chile shelled Peru. Its troops seized a town on Tuesday.", [("troops", "")]),
    ],
)
def test_its_opening_a_sentence_is_the_body_the_one_before_opened_on(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group "of" a state's own force is the state's, as "Chilean Army soldiers" are
        ("On Sunday, soldiers of the Chilean Army cleared the road.", [("soldiers", "Chile")]),
        (
            "Troops of the Chilean army took the port.",
            [("Troops", "Chile"), ("Chilean army", "Chile")],
        ),
        ("Fighters from the Peruvian armed forces took the port.", [("Fighters", "Peru")]),
        # ... and a group "of" a body known only by its acronym is that body's
        ("On Monday, soldiers of ZLF, based in Lima, took the port.", [("soldiers", "ZLF")]),
        ("Fighters of the ZLF took the port.", [("Fighters", "ZLF")]),
        # ... and a group of a body named after its state's possessive is the body's
        ("Fighters of Chile's Free Union Army took the port.", [("Fighters", "Free Union Army")]),
        # negative: the state's name without its force is a place; an acronym that opens a
        # longer name, or a force fighting its state, names no side
        ("Residents of Chile fled.", [("Residents of Chile", "")]),
        (
            "Officers of the ZLF security service searched the homes.",
            [("Officers of the ZLF security service", "")],
        ),
        (
            "Fighters of the Chilean opposition took the port.",
            [("Fighters", ""), ("Chilean opposition", "")],
        ),
        (
            "Fighters of the Chilean rebel army took the port.",
            [("Fighters", ""), ("Chilean rebel army", "")],
        ),
    ],
)
def test_a_group_of_a_states_force_or_an_acronym_is_theirs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before a verb of publishing acts, as before one of speech
        ("FUA posted a video on Saturday.", ("FUA",)),
        ("Zentar published a statement on Monday.", ("Zentar",)),
        ("Lima issued a warning on Monday.", ("Peru",)),
        # negative: a name after the verb is only what was published about
        ("The video posted on Saturday showed FUA.", ()),
        ("A statement was published on Monday about Zentar.", ()),
    ],
)
def test_a_name_publishing_acts(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # an aside describing the subject by a kind and a relative clause takes no part
        (
            "The Free Union Army, a militia that fights the army, took the port on Sunday.",
            "on Sunday",
            ("Free Union Army",),
        ),
        (
            "The Free Union Army, one of many militias that fight the army, took the port"
            " on Sunday.",
            "on Sunday",
            ("Free Union Army",),
        ),
        # negative: a date's own clause after a comma keeps its actors
        ("On Sunday, a militia that fights the army took the port.", "On Sunday", ("militia",)),
        (
            "Peru took the port on Sunday, a militia that fights the army said.",
            "on Sunday",
            ("Peru",),
        ),
    ],
)
def test_an_aside_of_a_kind_and_its_relative_clause_takes_no_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause about a place after the date's verb tells another happening
        (
            "On Saturday, Peru took journalists to the site where rescuers were still digging.",
            ("Peru",),
        ),
        (
            "On Saturday, Peru's media office took journalists to the site where rescuers were"
            " still digging.",
            ("Peru",),
        ),
        # negative: the date's own clause keeps its group; a date in the place's clause
        # takes that clause's actors
        (
            "On Saturday, rescuers were still digging at the site where the blast hit.",
            ("rescuers",),
        ),
        ("Peru sent police to the town where gunmen opened fire on Saturday.", ("gunmen",)),
        ("Peru sent police on Saturday to the town where gunmen opened fire.", ("Peru",)),
    ],
)
def test_a_clause_about_a_place_tells_its_own_actors(text: str, expected: tuple[str, ...]) -> None:
    expression = "On Saturday" if text.startswith("On Saturday") else "on Saturday"
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "named", "unnamed"),
    [
        # a country's rebels are not the country: they act, it does not
        ("An attack by Chile's Zentar rebels on a ship killed two.", (), [("Zentar rebels", "")]),
        ("Chile's Zentar rebels attacked a ship.", (), [("Zentar rebels", "")]),
        # negative: a country's own group is the country's; the country as agent acts
        ("An attack by Chile's army on a ship killed two.", (), [("Chile's army", "Chile")]),
        ("An attack by Chile on a ship killed two.", ("Chile",), []),
    ],
)
def test_a_countrys_rebels_act_not_the_country(
    text: str, named: tuple[str, ...], unnamed: list[tuple[str, str]]
) -> None:
    assert (acting(text), groups(text)) == (named, unnamed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's word opening on an article joined by a hyphen gives the acronym its capital
        (
            "Zentar Tahrir al-Sham (ZTS) seized the port. ZTS said it would stay.",
            ("Zentar Tahrir al-Sham",),
        ),
        ("The Sons of el-Din (SD) seized the port.", ("Sons of el-Din",)),
        # negative: a lower-case word without its capital ends the name before it
        ("Fighters loyal to tahrir (ZT) seized the port.", ()),
    ],
)
def test_an_acronym_spells_a_name_with_a_hyphened_article(
    text: str, expected: tuple[str, ...]
) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a count describes the counted things: no verb of the group
        (
            "Chilean forces attacked with 11 tanks and more than 20 armored trucks on Monday.",
            [("Chilean forces", "Chile")],
        ),
        # negative: a participle after the coordinated group is its verb
        ("Troops and trucks rolled into the town.", [("Troops", "")]),
    ],
)
def test_a_participle_after_a_count_is_no_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of counted things, a participle describing them, has no subject of its
        # own: the subject of the sentence acts
        (
            "Chile said Peruvian forces attacked with 300 soldiers, 11 tanks and 20 armored"
            " trucks at 8 a.m.",
            ("Peru",),
        ),
        # negative: a counted group before its verb acts in its own clause
        ("Chile said Peru attacked the town, and 20 soldiers crossed at 8 a.m.", ("soldiers",)),
    ],
)
def test_a_clause_of_counted_things_takes_the_sentences_subject(
    text: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, "at 8 a.m.") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # families and relatives that speak or act are groups
        ("The families said on Tuesday they would wait.", [("families", "")]),
        ("Relatives of the victims marched to parliament.", [("Relatives of the victims", "")]),
        # negative: harmed, only mentioned, or met, they are none; the verb of a relative
        # clause on the noun after them is not theirs
        ("Shelling killed two families on Tuesday.", []),
        ("The aid reached families in the camp.", []),
        ("Ana Ruiz met families of citizens that gunmen had taken.", [("gunmen", "")]),
        ("Ana Ruiz met residents of towns that rebels had seized.", [("rebels", "")]),
    ],
)
def test_families_that_act_are_a_group(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people known by the state they belong to, or by whom they travel or work with
        ("American citizens crossed the border.", [("American citizens", "United States")]),
        ("Foreign nationals left the city.", [("Foreign nationals", "")]),
        ("British passengers were evacuated.", [("British passengers", "United Kingdom")]),
        ("The crew reported damage to the ship.", [("crew", "")]),
        (
            "The minister spoke with his French and German counterparts.",
            [
                ("French and German counterparts", "France"),
                ("French and German counterparts", "Germany"),
            ],
        ),
        ("The ministry met its Chilean colleagues.", [("Chilean colleagues", "Chile")]),
        # negative: a ship and its cargo, or a citizen's state alone, are no group
        ("The ship docked in the port with its cargo.", []),
        ("Chile welcomed the decision.", []),
    ],
)
def test_people_known_by_their_state_or_company_are_a_group(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after a group and a comma opens the main clause unless a comma closes it
        ("Speaking to reporters in Lima, Ana Ruiz said she would wait.", []),
        ("Talking to residents in Lima, Ana Ruiz promised aid.", []),
        # negative: a place set off by two commas is an aside of the group's own clause
        (
            "Authorities in Peru's capital, Lima, were still working.",
            [("Authorities in Peru's capital", "Peru")],
        ),
    ],
)
def test_a_place_aside_after_a_group_closes_with_a_comma(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's spokesman or media office speaks for it: the body is the group's side
        ("Zentar's spokesman said on Monday it would fight.", [("Zentar's spokesman", "Zentar")]),
        (
            "On Saturday, Zentar's media office took journalists on a tour.",
            [("Zentar's media office", "Zentar")],
        ),
        # negative: a place's people have no side; an act owned by a name is no group
        ("Chile's army marched on Monday.", [("Chile's army", "Chile")]),
        ("Zentar's attacks killed two on Monday.", []),
    ],
)
def test_a_bodys_spokesman_speaks_for_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name a relative clause holding the date describes acts in it, though named as
        # an object
        ("Chile raided the house of Ana Ruiz, who attacked a farmer last year.", ("Ana Ruiz",)),
        (
            "The army said it had raided the house of Ana Ruiz, who was behind an attack on a"
            " farmer last year.",
            ("Ana Ruiz",),
        ),
        # negative: the relative clause's own subject acts
        ("Chile raided the town of Lima, which rebels seized last year.", ("rebels",)),
        ("Chile hosted the Summit on Peace, which will be held last year.", ("Chile",)),
    ],
)
def test_the_name_a_relative_clause_describes_acts_in_it(
    text: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, "last year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "but" opens a clause of its own, with or without a comma before it
        ("Peru captured the town on Sunday but Chile responded with air strikes.", ("Peru",)),
        ("Rebels took the port on Sunday but the army responded with strikes.", ("Rebels",)),
        # negative: a date after "but" takes that clause's actors
        ("Peru captured the town but Chile retook it on Sunday.", ("Chile",)),
    ],
)
def test_but_opens_a_clause_of_its_own(text: str, expected: tuple[str, ...]) -> None:
    assert event_actors_of(text, "on Sunday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a clause with its own subject and verb, "and" and a new subject open a
        # clause of another happening: its actors are not the date's
        ("Floods on Sunday destroyed two bridges, and officials say more rain is due.", ()),
        ("The currency fell on Sunday, and the central bank said it sold reserves.", ()),
        ("Chile opened a new front on Sunday, and its troops have advanced since.", ("Chile",)),
        ("Storms cut power on Sunday, and Peru declared an emergency.", ()),
        # negative: "and" with the same subject, a list of subjects, a clause with no subject
        ("Rebels took the port on Sunday, and then burned the depot.", ("Rebels",)),
        ("Rebels took the port on Sunday, and later seized the depot.", ("Rebels",)),
        ("Chile, Peru, and Bolivia signed the pact on Sunday.", ("Chile", "Peru", "Bolivia")),
    ],
)
def test_and_with_a_new_subject_opens_a_clause_of_its_own(
    text: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, "on Sunday") == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the date's clause has its subject with an irregular past, or with the date's own
        # preposition before its verb
        (
            "The peso fell on Sunday, and the National Bank of Chile said it had sold reserves.",
            "on Sunday",
            (),
        ),
        ("The council on Sunday banned rallies, and police closed the roads.", "Sunday", ()),
        # negative: "and" with no subject of its own
        ("Rebels took the port on Sunday, and then fled.", "on Sunday", ("Rebels",)),
    ],
)
def test_a_date_clause_with_its_own_subject_keeps_out_the_next(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group placed in or coming from a place is written with the place
        ("Residents of Peru's capital fled the fires.", [("Residents of Peru's capital", "")]),
        (
            "People in several regions of Chile marched on Sunday.",
            [("People in several regions of Chile", "")],
        ),
        ("Police in Peru arrested two men.", [("Police in Peru", "Peru")]),
        (
            "Troops from Chile and Peru crossed the river.",
            [("Troops from Chile and Peru", "Chile"), ("Troops from Chile and Peru", "Peru")],
        ),
        ("Protesters in southern Chile blocked roads.", [("Protesters in southern Chile", "")]),
        ("Gunmen in the Gaza Strip fired rockets.", [("Gunmen in the Gaza Strip", "")]),
        ("Militants in Lima fired rockets.", [("Militants in Lima", "")]),
        (
            "Officials in Chile's largest province said the road was shut.",
            [("Officials in Chile's largest province", "Chile")],
        ),
        # negative: no place named, words that place nothing, a possessive owning no land
        ("Residents of the town fled.", [("Residents of the town", "")]),  # it describes them
        ("Hundreds of people marched.", [("people", "")]),
        ("Residents in recent days attacked a depot in Chile.", [("Residents", "")]),
        ("Protesters of Chile's ruling party marched.", [("Protesters", "")]),
        ("Police in Peru were beaten.", []),
        # ... a name going on past a place's word, an act placed, not acting
        ("Leaders of the Chile Unity Party marched.", [("Leaders", "Chile Unity Party")]),
        ("Chilean strikes in Lima killed two.", [("Chilean strikes", "Chile")]),
        (
            "Peru's army is battling rebels in the Maule region.",
            [("Peru's army", "Peru"), ("rebels", "")],
        ),
        ("An official from Peru's civil defence said it.", [("official", "Peru")]),
        # a region's or a part's word after the place is the place's
        ("Troops in the Maule region shelled the port.", [("Troops in the Maule region", "")]),
        ("Police in Lima on Tuesday arrested two men.", [("Police in Lima", "Peru")]),
    ],
)
def test_a_group_runs_on_over_the_place_it_is_in(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase describing the group, between it and its verb, is part of its words
        (
            "Gunmen loyal to the old regime ambushed a patrol.",
            [("Gunmen loyal to the old regime", "")],
        ),
        (
            "Families of the kidnapped gathered outside the court.",
            [("Families of the kidnapped", "")],
        ),
        ("Nurses at two hospitals went on strike.", [("Nurses at two hospitals", "")]),
        ("Raiders in masks opened fire on the bus.", [("Raiders in masks", "")]),
        (
            "On Monday, herders from a rival clan seized the wells.",
            [("herders from a rival clan", "")],
        ),
        # negative: a date, a relative clause, a named body, a noun in "-s", a quotation mark
        ("Rebels in June agreed to a truce.", [("Rebels", "")]),
        ("Students, who led the march, blocked the bridge.", [("Students", "")]),
        ("Fighters of the Zentar Front burned the trucks.", [("Fighters", "Zentar Front")]),
        ("The army said it killed civilians in the air strikes.", [("army", "")]),
        ('It said it killed "two gunmen" in air raids.', []),
    ],
)
def test_a_group_runs_on_over_the_phrase_that_describes_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the describing phrase ends where a noun phrase can end: not on an adverb before
        # the verb, nor on a preposition whose noun was taken for the verb
        (
            "Gunmen loyal to the old regime also ambushed a patrol.",
            [("Gunmen loyal to the old regime", "")],
        ),
        ("Nurses at two hospitals then went on strike.", [("Nurses at two hospitals", "")]),
        ("Herders from the hills quickly seized the wells.", [("Herders from the hills", "")]),
        # a past form after a preposition or a determiner describes the noun after it
        (
            "Fighters loyal to exiled chiefs burned the depot.",
            [("Fighters loyal to exiled chiefs", "")],
        ),
        (
            "Gunmen loyal to ousted president Ali Omar attacked a police station.",
            [("Gunmen", "")],
        ),
        # negative: a noun in "-ly" after an article ends the phrase; no phrase, no change
        (
            "Relatives of the elderly gathered outside the court.",
            [("Relatives of the elderly", "")],
        ),
        ("Rebels also seized the town.", [("Rebels", "")]),
        ("Rebels in June also agreed to a truce.", [("Rebels", "")]),
    ],
)
def test_a_describing_phrase_ends_where_a_noun_phrase_can(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people held, praying, fighting or defending act as a group when they act
        ("Inmates set fire to their cells.", [("Inmates", "")]),
        ("Worshippers fled the chapel.", [("Worshippers", "")]),
        ("Guerrillas ambushed a patrol near the river.", [("Guerrillas", "")]),
        ("Former combatants handed in their rifles.", [("combatants", "")]),
        ("Reservists dug trenches outside the town.", [("Reservists", "")]),
        ("Defenders held the bridge for a week.", [("Defenders", "")]),
        ("Suicide bombers struck a market.", [("Suicide bombers", "")]),
        ("Terrorist elements ambushed the convoy.", [("Terrorist elements", "")]),
        ("The paramilitary shelled the camp.", [("paramilitary", "")]),
        ("The Chilean side said the talks would resume.", [("Chilean side", "Chile")]),
        # a word of doubt before a group is part of its words
        ("Suspected rebels burned the school.", [("Suspected rebels", "")]),
        ("Alleged gang members shot a driver.", [("Alleged gang members", "")]),
        ("Suspected Chilean settlers torched cars.", [("Suspected Chilean settlers", "Chile")]),
        # negative: the same words naming no group that acts
        ("The guards took the inmates to the yard.", [("guards", "")]),
        ("Key elements of the plan were dropped.", []),
        ("Two prisoners were freed on Monday.", []),
        ("Chile set free 240 Peruvian inmates.", []),
        ("The Chilean inmates were moved to a new jail.", []),
        ("The shell landed on the Chilean side of the border.", []),
        ("The paramilitary group was founded in 2013.", []),
    ],
)
def test_held_praying_and_fighting_groups(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named after a country with a word of a movement inside it is no state's
        (
            "The Chile National Democratic Alliance Army said it took the town.",
            ("Chile National Democratic Alliance Army",),
        ),
        ("The Peru Liberation Movement Army seized the port.", ("Peru Liberation Movement Army",)),
        # a country's name opening on a title's letters is the country ("DR" is no doctor)
        ("Rebels attacked a church in northeastern DR Congo.", ()),
        ("DR Congo said the rebels attacked a church.", ("Democratic Republic of the Congo",)),
        # negative: a state's own army and forces stay the state; a doctor stays a person
        ("The Chile Defense Forces seized the port.", ("Chile",)),
        ("Dr Ana Ruiz treated the wounded.", ("Ana Ruiz",)),
    ],
)
def test_a_country_opening_a_name_does_not_make_it_the_state(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group right after a body's acronym in brackets is the body's
        (
            "Zentar Liberation Front (ZLF) rebels attacked a church.",
            [("rebels", "Zentar Liberation Front")],
        ),
        (
            "The Zentar Liberation Front (ZLF) fighters said they held the bridge.",
            [("fighters", "Zentar Liberation Front")],
        ),
        # negative: a bracket closing something else, a group after a full stop
        ("The town (pop. 5,000) residents fled.", [("residents", "")]),
        ("The Zentar Liberation Front (ZLF) left. Rebels took the town.", [("Rebels", "")]),
    ],
)
def test_a_group_after_a_bodys_bracketed_acronym_is_the_bodys(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group word describing a body's name, told again with "the", is that body
        (
            "The paramilitary Zentar Front took the port. The paramilitary then shelled the town.",
            [("paramilitary", "Zentar Front")],
        ),
        (
            "Fighting with the militia Zentar Brigade went on. The militia said it held the hill.",
            [("militia", "Zentar Brigade")],
        ),
        # negative: a person after the word, a group not told again with "the"
        ("Police chief Ana Ruiz spoke. The police then arrested two men.", [("police", "")]),
        (
            "The paramilitary Zentar Front took the port. Another militia shelled the town.",
            [("Another militia", "")],
        ),
    ],
)
def test_a_group_word_describing_a_body_is_the_body_told_again(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" before a group qualified by one or two nouns owns the group
        ("Chile said its drone units struck a depot.", [("drone units", "Chile")]),
        ("Peru said its border patrol units crossed the river.", [("border patrol units", "Peru")]),
        # negative: a verb or an adjective between, another sentence
        ("Chile said its units struck a depot.", [("units", "Chile")]),
        ("Chile lost its way. Drone units struck a depot.", [("Drone units", "")]),
    ],
)
def test_its_owns_a_group_past_the_nouns_qualifying_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country after "by the" is the agent, whatever stands after it
        ("The gangs were outlawed by the United States.", ("United States",)),
        ("The gangs were outlawed by the United Kingdom, officials said.", ("United Kingdom",)),
        ("The deal was signed by the Gambia on Monday.", ("Gambia",)),
        # negative: a country after another preposition and its article
        ("The gangs fled to the United States.", ()),
        ("Aid reached the camps in the United Kingdom.", ()),
    ],
)
def test_a_country_after_by_the_is_the_agent(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's act told with the quarter it comes from
        (
            "Chile's renewed northeast offensive stalled.",
            [("Chile's renewed northeast offensive", "Chile")],
        ),
        ("Peru's southern counteroffensive began.", [("Peru's southern counteroffensive", "Peru")]),
        ("Chile's cross-border raids went on.", [("Chile's cross-border raids", "Chile")]),
        # negative: no side named
        ("The northeast offensive stalled.", []),
    ],
)
def test_a_sides_act_from_a_quarter(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Foreign Office" without its state is the state the article is about
        ("Peru closed its border. The Foreign Office said the envoy was recalled.", ("Peru",)),
        ("Chile shelled the post. On Monday, the Foreign Office summoned envoys.", ("Chile",)),
        # negative: a state's own foreign office named with it, or the office undergoing
        ("Britain's Foreign Office said the envoy left.", ("United Kingdom",)),
        ("Peru closed its border. Protesters marched on the Foreign Office.", ("Peru",)),
        # ... nor the holder of an office only mentioned
        ("A bomb went off near an office of the Zentar Front.", ()),
    ],
)
def test_a_foreign_office_is_the_articles_state(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the members of an alliance or a coalition that acts act with it
        (
            "The offensive by an alliance of the Zentar Front, the Kolar Army and Chile stalled.",
            ("Zentar Front", "Kolar Army", "Chile"),
        ),
        ("A coalition of Chile and Peru struck the port.", ("Chile", "Peru")),
        # negative: an alliance that is only mentioned
        ("Aid went to an alliance of the Zentar Front and the Kolar Army.", ()),
    ],
)
def test_the_members_of_an_acting_alliance_act(text: str, expected: tuple[str, ...]) -> None:
    assert acting(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject acts past an aside saying who tells it
        ("The militia, residents said, burned the market.", [("militia", ""), ("residents", "")]),
        (
            "Chilean forces, the ministry says, took the pass.",
            [("Chilean forces", "Chile")],
        ),
        ("Gunmen, witnesses told reporters, shot the driver.", [("Gunmen", "")]),
        # negative: the subject undergoing past the aside, no aside closing
        ("The militia, residents said, was routed.", [("residents", "")]),
        (
            "Fighters took the hill near Kolar at dawn, said a statement, adding that it fell.",
            [
                ("Fighters", ""),
            ],
        ),
        ('Fighting raged "in the village of Kolar" at dawn, said a statement, adding it fell.', []),
        ("The militia, residents said on the radio", [("residents", "")]),
    ],
)
def test_a_subject_acts_past_an_aside_of_who_tells_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the subject before an aside telling who tells it acts in what is told
        ("The militia, residents said, burned the market on Monday.", "on Monday", ("militia",)),
        ("Chile, the ministry said, shelled the port on Monday.", "on Monday", ("Chile",)),
        ("Rebels, the Chilean army said, shelled the port on Monday.", "on Monday", ("Rebels",)),
        # negative: the speaker opening the sentence names no actor of what is said
        ("Residents said the market burned on Monday.", "on Monday", ()),
    ],
)
def test_the_subject_before_a_telling_aside_acts(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # who is told as speaking in a trailing "with" clause only tells: no actor
        (
            "Clashes killed six on Tuesday, with local media reporting that a commander died.",
            "on Tuesday",
            (),
        ),
        (
            "Rebels shelled the port on Tuesday, with residents saying the toll would rise.",
            "on Tuesday",
            ("Rebels",),
        ),
        ("Shells hit Lima on Friday, with Chile saying it was not involved.", "on Friday", ()),
        # negative: a "with" clause that acts, or a partner named with "with", still counts
        (
            "Clashes erupted on Tuesday, with soldiers firing on the crowd.",
            "on Tuesday",
            ("soldiers",),
        ),
        ("Chile signed the deal on Friday with Peru.", "on Friday", ("Chile", "Peru")),
    ],
)
def test_who_speaks_in_a_trailing_with_clause_only_tells(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group told as dead does not act
        ("The dead inmates belonged to two gangs.", []),
        ("The slain Chilean soldiers served in the north.", []),
        # negative: the same group acting, the harm done to others
        ("Inmates killed two guards.", [("Inmates", "")]),
        ("Chilean soldiers carried the wounded to the clinic.", [("Chilean soldiers", "Chile")]),
        ("The riot left two guards dead, police said.", [("police", "")]),
    ],
)
def test_a_group_told_as_dead_does_not_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a role with its place, set beside a person's name, describes the person who acts
        (
            "On Friday, the top official in Kherson, Ana Ruiz, said shelling resumed.",
            "On Friday",
            ("Ana Ruiz",),
        ),
        (
            "On Friday, Chile's chief official in Maule province, General Ana Ruiz, said so.",
            "On Friday",
            ("Chile", "Ana Ruiz"),
        ),
        # negative: the role with its place and no name beside it is the group that acts
        (
            "The top official in Kherson said on Friday that shelling resumed.",
            "on Friday",
            ("top official in Kherson",),
        ),
        ("Officials in Lima evacuated the town on Friday.", "on Friday", ("Peru",)),
    ],
)
def test_a_role_with_its_place_beside_a_name_describes_the_person(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a word of doubt before a group is the group's, not a verb taking it as object
        (
            "Twenty died after suspected militants ambushed a bus on Tuesday.",
            "on Tuesday",
            ("suspected militants",),
        ),
        ("Lima fell when alleged rebels stormed it on Monday.", "on Monday", ("alleged rebels",)),
        # negative: the same word as a verb keeps its object out
        ("Police suspected militants of the attack on Monday.", "on Monday", ("Police",)),
    ],
)
def test_a_word_of_doubt_opens_the_group(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun after a count in a place phrase is no verb: the group there does not act
        ("Jets hit the town, killing two people in two strikes.", []),
        ("Jets hit the town, killing two people in the strikes.", []),
        ("Jets hit the town, killing two people in two separate strikes.", []),
        # negative: a verb after the phrase's own noun is the group's
        ("Residents in two towns fled.", [("Residents in two towns", "")]),
        ("Residents in the town fled.", [("Residents in the town", "")]),
    ],
)
def test_a_counted_noun_in_a_place_phrase_is_no_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group right after a participle heading its own phrase is its object: done to
        ("Jets hit a bus, killing nine people in what looked like a deliberate strike.", []),
        ("The school was sheltering people displaced from the north.", []),
        (
            "Fighters went door to door, shooting men in front of their families.",
            [("Fighters", "")],
        ),
        ("Drones hit a market, wounding at least 12 civilians in what Gao called an attack.", []),
        (
            "The army stormed the camp, detaining dozens of men in what it called a sweep.",
            [("army", "")],
        ),
        # negative: the group acts as subject of a verb of its own after the participle
        ("The army shelled Gao, saying rebels had fired from it.", [("army", ""), ("rebels", "")]),
        ("After the shelling, advancing troops took the town.", [("troops", "")]),
        # negative: the other party of a fight fights too
        ("The army is battling rebels in the north on Friday.", [("army", ""), ("rebels", "")]),
        # negative: a participle describing the group, or none before it
        ("The retreating troops blew up the bridge.", [("troops", "")]),
        ("Gunmen killed nine people on Friday.", [("Gunmen", "")]),
        ("Residents fled the town on Friday.", [("Residents", "")]),
        ("Rebels were attacking soldiers near Gao.", [("Rebels", "")]),
    ],
)
def test_a_group_after_a_participle_it_is_the_object_of_does_not_act(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expression", "group", "acts"),
    [
        # the event's actors leave out who a participle harms
        (
            "Gunmen hit the bus, killing nine people on Tuesday in what looked like an ambush.",
            "on Tuesday",
            "people",
            False,
        ),
        (
            "Jets hit a school that was sheltering people displaced from the north on Tuesday.",
            "on Tuesday",
            "people",
            False,
        ),
        # negative: the group that does the harm stays
        ("Gunmen stormed Gao on Tuesday, killing civilians.", "on Tuesday", "Gunmen", True),
    ],
)
def test_who_a_participle_harms_is_no_actor_of_the_event(
    text: str, expression: str, group: str, acts: bool
) -> None:
    assert (group in event_actors_of(text, expression)) == acts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group with a harm's participle right after it, no object, undergoes the harm
        ("At least 15 people killed overnight were buried on Friday.", []),
        ("The toll counts 40 civilians killed in the strikes.", []),
        ("Over 9,000 people displaced in May need shelter.", []),
        ("Five Chilean soldiers wounded on Friday were flown home.", []),
        # negative: the participle with an object is the group's act
        ("Gunmen killed three soldiers.", [("Gunmen", "")]),
        ("Two gunmen killed a policeman in the market.", [("gunmen", "")]),
        ("Chilean soldiers killed Peruvian rebels.", [("Chilean soldiers", "Chile")]),
    ],
)
def test_a_group_with_a_harm_participle_after_it_undergoes(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two people sharing a last name keep their own full names
        (
            "Mr. Edwin Antonio Rubio Lopez was held. He was handed over by Joaquin Guzman Lopez.",
            ("Edwin Antonio Rubio Lopez", "Joaquin Guzman Lopez"),
        ),
        # negative: one person named shorter, or with a middle initial, is the longest name
        ("Gen. Ana Maria Ruiz spoke. Later Ruiz left.", ("Ana Maria Ruiz",)),
        ("Gen. Ana Maria Ruiz spoke. Maria Ruiz left later.", ("Ana Maria Ruiz",)),
        ("Gen. Ana Maria Ruiz spoke. Gen. Ana Ruiz left later.", ("Ana Maria Ruiz",)),
    ],
)
def test_people_sharing_a_last_name_keep_their_names(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another country's adjective before a seat's name makes it that country's body
        ("According to the Chilean Defense Department, soldiers acted.", ("Chile",)),
        ("The Peruvian State Department said the envoy left.", ("Peru",)),
        # negative: the seat alone, or with its own country's adjective
        ("The Defense Department said the troops left.", ("United States",)),
        ("The American Defense Department said the troops left.", ("United States",)),
    ],
)
def test_a_seat_named_with_another_countrys_adjective_is_that_country(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a determiner opening a sentence before a kind of body is no name
        ("This faction, notorious for its raids, holds the hills.", ()),
        ("That group attacked the town.", ()),
        # negative: a name before the kind of body it is
        ("The Zentar Jihad group attacked the town.", ("Zentar Jihad",)),
    ],
)
def test_a_determiner_before_a_kind_of_body_is_no_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # campaigners, researchers and aid or rights bodies unnamed act as groups
        ("Campaigners accuse the militia of looting.", [("Campaigners", "")]),
        ("Researchers estimate that 40 homes burned.", [("Researchers", "")]),
        (
            "Humanitarian organizations reported full hospitals.",
            [("Humanitarian organizations", "")],
        ),
        ("Rights groups condemned the raid.", [("Rights groups", "")]),
        # negative: social media is no group; a group only mentioned
        ("A video posted to social media showed the raid.", []),
        ("The militia threatened rights groups.", [("militia", "")]),
    ],
)
def test_campaigners_researchers_and_aid_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name joined by "and" to a name only mentioned is only mentioned too
        ("The region near the borders of Chile and Burkina Faso has long been calm.", ()),
        ("Sanctions on Chile and Peru have hurt trade.", ()),
        # negative: names that act, joined by "and"
        ("Chile and Burkina Faso have signed a pact.", ("Chile", "Burkina Faso")),
        ("Officials said Chile and Peru have signed a pact.", ("Chile", "Peru")),
    ],
)
def test_a_name_joined_to_one_only_mentioned_is_only_mentioned(
    text: str, expected: tuple[str, ...]
) -> None:
    assert acting(text) == expected


def test_a_titled_name_joined_after_a_place_still_meets() -> None:
    text = "The envoy met President Ana Ruiz in Lima and President Juan Soto in Quito."
    assert acting(text) == ("Ana Ruiz", "Juan Soto")


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a state's body named with its state after "of" is the state, and so is the body
        # told again by the end of its name
        (
            "Drones hit Lviv on Monday. The State Emergency Service of Poland said on Tuesday"
            " that crews were working.",
            "on Tuesday",
            ("Poland",),
        ),
        (
            "Chile shelled Lima on Monday. The State Emergency Service of Peru said crews were"
            " working. The Emergency Service said on Tuesday that ten bodies were found.",
            "on Tuesday",
            ("Peru",),
        ),
        (
            "The Health Ministry of Lebanon said on Tuesday that 12 people died.",
            "on Tuesday",
            ("Lebanon",),
        ),
        # negative: a body of a place that is no state keeps its name
        (
            "The health ministry of Gaza said on Tuesday that 12 people died.",
            "on Tuesday",
            ("Gaza Health Ministry",),
        ),
    ],
)
def test_a_state_body_of_a_country_is_the_state(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word capitalised only by opening a line does not start a body's name across
        # "on", "of", "in": the body's name follows it
        (
            "Strike on Zentar Army base kills ten. The Zentar Army said on Tuesday it shot"
            " down a drone.",
            ("Zentar Army",),
        ),
        # negative: a body's name whose head comes before the particle
        (
            "Zentar Observatory for Human Rights said on Tuesday that ten died.",
            ("Zentar Observatory for Human Rights",),
        ),
    ],
)
def test_a_word_opening_a_line_is_no_part_of_a_bodys_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, "on Tuesday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone of a person named in full before acts as the full name does: any
        # verb in the past tense, also past an aside or a word between
        ("Governor Tomas Oyelaran spoke. Oyelaran resigned in May.", ("Tomas Oyelaran",)),
        (
            "Tomas Oyelaran, the mayor, spoke. Oyelaran, who was abroad at the time, quit.",
            ("Tomas Oyelaran",),
        ),
        ("Tomas Oyelaran, the mayor, spoke. Oyelaran later conceded.", ("Tomas Oyelaran",)),
        # negative: done to the person, an owner, a place after a preposition, or a word
        # never written as a person's surname
        ("Tomas Oyelaran, the mayor, spoke. Oyelaran was sacked.", ()),
        ("Tomas Oyelaran, the mayor, spoke. Oyelaran's aide resigned.", ()),
        ("Tomas Oyelaran, the mayor, spoke. Crowds in Oyelaran gathered.", ()),
        ("Tomas Oyelaran, the mayor, spoke. Kindred resigned.", ()),
    ],
)
def test_a_surname_alone_acts_as_the_full_name_named_before(
    text: str, expected: tuple[str, ...]
) -> None:
    entities = ArticleEntities.of(text)
    second = text.index(". ") + 2
    assert actors_in(entities, second, len(text), acting=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an act of force is aimed at is where it happened, not who acted after it
        ("The attack on Ndomba killed 12 villagers.", ()),
        ("Airstrikes on Kampong Reang wounded six.", ()),
        ("The bombardment of Nyakabuye left 30 dead.", ()),
        # negative: a name acting on its own is still an actor
        ("Okafor killed the bill.", ("Okafor",)),
        ("After the attack, Ndomba vowed revenge.", ("Ndomba",)),
    ],
)
def test_the_target_of_an_act_of_force_is_no_actor(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article opening the sentence is no part of the name before a group word
        ("A Zentar official spoke on Sunday.", [("Zentar official", "Zentar")]),
        ("A Hamas official on Sunday denied it.", [("Hamas official", "Hamas")]),
        ("The Zentar-led militias shelled the base.", [("Zentar-led militias", "Zentar")]),
        # negative: a name of two words keeps both, and a people's word names no side
        ("The Red Hand gangs torched the market.", [("Red Hand gangs", "")]),
        ("A Druze militia took the ridge.", [("Druze militia", "")]),
    ],
)
def test_an_article_opening_the_sentence_is_no_part_of_a_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name between commas beside a role that is an object is only mentioned too
        ("Chile killed the group's longtime leader, Ana Ruiz, in an air strike.", ("Chile",)),
        ("Peru arrested the rebels' commander, Bo Lee.", ("Peru",)),
        ("Chile fired on the convoy of its spokesman, Ana Ruiz, in Lima.", ("Chile",)),
        ("Chile killed two commanders, Ana Ruiz and Bo Lee, on Monday.", ("Chile",)),
        # negative: beside a subject, the other party of a meeting, or a holder's role
        ("The group's leader, Ana Ruiz, said Chile had struck.", ("Ana Ruiz", "Chile")),
        ("Chile met the group's leader, Ana Ruiz, in Lima.", ("Chile", "Ana Ruiz")),
        ("Chile spoke to the rebels' commander, Ana Ruiz, on Monday.", ("Chile", "Ana Ruiz")),
        ("A spokesman for the army, Ana Ruiz, said the town fell.", ("Ana Ruiz",)),
        ("Peru said that the group's leader, Ana Ruiz, had fled.", ("Peru", "Ana Ruiz")),
        ("In the capital, Ana Ruiz said the town fell.", ("Ana Ruiz",)),
    ],
)
def test_a_name_set_beside_an_object_is_only_mentioned(
    text: str, expected: tuple[str, ...]
) -> None:
    entities = ArticleEntities.of(text)
    assert actors_in(entities, 0, len(text), acting=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a phrasal verb's particle, a group is the verb's object and takes no part
        ("Peru shot down 25 Chilean drones on Thursday.", ("Peru",)),
        ("Peru's army says it shot down 25 Chilean drones on Thursday.", ("Peru",)),
        ("Peruvian troops beat back Chilean forces on Monday.", ("Peru",)),
        ("Peru said on Monday it had pushed back Chilean troops.", ("Peru",)),
        # negative: a group before the verb, and a particle after no verb, still act
        ("Chilean drones struck Lima on Thursday.", ("Chile",)),
        ("Chilean drones were shot down on Thursday.", ()),
        ("Peru and Chile met on Monday, officials said.", ("Peru", "Chile")),
    ],
)
def test_a_group_after_a_phrasal_verb_is_its_object(text: str, expected: tuple[str, ...]) -> None:
    day = next(d for d in ("Monday", "Thursday") if d in text)
    at = text.index(day)
    expression = text[text.rindex(" ", 0, at - 1) + 1 : at + len(day)]
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle and its agent between commas: the agent did something else
        ("The Liberty Party, founded by Ana Ruiz, won the vote on Sunday.", ("Liberty Party",)),
        ("The bill, drafted by Peru, was rejected by Chile on Monday.", ("Chile",)),
        ("The truce, brokered by Chile and Peru, took effect on Tuesday.", ()),
        # negative: the agent of the clause's own verb, and an aside holding the date
        ("The plan was drafted by Peru on Monday.", ("Peru",)),
        ("Chile and Peru brokered the truce on Tuesday.", ("Chile", "Peru")),
        ("The truce, brokered by Chile on Tuesday, held.", ("Chile",)),
        # negative: a participle of taking part names who acts with the subject
        ("The coalition, led by Chile, struck the port on Monday.", ("Chile", "coalition")),
        ("Ana Ruiz, accompanied by Bo Lee, visited Lima on Monday.", ("Ana Ruiz", "Bo Lee")),
        # negative: beside an act's noun, the agent is who made the act
        ("The offensive, launched by Chile, killed 12 people on Monday.", ("Chile",)),
    ],
)
def test_the_agent_of_a_participle_aside_does_not_act(text: str, expected: tuple[str, ...]) -> None:
    day = next(d for d in ("Sunday", "Monday", "Tuesday") if d in text)
    at = text.index(day)
    expression = text[text.rindex(" ", 0, at - 1) + 1 : at + len(day)]
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place that falls to a side is taken by it: the side acts
        ("The town of Ruzo fell to Chilean troops on Monday after a siege.", ("Chile",)),
        ("Ruzo fell to Peru on Monday, ending a long siege.", ("Peru",)),
        ("The city fell to the Rapid Support Forces on Monday.", ("Rapid Support Forces",)),
        ("The base had fallen to Peruvian forces by Monday.", ("Peru",)),
        # negative: "to" after another verb, or a quantity that falls, names no taker
        ("Ana Ruiz sent a letter to Peru on Monday.", ("Ana Ruiz",)),
        ("Turnout fell to 40 percent on Monday.", ()),
        ("Chilean troops fell back to Ruzo on Monday.", ("Chile",)),
    ],
)
def test_whom_a_place_falls_to_acts(text: str, expected: tuple[str, ...]) -> None:
    at = text.index("Monday")
    expression = text[text.rindex(" ", 0, at - 1) + 1 : at + len("Monday")]
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's court acts as itself: a court does not speak for its state
        ("Brazil's Supreme Court ordered the arrest of the former minister.", ("Supreme Court",)),
        ("Kenya's High Court blocked the deployment of police officers.", ("High Court",)),
        ("Romania's Constitutional Court annulled the first round.", ("Constitutional Court",)),
        ("The Pakistani Supreme Court ordered the release of the senator.", ("Supreme Court",)),
        ("Chile's Constitutional Court struck down the pension law.", ("Constitutional Court",)),
        ("Israel's High Court of Justice froze the dismissal.", ("High Court of Justice",)),
        # negative: a ministry or an army named with its state is the state
        ("Lebanon's Health Ministry said 12 people were killed.", ("Lebanon",)),
        ("Russia's Defense Ministry said troops advanced.", ("Russia",)),
        ("The Supreme Court ruled that the vote was valid.", ("Supreme Court",)),
    ],
)
def test_a_states_court_acts_as_itself(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel leader Ana Ruiz, also known as Abu Ruiz al-Kova, entered Lima.", ("Ana Ruiz",)),
        ("The Islamic State group, also known as ISIS, claimed the attack.", ("Islamic State",)),
        # the name an aside gives is the same actor wherever the article uses it
        ("Gang leader Juan Perez, known as Barbecue, marched. Barbecue said so.", ("Juan Perez",)),
        (
            "The Zentar Brigade, better known as Kova, grew. Kova seized the town.",
            ("Zentar Brigade",),
        ),
        (
            "President Ana Ruiz, known as La Jefa, won. La Jefa said she would resign.",
            ("Ana Ruiz",),
        ),
        (
            "Rebel leader Juan Perez, known as Abu Kova, fled. Kova said he was safe.",
            ("Juan Perez",),
        ),
        # negative: an aside telling no name, and two names in no naming aside
        ("Ana Ruiz, known for her speeches, said so.", ()),
        ("The rebels, known as the ZLF, decided in May to disband.", ("ZLF",)),
        ("Gang leader Juan Perez, a rival of Ana Ruiz, marched on Monday.", ("Juan Perez",)),
        (
            "The Zentar Brigade, allied with the Kova Front, grew. The Kova Front said so.",
            ("Kova Front",),
        ),
    ],
)
def test_a_name_given_in_an_aside_is_the_same_actor(text: str, expected: tuple[str, ...]) -> None:
    last = text.rindex(". ") + 2 if text.count(". ") else 0
    assert actors_in(ArticleEntities.of(text), last, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's short name opening the name of a body of its own is written in full
        (
            "The U.N. Mission in South Sudan (UNMISS) said troops died.",
            ("United Nations Mission in South Sudan",),
        ),
        (
            "The UN Development Programme (UNDP) said it would rebuild.",
            ("United Nations Development Programme",),
        ),
        (
            "The EU Border Assistance Mission (EUBAM) said the crossing reopened.",
            ("European Union Border Assistance Mission",),
        ),
        (
            "The U.N. Mission in Kova (UNMIK) has 900 staff. UNMIK said so.",
            ("United Nations Mission in Kova",),
        ),
        # negative: a name opening on no body's short name is kept as written
        (
            "The African Union Mission in Somalia (AMISOM) said it had withdrawn.",
            ("African Union Mission in Somalia",),
        ),
        ("The Kova Relief Mission (KRM) said it had withdrawn.", ("Kova Relief Mission",)),
        # nor one opening on a known body's other short name, no acronym
        ("The Red Cross Society of Kova (RCSK) sent aid.", ("Red Cross Society of Kova",)),
    ],
)
def test_a_defined_acronym_names_its_body_in_full(text: str, expected: tuple[str, ...]) -> None:
    last = text.rindex(". ") + 2 if text.count(". ") else 0
    assert actors_in(ArticleEntities.of(text), last, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # an act noun told with the one it is done to and no doer: no one named does it
        (
            "Iran fired missiles at Chile, after the killing of rebel leader Ana Ruiz in Lima"
            " in late May.",
            "in late May",
            (),
        ),
        (
            "Chile recalled its envoy over the arrest of opposition leader Ana Ruiz in Lima"
            " last week.",
            "last week",
            (),
        ),
        ("Peru condemned the killing of 12 civilians in Tacna on Sunday.", "on Sunday", ()),
        (
            "Hamas blames Chile for the kidnapping of two engineers in Tacna on Friday.",
            "on Friday",
            (),
        ),
        (
            "Peru cut ties with Chile after the assassination of General Juan Perez in Lima"
            " in July.",
            "in July",
            (),
        ),
        # its owner does it, and so does who "by" names
        (
            "Markets fell after Chile's arrest of Ana Ruiz in Lima on Monday.",
            "on Monday",
            ("Chile",),
        ),
        (
            "Chile recalled its envoy over the arrest of Ana Ruiz by Peru in Lima on Monday.",
            "on Monday",
            ("Peru",),
        ),
        (
            "Chile closed its embassy after the shelling of 14 villages by Peru in February.",
            "in February",
            ("Peru",),
        ),
        # negative: the subject of a verb governing the act noun does the act
        ("Chile ordered the arrest of Ana Ruiz on Monday.", "on Monday", ("Chile",)),
        ("Peru's army began the shelling of the town on Monday.", "on Monday", ("Peru",)),
        ("Peru protested on Sunday against the arrest of Ana Ruiz.", "on Sunday", ("Peru",)),
    ],
)
def test_an_act_done_to_someone_and_by_no_one_named_has_no_actor(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title or tie another person owns, set beside its holder: the holder acts
        (
            "Lena Hart, Prime Minister Omar Vance's chief of staff, flew to Oslo on Monday.",
            ("Lena Hart",),
        ),
        (
            "Tomas Reyes, former President Ana Ruiz's lawyer, filed an appeal on Monday.",
            ("Tomas Reyes",),
        ),
        (
            "President Ana Ruiz's special envoy Tomas Reyes arrived in Lima on Monday.",
            ("Tomas Reyes",),
        ),
        ("Omar Vance's widow, Lena Hart, addressed the crowd on Monday.", ("Lena Hart",)),
        (
            "Bo Lee received Tomas Reyes, Governor Ana Ruiz's deputy, in Cusco on Monday.",
            ("Bo Lee", "Tomas Reyes"),
        ),
        # negative: no holder named beside the title, or the owner acts in the clause too
        (
            "President Ana Ruiz and her envoy, Tomas Reyes, arrived in Lima on Monday.",
            ("Ana Ruiz", "Tomas Reyes"),
        ),
        ("Ana Ruiz met her envoy, Tomas Reyes, in Lima on Monday.", ("Ana Ruiz", "Tomas Reyes")),
    ],
)
def test_the_owner_of_a_title_held_by_a_person_named_beside_it_does_not_act(
    text: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, "on Monday") == expected


@pytest.mark.parametrize(
    ("text", "expected", "claimant"),
    [
        # a state's body headed by its noun, past words describing it, is the state
        (
            "Chile's electoral commission declared on Monday that Ana Ruiz had won.",
            ("Chile",),
            "Chile",
        ),
        (
            "Brazil's Central Election Commission said on Monday that turnout was low.",
            ("Brazil",),
            "Brazil",
        ),
        (
            "Brazil's central election commission said on Monday that turnout was low.",
            ("Brazil",),
            "Brazil",
        ),
        ("The truce was approved by Peru's security cabinet on Monday.", ("Peru",), ""),
        ("The Peruvian embassy in Quito closed its doors on Monday.", ("Peru",), ""),
        (
            "The US embassy in Lima warned on Monday that gunmen planned attacks.",
            ("United States",),
            "United States",
        ),
        (
            "Kenya's national security council met on Monday to review the deployment.",
            ("Kenya",),
            "",
        ),
        (
            "Bolivia's presidential office said on Monday that the talks had stalled.",
            ("Bolivia",),
            "Bolivia",
        ),
        # negative: a title after the body names its holder, who acts
        ("Chile's electoral commission chief Ana Ruiz resigned on Monday.", ("Ana Ruiz",), ""),
        # negative: a body whose own name goes on is that body's, not the state's
        (
            "United States Agency for International Development (USAID) Administrator Ana Ruiz"
            " visited Lima on Monday.",
            ("Ana Ruiz",),
            "",
        ),
        # negative: an embassy where something happens is a building, its state does not act
        (
            "Protesters gathered outside the Peruvian embassy in Quito on Monday.",
            ("Protesters",),
            "",
        ),
        # negative: a verb or an act between the state and the body's word
        ("Peru's envoy visited the embassy in Quito on Monday.", ("Peru",), ""),
        ("Chilean drones hit government buildings in Lima on Monday.", ("Chile",), ""),
    ],
)
def test_a_states_body_named_by_its_head_noun_is_the_state(
    text: str, expected: tuple[str, ...], claimant: str
) -> None:
    mention = make_mention("on Monday", text, date(2025, 12, 1))
    (event,) = build_events(make_article(text, id="art"), [mention])
    assert (event.actors, event.claimed_by) == (expected, claimant)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a name set off after a role that a verb or noun of meeting governs: the role's
        # holder, who takes part in the meeting
        (
            "On Friday, Lloyd Austin spoke with Ukraine's minister of defense, Oleksii Reznikov.",
            "On Friday",
            ("Lloyd Austin", "Oleksii Reznikov"),
        ),
        (
            "On Monday, Keir Starmer spoke with Canada's prime minister, Mark Carney.",
            "On Monday",
            ("Keir Starmer", "Mark Carney"),
        ),
        (
            "On Tuesday, Joe Biden hosted Kenya's president, William Ruto, at the White House.",
            "On Tuesday",
            ("Joe Biden", "William Ruto"),
        ),
        (
            "On Friday, Lloyd Austin met the army's spokesman, Nabil Abdallah, in Kyiv.",
            "On Friday",
            ("Lloyd Austin", "Nabil Abdallah"),
        ),
        (
            "On Thursday, President Ana Ruiz received the visiting Peruvian foreign minister, "
            "Tomas Vega, in Santiago.",
            "On Thursday",
            ("Ana Ruiz", "Tomas Vega"),
        ),
        # the role is another verb's object or a noun's: its holder takes no part
        (
            "On Monday, gunmen attacked a convoy carrying the provincial governor, Ali Musa.",
            "On Monday",
            ("gunmen",),
        ),
        (
            "On Wednesday, protesters demanded the resignation of the interior minister, Ali Musa.",
            "On Wednesday",
            ("protesters",),
        ),
        (
            "On Monday, the rebels killed the army's deputy commander, Ali Musa, in an ambush.",
            "On Monday",
            ("rebels",),
        ),
        (
            "On Monday, the army said in a statement read by its spokesman, Ali Musa, that "
            "the town had fallen.",
            "On Monday",
            ("army",),
        ),
        ("On Sunday, Lloyd Austin met the mayor, who was wounded.", "On Sunday", ("Lloyd Austin",)),
    ],
)
def test_a_name_apposed_to_the_role_met_takes_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name set off by a comma right after a role, maybe with the role's own
        # complement, is the role's holder: a person, whatever verb governs the role
        (
            "The foreign secretary spoke to the Prime Minister of Qatar, Mohammed bin "
            "Abdulrahman Al Thani, about the talks.",
            {"Mohammed bin Abdulrahman Al Thani"},
        ),
        (
            "The minister met his Polish counterpart, Radoslaw Sikorski, in Warsaw.",
            {"Radoslaw Sikorski"},
        ),
        ("On Friday, Peru's minister of defence, Tomas Vega, resigned.", {"Tomas Vega"}),
        (
            "The rebels were joined by the army's deputy commander in Darfur, Abu Bakr "
            "al-Hassan, and his men.",
            {"Abu Bakr al-Hassan"},
        ),
        (
            "The talks in The Hague were held jointly with the Dutch foreign minister, "
            "Caspar van der Wal.",
            {"Caspar van der Wal"},
        ),
        (
            "The delegation held talks in Hanoi with Vietnam's deputy prime minister, "
            "Tran Hong Ha.",
            {"Tran Hong Ha"},
        ),
        (
            "Protesters marched to the office of the mayor of Seoul, Oh Se-hoon, on Monday.",
            {"Oh Se-hoon"},
        ),
        (
            "The count stopped after a call from the head of Peru's National Electoral "
            "Council, Maria del Carmen Ruiz.",
            {"Maria del Carmen Ruiz"},
        ),
        (
            "Donors met in Nairobi with the head of Kenya's National Disaster Operations "
            "Centre, Pius Masai, on Monday.",
            {"Pius Masai"},
        ),
        # capitalised words after a comma that name no role's holder: no person
        ("Officials at the Ministry of Defence, Kyiv, said the strike hit a depot.", set()),
        ("Troops reached the port city of Odesa, Ukraine's third-largest city.", set()),
        ("The envoy to Mali, Burkina Faso and Niger arrived on Monday.", set()),
        ("The minister visited the capital, Buenos Aires, on Monday.", set()),
        ("The talks drew the presidents of Chile, Costa Rica and Panama.", set()),
        ("Fans cheered the new president of the club, Real Madrid, on Monday.", set()),
        ("The minister met the governor, Hamas officials said.", set()),
        ("The envoy met the governor of Kherson, Ukraine's southern region.", set()),
    ],
)
def test_a_name_apposed_to_a_role_is_a_person(text: str, expected: set[str]) -> None:
    assert set(ArticleEntities.of(text).people) == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the met role followed by its complement: the name set off after it takes part
        (
            "On Monday, the foreign secretary spoke to the Prime Minister of Qatar, Mohammed "
            "bin Abdulrahman Al Thani, and offered support.",
            "On Monday",
            ("foreign secretary", "Mohammed bin Abdulrahman Al Thani"),
        ),
        (
            "On Tuesday, Lloyd Austin met the Minister of Defence of Peru, Walter Astudillo, "
            "in Lima.",
            "On Tuesday",
            ("Lloyd Austin", "Walter Astudillo"),
        ),
        (
            "On Friday, Ana Ruiz spoke with the governor of Sinaloa, Ruben Rocha Moya.",
            "On Friday",
            ("Ana Ruiz", "Ruben Rocha Moya"),
        ),
        (
            "On Friday, Pieter de Vries met the mayor of Seoul, Oh Se-hoon.",
            "On Friday",
            ("Pieter de Vries", "Oh Se-hoon"),
        ),
        # the role another verb's object, or no role before the comma: no part taken
        (
            "On Monday, gunmen attacked a convoy carrying the governor of Kunar, Ali Musa.",
            "On Monday",
            ("gunmen",),
        ),
        (
            "On Monday, Ana Ruiz met the president of the club, Real Madrid.",
            "On Monday",
            ("Ana Ruiz",),
        ),
        (
            "On Friday, Ana Ruiz met the minister to discuss Gaza, Tomas Vega said.",
            "On Friday",
            ("Ana Ruiz",),
        ),
    ],
)
def test_a_name_apposed_to_a_met_role_and_its_complement_takes_part(
    text: str, expression: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, expression) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading line, a live entry's stamp line or a paragraph ends before the name: the
        # name opens its sentence and acts, whatever line break parts them
        ("Grain Shipments Halted At Port\nTransneft stopped it on Tuesday.", ("Transneft",)),
        ("14:05 GMT - Port shut\nAna Ruiz closed the port on Tuesday.", ("Ana Ruiz",)),
        ("Port shut\n\nAna Ruiz closed the port on Tuesday.", ("Ana Ruiz",)),
        ("12:10 GMT - Port shut\nPolice closed the port on Tuesday.", ("Police",)),
        # negative: a line wrapped inside a sentence parts nothing
        ("Sanctions on the grain exports of\nChile took effect on Tuesday.", ()),
    ],
)
def test_a_line_break_left_in_the_text_opens_a_sentence(
    text: str, expected: tuple[str, ...]
) -> None:
    assert event_actors_of(text, "on Tuesday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's, board's or institute's name keeps the country it is "of"
        ("The Central Bank of Peru raised its key rate.", ("Central Bank of Peru",)),
        ("The National Bank of Chile left rates unchanged.", ("National Bank of Chile",)),
        (
            "The Medical Research Institute of Chile confirmed the cases.",
            ("Medical Research Institute of Chile",),
        ),
        ("The Football Federation of Peru suspended the league.", ("Football Federation of Peru",)),
        # ... and so does one named after its country
        ("The Chile Football Federation suspended the league.", ("Chile Football Federation",)),
        # negative: a ministry or a service of a state is the state
        ("The Chile Ministry of Health said six people died.", ("Chile",)),
        ("The Defence Ministry of Peru said troops had withdrawn.", ("Peru",)),
        ("The Ministry of Health of Chile said six people died.", ("Chile",)),
    ],
)
def test_a_bank_or_institute_of_a_country_keeps_its_name(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chronology's entry tells a plural group's act in the present, its bare verb
        ("Timeline\n\n3 May: Police fire on students outside the ministry.", [("Police", "")]),
        ("Timeline\n\nJune 2024: Rebel fighters seize the airport.", [("Rebel fighters", "")]),
        (
            "Timeline\n\n12 August: The rebels and the soldiers agree a truce.",
            [("rebels", ""), ("soldiers", "")],
        ),
        ("Timeline\n\nOct. 4: Chilean troops return to the valley.", [("Chilean troops", "Chile")]),
        # negative: no entry's date and colon, or a group done to, or a noun phrase
        ("Police fire on students was condemned.", []),
        ("Timeline\n\n3 May: Police were attacked outside the ministry.", []),
        ("Timeline\n\n3 May: Police fire kills two students.", []),
        ("Timeline\n\n3 May: Social media ban ordered.", []),
        ("The report said: police cars burn in the street.", []),
    ],
)
def test_a_group_opening_a_chronology_entry_acts_by_its_bare_verb(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body a group word owns is a part of it, not the group's name
        (
            "Chile is at war. Chile is poor. Rebels took the base of the army's Northern "
            "Command on Saturday. The army, which seized power in 2021, has lost ground.",
            [("Rebels", ""), ("army", "Chile")],
        ),
        # negative: a body named right after the group word is the group's name
        (
            "Zarnia is at war. The militia Zentar Brigade took the base on Saturday. "
            "The militia then shelled the town.",
            [("militia", "Zentar Brigade")],
        ),
    ],
)
def test_a_body_the_group_word_owns_is_no_name_of_the_group(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two states named last before the group are its sides
        (
            "Chile shelled border posts on Monday, and Peru fired back. Both sides agreed "
            "to stop firing on Friday.",
            [("Both sides", "Chile"), ("Both sides", "Peru")],
        ),
        # a group owning a group ("envoys of both countries") or one's possessive
        (
            "Chile shelled border posts on Monday, and Peru fired back. Brazil spoke to "
            "the envoys of both countries on Friday.",
            [("both countries", "Chile"), ("both countries", "Peru")],
        ),
        (
            "Chile shelled border posts on Monday, and Peru fired back. The two armies' "
            "commanders spoke by phone on Friday.",
            [("two armies", "Chile"), ("two armies", "Peru"), ("commanders", "")],
        ),
        # a clause opener before it is no preposition of a scene
        (
            "Chile shelled border posts on Monday, and Peru fired back. Talks went on "
            "until both sides signed a truce.",
            [("both sides", "Chile"), ("both sides", "Peru")],
        ),
        # negative: a scene after a preposition does not act
        (
            "Chile shelled border posts on Monday, and Peru fired back. The fighting "
            "between the two neighbours broke out over a temple.",
            [],
        ),
        # negative: the state acting on the group in its clause is none of its sides
        (
            "Chile shelled border posts on Monday. Brazil urged both sides to talk.",
            [],
        ),
        # negative: a side that is no state, or only one state named, makes no group
        (
            "Chile's army shelled the Zentar Brigade, which fired back. The two sides "
            "signed a truce on Friday.",
            [("Chile's army", "Chile")],
        ),
        # negative: sides named long before are too far back
        (
            "Chile shelled border posts, and Peru fired back. The rains came. Roads "
            "closed. Schools shut. Markets emptied. Both sides signed a truce.",
            [],
        ),
    ],
)
def test_a_group_of_both_sides_stands_for_the_two_states_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert groups(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname alone, named in full before, as the subject of a passive, maybe past an
        # age between commas
        ("Voters backed General Ana Ruiz on Sunday. Ruiz, 60, was appointed army chief.", True),
        ("Police held former mayor Ana Ruiz on Sunday. Ruiz was detained at the airport.", True),
        # or of another form of "be"
        ("Voters backed General Ana Ruiz on Sunday. Ruiz, 61, was president in 2009.", True),
        ("Voters backed General Ana Ruiz on Sunday. Ruiz is due to take office in May.", True),
        # negative: a place, or a surname never named in full
        ("Police held former mayor Ana Ruiz on Sunday. In Ruiz, 60 people were detained.", False),
        ("Voters backed General Ana Ruiz on Sunday. Soto, 60, was appointed army chief.", False),
    ],
)
def test_a_surname_alone_before_a_form_of_be_is_the_person_named_before(
    text: str, expected: bool
) -> None:
    second = text.index(". ") + 2
    found = actors_in(ArticleEntities.of(text), second, len(text))
    assert found == (("Ana Ruiz",) if expected else ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title of two words is no name of its own, nor part of the holder's
        ("The House Speaker resigned on Monday.", ()),
        ("House Speaker Ana Ruiz, a cousin of the president, resigned on Monday.", ("Ana Ruiz",)),
    ],
)
def test_a_house_speaker_is_a_title(text: str, expected: tuple[str, ...]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside holding a name in a possessive plural still closes at its comma
        (
            "Lima, which regards the group as an offshoot of the outlawed Zentar Workers' "
            "Party, said on Tuesday it would watch closely.",
            ("Peru",),
        ),
        # negative: a place the aside only describes is no actor
        (
            "Talks in Lima, which the Zentar Workers' Party hosts, ended on Tuesday.",
            ("Zentar Workers' Party",),
        ),
    ],
)
def test_an_aside_with_a_possessive_plural_closes_at_its_comma(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors_in(ArticleEntities.of(text), 0, len(text), acting=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital that opens a front or talks, or initials a text, is its state
        ("The border has been quiet since Lima opened talks in May.", ("Peru",)),
        ("Quito and Lima initialled the accord in June.", ("Ecuador", "Peru")),
        ("Santiago initialed a trade text on Friday.", ("Chile",)),
        # negative: a capital opened, or one things open in, is no actor
        ("A new bridge opened in Lima in May.", ()),
        ("The embassy in Lima was opened in 1990.", ()),
    ],
)
def test_a_capital_opening_or_initialling_is_its_state(
    text: str, expected: tuple[str, ...]
) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "actors", "places"),
    [
        # a title's word opening a place's name before a word of a town or a site is no
        # person's title ("the Sheikh Radwan neighbourhood")
        ("An airstrike hit the Sheikh Radwan neighbourhood on Monday.", (), ("Sheikh Radwan",)),
        ("A drone struck homes in the Sheikh Radwan area on Monday.", (), ("Sheikh Radwan",)),
        # negative: the titled person who acts, or whose camp it is
        ("Sheikh Radwan visited the camp on Monday.", ("Radwan",), ()),
        ("Sheikh Hasina's camp said on Monday she would return.", ("Hasina",), ()),
    ],
)
def test_a_titled_name_before_a_word_of_a_site_is_a_place(
    text: str, actors: tuple[str, ...], places: tuple[str, ...]
) -> None:
    mention = make_mention("on Monday", text, date(2025, 12, 1))
    (event,) = build_events(make_article(text, id="art"), [mention])
    assert (event.actors, event.places) == (actors, places)
