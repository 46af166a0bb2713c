"""Per-core speed of the analysis, two versions side by side.

    python benchmarks/bench_percore.py 9234bc1 HEAD
    python benchmarks/bench_percore.py --count 200 --passes 4 --rounds 4 --callgrind 60 f48b0ca .

Each version is a git revision (checked out in a worktree under ``benchmarks/out/``) or a folder
that holds a ``geodata`` package. Both analyse the same synthetic articles (``make_articles.py``)
with ``geodata.analyse``, after the gazetteer is loaded and five other articles analysed:

- time: ``--rounds`` processes of each version, alternating, each the best process CPU time of
  ``--passes`` passes over the articles; the median of the processes' bests is reported, and the
  ratio of the medians (old / new: above 1 the second version is quicker);
- instructions (with ``--callgrind N`` and valgrind installed): instructions counted by
  ``valgrind --tool=callgrind`` for the first N articles, less a run that only loads and warms up,
  per article, with one hash seed. The machine's load does not move this count, where it moves times
  by a third on a shared machine.

``--json FILE`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
_WARM = 5  # articles analysed before anything is measured


def source_root(version: str) -> Path:
    """The folder holding ``geodata`` for ``version``: the folder itself, or a worktree of a revision."""
    path = Path(version)
    if (path / "geodata" / "__init__.py").is_file():
        return path.resolve()
    rev = subprocess.run(["git", "rev-parse", "--short", version], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.strip()
    tree = OUT / f"worktree-{rev}"
    if not tree.exists():
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), rev], cwd=ROOT, check=True,
                       capture_output=True)
    return tree


def corpus(count: int, words: int, seed: int) -> Path:
    """The synthetic articles (``count`` to be measured and ``_WARM`` more), written once and reused."""
    folder = OUT / f"percore-{count}-{words}-{seed}"
    if not (folder / f"{count + _WARM - 1:05d}.txt").exists():
        sys.path.insert(0, str(ROOT))
        from benchmarks.make_articles import write_articles

        if folder.exists():
            shutil.rmtree(folder)
        write_articles(folder, count=count + _WARM, words=words, seed=seed)
    return folder


def child(folder: Path, count: int, passes: int) -> dict:
    """In the measured process: load, warm up, then ``passes`` passes over ``count`` articles."""
    import geodata
    from geodata.io.corpus import read_corpus
    from geodata.pipeline import analyse
    from geodata.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    articles, _errors = read_corpus([folder])
    articles = sorted(articles, key=lambda a: a.id)
    measured, warm = articles[:count], articles[count:count + _WARM]
    analyse(warm, gazetteer=gazetteer)
    times = []
    for _ in range(passes):
        started = time.process_time()
        analyse(measured, gazetteer=gazetteer)
        times.append(time.process_time() - started)
    return {"package": str(Path(geodata.__file__).parent), "times": times}


def _run_child(root: Path, folder: Path, count: int, passes: int, valgrind: bool = False) -> tuple[dict, str]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder), "--count", str(count),
               "--passes", str(passes)]
    if valgrind:
        command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
    env = dict(os.environ, PYTHONPATH=str(root))
    if valgrind:
        env["PYTHONHASHSEED"] = "0"  # the same hashes, and so the same dictionaries, in every count
    done = subprocess.run(command, cwd=root, env=env, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if Path(result["package"]).resolve() != (root / "geodata").resolve():
        raise SystemExit(f"{root}: imported geodata from {result['package']}")
    return result, done.stderr


def instructions(root: Path, folder: Path, count: int) -> float:
    """Instructions an article: a run over ``count`` articles less a run that only loads and warms up."""
    counted = []
    for n, passes in ((count, 1), (0, 0)):
        _result, log = _run_child(root, folder, n, passes, valgrind=True)
        counted.append(int(re.search(r"Collected : ([\d,]+)", log).group(1).replace(",", "")))
    return (counted[0] - counted[1]) / count


def main(argv: list[str] | None = None) -> dict | None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("versions", nargs="*", metavar="VERSION",
                        help="two git revisions or folders holding geodata: the old, then the new")
    parser.add_argument("--count", type=int, default=200, help="articles measured (default: 200)")
    parser.add_argument("--words", type=int, default=800, help="words an article (default: 800)")
    parser.add_argument("--seed", type=int, default=1, help="the articles' random seed (default: 1)")
    parser.add_argument("--passes", type=int, default=4, help="passes in one process; its best counts (default: 4)")
    parser.add_argument("--rounds", type=int, default=4, help="processes of each version, alternating (default: 4)")
    parser.add_argument("--callgrind", type=int, default=0, metavar="N",
                        help="also count instructions over the first N articles (needs valgrind; slow)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.count, args.passes)))
        return None
    if len(args.versions) != 2:
        parser.error("give two versions: the old, then the new")
    roots = [source_root(v) for v in args.versions]
    folder = corpus(args.count, args.words, args.seed)
    bests: list[list[float]] = [[], []]
    for _ in range(args.rounds):
        for k, root in enumerate(roots):
            result, _log = _run_child(root, folder, args.count, args.passes)
            bests[k].append(min(result["times"]))
    summary = {"articles": args.count, "words": args.words, "passes": args.passes, "rounds": args.rounds,
               "versions": {}}
    for version, best in zip(args.versions, bests):
        summary["versions"][version] = {"best_s": best, "median_best_s": statistics.median(best)}
    medians = [statistics.median(b) for b in bests]
    summary["time_ratio"] = medians[0] / medians[1]
    if args.callgrind:
        if shutil.which("valgrind") is None:
            print("valgrind not found: no instruction counts", file=sys.stderr)
        else:
            counts = [instructions(root, folder, min(args.callgrind, args.count)) for root in roots]
            for version, n in zip(args.versions, counts):
                summary["versions"][version]["instructions_per_article"] = n
            summary["instruction_ratio"] = counts[0] / counts[1]
    for version, figures in summary["versions"].items():
        line = f"{version}: median best {figures['median_best_s']:.3f} s (" + \
            ", ".join(f"{b:.3f}" for b in figures["best_s"]) + ")"
        if "instructions_per_article" in figures:
            line += f"; {figures['instructions_per_article'] / 1e6:.1f}M instructions an article"
        print(line)
    print(f"old / new: {summary['time_ratio']:.3f} by time" + (
        f", {summary['instruction_ratio']:.3f} by instructions" if "instruction_ratio" in summary else ""))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return summary


if __name__ == "__main__":
    main()
