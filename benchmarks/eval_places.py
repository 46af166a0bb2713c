"""Precision and recall of place mentions on the hand-annotated wire-copy sentences.

    .venv/bin/python benchmarks/eval_places.py

The sentences and their expected (surface, country) pairs are the tables of
tests/gold/wire_places.json (asserted by tests/places/test_wire_places.py), written
by hand about places and wars the seed articles never mention; the cases the
extractor still gets wrong stay in them, so the scores count every miss.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.helpers import mention_places, wire_places  # noqa: E402


def score(table: list) -> tuple[int, int, int]:
    """(expected, found, correct) over a table of (text, [(surface, country), ...])."""
    expected = found = correct = 0
    for case in table:
        text, want = case
        got = mention_places(text)
        expected += len(want)
        found += len(got)
        correct += sum((Counter(want) & Counter(got)).values())
    return expected, found, correct


def main() -> None:
    print(f"{'table':12} {'expected':>8} {'found':>6} {'correct':>8} {'precision':>9} {'recall':>7}")
    totals = [0, 0, 0]
    tables = wire_places()
    for name in ("IRAQ_WIRE", "OTHER_WARS", "TRAPS"):
        e, f, c = score(tables[name])
        totals = [totals[0] + e, totals[1] + f, totals[2] + c]
        print(f"{name:12} {e:8} {f:6} {c:8} {c / f if f else 1:9.3f} {c / e if e else 1:7.3f}")
    e, f, c = totals
    print(f"{'all':12} {e:8} {f:6} {c:8} {c / f:9.3f} {c / e:7.3f}")


if __name__ == "__main__":
    main()
