"""Frozen records that flow through the pipeline.

Every span keeps ``start_char``/``end_char`` into ``Article.text`` so that
``article.text[start_char:end_char] == surface`` always holds.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field, fields, replace
from operator import attrgetter

from geodata.text.frozen import frozen_record
from geodata.text.sentences import Sentence

__all__ = ["Article", "Event", "Extraction", "Mention", "Place", "ReadError", "Report", "Sentence", "Span",
           "coordinate_problem", "holder_id", "within_geo_precision"]

# Kinds of place, coarsest last.
KINDS = ("landmark", "neighbourhood", "city", "governorate", "state", "region", "country")
# How exactly a mention's coordinate stands for what the text names.
PRECISIONS = ("exact", "approximate", "coarse")
# What the mention does in its sentence.
ROLES = ("location", "metonymy", "modifier")

# The place id of a place the gazetteer lacks, put inside one it has (geodata.places.within):
# "within:<holder's id>:<folded name>".
WITHIN = "within:"
# The place id of a second-level unit (geodata.build_units): "adm2:<country>:<province>:<district>".
ADMIN2 = "adm2:"


def km_between(a, b) -> float:
    """The great-circle distance in kilometres between two things with a ``latitude`` and a ``longitude``
    (places, mentions)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b.longitude - a.longitude) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def holder_id(place_id: str) -> str | None:
    """The id of the place a "within" place lies in (a gazetteer place, or a village the text placed itself: "the
    Leego army base" in Leego); None for any other id."""
    if not place_id.startswith(WITHIN):
        return None
    return place_id[len(WITHIN):].rsplit(":", 1)[0]


def within_geo_precision(kind: str, precision: str) -> int:
    """ACLED's geo precision of a "within" place of ``kind`` and ``precision``: 1 a landmark in a
    town, 2 a place near or in a town, 3 a place only known to lie in a province or a region."""
    if precision == "coarse":
        return 3
    return 1 if kind == "landmark" else 2


def coordinate_problem(latitude: object, longitude: object) -> str | None:
    """Why (latitude, longitude) is not a WGS 84 point, in a few words; None if it is one."""
    for name, value, bound in (("latitude", latitude, 90), ("longitude", longitude, 180)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            shown = repr(value)
            return f"{name} {shown if len(shown) <= 40 else shown[:39] + '…'} is not a number"
        if not math.isfinite(value) or not -bound <= value <= bound:
            return f"{name} {value!r} is not between -{bound} and {bound}"
    return None


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One article: its text exactly as shown to the user, and its metadata.

    ``body`` lists the spans of ``text`` that are article prose; what lies
    outside them (bylines, "Sign up..." lines, repeated standfirsts) is page
    furniture and nothing is extracted from it.
    """

    id: str
    file: str
    title: str
    outlet: str
    text: str
    body: tuple[Span, ...]
    author: str = ""
    published: str = ""  # ISO date, "" when unknown
    date_precision: str = ""  # day / month / year / "" (unknown)
    url: str = ""
    notes: str = ""

    @classmethod
    def from_text(cls, text: str, *, id: str = "t", file: str = "", title: str = "", outlet: str = "",
                  **meta: str) -> Article:
        """An article whose whole text is its body: no page furniture to set apart.

        ``file`` defaults to ``{id}.txt``; ``meta`` sets the other fields (published, url...).
        """
        return cls(id=id, file=file or f"{id}.txt", title=title, outlet=outlet, text=text,
                   body=(Span(0, len(text)),), **meta)

    def metadata(self) -> dict:
        """Everything but the text, as plain JSON-ready values."""
        data = asdict(self)
        del data["text"], data["body"]
        return data


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    id: str  # "gn:99532" (GeoNames id) or "cur:basra-airport" (curated)
    name: str
    kind: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # governorate / state name, "" for countries and regions
    latitude: float
    longitude: float
    precision: str  # exact / approximate
    population: int = 0
    source: str = ""
    parent: str = ""  # id of the place this one lies in, "" if none


@frozen_record
class Mention:
    """A place named in an article, resolved to a gazetteer entry."""

    article_id: str
    surface: str
    start_char: int
    end_char: int
    place_id: str
    name: str
    kind: str
    admin1: str
    country: str
    latitude: float
    longitude: float
    precision: str
    role: str
    match: str = "exact"  # exact / variant / fuzzy / context / online
    sentence: int = -1  # index of the sentence it stands in

    def to_dict(self) -> dict:
        # A flat record: its fields by name are what asdict() would build, much faster.
        return dict(zip(_MENTION_FIELDS, _mention_values(self)))


# The fields of a mention, and a getter of their values in that order, for to_dict.
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_mention_values = attrgetter(*_MENTION_FIELDS)


@dataclass(frozen=True)
class ReadError:
    """A one-line account of an input that could not be used."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Extraction:
    """The result of running the pipeline over a corpus."""

    articles: tuple[Article, ...]
    mentions: tuple[Mention, ...]
    events: tuple["Event", ...] = ()
    errors: tuple[ReadError, ...] = field(default=())


@frozen_record
class Event:
    """One report: one article's claim about what happened at one place.

    Field names follow ACLED (and UCDP GED) where they have one; the evidence
    is ``sentence``, an exact slice ``article.text[start_char:end_char]``.
    """

    event_id: str  # stable across runs: derived from article id, offsets and place
    article_id: str
    source: str  # the outlet
    event_date: str  # ISO date, "" if unknown
    time_precision: int  # 1 day, 2 week, 3 month (as ACLED)
    event_type: str  # ACLED event type, e.g. "Battles"
    sub_event_type: str  # e.g. "Armed clash"
    actor1: str
    actor2: str
    location: str  # the gazetteer's name
    location_text: str  # the words as written
    place_id: str
    admin1: str
    country: str  # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    geo_precision: int  # 1 the place itself, 2 near or part of it, 3 only the province or region
    killed_low: int | None
    killed_high: int | None
    wounded_low: int | None
    wounded_high: int | None
    count_qualifier: str  # exact, at least, up to, approximately, more than, range, vague, "" (no figure)
    fatalities: int | None  # what it adds to the local toll (ACLED's conservative figure); see events.counting
    scope: str  # local, operation, national, cumulative
    sentence: str
    start_char: int
    end_char: int
    notes: str = ""
    event_group: str = ""  # shared by reports of the same event in different articles
    counted_in: str = ""  # the event id of the report of its article that counts these killings
    wounded_qualifier: str = ""  # the wounded figure's own qualifier, as count_qualifier; "" without one

    def to_dict(self) -> dict:
        return dict(zip(_EVENT_FIELDS, _event_values(self)))


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_event_values = attrgetter(*_EVENT_FIELDS)


@frozen_record
class Report:
    """One article's event before grouping across articles: what a store keeps.

    ``event.event_group`` is still ""; ``first``..``last`` are the days the event may
    cover (None if undated), which grouping compares.
    """

    event: Event
    first: dt.date | None
    last: dt.date | None

    def grouped(self, group: str) -> Event:
        """The event, with the group it was found to share with other articles' reports."""
        return replace(self.event, event_group=group)
