"""The dashboard opens a folder of Parquet tables (``geodata extract --format parquet``)."""

from __future__ import annotations

from pathlib import Path

from geodata.io.parquet import ParquetSink
from geodata.stream import extract_to
from tests.helpers import run_app, shown

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_parquet_folder_is_a_corpus_the_page_shows(monkeypatch, tmp_path):
    extract_to([SEEDS], ParquetSink(tmp_path / "seeds.parquet"))
    app = run_app(monkeypatch, tmp_path / "seeds.parquet")
    [caption] = [c.value for c in app.caption if c.value.startswith("Corpus:")]
    assert caption == "Corpus: seeds\\.parquet · 5 articles · 42 reports"  # (markdown escaped)
    assert len(shown(app)) == 42


def test_a_broken_parquet_folder_is_one_line_not_a_crash(monkeypatch, tmp_path):
    folder = tmp_path / "broken.parquet"
    folder.mkdir()
    (folder / "events.parquet").write_bytes(b"PAR1 not really")
    app = run_app(monkeypatch, folder)
    [line] = [t.value for t in app.text]
    assert line.startswith("broken.parquet: not a Parquet extraction (geodata extract --format parquet): ")
    assert str(tmp_path) not in line
