"""The timeline: periods that follow the data's span, an axis fitted to its busy part, and a
brush whose period becomes the sidebar's date filter."""

import json
from dataclasses import replace
from datetime import date

import pandas as pd
import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetState

from dashboard import frames, timeline, widgets
from tests.helpers import open_tab, run_app, shown

CHART = "timeline_chart"


def dated(*days: str) -> pd.DataFrame:
    return pd.DataFrame({"date": pd.to_datetime(list(days))})


def spread(first: str, count: int, every: int = 1) -> list[str]:
    return [d.strftime("%Y-%m-%d") for d in pd.date_range(first, periods=count, freq=f"{every}D")]


def ms(day: str) -> int:
    return pd.Timestamp(day).value // 10**6


# -- periods ------------------------------------------------------------------------------------

def test_timeline_adds_days_up_by_week_or_month_and_keeps_every_count(extraction):
    frame = frames.events_frame(extraction)
    by = {period: timeline.timeline(frame, period=period) for period in timeline.PERIODS}
    assert {p: s.reset_index().astype({"date": str, "end": str}).values.tolist() for p, s in by.items()} == {
        "day": [["2008-03-25", 1, 40, 0, "2008-03-26"], ["2008-03-26", 1, 10, 30, "2008-03-27"],
                ["2008-03-27", 2, 2, 0, "2008-03-28"], ["2008-03-28", 2, 5, 0, "2008-03-29"],
                ["2008-03-31", 1, 0, 0, "2008-04-01"]],
        # Weeks from Monday: the 24th to the 30th, then the 31st.
        "week": [["2008-03-24", 6, 57, 30, "2008-03-31"], ["2008-03-31", 1, 0, 0, "2008-04-07"]],
        "month": [["2008-03-01", 7, 57, 30, "2008-04-01"]],
    }
    # e7 has no date: every dated report, killed and wounded counted once whatever the period.
    for series in by.values():
        assert series[["reports", "killed", "wounded"]].sum().tolist() == [7, 57, 30]
    with pytest.raises(ValueError, match="day, week, month"):
        timeline.timeline(frame, period="year")


@pytest.mark.parametrize("days, period", [
    (1, "day"), (120, "day"), (121, "week"), (3 * 365, "week"), (3 * 365 + 1, "month")])
def test_the_period_follows_the_span_of_the_reports(extraction, days, period):
    # A report of 40 killed every day of the span, so none of them is off the axis.
    events = tuple(replace(extraction.events[0], event_id=f"d{n}", event_date=day)
                   for n, day in enumerate(spread("2008-01-01", days + 1)))
    frame = frames.events_frame(replace(extraction, events=events))
    axis = timeline.timeline_axis(frame)
    assert (axis.period, axis.before, axis.after) == (period, 0, 0)
    series = timeline.timeline(frame, period=axis.period)
    assert series[["reports", "killed"]].sum().tolist() == [days + 1, 40 * (days + 1)]
    # Periods one after the other, the first holding the first report: weeks from Monday.
    assert series.index[0] == pd.Timestamp({"week": "2007-12-31"}.get(period, "2008-01-01"))
    assert series["end"].iloc[:-1].tolist() == series.index[1:].tolist()


# -- the axis -----------------------------------------------------------------------------------

def test_the_axis_of_the_fixture_holds_every_dated_report(extraction):
    axis = timeline.timeline_axis(frames.events_frame(extraction))
    assert axis == timeline.TimelineAxis(pd.Timestamp("2008-03-25"), pd.Timestamp("2008-04-01"), "day")
    assert axis.domain == (pd.Timestamp("2008-03-24"), pd.Timestamp("2008-04-02"))  # a day's margin
    assert axis.note == ""
    assert timeline.timeline_axis(dated()) is None
    assert timeline.timeline_axis(frames.events_frame(replace(extraction, events=extraction.events[6:7]))) is None


def test_an_early_report_is_off_the_axis_and_the_note_counts_it(extraction):
    early = replace(extraction.events[0], event_id="early", event_date="2003-03-20")
    axis = timeline.timeline_axis(frames.events_frame(replace(extraction, events=(early, *extraction.events))))
    # Five years of axis for one report squeezed the week of the others into a hairline.
    assert axis == timeline.TimelineAxis(pd.Timestamp("2008-03-25"), pd.Timestamp("2008-04-01"), "day", before=1)
    assert axis.note == "1 report before 2008-03-25 is off the axis."


def test_reports_far_from_the_busy_span_are_off_the_axis_at_both_ends():
    busy = spread("2008-03-03", 100)  # a hundred days, a report each
    axis = timeline.timeline_axis(dated("2003-03-20", "2003-04-09", "2004-01-01", *busy, "2008-07-01", "2010-05-05"))
    # 2008-07-01 is a week after the busy span: kept. The rest are years away.
    assert (axis.start, axis.end, axis.period, axis.before, axis.after) == (
        pd.Timestamp("2008-03-03"), pd.Timestamp("2008-07-02"), "day", 3, 1)
    assert axis.note == "3 reports before 2008-03-03 and 1 after 2008-07-01 are off the axis."
    # By week: the axis starts on a Monday, the week of the first report kept.
    shifted = timeline.timeline_axis(dated(*spread("2008-03-05", 130)))
    assert (shifted.start, shifted.end, shifted.period) == (
        pd.Timestamp("2008-03-03"), pd.Timestamp("2008-07-14"), "week")
    assert timeline.TimelineAxis(pd.Timestamp("2008-03-01"), pd.Timestamp("2008-05-01"), "month",
                               after=2).note == "2 reports after 2008-04-30 are off the axis."


