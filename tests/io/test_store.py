"""The SQLite store: adding, de-duplicating, removing, upgrading, and two writers at once."""

import json
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from geodata.exc import StoreError
from geodata.io.corpus import read_corpus
from geodata.io.store import SCHEMA_VERSION, Store, content_hash
from geodata.pipeline import analyse, extract_records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    articles, errors = read_corpus([SEEDS])
    assert errors == []
    return articles


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite") as s:
        yield s


def test_add_stores_articles_with_their_mentions(store, seeds):
    result = store.add(seeds[:2], analyse)
    assert result.added == (seeds[0].id, seeds[1].id) and result.duplicates == ()
    got = store.extraction()
    assert [a for a in got.articles] == seeds[:2]
    assert (got.mentions, got.events) == extract_records(seeds[:2])
    assert got.events  # the seeds report fighting


def test_same_text_twice_is_recognised(store, seeds):
    store.add(seeds[:1], analyse)
    again = store.add(seeds[:1], analyse)
    assert again.added == () and again.duplicates == ((seeds[0].file, seeds[0].id),)
    assert len(store) == 1
    # Whitespace alone does not make a new text.
    assert content_hash("Gunmen  killed\nfour.") == content_hash("Gunmen killed four.")


def test_failed_analysis_leaves_the_store_as_it_was(store, seeds):
    store.add(seeds[:1], analyse)
    before = store.extraction()

    def broken(articles):
        raise RuntimeError("gazetteer exploded")

    with pytest.raises(RuntimeError):
        store.add(seeds[1:3], broken)
    assert store.extraction() == before


def test_remove_takes_mentions_and_events_and_nothing_else(store, seeds):
    store.add(seeds[:3], analyse)
    assert store.remove(seeds[1].id) is True
    assert store.remove(seeds[1].id) is False
    after = store.extraction()
    assert [a.id for a in after.articles] == [seeds[0].id, seeds[2].id]
    # What is left is exactly what the two remaining articles give on their own.
    assert (after.mentions, after.events) == extract_records([seeds[0], seeds[2]])


def test_events_are_grouped_across_the_whole_store(store, seeds):
    # Added one by one, the seeds' events still share groups across articles.
    for article in seeds:
        store.add([article], analyse)
    assert store.extraction().events == extract_records(seeds)[1]
    groups = [e.event_group for e in store.extraction().events]
    assert len(set(groups)) < len(groups)


def test_seeds_on_first_use_only(store, seeds):
    assert store.seed(analyse) == 5
    store.remove(seeds[0].id)
    assert store.seed(analyse) == 0
    assert len(store) == 4
    assert set(store.origins().values()) == {"seed"}


def test_an_id_in_use_gets_a_suffix(store, seeds):
    from dataclasses import replace

    store.add(seeds[:1], analyse)
    other = replace(seeds[1], id=seeds[0].id)
    assert store.add([other], analyse).added == (f"{seeds[0].id}-2",)


def test_reextract_rebuilds_mentions(store, seeds):
    store.add(seeds[:2], analyse)
    before = store.extraction()
    store._db.execute("DELETE FROM mentions")
    store._db.execute("DELETE FROM reports")
    assert store.reextract(analyse) == 2
    assert store.extraction() == before


def test_schema_version_and_newer_files(tmp_path):
    path = tmp_path / "db.sqlite"
    with Store.open(path) as s:
        assert s.version == SCHEMA_VERSION
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer than this program"):
        Store.open(path)


def test_wal_mode(tmp_path):
    with Store.open(tmp_path / "db.sqlite") as s:
        assert s._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _writer(path: str, start: int, out) -> None:
    from geodata.models import Article, Span

    with Store.open(path) as s:
        for n in range(start, start + 15):
            text = f"Report {n}\n\nGunmen killed {n} people in Baqubah on Tuesday, police said."
            article = Article(id=f"r{n}", file=f"r{n}.txt", title=f"Report {n}", outlet="test", text=text,
                              body=(Span(0, len(text)),))
            s.add([article], analyse)
    out.put(start)


def test_two_processes_adding_at_once_leave_a_consistent_store(tmp_path):
    path = str(tmp_path / "db.sqlite")
    Store.open(path).close()
    ctx = multiprocessing.get_context("fork")
    done = ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(path, start, done)) for start in (0, 100)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with Store.open(path) as s:
        got = s.extraction()
        assert len(got.articles) == 30
        assert {m.article_id for m in got.mentions} == {a.id for a in got.articles}
        assert len(got.mentions) == 30  # one "Baqubah" each
        assert len(got.events) == 30
        assert s._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_analysis_even_ctrl_c_leaves_the_store_as_it_was(store, seeds):
    store.add(seeds[:1], analyse)
    before = store.extraction()

    def interrupted(articles):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add(seeds[1:3], interrupted)
    assert store.extraction() == before
    assert store.add(seeds[1:2], analyse).added == (seeds[1].id,)  # and the next write goes through


