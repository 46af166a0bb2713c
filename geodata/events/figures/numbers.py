"""Reading numbers and tying them to their cues: the "find" step of :mod:`geodata.events.figures`.

Every number phrase ("at least 130 people", "two dozen", "scores of civilians")
is read once (:func:`_number`); it becomes a candidate figure when a cue is
tied to it, before or after it, or when it is an item of a list whose first
number has one. Candidates overlap; ``settle_figures`` chooses among them.
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import cache

from geodata.events.dates.grammar import calendar_names
from geodata.text.frozen import frozen_record
from geodata.text.names import UPPER_LETTERS
from geodata.events.figures.rules import _Rules, by_name_more_re
from geodata.text.phrases import SMALL_COUNT, may_end_on, phrase_key


@frozen_record
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
    # The toll of an earlier event the sentence names to compare ("the scene of a blast in 2017 that killed
    # 500"), its scope "cumulative".
    earlier: bool = False


@frozen_record
class _Sentence:
    text: str
    low: str  # text[start:end] in lower case, as long as the slice: numbers are found in it
    start: int
    end: int
    numbers: dict[int, _Number | None] = field(default_factory=dict)  # by start in ``low``


@frozen_record
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
    group_end = -1  # the end of the group a counted noun's figure names: "five members of one family"
    while True:
        m = rules.number.search(s.low, pos - s.start)
        if m is None:
            break
        pos = m.end() + s.start
        num = _number(s, m, rules)
        if num is None:
            continue
        pos = num.end
        if num.start < group_end:
            continue  # "five members of one family were killed": "one" says which family, it counts no one
        if _group_told_before(s, num):
            continue  # "of the four killed, three died inside the gymnasium": the dead told before, broken down
        tie = _after_cue(s, num, rules) or _before_cue(s, num, rules)
        if tie is not None and tie.kind == "wounded" and tie.where == "after" \
                and _WOUNDED_DIED_RE.match(s.low, tie.tail - s.start, s.end - s.start) \
                and not _WHY_BEFORE_RE.search(s.low, max(0, num.start - s.start - 12), num.start - s.start):
            # "Another three people wounded in the strike died in hospital later": the wounded who died
            tie = _Tie("killed", tie.tail, tie.where, tie.place)
        if tie is not None and _neither_count(s, num, tie):
            continue
        if num.start != pending_to and (not pending or _past_singles(s, pending_to, rules) != num.start):
            pending = []  # (single victims may stand between: "three soldiers, a policeman and two civilians")
        if tie is None:
            # (past the group the counted belong to: "12 members of the security forces and 12 civilians")
            link = _link_after_group(s, num, rules) if num.has_noun else None
            if link:
                pending.append(num)
                pending_to = link.end()
                group_end = max(group_end, pending_to)  # (the ages it passed are no counts: "aged 60, 64 and 71,")
                # "three militants and a soldier were killed": the list ends on one victim and its cue (after
                # others, maybe: "two students, a teacher and a guard were slain").
                one = rules.singular[_VICTIM_HURT].match(s.low, _past_singles(s, pending_to, rules) - s.start)
                if one is not None:
                    kind = "wounded" if one.group("cue").startswith(("wound", "injur", "hurt")) else "killed"
                    out.extend((1, _figure(p, kind, p.qualifier, None)) for p in pending)
                    pending = []
            else:
                pending = []
            continue
        place = tie.place or rules.place.match(s.text, tie.tail, s.end)
        num = _part_of_group(s, num, tie, rules)
        first = _figure(num, tie.kind, num.qualifier, place)
        out.append((0, first))
        out.extend((1, f) for f in _one_before(s, num, tie))
        if num.has_noun and tie.where == "after":
            group_end = rules.of_group.match(s.text, num.end, s.end).end()
        if tie.where == "after" and not _OF_WHOM_RE.match(s.low, num.end - s.start):
            # (not a group the dead are told of: "The bus carried 40 people, 23 of whom were killed")
            out.extend((1, _figure(p, tie.kind, p.qualifier, None)) for p in pending)
        pending = []
        resume = max(place.end(), tie.tail) if place else tie.tail
        # "in the Tulkarem refugee camp and one in ...": the list goes on after the place's noun.
        resume = rules.parts.trail.match(s.text, resume, s.end).end() if place else resume
        out.extend((1, f) for f in _list_items(s, first, resume, tie.where == "before", rules))
        joined = _joined_after(s, tie.tail, rules) if tie.where == "after" else None
        if joined is not None:
            more = _figure(joined, tie.kind, joined.qualifier, None)
            out.append((1, more))
            # "along with 17 attackers and three Chadian troops": the joined group's list goes on.
            out.extend((1, f) for f in _list_items(s, more, joined.end, True, rules))
    out.extend((2, f) for f in _singulars(s, rules))
    return out


def _singulars(s: _Sentence, rules: _Rules) -> list[Figure]:
    """One victim named by a singular noun: "a policeman was killed", "killing a soldier"."""
    out: list[Figure] = []
    # (with no singular noun no pattern can match but the one of a victim named by name)
    nouns = rules.singular_gate.search(s.low) is not None
    passive: bool | None = None  # (read once, for the first pattern that needs the passive's words)
    for k, pattern in enumerate(rules.singular):
        if (not nouns and k not in (_BY_NAME, _ANOTHER, _PASSIVE_NAME, _TITLED, _AND_ANOTHER)) \
                or (k in (_ANOTHER, _AND_ANOTHER) and "another" not in s.low):
            continue
        if k in (_PASSIVE_NAME, _TITLED):
            if passive is None:
                passive = _PASSIVE_GATE_RE.search(s.low) is not None
            if not passive or (k == _TITLED and rules.title_gate.search(s.low) is None):
                continue
        for m in pattern.finditer(s.text[s.start:s.end] if k in _AS_WRITTEN else s.low):
            if k == _PASSIVE_NAME and m.group("second") \
                    and s.text[s.start:m.start("noun") + s.start].strip(_OPENING_MARKS) \
                    and not _PAIR_OPENS_RE.search(s.text, s.start, m.start("noun") + s.start):
                # (two names count where they open their clause, "Hussein Hayow and Nur Garad Seefle were shot dead";
                # not the names of those a count told before, after its comma or "both", "Two Jawans of CAF, Upendra
                # Sahu and Devendra Singh were killed", nor names a group is told by, "fighters loyal to Abdel Fattah
                # al-Burhan and Mohamed Hamdan Dagalo were killed")
                continue
            cue = m.group("cue")
            kind = "wounded" if cue.startswith(("wound", "injur", "hurt")) \
                or (cue.endswith(("injuries", "wounds")) and "fatal" not in cue) else "killed"
            found, end = [m], m.end()
            if k == _BY_NAME:  # "killed Ahmed Ali and Hassan Jaber": each name of the list counts one
                more = by_name_more_re().match(s.text[s.start:s.end], end)
                while more is not None:
                    found.append(more)
                    end = more.end()
                    more = by_name_more_re().match(s.text[s.start:s.end], end)
            if k in _ACTS:  # "killed a man and a woman": each victim of the list counts one
                end = _more_singles(s, _past_name(s, end), found, rules)
            # (and after names: "killing Hezbollah senior military commander Fuad Shukr and seven civilians")
            counts = _counted_items(s, end, found, rules) if k in _ACTS or k == _BY_NAME else []
            place = rules.place.match(s.text, (counts[-1].end if counts else found[-1].end() + s.start), s.end)
            if place is None and not counts and k not in _ACTS:
                # (or after the verb: "a man and a woman were killed by sniper fire in Douma")
                place = rules.place.match(s.text, m.end("cue") + s.start, s.end)
            for one in found:
                start, end = one.start("one") + s.start, one.end("noun") + s.start
                if k == _VICTIM_HURT and one is found[0]:
                    start = _apposed_name(s, start)
                out.append(_figure(_Number(start, end, end, 1, "exact", True, False, False), kind, "exact", place))
            if k == _PASSIVE_NAME and m.group("second"):  # ("X and Y were shot dead": one each)
                start, end = m.start("second") + s.start, m.end("second") + s.start
                out.append(_figure(_Number(start, end, end, 1, "exact", True, False, False), kind, "exact", place))
            out.extend(_figure(counted, kind, counted.qualifier, place) for counted in counts)
    return out


def _counted_items(s: _Sentence, end: int, found: list[re.Match[str]], rules: _Rules) -> list[_Number]:
    """The counted items of a list the single victims ``found`` open, ending at ``end`` (offset in the sentence), and
    the single victims after them, appended to ``found``: "killed the head of a peace committee, three of his guards
    and two others", "killed the mayor, two of his bodyguards and a driver"."""
    counts: list[_Number] = []
    while (counted := _counted_after(s, end + s.start, rules)) is not None:
        if _SAYING_AFTER_RE.match(s.low, counted.end - s.start) or _OWN_VERB_RE.match(s.low, counted.end - s.start):
            break  # ("killed the mayor of a small town, three officials said": the sources, no more dead)
        counts.append(counted)
        end = _more_singles(s, counted.end - s.start, found, rules)
    return counts


