"""Events: one record per report, an article's claim about what happened at one place.

    >>> events = extract_events(article, mentions, sentences=sentences, gazetteer=gazetteer)

Per sentence: the cues it tells as fact (:mod:`geodata.events.cues`), the places where it
happened (role ``location``, in a clause with a cue; :mod:`geodata.events.where` drops
travel, agents, containers), the casualty figures (:mod:`geodata.events.figures`, only with a
casualty cue) and the date (:mod:`geodata.events.dates`, only where there is a report), the
actors (:mod:`geodata.events.actors`); then one record per place. Reports of one event repeated
in one article (same place, type and scope within a week) become one record; grouping
across articles is :mod:`geodata.events.grouping`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from geodata import datafiles
from geodata.events.actors import GOVERNMENT_SIDE, ActorMention, find_actors
from geodata.text.phrases import lowered
from geodata.events.cues import ANY_TYPE, NEEDS_FIGURE, Cue, anaphoric, clause_of, clauses, real_cues, scan_cues
from geodata.events.dates import event_date
from geodata.events.where import contains, excluded, parents, situated_by
from geodata.events.figures import Figure, find_figures
from geodata.places.gazetteer import Gazetteer
from geodata.models import Article, Event, Mention, Report, Sentence
from geodata.text.sentences import split_sentences

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
EXPLOSIONS = "Explosions/Remote violence"
VIOLENT_TYPES = ("Battles", EXPLOSIONS, "Violence against civilians")
WIDE_SCOPES = ("operation", "national")
# A place of these kinds can be an event's location; a region or a country
# only for a country- or operation-wide casualty figure.
LOCAL_KINDS = frozenset({"landmark", "neighbourhood", "city", "governorate", "state"})
GEO_PRECISION = {"landmark": 1, "neighbourhood": 1, "city": 1, "governorate": 3, "state": 3,
                 "region": 3, "country": 3}
# Event types told without a place that happened where the sentence before says.
# Agreements and "Other" developments are made anywhere.
_NOT_INHERITED = {("Strategic developments", "Agreement"), ("Strategic developments", "Other")}
# Within one article, reports of one place and type this close are one episode
# ("launched last Tuesday", "a week of fighting ended on Monday").
_SAME_EPISODE = dt.timedelta(days=6)
# ACLED's values for vague counts ("dozens" is 12); other vague words count 0.
VAGUE_FATALITIES = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000}


# --- when -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _When:
    """A report's date as recorded (``lo``..``hi``, precision) and as compared (``first``..``last``)."""

    lo: dt.date | None
    hi: dt.date | None
    precision: int
    first: dt.date | None
    last: dt.date | None
    dated: bool  # the sentence itself says when
    note: str

    def union(self, other: _When) -> _When:
        if not (self.dated and other.dated):
            return self if self.dated or not other.dated else other
        lo, hi = min(self.lo, other.lo), max(self.hi, other.hi)
        precision = max(self.precision, other.precision, _span_precision(lo, hi))
        note = self.note if (lo, hi) == (self.lo, self.hi) else f"{lo.isoformat()} to {hi.isoformat()}, " \
            "the dates of the sentences that report it"
        return _When(lo, hi, precision, min(self.first, other.first), max(self.last, other.last), True, note)


_WEEKDAY_PAIR_RE = re.compile(r"\s+(?:and|or|to|through)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
                              r"Saturday|Sunday)\b")
