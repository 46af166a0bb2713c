"""Events as the press of other wars writes them: who did what to whom, and where it happened,
on wire-style sentences of our own about places the seeds never name."""

import pytest

from tests.events.test_events import events


def _who(text: str) -> list[tuple]:
    return [(e.location_text, e.event_type, e.actor1, e.actor2) for e in events(text)]


@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters attacked a police post in Kandahar, killing four officers.",
     [("Kandahar", "Battles", "Taliban", "Afghan army and police")]),
    ("RSF fighters killed 40 villagers in Wad Madani.",
     [("Wad Madani", "Violence against civilians", "Rapid Support Forces", "civilians")]),
    ("Israeli air strikes killed 12 people in Rafah on Tuesday.",
     [("Rafah", "Explosions/Remote violence", "Israeli forces", "")]),
    ("Houthi rebels fired missiles at Marib, killing three civilians.",
     [("Marib", "Explosions/Remote violence", "Houthis", "")]),
    # "al-Shabaab militants" are the group just named, not a second armed side; a hotel is a civilian target.
    ("Al-Shabaab militants attacked a hotel in Mogadishu, killing 20 people.",
     [("Mogadishu", "Violence against civilians", "al-Shabaab", "civilians")]),
    ("Russian forces shelled Kharkiv, killing two civilians.",
     [("Kharkiv", "Explosions/Remote violence", "Russian forces", "")]),
    ("Boko Haram fighters killed 30 farmers near Maiduguri.",
     [("Maiduguri", "Violence against civilians", "Boko Haram", "civilians")]),
    ("A Tatmadaw air strike on a village in Sagaing killed 15 people.",
     [("Sagaing", "Explosions/Remote violence", "Myanmar military", "")]),
    # The victims are not the attackers: police lost men in a battle.
    ("Gunmen stormed a checkpoint in Jalalabad, killing seven policemen.",
     [("Jalalabad", "Battles", "unidentified armed group", "Afghan army and police")]),
])
def test_the_actors_of_other_wars(text, expected):
    assert _who(text) == expected


def test_insurgents_are_sunni_insurgents_in_iraq_only():
    assert _who("Insurgents attacked a police station in Baquba, killing five.")[0][2] == "Sunni insurgents"
    assert _who("Insurgents attacked a police station in Kunduz, killing five.")[0][2] == "unidentified armed group"


@pytest.mark.parametrize("text, places", [
    # A place that only says where another lies.
    ("Shelling killed five people in Avdiivka, a town just north of the regional capital Donetsk.", ["Avdiivka"]),
    # A ministry or a spokesman's province is who speaks, not where it happened.
    ("Israeli air strikes killed 12 people in Rafah on Tuesday, the Gaza health ministry said.", ["Rafah"]),
    ("A roadside bomb killed three soldiers in Lashkar Gah, said Helmand provincial spokesman Omar Zwak.",
     ["Lashkar Gah"]),
    # Where a monitor sits.
    ("Air strikes killed 25 people in Aleppo, said the Syrian Observatory for Human Rights, which is based "
     "in Britain.", ["Aleppo"]),
])
def test_only_where_it_happened(text, places):
    assert [e.location_text for e in events(text)] == places


def test_an_operations_toll_over_two_districts_is_no_local_toll():
    [e] = events("Six soldiers and 80 militants were killed in the operation in Bajaur and Mohmand, the army said.")
    assert (e.scope, e.killed_low, e.fatalities) == ("operation", 86, None)
    # "in an operation" may be one raid: it stays local.
    [raid] = events("Four militants were killed in an operation in Bannu, police said.")
    assert (raid.scope, raid.fatalities) == ("local", 4)


def test_each_figure_goes_to_its_own_place_in_one_sentence():
    found = events("Four were killed by a car bomb in Mosul and three near Tal Afar.")
    assert [(e.location_text, e.killed_low) for e in found] == [("Mosul", 4), ("Tal Afar", 3)]


def test_a_paragraph_break_ends_a_sentence_and_a_figure_never_sums_across_it():
    found = events("Fighting in Kharkiv killed four people\n\nShelling in Izium killed two more")
    assert [(e.location_text, e.killed_low) for e in found] == [("Kharkiv", 4), ("Izium", 2)]


def test_a_list_of_victims_adds_up():
    [e] = events("A woman and her two children were killed in an Israeli strike in Jenin on Monday.")
    assert (e.location_text, e.killed_low, e.fatalities) == ("Jenin", 3, 3)