def _more_singles(s: _Sentence, end: int, found: list[re.Match[str]], rules: _Rules) -> int:
    """The single victims of a list from ``end`` (offset in the sentence), appended to ``found`` ("..., a woman and a
    child"), and where they end."""
    while (more := rules.singular_more.match(s.low, end)) is not None:
        if _own_subject(s, more.end() + s.start):
            break  # (the subject of a clause of its own: "killed one civilian and one soldier sustained ...")
        found.append(more)
        end = _past_name(s, more.end())
    return end


def _one_before(s: _Sentence, num: _Number, tie: _Tie) -> list[Figure]:
    """One more victim, the one the sentence told of, between the verb and its number: "an Israeli missile killed
    him and 19 other people"."""
    one = _ONE_AND_RE.search(s.low, max(0, num.start - s.start - 12), num.start - s.start) \
        if tie.where == "before" else None
    if one is None:
        return []
    at = one.start() + s.start
    return [Figure(at, at + len(one.group(1)), tie.kind, 1, 1, "exact", "", -1, -1, "local")]


def _neither_count(s: _Sentence, num: _Number, tie: _Tie) -> bool:
    """Whether the number's cue counts no one as dead, nor as hurt, alone: the dead "or" another fate ("16 to 34
    hostages are either dead or still in Chechen hands"), or the dead and the hurt together ("more than 100 people
    were killed and injured"; but "dozens of people were killed and wounded" says some were killed, and "leaving
    hundreds dead or injured" does not)."""
    if tie.kind == "killed" and tie.where == "after" \
            and _DEAD_OR_ELSE_RE.match(s.low, tie.tail - s.start, s.end - s.start):
        return True
    joint = _joint_count(s, num, tie)
    return bool(joint) and (num.value is not None or _OR_RE.search(joint) is not None)


def _joint_count(s: _Sentence, num: _Number, tie: _Tie) -> str:
    """The words that make the number count the dead and the hurt together, by its cue ("" where none): "killed and
    wounded at least 100 people", "more than 100 people were killed and injured", "left 40 people dead or wounded"."""
    found = None
    if tie.where == "after":
        found = _JOINT_RE.search(s.low, num.end - s.start, tie.tail - s.start + _JOINT_TAIL)
    elif tie.where == "before":
        found = _JOINT_BEFORE_RE.search(s.low, max(0, num.start - s.start - _JOINT_REACH), num.start - s.start)
    return found.group() if found is not None else ""


_JOINT = (r"(?:killed|dead)\s+(?:and|or|and/or)\s+(?:wounded|injured|hurt)"
          r"|(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)")
_JOINT_RE = re.compile(rf"\b(?:{_JOINT})\b")
_OR_RE = re.compile(r"\bor\b")  # "dead or injured", "killed and/or wounded": no one of them need be dead
# (the pair right before the number, its qualifier between: "killed and wounded at least 100 people")
_JOINT_BEFORE_RE = re.compile(rf"\b(?:{_JOINT})\s+"
                              r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|up\s+to)\s+)?$")