_SINCE_BEFORE_RE = re.compile(r"\bsince\b[^,;:.]*$", re.IGNORECASE)
_BY_BEFORE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _when(text: str, s: Sentence, article: Article) -> _When:
    date = event_date(text, s.start, s.end, article.published, date_precision=article.date_precision)
    if not date.date:
        return _When(None, None, 0, None, None, False, date.note)
    lo = dt.date.fromisoformat(date.date)
    hi = dt.date.fromisoformat(date.end) if date.end else lo
    note = date.note
    if date.start < 0:  # no date in the sentence: some day of the week before publication
        return _When(lo, hi, date.precision, lo - dt.timedelta(days=6), hi, False, note)
    published = _published_day(article)
    before = text[s.start:date.start]
    pair = _WEEKDAY_PAIR_RE.match(text, date.end_char) if date.text in _DAYS else None
    if pair and date.precision == 1:  # "on Thursday and Friday"
        hi = lo + dt.timedelta(days=(_DAYS.index(pair["day"]) - lo.weekday()) % 7)
        note = f"'{text[date.start:pair.end()]}' = {lo.isoformat()} to {hi.isoformat()}"
        return _When(lo, hi, _span_precision(lo, hi), lo, hi, True, note)
    if date.precision == 1 and _BY_BEFORE_RE.search(before):
        # "had killed 130 people by yesterday": a total up to that day.
        note = f"'by {date.text}': a total up to {lo.isoformat()}"
        return _When(lo, lo, 2, lo - dt.timedelta(days=6), lo, True, note)
    if date.precision == 1 and published and published > lo and _SINCE_BEFORE_RE.search(before):
        # "the number killed since the government launched its offensive last Tuesday"
        note = f"since '{date.text}' = {lo.isoformat()} to publication {published.isoformat()}"
        return _When(lo, published, _span_precision(lo, published), lo, published, True, note)
    return _When(lo, hi, date.precision, lo, hi, True, note)


def _published_day(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.published) if len(article.published) == 10 else None
    except ValueError:
        return None


def _span_precision(lo: dt.date, hi: dt.date) -> int:
    days = (hi - lo).days + 1
    return 1 if days <= 1 else 2 if days <= 7 else 3


# --- records ----------------------------------------------------------------------------

_Count = tuple[int | None, int | None, str, str]  # low, high, qualifier, the words


@dataclass
class _Draft:
    """A record being built; :func:`_fields` makes it an :class:`Event`'s fields."""

    place: Mention
    sentence: int
    start: int
    end: int
    kind: tuple[str, str]
    scope: str
    when: _When
    actors: tuple[str, str]
    geo_precision: int
    headline: bool = False
    inherited: bool = False
    joins: bool = False  # a toll that completes the report of the sentence before
    killed: _Count | None = None
    wounded: _Count | None = None
    notes: list[str] = field(default_factory=list)
    also: list[tuple[int, int]] = field(default_factory=list)  # other sentences that report it

    @property
    def has_figures(self) -> bool:
        return self.killed is not None or self.wounded is not None

    def rank(self) -> tuple:
        """Which of two merged reports keeps its sentence: figures, a named place, a date, body, first."""
        return not self.has_figures, self.inherited, not self.when.dated, self.headline, self.start


def extract_events(article: Article, mentions: Iterable[Mention], *,
                   sentences: tuple[Sentence, ...] | None = None,
                   gazetteer: Gazetteer | None = None) -> tuple[Event, ...]:
    """The events ``article`` reports: one per place, type, scope and date, in text order.

    ``mentions`` are its place mentions. The ``gazetteer``, if given, says which
    city a neighbourhood lies in and places a country-wide figure in a country
    the article does not name.
    """
    return tuple(r.event for r in extract_reports(article, mentions, sentences=sentences, gazetteer=gazetteer))


def extract_reports(article: Article, mentions: Iterable[Mention], *,
                    sentences: tuple[Sentence, ...] | None = None,
                    gazetteer: Gazetteer | None = None) -> tuple[Report, ...]:
    """As :func:`extract_events`, each event with the days it may cover."""
    if sentences is None:
        sentences = split_sentences(article)
    builder = _Builder(article, [m for m in mentions if m.article_id == article.id], gazetteer)
    cues = scan_cues(article.text, builder.low)  # one pass over the text
    at = 0
    for sentence in sentences:
        while at < len(cues) and cues[at].start < sentence.start:
            at += 1
        first = at
        while at < len(cues) and cues[at].start < sentence.end:
            at += 1
        if first < at:
            builder.sentence(sentence, cues[first:at])
    return builder.reports()