@pytest.mark.parametrize("text, place", [
    # A village the gazetteer lacks, then the unit it lies in, which the gazetteer lacks too: one
    # event, at the village, not a second one at the unit.
    ("In Burkina Faso, gunmen attacked Tinhawo village in the Sahel’s Seno province on Friday, officials said.",
     "Tinhawo"),
    ("In Burkina Faso's Sahel region, dozens of men attacked the village of Tinhawo” in Seno province on "
     "Friday, a resident said.", "Tinhawo"),
    ("Junta aircraft bombed Tar Taw village, Kani Township, in Sagaing Region on Friday, killing six people.",
     "Tar Taw"),
])
def test_a_village_named_with_its_unit_is_one_event_at_the_village(text, place):
    assert [e.location_text for e in events(text)] == [place]


@pytest.mark.parametrize("text, place", [
    # No town in the sentence: the region is a more precise place for the toll than its country.
    ("At least nine people were killed when a hospital in Sri Lanka’s northern Vanni region was shelled.",
     "Vanni region"),
    ("Nine people were killed in Syria's north on Monday.", "Syria's north"),
])
def test_a_toll_with_no_town_goes_to_the_region_not_the_country(text, place):
    assert [(e.location_text, e.scope) for e in events(text) if e.killed_low] == [(place, "local")]


@pytest.mark.parametrize("text, killed", [
    # A verb of killing in its -ing form after the act, as the killing verbs are ("killing two civilians").
    ("Insurgents attacked Mocimboa da Praia on Sunday, beheading two civilians.", 2),
    ("Militiamen raided Djugu on Sunday, massacring 20 villagers.", 20),
    ("Gunmen stormed a market in Kano, slaughtering 14 traders.", 14),
    # ... and the act named as a noun, with "of".
    ("The beheading of two civilians in Mocimboa da Praia on Sunday shocked residents.", 2),
])
def test_killings_told_by_the_verb_of_how_they_were_killed(text, killed):
    [event] = events(text)
    assert (event.killed_low, event.killed_high) == (killed, killed)


@pytest.mark.parametrize("text", [
    "A terrorist blew himself up outside a police recruitment center in Irbil on Tuesday, killing 60 people.",
    "A woman blew herself up at a checkpoint in Maiduguri, killing five people.",
    "Militants blew up a bridge near Kandahar on Monday.",
])
def test_blowing_up_is_an_explosion(text):
    [event] = events(text)
    assert event.event_type == "Explosions/Remote violence"


def test_a_hospital_whose_doctor_gives_the_toll_is_not_where_the_dead_were_killed():
    found = events("Three car bombs exploded in the crowded streets of the city of Samarra on Thursday.\n\n"
                   "Dr. Ahmed Salih of the Samarra General Hospital said at least 30 were killed and 50 wounded.")
    [toll] = [e for e in found if e.killed_low]
    assert (toll.location_text, toll.killed_low) == ("Samarra", 30)


def test_where_captives_are_kept_is_not_where_the_dead_were_killed():
    found = events("KIBBUTZ NIR OZ, southern Israel - At least 40 residents are dead, and dozens of others are "
                   "thought to be in Gaza as prisoners of Hamas.")
    assert not [e for e in found if e.country == "PS" and e.killed_low]


def test_the_toll_of_six_attacks_in_and_around_a_city_is_no_one_events():
    found = events("Insurgents in and around Kabul carried out six attacks on Saturday that killed at least 35 "
                   "people, most of them police.")
    [toll] = [e for e in found if e.killed_low]
    assert (toll.killed_low, toll.scope, toll.fatalities) == (35, "operation", None)


@pytest.mark.parametrize("text, place, killed", [
    # Captives killed where they were held: the place is the event's.
    ("Israeli soldiers mistakenly shot dead three hostages held in Gaza City on Friday, the army said.",
     "Gaza City", 3),
    # Other things are held somewhere too.
    ("A protest held in Khartoum on Thursday was dispersed by security forces, who shot dead five demonstrators.",
     "Khartoum", 5),
    ("Islamic State militants executed 20 men held in Mosul on Monday, residents said.", "Mosul", 20),
])
def test_what_is_held_somewhere_happened_there(text, place, killed):
    [event] = [e for e in events(text) if e.killed_low]
    assert (event.location_text, event.killed_low, event.scope) == (place, killed, "local")


