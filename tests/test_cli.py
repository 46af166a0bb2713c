"""The geodata command line, run in-process as a user would call it."""

import json
import shutil
from pathlib import Path

import pytest

from geodata.cli import main

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture
def corpus(tmp_path):
    """Two seed articles and their manifest, plus one empty and one binary file."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("000_45552ef480e63792.txt", "004_b394796c3655e125.txt", "sources.csv"):
        shutil.copy(SEEDS / name, folder / name)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    return folder


def test_extract_json_keeps_going_past_bad_files(corpus, capsys):
    assert main(["extract", str(corpus)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert sorted(data) == ["articles", "errors", "events", "mentions"]
    assert [a["id"] for a in data["articles"]] == ["000_45552ef480e63792", "004_b394796c3655e125"]
    assert {a["outlet"] for a in data["articles"]} == {"News Line", "Socialist Worker"}
    assert {m["article_id"] for m in data["mentions"]} == {a["id"] for a in data["articles"]}
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    # The copied manifest still names the three seeds left behind: one line each.
    assert sum("sources.csv" in e and "missing file" in e for e in errors) == 3
    assert len(errors) == 5
    assert any("empty.txt" in e and "empty" in e.split("empty.txt", 1)[1] for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)


def test_places_only_gives_the_same_mentions_and_no_events(corpus, capsys):
    assert main(["extract", str(corpus)]) == 0
    full = json.loads(capsys.readouterr().out)
    assert main(["extract", str(corpus), "--places-only"]) == 0
    out, err = capsys.readouterr()
    places = json.loads(out)
    assert full["events"] and places["events"] == []
    assert places["mentions"] == full["mentions"]
    assert "0 events" in err.splitlines()[-1]


def test_places_only_refuses_formats_without_mentions(corpus, capsys):
    assert main(["extract", str(corpus), "--places-only", "--format", "csv"]) == 2
    assert "only the json and parquet formats hold" in capsys.readouterr().err


def test_strict_fails_on_any_error(corpus, capsys):
    assert main(["extract", str(corpus), "--strict"]) == 1


def test_nothing_readable_is_a_failure(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("   \n")
    assert main(["extract", str(tmp_path)]) == 1
    assert "no article could be read" in capsys.readouterr().err


def test_output_file_and_formats(corpus, tmp_path, capsys):
    for fmt in ("json", "csv", "geojson"):
        target = tmp_path / f"out.{fmt}"
        assert main(["extract", str(corpus), "--format", fmt, "--output", str(target)]) == 0
        text = target.read_text(encoding="utf-8")
        if fmt == "geojson":
            data = json.loads(text)
            assert data["type"] == "FeatureCollection"
            for feature in data["features"]:
                lon, lat = feature["geometry"]["coordinates"]
                assert -180 <= lon <= 180 and -90 <= lat <= 90
        elif fmt == "csv":
            assert text.splitlines()[0].count(",") > 5
    assert capsys.readouterr().out == ""


def test_single_files_without_manifest(tmp_path, capsys):
    article = tmp_path / "report.txt"
    article.write_text("Clashes in Baqubah\n\nGunmen killed four policemen in Baqubah on Tuesday.\n")
    assert main(["extract", str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"][0]["title"] == "Clashes in Baqubah"
    assert data["articles"][0]["outlet"] == "unknown"
    assert [m["surface"] for m in data["mentions"]] == ["Baqubah", "Baqubah"]


def test_places_lists_matches_with_scores_and_sources(capsys):
    assert main(["places", "Nasariyah", "--country", "IQ"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "Nasiriyah" in first and "fuzzy" in first and "GeoNames 98854" in first


def test_places_unknown_name(capsys):
    assert main(["places", "Xqzzyville"]) == 1
    assert "no place matches" in capsys.readouterr().err


def test_store_commands_round_trip(tmp_path, capsys):
    db = str(tmp_path / "store.sqlite")
    page = tmp_path / "baquba.html"
    page.write_text(
        "<html><head><title>Clashes in Baquba</title><script>alert(1)</script></head><body><article>"
        "<p>Gunmen killed 12 people in Baquba on Monday, police said, in the deadliest attack in "
        "Diyala province this month.</p></article></body></html>", encoding="utf-8")
    assert main(["list", "--db", db]) == 0
    seeded = capsys.readouterr().out.splitlines()
    assert len(seeded) == 5 and all("\tseed\t" in line for line in seeded)

    assert main(["add", str(page), "--outlet", "Reuters", "--published", "2007-03-12", "--db", db]) == 0
    assert capsys.readouterr().out == "added baquba\n"
    assert main(["add", str(page), "--db", db]) == 0  # the same text again
    assert "already in the store as baquba" in capsys.readouterr().err

    assert main(["export", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    added = [a for a in data["articles"] if a["id"] == "baquba"]
    assert added[0]["outlet"] == "Reuters" and "<" not in added[0]["text"]
    baquba = [e for e in data["events"] if e["article_id"] == "baquba"]
    assert [(e["location"], e["killed_low"], e["event_date"]) for e in baquba] == [("Baqubah", 12, "2007-03-12")]

    assert main(["remove", "baquba", "--db", db]) == 0
    assert main(["remove", "baquba", "--db", db]) == 1
    assert main(["reextract", "--db", db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "re-extracted 5 articles"


def test_add_refuses_bad_files_with_a_reason(tmp_path, capsys):
    db = str(tmp_path / "store.sqlite")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["add", str(empty), "--db", db]) == 1
    assert "empty.txt" in capsys.readouterr().err


# -- output that cannot be written (L5) ----------------------------------------------------------

@pytest.mark.parametrize("where", ["missing-dir", "a-directory", "/dev/full"])
def test_an_output_that_cannot_be_written_is_one_line_and_exit_3(corpus, tmp_path, capsys, where):
    target = {"missing-dir": tmp_path / "nowhere" / "x.json", "a-directory": tmp_path,
              "/dev/full": Path("/dev/full")}[where]
    if where == "/dev/full" and not target.exists():
        pytest.skip("no /dev/full here")
    assert main(["extract", str(corpus), "-o", str(target)]) == 3
    err = capsys.readouterr().err.splitlines()
    failure = [line for line in err if line.startswith("geodata:")]
    assert len(failure) == 1 and str(target) in failure[0] and "cannot write" in failure[0]
    if where != "/dev/full":
        assert [p.name for p in tmp_path.iterdir()] == ["corpus"]  # nothing half-written


def test_export_map_into_a_missing_directory_is_exit_3(corpus, tmp_path, capsys):
    target = tmp_path / "nowhere" / "m.html"
    assert main(["export-map", str(corpus), "-o", str(target)]) == 3
    assert f"geodata: {target}: cannot write" in capsys.readouterr().err


def test_standard_output_that_cannot_be_written_is_one_line_and_exit_3(corpus):
    import subprocess
    import sys

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "geodata.cli", "extract", str(corpus)], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert "geodata: standard output: cannot write" in done.stderr


def test_an_output_file_is_replaced_whole(corpus, tmp_path, capsys):
    target = tmp_path / "events.csv"
    target.write_text("old content that is longer than nothing\n" * 1000)
    assert main(["extract", str(corpus), "--format", "csv", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("event_id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "events.csv"]


# -- the store: damaged, busy, read-only (L1, M4) ---------------------------------------------------

@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "store.sqlite"
    assert main(["list", "--db", str(path)]) == 0  # created and seeded
    capsys.readouterr()
    return path


BAD_MENTION = "UPDATE mentions SET record = '{not json' WHERE rowid = 1"
BAD_REPORT = "UPDATE reports SET record = 'null' WHERE rowid = 1"
BAD_BODY = "UPDATE articles SET body = '[[0' WHERE rowid = 2"
BAD_TEXT = "UPDATE articles SET origin = CAST(X'FF' AS TEXT) WHERE rowid = 1"


@pytest.mark.parametrize("command, damage", [
    (["list"], BAD_TEXT), (["export"], BAD_BODY), (["export"], BAD_MENTION), (["export"], BAD_REPORT),
    (["reextract"], BAD_BODY), (["export-map", "-o", "{tmp}/m.html"], BAD_MENTION),
    (["export-map", "-o", "{tmp}/m.html"], BAD_REPORT),
])
def test_a_damaged_store_is_one_line_and_exit_2(db, tmp_path, capsys, damage, command):
    import sqlite3

    con = sqlite3.connect(db)
    con.execute(damage)
    con.commit()
    con.close()
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main([*args, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"geodata: {db}: the store is damaged")


def test_list_reads_no_text_so_a_damaged_body_does_not_stop_it(db, capsys):
    import sqlite3

    con = sqlite3.connect(db)
    con.execute(BAD_BODY)
    expected = [row[0] for row in con.execute("SELECT id FROM articles ORDER BY rowid")]
    con.commit()
    con.close()
    assert main(["list", "--db", str(db)]) == 0
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == expected


def test_a_damaged_file_takes_no_write(db, capsys):
    import sqlite3

    con = sqlite3.connect(db)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reports'").fetchone()[0]
    con.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xa5" * size)
    before = db.read_bytes()
    article = db.parent / "new.txt"
    article.write_text("Clashes\n\nGunmen killed four policemen in Baqubah on Tuesday.\n")
    assert main(["add", str(article), "--db", str(db)]) == 2
    assert main(["remove", "000_45552ef480e63792", "--db", str(db)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all("the store is damaged" in line and "nothing was written" in line for line in err)
    assert db.read_bytes() == before


def test_readers_are_not_blocked_by_a_writer(db, capsys):
    import sqlite3

    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM meta WHERE key = 'nothing'")
    try:
        assert main(["list", "--db", str(db)]) == 0
        assert len(capsys.readouterr().out.splitlines()) == 5
        assert main(["export", "--db", str(db), "--format", "geojson"]) == 0
        assert json.loads(capsys.readouterr().out)["features"]
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# -- the command line's edges: metadata for extract, pages in folders, counts, filters, encodings --------

PAGE = ("<html><head><title>Clashes in Baquba</title></head><body><article>"
        "<p>Gunmen killed 12 people in Baquba on Monday, police said, in the deadliest attack in "
        "Diyala province this month.</p></article></body></html>")
ONE_EVENT = "Attack\n\nGunmen killed four policemen in Baqubah on Tuesday.\n"


def test_extract_takes_metadata_for_a_file_given_directly(tmp_path, capsys):
    article = tmp_path / "report.txt"
    article.write_text(ONE_EVENT)
    assert main(["extract", str(article), "--published", "2007-03-14", "--outlet", "Reuters",
                 "--title", "Police killed", "--url", "https://example.org/a"]) == 0
    data = json.loads(capsys.readouterr().out)
    [meta] = data["articles"]
    assert {k: meta[k] for k in ("title", "outlet", "published", "date_precision", "url")} == {
        "title": "Police killed", "outlet": "Reuters", "published": "2007-03-14", "date_precision": "day",
        "url": "https://example.org/a"}
    # The date reaches the events: "on Tuesday" is the Tuesday before Wednesday 14 March.
    assert [(e["source"], e["event_date"]) for e in data["events"]] == [("Reuters", "2007-03-13")]


def test_extract_metadata_fills_only_what_the_manifest_leaves_empty(corpus, capsys):
    (corpus / "new.txt").write_text(ONE_EVENT)  # no row in sources.csv
    assert main(["extract", str(corpus), "--outlet", "Reuters", "--published", "2007-03-14"]) == 0
    data = json.loads(capsys.readouterr().out)
    got = {a["id"]: (a["outlet"], a["published"]) for a in data["articles"]}
    assert got == {"000_45552ef480e63792": ("News Line", "2008-03-29"),
                   "004_b394796c3655e125": ("Socialist Worker", "2008-03-29"),
                   "new": ("Reuters", "2007-03-14")}


@pytest.mark.parametrize("command", ["extract", "add"])
@pytest.mark.parametrize("date, reason", [("March 2008", "unparseable date 'March 2008'"),
                                          ("2008-02-30", "impossible date '2008-02-30'"),
                                          ("9999", "implausible date '9999'")])
def test_a_bad_published_date_is_one_line_naming_the_option_and_exit_2(tmp_path, capsys, command, date, reason):
    article = tmp_path / "report.txt"
    article.write_text(ONE_EVENT)
    db = tmp_path / "store.sqlite"
    with pytest.raises(SystemExit) as stopped:
        main([command, str(article), "--published", date, *(["--db", str(db)] if command == "add" else [])])
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    [error] = [line for line in err.splitlines() if "error" in line]
    assert error.startswith(f"geodata {command}: error: argument --published: {reason}")
    assert out == "" and "Traceback" not in err and not db.exists()  # refused before anything ran


def test_a_folder_reads_text_markdown_and_pages_and_names_what_it_skips(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ONE_EVENT)
    (tmp_path / "b.md").write_text("# Basra\n\nIraqi troops entered Basra on Tuesday.\n")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "d.htm").write_text(PAGE.replace("Baquba", "Baqubah"), encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden").write_text("not shown")
    assert main(["extract", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert [(a["id"], a["title"]) for a in data["articles"]] == [
        ("a", "Attack"), ("b", "Basra"), ("c", "Clashes in Baquba"), ("d", "Clashes in Baqubah")]
    assert not any("<" in a["text"] for a in data["articles"])
    assert [line for line in err.splitlines() if line.startswith(("warning:", "error:"))] == [
        f"warning: skipped {tmp_path / 'notes.pdf'}: not an article (.txt, .md, .html)"]


def test_summary_lines_say_1_article_not_1_articles(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(ONE_EVENT.replace("Baqubah", "Basra"))
    (tmp_path / "empty.txt").write_text("")
    assert main(["extract", str(tmp_path)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == "1 article, 1 place mention, 1 event, 1 error"
    target = tmp_path / "m.html"
    assert main(["export-map", str(tmp_path / "one.txt"), "-o", str(target)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == f"{target}: 1 of 1 event"


def test_reextract_says_1_article(tmp_path, capsys):
    db = str(tmp_path / "store.sqlite")
    assert main(["list", "--db", db]) == 0
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    for article_id in ids[1:]:
        assert main(["remove", article_id, "--db", db]) == 0
    assert main(["reextract", "--db", db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "re-extracted 1 article"


def test_add_says_how_many_places_and_reports_it_found(tmp_path, capsys):
    db = str(tmp_path / "store.sqlite")
    (tmp_path / "a.txt").write_text(ONE_EVENT)
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    assert main(["add", str(tmp_path / "a.txt"), str(tmp_path / "b.html"), "--db", db]) == 0
    out, err = capsys.readouterr()
    assert out == "added a\nadded b\n"
    assert main(["export", "--db", db]) == 0
    data = json.loads(capsys.readouterr().out)
    mentions = sum(m["article_id"] in {"a", "b"} for m in data["mentions"])
    reports = sum(e["article_id"] in {"a", "b"} for e in data["events"])
    assert mentions > 2 and reports == 2
    assert err.splitlines()[-1] == f"added 2 articles: {mentions} place mentions, 2 reports"
    # Per run: adding the same texts again finds nothing new.
    assert main(["add", str(tmp_path / "a.txt"), "--db", db]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == "added 0 articles: 0 place mentions, 0 reports"


@pytest.mark.parametrize("options, keeps", [
    (["--min-killed", "30"], lambda e, k: k is not None and k >= 30),
    (["--place", "sadr"], lambda e, k: "sadr" in e.location.lower()),
    (["--place", "BASRA", "--min-killed", "100"], lambda e, k: "Basra" in e.admin1 and (k or 0) >= 100),
])
def test_export_map_takes_the_dashboards_killed_and_place_filters(tmp_path, capsys, options, keeps):
    from geodata.pipeline import extract
    from geodata.render.symbols import killed

    events = extract([SEEDS]).events
    expected = sum(keeps(e, killed(e)) for e in events)
    assert 0 < expected < len(events)  # the filter has something to keep and something to drop
    target = tmp_path / "m.html"
    assert main(["export-map", str(SEEDS), *options, "-o", str(target)]) == 0
    assert capsys.readouterr().err.splitlines()[-1] == f"{target}: {expected} of {len(events)} events"


def test_export_map_refuses_a_negative_min_killed(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["export-map", str(SEEDS), "--min-killed", "-1"])
    assert stopped.value.code == 2
    assert "argument --min-killed" in capsys.readouterr().err


WINDOWS_1252 = "Caf\u00e9 attack\n\nGunmen killed four policemen in Baqubah on Tuesday, \u201cpolice\u201d said.\n"


@pytest.mark.parametrize("command", ["extract", "add"])
def test_a_windows_1252_article_is_read_with_a_warning(tmp_path, capsys, command):
    article = tmp_path / "article.txt"
    article.write_bytes(WINDOWS_1252.encode("cp1252"))
    db = str(tmp_path / "store.sqlite")
    assert main([command, str(article), *(["--db", db] if command == "add" else [])]) == 0
    out, err = capsys.readouterr()
    assert "warning: article.txt: not UTF-8, read as Windows-1252" in err.splitlines()
    assert not [line for line in err.splitlines() if line.startswith("error:")]
    if command == "add":
        assert main(["export", "--db", db]) == 0
        out = capsys.readouterr().out
    [read] = [a for a in json.loads(out)["articles"] if a["id"] == "article"]
    assert read["text"] == WINDOWS_1252 and read["notes"] == "not UTF-8, read as Windows-1252"


def test_add_of_a_folder_reads_its_sources_csv(tmp_path, capsys):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    db = tmp_path / "s.sqlite"
    assert main(["add", str(seeds), "--db", str(db), "--jobs", "2"]) == 0
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 0
    listed = {line.split("\t")[0]: line.split("\t") for line in capsys.readouterr().out.splitlines()}
    import csv

    rows = list(csv.DictReader((seeds / "sources.csv").open(encoding="utf-8")))
    for row in rows:
        stem = row["file"].removesuffix(".txt")
        assert listed[stem][2:4] == [row["published"], row["outlet"]]


def test_export_writes_every_format_extract_writes(db, tmp_path, capsys):
    import json

    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(tmp_path / "e.jsonl")]) == 0
    assert main(["export", "--db", str(db), "--format", "geojson", "-o", str(tmp_path / "e.geojson")]) == 0
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    features = json.loads((tmp_path / "e.geojson").read_text(encoding="utf-8"))["features"]
    assert lines == [f["properties"] for f in features] and lines


def test_add_on_two_cores_stores_what_one_core_stores(tmp_path, capsys, monkeypatch):
    import geodata.cli

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    monkeypatch.setattr(geodata.cli, "ADD_BATCH", 2)  # several transactions
    exports = []
    for jobs in ("1", "2"):
        db = tmp_path / f"s{jobs}.sqlite"
        assert main(["add", str(seeds), "--db", str(db), "--jobs", jobs]) == 0
        assert main(["export", "--db", str(db), "--output", str(tmp_path / f"e{jobs}.json")]) == 0
        exports.append((tmp_path / f"e{jobs}.json").read_bytes())
    assert exports[0] == exports[1]
    assert len(json.loads(exports[0])["events"]) == 42