class _Builder:
    def __init__(self, article: Article, mentions: list[Mention], gazetteer: Gazetteer | None):
        self.article = article
        self.text = article.text
        self.low = lowered(article.text)
        self.gazetteer = gazetteer
        self.parents = parents(mentions, gazetteer)
        self.mentions = mentions
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.role == "location":
                self.by_sentence.setdefault(m.sentence, []).append(m)
        self.title = " ".join(article.title.split())
        self.drafts: list[_Draft] = []
        self.by_key: dict[tuple, list[int]] = {}  # (place id, kind, scope) -> indexes in drafts
        # The last sentence with a cue, and the reports it made.
        self.last_index = -2
        self.last_drafts: list[_Draft] = []

    def sentence(self, s: Sentence, found: list[Cue]) -> None:
        """Add the reports of sentence ``s``, whose cue words are ``found``."""
        text = self.text
        found = [c for c in found if not _in_proper_name(text, c, s.start)]
        casualties = any(c.event_type in (ANY_TYPE, ATTACK[0]) for c in found)
        if not (casualties or s.index in self.by_sentence or self.last_index == s.index - 1):
            return  # nothing to place, no figure, no place to take from the sentence before
        spans = clauses(text, s.start, s.end)
        cues = real_cues(text, self.low, found, spans)
        casualties = any(c.event_type in (ANY_TYPE, ATTACK[0]) for c in cues)
        figures = find_figures(text, s.start, s.end) if casualties else ()
        if not figures:
            cues = [c for c in cues if c.sub_event_type != NEEDS_FIGURE]
        if not cues:
            return
        best = {span: max((c for c in cues if span[0] <= c.start < span[1]), key=_priority, default=None)
                for span in spans}
        top = max(cues, key=_priority)
        places = self._places(s, spans, best, found,
                              referring=not figures and all(anaphoric(self.low, s.start, c) for c in cues))
        before = self._before(s)
        inherit = bool(before) and not any(m.kind in LOCAL_KINDS for m in places) \
            and not anaphoric(self.low, s.start, top)
        if not (places or figures or inherit):
            self.last_index, self.last_drafts = s.index, []
            return
        actors = tuple(a for a in find_actors(text, s.start, s.end, low=self.low) if not _source(text, a))
        # Actors counted by a figure ("four policemen were wounded") are its victims.
        victims = frozenset(a.start for a in actors for f in figures if f.start <= a.start and a.end <= f.end)
        when = _when(text, s, self.article)
        civilian = civilian_target(self.low, s.start, s.end)
        headline = _is_headline(text, s, self.title)
        drafts: dict[tuple[str, str], _Draft] = {}

        def draft(m: Mention, cue: Cue, *, scope: str = "local", inherited: bool = False,
                  kind: tuple[str, str] | None = None) -> _Draft:
            key = (m.place_id, scope)
            if key not in drafts:
                # Who took part: the actors named up to the end of the cue's clause, not those
                # of a later "while the Badr Organization's districts were left alone".
                upto = clause_of(spans, cue.start)[1]
                involved = tuple(a for a in actors if a.start < upto) or actors
                kind = kind or _resolve_type(cue, involved, victims, civilian)
                geo = 2 if inherited or m.precision == "coarse" else GEO_PRECISION.get(m.kind, 1)
                drafts[key] = _Draft(m, s.index, s.start, s.end, kind, scope, when,
                                     _actors(kind, involved, victims), geo, headline, inherited)
            return drafts[key]

        for m in places:
            draft(m, best[clause_of(spans, m.start_char)] or top)
        for fig in figures:
            cue = best[clause_of(spans, fig.start)] or top
            self._place_figure(fig, s, places, cue, top, draft)
        wide = {d.place.place_id for d in drafts.values() if d.scope in WIDE_SCOPES}
        added = [d for d in drafts.values()
                 if (d.place.kind in LOCAL_KINDS or d.scope in WIDE_SCOPES or d.has_figures)
                 and not (d.scope == "local" and not d.has_figures and d.place.place_id in wide)]
        if not added and inherit:
            kind = _resolve_type(top, actors, victims, civilian)
            if kind not in _NOT_INHERITED:
                # An event told without a place happened where the sentence before says.
                m = before[0]
                d = draft(m, top, inherited=True)
                d.notes.append(f"no place in the sentence: the place of the sentence before ({m.surface})")
                added.append(d)
        for d in added:
            self._add(d)
        self.last_index, self.last_drafts = s.index, added

    def _before(self, s: Sentence) -> list[Mention]:
        """The places the sentence before ``s`` told events of, if it did."""
        if self.last_index != s.index - 1:
            return []
        return [d.place for d in self.last_drafts if not d.inherited and d.scope == "local"]

    def _places(self, s: Sentence, spans: list[tuple[int, int]], best: dict, found: list[Cue],
                referring: bool = False) -> list[Mention]:
        """Where the sentence's events happened (``referring``: its cues only refer back)."""
        candidates = [m for m in self.by_sentence.get(s.index, ())
                      if not excluded(self.text, self.low, s.start, m)]
        places = [m for m in candidates if best[clause_of(spans, m.start_char)] is not None]
        if not places and referring:
            # "The attack prompted ..., and Annan condemned it before the Security Council in
            # New York": an event told before happened where it was told, not in a clause
            # that only mentions it.
            return []
        if not places:
            # No place beside a cue: the places of clauses that tell of no event at
            # all stand ("In Nasariyah eyewitnesses said that ... had taken control");
            # a clause whose cues are all unreal is no event's place.
            places = [m for m in candidates
                      if not any(lo <= c.start < hi for c in found for lo, hi in [clause_of(spans, m.start_char)])]
        kept: list[Mention] = []
        for m in places:
            m = situated_by(self.text, s.start, m, candidates) or m  # "the town, just north of Basra"
            if m not in kept:
                kept.append(m)
        return [m for m in kept if not any(contains(m, other, self.text, self.parents) for other in kept)]

    def _place_figure(self, fig: Figure, s: Sentence, places: list[Mention], cue: Cue, top: Cue,
                      draft) -> None:
        own = None
        if fig.place_start >= 0:
            own = next((m for m in self.by_sentence.get(s.index, ())
                        if m.start_char < fig.place_end and fig.place_start < m.end_char), None)
        if fig.scope in WIDE_SCOPES:
            where = own or (places[0] if fig.scope == "operation" and places else None) or self._country(places)
            if where is None:
                return
            d = draft(where, cue, scope=fig.scope)
            note = f"{'an operation-wide' if fig.scope == 'operation' else 'a nationwide'} figure, not a local toll"
            if note not in d.notes:
                d.notes.append(note)
        elif own is not None:
            d = draft(own, cue)
        elif places:
            where, others = toll_place(fig, places, self.text)
            d = draft(where, cue)
            if others:
                note = f"the figure may also cover {', '.join(m.surface for m in others)}"
                if note not in d.notes:
                    d.notes.append(note)
        else:
            d = self._continuation(fig, s, cue, top, draft)
            if d is None:
                return
        _add_figure(d, fig, self.text)

    def _continuation(self, fig: Figure, s: Sentence, cue: Cue, top: Cue, draft) -> _Draft | None:
        """Where a figure with no place in its sentence goes.

        A sentence that only gives a toll completes the report of the sentence
        before ("Clashes broke out in Kut. Twelve people were killed."); else the
        figure goes to the place of the sentence before, else to the article's
        most-mentioned city.
        """
        if top.event_type == ANY_TYPE and self.last_index == s.index - 1:
            lacking = [d for d in self.last_drafts if getattr(d, fig.kind) is None]
            if lacking:
                prior = lacking[0]
                d = draft(prior.place, cue, scope=prior.scope, kind=prior.kind, inherited=prior.inherited)
                d.geo_precision, d.joins = prior.geo_precision, True
                return d
        before = self._before(s)
        if before:
            where, why = before[0], "the place of the sentence before"
        else:
            where, why = self._main_city(), "the article's most-mentioned city"
            if where is None:
                return None
        d = draft(where, cue, inherited=True)
        d.notes.append(f"no place in the sentence: {why} ({where.surface})")
        return d

    def _main_city(self) -> Mention | None:
        counts = Counter(m.place_id for m in self.mentions if m.role == "location" and m.kind == "city")
        if not counts:
            return None
        best = max(counts.values())
        return next(m for m in self.mentions if m.role == "location" and m.kind == "city"
                    and counts[m.place_id] == best)

    def _country(self, places: list[Mention]) -> Mention | None:
        """The country the report is about: one of the article's mentions, or the gazetteer's entry."""
        if places:
            iso = places[0].country
        else:
            counts = Counter(m.country for m in self.mentions if m.role == "location" and m.kind != "country")
            if not counts:
                return None
            iso = counts.most_common(1)[0][0]
        named = next((m for m in self.mentions if m.kind == "country" and m.country == iso), None)
        if named is not None or self.gazetteer is None:
            return named
        place = self.gazetteer.country(iso)
        if place is None:
            return None
        # Not named in the article: no words, no offsets.
        return Mention(self.article.id, "", -1, -1, place.id, place.name, place.kind, place.admin1, place.country,
                       place.latitude, place.longitude, place.precision, "location", "context")

    def _add(self, d: _Draft) -> None:
        same = self.by_key.setdefault((d.place.place_id, d.kind, d.scope), [])
        for i in same:
            merged = _merge(self.drafts[i], d)
            if merged is not None:
                self.drafts[i] = merged
                return
        same.append(len(self.drafts))
        self.drafts.append(d)

    def reports(self) -> tuple[Report, ...]:
        # A headline sums up the body: its reports stand only for places the body tells nothing of.
        told = {d.place.place_id for d in self.drafts if not d.headline}
        drafts = sorted((d for d in self.drafts if not (d.headline and d.place.place_id in told)),
                        key=lambda d: (d.start, d.place.start_char))
        return tuple(Report(Event(**_fields(self.article, d)), d.when.first, d.when.last) for d in drafts)