# The dead "or" another fate after the cue: "dead or missing", "killed or captured", "either killed in the battle or
# are still Chechen prisoners".
# (no other subject between, with its own count: "killed and 20 wounded or missing" still tells the killed)
_DEAD_OR_ELSE_RE = re.compile(r"(?:\s+(?!(?:and|while|but|with|as)\b)[^\W\d][\w'’-]*){0,4}?\s+or\s+"
                              r"(?:(?:are|were|remain|remained)\s+)?(?:still\b|missing\b|"
                              r"captured\b|arrested\b|detained\b|abducted\b|kidnapped\b|held\b|unaccounted\b|"
                              r"disappeared\b|taken\s+(?:prisoner|hostage)|in\s+custody\b)")
_JOINT_TAIL = 16  # characters past the cue where its pair may end ("killed and injured")
_JOINT_REACH = 48  # characters before the number where its pair may stand


def _group_told_before(s: _Sentence, num: _Number) -> bool:
    """Whether the number opens a clause on a group of dead told before, which the clause breaks down: "(UPDATE
    ...: of the four killed, three died inside the gymnasium while the fourth ...)"."""
    return s.low.endswith("of the ", 0, num.start - s.start) \
        and _CLAUSE_OPENS_RE.search(s.low, max(0, num.start - s.start - 12), num.start - s.start) is not None \
        and (_DEAD_THEN_COMMA_RE.match(s.low, num.end - s.start) is not None
             # (or any group the clause then counts from: "Of the 30 passengers, 12 were killed")
             or (num.has_noun and _COMMA_NUMBER_RE.match(s.low, num.end - s.start) is not None))


_CLAUSE_OPENS_RE = re.compile(r"(?:^|[(:;,.]\s*|\n)of\s+the\s+$")
_COMMA_NUMBER_RE = re.compile(r"(?:\s+[a-z-]+){0,3}\s*,\s*(?:at\s+least\s+|about\s+|some\s+|)"
                              r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|"
                              r"thirty|forty|fifty)")
_DEAD_THEN_COMMA_RE = re.compile(r"\s*(?:people\s+|persons\s+)?(?:killed|dead|victims|fatalities|deaths)\s*,")


def _past_name(s: _Sentence, at: int) -> int:
    """Where a list of victims goes on after the victim ending at ``at`` (offset in the sentence): past
    the victim's name in commas ("the village head, Alhaji Jafaru Rabiu, his personal assistant and
    four other residents"), read on the sentence as written."""
    # (and past where he served: "the Commissioner of Mayom County and 11 other members of the organized forces")
    served = _SERVED_AT_RE.match(s.text, at + s.start, s.end)
    at = served.end() - s.start if served else at
    name = _APPOSED_NAME_RE.match(s.text, at + s.start, s.end)
    return name.end() - s.start if name else at


# ", Alhaji Jafaru Rabiu" before a comma: one to five capitalised words.
_APPOSED_NAME_RE = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?=\s*,)")
# " of Mayom County", " of the Interior Ministry": one to four capitalised words after "of".
# (or a body in lower case, up to the list's next link: " of a local peace committee, ")
_SERVED_AT_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
                           r"|\s+of\s+(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*(?=\s*,\s*(?:and\s+)?[a-z]|\s+and\s+[a-z])")


def _link_after_group(s: _Sentence, num: _Number, rules: _Rules) -> re.Match[str] | None:
    """The link to the next item of a list after a counted group and its ages, if any: "... and ", ", "; or, where
    the ages ended on a comma, the space after it ("Two policemen aged 28 and 31, a soldier and four civilians")."""
    end = rules.of_group.match(s.text, num.end, s.end).end()
    link = rules.link.match(s.text, end, s.end) or _ALONG_WITH_RE.match(s.text, end, s.end)
    if link is None and s.text.endswith(",", num.end, end):
        link = _SPACES_RE.match(s.text, end, s.end)
    return link if link is None or link.end() > link.start() else None


# "Two gunmen along with 12 hostages died": another item of the list before the cue. (Between commas, ", along with
# 45 civilians,", the group is read as an aside and not counted: a known limit.)
_ALONG_WITH_RE = re.compile(r"\s*,?\s+(?:along|together)\s+with\s+", re.IGNORECASE)


def _past_singles(s: _Sentence, pos: int, rules: _Rules) -> int:
    """Past the single victims of a list from ``pos`` that another item follows: "a teacher, " and "a teacher
    and " of "two students, a teacher and a guard"; ``pos`` if none."""
    while (one := rules.one_more.match(s.text, pos, s.end)) is not None \
            and (link := rules.link.match(s.text, one.end(), s.end)) is not None:
        pos = link.end()
    return pos


def _joined_after(s: _Sentence, pos: int, rules: _Rules) -> _Number | None:
    """A counted group joined to a toll right after its cue: "Three officers were killed, along with
    three civilians" (lower-cased sentence): more people of the same toll."""
    joined = _JOINED_RE.match(s.low, pos - s.start)
    if joined is None:
        return None
    m = rules.number.match(s.low, joined.end())
    num = _number(s, m, rules) if m else None
    if num is None or num.value is None or not num.has_noun or num.partitive:
        return None
    return num


# Right after the cue, or after a few words that say where or when with no comma ("were killed in the
# assault on Monday, along with 17 attackers").
_JOINED_RE = re.compile(r"(?:[^,;:.()\d]{0,60}?,|\s*,?)\s*(?:along\s+with|together\s+with|as\s+well\s+as)\s+")


def _counted_after(s: _Sentence, pos: int, rules: _Rules) -> _Number | None:
    """A counted item that ends a list of single victims: "killed a soldier and two civilians", "killing
    a woman and her two children", "killed a district governor and two of his bodyguards". After one
    victim, "two of his bodyguards" is more people, not a part of a count already made."""
    link = rules.link.match(s.text, pos, s.end)
    if link is None:
        return None
    at = link.end()
    owner = _OWNER_RE.match(s.low, at - s.start)
    if owner is not None:
        at += owner.end() - owner.start()
    m = rules.number.match(s.low, at - s.start)
    num = _number(s, m, rules) if m else None
    if num is None or num.value is None or not num.has_noun:
        return None
    if num.partitive and not _OF_OWNER_RE.match(s.low, num.num_end - s.start):
        return None
    return num


