"""Events in single sentences (and a few short articles): one table per rule of geodata.events.

Sentences are written in the style of AP/Reuters/AFP wire copy of 2004-2008 about towns the
seeds never name (Baqubah, Ramadi, Fallujah, Mosul, Tal Afar, Samarra, Kirkuk...) as well as
the seeds' own phrasing. Expected values are what an analyst coding ACLED would write; articles
are "published" on Saturday 29 March 2008 unless a case says otherwise.
"""

import pytest

from geodata.events.cues import clauses, find_cues
from geodata.events import extract_events, fatalities
from geodata.places.gazetteer import load_gazetteer
from geodata.places.mentions import extract_mentions
from geodata.models import Article, Span
from geodata.text.sentences import split_sentences

PUBLISHED = "2008-03-29"  # a Saturday
BATTLE = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air or drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
ATTACK = ("Violence against civilians", "Attack")
PROTEST = ("Protests", "Peaceful protest")
INTERVENTION = ("Protests", "Protest with intervention")
FORCE = ("Protests", "Excessive force against protesters")
RIOT = ("Riots", "Violent demonstration")
AGREEMENT = ("Strategic developments", "Agreement")
ARRESTS = ("Strategic developments", "Arrests")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
LOOTING = ("Strategic developments", "Looting/property destruction")


def article(text: str, *, published: str = PUBLISHED, article_id: str = "t", outlet: str = "Wire") -> Article:
    return Article(id=article_id, file=f"{article_id}.txt", title="", outlet=outlet, text=text,
                   body=(Span(0, len(text)),), published=published, date_precision="day" if published else "")


def events(text: str, **kw):
    art = article(text, **kw)
    sentences = split_sentences(art)
    gazetteer = load_gazetteer()
    found = extract_events(art, extract_mentions(art, gazetteer, sentences=sentences), sentences=sentences,
                           gazetteer=gazetteer)
    for e in found:
        assert art.text[e.start_char:e.end_char] == e.sentence
    return found


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(e.location_text, e.event_type, e.sub_event_type) for e in events(text)]


# ---------------------------------------------------------------------------
# Where: the places the sentence says it happened, and no other.
@pytest.mark.parametrize("text, expected", [
    # A list of places after one cue: one event at each.
    ("The Mahdi Army stepped up its operations in Sadr City, Hilla, Kut and Nasariyah.",
     [("Sadr City", *BATTLE), ("Hilla", *BATTLE), ("Kut", *BATTLE), ("Nasariyah", *BATTLE)]),
    ("Insurgents attacked police stations in Mosul, Tal Afar and Samarra on Tuesday.",
     [("Mosul", *BATTLE), ("Tal Afar", *BATTLE), ("Samarra", *BATTLE)]),
    # A place that stands for its government is no event's place.
    ("The attack was another blow delivered against his masters in Washington.", []),
    # Travel: destinations and origins are not where it happened.
    ("After the clashes, the governor traveled to Baghdad.", []),
    ("Despite the clashes, British troops were able to leave Basra for Kuwait.", []),
    ("During the clashes, British troops withdrew from Basra Palace to the Basra airport.", []),
    ("Maliki has gone to Basra to command the offensive.", []),
    ("Members of parliament traveled to Iran on Friday after the fighting in Basra.", [("Basra", *BATTLE)]),
    # ... but "from X to Y" without a journey is a stretch of land, and "laid siege to", "spread to" are no travel.
    ("Soldiers are killing civilians in a number of cities, from the Sadr City area of Baghdad to Hilla.",
     [("Sadr City", *ATTACK), ("Hilla", *ATTACK)]),
    ("Iraqi troops backed by US forces laid siege to Basra earlier this week.", [("Basra", *BATTLE)]),
    ("Fighting spread to Samarra on Tuesday.", [("Samarra", *BATTLE)]),
    # An origin or an agent is no event's place.
    ("Fighters from Sadr City clashed with police in Kut.", [("Kut", *BATTLE)]),
    ("Rockets fired from Sadr City hit the Green Zone.", [("Green Zone", *SHELLING)]),
    ("Police trained by Jordan clashed with gunmen in Kirkuk.", [("Kirkuk", *BATTLE)]),
    # A hypothetical in the clause of the place: "should take the lead".
    ("The US was unable to persuade the British government that its 4,500 troops in Basra airport should take "
     "the lead in the operation.", []),
    # The cue must share the place's clause.
    ("Baghdad was mostly quiet, although the Green Zone came under mortar fire.", [("Green Zone", *SHELLING)]),
    ("Ramadi was calm on Monday, while a roadside bomb exploded in Fallujah.", [("Fallujah", *IED)]),
    # A place that only contains a more precise one, or says where another lies, is dropped.
    ("There were huge protests in Baghdad's Sadr City and Kadhimiya neighbourhoods.",
     [("Sadr City", *PROTEST), ("Kadhimiya", *PROTEST)]),
    ("Soldiers were killing civilians in the Sadr City area of Baghdad.", [("Sadr City", *ATTACK)]),
    ("A car bomb exploded in Mahmudiya, 20 miles south of Baghdad, on Tuesday.", [("Mahmudiya", *IED)]),
    ("A roadside bomb exploded near Tal Afar, west of Mosul.", [("Tal Afar", *IED)]),
    ("Gunmen opened fire on a minibus carrying pilgrims near Baquba, 65 km (40 miles) northeast of Baghdad.",
     [("Baquba", *ATTACK)]),
    # ... with no comma between, too.
    ("A roadside bomb exploded in the town of Sharqat north of Tikrit on Monday.", [("Sharqat", *IED)]),
    # A dateline names where the report was filed, not where it happened.
    ("BAGHDAD (Reuters) - A suicide bomber blew himself up in a crowded market in Tal Afar on Tuesday.",
     [("Tal Afar", *SUICIDE)]),
    ("Eyewitnesses said the Mahdi Army had taken control of Nasiriyah, just north of Basra.",
     [("Nasiriyah", *TRANSFER)]),
    # A country or a region is no event's place without a country-wide figure.
    ("Fighting raged across Iraq.", []),
    ("His followers led two uprisings against US forces in central Iraq.", []),
    # A governorate is.
    ("US warplanes bombed targets in Anbar province.", [("Anbar province", *AIR)]),
    # "US" in "US forces" is no place.
    ("US forces attacked insurgents in Ramadi.", [("Ramadi", *BATTLE)]),
    # A capital that acts stands for its government: "Washington has pressed Islamabad".
    ("Washington has pressed Islamabad to crack down on militants after clashes in Peshawar.", [("Peshawar", *BATTLE)]),
    ("Tehran blamed the occupation forces for the bombing in Karbala.", [("Karbala", *IED)]),
    # "in Rumaitha police imposed a curfew": after "in", a town before "police" is where it happened.
    ("In Samawa hundreds protested peacefully, while in Rumaitha police imposed a curfew after rioters set "
     "shops on fire.", [("Samawa", *PROTEST), ("Rumaitha", *RIOT)]),
    # Where words were spoken, whose official speaks, and a capital appealed to: no event there.
    ("Diyala's governor, speaking in Baqubah, blamed al-Qaida for the killings and appealed to Baghdad "
     "for more troops.", []),
    ("Helmand's police chief said the fighting had ended.", []),
    # A cue word inside a name is no cue: "Basra Operations Command".
    ("The head of the Basra Operations Command said Iraqi forces were ready to take over security in "
     "Abu al-Khasib and Qurna.", []),
    # The end of a journey: "is due in Washington", "arrived in Baghdad".
    ("The raids come a week before the prime minister is due in Washington for talks.", []),
    ("The minister arrived in Baghdad two days after the bombing.", []),
    # "the battle for Falluja" is fought there; "leave Basra for Kuwait" is a journey.
    ("The battle for Falluja killed at least 70 Marines.", [("Falluja", *BATTLE)]),
    # A region named before the town it holds does not swallow the town.
    ("Israeli shells slammed into houses in the Gaza Strip town of Beit Hanoun.", [("Beit Hanoun", *SHELLING)]),
])
def test_where(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, geo_precision", [
    ("Iraqi troops stormed Basra's main market on Tuesday.", 1),  # the city itself
    ("Police raided the Qibla district of Basra on Monday.", 1),  # a named neighbourhood
    ("British artillery shelled targets outside Basra.", 2),  # near it
    ("US warplanes bombed insurgent hideouts near Fallujah on Sunday.", 2),
    ("Fighting in Anbar province killed at least 15 insurgents.", 3),  # only the province
])
def test_geo_precision(text, geo_precision):
    assert [e.geo_precision for e in events(text)] == [geo_precision]


def test_coarse_inferred_district_is_near_the_capital():
    text = "Iraqi officials gave the figures. On Wednesday up to 60 people were killed in an air strike on a " \
           "district south of the capital."
    [e] = events(text)
    assert (e.location, e.location_text, e.geo_precision, e.event_type, e.sub_event_type) == \
        ("Baghdad", "a district south of the capital", 2, *AIR)


# ---------------------------------------------------------------------------
# What: the highest-priority cue of the place's clause, from geodata/data/event_types.csv.
@pytest.mark.parametrize("text, expected", [
    ("A U.S. air strike killed 11 people in Baqubah.", [("Baqubah", *AIR)]),
    ("U.S. warplanes bombed insurgent hideouts near Fallujah.", [("Fallujah", *AIR)]),  # bombing by aircraft
    ("On Thursday night US planes pounded Basra's poor neighbourhoods and Sadr City.",
     [("Basra", *AIR), ("Sadr City", *AIR)]),
    ("A roadside bomb killed three U.S. soldiers near Tal Afar.", [("Tal Afar", *IED)]),
    ("Mortar rounds slammed into the Green Zone on Sunday.", [("Green Zone", *SHELLING)]),
    ("A suicide car bomber struck a crowded market in Kirkuk.", [("Kirkuk", *SUICIDE)]),
    ("Clashes between the Mehdi Army and Badr militiamen erupted in Amara.", [("Amara", *BATTLE)]),
    ("Confrontations between the army and Houthi loyalists are still aflame in Saada.", [("Saada", *BATTLE)]),
    ("Skirmishes between rival clans broke out near Beledweyne.", [("Beledweyne", *BATTLE)]),
    ("US Marines stormed a mosque in Fallujah.", [("Fallujah", *BATTLE)]),
    ("Iraqi police raided a house in Mosul and arrested five suspects.", [("Mosul", *ARRESTS)]),
    ("Police arrested 30 suspected insurgents in Baqubah on Monday.", [("Baqubah", *ARRESTS)]),
    ("Gunmen killed six civilians in Tal Afar.", [("Tal Afar", *ATTACK)]),
    ("The attack on a market in Ramadi killed 30 civilians.", [("Ramadi", *ATTACK)]),
    ("Thousands of Sadr supporters marched through Kut on Friday.", [("Kut", *PROTEST)]),
    ("Thousands marched through Kut on Friday to protest against the offensive.", [("Kut", *PROTEST)]),
    ("Police fired tear gas to disperse demonstrators in Kirkuk.", [("Kirkuk", *INTERVENTION)]),
    ("Police opened fire on protesters in Nasiriyah, killing three.", [("Nasiriyah", *FORCE)]),
    # Protesters killed by armed men, however told.
    ("Security forces fatally shot 20 protesters in Homs on Friday.", [("Homs", *FORCE)]),
    ("Troops killed five protesters in Mandalay on Sunday.", [("Mandalay", *FORCE)]),
    ("Rioters set fire to the governor's office in Samarra.", [("Samarra", *RIOT)]),
    ("Sadr declared a ceasefire in Basra on Sunday.", [("Basra", *AGREEMENT)]),
    ("The amnesty deadline for militia fighters in Basra ran out yesterday.", [("Basra", *AGREEMENT)]),
    ("The Mahdi Army has taken control of Kut.", [("Kut", *TRANSFER)]),
    ("Sadr's militia seized police stations in Amara on Friday.", [("Amara", *TRANSFER)]),
    ("Looters ransacked government offices in Mosul.", [("Mosul", *LOOTING)]),
    ("Soldiers set fire to the food stores in Basra.", [("Basra", *LOOTING)]),
    # An attack that also loots is an attack; a kidnapping is violence against civilians.
    ("Armed men attacked the town of Arbinda and ransacked shops.", [("Arbinda", *ATTACK)]),
    ("Gunmen kidnapped 20 students from a school in Kankara on Friday.",
     [("Kankara", "Violence against civilians", "Abduction/forced disappearance")]),
    # The strike outranks the casualty words.
    ("Ten people were killed in an air strike on Ramadi.", [("Ramadi", *AIR)]),
    # A toll and no other cue: two opposed armed actors make a battle, else an attack.
    ("Five Mahdi Army fighters and two US soldiers were killed in Sadr City.", [("Sadr City", *BATTLE)]),
    ("Gunmen killed four policemen in Baqubah on Tuesday.", [("Baqubah", *BATTLE)]),
    ("Nine people were killed in Samarra on Monday.", [("Samarra", *ATTACK)]),
    ("Iraqi troops killed 20 people in Basra.", [("Basra", *ATTACK)]),
    # Armed men counted by the toll were hit by someone: a clash.
    ("In Hilla, four policemen were wounded.", [("Hilla", *BATTLE)]),
    ("The Iraqi army regained control of the port of Umm Qasr on Wednesday.",
     [("Umm Qasr", "Battles", "Government regains territory")]),
    # Casualty nouns without a figure tell no event.
    ("Residents of Fallujah buried their dead on Friday.", []),
    # Gunmen or militiamen against a civilian target, no armed opponent named: an attack on civilians.
    ("The attack came a day after gunmen killed four members of a Shi'ite family in the town of Khalis.",
     [("Khalis", *ATTACK)]),
    ("Gunmen stormed a village outside Muqdadiya, dragging men from their homes and killing fourteen.",
     [("Muqdadiya", *ATTACK)]),
    ("Gunmen attacked a wedding party in Dujail, killing 12.", [("Dujail", *ATTACK)]),
    # ... but against a checkpoint, a police station or a convoy it is a fight.
    ("Gunmen attacked a checkpoint in Ghazaliya, killing three volunteers.", [("Ghazaliya", *BATTLE)]),
    ("Militants attacked a convoy near Sangin, killing three.", [("Sangin", *BATTLE)]),
])
def test_what(text, expected):
    assert kinds(text) == expected


