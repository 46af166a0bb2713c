"""The pipeline's own work: the cycle collector paused per article, and restored after."""

from __future__ import annotations

import gc
import os
import threading

import pytest

import geodata
from geodata import pipeline
from geodata.io.corpus import read_corpus
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def seeds():
    articles, errors = read_corpus([ROOT / "seeds"])
    assert articles and not errors
    return articles


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def _watch(monkeypatch) -> list[bool]:
    """Record whether the collector runs each time the place stage is called."""
    seen: list[bool] = []
    real = pipeline.extract_mentions

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_mentions", watched)
    return seen


def test_the_collector_is_paused_per_article_and_runs_again_after(seeds, monkeypatch, collector_on):
    seen = _watch(monkeypatch)
    mentions, reports = geodata.analyse(seeds[:2])
    assert seen == [False, False]
    assert gc.isenabled()
    assert mentions and reports
    geodata.mentions_of(seeds[:1])
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off(seeds, collector_on):
    gc.disable()
    geodata.analyse(seeds[:1])
    assert not gc.isenabled()


def test_the_collector_runs_between_articles(seeds, monkeypatch, collector_on):
    # A lazy source of articles is the caller's code: it runs with the collector on.
    between: list[bool] = []

    def lazily():
        for article in seeds[:3]:
            between.append(gc.isenabled())
            yield article

    geodata.analyse(lazily())
    assert between == [True, True, True]


def test_an_error_inside_a_pause_still_restores_the_collector(collector_on):
    with pytest.raises(RuntimeError), pipeline._collector.paused():
        raise RuntimeError("stage failed")
    assert gc.isenabled()


def test_a_pause_on_another_thread_leaves_the_processs_collector_alone(collector_on):
    """The collector is the process's: a server's worker thread (the dashboard's) must not stop
    the collection other sessions rely on, so only the main thread pauses it."""
    collector, seen = pipeline._Collector(), []

    def worker():
        with collector.paused():
            seen.append(gc.isenabled())

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(5)
    assert seen == [True] and gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()  # the main thread's pause
    assert gc.isenabled()


def test_nested_pauses_restore_the_collector_when_the_outer_one_leaves(collector_on):
    collector = pipeline._Collector()
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_child_forked_during_a_pause_collects_again(collector_on):
    collector = pipeline._Collector()
    with collector.paused():
        assert not gc.isenabled()
        collector.after_fork()  # what os.register_at_fork runs in the child
        assert gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert gc.isenabled()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_real_fork_during_a_pause_leaves_the_child_collecting(collector_on):
    read, write = os.pipe()
    with pipeline._collector.paused():
        pid = os.fork()
        if pid == 0:  # the child: report and leave at once, without pytest's clean-up
            os.write(write, b"1" if gc.isenabled() else b"0")
            os._exit(0)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"


# Run in a fresh interpreter: other tests' background threads (a Dask cluster's event loop)
# make garbage of their own while the collector is off here.
_NO_CYCLES = """
import gc, sys
import geodata
from geodata.io.corpus import read_corpus
seeds = read_corpus([sys.argv[1]])[0]
geodata.analyse(seeds)  # lazy caches and compiled patterns are made once, on the first call
gc.collect()
gc.disable()
result = geodata.analyse(seeds)
assert result[1]
del result
print(gc.collect())
"""


def test_analysing_leaves_no_cyclic_garbage():
    """The premise of the pause: the stages free what they make by reference counting alone,
    so a paused collector never lets memory grow. A reference cycle added to a stage fails this."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _NO_CYCLES, str(ROOT / "seeds")], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert int(done.stdout) == 0
