"""The grammar of date expressions: the words of ``date_words.csv`` combined into patterns.

:func:`date_grammar` compiles every pattern on first use; each pattern has a builder
(``_build_*``) that turns its match into a :class:`DateCandidate`, or refuses it
("In March 30 people died" names a month, not March 30). What a candidate's
``rule`` and ``args`` mean when it is resolved is in :mod:`.resolvers`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from geodata.text.frozen import frozen_record
from geodata import datafiles
from geodata.text.phrases import ascii_twin, first_chars, optional_as_branch, trie_regex, with_first_chars

NOT_DATE = "not_date"  # the rule of a phrase that looks like a date and is none: "Bloody Sunday"


@frozen_record
class DateCandidate:
    """A date expression found in a sentence, not yet read against a publication date."""

    start: int
    end: int
    text: str
    rule: str  # how it resolves: "day", "weekday", "date", "range", "month_name"...
    args: tuple  # the rule's arguments (offsets, month and day numbers, modes)
    rank: int  # 0 day or explicit date, 1 week, 2 month or year, 3 "since ...", 4 a day of telling, 9 not a date
    ahead: bool = False  # the sentence speaks of what is to come: a day without a year may lie months ahead


Builder = Callable[[re.Match[str]], DateCandidate | None]


@dataclass(frozen=True)
class Matcher:
    gate: re.Pattern[str]  # a word the lowercased sentence must hold for ``pattern`` to be tried
    pattern: re.Pattern[str]
    build: Builder
    # The gate reads the sentence as written, not lowercased: the pattern's own words are cased
    # (a month's name), so "market" and "decided" wake no month pattern.
    cased: bool = False
    words: tuple[str, ...] = ()  # the gate's words (see GateScan)


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns and the word tables their builders look words up in."""

    months: dict[str, int]  # "March", "Mar" -> 3
    weekdays: dict[str, int]  # "Monday" -> 0, as ``date.weekday()`` counts
    numbers: dict[str, int]  # keyed: "forty-eight" -> 48
    relative: dict[str, tuple[str, int]]  # keyed: "last month" -> ("month", -1)
    cues: dict[str, str]  # keyed: "in early" -> "past", "since" -> "since"
    matchers: tuple[Matcher, ...]
    precheck: re.Pattern[str]  # no match: the sentence holds no date expression
    telling: re.Pattern[str]  # ends where a date tells when something was said: "police said [Monday]"
    ahead: re.Pattern[str]  # a word of a sentence that speaks of what is to come: "will", "planned", "due to"


@dataclass(frozen=True)
class CalendarNames:
    """The full names of days and months, as ``date_words.csv`` writes them."""

    weekdays: tuple[str, ...]  # Monday first, as ``date.weekday()`` counts
    months: tuple[str, ...]  # January first


@cache
def _table() -> dict[str, tuple[dict[str, str], ...]]:
    rows = datafiles.rows("date_words.csv")
    return {k: tuple(r for r in rows if r["kind"] == k) for k in {r["kind"] for r in rows}}


@cache
def calendar_names() -> CalendarNames:
    """Day and month names, in calendar order; abbreviations left out."""
    table = _table()

    def names(kind: str, first: int, count: int) -> tuple[str, ...]:
        by_number = {int(r["arg"]): r["phrase"] for r in table[kind] if r["rule"] != "abbreviation"}
        return tuple(by_number[n] for n in range(first, first + count))

    return CalendarNames(weekdays=names("weekday", 0, 7), months=names("month", 1, 12))


# Not phrase_key: here a hyphen belongs to the phrase ("forty-eight", the cue "mid-"
# that takes no space before the month).
def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _cue_mode(cue: str) -> str:
    """The mode of a cue as matched. The patterns match without case, so a long s or the Kelvin sign
    ("ſince") matches a cue that lower() does not give back: such a cue is read by its case-folded key."""
    cues = date_grammar().cues
    key = _key(cue)
    return cues[key] if key in cues else cues[" ".join(cue.casefold().split())]