_SAYING_AFTER_RE = re.compile(r"\s+(?:also\s+)?(?:said|say|says|told|reported|added|confirmed)\b")
_ONE_AND_RE = re.compile(r"\b(him|her)\s+and\s+$")  # one victim told before a number: "killed him and 19 others"
# What may stand before two names that open their clause: nothing but a quote mark, or "that", "said" and the like.
_OPENING_MARKS = " \n\t\"“‘'•*-"
_PAIR_OPENS_RE = re.compile(r"\b(?:that|said|says|added|and|but)\s+$")
# The words the passive by-name pattern needs: "was", "been", "died of", or two names' "and ... were".
_PASSIVE_GATE_RE = re.compile(r"\b(?:was|been|died\s+of)\s|\band\s(?:[^\s.;]+\s){1,6}were\s")
_OF_WHOM_RE = re.compile(r"\s+of\s+(?:whom|them)\b")
# "her two children", "two of his bodyguards": people of the victim just named (lower-cased sentence).
_OWNER_RE = re.compile(r"(?:his|her|their)\s+")
_OF_OWNER_RE = re.compile(r"\s+of\s+(?:his|her|their)\s+")
_VICTIM_HURT = 0  # the pattern of rules.singular that reads "a soldier was killed"
_ACT_VICTIM = 1  # the pattern of rules.singular that reads "killing a soldier"
_ACTS = (_ACT_VICTIM, 6)  # ... and the one that reads "killed the village chief"
_NAMED_AGAIN = 5  # ... that reads "the governor along with two bodyguards were killed", on the text as written
_BY_NAME = 8  # ... that reads "shot dead Enrique Hernandez", on the text as written, whatever the singular nouns
_ANOTHER = 9  # ... and "injured another", with no noun, also whatever the singular nouns
_PASSIVE_NAME = 11  # ... and "Nader al-Mafaalani was killed", on the text as written, whatever the singular nouns
_TITLED = 12  # ... and "the village chief was shot dead", a post's holder (figure_titles.csv)
_AND_ANOTHER = 13  # ... and "... and another killed", one more with no noun, whatever the singular nouns
_AS_WRITTEN = (_NAMED_AGAIN, _BY_NAME, _PASSIVE_NAME)


def _apposed_name(s: _Sentence, start: int) -> int:
    """Where the victim's name opens the sentence, right before the noun that counts him ("Haokip, a farmer, was found
    dead", "Elmi Hagar Gure, a well-known clan elder, was killed"): the name's start, so that the toll reads as one
    victim told by name; else ``start``. Only where the apposition closes before the verb's helper, and not a day or
    a word that opens a clause ("Last Sunday, a soldier was killed", "Meanwhile, a man was killed")."""
    m = _OPENING_NAME_RE.fullmatch(s.text, s.start, start)
    if m is None or _APPOSITION_CLOSES_RE.match(s.text, start, s.end) is None:
        return start
    first = m.group(1).split()[0]
    names = calendar_names()
    return start if first in _CLAUSE_OPENERS or first in names.weekdays or first in names.months else m.start(1)


# A name of one to four capitalised words and its comma, all that stands before the victim's noun in the sentence.
_OPENING_NAME_RE = re.compile(rf"[{re.escape(_OPENING_MARKS)}]*((?:[{UPPER_LETTERS}][\w'’-]+\s+){{0,3}}"
                              rf"[{UPPER_LETTERS}][\w'’-]+),\s+")
# The apposition the name opens closes with a comma before the verb's helper: "Haokip, a farmer, was found dead".
_APPOSITION_CLOSES_RE = re.compile(r"[^,;.]{1,60},\s+(?:was|were|has|had)\b")
_CLAUSE_OPENERS = frozenset({"In", "On", "At", "Near", "The", "A", "An", "But", "And", "Meanwhile", "Separately",
                             "Elsewhere", "Earlier", "Later", "Also", "However", "Then", "Today", "Yesterday",
                             "Overnight", "Police", "Officials", "Witnesses", "Residents", "Sources"})


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
        qualifier = rules.qualifiers[phrase_key(qual)] if qual else "exact"
    start = m.start() + base
    high = None
    if value is not None:
        high, num_end = _range_end(s, m, value, num_end, rules)
        if high is not None:
            qualifier = "range"
        elif (odd := _ODD_RE.match(text, num_end, end)) is not None:
            num_end, qualifier = odd.end(), "more than"  # "twenty-odd", "1,500-plus": more than it
        elif "(" in text[num_end:num_end + 3] and (echo := _echo(text, num_end, end, value, rules)) is not None:
            num_end = echo  # "3 (three) local village volunteers", "two (2) soldiers": the number written twice
    if rules.bad_after.match(text, num_end, end) or _TIMES_AFTER_RE.match(text, num_end, end) \
            or _bad_before(text, max(base, start - rules.bad_before_reach), start, rules) \
            or (value is not None and _AGE_ASIDE_RE.match(text, num_end, end)
                and _NAME_BEFORE_AGE_RE.search(text, max(base, start - _BAD_BEFORE_REACH), start)) \
            or (_THE_BEFORE_RE.search(text, max(base, start - 4), start) and rules.formation.match(text, num_end, end)):
        return None
    noun = rules.person.match(text, num_end, end)
    digits = m.group("num") or ""
    if value is not None and noun is None and _YEAR_RE.fullmatch(digits):
        return None  # a year: "in 2003", "2005"
    partitive = value is not None and noun is not None and noun.group().split()[0].lower() == "of"
    return _Number(start, noun.end() if noun else num_end, num_end, value, qualifier,
                   noun is not None, bool(m.group("qual")) or high is not None, partitive, high)


def _echo(text: str, at: int, end: int, value: int, rules: _Rules) -> int | None:
    """Where the number written again in brackets right after ``at`` ends ("3 (three)", "two (2)"), or None."""
    m = _ECHO_RE.match(text, at, end)
    if m is None:
        return None
    inner = m.group(1).lower()
    if inner.isdigit():
        return m.end() if int(inner) == value else None
    words = inner.replace("-", " ").split()
    return m.end() if words and all(rules.words.get(w, "vague") != "vague" or w == "and" for w in words) else None


_ECHO_RE = re.compile(r"\s*\(\s*([\w -]{1,30}?)\s*\)")  # a number's words or figures again, in brackets

