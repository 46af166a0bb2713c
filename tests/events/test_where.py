"""Where a report's event happened (geodata.events.where), on wire-style text of our own about places
the seeds never name."""

import pytest

from geodata.models import Mention
from tests.events.test_events import events


def _excluded(text: str, surface: str) -> bool:
    """Whether the words around the place written ``surface`` say it is no event's site."""
    from geodata.events.where import excluded
    from geodata.places import extract_mentions, load_gazetteer
    from geodata.models import Article
    [m] = [m for m in extract_mentions(Article.from_text(text), load_gazetteer()) if m.surface == surface]
    return excluded(text, text.lower(), 0, m)


def _tolls(text: str) -> list[tuple[str, int, int]]:
    return [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.fatalities]


def test_the_location_is_the_finest_place_named_before_not_one_measured_from():
    text = ("Air strikes on a market killed dozens of people in Sudan's South Kordofan state on Monday, witnesses "
            "said.\n\nThe weekly market was held at a site called Tunguli market in Kadugli, about three miles from "
            "the village of Murta. Two Antonov planes dropped barrel bombs on the location at noon, killing at least "
            "40 people.")
    [located] = [e for e in events(text) if e.killed_low == 40]
    assert located.location_text == "Tunguli"
    assert "the place the sentence refers to (Tunguli)" in located.notes


def test_the_hospital_is_the_hospital_named_before():
    text = ("Eleven people were killed in Vavuniya district on Sunday, aid workers said.\n\nThey said Vavuniya "
            "Hospital was hit three times in the afternoon.\n\n\"Eleven people were killed as the kitchen and the "
            "wards of the hospital were hit,\" an aid worker said.")
    # One toll told twice, counted once, at the hospital.
    assert _tolls(text) == [("Vavuniya Hospital", 11, 11)]


def test_a_noun_with_no_place_of_its_kind_before_refers_to_nothing():
    text = ("Eleven people were killed in Vavuniya district on Sunday, aid workers said.\n\nThey said the town "
            "was shelled in the afternoon.\n\n\"Eleven people were killed as the wards of the hospital were hit,\" "
            "an aid worker said.")
    assert all(e.location_text == "Vavuniya district" for e in events(text) if e.killed_low)


def test_the_village_is_the_place_the_article_calls_a_village_even_where_named_bare_sentences_before():
    # "the village of Kukawa", then "Kukawa" bare five sentences before "the attack on the village": Kukawa, not the
    # state a denial named since.
    text = ("Gunmen returned to the village of Kukawa on Sunday. They came on motorbikes. They split into two groups. "
            "One group looted shops. The other group returned to Kukawa. They stayed for hours. The army denied "
            "reports of new attacks in Borno state. Residents fled. Officially, 30 people were killed in the attack "
            "on the village.")
    assert [(at, killed) for at, killed, _ in _tolls(text)] == [("Kukawa", 30)]
    # (a guard) "Sukae village of Yaha district": the village is Sukae, not the district.
    text = ("Gunmen opened fire on a house in Sukae village of Yaha district, Yala province, on Monday, killing six "
            "people.\nA police spokesman said a man and his two sons died on the spot. Another woman was injured. "
            "Police searched the area. Soldiers set up roadblocks. Later, two men were shot dead outside a mosque in "
            "the same village.")
    assert [(at, killed) for at, killed, _ in _tolls(text)] == [("Sukae", 6), ("Sukae", 2)]


@pytest.mark.parametrize("text, surface", [
    # A state's attorney general is whose office, not where.
    ("Guerrero's Attorney General's Office has condemned an ambush that left six officers dead.", "Guerrero"),
    # A place on the way to which the wounded died is a journey's end.
    ("Of the four injured, two succumbed on the way to Kishtwar, officials said.", "Kishtwar"),
    # The unit written after a seat's town is where a unit sits, too.
    ("The two dead soldiers were from the 1st Battalion of the Mercian Regiment, based in Lisburn, Northern Ireland, "
     "a spokeswoman said.", "Northern Ireland"),
    # The next item of a list of whence is whence too.
    ("District officials from Churachandpur and Bishnupur confirmed that six people had died.", "Bishnupur"),
    # The unit a journey's end lies in is no site either.
    ("One of them died while he was being taken to Aizawl in Mizoram for treatment.", "Mizoram"),
    # A hospital whose staff speak is where the dead were taken, its town's possessive before it or not.
    ("Officials at Baghdad's Yarmuk hospital said 11 bodies were brought in from the blast site.", "Yarmuk hospital"),
    ("A father was killed in the second strike, said Fasika Amdeslasie, a surgeon at Mekelle's Ayder Referral "
     "Hospital.", "Ayder Referral Hospital"),
])
def test_a_place_named_as_an_office_a_journeys_end_or_a_seat_is_no_site(text, surface):
    assert _excluded(text, surface)


