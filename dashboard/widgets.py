"""The sidebar's filters, each defined once, kept in step with the page's query string."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import date

import streamlit as st

from dashboard import frames
from dashboard.query import EVENT, Choices, echo, parse_query, to_query, view_link
from geodata.render.basemap import country_name
from geodata.render.filters import PRECISION, EventFilter

KEYS = {name: f"filter_{name}" for name in ("outlet", "article", "event_type", "sub_event_type", "actor", "country",
                                            "dates", "date_slider", "min_killed", "place", "precision")}
LISTS = ("outlet", "article", "event_type", "sub_event_type", "actor", "country")  # the multiselects
INIT = "filters_from_url"
WRITTEN = "filters_written"  # the query the page last wrote into the URL, and the one it wrote before
FOCUS = "focus_event"  # (event id, the filters it was opened with), from a link's ?event=
SPAN = "filter_dates_span"  # the data's first and last date when the date filter was last set
NOTICES = "filter_notices"

# -- a query string Streamlit drops ----------------------------------------------------------------
# Streamlit ignores a query string of more than 1,000 parameters or 512 Ki characters whole
# (streamlit.runtime.state.query_params.sanitize_query_string), before the page runs, and says so
# only in the server's log; the page then sees no parameters at all. That log record is the one
# trace of it: a filter on Streamlit's logger notes which session it came from (the page's own
# run, or the AppSession that received the browser's request), and the page's next run tells the
# visitor.
_QUERY_LOGGER = "streamlit.runtime.state.query_params"
_DROPPED: dict[str, str] = {}  # session id -> what was dropped ("3,000 parameters")
_DROPPED_LOCK = threading.Lock()


def _session_of_caller() -> str | None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is not None:
        return ctx.session_id
    try:
        from streamlit.runtime.app_session import AppSession
    except ImportError:
        return None
    frame = sys._getframe(1)
    while frame is not None:
        owner = frame.f_locals.get("self")
        if isinstance(owner, AppSession):
            return owner.id
        frame = frame.f_back
    return None


class _DroppedQuery(logging.Filter):
    name = "conflict-map: dropped query strings"

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            if str(record.msg).startswith("Ignoring query string with") and record.args:
                unit = "parameters" if "parameter" in str(record.msg) else "characters"
                session_id = _session_of_caller()
                if session_id:
                    with _DROPPED_LOCK:
                        if len(_DROPPED) > 1000:  # sessions that never ran their page
                            _DROPPED.clear()
                        _DROPPED[session_id] = f"{int(record.args[0]):,} {unit}"
        except Exception:  # noting it must never stop Streamlit's own logging
            pass
        return True


def watch_dropped_queries() -> None:
    """Note the query strings Streamlit drops (once per process; see above)."""
    logger = logging.getLogger(_QUERY_LOGGER)
    if not any(getattr(f, "name", "") == _DroppedQuery.name for f in logger.filters):
        logger.addFilter(_DroppedQuery())


def _dropped_query() -> str | None:
    """What Streamlit dropped of this session's latest query string, if it dropped one."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None:
        return None
    with _DROPPED_LOCK:
        return _DROPPED.pop(ctx.session_id, None)


watch_dropped_queries()


def _defaults(choices: Choices) -> dict:
    span = (choices.first, choices.last) if choices.first else ()
    return {
        **{KEYS[name]: [] for name in LISTS},
        KEYS["dates"]: span, KEYS["date_slider"]: span,
        KEYS["min_killed"]: 0, KEYS["place"]: "", KEYS["precision"]: 0,
    }


def _state_from(filters: EventFilter, choices: Choices) -> dict:
    state = _defaults(choices)
    state.update({KEYS[name]: list(getattr(filters, name)) for name in LISTS})
    state.update({KEYS["min_killed"]: filters.min_killed, KEYS["place"]: filters.place,
                  KEYS["precision"]: filters.precision if filters.precision in PRECISION else 0})
    if choices.first:
        state[KEYS["dates"]] = state[KEYS["date_slider"]] = (filters.start or choices.first,
                                                             filters.end or choices.last)
    return state


def reset(choices: Choices) -> None:
    """The reset button's callback: every filter back to "all"."""
    st.session_state.update(_defaults(choices))


def _prune(choices: Choices) -> None:
    # A widget whose state holds a value its options lack raises; a corpus that
    # changed under a running session must not.
    allowed = {"outlet": set(choices.outlets), "article": set(choices.articles or {}),
               "event_type": set(choices.event_types), "sub_event_type": set(choices.sub_event_types),
               "actor": set(choices.actors), "country": set(choices.countries)}
    for name, values in allowed.items():
        key = KEYS[name]
        if key in st.session_state:
            st.session_state[key] = [v for v in st.session_state[key] if v in values]
    if st.session_state.get(KEYS["precision"], 0) not in PRECISION:
        st.session_state[KEYS["precision"]] = 0


