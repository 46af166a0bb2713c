"""Records: a report being built, one report of repeated ones, and the :class:`Event` it becomes.

Reports of one event repeated in one article (same place, type and scope within a
week) become one record; it keeps the sentence with a figure, else one that names
the place, else one with a date, else the first of the body, and spans the dates
of its dated sentences.
"""

from __future__ import annotations

import datetime as dt
import re
import hashlib
import heapq
from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice
from operator import itemgetter

from geodata import datafiles
from geodata.events.cues import cue_rows
from geodata.events.kinds import ATTACK, VIOLENT_TYPES
from geodata.events.tolls import Count, fatalities
from geodata.events.when import When
from geodata.events.where import one_word_place_nouns
from geodata.models import Article, Mention
from geodata.text.memo import LastText
from geodata.text.phrases import ascii_twin, plain_text, starred_alternation, trie_regex, with_first_chars

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
    # Placed only at the article's most-mentioned town, its sentence naming none: a guess that a later
    # sentence naming the event again and its place outranks.
    guessed: bool = False
    joins: bool = False  # a toll that completes the report of the sentence before
    # Typed only by who was hit, its sentence naming no kind of event ("He said 82 students had died"): its
    # kind is a guess that another sentence's event word outranks.
    bare: bool = False
    killed: Count | None = None
    wounded: Count | None = None
    notes: list[str] = field(default_factory=list)
    also: list[tuple[int, int]] = field(default_factory=list)  # other sentences that report it
    covers: tuple[str, ...] = ()  # ids of the other places its toll may cover ("in Kut and Hilla")

    @property
    def has_figures(self) -> bool:
        return self.killed is not None or self.wounded is not None

    def rank(self) -> tuple:
        """Which of two merged reports keeps its sentence: figures, a named place, a date, body, first."""
        return not self.has_figures, self.inherited, not self.when.dated, self.headline, self.start


def merge(a: Draft, b: Draft) -> Draft | None:
    """One draft for two reports of one event in one article, or None if they are not one."""
    if (a.place.place_id, a.kind, a.scope) != (b.place.place_id, b.kind, b.scope) or not overlap(a.when, b.when) \
            or (a.kind == ATTACK and told_days_apart(a.when, b.when)) or _background_beside_toll(a, b):
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
                   also=_all_spans(keep.also, other.also, (other.start, other.end)))


# How many words open a sentence, for the words of another event.
_OPENING_WORDS = 6


@cache
def _same_event_next() -> dict[str, frozenset[str]]:
    """The words after a word of ``other_event_words.csv`` that make it tell more of the same event ("The toll
    later rose to 79"): the ``unless_next`` column."""
    return {row["word"].lower(): frozenset(row["unless_next"].split())
            for row in datafiles.rows("other_event_words.csv") if row.get("unless_next")}


@cache
def _other_event_words(also: bool = True) -> frozenset[str]:
    words = frozenset(row["word"].lower() for row in datafiles.rows("other_event_words.csv"))
    return words if also else words - {"also"}