# A person's age in commas after his name: "Corporal John Smith, 22, of Ohio, died" (no count of 22).
# (a name of two words or more, not a place told after a preposition: "In Mosul, 12, including three children,")
_NAME_BEFORE_AGE_RE = re.compile(r"(?<![\w'’-])(?!(?:In|On|At|Near|From|Outside|The|And|But|By|For)\s)"
                                 r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s$")
# (and what follows the age goes on about the person: "of Ohio", "from Najaf", "a father of two", "was", "died")
_AGE_ASIDE_RE = re.compile(r",\s+(?:of|from|an?|was|who|had|has|died)\b")
# "two or three times the official count": a multiple, no count
_TIMES_AFTER_RE = re.compile(r"\s+or\s+[\w-]+\s+times\b")
_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s$")  # right before a number that may be a force's: "the 31 Assam Rifles"
_ODD_RE = re.compile(r"[-\u2010\u2011](?:odd|plus)\b"
                     r"|\s+(?:odd|plus)(?=\s+(?:people|persons|men|civilians|soldiers|fighters)\b)")
# Characters before a number where a name's age may stand ("Sergeant Jeroen Severs, 29").
_BAD_BEFORE_REACH = 24
_BETWEEN_RE = re.compile(r"\bbetween\s+$")
# How far before a number its cue may start: "killing an entire family of 7".
_BEFORE_REACH = 40
# (and "from an initial 12 to 27", "rose by four to 21", "raised by five to 26": a change too)
_FROM_RE = re.compile(r"\b(?:from\s+(?:an?\s+(?:initial|earlier|previous)\s+)?|by\s+)$")


def _range_end(s: _Sentence, m: re.Match[str], value: int, num_end: int, rules: _Rules) -> tuple[int | None, int]:
    """The upper end of a range that starts with ``value`` and where it ends, or (None, ``num_end``).

    "10 to 15", "10-15", "between 10 and 15", "between 20 to 40"; not "rose from 10 to 15" (a change,
    not a range).
    """
    before = s.low[max(0, m.start() - 24):m.start()]
    if _FROM_RE.search(before):
        return None, num_end
    between = _BETWEEN_RE.search(before) is not None
    r = (rules.range_and if between else rules.range_).match(s.low, num_end - s.start)
    if r is None and between:
        r = rules.range_.match(s.low, num_end - s.start)  # "between 20 to 40", as some press writes it
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
        mult = raw[len(digits):].strip()
        # (a full stop before three digits and no multiple sets thousands apart, as much of Europe writes them:
        # "1.200 people" are twelve hundred; "1.2 million" and "2.5" are decimals)
        # (not a rate's: "1.125 deaths per 10,000 people")
        dotted = not mult and _DOTTED_RE.fullmatch(digits) and not _PER_AFTER_RE.match(m.string, m.end())
        value = float(_SEPARATORS_RE.sub("", digits.replace(".", "") if dotted else digits))
        if mult:
            value *= int(rules.words[mult][1:])
        return int(round(value)), m.end() + base
    total = current = 0
    last_end = 0
    last_mult = half = False
    for tok in _WORD_RE.finditer(raw):
        word = tok.group()
        if word in ("a", "an"):
            current = 1
            continue
        if word == "half":
            half = True  # "half a dozen": the next multiple halved
            continue
        if word == "and":
            if not last_mult:
                break
            continue
        val = rules.words[word]
        if val.startswith("x"):
            mult = int(val[1:]) // 2 if half else int(val[1:])
            half = False
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
_DIGITS_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|[\d,.]+")
_DOTTED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "1.200", "1.200.000": thousands set apart by full stops
_PER_AFTER_RE = re.compile(r"(?:\s+[\w-]+){0,2}\s+per\b")  # a rate: "1.125 deaths per 10,000"
_SEPARATORS_RE = re.compile(r"[, \u00a0\u2009\u202f]")  # between thousands: "1,300", "1 300"
_WORD_RE = re.compile(r"[a-z]+")
_SPACES_RE = re.compile(r"\s*")


# After the hurt's cue, in its clause, the verb that says they died: "wounded in the strike died in hospital later".
# (no other subject between: "were wounded and one of them died later" is one more dead, not all four)
_WOUNDED_DIED_RE = re.compile(r"(?:\s+(?:in|at|on|during|by|from|after)\s+"
                              r"(?:(?!\b(?:and|or|who|whom|which|them)\b)[^,;.]){0,40}?)?\s+(?:later\s+|subsequently\s+|since\s+|have\s+|had\s+|has\s+)?"
                              r"(?:died|succumbed)\b")


# (not why a toll told in the sentence rose: "rose to 11 after three wounded died")
_WHY_BEFORE_RE = re.compile(r"\b(?:after|as|when|because)\s+$")


@frozen_record
class _Tie:
    """The cue a number is tied to."""

    kind: str  # "killed" or "wounded"
    tail: int  # where the place words may start
    where: str  # "before" or "after" the number, or "toll" ("the death toll rose to ...")
    place: re.Match[str] | None  # a place the cue itself names: "the toll from the bombings in Tal Afar"


def _after_cue(s: _Sentence, num: _Number, rules: _Rules) -> _Tie | None:
    cue = rules.after.match(s.text, num.end, s.end)
    words_before = num.has_noun or bool(cue and cue.group("aside"))
    if cue is None:
        cue = rules.lite.match(s.text, num.num_end, s.end)
        words_before = True
    if cue is None:
        cue = ap_count(s, num.start, num.end, rules)
    if cue is None and num.has_noun and "them" in s.low:
        # "dragged 17 people out of their homes ... and killed them", "... and shot them dead"
        them = rules.them.match(s.text, num.end, s.end)
        if them is not None:
            kind = "killed" if them.group("shot") else rules.kinds[phrase_key(them.group("cue"))]
            return _Tie(kind, them.end(), "after", None)
    if cue is None:
        return None
    word = phrase_key(cue.group("cue"))
    if rules.kinds[word] == "wounded" and _THEN_DIED_RE.match(s.text, cue.end(), s.end):
        # ("three severely wounded people passed away in hospital", "Four wounded colleagues later succumbed": no
        # wounded, and dead that a toll told before or after counts, the lead's or the running total's, as a rule)
        return None
    # "300 US troops killed 12 insurgents", "twelve gunmen have killed a policeman": the
    # count is the subject of an active verb. Not so after "were" or right after the
    # number ("19 wounded soldiers").
    # (the verb may be read as an auxiliary and its cue: "two gunmen shot dead Ali Abdul-Hussein")
    if (word in rules.verbs or _verb_with_word_before(s, cue.start("cue"), word, rules)) and words_before \
            and not rules.passive.search(cue.group("aux")):
        next_word = _SPACES_RE.match(s.text, cue.end(), s.end).end()
        if rules.object.match(s.text, cue.end(), s.end) or rules.number.match(
                s.low, next_word - s.start) or _named_object(s, cue.end()):
            return None
    tail = max(cue.end(), num.end)
    if s.text.startswith(_CLOSING_QUOTES, tail) and s.text[cue.start("cue") - 1] in _OPENING_QUOTES:
        tail += 1  # 'were "neutralized" in Kidal': the place words start after the quotation
    return _Tie(rules.kinds[word], tail, "after", None)


def _verb_with_word_before(s: _Sentence, at: int, word: str, rules: _Rules) -> bool:
    """Whether the word before a cue at ``at`` makes a verb of both sides with it ("shot" and "dead")."""
    before = _WORD_BEFORE_RE.search(s.low, max(0, at - s.start - 12), at - s.start)
    return before is not None and f"{before.group(1)} {word}" in rules.verbs


_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")


def _named_object(s: _Sentence, at: int) -> bool:
    """Whether a person's name (two capitalised words, the first no day's or month's) stands right after ``at``,
    as the object of an active verb: "two gunmen shot dead Ali Abdul-Hussein"."""
    found = _NAME_AFTER_RE.match(s.text, at, s.end)
    names = calendar_names()
    return found is not None and found.group(1) not in names.weekdays and found.group(1) not in names.months


# (any script's letters: "José Luis Ramírez", "Abdul-Rahman Haji Ali")
# (not a day's name: "killed New Year's Eve", "Christmas Day")
_NAME_AFTER_RE = re.compile(rf"\s+([{UPPER_LETTERS}][^\W\d_]+(?:-[^\W\d_]+)*)\s+"
                            rf"(?!(?:Day|Eve|Night|Morning|Evening|Year)\b)[{UPPER_LETTERS}][\w-]*[^\W\d_](?!['’])")


def _month_word(words: str) -> bool:
    """Whether ``words`` (before a number) are a month's name, whole or cut short ("March", "Nov.", "Sept.")."""
    word = words.strip().rstrip(".").lower()
    return bool(word) and any(month.lower().startswith(word) and len(word) >= 3 for month in calendar_names().months)


# The wounded told as dying after: "three severely wounded people passed away", "two injured victims died later".
# (their noun between, no new subject: "30 people were wounded and five died" is two groups)
_THEN_DIED_RE = re.compile(r"(?:\s+(?!(?:and|or|but|while|whereas|as|of)\b)[a-z-]+){0,2}?"
                           r"\s+(?:later\s+|subsequently\s+|also\s+|have\s+|had\s+|since\s+)?"
                           r"(?:died|passed\s+away|succumbed)\b", re.IGNORECASE)
_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = ("\"", "”", "’", "'")


def ap_count(s: _Sentence, start: int, end: int, rules: _Rules) -> re.Match[str] | None:
    """AP's count of the number at ``start:end``: "brought to 3,245 the number of U.S. service members
    killed in Iraq" (the words after the number), when "to" stands right before it."""
    if not s.low.endswith("to ", 0, start - s.start):
        return None
    return rules.count.match(s.text, end, s.end)


def _bad_before(text: str, pos: int, start: int, rules: _Rules) -> bool:
    """Whether words right before the number at ``start`` make it no count ("aged 12")."""
    ends = rules.bad_before_ends
    if (ends is None or may_end_on(text, pos, start, ends, rules.bad_before_cased)) \
            and (bad := rules.bad_before.search(text, pos, start)) is not None \
            and (text[start].isdigit() or not _month_word(bad.group())) and not _stated_among(text, bad, start):
        # (a month makes only a day in digits no count: "on Nov. 19", not "In Sept. two soldiers were killed")
        return True
    # (nor the last of a list of ages: "two brothers aged 38 and 39 were killed"; a substring look first)
    at = max(0, start - _AGES_REACH)
    return text.find("age", at, start) >= 0 and _AGES_BEFORE_RE.search(text, at, start) is not None \
        and _AGE_ENDS_RE.match(text, start) is not None


def _stated_among(text: str, bad: re.Match[str], start: int) -> bool:
    """Whether ``bad`` is "among the" after "was" or "were", the toll stated ("The son ... were among the 51 people
    killed in the attack"), not a group told before ("Among the eight killed, one ..."), nor the dead of an event
    dated before ("was among the 587 killed in the 2017 truck bombing", "among the 1,200 killed in the Oct. 7
    attack")."""
    return bad.group().lower().startswith("among") \
        and _STATED_BEFORE_RE.search(text, max(0, bad.start() - 6), bad.start()) is not None \
        and _DATED_AFTER_RE.match(text, start) is None


_STATED_BEFORE_RE = re.compile(r"\b(?:was|were|is|are)\s+$", re.IGNORECASE)
# A year, or a month's name and a day, in the rest of the figure's sentence.
_DATED_AFTER_RE = re.compile(r"[^.;]{0,150}?(?:\b(?:19|20)\d\d\b|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)")
_AGES_REACH = 40  # characters before a number where the ages it ends a list of begin
_AGES_BEFORE_RE = re.compile(r"\bage[ds]?\s+(?:between\s+|of\s+)?\d{1,3}(?:\s*,\s*\d{1,3})*\s+(?:and|or|to)\s+$",
                             re.IGNORECASE)
# ... whose last age ends the list: a verb, a mark or "years" after it, not a count's noun ("aged 80 and 2 children").
_AGE_ENDS_RE = re.compile(r"\d{1,3}(?:\s*(?:years?\b|[,.;)])|\s+(?:were|was|are|is|had|have|respectively|died)\b)",
                          re.IGNORECASE)


def _before_cue(s: _Sentence, num: _Number, rules: _Rules) -> _Tie | None:
    lo, ends = max(s.start, num.start - _BEFORE_REACH), rules.before_ends
    cue = rules.before.search(s.text, lo, num.start) \
        if ends is None or may_end_on(s.text, lo, num.start, ends) else None
    if cue:
        word = cue.group("cue") or cue.group("verb") or cue.group("verb2")
        return _Tie(rules.kinds[phrase_key(word)], num.end, "before", None)
    lo = max(s.start, num.start - 200)
    window = s.low[lo - s.start:num.start - s.start]
    if "toll" not in window and "number" not in window and "figure" not in window:
        return None
    # ("estimated the civilian toll to be between 70 and 100": the toll's words end before the range's "between")
    between = _BETWEEN_RE.search(window) if num.high is not None else None
    toll = rules.toll.search(s.text, lo, num.start if between is None else lo + between.start())
    if toll is None:
        return None
    word = toll.group("ncue") or toll.group("cue") or toll.group("cue1") or toll.group("cue2")
    place = None
    gap = next((g for g in ("gap", "gap1", "gap2") if toll.group(g)), None)
    if gap:  # "the death toll from the bombings in Tal Afar rose to 45"
        place = rules.place_in.search(s.text, toll.start(gap), toll.end(gap))
    return _Tie(rules.kinds[phrase_key(word)], num.end, "toll", place)


def _list_items(s: _Sentence, first: Figure, pos: int, objects: bool,
                rules: _Rules) -> list[Figure]:
    """Items after ``first``: ", 30 in Sadr City and eight in Babel"; with ``objects``
    (the cue is a verb before the first number) also "... and three civilians"."""
    items = []
    # ("found 9 dead bodies throughout Baghdad: 1 in Qahira, 2 in Zafaraniyah": a round-up's breakdown after a colon)
    # (a substring look first: most sentences hold no colon, semicolon, bracket or inner full stop after their figure)
    opened = _BREAKDOWN_OPEN_RE.match(s.text, pos, s.end) \
        if any(s.text.find(mark, pos, s.end - 1) >= 0 for mark in ":;.(") else None
    brackets = opened is not None and s.text.find("(", pos, s.end) >= 0
    bracket = False  # within a breakdown opened by a bracket
    dated = False  # an item told its day: the next may be told by its day instead of its place
    while True:
        if objects:
            # "killing nine members of the Al-Dallu family, five of them children, and two other
            # people": the noun's complement and an aside on the item stand before the next one.
            for skip in (_COMPLEMENT_RE, _ITEM_ASIDE_RE):
                found = skip.match(s.text, pos, s.end)
                pos = found.end() if found else pos
        # ("killed four people in Kherson on Monday and two more on Tuesday": the item's day before the next)
        # (then the next is told by its place or its day, not by its noun alone: "killed more than 20 civilians on
        # Monday, two officials said")
        if (day := _item_day_re().match(s.text, pos, s.end)) is not None:
            pos, dated = day.end(), True
        after_day = day is not None
        link = rules.link.match(s.text, pos, s.end) or opened
        if link is None and bracket:
            # ("(three in Amil, ..., and one in Kadhimiya) and three in the Rusafa sector": the breakdown closed,
            # the list goes on)
            link = _BREAKDOWN_CLOSE_RE.match(s.text, pos, s.end)
            bracket = False
        elif link is opened and opened is not None:
            bracket = "(" in opened.group()
        opened = None
        m = rules.number.match(s.low, link.end() - s.start) if link else None
        if m is None and (apposed := _APPOSED_UNIT_RE.match(s.text, pos, s.end)):
            # "7 in Al Fashir, North Darfur, and 4 in Al Junaynah": the province of the item before
            link = rules.link.match(s.text, apposed.end(), s.end)
            m = rules.number.match(s.low, link.end() - s.start) if link else None
        if link is None:
            break
        num = _number(s, m, rules) if m else None
        if num is None and objects and first.kind == "killed" and (
                one := rules.one_more.match(s.text, link.end(), s.end)) is not None \
                and not _SAID_RE.match(s.low, one.end() - s.start) and not _own_subject(s, one.end()):
            # "killed five soldiers and a civilian", "five Chinese nationals and their Pakistani driver"
            # (and a series: "killing five members of the party, a member of the security forces and a child")
            last = "and" in link.group()
            if not last and not _series_goes_on(s, first, one.end()):
                break
            items.append(Figure(one.start(), one.end(), first.kind, 1, 1, "exact", "", -1, -1, "local"))
            if last:
                break
            pos = one.end()
            continue
        # (nor those who tell of the dead: "killing six residents, two Iraqi security officials said"; nor the
        # subject of a clause of its own: "killed two civilians and three soldiers were wounded")
        if num is None or num.partitive or (num.has_noun and (_SAID_RE.match(s.low, num.end - s.start) or (
                objects and _OWN_VERB_RE.match(s.low, num.end - s.start)))):
            break
        # (the site may come before the town: "and 8 in a school in Deir al-Balah")
        site = _ITEM_SITE_RE.match(s.text, num.end, s.end)
        place = rules.place_in.match(s.text, site.end() if site else num.end, s.end) \
            or rules.place_road.match(s.text, num.end, s.end)
        if place is None and not (objects and num.has_noun and not after_day) \
                and not (dated and _item_day_re().match(s.text, num.end, s.end) is not None):
            break
        # "44 people dead in Kut, 30 in Sadr City": an elided item takes the first one's qualifier; not an
        # upper bound, which says the first count may be less than it ("As many as 37 people were gunned
        # down in Sonitpur and 27 in Kokrajhar": 27 were).
        own = num.own_qualifier or num.has_noun or num.value is None or first.qualifier == "up to"
        items.append(_figure(num, first.kind, num.qualifier if own else first.qualifier, place))
        pos = rules.parts.trail.match(s.text, place.end(), s.end).end() if place else num.end
        if brackets and not bracket and place is not None:
            # ("three in the Rusafa sector of eastern Baghdad (one in Baghdad Al-Jedida, ...)": an item's own breakdown)
            opened = _BREAKDOWN_OPEN_RE.match(s.text, pos, s.end)
    return items


# A breakdown opened by a colon, a semicolon or a bracket: the place of the total may stand before it ("throughout
# Baghdad: 1 in Qahira", "in the Karkh sector of western Baghdad (three in Amil"); or by a full stop the sentence's
# splitter did not take, a figure glued to it ("throughout Baghdad.1 in Qahira, 2 in Zafaraniyah": a typing slip).
_BREAKDOWN_OPEN_RE = re.compile(r"[^:;.,()]{0,60}?\s*(?:[:;(]|\.(?=\d))\s*"
                                rf"(?={SMALL_COUNT}\s+(?:in|at)\s+"
                                r"(?:[A-Z]|[ae]l-[A-Z]|[ae]l-[a-z]))")
# A series of single victims going on after one, to its "and": ", a member of the security forces and a child".
_SERIES_GOES_ON_RE = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?(?:\s*,)?\s+and\s+"
                                r"(?:an?|one|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+")
