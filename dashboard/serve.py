"""The dashboard's server: ``streamlit run dashboard/serve.py`` (what ``make run`` does).

It serves ``dashboard/app.py`` as ``streamlit run dashboard/app.py`` does, and, while it
starts, reads the corpus and builds the first page's map records into the app's caches:
the first visitor after a start waits no longer than the next one (docs/performance.md).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from contextlib import asynccontextmanager

import streamlit as st

from dashboard import view, widgets

log = logging.getLogger(__name__)
THREAD = "warm-dashboard"

# How long the server may put off answering while it prepares. A corpus that takes
# longer (a large folder read for the first time) goes on being read in the background,
# and a visitor who comes meanwhile waits for that same cached work, not a second copy.
WARM_WAIT_S = 20.0


class _NoContextWarning(logging.Filter):
    """Drops Streamlit's "missing ScriptRunContext" warning for the warm-up thread: it
    runs the app's cached functions outside any page, on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName != THREAD


def warm() -> None:
    """Read the source and build what a new visitor's first page needs, into the caches."""
    try:
        view.warm()
        # Streamlit runs a full garbage collection after every script run (runner.postScriptGC),
        # holding the interpreter while it walks every object the process has: with the
        # corpus, the gazetteer and the libraries loaded, that cost each page load a
        # noticeable slice of the server's time. What is loaded by now lives as long as the
        # process, so it is moved out of the collector's sight once, after one last collection.
        gc.collect()
        gc.freeze()
    except Exception:  # the page reads the same source again and says what is wrong; the server goes on
        log.exception("could not prepare the dashboard's data ahead of the first visitor")


@asynccontextmanager
async def lifespan(_app):
    widgets.watch_dropped_queries()  # before the first visitor's query string arrives
    quiet = _NoContextWarning()
    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):
        logging.getLogger(name).addFilter(quiet)
    worker = threading.Thread(target=warm, name=THREAD, daemon=True)
    worker.start()
    await asyncio.to_thread(worker.join, WARM_WAIT_S)
    yield


app = st.App("app.py", lifespan=lifespan)