# ---------------------------------------------------------------------------
# Only what the sentence tells as fact.
@pytest.mark.parametrize("text", [
    "The Mahdi Army kept its word that it would not shell the Basra airport.",
    "The Pentagon demanded Maliki attack resistance forces in Basra.",
    "Sadr called on his followers to hold a peaceful protest in Kut.",
    "Many fear that clashes will return to Samarra.",
    "I'm sure clashes will return to Samarra.",
    "The talks in Kirkuk may or may not bring an end to the fighting.",
    "If the army attacks Fallujah, the city will resist.",
    "Residents of Kirkuk stocked up on food in anticipation of renewed fighting.",
    "Police in Basra refused to attack the militia.",
    "Sadr threatened to launch an uprising in Najaf.",
    "The government plans to arrest militia leaders in Diwaniya.",
    # (what is vowed after a day that has not come is no fact either)
    "The Mahdi Army vowed to attack Kut after the deadline.",
])
def test_not_told_as_fact(text):
    assert events(text) == ()


def test_a_stop_or_a_halt_named_as_a_place_or_a_state_makes_nothing_unreal():
    text = "A car bomb exploded near a crowded bus stop in Kirkuk on Monday, killing nine people."
    assert [(e.location_text, e.killed_low) for e in events(text)] == [("Kirkuk", 9)]
    # (the verb still does: "urged his followers to stop fighting")
    assert events("The governor urged the militias to stop attacking villages in Jonglei.") == ()


@pytest.mark.parametrize("text", [
    # Herders, bandits, militiamen, jihadists: armed men of no named group, whose attack on villages is on civilians.
    "Suspected herders killed 21 people in attacks on three villages in Benue state on Sunday.",
    "Militiamen killed 18 people in an attack on a village in Djugu territory.",
    # A force that only speaks, through its command's spokesman or as a title's words, fought no one.
    "Dozens of bandits invaded a village in Maru, shooting dead 16 residents, Zamfara State Police Command "
    "spokesman Mohammed Shehu said.",
    "The state Commissioner of Police, Mr Ahmed Bello, said eight villagers were killed by the attackers in Isa.",
    "Gunmen killed five villagers in Katsina-Ala on Saturday, said Sewuese Anene, the state police spokeswoman.",
    "Gunmen killed a village head in Bungudu on Wednesday, the police public relations officer, Yazid Abubakar, said.",
])
def test_armed_men_of_no_named_group_against_villagers_attack_civilians(text):
    assert [e.event_type for e in events(text) if e.killed_low] == ["Violence against civilians"]


@pytest.mark.parametrize("text, expected", [
    # One armed side's act (an attack, an ambush, shots opened) with no armed man hit nor aimed at: on civilians.
    ("As people danced at a party in Celaya, gunmen suddenly opened fire, killing at least nine people.",
     "Violence against civilians"),
    ("Unknown armed men opened fire on a car in Turbat, killing two people.", "Violence against civilians"),
    ("Gunmen opened fire at a market in Kidal, a former rebel stronghold, killing 10 people.",
     "Violence against civilians"),
    # (an attack on a hamlet, no one named doing it, is on civilians too; a clash there is a fight)
    ("Eleven people were killed in an attack on a hamlet near Bunia.", "Violence against civilians"),
    ("Eleven people were killed in clashes in a village near Bunia.", "Battles"),
    # (but not where armed men were hit or aimed at, nor where the soldiers raid)
    ("Gunmen opened fire on a patrol in Turbat, killing two people.", "Battles"),
    ("Gunmen opened fire in Turbat, killing two soldiers.", "Battles"),
    ("Gunmen opened fire in Turbat, killing two militiamen.", "Battles"),
    ("Gunmen attacked a camp in Bambari, killing eight peacekeepers.", "Battles"),
    ("Gunmen opened fire on a military truck near Kano, killing five people.", "Battles"),
    ("Soldiers raided a house in Turbat, killing two people.", "Battles"),
    # (nor a named force's attack on a town, a battle with its garrison)
    ("M23 rebels launched an assault on Goma, killing 20 people.", "Battles"),
    ("RSF fighters attacked El Fasher, killing 20 people.", "Battles"),
    ("Rebels opened fire in Gulu, killing seven people.", "Battles"),
])
def test_one_sides_act_with_no_armed_man_hit_or_aimed_at_is_on_civilians(text, expected):
    assert [e.event_type for e in events(text) if e.killed_low] == [expected]


@pytest.mark.parametrize("text", [
    "Soldiers attacked the inhabitants of Gulu, killing nine.",
    "Police opened fire on mourners in Tarmiyah, killing nine.",
    "Soldiers stormed Gulu, killing nine onlookers.",
])
def test_inhabitants_mourners_and_onlookers_are_civilians(text):
    assert [e.event_type for e in events(text) if e.killed_low] == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    # Rebels, separatists, troopers among the dead or the hurt: armed men hit, a fight.
    "Five rebels were killed and seven were captured in Sernovodsk, officials said.",
    "Three separatists were killed in Kumba on Sunday, the army said.",
    "Ten troopers were wounded in Mulondo on Friday.",
])
def test_rebels_separatists_and_troopers_are_armed_men(text):
    assert [e.event_type for e in events(text) if e.killed_low or e.wounded_low] == ["Battles"]


def test_a_police_commissioner_who_tells_the_attack_fought_no_one():
    text = ("John Deng, the Lakes state police commissioner, told reporters that armed bandits launched an attack "
            "on Rumbek on Monday, leaving six people dead.")
    assert [e.event_type for e in events(text) if e.killed_low] == ["Violence against civilians"]
    # (a guard: a commissioner shot dead was hit, armed)
    assert [e.event_type for e in events("Gunmen in Kano on Sunday shot dead a police commissioner.")] == ["Battles"]


def test_what_a_vow_or_a_threat_answers_is_told_as_fact():
    text = "The Taliban vowed revenge on Monday after gunmen killed 16 civilians in Kandahar."
    assert [(e.location_text, e.killed_low) for e in events(text)] == [("Kandahar", 16)]


def test_unreal_cues_are_dropped_and_real_ones_kept():
    text = "Sadr urged his followers to stop fighting, but clashes erupted in Kut."
    assert [text[c.start:c.end] for c in find_cues(text, 0, len(text))] == ["clashes"]
    comma = text.index(",")
    assert clauses(text, 0, len(text)) == [(0, comma), (comma + 2, len(text))]


@pytest.mark.parametrize("text, parts", [
    # An aside between two dashes leaves its clause whole: the bomb and the bazaar are one clause's.
    ("A car bomb killed at least 105 people – including women and children – and injured 200 others at the "
     "Meena Bazaar; the police sealed it off.", 2),
    # (a guard) a dateline's agency and date between dashes are no aside
    ("Niamey, (APP - UrduPoint / Pakistan Point News - 23rd May, 2024) Bandits killed 20 people.", 3),
])
def test_an_aside_between_dashes_is_no_clause_break(text, parts):
    assert len(clauses(text, 0, len(text))) == parts


def test_the_type_of_an_event_told_across_a_dash_aside_is_its_cues():
    text = ("PESHAWAR: A remote-controlled car bomb killed at least 105 people – including women and children – and "
            "injured around 200 others at the provincial capital’s Meena Bazaar on Wednesday, said officials, hours "
            "after Clinton arrived in Pakistan to bolster the alliance against Taliban and Al Qaeda.")
    assert {e.event_type for e in events(text) if e.killed_low == 105} == {"Explosions/Remote violence"}


# ---------------------------------------------------------------------------
# Casualty figures: each to its own place, bounds as stated, wide tolls apart.
def figures(text: str, **kw) -> list[tuple]:
    return [(e.location_text, e.killed_low, e.killed_high, e.wounded_low, e.wounded_high, e.count_qualifier,
             e.scope, e.fatalities) for e in events(text, **kw)]


@pytest.mark.parametrize("text, expected", [
    # An elliptical list: each figure to its own place.
    ("Fighting had left 44 people dead in Kut, 30 in Sadr City and eight in Babel.",
     [("Kut", 44, 44, None, None, "exact", "local", 44), ("Sadr City", 30, 30, None, None, "exact", "local", 30),
      ("Babel", 8, 8, None, None, "exact", "local", 8)]),
    ("A suicide bomber killed 22 people and wounded 40 at a police recruiting centre in Ramadi.",
     [("Ramadi", 22, 22, 40, 40, "exact", "local", 22)]),
    ("The US-supported Iraqi Army's attack on Basra had killed at least 130 people and wounded another 350.",
     [("Basra", 130, None, 350, 350, "at least", "local", 130)]),
    ("Gunmen killed more than 20 people in Baqubah on Monday.", [("Baqubah", 20, None, None, None, "more than",
                                                                   "local", 20)]),
    # "up to": no lower bound, so ACLED's conservative count is 0.
    ("Up to 60 people were killed in an air strike on Ramadi.", [("Ramadi", None, 60, None, None, "up to",
                                                                  "local", 0)]),
    # Vague counts: no number is invented, fatalities as ACLED codes them ("dozens" 12).
    ("Clashes between the Mehdi Army and Iraqi troops in Kut killed dozens.",
     [("Kut", None, None, None, None, "vague", "local", 12)]),
    # Two figures for one place add up.
    ("US troops killed six insurgents and three civilians in Samarra.",
     [("Samarra", 9, 9, None, None, "exact", "local", 9)]),
    # An operation's toll is its own record, never added into a city's.
    ("The offensive in Basra has killed more than 200 people since Tuesday.",
     [("Basra", 200, None, None, None, "more than", "operation", None)]),  # no local toll
    ("Across Iraq, at least 60 people were killed in violence on Monday.",
     [("Iraq", 60, None, None, None, "at least", "national", None)]),
    # A toll with no place of its own goes to the town, not to a country named beside it.
    ("U.S. and Iraqi forces killed 15 suspected al Qaeda militants in a raid near Samarra.",
     [("Samarra", 15, 15, None, None, "exact", "local", 15)]),
    ("The bodies of 12 men, bound and shot in the head, were found in Baghdad's Dora district, police said.",
     [("Dora district", 12, 12, None, None, "exact", "local", 12)]),
])
def test_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Each figure goes to the place told nearest before it, not all to the first one.
    ("Gunmen ambushed a minibus outside Latifiya, killing nine, while in Mahmudiya a mortar barrage on the "
     "main market killed at least seven people and injured 30.",
     [("Latifiya", 9, 9, None), ("Mahmudiya", 7, None, 30)]),
    ("A bomb on a minibus in Bayaa killed 35, and another near a checkpoint in Sadr City killed seven.",
     [("Bayaa", 35, 35, None), ("Sadr City", 7, 7, None)]),
    # A list told together: the figure goes to its first place, which may speak for all.
    ("Fighting in Kut and Hilla killed 12 people.", [("Kut", 12, 12, None), ("Hilla", None, None, None)]),
    # (also where the second place is told with its kind: "and the trading town of")
    ("Militias retook the provincial capital Baidoa and the trading town of Afgoye in fierce battles that "
     "killed 40 people.", [("Baidoa", 40, 40, None), ("Afgoye", None, None, None)]),
    # A dateline is where the report was filed, never an event's site: the place the sentence
    # names, else no closer than the country.
    ("GAZA (Reuters) - Israeli artillery shells hit houses in Beit Hanoun on Wednesday, killing 18 Palestinians.",
     [("Beit Hanoun", 18, 18, None)]),
    ("KANDAHAR, Afghanistan (Reuters) - A roadside bomb killed four policemen on Sunday, officials said.",
     [("Afghanistan", 4, 4, None)]),
    ("QUETTA/KARACHI (Reuters) - A bomb killed six people on Monday, police said.",
     [("", 6, 6, None)]),  # Pakistan, unnamed: see the test below
    ("OUAGADOUGOU: At least 10 civilians were killed in an attack in Burkina Faso, officials said.",
     [("Burkina Faso", 10, None, None)]),
])
def test_figure_without_own_place(text, expected):
    found = events(text)
    assert [(e.location_text, e.killed_low, e.killed_high, e.wounded_low) for e in found] == expected
    kut = next((e for e in found if e.location_text == "Kut"), None)
    assert kut is None or "may also cover Hilla" in kut.notes