def test_a_lead_ranked_in_its_country_is_at_the_town_the_report_is_about():
    text = ("MOSUL, Iraq - Suicide bombers struck a police recruiting centre yesterday, killing at least 40 "
            "people in the deadliest assault in Iraq in three months.\n\nThe Mosul attackers wore police "
            "uniforms, officials said.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.killed_low] == [("Mosul", 40, 40)]


def test_an_officials_office_told_with_his_words_is_no_place_of_the_toll():
    text = ("At least 18 people died on Sunday in a suicide attack on a tea shop in the town of Jowhar, police "
            "said.\n\n\"The death toll so far is 18,\" Abdi Hassan, police chief of the Middle Shabelle region, "
            "said.")
    found = events(text)
    assert _tolls(text) == [("Jowhar", 18, 18)]
    assert "Middle Shabelle region" not in {e.location_text for e in found}


def test_an_officials_office_with_no_words_of_his_is_still_a_place():
    text = "The governor of Zabul province was killed in a roadside bombing on Sunday."
    assert {e.location_text for e in events(text)} == {"Zabul province"}


def test_a_toll_in_a_unit_of_a_country_is_the_units_not_the_countrys():
    text = "Gunmen killed 23 villagers in the Centre-North region of Burkina Faso on Sunday, officials said."
    assert _tolls(text) == [("Centre-North region", 23, 23)]


def test_a_speakers_town_is_the_tolls_when_he_says_there():
    text = ("A suicide bomber struck a crowded market on Sunday.\n\n"
            "A hospital official in Kirkuk said 23 people had died there.")
    assert _tolls(text) == [("Kirkuk", 23, 23)]


def test_a_dateline_town_measured_from_another_the_way_it_lies_is_the_events_place():
    text = ("MAHMUDIYAH, Iraq - A car bomb exploded outside a market south of Baghdad on Sunday, killing 19 people, "
            "police said.")
    assert _tolls(text) == [("MAHMUDIYAH", 19, 19)]


@pytest.mark.parametrize("text, town", [
    ("KANDAHAR, Afghanistan - At least 11 people were killed in clashes between police and Taliban fighters in "
     "this southern city southwest of Kabul, officials said.", "KANDAHAR"),
    ("GOMA, Congo (AP) _ Rebels shelled this lakeside city north of Bukavu on Monday, killing seven civilians, "
     "officials said.", "GOMA"),
    # (a distance, or a comma, between the town's words and the way it lies)
    ("NAJAF, Iraq (AP) _ A car bomb killed 12 people in this holy city 100 miles south of Baghdad on Monday, police "
     "said.", "NAJAF"),
    ("KUNDUZ, Afghanistan - Clashes killed nine people in this northern city, 250 kilometers north of Kabul, officials "
     "said.", "KUNDUZ"),
])
def test_this_city_measured_from_another_is_the_datelines_town_however_far(text, town):
    # The article calls its dateline's town "this city", then says which way it lies from another, far off.
    assert [loc for loc, _, _ in _tolls(text)] == [town]


def test_this_city_in_a_quotation_is_the_speakers_not_the_datelines_town():
    text = ("BAGHDAD, Iraq - Insurgents stormed two police stations in Samarra, about 65 miles north of Baghdad, on "
            "Monday.\n\n\"I came to serve this city,\" the police chief of Samarra said.\n\nAt one station, they "
            "killed a police officer and a child, witnesses said.")
    assert [loc for loc, _, _ in _tolls(text)] == ["Samarra"]


def test_a_dateline_town_the_other_way_round_is_no_place_of_the_event():
    # Baqubah lies north-east of Baghdad: "south of Baghdad" is not there.
    text = "BAQUBAH, Iraq - A car bomb exploded outside a market south of Baghdad on Sunday, killing 19 people."
    assert [loc for loc, _, _ in _tolls(text)] == ["a market south of Baghdad"]


def test_a_village_measured_from_a_town_is_not_the_datelines_town():
    text = "ZAPORIZHZHIA, Ukraine -- Russian missiles killed 3 people in a village south of Dnipro on Monday."
    assert [loc for loc, _, _ in _tolls(text)] == ["a village south of Dnipro"]


@pytest.mark.parametrize("text, part", [
    ("BAGHDAD: Gunmen killed 14 people in an attack on a village in the restive north of Iraq, police said Monday.",
     "north of Iraq"),
    ("ADDIS ABABA: Nine civilians died in a drone strike on a market in the restive east of Ethiopia, a local "
     "official said Tuesday.", "east of Ethiopia"),
    # (a guard: "the north of Rwanda" is read as the part, whose point Kigali does not lie north of)
    ("KIGALI: Rebels killed six people in a raid on a village in the north of Rwanda, the army said on Sunday.",
     "north of Rwanda"),
])
def test_a_part_of_the_country_is_no_way_measured_to_its_capitals_dateline(text, part):
    # A part of the country, not a way measured from its centre, which lies beside the capital the report is
    # filed from: the capital lies "north of" the centre of Iraq, but is not "the north of Iraq".
    assert [loc for loc, _, _ in _tolls(text)] == [part]


def test_here_in_a_datelined_report_is_the_datelines_town():
    text = ("MOMBASA, Kenya — A grenade tore through a crowded bar here on Saturday night, killing at least 9 "
            "people, police said.")
    assert _tolls(text) == [("MOMBASA", 9, 9)]


def test_here_is_not_a_place_in_here_is_what():
    text = ("MOMBASA, Kenya — Gunmen killed 4 people, police said. \"Here is what we know,\" an official said of "
            "the killings.")
    assert all(loc != "MOMBASA" for loc, _, _ in _tolls(text))


def test_a_town_named_at_the_end_of_a_hotels_name_is_no_persons_name():
    # "the Grand Hyatt Kabul hotel" does not make "Kabul" a surname, so the dateline stands.
    text = ("KABUL, Afghanistan — A suicide bomber blew himself up near hotels here on Monday, killing 14 people. "
            "A guard at the Grand Hyatt Kabul hotel said the blast shook the building.")
    assert _tolls(text) == [("KABUL", 14, 14)]


def test_a_toll_with_no_place_goes_to_the_dateline_town_the_article_calls_this_town():
    text = ("KIDAL, Mali (AP) - Soldiers backed by helicopters swept into this desert town on Saturday, officers "
            "said.\n\nFighting later spread to the outskirts, and a Gao official said the army held its ground.\n\n"
            "\"The enemy fled,\" a colonel said. He added that 40 militants had been killed over two days.")
    assert ("KIDAL", 40, 40) in _tolls(text)


def test_here_in_a_quotation_after_the_lead_is_where_a_speaker_stands():
    # The article is Palma's; the dateline's "here" in a quotation of the body says nothing of it.
    text = ("MAPUTO - Insurgents who attacked the town of Palma in Cabo Delgado province killed dozens of people, "
            "officials said.\n\nThe attack on Palma lasted three days. Palma's streets were deserted.\n\n"
            "\"The bodies were here,\" a police officer said. Twelve bodies were later buried.")
    assert all(loc != "MAPUTO" for loc, _, _ in _tolls(text))


def test_a_toll_at_a_site_in_a_country_is_local_and_goes_to_the_town_the_site_is_later_placed_in():
    text = ("Officials say the death toll from a Monday attack on a U.N. compound in the Central African Republic "
            "has risen to 23. Officials say the victims include children. Many of the victims had sought refuge "
            "at the compound in Bangassou after fighting erupted late last year.")
    assert _tolls(text) == [("Bangassou", 23, 23)]


def test_a_toll_at_a_country_with_no_site_stays_nationwide():
    text = ("Officials say the death toll from fighting in the Central African Republic has risen to 230. "
            "Many civilians had sought refuge in Bangassou.")
    assert _tolls(text) == []


def test_a_toll_of_two_car_bombs_is_not_the_toll_of_the_street_one_of_them_hit():
    text = ("HERAT, Afghanistan - Two car bombs outside mosques in Herat killed at least 42 people on Friday, "
            "police said.\n\nSecurity sources said the car bomb on Jada Street, near the Jami Mosque, occurred "
            "moments after the first blast.")
    assert _tolls(text) == [("Herat", 42, 42)]


def test_one_clauses_killed_and_wounded_share_the_place_after_them():
    # Not Homs, the sentence's first town: the 30 were killed where the 300 were wounded.
    text = "The unrest in Homs comes days after a car bomb killed 30 people and wounded 300 in Hama."
    assert _tolls(text) == [("Hama", 30, 30)]


def test_the_site_named_again_takes_the_toll_of_a_lead_that_ranks_it_since_a_year():
    # "the worst attack ... since they deployed" ranks the event; it spans no days.
    text = ("Ten peacekeepers were killed after gunmen launched an assault on a UN base in Darfur, the worst attack "
            "on the mission since it deployed in Sudan in 2008.\n\nThe UN said gunmen in about 30 vehicles overran "
            "the camp on Saturday night.\n\nThe army and rebels blamed each other for the strike on the Muhajiriya "
            "base in South Darfur.")
    assert _tolls(text) == [("Muhajiriya base", 10, 10)]


def test_a_toll_of_that_attack_completes_the_event_told_just_before():
    text = ("The bombing recalls a near-identical attack at the shrine of Data Darbar in Lahore late last year. "
            "At least 45 people, including women and children, were killed in that attack.")
    # One record, of last year's attack: not a second one dated the day of publication.
    assert [(e.location_text, e.fatalities) for e in events(text)] == [("Lahore", 45)]


def test_a_sentence_that_opens_on_the_attack_and_its_toll_completes_the_event_told_just_before():
    text = ("Junta jets launched four airstrikes on Moe Kaung and Kyauk Myaung villages in Sagaing region on Thursday. "
            "The attack killed a 60-year-old farmer and injured three other residents, locals said.")
    # One record of the strikes, with their day and kind: not a second one, an attack on civilians of no day.
    assert [(e.location_text, e.event_type, e.killed_low, e.wounded_low, e.event_date) for e in events(text)
            if e.killed_low] == [("Moe Kaung", "Explosions/Remote violence", 1, 3, "2008-03-27")]
    # (a guard) "The attacks", after bombings in three towns, are the toll of all of them, at none.
    several = ("Insurgents set off bombs in Pattani, Yala and Songkhla over the weekend, targeting shops and hotels. "
               "The attacks killed five people, officials said.")
    assert [e.scope for e in events(several) if e.killed_low] == ["operation"]


def test_here_of_a_source_says_where_words_were_spoken_not_where_the_event_was():
    text = ("ISLAMABAD - Officials here said a suicide bomber killed 30 people. Police in Peshawar said the bomber "
            "struck a mosque.")
    assert all(loc != "ISLAMABAD" for loc, _, _ in _tolls(text))


def test_the_city_of_a_datelined_report_that_names_no_other_is_the_datelines_town():
    text = ("KHERSON, Ukraine - A Russian missile struck a residential building on the outskirts of the city "
            "overnight, killing 8 people, officials said.")
    assert _tolls(text) == [("KHERSON", 8, 8)]


def test_the_city_after_another_town_named_is_not_the_datelines():
    text = "KABUL - Officials in Kandahar said a bomb killed 12 people in the city on Monday."
    assert all(loc != "KABUL" for loc, _, _ in _tolls(text))


def test_a_toll_a_superlative_ranks_the_event_against_is_no_toll_of_it():
    text = ("MAIDUGURI, Nigeria - Boko Haram fighters killed 37 people in Gwoza on Friday, the deadliest attack "
            "since they killed 86 in Dalori in January 2016.")
    assert _tolls(text) == [("Gwoza", 37, 37)]


@pytest.mark.parametrize("text, name, measured", [
    ("the main target was a major security base in Bandipur, some 450km east of the capital.", "capital", True),
    ("The suicide attack occurred about 18 miles west of Baghdad in the suburb of Abu Ghraib.", "Baghdad", True),
    # No way told: the town is where the text places it, as near as it can.
    ("the bus was hijacked 50km from the town of Mandera near the border.", "Mandera", False),
    ("A bomb exploded in Baghdad on Monday.", "Baghdad", False),
])
def test_a_town_a_distance_is_measured_from_is_no_site(text, name, measured):
    from geodata.events.where import measured_from

    at = text.index(name)
    m = Mention("t", name, at, at + len(name), "x", name, "city", "", "IQ", 0.0, 0.0, "exact", "location", "exact")
    assert measured_from(text.lower(), m) is measured


@pytest.mark.parametrize("text, name, kind, near", [
    ("The explosion took place in a crowded area near the Imam Husayn shrine in Karbala.", "Imam Husayn shrine",
     "landmark", True),
    ("The explosion occurred a few hundred meters from the Al-Abbas shrine.", "Al-Abbas shrine", "landmark", True),
    # The site itself, and a town near which something happened, are not reference points.
    ("A suicide bomber struck the Al-Abbas shrine on Friday.", "Al-Abbas shrine", "landmark", False),
    ("Fighting raged near Bakhmut.", "Bakhmut", "city", False),
])
def test_a_landmark_named_only_as_near_the_blast_is_a_reference_point(text, name, kind, near):
    from geodata.events.where import reference_point

    at = text.index(name)
    m = Mention("t", name, at, at + len(name), "x", name, kind, "", "IQ", 0.0, 0.0, "exact", "location", "exact")
    assert reference_point(text.lower(), m) is near


def test_a_placeless_toll_of_a_people_is_their_countrys_not_the_town_of_talks():
    found = events("The Security Council is set to resume debate on a ceasefire call in New York on Wednesday. At "
                   "least 125 Palestinians were killed on Tuesday, the Gaza health ministry said.")
    [toll] = [e for e in found if e.killed_low]
    assert toll.country == "PS"


@pytest.mark.parametrize("text", [
    "A suicide car bomb killed 12 people in Mahmudiya on Monday. Two of the wounded later died in hospital in "
    "Baghdad, raising the toll to 14.",
    "Insurgents attacked a police post in Chora overnight, killing 13 officers. One of the wounded died of his "
    "wounds at a hospital in Kandahar on Friday, bringing the toll to 14.",
])
def test_where_the_wounded_died_in_hospital_is_no_place_of_the_event(text):
    assert all(e.location_text not in ("Baghdad", "Kandahar") for e in events(text))
    assert sum(e.fatalities for e in events(text) if e.fatalities) == 14


def test_a_strike_on_a_hospital_is_at_the_hospitals_town():
    assert _tolls("An Israeli strike hit a hospital in Khan Younis on Monday, killing 12 people.") == [
        ("Khan Younis", 12, 12)]


@pytest.mark.parametrize("text, town, near", [
    ("Twenty-two people were killed on Sunday when helicopters dropped barrel bombs on the town of Daraya near "
     "Damascus.", "Daraya", "Damascus"),
    ("Gunmen killed nine farmers in Mangu outside Jos on Tuesday.", "Mangu", "Jos"),
])
def test_a_town_a_place_is_only_near_opens_no_event_of_its_own(text, town, near):
    assert [e.location_text for e in events(text)] == [town]


def test_a_toll_at_a_site_of_a_country_goes_to_the_town_a_sentence_after_puts_the_site_in():
    # The sentence that places the camp tells no event of its own.
    text = ("Gunmen stormed a camp for displaced people in South Sudan on Monday, killing 12 civilians. "
            "Peacekeepers posted outside the camp in the town of Bentiu did not intervene.")
    assert _tolls(text) == [("Bentiu", 12, 12)]


def test_a_town_named_after_a_site_of_another_noun_takes_no_countrys_toll():
    text = ("Gunmen stormed a camp for displaced people in South Sudan on Monday, killing 12 civilians. "
            "Officials at the hospital in the town of Bentiu said most victims were women.")
    assert _tolls(text) == []


def test_an_organisation_in_a_town_that_discloses_a_toll_is_where_it_sits():
    text = ("Gunmen attacked villages in Mangu on Sunday, killing 57 people.\n\n"
            "The Nigerian Red Cross, a non-governmental organisation in Jos, disclosed that 60 deaths were recorded.")
    assert "Jos" not in [e.location_text for e in events(text)]


def test_a_toll_of_troops_abroad_is_not_placed_in_their_country():
    text = ("BAGHDAD, Iraq (AP) - Five U.S. Marines died in an ambush near the Syrian border, pushing the number of "
            "Americans killed in combat this month to 99.")
    assert "US" not in [e.country for e in events(text, published="2004-04-18")]


def test_a_toll_elsewhere_in_the_country_is_nationwide():
    text = ("At least 25 Iraqis were killed in fighting in Ramadi on Saturday. Five U.S. troops were killed in "
            "guerrilla attacks elsewhere in the country.")
    assert [(e.country, e.scope) for e in events(text) if e.killed_low == 5] == [("IQ", "national")]


def test_where_officials_quoted_as_saying_sit_is_no_place_of_the_toll():
    text = ("Fighting raged in Sloviansk on Friday after troops stormed a police station.\n\n"
            "Health officials were quoted by the authorities in Kramatorsk as saying that seven people had been "
            "killed.")
    assert "Kramatorsk" not in [e.location_text for e in events(text) if e.killed_low]


@pytest.mark.parametrize("text", [
    "A car bomb struck a checkpoint in Baiji, the oil refinery town 40 miles north of Tikrit, killing five police.",
    "A car bomb struck a checkpoint in Baiji, Iraq's main refinery town 40 miles north of Tikrit, killing five police.",
    "A car bomb struck a checkpoint in Baiji, home to a large U.S. base 40 miles north of Tikrit, killing five police.",
])
def test_a_town_described_then_measured_from_another_is_the_tolls_place(text):
    assert _tolls(text) == [("Baiji", 5, 5)]


def test_a_toll_told_with_no_place_goes_where_a_later_sentence_puts_its_site():
    text = ("ADEN, Yemen (AP) — An airstrike hit a prison run by the rebels on Friday, killing at least "
            "40 detainees, a rebel official said.\n\nThe strike came hours after the rebels fired missiles at "
            "Mocha.\n\nIn Mocha, the coalition said it had intercepted two missiles.\n\nRescuers searched for "
            "survivors in the rebel-run prison in the northern city of Dhamar, aid workers said.")
    assert _tolls(text) == [("Dhamar", 40, 40)]


def test_a_toll_in_a_town_near_another_goes_to_the_town_named_after():
    text = ("At least 14 people were killed after a missile struck a block of flats in a small town near Kharkiv, "
            "officials said.\n\nFootage showed the ruins of the building in the town of Chuhuiv.")
    assert _tolls(text) == [("Chuhuiv", 14, 14)]


def test_a_toll_in_a_town_near_another_goes_to_the_town_a_sentence_that_goes_on_with_it_describes():
    # The town named, then described as one, in a sentence that opens on the event told before and goes on with
    # its running total.
    text = ("AMMAN (Reuters) - The bodies of at least 40 people were found in a town close to Aleppo on Saturday, "
            "activists said.\n\nThe deaths would bring the toll from an offensive by government forces on "
            "Anadan, a farming town on the northern edge of Aleppo, to 95, according to activists.")
    assert _tolls(text)[0][:2] == ("Anadan", 40)
    # (a guard: a town the people fled to is no place of the event)
    text = ("MAIDUGURI - Gunmen killed at least 30 people in a town close to Maiduguri on Saturday, residents said.\n\n"
            "Survivors fled to Konduga, a farming town on the road south of Maiduguri, officials said.")
    assert _tolls(text)[0][0] != "Konduga"


def test_a_toll_in_a_part_of_a_town_goes_to_the_part_named_after():
    text = ("BAGHDAD, July 9 -- Gunmen rampaged through a Sunni neighborhood in Baghdad on Sunday, killing more than "
            "30 people, officials said.\n\nPoliticians described the violence against the residents of the "
            "Amiriyah neighborhood in western Baghdad as the worst since the invasion.")
    [(place, killed, counted)] = _tolls(text)
    assert (place, killed, counted) == ("Amiriyah neighborhood", 30, 30)


@pytest.mark.parametrize("text, place", [
    # The town's name before the noun ("a west Kabul neighbourhood"): the quarter named "the X neighbourhood" a few
    # sentences on, after the event's aftermath.
    ("KABUL - A suicide bomber struck a crowded west Kabul neighbourhood on Friday, killing 19 people and wounding "
     "40, police said.\nAmbulances carried the wounded to three hospitals. Residents said smoke rose over the area "
     "for an hour.\nA shopkeeper in the Dasht-e-Barchi neighbourhood said he had lost two cousins.", "Dasht-e-Barchi"),
    # (a guard: one named many sentences on is another matter)
    ("KABUL - A suicide bomber struck a crowded west Kabul neighbourhood on Friday, killing 19 people and wounding "
     "40, police said.\nWomen were among the dead. Ambulances carried the wounded to three hospitals. Residents said "
     "smoke rose over the area for an hour.\nThe minister later spoke to reporters in the Wazir Akbar Khan "
     "neighbourhood.", "west Kabul neighbourhood"),
    # (a guard: the quarter named in the next sentence with its noun in its name)
    ("BEIRUT - Shells slammed into a mainly Christian east Beirut neighborhood on Tuesday, killing 8 people, police "
     "said.\nFirefighters struggled to reach the fires in the Ashrafieh neighborhood, police said.",
     "Ashrafieh neighborhood"),
    # (a guard: a quarter named in a sentence that tells another event is that event's)
    ("A car bomb tore through a Shiite Baghdad neighborhood on Sunday, killing 15 people.\nSeparately, gunmen "
     "attacked a checkpoint in the Dora neighborhood.", "Baghdad neighborhood"),
])
def test_a_toll_in_a_towns_unnamed_quarter_goes_to_the_quarter_named_after(text, place):
    [(at, _, _)] = _tolls(text)
    assert at == place


@pytest.mark.parametrize("text, place", [
    # The lead tells the dead with no number at "a crowded market in" a town; the toll told on in the next
    # sentence reads the lead's words, and a sentence after names the market (a market in a quarter of the town
    # too), telling the blast again with no figure of its own.
    ("MOSUL - Dozens of people were killed on Monday evening when a car bomb exploded at a crowded market in central "
     "Mosul.\nThe attack killed 19 people and wounded 40, police said.\nThe bomb went off in the Bab al-Tob market, "
     "which is frequented by women.", "Bab al-Tob market"),
    ("BAGHDAD - Dozens of people were killed on Monday evening when a car bomb exploded at a crowded market in "
     "eastern Baghdad.\nThe attack killed 19 people and wounded 40, police said.\nThe explosives detonated shortly "
     "before 6 p.m., set two buildings on fire and ravaged shops in the Jamila market, which is frequented by women.",
     "Jamila market"),
    # (guards: a site of "a school or a mosque" told after, or where the wounded were treated, is no sure place)
    ("At least 30 people were killed when an air strike hit a market or a hospital in Hodeidah on Thursday.\nThe "
     "wounded were treated at the al-Thawra hospital.", "Hodeidah"),
    # (a guard: a site of two told in the lead is not where the toll was: "a market and hospital")
    ("HODEIDAH - At least 55 people were killed on Thursday in an air strike on a market and hospital in Hodeidah, "
     "medics said.\nThe attack also wounded at least 124 people, a ministry statement said. It added that the raid "
     "targeted the city's fish market and the main gate of the al-Thawra hospital.", "Hodeidah"),
])
def test_a_toll_told_on_after_a_lead_at_an_unnamed_site_goes_to_the_site_named_after(text, place):
    assert [at for at, killed, _ in _tolls(text) if killed] == [place]


@pytest.mark.parametrize("text, place", [
    # The town's name before the site's noun ("a crowded Mosul market"), the market named in the next sentence, at
    # a time of day ("came in the late afternoon, when").
    ("Dozens of people were killed on Thursday when a suicide bomber blew himself up in the middle of a crowded "
     "Mosul market.\nThe blast came in the late afternoon, when the Bab al-Tob market was full of shoppers.",
     "Bab al-Tob market"),
    # (guards: someone who came to the market afterwards, or ran from it, or visited it; a blast that came after
    # another at the market)
    ("A suicide bomber blew himself up in the middle of a crowded Mosul market on Monday, killing at least 17 "
     "people.\nHours later, Nineveh's governor came to the Bab al-Tob market to meet traders.", "Mosul"),
    ("A car bomb tore through a crowded Mosul market on Friday, killing 28 people.\nRescuers came running from the "
     "Bab al-Tob market to help.", "Mosul"),
    ("A car bomb tore through a crowded Mosul market on Friday, killing 28 people.\nThe governor visited the Bab "
     "al-Tob market on Saturday.", "Mosul"),
    ("A car bomb killed 31 people at a crowded market in central Mosul on Wednesday.\nThe attack came two days after "
     "a bombing at the Bab al-Tob market.", "central Mosul"),
    # (but a blast that came as the market was full is the market's)
    ("A car bomb tore through a crowded Mosul market on Friday, killing 28 people.\nThe blast came as the Bab al-Tob "
     "market was packed with shoppers.", "Bab al-Tob market"),
])
def test_a_toll_at_a_towns_market_goes_to_the_market_named_after(text, place):
    assert [at for at, _, _ in _tolls(text)] == [place]


def test_a_toll_with_no_place_goes_to_the_quarter_the_bombings_are_told_in_beside_a_count_nationwide():
    text = ("A string of car bombs killed 20 people on Thursday as crowds gathered for a festival.\nRelatives wept "
            "over the bodies.\nThe bombings in Mosul's eastern Zuhur neighborhood came amid attacks that killed at "
            "least 40 people nationwide.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.scope == "local" and e.killed_low] == [
        ("Zuhur", 20)]
    # (a guard: attacks told at two towns are not one town's)
    text = ("BAGHDAD -- Suicide bombers carried out twin attacks on Thursday on a shrine and a police recruitment "
            "center, killing at least 120 people and wounding hundreds, officials said.\nFour soldiers were also "
            "killed by a roadside bomb in the capital, the military said.\nThe attacks on the holy city of Karbala, "
            "about 60 miles southwest of Baghdad, and Ramadi, in the west, made it one of the bloodiest days this "
            "year.")
    assert [at for at, killed, _ in _tolls(text) if killed == 120] != ["Karbala"]


def test_a_distance_that_situates_a_village_is_no_guess_at_where_a_toll_with_no_place_was():
    # The village is named with its distance from a city the article names again, hedged or not; the toll told
    # before with no place of its own goes to the village, not to "80 miles north of Baghdad".
    for distance in ("about 80 miles", "80 miles"):
        text = ("A U.S. airstrike left at least 11 dead in a village in northern Iraq yesterday, the military said.\n\n"
                "The military said a helicopter fired on a group of men believed to be planting bombs. The men then "
                "took refuge in a nearby house.\n\nThe statement said 11 Iraqis were killed.\n\nResidents in the "
                f"village of Hasaniya, {distance} north of Baghdad, said that 15 people were killed and that the men "
                "were farmers.\n\nIn Baghdad, a bomb wounded two policemen.")
        assert [at for at, killed, counted in _tolls(text) if killed == 11 and counted] == ["Hasaniya"], distance


def test_an_event_with_no_figure_at_the_quarter_moved_to_goes_there_too():
    # The sentence that names the quarter tells an event of no figure where the lead put it: the same quarter,
    # folded with the toll, not a second report at the town.
    text = ("Sunni residents of a west Mosul neighbourhood fought Islamic State gunmen this week, leaving at least 28 "
            "people dead, residents said.\nThe mayor of the Zanjili neighbourhood said residents had risen up to "
            "expel the militants, who had carried out attacks on members of their own sect.")
    assert [(e.location_text, e.fatalities) for e in events(text)] == [("Zanjili neighbourhood", 28)]


@pytest.mark.parametrize("text, tolls", [
    # A site a toll's sentence names with "a" and its noun ("a hotel in Mogadishu") is the one site of that noun
    # the story names in the town, by its own name, even several sentences on, where that sentence tells the
    # event again.
    ("MOGADISHU (Reuters) - Militants stormed a hotel in Mogadishu on Friday, killing at least 12 people, police "
     "said.\nThe siege lasted more than ten hours. Security forces ended it at dawn. Officials said all the attackers "
     "were dead.\nSurvivors described how the gunmen ran through the Sahafi Hotel, shooting at guests.",
     [("Sahafi Hotel", 12, 12)]),
    ("At least 9 pupils were killed when gunmen opened fire at a school in Quetta.\nParents gathered at the gates. "
     "Troops cordoned off the area.\nWitnesses said the attackers had stormed "
     "the Tameer-e-Nau Public School at dawn, police said.", [("Tameer-e-Nau Public School", 9, 9)]),
    # In a province or a country, a site so named in a town inside it ("Tameer-e-Nau Public School" in Kohat); a
    # site named with its noun in lower case ("the Hamid restaurant").
    ("A siege of a school in northwest Pakistan ended on Tuesday with at least 40 people dead, officials said.\n"
     "Officials said the siege was over. Troops cleared the buildings one by one.\nSix gunmen had scaled the walls of "
     "the Tameer-e-Nau Public School in the city of Kohat at dawn.", [("Tameer-e-Nau Public School", 40, 40)]),
    ("A suicide bomber blew himself up inside a popular restaurant in Kirkuk on Thursday, killing 12 people, police "
     "said.\nFamilies were inside the Hamid restaurant, an area landmark, celebrating the holiday, police said.",
     [("Hamid restaurant", 12, 12)]),
    # Not a site named like one where a toll was told before: another event's ("a bird market").
    ("Bombers killed 20 people at the Sinak pet market in central Kabul. Another blast killed 9 people at a bird "
     "market in western Kabul, police said.\nOfficials condemned the attacks. Shops stayed shut.\nAt the Sinak "
     "market, people stared at the destruction.", [("Sinak pet market", 20, 20), ("western Kabul", 9, 9)]),
    # (guards) Nor a site named for another time or another matter: an earlier attack, where the wounded were
    # taken, where mourners gathered.
    ("KABUL (Reuters) - A suicide bomber blew himself up at a mosque in Kabul on Friday, killing at least 30 "
     "worshippers, police said.\nNo group claimed responsibility. The Taliban denied involvement.\nLast year, "
     "Islamic State militants attacked the Imam Zaman Mosque in the city during Friday prayers.", [("Kabul", 30, 30)]),
    ("KHARTOUM (Reuters) - RSF shelling hit a hospital in El Fasher on Friday, killing nine patients, medics said.\n"
     "The wounded were transferred to the Saudi Hospital, the last functioning facility in the city, medics said.",
     [("El Fasher", 9, 9)]),
    ("KABUL - A bomb exploded in a mosque in Kabul on Friday, killing 10 worshippers, police said.\nMourners later "
     "gathered at the Pul-e-Khishti Mosque for funeral prayers.", [("Kabul", 10, 10)]),
    ("KABUL - A bomb exploded in a mosque in Kabul on Friday, killing 10 worshippers, police said.\nFuneral prayers "
     "were later held at the Pul-e-Khishti Mosque for the victims.", [("Kabul", 10, 10)]),
    # But the victims gathered at the site are the event's own.
    ("BAGHDAD (Reuters) - A suicide bomber attacked a mosque in Baghdad on Friday, killing 25 worshippers, police "
     "said.\nNo group claimed responsibility. Shops stayed shut.\nThe bomber walked into the crowd that had "
     "assembled at the Buratha Mosque for prayers.", [("Buratha Mosque", 25, 25)]),
    # (a guard) Two sites of the noun in the town: which one is not told.
    ("Two suicide bombers blew themselves up at a mosque in Kano on Friday, killing 15 worshippers, police said.\n"
     "The city has two large places of worship, the Central Mosque and the Murtala Mosque, near the palace.",
     [("Kano", 15, 15)]),
    # (a guard) A site named for an event of its own, with its own toll, is not the first toll's.
    ("A bomb exploded at a market in Maiduguri on Tuesday, killing 20 people, police said.\nA week earlier, a bomb "
     "at the Baga Market killed five traders.", [("Maiduguri", 20, 20), ("Baga Market", 5, 5)]),
])
def test_a_toll_at_a_site_named_by_its_noun_goes_to_the_site_the_story_names(text, tolls):
    assert _tolls(text) == tolls


def test_a_town_near_another_does_not_move_to_a_town_named_for_another_event():
    text = ("A drone hit a village near Kherson on Friday, killing three people.\n\n"
            "Separately, shelling damaged homes in the town of Nova Kakhovka.")
    assert _tolls(text) == [("Kherson", 3, 3)]


@pytest.mark.parametrize("text, tolls", [
    # A medium named "of" a country is no place ("Voice of America", "The Times of Israel").
    ("Gunmen attacked a church in Ondo on Sunday.\n\nBoth Reuters and Voice of America reported that 20 people "
     "were killed in the attack.", [("Ondo", 20, 20)]),
    # Hospitals where the dead were taken are not where they died; "brought in dead" is a count of the dead.
    ("Gunmen attacked a market in Ikare on Sunday.\n\nWorkers of the General Hospital and the Mercy Clinic, both in "
     "Ikare, where the dead and the injured were taken, said that 17 people were brought in dead.",
     [("Ikare", 17, 17)]),
    # ... counted as they were taken there.
    ("Rebels attacked a camp in Pagak on Sunday.\n\nAn aid official said that 29 civilians were reported dead, "
     "including one who died at nearby Lacor hospital, where 12 wounded had been taken for treatment.",
     [("Pagak", 29, 29)]),
])
def test_a_medium_or_a_hospital_the_dead_were_taken_to_is_no_place_of_the_toll(text, tolls):
    assert _tolls(text) == tolls


def test_a_site_named_after_a_country_is_a_site_of_the_town_after_it():
    text = "Israeli fire killed 5 people near the Egypt roundabout in Khan Younis on Monday."
    assert _tolls(text) == [("Egypt roundabout", 5, 5)]


def test_a_toll_at_a_site_a_way_from_a_town_goes_to_the_village_a_later_sentence_puts_the_site_in():
    text = ("BAGHDAD (Reuters) - A suicide truck bomb killed 11 policemen at a police station north of Baghdad on "
            "Sunday, officials said.\n\nU.S. forces were also attacked at a checkpoint, a spokesman said.\n\n"
            "The checkpoint was damaged.\n\nTo Baghdad's north, police said a police station in the village of "
            "Mutaibija was largely destroyed.")
    assert _tolls(text) == [("Mutaibija", 11, 11)]


@pytest.mark.parametrize("named, place", [
    # The site of the attack, told by its distance from a town, is the village a sentence before named.
    ("the village of Kadisau", "Kadisau"),
    # (a guard) A town the gazetteer knows that lies farther than the distance told is another place.
    ("the town of Kaura Namoda", "20km from Gusau"),
    # (a guard) So is a village named with no word of the attack's site after it.
    ("", "20km from Gusau"),
])
def test_a_site_measured_from_a_town_is_the_village_named_before(named, place):
    pictures = f"Pictures from {named} show burned homes and charred grain stores. " if named else ""
    text = ("At least 30 people were killed in north-western Nigeria in an attack by gunmen on motorbikes. "
            f"{pictures}Residents said bodies littered the streets after Tuesday's attack, 20km from Gusau, the "
            "state capital.")
    assert _tolls(text) == [(place, 30, 30)]


def test_bodies_counted_at_the_site_of_the_event_are_its_toll_told_again():
    text = ("At least 12 soldiers were killed in an ambush in eastern Congo on Friday. The ambush took place near the "
            "village of Mabasele. A local official said he had counted 14 bodies at the site of the ambush, some 25 "
            "kilometres north of Beni, in North Kivu province.")
    assert [(e.location_text, e.killed_low, e.fatalities) for e in events(text) if e.killed_low] == [
        ("Mabasele", 12, 12), ("Mabasele", 14, None)]


@pytest.mark.parametrize("way, place, counted", [
    # "the town south of Kirkuk" is the town told before that lies south of Kirkuk.
    ("south", "Tuz Khurmatu", 45),
    # (a guard) A town told before that does not lie that way is not the one described.
    ("north", "the town north of Kirkuk", 75),
])
def test_a_town_described_by_the_way_it_lies_from_another_is_the_town_told_before_there(way, place, counted):
    text = ("A suicide attack near a mosque in Tuz Khurmatu killed 30 people on Saturday.\n\nOfficials raised the "
            f"death toll from Saturday’s attack in the town {way} of Kirkuk to 45.")
    found = events(text)
    assert found[-1].location_text == place
    assert sum(e.fatalities or 0 for e in found) == counted


def test_a_toll_with_no_place_told_by_a_towns_resident_is_that_towns_rather_than_a_guess():
    text = ("Security forces killed 40 civilians in Latakia and Jableh on Friday, a monitor said.\n\nThe monitor said "
            "the victims were executed.\n\nGunmen were seen in the streets of Latakia on Saturday.\n\nBaniyas resident "
            "Samir Haidar told AFP two of his brothers and his niece were killed by gunmen.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.killed_low] == [("Latakia", 40), ("Baniyas", 3)]


@pytest.mark.parametrize("text, expected", [
    # The sentence after, going on with the account, quotes the police of the town.
    ("Gunmen killed 12 people in Kirkuk on Monday.\n\nA curfew will begin in Kirkuk on Friday.\n\nSeven children "
     "were killed while they slept outside next to a house where a bomb exploded. The roof collapsed on them, "
     "police in Baquba said.\n\n"
     "Three sisters and four brothers died, police said.", [("Kirkuk", 12), ("Baquba", 7)]),
    # Or the toll's own sentence, its hospital.
    ("Officials in Kabul condemned the violence.\n\nThe president met elders in Kabul on Friday.\n\n"
     "Nine civilians were killed on Saturday when a bus hit a mine, hospital officials in Ghazni said.",
     [("Ghazni", 9)]),
])
def test_a_toll_with_no_place_told_by_a_towns_police_or_hospital_is_that_towns(text, expected):
    assert [(e.location_text, e.fatalities) for e in events(text) if e.killed_low] == expected


def test_a_towns_police_quoted_in_a_sentence_that_names_another_place_places_no_toll_before():
    # (a guard: the sentence after names a place of its own, so it tells no more of the account before)
    text = ("Gunmen killed 12 people in Kirkuk on Monday.\n\nSeven children were killed while they slept outside "
            "next to a house where a bomb exploded.\n\nIn Mosul, a mortar hit a school, police in Baquba said.")
    assert ("Baquba", 7) not in [(e.location_text, e.fatalities) for e in events(text) if e.killed_low]


def test_a_town_described_after_a_comma_as_the_city_some_way_from_another_is_the_toll_place():
    text = ("Gunmen killed 12 people in Samawa on Monday. Later, a car bomb in Diwaniya, the city north of Samawa, "
            "killed seven.")
    assert [(e.location_text, e.fatalities) for e in events(text)] == [("Samawa", 12), ("Diwaniya", 7)]


def test_a_toll_with_no_place_is_where_the_next_sentence_puts_some_of_the_dead():
    text = ("Talks in Mosul and Mosul's council were suspended.\n\nIn the deadliest attack in months, a car bomb "
            "killed at least 30 people on Sunday.\n\nMost of the victims were worshippers leaving a mosque in Kirkuk.")
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Kirkuk", 30)]


@pytest.mark.parametrize("text, expected", [
    # The dead of days told at no place are no guessed town's: the country's, operation-wide.
    ("Security forces deployed on the coast on Saturday, after a monitor reported that government forces killed "
     "more than 500 civilians in recent days.\n\nTroops were sent to Jableh and to the port of Jableh.",
     [("", "operation", 500)]),
    # (a guard: told at a place of their own, the days' dead stay that town's)
    ("Fighters in Bangassou in recent days have killed up to 30 civilians, the UN said.\n\nTroops were sent to "
     "Bangui and to the port of Bangui.", [("Bangassou", "local", 30)]),
])
def test_the_dead_of_days_told_at_no_place_are_no_guessed_towns(text, expected):
    found = [(e.location_text, e.scope, e.killed_low or e.killed_high) for e in events(text, published="2025-03-09")
             if e.killed_low or e.killed_high]
    assert found == expected


def test_another_resident_opens_no_other_event():
    text = ("Officials in Bahir Dar and the council of Bahir Dar met on Monday.\n\nA drone struck a truck in the "
            "village of Fela Megentiya in Amhara Region on Monday, killing many travellers.\n\nLocal residents said "
            "the attack lasted an hour.\n\nAnother resident said an entire family was killed.\n\nSources said the "
            "number dead was over 30.")
    found = [(e.location_text, e.killed_low) for e in events(text, published="2024-02-21") if e.killed_low]
    assert found == [("Fela Megentiya", 30)]


def test_a_toll_after_many_sentences_of_quotes_is_of_the_last_event_told_not_the_dateline():
    # Six sentences with no place after the district the bombing struck: the toll is still the district's (a guess a
    # later sentence could correct), not the city named most.
    text = ("KABUL - A suicide bomber killed nine people in Paktia province on Monday, officials in Kabul said. "
            "Security was tightened in Kabul, where markets stayed open in Kabul's centre.\n\n"
            "The anger on Tuesday in Zurmat, the district where the Sunday bombing took place, was plain.\n\n"
            "\"We will never forgive them,\" said a farmer. \"Not their sons, not their brothers.\" "
            "\"Never,\" said another.\n\n"
            "The bombing took place at a wedding lunch. The bomber, a boy of 14, detonated his vest after "
            "greeting the host. Four people were killed, including the bomber.")
    [four] = [e for e in events(text) if e.killed_low == 4]
    assert four.location_text == "Zurmat"


def test_a_toll_told_elsewhere_is_not_the_town_named_most_nor_counted_in_its_toll():
    text = ("Russian shelling killed four people in Kupiansk on Sunday, the governor said. Kupiansk has been shelled "
            "daily. To the north, a drone attack killed two farmers in a field.")
    [two] = [e for e in events(text) if e.killed_low == 2]
    assert two.location_text != "Kupiansk" and two.counted_in == ""


def test_here_in_a_later_paragraphs_quotation_is_the_speakers_village_not_the_dateline():
    # Paragraphs parted by one line break: "here" in a quotation of the third is where the speaker is.
    text = ("GOMA, Congo (Reuters) - Assailants killed at least 11 people in a village in eastern Congo on Monday "
            "night, a local group said.\nThe army confirmed the attack on Mabasele village in North Kivu province.\n"
            "The ADF, active in eastern Congo since the 1990s, has killed more than 1,000 civilians since 2019, UN "
            "figures show.\n\"We have a toll of 11 people killed,\" said a local official.\n"
            "\"We fear they will come back here,\" said the head of a committee in Mabasele.")
    assert all(e.location_text not in ("GOMA", "Goma") for e in events(text))


def test_one_attack_at_an_unnamed_village_of_a_country_is_a_local_event_there():
    # No town named, but one act at one site: a local event at the country (geo precision 3), not a nationwide figure.
    text = ("MAIDUGURI (Reuters) - Gunmen on motorcycles killed 12 villagers in a remote farming community in "
            "Nigeria's northeast on Sunday, police said.")
    [e] = [e for e in events(text) if e.killed_low == 12]
    assert (e.scope, e.fatalities, e.country) == ("local", 12, "NG")


def test_a_toll_told_only_at_a_country_with_no_one_site_stays_nationwide():
    text = "Gunmen killed 52 people across Iraq on Tuesday, officials said."
    assert [(e.scope, e.fatalities) for e in events(text) if e.killed_low == 52] == [("national", None)]


@pytest.mark.parametrize("text, expected", [
    # The lead's unnamed village of a region, named as a village two sentences on: the toll is the village's.
    ("Gunmen killed 14 people in a village in Nigeria's Zamfara State on Sunday, police said.\n\nThe news came a "
     "day after the army said bandits had killed seven soldiers in the state.\n\nThe state was in mourning after an "
     "attack by gunmen on motorcycles on the village of Kwanar Dutsi, a radio station said.",
     [("Kwanar Dutsi", 14, 14)]),
    # (but not a village the next sentences tell another toll at: another event)
    ("Gunmen killed 14 people in a village in Nigeria's Zamfara State on Sunday, police said.\n\nThe news came a "
     "day after the army said bandits had killed seven soldiers in the state.\n\nIn a separate attack, two farmers "
     "were killed in the village of Kwanar Dutsi.",
     [("Zamfara State", 14, 14), ("Kwanar Dutsi", 2, 2)]),
])
def test_an_unnamed_village_of_a_province_is_the_village_a_sentence_after_names(text, expected):
    # (the soldiers' seven of the day before are another matter, read apart)
    assert [toll for toll in _tolls(text) if toll[1] != 7] == expected


@pytest.mark.parametrize("middle", ["", "Bajaur attack\n\n"])
def test_a_unit_the_text_names_as_a_district_is_where_its_event_was_not_the_town_before(middle):
    """A district the gazetteer keeps as a region ("Bajaur district") is the event's place, and the toll told
    after it of "the incident" is its, not the town named most."""
    text = ("Militants attacked a police station in Lakki Marwat on Friday, killing three policemen, officials said."
            "\n\n" + middle + "The second incident took place in Bajaur district when militants attacked a checkpoint"
            " of the Frontier Corps at dawn.\n\nTwo soldiers were killed and four wounded in the incident.")
    assert _tolls(text) == [("Lakki Marwat", 3, 3), ("Bajaur district", 2, 2)]


@pytest.mark.parametrize("text, scope", [
    ("Government forces killed four fighters during operations in northern and central Somalia, the army said.",
     "operation"),
    # (one region stays the region's toll; towns listed stay the first town's, covering the rest)
    ("Government forces killed four fighters during operations in central Somalia, the army said.", "local"),
    ("Fighting in Baidoa and Beledweyne killed four fighters, the army said.", "local"),
])
def test_a_toll_told_over_several_regions_is_no_one_regions(text, scope):
    assert [e.scope for e in events(text) if e.killed_low == 4] == [scope]


def test_a_town_the_attackers_fought_their_way_into_is_the_site():
    text = "M23 rebels fought their way into Goma, killing at least 20 civilians, the UN said."
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Goma", 20)]


@pytest.mark.parametrize("text, place", [
    ("Russian forces shelled Vovchansk in the Chuhuiv district on Tuesday, killing five civilians.", "Vovchansk"),
    # (the kind word may stand outside the name found)
    ("Russian forces shelled Balakliia in the Izium raion on Tuesday, killing five civilians.", "Balakliia"),
    ("A drone hit a house in Nova Sloboda in the Konotop district on Tuesday, killing five civilians.", "Nova Sloboda"),
    # (a district far from the town is no district of it: "Sumy district" is not the Donetsk town's)
    ("Russian forces shelled Pokrovsk in the Sumy district on Tuesday, killing five civilians.", "Sumy district"),
])
def test_a_town_told_in_a_district_named_after_another_town_is_the_site(text, place):
    # The gazetteer knows such a district only as its town, which does not hold the other town.
    assert [e.location_text for e in events(text) if e.killed_low] == [place]


@pytest.mark.parametrize("text, place", [
    ("Five people were killed in the Kharkiv region following a Russian strike on Vovchansk on Thursday.",
     "Vovchansk"),
    # (two places the gazetteer lacks, the district and the camp, both placed in the state)
    ("Seven herders were killed in Ayod county in Jonglei state in a raid on Wunlang cattle camp on Thursday.",
     "Wunlang cattle camp"),
    # (a district the gazetteer knows only as its town, and a village it lacks)
    ("Five people were killed in Bokkos district of Plateau State after gunmen attacked the village of Mushere on "
     "Thursday.", "Mushere"),
    # (a guard: a strike told after, with its own toll, is another event)
    ("Five people were killed in the Kharkiv region on Monday, and a strike on Vovchansk wounded two.",
     "Kharkiv region"),
    # (a speaker after the site is no list)
    ("Five people were killed in the Kharkiv region following a Russian strike on Vovchansk, Governor Oleh "
     "Syniehubov said.", "Vovchansk"),
    # (nor the first of a list of towns)
    ("Four people were killed in the Kharkiv region as Russian forces shelled Kupiansk, Izium and Balakliia.",
     "Kharkiv region"),
])
def test_a_toll_told_in_a_unit_is_at_the_site_the_words_after_it_put_the_event_at(text, place):
    assert [e.location_text for e in events(text) if e.killed_low] == [place]
    # (the unit makes no event of its own beside it)
    assert [e.location_text for e in events(text) if e.location_text == place.split(" ")[0]] in ([], [place])


@pytest.mark.parametrize("text, scope", [
    ("At least 15 people were killed in four days of fighting in the southern city of Sabha.", "local"),
    ("At least 15 people were killed over the past three days in Zemio, a local journalist said.", "local"),
    # (a guard: a province's toll over days is no one place's; nor one the fighting spread around)
    ("At least 15 people were killed in four days of fighting in Darfur.", "operation"),
    ("Troops killed 24 militants in five days of fighting around the village of Kaloosha, near Wana.", "operation"),
    # (nor one a part of the toll names: the town is the part's)
    ("Israeli strikes killed 90 people over the past two days, including 20 in Khan Younis, the ministry said.",
     "operation"),
    # Hours as days: a day's toll in one town is the town's; the past day's over a territory, an area or several
    # operations is no one place's.
    ("At least 15 people were killed over the past 24 hours in Zemio, a local journalist said.", "local"),
    ("Israeli strikes killed 60 people in the past 24 hours across Gaza, the ministry said.", "operation"),
    ("\"In the past 48 hours, 43 Houthi fighters were killed, mostly in air strikes\" west of Marib, a source said.",
     "operation"),
    ("The coalition said 95 Houthis were killed in operations carried out in the last 24 hours in Marib.",
     "operation"),
    # The first days of a period are days too.
    ("Gunmen attacked 12 villages in Kaduna State during the first three days of the month, killing at least 40.",
     "operation"),
    # (a guard: operations told beside the toll, not as what killed, leave it the town's)
    ("At least 15 people were killed in three days of fighting in El Fasher, as RSF operations intensified.",
     "local"),
    # (a guard: hours of fighting are one event's)
    ("At least 15 people were killed in two hours of fighting in Zemio.", "local"),
])
def test_a_toll_over_a_few_days_of_fighting_in_one_town_is_the_towns(text, scope):
    [toll] = [e for e in events(text) if e.killed_low]
    assert toll.scope == scope


@pytest.mark.parametrize("second, place", [
    # A noun that only refers to the event, said to have taken place somewhere, places the toll told before.
    ("The incident took place on Saturday night in the town of Apaseo el Grande, police said.", "Apaseo el Grande"),
    # (a guard: the event named again with no word of where it took place moves nothing)
    ("The incident was condemned by the governor of Guanajuato.", "Guanajuato"),
])
def test_an_event_named_again_where_it_took_place_places_the_toll(second, place):
    text = ("Ten people were killed and seven wounded after gunmen stormed a bar in Mexico's central state of "
            f"Guanajuato on Saturday.\n\n{second}")
    assert [e.location_text for e in events(text) if e.fatalities] == [place]


@pytest.mark.parametrize("text, site, hospital, count", [
    # A hospital named by its town, whose staff give a count: the town is where the dead were taken, and the count
    # one of the toll told before, counted there.
    ("Gunmen ambushed a police convoy in Salahuddin province on Monday, killing 14 officers, a security official "
     "said.\n\nDr. Karim Hassan of Samarra hospital said it had received nine bodies.",
     "Salahuddin province", "Samarra", 9),
    ("Gunmen ambushed a police convoy in Salahuddin province on Monday, killing 14 officers.\n\nDr. Karim Hassan of "
     "Samarra hospital said it had received nine bodies.", "Salahuddin province", "Samarra", 9),
    ("A suicide bomber struck a wedding party in a village of Nineveh province on Friday, killing 25 people.\n\n"
     "Ahmed Saleh, a doctor at the Tal Afar hospital, said 19 people were killed.", "Nineveh province", "Tal Afar", 19),
    # A town's hospital that tells what it received, after an apposition.
    ("A car bomb tore through a market in Mahmudiya on Sunday, killing 30 people, police said.\n\nA hospital in "
     "Latifiya, 10 km to the south, said it had received 12 bodies.", "Mahmudiya", "Latifiya", 12),
    # Guessed where the lead's words were, the count is still the lead's.
    ("Gunmen killed at least 31 villagers in Diyala province north of Baghdad on Tuesday.\n\nThe gunmen struck in "
     "the village of Hamid Shifi, a police official said.\n\nA medical source at Baquba hospital confirmed it had "
     "received 20 dead.", "Diyala province", "Baquba", 20),
])
def test_a_hospital_named_by_its_town_tells_a_count_of_the_toll_before(text, site, hospital, count):
    found = [e for e in events(text) if e.killed_low]
    assert [e.location_text for e in found if e.fatalities] == [site]
    # (no toll counted at the hospital's town: where the sentence names no other place, the count may sit there,
    # counted in the toll told before)
    assert all(e.location_text != hospital for e in found if e.fatalities)
    [told] = [e for e in found if e.killed_low == count]
    assert told.counted_in and not told.fatalities


@pytest.mark.parametrize("text, site", [
    # Where the text names no other place, the hospital's town is the toll's, as a town whose police speak is.
    ("Doctors at the Kunduz hospital said the U.S. airstrike on the facility killed 42 people.", "Kunduz"),
    ("A suicide bomber blew himself up in the emergency ward on Monday. Officials at the Quetta hospital said 70 "
     "people were killed.", "Quetta"),
    ("Airstrikes pounded rebel-held districts overnight.\n\nA hospital in Idlib said it had received 35 bodies.",
     "Idlib"),
    # (and a bombed hospital's town is its place: "Officials said" is no hospital's staff)
    ("Officials said the suicide blast at the Quetta hospital killed 70 people, most of them lawyers.", "Quetta"),
])
def test_a_speaking_hospitals_town_places_a_toll_with_no_other_place(text, site):
    assert [(e.location_text, bool(e.fatalities)) for e in events(text) if e.killed_low] == [(site, True)]


def test_a_capital_a_speaker_was_reached_from_is_no_place_of_the_event():
    text = ("Gunmen attacked the village of Yirgou in Barsalogo district on Tuesday, killing six people.\n\n"
            "A Barsalogo resident, reached by phone by AFP from the capital Ouagadougou, said villagers then attacked "
            "a camp of herders.\n\n\"Seven herders were lynched,\" the security official said.")
    assert "Ouagadougou" not in [e.location_text for e in events(text) if e.killed_low]


@pytest.mark.parametrize("text, site", [
    # The toll of the event a clause after "after" tells is at the place that clause names, not at the main clause's.
    ("The clashes, which erupted between gunmen of the Bab al-Tabbaneh neighborhood and their rivals in Jabal Mohsen, "
     "began after eight people, including six children, were killed Friday in a rocket attack launched from Syria on "
     "the northeastern Lebanese town of Hermel.", "Hermel"),
    ("The fighting in Kidal came after 12 soldiers, including two officers, were killed in an ambush staged from "
     "Algeria near the town of Aguelhok.", "Aguelhok"),
])
def test_a_toll_in_a_clause_after_after_is_at_that_clauses_place(text, site):
    assert [e.location_text for e in events(text) if e.killed_low] == [site]


def test_a_place_after_the_after_clause_is_not_its_tolls():
    # (a guard: ", and spread to Lahore" is another clause's place)
    text = ("The protests in Karachi began after three students were killed by police on Monday, and spread to Lahore "
            "on Tuesday.")
    assert [e.location_text for e in events(text) if e.killed_low] == ["Karachi"]


def test_the_unit_of_an_official_who_speaks_after_a_clause_about_it_is_his_seat():
    # ", where the village is located, said": the commander's district holds the village told before; his count is
    # another account of its toll, not a toll of the whole district.
    text = ("The worst attack occurred in the village of Bashir, south of Kirkuk, when a suicide bomber detonated a "
            "truck in the market, officials said.\n\nPolice put the death toll at 40. The police chief of Daquq "
            "district, where the village is located, said 52 were killed.")
    found = [e for e in events(text) if e.killed_low]
    assert [(e.location_text, e.killed_low) for e in found if e.fatalities] == [("Bashir", 40)]
    assert all(e.location_text != "Daquq district" for e in found)


def test_an_officials_town_with_a_clause_that_puts_nothing_in_it_is_still_the_tolls():
    # (a guard for the rule above: a clause that says no place lies in the town leaves the toll his town's)
    text = ("Ukrainian troops retook towns around Kyiv this week. The mayor of Bucha, which Russian troops occupied "
            "for a month, said 300 civilians had been killed.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Bucha", 300)]



def test_a_place_said_to_lie_near_another_is_where_its_toll_is_not_the_other():
    # "the village of Hillat Adam near the administrative unit of Kuma ..., killing 25": Kuma only says where the
    # village lies, though the article names it as a place of its own before.
    text = ("Dozens of families fled the Kuma area in Mellit locality after attacks by the RSF.\n\nThe RSF attacked "
            "the village of Hillat Adam near the administrative unit of Kuma on Sunday, killing 25 civilians.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Hillat Adam", 25)]


