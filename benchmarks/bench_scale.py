"""Time and memory of the commands at corpus sizes from 1,000 to 100,000 articles.

    python benchmarks/bench_scale.py [--sizes 1000 10000 100000] [--words 300] [--jobs 1 2]
                                     [--compare REV] [--store] [--json FILE]

For each size it writes (or reuses) a synthetic corpus (``make_articles.py``) and runs, each
as a whole process the way a user runs it:

- ``geodata extract DIR --format jsonl --output FILE --jobs J`` for each J of ``--jobs``;
- with ``--compare REV``, the same command of the commit REV (a git worktree of it, made
  under ``benchmarks/out/``), one job, for a side-by-side before/after in one run; sizes whose
  old run would not fit in memory are skipped with ``--compare-max``;
- with ``--store``, ``geodata add DIR`` into a new store, then ``geodata list`` and
  ``geodata export --format jsonl`` of it.

CPU is user and system time of the command and its workers. Peak memory is the largest sum,
over the command's process and its workers, of their proportional set size (PSS: a page
shared by the forked workers counts once in all), read from ``/proc`` every 50 ms: Linux only.
The peak sum of resident set sizes (RSS, which counts shared pages once per process, as ``ps``
and ``time -v`` show them) is printed beside it.
Prints a table and exits 0: benchmarks report, they do not gate.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
sys.path.insert(0, str(ROOT))

from benchmarks.make_articles import write_articles  # noqa: E402


def corpus(count: int, words: int) -> Path:
    folder = OUT / f"articles-{count}x{words}"
    if len(list(folder.glob("*.txt"))) != count or not (folder / "sources.csv").exists():
        write_articles(folder, count=count, words=words, seed=1)
    return folder


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            children = []
        todo.extend(int(c) for c in children)
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process, in kB; (0, 0) once it is gone."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


def measured(command: list[str], *, env: dict | None = None, cwd: Path = ROOT) -> dict:
    """Wall time, peak PSS and RSS (MB) of the process tree, exit code and the last line of stderr."""
    peak = [0, 0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            sizes = [_memory_kb(p) for p in _tree(process.pid)]
            peak[0] = max(peak[0], sum(pss for _, pss in sizes))
            peak[1] = max(peak[1], sum(rss for rss, _ in sizes))
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _out, err = process.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the command and every process it waited for (its workers): steadier than the wall
    # time on a shared machine.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stop.set()
    sampler.join()
    lines = err.strip().splitlines()
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "peak_mb": round(peak[0] / 1024),
            "peak_rss_mb": round(peak[1] / 1024),
            "exit_code": process.returncode,
            "summary": lines[-1] if lines else ""}


def worktree(rev: str) -> Path:
    """A checkout of ``rev`` to run the old code from (its geodata package first on the path)."""
    path = OUT / f"worktree-{rev}"
    if not path.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(path), rev], cwd=ROOT, check=True,
                       capture_output=True)
    return path


def geodata(*args: str) -> list[str]:
    return [sys.executable, "-m", "geodata.cli", *args]


def run(sizes: list[int], words: int, jobs: list[int], compare: str | None, compare_max: int,
        store: bool) -> list[dict]:
    rows = []
    old = worktree(compare) if compare else None
    for count in sizes:
        folder = corpus(count, words)
        with tempfile.TemporaryDirectory(dir=OUT) as tmp:
            if old is not None and count <= compare_max:
                # The old commit has no --jobs: its one core, against ours on one core, in turn. JSON:
                # the format that holds everything (articles' text, mentions, events).
                # From the worktree: `python -m` puts the working directory first on the path.
                result = measured(geodata("extract", str(folder), "--output", f"{tmp}/old.json"), cwd=old)
                new = measured(geodata("extract", str(folder), "--output", f"{tmp}/new.json", "--jobs", "1"))
                same = Path(f"{tmp}/old.json").read_bytes() == Path(f"{tmp}/new.json").read_bytes()
                rows.append({"articles": count, "what": f"extract json, {compare} (1 core)", **result})
                label = "identical" if same else "DIFFERS"
                rows.append({"articles": count, "what": f"extract json, --jobs 1 ({label})", **new,
                             "identical_to_old": same})
                Path(f"{tmp}/old.json").unlink()
                Path(f"{tmp}/new.json").unlink()
            for j in jobs:
                result = measured(geodata("extract", str(folder), "--format", "jsonl", "--output", f"{tmp}/e.jsonl",
                                          "--jobs", str(j)))
                rows.append({"articles": count, "what": f"extract jsonl --jobs {j}", **result})
            if store:
                db = f"{tmp}/store.sqlite"
                rows.append({"articles": count, "what": f"add --jobs {max(jobs)}",
                             **measured(geodata("add", str(folder), "--db", db, "--jobs", str(max(jobs))),
                                        env={"GEODATA_SEEDS": f"{tmp}/no-seeds"})})
                rows.append({"articles": count, "what": "list", **measured(geodata("list", "--db", db))})
                rows.append({"articles": count, "what": "export jsonl",
                             **measured(geodata("export", "--db", db, "--format", "jsonl", "--output",
                                                f"{tmp}/x.jsonl"))})
        for row in rows[-10:]:
            if row["articles"] == count and "printed" not in row:
                row["printed"] = True
                rate = row["articles"] / row["seconds"] if row["seconds"] else 0
                print(f"{row['articles']:>8,}  {row['what']:<40} {row['seconds']:>9.1f} s {row['cpu_seconds']:>9.1f} s "
                      f"{rate:>8.1f}/s "
                      f"{row['peak_mb']:>7,} MB {row['peak_rss_mb']:>7,} MB  exit {row['exit_code']}  "
                      f"{row['summary'][:70]}", flush=True)
    for row in rows:
        row.pop("printed", None)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--words", type=int, default=300, help="words per synthetic article (default: 300)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--compare", metavar="REV", help="also run the commit REV's extract, side by side")
    parser.add_argument("--compare-max", type=int, default=10_000,
                        help="largest size to run the old commit on (it holds everything in memory)")
    parser.add_argument("--store", action="store_true", help="also time add, list and export of a store")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{'articles':>8}  {'command':<40} {'wall':>11} {'CPU':>11} {'rate':>10} {'peak PSS':>10} {'peak RSS':>10}")
    rows = run(args.sizes, args.words, args.jobs, args.compare, args.compare_max, args.store)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
