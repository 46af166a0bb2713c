"""Fixtures shared by the tests; the builders behind them are in tests/helpers.py."""

import json
import os

import pytest

from geodata.io.export import to_json
from geodata.models import Extraction
from tests.helpers import CHROMIUM, CHROMIUM_ARGS, browser_missing, make_extraction


@pytest.fixture
def extraction() -> Extraction:
    return make_extraction()


@pytest.fixture
def saved_extraction(tmp_path):
    """The fixture written as ``geodata extract --format json`` would write it."""
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(to_json(make_extraction())), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser():
    """A headless chromium; skipped with a reason when there is none, except where
    ``CI_REQUIRE_BROWSER=1`` (``.ci/run``) makes that a failure."""
    reason = browser_missing()
    if reason:
        if os.environ.get("CI_REQUIRE_BROWSER") == "1":
            pytest.fail(f"CI_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
