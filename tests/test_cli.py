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
    assert "only the json format" in capsys.readouterr().err


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
    assert main(["add", str(empty), "--published", "March 2008", "--db", db]) == 1
    assert "unparseable date" in capsys.readouterr().err


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
    (["list"], BAD_TEXT), (["list"], BAD_BODY), (["export"], BAD_MENTION), (["export"], BAD_REPORT),
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
