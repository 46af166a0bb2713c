"""What happened: event cues, clauses, and whether a sentence tells an event as fact.

The cues are data, ``geodata/data/event_types.csv`` (``cue,event_type,sub_event_type,priority``;
a trailing ``*`` matches any ending). :func:`scan_cues` finds every cue word in one pass over
the lower-cased article; :func:`real_cues` keeps those the sentence tells as fact, dropping
cues after a demand, plan, fear, condition, future or refusal in the same clause ("the
Pentagon demanded Maliki attack"), right after a negation ("would not shell"), the object
of "against", and cues followed by a future ("clashes will return").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from geodata.text.frozen import frozen_record
from geodata import datafiles
from geodata.text.phrases import WordStartScan, ascii_twin, lowered, phrase_key, plain_text, with_first_chars

ANY_TYPE = "*"  # event_type of casualty words: the actors decide
NEEDS_FIGURE = "with a figure"  # their sub-type when the word only counts beside a casualty figure
# Or only right after a sentence that told an event: "The Houthis targeted five residences in Al Jalwah district",
# after the missile attack's toll, tells where it struck; "The vaccination campaign targeted children" tells nothing.
AFTER_EVENT = "after an event"


@frozen_record
class Cue:
    start: int
    end: int
    event_type: str
    sub_event_type: str
    priority: int
    one_sided: bool = False  # one side's act, not a fight ("sides" one in the table: "attacked", "ambush")


@dataclass(frozen=True)
class _CueTable:
    scan: WordStartScan  # the cues over lower-cased text, read at words' starts
    exact: dict[str, tuple[str, str, int, bool]]  # folded cue -> event type, sub-type, priority, one side's act
    stems: tuple[tuple[str, tuple[str, str, int, bool]], ...]  # "cue*" stems, longest first

    @property
    def pattern(self) -> re.Pattern[str]:
        return self.scan.pattern


@cache
def cue_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``event_types.csv`` (``cue``, ``event_type``, ``sub_event_type``, ``priority``), read once."""
    return tuple(datafiles.rows("event_types.csv"))


@cache
def _cue_table() -> _CueTable:
    rows = cue_rows()
    exact, stems = {}, []
    for row in rows:
        value = (row["event_type"], row["sub_event_type"], int(row["priority"]), row.get("sides") == "one")
        cue = phrase_key(row["cue"])
        if cue.endswith("*"):
            stems.append((cue.rstrip("*"), value))
        else:
            exact[cue] = value
    scan = WordStartScan([*exact, *(stem + "*" for stem, _ in stems)])
    return _CueTable(scan, exact, tuple(sorted(stems, key=lambda s: -len(s[0]))))


@lru_cache(maxsize=4096)
def _cue_value(words: str) -> tuple[str, str, int, bool]:
    table = _cue_table()
    folded = phrase_key(words)
    if folded in table.exact:
        return table.exact[folded]
    return next(value for stem, value in table.stems if folded.startswith(stem))