# A series' last item that tells of the dead: "and a health official said".
_SAID_AFTER_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|told|reported|added)\b")
# The nouns of a number that an apposition after it only describes: "killed two people, a police officer and a
# civilian" is two.
_GENERIC_VICTIMS_RE = re.compile(r"\s+(?:people|persons|civilians|individuals|others|victims)\b(?!\s+of\b)")
# The bracket of a breakdown closed, the list going on: "... and one in Kadhimiya) and three in the Rusafa sector".
_BREAKDOWN_CLOSE_RE = re.compile(r"\)\s*,?\s+and\s+")
_ITEM_SITE_RE = re.compile(r"\s+(?:in|at)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?[a-z-]+(?=\s+(?:in|near)\s+[A-Z])")
# ", North Darfur" or ", Donetsk Oblast" right after a place: one to three capitalised words, a comma after.
_APPOSED_UNIT_RE = re.compile(r",\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?=\s*,)")
_SAID_RE = re.compile(r"\s+(?:said|says|told|reported|added)\b")  # "... and a UN spokesman said": a speaker
# The subject of a clause of its own: "killed one civilian and one soldier sustained gun injuries".
_OWN_VERB_RE = re.compile(r"\s+(?:was|were|is|are|has|have|had|sustained|suffered|received|got)\b")
# ... or the first of its subjects: "killed 12 people in Rafah, and a man and a woman were wounded" (not a relative
# clause's: "killed a man and a woman who were ...").
_SUBJECT_AHEAD_RE = re.compile(r"\s+and\s+[^,.;:()]{1,40}?(?<!\bwho)(?<!\bthat)\s+(?:was|were)\b")