def test_a_shared_dateline_places_the_event_at_the_country_with_a_note():
    (event,) = events("QUETTA/KARACHI (Reuters) - A bomb killed six people on Monday, police said.")
    assert (event.location, event.country, event.geo_precision) == ("Pakistan", "PK", 3)
    assert "dateline" in event.notes


@pytest.mark.parametrize("text, village", [
    ("Gunmen killed 12 people in the village of Dogon Dawa in Kaduna State on Sunday, police said.", "Dogon Dawa"),
    ("Soldiers burned Tar Taw village in Chin State, killing four residents.", "Tar Taw"),
])
def test_an_unknown_village_is_the_events_place_at_its_provinces_point_with_a_note(text, village):
    (event,) = events(text)
    province = [m for m in extract_mentions(article(text), load_gazetteer()) if m.surface.endswith("State")][0]
    assert (event.location_text, event.geo_precision) == (village, 3)
    assert (event.latitude, event.longitude) == (province.latitude, province.longitude)
    assert f"{village} is not in the gazetteer: placed at {province.name}" in event.notes


def test_a_known_village_makes_no_such_note():
    (event,) = events("Gunmen killed 12 people in the village of Gwoza in Borno State on Sunday.")
    assert event.location_text == "Gwoza" and "not in the gazetteer" not in event.notes


def test_operation_toll_without_place_goes_to_the_country():
    text = ("Iraqi troops attacked the Mahdi Army in Basra on Tuesday. Official tallies put the number killed "
            "since the offensive began at close to 500.")
    got = [(e.location, e.location_text, e.geo_precision, e.scope, e.killed_low) for e in events(text)]
    # Iraq is not named: the country comes from the gazetteer, with no words and no offsets of its own.
    assert got == [("Basrah", "Basra", 1, "local", None), ("Iraq", "", 3, "operation", 500)]


def test_toll_in_the_next_sentence_completes_the_report():
    text = "Clashes broke out in Kut on Monday. Twelve people were killed."
    [e] = events(text)
    assert (e.location, e.event_type, e.killed_low, e.event_date, e.time_precision, e.geo_precision) == \
        ("Al-Kut", "Battles", 12, "2008-03-24", 1, 1)
    assert e.sentence == text  # both sentences are the evidence


def test_wounded_in_the_next_sentence_joins_the_operation_toll():
    text = ("Iraqi troops fought in Basra. Official tallies put the number killed since the offensive began "
            "last Tuesday at close to 500. At least 1,200 people are known to have been wounded.")
    wide = [e for e in events(text) if e.scope == "operation"]
    assert [(e.killed_low, e.killed_high, e.wounded_low, e.wounded_high, e.count_qualifier) for e in wide] == \
        [(500, 500, 1200, None, "approximately")]


def test_figure_without_place_takes_the_place_of_the_sentence_before():
    text = "A bomb exploded in Hilla on Monday. In a separate attack gunmen killed three policemen."
    got = [(e.location_text, e.event_type, e.geo_precision, e.killed_low) for e in events(text)]
    assert got == [("Hilla", "Explosions/Remote violence", 1, None), ("Hilla", "Battles", 2, 3)]
    assert "no place in the sentence: the place of the sentence before (Hilla)" in events(text)[1].notes


def test_figure_without_place_falls_back_to_the_most_mentioned_city():
    text = "Basra is Iraq's second city. Basra's port is its lifeline. Nine people were killed on Monday."
    [e] = events(text)
    assert (e.location, e.geo_precision, e.killed_low) == ("Basrah", 2, 9)
    assert "the article's most-mentioned city (Basra)" in e.notes


def test_figure_without_place_goes_to_the_one_place_named_inside_the_most_mentioned_city():
    text = ("Traders in the Bakara market of Mogadishu had just opened their stalls on Friday morning. Mogadishu had "
            "been calm for weeks. At least 19 people were killed in the attack, police said.")
    [e] = events(text)
    assert (e.location_text, e.killed_low) == ("Bakara market", 19)
    assert "the one place the article names in its most-mentioned city (Bakara market)" in e.notes


@pytest.mark.parametrize("text", [
    "Mogadishu was calm on Friday morning. Abdi Nur, a resident of Bakara market in Mogadishu, said he heard "
    "gunfire at noon. At least 19 people were killed, police said.",
    "Abdi Nur, who lives in the Hodan district of Mogadishu, said he heard gunfire at noon. Mogadishu was tense. At "
    "least 19 people were killed, police said.",
])
def test_a_place_named_as_someones_home_is_not_where_a_placeless_figure_goes(text):
    [e] = events(text)
    assert (e.location_text, e.killed_low) == ("Mogadishu", 19)


@pytest.mark.parametrize("between, place", [
    # The place inside the town, three sentences before a toll that names no event again: the toll's ...
    ("Mogadishu had been calm for weeks. Traders opened their stalls.", "Bakara market"),
    # ... four sentences before: the town's.
    ("Mogadishu had been calm for weeks. Traders opened their stalls. Buses ran on time.", "Mogadishu"),
])
def test_the_place_inside_the_town_is_sought_a_few_sentences_back(between, place):
    text = (f"Shoppers crowded the Bakara market of Mogadishu on Friday. {between} At least 19 people were killed, "
            "police said.")
    assert [e.location_text for e in events(text) if e.killed_low] == [place]


def test_a_place_inside_the_town_is_not_refused_for_words_of_flight_before_it():
    # (only a home's words refuse it: "shoppers fled as gunfire erupted in the Bakara market")
    text = ("Mogadishu had been calm for weeks. Panicked shoppers fled as gunfire erupted in the Bakara market of "
            "Mogadishu on Friday. At least 19 people were killed, police said.")
    assert [e.location_text for e in events(text) if e.killed_low] == ["Bakara market"]


def test_the_place_inside_the_town_is_sought_further_back_where_the_toll_names_its_event_again():
    text = ("Shoppers crowded the Bakara market of Mogadishu on Friday. Mogadishu had been calm for weeks. Traders "
            "opened their stalls. Buses ran on time. At least 19 people were killed in the attack, police said.")
    assert [e.location_text for e in events(text) if e.killed_low] == ["Bakara market"]


def test_a_place_inside_the_town_named_in_passing_after_an_event_told_at_the_town_takes_no_toll():
    text = ("A suicide car bomb exploded at a checkpoint in Mogadishu on Saturday. Government troops later took up "
            "positions around the Bakara market in Mogadishu. Witnesses described chaos. At least 19 people were "
            "killed, police said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Mogadishu", 19)]


@pytest.mark.parametrize("text, places", [
    # The guess at the place inside the town is a guess still: the parts told after place the lead's toll ...
    ("Traders in the Bakara market of Mogadishu had just opened their stalls on Friday. Mogadishu had been calm for "
     "weeks. At least 30 people were killed in a wave of attacks, police said.\n\nTwenty people were killed in "
     "Baidoa and ten in Kismayo, officials said.", [("Baidoa", 20), ("Kismayo", 10)]),
    # ... and so does a later sentence that says where the event was.
    ("Traders in the Bakara market of Mogadishu had just opened their stalls on Friday. Mogadishu had been calm for "
     "weeks. At least 19 people were killed in the attack, police said. The blast occurred at a checkpoint in "
     "Afgoye, police said.", [("Afgoye", 19)]),
])
def test_a_toll_guessed_at_the_place_inside_the_town_is_still_a_guess(text, places):
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == places


# ---------------------------------------------------------------------------
# When: geodata.events.dates against the publication date, and a few readings of our own.
@pytest.mark.parametrize("text, date, precision", [
    ("Clashes erupted in Kut on Tuesday.", "2008-03-25", 1),
    ("Clashes erupted in Kut yesterday.", "2008-03-28", 1),
    ("Clashes erupted in Kut.", "2008-03-29", 2),  # no date: the publication date, within the week
    ("There have been protests in Kut since Tuesday.", "2008-03-25", 2),
    ("The attack on Basra had killed at least 130 people by yesterday.", "2008-03-28", 2),  # a running total
    ("Hundreds of thousands demonstrated in Sadr City on Thursday and Friday.", "2008-03-27", 2),
    ("Iraqi troops laid siege to Basra earlier this week.", "2008-03-24", 2),
    ("The number killed since the army launched its offensive in Basra last Tuesday is close to 500.",
     "2008-03-25", 2),
])
def test_when(text, date, precision):
    assert [(e.event_date, e.time_precision) for e in events(text)] == [(date, precision)]


def test_unknown_publication_date_leaves_relative_dates_unknown():
    assert [(e.event_date, e.time_precision) for e in events("Clashes erupted in Kut on Tuesday.",
                                                             published="")] == [("", 0)]


