"""Benchmark the gazetteer load and extraction throughput on one core.

    python benchmarks/bench_extract.py [--count 2000] [--words 800] [--json FILE]

Prints a table of metric, value, target and PASS/FAIL, and always exits 0:
benchmarks report, they do not gate. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

try:
    from benchmarks.make_articles import write_articles
except ImportError:  # run as a script: benchmarks/ itself is on sys.path
    from make_articles import write_articles

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_WORKDIR = Path(__file__).resolve().parent / "out"
# Throughput is reported, not judged: the old one-core targets (1,000 articles/s places
# only, 500 with events) are withdrawn; docs/performance.md says why.
TARGET_LOAD_S = 0.5
TARGET_LOAD_MB = 150.0

# Run in a fresh interpreter so nothing is imported or cached yet. ru_maxrss
# is in KiB on Linux. tracemalloc slows loading down, so it gets its own run.
_LOAD_PROBE = """
import json, resource, sys, time
trace = sys.argv[1] == "trace"
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if trace:
    import tracemalloc
    tracemalloc.start()
started = time.perf_counter()
from geodata.places.gazetteer import Gazetteer
imported = time.perf_counter()
Gazetteer.load()
loaded = time.perf_counter()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
peak = tracemalloc.get_traced_memory()[1] if trace else 0
print(json.dumps({"import_s": imported - started, "load_s": loaded - imported,
                  "rss_mb": (after - before) / 1024, "tracemalloc_peak_mb": peak / 2**20}))
"""


def _core() -> int:
    return min(os.sched_getaffinity(0))


def _pin(core: int) -> Callable[[], None]:
    return lambda: os.sched_setaffinity(0, {core})


def gazetteer_load(*, repeat: int = 3) -> dict:
    """Median load time, RSS growth and tracemalloc peak of ``Gazetteer.load()`` in fresh processes."""
    runs = []
    for _ in range(repeat):
        plain, traced = (_probe(mode) for mode in ("plain", "trace"))
        runs.append({**plain, "tracemalloc_peak_mb": traced["tracemalloc_peak_mb"]})
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]} | {"runs": runs}


def _probe(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _LOAD_PROBE, mode], cwd=ROOT, capture_output=True,
                          text=True, preexec_fn=_pin(_core()))
    if done.returncode:
        raise RuntimeError(f"loading the gazetteer failed:\n{done.stderr}")
    return json.loads(done.stdout)


def corpus_folder(workdir: Path, *, count: int, words: int) -> Path:
    """The folder of ``count`` articles of ``words`` words, generated if missing."""
    folder = workdir / f"articles-{count}x{words}"
    if len(list(folder.glob("*.txt"))) != count or not (folder / "sources.csv").exists():
        write_articles(folder, count=count, words=words, seed=1)
    return folder


def whole_process(folder: Path, *options: str) -> dict:
    """Wall time of the CLI over ``folder``, pinned to one core, start-up and load included."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "geodata.cli", "extract", str(folder),
                   "--format", "json", "--output", str(Path(tmp) / "out.json"), *options]
        return _timed(command)


def plain_matcher(folder: Path) -> dict:
    """Wall time of the plain regex matcher (``plain_matcher.py``) over ``folder``, the same way."""
    with tempfile.TemporaryDirectory() as tmp:
        return _timed([sys.executable, str(Path(__file__).with_name("plain_matcher.py")), str(folder),
                       str(Path(tmp) / "out.json")])


def _timed(command: list[str]) -> dict:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, preexec_fn=_pin(_core()))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "exit_code": done.returncode, "summary": done.stderr.strip().splitlines()[-1:]}


def in_process(folder: Path, *, repeat: int = 3) -> dict:
    """Best wall times of places only and of places and events over pre-read articles, on one core."""
    from geodata.io.corpus import read_corpus
    from geodata.places.gazetteer import load_gazetteer
    from geodata.pipeline import analyse, mentions_of

    articles, errors = read_corpus([folder])
    gazetteer = load_gazetteer()
    saved = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {_core()})
    try:
        places, both = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            mentions = mentions_of(articles, gazetteer=gazetteer)
            places.append(time.perf_counter() - started)
            started = time.perf_counter()
            reports = analyse(articles, gazetteer=gazetteer)[1]
            both.append(time.perf_counter() - started)
    finally:
        os.sched_setaffinity(0, saved)
    return {"seconds": min(both), "places_seconds": min(places), "times": both, "articles": len(articles),
            "read_errors": len(errors), "words": sum(len(a.text.split()) for a in articles),
            "mentions": len(mentions), "reports": len(reports)}


