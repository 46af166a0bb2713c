"""keep_apart: the one overlap rule, against a plain reference and on a long list."""

import random
from dataclasses import dataclass

from geodata.text.spans import keep_apart


@dataclass(frozen=True)
class S:
    start: int
    end: int


def reference(items, rank):
    kept = []
    for item in sorted(items, key=rank):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda s: s.start)


def longest_first(s):
    return (s.start - s.end, s.start)


def test_the_longest_wins_and_touching_spans_are_both_kept():
    spans = [S(0, 5), S(0, 10), S(10, 12), S(11, 20), S(3, 4)]
    assert keep_apart(spans, rank=longest_first) == [S(0, 10), S(11, 20)]
    assert keep_apart([S(0, 3), S(3, 6)], rank=longest_first) == [S(0, 3), S(3, 6)]
    assert keep_apart([], rank=longest_first) == []


def test_any_order_gives_what_the_plain_rule_gives():
    rng = random.Random(7)
    for _ in range(300):
        spans = [S(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(1, 30)))]
        by_start = lambda s: (s.start, s.start - s.end)  # noqa: E731
        for rank in (longest_first, by_start):
            assert keep_apart(spans, rank=rank) == reference(spans, rank)


def test_span_gives_the_offsets_of_items_that_carry_them_elsewhere():
    pairs = [(0, S(0, 4)), (1, S(2, 6)), (0, S(5, 9))]
    kept = keep_apart(pairs, rank=lambda p: (p[0], p[1].start), span=lambda p: (p[1].start, p[1].end))
    assert kept == [(0, S(0, 4)), (0, S(5, 9))]


def test_a_long_list_checks_each_span_once():
    # Tens of thousands of names in one sentence: each check reads only its own span.
    spans = [S(i * 10, i * 10 + 6) for i in range(40_000)] + [S(i * 10 + 3, i * 10 + 5) for i in range(40_000)]
    kept = keep_apart(spans, rank=longest_first)
    assert len(kept) == 40_000 and kept[0] == S(0, 6) and kept[-1] == S(399_990, 399_996)