@pytest.mark.parametrize("use", [
    lambda s: s.articles(), lambda s: s.extraction(), lambda s: s.reports(), lambda s: s.origins(),
    lambda s: len(s), lambda s: s.version, lambda s: s.seed(analyse), lambda s: s.remove("a"),
    lambda s: s.add([], analyse), lambda s: s.reextract(analyse),
], ids=["articles", "extraction", "reports", "origins", "len", "version", "seed", "remove", "add", "reextract"])
def test_sqlite_errors_leave_the_store_as_store_errors(tmp_path, use):
    store = Store.open(tmp_path / "db.sqlite")
    store._db.close()  # any use now fails inside SQLite
    with pytest.raises(StoreError, match=r"db\.sqlite: ") as caught:
        use(store)
    assert isinstance(caught.value.__cause__, sqlite3.Error)


def test_a_write_while_another_holds_the_lock_is_a_store_error(tmp_path, seeds):
    path = tmp_path / "db.sqlite"
    with Store.open(path, timeout=0.05) as store:
        store.add(seeds[:1], analyse)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="locked"):
                store.remove(seeds[0].id)
            with pytest.raises(StoreError, match="adding failed, nothing was stored"):
                store.add(seeds[1:2], analyse)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert [a.id for a in store.articles()] == [seeds[0].id]