def run(count: int, words: int, workdir: Path, *, repeat: int = 3) -> dict:
    """Run every measurement and return the summary (what ``--json`` writes)."""
    folder = corpus_folder(workdir, count=count, words=words)
    load = gazetteer_load(repeat=repeat)
    inner = in_process(folder, repeat=repeat)
    whole = whole_process(folder)
    places = whole_process(folder, "--places-only")
    plain = plain_matcher(folder)
    n, total_words = inner["articles"], inner["words"]
    for run_ in (whole, places, plain):
        run_ |= {"articles_per_s": n / run_["seconds"], "words_per_s": total_words / run_["seconds"]}
    inner |= {"articles_per_s": n / inner["seconds"], "words_per_s": total_words / inner["seconds"]}
    checks = [
        _check("gazetteer load (s, median)", load["load_s"], f"< {TARGET_LOAD_S}", load["load_s"] < TARGET_LOAD_S),
        _check("gazetteer import (s, median)", load["import_s"], "", None),
        _check("gazetteer RSS growth (MB)", load["rss_mb"], f"< {TARGET_LOAD_MB:.0f}", load["rss_mb"] < TARGET_LOAD_MB),
        _check("gazetteer tracemalloc peak (MB)", load["tracemalloc_peak_mb"], f"< {TARGET_LOAD_MB:.0f}",
               load["tracemalloc_peak_mb"] < TARGET_LOAD_MB),
        _check("whole process, places only (articles/s)", places["articles_per_s"], "",
               None if places["exit_code"] == 0 else False),
        _check("whole process, places and events (articles/s)", whole["articles_per_s"], "",
               None if whole["exit_code"] == 0 else False),
        _check("whole process, plain regex matcher (articles/s)", plain["articles_per_s"], "", None),
        _check("whole process (words/s)", whole["words_per_s"], "", None),
        _check("in-process places only (articles/s, best)", n / inner["places_seconds"], "", None),
        _check("in-process places and events (articles/s, best)", inner["articles_per_s"], "", None),
        _check("in-process places and events (words/s, best)", inner["words_per_s"], "", None),
    ]
    return {
        "machine": {"nproc": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)), "pinned_core": _core(),
                    "python": platform.python_version(), "platform": platform.platform()},
        "corpus": {"folder": str(folder), "articles": n, "words": total_words, "words_per_article": words},
        "gazetteer": load,
        "whole_process": whole,
        "whole_process_places_only": places,
        "plain_matcher": plain,
        "in_process": inner,
        "checks": checks,
    }


def _check(metric: str, value: float, target: str, ok: bool | None) -> dict:
    return {"metric": metric, "value": value, "target": target,
            "result": "" if ok is None else ("PASS" if ok else "FAIL")}


def _number(value: float) -> str:
    return f"{value:,.3f}" if value < 10 else f"{value:,.1f}" if value < 1000 else f"{value:,.0f}"


def table(summary: dict) -> str:
    """The checks as a plain-text table."""
    rows = [("metric", "value", "target", "result")]
    rows += [(c["metric"], _number(c["value"]), c["target"], c["result"]) for c in summary["checks"]]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    m, c = summary["machine"], summary["corpus"]
    head = (f"{c['articles']} articles, {c['words']:,} words; nproc {m['nproc']}, pinned to core {m['pinned_core']}, "
            f"Python {m['python']}; {summary['in_process']['mentions']:,} mentions, "
            f"{summary['in_process']['reports']:,} event reports")
    return head + "\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark gazetteer load and extraction throughput.")
    parser.add_argument("--count", type=int, default=2000, help="number of articles (default: 2000)")
    parser.add_argument("--words", type=int, default=800, help="words per article (default: 800)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the summary here as JSON")
    args = parser.parse_args(argv)
    summary = run(args.count, args.words, DEFAULT_WORKDIR)
    print(table(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