def _own_subject(s: _Sentence, end: int) -> bool:
    """Whether the victim read up to ``end`` (an offset in the text) is a subject of a clause of its own."""
    return _OWN_VERB_RE.match(s.low, end - s.start) is not None \
        or _SUBJECT_AHEAD_RE.match(s.low, end - s.start) is not None
_COMPLEMENT_RE = re.compile(r"\s+of\s+(?:the\s+|an?\s+|one\s+|his\s+|her\s+|their\s+|its\s+)?"
                            r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+and\s|\s*,)")
_ITEM_ASIDE_RE = re.compile(r"\s*,\s*(?:including\s+[^,;.]{1,40}|[\w-]+\s+of\s+(?:them|whom)\s+[^,;.]{1,30})(?=,)")


@cache
def _item_day_re():
    """A list item's day, right after it: " on Monday", " on Tuesday night", " last Friday"."""
    days = "|".join(name.lower() for name in calendar_names().weekdays)
    return re.compile(rf"\s+(?:on|last|early|late)\s+(?:{days})(?:\s+(?:night|morning|afternoon|evening))?\b",
                      re.IGNORECASE)


def _series_goes_on(s: _Sentence, first: Figure, at: int) -> bool:
    """Whether a series of single victims goes on from ``at`` to its last item ("killing five members of the party, a
    member of the security forces and a child"): not after a number of people an apposition only describes
    ("killed two people, a police officer and a civilian"), nor where the last item tells of the dead ("killed 12
    people, a police spokesman and a health official said")."""
    if _GENERIC_VICTIMS_RE.search(s.text, first.start, first.end) \
            or _GENERIC_VICTIMS_RE.match(s.text, first.end, s.end):
        return False
    more = _SERIES_GOES_ON_RE.match(s.text, at, s.end)
    return more is not None and not _SAID_AFTER_RE.match(s.low, more.end() - s.start)


