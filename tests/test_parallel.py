"""geodata.parallel: every core, the same records in the same order, a bounded read-ahead."""

from __future__ import annotations

from pathlib import Path

from geodata.io.corpus import read_corpus
from geodata.parallel import AHEAD, BATCH, analysed, cores

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_two_processes_give_what_one_gives_in_the_same_order():
    articles, _ = read_corpus([SEEDS])
    articles = articles * 5  # more batches than workers
    one = [(o.article.id, o.mentions, o.reports, o.error) for o in analysed(articles, jobs=1)]
    two = [(o.article.id, o.mentions, o.reports, o.error) for o in analysed(articles, jobs=2)]
    assert one == two
    assert sum(len(o[2]) for o in one) == 5 * 42  # the seeds' reports, five times


def test_articles_are_read_only_a_bounded_number_ahead():
    articles, _ = read_corpus([SEEDS])
    taken = []

    def source():
        for n in range(200):
            taken.append(n)
            yield articles[n % len(articles)]

    outcomes = analysed(source(), jobs=2)
    next(outcomes)
    # A window of batches per worker, and the batch being filled: never the whole corpus.
    assert len(taken) <= 2 * AHEAD * BATCH + BATCH
    assert len(list(outcomes)) == 199


def test_cores_counts_what_this_process_may_use():
    import os

    assert cores() == len(os.sched_getaffinity(0))
