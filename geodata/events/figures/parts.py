"""A total and its breakdown by place, in one sentence.

"Russian shelling killed 14 people, nine in Avdiivka and five in Bakhmut"; "strikes killed two
medics in south Lebanon, including one in Borj Rahal and another in Kfartebnit"; "the death of 4
citizens two in Al-Boleel town and the others in Al-Toob village". The parts, each at its place,
are the figures of the sentence: the total they add up to counts no one more, and the sentence
that every part quotes still shows it. Without this, the list reading of :mod:`.numbers` adds
the parts to the total (23 at Avdiivka) or the total stays at its coarse place beside them.

One part with a place of its own, after a total told over a country or a unit ("killed 25 people
across Ukraine, including 11 in Kharkiv"), is the town's toll, and the total becomes a wider one
(:func:`_one_part`); after a total at a town, or at no place, it is only who the dead were.

A breakdown is otherwise at least two parts, each a number (or "one", "another", "the others": the words of
``figure_parts.csv``) with a place of its own, that add up to the total or to less: "killed 14,
nine in Bentiu and three in Rubkona" leaves two dead at no place the text gives, who are counted
nowhere rather than twice (the sum of the parts, 12, is ACLED's conservative reading of what the
sentence places). A total whose own
place is a town is no breakdown, however its list adds up ("44 people dead in Kut, 30 in Sadr City
and 14 in Hilla" is three tolls), unless a word such as "including" or a colon opens the parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geodata.events.figures.numbers import Figure, _number, _Sentence
from geodata.events.figures.rules import _Parts, _Rules
from geodata.text.phrases import phrase_key


_LOOSE_PLACE_RE = re.compile(r"\s+(?:in|near|across)\s+[^,;:.]{1,80}?(?=\s*[,:;]|\s+[-–—])")


@dataclass(frozen=True)
class _Part:
    start: int
    end: int
    value: int | None  # None: "the others", the total less the other parts
    qualifier: str
    place: tuple[str, int, int]  # the place words and their offsets
    stop: int  # where the part ends: after its place and a noun of it ("in Al-Boleel town")


def with_breakdowns(s: _Sentence, figures: list[Figure], rules: _Rules) -> list[Figure]:
    """``figures`` (settled, in text order) with each total that the sentence breaks down by place
    replaced by its parts, and the list items read from the same words dropped."""
    out: list[Figure] = []
    read_to = -1  # the end of the last breakdown: figures starting before it were its parts
    for f in figures:
        if f.start < read_to:
            continue
        parts = _breakdown(s, f, rules) if f.low is not None else []
        if parts:
            out.extend(parts)
            read_to = parts[-1].place_end
        else:
            out.append(f)
    return out


def _breakdown(s: _Sentence, whole: Figure, rules: _Rules) -> list[Figure]:
    p = rules.parts
    after, place_from = (whole.place_end, whole.place_start) if whole.place_start >= 0 else (whole.end, -1)
    if place_from < 0:
        # "Three soldiers were killed on Monday: two in Kandahar and one in Helmand": the verb after the total.
        verb = _PASSIVE_CUE_RE.match(s.text, after, s.end)
        after = verb.end() if verb is not None else after
        # Place words the figure's own pattern does not read ("in south Lebanon"): the total's place.
        loose = _LOOSE_PLACE_RE.match(s.text, after, s.end)
        if loose is not None:
            after, place_from = loose.end(), loose.start()
    opening = p.opening.match(s.text, after, s.end)
    parts: list[_Part] = []
    pos = opening.end()
    while pos < s.end:
        part = _part(s, pos, rules)
        if part is None:
            break
        parts.append(part)
        link = rules.link.match(s.text, part.stop, s.end)
        if link is None:
            break
        pos = link.end()
    if len(parts) == 1:
        return _one_part(s, whole, parts[0], opening, place_from, p)
    told = sum(q.value for q in parts if q.value is not None)
    rest = [q for q in parts if q.value is None]
    if len(rest) > 1 or (rest and (whole.qualifier != "exact" or told >= whole.low)) or told > whole.low:
        return []
    # A total at a town is a toll of its own; the list after it tells more of them.
    opened = any(opening.group(g) for g in ("mark", "dash", "opens"))
    if place_from >= 0 and not opened and not p.coarse.search(s.text[place_from:opening.end()].lower()):
        return []
    if whole.place_text and any(q.place[0] == whole.place_text for q in parts):
        return []
    return [Figure(q.start, q.end, whole.kind, *_bounds(q, whole.low - told), q.qualifier, *q.place)
            for q in parts]


def _one_part(s: _Sentence, whole: Figure, q: _Part, opening: re.Match[str], place_from: int,
              p: _Parts) -> list[Figure]:
    """A total over a country, a unit or a region, and the one part of it an aside places ("Russian strikes
    killed 25 people across Ukraine, including 11 in Kharkiv"): both are kept, the part as the toll at its
    town and the total as an operation's (or the country's), which counts no one at a place twice. A total
    at a town, or with no wider place said before it, keeps its aside as who the dead were, as before."""
    some = _OF_THEM_RE.search(s.low, q.start - s.start, q.end - s.start) is not None  # "six of them in Kadugli"
    if not (opening.group("opens") or some) or q.value is None or q.value >= whole.low \
            or whole.place_text == q.place[0]:
        return []
    part = Figure(q.start, q.end, whole.kind, *_bounds(q, 0), q.qualifier, *q.place)
    if place_from >= 0:
        if not p.coarse.search(s.text[place_from:opening.end()].lower()):
            return []
        return [replace(whole, scope="operation"), part]
    # "In Lebanon, Israeli air strikes killed 40 civilians, including 16 in Tyre": the wider place named
    # before the total is its place.
    at = max(s.start, whole.start - _WIDER_REACH)
    wider = [m for m in p.coarse.finditer(s.low, at - s.start, whole.start - s.start)
             if s.text[m.start() + s.start].isupper()]
    if not wider:
        return []
    start, end = wider[-1].start() + s.start, wider[-1].end() + s.start
    return [replace(whole, scope="operation", place_text=s.text[start:end], place_start=start, place_end=end), part]


_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|whom)\b")
_WIDER_REACH = 80  # characters before a placeless total where the wider place it covers may be named
_PASSIVE_CUE_RE = re.compile(r"\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:killed|wounded|injured|hurt)\b",
                             re.IGNORECASE)


def _bounds(q: _Part, rest: int) -> tuple[int, int | None]:
    value = rest if q.value is None else q.value
    return value, None if q.qualifier in ("at least", "more than") else value


def _part(s: _Sentence, pos: int, rules: _Rules) -> _Part | None:
    """The part told at ``pos``: "nine in Avdiivka", "another in Kfartebnit", "the others in Al-Toob"."""
    p = rules.parts
    word = p.word.match(s.low, pos - s.start)
    value: int | None
    if word is not None:
        end = word.end() + s.start
        role = p.roles[phrase_key(word.group())]
        value, qualifier = (1 if role == "one" else None), "exact"
        m = rules.number.match(s.low, end - s.start + 1) if role == "rest" and s.text[end:end + 1] == " " else None
        num = _number(s, m, rules) if m else None
        if num is not None and num.value is not None:  # "the remaining two"
            value, end = num.value, num.end
    else:
        m = rules.number.match(s.low, pos - s.start)
        num = _number(s, m, rules) if m else None
        if num is None or num.value is None or num.high is not None \
                or (num.partitive and not _OF_THEM_RE.match(s.low, num.num_end - s.start)):
            return None
        value, end, qualifier = num.value, num.end, num.qualifier
        if qualifier not in ("exact", "at least", "more than"):
            return None
    end = p.between.match(s.text, end, s.end).end()
    place = rules.place_in.match(s.text, end, s.end)
    if place is None:
        return None
    start = word.start() + s.start if word is not None else num.start
    trail = p.trail.match(s.text, place.end("place"), s.end)
    return _Part(start, end, value, qualifier, (place.group("place"), place.start("place"), place.end("place")),
                 trail.end())
