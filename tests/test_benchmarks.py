import json
import random
from pathlib import Path

import pytest

from benchmarks.bench_extract import run, table
from benchmarks.eval_heldout import unseen
from benchmarks.make_articles import make_article, write_articles
from geodata.io.corpus import read_corpus
from geodata.pipeline import extract


def test_make_article_is_deterministic_for_a_seed():
    assert make_article(random.Random(7), 300) == make_article(random.Random(7), 300)
    assert make_article(random.Random(7), 300) != make_article(random.Random(8), 300)


@pytest.mark.parametrize("words", [300, 800])
def test_make_article_has_about_the_requested_words(words):
    article = make_article(random.Random(1), words)
    assert abs(len(article.split()) - words) <= words * 0.1


def test_make_article_is_headline_blank_line_paragraphs():
    headline, blank, first, *rest = make_article(random.Random(1), 300).split("\n")
    assert headline and blank == "" and first


def test_generated_folder_reads_and_every_article_has_a_mention(tmp_path):
    paths = write_articles(tmp_path, count=5, words=300, seed=1)
    assert [p.name for p in paths] == [f"0000{i}.txt" for i in range(5)]
    articles, errors = read_corpus([tmp_path])
    assert errors == []
    assert len(articles) == 5 and all(a.outlet != "unknown" and a.published for a in articles)
    result = extract([tmp_path])
    assert {m.article_id for m in result.mentions} == {a.id for a in articles}
    for m in result.mentions:
        text = next(a.text for a in articles if a.id == m.article_id)
        assert text[m.start_char : m.end_char] == m.surface


def test_bench_summary_has_the_expected_keys(tmp_path):
    summary = run(3, 100, tmp_path, repeat=1)
    assert list(summary) == ["machine", "corpus", "gazetteer", "whole_process", "whole_process_places_only",
                             "plain_matcher", "in_process", "checks"]
    assert set(summary["gazetteer"]) == {"import_s", "load_s", "rss_mb", "tracemalloc_peak_mb", "runs"}
    assert {"seconds", "articles_per_s", "words_per_s", "exit_code"} <= set(summary["whole_process"])
    assert {"seconds", "articles_per_s", "words_per_s", "mentions"} <= set(summary["in_process"])
    assert summary["corpus"]["articles"] == summary["in_process"]["articles"] == 3
    for run_ in ("whole_process", "whole_process_places_only", "plain_matcher"):
        assert summary[run_]["exit_code"] == 0, summary[run_]
    assert summary["in_process"]["reports"] > 0
    assert [c["metric"] for c in summary["checks"]] == [
        "gazetteer load (s, median)",
        "gazetteer import (s, median)",
        "gazetteer RSS growth (MB)",
        "gazetteer tracemalloc peak (MB)",
        "whole process, places only (articles/s)",
        "whole process, places and events (articles/s)",
        "whole process, plain regex matcher (articles/s)",
        "whole process (words/s)",
        "in-process places only (articles/s, best)",
        "in-process places and events (articles/s, best)",
        "in-process places and events (words/s, best)",
    ]
    assert {c["result"] for c in summary["checks"]} <= {"PASS", "FAIL", ""}
    assert len(table(summary).splitlines()) == 2 + len(summary["checks"])


def test_plain_matcher_finds_names_in_capitalised_runs():
    from benchmarks.plain_matcher import matches
    from geodata.places.gazetteer import load_gazetteer

    found = matches("Bombs hit Baghdad and Kirkuk on Monday, Reuters said.", load_gazetteer())
    assert [key for _, _, key in found] == ["baghdad", "kirkuk"]


def test_bench_scale_measures_a_command_and_its_workers(tmp_path):
    import sys

    from benchmarks.bench_scale import measured

    # A parent whose child holds 60 MB: the peak is of the whole tree, the CPU includes the child's.
    child = "x = b'x' * 60_000_000; import time; time.sleep(0.6); sum(range(3_000_000))"
    parent = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}], check=True)"
    result = measured([sys.executable, "-c", parent])
    assert result["exit_code"] == 0
    assert result["peak_mb"] >= 60 and result["peak_rss_mb"] >= result["peak_mb"]
    assert result["cpu_seconds"] > 0.05


DEV_SETS = sorted((Path(__file__).resolve().parent.parent / "benchmarks").glob("*/articles.json"))


@pytest.mark.parametrize("path", DEV_SETS, ids=lambda p: p.parent.name)
def test_each_development_set_is_well_formed(path):
    """Every passage has its text, places and events; every place and event location is written in its
    text as annotated; a local killed total, where given, is a whole number."""
    items = json.loads(path.read_text(encoding="utf-8"))
    assert items and len({i["id"] for i in items}) == len(items)
    for item in items:
        low = item["text"].lower()
        assert item["text"].strip() and {"places", "events", "outlet", "published"} <= set(item)
        assert all(surface.lower() in low and len(country) == 2 for surface, country in item["places"])
        for event in item["events"]:
            assert not event["location"] or event["location"].lower() in low, (item["id"], event["location"])
            assert event.get("scope", "local") in ("local", "operation", "national")
        assert isinstance(item.get("true_local_killed", 0), int) and item.get("true_local_killed", 0) >= 0


def test_a_passage_another_set_holds_is_left_out_of_the_unseen_score(tmp_path):
    def write(name, items):
        (tmp_path / name).mkdir()
        path = tmp_path / name / "articles.json"
        path.write_text(json.dumps(items), encoding="utf-8")
        return path

    write("older", [{"id": "o1", "url": "https://example.org/a", "text": "Gunmen killed four people in Kirkuk."},
                    {"id": "o2", "text": "A  bomb   killed two people in Mosul on Monday."}])
    items = [{"id": "n1", "url": "https://example.org/a", "text": "Another cut of the Kirkuk report."},
             {"id": "n2", "text": "A bomb killed two people in Mosul on Monday."},
             {"id": "n3", "url": "https://example.org/b", "text": "Shelling killed nine people in Kharkiv."}]
    kept, dropped = unseen(items, write("newer", items))
    assert [i["id"] for i in kept] == ["n3"]
    assert dropped == ["n1 (also older o1)", "n2 (also older o2)"]
