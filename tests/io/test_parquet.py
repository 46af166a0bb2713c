"""geodata.io.parquet: a folder of tables that reads back as the run's extraction."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from geodata.cli import main
from geodata.io.export import from_json, to_json
from geodata.io.parquet import ParquetSink, is_parquet_folder, read_parquet
from geodata.pipeline import extract
from geodata.stream import extract_to

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_parquet_folder_reads_back_as_the_json_of_the_same_run(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    paths = [SEEDS, tmp_path / "bad.txt"]
    expected = from_json(to_json(extract(paths)))  # bodies as a saved extraction has them
    counts = extract_to(paths, ParquetSink(tmp_path / "out"), jobs=2)
    result = read_parquet(tmp_path / "out")
    assert result == expected
    assert (counts.articles, counts.events, counts.errors) == (5, 42, 1)
    assert is_parquet_folder(tmp_path / "out") and not is_parquet_folder(SEEDS)


def test_columns_are_typed_so_other_tools_read_them(tmp_path):
    extract_to([SEEDS], ParquetSink(tmp_path / "out"))
    events = pq.read_table(tmp_path / "out" / "events.parquet")
    types = {field.name: str(field.type) for field in events.schema}
    assert types["latitude"] == "double" and types["killed_low"] == "int64" and types["location"] == "string"
    killed = events.column("killed_low").to_pylist()
    assert None in killed and any(isinstance(k, int) for k in killed)  # "no figure" stays null, not 0


def test_the_command_line_writes_a_folder_and_wants_one(tmp_path, capsys):
    assert main(["extract", str(SEEDS), "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err
    assert main(["extract", str(SEEDS), "--format", "parquet", "-o", str(tmp_path / "t"), "--jobs", "1"]) == 0
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == [
        "articles.parquet", "errors.parquet", "events.parquet", "mentions.parquet"]
    assert len(read_parquet(tmp_path / "t").events) == 42


def test_a_failed_run_leaves_no_half_table_under_the_final_name(tmp_path, monkeypatch):
    import geodata.pipeline

    def boom(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(geodata.pipeline, "analyse_article", boom)
    try:
        main(["extract", str(SEEDS), "--format", "parquet", "-o", str(tmp_path / "t"), "--jobs", "1"])
    except KeyboardInterrupt:
        pass
    assert [p.name for p in (tmp_path / "t").iterdir()] == []