# ---------------------------------------------------------------------------
# Who: actors from geodata/data/actors.csv, by their aliases.
@pytest.mark.parametrize("text, actors", [
    ("The Mehdi Army clashed with Iraqi troops in Kut.", ("Mahdi Army", "Iraqi army and police")),
    # Bare "police" and "security forces" belong to the country where it happened.
    ("Police clashed with Mahdi Army fighters in Kut.", ("Iraqi army and police", "Mahdi Army")),
    ("Gunmen attacked police in Peshawar, killing two officers.", ("unidentified armed group",
                                                                   "Pakistani army and police")),
    ("Security forces fought Islamist militants in Mogadishu.", ("Somali army and police", "unidentified armed group")),
    ("Sadr's militia fought the puppet army in Nasiriyah.", ("Mahdi Army", "Iraqi army and police")),
    ("US troops clashed with the Mahdi Army in Sadr City.", ("US forces", "Mahdi Army")),
    ("American soldiers fought Jaish al-Mahdi gunmen in Diwaniya.", ("US forces", "Mahdi Army")),
    ("Warplanes bombed Sadr City.", ("US forces", "")),
    ("British troops came under rocket attack in Basra.", ("British forces", "")),
    ("Badr Organization militiamen clashed with Fadhila supporters in Basra.", ("Badr Organization", "Fadhila")),
    ("Gunmen killed six civilians in Tal Afar.", ("unidentified armed group", "civilians")),
    ("Protesters marched through Kut.", ("protesters", "")),
    ("Police fired tear gas at demonstrators in Kirkuk.", ("protesters", "Iraqi army and police")),
    ("Maliki's forces attacked the Mahdi Army in Basra.", ("Iraqi army and police", "Mahdi Army")),
    ("The Iraqi government announced an amnesty for fighters in Basra.", ("Government of Iraq", "")),
    ("U.S. Marines and Iraqi soldiers fought insurgents in Fallujah.", ("US forces", "Sunni insurgents")),
    ("U.S. and Iraqi forces killed 15 suspected al Qaeda militants in a raid near Samarra.",
     ("Iraqi army and police", "al-Qaeda in Iraq")),
    ("Iraqi troops killed 20 people in Basra.", ("Iraqi army and police", "civilians")),
    ("In Hilla, four policemen were wounded.", ("Iraqi army and police", "")),
    # Allies are not each other's opponent; who flies an air strike is actor1, whoever called it in.
    ("Iraqi troops backed by US forces laid siege to Basra.", ("Iraqi army and police", "")),
    ("Maliki's forces called in US air power to bomb militia positions in Basra.", ("US forces", "")),
    # Actors named after the cue's clause took no part: "while ... were left alone".
    ("In Basra, the strongholds of the Mahdi Army were attacked, while districts held by the Badr "
     "Organization were left alone.", ("Mahdi Army", "")),
    # Who tells is no actor: "police said", "according to the military".
    ("Police said gunmen opened fire on a minibus carrying pilgrims near Baquba, killing seven.",
     ("unidentified armed group", "civilians")),
    ("The bodies of 12 men were found in Baghdad's Dora district, according to police.", ("", "civilians")),
])
def test_who(text, actors):
    assert [(e.actor1, e.actor2) for e in events(text)] == [actors]


# ---------------------------------------------------------------------------
# Sentences without a place, and repeated reports in one article.
def test_violent_event_without_place_happened_where_the_sentence_before_says():
    text = ("Iraqi troops fought the Mahdi Army in Basra on Tuesday. On Thursday night US air power was called "
            "in to bomb mortar teams.")
    got = [(e.location_text, e.event_type, e.sub_event_type, e.event_date, e.geo_precision) for e in events(text)]
    assert got == [("Basra", *BATTLE, "2008-03-25", 1), ("Basra", *AIR, "2008-03-27", 2)]


@pytest.mark.parametrize("text", [
    # A reference back to the event ("the offensive") is no new report.
    "Fighting raged in Kut on Monday. The aim of the offensive was to crush the militia.",
    # Agreements are made anywhere: no place is inherited.
    "Clashes broke out in Kut on Monday. Sadr declared a ceasefire on Tuesday.",
])
def test_no_place_inherited(text):
    assert [(e.location_text, e.event_type) for e in events(text)] == [("Kut", "Battles")]


def test_reports_of_one_event_in_one_article_are_one_record():
    text = "Iraqi troops attacked Basra on Tuesday. The assault on Basra continued on Wednesday."
    [e] = events(text)
    assert (e.event_date, e.time_precision, e.start_char) == ("2008-03-25", 2, 0)
    assert "also reported at characters 40-84" in e.notes


def test_headline_stands_only_for_places_the_body_does_not_report():
    text = ("Bombs kill 40 in Baghdad, Baquba\n\nTwo car bombs exploded in a crowded Baghdad market on Thursday, "
            "killing at least 40 people and wounding 75, police said. In Baquba, gunmen attacked a police "
            "checkpoint, killing three policemen.")
    art = Article(id="h", file="h.txt", title="Bombs kill 40 in Baghdad, Baquba", outlet="Reuters", text=text,
                  body=(Span(0, len(text)),), published="2007-03-30", date_precision="day")
    gazetteer = load_gazetteer()
    got = [(e.location_text, e.event_type, e.killed_low, e.killed_high, e.start_char > 0)
           for e in extract_events(art, extract_mentions(art, gazetteer), gazetteer=gazetteer)]
    assert got == [("Baghdad", "Explosions/Remote violence", 40, None, True), ("Baquba", "Battles", 3, 3, True)]


def test_headline_at_a_province_stands_not_beside_the_body_at_its_village():
    # The body tells the toll at a village of the headline's state: the headline's "dozens" sum it up.
    title = "RSF attack kills dozens in Sudan's Gezira state"
    text = (f"{title}\n\nFighters of the Rapid Support Forces killed at least 40 villagers in an attack on the "
            "village of Um Ruwaba Gharb in Sudan's Gezira state on Tuesday, local activists said.")
    art = Article(id="h", file="h.txt", title=title, outlet="Reuters", text=text, body=(Span(0, len(text)),),
                  published="2024-06-07", date_precision="day")
    gazetteer = load_gazetteer()
    got = [(e.location_text, e.fatalities)
           for e in extract_events(art, extract_mentions(art, gazetteer), gazetteer=gazetteer) if e.fatalities]
    assert got == [("Um Ruwaba Gharb", 40)]


def test_headline_toll_stands_where_the_body_tells_the_event_with_no_figure():
    # A first paragraph with no full stop is read as a headline; the body names the village again with no toll of its
    # own: the headline's three dead are the only count, not dropped for the body's unnumbered account.
    text = ("A group armed with machetes invaded the village of Nanjua on Thursday night, beheaded the village chief "
            "and killed two other inhabitants\n\nThe sources said the group burned six houses during the raid.\n\n"
            "It was the first attack on Nanjua, in the province of Cabo Delgado, residents said.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Nanjua", 3)]


