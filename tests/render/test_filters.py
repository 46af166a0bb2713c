"""The filters analysts expect from ACLED's export tool: actor (either side), sub-event type,
country and location precision, in EventFilter (geodata/render/filters.py), the dashboard's
frame (dashboard/frames.py) and ``geodata export-map``."""

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard import frames
from geodata.cli import main
from geodata.pipeline import extract
from geodata.render.filters import EventFilter
from tests.helpers import VARIED, make_extraction

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"



@pytest.fixture
def varied():
    base = make_extraction()
    events = tuple(replace(e, actor1=a1, actor2=a2, sub_event_type=sub, country=country)
                   for e in base.events for a1, a2, sub, country in [VARIED[e.event_id]])
    return replace(base, events=events)


def ids(events) -> list[str]:
    return sorted(e.event_id for e in events)


@pytest.mark.parametrize("filters, expected", [
    (EventFilter(), ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]),
    # An actor matches either side: e5 has the Mahdi Army as actor2.
    (EventFilter(actor=("Mahdi Army",)), ["e1", "e2", "e5"]),
    (EventFilter(actor=("Civilians (Iraq)",)), ["e4", "e8"]),  # only ever actor2
    (EventFilter(actor=("Iraqi Army", "Militiamen")), ["e1", "e4", "e5", "e6"]),
    (EventFilter(sub_event_type=("Armed clash",)), ["e1", "e2", "e5", "e6"]),
    (EventFilter(sub_event_type=("Peaceful protest", "Attack")), ["e3", "e4"]),
    (EventFilter(country=("KW", "SY")), ["e6", "e7"]),
    (EventFilter(country=("IQ",)), ["e1", "e2", "e3", "e4", "e5", "e8"]),
    # Precision: 1 exact places only, 2 also near or part of one, 3 (and 0) every place.
    (EventFilter(precision=1), ["e1", "e2", "e4", "e7", "e8"]),
    (EventFilter(precision=2), ["e1", "e2", "e3", "e4", "e7", "e8"]),
    (EventFilter(precision=3), ["e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"]),
    # Options combine with AND.
    (EventFilter(actor=("Mahdi Army",), precision=2), ["e1", "e2"]),
    (EventFilter(actor=("Iraqi Army",), country=("IQ",), sub_event_type=("Armed clash",)), ["e1", "e5"]),
    (EventFilter(actor=("Mahdi Army",), country=("SY",)), []),
    # Values match exactly until resolve() spells them as the corpus does.
    (EventFilter(actor=("mahdi army",)), []),
])
def test_select_and_the_dashboard_frame_keep_the_same_events(varied, filters, expected):
    assert ids(filters.select(varied.events)) == expected
    frame = frames.events_frame(varied)
    assert sorted(frames.apply_filters(frame, filters)["event_id"]) == expected


def test_a_record_without_a_precision_counts_as_exact(varied):
    events = tuple(replace(e, geo_precision=None) if e.event_id == "e5" else e for e in varied.events)
    assert ids(EventFilter(precision=1).select(events)) == ["e1", "e2", "e4", "e5", "e7", "e8"]
    frame = frames.events_frame(replace(varied, events=events))
    assert sorted(frames.apply_filters(frame, EventFilter(precision=1))["event_id"]) == [
        "e1", "e2", "e4", "e5", "e7", "e8"]


def test_resolve_spells_typed_values_as_the_corpus_does_and_warns_about_the_rest(varied):
    typed = EventFilter(actor=("MAHDI army", "Peshmerga"), sub_event_type=("armed CLASH", "Riot"),
                        country=("iq", "Kuwait", "France"), precision=2)
    chosen, warnings = typed.resolve(varied)
    assert chosen == EventFilter(actor=("Mahdi Army", "Peshmerga"), sub_event_type=("Armed clash", "Riot"),
                                 country=("IQ", "KW", "France"), precision=2)
    assert warnings == ("no sub-event type 'Riot' in these articles",
                        "no actor 'Peshmerga' in these articles",
                        "no country 'France' in these articles")
    assert ids(chosen.select(varied.events)) == ["e1", "e2"]  # e5 and e6: a province's or country's
    assert typed.select(varied.events) == ()  # unresolved, values match exactly
    assert EventFilter(country=("Syria",)).resolve(varied) == (EventFilter(country=("SY",)), ())