# "police said", "the U.S. military said in a statement", "according to police": who tells, not who took part.
_SAID_AFTER_RE = re.compile(r"\s+(?:spokes\w+\s+)?(?:said|says|say|told|reported|added|stated)\b")
_ACCORDING_BEFORE_RE = re.compile(r"according\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _is_headline(text: str, s: Sentence, title: str) -> bool:
    """The article's title, or its first line when that has no full stop (a manifest's
    title often differs from the headline the text carries)."""
    words = " ".join(text[s.start:s.end].lstrip("#* ").split())
    if words == title:
        return True
    return s.index == 0 and "\n" not in text[s.start:s.end] and text[s.end - 1:s.end] not in ".!?\"”’"


def _source(text: str, a: ActorMention) -> bool:
    return bool(_SAID_AFTER_RE.match(text, a.end) or _ACCORDING_BEFORE_RE.search(text, max(0, a.start - 20),
                                                                                   a.start))


def _priority(cue: Cue) -> tuple[int, int]:
    return cue.priority, -cue.start


def _sides(actors: tuple[ActorMention, ...]) -> list[tuple[str, str]]:
    """(side, name) of each armed actor, once: state and foreign forces fight on one side."""
    out: list[tuple[str, str]] = []
    for a in actors:
        if a.actor.armed:
            side = "government" if a.actor.kind in GOVERNMENT_SIDE else a.actor.name
            if (side, a.actor.name) not in out:
                out.append((side, a.actor.name))
    return out


def _opposed(actors: tuple[ActorMention, ...]) -> tuple[str, str] | None:
    """The first two armed actors on different sides, if the sentence names two."""
    sides = _sides(actors)
    for i, (side, name) in enumerate(sides):
        for other_side, other in sides[i + 1:]:
            if other_side != side:
                return name, other
    return None


_NON_STATE = frozenset({"unidentified", "militia", "rebel", "civilians"})


@cache
def _targets() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``targets.csv`` as two patterns: civilian targets and armed ones."""
    rows = datafiles.rows("targets.csv")

    def pattern(side: str) -> re.Pattern[str]:
        words = sorted((r["word"] for r in rows if r["side"] == side), key=len, reverse=True)
        alt = "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)
        return re.compile(rf"\b(?:{alt})\b")

    return pattern("civilian"), pattern("armed")


def civilian_target(low: str, start: int, end: int) -> bool:
    """True when ``low[start:end]`` (lower case) names a civilian target and no armed one:
    "gunmen stormed a village", "killed four members of a family"."""
    civilian, armed = _targets()
    return civilian.search(low, start, end) is not None and armed.search(low, start, end) is None


def _resolve_type(cue: Cue, actors: tuple[ActorMention, ...],
                  victims: frozenset[int] = frozenset(), civilian: bool = False) -> tuple[str, str]:
    """The event type a cue gives, in the light of the actors (``victims``: starts of those a figure counts;
    ``civilian``: the sentence names only civilian targets)."""
    kind = (cue.event_type, cue.sub_event_type)
    if cue.event_type == ANY_TYPE:
        civilians = any(a.actor.kind == "civilians" for a in actors)
        armed_victims = any(a.actor.armed and a.start in victims for a in actors)
        # Two armed sides fought; or armed men were hit, by someone unnamed ("four policemen were wounded").
        kind = BATTLE if _opposed(actors) or (armed_victims and not civilians) else ATTACK
    elif kind == BATTLE and not _opposed(actors):
        victims = {a.actor.kind for a in actors}
        if "protesters" in victims and any(a.actor.armed for a in actors):
            kind = ("Protests", "Excessive force against protesters")
        elif "civilians" in victims or (civilian and actors and all(a.actor.kind in _NON_STATE for a in actors)):
            # One armed side against civilians; or gunmen, militiamen or rebels (never
            # soldiers, whose raids are coded as fights) storming a village or a market.
            kind = ATTACK
    if kind[0] == EXPLOSIONS and kind[1] != "Suicide bomb" and any(a.air for a in actors):
        kind = (EXPLOSIONS, "Air or drone strike")
    return kind


def _actors(kind: tuple[str, str], actors: tuple[ActorMention, ...],
            victims: frozenset[int] = frozenset()) -> tuple[str, str]:
    """ACLED's actor1 and actor2 for an event of ``kind``."""
    named = list(dict.fromkeys(a.actor.name for a in actors))
    armed = [name for _, name in _sides(actors)]
    if kind == ATTACK:  # the attacker is armed and not among the dead
        attackers = [name for _, name in _sides(tuple(a for a in actors if a.start not in victims))]
        return (attackers[0] if attackers else ""), "civilians"
    if kind[0] in ("Protests", "Riots"):
        crowd = "protesters" if kind[0] == "Protests" else "rioters"
        return crowd, (armed[0] if armed and kind[1] != "Peaceful protest" else "")
    if kind == (EXPLOSIONS, "Air or drone strike"):  # who flies strikes, whoever called them in
        flyers = [a.actor.name for a in actors if a.air]
        armed = list(dict.fromkeys(flyers + armed))
    pair = _opposed(actors)
    if pair:
        return (pair[1], pair[0]) if pair[1] == armed[0] else pair
    if kind[0] in VIOLENT_TYPES:  # a fight's actors are armed; allies are not each other's opponent
        return (armed[0] if armed else ""), ""
    first = armed[0] if armed else (named[0] if named else "")
    rest = [n for n in named if n != first and n not in ("civilians", "protesters")]
    return first, (rest[0] if rest else "")


# What stands between the places of one list: "in Kut and Hilla", "Kut, Hilla and in Amara".
_LIST_GAP_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:in\s+|at\s+)?|\s+(?:and|or)\s+(?:in\s+|at\s+)?")
_DATELINE_AFTER_RE = re.compile(r"\s*[,(]")