def test_a_version_1_file_is_upgraded_and_keeps_its_articles(tmp_path, seeds):
    from geodata.io.store import MIGRATIONS

    def tables(s):
        return {name for (name,) in s._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    # A new file as version 1 made it, its geocoding cache in use.
    path = tmp_path / "db.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "; INSERT INTO geocode_cache VALUES ('basra', NULL); PRAGMA user_version = 1;")
    db.close()
    with Store.open(path) as s:
        assert s.version == SCHEMA_VERSION == 2
        assert tables(s) == {"articles", "mentions", "reports", "meta"}
        s.add(seeds[:2], analyse)
        before = s.extraction()
    # A version 1 file with articles in it: they stay.
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE geocode_cache (key TEXT PRIMARY KEY, answer TEXT); PRAGMA user_version = 1;")
    db.close()
    with Store.open(path) as s:
        assert s.version == 2 and tables(s) == {"articles", "mentions", "reports", "meta"}
        assert s.extraction() == before and len(s) == 2


# -- readers are never blocked (M4) ------------------------------------------------------------

@pytest.fixture
def filled(tmp_path, seeds):
    path = tmp_path / "db.sqlite"
    with Store.open(path) as s:
        s.add(seeds[:2], analyse)
    return path


@pytest.fixture
def writer(filled):
    """Another connection in the middle of a write transaction."""
    other = sqlite3.connect(filled, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta (key, value) VALUES ('busy', 'yes')")
    yield other
    other.execute("ROLLBACK")
    other.close()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_writer_never_blocks_opening_and_reading(filled, writer, seeds, readonly):
    with Store.open(filled, timeout=0.05, readonly=readonly) as store:
        assert [a.id for a in store.articles()] == [seeds[0].id, seeds[1].id]
        assert len(store.extraction().events) > 0
        assert len(store) == 2 and store.version == SCHEMA_VERSION


def test_opening_a_current_store_writes_nothing(filled):
    before = filled.read_bytes()
    with Store.open(filled) as store:
        assert not store._db.in_transaction
        store.extraction()
    assert filled.read_bytes() == before


def test_add_extracts_before_it_takes_the_write_lock(filled, seeds):
    with Store.open(filled, timeout=0.05) as store:
        seen = []

        def watched(articles):
            seen.append(store._db.in_transaction)
            # Another process can write while the extraction runs.
            other = sqlite3.connect(filled, timeout=0.05, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            other.close()
            return analyse(articles)

        assert store.add(seeds[2:4], watched).added == (seeds[2].id, seeds[3].id)
        assert seen == [False]
        assert (store.extraction().mentions, store.extraction().events) == extract_records(seeds[:4])


def test_add_checks_again_under_the_lock_what_others_stored_meanwhile(filled, seeds):
    from dataclasses import replace

    with Store.open(filled) as store, Store.open(filled) as other:
        calls = []

        def racing(articles):
            calls.append([a.id for a in articles])
            if len(calls) == 1:  # meanwhile: one text is stored, and another text takes an id
                other.add([seeds[2]], analyse)
                other.add([replace(seeds[4], id=seeds[3].id)], analyse)
            return analyse(articles)

        result = store.add(seeds[2:4], racing)
        assert result.duplicates == ((seeds[2].file, seeds[2].id),)
        assert result.added == (f"{seeds[3].id}-2",)
        assert calls == [[seeds[2].id, seeds[3].id], [f"{seeds[3].id}-2"]]
        got = store.extraction()
        assert {m.article_id for m in got.mentions} == {a.id for a in got.articles}
        assert len(got.articles) == 5


def test_reextract_extracts_before_it_takes_the_write_lock(filled, seeds):
    with Store.open(filled) as store:
        before = store.extraction()
        seen = []

        def watched(articles):
            seen.append(store._db.in_transaction)
            return analyse(articles)

        assert store.reextract(watched) == 2 and seen == [False]
        assert store.extraction() == before


# -- read-only (L2) ----------------------------------------------------------------------------

def test_a_read_only_store_reads_and_refuses_writes(filled, seeds):
    before = filled.read_bytes()
    with Store.open(filled, readonly=True) as store:
        assert len(store.extraction().articles) == 2
        with pytest.raises(StoreError, match="read-only"):
            store.add(seeds[2:3], analyse)
        with pytest.raises(StoreError, match="read-only"):
            store.remove(seeds[0].id)
        with pytest.raises(StoreError, match="read-only"):
            store.reextract(analyse)
    assert filled.read_bytes() == before
    with pytest.raises(StoreError, match="no such file"):
        Store.open(filled.parent / "missing.sqlite", readonly=True)
    assert not (filled.parent / "missing.sqlite").exists()


def _as_unprivileged() -> list[str]:
    """A command prefix under which file permissions apply (root without its override powers)."""
    import os
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def test_a_store_in_a_read_only_directory_can_be_listed_and_exported(filled, tmp_path):
    import subprocess
    import sys

    folder = filled.parent
    folder.chmod(0o555)
    try:
        run = [*_as_unprivileged(), sys.executable, "-m", "geodata.cli"]
        listing = subprocess.run([*run, "list", "--db", str(filled)], capture_output=True, text=True, timeout=120)
        assert listing.returncode == 0, listing.stderr
        assert len(listing.stdout.splitlines()) == 2
        export = subprocess.run([*run, "export", "--db", str(filled)], capture_output=True, text=True, timeout=120)
        assert export.returncode == 0, export.stderr
        assert len(json.loads(export.stdout)["articles"]) == 2
        added = subprocess.run([*run, "remove", "x", "--db", str(filled)], capture_output=True, text=True,
                               timeout=120)
        assert added.returncode == 2 and len(added.stderr.splitlines()) == 1
    finally:
        folder.chmod(0o755)


# -- damage (L1) -------------------------------------------------------------------------------

def _smash_page(path: Path, table: str) -> None:
    """Overwrite the root page of ``table`` with garbage, as a failing disk would."""
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    db.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xa5" * page_size)


def test_a_damaged_store_refuses_writes_and_reads_fail_in_one_line(filled, seeds):
    _smash_page(filled, "mentions")
    before = filled.read_bytes()
    with Store.open(filled) as store:
        for write in (lambda: store.add(seeds[2:3], analyse), lambda: store.remove(seeds[0].id),
                      lambda: store.reextract(analyse)):
            with pytest.raises(StoreError, match="damaged.*nothing was written") as caught:
                write()
            assert "\n" not in str(caught.value)
        with pytest.raises(StoreError, match="the store is damaged") as caught:
            store.extraction()
        assert "\n" not in str(caught.value)
    assert filled.read_bytes() == before


@pytest.mark.parametrize("damage, what", [
    ("UPDATE mentions SET record = '{not json' WHERE rowid = 1", "mention"),
    ("UPDATE reports SET record = '{\"event_id\": 1}' WHERE rowid = 1", "event report"),
    ("UPDATE articles SET body = 'nonsense' WHERE rowid = 1", "article"),
    ("UPDATE articles SET origin = CAST(X'FF00FE' AS TEXT) WHERE rowid = 1", "UTF-8"),
])
def test_a_record_that_does_not_decode_is_a_one_line_store_error(filled, damage, what):
    db = sqlite3.connect(filled)
    db.execute(damage)
    db.commit()
    db.close()
    with Store.open(filled) as store:
        with pytest.raises(StoreError, match=f"the store is damaged .*{what}") as caught:
            store.extraction() if what != "UTF-8" else store.origins()
        assert "\n" not in str(caught.value)