@pytest.mark.parametrize("text, place", [
    # A town said to lie near another: the first keeps the toll; but a coarse place "near" a town is not told where
    # it lies, the town is finer.
    ("An Israeli strike killed four people in southern Lebanon near the town of Nabatieh on Tuesday.", "Nabatieh"),
    # (a clause that only says who was based in the official's town leaves its toll his town's)
    ("Ukrainian troops retook Irpin and Hostomel this week. The mayor of Bucha, where Russian troops were based for "
     "a month, said 300 civilians had been killed.", "Bucha"),
])
def test_near_and_where_clauses_keep_the_finer_or_own_place(text, place):
    assert [e.location_text for e in events(text) if e.killed_low] == [place]



def test_a_toll_told_there_is_at_the_place_the_sentence_before_named():
    text = ("MOGADISHU, Somalia - A car bomb killed five people in Mogadishu on Sunday, police said. The town of "
            "Beledweyne also remains a volatile area. Militants ambushed a convoy there in May, killing 9 soldiers.")
    assert _tolls(text) == [("Mogadishu", 5, 5), ("Beledweyne", 9, 9)]
    # (guards) Not "there" of whence, nor of being.
    whence = text.replace("The town of Beledweyne also remains a volatile area. Militants ambushed a convoy there",
                          "The convoy had come from Beledweyne. Fighters who travelled from there")
    assert ("Beledweyne", 9, 9) not in _tolls(whence)
    being = text.replace("Militants ambushed a convoy there in May, killing 9 soldiers.",
                         "There were clashes in May, and 9 soldiers were killed.")
    assert ("Beledweyne", 9, 9) not in _tolls(being)


