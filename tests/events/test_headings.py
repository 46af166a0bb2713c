"""Round-ups that file each incident under a line naming its town (geodata.events.headings), on text of
our own about other days and towns."""

from geodata.events.headings import heading_of, headings
from geodata.models import Article
from geodata.places import extract_mentions, load_gazetteer

from tests.events.test_events import events

ROUNDUP = ("Violence across Afghanistan killed at least nine people on Thursday, officials said.\n\n"
           "Kunduz\nA roadside bomb killed two policemen and wounded three others.\n\n"
           "Ghazni, 150km south-west of Kabul\nGunmen shot dead a district official outside his home.\n"
           "His driver was wounded.\n\n"
           "Herat\nA rocket hit a market, killing six people.")


def test_each_incident_is_placed_at_the_town_whose_line_heads_it():
    placed = [(e.location_text, e.killed_low) for e in events(ROUNDUP) if e.scope == "local" and e.killed_low]
    assert placed == [("Kunduz", 2), ("Ghazni", 1), ("Herat", 6)]


def test_a_heading_is_a_short_line_of_place_names_only_and_one_alone_heads_nothing():
    mentions = list(extract_mentions(Article.from_text(ROUNDUP), load_gazetteer()))
    ends, places = headings(ROUNDUP, mentions)
    assert [m.surface for m in places] == ["Kunduz", "Ghazni", "Herat"]
    assert heading_of((ends, places), ROUNDUP.index("His driver")).surface == "Ghazni"
    assert heading_of((ends, places), 0) is None
    # One line naming a town is a title, not a round-up's heading.
    one = "Kunduz\nA roadside bomb killed two policemen in Baghlan on Monday."
    assert headings(one, list(extract_mentions(Article.from_text(one), load_gazetteer()))) == ((), ())


def test_a_heading_may_close_on_a_colon_and_a_factbox_files_items_under_a_towns_name_and_a_dash():
    colon = ("Violence in Somalia on Saturday:\n\nMogadishu:\nA mortar round hit a house, killing two children.\n\n"
             "Baidoa:\nAl-Shabaab fighters killed a clan elder.")
    assert [(e.location_text, e.killed_low) for e in events(colon) if e.killed_low] == [("Mogadishu", 2),
                                                                                          ("Baidoa", 1)]
    factbox = ("Following are security incidents in Iraq reported on Tuesday:\n\n"
               "BAQUBA - Gunmen killed two policemen in the city centre, police said.\n\n"
               "MOSUL - A car bomb killed four people near a police station, police said.\n\n"
               "SAMARRA - A roadside bomb wounded three soldiers.")
    assert [(e.location_text, e.killed_low or e.wounded_low) for e in events(factbox)] == [
        ("BAQUBA", 2), ("MOSUL", 4), ("SAMARRA", 3)]
    # (a sentence with no place under one heading tells on of the event before it)
    told_on = ("Round-up of attacks in Iraq:\n\nBASRA - Twelve people were killed when a minibus exploded in Qurna, "
               "near Basra, hospital sources said. Police, who put the death toll at eight, said the bus was packed "
               "with rockets.\n\nMOSUL - A car bomb killed four people.")
    assert {e.location_text for e in events(told_on) if e.killed_low} == {"Qurna", "MOSUL"}
