"""Seas and lakes several countries share (geodata.places.waters): whose waters a report means."""

import pytest

from geodata.places import load_gazetteer
from geodata.places.waters import shores
from tests.places.test_mentions import mentions


def _country(text: str, surface: str) -> list[str]:
    return [m.country for m in mentions(text) if m.surface == surface]


@pytest.mark.parametrize("text, surface, countries", [
    # The article's own country, on the water's shore.
    ("Houthi rebels in Yemen said they fired missiles at a tanker in the Red Sea on Monday.", "Red Sea", ["YE"]),
    ("Russian warships shelled Odesa from the Black Sea, Ukraine's navy said.", "Black Sea", ["UA"]),
    # Several shore countries in the sentence: the article's own first.
    ("Boko Haram killed 92 Chadian soldiers in Chad's Lac province. The attack is part of a campaign in the "
     "Lake Chad area, where the borders of Cameroon, Chad, Niger and Nigeria converge.", "Lake Chad", ["TD"]),
    # The sentence's own country, where the article is about another.
    ("Nigerian troops killed 20 militants in Borno state. In Niger, soldiers patrolled the shores of Lake Chad.",
     "Lake Chad", ["NE"]),
    # A country the sentence names far from the water is not whose water it is.
    ("U.S. strikes killed 74 people at a fuel port in Yemen's Hodeida province. The Houthis have been firing "
     "rockets and drones at Israel in a campaign they say is in solidarity with Palestinians in the Gaza Strip, as "
     "well as attacking ships in the nearby Red Sea.", "Red Sea", ["YE"]),
    # A shore town named near it says whose waters, whatever peoples the sentence names.
    ("The Ukrainian navy said it destroyed a Russian patrol boat in the Black Sea near Odesa.", "Black Sea", ["UA"]),
    # No shore country named, and the article's country not on its shores: no country.
    ("Colombian troops killed six rebels in Cauca, officials said. A navy ship left for the Black Sea.",
     "Black Sea", [""]),
])
def test_a_shared_water_takes_the_country_the_report_means(text, surface, countries):
    assert _country(text, surface) == countries


def test_every_water_of_the_table_is_a_place_with_no_country_and_its_shores_are_countries():
    gazetteer = load_gazetteer()
    for place_id, countries in shores().items():
        place = gazetteer.get(place_id)
        assert place is not None and place.country == "", place_id
        assert countries and all(gazetteer.country(c) is not None for c in countries), place_id