@pytest.mark.parametrize("text, place", [
    # (guards) A town the text names as where survivors fled, or the village of an earlier attack, is not the site a
    # distance from a town measures.
    ("KYIV, Ukraine (AP) - Russian forces struck a village in Donetsk region on Sunday. Survivors fled to "
     "Kramatorsk. Four people died in Sunday's strike, 20 km south of Sloviansk, officials said.",
     "20 km south of Sloviansk"),
    ("Last month, gunmen killed 12 people in the village of Kadisau in Zamfara state. On Tuesday, at least 30 "
     "people were killed in a fresh attack, 20km from Gusau, residents said.", "20km from Gusau"),
])
def test_a_site_measured_from_a_town_is_not_any_town_named_before(text, place):
    assert [loc for loc, killed, _ in _tolls(text) if killed in (4, 30)] == [place]


def test_a_hospital_worker_who_tells_of_an_event_in_the_town_keeps_the_town():
    # (a guard) One who works in the hospital speaks for it only where the sentence gives its count of bodies.
    text = ("KHARTOUM, Sudan (AP) - RSF fighters shelled Omdurman on Monday, killing 9. A doctor who works in the El "
            "Obeid teaching hospital said a drone strike on the city killed 14 people on Tuesday.")
    assert _tolls(text) == [("Omdurman", 9, 9), ("El Obeid", 14, 14)]


