"""Time the extraction on pathological shapes of text, to show it stays linear.

    .venv/bin/python benchmarks/bench_shapes.py                    # 0.25, 0.5, 1 and 2 MB
    .venv/bin/python benchmarks/bench_shapes.py --sizes 0.1 0.4 --shapes chronology rlm --repeat 1

Each shape (the reproductions of the reliability review, and normal synthetic wire copy) is
built at each size and run in-process through ``geodata.analyse`` on articles made with
``geodata.Article.from_text``, the gazetteer already loaded. The table gives seconds and
seconds per MB for each size: flat seconds per MB is linear time. Each figure is the best of
``--repeat`` runs (3 by default), as ``timeit`` advises: on a shared machine the slower runs
measure the neighbours, not the code. It reports, never gates, and always exits 0.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import geodata  # noqa: E402
from make_articles import make_article  # noqa: E402

MB = 1_000_000
_NAMES = ["Basra", "Kut", "Hilla", "Amara", "Najaf"]


def _repeat(unit: str, size: int, head: str = "T\n\n") -> str:
    return head + unit * max(1, (size - len(head)) // len(unit))


def places_commas(size: int) -> list[str]:
    """One sentence listing place names with commas (review H1, P2.02)."""
    head = "T\n\nFighting was reported in "
    n = max(1, (size - len(head)) // 7)
    return [head + ", ".join(_NAMES[i % 5] for i in range(n)) + "."]


def hyphen_chain(size: int) -> list[str]:
    """A chain of hyphenated places, "al-Basra-al-Basra-..." (review P2.11)."""
    return [_repeat("al-Basra-", size, "T\n\nFighting in ") + "al-Basra."]


def chronology(size: int) -> list[str]:
    """The same sentence about one place, over and over (review H2, P2.09)."""
    return [_repeat("Fighting in Basra killed 12 people. ", size)]


def one_line(size: int) -> list[str]:
    """One long line of place and casualty words without punctuation (review M5, P1.09)."""
    unit = "Basra Baghdad Kut fighting killed at least 12 people in Mosul wounded 30 in Najaf "
    return [_repeat(unit, size, "")]


def clauses(size: int) -> list[str]:
    """One sentence of clauses, each with cue words (review M5, P2.08)."""
    return [_repeat("fighting in Basra killed 12 people; ", size)]


def capitalised(size: int) -> list[str]:
    """One long title-case run with no place in it (review M5, P2.10)."""
    return [_repeat("Alpha Beta Gamma Delta ", size)]


def rlm(size: int) -> list[str]:
    """Sentences separated by right-to-left marks (review M6, P2.05)."""
    return [_repeat("\u200fFighting in \u200fBasra killed \u200f12 people.\u200f ", size, "")]


def wire(size: int) -> list[str]:
    """Normal synthetic wire copy (benchmarks/make_articles.py), 800-word articles."""
    rng = random.Random(1)
    out, total = [], 0
    while total < size:
        out.append(make_article(rng, 800))
        total += len(out[-1])
    return out


SHAPES: dict[str, Callable[[int], list[str]]] = {
    f.__name__: f for f in (places_commas, hyphen_chain, chronology, one_line, clauses, capitalised, rlm, wire)
}


def run(shape: str, size: int, gazetteer) -> tuple[float, int, int]:
    """Seconds to analyse ``shape`` at ``size`` characters, and the mentions and reports found."""
    texts = SHAPES[shape](size)
    articles = [geodata.Article.from_text(t, id=f"a{i}") for i, t in enumerate(texts)]
    start = time.perf_counter()
    mentions, reports = geodata.analyse(articles, gazetteer=gazetteer)
    return time.perf_counter() - start, len(mentions), len(reports)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2], help="sizes in MB")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown")
    args = parser.parse_args(argv)
    gazetteer = geodata.load_gazetteer()
    run("wire", 20_000, gazetteer)  # warm the caches
    sizes = " | ".join(f"{s:g} MB" for s in args.sizes)
    print(f"| shape | {sizes} | s/MB at each size | mentions, reports at {args.sizes[-1]:g} MB |")
    print("| --- | " + " | ".join("---" for _ in args.sizes) + " | --- | --- |")
    for shape in args.shapes:
        seconds, per_mb, found = [], [], ""
        for mb in args.sizes:
            runs = [run(shape, int(mb * MB), gazetteer) for _ in range(max(1, args.repeat))]
            took, n_mentions, n_reports = min(runs)
            seconds.append(f"{took:.2f} s")
            per_mb.append(f"{took / mb:.2f}")
            found = f"{n_mentions:,}, {n_reports:,}"
        print(f"| {shape} | " + " | ".join(seconds) + f" | {' / '.join(per_mb)} | {found} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
