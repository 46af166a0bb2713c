"""The whole pipeline: paths -> articles -> sentences -> place mentions.

    >>> result = extract(["seeds"])
    >>> result.mentions[0].surface

Each stage lives in its own module; this one only chains them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geodata.corpus import MAX_BYTES, read_corpus
from geodata.gazetteer import Gazetteer, Resolver, load_gazetteer
from geodata.mentions import extract_mentions
from geodata.models import Article, Extraction, Mention


def extract_articles(articles: Iterable[Article], *, gazetteer: Gazetteer | None = None,
                     online: Resolver | None = None) -> tuple[Mention, ...]:
    """Place mentions of already-read articles, in article then text order."""
    gazetteer = gazetteer or load_gazetteer()
    out: list[Mention] = []
    for article in articles:
        out.extend(extract_mentions(article, gazetteer, online=online))
    return tuple(out)


def extract(paths: Iterable[str | Path], *, gazetteer: Gazetteer | None = None,
            online: Resolver | None = None, max_bytes: int = MAX_BYTES) -> Extraction:
    """Read every article under ``paths`` and extract what it reports.

    Unreadable inputs never stop the run: they are listed in ``errors``.
    """
    articles, errors = read_corpus(paths, max_bytes=max_bytes)
    mentions = extract_articles(articles, gazetteer=gazetteer, online=online)
    return Extraction(tuple(articles), mentions, (), tuple(errors))
