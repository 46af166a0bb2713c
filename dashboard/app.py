"""conflict-map dashboard: the reports of a corpus on a map, with the sentence behind each.

Run with ``make run`` (``streamlit run dashboard/serve.py``, which serves this script after
preparing its data) or ``streamlit run dashboard/app.py``. It shows the store
(the ``GEODATA_DB`` setting, seeded on first use; docs/settings.md); ``GEODATA_CORPUS``
opens a folder of articles, or a saved extraction (``.json``), instead. Visitors add
their own articles in the sidebar: kept in their session, or saved to the store when
the operator allows it (``GEODATA_SAVE_UPLOADS=1``).
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from dashboard import adding, assets, compare, exports, frames, mapview, reader, timeline, view, widgets
from dashboard.escape import esc, plain
from geodata.render.safe import safe_url
from geodata.render.symbols import describe_scope, format_range

TABLE_COLUMNS = ["event_date", "location", "event_type", "figures", "killed", "source", "title", "added", "sentence",
                 "admin1", "country_name", "sub_event_type", "scope", "actor1", "actor2", "event_id"]
MAP_HEIGHT = 560
WIDE_SHOWN = 10  # wide figures listed beside the map; the rest on demand


@st.cache_resource(show_spinner=False)
def _local_assets() -> bool:
    """Copy the map's scripts next to the app once per process; False if that is not possible."""
    try:
        assets.install()
    except OSError:
        return False
    return True


def map_assets() -> assets.Assets:
    if st.get_option("server.enableStaticServing") and _local_assets():
        return assets.local(st.get_option("server.baseUrlPath") or "")
    return assets.CDN


def wide_list(wide: list[dict]) -> str:
    items = "".join(
        f"<li><b>{esc(describe_scope(w['scope']))}, {esc(w['location'])}</b>: {esc(w['figures'])}"
        f" <span style='color:#666'>({esc(', '.join(w['outlets']))}; {w['reports']} "
        f"report{'s' if w['reports'] != 1 else ''})</span></li>"
        for w in wide
    )
    return f"<ul style='margin-top:4px'>{items}</ul>"


def headline_panel(numbers: frames.Headline) -> None:
    first, second = st.columns(2)
    first.metric("Reports", f"{numbers.reports:,}")
    second.metric("Places", f"{numbers.places:,}")
    first.metric("Killed", format_range(*numbers.killed, open_high=True),
                 help="Local reports, each event counted once.")
    second.metric("Wounded", format_range(*numbers.wounded, open_high=True),
                  help="Local reports, each event counted once.")
    st.caption(f"from {numbers.articles:,} article{'s' if numbers.articles != 1 else ''}")
    if numbers.wide:
        listed, rest = numbers.wide[:WIDE_SHOWN], numbers.wide[WIDE_SHOWN:]
        st.html("<p style='margin:0'><b>Operation-wide, national and cumulative figures</b> (each counted once, "
                "not added "
                f"above)</p>{wide_list(listed)}")
        if rest:
            # Built only when opened: thousands of list items slow the whole page's first drawing.
            more = st.expander(f"{len(rest):,} more", on_change="rerun", key="more_wide_figures")
            if more.open:
                more.html(wide_list(rest))


# Past this many rows the table would ship megabytes of sentences to the browser;
# the downloads hold every filtered report.
TABLE_MAX_ROWS = 1000


def reports_tab(filtered, table_key: str, result) -> None:
    shown = filtered.head(TABLE_MAX_ROWS)
    if len(filtered) > len(shown):
        st.caption(f"Showing the first {len(shown):,} of {len(filtered):,} reports: narrow the filters, "
                   "or download them all below.")
    st.dataframe(shown[TABLE_COLUMNS], key=table_key, on_select="rerun", selection_mode="multi-row",
                 hide_index=True, width="stretch",
                 column_config={"event_date": "date", "source": "outlet", "title": "article",
                                "event_type": "event type",
                                "admin1": "province", "country_name": "country", "event_id": "event id",
                                "sub_event_type": "sub-event type", "actor1": "actor 1", "actor2": "actor 2",
                                "added": st.column_config.CheckboxColumn(
                                    "added", help="From an article added in the app, not a seed or corpus article"),
                                "figures": st.column_config.TextColumn("figures", width="medium"),
                                "killed": st.column_config.NumberColumn(
                                    "killed", help="What the report adds to the local toll (see the README: how the "
                                    "killed are counted); empty for an area-wide or cumulative figure, or a toll "
                                    "another report of the article counts"),
                                "sentence": st.column_config.TextColumn("sentence", width="large")})
    st.caption("Select rows to ring them on the map.")
    left, right = st.columns(2)
    rows = list(filtered.index)  # positions in the extraction's events
    left.download_button("Download CSV", lambda: exports.download(result, rows, "csv"), "events.csv", "text/csv",
                         width="stretch")
    right.download_button("Download GeoJSON", lambda: exports.download(result, rows, "geojson"),
                          "events.geojson", "application/geo+json", width="stretch")


