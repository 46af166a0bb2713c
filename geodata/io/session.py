"""A store in memory for what one visitor adds: :class:`~geodata.io.store.Store`'s add and
remove, without a file.

    session = SessionStore(known=hashes, taken=ids, limit=50)   # beside a shared corpus
    result = session.add(articles, analyse)   # an AddResult, as Store.add gives
    state["added"] = session.additions        # an immutable snapshot, to keep between runs
    session = SessionStore(state["added"], known=hashes, taken=ids, limit=50)

The session lies beside the articles everyone sees (a store, a corpus): a text among
them is a duplicate, and an added article never takes one of their ids. Each
:class:`Addition` keeps the article with its mentions and its reports, ungrouped, so
that they can be grouped with the shared ones.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from geodata.events import group_reports
from geodata.io.store import AddResult, Analyse, triage
from geodata.models import Article, Extraction, Mention, Report


@dataclass(frozen=True)
class Addition:
    """An article added in a session, with what the pipeline found in it."""

    article: Article
    mentions: tuple[Mention, ...]
    reports: tuple[Report, ...]  # ungrouped
    digest: str  # geodata.io.store.content_hash of its text


class SessionStore:
    """The articles one session added, in memory, in the order they came.

    ``known`` maps the content hashes of the shared articles to their ids and ``taken``
    holds the shared ids. With a ``limit``, an addition that would take the session past
    that many articles adds nothing: its new texts' files are ``AddResult.refused``.
    """

    def __init__(self, additions: Iterable[Addition] = (), *, known: Mapping[str, str] | None = None,
                 taken: Collection[str] = (), limit: int | None = None):
        self.additions: tuple[Addition, ...] = tuple(additions)
        self._known = known or {}
        self._taken = taken
        self.limit = limit

    def add(self, articles: Iterable[Article], analyse: Analyse) -> AddResult:
        """Add articles with what ``analyse`` extracts from them, all or none (as :meth:`Store.add`).

        A text already shared or added (same content hash) is not added again; an id in
        use gets a numeric suffix. If ``analyse`` raises, the session is as it was.
        """
        own = {a.digest: a.article.id for a in self.additions}
        fresh, duplicates = triage(
            articles, held=lambda digest: self._known.get(digest, own.get(digest)),
            taken={*self._taken, *own.values()})
        if self.limit is not None and len(self.additions) + len(fresh) > self.limit:
            return AddResult((), tuple(duplicates), tuple(a.file for a, _ in fresh))
        if not fresh:
            return AddResult((), tuple(duplicates))
        mentions, reports = analyse([a for a, _ in fresh])
        found: dict[str, tuple[list[Mention], list[Report]]] = {a.id: ([], []) for a, _ in fresh}
        for m in mentions:
            if m.article_id in found:
                found[m.article_id][0].append(m)
        for r in reports:
            if r.event.article_id in found:
                found[r.event.article_id][1].append(r)
        self.additions += tuple(Addition(a, tuple(found[a.id][0]), tuple(found[a.id][1]), digest)
                                for a, digest in fresh)
        return AddResult(tuple(a.id for a, _ in fresh), tuple(duplicates))

    def remove(self, article_id: str) -> bool:
        """Take an added article away with its mentions and reports; False if there was none."""
        kept = tuple(a for a in self.additions if a.article.id != article_id)
        removed = len(kept) < len(self.additions)
        self.additions = kept
        return removed

    def articles(self) -> list[Article]:
        return [a.article for a in self.additions]

    def reports(self) -> list[Report]:
        """The added reports, ungrouped (to group with the shared ones)."""
        return [r for a in self.additions for r in a.reports]

    def extraction(self) -> Extraction:
        """The added articles on their own, as the pipeline would return them."""
        return Extraction(tuple(self.articles()), tuple(m for a in self.additions for m in a.mentions),
                          group_reports(self.reports()), ())

    def __len__(self) -> int:
        return len(self.additions)