def test_describe_names_the_new_options_in_words():
    filters = EventFilter(sub_event_type=("Armed clash",), actor=("Mahdi Army", "Iraqi Army"),
                          country=("IQ", "KW"), precision=1)
    assert filters.describe() == ["sub-event type: Armed clash", "actor: Mahdi Army or Iraqi Army",
                                  "country: Iraq or Kuwait", "location precision: exact places only"]
    assert EventFilter(precision=2).describe() == ["location precision: places and their surroundings"]
    assert EventFilter(precision=3).describe() == EventFilter().describe() == []


def test_facet_counts_count_an_event_once_for_each_of_its_actors(varied):
    frame = frames.events_frame(varied)
    filters = EventFilter(actor=("Mahdi Army",), country=("IQ",))
    assert frames.facet_counts(frame, filters, "actor") == {
        "Mahdi Army": 3, "Iraqi Army": 2, "": 2, "Civilians (Iraq)": 2, "Protesters (Iraq)": 1,
        "Militiamen": 1, "Unidentified armed group": 1}
    assert frames.facet_counts(frame, filters, "country") == {"IQ": 3}
    assert frames.facet_counts(frame, filters, "sub_event_type") == {"Armed clash": 3}
    # How many each precision keeps under the other filters: 0 every event.
    assert frames.facet_counts(frame, filters, "precision") == {0: 3, 2: 2, 1: 2}
    assert frames.facet_counts(frame, EventFilter(precision=1), "precision") == {0: 8, 2: 6, 1: 5}


# -- geodata export-map ------------------------------------------------------------------

DATA_BLOCK = re.compile(r'<script type="application/json" id="cm-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def seeds():
    return extract([SEEDS])


def export(capsys, tmp_path, *args) -> tuple[int, list[str], str, str]:
    """``geodata export-map seeds ARGS``: exit status, the map's event ids, the page, stderr."""
    target = tmp_path / "map.html"
    status = main(["export-map", str(SEEDS), *args, "--output", str(target)])
    html = target.read_text(encoding="utf-8") if target.exists() else ""
    [block] = DATA_BLOCK.findall(html) or [""]
    events = json.loads(block)["events"] if block else []
    # One symbol per place and event type: a symbol of several reports carries those it shows
    # (every one, for the seeds: none holds more than geodata.render.aggregate.STACK_SHOWN).
    ids = [r["id"] for symbol in events for r in symbol.get("reports", [symbol])]
    return status, sorted(ids), html, capsys.readouterr().err


@pytest.mark.parametrize("args, keep", [
    (["--country", "iraq"], lambda e: e.country == "IQ"),
    (["--precision", "1"], lambda e: e.geo_precision == 1),
    (["--country", "IQ", "--precision", "2"], lambda e: e.geo_precision <= 2),
    (["--precision", "3"], lambda e: True),
    (["--actor", "mahdi army"], lambda e: "Mahdi Army" in (e.actor1, e.actor2)),
    (["--sub-event-type", "Armed Clash", "--sub-event-type", "air or drone strike"],
     lambda e: e.sub_event_type in ("Armed clash", "Air or drone strike")),
])
def test_export_map_filters(seeds, tmp_path, capsys, args, keep):
    status, got, html, err = export(capsys, tmp_path, *args)
    expected = sorted(e.event_id for e in seeds.events if keep(e))
    assert status == 0 and "warning" not in err
    assert got == expected and expected
    assert f"map.html: {len(expected)} of {len(seeds.events)} events" in err


def test_export_map_precision_hides_province_level_events_and_says_so(seeds, tmp_path, capsys):
    status, got, html, err = export(capsys, tmp_path, "--precision", "2")
    assert status == 0
    assert len(got) == len(seeds.events) - sum(e.geo_precision == 3 for e in seeds.events) < len(seeds.events)
    assert "location precision: places and their surroundings" in html


def test_export_map_warns_about_a_country_with_no_events(tmp_path, capsys):
    status, got, html, err = export(capsys, tmp_path, "--country", "Kuwait")
    assert status == 0 and got == []
    assert "warning: no country 'Kuwait' in these articles" in err
    assert "warning: no event matches these filters: the map is empty" in err


def test_export_map_refuses_a_precision_it_does_not_know(tmp_path, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["export-map", str(SEEDS), "--precision", "4", "--output", str(tmp_path / "map.html")])
    assert stopped.value.code == 2
    assert "argument --precision: invalid choice: 4" in capsys.readouterr().err
    assert not (tmp_path / "map.html").exists()