def timeline_tab(filtered) -> None:
    import functools

    import altair as alt  # only when the tab is open: a fifth of a second off the first page
    import pandas as pd

    key = "timeline_chart"  # the brush's state

    axis = timeline.timeline_axis(filtered)
    if axis is None:
        st.info("None of these reports has a date.")
        return
    series = timeline.timeline(filtered, period=axis.period)
    bars = series[(series.index >= axis.start) & (series.index < axis.end)].reset_index()
    label = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%B %Y"}[axis.period]
    bars["label"] = bars["date"].dt.strftime(label)
    # Killed and wounded side by side in each period: killed in its first half, wounded in its second.
    middle = bars["date"] + (bars["end"] - bars["date"]) / 2
    people = pd.concat([bars.assign(kind="killed", count=bars["killed"], end=middle),
                        bars.assign(kind="wounded", count=bars["wounded"], date=middle)], ignore_index=True)

    # One x scale for both charts, fitted to the busy span (timeline.timeline_axis); UTC, as the
    # dates reach the browser, so no visitor's time zone moves a bar to the day before.
    lo, hi = axis.domain
    x = alt.X("date:T", title=None, scale=alt.Scale(type="utc", domain=[lo.value // 10**6, hi.value // 10**6]))
    brush = alt.selection_interval(encodings=["x"], name="period")
    opacity = alt.condition(brush, alt.value(1.0), alt.value(0.35))
    reports = alt.Chart(bars, title=f"Reports by {axis.period}").mark_bar(color="#9b2226", x2Offset=-1).encode(
        # y2 at zero: a bar given both ends in x is drawn as a hairline unless given both in y too.
        x=x, x2="end:T", y=alt.Y("reports:Q", title="reports"), y2=alt.datum(0), opacity=opacity,
        tooltip=[alt.Tooltip("label:N", title=axis.period), "reports:Q"]).add_params(brush).properties(height=180)
    casualties = alt.Chart(
        people, title=f"Killed and wounded by {axis.period} (local reports, conservative figures)").mark_bar(
        x2Offset=-1).encode(
        x=x, x2="end:T", y=alt.Y("count:Q", title="people"), y2=alt.datum(0), opacity=opacity,
        color=alt.Color("kind:N", title=None, legend=alt.Legend(orient="top"),
                        scale=alt.Scale(domain=["killed", "wounded"], range=["#5c0f12", "#e9a23b"])),
        tooltip=[alt.Tooltip("label:N", title=axis.period), "kind:N", "count:Q"]).properties(height=200)
    if axis.note:
        st.caption(axis.note)
    st.caption("Drag across the chart to filter the map to a period; Reset filters clears it.")
    # The sidebar's date filter is drawn before this tab: the brush sets it in a callback, which
    # runs before the page's next run draws the sidebar.
    st.altair_chart(alt.vconcat(reports, casualties).resolve_scale(x="shared"), width="stretch",
                    key=key, selection_mode="period",
                    on_select=functools.partial(timeline.select_period, st.session_state, chart=key,
                                                dates=widgets.KEYS["dates"]))


def compare_tab(filtered) -> None:
    from geodata.io.export import csv_cell

    table = compare.compare_sources(filtered)
    if table.empty:
        st.info("No reports to compare.")
        return
    st.caption("One row per event, its reports grouped; each outlet a column: what it reported, and under "
               "*agree?* where the outlets differ. Double-click a cell to read it whole; the sentences behind "
               "the figures are in the last columns, and everything in the download.")
    outlets = list(table.columns[len(compare.COMPARED):list(table.columns).index(compare.AGREE)])
    links = [c for c in table.columns if c.startswith(compare.LINK)]
    # Columns sized to their cells pushed the third outlet out of sight: fixed widths, three outlets
    # beside date, place and type in a 1400-pixel window, and rows tall enough that Streamlit wraps
    # their text (it does above 4rem).
    row_height = 84
    config = {"date": st.column_config.TextColumn(width=90, pinned=True),
              "place": st.column_config.TextColumn(width=130, pinned=True),
              "event type": st.column_config.TextColumn(width=130),
              **{o: st.column_config.TextColumn(width="medium") for o in outlets},
              compare.AGREE: st.column_config.TextColumn(width="medium", help="Where the outlets differ: killed "
                                                        "figures that cannot both be right, dates, event types"),
              compare.SENTENCES: st.column_config.TextColumn(width="large"),
              **{c: st.column_config.LinkColumn(display_text="sentence ↗", width="small") for c in links}}
    st.dataframe(table, hide_index=True, width="stretch", row_height=row_height,
                 height=min(len(table), 8) * row_height + 56, column_config=config)
    # Spreadsheets run a cell starting with "=" as a formula: article text is neutralised, headers too.
    st.download_button("Download comparison", lambda: table.rename(columns=csv_cell).map(csv_cell).to_csv(
        index=False), "comparison.csv", "text/csv")


def reader_tab(page, filtered, selected_articles: list[str]) -> None:
    corpus = page.data
    titles = dict(zip(corpus.articles["id"], corpus.articles["title"]))
    if not titles:
        st.info("No articles in this corpus.")
        return
    ids = list(titles)
    preferred = selected_articles or list(dict.fromkeys(filtered["article_id"])) or ids
    # persist_state: the choice survives a visit to another tab (the reader is not built meanwhile).
    choice = st.selectbox("Article to read", ids, index=ids.index(preferred[0]) if preferred[0] in ids else 0,
                          format_func=lambda i: titles[i] or i, key=f"reader_{preferred[0]}", persist_state="page")
    article, mentions = view.article(page, choice)
    if article is None:
        return
    # Article metadata is untrusted text: escaped HTML, never Markdown.
    added = " · <b>added</b>" if article.id in page.added else ""
    st.html(f"<h4 style='margin:0'>{esc(article.title)}</h4>"
            f"<p><b>{esc(article.outlet)}</b> · {esc(article.published or 'date unknown')}"
            f" · <code>{esc(article.id)}</code>{added}</p>")
    if safe_url(article.url):
        st.link_button("Open the original", safe_url(article.url))
    events = corpus.events[corpus.events["article_id"] == choice]
    # Places by what they do in their sentence; the figures behind the reports' counts, not a re-scan.
    marks = reader.mention_marks(mentions)
    marks += [(s, e, "casualty") for s, e in reader.casualty_spans(article.text, events.itertuples(index=False))]
    marks += [(int(s), int(e), "evidence") for s, e in zip(events["start_char"], events["end_char"])]
    st.html(reader.highlight(article.text, marks))
    st.caption(reader.legend())
    if len(events):
        st.dataframe(events[["event_date", "location", "event_type", "figures", "sentence"]], hide_index=True,
                     width="stretch")
    else:
        st.caption("No reports extracted from this article.")


def main() -> None:
    st.set_page_config(page_title="conflict-map", page_icon="🗺️", layout="wide")
    page = view.current()
    corpus = page.data
    filters, notices = widgets.current(corpus.choices)
    # By date, then as extracted; undated reports last. The table's row numbers index this order.
    filtered = view.filtered(page, filters)
    focus = widgets.focus(filters)
    if focus and not corpus.events["event_id"].eq(focus).any():
        notices.append(widgets.unknown_event(focus))
        focus = ""
    elif focus and not filtered["event_id"].eq(focus).any():
        notices.append(f"The linked event {focus} is hidden by the filters.")

    st.title("conflict-map")
    mine = f" ({len(page.session)} added in this session)" if page.session else ""
    st.caption(f"Corpus: {plain(page.source.label)} · {len(corpus.articles)} articles{mine} · "
               f"{len(corpus.events):,} reports")
    for notice in notices:
        st.warning(plain(notice), icon="⚠️")
    hidden, added, reasons = frames.hidden_additions(corpus.events, filters)
    if hidden:
        st.info(f"{hidden:,} of the {added:,} reports from your added articles "
                f"{'is' if hidden == 1 else 'are'} hidden by the filters ({', '.join(reasons)}). "
                "Reset filters to see them.", icon="ℹ️")
    if corpus.errors:
        with st.expander(f"{len(corpus.errors)} input(s) could not be read"):
            for error in corpus.errors:
                st.text(error)

    table_key = f"events_table_{hash(filters)}"
    selection = st.session_state.get(table_key)
    rows = list(selection.selection.rows) if selection else []
    selected = tuple(filtered["event_id"].iloc[[r for r in rows if r < len(filtered)]])
    if focus and not selected:
        selected = (focus,)  # a link to one event: the map opens on it, ringed, its popup open

    if filtered.empty:
        st.info("No reports match these filters." if len(corpus.events)
                else "No reports were extracted from this corpus.")
    map_column, side_column = st.columns([3, 2])
    try:
        with map_column:
            fmap = mapview.build_map(filtered, layers=view.layers(page, filters, filtered, selected, focus),
                                     assets=map_assets(), link=widgets.page_url() + "?event=")
            st_folium(fmap, key="map", height=MAP_HEIGHT, use_container_width=True, returned_objects=[])
        with side_column:
            headline_panel(view.headline(page, filters, filtered))
    finally:
        # The sidebar after the map: its widgets' values are already in the session state, and
        # the browser starts loading the map sooner when the map comes first. Drawn even when
        # the map fails, so the filters that led there can still be changed or reset.
        widgets.sidebar(corpus.events, corpus.choices, filters, focus, facets=view.facets(page, filters))
        with st.sidebar:
            adding.panel(page)

    # The timeline, the comparison and the reader are built only when their tab is open
    # (switching tabs reruns the page): their charts, tables and texts slow the first
    # drawing of the map. The reports table is always built, since its selection rings
    # symbols on the map.
    reports, timeline_box, compare_box, read = st.tabs(["Reports", "Timeline", "Compare sources", "Article reader"],
                                               on_change="rerun", key="tab")
    with reports:
        reports_tab(filtered, table_key, page.result)
    if timeline_box.open:
        with timeline_box:
            timeline_tab(filtered)
    if compare_box.open:
        with compare_box:
            compare_tab(filtered)
    if read.open:
        with read:
            selected_articles = list(dict.fromkeys(filtered.loc[filtered["event_id"].isin(selected), "article_id"]))
            reader_tab(page, filtered, selected_articles)


if __name__ == "__main__":
    main()