def test_an_act_that_targeted_a_place_is_an_event_there():
    # "targeted" tells an attack: the lead's toll at the province moves to the district the next sentence names.
    text = ("At least 12 people were killed in a missile attack by Houthi rebels in Yemen's Marib province.\n\n"
            "The Houthis targeted five houses in Al Qutbah district, including a clan leader's, residents said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.fatalities] == [("Al Qutbah district", 12)]


@pytest.mark.parametrize("text", [
    # (guards: "targeted" tells an attack only right after a sentence that told an event)
    "The vaccination campaign targeted children in Kano and Katsina states.",
    "Officials met in Abuja on Monday.\n\nA new aid program targeting displaced families in Rafah began on Monday.",
])
def test_a_program_that_targeted_people_is_no_event(text):
    assert events(text) == ()


def test_different_events_at_one_place_stay_apart():
    text = ("A car bomb exploded in Hilla on Monday, killing 10 people. Clashes erupted in Hilla on Tuesday. "
            "Another car bomb killed 20 people in Hilla on Thursday.")
    got = [(e.event_type, e.event_date, e.killed_low) for e in events(text)]
    assert got == [("Explosions/Remote violence", "2008-03-24", 10), ("Battles", "2008-03-25", None),
                   ("Explosions/Remote violence", "2008-03-27", 20)]


# ---------------------------------------------------------------------------
# The record.
def test_event_id_is_stable_and_record_is_whole():
    text = "Gunmen killed four policemen in Baqubah on Tuesday."
    first, again = events(text), events(text)
    assert first == again
    [e] = first
    assert e.event_id.startswith("ev-") and len(e.event_id) == 15
    assert e.to_dict() == {
        "event_id": e.event_id, "article_id": "t", "source": "Wire", "event_date": "2008-03-25",
        "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
        "actor1": "unidentified armed group", "actor2": "Iraqi army and police", "location": "Baqubah",
        "location_text": "Baqubah", "place_id": e.place_id, "admin1": "Diyala", "country": "IQ",
        "latitude": e.latitude, "longitude": e.longitude, "geo_precision": 1, "killed_low": 4, "killed_high": 4,
        "wounded_low": None, "wounded_high": None, "count_qualifier": "exact", "fatalities": 4, "scope": "local",
        "sentence": text, "start_char": 0, "end_char": len(text),
        "notes": "date: 'Tuesday' = the Tuesday on or before publication 2008-03-29 (Saturday)", "event_group": "",
        "counted_in": "", "wounded_qualifier": "",
    }


def test_event_id_differs_between_articles_and_places():
    one = events("Clashes erupted in Kut and Hilla.")
    other = events("Clashes erupted in Kut and Hilla.", article_id="u")
    assert len({e.event_id for e in one + other}) == 4


@pytest.mark.parametrize("low, words, expected", [
    (130, "at least 130 people", 130), (None, "up to 60 people", 0), (None, "dozens", 12),
    (None, "hundreds of people", 100), (None, "several people", 0), (0, "no one", 0),
])
def test_fatalities_is_acled_conservative_count(low, words, expected):
    assert fatalities(low, words) == expected


# ---------------------------------------------------------------------------
# Across sources: reports of one event in different articles share a group.
def reports(*articles: tuple[str, str, str]):
    """Events of several articles (id, text, published), grouped as the pipeline groups them."""
    from geodata.events import extract_reports
    from geodata.events.grouping import group_reports

    gazetteer = load_gazetteer()
    out = []
    for article_id, text, published in articles:
        art = article(text, published=published, article_id=article_id)
        out.extend(extract_reports(art, extract_mentions(art, gazetteer), gazetteer=gazetteer))
    return group_reports(out)


def test_same_place_type_and_days_in_two_articles_share_a_group():
    got = reports(("a", "Clashes erupted in Kut on Tuesday.", "2008-03-26"),  # 25 March
                  ("b", "Fighting raged in Kut on Wednesday.", "2008-03-27"),  # 26 March: one day apart
                  ("c", "Clashes erupted in Kut on Tuesday.", "2008-04-10"),  # 8 April: another event
                  ("d", "A car bomb exploded in Kut on Tuesday.", "2008-03-26"))  # another type
    groups = [e.event_group for e in got]
    assert groups[0] == groups[1]
    assert len(set(groups)) == 3 and all(g.startswith("g-") for g in groups)


def test_reports_in_one_article_are_not_grouped_with_each_other():
    got = reports(("a", "Ten people were killed in Kut on Monday. Twenty people were killed in Kut on Monday.",
                   "2008-03-26"))
    assert len(got) == 2 and got[0].event_group != got[1].event_group


def test_group_id_is_stable_whatever_the_order_of_articles():
    a = ("a", "Clashes erupted in Kut on Tuesday.", "2008-03-26")
    b = ("b", "Fighting raged in Kut on Tuesday.", "2008-03-26")
    assert {e.event_group for e in reports(a, b)} == {e.event_group for e in reports(b, a)}


def test_a_report_alone_has_a_group_of_its_own():
    [e] = reports(("a", "Clashes erupted in Kut on Tuesday.", "2008-03-26"))
    from geodata.events.grouping import group_id
    assert e.event_group == group_id([e.event_id])


def test_week_long_report_groups_with_a_day_inside_it():
    got = reports(("a", "There have been clashes in Kut since Tuesday.", "2008-03-29"),  # 25-29 March
                  ("b", "Clashes erupted in Kut on Thursday.", "2008-03-28"))  # 27 March
    assert got[0].event_group == got[1].event_group


def test_headline_found_by_its_shape_when_the_manifest_title_differs():
    text = ("Bombs kill 23 in Baghdad market; US troops clash with militia in Diwaniyah\n\n"
            "BAGHDAD (AP) — Two car bombs exploded in a crowded market in central Baghdad on Sunday, "
            "killing at least 23 people and wounding 57, police said.\n")
    art = Article(id="ap", file="ap.txt", title="Bombs kill 23 in Baghdad market", outlet="AP",
                  text=text, body=(Span(0, len(text) - 1),), published="2007-04-09", date_precision="day")
    found = extract_events(art, extract_mentions(art, load_gazetteer()), sentences=split_sentences(art),
                           gazetteer=load_gazetteer())
    baghdad = [e for e in found if e.location == "Baghdad"]
    # One record, from the body (dated Sunday), not a second one from the headline.
    assert [(e.event_date, e.killed_low, e.wounded_low) for e in baghdad] == [("2007-04-08", 23, 57)]


def test_a_toll_carried_to_the_sentence_before_keeps_that_sentences_actors():
    found = events("In the southern city of Diwaniyah, Iraqi troops fought Mahdi Army militiamen "
                   "for a second day. Nine militants were killed in the clashes, the military said.")
    assert [(e.location, e.event_type, e.actor1, e.actor2, e.killed_low) for e in found] == [
        ("Al Diwaniyah", "Battles", "Iraqi army and police", "Mahdi Army", 9)]


def test_each_figure_keeps_its_own_qualifier():
    [e] = events("Approximately 500 people were killed and at least 1,200 wounded in clashes in Basra on Tuesday.")
    assert (e.killed_low, e.count_qualifier, e.wounded_low, e.wounded_high, e.wounded_qualifier) == \
        (500, "approximately", 1200, None, "at least")
    [e] = events("At least 10 people were killed and 30 wounded in clashes in Basra on Tuesday.")
    assert (e.count_qualifier, e.wounded_qualifier) == ("at least", "exact")


def test_the_latest_in_a_series_is_background_not_an_event():
    assert events("It is the latest in a number of explosions in Kabul this year, despite high security.") == ()
    # The event itself is still one.
    assert len(events("A bomb exploded in a market in Mogadishu on Tuesday, killing 12 people.")) == 1


@pytest.mark.parametrize("text, kind", [
    # A bare "strike" in war copy is one from the air or from afar, whoever it killed.
    ("Two children were killed in an Israeli strike on Tyre on Monday.", ("Explosions/Remote violence",
                                                                         "Air or drone strike")),
    ("A strike on a school in Gaza City killed 12 people.", ("Explosions/Remote violence", "Air or drone strike")),
    # A strike of workers or prisoners is a protest.
    ("Workers held a general strike in Basra on Monday.", ("Protests", "Peaceful protest")),
    ("Prisoners in Kirkuk began a hunger strike on Monday.", ("Protests", "Peaceful protest")),
    ("Dockers went on strike in Basra.", ("Protests", "Peaceful protest")),
])
def test_a_strike_is_from_the_air_unless_workers_or_prisoners_hold_it(text, kind):
    assert [(e.event_type, e.sub_event_type) for e in events(text)] == [kind]


@pytest.mark.parametrize("text, kind", [
    # A bomb dropped from the air is an air strike, not a bomb planted.
    ("A Russian glide bomb hit a residential building in Zaporizhzhia, killing four people.", AIR),
    ("Army helicopters dropped barrel bombs on Daraya, killing nine people.", AIR),
    ("Government aircraft bombed a market in Kadugli on Monday, killing 12 people.", AIR),
    # A shootout with police is a clash; a mob's killing, mob violence.
    ("Police killed five gang members in a shootout in Cap-Haitien on Monday.", ("Battles", "Armed clash")),
    ("A mob killed two men accused of theft in Kano on Sunday, police said.", ("Riots", "Mob violence")),
])
def test_bombs_from_the_air_shootouts_and_mobs(text, kind):
    assert [(e.event_type, e.sub_event_type) for e in events(text)] == [kind]


@pytest.mark.parametrize("text", [
    # A state's complaint is no crowd's protest: by a country named as a state, or by its officials.
    "An Israeli air strike hit a house in Qana on Monday. Lebanon protested.",
    "An Israeli air strike hit a house in Qana on Monday. The Lebanese government protested to the United Nations.",
    "Pakistani shelling hit Kunar province on Sunday. Kabul lodged a formal protest with Islamabad.",
])
def test_a_states_protest_is_no_demonstration(text):
    assert [e.event_type for e in events(text)] == ["Explosions/Remote violence"]


def test_a_crowds_protest_after_a_strike_is_still_a_demonstration():
    text = "An Israeli air strike hit a house in Qana on Monday. Thousands protested in Beirut on Tuesday."
    assert [e.event_type for e in events(text)] == ["Explosions/Remote violence", "Protests"]


@pytest.mark.parametrize("text", [
    "A drone attack on the city of Sumy killed two people on Thursday.",
    "Hezbollah used a combat drone to target a training camp near Haifa, killing four soldiers.",
    "Kamikaze drones hit an apartment block in Odesa, killing three.",
    # Aircraft that kill strike, whatever the verb.
    "In Sidon, Israeli jets flattened an apartment block, killing a family of nine.",
])
def test_a_drone_attack_is_an_air_or_drone_strike(text):
    assert [(e.event_type, e.sub_event_type) for e in events(text) if e.killed_low] == [AIR]


@pytest.mark.parametrize("text", [
    "A grenade attack on a bar in Gitega has left three people dead, police said.",
    "Gunmen threw a grenade into a crowd at a market in Garissa, killing two people.",
])
def test_a_grenade_thrown_is_an_explosion(text):
    assert [(e.event_type, e.sub_event_type) for e in events(text) if e.killed_low] == [
        ("Explosions/Remote violence", "Grenade")]


@pytest.mark.parametrize("text", [
    # Soldiers and police killed are no civilians, whichever army they serve.
    "Four soldiers were killed in Yuksekova on Monday.",
    "Three gendarmes died in Djibo on Sunday.",
    # A policeman among the dead makes it a fight.
    "A policeman and four labourers were killed at a police station in Turbat.",
])
def test_armed_men_or_an_armed_post_hit_make_a_battle(text):
    assert [e.event_type for e in events(text) if e.killed_low] == ["Battles"]


def test_a_record_that_counts_a_bombings_toll_is_of_the_bombing():
    text = ("A suicide bomber blew himself up at a funeral in Kunar province on Wednesday, killing at least 15 "
            "mourners.\n\nThe attack in Kunar's Asadabad city also wounded 40 people, a provincial spokesman "
            "said. Later, officials raised the death toll to 18.")
    assert [(e.event_type, e.fatalities) for e in events(text) if e.fatalities] == [
        ("Explosions/Remote violence", 18)]


def test_the_killed_then_the_wounded_of_one_blast_are_one_report():
    text = ("At least nine people were killed when a suicide bomber struck a checkpoint in Jalalabad on Monday, "
            "officials said. A hospital spokesman said 31 people were wounded in the blast.")
    (event,) = events(text)
    assert (event.location_text, event.killed_low, event.wounded_low) == ("Jalalabad", 9, 31)
    assert event.sentence == text


@pytest.mark.parametrize("between", [
    " The bomber drove a car packed with explosives. Residents said the blast was heard across the town.",
    ' "There was glass everywhere," said one shopkeeper.',
])
def test_the_wounded_told_a_few_sentences_after_the_killed_join_them(between):
    text = ("A car bomb killed 14 people in the market of Tal Kaif on Friday, police said." + between
            + " Twenty-three others were wounded, a doctor said.")
    (event,) = [e for e in events(text) if e.killed_low or e.wounded_low]
    assert (event.location_text, event.killed_low, event.wounded_low) == ("Tal Kaif", 14, 23)
    # (its sentence is still the killed's own; the wounded's is among those that report it)
    assert event.sentence.startswith("A car bomb killed 14")


# (guards: apart before the wounded told a few sentences after joined their killed, and still)
@pytest.mark.parametrize("between", [
    # Another event told between: its wounded are its own.
    " About 10 minutes later, a second bomber blew himself up among the crowd that had gathered.",
    " In another attack, gunmen stormed a checkpoint.",
    # Another toll told between.
    " A roadside bomb killed two soldiers in Tal Kaif on Friday.",
])
def test_the_wounded_after_another_event_or_toll_stay_apart(between):
    text = ("A car bomb killed 14 people in the market of Tal Kaif on Friday, police said." + between
            + " Twenty-three people were wounded in Tal Kaif, a doctor said.")
    assert (14, None) in [(e.killed_low, e.wounded_low) for e in events(text)]


def test_the_wounded_told_far_after_the_killed_stay_apart():  # (a guard)
    text = ("A car bomb killed 14 people in the market of Tal Kaif on Friday, police said. The bomber drove a car "
            "packed with explosives. Residents said the blast was heard across the town. Shops were closed on "
            "Saturday. Schools stayed shut. Twenty-three people were wounded in Tal Kaif, a doctor said.")
    assert (14, None) in [(e.killed_low, e.wounded_low) for e in events(text)]


@pytest.mark.parametrize("text", [
    # Another place, or a toll of killed in both: two reports.
    "A suicide bomber killed nine people in Jalalabad on Monday. A roadside bomb wounded 31 people in Kunar.",
    "A suicide bomber killed nine people in Jalalabad on Monday. A second blast killed four people in Jalalabad.",
])
def test_halves_join_only_at_one_place_and_with_one_toll_each(text):
    assert len(events(text)) == 2


@pytest.mark.parametrize("text", [
    "A Taleban bomber rammed a car into soldiers queuing outside a bank in Lashkar Gah, killing six.",
    "Militants launched an explosives-laden cylinder at a police station in Toribio, killing two officers.",
])
def test_a_bomber_or_an_explosives_laden_vehicle_is_an_explosion(text):
    assert [e.event_type for e in events(text)] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("text, place", [
    # A source described by an apposition that says where it sits speaks from there.
    ("Gunmen killed at least 30 people in Tawila, according to the Emergency Lawyers, a rights group in Khartoum.",
     "Tawila"),
    # Without the apposition, police in a town report on that town.
    ("Gunmen killed at least 30 people, according to police in Tawila.", "Tawila"),
])
def test_a_source_seated_elsewhere_is_not_the_place(text, place):
    assert [e.location_text for e in events(text)] == [place]


def test_an_apposition_without_a_source_noun_does_not_seat_a_source():
    text = ("Government troops shelled Aleppo on Sunday. According to local officials, an airstrike in Idlib "
            "killed 12 people on Monday.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Idlib", 12)]


def test_halves_told_as_another_event_stay_two_reports():
    text = ("An airstrike killed five people in Gaza City on Monday. Separately, Israeli artillery shelling "
            "wounded 12 people in Gaza City on Monday.")
    assert len(events(text)) == 2


def test_a_town_in_capitals_opening_the_text_with_no_mark_after_it_is_a_dateline():
    text = ("AMMAN A Syrian army bombardment killed at least six children and four other civilians on Tuesday "
            "in the city of Deraa, opposition activists said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Deraa", 10)]


def test_where_an_organisation_named_with_its_acronym_sits_is_not_where_it_happened():
    text = ("The Palestinian Center for Human Rights (PCHR) in Gaza said at least 24 people were killed when an "
            "Israeli strike destroyed a building in Jabalia at dawn.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Jabalia", 24)]
    # Police in a town speak of their own town.
    assert [e.location_text for e in events("Police in Mosul said a bomb killed five people.")] == ["Mosul"]


# (the title in lower case and "Foreign Minister" are guards: read as the holder's before)
@pytest.mark.parametrize("title", ["Prime Minister", "Foreign Minister", "President", "prime minister",
                                   "Health Minister", "Deputy Prime Minister"])
def test_a_countrys_minister_who_tells_a_toll_does_not_make_it_nationwide(title):
    text = ("Gunmen stormed a gas plant near Tiguentourine on Wednesday.\n\n"
            f"Algeria's {title} said 37 workers were killed during the hostage crisis at the plant.")
    assert [(e.location_text, e.scope, e.fatalities) for e in events(text) if e.killed_low] == [
        ("Tiguentourine", "local", 37)]


def test_where_an_office_that_speaks_sits_is_not_where_it_happened():
    text = ("The director of the health department office in Saada said the aircraft conducted two raids on "
            "the al-Qarwani market in Razih district on Saturday, killing 12 people.")
    assert "Saada" not in [e.location_text for e in events(text)]


@pytest.mark.parametrize("text, scope", [
    # Many attacks over weeks: one toll of them all, kept off the local tolls.
    ("Between 3 and 21 March, gunmen carried out a series of attacks on villages in Bukkuyum Local "
     "Government Area of Zamfara State, killing at least 48 villagers.", "operation"),
    ("About 60 people have died in clashes in Baidoa in September, a rights group said.", "operation"),
    # One attack dated by its month is still one event at its place.
    ("A car bomb killed 12 people at a market in Baidoa in September, police said.", "local"),
    # Several attacks on one day are one day's local tolls.
    ("Gunmen carried out attacks on two villages near Baidoa on Sunday, killing 14 people.", "local"),
    # Several acts dated by their month that struck one target are one event at its place ...
    ("In September, suicide bombings targeted a peace rally outside the main bus station in Baidoa, killing 41 "
     "people.", "local"),
    # ... but not acts that struck a number of them (a guard), nor a list of them, nor as many as counted.
    ("In September, airstrikes hit a number of villages around Baidoa, killing 41 people.", "operation"),
    ("Between 7 and 25 July, armed groups carried out 10 attacks that struck a church, a mosque and several villages "
     "around Baidoa, killing at least 30 people.", "operation"),
    # Raids on separate villages over a month: one raid on each, no one event.
    ("Gunmen attacked a police post in Baidoa on Monday.\n\nThirteen people were killed in September when gunmen "
     "on motorbikes raided three separate villages in the region.", "operation"),
    ("Gunmen attacked a police post in Baidoa on Monday.\n\nNine people were killed in September when militants "
     "raided different villages in the region.", "operation"),
])
def test_a_toll_of_several_events_over_weeks_is_no_local_toll(text, scope):
    [toll] = [e for e in events(text, published="2022-11-02") if e.killed_low]
    assert toll.scope == scope
    assert (toll.fatalities is None) is (scope != "local")