def scan_cues(text: str, low: str | None = None, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue word of ``text[start:end]``, told as fact or not, in text order.

    ``low`` is ``lowered(text)`` if the caller has it already.
    """
    low = lowered(text) if low is None else low
    # (only the matches that start a word: see WordStartScan)
    return [Cue(match.start(), match.end(), *_cue_value(match.group()))
            for match in _cue_table().scan.finditer(low, start, len(text) if end is None else end)]


# --- clauses ----------------------------------------------------------------------------

_NEW_CLAUSE = (r",\s+(?=(?:which|where|who|whom|whose|while|whilst|whereas|although|though|but|because|"
               r"since|when|until|unless|despite|amid|yet|so)\b)")
_CLAUSE_BREAK_RE = re.compile(rf";|:\s|\s[–—-]\s|—|–|\s(?=that\b)|{_NEW_CLAUSE}", re.IGNORECASE)
# For text all ASCII: the same breaks, quicker (see ascii_twin). There a white space is one of ten
# characters, and the breaks that open on one are written once for each: an alternative that opens
# on a class gives sre no first characters to scan for, and it would try the pattern at every
# character; one that opens on a character lets it skip to the next white space or mark. (The
# alternatives that open on different characters never match at one position, so their order is free.)
_ASCII_SPACES = " \t\n\r\f\v\x1c\x1d\x1e\x1f"  # ASCII's white space and the separators ascii_twin adds
_CLAUSE_BREAK_ASCII_RE = ascii_twin(re.compile(
    r";|:\s|—|–|" + "|".join(re.escape(space) + r"(?:[–—-]\s|(?=that\b))" for space in _ASCII_SPACES)
    + f"|{_NEW_CLAUSE}", re.IGNORECASE))


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at semicolons, colons, dashes, "that", and commas before a new clause."""
    out, at = [], start
    pattern = _CLAUSE_BREAK_ASCII_RE if plain_text(text) else _CLAUSE_BREAK_RE
    aside_end = -1  # the end of a dash that closes an aside
    for match in pattern.finditer(text, start, end):
        if match.start() < aside_end:
            continue
        if _is_dash(match.group()) and (closing := _aside_close(text, pattern, match.end(), end)) is not None:
            # "killed at least 105 people – including women and children – and injured around 200 others at
            # the ... Meena Bazaar": an aside set off by two dashes leaves its clause whole
            aside_end = closing
            continue
        out.append((at, match.start()))
        at = match.end()
    out.append((at, end))
    return out


def _is_dash(mark: str) -> bool:
    return mark.strip() in ("–", "—", "-")


def _aside_close(text: str, pattern: re.Pattern[str], start: int, end: int) -> int | None:
    """The end of the dash that closes an aside opened by a dash ending at ``start``, where the next break is
    that dash, a few words on."""
    following = pattern.search(text, start, min(end, start + _ASIDE_REACH))
    if following is None or not _is_dash(following.group()):
        return None
    aside = text[start:following.start()].strip()
    # (words in lower case, not a dateline's agency and date: "Niamey, (APP - UrduPoint / Pakistan Point News - 23rd")
    return following.end() if aside[:1].islower() and "(" not in aside and ")" not in aside else None


_ASIDE_REACH = 60  # characters an aside between two dashes may hold


def clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The clause of ``spans`` that holds ``pos``."""
    if len(spans) == 1:  # most sentences are one clause: no search (asked for every cue and place)
        return spans[0]
    at = bisect_right(spans, pos, key=_END)  # the first that ends after pos
    return spans[at] if at < len(spans) else spans[-1]


_END = itemgetter(1)  # a span's end


# --- told as fact -------------------------------------------------------------------------

# What makes the rest of its clause unreal, and what negates a cue a word or two later.
_MARKER_PATTERN = (
    r"\b(?:(?P<unreal>if|unless|whether|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|"
    r"threaten(?:s|ed|ing)?|vow(?:s|ed)?|plan(?:s|ned|ning)?\s+to|want(?:s|ed)?|hop(?:e|es|ed)|"
    r"expect(?:s|ed)?|anticipation|fear(?:s|ed)?|warn(?:s|ed|ing)?|prevent(?:s|ed)?|avoid|refus(?:e|ed|al)|"
    # (the verbs, not the nouns: "near a crowded bus stop", "a truck stop", "came to a halt")
    r"fail(?:s|ed)?\s+to|(?<!a\s)(?<!the\s)(?<!bus\s)(?<!truck\s)(?:halt|stop)|cease|end\s+to|to\s+end|ready\s+to|prepared\s+to|"
    r"aim(?:s|ed)?\s+to|"
    r"will|would|could|might|should|must|shall|cannot|can['’]t|won['’]t|"
    # Background, not this event: "the latest in a number of explosions in Kabul this year".
    r"latest\s+in\s+an?\s+(?:long\s+)?(?:number|series|string|spate|wave|run|line)\s+of)"
    r"|(?P<near>not|never|no|can|may|against))\b"
)
_MARKER_RE = re.compile(with_first_chars(_MARKER_PATTERN))  # a look-ahead: sre had no first character
_MARKER_ASCII_RE = ascii_twin(_MARKER_RE)
_FEARED_TOLL_RE = re.compile(r"\b(?:were|was|are|is|been)\s+feared\s+(?:killed|dead)\b")
# A clause of what happened before a vow, a threat or a demand: "vowed revenge after gunmen killed 16".
_PAST_AFTER_RE = re.compile(r"\b(?:after|following)\s+(?!(?:the|a|an|this|that|any|its|their)\s+(?:\w+\s+)?"
                            r"(?:deadline|ceasefire|truce|talks|elections?|end)\b)")
_PAST_LOOK = 48  # characters past a cue the words after "after" may run to
# A negation counts this close to the cue: "would not shell", "did not even attack".
_NEAR_GAP_RE = re.compile(r"\s+(?:[\w'’]+\s+){0,2}")
_FUTURE_RE = re.compile(r"\s+(?P<word>will|would|could|might|may)\b")  # "clashes will return"
# A cue right after these names an event already told: "the offensive", "this attack".
_ANAPHORA = frozenset({"the", "this", "that", "these", "those", "its", "his", "their"})


def real_cues(text: str, low: str, cues: list[Cue], spans: list[tuple[int, int]]) -> list[Cue]:
    """The ``cues`` of one sentence (cut into clauses ``spans``) that it tells as fact."""
    if not cues:
        return []
    # Markers after the last cue only matter as its future ("clashes will return"), read apart.
    marker_re = _MARKER_ASCII_RE if plain_text(low) else _MARKER_RE
    # (nor a toll "feared" in the passive, which the press gives as the toll: "100 persons were feared killed"; but
    # "are feared to have been killed" stays a fear)
    markers = [(m.start(), m.end(), m.lastgroup) for m in marker_re.finditer(low, spans[0][0], cues[-1].start)
               if (m.group() != "may" or text[m.start()] == "m")  # "May" is a month
               and not (m.group() == "feared" and _FEARED_TOLL_RE.search(low, max(0, m.start() - 6), m.end() + 8))]
    found = _Markers(markers)
    return [c for c in cues if not _unreal(text, low, found, clause_of(spans, c.start)[0], c)]


class _Markers:
    """A sentence's markers, in text order, filed so that each cue reads only the few it needs."""

    def __init__(self, markers: list[tuple[int, int, str]]):
        self.markers = markers
        self.ends = [end for _, end, _ in markers]  # in order too: markers never overlap
        self.unreal = [start for start, _, kind in markers if kind == "unreal"]


def _unreal(text: str, low: str, markers: _Markers, clause_start: int, cue: Cue) -> bool:
    # An unreal marker anywhere in the clause before the cue.
    first = bisect_left(markers.unreal, clause_start)
    if first < len(markers.unreal) and markers.unreal[first] < cue.start:
        # (but "The Taliban vowed revenge Monday after an American soldier allegedly shot to death 16 civilians":
        # what the vow answers happened)
        last = bisect_left(markers.unreal, cue.start) - 1
        # (a little past the cue: its look-ahead reads the words after "after")
        past = _PAST_AFTER_RE.search(low, markers.unreal[last], cue.start + _PAST_LOOK)
        if past is None or past.start() >= cue.start:
            return True
    # A negation a word or two before it: only markers ending within two words of the cue can be.
    lo = bisect_left(markers.ends, _near_floor(low, cue.start))
    hi = bisect_left(markers.ends, cue.start + 1)
    for start, end, _ in markers.markers[lo:hi]:
        if start >= clause_start and _NEAR_GAP_RE.fullmatch(low, end, cue.start):
            return True
    future = _FUTURE_RE.match(low, cue.end)
    return bool(future) and (future["word"] != "may" or text[future.start("word")] == "m")


def _near_floor(low: str, pos: int) -> int:
    """The earliest start of a gap _NEAR_GAP_RE may match that ends at ``pos``: it is space,
    or space, a word and space, or space, two words and space."""
    # Read as a match on the text reversed (one sre call where a walk back took a Python step a
    # character): the reversed gap opens at ``pos``, and its last space run ends at the floor. The text
    # is reversed once, for its first cue; the walk, ``_near_floor_walk``, is what a test compares.
    global _reversed
    last = _reversed
    if last[0] is not low:
        last = _reversed = (low, low[::-1])
    end = len(low) - pos
    gap = _REVERSED_GAP_RE.match(last[1], end)
    if gap is None:
        return pos
    return len(low) - gap.end(gap.lastindex or 0)


# Space, then a word and space, then a word and space, read backwards (\w and \s are str.isalnum with
# "_", and str.isspace, as the walk reads them).
_REVERSED_GAP_RE = re.compile(r"\s+(?:[\w'’]+(\s+)(?:[\w'’]+(\s+))?)?")
_reversed: tuple[str | None, str] = (None, "")  # the last text read, and it reversed


def _near_floor_walk(low: str, pos: int) -> int:
    """:func:`_near_floor` read a character at a time, backwards."""
    at = floor = pos
    for words in range(3):
        space = at
        while at > 0 and low[at - 1].isspace():
            at -= 1
        if at == space:
            return floor  # no space before: the gap cannot reach further back
        floor = at
        if words == 2:
            return floor
        word = at
        while at > 0 and (low[at - 1].isalnum() or low[at - 1] in "_'’"):
            at -= 1
        if at == word:
            return floor
    return floor


def find_cues(text: str, start: int, end: int) -> list[Cue]:
    """The event cues of ``text[start:end]``, one sentence, that it tells as fact, in text order."""
    low = lowered(text)
    return real_cues(text, low, scan_cues(text, low, start, end), clauses(text, start, end))


def anaphoric(low: str, floor: int, cue: Cue) -> bool:
    """True when ``cue`` only refers back to an event already told ("the aim of the offensive")."""
    return any(w in _ANAPHORA for w in low[max(floor, cue.start - 30):cue.start].split()[-2:])