@pytest.mark.parametrize("text, expected", [
    # (guards) "there" of being, however written, and "there" in a speaker's quotation, name no place.
    ("Gunmen attacked Kagoro in Kaduna State on Sunday, killing 30. The governor visited Kaduna city on Monday. "
     "Officials said 12 more bodies were found, but there wasn't a final toll yet.",
     [("Kagoro", 30), ("Kagoro", 12)]),
    ("Gunmen killed 15 people in Mangu on Sunday. The governor met community leaders in Jos on Monday. \"We cannot "
     "allow this to continue there,\" he said, adding that six suspects had been killed.",
     [("Mangu", 15), ("Mangu", 6)]),
])
def test_there_of_being_or_of_a_quotation_is_no_place(text, expected):
    assert [(loc, killed) for loc, killed, _ in _tolls(text)] == expected


def test_a_toll_after_a_village_and_the_area_that_holds_it_is_the_villages():
    # "X village of Y area": Y only says where X lies.
    text = "An RSF attack on Wad al-Noura village of Al-Kamlin area in Gezira State killed at least 35 civilians."
    assert [(e.location_text, e.fatalities) for e in events(text) if e.fatalities] == [("Wad al-Noura", 35)]


def test_a_named_region_does_not_hold_the_capital_far_from_it():
    # "officials from Islamabad" is no place in Khyber Agency: the toll told there stays there.
    text = ("LANDI KOTAL: Five suspected militants were killed in a shootout triggered by a cross-border attack on a "
            "check-post in Khyber Agency late on Monday night.\n\nThree soldiers also laid down their lives in the "
            "incident that took place in the Landi Kotal area.\n\nThe attack came on the heels of talks between senior "
            "officials from Islamabad and Kabul held in Doha to address the crisis created by the closure of the "
            "border.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [
        ("Khyber Agency", 5), ("Landi Kotal", 3)]