@pytest.mark.parametrize("text, local, wide", [
    # The figure before "including" totals several attacks; the one after is a part of it.
    ("At least 31 people were killed in bomb attacks in Somalia on Monday, including two car bombings that "
     "left 19 dead in Baidoa, police said.", ("Baidoa", 19), 31),
    # The only figure told of several events is their total, the other one event's toll.
    ("A suicide bomber blew up a truck at an army base in Beledweyne, killing at least 12 soldiers in the "
     "deadliest of several attacks on Monday that claimed 27 lives.", ("Beledweyne", 12), 27),
])
def test_a_total_of_several_events_in_a_sentence_is_not_added_to_one_of_them(text, local, wide):
    found = events(text)
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [local]
    assert [e.killed_low for e in found if e.scope != "local"] == [wide]


def test_two_groups_killed_in_one_attack_still_add_up():
    text = "Gunmen killed 12 soldiers and 3 civilians in attacks on two checkpoints in Beledweyne on Monday."
    assert [(e.location_text, e.fatalities) for e in events(text)] == [("Beledweyne", 15)]


def test_an_aside_on_the_first_victims_does_not_make_the_list_a_total_and_its_part():
    text = ("A missile levelled a three-storey building in Khan Younis on Sunday, killing nine members of the Dalu "
            "family, five of them children, and two other people, medics said.")
    assert [(e.location_text, e.fatalities, e.scope) for e in events(text) if e.killed_low] == [
        ("Khan Younis", 11, "local")]


def test_a_toll_goes_to_the_place_a_possessive_only_locates():
    text = "At least 14 people were killed in an Israeli strike on Gaza's central Maghazi refugee camp on Sunday."
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Maghazi refugee camp", 14)]


def test_a_toll_with_no_place_after_a_quotation_is_told_where_the_last_event_was():
    # The quotation between names no place: the story is still at the market, not in the town the
    # article names most.
    text = ("Troops in Baidoa said on Tuesday that they had repelled the attackers. Officials in Baidoa gave no "
            "toll.\n\nSeparately, an air strike hit a market in Beledweyne, residents said. \"We heard two "
            "explosions,\" one resident said. \"People ran to help the wounded.\"\n\nFour traders were killed "
            "in the first strike.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Beledweyne", 4)]


def test_a_toll_with_no_place_after_a_place_named_again_goes_to_the_town_named_most():
    text = ("Troops in Baidoa said on Tuesday that they had repelled the attackers. Officials in Baidoa gave no "
            "toll.\n\nSeparately, an air strike hit a market in Beledweyne, residents said. The army later "
            "sent reinforcements to Baidoa, an officer said. \"We are ready,\" he said.\n\nFour traders were "
            "killed in the first strike.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Baidoa", 4)]


@pytest.mark.parametrize("text, counted", [
    # The toll of two events the sentence counts, in a region: no local toll; the body's tolls count.
    ("Two separate air strikes killed at least 21 civilians in northern Yemen on Saturday, residents said. One "
     "strike hit a wedding in Hajjah and killed 13 people. The other killed eight at a market in Saada.",
     [("Hajjah", 13), ("Saada", 8)]),
    ("Gunmen attacked two villages in Zamfara state on Friday, residents said. Ten people were killed in Kurya "
     "and six in Maru. The death toll from the two attacks was put at around 40 by local media.",
     [("Kurya", 10), ("Maru", 6)]),
    # Two blasts at one market in a town: one event's toll, there.
    ("Two explosions at a market in Kirkuk killed 20 people on Monday, police said.", [("Kirkuk", 20)]),
    # Acts told as many: the toll of several attacks, at none of them; the body's toll counts.
    ("Police reported fighting south of Mosul on Sunday. Insurgents struck several times Monday, killing 21 "
     "civilians. A roadside bomb in Hammam al-Alil killed seven, police said.", [("Hammam al-Alil", 7)]),
    ("Police reported fighting south of Mosul on Sunday. Insurgents launched several attacks on Monday, killing 21 "
     "civilians. A roadside bomb in Hammam al-Alil killed seven, police said.", [("Hammam al-Alil", 7)]),
    # (a guard: a target hit several times is one event's)
    ("Russian shelling hit a hospital in Avdiivka on Monday. The building was hit several times, killing 12 "
     "patients.", [("Avdiivka", 12)]),
])
def test_the_toll_of_several_counted_events_at_no_town_is_not_local(text, counted):
    found = events(text)
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == counted
    assert all(e.scope == "operation" for e in found if e.killed_low in (21, 40))


def test_a_toll_told_only_at_a_country_is_nationwide():
    text = ("Israel was taken by surprise when hundreds of militants stormed across the border on Saturday "
            "and killed hundreds.")
    [toll] = [e for e in events(text) if e.killed_low is not None or e.killed_high is not None
              or e.count_qualifier == "vague"]
    assert (toll.location_text, toll.scope, toll.fatalities) == ("Israel", "national", None)


def test_a_toll_told_again_by_a_definite_noun_goes_to_the_event_told_before():
    # "Iraq" is named for the ranking; the bombings struck the towns named before.
    text = ("On 14 August 2007, four coordinated suicide truck bombings struck the towns of Qahtaniya and "
            "Jazeera, near Sinjar in Nineveh Governorate. The bombings killed 796 people, making them the "
            "deadliest attack since the 2003 invasion of Iraq.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Qahtaniya", 796)]


def test_a_running_total_of_many_events_told_nowhere_is_not_the_main_towns():
    # (after a sentence that tells no event: else its place would be the toll's)
    text = ("Militants stormed across the border from Gaza on Saturday. Fighting in Sderot and Kfar Aza lasted "
            "for days.\n\nOfficials in Sderot met on Tuesday. Israel said on Wednesday the death toll from the "
            "attacks had reached 1,200 people.")
    [toll] = [e for e in events(text) if e.killed_low == 1200]
    assert toll.scope == "operation" and not toll.fatalities


@pytest.mark.parametrize("text, scope", [
    # Killed during strikes in the plural, over a territory: many events' toll.
    ("In the Gaza Strip, health officials said 1,055 people had been killed during retaliatory strikes.",
     "operation"),
    # ... at a town, one event's toll stays local.
    ("In Rafah, health officials said 12 people had been killed during air strikes overnight.", "local"),
    # The wounded may be told between the dead and the events.
    ("In northern Ethiopia, 21 people were killed and more than 60 wounded in clashes with Eritrean troops.",
     "operation"),
])
def test_the_dead_of_strikes_in_the_plural_over_a_territory(text, scope):
    [toll] = [e for e in events(text) if e.killed_low is not None]
    assert toll.scope == scope
    assert all(e.scope == scope for e in events(text) if e.wounded_low is not None)


@pytest.mark.parametrize("after", [
    "Three soldiers were wounded and taken to the Hakkari Military Hospital.",
    "Two sergeants were wounded in the explosion and underwent medical treatment in the Hakkari Military Prison.",
])
def test_where_the_wounded_were_taken_or_treated_is_not_where_the_toll_happened(after):
    text = ("Three soldiers and nine militants were killed in a clash in the gendarmerie area in the district "
            "of Semdinli in the province of Hakkari. " + after)
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Semdinli", 12)]


def test_the_toll_of_events_told_at_several_places_just_before_is_at_none_of_them():
    text = ("A soldier was wounded by a bomb in Pattani on Monday. Monday's attack followed bombings in "
            "Songkhla, Narathiwat and Yala over the weekend, targeting banks and hotels. The attacks killed six "
            "people, officials said.")
    [toll] = [e for e in events(text) if e.killed_low == 6]
    assert toll.scope == "operation" and not toll.fatalities


@pytest.mark.parametrize("text, place", [
    # "the Hodan district of Mogadishu": the quarter before "of" is the toll's place.
    ("Gunmen killed two civilians in the Hodan district of Mogadishu.", "Hodan"),
    ("Gunmen killed two civilians in the Karrada district of Baghdad.", "Karrada"),
])
def test_a_toll_in_a_named_quarter_of_a_town_is_at_the_quarter(text, place):
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [(place, 2)]


@pytest.mark.parametrize("text, killed", [
    # A quoted title's figure, then the same figure in the sentence's own words: one toll, told twice.
    ("The commissioner, in a statement titled \u201cTwelve killed in attack on Kafanchan market\u201d, said "
     "12 people were killed in the attack on Kafanchan on Sunday.", 12),
    ('The governor, in a statement titled "Nine dead in Bama", said nine people died when gunmen attacked '
     "Bama on Sunday.", 9),
    # Two equal figures outside quotation marks are two groups of dead.
    ("Gunmen killed 12 soldiers and 12 civilians in Bama on Sunday.", 24),
])
def test_a_toll_told_in_a_quoted_title_and_again_is_counted_once(text, killed):
    [e] = events(text)
    assert (e.killed_low, e.killed_high) == (killed, killed)


@pytest.mark.parametrize("text, local, earlier", [
    ("A suicide bomber killed 30 people in Kabul on Monday, weeks after an attack in May that killed 12.", 30, 12),
    ("The death toll from Thursday's attack on an army base in Diffa is at least 89, surpassing a raid "
     "last month that killed 71 soldiers as the deadliest in years.", 89, 71),
    ("It was the deadliest blast in Kabul since the 2017 truck bombing that killed more than 150 people.", None, 150),
    ("Gunmen killed nine villagers in Tillaberi, a month after an ambush near the town that left 12 soldiers dead.",
     9, 12),
    ("Shells killed five civilians in Homs on Wednesday; residents feared a repeat of the month-long battering "
     "that killed 700 in the Baba Amr district.", 5, 700),
])
def test_the_toll_of_an_earlier_event_named_to_compare_is_no_local_toll(text, local, earlier):
    found = events(text)
    assert [e.killed_low for e in found if e.scope == "local" and e.killed_low is not None] == \
        ([local] if local is not None else [])
    assert [e.killed_low for e in found if e.scope == "cumulative"] == ([earlier] if earlier is not None else [])


def test_another_victim_is_one_more():
    found = events("A bomb killed a soldier in Ramadi on Monday. Another soldier was killed in Falluja.")
    assert [(e.location_text, e.killed_low) for e in found] == [("Ramadi", 1), ("Falluja", 1)]


@pytest.mark.parametrize("text, total", [
    # AP's "taking to N the number of": the running total holds the sentence's other figure.
    ("Five US soldiers were killed in four separate attacks in Iraq yesterday, taking to eight the number of "
     "American soldiers killed in the past 48 hours.", 8),
    ("Three policemen were killed in Kandahar province, raising to 40 the number of police killed there this month.",
     40),
])
def test_a_running_total_after_to_holds_the_sentence_s_figure(text, total):
    assert [e.killed_low for e in events(text) if e.killed_low is not None] == [total]


@pytest.mark.parametrize("text, where", [
    # The source of a toll is not where it happened.
    ("A bomb exploded in Tikrit on Monday. Six people were killed, according to the Tikrit Teaching Hospital.",
     "Tikrit"),
    # Nor is the end of a road the site is near.
    ("In the Amil attack, gunmen stormed a police station near the road to Baghdad International Airport, "
     "killing 16 policemen.", "Amil"),
])
def test_a_source_or_a_road_s_end_is_not_where_a_toll_happened(text, where):
    assert [e.location_text for e in events(text) if e.killed_low is not None] == [where]


