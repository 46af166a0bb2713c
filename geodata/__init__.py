"""conflict-map's library: places and events in news reports of war.

    >>> import geodata
    >>> result = geodata.extract(["seeds"])
    >>> result.mentions[0].surface, result.events[0].event_type

The front door: what an application needs, whatever the package layout behind it.
The pipeline runs in the order :data:`geodata.pipeline.STEPS` names (read, split into
sentences, find places, find events, group across articles); each stage is a
package of its own (``geodata.text``, ``geodata.places``, ``geodata.events``,
``geodata.io``, ``geodata.render``), described in ``docs/architecture.md``.

Names are imported when first used, so ``import geodata.models`` stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# name -> the module that defines it
_EXPORTS = {
    # running the pipeline
    "extract": "geodata.pipeline",
    "extract_records": "geodata.pipeline",
    "analyse": "geodata.pipeline",
    "mentions_of": "geodata.pipeline",
    "analyse_article": "geodata.pipeline",
    "STEPS": "geodata.pipeline",
    "extract_to": "geodata.stream",
    "group_reports": "geodata.events",
    "find_figures": "geodata.events",
    # the gazetteer
    "Gazetteer": "geodata.places",
    "load_gazetteer": "geodata.places",
    "OnlineGazetteer": "geodata.places",
    # storage
    "Store": "geodata.io.store",
    "SessionStore": "geodata.io.session",
    "AddResult": "geodata.io.store",
    "read_corpus": "geodata.io.corpus",
    "iter_corpus": "geodata.io.corpus",
    "read_parquet": "geodata.io.parquet",
    # the records
    "Article": "geodata.models",
    "Span": "geodata.models",
    "Sentence": "geodata.models",
    "Place": "geodata.models",
    "Mention": "geodata.models",
    "Event": "geodata.models",
    "Report": "geodata.models",
    "Extraction": "geodata.models",
    "ReadError": "geodata.models",
    # the errors
    "GeodataError": "geodata.exc",
    "ArticleError": "geodata.exc",
    "GazetteerError": "geodata.exc",
    "StoreError": "geodata.exc",
    "ConfigError": "geodata.exc",
}
__all__ = ["AddResult", "Article", "ArticleError", "ConfigError", "Event", "Extraction", "Gazetteer",
           "GazetteerError", "GeodataError", "Mention", "OnlineGazetteer", "Place", "ReadError", "Report",
           "STEPS", "Sentence", "SessionStore", "Span", "Store", "StoreError", "analyse", "analyse_article",
           "extract", "extract_records", "extract_to", "find_figures", "group_reports", "iter_corpus",
           "load_gazetteer", "mentions_of", "read_corpus", "read_parquet"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geodata' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # the next look-up is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])


if TYPE_CHECKING:
    from geodata.events import find_figures, group_reports
    from geodata.exc import ArticleError, ConfigError, GazetteerError, GeodataError, StoreError
    from geodata.io.corpus import iter_corpus, read_corpus
    from geodata.io.parquet import read_parquet
    from geodata.io.session import SessionStore
    from geodata.io.store import AddResult, Store
    from geodata.models import Article, Event, Extraction, Mention, Place, ReadError, Report, Sentence, Span
    from geodata.pipeline import STEPS, analyse, analyse_article, extract, extract_records, mentions_of
    from geodata.stream import extract_to
    from geodata.places import Gazetteer, OnlineGazetteer, load_gazetteer
