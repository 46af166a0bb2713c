"""The dashboard's filters by actor, sub-event type, country and location precision, and its date
slider, in the whole app (Streamlit's AppTest): the table, the URL, a link that restores them, reset."""

import json
from dataclasses import replace
from datetime import date

import pytest

from dashboard.query import Choices, parse_query, to_query
from geodata.io.export import to_json
from geodata.render.filters import EventFilter
from tests.helpers import VARIED, make_extraction, run_app, shown

EVERY = sorted(VARIED)
SPAN = (date(2008, 3, 25), date(2008, 3, 31))


@pytest.fixture
def corpus(tmp_path):
    """The varied fixture, saved as ``geodata extract --format json`` writes it."""
    base = make_extraction()
    events = tuple(replace(e, actor1=a1, actor2=a2, sub_event_type=sub, country=country)
                   for e in base.events for a1, a2, sub, country in [VARIED[e.event_id]])
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(to_json(replace(base, events=events))), encoding="utf-8")
    return path


def widget(elements, label):
    [found] = [e for e in elements if e.label == label]
    return found


def rows(app) -> list[str]:
    return sorted(shown(app)["event_id"])


def test_the_sidebar_offers_the_corpus_values_with_counts(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus)
    assert [m.label for m in app.sidebar.multiselect] == [
        "Outlet", "Article", "Event type", "Sub-event type", "Actor", "Country"]
    assert widget(app.multiselect, "Actor").options == [
        "Civilians (Iraq) (2)", "Iraqi Army (3)", "Mahdi Army (3)", "Militiamen (1)", "Protesters (Iraq) (1)",
        "Unidentified armed group (2)"]
    assert widget(app.multiselect, "Sub-event type").options == [
        "Armed clash (4)", "Attack (1)", "Peaceful protest (1)", "Remote explosive/landmine/IED (2)"]
    # Countries by name, in the order of their names.
    assert widget(app.multiselect, "Country").options == ["Iraq (6)", "Kuwait (1)", "Syria (1)"]
    assert widget(app.radio, "Location precision").options == [
        "every place (8)", "places and their surroundings (6)", "exact places only (5)"]
    assert widget(app.slider, "Date slider").value == SPAN
    # Every field has a name of its own (a screen reader's and a test's way to find it).
    labels = [w.label for kind in ("multiselect", "radio", "slider", "date_input", "number_input", "text_input")
              for w in getattr(app.sidebar, kind)]
    assert len(labels) == len(set(labels)) == 11
    assert app.query_params == {}


def test_actor_filter_matches_either_side(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus)
    widget(app.multiselect, "Actor").select("Mahdi Army").run()
    assert rows(app) == ["e1", "e2", "e5"]  # e5: the Mahdi Army is its second actor
    assert app.query_params == {"actor": "Mahdi Army"}
    # The other filters count under this one.
    assert widget(app.multiselect, "Country").options == ["Iraq (3)", "Kuwait (0)", "Syria (0)"]
    widget(app.multiselect, "Actor").select("Civilians (Iraq)").run()
    assert rows(app) == ["e1", "e2", "e4", "e5", "e8"]
    assert app.query_params == {"actor": ["Mahdi Army", "Civilians (Iraq)"]}


def test_sub_event_type_filter(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus)
    widget(app.multiselect, "Sub-event type").select("Remote explosive/landmine/IED").run()
    assert rows(app) == ["e7", "e8"]
    assert list(shown(app)["sub_event_type"]) == ["Remote explosive/landmine/IED"] * 2
    assert app.query_params == {"sub_event_type": "Remote explosive/landmine/IED"}


def test_country_filter(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus)
    widget(app.multiselect, "Country").select("KW").select("SY").run()
    assert rows(app) == ["e6", "e7"]
    assert sorted(shown(app)["country_name"]) == ["Kuwait", "Syria"]
    assert app.query_params == {"country": ["KW", "SY"]}


@pytest.mark.parametrize("precision, expected", [
    (1, ["e1", "e2", "e4", "e7", "e8"]),
    (2, ["e1", "e2", "e3", "e4", "e7", "e8"]),  # the province-level reports e5 and e6 are hidden
])
def test_location_precision_hides_less_precise_places(monkeypatch, corpus, precision, expected):
    app = run_app(monkeypatch, corpus)
    widget(app.radio, "Location precision").set_value(precision).run()
    assert rows(app) == expected
    assert app.query_params == {"precision": str(precision)}
    widget(app.radio, "Location precision").set_value(0).run()
    assert rows(app) == EVERY and app.query_params == {}


def test_the_date_slider_sets_the_date_range_and_follows_it(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus)
    widget(app.slider, "Date slider").set_value((date(2008, 3, 26), date(2008, 3, 28))).run()
    assert widget(app.date_input, "Date range").value == (date(2008, 3, 26), date(2008, 3, 28))
    assert rows(app) == ["e2", "e3", "e4", "e5", "e8"]  # e7 has no date
    assert app.query_params == {"start": "2008-03-26", "end": "2008-03-28"}
    # The other way: the date input moves the slider.
    widget(app.date_input, "Date range").set_value((date(2008, 3, 27), date(2008, 3, 31))).run()
    assert widget(app.slider, "Date slider").value == (date(2008, 3, 27), date(2008, 3, 31))
    assert rows(app) == ["e3", "e4", "e5", "e6", "e8"]
    assert app.query_params == {"start": "2008-03-27"}
    # Dates beyond the data's span put the slider at its ends.
    widget(app.date_input, "Date range").set_value((date(2000, 1, 1), date(2008, 3, 30))).run()
    assert widget(app.slider, "Date slider").value == (date(2008, 3, 25), date(2008, 3, 30))
    assert app.query_params == {"end": "2008-03-30"}