def test_a_toll_before_a_running_totals_clause_is_told_where_the_sentence_before_says():
    # The country of ", bringing the number of dead ... throughout Syria to 61" is the running total's.
    text = ("Government forces battled rebels in Talkalakh, a town near the Lebanese border, on Sunday.\n\n"
            "At least seven people were killed and 15 wounded, bringing the number of dead in four days of fighting "
            "throughout Syria to 61.")
    assert [(e.location_text, e.killed_low, e.scope) for e in events(text) if e.killed_low == 7] == [
        ("Talkalakh", 7, "local")]


@pytest.mark.parametrize("group", ["rebels", "militants", "insurgents"])
def test_a_place_naming_where_the_attackers_come_from_is_not_where_they_struck(group):
    text = f"Three civilians were killed on Friday as Idlib {group} shelled government-held Aleppo with rockets."
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Aleppo", 3)]


def test_a_placeless_toll_of_another_countrys_people_goes_to_their_town_named_next():
    text = ("A woman was killed when a rocket hit a bus stop in Sderot on Monday.\n\n"
            "On Tuesday morning, Israeli warplanes killed 12 Palestinians in attacks that targeted government "
            "buildings.\n\nMissiles flattened three ministries in Khan Younis, witnesses said.")
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [
        ("Sderot", 1), ("Khan Younis", 12)]