def _phrase_re(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _alt(items: Iterable[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


@cache
def date_grammar() -> Grammar:
    """The grammar, built from ``date_words.csv`` on first use."""
    table = _table()
    months = {r["phrase"]: int(r["arg"]) for r in table["month"]}
    weekdays = {r["phrase"]: int(r["arg"]) for r in table["weekday"]}
    numbers = {_key(r["phrase"]): int(r["arg"]) for r in table["number"]}
    relative = {_key(r["phrase"]): (r["rule"], int(r["arg"] or 0)) for r in table["relative"]}
    cues = {_key(r["phrase"]): r["rule"] for r in table["cue"]}
    not_dates = [r["phrase"] for r in table[NOT_DATE]]

    # Abbreviations may take a full stop ("Oct. 25").
    month_alt = _alt(re.escape(r["phrase"]) + (r"\.?" if r["rule"] == "abbreviation" else "")
                     for r in table["month"])
    weekday_alt = _alt(weekdays)
    number_alt = _alt(re.escape(n) for n in numbers)

    # Each pattern runs only if the lowercased sentence holds one of its
    # words: most sentences with a date have one or two kinds of expression.
    # The month patterns match a month's name only as written ("March", "Mar."), never in lower
    # case: their gate is its first three letters, cased.
    months3 = tuple({m[:3] for m in months})
    last_words = tuple({p.split()[-1] for p in relative})
    # The characters a match of the month patterns may start with: the first letter of a month, of a
    # weekday, of "the", a day's digit, or of their case-free opening words.
    month_first, day_first = {m[0] for m in months}, set("0123456789")
    matchers = (
        (months3, _starts(_single_re(month_alt, weekday_alt), month_first | {w[0] for w in weekdays} | {"t"}
                          | day_first, "s"), _build_single),
        (months3, _starts(_range_re(month_alt), month_first | {"t"} | day_first, "fb"), _build_range),
        (tuple(w.lower() for w in weekdays), _weekday_re(weekday_alt), _build_weekday),
        (("from", "between"), _weekday_range_re(weekday_alt), _build_weekday_range),
        (last_words, _relative_re(relative), _build_relative),
        (("ago",), _ago_re(number_alt), _build_ago),
        (("past", "last"), _past_re(number_alt), _build_past),
        # (behind a look-behind for a letter, as the days of the week: every match opens where none stands before)
        (months3, _NO_LETTER_BEFORE + _starts(_month_name_re(month_alt, cues), month_first, {c[0] for c in cues}),
         _build_month_name),
        (("19", "20"), _year_name_re(cues), _build_year_name),
        (tuple({_key(p).split()[0] for p in not_dates}), _not_date_re(not_dates), _build_not_date),
    )
    return Grammar(
        months=months, weekdays=weekdays, numbers=numbers, relative=relative, cues=cues,
        # One literal alternation per gate: sre scans for it far faster than a
        # Python loop of ``word in sentence``.
        # Their optional words as "(?:...|)": sre sets up no repeat for them (optional_as_branch).
        # The month patterns share one gate object: find_dates searches it once a sentence (GateScan).
        matchers=tuple(Matcher(_gate(gate), re.compile(optional_as_branch(pattern)), build, cased=gate is months3,
                               words=gate) for gate, pattern, build in matchers),
        precheck=_precheck(months, weekdays, relative),
        telling=_telling_re(table.get("telling", ())),
        ahead=_ahead_re(table.get("ahead", ())),
    )


@cache
def _gate(words: tuple[str, ...]) -> re.Pattern[str]:
    """One literal alternation of ``words``, the same object for the same words."""
    return re.compile("|".join(sorted(map(re.escape, words))))


@dataclass(frozen=True)
class GateScan:
    """The matchers' gates read in one scan of the sentence: most sentences that may hold a date hold a word
    or two of the gates, and a search for each gate (seven of them on the lower-cased sentence) costs more
    than finding those words."""

    words: re.Pattern[str]  # every word of the gates read lower-cased, as one trie: the longest at a start
    # A word as ``words`` finds it -> the matchers whose gate holds it or a word it starts with (any word
    # found at a start is a start of the longest found there).
    opens: dict[str, frozenset[int]]
    cased: tuple[tuple[int, ...], ...]  # the matchers whose gate reads the sentence as written, by gate


@cache
def gate_scan() -> GateScan:
    """The :class:`GateScan` of :func:`date_matchers` (the same for their twins: a gate is literal words)."""
    matchers = date_grammar().matchers
    words = {index: m.words for index, m in enumerate(matchers) if not m.cased}
    every = {w for group in words.values() for w in group}
    opens = {found: frozenset(index for index, group in words.items() if any(found.startswith(w) for w in group))
             for found in every}
    cased: dict[int, list[int]] = {}
    for index, m in enumerate(matchers):
        if m.cased:
            cased.setdefault(id(m.gate), []).append(index)
    return GateScan(re.compile(trie_regex(every)), opens, tuple(map(tuple, cased.values())))


@cache
def date_matchers(plain: bool = False) -> tuple[Matcher, ...]:
    """The grammar's matchers; with ``plain``, with the ASCII twins of their gates and patterns, for text
    all ASCII: the same matches, quicker (see ascii_twin). Matchers that share a gate share its twin."""
    found = date_grammar().matchers
    if not plain:
        return found
    twins = {id(m.gate): ascii_twin(m.gate) for m in found}
    return tuple(Matcher(twins[id(m.gate)], ascii_twin(m.pattern), m.build, cased=m.cased, words=m.words)
                 for m in found)


def _ahead_re(rows: tuple[dict[str, str], ...]) -> re.Pattern[str]:
    """The ``ahead`` words ("will", "planned", "due to"), in any case: a sentence that speaks of what is to come,
    whose day may lie months after publication."""
    if not rows:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{_alt(r['phrase'] for r in rows)})\b", re.IGNORECASE)


def _telling_re(rows: tuple[dict[str, str], ...]) -> re.Pattern[str]:
    """The words before a date that make it the day something was said: "police said Monday",
    "told AFP on Sunday", "told The Associated Press late Tuesday" (a ``telling`` row; with rule
    ``object`` its verb may take a named object first)."""
    bare = [r["phrase"] for r in rows if r["rule"] != "object"]
    taking = [r["phrase"] for r in rows if r["rule"] == "object"]
    verbs = [_alt(bare)] if bare else []
    if taking:
        verbs.append(rf"(?:{_alt(taking)})(?:\s+(?:reporters|journalists|the|[A-Z][\w.'’-]*)){{0,4}}")
    if not verbs:
        return re.compile(r"(?!)")
    # ("the U.N. said in a report on Friday", "said in a statement released on Sunday": the day of the telling)
    source = (r"(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|communiqu[eé]|briefing|"
              r"interview|post|tweet|update)(?:\s+(?:released|published|issued|posted))?)?")
    return re.compile(rf"\b(?:{'|'.join(verbs)}){source}\s+(?:(?:on|late|early)\s+)?$")


# --- the patterns ---------------------------------------------------------------------
# Each returns the regex source; named groups are what its builder reads.

def _starts(pattern: str, cased: Iterable[str], any_case: Iterable[str] = ()) -> str:
    """``pattern`` behind a look-ahead for the characters every match of it starts with: ``cased``
    as written, ``any_case`` in either case (as the pattern's own ``(?i:...)`` reads them). A
    pattern that opens on optional words has no first character sre can scan for, so it tries
    every opening at every position; the look-ahead fails at once where no match can start, and
    changes no match."""
    either = [f"(?i:{re.escape(c)})" for c in sorted(set(any_case))]
    first = "|".join([*either, "[" + "".join(re.escape(c) for c in sorted(set(cased))) + "]"])
    return f"(?={first})(?:{pattern})"


def _month(name: str, month_alt: str) -> str:
    return rf"(?<![A-Za-z])(?P<{name}>{month_alt})(?![A-Za-z])"


def _day(name: str) -> str:
    return rf"(?<![\d.,:/])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![A-Za-z\d]|[.,:/]\d|%)"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:1[89]|20)\d\d)(?!\d|[.,]\d)"