@cache
def _event_plurals() -> str:
    """The plural nouns of violent events of ``several_events.csv`` ("attacks", "clashes", "air strikes"),
    as one alternation, longest first."""
    words = sorted((r["words"].lower() for r in datafiles.rows("several_events.csv")), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _several_events_re(plain: bool = False) -> re.Pattern[str]:
    if plain:  # the text is all ASCII: the twin finds the same, quicker (see ascii_twin)
        return ascii_twin(_several_events_re())
    return re.compile(rf"\b(?:{_event_plurals()})\b")


def several_events(low: str, start: int, end: int, *, ranked: bool = False) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) tells of several violent events ("10 attacks on
    villages", "clashes"); with ``ranked``, also where it ranks one among them ("the bloodiest of
    several attacks")."""
    for m in _several_events_re(plain_text(low)).finditer(low, start, end):
        # "one of the deadliest attacks this year": a ranking of the event among others, not several.
        if ranked or not _RANKING_BEFORE_RE.search(low, max(start, m.start() - 40), m.start()):
            return True
    return False


@cache
def _counted_events_re(plain: bool = False) -> re.Pattern[str]:
    """Two or more events counted: "two separate airstrikes", "the three attacks", "both raids"."""
    if plain:  # the text is all ASCII: the twin finds the same, quicker (see ascii_twin)
        return ascii_twin(_counted_events_re())
    # ("two major attacks", "three coordinated bombings": one word may qualify them)
    # (or acts told as many: "attackers struck several times Monday, killing seven civilians", "militants launched
    # several attacks")
    return re.compile(rf"\b(?:both|two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d+)\s+"
                      rf"(?:[a-z-]+\s+|)(?:{_event_plurals()})\b"
                      # (not a target's: "The building was hit several times")
                      r"|(?<!was\s)(?<!were\s)(?<!been\s)\b(?:struck|attacked|hit|bombed)\s+"
                      r"(?:several|multiple|many|a\s+dozen)\s+times\b"
                      rf"|\b(?:launched|carried\s+out|staged)\s+(?:several|multiple|a\s+series\s+of)\s+(?:[a-z-]+\s+|)"
                      rf"(?:{_event_plurals()})\b")


@cache
def _counted_sites_re() -> re.Pattern[str]:
    """Two or more sites counted after "at", "in" or "on": "at two Baghdad pet markets", "in three villages"."""
    plurals = {n + ("es" if n.endswith(("s", "sh", "ch", "x")) else "s") for n in one_word_place_nouns()
               if not n.endswith("s")}
    return re.compile(r"\b(?:at|in|on)\s+(?:the\s+|)(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|several)"
                      rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{trie_regex(plurals)})\b")


def counted_sites(low: str, start: int, end: int) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) tells its event at two or more sites ("killed 72 people
    in attacks ... at two Baghdad pet markets"): a toll of as many events."""
    return _counted_sites_re().search(low, start, end) is not None


def series_of_events(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` (lower-cased) tells a series of events: "a series of 11 bomb blasts", "a string
    of bombings", "a wave of coordinated attacks"."""
    return "of" in low[start:end] and _series_re().search(low, start, end) is not None


@cache
def _series_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:series|spate|wave|string|chain)\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{_event_plurals()})\b")


def counted_events(low: str, start: int, end: int) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) counts two or more events of
    ``several_events.csv`` ("Two separate airstrikes ...", "the death toll from the two attacks")."""
    return _counted_events_re(plain_text(low)).search(low, start, end) is not None


@cache
def _during_events_re(plain: bool = False) -> re.Pattern[str]:
    if plain:  # the text is all ASCII: the twin finds the same, quicker (see ascii_twin)
        return ascii_twin(_during_events_re())
    # ("16 killed and more than 100 wounded in clashes": the wounded may come between)
    return re.compile(r"[\w\s]{0,40}?\b(?:killed|dead|died|lost\s+their\s+lives|wounded|injured)"
                      r"(?:\s+and\s+[\w\s]{0,30}?\b(?:wounded|injured|hurt)|)\s+(?:during|in|by)\s+"
                      rf"(?:[a-z-]+\s+){{0,2}}?(?:{_event_plurals()})\b")


def killed_during_events(low: str, start: int, end: int) -> bool:
    """``low[start:end]`` (lower-cased) opens on the dead of events in the plural of
    ``several_events.csv``: "people had been killed during retaliatory strikes", "killed in air raids"
    (or the wounded: "more than 100 wounded in clashes")."""
    return _during_events_re(plain_text(low)).match(low, start, end) is not None


_RANKING_BEFORE_RE = re.compile(r"\b(?:one of the|deadliest|worst|bloodiest|largest|biggest)\b"
                                r"[\w\s-]{0,25}$")


def opens_elsewhere(low: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` of ``low`` (lower-cased) opens on another part of the country:
    "To the north, ...", "Further south, ...", "In the west, ..." (somewhere else than the place told before)."""
    return _ELSEWHERE_RE.match(low, start) is not None


_ELSEWHERE_RE = re.compile(r"\s*(?:to\s+the|further|farther|in\s+the)\s+"
                           r"(?:north|south|east|west)(?:-?(?:east|west))?\b")


def opens_other_event(low: str, start: int, end: int, *, also: bool = True) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) opens on another event than the one before
    ("Separately, gunmen ...", "In another attack ...": ``other_event_words.csv``); with ``also``
    False, not for "also" alone, which may only add a speaker's words ("Mohsini also said 25 ...")."""
    # Most sentences hold none of the words anywhere: where the words stand in the text, found once a text,
    # says so before any word is cut out (a word of the opening starts inside the sentence).
    starts = _where_words_stand(low)[also]
    at = bisect_left(starts, start)
    if at == len(starts) or starts[at] >= end:
        return False
    # The first words alone, read lazily (not every word of the sentence cut out and listed), and
    # looked up in the set by isdisjoint, with no Python step a word: asked for most sentences.
    # (one word more than the opening: the word after the last may say it tells the same event)
    opening = list(map(_WHOLE, islice(_LETTERS_RE.finditer(low, start, end), _OPENING_WORDS + 1)))
    words = _other_event_words(also)
    if words.isdisjoint(opening[:_OPENING_WORDS]):
        return False
    unless = _same_event_next()
    return any(w in words and opening[i + 1:i + 2] not in ([n] for n in unless.get(w, ()))
               for i, w in enumerate(opening[:_OPENING_WORDS]))


_LETTERS_RE = re.compile(r"[a-z]+")


def _where_words_stand(low: str) -> tuple[list[int], list[int]]:
    """Where a word of ``other_event_words.csv`` stands in ``low`` as a substring, in order: without "also",
    then with it (indexed by ``also``). Kept for the last text read: asked for most sentences of one."""
    global _stands
    if _stands[0] is not low:
        found: list[list[int]] = [[], []]
        for word in _other_event_words():
            at = low.find(word)
            while at >= 0:
                found[1].append(at)
                if word != "also":
                    found[0].append(at)
                at = low.find(word, at + 1)
        _stands = (low, (sorted(found[0]), sorted(found[1])))
    return _stands[1]


_stands: tuple[str | None, tuple[list[int], list[int]]] = (None, ([], []))  # the last text read, and its words
_WHOLE = itemgetter(0)  # a match's whole text


# A definite reference to an event told before: "The airstrike in the town of ...", "Sunday's raid
# took place in ...", "the strikes which hit ...". The words between may not be a verb's helpers
# ("the village was attacked" is no reference), nor an article ("said that a roadside bomb killed": the
# "that" opens a clause).
# The word boundary before the alternatives, so that sre skips the words by their first letter; up to
# two words between, written as nested "(?:...|)", not "{0,2}": the same matches, but sre sets up no
# repeat for them (these patterns run over every sentence with a cue).
# The words that make a reference definite, and an opening quotation mark ('This "terrorist attack"').
_REFERRING = r"\b(?:the|this|that|these|those|[a-z]+['’]s)\s+[\"“‘]?"
_DEFINITE = r"\b(?:the|this|that|these|those)\s+[\"“‘]?"  # the same, less the possessives
_WORD_BETWEEN = r"(?!(?:was|were|is|are|has|have|had|been|be|a|an|another)\b)[a-z-]+\s+"
_BETWEEN = rf"(?:{_WORD_BETWEEN}(?:{_WORD_BETWEEN}|)|)"


@cache
def _event_nouns() -> str:
    """The nouns of violent events in ``event_types.csv`` ("airstrike", "raid", "ambush"), as a
    pattern: not its verbs ("attacked"), nor the doers ("bomber")."""
    nouns = sorted({r["cue"].lower() for r in cue_rows() if r["event_type"] in VIOLENT_TYPES and " " not in r["cue"]
                    and not r["cue"].rstrip("*").endswith(("ed", "er", "ers"))}, key=len, reverse=True)
    return starred_alternation(nouns)


@cache
def _reference_re(plain: bool = False, possessive: bool = True) -> re.Pattern[str]:
    """A definite reference to an event; without ``possessive``, none that a possessive makes definite
    ("Sunday's raid"), for text that holds none (see :func:`_reference_in`)."""
    if plain:  # the text is all ASCII: the twin finds the same, quicker (see ascii_twin)
        return ascii_twin(_reference_re(False, possessive))
    # The nouns of events, and those that only refer to one (``event_references.csv``: "the encounter").
    others = sorted((r["word"].lower() for r in datafiles.rows("event_references.csv")), key=len, reverse=True)
    referring = _REFERRING if possessive else _DEFINITE
    return re.compile(rf"{referring}{_BETWEEN}(?:{'|'.join(map(re.escape, others))}|{_event_nouns()})\b")


def _reference_in(low: str, start: int, end: int) -> re.Pattern[str]:
    """The pattern of :func:`_reference_re` for ``low[start:end]``: without the possessives where it holds no
    "'s" (most sentences), whose branch read every word of the sentence to its end before it failed (the
    same matches: a possessive's reference holds the "'s" inside the span searched)."""
    possessive = low.find("'s", start, end) >= 0 or low.find("’s", start, end) >= 0
    return _reference_re(plain_text(low), possessive)


@cache
def _introduction_re(plain: bool = False) -> re.Pattern[str]:
    if plain:  # the text is all ASCII: the twin finds the same, quicker (see ascii_twin)
        return ascii_twin(_introduction_re())
    pattern = rf"\b(?:an?|another)\s+{_BETWEEN}(?:{_event_nouns()})\b"
    return re.compile(with_first_chars(pattern))


@cache
def _part_reference_re(plain: bool = False) -> re.Pattern[str]:
    if plain:  # the text is all ASCII: the twin finds the same, quicker (see ascii_twin)
        return ascii_twin(_part_reference_re())
    pattern = (rf"\b(?:one|two|three|some|several|many|most|each|another)\s+of\s+(?:the|these|those|its|their)"
               rf"\s+{_BETWEEN}(?:{_event_nouns()})\b")
    return re.compile(with_first_chars(pattern))


def refers_to_part(low: str, start: int, end: int) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) tells of one of several events told together
    before ("One of the strikes hit an internet cafe in Jazra"): a part of that toll, not all of it."""
    return _part_reference_re(plain_text(low)).search(low, start, end) is not None


def refers_back(low: str, start: int, end: int) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) names an event it has told of before by a
    definite reference ("The airstrike in the town of Maaret al-Numan also wounded ...")."""
    # Asked of a draft's sentence by several steps of the linking (8 of 22 asks an article come again):
    # answered once, for the text last asked about.
    answers = REFERS_BACK.answers(low)
    known = answers.get((start, end))
    if known is None:
        known = answers[(start, end)] = _reference_in(low, start, end).search(low, start, end) is not None
    return known


REFERS_BACK: LastText[bool] = LastText()  # a text, and its sentences' answers


_OPENING_CHARS = 80  # the opening of a sentence a definite reference is looked for in


def opens_on_reference(low: str, start: int, end: int) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) opens on a definite reference to an event told
    before: it is about that event ("The blast in Habbaniyah ...", "The bomb exploded in ..."), not one
    that names it in passing ("... killed in the attack were buried in Niamey")."""
    opening = low[start:min(end, start + _OPENING_CHARS)].lstrip(" \n\"“‘")
    return _reference_in(opening, 0, len(opening)).match(opening) is not None


def introduces_event(low: str, start: int, end: int) -> bool:
    """The sentence ``low[start:end]`` (lower-cased) tells of an event as a new one ("the army had
    repelled an attack in Hama") and of none by a definite reference, nor opens on the attackers of the
    event told before ("The assailants detonated a bomb at ...")."""
    plain = plain_text(low)
    return _introduction_re(plain).search(low, start, end) is not None and not refers_back(low, start, end) \
        and _attackers_re().match(low, start, min(end, start + _OPENING_CHARS)) is None


@cache
def attacker_words() -> str:
    """The words of ``attacker_references.csv`` ("gunmen", "assailants"), lower-cased, as one alternation."""
    return trie_regex(r["word"].strip().lower() for r in datafiles.rows("attacker_references.csv"))


@cache
def _attackers_re() -> re.Pattern[str]:
    return re.compile(rf"\s*[\"“‘']?the\s+(?:[\w-]+\s+){{0,2}}?(?:{attacker_words()})\b")


def join_halves(drafts: list[Draft], low: str = "") -> list[Draft]:
    """``drafts`` (in text order) with the halves of one account made one: a toll of killed and, in
    the next sentence at the same place, the wounded of the same type of event, told with other
    words ("At least 12 people have died after a suicide bomber blew himself up ... in Kabul. ... 42
    people had been injured in the blast."). :func:`merge` joins such halves when their sub-types
    agree too; this joins them when only the event type does."""
    out: list[Draft] = []
    last_at: dict[tuple[str, str], int] = {}  # (place, scope) -> index in out of its latest draft
    for d in drafts:
        key = (d.place.place_id, d.scope)
        i = last_at.get(key)
        p = out[i] if i is not None else None
        if p is not None and _halves(p, d) and (d.sentence - p.sentence == 1 or _wounded_told_after(out, i, d, low)) \
                and (p.kind[0] == d.kind[0] or (low and _wounded_of_the_event(d, low))
                     or (d.bare and d.sentence - p.sentence > 1)) \
                and not (p.joins or d.joins) and overlap(p.when, d.when) \
                and not (low and opens_other_event(low, d.start, d.end, also=not _wounded_of_the_event(d, low))):
            notes = p.notes + [n for n in d.notes if n not in p.notes]
            if d.sentence - p.sentence == 1:
                out[i] = replace(p, end=d.end, killed=p.killed or d.killed, wounded=p.wounded or d.wounded,
                                 sentence=d.sentence, notes=notes)
            else:  # (the wounded's sentence another that reports it: the killed's own words read as they were)
                out[i] = replace(p, wounded=d.wounded, notes=notes, also=_all_spans(p.also, d.also, (d.start, d.end)))
            continue
        last_at[key] = len(out)
        out.append(d)
    return out


def _wounded_told_after(out: list[Draft], i: int, d: Draft, low: str) -> bool:
    """``d`` gives only the wounded of the toll ``out[i]`` gave a few sentences before, nothing told between: no
    other toll, no other event ("A bomb killed 12 people in the town's market on Friday. ... ... Thirty others
    were wounded, a doctor said"; not after "A second bomber blew himself up ...")."""
    p = out[i]
    return bool(low) and p.killed is not None and d.killed is None \
        and 1 < d.sentence - p.sentence <= _HALVES_REACH and not any(o.has_figures for o in out[i + 1:]) \
        and _other_event_between_re().search(low, p.end, d.start) is None


_HALVES_REACH = 3  # sentences from the killed to their wounded


@cache
def _other_event_between_re() -> re.Pattern[str]:
    """Words between the killed and their wounded that tell of another event: those of ``other_event_words.csv``
    but "also" ("a second suicide attacker", "in another attack"), and a few that a sentence's opening alone
    does not make another's ("a third", "then", "in response")."""
    words = "|".join(sorted(map(re.escape, _other_event_words(also=False)), key=len, reverse=True))
    return re.compile(rf"\b(?:{words}|third|previous(?:ly)?|last\s+(?:week|month|year)|then"
                      r"|in\s+(?:response|retaliation))\b"
                      # (or a sentence opening on its subject's attack: "The Houthis shelled Saudi border posts",
                      # "The insurgents attacked a district headquarters")
                      r"|(?:^|[.!?][\"”’]?\s+)(?:[a-z'’-]+\s+){1,3}(?:attacked|shelled|stormed|ambushed"
                      r"|raided|bombarded|overran|seized|captured)\b")


def _wounded_of_the_event(d: Draft, low: str) -> bool:
    """``d`` gives only the wounded, of an event its sentence names by a definite reference: its type
    is the one told with the killed ("... killing 16 people. More than 100 others were wounded in the
    attack": "attack" alone would make it a battle), and "also" adds them to it ("The attack also wounded
    30 others")."""
    return d.killed is None and refers_back(low, d.start, d.end)


def _halves(a: Draft, b: Draft) -> bool:
    """One gives only the killed, the other only the wounded (not two attacks on civilians each dated to its own
    day: "On 3 May ... killing three. On 4 May, gunmen attacked a camp ..., wounding five")."""
    return ((a.killed is not None and a.wounded is None and b.killed is None and b.wounded is not None)
            or (a.wounded is not None and a.killed is None and b.wounded is None and b.killed is not None)) \
        and not (a.kind == ATTACK and told_days_apart(a.when, b.when))


def _all_spans(a: list[tuple[int, int]], b: list[tuple[int, int]], span: tuple[int, int]) -> list[tuple[int, int]]:
    """``sorted(a + b + [span])`` (``a`` and ``b`` sorted) made by adding the shorter list to the longer
    in place: one place reported a thousand times in an article is not copied a thousand times. The
    merged drafts these lists came from are no longer read for them."""
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    if small is big:
        small = list(small)
    for item in [*small, span]:
        if not big or big[-1] <= item:
            big.append(item)
        else:
            insort(big, item)
    return big


def _background_beside_toll(a: Draft, b: Draft) -> bool:
    """Whether one of two drafts tells no figure over a year or more ("The Islamist militant group has been waging
    attacks in the region around Lake Chad since 2009") and the other a toll: a war's background, no part of the
    event (whose days it would spread over years)."""
    return any(not x.has_figures and y.has_figures and x.when.dated and x.when.lo is not None
               and (x.when.hi - x.when.lo).days >= _YEAR_DAYS for x, y in ((a, b), (b, a)))


_YEAR_DAYS = 365


def told_days_apart(a: When, b: When) -> bool:
    """Whether both sentences date what they tell, to days that do not meet ("on 30 October ... killing
    three", then "On 31 October, fighters attacked the camp"): two attacks, however near (a fight may go on
    for days, one event)."""
    return (a.dated and b.dated and a.lo is not None and b.lo is not None and (b.lo > a.hi or a.lo > b.hi))


def overlap(a: When, b: When) -> bool:
    """Whether two reports in one article may tell of one event: days at most a week apart."""
    if a.first is None or b.first is None:
        return True
    # Differences, not sums: a date near the calendar's end never overflows.
    return a.first - b.last <= _SAME_EPISODE and b.first - a.last <= _SAME_EPISODE


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


def event_id(article: Article, d: Draft) -> str:
    """The id of the event a draft becomes: a hash of where the report stands and what it is, so
    that it is stable across runs."""
    m = d.place
    ident = f"{article.id}|{d.start}|{d.end}|{m.place_id}|{d.kind[0]}|{d.kind[1]}|{d.scope}"
    return "ev-" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:12]


def event_fields(article: Article, d: Draft, *, ident: str = "", counted_in: str = "", why: str = "",
                 less: int = 0) -> dict:
    """The fields of the :class:`Event` a draft becomes, but its group; ``counted_in`` is the id of
    the report of the article that counts its killings, if another does, and ``less`` the killed
    that other reports count of a toll it adds up (``why``: the reason); ``ident`` its
    :func:`event_id`, if made already."""
    m = d.place
    killed = d.killed or _NO_COUNT
    wounded = d.wounded or _NO_COUNT
    notes = [f"date: {d.when.note}"] if d.when.note else []
    notes += d.notes
    if d.also:
        notes.append("also reported at characters " + ", ".join(f"{a}-{b}" for a, b in d.also))
    # What the report adds to the local toll: a wider figure, or one another report counts, adds
    # nothing (see geodata.counting).
    dead = fatalities(killed.low, killed.words) if d.scope == "local" and not counted_in else None
    if dead is not None and less:
        dead = max(0, dead - less)
    if dead is not None and d.killed is not None and killed.low is None:
        notes.append(f"fatalities {dead}: the report gives no lower bound ('{killed.words}')")
    actor1, actor2 = (_national(name, m.country) for name in d.actors)
    if actor2 == actor1:
        actor2 = ""
    if why:
        notes.append(why)
    return dict(
        event_id=ident or event_id(article, d),
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
        wounded_qualifier=d.wounded.qualifier if d.wounded else "",
        fatalities=dead,
        scope=d.scope,
        sentence=article.text[d.start:d.end],
        start_char=d.start,
        end_char=d.end,
        notes="; ".join(notes),
        counted_in=counted_in,
    )


# Weeks a dated draft is filed under for merging; a draft spanning more is filed as wide.
_WEEK = 7
_MAX_WEEKS = 64


class Drafts:
    """An article's drafts in text order, each new one merged into the first earlier draft it is one
    event with (:func:`merge`), as if tried against every earlier draft in turn.

    Drafts are filed by key (place, type, scope), sentence and week, so a new draft is tried only
    against those it can merge with: a neighbouring sentence's (the halves of one account) and
    the first of those whose days are at most a week from its own.
    """

    def __init__(self) -> None:
        self.items: list[Draft] = []
        self._files: dict[tuple, _KeyFile] = {}

    def add(self, d: Draft) -> None:
        key = (d.place.place_id, d.kind, d.scope)
        file = self._files.get(key)
        if file is None:  # the key's first draft: nothing to merge with
            file = self._files[key] = _KeyFile()
            self.items.append(d)
            file.file(len(self.items) - 1, d)
            return
        for i in file.candidates(d, self.items):
            if d.has_figures and not self.items[i].has_figures and d.sentence - self.items[i].sentence > 1 \
                    and self._places_a_lead(i):
                continue  # (kept apart: the lead's toll may move to where it says the event was)
            merged = merge(self.items[i], d)
            if merged is not None:
                self.items[i] = merged
                file.file(i, merged)
                return
        self.items.append(d)
        file.file(len(self.items) - 1, d)

    def _places_a_lead(self, i: int) -> bool:
        """Whether draft ``i``, with no figure, follows a toll told at a coarser place (a region, a country) by a
        sentence or two ("At least 22 people have been killed in inter-clan clashes in South Sudan", then "The
        fighting ... occurred in Bor South"): it may place that toll, which a later toll there must not take from
        it by a merge."""
        a = self.items[i]
        for k in range(i - 1, max(-1, i - _LEAD_LOOK - 1), -1):
            lead = self.items[k]
            if 0 < a.sentence - lead.sentence <= 2 and lead.killed is not None and lead.place.kind in COARSE_KINDS \
                    and lead.place.place_id != a.place.place_id:
                return True
        return False


_LEAD_LOOK = 6  # earlier drafts looked at for a lead a figure-less draft may place
COARSE_KINDS = frozenset({"governorate", "state", "region", "country"})  # places wider than a town


def _group(d: Draft) -> int:
    """Which merges ``d`` may take part in beyond its neighbouring sentences: 0 none (it joins a
    toll to the sentence before), 1 with any draft but a joining one, 2 (it has figures) with one
    without figures."""
    return 0 if d.joins else 2 if d.has_figures else 1


def _weeks(when: When) -> range | None:
    """The weeks ``when``'s days and the week after them fall in; None when undated or too many."""
    lo = when.first.toordinal() // _WEEK
    hi = (when.last.toordinal() + _SAME_EPISODE.days) // _WEEK
    return range(lo, hi + 1) if hi - lo < _MAX_WEEKS else None


class _KeyFile:
    """The drafts of one key, filed for :meth:`Drafts.add`; stale entries are skipped as found."""

    def __init__(self) -> None:
        self.version: dict[int, int] = {}
        self.sentence: dict[int, int] = {}
        self.by_sentence: dict[int, set[int]] = {}
        self.heaps: dict[tuple, list[tuple[int, int]]] = {}

    def file(self, i: int, d: Draft) -> None:
        version = self.version[i] = self.version.get(i, -1) + 1
        if i in self.sentence:
            self.by_sentence[self.sentence[i]].discard(i)
        self.sentence[i] = d.sentence
        self.by_sentence.setdefault(d.sentence, set()).add(i)
        group = _group(d)
        if not group:
            return
        places: list[tuple] = [("all", group)]
        if d.when.first is None:
            places.append(("undated", group))
        else:
            weeks = _weeks(d.when)
            places += [("wide", group)] if weeks is None else [("week", group, w) for w in weeks]
        for place in places:
            heapq.heappush(self.heaps.setdefault(place, []), (i, version))

    def _first(self, place: tuple, items: list[Draft], d: Draft | None = None) -> int | None:
        """The first live draft filed at ``place`` (whose days overlap ``d``'s, if given)."""
        heap = self.heaps.get(place)
        if not heap:
            return None
        skipped, found = [], None
        while heap:
            i, version = heap[0]
            if version != self.version[i]:
                heapq.heappop(heap)  # filed again since
            elif d is not None and not overlap(items[i].when, d.when):
                skipped.append(heapq.heappop(heap))
            else:
                found = i
                break
        for entry in skipped:
            heapq.heappush(heap, entry)
        return found

    def candidates(self, d: Draft, items: list[Draft]) -> list[int]:
        """Indexes of the drafts ``d`` may merge with, in order; the first that merges is the one."""
        found = set(self.by_sentence.get(d.sentence - 1, ())) | self.by_sentence.get(d.sentence + 1, set())
        if not d.joins:
            for group in (1,) if d.has_figures else (1, 2):
                if d.when.first is None:
                    found.add(self._first(("all", group), items))
                    continue
                found.add(self._first(("undated", group), items))
                found.add(self._first(("wide", group), items, d))
                weeks = _weeks(d.when)
                if weeks is None:  # too many weeks to look up: every dated draft of the group
                    found.update(i for i, version in self.heaps.get(("all", group), ())
                                 if version == self.version[i] and overlap(items[i].when, d.when))
                else:
                    found.update(self._first(("week", group, w), items, d) for w in weeks)
        found.discard(None)
        return sorted(found)