def test_the_toll_of_two_attacks_told_at_a_city_stays_there_when_the_next_sentence_names_a_quarter():
    # "two major attacks": one toll of two events, at neither of the quarters the next sentence names.
    found = events("Insurgents launched two major attacks on Friday in Baghdad, killing 30 people. "
                   "The attacks occurred in the Mansour district.")
    assert [(e.location_text, e.killed_low) for e in found if e.killed_low is not None] == [("Baghdad", 30)]


def test_a_placeless_toll_does_not_go_to_a_town_named_only_as_a_source_or_a_journey_s_start():
    text = ("Officials in Kabul said the attack was under investigation.\n\nThe soldiers travelled from Kandahar "
            "to the border on Monday.\n\nThe army said the bodies of 40 militants had been found.")
    [e] = [e for e in events(text) if e.killed_low is not None]
    assert e.location_text not in ("Kabul", "Kandahar") and e.scope == "national"
    assert "no town it names is where anything happened" in e.notes and "()" not in e.notes


def test_a_toll_after_a_sentence_that_opens_another_event_is_not_the_last_event_s():
    # "Later Monday, ...": another event, so the five killed are not a count of the eight in Hodan told again.
    found = events("Gunmen attacked a checkpoint in Mogadishu's Hodan district on Monday, killing eight soldiers. "
                   "A spokesman confirmed the attack. Later Monday, residents reported missiles pounding Mogadishu's "
                   "main market. Witnesses saw at least five civilians killed.")
    assert [(e.location_text, e.killed_low, e.counted_in == "") for e in found] == [
        ("Hodan district", 8, True), ("Mogadishu", 5, True)]
    # "also" only adds a speaker's words: the toll stays with the event told.
    found = events("Taliban fighters attacked the Khwaja Omari district headquarters in Ghazni province, killing "
                   "15 people. Mohsini also said 25 Taliban fighters were killed in the gunbattle.")
    assert all(e.scope == "local" for e in found if e.killed_low)


def test_fighting_that_has_claimed_lives_is_a_background_toll():
    found = events("A clash in a village in Mrauk-U township on Friday left two villagers dead. The latest skirmish "
                   "came as a spokesman gave a partial tally. Fighting has claimed the lives of 58 rebels, 27 "
                   "policemen and a dozen civilians, the spokesman said.")
    assert [(e.killed_low, e.scope) for e in found if e.killed_low] == [(2, "local"), (97, "cumulative")]


@pytest.mark.parametrize("second, scope", [
    # A war's tally told on by its source, in the present perfect: the tally's.
    ("It added that about 120 rebels have been killed.", "wide"),
    # (guards: an event told next, in the past or in the present perfect with its place and day; a tally the
    # sentence before did not tell)
    ("It added that 12 people were killed in a blast in Saada on Friday.", "local"),
    ("It added that at least 40 people have been killed in an attack on a market in Dahyan on Sunday.", "local"),
])
def test_a_wars_tally_told_on_by_its_source_is_the_tallys(second, scope):
    text = ("The ministry said on Saturday that since the fighting began in January, 300 soldiers have been killed "
            f"in Saada province. {second}")
    found = [e for e in events(text, published="2007-03-25") if e.killed_low]
    assert found[0].scope in ("operation", "cumulative")  # (the tally told first)
    assert found[1].scope == (found[0].scope if scope == "wide" else scope)
    plain = [e for e in events(f"Three soldiers were killed in Saada on Friday. {second}", published="2007-03-25")
             if e.killed_low]
    assert plain[-1].scope == "local"


@pytest.mark.parametrize("second, scope", [
    # Deaths over days, told with no event and no place of their own: a tally, not the toll told before.
    ("More than 60 people have been reported killed since Sunday.", "cumulative"),
    # (guards: a place of its own, a battle's days there; an event's words)
    ("Nearly 400 people have been killed in Aleppo since Sunday.", "local"),
])
def test_deaths_since_a_day_with_no_place_are_a_tally(second, scope):
    text = f"A man and a woman were killed by sniper fire in Douma on Tuesday, activists said. {second}"
    found = [e for e in events(text, published="2011-12-14") if e.killed_low]
    assert (found[0].killed_low, found[0].scope) == (2, "local") and found[-1].scope == scope


@pytest.mark.parametrize("text, killed", [
    # The lives spared or saved are no one killed.
    ("Gunmen killed 19 Turkomen and two Kurds near Baqubah, sparing the lives of four Sunnis.", 21),
    ("Troops killed six militants in Kandahar but saved the lives of 12 hostages.", 6),
    ("Gunmen killed two guards at the Dikwa base; a jammed gate helped save the lives of up to 30 soldiers.", 2),
    # (guards) Those one tried or failed to save died.
    ("Troops tried to save the lives of 20 villagers killed in the raid on Zurmi on Sunday.", 20),
    ("Gunmen shot two guards in Dikwa on Sunday. Medics could not save the lives of 3 others, who died of their "
     "wounds.", 3),
    # Two victims named by name in the passive are one each.
    ("Abdi Farah Hassan and Ali Mohamed Nur were shot dead by gunmen in Baidoa on Monday.", 2),
    # (guards) The names of the victims a count told before are no more of them, nor are the names a group is
    # told by.
    ("Dozens of fighters loyal to Abdel Fattah Burhan and Mohamed Hamdan Dagalo were killed in fighting in "
     "Khartoum on Monday.", None),
    ("Two soldiers were killed in an ambush in Kismayo on Monday, police said. A source said both Ahmed Yusuf Ali "
     "and Omar Abdi Nur were shot dead by the attackers.", 2),
    # A people's name counts its dead as "people" does.
    ("A suicide bomber killed 12 Hazaras and three Christians in Quetta on Monday.", 15),
    # One victim named between commas is one killed.
    ("A village chief, Alhaji Musa, was shot dead in Kaura on Monday.", 1),
    ("In the neighbouring region, a police officer, Ekah Njume, was killed on Sunday at his home in Mutengene.", 1),
    # One victim heading a list joined by commas counts, and not again after "including".
    ("A soldier, two policemen and three civilians were killed in Kaura on Monday.", 6),
    ("A policeman, a woman and an 11-year-old girl were killed in Samarra on Thursday.", 3),
    ("Three staff, including a woman, were killed in Tilin on Thursday.", 3),
])
def test_who_is_counted_among_the_killed(text, killed):
    [e] = events(text)
    assert (e.killed_low, e.killed_high) == (killed, killed)


def test_an_armed_group_s_own_account_is_not_a_second_toll():
    text = ("Hundreds of Taliban fighters raided police outposts in the Kamdesh district of Nuristan province on "
            "Tuesday. The attack ended with the deaths of 12 Taliban fighters, the border police commander said. "
            "Taliban spokesman Zabihullah Mujahid said that three Taliban fighters were killed in the engagement.")
    found = events(text)
    counted = sum(e.killed_low for e in found if e.killed_low and not e.counted_in and e.scope == "local")
    assert counted == 12
    assert any("an armed group's account" in e.notes for e in found)
    # The police's account is no armed group's.
    police = events(text.replace("Taliban spokesman Zabihullah Mujahid", "A police spokesman"))
    assert not any("an armed group's account" in e.notes for e in police)


def test_a_toll_in_the_same_area_as_an_event_told_before_is_at_that_events_place():
    text = ("A roadside bomb tore through a minibus near the town of Chaman on Monday, killing 11 people, "
            "officials said.\n\nThe Taliban denied any role. Traders in Kandahar and Quetta said the road would "
            "stay closed. Quetta's markets shut.\n\n"
            "A similar attack in the same area as Monday's blast killed 20 people last year.")
    found = [(e.location_text, e.killed_low) for e in events(text) if e.killed_low]
    assert found == [("Chaman", 11), ("Chaman", 20)]


def test_a_vague_count_told_nowhere_is_not_drawn_at_the_most_mentioned_town():
    # "thousands" with no place, after sentences that tell no event: not a local toll at Stepanakert.
    text = ("STEPANAKERT - Officials in Stepanakert met on Monday. Talks in Stepanakert went on late.\n\n"
            "The parties accused each other of starting the war, and spoke of thousands killed by the enemy.")
    found = events(text)
    assert sum(e.fatalities or 0 for e in found) == 0
    assert all(e.scope != "local" for e in found if e.count_qualifier == "vague")


def test_where_a_source_told_an_agency_is_not_where_the_dead_died():
    text = ("A car bomb exploded near a hospital in Benghazi on Monday.\n\nA health ministry spokesman later "
            "told Agence France Presse in Tripoli that four people died.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Benghazi", 4)]