def _conn(name: str) -> str:
    return rf"(?P<{name}>\s*[-–—]\s*|\s+(?i:to|until|till|through|thru|and)\s+)"


def _opening(name: str) -> str:
    return rf"(?:(?P<{name}>(?i:from|between))\s+)?"


def _single_re(month_alt: str, weekday_alt: str) -> str:
    """A single day: "March 28", "Tuesday, 25 March 2008", "since March 1"."""
    return (
        rf"(?:\b(?P<since>(?i:since))\s+)?"
        rf"(?:\b(?P<wd>{weekday_alt})(?![A-Za-z])(?:,\s*|\s+)(?:the\s+)?)?"
        rf"(?:{_month('m1', month_alt)}\s+{_day('d1')}(?:,?\s+{_year('y1')})?"
        rf"|(?:the\s+)?{_day('d2')}\s+(?:of\s+)?{_month('m2', month_alt)}(?:,?\s+{_year('y2')})?)"
    )


def _range_re(month_alt: str) -> str:
    """Days from one to another: "March 28 to April 8", "from 25 to 28 March", "between March 1 and 3"."""
    return (
        rf"{_opening('f1')}{_month('m1', month_alt)}\s+{_day('d1')}(?:,?\s+{_year('y1')})?{_conn('c1')}"
        rf"(?:{_month('m2', month_alt)}\s+)?{_day('d2')}(?:,?\s+{_year('y2')})?"
        rf"|{_opening('f2')}(?:the\s+)?{_day('d3')}"
        rf"(?:\s+(?:of\s+)?{_month('m3', month_alt)}(?:,?\s+{_year('y3')})?)?"
        rf"{_conn('c2')}(?:the\s+)?{_day('d4')}\s+(?:of\s+)?{_month('m4', month_alt)}(?:,?\s+{_year('y4')})?"
    )


