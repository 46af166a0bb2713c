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

Finding is in :mod:`.numbers`, the patterns it runs in :mod:`.rules`; settling
and setting are here.

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
from dataclasses import replace
from functools import cache, lru_cache
from itertools import chain

from geodata.events.dates.grammar import calendar_names
from geodata.events.figures.numbers import Figure, _candidates, _number, _Sentence, ap_count
from geodata.events.figures.parts import with_breakdowns
from geodata.events.figures.rules import _Rules, _rules, event_nouns
from geodata.text.phrases import lowered, lowers_alike, plain_text, trie_regex
from geodata.text.spans import keep_apart

__all__ = ["KINDS", "QUALIFIERS", "SCOPES", "Figure", "find_figures", "in_own_bracket", "included_figures",
           "is_other_estimate", "is_running_total", "settle_figures", "side_of"]

KINDS = ("killed", "wounded")
QUALIFIERS = ("exact", "at least", "up to", "approximately", "more than", "range", "vague")
SCOPES = ("local", "operation", "national", "cumulative")


def find_figures(text: str, start: int = 0, end: int | None = None) -> tuple[Figure, ...]:
    """Casualty figures in ``text[start:end]`` (one sentence usually), in text order.

    Offsets are into ``text`` itself, not into the slice.
    """
    end = len(text) if end is None else min(end, len(text))
    # On text ASCII but for quotes and dashes, the patterns' quicker twins (see ascii_twin).
    rules = _rules(plain_text(text))
    piece = text[start:end]
    # The gate reads str.lower(), not lowered(): a sentence with a character whose
    # lower case is longer ("İ") passes or stops as it always has.
    if rules.gate.search(piece.lower()) is None:  # no cue word: most sentences stop here
        return ()
    sentence = _Sentence(text, lowered(piece), start, end)
    candidates = _candidates(sentence, rules)
    if not candidates:
        return ()
    figures = _without_dash_asides(text, settle_figures(candidates))
    figures = _without_rest_parts(text, _without_included(text, _without_vague_parts(text, figures)))
    figures = _as_many_wounded(sentence, with_breakdowns(sentence, figures, rules))
    figures = _one_of_estimates(sentence, _without_superseded(sentence, figures, rules), rules)
    return tuple(_set_scope(sentence, figures, rules))