def test_reports_spread_evenly_are_all_on_the_axis():
    # The first and last reports are outside the 2nd..98th percentile but close to the others.
    axis = timeline.timeline_axis(dated(*spread("2008-01-01", 10, every=10)))
    assert (axis.start, axis.end, axis.period, axis.before, axis.after) == (
        pd.Timestamp("2008-01-01"), pd.Timestamp("2008-04-01"), "day", 0, 0)


# -- the brush ----------------------------------------------------------------------------------

@pytest.mark.parametrize("ends", [
    [ms("2008-03-26 06:00"), ms("2008-03-28 18:30")],
    ["2008-03-26T06:00:00.000Z", "2008-03-28T18:30:00.000Z"],
    [ms("2008-03-28 18:30"), ms("2008-03-26 06:00")],  # dragged right to left
])
def test_a_brushed_period_becomes_the_date_filter(ends):
    key = widgets.KEYS["dates"]
    state = {CHART: {"selection": {"period": {"date": ends}}}, key: (date(2008, 3, 25), date(2008, 3, 31))}
    timeline.select_period(state, chart=CHART, dates=key)
    assert state[key] == (date(2008, 3, 26), date(2008, 3, 28))


@pytest.mark.parametrize("event", [None, {}, {"selection": {"period": {}}}, {"selection": {}}])
def test_a_cleared_brush_leaves_the_date_filter(event):
    key = widgets.KEYS["dates"]
    state = {CHART: event, key: (date(2008, 3, 25), date(2008, 3, 31))}
    timeline.select_period(state, chart=CHART, dates=key)
    assert state[key] == (date(2008, 3, 25), date(2008, 3, 31))


def chart_spec(app) -> tuple[str, dict]:
    [chart] = app.get("arrow_vega_lite_chart") or app.get("vega_lite_chart")
    return chart.proto.id, json.loads(chart.proto.spec)


def test_the_timeline_tab_draws_both_charts_on_one_axis_with_a_brush(monkeypatch, saved_extraction):
    app = open_tab(run_app(monkeypatch, saved_extraction), "Timeline")
    _, spec = chart_spec(app)
    top, bottom = spec["vconcat"]
    assert spec["resolve"] == {"scale": {"x": "shared"}}
    domain = [ms("2008-03-24"), ms("2008-04-02")]
    for view in (top, bottom):
        assert view["encoding"]["x"]["scale"] == {"domain": domain, "type": "utc"}
        assert view["encoding"]["x"]["field"] == "date" and view["encoding"]["x2"] == {"field": "end"}
    assert [p["select"] for p in spec["params"] if p["name"] == "period"] == [
        {"type": "interval", "encodings": ["x"]}]
    assert [top["title"], bottom["title"]] == [
        "Reports by day", "Killed and wounded by day (local reports, conservative figures)"]
    assert "Drag across the chart to filter the map to a period; Reset filters clears it." in [
        c.value for c in app.caption]


def test_brushing_a_period_filters_the_map_and_the_table(monkeypatch, saved_extraction):
    app = open_tab(run_app(monkeypatch, saved_extraction), "Timeline")
    assert len(shown(app)) == 8
    chart, _ = chart_spec(app)
    # What the browser sends when the visitor drags across the 26th to the 28th (AppTest has no
    # way to drag on a chart: the widget state is added to the next run's by hand).
    states = app._tree.get_widget_states()
    states.widgets.append(WidgetState(id=chart, string_value=json.dumps(
        {"selection": {"period": {"date": [ms("2008-03-26 02:00"), ms("2008-03-28 20:00")]}}})))
    app._run(states)
    assert not app.exception, [e.message for e in app.exception]
    assert app.session_state[widgets.KEYS["dates"]] == (date(2008, 3, 26), date(2008, 3, 28))
    assert sorted(shown(app)["event_id"]) == ["e2", "e3", "e4", "e5", "e8"]
    assert (app.query_params["start"], app.query_params["end"]) == ("2008-03-26", "2008-03-28")
    # The chart now spans the period brushed.
    assert chart_spec(app)[1]["vconcat"][0]["encoding"]["x"]["scale"]["domain"] == [
        ms("2008-03-25"), ms("2008-03-30")]


@pytest.mark.parametrize("selection", [
    {"date": ["abc", "def"]}, {"date": "ab"}, {"date": [1e20, 0]}, {"date": [float("nan"), 1]},
    {"date": [None, None]}, ["x"], {"date": [True, False]}, {"date": ["1066-10-14", "1066-10-15"]},
])
def test_a_selection_the_brush_cannot_have_sent_leaves_the_date_filter(selection):
    state = {"chart": {"selection": {"period": selection}}, "dates": ("kept",)}
    timeline.select_period(state, chart="chart", dates="dates")
    assert state["dates"] == ("kept",)