_NAME_WORD_RE = re.compile(r"[A-Z][\w'’-]*")


def _in_proper_name(text: str, cue: Cue, floor: int) -> bool:
    """True for a cue word inside a name: "Basra Operations Command", "Operation Iraqi Freedom"."""
    if not text[cue.start].isupper() or not text[floor:cue.start].strip():
        return False
    before = text[max(floor, cue.start - 40):cue.start].split()
    after = _NAME_WORD_RE.match(text, cue.end + 1) if text[cue.end:cue.end + 1] == " " else None
    return bool(after) or bool(before and before[-1][:1].isupper() and before[-1][-1:].isalpha())


def toll_place(fig: Figure, places: list[Mention], text: str) -> tuple[Mention, list[Mention]]:
    """Where a figure without a place of its own goes, and the places it may also cover.

    Towns before countries; the nearest place told before the figure ("in Latifiya,
    killing nine, while in Mahmudiya a barrage killed seven"), or the first of the
    list it closes ("fighting in Kut and Hilla killed 12" may cover both); a dateline
    only when the sentence names no other town.
    """
    local = [m for m in places if m.kind in LOCAL_KINDS] or places
    if len(local) > 1:
        local = [m for m in local if not is_dateline(m, text)] or local
    before = [i for i, m in enumerate(local) if m.end_char <= fig.start]
    if not before:
        return local[0], [m for m in local[1:] if m.kind in LOCAL_KINDS]
    last = first = before[-1]
    while first > 0 and _LIST_GAP_RE.fullmatch(text, local[first - 1].end_char, local[first].start_char):
        first -= 1
    return local[first], [m for m in local[first + 1:last + 1] if m.kind in LOCAL_KINDS]