def test_a_village_and_another_town_listed_after_a_time_are_no_village_and_its_holder():
    text = "Jihadists attacked Kukawa village in the morning and Monguno village in the evening, killing 15 people."
    assert [(e.location_text, e.killed_low) for e in events(text) if e.killed_low] == [("Monguno", 15)]


@pytest.mark.parametrize("text, place", [
    # (guards) The distance stays the place where what stands before the comma is no town of the sentence: a
    # weekday, an armed group, a province alone.
    ("A roadside bomb struck an army patrol in Mali on Sunday, 50 km east of the town of Gao, killing 2 soldiers.",
     "50 km east of the town of Gao"),
    ("Junta jets bombed a village in Sagaing Region, about 15 miles (24 km) north of the town of Monywa, killing 20.",
     "15 miles (24 km) north of the town of Monywa"),
])
def test_a_distance_after_a_weekday_or_a_province_is_still_the_place(text, place):
    assert [at for at, killed, _ in _tolls(text) if killed] == [place]


def test_a_distance_that_situates_a_district_is_not_where_the_toll_was():
    # "Tank district, about 40 kilometres (25 miles) from the city of Dera Ismail Khan": the distance says where the
    # district lies; the pupils were killed in the district, not at a point measured from the city.
    text = ("ISLAMABAD (AP) - Gunmen stormed a girls' school in Tank district, about 40 kilometres (25 miles) from the "
            "city of Dera Ismail Khan, on Monday, killing nine pupils, police said.")
    assert [(at, killed) for at, killed, _ in _tolls(text) if killed] == [("Tank district", 9)]


@pytest.mark.parametrize("text, place", [
    # A report heard from afar is heard where it was monitored, not where the shells fell.
    ("Shells hit the hospital in Gorazde on Wednesday. \"This is slaughter, massacre,\" he said in a ham radio report "
     "monitored in Sarajevo. Aid workers said at least eight other people were killed when a shell hit a house.",
     "Gorazde"),
    # The town a distance is measured from, even its country's "port city of", is no site: the town measured is.
    ("Local authorities in Sartana, about 20 kilometres (12 miles) from Ukraine's port city of Mariupol, said at "
     "least two civilians were killed when rebels shelled the town on Sunday.", "Sartana"),
    # A river the bodies were dumped into is where they were put, not where they were killed.
    ("Paramilitaries stormed the village of Puerto Alvira in southeastern Colombia on Monday. The gunmen killed at "
     "least 21 peasants, dumping some bodies into the Guaviare River.", "Puerto Alvira"),
])
def test_a_report_monitored_a_town_measured_from_and_a_river_bodies_were_dumped_into_are_no_sites(text, place):
    assert {at for at, killed, _ in _tolls(text) if killed} == {place}


@pytest.mark.parametrize("text, tolls", [
    # A clause of its own after a town's toll that puts its events in a country only: the four are the country's.
    ("In separate violence, a suicide car bombing outside a police station in Mosul killed five people and injured "
     "53, and three roadside bombs in Iraq killed four, including a U.S. soldier, and wounded six, police said.",
     [("Mosul", 5)]),
    # (a guard) a town in the second clause is that toll's own place, before the figure or after it
    ("A car bomb in Mosul killed five people, and three roadside bombs in Kirkuk killed four.",
     [("Mosul", 5), ("Kirkuk", 4)]),
    ("Shelling killed three in Donetsk, and in Russia, a drone strike killed two in Belgorod.",
     [("Donetsk", 3), ("Belgorod", 2)]),
    ("A roadside bomb killed four soldiers in Helmand, and a suicide attack in Pakistan killed 12 people at a rally in "
     "Bajaur.", [("Helmand", 4), ("Bajaur", 12)]),
])
def test_a_toll_told_in_a_country_after_a_towns_is_not_the_towns(text, tolls):
    assert [(at, killed) for at, killed, _ in _tolls(text)] == tolls


@pytest.mark.parametrize("text, place", [
    # A vehicle leaving a town was hit at the town: the place it left is where the attack is put.
    ("In another attack on Shiites headed to Karbala, gunmen opened fire on passengers in a bus leaving Baghdad, "
     "killing seven, Salih said.", "Baghdad"),
    ("Taliban fighters ambushed a convoy leaving Kandahar on Tuesday, killing seven soldiers.", "Kandahar"),
    # (a guard) people leaving a town are not the vehicle: the place they were ambushed is
    ("The troops leaving Kandahar were ambushed in Zhari, and seven soldiers were killed.", "Zhari"),
])
def test_a_vehicle_leaving_a_town_was_attacked_there(text, place):
    assert {at for at, killed, _ in _tolls(text) if killed} == {place}


def test_a_town_a_vehicle_had_left_is_no_place_of_the_attack():
    text = "The bus had left Quetta for Karachi when gunmen stopped it in Mastung and killed nine passengers."
    assert {e.location_text for e in events(text)} == {"Mastung"}


def test_where_the_dead_were_buried_is_not_where_they_were_killed():
    text = ("Four security sources told Reuters that at least 89 members of Niger's security forces killed in the "
            "attack were buried on Saturday in Niamey.")
    assert "Niamey" not in {e.location_text for e in events(text)}
    # (a guard) a town the dead were found buried in, in a mass grave, is where they were
    text = "Residents said 67 people killed during the occupation were buried in Bucha in a mass grave near the church."
    assert [(at, killed) for at, killed, _ in _tolls(text)] == [("Bucha", 67)]