def _as_many_wounded(s: _Sentence, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the wounded a killed figure's clause counts by it: "killing two people and wounding as
    many", "Two children were killed and as many wounded" (as many wounded as killed, with the same bounds), in
    place of the vague "many" read there."""
    out = list(figures)
    for i, f in enumerate(figures):
        if f.kind != "killed" or (f.low is None and f.high is None):
            continue
        after = [g for g in figures[i + 1:] if g.qualifier != "vague"]
        m = _AS_MANY_RE.match(s.low, f.end - s.start, (after[0].start if after else s.end) - s.start)
        if m is not None:
            group = 1 if m.start(1) >= 0 else 2
            start, end = m.start(group) + s.start, m.end(group) + s.start
            out = [g for g in out if not (g.qualifier == "vague" and start <= g.start < end + 8)]
            out.append(replace(f, start=start, end=end, kind="wounded", place_text="", place_start=-1, place_end=-1))
    return sorted(out, key=lambda g: g.start) if out != figures else figures


# The wounded counted "as many" as the killed, in the killed's clause (not "twice as many", nor "as many as 40").
_AS_MANY_RE = re.compile(r"[^.;:()]{0,40}?,?\s+(?:and|while)\s+(?:"
                         r"(?:wounding|injuring|wounded|injured|hurting)\s+(as\s+many)(?:\s+(?:more|others|people))?"
                         r"(?!\s+(?:as|again|times)\b)"
                         r"|(as\s+many)\s+(?:(?:others|more|people)\s+)?(?:(?:were|have\s+been|had\s+been)\s+)?"
                         r"(?:wounded|injured|hurt))\b")


def sharing_places(text: str, figures: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """``figures`` (of :func:`find_figures`) with a toll that the next one's verb follows, in one clause,
    given that one's place words: "a car bomb killed 30 people and wounded 300 in Mosul" is 30 killed in
    Mosul, not at whatever town the sentence names first. (:func:`find_figures` keeps, as it says, only
    the words right after each figure.) A toll in brackets after a name takes the name as its place words:
    "attacks ... against the Westgate shopping mall in Nairobi (September 2013, 67 dead), Garissa University
    (April 2015, 148 dead)"."""
    out = [_bracketed_after_name(text, f) if not f.place_text and text.find(")", f.end, f.end + 40) >= 0 else f
           for f in figures]
    for i in range(len(out) - 2, -1, -1):
        f, nxt = out[i], out[i + 1]
        if not f.place_text and nxt.place_text and f.kind != nxt.kind and f.end <= nxt.start \
                and _SAME_CLAUSE_RE.fullmatch(text, f.end, nxt.start):
            out[i] = replace(f, place_text=nxt.place_text, place_start=nxt.place_start, place_end=nxt.place_end)
    return tuple(_respectively(text, out)) if "respectively" in text else tuple(out)


def _respectively(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the names listed before a list of tolls told "respectively" as their place words, in order:
    "attacks on Majbuong and Juoljok, killing 4 and 1 person, respectively" (4 at Majbuong, 1 at Juoljok)."""
    out = list(figures)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and out[j + 1].kind == out[i].kind \
                and _LIST_SEP_RE.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        group = out[i:j + 1]
        told = _RESPECTIVELY_RE.match(text, group[-1].end) if len(group) > 1 else None
        if told is not None and not any(f.place_text for f in group):
            # (the list after "respectively in", else the last before the tolls)
            names = _names_listed_after(text, told.end()) or _names_listed_before(text, group[0].start)
            if len(names) == len(group):
                out[i:j + 1] = [replace(f, place_text=m.group(), place_start=m.start(), place_end=m.end())
                                for f, m in zip(group, names)]
        i = j + 1
    return out


def _names_listed_before(text: str, at: int) -> list[re.Match[str]]:
    """The last list of capitalised names before ``at`` in its sentence ("Majbuong and Juoljok")."""
    lo = max(0, at - _RESPECTIVELY_REACH)
    stop = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at))
    run: list[re.Match[str]] = []
    for m in _CAPITALISED_RE.finditer(text, stop + 1 if stop >= 0 else lo, at):
        run = [*run, m] if run and _LIST_SEP_RE.fullmatch(text, run[-1].end(), m.start()) else [m]
    return run


def _names_listed_after(text: str, at: int) -> list[re.Match[str]]:
    """The list of capitalised names right after "respectively" and "in" or "at" ("in Trincomalee and Jaffna")."""
    link = _IN_AFTER_RE.match(text, at)
    if link is None:
        return []
    run: list[re.Match[str]] = []
    for m in _CAPITALISED_RE.finditer(text, link.end(), link.end() + _RESPECTIVELY_REACH):
        if run and not _LIST_SEP_RE.fullmatch(text, run[-1].end(), m.start()):
            break
        if not run and m.start() != link.end():
            return []
        run.append(m)
    return run


_IN_AFTER_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_RESPECTIVELY_REACH = 200  # characters before a list of tolls where the list of their places may start
_LIST_SEP_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_RESPECTIVELY_RE = re.compile(r"(?:\s+[a-z]+){0,2}?,?\s+respectively\b")
# A capitalised name of up to four words, the particles of Arabic and Romance names between them ("Maarat al-Numan",
# "San Juan de la Maguana").
_CAPITALISED_RE = re.compile(r"\b(?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:de|del|de\s+la|da|di|du|la|le|bin|ibn)\s+"
                             r"|(?:al|el|ad|ash|as|ar|an|at)-)?[A-Z][\w'’-]*){0,3}")


def _bracketed_after_name(text: str, f: Figure) -> Figure:
    """``f`` with the name before its bracket as its place words, where it stands in one ("Garissa University
    (April 2015, 148 dead)")."""
    opening = text.rfind("(", max(0, f.start - _BRACKET_REACH), f.start)
    if opening < 0 or text.find(")", opening, f.start) >= 0 or not _BRACKET_END_RE.match(text, f.end):
        return f
    name = _NAME_BEFORE_RE.search(text, max(0, opening - 80), opening)
    if name is None:
        return f
    return replace(f, place_text=name.group(1), place_start=name.start(1), place_end=name.end(1))


def in_own_bracket(text: str, f: Figure) -> bool:
    """Whether ``f`` stands in a bracket right after its place words (see :func:`sharing_places`)."""
    return 0 <= f.place_end <= f.start and _OPEN_BRACKET_RE.fullmatch(text, f.place_end, f.start) is not None


_OPEN_BRACKET_RE = re.compile(r"\s*\([^()]*")
_BRACKET_REACH = 30  # the words before the figure in its bracket: "(April 2015, "
# The rest of the bracket after the figure: ")", " dead)", " killed)", " people killed)".
_BRACKET_END_RE = re.compile(r"(?:\s+[a-z]+){0,2}\)")
# A capitalised name right before a bracket: "the Westgate shopping mall in Nairobi ", "Garissa University ".
_NAME_BEFORE_RE = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s*$")


# Between two figures of one clause: "[30] people and wounded [300]", "[12] and injuring at least [40]".
_SAME_CLAUSE_RE = re.compile(r"(?:\s+[a-z]+){0,2},?\s+and\s+(?:wounded|injured|wounding|injuring|hurt|killed|killing)"
                             r"(?:\s+(?:at\s+least|more\s+than|over|about|some|nearly|around|another))?\s+")


# The words of an earlier count that may be the only count the text gives ("had earlier put the death toll at 20").
_ONLY_COUNT_RE = re.compile(r"\b(?:initially|earlier|previously)\b")


def _without_superseded(s: _Sentence, figures: list[Figure], rules: _Rules) -> list[Figure]:
    """``figures`` without a count the text says a later one replaced: "Initial reports had five dead
    but the death toll steadily climbed overnight" (the ``superseded`` rows of ``figure_scope.csv``,
    right before the figure). It tells no killing the article's toll does not."""
    denied = rules.periods["denied"]
    false = denied.search(s.low) if denied is not None and figures and _may_hold(s.low, rules, "denied") else None
    if false is not None:
        # "9 soldiers were killed during the attack but colonel Badjeck said it was 'fake news'": a
        # claim the sentence calls false counts no one (the ``denied`` rows). Only the figure nearest
        # the words is the claim: "gunned down four farmers ..., adding that the reports of 40 dead
        # were fake news" still counts the four.
        at, end = false.start() + s.start, false.end() + s.start
        claim = min(figures, key=lambda f: at - f.end if f.end <= at else max(0, f.start - end))
        figures = [f for f in figures if f is not claim]
    superseded = rules.periods["superseded"]
    if superseded is None:
        return figures
    held = _may_hold(s.low, rules, "superseded")  # (where not, no figure's words are looked at)

    def before(f: Figure) -> bool:
        found = None
        at = f.start - s.start
        for found in superseded.finditer(s.low, max(0, at - _ESTIMATE_REACH), at):
            pass
        if found is None and (s.low.find("which", max(0, at - _BOAST_REACH), at) >= 0
                              or s.low.find("who", max(0, at - _BOAST_REACH), at) >= 0):
            # (a side's boast may open further back, its words running to the number: "JNIM, which said on its
            # Telegram channels that it had killed more than 70 soldiers"; only an aside's "which" or "who" does)
            for found in superseded.finditer(s.low, max(0, at - _BOAST_REACH), at):
                pass
            if found is not None and not _QUALIFIERS_GAP_RE.fullmatch(s.low, found.end(), at):
                found = None
        # Only the figure the words introduce: "initially given as eight, rose to 11" keeps the 11.
        # "initially estimated at 30", "had earlier put the death toll at 20", with no other count in the sentence,
        # is the only count there is.
        return found is not None and not _NUMBER_RE.search(s.low, found.end(), at) \
            and (len(figures) > 1 or _ONLY_COUNT_RE.search(found.group()) is None
                 or _NUMBER_RE.search(s.low, f.end - s.start) is not None)
    if held:
        figures = [f for f in figures if not before(f) and not _superseded_after(s, f, superseded)]
    # "killed 25 people ..., a toll police later raised to 27": the revised count replaces the first.
    revised = [f for f in figures if rules.revised_to.search(s.low, max(0, f.start - s.start - _ESTIMATE_REACH),
                                                             f.start - s.start)]
    if revised:
        first = revised[0]
        figures = [f for f in figures if f.kind != first.kind or f.start >= first.start]
    return figures


def _superseded_after(s: _Sentence, f: Figure, superseded: re.Pattern[str]) -> bool:
    """The words right after the figure say a later count replaced it: "with at least 20 people
    initially reported dead"."""
    at = f.end - s.start
    found = superseded.search(s.low, at, at + _SUPERSEDED_AFTER)
    return found is not None and not s.low[at:found.start()].strip()


_NUMBER_RE = re.compile(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                        r"ninety|hundred|dozen)\b")
_SUPERSEDED_AFTER = 40  # characters after a figure where an earlier count's words may stand


_ESTIMATE_REACH = 40  # characters before a figure where an estimate's phrase introduces it
_BOAST_REACH = 120  # ... where a longer phrase may open that runs right up to it


def _may_hold(low: str, rules: _Rules, scope: str) -> bool:
    """Whether ``low`` may hold a match of ``rules.periods[scope]``: it holds one of the words every
    match holds (a substring test, quicker than the pattern, which most sentences fail)."""
    words = rules.period_words[scope]
    return words is None or any(w in low for w in words)


def _one_of_estimates(s: _Sentence, figures: list[Figure], rules: _Rules) -> list[Figure]:
    """``figures`` with two estimates of one toll in one sentence made one, the lower ("The strike
    killed 28 civilians ...; early reports had put the toll at more than 50": 28, ACLED's
    conservative reading): a figure an ``estimate`` phrase of ``figure_scope.csv`` introduces is not
    added to the figure of its kind before it."""
    estimate, running = rules.periods["estimate"], rules.periods["running"]
    if estimate is None or len(figures) < 2 or not _may_hold(s.low, rules, "estimate"):
        return figures
    out: list[Figure] = []
    for f in figures:
        lo = max(0, f.start - s.start - _ESTIMATE_REACH)
        prior = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind == f.kind), None)
        # (a running total is none: "Four more bodies were found, bringing the toll from the strike to 15")
        # (the estimate's words introduce this count, no other between: "maintained that only 25 militants and 5
        # civilians" are parts of one account)
        found = None
        for found in estimate.finditer(s.low, lo, f.start - s.start):
            pass
        # (nor a count the phrase holds itself, whose list goes on: "confirmed 176 dead in Khourba, 113 in Sahnoun")
        if prior is not None and out[prior].low is not None and f.low is not None and found is not None \
                and not _NUMBER_RE.search(s.low, found.start(), f.start - s.start) \
                and (running is None or running.search(s.low, lo, f.start - s.start) is None):
            if f.low < out[prior].low:
                out[prior] = f
            continue
        out.append(f)
    return out


# "the bodies of 47 men, many of them bound and shot": a vague part of the figure just told.
_VAGUE_PART_RE = re.compile(r"[,\s]*(?:and\s+)?$")
_OF_THEM_RE = re.compile(r"[^,;]*?\bof\s+(?:them|whom|those)\b", re.IGNORECASE)


def _without_vague_parts(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` without a vague figure that is a part of the one right before it ("47 men, many
    of them ..."): it counts no one more."""
    out: list[Figure] = []
    for f in figures:
        prior = out[-1] if out else None
        if (prior is not None and f.qualifier == "vague" and prior.kind == f.kind and prior.low is not None
                and _VAGUE_PART_RE.fullmatch(text, prior.end, f.start) and _OF_THEM_RE.match(text, f.start, f.end)):
            continue
        out.append(f)
    return out


# "Eight persons, including one trooper and seven militants were killed": the figures after
# "including" (or "among them") count some of the figure before, no one more.
_INCLUDED_RE = re.compile(r"[^,;.]{0,40}?(?:,\s+(?:including|among\s+them|among\s+whom)|\s+including)\b[^,;.]{0,200}",
                          re.IGNORECASE)


# ... and the later items of a list after "including", apart by commas: "confirmed the deaths of 102 persons in
# Achham, including 57 soldiers, 49 policemen and five civilians" (of the figure's own kind: "killed 30 people,
# including three children, and wounded 20" wounds 20 more).
# (an item is no place: "killed 14 people, including a child, in Kharkiv and 6 people died in Sumy" is two tolls)
_INCLUDED_LIST_RE = re.compile(r"[^,;.]{0,40}?(?:,\s+including|\s+including|,\s+among\s+them)\s+"
                               r"(?:(?!(?:in|at|on|near|from|outside)\s)[^,;.]{1,40},\s+){1,5}"
                               r"(?:(?!(?:in|at|on|near|from|outside)\s)[^,;.]{1,40}?\s+and\s+)?", re.IGNORECASE)


def _without_dash_asides(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` without those inside an aside between dashes right after another figure: "Three Americans
    – one military service member and two contractors – were killed" counts three, once."""
    # (the dashes looked for between the figures only: ``text`` is the whole article, asked once a sentence)
    if len(figures) < 2 or all(text.find(c, figures[0].end, figures[-1].start) < 0 for c in _DASHES):
        return figures
    asides = [m.span() for f in figures if (m := _DASH_ASIDE_RE.match(text, f.end)) is not None]
    return [f for f in figures if not any(start <= f.start < end for start, end in asides)]


_DASHES = ("--", "—", "–", " - ")
_DASH_ASIDE_RE = re.compile(r"\s+(?:--|—|–)\s+[^;—–]{1,60}?\s+(?:--|—|–)|\s+-\s+[^;—–]{1,60}?\s+-(?=\s)")


def _without_included(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` without those inside an "including" aside of the figure before them."""
    out: list[Figure] = []
    whole: Figure | None = None  # the figure whose aside is open
    listed = 0  # the dead its list after a colon has counted so far
    for f in figures:
        if whole is not None and f.low is not None and whole.low is not None \
                and f.low <= whole.low and (_INCLUDED_RE.fullmatch(text, whole.end, f.start)
                                            or (f.kind == whole.kind
                                                and _INCLUDED_LIST_RE.fullmatch(text, whole.end, f.start))):
            item = _event_item_re().search(text, max(whole.end, f.start - _EVENT_ITEM_REACH), f.start)
            if item is None:
                continue
            # (but an event included with its own place and toll is that event's, at that place: "at least 17 people
            # died in other attacks, including a car bombing in Mosul that killed nine"; "killed 21 civilians across
            # Ukraine, including a missile strike on Odesa that killed eight" is eight at Odesa, not eight more)
            # (the aside goes on after it: "..., including an attack at Bokkos that killed 23 and a raid in Mangu that
            # killed nine")
            out.append(f if f.place_text else replace(
                f, place_text=item.group("place"), place_start=item.start("place"), place_end=item.end("place")))
            continue
        # "Fifteen civilians were killed: five older women, five young women, three minors ... and two men":
        # who the dead were, listed after a colon, adding up to no more than the toll.
        if whole is not None and f.low is not None and whole.low is not None and not f.place_text \
                and f.kind == whole.kind and listed + f.low <= whole.low \
                and _LISTED_RE.fullmatch(text, whole.end, f.start):
            listed += f.low
            continue
        out.append(f)
        whole, listed = f, 0
    return out


_EVENT_ITEM_REACH = 80  # characters before a figure where an included event and its place may stand


@cache
def _event_item_re() -> re.Pattern[str]:
    """An event at a named place whose own toll follows: "a car bombing in Mosul that killed "."""
    return re.compile(rf"(?i:\b{event_nouns()})\s+(?:in|at|on|near)\s+(?:the\s+)?"
                      # (no other toll between: the nearest event of the aside's list)
                      r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                      r"(?:(?:(?!\b(?:that|which)\b)[^,;.\d]){0,40}?\s+|\s+)"
                      r"(?:that|which)\s+(?:killed|left|claimed)\s+(?:the\s+lives\s+of\s+)?$")


_LISTED_RE = re.compile(r"[^,;.:]{0,40}?:\s[^;.:]{0,200}")


def _without_rest_parts(text: str, figures: list[Figure]) -> list[Figure]:
    """``figures`` without a smaller one of the kind before it that the words after it break off from the rest:
    "122 bodies were discovered and it appears that two dozen died from sniper fire and the rest were summarily
    executed" counts 122, the two dozen among them."""
    out: list[Figure] = []
    for f in figures:
        whole = next((g for g in reversed(out) if g.kind == f.kind), None)
        if whole is not None and whole.low is not None and f.low is not None and f.low < whole.low \
                and _THE_REST_RE.match(text, f.end) is not None:
            continue
        out.append(f)
    return out


# The words after a part that tell the others apart: "(two dozen died from sniper fire) and the rest were".
# (only where the others died too: "11 soldiers were killed and the rest were wounded" is a toll of its own)
_THE_REST_RE = re.compile(r"[^,;.:]{0,60}?\s(?:and|while|whereas)\s+(?:all\s+)?(?:the\s+)?(?:rest|others|remaining|"
                          r"remainder)\s+(?:of\s+them\s+)?(?:died\b|(?:were|was|had\s+been|have\s+been)\s+"
                          r"(?:\w+ly\s+)?(?:killed|executed|shot|murdered|beheaded|slaughtered|massacred|burned|burnt|"
                          r"hacked|stabbed|strangled|crushed)\b)", re.IGNORECASE)


_ASIDE_WORDS = ("including", "among")  # what every match of _INCLUDED_RE holds


def included_figures(text: str, start: int, end: int) -> frozenset[int]:
    """The numbers of people an "including" aside of a killed figure in ``text[start:end]`` (a sentence)
    counts among it ("At least 12 people were killed, including seven Marines and five Abu Sayyaf
    bandits"): 7, 5. Read only when a later toll may tell one of them over."""
    piece = text[start:end]
    # An aside holds "including" or "among" (matched free of case alike on the words lowered, but for
    # the few characters lowers_alike looks for): most sentences have neither, and their figures
    # need not be found again.
    if lowers_alike(piece) and not any(w in piece.lower() for w in _ASIDE_WORDS):
        return frozenset()
    rules = _rules()
    sentence = _Sentence(text, lowered(piece), start, end)
    out: set[int] = set()
    for f in find_figures(text, start, end):
        aside = _INCLUDED_RE.match(text, f.end, end) if f.kind == "killed" and f.low is not None else None
        if aside is None:
            continue
        pos = aside.start()
        while (m := rules.number.search(sentence.low, pos - start, aside.end() - start)) is not None:
            pos = m.end() + start
            num = _number(sentence, m, rules)
            if num is not None and num.value is not None and num.value < f.low:
                out.add(num.value)
    return frozenset(out)


def is_running_total(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` (a lower-cased sentence) gives a running total: "the toll rose
    to", "a total of", "bringing the number of dead to" (``figure_scope.csv``, scope ``running``)."""
    pattern = _rules().periods["running"]
    return pattern is not None and pattern.search(low, start, end) is not None


def is_other_estimate(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` (a lower-cased sentence) gives another source's figure for a toll:
    "a resident put the death toll at nine", "officials gave a higher toll" (``figure_scope.csv``,
    scope ``estimate``)."""
    pattern = _rules().periods["estimate"]
    return pattern is not None and pattern.search(low, start, end) is not None


def side_of(words: str) -> str:
    """The side the figure ``words`` count ("five civilians": civilian, "six suicide bombers":
    militants, "a soldier": forces, "18 people": ""), by the noun they end on."""
    found = re.findall(r"[\w'’-]+", words.lower())
    sides = _rules().groups
    for n in (2, 1):
        if len(found) >= n:
            noun = " ".join(found[-n:])
            # One victim ("a soldier") is on the side of the many ("soldiers").
            side = sides.get(noun) or sides.get(f"{noun}s")
            if side:
                return side
    return ""


def settle_figures(candidates: list[tuple[int, Figure]]) -> list[Figure]:
    """Non-overlapping figures in text order from ``(priority, figure)`` candidates.

    Lower priority wins: a number tied to its own cue (0) beats the same
    number read as an item of a list (1).
    """
    kept = keep_apart(candidates, rank=lambda c: (c[0], c[1].start, c[1].start - c[1].end),
                      span=lambda c: (c[1].start, c[1].end))
    return [fig for _, fig in kept]


# ---------------------------------------------------------------- set


def _set_scope(s: _Sentence, figures: list[Figure], rules: _Rules) -> list[Figure]:
    """The figures' scopes (:func:`_scopes`), and an operation's for a figure an operation's relative clause
    gives: "in a day of violence that left 35 people dead across Iraq, a car bomb killed 20 in Baghdad" (the
    35, not the 20)."""
    scoped = _wounded_with_killed(s, _scopes(s, figures, rules))
    if "that " not in s.low and "which " not in s.low:
        return scoped
    ends = [m.end() + s.start for m in _operation_left_re(rules.operation_words).finditer(s.low)]
    return [_with_scope(f, "operation") if any(0 <= f.start - end <= _LEFT_REACH for end in ends) else f
            for f in scoped]


_LEFT_REACH = 20  # characters between "that left" and the figure it gives


def _wounded_with_killed(s: _Sentence, figures: list[Figure]) -> list[Figure]:
    """``figures``, the wounded told in the killed's own clause right after them ("killed ... and wounded", "were
    killed and 12 were injured") taking the killed's wider scope: "during the full-scale war, the occupiers killed at
    least 1,073 civilians of Donetsk region, and wounded 2,451" (the war's wounded too, however far from the war's
    words)."""
    out = list(figures)
    for i in range(1, len(out)):
        killed, wounded = out[i - 1], out[i]
        if killed.kind != "killed" or wounded.kind != "wounded" or wounded.scope != "local" or wounded.place_text \
                or not _AND_WOUNDED_RE.fullmatch(s.low, killed.end - s.start, wounded.start - s.start):
            continue
        # (not the other way: a phrase after the wounded may be the wounded's alone, "five government soldiers died
        # and three were wounded in the same period" is the battle's dead and a running count of its wounded)
        if killed.scope in _WIDER:
            out[i] = replace(wounded, scope=killed.scope)
    return out


_WIDER = frozenset({"cumulative", "operation"})


# What stands between the killed and the wounded of one clause, the killed's act going on: "..., and wounded ",
# ", injuring " (not a clause of its own: "..., and eight soldiers were wounded on Monday when a bomb exploded").
_AND_WOUNDED_RE = re.compile(r"(?:\s+[a-z]+){0,3}?,?\s+and\s+(?:wounded|injured|injuring|wounding)\s+"
                             r"|,\s+(?:wounding|injuring)\s+")


@lru_cache(maxsize=2)
def _operation_left_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """An operation's words before a relative clause that gives its toll: "a day of violence that left",
    "an offensive that killed"."""
    alt = trie_regex(words, special={" ": r"\s+"})
    # (where it was may stand between: "a day of violence across southwestern Mexico that killed at least 19")
    return re.compile(rf"\b{alt}s?(?:\s+(?:across|in|throughout|around)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?"
                      r"\s+(?:that|which)\s+(?:has\s+|had\s+|)(?:killed|left|claimed)\b")


# A settlement's noun right after a name: "(Seytenga) village" (not "town by town", "town centres", "town and
# nearby Kibaoni village").
_SETTLEMENT_AFTER_RE = re.compile(r"\s+(?:village|town|hamlet|settlement)\b"
                                  r"(?!\s+(?:by\s+(?:town|village)|centres|centers|halls?|and|or)\b)")
_NAMED_OPERATION_RE = re.compile(r"\b(?:[Dd]uring|[Tt]hroughout|(?:killed|dead|died|wounded|injured)\s+in)\s+"
                                 r"Operation\s+[A-Z]")


def _scopes(s: _Sentence, figures: list[Figure], rules: _Rules) -> list[Figure]:
    """An operation's total (or a territory's: "across Gaza"), else a country's, else a running or
    background total ("since 2014", "this year", "a week of fighting", "a toll compiled by AFP":
    many events, no event at a place), else local."""
    period = rules.periods["operation"]
    # Substring tests first: the full patterns are slow and rarely needed.
    # (Each phrase found until one ranks nothing: "in 14 days of Operation Protective Edge ..., the deadliest
    # since the 2009 Operation Cast Lead" is the operation's toll, whatever the second ranks.)
    found = chain(rules.operation.finditer(s.low) if any(w in s.low for w in rules.operation_words) else (),
                  period.finditer(s.low) if period is not None and _may_hold(s.low, rules, "operation") else (),
                  # "killed ... during Operation Matador", "killed in Operation Cast Lead": an operation named by its
                  # name, a capital after "Operation" (on the text as written: "in operation since 2005" is none)
                  _NAMED_OPERATION_RE.finditer(s.text[s.start:s.end]) if s.text.find("Operation ", s.start, s.end) >= 0
                  else ())
    phrase = next((m for m in found if not _ranks(s, m)), None)  # (read lazily: the first found usually ranks nothing)
    if phrase is not None:
        # (but a toll told before the phrase, a comma's aside on it between them, is its own event's: "air strikes
        # killed 9 people in Rafah, the latest in a week of strikes that have killed nearly 100")
        return [f if _before_aside(s, f, phrase) else _with_scope(f, "operation") for f in figures]
    # "across southern Iraq" is a region's toll, as its place says; "across northern Shan State" a province's.
    # (a village or a town is one place: "attacks across Seytenga village of northern Burkina Faso")
    spans = [m for m in rules.national.finditer(s.text, s.start, s.end)
             if not (m.group("part") and m.group("country") in rules.countries and not m.group("parts"))
             and not (m.group("country") and m.group("country") not in rules.countries
                      and _SETTLEMENT_AFTER_RE.match(s.low, m.end()))] \
        if any(w in s.low for w in rules.national_words) else []
    # ("across northern, eastern and southern Ukraine": spread over several parts of a country, no one place's)
    found = [m.group("country") if not m.group("parts") else "" for m in spans]
    nationwide = any(not name or name in rules.countries for name in found)
    # Near a figure only: "a car bomb killed 30 people and wounded over 300 in the Ruwaiss area of Beirut,
    # in an incident that was followed by bolstered security throughout the country" is Beirut's toll.
    near = [m.start() for m in spans if not m.group("country") or m.group("country") in rules.countries]
    if not nationwide and found:
        # "killed by Israeli strikes across Gaza", "throughout Darfur": a toll spread over a territory
        # or a province is no event at one place.
        return [f if f.place_text else _with_scope(f, "operation") for f in figures]
    cumulative = rules.periods["cumulative"]
    searched: dict[tuple[int, int], re.Match[str] | None] = {}  # the pattern's answers by window (see _search_once)

    def background(f: Figure) -> bool:
        # Near the figure: "... plagued the nation since 2011" at a sentence's far end dates the
        # nation's chaos, not the seven killed at its start.
        lo, hi = max(0, f.start - s.start - _PERIOD_REACH), f.end - s.start + _PERIOD_REACH
        # The period's phrase must start within reach; it may end beyond ("since a decades-old
        # separatist rebellion").
        found = _search_once(cumulative, s.low, lo, hi + _PHRASE_REACH, searched) if cumulative is not None else None
        while found is not None and _SOURCES_COUNT_RE.search(s.low, max(0, found.start() - 40), found.start()):
            found = cumulative.search(s.low, found.end(), hi + _PHRASE_REACH)  # (a source's count: read on)
        if found is None and cumulative is not None and lo > 0 and _HAS_KILLED_RE.search(s.low, lo, f.start - s.start):
            # A long aside between the war and its toll ("the conflict, which began in April 2023 between SAF chief
            # Abdel Fattah al-Burhan and his former deputy ..., has killed over 100,000"): the phrase may start
            # farther back when it ends right before the figure.
            far = cumulative.search(s.low, max(0, lo - _ASIDE_REACH), f.start - s.start)
            if far is not None and _QUALIFIERS_GAP_RE.fullmatch(s.low, far.end(), f.start - s.start):
                found = far
        if found is not None and (found.start() >= hi or _owned_by_other(s, found, f, figures)
                                  # (nor a period told after a semicolon: "Gunmen killed 8 people in Kajuru on Sunday;
                                  # the state says 120 people died in the area from January to June")
                                  or ";" in s.low[f.end - s.start:found.start()]
                                  or (found.start() < f.start - s.start and _on_a_day(s, f, found, rules))
                                  or _later_clause_of_a_day(s, f, found, rules)):
            # (a period before a toll dated to one day is another clause's: "The militants, who have held the
            # town since January, killed 12 people on Monday")
            found = None
        return (found is not None and not _ranks(s, found, f)) or _running_over_days(s, f, rules)

    return [
        _with_scope(f, "national") if (f.place_text in rules.countries and not _site_in_country(s, f))
        or (nationwide and not f.place_text and _near_figure(s, f, near, figures))
        or (not f.place_text and _tally_line(s, f)) else _with_scope(f, "cumulative")
        if background(f) or _war_scale(s, f)
        else replace(f, scope="cumulative", earlier=True) if _of_earlier_event(s, f, rules)
        or _dated_before_in_clause(s, f, figures) else f
        for f in figures
    ]


def _before_aside(s: _Sentence, f: Figure, phrase: re.Match[str]) -> bool:
    """Whether ``f`` is told before an aside that opens on "the latest in", "capping", "ending" or "bringing" (or
    the like) and holds the operation's ``phrase`` ("killed 10 people, bringing the day's death toll to 49")."""
    at = f.end - s.start
    # (the opener may be the phrase's own first word: "bringing the day's death toll")
    return at <= phrase.start() and _ASIDE_OPENS_RE.search(s.low, at, phrase.start() + _OPENER_REACH) is not None


_OPENER_REACH = 12  # characters of an operation's phrase an aside's opener may take
# The opening of an aside that tells the many events a toll told before it is one of.
_ASIDE_OPENS_RE = re.compile(r",\s+(?:the\s+latest\s+in|capping|ending)\b"
                             # ("..., and bringing the day's toll to", "..., which brought the day's toll to")
                             r"|(?:,|\s+and)\s+(?:bringing|raising|pushing|taking|brought|raised|pushed|took)\b"
                             r"|,\s+(?:which|that)\s+(?:brought|raised|pushed|took)\b")


def _war_scale(s: _Sentence, f: Figure) -> bool:
    """Whether ``f`` counts its dead by the thousand with no number ("has killed thousands", "tens of thousands
    have died"): a war's or a region's dead over time, which no one event at a place is told by."""
    return f.qualifier == "vague" and f.low is None and s.low.endswith("thousands", 0, f.end - s.start)


def _tally_line(s: _Sentence, f: Figure) -> bool:
    """Whether ``f`` is a round-up's tally line of the day, a label and its figure, no place named: "Iraqis
    reported killed: 76.", "Civilians wounded: 120." (the country's count of the day, no event at a place)."""
    at = f.start - s.start
    return ":" in s.low[max(0, at - 3):at] and _TALLY_LABEL_RE.search(s.low, max(0, at - 60), at) is not None \
        and _TALLY_END_RE.fullmatch(s.low, f.end - s.start) is not None


# A short label from a line's or a sentence's start that ends on the word for the dead or the hurt and a colon; after
# the figure, nothing but the next such line.
_TALLY_LABEL_RE = re.compile(r"(?:\A|(?<=[.\n]))\s*[\w'’ -]{0,40}?\b(?:killed|dead|deaths|wounded|injured|hurt|"
                             r"casualties)\s*:\s*\Z")
_TALLY_END_RE = re.compile(r"\s*(?:[.;]\s*(?:[\w'’. -]{0,40}?:\s*[\d,]+\s*[.;]?\s*)*)?")


# How much farther back a war's name may stand when an aside holds it apart from "has killed" and the figure.
_ASIDE_REACH = 120
_HAS_KILLED_RE = re.compile(r",\s+(?:has|have)\s+(?:killed|claimed|left)\s+(?:\w+\s+){0,2}$")


# Whose count the period's word is, as a source: "killed at least 27 people in Gaza City on Thursday, according to a
# Reuters tally of figures from hospitals" (a day's toll a news agency counted, not a running total).
_SOURCES_COUNT_RE = re.compile(r"\baccording\s+to\s+(?:an?|the)\s+(?:[\w'’.-]+\s+){0,3}$")


def _search_once(pattern: re.Pattern[str], text: str, pos: int, endpos: int,
                 searched: dict[tuple[int, int], re.Match[str] | None]) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, kept in ``searched`` (one text's) by the window, its end cut to
    the text's as sre cuts it: the windows of a sentence's figures reach past both its ends in most
    sentences, and the figures of one sentence then ask the same search (six searches of 22 an article)."""
    key = (pos, min(endpos, len(text)))
    if key not in searched:
        searched[key] = pattern.search(text, pos, endpos)
    return searched[key]


def _on_a_day(s: _Sentence, f: Figure, period: re.Match[str], rules: _Rules) -> bool:
    """Whether the words between the period before ``f`` and a little after it, or the end of its clause, date
    the toll to one day ("Since January, shelling in Avdiivka killed 12 people in a single night", "... killed 12
    on Monday", "... under Arakan Army control since Feb. 6, airstrikes ... killed three women and injured seven
    more people on Wednesday")."""
    at = f.end - s.start
    clause = _CLAUSE_END_RE.search(s.low, at)
    end = max(at + _DAY_REACH, clause.start() if clause else 0)
    if clause is not None and clause.group() == "," and _SAID_CLAUSE_RE.match(s.low, clause.end()):
        # (the day of the words that give the toll is not the toll's: "So far, the waves of airstrikes had killed
        # over 400 Palestinians, health officials reported Sunday")
        end = clause.start()
    return rules.one_day.search(s.low, period.end(), end) is not None


_CLAUSE_END_RE = re.compile(r"[,;.:]|$")
_SAID_CLAUSE_RE = re.compile(r"[^,.;:]{0,40}?\b(?:said|says|say|reported|reports|told|announced|added)\b")
_LATER_CLAUSE_RE = re.compile(r"[,;:]")  # (no "$": searched up to a point, "$" would match there)


def _later_clause_of_a_day(s: _Sentence, f: Figure, period: re.Match[str], rules: _Rules) -> bool:
    """Whether the period stands in a clause after ``f``'s, and the words before ``f`` date the toll to one day:
    "A car bomb exploded in the city's busiest intersection Friday, killing at least eight people ..., underscoring
    the violence still facing Iraq despite a steep drop in attacks in recent months"."""
    at = f.end - s.start
    return period.start() > at and _LATER_CLAUSE_RE.search(s.low, at, period.start()) is not None \
        and rules.one_day.search(s.low, 0, f.start - s.start) is not None


_DAY_REACH = 40  # characters after a figure where the day it is dated to may stand


def _of_earlier_event(s: _Sentence, f: Figure, rules: _Rules) -> bool:
    """Whether ``f`` is the toll of an earlier event the sentence names to compare ("surpassing a raid last
    month that killed 71 soldiers", "a month after the raid in nearby Inates ... that killed 71", "the 2017
    bombing that killed 500"): the ``earlier`` rows of ``figure_scope.csv``, ending right before it. It is
    no toll of the sentence's event, whatever superlative ranks the two."""
    earlier = rules.periods["earlier"]
    at = f.start - s.start
    if earlier is None or ("killed" not in s.low and "left" not in s.low and "claimed" not in s.low
                           and "in which" not in s.low and "since" not in s.low):
        return False
    # ("..., most of the 105 killed in those demonstrations": the dead of events the sentence told before)
    if s.low.startswith(" of the ", max(0, at - 8)) and _IN_THOSE_RE.match(s.low, f.end - s.start):
        return True
    # ("a little over a month after 13 CRPF jawans were killed in a similar ambush on the Injeram Bhejji road":
    # an earlier event told with its own place is an event of its own, not this one's background)
    return any(_QUALIFIERS_GAP_RE.fullmatch(s.low, m.end(), at)
               and not (m.group().endswith("after") and _PLACED_AFTER_RE.match(s.text, f.end, s.end))
               for m in earlier.finditer(s.low, max(0, at - _EARLIER_REACH), at)) or any(
        _QUALIFIERS_GAP_RE.fullmatch(s.low, m.end(), at)
        for m in _RANKED_SINCE_KILLED_RE.finditer(s.low, max(0, at - _EARLIER_REACH), at))


def _dated_before_in_clause(s: _Sentence, f: Figure, figures: list[Figure]) -> bool:
    """Whether ``f`` opens a clause of "where" or "in which" that dates its dead to a time gone by, after the
    sentence's own toll: "Eleven soldiers have been killed ... in an attack on an army post in Danie, in an area where
    69 civilians were killed in an ambush last week" (the area's earlier event, told to say where the post is, not a
    part of the eleven's; alone in its sentence it is the sentence's event: "explosions rocked Timbuktu near bases
    where one peacekeeper was killed last weekend")."""
    at = f.start - s.start
    if not any(o.kind == f.kind and o.end <= f.start for o in figures) \
            or _WHERE_BEFORE_RE.search(s.low, max(0, at - _WHERE_REACH), at) is None:
        return False
    end = _CLAUSE_END_RE.search(s.low, f.end - s.start)
    when = _time_gone_by_re().search(s.low, f.end - s.start, end.start() if end else len(s.low))
    # (the time of the killing, not of a clause inside it: "where 6 members of a family who fled Gaza City in October
    # were killed", "where 5 others died in a camp set up in 2010")
    return when is not None and _NESTED_RE.search(s.low, f.end - s.start, when.start()) is None


_NESTED_RE = re.compile(r"\b(?:who|whom|that|which|whose|set\s+up|built|founded|established|opened|deployed|fled|"
                        r"returned|born|arrived|moved)\b")
_WHERE_REACH = 30
_WHERE_BEFORE_RE = re.compile(r"\b(?:where|in\s+which)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|"
                              r"nearly\s+|over\s+|around\s+|up\s+to\s+|almost\s+|)$")


@cache
def _time_gone_by_re() -> re.Pattern[str]:
    """A time before the report's: "last week", "earlier this month", "in March" (the months of ``date_words.csv``),
    "in 2019", "two years ago"."""
    months = "|".join(name.lower() for name in calendar_names().months)
    return re.compile(rf"\b(?:last\s+(?:week|weekend|month|year)|earlier\s+this\s+(?:week|month|year)"
                      rf"|in\s+(?:{months}|\d{{4}})|(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+ago)\b")


# "the deadliest attack since they killed 86 in Dalori in 2016": the event a superlative ranks this one
# against, and its toll ("the first attack near the capital since the Tigers were blamed for an abortive bombing
# ... in early October when two bystanders were killed": told in the passive after "when" or "in which").
_RANKED_SINCE_KILLED_RE = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|first|most\s+\w+)\b[^.;]{0,80}?"
                                     # (not after a comma: "since April 18, when at least 127 civilians were killed" is
                                     # an event of its own date, as the annotators of real reports code it)
                                     r"\bsince\s+(?:[^,.;:]{0,100}?\s+)?(?:killed|left|claimed|when|in\s+which)")


# The dead of events told before, after the figure: " killed in those demonstrations".
_IN_THOSE_RE = re.compile(r"\s+(?:people\s+)?(?:killed|dead|who\s+died)\s+(?:in|during)\s+(?:those|these)\b")
_EARLIER_REACH = 220  # characters before a figure where the earlier event it counts may be named
# A place named in the figure's own clause: "13 CRPF jawans were killed in a similar ambush ... on the Injeram
# Bhejji road", "seven people were killed when Grad rockets hit a densely populated district of Tripoli".
_PLACED_AFTER_RE = re.compile(r"[^,;.]{0,90}?\b(?:in|on|at|near|of)\s+(?:the\s+|a\s+|an\s+|)(?:[a-z-]+\s+){0,3}?[A-Z]")
_QUALIFIERS_GAP_RE = re.compile(r"\s+(?:the\s+lives\s+of\s+|)(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|"
                                r"nearly\s+|over\s+|around\s+|up\s+to\s+|almost\s+|)")


_PERIOD_REACH = 100  # characters either side of a figure where a period makes it a running total
_PHRASE_REACH = 80  # how far past that reach a period's phrase may end
_SUPERLATIVE_RE = re.compile(r"\b(?:\w+est|worst|most\s+\w+|first|latest|biggest|second|third|fourth|fifth)\b(?!\w)")
# ("the latest in a week of bombings", "the latest attack in a three-day orgy of violence that has killed")
# ("the deadliest in a wave of violence that has killed more than 500": the event ranked in the wave, whose own toll the
# figure is)
_IN_A_SERIES_RE = re.compile(r"\s+in\s+(?:a|the|this)\s+(?:[\w-]+\s+)?(?:wave|series|spate|string|chain|run)\s+of\b")
_LATEST_OF_RE = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:in|of)\s+(?:a|an|the|this)\b")
# A comma that opens a participle's clause ("..., sparking street battles that have killed"): a rank before it ranks
# nothing after it (not an apposition's comma, "the deadliest attack in the Somali capital, Mogadishu, since 2017",
# nor "according to", "including", nor a relative clause on the place, "..., which has been under siege since May").
_CLAUSE_COMMA_RE = re.compile(r",\s+(?!(?:according|including|excluding|following|during|regarding|concerning)\b)"
                              r"[a-z]+ing\b")
# Words ending in "est" that rank nothing: "the occupied West Bank since October" is a background
# toll, "unrest", "arrests" and "protest" are no superlatives.
_NOT_SUPERLATIVE = frozenset("""west northwest southwest midwest rest unrest arrest protest interest request
    suggest harvest manifest test contest conquest quest inquest forest honest modest chest nest guest pest
    vest earnest attest detest invest divest digest infest molest budapest bucharest""".split())


def _owned_by_other(s: _Sentence, found: re.Match[str], f: Figure, figures: list[Figure]) -> bool:
    """The period's phrase names another figure right after it ("along with 17 attackers ..., raising
    the previous overall toll of 56 dead", "fighting in Balad that has killed close to 100 people"): it
    makes that one cumulative, not ``f``."""
    end = found.end() + s.start
    start = found.start() + s.start
    # (or right after another figure told after ``f``: "A man was fatally shot in Yangon, raising the total death
    # toll to 45 since the coup")
    return any(g is not f and ((0 <= g.start - end <= _OWNED_GAP and _OWNED_RE.match(s.text, end, g.start))
                               or (f.end <= g.start and 0 <= start - g.end <= _OWNED_GAP
                                   and _FIGURE_THEN_PERIOD_RE.fullmatch(s.text, g.end, start)))
               for g in figures)


_OWNED_GAP = 16  # characters between a period's phrase and the figure it names
_FIGURE_THEN_PERIOD_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}")  # "45 since the coup", "45 people since ..."
_OWNED_RE = re.compile(r"\s+(?:(?:of|at|to|was|is|stood\s+at|stands\s+at|reached)\s+(?:about\s+|some\s+|around\s+)?)?$",
                       re.IGNORECASE)


def _running_over_days(s: _Sentence, f: Figure, rules: _Rules) -> bool:
    """A running total over days gone ("The latest deaths brought to at least 335 the number of
    civilians killed since Sunday", "bringing the toll since Saturday to 45"): the toll of many days'
    events, cumulative (the ``period`` rows of ``figure_scope.csv``). Not so a toll over days with no
    word of a total ("nearly 400 people had been killed since Thursday" in one city's battle)."""
    period = rules.periods["period"]
    at, end = f.start - s.start, f.end - s.start
    if period is None or "since" not in s.low:
        return False
    running = rules.periods["running"]
    told = (running is not None and running.search(s.low, max(0, at - _RUNNING_REACH), at) is not None) or (
        ap_count(s, f.start, f.end, rules) is not None) or (running is not None and _far_running(s, at, running))
    return told and period.search(s.low, max(0, at - _RUNNING_REACH), end + _PERIOD_REACH) is not None


# Characters before a figure where a running total's words stand ("raising the death toll since last week to").
_RUNNING_REACH = 60
_FAR_RUNNING_REACH = 160  # where they may stand when they end in "to" right before it, in one clause
_TO_FIGURE_RE = re.compile(r"\bto\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|almost|around)\s+)?$")


def _far_running(s: _Sentence, at: int, running: re.Pattern[str]) -> bool:
    """Whether a running total's words stand farther back than :data:`_RUNNING_REACH`, in the figure's clause, and it
    ends in "to" right before the figure: "took the death toll from violence blamed on Islamic extremists opposed to
    the secular state to at least 110 since Saturday"."""
    if not _TO_FIGURE_RE.search(s.low, max(0, at - 40), at):
        return False
    lo = max(0, at - _FAR_RUNNING_REACH, s.low.rfind(",", 0, at) + 1, s.low.rfind(";", 0, at) + 1)
    return running.search(s.low, lo, at) is not None


# Characters before a period where a superlative ranks an event in it: 50 for a sentence's operation-wide
# period, 80 for a toll's ("killed in one of the most devastating attacks against Americans in Iraq since the
# start of the war", "IN THE biggest Maoist attack on CRPF personnel in the region in the last seven years").
_RANK_REACH = 50
_RANK_REACH_AFTER = 80


def _ranks(s: _Sentence, period: re.Match[str], f: Figure | None = None) -> bool:
    """The period ranks one event in it and counts none: "one of the deadliest attacks this year",
    "the worst day of bloodshed since the start of the military campaign". With ``f``, a superlative
    before the figure ranks something else ("The fighting in Khartoum, the worst urban warfare in Africa
    in decades, has killed more than 5,000 people since April" counts the war's dead)."""
    lo = period.start() - (_RANK_REACH if f is None else _RANK_REACH_AFTER)
    if f is not None and f.end - s.start <= period.start():
        lo = max(f.end - s.start, lo)  # only what follows the figure
    # ("the latest in a week of bombings that have killed nearly 80": the most recent of them, no rank)
    # (not over a clause's comma: "It was the third mortar attack on the airport in a week, sparking street battles
    # and artillery barrages that have killed upwards of 50 civilians" counts the battles' dead)
    return any(m.group() not in _NOT_SUPERLATIVE and _ranked_event_re().match(s.low, m.end()) is not None
               and not (m.group() == "latest" and _LATEST_OF_RE.match(s.low, m.end()))
               and not _IN_A_SERIES_RE.match(s.low, m.end())
               and _CLAUSE_COMMA_RE.search(s.low, m.end(), period.start()) is None
               for m in _SUPERLATIVE_RE.finditer(s.low, max(0, lo), period.start()))


@cache
def _ranked_event_re():
    """What a superlative ranks when it ranks an event: an event's noun a few words on ("the deadliest
    attack", "the biggest Maoist attack on", "the worst day"), or a period right after it ("the deadliest
    since 2003"), or "one" standing for the event ("the most lethal one involving children since September");
    not a place ("the worst-hit state in Nigeria since 2009")."""
    # ("the highest daily toll since": a toll ranked)
    return re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{event_nouns()}|one\b|days?\b|incidents?\b|violence\b|warfare\b"
                      r"|fighting\b|bloodshed\b|(?:death\s+)?toll\b)|\s+(?:in|since|of|this|so\s+far)\b")


def _near_figure(s: _Sentence, f: Figure, starts: list[int], figures: list[Figure]) -> bool:
    """Whether one of the nationwide phrases starting at ``starts`` stands within reach of ``f``, with no
    figure of another kind and no clause break between ("Homicides nationwide fell, but in Culiacan gunmen
    killed 12"; "killed 56 ... and wounded hundreds across the country")."""
    for at in starts:
        if not f.start - _NATIONAL_REACH <= at <= f.end + _NATIONAL_REACH:
            continue
        lo, hi = (f.end, at) if at >= f.end else (at, f.start)
        if any(g.kind != f.kind and lo <= g.start < hi for g in figures) \
                and not _SERIES_BEFORE_RE.search(s.low, max(0, f.start - s.start - _NATIONAL_REACH), f.start - s.start):
            # ("killed 56 ... and wounded hundreds across the country": the wounded figure's words; but "a series
            # of savage attacks that killed at least 51 people and wounded 230 nationwide" counts both)
            continue
        if not _CLAUSE_BREAK_RE.search(s.low, lo - s.start, hi - s.start):
            return True
    return False


# A break between a nationwide phrase and a figure: another clause ("..., but", ";").
_CLAUSE_BREAK_RE = re.compile(r";|,\s*(?:but|while|whereas|although)\b|\bbut\b")


_NATIONAL_REACH = 80  # characters around a figure where a nationwide phrase makes it the country's
# Several attacks told as one series before a toll: "a series of savage attacks that killed".
_SERIES_BEFORE_RE = re.compile(r"\b(?:an?\s+(?:series|string|wave|spate|spree)\s+of\s+|(?:several|multiple|coordinated)"
                               r"\s+)(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|strikes)\b")


def _site_in_country(s: _Sentence, f: Figure) -> bool:
    """Whether the country ``f`` is told at only locates one site the sentence names: "the death toll
    from an attack on a U.N. compound in South Sudan has risen to 58" is one event's, at one place."""
    # (or names the site: "killed 5 people near the Kuwait roundabout in Gaza City"; or a border of it: "in an area
    # near the Iran border" is one place by the border, not the country)
    return f.place_start > s.start and (_site_before_re().search(s.low, max(0, f.place_start - s.start - 60),
                                                                   f.place_start - s.start) is not None
                                        or _site_after_re().match(s.low, f.place_end - s.start) is not None
                                        or _BORDER_AFTER_RE.match(s.low, f.place_end - s.start) is not None)


_BORDER_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:border|frontier)\b")


@cache
def _site_after_re() -> re.Pattern[str]:
    """A site's noun right after a place's name: " roundabout", " hospital"."""
    from geodata.events.where import landmark_nouns

    return re.compile(r"\s+(?:" + "|".join(map(re.escape, landmark_nouns())) + r")\b")


@cache
def _site_before_re() -> re.Pattern[str]:
    """A single site, then "in" or "at", right before a place: "a U.N. compound in", "the market at"; or a vehicle:
    "an attack on a passenger train in Angola" (place_words.csv's ``vehicle`` rows)."""
    from geodata.events.where import landmark_nouns, vehicle_words  # (the place nouns are the place finders' table)

    vehicles = vehicle_words()
    nouns = [noun for noun in landmark_nouns() if not noun.endswith("s")] + sorted(
        w for w in vehicles if not (w.endswith("s") and (w[:-1] in vehicles or w[:-2] in vehicles)))
    return re.compile(r"\b(?:a|an|the|one)\s+(?:[\w.'’-]+\s+){0,2}(?:" + "|".join(map(re.escape, nouns))
                      + r")\s+(?:in|at|near)\s+(?:the\s+)?$")


def _with_scope(fig: Figure, scope: str) -> Figure:
    return replace(fig, scope=scope)