@pytest.mark.parametrize("text, kind", [
    # A toll's clause holds only an agreement's words: the toll is the car bombing's.
    ("Rebels carried out a car bombing against a police academy in Bogota that left 21 dead, raising questions "
     "about security in the wake of a peace deal with FARC.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # A relative clause with deaths alone tells the toll of the event its antecedent names.
    ("Police said they had arrested three suspects in the bombing that killed 11 people in Jalalabad on Monday.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("A Saudi-led coalition airstrike at a market that killed 21 people in Hodeidah drew condemnation.",
     ("Explosions/Remote violence", "Air or drone strike")),
    # ... or an arrest's: the dead are the fighting's.
    ("A policeman, a woman and a girl were killed in two hours of fighting in Samarra on Thursday, and police "
     "arrested three men.", ("Battles", "Armed clash")),
])
def test_a_toll_is_the_sentences_violent_event_s_not_a_developments(text, kind):
    assert [(e.event_type, e.sub_event_type) for e in events(text) if e.killed_low] == [kind]


def test_a_one_sentence_first_paragraph_taken_as_the_title_is_the_lead_not_a_headline():
    from geodata.io.corpus import article_from_text

    text = ("KHARTOUM, Sudan (AP) — Paramilitary fighters attacked a village in Sudan's Gezira province, killing at "
            "least 104 people, activists said Thursday.\n\nThe attack on Wad al-Nourah village came after the Rapid "
            "Support Forces stormed the area on Wednesday, local activists said.")
    art = article_from_text(text, id="sudan", file="sudan.txt")
    assert art.title.startswith("KHARTOUM")  # the reader takes the first line for the title...
    sentences = split_sentences(art)
    gazetteer = load_gazetteer()
    found = extract_events(art, extract_mentions(art, gazetteer, sentences=sentences), sentences=sentences,
                           gazetteer=gazetteer)
    # ... and its toll still reaches the map, at the village the body names.
    assert sum(e.fatalities or 0 for e in found) == 104


@pytest.mark.parametrize("text, killed", [
    # The present of a brief: the death is an event's.
    ("A civilian dies in a gun attack against a judge in Baquba.", 1),
    # "a single family" is a family, whoever counts its members.
    ("Four members of a single family died in the strike on Khan Younis.", 4),
])
def test_a_briefs_present_and_a_single_family_count(text, killed):
    assert sum(e.fatalities or 0 for e in events(text)) == killed


@pytest.mark.parametrize("text", [
    "A boat carrying migrants capsized off Zuwara on Tuesday, killing 41 people, the coastguard said.",
    "An earthquake in Hatay killed more than 300 people on Monday.",
    "Floods killed 30 people in Sindh province this week, officials said.",
])
def test_deaths_no_armed_party_caused_are_no_conflict_event(text):
    assert [e for e in events(text) if e.killed_low] == []


def test_an_attack_told_beside_a_disaster_is_still_an_event():
    text = "A roadside bomb hit a bus near Quetta on Monday, killing 12 passengers, as floods swept the province."
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Quetta", 12)]


@pytest.mark.parametrize("text, expected", [
    ("A drone struck a bus near Kupiansk on Monday, resulting in one fatality.", [(1, None)]),
    ("A drone struck a bus near Kupiansk on Monday, resulting in one injury.", [(None, 1)]),
])
def test_one_fatality_or_injury_alone_is_the_events_toll(text, expected):
    assert [(e.killed_low, e.wounded_low) for e in events(text)] == expected


def test_troops_coming_under_fire_is_a_clash_whose_toll_the_next_sentence_tells():
    text = ("Police in Mosul said a curfew was imposed on Mosul after dark. In Tal Afar, 60 km west of Mosul, Iraqi "
            "troops came under fire from a house as they searched for a militant. Two soldiers died in the gunbattle, "
            "the army said.")
    assert [(e.location_text, e.event_type, e.fatalities) for e in events(text) if e.fatalities] == [
        ("Tal Afar", "Battles", 2)]


def test_an_act_told_beside_a_wider_toll_stays_an_event_at_its_place():
    """"A suicide bomber struck a police station in Tal Afar, the latest in a week of bombings that have killed
    nearly 60 people": the week's toll is no one event's, but the strike is one, at Tal Afar."""
    text = ("A suicide bomber struck a police station in Tal Afar on Monday, the latest in a week of bombings that "
            "have killed nearly 60 people.")
    found = events(text, published="2007-12-10")
    assert sorted((e.location_text, e.scope, e.fatalities) for e in found) == [
        ("Tal Afar", "local", 0), ("Tal Afar", "operation", None)]


def test_several_acts_told_beside_their_toll_are_no_one_event():
    text = "The province witnessed several attacks by gunmen in Tal Afar, which killed six people last week."
    assert all(e.scope != "local" or e.fatalities for e in events(text, published="2023-01-05"))


def test_a_blast_told_after_the_story_names_its_town_is_at_that_town():
    """The event told only coarsely ("north of Baghdad"), the story then names the town, and "The blast" that kills
    is there."""
    text = ("A truck bomb struck a police station north of Baghdad on Saturday, police said.\n\nThe truck was let "
            "through the main gate of the compound in Baiji after the driver said he was delivering sand.\n\n"
            "The blast killed eight people and wounded 16, police said.")
    found = events(text, published="2007-12-10")
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Baiji", 8)]


def test_the_dead_told_right_after_a_speakers_seat_are_that_towns():
    """"said Issiaka Ganame, the mayor of Yoro, where 24 people were killed": the speaker's seat is where the dead
    were, as the words after it say."""
    text = ("BAMAKO - Gunmen attacked two villages near Bandiagara in central Mali, officials in Bandiagara said.\n\n"
            "The victims were mostly herders, said Issa Ganame, the mayor of Mopti, where 24 people were killed.")
    found = events(text, published="2019-06-19")
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Mopti", 24)]


@pytest.mark.parametrize("between", [
    "The soldiers were heading to Herat for leave.",
    "The bomber came from Ramadi, police said.",
    "The wounded were taken to a hospital in Bajil.",
])
def test_a_town_named_since_as_where_people_went_or_came_from_takes_no_toll(between):
    """(guards) A journey's end, a bomber's home, the hospital's town: none is the event's site."""
    text = (f"A roadside bomb struck a convoy north of Kandahar on Monday.\n\n{between}\n\n"
            "The blast killed four soldiers.")
    found = events(text, published="2020-05-05")
    towns = ("Herat", "Ramadi", "Bajil")
    assert not [e for e in found if e.location_text in towns and e.fatalities]


def test_an_act_ending_a_bloody_week_stays_an_event_at_its_place():
    text = "A suicide bomber struck a mosque in Quetta on Friday, ending a bloody week in which 45 people died."
    found = events(text, published="2020-05-08")
    assert ("Quetta", "local") in {(e.location_text, e.scope) for e in found}


def test_warplanes_are_no_war_an_act_told_beside_a_weeks_toll_is_kept():
    text = ("Israeli warplanes bombed a police station north of Gaza City on Monday, the latest in a week of bombings "
            "that have killed nearly 80 people.")
    assert ("local", None) in {(e.scope, e.killed_low) for e in events(text, published="2010-05-05")}


def test_a_town_where_a_speech_was_given_takes_no_toll():
    text = ("A suicide truck bomb struck a police station north of Baghdad on Monday.\n\nThe prime minister condemned "
            "the attack in a speech in Basra.\n\nThe blast killed eight people, police said.")
    assert not [e for e in events(text, published="2010-05-05") if e.location_text == "Basra" and e.fatalities]


def test_a_speakers_seat_told_with_its_units_noun_is_no_site():
    """"said X, the mayor of the nearby commune of Gros-Morne": whose official, not where the dead were."""
    text = ("PORT-AU-PRINCE - Gang members attacked the village of Lagon on Tuesday.\n\nAt least 11 people were "
            "killed, said Hubert Ceneac, the mayor of the nearby commune of Gros-Morne.")
    found = events(text, published="2022-06-20")
    assert [(e.location_text, e.fatalities) for e in found if e.fatalities] == [("Lagon", 11)]


def test_an_incursion_is_an_event_whose_later_toll_is_its_own():
    # "the toll of the incursion ... into the village of X ... has increased. Civil society sources speak of 20
    # dead": the toll of the incursion, at its village (not the town the article names most).
    text = ("Rebels killed 11 civilians in Beni on Tuesday, local officials said. Residents of Beni fled the town.\n\n"
            "In the Rutshuru area, the toll of the incursion of ADF fighters into the village of Kiwanja last Monday "
            "has increased. "
            "Civil society sources speak of 20 dead.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Beni", 11), ("Kiwanja", 20)]


def test_a_toll_in_brackets_after_a_place_is_that_places():
    # A list of past attacks, each with its toll in brackets: each toll is its site's, not one sum over years.
    text = ("Since 2011, Kenya has been the target of several deadly attacks claimed by al-Shabaab, including against "
            "the Westgate shopping mall in Nairobi (September 2013, 67 dead) and Mpeketoni (June 2014, 48 dead).")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.killed_low] == [
        ("Westgate shopping mall", 67, 67), ("Mpeketoni", 48, 48)]
    # (each dated by its bracket, not by the sentence)
    assert [e.event_date[:7] for e in events(text, published="2023-06-14") if e.killed_low] == ["2013-09", "2014-06"]


@pytest.mark.parametrize("tally, local", [
    ('"We now know that at least 250 civilians have been killed, most of them by the militias," said a researcher.',
     False),
    # (a guard: a toll no bigger than the local ones may be the attack's own, told again)
    ('"At least 20 people have been killed," said a local official.', True),
])
def test_a_tally_in_the_present_perfect_far_beyond_the_local_tolls_is_no_local_toll(tally, local):
    text = ("Gunmen attacked a market in the town of Djenne on Monday, killing seven people, officials said.\n\n"
            "The army has been fighting jihadists in the region since 2015. On Thursday, Human Rights Watch said "
            f"both sides had targeted civilians.\n\n{tally}")
    (told,) = [e for e in events(text) if e.killed_low and e.killed_low > 7]
    assert (told.scope == "local") is local


def test_the_guess_of_a_toll_with_no_place_is_no_town_abroad():
    # The one town the body names as a place is abroad: no guess at where the article's dead were.
    text = ("ISLAMABAD (AP) One official said villagers brought an estimated 40 bodies to a district headquarters to "
            "show officials.\n\nThe prime minister meets the U.S. president in Washington on Wednesday.\n\n"
            "Militants massed in Kurram district on Monday, and fighting broke out near Parachinar soon after, a "
            "lawmaker said.")
    assert all(e.country == "PK" for e in events(text) if e.fatalities)


@pytest.mark.parametrize("tally, scope", [
    ("Since 3 March, government troops have killed 130 civilians in North Darfur, the monitors said.", "cumulative"),
    # (guards: the deaths alone, with no side acting, were a tally before; one act told since a day, in the present
    # perfect, is its own event's toll)
    ("Since early January, 130 people have been killed in North Darfur, the monitors said.", "cumulative"),
    ("Since Sunday, an airstrike on a market in Kutum has killed 130 people, the monitors said.", "local"),
])
def test_a_tally_since_a_day_weeks_ago_in_the_present_perfect_is_cumulative(tally, scope):
    text = f"Militiamen raided the village of Kabkabiya on Friday, killing four people.\n\n{tally}"
    (told,) = [e for e in events(text, published="2024-05-20") if e.killed_low == 130]
    assert told.scope == scope


def test_a_toll_of_a_clause_of_its_own_is_at_its_clauses_place():
    text = ("Two hours later, a soldier was wounded in an ambush on a truck in Marawi, and four policemen were killed "
            "in a second ambush near midnight in Balabagan town.")
    tolls = {e.location_text: (e.killed_low, e.wounded_low) for e in events(text) if e.killed_low or e.wounded_low}
    assert tolls == {"Marawi": (None, 1), "Balabagan": (4, None)}


def test_a_dateline_abroad_is_no_home_for_the_guess():
    # Filed from a neighbouring capital: the body's town is where the guess goes.
    text = ("BEIRUT (AP) - Activists said residents buried an estimated 40 bodies on Monday after a night of "
            "shelling.\n\nGovernment forces have pounded Douma for a week, the activists said.")
    assert [(e.location_text, e.country) for e in events(text) if e.fatalities] == [("Douma", "SY")]


@pytest.mark.parametrize("text, place", [
    # (guards of the clause's own place: an aside on the victims, another verb, a relative clause)
    ("A car bomb exploded near a police station in Kirkuk on Sunday, and at least 10 people were killed, most of them "
     "laborers from a village near Tuz Khurmatu.", "Kirkuk"),
    ("Gunmen attacked a police checkpoint in Baquba on Monday, and killed five policemen before fleeing into orchards "
     "near Buhriz.", "Baquba"),
])
def test_a_toll_stays_at_its_clauses_place_when_a_later_place_is_an_aside(text, place):
    assert [e.location_text for e in events(text) if e.fatalities] == [place]


def test_a_large_toll_right_after_an_event_told_is_that_events():
    text = ("A suicide bomber struck a Shiite mosque in Hilla on Friday, killing eight worshippers, police said.\n\n"
            "In a second, larger blast minutes later, a truck bomb tore through the crowded market. Hospital officials "
            "said at least 120 people have been killed.")
    assert [(e.killed_low, e.scope) for e in events(text) if e.killed_low] == [(8, "local"), (120, "local")]


@pytest.mark.parametrize("text, killed", [
    # (guards) An item's place words that name an armed group's strikes or a feast are no unknown village: the item
    # counts.
    ("Army shelling killed nine people in Omdurman on Saturday, and four others in RSF drone strikes, medics said.",
     13),
    ("Gunmen killed eight worshippers in Kaduna and four more at Christmas Eve services on Sunday, police said.", 12),
])
def test_an_items_place_words_that_are_no_place_do_not_lose_its_toll(text, killed):
    assert sum(e.fatalities or 0 for e in events(text)) == killed


@pytest.mark.parametrize("text, kind", [
    # A mine a vehicle hit, or a mine's blast, is an explosive, whoever planted it.
    ("A bus carrying soldiers hit a mine planted by rebels near Vavuniya on Tuesday, killing 12 sailors.", IED),
    ("A truck was hit by a mine near Kidal on Tuesday, killing four peacekeepers.", IED),
    # (guards) A mine that exploded was read as an explosive already; a gold mine is a place of work: the gunmen's
    # attack is on the miners.
    ("A Claymore mine exploded under a bus near Vavuniya on Tuesday, killing 12 sailors.", IED),
    ("Gunmen attacked a gold mine near Kidal on Tuesday, killing 12 workers.",
     ("Violence against civilians", "Attack")),
    # (guards) A missile, a drone or gunmen that struck a mine struck a mining site: their own kind stands.
    ("A Russian missile struck a mine in Kryvyi Rih on Monday, killing four workers.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A Ukrainian drone struck a mine near Donetsk on Monday, killing two workers.",
     ("Explosions/Remote violence", "Air or drone strike")),
    ("Gunmen struck a mine near Dori on Monday, killing 12 miners.", ("Violence against civilians", "Attack")),
])
def test_a_mine_a_vehicle_hit_is_an_explosive(text, kind):
    assert [(e.event_type, e.sub_event_type) for e in events(text) if e.killed_low] == [kind]


@pytest.mark.parametrize("text, expected", [
    # "The murder of" its victims names the attack, as "the killing of" does.
    ("The council denounced the murder of at least five leaders of the community in Toribio.",
     [("Toribio", "Violence against civilians", 5)]),
    ("The murders of five teachers in Pattani shocked the country.", [("Pattani", "Violence against civilians", 5)]),
    # (a guard: a charge of murder is no attack)
    ("A man was charged with murder in Pattani on Monday.", []),
])
def test_the_murder_of_victims_is_an_attack(text, expected):
    assert [(e.location_text, e.event_type, e.killed_low) for e in events(text)] == expected