def test_a_link_restores_the_new_filters(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus, actor=["Iraqi Army", "Mahdi Army"], sub_event_type="Armed clash",
                  country="IQ", precision="2", start="2008-03-26")
    assert widget(app.multiselect, "Actor").value == ["Iraqi Army", "Mahdi Army"]
    assert widget(app.multiselect, "Sub-event type").value == ["Armed clash"]
    assert widget(app.multiselect, "Country").value == ["IQ"]
    assert widget(app.radio, "Location precision").value == 2
    assert widget(app.slider, "Date slider").value == (date(2008, 3, 26), date(2008, 3, 31))
    assert rows(app) == ["e2"]  # e1 is before the start, e5 placed only at its province
    assert app.warning.len == 0
    # The URL is written back as it came.
    assert app.query_params == {"actor": ["Iraqi Army", "Mahdi Army"], "sub_event_type": "Armed clash",
                                "country": "IQ", "precision": "2", "start": "2008-03-26"}


def test_bad_values_of_the_new_filters_are_ignored_with_a_notice(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus, actor=["Peshmerga", "Militiamen"], country="FR", precision="exact")
    assert [w.value for w in app.warning] == [
        r"Ignored precision='exact'\: not one of 0 \(every place\), 1 \(exact places only\), "
        r"2 \(places and their surroundings\)\.",
        r"Ignored actor='Peshmerga'\: no such actor in this corpus\.",
        r"Ignored country='FR'\: no such country in this corpus\.",
    ]
    assert rows(app) == ["e4"]  # the valid actor still applies
    assert app.query_params == {"actor": "Militiamen"}
    # 3 (a province or country) keeps every place, as 0 does.
    app = run_app(monkeypatch, corpus, precision="3")
    assert widget(app.radio, "Location precision").value == 0
    assert rows(app) == EVERY and app.warning.len == 0 and app.query_params == {}


def test_reset_clears_the_new_filters_and_the_slider(monkeypatch, corpus):
    app = run_app(monkeypatch, corpus, actor="Iraqi Army", sub_event_type="Armed clash", country="IQ",
                  precision="1")
    widget(app.slider, "Date slider").set_value((date(2008, 3, 25), date(2008, 3, 26))).run()
    assert rows(app) == ["e1"]
    widget(app.button, "Reset filters").click().run()
    assert rows(app) == EVERY and app.query_params == {}
    assert [widget(app.multiselect, label).value for label in ("Actor", "Sub-event type", "Country")] == [[], [], []]
    assert widget(app.radio, "Location precision").value == 0
    assert widget(app.slider, "Date slider").value == SPAN
    assert widget(app.date_input, "Date range").value == SPAN


def test_the_query_string_round_trips_every_new_filter():
    choices = Choices(actors=("Iraqi Army", "Mahdi Army"), sub_event_types=("Armed clash",), countries=("IQ", "KW"))
    filters = EventFilter(actor=("Mahdi Army", "Iraqi Army"), sub_event_type=("Armed clash",), country=("KW",),
                          precision=1)
    query = to_query(filters)
    assert query == {"sub_event_type": ["Armed clash"], "actor": ["Mahdi Army", "Iraqi Army"], "country": ["KW"],
                     "precision": "1"}
    assert parse_query({k: v if isinstance(v, list) else [v] for k, v in query.items()}, choices) == (filters, [])
    assert parse_query({"precision": ["3"], "country": ["Iraq"]}, choices) == (
        EventFilter(), ["Ignored country='Iraq': no such country in this corpus."])  # codes, as the link writes them


def _view(app) -> tuple:
    """What the page shows of a view: the table's reports, the headline metrics, the map's message."""
    [component] = [e for e in app.get("component_instance") if e.proto.component_name.endswith("st_folium")]
    metrics = tuple((m.label, m.value) for m in app.metric)
    return rows(app), metrics, component.proto.json_args


def test_a_view_kept_for_one_visit_is_the_same_for_the_next_and_after_a_reset(monkeypatch, corpus):
    # Views are kept (filtered frame, map layers, counts) and shared between sessions: a view
    # shown again, by this session after a reset or by another visitor, must be the view itself.
    first = run_app(monkeypatch, corpus)
    every = _view(first)
    outlet = widget(first.multiselect, "Outlet").options[0].rsplit(" (", 1)[0]
    widget(first.multiselect, "Outlet").set_value([outlet])
    first.run()
    narrowed = _view(first)
    assert narrowed[0] != every[0] and narrowed[1] != every[1] and narrowed[2] != every[2]
    widget(first.button, "Reset filters").click().run()
    assert _view(first) == every
    assert _view(run_app(monkeypatch, corpus)) == every
    # Another visitor's first view, narrowed by a link, is that view, not the one kept for everyone.
    assert _view(run_app(monkeypatch, corpus, outlet=outlet)) == narrowed