def _weekday_re(weekday_alt: str) -> str:
    """A day of the week: "Thursday", "last Tuesday night", "Tuesday of last week", "since Monday"."""
    pattern = (
        r"(?:\b(?P<mod>(?i:last|this\s+past|past|since(?:\s+last)?|next|this\s+coming|early|late))\s+)?"
        rf"(?<![A-Za-z])(?P<wd>{weekday_alt})(?![A-Za-z])"
        r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?"
        r"(?:\s+(?P<wk>(?i:(?:of\s+)?(?:last|this|next)\s+week))(?![A-Za-z]))?"
    )
    # It opens on an optional word: sre had no first character. Every match opens where no letter stands
    # before (the word boundary before a modifier, or the day's own look-behind): at a word's inside,
    # most positions, that look-behind fails at once, before the look-ahead for the first characters.
    return _NO_LETTER_BEFORE + first_chars(pattern) + pattern


_NO_LETTER_BEFORE = r"(?<![A-Za-z])"


def _weekday_range_re(weekday_alt: str) -> str:
    """Days of the week from one to another: "from Monday to Wednesday", "between Friday and Sunday"."""
    return (
        rf"\b(?P<f>(?i:from|between))\s+(?P<wd1>{weekday_alt})\s+(?i:to|until|till|through|and)\s+"
        rf"(?P<wd2>{weekday_alt})(?![A-Za-z])"
    )


def _relative_re(relative: dict[str, tuple[str, int]]) -> str:
    """Words relative to publication: "yesterday", "last night", "this week", "last month"."""
    day_phrases = [p for p, (rule, _) in relative.items() if rule == "day"]
    other_phrases = [p for p in relative if p not in day_phrases]
    return (
        rf"(?i:\b(?P<rel1>{_alt(map(_phrase_re, day_phrases))})"
        rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
        rf"|\b(?P<rel2>{_alt(map(_phrase_re, other_phrases))})\b)"
    )


def _ago_re(number_alt: str) -> str:
    return rf"(?i:\b(?P<n>\d{{1,3}}|{number_alt})\s+(?P<unit>hour|day|week|month|year)s?\s+ago\b)"


def _past_re(number_alt: str) -> str:
    """A span ending on publication: "the past three days", "the last 48 hours"."""
    return (rf"(?i:\bthe\s+(?:past|last)\s+(?P<n>\d{{1,3}}|{number_alt})\s+(?P<unit>hour|day|week)s?\b)"
            r"(?!\s+of\b)")  # not "the last 10 days of March"


def _cue_alt(cues: Iterable[str]) -> str:
    # A cue ending in a hyphen ("mid-") joins the month without a space.
    return _alt(_phrase_re(c) + ("" if c.endswith("-") else r"\s+") for c in cues)


