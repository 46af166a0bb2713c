"""Roads named by the two towns they join are one place, halfway between them (geodata.places.roads)."""

import pytest

from geodata.models import Article, km_between
from geodata.pipeline import analyse
from geodata.places import extract_mentions, load_gazetteer

GAZ = load_gazetteer()


def mentions(text):
    return extract_mentions(Article.from_text(text), GAZ)


@pytest.mark.parametrize("text, surface, ends", [
    ("Gunmen ambushed a bus on the Kaduna-Abuja highway on Sunday, killing four passengers.",
     "Kaduna-Abuja highway", ("Kaduna", "Abuja")),
    ("A roadside bomb struck a convoy on the Kabul–Jalalabad highway, killing three soldiers.",
     "Kabul–Jalalabad highway", ("Kabul", "Jalalabad")),
    ("Jihadists attacked a convoy on the Gao-Menaka axis on Friday.", "Gao-Menaka axis", ("Gao", "Menaka")),
])
def test_a_road_between_two_towns_is_one_place_halfway(text, surface, ends):
    [road] = mentions(text)
    one, other = (GAZ.resolve(name) for name in ends)
    assert (road.surface, road.kind, road.precision, road.country) == (surface, "landmark", "coarse", one.country)
    # halfway: as far from either end, each half the road's length
    assert abs(km_between(road, one) - km_between(road, other)) < 1.0
    assert abs(km_between(road, one) - km_between(one, other) / 2) < 2.0


def test_the_toll_on_the_road_is_the_roads_not_the_town_nearest_the_verb():
    [report] = analyse([Article.from_text("Gunmen ambushed a bus on the Kaduna-Abuja highway on Sunday, killing four "
                                          "passengers.")], gazetteer=GAZ)[1]
    assert (report.event.location_text, report.event.killed_low) == ("Kaduna-Abuja highway", 4)


@pytest.mark.parametrize("text, surfaces", [
    # Two towns with no road's noun after them are the two towns.
    ("Fighting spread from Kaduna-Abuja on Sunday.", ["Kaduna", "Abuja"]),
    # Nor is a road between towns of two countries one place.
    ("Trucks queued on the Kabul-Peshawar highway.", ["Kabul", "Peshawar"]),
])
def test_what_is_no_road(text, surfaces):
    assert [m.surface for m in mentions(text)] == surfaces
