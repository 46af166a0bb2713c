"""Score the extractor on the held-out articles of benchmarks/heldout/articles.json.

    .venv/bin/python benchmarks/eval_heldout.py [--verbose] [--unseen] [SET.json]

SET.json defaults to this set; ``benchmarks/otherwars/articles.json`` (wars other than
Iraq, same schema) is scored the same way.

The set is 40 short articles written in the manner of 2004-2008 conflict
reporting (wire copy with datelines, broadsheet prose, encyclopedia entries)
about Iraq, Afghanistan, Pakistan, Lebanon, Gaza and the West Bank, Somalia,
Sri Lanka, Darfur and Chechnya. Each lists every place mention in text order as
[surface, country] and the event records an ACLED/IBC coder would make. They
were written and annotated independently, by someone who had not tuned the
extractor, before the extractor was ever run on them, and the annotations
must not be changed to fit its output.

Its first run, before any change to the extractor, is the held-out figure:
places precision 0.958 / recall 0.890, event locations 0.519 / 0.636, casualty
figures all right on 0.660 of matched events. Rules changed since then were
written with its failures in view (as general rules, each with test sentences
of its own), so later scores on this set are optimistic: a fresh set is the
next honest measure.

Scores:
  1. place mentions: multiset match on (surface, country) per article, a possessive ending
     ("Iraq's") read as the name alone;
  2. event locations: an expected event matches a report of the same article
     whose location_text (or gazetteer location, or another way the article writes the same
     gazetteer place: "Kostiantynivka" and "Kostyantynivka") equals its location surface,
     ignoring case and a leading "the", with the same country;
  3. casualty figures: of matched expected events giving a killed or wounded
     figure, how many have all four of killed_low/killed_high/wounded_low/
     wounded_high right; and count_qualifier accuracy on matched events;
  4. event type accuracy on matched events;
  5. per article, the killings its reports count (their ``fatalities``) against the annotated
     total: ``true_local_killed`` where the set gives it, else the sum of the annotated local
     events' low killed figures (equal, over, under).
With --verbose every miss and false positive is listed per article. With --unseen only the passages no other set
under benchmarks/ holds (the same address, or the same opening words) are scored: a helper that collects a set sees a
few recent sets only, and a report it picks may be one an older set holds, whose misses the rules were written from.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geodata.places.gazetteer import load_gazetteer  # noqa: E402
from geodata.io.corpus import article_from_text  # noqa: E402
from geodata.models import Article  # noqa: E402
from geodata.pipeline import analyse  # noqa: E402

DATA = Path(__file__).resolve().parent / "heldout" / "articles.json"
FIGURES = ("killed_low", "killed_high", "wounded_low", "wounded_high")


def load(path: Path = DATA) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _keys(item: dict) -> list[str]:
    """What makes two passages one report: its address, and its first 80 characters with spaces folded."""
    return [" ".join(item["text"].split())[:80], *([item["url"]] if item.get("url") else [])]


def held_elsewhere(path: Path) -> dict[str, str]:
    """The keys (:func:`_keys`) of every other set's passages under the folder ``path``'s set lies in, each with the
    set and id that hold it."""
    seen: dict[str, str] = {}
    here = path.resolve()
    for other in sorted(here.parent.parent.glob("*/articles.json")):
        if other.resolve() != here:
            for item in load(other):
                for key in _keys(item):
                    seen.setdefault(key, f"{other.parent.name} {item['id']}")
    return seen


def unseen(items: list[dict], path: Path) -> tuple[list[dict], list[str]]:
    """The passages of ``items`` (the set at ``path``) no other set holds, and a line for each it drops."""
    seen = held_elsewhere(path)
    kept, dropped = [], []
    for item in items:
        other = next((seen[k] for k in _keys(item) if k in seen), None)
        if other is None:
            kept.append(item)
        else:
            dropped.append(f"{item['id']} (also {other})")
    return kept, dropped


def to_article(item: dict) -> Article:
    """The passage as a user's article: read by the same reader as the command line and the dashboard
    (its title taken from the first line, its body from the text), with the set's outlet and date."""
    return article_from_text(item["text"], id=item["id"], file=f"{item['id']}.txt",
                             meta={"outlet": item["outlet"], "published": item["published"]})


def norm(surface: str) -> str:
    s = bare(re.sub(r"\s+", " ", surface).strip().casefold())
    return s[4:] if s.startswith("the ") else s


def bare(surface: str) -> str:
    """A place's words without a possessive ending: the latest sets write "Iraq's" where the held-out set and
    the rest write "Iraq" (and the extractor reads "Iraq"); both are scored alike."""
    return _POSSESSIVE_RE.sub("", surface)


_POSSESSIVE_RE = re.compile(r"['’]s?$")


def has_figure(event: dict) -> bool:
    return any(event.get(k) is not None for k in FIGURES)