def test_the_seat_of_the_official_who_gave_a_toll_is_not_where_the_dead_were_killed():
    text = ("Gunmen killed dozens of civilians in the village of Karma on April 20. The official death toll, announced "
            "on Sunday by the public prosecutor in Ouahigouya, capital of the northern region, was around sixty.")
    assert "Ouahigouya" not in {at for at, killed, _ in _tolls(text) if killed}
    # (a guard) an official "of" a town speaks for it
    text = "The toll of 19 dead was announced by the mayor of Kramatorsk after the missile struck the city."
    assert [(at, killed) for at, killed, _ in _tolls(text)] == [("Kramatorsk", 19)]



def test_a_hospital_in_a_nearby_town_is_not_where_the_dead_were_hit():
    text = ("A bomb exploded at a fiesta in the town of Midsayap on Sunday, killing three people on the spot. Eight "
            "others died en route to a hospital in nearby Cotabato city.")
    assert {at for at, killed, _ in _tolls(text) if killed} == {"Midsayap"}


@pytest.mark.parametrize("text", [
    "EL TARRA, Colombia -- Paramilitary gunmen terrorising rural Colombia dumped the bodies of eight farmers on the "
    "central square of this small farming village.",
    # (a guard) a town's square, as before
    "EL TARRA, Colombia -- Guerrillas terrorising rural Colombia shot dead eight farmers in the main square of this "
    "small farming town on Sunday.",
])
def test_this_village_is_the_datelines_whatever_country_the_sentence_names(text):
    assert [(at, killed) for at, killed, _ in _tolls(text) if killed] == [("EL TARRA", 8)]


def test_a_plane_landing_in_a_town_was_hit_there():
    text = "On Monday, a plane landing in Kismayo was hit by rebel fire and exploded, killing at least 30 people."
    assert [(at, killed) for at, killed, _ in _tolls(text) if killed] == [("Kismayo", 30)]
    # (a guard) a minister arriving in a town says nothing of where the dead were
    text = "The minister, arriving in Kismayo on Monday, said rebels had killed 30 people in Jilib."
    assert [at for at, killed, _ in _tolls(text) if killed] == ["Jilib"]


def test_where_a_speaker_named_after_said_sits_is_no_site():
    text = ("The aid group reported 40 civilians killed and 200 wounded in the fighting, said Dr. Amina Yusuf in "
            "Mogadishu.")
    assert "Mogadishu" not in {at for at, killed, _ in _tolls(text) if killed}


def test_a_town_of_an_officials_arrival_is_no_site():
    text = ("A suicide bomber killed at least 20 people at a cultural centre in Suruc on Monday. Upon his arrival in "
            "Sanliurfa, the interior minister announced that the death toll was 22.")
    assert "Sanliurfa" not in {at for at, killed, _ in _tolls(text) if killed}


@pytest.mark.parametrize("text, place", [
    # A hospital the attack hit is the site, however near.
    ("Three people died in shelling at a hospital in nearby Avdiivka, officials said.", "Avdiivka"),
    # (a guard) one the wounded were taken to, in a neighbouring town, is not
    ("A bomb exploded at a market in Lakki Marwat, killing two; eight others died at a hospital in neighbouring "
     "Bannu.", "Lakki Marwat"),
])
def test_a_hospital_hit_is_a_site_one_the_wounded_reached_is_not(text, place):
    assert {at for at, killed, _ in _tolls(text) if killed} == {place}


@pytest.mark.parametrize("text, place", [
    # A group or a day after "said" is no speaker sitting in the place: the place is the site.
    ("Residents said Al-Shabaab in Jilib killed 12 people on Monday.", "Jilib"),
    ("Two people were killed in the blast, police said Monday in Quetta.", "Quetta"),
    ("Four people were killed, said Ali Hassan in Hodeidah, where the bodies were brought.", "Hodeidah"),
])
def test_a_group_or_a_day_after_said_is_no_speakers_seat(text, place):
    assert {at for at, killed, _ in _tolls(text) if killed} == {place}


@pytest.mark.parametrize("text, place", [
    # The place of the earlier event a rank compares with is not the day's site.
    ("Troops ambushed near Mahmudiya killed 26 guerrillas in the largest single insurgent death toll since last "
     "year's battle for Fallujah.", "Mahmudiya"),
    # (a guard) a town named before the rank keeps its toll
    ("A bomb killed 30 people in Zarqa on Monday, the deadliest attack since the 2005 bombing in Amman.", "Zarqa"),
])
def test_the_place_of_the_event_a_rank_compares_with_is_no_site(text, place):
    assert place in {at for at, killed, _ in _tolls(text) if killed}
    assert not {at for at, killed, _ in _tolls(text) if killed} - {place}


def test_this_town_far_away_is_no_datelines_toll():
    text = ("TIBU, Colombia -- Guerrillas killed 12 soldiers in an ambush in eastern Colombia, far from this small "
            "town, the army said.")
    assert "TIBU" not in {at for at, killed, _ in _tolls(text) if killed}


@pytest.mark.parametrize("text, place", [
    # A small town's dateline, where the body names no other town, is where the event was.
    ("BEIT HANOUN, Gaza Strip -- Most of the family was asleep when the Israeli shells slammed into their "
     "building.\n\nIn all, Palestinian officials say, 20 civilians were killed in an incident that threatened a "
     "fresh round of violence.", "BEIT HANOUN"),
    # (a guard) a capital's or a big city's dateline says only where the report was filed (a bureau's)
    ("KANDAHAR, Afghanistan (Reuters) - A roadside bomb killed 20 policemen on Sunday, officials said.",
     "Afghanistan"),
    ("KABUL, Afghanistan -- The shells slammed into the building at dawn.\n\nIn all, officials say, 20 civilians "
     "were killed in an incident that angered the government.", "Afghanistan"),
    # (a guard) nor a border town's, whose lead tells of fighting across the border
    ("CUKURCA, Turkey (AP) — A Turkish helicopter crashed in Iraq during a ground operation against rebels.\n\n"
     "Twenty rebels were killed in yesterday's fighting, the military said.", "Turkey"),
])
def test_a_small_datelines_town_holds_the_toll_told_nowhere(text, place):
    assert {e.location_text for e in events(text) if e.killed_low == 20} == {place}


def test_the_province_named_most_holds_a_toll_told_nowhere_where_no_town_is_named():
    text = ("The commissioner met the Enga provincial administrator on Monday.\n\n\"We have reviewed plans for "
            "security in Enga,\" he said. \"Soldiers deployed to Enga may now make arrests.\"\n\n\"Police can "
            "confirm that 49 bodies have been recovered at this point,\" he added.")
    [toll] = [e for e in events(text) if e.killed_low == 49]
    assert (toll.location_text, toll.scope) == ("Enga", "local")


def test_a_toll_told_after_an_event_named_as_the_one_before_is_the_later_events():
    text = ("Shortly after the Baiji bombing, a suicide bomber blew himself up in a funeral procession in the city "
            "of Baquba, killing at least four members of a militia.\n\nThe US military said 10 Iraqis were killed "
            "and five wounded.")
    assert {e.location_text for e in events(text) if e.killed_low == 10} == {"Baquba"}


def test_a_town_measured_again_the_way_the_lead_put_the_event_takes_its_toll():
    text = ("A suicide car bomber detonated his device outside a mosque north of Baghdad on Friday, killing 11 and "
            "wounding 21.\n\nPolice said the bomber blew himself up outside the Great Prophet mosque in Tuz "
            "Khurmatu, a mixed town 160 kilometers north of Baghdad, as worshippers left prayers.")
    assert {e.location_text for e in events(text) if e.killed_low == 11} == {"Great Prophet mosque"}


def test_a_series_of_blasts_over_a_state_is_no_one_events_toll():
    text = ("Guwahati : Terror gripped Assam after a series of 11 bomb blasts rocked the state Thursday killing at "
            "least 48 people and injuring about 300.\n\n\"In Guwahati alone 25 people were killed in four blasts,\" "
            "the official said.")
    assert {(e.location_text, e.scope) for e in events(text) if e.killed_low == 48} == {("Assam", "operation")}
    assert {(e.location_text, e.scope) for e in events(text) if e.killed_low == 25} == {("Guwahati", "local")}


@pytest.mark.parametrize("text, tolls", [
    # A toll "and" opens, its event told after "when" at its own place: two tolls, not one summed at the first.
    ("Nine people were killed in an artillery attack on a hospital in Bihac in northeast Bosnia and three died when "
     "a tank shell hit a soup kitchen in the capital Sarajevo, reports said.", {("Bihac", 9), ("Sarajevo", 3)}),
    # (a guard) one event told at two places of a list stays one toll
    ("Fighting in Kut and Hilla killed 12 people and wounded 30.", {("Kut", 12)}),
])
def test_a_toll_an_and_opens_is_at_the_place_its_when_clause_names(text, tolls):
    assert {(e.location_text, e.killed_low) for e in events(text) if e.killed_low} == tolls


@pytest.mark.parametrize("text, scope", [
    ("A string of bombings rocked Borno state on Sunday, killing 30 people, officials said.", "operation"),
    ("A wave of coordinated attacks hit Kirkuk province on Tuesday, killing 30 people.", "operation"),
    # (a guard) one bomb over a province is one event's toll
    ("A bomb killed 30 people in Borno state on Sunday.", "local"),
    # (a guard) a wave told at no place of its own is the city's the sentence refers to
    ("Rebels seized the city of Idlib.\n\nInside the city, a wave of missile strikes killed 30 men, it added.",
     "local"),
])
def test_a_series_told_with_no_number_over_a_province_is_an_operations(text, scope):
    assert {e.scope for e in events(text) if e.killed_low == 30} == {scope}


@pytest.mark.parametrize("text, surface, site", [
    # A shell that landed somewhere struck there.
    ("Two rockets landed in Sderot on Monday, wounding three people.", "Sderot", True),
    # (a guard) so with its town's possessive before the site, which the words before a place read as "the"
    ("A mortar shell landed in the city's Bakara Market, killing four traders.", "Bakara Market", True),
    # (a guard) a plane that landed somewhere only arrived there
    ("The minister's plane landed in Kabul on Monday.", "Kabul", False),
])
def test_a_munition_that_landed_struck_where_it_landed(text, surface, site):
    assert _excluded(text, surface) is not site
