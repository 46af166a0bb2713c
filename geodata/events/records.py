"""Records: a report being built, one report of repeated ones, and the :class:`Event` it becomes.

Reports of one event repeated in one article (same place, type and scope within a
week) become one record; it keeps the sentence with a figure, else one that names
the place, else one with a date, else the first of the body, and spans the dates
of its dated sentences.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from functools import cache

from geodata import datafiles
from geodata.events.tolls import Count, fatalities
from geodata.events.when import When
from geodata.models import Article, Mention

# Within one article, reports of one place and type this close are one episode
# ("launched last Tuesday", "a week of fighting ended on Monday").
_SAME_EPISODE = dt.timedelta(days=6)
_NO_COUNT = Count(None, None, "", "")


# Mutable: a sentence's figures and notes are added to its drafts one by one.
@dataclass
class Draft:
    """A record being built; :func:`event_fields` makes it an :class:`Event`'s fields."""

    place: Mention
    sentence: int
    start: int
    end: int
    kind: tuple[str, str]
    scope: str
    when: When
    actors: tuple[str, str]
    geo_precision: int
    headline: bool = False
    inherited: bool = False
    joins: bool = False  # a toll that completes the report of the sentence before
    killed: Count | None = None
    wounded: Count | None = None
    notes: list[str] = field(default_factory=list)
    also: list[tuple[int, int]] = field(default_factory=list)  # other sentences that report it

    @property
    def has_figures(self) -> bool:
        return self.killed is not None or self.wounded is not None

    def rank(self) -> tuple:
        """Which of two merged reports keeps its sentence: figures, a named place, a date, body, first."""
        return not self.has_figures, self.inherited, not self.when.dated, self.headline, self.start


def merge(a: Draft, b: Draft) -> Draft | None:
    """One draft for two reports of one event in one article, or None if they are not one."""
    if (a.place.place_id, a.kind, a.scope) != (b.place.place_id, b.kind, b.scope) or not _overlap(a.when, b.when):
        return None
    if (a.has_figures and b.has_figures) or a.joins or b.joins:
        # Only the halves of one account merge, and quote both sentences:
        # "... killed close to 500. At least 1,200 were wounded."
        disjoint = (a.killed is None or b.killed is None) and (a.wounded is None or b.wounded is None)
        if not (disjoint and abs(a.sentence - b.sentence) == 1):
            return None
        first, second = (a, b) if a.start < b.start else (b, a)
        return replace(first, end=second.end, killed=first.killed or second.killed,
                       wounded=first.wounded or second.wounded, sentence=second.sentence, joins=False,
                       notes=first.notes + [n for n in second.notes if n not in first.notes])
    keep, other = (a, b) if a.rank() <= b.rank() else (b, a)
    # A toll carried over from the sentence before ("Nine militants were killed in the
    # clashes") keeps its figure, but who fought is told where the place is named.
    actors = other.actors if keep.inherited and not other.inherited and any(other.actors) else keep.actors
    return replace(keep, when=keep.when.union(other.when), inherited=keep.inherited and other.inherited,
                   actors=actors,
                   geo_precision=min(keep.geo_precision, other.geo_precision),
                   also=sorted(keep.also + other.also + [(other.start, other.end)]))


def _overlap(a: When, b: When) -> bool:
    """Whether two reports in one article may tell of one event: days at most a week apart."""
    if a.first is None or b.first is None:
        return True
    return a.first <= b.last + _SAME_EPISODE and b.first <= a.last + _SAME_EPISODE


@cache
def _demonyms() -> dict[str, str]:
    """{country code: its first demonym in demonyms.csv}: IQ -> Iraqi."""
    out: dict[str, str] = {}
    for row in datafiles.rows("demonyms.csv"):
        out.setdefault(row["country"], row["demonym"])
    return out


def _national(actor: str, country: str) -> str:
    """An actor named for the event's country: "{country} army and police" in Peshawar is Pakistan's."""
    if "{country}" not in actor:
        return actor
    return actor.replace("{country}", _demonyms().get(country) or country or "state").strip()


def event_fields(article: Article, d: Draft) -> dict:
    """The fields of the :class:`Event` a draft becomes, but its group."""
    m = d.place
    killed = d.killed or _NO_COUNT
    wounded = d.wounded or _NO_COUNT
    notes = [f"date: {d.when.note}"] if d.when.note else []
    notes += d.notes
    if d.also:
        notes.append("also reported at characters " + ", ".join(f"{a}-{b}" for a, b in d.also))
    dead = fatalities(killed.low, killed.words)
    if d.killed is not None and killed.low is None:
        notes.append(f"fatalities {dead}: the report gives no lower bound ('{killed.words}')")
    actor1, actor2 = (_national(name, m.country) for name in d.actors)
    if actor2 == actor1:
        actor2 = ""
    # The id hashes where the report stands and what it is, so it is stable across runs.
    ident = f"{article.id}|{d.start}|{d.end}|{m.place_id}|{d.kind[0]}|{d.kind[1]}|{d.scope}"
    return dict(
        event_id="ev-" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12],
        article_id=article.id,
        source=article.outlet,
        event_date=d.when.lo.isoformat() if d.when.lo else "",
        time_precision=d.when.precision,
        event_type=d.kind[0],
        sub_event_type=d.kind[1],
        actor1=actor1,
        actor2=actor2,
        location=m.name,
        location_text=m.surface,
        place_id=m.place_id,
        admin1=m.admin1,
        country=m.country,
        latitude=m.latitude,
        longitude=m.longitude,
        geo_precision=d.geo_precision,
        killed_low=killed.low,
        killed_high=killed.high,
        wounded_low=wounded.low,
        wounded_high=wounded.high,
        count_qualifier=(d.killed or d.wounded or _NO_COUNT).qualifier,
        fatalities=dead,
        scope=d.scope,
        sentence=article.text[d.start:d.end],
        start_char=d.start,
        end_char=d.end,
        notes="; ".join(notes),
    )