def _dates() -> tuple[date | None, date | None]:
    """The date range widget's state as (start, end), None where it holds no bound (a range being
    picked holds one date, a cleared one none)."""
    dates = tuple(st.session_state.get(KEYS["dates"]) or ())
    return (dates[0] if dates else None), (dates[1] if len(dates) > 1 else None)


def _read(choices: Choices) -> EventFilter:
    state = st.session_state
    start, end = _dates() if choices.first else (None, None)
    # The data's whole span is no restriction (it keeps undated reports too).
    if start is not None and choices.first and start <= choices.first:
        start = None
    if end is not None and choices.last and end >= choices.last:
        end = None
    return EventFilter(
        **{name: tuple(state.get(KEYS[name], ())) for name in LISTS}, start=start, end=end,
        min_killed=int(state.get(KEYS["min_killed"]) or 0), place=(state.get(KEYS["place"]) or "").strip(),
        precision=int(state.get(KEYS["precision"]) or 0),
    )


def _label(counts: dict[str, int], names: dict[str, str] | None = None):
    return lambda value: f"{(names or {}).get(value, value)} ({counts.get(value, 0)})"


def current(choices: Choices) -> tuple[EventFilter, list[str]]:
    """What the filters select, and the notices about ignored URL values, before they are drawn.

    The widgets' values live in the session state, set from the URL on a session's first run
    and whenever the URL holds filters the page did not write (the browser's Back or Forward),
    so the page can draw the map first and the sidebar after: the map, the slowest part of the
    page to appear, starts loading sooner.
    """
    notices: list[str] = []
    dropped = _dropped_query()
    params = _url_params()
    if INIT not in st.session_state or _navigated(params):
        filters, notices = parse_query(params, choices)
        if dropped:
            notices.insert(0, f"Ignored the whole link: its {dropped} are more than Streamlit reads "
                              "(1,000 parameters, 512 Ki characters), so no filter from it applies.")
        st.session_state.update(_state_from(filters, choices))
        st.session_state[INIT] = True
        event = (params.get(EVENT) or [""])[-1].strip()
        st.session_state[FOCUS] = (event, _read(choices)) if event else None
    _prune(choices)
    _follow_span(choices)
    return _read(choices), notices


def _url_params() -> dict[str, list[str]]:
    return {name: st.query_params.get_all(name) for name in st.query_params}


def _navigated(params: dict[str, list[str]]) -> bool:
    """Whether the URL holds filters the page did not write last: the browser went Back or Forward.

    Streamlit pushes a history entry for each query the page writes, and on Back or Forward
    reruns the page with that entry's query. Without this, the widgets kept their values and
    the page wrote them back over the entry the visitor went to. One query is not taken for a
    step in history: the page's previous one, in a rerun Streamlit does not mark as Back or
    Forward. That is a click sent before the browser had the page's latest URL, and its
    widgets' values are newer than that URL.
    """
    written = st.session_state.get(WRITTEN)
    if written is None or params == written[0]:
        return False
    return params != written[1] or _history_step()


