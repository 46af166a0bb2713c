"""The whole pipeline: paths -> articles -> sentences -> place mentions -> events.

    >>> result = extract(["seeds"])
    >>> result.mentions[0].surface, result.events[0].event_type

The order of the stages is written once, in :data:`STEPS` (as spaCy's ``pipe_names``);
each stage is a package of its own and this module only chains them. Sentences are
split once per article and shared by the place and event stages; events are
grouped across articles last, since a group depends on every other article.

Four entry points, by what they start from and return:

- :func:`extract`: paths in, an :class:`Extraction` out (unreadable files listed, never raised);
- :func:`extract_records`: articles in, mentions and events (grouped across articles);
- :func:`analyse`: articles in, mentions and ungrouped reports (what a store keeps);
- :func:`mentions_of`: articles in, place mentions only (a geoparser's job, and faster).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geodata.events import extract_reports, group_reports
from geodata.io.corpus import MAX_BYTES, read_corpus
from geodata.models import Article, Event, Extraction, Mention, Report
from geodata.places import Gazetteer, Resolver, extract_mentions, load_gazetteer
from geodata.text.sentences import split_sentences

# The stages, in the order they run; the place stage's own steps are geodata.places.PLACE_STEPS.
STEPS = (
    ("read", read_corpus),
    ("sentences", split_sentences),
    ("places", extract_mentions),
    ("events", extract_reports),
    ("group", group_reports),
)


def mentions_of(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
                online: Resolver | None = None) -> tuple[Mention, ...]:
    """Place mentions of already-read articles, in article then text order."""
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    out: list[Mention] = []
    for article in articles:
        out.extend(extract_mentions(article, gazetteer, online=online))
    return tuple(out)


def analyse(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
            online: Resolver | None = None) -> tuple[tuple[Mention, ...], tuple[Report, ...]]:
    """Place mentions and event reports of already-read articles, not yet grouped."""
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    mentions: list[Mention] = []
    reports: list[Report] = []
    for article in articles:
        sentences = split_sentences(article)
        found = extract_mentions(article, gazetteer, sentences=sentences, online=online)
        mentions.extend(found)
        reports.extend(extract_reports(article, found, sentences=sentences, gazetteer=gazetteer))
    return tuple(mentions), tuple(reports)


def extract_records(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
                    online: Resolver | None = None) -> tuple[tuple[Mention, ...], tuple[Event, ...]]:
    """Place mentions and events of already-read articles, events grouped across articles."""
    mentions, reports = analyse(articles, gazetteer=gazetteer, online=online)
    return mentions, group_reports(reports)


def extract(paths: Iterable[str | Path], *, gazetteer: Gazetteer | None = None,
            online: Resolver | None = None, max_bytes: int = MAX_BYTES, events: bool = True) -> Extraction:
    """Read every article under ``paths`` and extract what it reports.

    Unreadable inputs never stop the run: they are listed in ``errors``.
    With ``events=False`` only place mentions are extracted.
    """
    articles, errors = read_corpus(paths, max_bytes=max_bytes)
    if events:
        mentions, found = extract_records(articles, gazetteer=gazetteer, online=online)
    else:
        mentions, found = mentions_of(articles, gazetteer=gazetteer, online=online), ()
    return Extraction(tuple(articles), mentions, found, tuple(errors))
