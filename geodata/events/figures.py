"""Casualty figures as the press writes them.

"killed at least 130 people and wounded another 350", "fighting had left 44
people dead in Kut, 30 in Sadr City and eight in Babel", "the death toll rose
to 45": each number tied to a casualty cue becomes a ``Figure`` with its kind
(``killed`` / ``wounded``), the bounds and qualifier the text states, the place
words right after it and its scope.

One cheap regex first turns away every sentence without a cue word. Then, in
the house way:

* find: every number phrase ("at least 130 people", "two dozen", "scores of
  civilians") is a candidate, and a figure when a cue is tied to it, before it
  ("killed ...", "the death toll rose to ...") or after it ("... were
  killed", "... dead"). List items borrow the cue of a neighbour: "..., 30 in
  Sadr City and eight in Babel" (kind and qualifier from the first item),
  "killed six soldiers and three civilians", "four policemen and two
  civilians were killed";
* settle: ``settle_figures`` keeps a figure tied to its own cue over a list
  item on the same words, and drops overlaps;
* set: place words and scope.

Bounds are those the text states: "more than 50" is low 50 (not 51), "up to
60" is high 60, "about 500" is low = high = 500, "dozens" is neither: no
number is invented.

The rules are data under ``geodata/data/``: ``figure_words.csv`` (number
words; a value is a number, ``xN`` for a multiplier such as "dozen" or
"hundred", or ``vague``), ``figure_qualifiers.csv``, ``figure_cues.csv`` (a
cue stands ``before`` the number, ``after`` it, on ``both`` sides, or heads a
``toll``: "the death toll rose to N"), ``figure_nouns.csv`` (who is counted),
``figure_not_counts.csv`` (words next to a number that make it a date,
duration, age, sum or issue number), ``figure_scope.csv`` and
``figure_countries.csv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from geodata.datafiles import rows as _rows
from geodata.text.phrases import trie_regex

KINDS = ("killed", "wounded")
QUALIFIERS = ("exact", "at least", "up to", "approximately", "more than", "range", "vague")
SCOPES = ("local", "operation", "national")


@dataclass(frozen=True)
class Figure:
    """A casualty figure: ``text[start:end]`` is the phrase ("at least 130 people")."""

    start: int
    end: int
    kind: str  # "killed" or "wounded"
    low: int | None  # the stated lower bound: "at least 130", "more than 50" -> 130, 50
    high: int | None  # the stated upper bound: "up to 60" -> 60
    qualifier: str  # one of QUALIFIERS
    place_text: str = ""  # the place words right after the figure: "... dead in Kut" -> "Kut"
    place_start: int = -1
    place_end: int = -1
    scope: str = "local"  # "local", "operation" (an offensive's total) or "national"


def find_figures(text: str, start: int = 0, end: int | None = None) -> tuple[Figure, ...]:
    """Casualty figures in ``text[start:end]`` (one sentence usually), in text order.

    Offsets are into ``text`` itself, not into the slice.
    """
    end = len(text) if end is None else min(end, len(text))
    rules = _rules()
    low = text[start:end].lower()
    if rules.gate.search(low) is None:  # no cue word: most sentences stop here
        return ()
    if len(low) != end - start:  # a character whose lower case is longer ("İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text[start:end])
    sentence = _Sentence(text, low, start, end)
    candidates = _candidates(sentence, rules)
    if not candidates:
        return ()
    return tuple(_set_scope(sentence, settle_figures(candidates), rules))


def settle_figures(candidates: list[tuple[int, Figure]]) -> list[Figure]:
    """Non-overlapping figures in text order from ``(priority, figure)`` candidates.

    Lower priority wins: a number tied to its own cue (0) beats the same
    number read as an item of a list (1).
    """
    kept: list[Figure] = []
    for _, fig in sorted(candidates, key=lambda c: (c[0], c[1].start, c[1].start - c[1].end)):
        if all(fig.end <= k.start or fig.start >= k.end for k in kept):
            kept.append(fig)
    return sorted(kept, key=lambda f: f.start)


# ---------------------------------------------------------------- find


@dataclass(frozen=True)
class _Sentence:
    text: str
    low: str  # text[start:end].lower(), as long as the slice: numbers are found in it
    start: int
    end: int
    numbers: dict[int, _Number | None] = field(default_factory=dict)  # by start in ``low``


@dataclass(frozen=True)
class _Number:
    start: int  # the phrase, qualifier included: "at least 130 people"
    end: int
    num_end: int  # end of the number itself: "at least 130"
    value: int | None  # None when vague
    qualifier: str
    has_noun: bool  # "130 people", "dozens of civilians"
    own_qualifier: bool
    partitive: bool  # "six of them", "two of the soldiers": a part of a count, not a count
    high: int | None = None  # a range's upper end: "10 to 15" -> 15


def _candidates(s: _Sentence, rules: _Rules) -> list[tuple[int, Figure]]:
    out: list[tuple[int, Figure]] = []
    # Numbers with a noun and no cue, joined by "and" or a comma to what comes next:
    # "four policemen and two civilians were killed".
    pending: list[_Number] = []
    pending_to = -1
    pos = s.start
    while True:
        m = rules.number.search(s.low, pos - s.start)
        if m is None:
            break
        pos = m.end() + s.start
        num = _number(s, m, rules)
        if num is None:
            continue
        pos = num.end
        tie = _after_cue(s, num, rules) or _before_cue(s, num, rules)
        if num.start != pending_to:
            pending = []
        if tie is None:
            link = rules.link.match(s.text, num.end, s.end) if num.has_noun else None
            if link:
                pending.append(num)
                pending_to = link.end()
            else:
                pending = []
            continue
        kind, tail, where, place = tie
        if place is None:
            place = rules.place.match(s.text, tail, s.end)
        first = _figure(num, kind, num.qualifier, place)
        out.append((0, first))
        if where == "after":
            out.extend((1, _figure(p, kind, p.qualifier, None)) for p in pending)
        pending = []
        resume = max(place.end(), tail) if place else tail
        out.extend((1, f) for f in _list_items(s, first, resume, where == "before", rules))
    out.extend((2, f) for f in _singulars(s, rules))
    return out


def _singulars(s: _Sentence, rules: _Rules) -> list[Figure]:
    """One victim named by a singular noun: "a policeman was killed", "killing a soldier"."""
    out = []
    for pattern in rules.singular:
        for m in pattern.finditer(s.low):
            kind = "wounded" if m.group("cue").startswith(("wound", "injur", "hurt")) else "killed"
            start, end = m.start("one") + s.start, m.end("noun") + s.start
            place = rules.place.match(s.text, m.end() + s.start, s.end)
            num = _Number(start, end, end, 1, "exact", True, False, False)
            out.append(_figure(num, kind, "exact", place))
    return out


def _number(s: _Sentence, m: re.Match[str], rules: _Rules) -> _Number | None:
    """The number phrase ``m`` (a match in ``s.low``), or None when it is a date, year,
    age, sum or duration."""
    if m.start() in s.numbers:  # list items are read twice: as items, then for a cue of their own
        return s.numbers[m.start()]
    num = s.numbers[m.start()] = _read_number(s, m, rules)
    return num


def _read_number(s: _Sentence, m: re.Match[str], rules: _Rules) -> _Number | None:
    text, base, end = s.text, s.start, s.end
    if m.group("vague"):
        value, num_end, qualifier = None, m.end() + base, "vague"
    else:
        value, num_end = _value(m, base, rules)
        qual = m.group("qual")
        qualifier = rules.qualifiers[_norm(qual)] if qual else "exact"
    start = m.start() + base
    high = None
    if value is not None:
        high, num_end = _range_end(s, m, value, num_end, rules)
        if high is not None:
            qualifier = "range"
    if rules.bad_after.match(text, num_end, end) or rules.bad_before.search(
            text, max(base, start - 12), start):
        return None
    noun = rules.person.match(text, num_end, end)
    digits = m.group("num") or ""
    if value is not None and noun is None and _YEAR_RE.fullmatch(digits):
        return None  # a year: "in 2003", "2005"
    partitive = value is not None and noun is not None and noun.group().split()[0].lower() == "of"
    return _Number(start, noun.end() if noun else num_end, num_end, value, qualifier,
                   noun is not None, bool(m.group("qual")) or high is not None, partitive, high)


_BETWEEN_RE = re.compile(r"\bbetween\s+$")
_FROM_RE = re.compile(r"\bfrom\s+$")


def _range_end(s: _Sentence, m: re.Match[str], value: int, num_end: int, rules: _Rules) -> tuple[int | None, int]:
    """The upper end of a range that starts with ``value`` and where it ends, or (None, ``num_end``).

    "10 to 15", "10-15", "between 10 and 15"; not "rose from 10 to 15" (a change, not a range).
    """
    before = s.low[max(0, m.start() - 10):m.start()]
    if _FROM_RE.search(before):
        return None, num_end
    pattern = rules.range_and if _BETWEEN_RE.search(before) else rules.range_
    r = pattern.match(s.low, num_end - s.start)
    if r is None:
        return None, num_end
    high, high_end = _value(r, s.start, rules)
    return (high, high_end) if high > value else (None, num_end)


def _value(m: re.Match[str], base: int, rules: _Rules) -> tuple[int, int]:
    """The value of the number in ``m`` and where it ends ("twelve and" ends before "and")."""
    raw = m.group("num")
    if raw.isdigit():
        return int(raw), m.end() + base
    if raw[0].isdigit():
        digits = _DIGITS_RE.match(raw).group()
        value = float(digits.replace(",", ""))
        mult = raw[len(digits):].strip()
        if mult:
            value *= int(rules.words[mult][1:])
        return int(round(value)), m.end() + base
    total = current = 0
    last_end = 0
    last_mult = False
    for tok in _WORD_RE.finditer(raw):
        word = tok.group()
        if word in ("a", "an"):
            current = 1
            continue
        if word == "and":
            if not last_mult:
                break
            continue
        val = rules.words[word]
        if val.startswith("x"):
            mult = int(val[1:])
            if mult >= 1000:
                total += (current or 1) * mult
                current = 0
            else:
                current = (current or 1) * mult
            last_mult = True
        else:
            current += int(val)
            last_mult = False
        last_end = tok.end()
    return total + current, m.start("num") + base + last_end


_YEAR_RE = re.compile(r"1\d{3}|20\d\d")
_DIGITS_RE = re.compile(r"[\d,.]+")
_WORD_RE = re.compile(r"[a-z]+")
_SPACES_RE = re.compile(r"\s*")

# A figure's cue: (kind, where the place words may start, "before"/"after"/"toll", place or None)
_Tie = tuple[str, int, str, "re.Match[str] | None"]


def _after_cue(s: _Sentence, num: _Number, rules: _Rules) -> _Tie | None:
    cue = rules.after.match(s.text, num.end, s.end)
    words_before = num.has_noun or bool(cue and cue.group("aside"))
    if cue is None:
        cue = rules.lite.match(s.text, num.num_end, s.end)
        words_before = True
    if cue is None and s.low.endswith("to ", 0, num.start - s.start):
        # AP's count: "brought to 3,245 the number of U.S. service members killed in Iraq"
        cue = rules.count.match(s.text, num.end, s.end)
    if cue is None:
        return None
    word = _norm(cue.group("cue"))
    # "300 US troops killed 12 insurgents", "twelve gunmen have killed a policeman": the
    # count is the subject of an active verb. Not so after "were" or right after the
    # number ("19 wounded soldiers").
    if word in rules.verbs and words_before and not rules.passive.search(cue.group("aux")):
        next_word = _SPACES_RE.match(s.text, cue.end(), s.end).end()
        if rules.object.match(s.text, cue.end(), s.end) or rules.number.match(
                s.low, next_word - s.start):
            return None
    return rules.kinds[word], max(cue.end(), num.end), "after", None


def _before_cue(s: _Sentence, num: _Number, rules: _Rules) -> _Tie | None:
    cue = rules.before.search(s.text, max(s.start, num.start - 24), num.start)
    if cue:
        return rules.kinds[_norm(cue.group("cue"))], num.end, "before", None
    lo = max(s.start, num.start - 200)
    window = s.low[lo - s.start:num.start - s.start]
    if "toll" not in window and "number" not in window:
        return None
    toll = rules.toll.search(s.text, lo, num.start)
    if toll is None:
        return None
    word = toll.group("ncue") or toll.group("cue") or toll.group("cue1")
    place = None
    gap = "gap" if toll.group("gap") else "gap1"
    if toll.group(gap):  # "the death toll from the bombings in Tal Afar rose to 45"
        place = rules.place_in.search(s.text, toll.start(gap), toll.end(gap))
    return rules.kinds[_norm(word)], num.end, "toll", place


def _list_items(s: _Sentence, first: Figure, pos: int, objects: bool,
                rules: _Rules) -> list[Figure]:
    """Items after ``first``: ", 30 in Sadr City and eight in Babel"; with ``objects``
    (the cue is a verb before the first number) also "... and three civilians"."""
    items = []
    while True:
        link = rules.link.match(s.text, pos, s.end)
        if link is None:
            break
        m = rules.number.match(s.low, link.end() - s.start)
        num = _number(s, m, rules) if m else None
        if num is None or num.partitive:
            break
        place = rules.place_in.match(s.text, num.end, s.end)
        if place is None and not (objects and num.has_noun):
            break
        # "44 people dead in Kut, 30 in Sadr City": an elided item takes the first one's qualifier.
        own = num.own_qualifier or num.has_noun or num.value is None
        items.append(_figure(num, first.kind, num.qualifier if own else first.qualifier, place))
        pos = place.end() if place else num.end
    return items


def _figure(num: _Number, kind: str, qualifier: str, place: re.Match[str] | None) -> Figure:
    value = num.value
    low, high = {
        "exact": (value, value),
        "approximately": (value, value),
        "at least": (value, None),
        "more than": (value, None),
        "up to": (None, value),
        "range": (value, value if num.high is None else num.high),
    }.get(qualifier, (None, None))
    if place is None:
        return Figure(num.start, num.end, kind, low, high, qualifier)
    return Figure(num.start, num.end, kind, low, high, qualifier,
                  place.group("place"), place.start("place"), place.end("place"))


# ---------------------------------------------------------------- set


def _set_scope(s: _Sentence, figures: list[Figure], rules: _Rules) -> list[Figure]:
    # Substring tests first: the full patterns are slow and rarely needed.
    if any(w in s.low for w in rules.operation_words) and rules.operation.search(s.low):
        return [_with_scope(f, "operation") for f in figures]
    nationwide = any(w in s.low for w in rules.national_words) and any(
        not m.group("country") or m.group("country") in rules.countries
        for m in rules.national.finditer(s.text, s.start, s.end))
    return [
        _with_scope(f, "national") if f.place_text in rules.countries
        or (nationwide and not f.place_text) else f
        for f in figures
    ]


def _with_scope(fig: Figure, scope: str) -> Figure:
    return replace(fig, scope=scope)


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rules:
    gate: re.Pattern[str]
    number: re.Pattern[str]
    words: dict[str, str]
    qualifiers: dict[str, str]
    kinds: dict[str, str]
    person: re.Pattern[str]
    after: re.Pattern[str]
    lite: re.Pattern[str]
    count: re.Pattern[str]
    before: re.Pattern[str]
    toll: re.Pattern[str]
    bad_before: re.Pattern[str]
    bad_after: re.Pattern[str]
    link: re.Pattern[str]
    place: re.Pattern[str]
    place_in: re.Pattern[str]
    operation: re.Pattern[str]
    national: re.Pattern[str]
    countries: frozenset[str]
    verbs: frozenset[str]  # cues that are verbs on both sides: "killed 12", "12 were killed"
    passive: re.Pattern[str]
    object: re.Pattern[str]  # what follows an active verb: "12 gunmen killed *a* policeman"
    singular: tuple[re.Pattern[str], re.Pattern[str]]  # "a policeman was killed", "killing a soldier"
    range_: re.Pattern[str]  # the second number of "10 to 15", "10-15"
    range_and: re.Pattern[str]  # ... of "between 10 and 15"
    operation_words: tuple[str, ...]  # lower case, for a substring test before ``operation``
    national_words: tuple[str, ...]  # the same for ``national``


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _alt(phrases) -> str:
    """A regex for any of ``phrases`` (longest first), any run of spaces inside.

    Built as a trie ("tw(?:e(?:lve|nty)|o)"): Python's re tries every branch of a
    flat alternation at every position, and these run on every sentence.
    """
    return trie_regex(phrases, special={" ": r"\s+"})

# Words that may stand between a number and a cue after it: "130 people were killed",
# "1,200 people are known to have been wounded", "60 people may have died".
_AUX = ("were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "who", "may",
        "might", "could", "would", "will", "reportedly", "reported", "believed", "feared", "known",
        "thought", "said", "confirmed", "also", "all", "now", "already", "later", "so far", "to",
        "found", "shot", "left", "lay", "declared", "pronounced", "officially", "both", "since",
        "then", "subsequently", "eventually", "either")
# An aside between a number and its cue: "12 people, including three children, were killed",
# "12 people, eight of them civilians, were killed", "12 people, police said, were killed".
_ASIDE = r"(?:\s*,\s+[^,;]{1,40},)?"
# Words that never qualify a noun after a number ("30,000 troops and police").
_STOP = _AUX + ("and", "or", "but", "nor", "in", "on", "at", "of", "the", "a", "an", "by", "for",
                "with", "from", "as", "than", "into", "after", "before", "while", "when", "where",
                "which", "that", "this", "these", "those", "near", "during", "across")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A place name: capitalised words ("Sadr City", "Tal Afar", "al-Anbar"), not a date.
_NAME_WORD = rf"(?!(?:{_WEEKDAYS}|{_MONTHS})\b)(?:a[lnrsdtz]-)?[A-Z][\w-]*(?:['’][a-rt-z]\w*)?"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
# "in Kut", "in the Sadr City area", "in Baghdad's Sadr City" -> "Sadr City".
_PLACE_IN = (rf"\s+(?i:in|near|outside)\s+(?:the\s+)?"
             rf"(?i:(?:[a-z]+\s+){{0,2}}(?:city|town|village|province|district|region|port|capital)"
             rf"\s+of\s+)?"
             rf"(?:{_NAME}['’]s\s+)?(?P<place>{_NAME})")


@cache
def _rules() -> _Rules:
    words = {_norm(r["word"]): r["value"].strip() for r in _rows("figure_words.csv")}
    numeric = [w for w, v in words.items() if v != "vague"]
    mults = [w for w, v in words.items() if v.startswith("x")]
    vague = [w for w, v in words.items() if v == "vague"]
    qualifiers = {_norm(r["phrase"]): r["qualifier"].strip() for r in _rows("figure_qualifiers.csv")}
    cues = _rows("figure_cues.csv")
    kinds = {_norm(r["word"]): r["kind"].strip() for r in cues}
    sides: dict[str, list[str]] = {}
    for r in cues:
        sides.setdefault(r["where"].strip(), []).append(r["word"].strip())
    after = sides.get("after", []) + sides.get("both", [])
    before = sides.get("before", []) + sides.get("both", [])
    tolls = sides.get("toll", [])
    nouns = [r["word"].strip() for r in _rows("figure_nouns.csv")]
    not_counts = _rows("figure_not_counts.csv")
    scope_rows = _rows("figure_scope.csv")
    countries = frozenset(r["name"].strip() for r in _rows("figure_countries.csv"))

    word_number = (rf"(?:an?\s+(?=(?:{_alt(mults)})\b))?(?:{_alt(numeric)})\b"
                   rf"(?:(?:\s*-\s*|\s+(?:and\s+)?)(?:{_alt(numeric)})\b)*")
    digit_core = (r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
                  rf"(?:\s+(?:{_alt(mults)})\b)?(?![\w%]|[.,]\d)")
    digit_number = r"(?<![\w$£€.,/:#-])" + digit_core
    extra = r"another|a\s+further|an\s+additional|a\s+total\s+of"
    # Matched against the lower-cased sentence: case-insensitive matching is slow.
    number = re.compile(
        rf"(?<![\w'’-])(?:(?:(?P<qual>{_alt(qualifiers)})\s+)?(?:(?:{extra})\s+)?"
        rf"(?P<num>{digit_number}|{word_number})|(?P<vague>{_alt(vague)})\b)")

    singulars = [r["word"].strip() for r in _rows("figure_singulars.csv")]
    victim = (rf"(?P<one>\b(?:an?|one))\s+(?:(?!(?:was|has|had|and|or|of)\b)[\w'’.-]+\s+){{0,2}}?"
              rf"(?P<noun>{_alt(singulars)})\b")
    singular = (
        re.compile(rf"{victim}\s+(?:(?:was|has\s+been|had\s+been|got)\s+(?:\w+\s+)?)?"
                   rf"(?P<cue>killed|shot\s+dead|slain|wounded|injured|hurt|died)\b"),
        re.compile(rf"\b(?P<cue>killing|killed|shot\s+dead|shooting\s+dead|wounding|wounded|injuring|injured)"
                   rf"\s+{victim}"),
    )
    # A range's second number: "10 to 15 people", "10-15", "between ten and fifteen".
    range_ = re.compile(rf"(?:\s*[-–]\s*|\s+to\s+)(?P<num>{digit_core}|{word_number})")
    range_and = re.compile(rf"\s+and\s+(?P<num>{digit_core}|{word_number})")

    def bad(where: str, cased: bool) -> list[str]:
        return [r["word"].strip() for r in not_counts
                if r["where"].strip() == where and r["word"].strip()[:1].isupper() == cased]

    def words_alt(ws: list[str]) -> str:
        # A word ends at a word boundary; "%" or "$" need none.
        return "|".join(rf"{re.escape(w)}(?!\w)" if w[-1].isalnum() or w[-1] == "." else re.escape(w)
                        for w in sorted(ws, key=len, reverse=True))

    bad_after = re.compile(
        rf"-[^\W\d]|\s*(?:(?:{words_alt(bad('after', False))})|(?-i:{words_alt(bad('after', True))}))",
        re.IGNORECASE)
    bad_before = re.compile(
        rf"(?<![\w])(?:(?:{_alt(bad('before', False))})|(?-i:{_alt(bad('before', True))}))\s*$",
        re.IGNORECASE)

    # A word that may qualify the noun after a number: "12 Iraqi soldiers", not
    # "30,000 troops and police", "2004 twelve soldiers" or "12 - police".
    modifier = rf"(?!{_alt(set(_STOP) | set(kinds) | set(numeric))}\b)[^\W\d_][\w'’.-]*"
    person = re.compile(
        rf"\s+(?:of\s+(?:the\s+|those\s+|these\s+)?)?(?:{modifier}\s+){{0,2}}"
        rf"(?:{_alt(nouns)})\b|\s+of\s+them\b", re.IGNORECASE)
    after_re = re.compile(
        rf"(?P<aside>{_ASIDE})(?P<aux>(?:\s+{_alt(_AUX)}\b){{0,6}})\s+(?P<cue>{_alt(after)})\b",
        re.IGNORECASE)
    lite = re.compile(
        rf"(?:\s+{modifier}){{1,2}}(?P<aux>(?:\s+{_alt(_AUX)}\b){{0,6}})\s+(?P<cue>{_alt(after)})\b",
        re.IGNORECASE)
    verbs = frozenset(_norm(w) for w in sides.get("both", []))
    passive = re.compile(r"\b(?:were|was|been|being|are|is|be)\b", re.IGNORECASE)
    object_re = re.compile(
        rf"\s+(?:(?:a|an|the|his|her|their|its|our|my|this|that|these|those|him|them|themselves|"
        rf"himself|herself|each|every|one)\b|{_alt(nouns)}\b)", re.IGNORECASE)
    before_re = re.compile(rf"(?<![\w-])(?P<cue>{_alt(before)}):?\s+$", re.IGNORECASE)
    # "the death toll rose to 45", "a toll of 45", "the number killed since ... at close to 500".
    long_tolls = [t for t in tolls if " " in t.strip()]
    short_tolls = [t for t in tolls if " " not in t.strip()]
    count = re.compile(
        rf"(?P<aux>)\s+the\s+(?:number\s+of\s+(?:[\w.'’-]+\s+){{0,4}}?)?"
        rf"(?P<cue>{_alt(long_tolls + after)})\b", re.IGNORECASE)
    link_now = r"\s+(?:of|at|to|is|was|now|stands\s+at|stood\s+at)"
    rises = (r"rose|risen|rising|climbed|jumped|increased|grew|reached|hit|topped|passed|exceeded|"
             r"stood|stands")
    # A bare "toll" takes a gap only before a verb of number ("the toll from the offensive
    # climbed to 300"), not before "to" ("took a heavy toll on the city, home to 1.5 million").
    year = r"(?<!\d)(?:19|20)\d\d(?!\d)"  # "the number killed in Iraq since 2003 reached 4,000"
    toll = re.compile(
        rf"(?<![\w-])(?:(?:(?P<cue>{_alt(long_tolls)})|number\s+(?:of\s+(?:[\w-]+\s+){{0,3}}?)?"
        rf"(?P<ncue>{_alt(after)}))(?:{link_now}|(?P<gap>(?:[^\d;:]|{year}){{0,160}}?)"
        rf"\s+(?:{rises}|is|was|now|at|to)(?:\s+(?:to|at))?)"
        rf"|(?P<cue1>{_alt(short_tolls)})(?:{link_now}|(?P<gap1>[^\d;:]{{0,80}}?)\s+(?:{rises})"
        rf"(?:\s+(?:to|at))?))\s+$",
        re.IGNORECASE)
    link = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
    place = re.compile(
        rf"(?i:(?:\s+(?:were|was|are|been|have|has|had|later|found|recovered|dumped|discovered|"
        rf"reported)\b){{0,3}}"
        rf"(?:\s+(?:on\s+)?(?-i:{_WEEKDAYS})(?:\s+(?:night|morning|afternoon|evening))?"
        rf"|\s+(?:yesterday|today|overnight|last\s+night)"
        rf"|\s+on\s+(?-i:{_MONTHS})\s+\d{{1,2}}|\s+on\s+\d{{1,2}}\s+(?-i:{_MONTHS}))?"
        rf"(?:\s+(?:in|at|on|near)\s+(?:a|an|the)(?-i:\s+(?!{_alt(_STOP)}\b)[a-z][\w-]*){{1,2}})?)"
        rf"{_PLACE_IN}")
    place_in = re.compile(_PLACE_IN)

    operation_words = [r["word"].strip() for r in scope_rows if r["scope"].strip() == "operation"]
    national_words = [r["word"].strip() for r in scope_rows if r["scope"].strip() == "national"]
    op = rf"{_alt(w.lower() for w in operation_words)}s?\b"
    # Matched against the lower-cased sentence.
    operation = re.compile(
        # "since ... launched its ... offensive", "since the siege began"
        rf"\bsince\b[^.;]{{0,120}}?\b{op}"
        # "the offensive has killed", "the campaign in Swat has left"
        rf"|\b{op}(?:\s+[\w-]+){{0,4}}?\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?"
        rf"(?:killed|left|claimed|cost)\b"
        # "during the offensive", "since the start of the siege"
        rf"|\b(?:during|throughout|in\s+the\s+course\s+of|since\s+the\s+(?:start|beginning)\s+of)"
        rf"\s+(?:the|this|its|their|a)\s+(?:[\w-]+\s+){{0,3}}?{op}"
        # "the death toll from the offensive"
        rf"|\b(?:toll|number\s+\w+)\s+(?:from|of|in)\s+(?:the|this|its)\s+(?:[\w-]+\s+){{0,3}}?{op}")
    # "nationwide", "across the country", "across Iraq" (the name is looked up in ``countries``).
    national = re.compile(
        rf"(?i:\b{_alt(w.lower() for w in national_words)}\b)"
        rf"|\b(?i:across|throughout|all\s+over)\s+(?P<country>{_NAME})")

    # Any cue at all, by the first four letters of its longest word ("kill", "woun", "deat"),
    # in the lower-cased sentence.
    stems = {max(reversed(_norm(c).split()), key=len)[:4] for c in kinds}
    gate = re.compile(rf"(?<![a-z])(?:{_alt(stems)})")
    return _Rules(
        gate=gate, number=number, words=words, qualifiers=qualifiers, kinds=kinds, person=person,
        after=after_re, lite=lite, count=count, before=before_re, toll=toll, bad_before=bad_before,
        bad_after=bad_after, link=link, place=place, place_in=place_in, operation=operation,
        national=national, countries=countries, verbs=verbs, passive=passive, object=object_re,
        singular=singular, range_=range_, range_and=range_and, operation_words=tuple(w.lower() for w in operation_words),
        national_words=tuple(w.lower() for w in national_words) + ("across", "throughout", "all over"),
    )