def match_events(want: list[dict], got: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pair expected events with reports on (location, country); same event type first. Among the
    reports at one place, the one that agrees best is taken: the same killed figure, the same
    scope, a figure where one is expected."""
    pairs: list[tuple[dict, dict]] = []
    left = list(got)
    missed: list[dict] = []

    def same_place(e: dict, r: dict) -> bool:
        names = {norm(name) for name in _names(r)}
        return norm(e["location"]) in names and e["country"] == r.get("country")

    def best(e: dict, found: list[dict]) -> dict | None:
        def agreement(r: dict) -> tuple[bool, bool, bool]:
            return (r.get("killed_low") == e.get("killed_low"), r.get("scope") == e.get("scope", "local"),
                    has_figure(r) == has_figure(e))
        return max(found, key=agreement, default=None)  # max keeps the first of equals

    # Two passes so that, where one place has several events, types pair up first.
    pending = []
    for e in want:
        hit = best(e, [r for r in left if same_place(e, r) and r.get("event_type") == e["event_type"]])
        if hit is None:
            pending.append(e)
        else:
            pairs.append((e, hit))
            left.remove(hit)
    for e in pending:
        hit = best(e, [r for r in left if same_place(e, r)])
        if hit is None:
            missed.append(e)
        else:
            pairs.append((e, hit))
            left.remove(hit)
    return pairs, missed, left


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def _fig(d: dict) -> str:
    k = f"{d.get('killed_low')}-{d.get('killed_high')}"
    w = f"{d.get('wounded_low')}-{d.get('wounded_high')}"
    return f"k {k} w {w} [{d.get('count_qualifier')}]"


@dataclass
class _Checked:
    figures: int = 0
    figures_ok: int = 0
    qualifiers_ok: int = 0
    types_ok: int = 0
    bad: list[str] = field(default_factory=list)


def _check_pairs(pairs: list[tuple[dict, dict]]) -> _Checked:
    """Figures, qualifier and type of each matched (expected, extracted) event."""
    out = _Checked()
    bad = out.bad
    for e, r in pairs:
        if has_figure(e):
            out.figures += 1
            if all(e[k] == r.get(k) for k in FIGURES):
                out.figures_ok += 1
            else:
                bad.append(f"    figures   {e['location']}: want {_fig(e)}, got {_fig(r)}")
        if e["count_qualifier"] == (r.get("count_qualifier") or ""):
            out.qualifiers_ok += 1
        elif not has_figure(e) or all(e[k] == r.get(k) for k in FIGURES):
            bad.append(f"    qualifier {e['location']}: want {e['count_qualifier']!r}, "
                       f"got {r.get('count_qualifier')!r}")
        if e["event_type"] == r.get("event_type"):
            out.types_ok += 1
        else:
            bad.append(f"    type      {e['location']}: want {e['event_type']}, got {r.get('event_type')}")
    return out


def _print_misses(item: dict, want_p: list, got_p: list, missed: list, extra: list, bad: list[str]) -> None:
    miss_p = Counter(want_p) - Counter(got_p)
    extra_p = Counter(got_p) - Counter(want_p)
    if not (miss_p or extra_p or missed or extra or bad):
        return
    print(f"{item['id']} ({item['outlet']}, {item['published']})")
    for (s, c), n in miss_p.items():
        print(f"    place miss  {s!r} {c}" + (f" x{n}" if n > 1 else ""))
    for (s, c), n in extra_p.items():
        print(f"    place extra {s!r} {c}" + (f" x{n}" if n > 1 else ""))
    for e in missed:
        print(f"    event miss  {e['location']!r} {e['country']} {e['event_type']} {_fig(e)}")
    for r in extra:
        print(f"    event extra {r.get('location_text')!r} {r.get('country')} "
              f"{r.get('event_type')} {_fig(r)}")
    for line in bad:
        print(line)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    rest = [a for a in argv if not a.startswith("-")]
    path = Path(rest[0]) if rest else DATA
    items = load(path)
    if "--unseen" in argv:
        items, dropped = unseen(items, path)
        print(f"unseen: {len(items)} passages scored; {len(dropped)} held by another set left out"
              + (f": {', '.join(dropped)}" if dropped else ""))
    articles = [to_article(i) for i in items]
    mentions, reports = analyse(articles, gazetteer=load_gazetteer())

    got_places: dict[str, list[tuple[str, str]]] = {i["id"]: [] for i in items}
    for m in mentions:
        got_places[m.article_id].append((bare(m.surface), m.country))
    got_events: dict[str, list[dict]] = {i["id"]: [] for i in items}
    for r in reports:
        got_events[r.event.article_id].append(r.event.to_dict())
    # A report is at a gazetteer place: every way its article writes that place names it
    # ("Kostiantynivka" in the lead, "Kostyantynivka" in the quote that gives the toll).
    written: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        written.setdefault((m.article_id, m.place_id), set()).add(m.surface)
    for aid, reports_of in got_events.items():
        for r in reports_of:
            r["written"] = sorted(written.get((aid, r["place_id"]), ()))

    p_exp = p_found = p_ok = 0
    e_exp = e_found = e_ok = 0
    fig_n = fig_ok = qual_ok = type_ok = 0
    for item in items:
        aid = item["id"]
        want_p = [(bare(p[0]), p[1]) for p in item["places"]]
        got_p = got_places[aid]
        common = Counter(want_p) & Counter(got_p)
        p_exp += len(want_p)
        p_found += len(got_p)
        p_ok += sum(common.values())

        pairs, missed, extra = match_events(item["events"], got_events[aid])
        e_exp += len(item["events"])
        e_found += len(got_events[aid])
        e_ok += len(pairs)
        checked = _check_pairs(pairs)
        fig_n, fig_ok = fig_n + checked.figures, fig_ok + checked.figures_ok
        qual_ok, type_ok = qual_ok + checked.qualifiers_ok, type_ok + checked.types_ok
        bad = checked.bad

        if verbose:
            _print_misses(item, want_p, got_p, missed, extra, bad)

    if verbose:
        print()
    print(f"{'held-out set' if path == DATA else path.parent.name + ' set'}: {len(items)} articles")
    print(f"{'':18} {'expected':>8} {'found':>6} {'correct':>8} {'precision':>9} {'recall':>7}")
    print(f"{'place mentions':18} {p_exp:8} {p_found:6} {p_ok:8} {_ratio(p_ok, p_found):>9} {_ratio(p_ok, p_exp):>7}")
    print(f"{'event locations':18} {e_exp:8} {e_found:6} {e_ok:8} {_ratio(e_ok, e_found):>9} {_ratio(e_ok, e_exp):>7}")
    print(f"casualty figures all right: {fig_ok}/{fig_n} ({_ratio(fig_ok, fig_n)}) of matched events with a figure")
    print(f"count qualifier right:      {qual_ok}/{e_ok} ({_ratio(qual_ok, e_ok)}) of matched events")
    print(f"event type right:           {type_ok}/{e_ok} ({_ratio(type_ok, e_ok)}) of matched events")
    _print_figures(items, got_events, verbose)
    _print_totals(items, got_events, verbose)
    return 0


def _names(report: dict) -> list[str]:
    """The names a report's place goes by: its words, its gazetteer name, and every other way its
    article writes the same gazetteer place."""
    return [report.get("location_text") or "", report.get("location") or "", *report.get("written", ())]


def _killed_at(event: dict) -> tuple[str, str, int] | None:
    """A local killed figure as (place, country, low bound): what the figure score pairs up."""
    if event.get("scope", "local") != "local" or event.get("cumulative") or event.get("killed_low") is None:
        return None
    return norm(event["location"]), event["country"], event["killed_low"]


def _print_figures(items: list[dict], got_events: dict[str, list[dict]], verbose: bool = False) -> None:
    """Killed figures with the right value at the right place: each annotated local event's low
    killed figure against the reports that count (``fatalities`` set), paired on (place, country,
    value); a report's place is its words or its gazetteer name."""
    expected = found = right = 0
    for item in items:
        want = Counter(k for k in map(_killed_at, item["events"]) if k)
        got: list[set[tuple[str, str, int]]] = []
        for r in got_events[item["id"]]:
            if r["scope"] == "local" and r["fatalities"] and r.get("killed_low") is not None:
                got.append({(norm(name), r["country"], r["killed_low"])
                            for name in _names(r)})
        expected += sum(want.values())
        found += len(got)
        left = Counter(want)
        for names in got:
            hit = next((k for k in names if left[k] > 0), None)
            if hit:
                left[hit] -= 1
                right += 1
            elif verbose:
                print(f"    {item['id']}: extracted {sorted(names)[0]} is not an annotated figure")
        if verbose:
            for key, n in (+left).items():
                print(f"    {item['id']}: annotated {key} not found")
    print(f"killed figures at their place: {right}/{expected} found ({_ratio(right, expected)}), "
          f"{right}/{found} of extracted right ({_ratio(right, found)})")


def annotated_local_killed(item: dict) -> int:
    """The article's people killed in local events, each counted once: ``true_local_killed`` where
    the set gives it, else the sum of its annotated local events' conservative killed (the low
    bound; "up to" and vague tolls count 0)."""
    if "true_local_killed" in item:
        return item["true_local_killed"]
    return sum(e.get("killed_low") or 0 for e in item["events"]
               if e.get("scope", "local") == "local" and not e.get("cumulative"))


def _print_totals(items: list[dict], got_events: dict[str, list[dict]], verbose: bool = False) -> None:
    """Within each article: the killings its reports count (their ``fatalities``: a report whose
    killings are counted elsewhere, or that is not local, has none) against the annotated total."""
    totals = [(item["id"], annotated_local_killed(item), sum(e["fatalities"] or 0 for e in got_events[item["id"]]
                                                              if e["scope"] == "local"))
              for item in items]
    right = sum(got == want for _, want, got in totals)
    over = sum(got > want for _, want, got in totals)
    under = sum(got < want for _, want, got in totals)
    print(f"local killed per article:   {right}/{len(totals)} equal to the annotated total, "
          f"{over} over it, {under} under it (annotated {sum(w for _, w, _ in totals)}, "
          f"extracted {sum(g for _, _, g in totals)})")
    if verbose:
        for aid, want, got in totals:
            if got != want:
                print(f"    {aid}: annotated {want}, extracted {got}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
