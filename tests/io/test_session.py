"""geodata.io.session.SessionStore: a session's additions in memory, added and removed as the store does."""

from dataclasses import replace
from pathlib import Path

import pytest

from geodata.io.corpus import read_corpus
from geodata.io.session import Addition, SessionStore
from geodata.io.store import AddResult, Store, content_hash
from geodata.pipeline import analyse

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds():
    articles, errors = read_corpus([SEEDS])
    assert errors == []
    return articles


def test_add_keeps_each_article_with_its_own_mentions_and_reports(seeds):
    session = SessionStore()
    assert session.add(seeds[:2], analyse) == AddResult((seeds[0].id, seeds[1].id), ())
    mentions, reports = analyse(seeds[:2])
    assert session.additions == tuple(
        Addition(a, tuple(m for m in mentions if m.article_id == a.id),
                 tuple(r for r in reports if r.event.article_id == a.id), content_hash(a.text))
        for a in seeds[:2])
    assert session.articles() == seeds[:2] and len(session) == 2
    assert session.reports() == list(reports)


def test_a_session_adds_and_reads_as_the_store_does(seeds):
    session = SessionStore()
    with Store.open(":memory:") as store:
        for batch in (seeds[:2], seeds[1:4], [replace(seeds[4], id=seeds[0].id)]):
            assert session.add(batch, analyse) == store.add(batch, analyse)
        assert session.extraction() == store.extraction()
        assert session.remove(seeds[1].id) is store.remove(seeds[1].id) is True
        assert session.remove(seeds[1].id) is store.remove(seeds[1].id) is False
        assert session.extraction() == store.extraction()


def test_texts_already_shared_or_added_are_duplicates_and_ids_stay_free(seeds):
    shared = {content_hash(seeds[0].text): "first"}
    session = SessionStore(known=shared, taken={"first", seeds[1].id})
    again = replace(seeds[2], file="again.txt", text="  " + seeds[2].text.replace("\n", "\r\n"))
    result = session.add([seeds[0], seeds[1], seeds[2], again], analyse)
    assert result == AddResult((f"{seeds[1].id}-2", seeds[2].id),
                               ((seeds[0].file, "first"), ("again.txt", seeds[2].id)))
    assert session.add([seeds[2], replace(seeds[3], id=seeds[2].id)], analyse) == AddResult(
        (f"{seeds[2].id}-2",), ((seeds[2].file, seeds[2].id),))


def test_past_its_limit_a_session_refuses_the_new_texts_and_adds_nothing(seeds):
    session = SessionStore(limit=2)
    session.add(seeds[:1], analyse)
    before = session.additions
    assert session.add(seeds[:3], analyse) == AddResult((), ((seeds[0].file, seeds[0].id),),
                                                         (seeds[1].file, seeds[2].file))
    assert session.additions is before
    assert session.add(seeds[:2], analyse).added == (seeds[1].id,)


def test_a_failed_analysis_leaves_the_session_as_it_was(seeds):
    session = SessionStore()
    session.add(seeds[:1], analyse)
    before = session.additions

    def broken(articles):
        raise RuntimeError("gazetteer exploded")

    with pytest.raises(RuntimeError):
        session.add(seeds[1:3], broken)
    assert session.additions is before


def test_snapshots_are_immutable_and_a_session_resumes_from_one(seeds):
    session = SessionStore()
    session.add(seeds[:2], analyse)
    snapshot = session.additions
    session.remove(seeds[0].id)
    session.add(seeds[2:3], analyse)
    assert isinstance(snapshot, tuple) and [a.article.id for a in snapshot] == [seeds[0].id, seeds[1].id]
    hash(tuple((a.article.id, a.digest) for a in snapshot))  # frozen records, usable in cache keys
    resumed = SessionStore(snapshot)
    assert resumed.add(seeds[:1], analyse) == AddResult((), ((seeds[0].file, seeds[0].id),))
    assert resumed.articles() == seeds[:2]