def _month_name_re(month_alt: str, cues: dict[str, str]) -> str:
    """A month: "in March", "mid-March", "last August", "March 2003"."""
    return rf"(?:\b(?P<cue>(?i:{_cue_alt(cues)})))?{_month('m', month_alt)}(?:,?\s+{_year('y')})?"


def _year_name_re(cues: dict[str, str]) -> str:
    """A year: "in 2003", "since 2003"; without a cue a number is not taken for one."""
    year_cues = (c for c, rule in cues.items() if rule in ("past", "since"))
    # (the look-ahead for the cues' first characters after the boundary: with_first_chars)
    return with_first_chars(rf"\b(?P<cue>(?i:{_cue_alt(year_cues)})){_year('y')}")


def _not_date_re(phrases: list[str]) -> str:
    return rf"\b(?:{_alt(_phrase_re(p) for p in phrases)})(?![A-Za-z])"


def _precheck(months: dict[str, int], weekdays: dict[str, int],
              relative: dict[str, tuple[str, int]]) -> re.Pattern[str]:
    return re.compile(trie_regex([*precheck_words(months, weekdays, relative), *_YEARS], special=_YEAR_DIGITS))


def precheck_words(months: dict[str, int], weekdays: dict[str, int],
                   relative: dict[str, tuple[str, int]]) -> set[str]:
    """The words the precheck finds, besides a year."""
    # A word every expression contains (a month's first three letters, "day"
    # for "yesterday" and "Monday", "week" for "weekend"...) or a year, in
    # lower, title or upper case. Plain literals only: sre tests them far
    # faster than (?i:...) or character classes, and most sentences hold no
    # date, so this is all they cost.
    words = {p.split()[-1] for p in relative} | {w.lower() for w in weekdays}
    words |= {"ago", "hour", "day", "week", "month", "year"}
    words = {w for w in words if not any(o != w and o in w for o in words)}
    return {m[:3] for m in months} | {v for w in words for v in (w, w.title(), w.upper())}


# The years, as phrases of the precheck's trie: "1" and an 8 or 9 and two digits, "20" and two digits.
# As one trie with the words the precheck finds a position that opens one of them reading each shared
# first letter once (a flat alternation of the 44 words and two years has sre try them one by one at
# every character that opens any), and every branch still opens on a character, which sre scans for.
# Whether it finds one is all the precheck asks: the trie finds one where the alternation does.
_YEARS = ("1@##", "20##")
_YEAR_DIGITS = {"@": "[89]", "#": r"\d"}


# --- the builders ---------------------------------------------------------------------
# Each reads its pattern's match (in ``m.string``, the whole text) and returns
# the candidate, or None where the words are no date after all.

_IN_BEFORE_RE = re.compile(r"\b(?:in|during|throughout)\s+$", re.IGNORECASE)
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _candidate(m: re.Match[str], rule: str, args: tuple, rank: int) -> DateCandidate:
    return DateCandidate(m.start(), m.end(), m[0], rule, args, rank)


def _month_number(word: str) -> int:
    return date_grammar().months[word.rstrip(".")]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else date_grammar().numbers[_key(word)]


def valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether the month has that day; with no year, in a leap year (29 February may be)."""
    return 1 <= day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _build_single(m: re.Match[str]) -> DateCandidate | None:
    month_first = m["m1"] is not None
    month = _month_number(m["m1"] or m["m2"])
    day = int(m["d1"] or m["d2"])
    year_text = m["y1"] if month_first else m["y2"]
    year = int(year_text) if year_text else None
    if not valid_day(year, month, day):
        return None
    # "In March 30 people died": a count after a month, not a day of it.
    if (month_first and year is None and not m["since"] and not m["wd"]
            and _IN_BEFORE_RE.search(m.string, max(0, m.start() - 16), m.start())):
        return None
    weekday = date_grammar().weekdays[m["wd"]] if m["wd"] else None
    # ("the deadliest attack since April 18, when at least 127 civilians were killed": the day the clause after it
    # tells, not a span from it)
    since = m["since"] is not None and _WHEN_AFTER_RE.match(m.string, m.end()) is None
    return _candidate(m, "date", (year, month, day, weekday, since), 3 if since else 0)


_WHEN_AFTER_RE = re.compile(r",?\s+when\b")


def _build_range(m: re.Match[str]) -> DateCandidate | None:
    if m["m1"]:
        opening, connective = m["f1"], m["c1"]
        m1, d1, y1 = m["m1"], m["d1"], m["y1"]
        m2, d2, y2 = m["m2"] or m["m1"], m["d2"], m["y2"]
    else:
        opening, connective = m["f2"], m["c2"]
        m1, d1, y1 = m["m3"] or m["m4"], m["d3"], m["y3"]
        m2, d2, y2 = m["m4"], m["d4"], m["y4"]
    if connective.strip().lower() == "and" and (opening or "").lower() != "between":
        return None
    month1, month2 = _month_number(m1), _month_number(m2)
    day1, day2 = int(d1), int(d2)
    year1, year2 = (int(y) if y else None for y in (y1, y2))
    if not (valid_day(year1, month1, day1) and valid_day(year2, month2, day2)):
        return None
    if year1 and year2:
        if (year1, month1, day1) > (year2, month2, day2):
            return None
    elif (month1, day1) >= (month2, day2) and month1 == month2:
        return None  # "March 28-25", "March 28-28"
    return _candidate(m, "range", (year1, month1, day1, year2, month2, day2), 0)


def _build_weekday(m: re.Match[str]) -> DateCandidate | None:
    weekday = date_grammar().weekdays[m["wd"]]
    mod = _key(m["mod"] or "")
    if m["wk"]:
        mode = _key(m["wk"]).split()[-2] + "_week"  # last_week / this_week / next_week
    else:
        mode = {"last": "before", "past": "before", "this past": "before", "since": "since",
                "since last": "since", "next": "after", "this coming": "after"}.get(mod, "on_or_before")
    if mode == "since":
        return _candidate(m, "since_weekday", (weekday,), 3)
    return _candidate(m, "weekday", (weekday, mode), 0)


def _build_weekday_range(m: re.Match[str]) -> DateCandidate | None:
    weekdays = date_grammar().weekdays
    first, last = weekdays[m["wd1"]], weekdays[m["wd2"]]
    if first == last or (m["f"].lower() == "between") != (" and " in m[0].lower()):
        return None
    return _candidate(m, "weekday_range", (first, last), 0)


def _build_relative(m: re.Match[str]) -> DateCandidate | None:
    rule, arg = date_grammar().relative[_key(m["rel1"] or m["rel2"])]
    args = (arg,) if rule in ("day", "month", "year") else ()
    text = m.string
    since = _SINCE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
    if since:  # "since yesterday", "since last week": from then to publication
        start = since.start()
        return DateCandidate(start, m.end(), text[start:m.end()], "since_relative", (rule, args), 3)
    rank = {"day": 0, "month": 2, "this_month": 2, "year": 2, "this_year": 2}.get(rule, 1)
    return _candidate(m, rule, args, rank)


def _build_ago(m: re.Match[str]) -> DateCandidate | None:
    unit = m["unit"].lower()
    rank = {"hour": 0, "day": 0, "week": 1}.get(unit, 2)
    return _candidate(m, "ago", (_number(m["n"]), unit), rank)


def _build_past(m: re.Match[str]) -> DateCandidate | None:
    n = _number(m["n"])
    return _candidate(m, "past", (n, m["unit"].lower()), 1) if n else None


def _build_month_name(m: re.Match[str]) -> DateCandidate | None:
    if not m["cue"] and not m["y"]:
        return None  # a bare month name: "elections scheduled for October", "March" the verb
    mode = _cue_mode(m["cue"]) if m["cue"] else "past"
    year = int(m["y"]) if m["y"] else None
    return _candidate(m, "month_name", (_month_number(m["m"]), year, mode), 3 if mode == "since" else 2)


def _build_year_name(m: re.Match[str]) -> DateCandidate | None:
    mode = _cue_mode(m["cue"])
    return _candidate(m, "year_name", (int(m["y"]), mode), 3 if mode == "since" else 2)


def _build_not_date(m: re.Match[str]) -> DateCandidate | None:
    return _candidate(m, NOT_DATE, (), 9)