def test_several_strikes_on_one_town_are_that_towns_toll():
    [event] = [e for e in events("Russia launched three missile strikes on Kharkiv on Monday, killing seven people.")
               if e.killed_low]
    assert (event.location_text, event.scope, event.fatalities) == ("Kharkiv", "local", 7)


@pytest.mark.parametrize("text", [
    "A man suspected of murdering 12 people in Culiacan was arrested on Tuesday, prosecutors said.",
    "A court in Oslo on Friday heard the case of the man convicted of killing 77 people in 2011.",
    "Raiders stole 300 cattle in Jonglei after slaughtering 40 goats, officials said.",
])
def test_charges_and_animals_are_no_toll(text):
    assert not [e for e in events(text) if e.killed_low]


def test_victims_named_without_a_number_after_a_verb_of_how_they_were_killed():
    [event] = [e for e in events("Insurgents stormed the village of Mocimboa on Sunday, beheading a village chief "
                                 "and two of his sons.") if e.killed_low]
    assert event.killed_low == 3


def test_residents_of_a_kibbutz_are_counted():
    [event] = [e for e in events("At least 40 residents of the kibbutz were killed in the attack on Be'eri.")
               if e.killed_low]
    assert event.killed_low == 40


def test_an_operations_toll_told_again_is_not_a_local_one():
    found = events("At least 191 militants have been killed since the battle for control of Marawi erupted "
                   "nearly three weeks ago, the army said.\n\nThe army said on Sunday it was still validating "
                   "other casualties.\n\n\"So far 191 were confirmed dead,\" a spokesman said.")
    assert sum(e.fatalities or 0 for e in found) == 0
    assert {e.scope for e in found if e.killed_low == 191} == {"operation"}


@pytest.mark.parametrize("text, killed", [
    ("Five soldiers, four Maoists and two civilians were killed in the raid on Malangawa.", 11),
    ("Three Houthis and two soldiers were killed in clashes in Marib on Monday.", 5),
    ("Police said 12 bandits were killed in a gunfight in Zamfara.", 12),
])
def test_a_war_s_own_names_for_its_fighters_are_counted(text, killed):
    assert sum(e.killed_low or 0 for e in events(text)) == killed


def test_a_list_with_interpreters_at_a_town_before_a_countrys_officials_is_the_towns_toll():
    # The interpreters are counted, and "Rutba, U.S. officials said" is Iraq's town.
    text = ("An explosion killed two Marines, three interpreters and 15 Iraqis in the town of Rutba, U.S. officials "
            "said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Rutba", 20)]


@pytest.mark.parametrize("text, place, killed", [
    # A toll "feared" in the passive is the toll the press gives.
    ("No fewer than 40 persons were feared killed when gunmen invaded Agatu town in Benue State on Sunday.",
     "Agatu", 40),
    ("At least 25 villagers were feared killed in Dogo Nahawa, Plateau State, residents said.", "Dogo Nahawa", 25),
])
def test_a_toll_feared_in_the_passive_is_told(text, place, killed):
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [(place, killed)]


@pytest.mark.parametrize("text", [
    # (a guard) the verb of fear still makes its clause unreal
    "Residents of Agatu in Benue State feared the herdsmen would kill 30 people.",
    # (a guard) and so does a fear told of a crash not yet confirmed
    "Ten soldiers on board the helicopter are feared to have been killed near Agatu in Benue State.",
])
def test_a_fear_of_killings_to_come_is_no_event(text):
    assert not [e for e in events(text) if e.killed_low]


@pytest.mark.parametrize("text, place, killed", [
    # One vehicle attacked in a country is one event: its toll goes to the place the next sentence gives.
    ("The death toll from an attack on a passenger train in Angola has risen to 60, state radio said. Radio Nacional "
     "said the Friday attack 150km southeast of Luanda had also injured 80 people.", "150km southeast of Luanda", 60),
    ("The death toll from an ambush on a bus in Kenya rose to 14 on Monday, police said. The bus was attacked near "
     "Mandera town, police said.", "Mandera", 14),
])
def test_one_vehicle_attacked_in_a_country_is_one_events_toll(text, place, killed):
    assert [(e.location_text, e.killed_low, e.scope) for e in events(text) if e.killed_low] == [
        (place, killed, "local")]
