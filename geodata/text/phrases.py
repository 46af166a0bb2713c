"""Phrases of the rule tables and how they are matched in text.

:func:`trie_regex` makes one regex of many words or phrases, factored as a trie:
Python's ``re`` tries a flat alternation ("across|and|at") branch by branch at
every position; the same words as a trie ("a(?:cross|nd|t)") fail fast. Every
rule table that becomes a regex (cue words, number words, name particles) is
built here. :func:`phrase_key` is how a phrase is keyed, :func:`phrase_pattern`
the regex of many keyed phrases, run over :func:`lowered` text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from re import _constants as _sre, _parser as _sre_parse


# A breakdown item's count, in digits or in words up to ten ("2 in Zafaraniyah", "three in Amil"): one pattern for the
# figures' breakdowns and the places listed in them.
SMALL_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"


def starred_alternation(words: Iterable[str]) -> str:
    """An alternation (not compiled) of ``words`` in the order given, where a trailing "*" matches any ending:
    "clash*" matches "clash", "clashes", "clashed" (the tables' way of writing a word's forms)."""
    return "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)


def trie_regex(phrases: Iterable[str], *, special: Mapping[str, str] | None = None) -> str:
    """A regex (not compiled) matching any of ``phrases``, longest first.

    ``special`` maps a character to the regex it stands for, e.g. ``{" ": r"\\s+"}``
    so that a space in a phrase matches any run of white space.
    """
    special = special or {}
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(special.get(ch) or re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


_WORD_CHARS = "-_‐"


def phrase_key(phrase: str) -> str:
    """A phrase as :func:`phrase_pattern` keys it: lower case, one space between words."""
    return " ".join(_KEY_SPLIT_RE.split(phrase.lower().replace("’", "'").strip()))


_KEY_SPLIT_RE = re.compile(r"[\s\-‐]+")


def phrase_pattern(phrases) -> re.Pattern[str]:
    """One regex for folded ``phrases``, to run over lower-cased text.

    A space stands for any run of spaces and hyphens, an apostrophe for either
    apostrophe, a final ``*`` for any word ending. The match must end at a word
    boundary; whether it starts at one is for the caller to check
    (:func:`starts_word`), as a look-behind would cost more than the whole search.
    """
    special = {" ": r"[\s\-‐]+", "*": r"[\w\-]*", "'": "['’]"}
    return re.compile(rf"{trie_regex(phrases, special=special)}(?![\w\-‐])")


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS)


class WordStartScan:
    """:func:`phrase_pattern` of ``phrases`` with a quicker way to its matches that start a word: the
    matches of ``pattern.finditer`` for which :func:`starts_word` holds, in order (:meth:`finditer`).

    Searched at every character, the pattern enters its trie at each letter that opens a phrase, inside
    words too. Behind a word's start (a boundary, not after a hyphen: :func:`starts_word`, as every phrase
    opens on a word character) it is entered only there. The two find the same, but where a match that
    starts inside a word, and was left out, runs over the start of a match found at a word's start ("air
    strike" in "hair strike" hides "strike"): only a phrase with a space, an apostrophe or another mark can,
    and the words of such a phrase up to a mark then end right before that start, glued to a longer word.
    Each match found is looked behind for that, on the text reversed (an anchored match, from the mark
    back); where one is so preceded, the whole scan is read as before."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = phrases = tuple(phrases)
        self.pattern = phrase_pattern(phrases)
        self.ascii = ascii_twin(self.pattern)
        self._quick: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None,
                           re.Pattern[str] | None] | None = None
        if all(p[:1].isalnum() or p[:1] == "_" for p in phrases):
            at_starts = re.compile(r"\b(?<![\-‐])" + self.pattern.pattern)
            # The words of each phrase up to each of its marks, mark included, reversed: then the letter the
            # longer word goes on with.
            heads = {p[:k + 1][::-1] for p in phrases for k, ch in enumerate(p) if _is_mark(ch)}
            glued = re.compile(trie_regex(heads, special=_PHRASE_SEPARATORS) + r"[\w\-‐]") if heads else None
            self._quick = (at_starts, ascii_twin(at_starts), glued, glued and ascii_twin(glued))

    def finditer(self, low: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``low[start:end]`` that start a word, in order."""
        end = len(low) if end is None else end
        plain = plain_text(low)
        if self._quick is not None:
            at_starts, at_starts_ascii, glued, glued_ascii = self._quick
            found = list((at_starts_ascii if plain else at_starts).finditer(low, start, end))
            if glued is None or not found:
                return iter(found)
            behind, reversed_low, size = (glued_ascii if plain else glued).match, _reversed_text(low), len(low)
            if not any(behind(reversed_low, size - m.start()) for m in found):
                return iter(found)
        return (m for m in (self.ascii if plain else self.pattern).finditer(low, start, end)
                if starts_word(low, m.start()))


# What a space and an apostrophe of a phrase stand for in its pattern (phrase_pattern).
_PHRASE_SEPARATORS = {" ": r"[\s\-‐]+", "'": "['’]"}


def _is_mark(ch: str) -> bool:
    """Whether a phrase's character may stand before a word's start: no word character, hyphen or "*"."""
    return not (ch.isalnum() or ch in "_-‐*")


def _reversed_text(text: str) -> str:
    """``text`` reversed, kept for the last text asked (an article's scans and looks back read one text)."""
    # (read once into ``last``: a thread that asks of another text meanwhile replaces the pair, not its halves)
    global _LAST_REVERSED
    last = _LAST_REVERSED
    if last[0] is not text:
        last = _LAST_REVERSED = (text, text[::-1])
    return last[1]


_LAST_REVERSED: tuple[str | None, str] = (None, "")


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (characters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)



# The characters a case-free pattern written in lower case matches otherwise than its case-sensitive
# twin matches them lowered (by lowered): "İ", which lowered keeps (its lower case is two characters)
# while sre reads it as "i", and the dotless "ı" and long "ſ", which sre takes for "i" and "s". Every
# other character of Unicode is matched alike (a test goes through them all).
_CASE_TRAPS = ("İ", "ı", "ſ")


def lowers_alike(text: str) -> bool:
    """Whether a case-free pattern written in lower case matches ``text`` where its case-sensitive
    twin matches ``lowered(text)``."""
    return text.isascii() or not any(trap in text for trap in _CASE_TRAPS)


def case_sensitive_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern``, compiled with ``re.IGNORECASE``, without it, if its source has no capital (no
    capital letter, no ``\\W``, ``\\S``, ``\\D``, ``\\B``); else None. Compiled anew at each call:
    :func:`_twin` keeps the twins."""
    if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`case_sensitive_twin`, kept by the pattern's id: a compiled pattern's hash (which
    ``lru_cache`` asks for) reads its whole compiled code each time, thousands of words for a long
    alternation. The table holds the pattern itself, so no other object takes its id."""
    found = _TWINS.get(id(pattern))
    if found is None:
        found = _TWINS[id(pattern)] = (pattern, case_sensitive_twin(pattern))
    return found[1]


_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def search_lowered(pattern: re.Pattern[str], text: str, pos: int = 0,
                   endpos: int = sys.maxsize) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for a case-free ``pattern``, run case-sensitive on ``text``
    lowered where that finds the same match: sre skips an alternative on its first character only when
    the character has a case, so this is several times quicker. The match is of the lowered text: its
    offsets are the text's, its groups lower case."""
    twin = _twin(pattern)
    if twin is not None and lowers_alike(text):
        return twin.search(lowered(text), pos, endpos)
    return pattern.search(text, pos, endpos)


def match_lowered(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.match(text)`` for a case-free ``pattern``, run as :func:`search_lowered` runs it."""
    twin = _twin(pattern)
    if twin is not None and lowers_alike(text):
        return twin.match(lowered(text))
    return pattern.match(text)


def may_end_on(text: str, pos: int, endpos: int, ends: tuple[str, ...], cased: tuple[str, ...] = ()) -> bool:
    """Whether ``text[pos:endpos]``, less its white space at the end, ends on one of ``ends`` (ASCII words
    in lower case, read free of case) or of ``cased`` (read as written): a quick look before a pattern
    anchored at the end of the window (``(?:words)\\s*$``), which sre tries at each of its characters. True
    where the look cannot tell: text beyond ASCII with a character the pattern would fold otherwise
    (:func:`lowers_alike`)."""
    tail = text[pos:endpos].rstrip()
    if (cased and tail.endswith(cased)) or not lowers_alike(tail):
        return True
    return lowered(tail).endswith(ends)


def word_ends(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The last words of ``phrases`` in lower case, for :func:`may_end_on`; None if a phrase holds a
    character beyond ASCII that has a case (its pattern may fold it otherwise; "£" and "€" have none)."""
    phrases = [p.strip() for p in phrases]
    if not all(p and all(ch.isascii() or _inert(ch) for ch in p) for p in phrases):
        return None
    return tuple(sorted({p.split()[-1].lower() for p in phrases}))


def first_chars(pattern: str, flags: int = 0) -> str:
    """A look-ahead for the characters a match of ``pattern`` can start with, to put before it ("" when
    any character may, or the pattern may match nothing).

    A pattern that opens on a word boundary, a look-behind or an optional group gives sre no first
    character to scan for: it tries every alternative at every position. The look-ahead fails at once
    where no match can start. It is worked out from the parsed pattern, so it stays true to the rule
    tables the pattern is built from; it may admit more characters than a match starts with (a
    case-free class, a whole category), never fewer, so the matches are the same.
    """
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return ""  # global flags must open the pattern
    parsed = _sre_parse.parse(pattern, flags)
    found: set[tuple[bool, str]] = set()
    try:
        if _first_of(parsed, bool(parsed.state.flags & _sre.SRE_FLAG_IGNORECASE), found):
            return ""
    except _AnyChar:
        return ""
    cased = "".join(sorted(item for nocase, item in found if not nocase))
    nocase = "".join(sorted(item for nocase, item in found if nocase))
    return "(?=" + "|".join(([f"[{cased}]"] if cased else []) + ([f"(?i:[{nocase}])"] if nocase else [])) + ")"


def with_first_chars(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind :func:`first_chars`' look-ahead; where it opens on a word boundary, the look-ahead
    comes after the boundary. Inside a word (most positions a search tries) the boundary fails at once,
    where the look-ahead has to be set up first; two assertions at one position may come in either order,
    so the matches are the same. (Not where the pattern is an alternation at the top: the boundary is then
    the first alternative's alone.)"""
    gate = first_chars(pattern, flags)
    if gate and pattern.startswith(r"\b") and "|" not in _items(pattern):
        return rf"\b{gate}{pattern[2:]}"
    return gate + pattern


class _AnyChar(Exception):
    """A match may start with (nearly) any character: no look-ahead."""


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}


def _first_of(items, nocase: bool, found: set[tuple[bool, str]]) -> bool:
    """Add the first characters of the parsed sequence ``items`` to ``found`` (with whether they
    match without case); return whether the sequence may match the empty string."""
    return all(_may_be_empty(op, av, nocase, found) for op, av in items)


def _may_be_empty(op, av, nocase: bool, found: set[tuple[bool, str]]) -> bool:
    """As :func:`_first_of`, for one parsed item."""
    if op is _sre.LITERAL:
        found.add((nocase, re.escape(chr(av))))
        return False
    if op is _sre.IN:
        found.update((nocase, _class_item(kind, value)) for kind, value in av)
        return False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return True  # consumes nothing
    if op is _sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _first_of(sub, (nocase or bool(add & _sre.SRE_FLAG_IGNORECASE))
                         and not remove & _sre.SRE_FLAG_IGNORECASE, found)
    if op is _sre.BRANCH:
        return any([_first_of(sub, nocase, found) for sub in av[1]])  # a list: every branch adds its own
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        return high == 0 or _first_of(sub, nocase, found) or low == 0
    if op is _sre.ATOMIC_GROUP:
        return _first_of(av, nocase, found)
    raise _AnyChar  # any character, a back-reference...


def _class_item(kind, value) -> str:
    if kind is _sre.LITERAL:
        return re.escape(chr(value))
    if kind is _sre.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is _sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _AnyChar  # a negated class, a category with no short form


def optional_as_branch(pattern: str) -> str:
    """``pattern`` with each greedy optional group wider than one character, ``(?:...)?``, written
    ``(?:...|)``: the same matches, tried in the same order, but sre sets up a repeat (an allocation
    and its bookkeeping) each time it comes to the former, at every position a search tries."""
    out: list[str] = []
    opened: list[int | None] = []  # where each open group's text starts in out, if it is "(?:"
    at, size = 0, len(pattern)
    while at < size:
        ch = pattern[at]
        step = 1
        if ch == "\\":
            ch, step = pattern[at:at + 2], 2
        elif ch == "[":  # a class: its brackets and parentheses are characters
            end = at + 1 + (pattern[at + 1:at + 2] == "^")
            end += pattern[end:end + 1] == "]"
            while end < size and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            ch, step = pattern[at:end + 1], end + 1 - at
        elif ch == "(":
            opened.append(len(out) if pattern.startswith("(?:", at) else None)
        elif ch == ")":
            start = opened.pop()
            if (start is not None and pattern[at + 1:at + 2] == "?" and pattern[at + 2:at + 3] not in ("?", "+")
                    and not _one_wide("".join(out[start:])[3:])):
                ch, step = "|)", 2
        out.append(ch)
        at += step
    return "".join(out)


def guarded_alternation(alternatives: list[str]) -> str:
    """``"|".join(alternatives)``, with each run of two or more neighbouring alternatives that open on
    the same group ("{strife}... that has killed", "{strife}... which have claimed") put behind one
    look-ahead for that opening: ``(?=(?:lead))(?:alt|alt)``. sre skips an alternative that opens on a
    character by that character alone, but enters every one that opens on a group, at every position it
    tries; the look-ahead reads the group once for the run. The matches are the same, tried in the same
    order: the alternatives keep their order (grouping neighbours changes nothing), and each of the run
    needs its opening to match where it starts, which is all the look-ahead asks. An opening is taken
    only if it cannot match nothing and holds no group of its own (the match's groups stay as they were).
    """
    out: list[str] = []
    at = 0
    while at < len(alternatives):
        lead = _lead(alternatives[at])
        end = at + 1
        while lead is not None and end < len(alternatives) and _lead(alternatives[end]) == lead:
            end += 1
        out.append(f"(?=(?:{lead}))(?:{'|'.join(alternatives[at:end])})" if end - at > 1 else alternatives[at])
        at = end
    return "|".join(out)


def any_of_lookahead(alternatives: list[str]) -> str:
    """A look-ahead that holds where one of ``alternatives`` matches, written as a trie of their items
    ("since\\s+(?:then|the\\s+war)"): to put before ``"|".join(alternatives)`` where most positions a
    search tries match none of them. sre enters every alternative that opens on a group, and each of a
    run that shares a long opening ("{strife}{gap}that has killed" and its seven kin) reads that opening
    again; the trie reads each shared item once. A look-ahead only asks whether some path matches, which
    the trie and the alternation answer alike whatever their order, so the matches are the same. ""
    (no look-ahead) when an alternative holds a group of its own: the look-ahead would set it."""
    if _sre_parse.parse("|".join(alternatives)).state.groups > 1:
        return ""
    root: dict = {}
    for alternative in alternatives:
        items = _items(alternative)
        if "|" in items:
            return ""  # an alternation of its own at the top: its items are no sequence
        node = root
        for item in items:
            node = node.setdefault(item, {})
        node[None] = {}  # an alternative ends here

    def build(node: dict) -> str:
        branches = [item + build(child) for item, child in node.items() if item is not None]
        if not branches:
            return ""
        if None in node:
            branches.append("")  # a shorter alternative ends here: nothing more is needed
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return f"(?={build(root)})"


def _lead(alternative: str) -> str | None:
    """The fewest opening items of ``alternative`` that cannot match nothing, if it opens on a group
    and they hold no group of their own and are not all of it; else None."""
    items = _items(alternative)
    if not items or not items[0].startswith("("):
        return None  # an alternative that opens on a character is skipped by sre at once
    for k in range(1, len(items)):
        lead = "".join(items[:k])
        parsed = _sre_parse.parse(lead)
        if parsed.state.groups > 1:
            return None
        if parsed.getwidth()[0] > 0:
            return lead
    return None


_QUANTIFIER_RE = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")


def _items(pattern: str) -> list[str]:
    """The top-level items of ``pattern`` as written: an escape, a class, a group or a character, each
    with its quantifier."""
    out: list[str] = []
    at, size = 0, len(pattern)
    while at < size:
        start, depth = at, 0
        while True:  # one item: inside a group, until the group closes
            ch = pattern[at]
            if ch == "\\":
                at += 2
            elif ch == "[":  # a class: its brackets and parentheses are characters
                at += 1 + (pattern[at + 1:at + 2] == "^")
                at += pattern[at:at + 1] == "]"
                while pattern[at] != "]":
                    at += 2 if pattern[at] == "\\" else 1
                at += 1
            else:
                depth += (ch == "(") - (ch == ")")
                at += 1
            if depth == 0:
                break
        quantifier = _QUANTIFIER_RE.match(pattern, at)
        at = quantifier.end() if quantifier else at
        out.append(pattern[start:at])
    return out


def _one_wide(body: str) -> bool:
    """Whether ``body`` always matches one character (sre repeats such a group cheaply)."""
    try:
        return _sre_parse.parse(body).getwidth() == (1, 1)
    except re.error:
        return True  # not a pattern alone (a group named outside it...): left as it is


# The characters beyond ASCII that a case-free pattern matches to an ASCII letter: "İ" and "ı" ("i"),
# "ſ" ("s") and the Kelvin sign ("k"). No other in Unicode (a test goes through them all).
_ASCII_FOLDS = (0x130, 0x131, 0x17F, 0x212A)
# The separators U+001C-U+001F, which Unicode takes for white space and ASCII does not.
_SEPARATORS = (_sre.RANGE, (0x1C, 0x1F))


@lru_cache(maxsize=16)
def inert_beyond_ascii(text: str) -> bool:
    """Whether every character of ``text`` beyond ASCII is inert to :func:`ascii_twin`'s twins: no letter,
    digit or space and without case ("’", "“", "—", "…", a direction mark), which a pattern and its twin
    read alike (neither takes it for ``\\w``, ``\\s`` or ``\\d``, and neither folds it). So the twins
    serve news that is ASCII but for its quotes and dashes. Asked after ``str.isascii``, for the few texts
    of an article (kept by the text: a string keeps its hash)."""
    return all(map(_inert, set(_BEYOND_ASCII_RE.findall(text))))


_BEYOND_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def plain_text(text: str) -> bool:
    """Whether :func:`ascii_twin`'s twins read ``text`` as their patterns do: it is all ASCII, or ASCII
    but for inert characters (:func:`inert_beyond_ascii`)."""
    return text.isascii() or inert_beyond_ascii(text)


@cache
def _inert(ch: str) -> bool:
    return not (ch.isalnum() or ch.isspace() or ch.lower() != ch or ch.upper() != ch)


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``, to run over text that is all ASCII (``str.isascii`` reads
    a flag the string keeps) or ASCII but for inert characters (:func:`inert_beyond_ascii`), where it
    finds the same matches: sre tests ``\\w``, ``\\b`` and ``\\d``
    in a table of 128 characters instead of Unicode's tables behind a call per character. On ASCII
    text the two differ only in white space, which Unicode widens by U+001C-U+001F (the twin's ``\\s``
    takes them in), and in a case-free pattern holding a character that folds to an ASCII letter. A
    pattern that reads ``\\S`` or holds such a character, or has its own Unicode flag, is returned
    as it is."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
        if not _widen_space(parsed, bool(parsed.state.flags & re.IGNORECASE)):
            return pattern
    except (re.error, ValueError):
        return pattern
    from re import _compiler

    return _compiler.compile(parsed, parsed.state.flags)


def _widen_space(items, nocase: bool) -> bool:
    """Give every ``\\s`` of the parsed sequence ``items`` (in place) the separators Unicode takes for
    white space; False if the sequence reads ``\\S`` or, case-free, a character that folds to ASCII."""
    for at, (op, av) in enumerate(items):
        if op is _sre.IN:
            if (_sre.CATEGORY, _sre.CATEGORY_NOT_SPACE) in av or nocase and not all(map(_folds_apart, av)):
                return False
            if (_sre.CATEGORY, _sre.CATEGORY_SPACE) in av:
                items[at] = (op, [*av, _SEPARATORS])
        elif op in (_sre.LITERAL, _sre.NOT_LITERAL):
            if nocase and av in _ASCII_FOLDS:
                return False
        elif op not in (_sre.ANY, _sre.AT, _sre.GROUPREF, _sre.GROUPREF_IGNORE):
            inner = _inner(op, av, nocase)
            if inner is None or not all([_widen_space(sub, case) for sub, case in inner]):
                return False
    return True


def _inner(op, av, nocase: bool) -> list | None:
    """The parsed sequences inside one item, each with whether it is case-free; None for an item
    :func:`ascii_twin` does not know."""
    if op is _sre.SUBPATTERN:
        _group, add, remove, sub = av
        return [(sub, (nocase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE)]
    if op is _sre.BRANCH:
        return [(sub, nocase) for sub in av[1]]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return [(av[2], nocase)]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [(av[1], nocase)]
    if op is _sre.ATOMIC_GROUP:
        return [(av, nocase)]
    if op is _sre.GROUPREF_EXISTS:
        return [(sub, nocase) for sub in av[1:] if sub is not None]
    return None


def _folds_apart(item) -> bool:
    """Whether a class item, case-free, matches no ASCII character through a fold."""
    kind, value = item
    if kind is _sre.LITERAL:
        return value not in _ASCII_FOLDS
    if kind is _sre.RANGE:
        return not any(value[0] <= c <= value[1] for c in _ASCII_FOLDS)
    return True