def _history_step() -> bool:
    """Whether Streamlit runs the page for the browser's Back or Forward (when it cannot tell, yes)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx(suppress_warning=True)
    return bool(getattr(ctx, "is_history_navigation", True)) if ctx is not None else False


def _wrote(query: dict[str, list[str]]) -> None:
    written = st.session_state.get(WRITTEN)
    if written is None or written[0] != query:
        st.session_state[WRITTEN] = (query, written[0] if written else None)


def _follow_span(choices: Choices) -> None:
    """A date bound the visitor left at the edge of the data moves with the edge.

    The date widget holds dates, not "from the first report": without this, an article added
    from a later war kept the old range, the link gained an ``end`` the visitor never chose,
    and the new reports stayed hidden. A bound the visitor moved inside the span stays where
    they put it.
    """
    state = st.session_state
    span = (choices.first, choices.last)
    old = state.get(SPAN)
    state[SPAN] = span
    if not choices.first:
        # No dated report left (an added article removed): no date to filter by, and no widget
        # drawn to clear one, so a range kept from before would hide every report.
        state[KEYS["dates"]] = ()
        return
    if old is None or old == span:
        return
    start, end = _dates()
    if start is None or old[0] is None or start <= old[0]:
        start = choices.first
    if end is None or old[1] is None or end >= old[1]:
        end = choices.last
    state[KEYS["dates"]] = (start, end)


def focus(current: EventFilter) -> str:
    """The event a link's ``?event=`` opened the map on, while the filters are still those it came
    with; a changed filter or the reset ends it."""
    held = st.session_state.get(FOCUS)
    if held and held[1] == current:
        return held[0]
    st.session_state[FOCUS] = None
    return ""


def unknown_event(event: str) -> str:
    return f"Ignored {EVENT}={echo(event)}: no such event in this corpus."


def page_url() -> str:
    """The page's address without its query: what a popup's "link to this event" starts from."""
    return view_link(_page_url(), {})


def sidebar(events, choices: Choices, current: EventFilter, event: str = "",
            facets: Callable[[str], dict] | None = None) -> None:
    """Draw the filters (whose values are ``current``), and keep the URL in step with them.
    ``facets(name)`` gives a filter's counts (:func:`frames.facet_counts`), kept by the page if it
    passes one."""
    if facets is None:
        def facets(name: str) -> dict:
            return frames.facet_counts(events, current, name)
    with st.sidebar:
        st.header("Filters")
        # Above the filters, not below: a multiselect holding more tags than fit on one line is
        # a line higher while it has the focus (which Escape leaves in it), so the press on a
        # button below it, by taking the focus, moved the button up before the release, and the
        # click fell beside it. Nothing above the button changes height.
        st.button("Reset filters", on_click=reset, args=(choices,), width="stretch")
        st.multiselect("Outlet", choices.outlets, key=KEYS["outlet"],
                       format_func=_label(facets("outlet")))
        titles = dict(choices.articles or {})
        st.multiselect("Article", list(titles), key=KEYS["article"],
                       format_func=_label(facets("article"), titles))
        st.multiselect("Event type", choices.event_types, key=KEYS["event_type"],
                       format_func=_label(facets("event_type")))
        st.multiselect("Sub-event type", choices.sub_event_types, key=KEYS["sub_event_type"],
                       format_func=_label(facets("sub_event_type")))
        st.multiselect("Actor", choices.actors, key=KEYS["actor"],
                       format_func=_label(facets("actor")),
                       help="Reports in which this actor is either side.")
        st.multiselect("Country", choices.countries, key=KEYS["country"],
                       format_func=_label(facets("country"),
                                          {code: country_name(code) for code in choices.countries}))
        if choices.first:
            st.date_input("Date range", key=KEYS["dates"], min_value=date(1900, 1, 1),
                          max_value=date(2100, 12, 31),
                          help="The whole span of the data also keeps reports without a date.")
            if choices.first < choices.last:
                # Its own key, set from the date range on every run, copied into it when slid.
                st.session_state[KEYS["date_slider"]] = _slider_dates(choices)
                st.slider("Date slider", min_value=choices.first, max_value=choices.last,
                          key=KEYS["date_slider"], on_change=_slid, format="YYYY-MM-DD",
                          help="Drag either end to narrow the date range above.")
        else:
            st.caption("No dated reports to filter by date.")
        st.number_input("Minimum killed", min_value=0, step=1, key=KEYS["min_killed"],
                        help="Reports whose conservative figure is at least this; 0 keeps reports without a figure.")
        st.text_input("Place", key=KEYS["place"], placeholder="e.g. Basra",
                      help="Reports whose place name, the words as written, or province contain this.")
        st.radio("Location precision", list(PRECISION), key=KEYS["precision"],
                 format_func=_label(facets("precision"), PRECISION),
                 help="Exact places only hides reports placed near a place or only at its province or "
                      "country; places and their surroundings hides those placed only at a province or country.")

    query = to_query(current)
    if event:
        query[EVENT] = event
    wanted = {name: value if isinstance(value, list) else [value] for name, value in query.items()}
    if _url_params() != wanted:
        st.query_params.from_dict(query)  # Streamlit pushes it as a new entry in the browser's history
    _wrote(wanted)  # after: a rerun that stops the page inside from_dict leaves the URL as it was
    with st.sidebar:
        # The link holds every filter (see dashboard/query.py). A plain link, not st.code:
        # its highlighter cost a third of a second of every page's first drawing.
        link = view_link(_page_url(), query).replace("<", "%3C").replace(">", "%3E").replace("\n", "")
        st.markdown(f"[Link to this view](<{link}>) · right-click to copy", help="Opens the map with these filters.")


def _slider_dates(choices: Choices) -> tuple[date, date]:
    """The date range's bounds as the slider shows them: inside the data's span."""
    start, end = _dates()
    start, end = start or choices.first, end or choices.last
    start = min(max(start, choices.first), choices.last)
    end = min(max(end, choices.first), choices.last)
    return start, max(start, end)


def _slid() -> None:
    """The slider's callback: the date range takes its value."""
    st.session_state[KEYS["dates"]] = tuple(st.session_state[KEYS["date_slider"]])


def _page_url() -> str:
    try:
        return st.context.url or ""
    except Exception:  # older Streamlit, or no browser session (AppTest)
        return ""