def is_dateline(m: Mention, text: str) -> bool:
    """True for the place of a dateline: "BAGHDAD (Reuters) -", "MOSUL, Iraq, Feb 8 (AFP) -"."""
    if not (m.surface.isupper() and len(m.surface) > 2):
        return False
    line_start = text.rfind("\n", 0, m.start_char) + 1
    return not text[line_start:m.start_char].strip() and _DATELINE_AFTER_RE.match(text, m.end_char) is not None


def _add_figure(d: _Draft, fig: Figure, text: str) -> None:
    words = text[fig.start:fig.end]
    current = getattr(d, fig.kind)
    if current is None:
        setattr(d, fig.kind, (fig.low, fig.high, fig.qualifier, words))
        return
    # Two figures of one kind for one place in one sentence add up ("killed six soldiers and three civilians").
    low = None if current[0] is None or fig.low is None else current[0] + fig.low
    high = None if current[1] is None or fig.high is None else current[1] + fig.high
    setattr(d, fig.kind, (low, high, current[2], f"{current[3]} + {words}"))


def _merge(a: _Draft, b: _Draft) -> _Draft | None:
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


def _overlap(a: _When, b: _When) -> bool:
    """Whether two reports in one article may tell of one event: days at most a week apart."""
    if a.first is None or b.first is None:
        return True
    return a.first <= b.last + _SAME_EPISODE and b.first <= a.last + _SAME_EPISODE


