"""The filters and the browser's history, in a real browser (Debian's chromium, no internet):
Back and Forward step through filter states, and "Reset filters" works on the first click."""

from playwright.sync_api import Error

from benchmarks.bench_dashboard import REPORTS_JS
from tests.helpers import ARTIFACTS, offline_page, run_app, serve

OUTLET = "[data-testid=stSidebar] [data-testid=stMultiSelect]"  # the first is the outlet's


def ready(page, url: str) -> None:
    page.goto(url)
    page.get_by_role("button", name="Reset filters").wait_for(timeout=60_000)
    wait_for_map(page, 8)


def wait_for_map(page, symbols: int) -> None:
    """Until the map's symbols hold ``symbols`` reports, and the page has settled. A rerun may
    replace the map's frame while it is read: then it is read again."""
    drawn = None
    for _ in range(240):  # two minutes: a loaded machine (the suite beside a benchmark) has taken over one
        element = page.query_selector("iframe[title='streamlit_folium.st_folium']")
        frame = element and element.content_frame()
        try:
            drawn = frame and frame.evaluate(REPORTS_JS)  # reports, in one symbol per place and type
        except Error:  # the frame went while it was read
            drawn = None
        if drawn == symbols:
            page.wait_for_timeout(1500)  # any rerun the page still had in flight, and its URL
            return
        page.wait_for_timeout(500)
    raise AssertionError(f"the map drew {drawn} report symbols, not {symbols}")


def shown(page) -> dict:
    """The outlets the sidebar shows as chosen, the page's query, the reports the headline counts,
    and the rows of the reports table (its grid's rows, less the header)."""
    return page.evaluate("""(selector) => ({
        outlets: [...document.querySelector(selector).querySelectorAll('[data-tag]')]
            .map(t => t.getAttribute('aria-label').replace(/ \\(\\d+\\)$/, '')),
        query: decodeURIComponent(location.search.replace(/\\+/g, ' ')),
        reports: [...document.querySelectorAll('[data-testid=stMetric]')]
            .filter(m => m.innerText.startsWith('Reports'))
            .map(m => m.querySelector('[data-testid=stMetricValue]').innerText),
        rows: document.querySelector('[data-testid=stDataFrame]').querySelectorAll('[role=row]').length - 1,
    })""", OUTLET)


def choose(page, *outlets: str) -> None:
    """Open the outlet filter, pick ``outlets`` in it, and close it with Escape."""
    page.locator(OUTLET).first.locator("input").click()
    for outlet in outlets:
        page.get_by_role("option", name=outlet).first.click()
    page.keyboard.press("Escape")


def test_back_and_forward_step_through_filter_states(browser, saved_extraction):
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        ready(page, url)
        choose(page, "News Line")
        wait_for_map(page, 3)
        choose(page, "Socialist Worker")
        wait_for_map(page, 6)
        both = {"outlets": ["News Line", "Socialist Worker"],
                "query": "?outlet=News Line&outlet=Socialist Worker", "reports": ["6"], "rows": 6}
        assert shown(page) == both

        page.go_back()
        wait_for_map(page, 3)
        page.screenshot(path=str(ARTIFACTS / "dashboard-history-back.png"), full_page=True)
        assert shown(page) == {"outlets": ["News Line"], "query": "?outlet=News Line", "reports": ["3"], "rows": 3}
        page.go_back()
        wait_for_map(page, 8)
        assert shown(page) == {"outlets": [], "query": "", "reports": ["8"], "rows": 8}
        page.go_forward()
        wait_for_map(page, 3)
        assert shown(page) == {"outlets": ["News Line"], "query": "?outlet=News Line", "reports": ["3"], "rows": 3}
        page.go_forward()
        wait_for_map(page, 6)
        assert shown(page) == both
        # A change after Back starts a new branch: Forward no longer leads anywhere.
        page.go_back()
        wait_for_map(page, 3)
        choose(page, "World Socialist Web Site")
        wait_for_map(page, 5)
        assert shown(page)["query"] == "?outlet=News Line&outlet=World Socialist Web Site"
        page.go_back()
        wait_for_map(page, 3)
        assert shown(page) == {"outlets": ["News Line"], "query": "?outlet=News Line", "reports": ["3"], "rows": 3}
        assert page.dialogs == []


def test_one_click_resets_the_filters_after_a_dropdown_closed_with_escape(browser, saved_extraction):
    with serve(saved_extraction) as url, offline_page(browser, url) as page:
        ready(page, url)
        # Two outlets make the focused filter two lines high: closing it with Escape keeps the focus.
        choose(page, "News Line", "Socialist Worker")
        wait_for_map(page, 6)
        assert shown(page)["outlets"] == ["News Line", "Socialist Worker"]
        button = page.get_by_role("button", name="Reset filters")
        before = button.bounding_box()
        button.click()  # a real mouse press and release at the button's centre, once
        wait_for_map(page, 8)
        page.screenshot(path=str(ARTIFACTS / "dashboard-reset-after-escape.png"), full_page=True)
        assert shown(page) == {"outlets": [], "query": "", "reports": ["8"], "rows": 8}
        # Leaving the filter (which the press does) moved nothing under the pointer.
        assert button.bounding_box() == before
        assert page.get_by_role("radio", name="every place (8)").is_checked()


def test_a_query_the_page_did_not_write_sets_the_filters_but_a_stale_one_does_not(monkeypatch, saved_extraction):
    # In-process (AppTest), where no rerun is marked Back or Forward.
    app = run_app(monkeypatch, saved_extraction)
    outlet = lambda: next(m for m in app.multiselect if m.label == "Outlet")  # noqa: E731
    outlet().set_value(["News Line"]).run()
    assert (dict(app.query_params), outlet().value) == ({"outlet": "News Line"}, ["News Line"])
    # The page's previous query, in a rerun not marked Back: a click sent before the browser had
    # the page's latest URL. The widgets' values are the newer, and are written back.
    app.query_params.clear()
    app.run()
    assert (dict(app.query_params), outlet().value) == ({"outlet": "News Line"}, ["News Line"])
    # A query the page never wrote (a history entry from before the last two) sets the filters.
    app.query_params["outlet"] = ["Socialist Worker"]
    app.run()
    assert (dict(app.query_params), outlet().value) == ({"outlet": "Socialist Worker"}, ["Socialist Worker"])
    assert not app.exception
