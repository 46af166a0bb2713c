"""Precision and recall of the events extracted from the seeds, against the hand-read table.

    python benchmarks/eval_seeds.py [SEEDS_FOLDER]

The reference is ``tests/gold/seed_events.json`` (asserted whole by
``tests/events/test_seed_events.py``), read by hand from the articles. Three measures,
each over (multi)sets of items:

* locations: (article, place) — is every place the articles report an event at found,
  and nothing else?
* events: (article, place, event type, sub-event type, date, time precision) — the same,
  with what happened and when;
* figures: (article, place, killed or wounded, low, high, qualifier, scope) — every
  casualty figure, with its bounds, to the right place.

For scale, ``baseline`` scores locations the naive way: every place (role
``location``) named in a sentence that has an event cue word, once per article.

The seeds are also the set the rules were developed on: these figures say the extractor
reproduces the hand reading, not how it does on unseen text (``tests/events/test_events.py``
holds wire-style sentences about other towns for that).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geodata.pipeline import extract  # noqa: E402
from tests.helpers import event_row as row, seed_events  # noqa: E402

EXPECTED = seed_events()

# Positions in a row of EXPECTED (see tests/helpers.py, event_row).
ARTICLE, START, SURFACE, PLACE, TYPE, SUB, DATE, TIME, GEO, KL, KH, WL, WH, QUALIFIER, SCOPE = range(15)


def locations(rows) -> Counter:
    return Counter((r[ARTICLE], r[PLACE]) for r in rows)


def events(rows) -> Counter:
    return Counter((r[ARTICLE], r[PLACE], r[TYPE], r[SUB], r[DATE], r[TIME]) for r in rows)


def figures(rows) -> Counter:
    out: Counter = Counter()
    for r in rows:
        for kind, low, high in (("killed", r[KL], r[KH]), ("wounded", r[WL], r[WH])):
            if low is not None or high is not None:
                out[(r[ARTICLE], r[PLACE], kind, low, high, r[QUALIFIER], r[SCOPE])] += 1
    return out


def score(got: Counter, want: Counter) -> dict:
    hits = sum((got & want).values())
    found, expected = sum(got.values()), sum(want.values())
    return {"expected": expected, "found": found, "correct": hits,
            "precision": hits / found if found else 1.0, "recall": hits / expected if expected else 1.0}


def baseline(result) -> Counter:
    """(article, place) for every place named in a sentence with a cue word, once per article."""
    from geodata.events.cues import scan_cues
    from geodata.text.sentences import split_sentences

    out = set()
    for article in result.articles:
        cued = {s.index for s in split_sentences(article) if scan_cues(article.text, None, s.start, s.end)}
        out |= {(article.id[:3], m.name) for m in result.mentions
                if m.article_id == article.id and m.role == "location" and m.sentence in cued}
    return Counter(out)


def evaluate(folder: str | Path = ROOT / "seeds") -> dict[str, dict]:
    """The three measures for the events extracted from ``folder``, and the baseline's locations."""
    result = extract([folder])
    got = [row(e) for e in result.events]
    scores = {name: score(measure(got), measure(EXPECTED))
              for name, measure in (("locations", locations), ("events", events), ("figures", figures))}
    scores["baseline"] = score(baseline(result), Counter(set(locations(EXPECTED))))
    return scores


def table(results: dict[str, dict]) -> str:
    lines = ["measure     expected  found  correct  precision  recall"]
    for name, r in results.items():
        lines.append(f"{name:<11} {r['expected']:>8} {r['found']:>6} {r['correct']:>8} "
                     f"{r['precision']:>10.3f} {r['recall']:>7.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(table(evaluate(args[0] if args else ROOT / "seeds")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