def _part_of_group(s: _Sentence, num: _Number, tie: _Tie, rules: _Rules) -> _Number:
    """``num``, or the part of its group the sentence counts: "Five of the 17 passengers ... were killed" is
    five killed, of the 17 aboard (but "two of the 19 people found shot to death ... were Guatemalan migrants":
    the group died, the part is who some were)."""
    at = num.start - s.start
    # (the group's "of the" stands right before its number: a quick look before the pattern's search)
    if not s.low.endswith(_OF_GROUP_ENDS, max(0, at - 10), at):
        return num
    before = _PART_OF_RE.search(s.low, max(0, at - _PART_REACH), at)
    if before is None or num.value is None or (
            tie.where == "after" and not _FINITE_RE.search(s.low, num.end - s.start, tie.tail - s.start)):
        return num
    # (its qualifier too: "At least 40 of the 120 worshippers")
    m = next((m for m in rules.number.finditer(s.low, max(0, before.start() - _PART_REACH), before.end("part"))
              if m.end() == before.end("part")), None)
    part = _number(s, m, rules) if m is not None else None
    if part is None or part.value is None or part.value >= num.value:
        return num
    return _Number(part.start, num.end, part.end, part.value, part.qualifier, num.has_noun, part.own_qualifier,
                   num.partitive, None)


# "Five of the 17 passengers": the part, then the group it is of, right before the group's number.
_PART_OF_RE = re.compile(r"(?<![\w-])(?P<part>[\w-]+)\s+(?:out\s+)?of\s+(?:the|these|those|its|their)\s+$")
_PART_REACH = 30
_OF_GROUP_ENDS = ("of the ", "of these ", "of those ", "of its ", "of their ")
# The verb of the part's clause, before its cue: "Five of the 17 passengers on a minibus were killed".
_FINITE_RE = re.compile(r"\b(?:were|was|have|has|had|are|is|died|die)\b")


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

