"""Which events a map shows: one filter model for every map.

    chosen, warnings = EventFilter(outlet=("socialist worker",)).resolve(extraction)
    events = chosen.select(extraction.events)

An :class:`EventFilter` holds what a reader asked for. Each option holds alternatives
(any may match); options combine with AND; an empty option restricts nothing. An actor
matches an event whose first or second actor it is; the location precision keeps the
events placed at least that precisely (``geo_precision``: 1 the place itself, 2 near or
part of it, 3 only its province or country).
:meth:`EventFilter.select` matches exactly, in plain Python. Values typed by a person
(``geodata export-map --outlet``) are first resolved against the extraction
(:meth:`EventFilter.resolve`): case-insensitively, article titles to ids, country names to
codes, with a warning for each value that names nothing. The dashboard offers only the
corpus's own values, so it matches them as they are; it applies the same filter to its table of events
(``dashboard/frames.py``, by the field names of :data:`MATCHED` and :data:`PLACE_FIELDS`).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from geodata.models import Extraction
from geodata.render.basemap import country_name
from geodata.render.symbols import EventLike, killed

# Each option matched against an event's fields (any of them may hold the value): outlets
# are the events' ``source``, actors either of the two sides.
MATCHED = {"outlet": ("source",), "article": ("article_id",), "event_type": ("event_type",),
           "sub_event_type": ("sub_event_type",), "actor": ("actor1", "actor2"), "country": ("country",)}
# The location precision a filter may ask for, in words: the largest ``geo_precision`` kept.
# 0 (and 3, the province or country) keep every event.
PRECISION = {0: "every place", 2: "places and their surroundings", 1: "exact places only"}
# The fields the place search looks in: the gazetteer's name, the words as written, the province.
PLACE_FIELDS = ("location", "location_text", "admin1")


class FilteredEvent(EventLike, Protocol):
    """What :meth:`EventFilter.select` reads of an event, beyond the symbols' fields."""

    @property
    def source(self) -> str: ...
    @property
    def article_id(self) -> str: ...
    @property
    def event_type(self) -> str: ...
    @property
    def sub_event_type(self) -> str: ...
    @property
    def actor1(self) -> str: ...
    @property
    def actor2(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def location_text(self) -> str: ...
    @property
    def admin1(self) -> str: ...


E = TypeVar("E", bound=FilteredEvent)


@dataclass(frozen=True)
class EventFilter:
    """Which events a map shows; the defaults restrict nothing."""

    outlet: tuple[str, ...] = ()
    article: tuple[str, ...] = ()  # article ids (and titles, before resolve())
    event_type: tuple[str, ...] = ()
    start: datetime.date | None = None  # first and last day, both kept; with either,
    end: datetime.date | None = None  # events of unknown date are left out
    min_killed: int = 0  # the conservative killed figure (symbols.killed); 0 keeps events without one
    place: str = ""  # a piece of the place's name, its words as written or its province, any case
    actor: tuple[str, ...] = ()  # an event's actor1 or actor2
    sub_event_type: tuple[str, ...] = ()
    country: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 codes (and names, before resolve())
    precision: int = 0  # the largest geo_precision kept (1 exact places, 2 also near them); 0 keeps all

    def describe(self) -> list[str]:
        """One line per option in use, e.g. ``outlet: News Line or Socialist Worker``."""
        countries = tuple(country_name(code) for code in self.country)
        out = [f"{name.replace('_', ' ')}: {' or '.join(values)}"
               for name, values in (("outlet", self.outlet), ("article", self.article),
                                    ("event_type", self.event_type), ("sub-event_type", self.sub_event_type),
                                    ("actor", self.actor), ("country", countries)) if values]
        if self.precision in (1, 2):
            out.append(f"location precision: {PRECISION[self.precision]}")
        if self.start or self.end:
            out.append(f"dates: {self.start or '…'} to {self.end or '…'}")
        if self.min_killed:
            out.append(f"at least {self.min_killed:,} killed")
        if self.place.strip():
            out.append(f"place: {self.place.strip()}")
        return out

    def keeps(self, event: FilteredEvent) -> bool:
        """Whether ``event`` passes every option, each value matched exactly.

        An event spanning days is dated by its first day (``event_date``).
        """
        for name, attributes in MATCHED.items():
            values = getattr(self, name)
            if values and not any(getattr(event, a) in values for a in attributes):
                return False
        if self.precision and (getattr(event, "geo_precision", None) or 1) > self.precision:
            return False  # (a record without a precision is drawn as exact: symbols.approximate)
        if self.start or self.end:
            day = event.event_date
            if not day:
                return False
            # ISO dates compare as strings.
            if (self.start and day < self.start.isoformat()) or (self.end and day > self.end.isoformat()):
                return False
        if self.min_killed:
            figure = killed(event)
            if figure is None or figure < self.min_killed:
                return False
        needle = self.place.strip().casefold()
        if needle:
            return needle in "\n".join(getattr(event, f) or "" for f in PLACE_FIELDS).casefold()
        return True

    def select(self, events: Iterable[E]) -> tuple[E, ...]:
        """The events that pass, in their order."""
        return tuple(e for e in events if self.keeps(e))

    def resolve(self, extraction: Extraction) -> tuple[EventFilter, tuple[str, ...]]:
        """This filter with values as ``extraction`` spells them, and a warning for each
        value that matches nothing there.

        Outlets, event and sub-event types, actors, countries (codes and names) and article
        titles compare case-insensitively (a value stands for every spelling that folds to
        it), article ids exactly; an article value becomes the ids it names, a country's
        name its code. A value that names nothing stays as it is, and so still matches nothing.
        """
        warnings: list[str] = []

        def spelled(values: tuple[str, ...], known: Iterable[str], label: str,
                    also: Callable[[str], str] | None = None) -> tuple[str, ...]:
            # ``also``: another name a known value goes by (a country code's name).
            by_key: dict[str, list[str]] = {}
            for name in dict.fromkeys(known):
                for key in dict.fromkeys((name.casefold(), also(name).casefold() if also else name.casefold())):
                    by_key.setdefault(key, []).append(name)
            out: list[str] = []
            for value in values:
                found = by_key.get(value.casefold())
                if not found:
                    warnings.append(f"no {label} {value!r} in these articles")
                out.extend(found or [value])
            return tuple(dict.fromkeys(out))

        outlets = spelled(self.outlet, (e.source for e in extraction.events), "outlet")
        types = spelled(self.event_type, (e.event_type for e in extraction.events), "event type")
        sub_types = spelled(self.sub_event_type, (e.sub_event_type for e in extraction.events), "sub-event type")
        actors = spelled(self.actor, (a for e in extraction.events for a in (e.actor1, e.actor2)), "actor")
        countries = spelled(self.country, (e.country for e in extraction.events), "country", country_name)
        articles: list[str] = []
        for value in self.article:
            found = [a.id for a in extraction.articles if a.id == value or a.title.casefold() == value.casefold()]
            if not found:
                warnings.append(f"no article with the id or title {value!r}")
            articles.extend(found or [value])
        chosen = replace(self, outlet=outlets, event_type=types, article=tuple(dict.fromkeys(articles)),
                         sub_event_type=sub_types, actor=actors, country=countries)
        return chosen, tuple(warnings)