def fatalities(killed_low: int | None, words: str = "") -> int:
    """ACLED's conservative count: the lowest figure the report gives.

    A figure with only an upper bound ("up to 60") counts 0; a vague one counts
    as ACLED does ("dozens" 12, "hundreds" 100), else 0.
    """
    if killed_low is not None:
        return killed_low
    low = words.lower()
    return max((n for word, n in VAGUE_FATALITIES.items() if word in low), default=0)


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


def _fields(article: Article, d: _Draft) -> dict:
    """The fields of the :class:`Event` a draft becomes, but its group."""
    m = d.place
    killed = d.killed or (None, None, "", "")
    wounded = d.wounded or (None, None, "", "")
    notes = [f"date: {d.when.note}"] if d.when.note else []
    notes += d.notes
    if d.also:
        notes.append("also reported at characters " + ", ".join(f"{a}-{b}" for a, b in d.also))
    dead = fatalities(killed[0], killed[3])
    if d.killed is not None and killed[0] is None:
        notes.append(f"fatalities {dead}: the report gives no lower bound ('{killed[3]}')")
    actor1, actor2 = (_national(name, m.country) for name in d.actors)
    if actor2 == actor1:
        actor2 = ""
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
        killed_low=killed[0],
        killed_high=killed[1],
        wounded_low=wounded[0],
        wounded_high=wounded[1],
        count_qualifier=(d.killed or d.wounded or (None, None, "", ""))[2],
        fatalities=dead,
        scope=d.scope,
        sentence=article.text[d.start:d.end],
        start_char=d.start,
        end_char=d.end,
        notes="; ".join(notes),
    )
