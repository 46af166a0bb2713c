"""The rules of casualty figures: the tables under ``geodata/data/`` compiled into patterns.

:func:`_rules` reads the tables once (:func:`_tables`) and compiles every
pattern on first use, one builder per pattern or group of patterns. Patterns
run either on the sentence itself or on its lower-cased copy (noted at each):
case-insensitive matching is slow, and the number pattern runs on every
sentence with a cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import cache

from geodata.datafiles import rows as _rows
from geodata.events.dates.grammar import calendar_names
from geodata.text.names import UPPER_LETTERS
from geodata.text.phrases import (any_of_lookahead, ascii_twin, guarded_alternation, phrase_key,
                                  trie_regex, with_first_chars, word_ends)


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
    formation: re.Pattern[str]  # after "the" and a number, the force it numbers: "the 31 Assam Rifles"
    link: re.Pattern[str]
    place: re.Pattern[str]
    place_in: re.Pattern[str]
    place_road: re.Pattern[str]  # a road between towns, an item's place: "(three) on the road between Ouahigouya"
    operation: re.Pattern[str]
    national: re.Pattern[str]
    countries: frozenset[str]
    verbs: frozenset[str]  # cues that are verbs on both sides: "killed 12", "12 were killed"
    passive: re.Pattern[str]
    object: re.Pattern[str]  # what follows an active verb: "12 gunmen killed *a* policeman"
    singular: tuple[re.Pattern[str], ...]  # "a policeman was killed", "killing a soldier", "a woman and ..."
    # A singular noun as a word: each ``singular`` pattern holds one, so a sentence without one skips them all.
    singular_gate: re.Pattern[str]
    title_gate: re.Pattern[str]  # "the" before a post one person holds (figure_titles.csv)
    singular_more: re.Pattern[str]  # the next victim of a list after "killing a man": ", a woman", "and a child"
    range_: re.Pattern[str]  # the second number of "10 to 15", "10-15"
    one_day: re.Pattern[str]  # a day a toll is dated to ("killed 12 people on Monday", "in a single night")
    of_group: re.Pattern[str]  # the group the counted belong to and their ages ("of the security forces", "aged 38")
    revised_to: re.Pattern[str]  # a count revised to the figure right after ("a toll police later raised to 27")
    one_more: re.Pattern[str]  # one victim that ends a list of counted ones ("five soldiers and a civilian")
    range_and: re.Pattern[str]  # ... of "between 10 and 15"
    operation_words: tuple[str, ...]  # lower case, for a substring test before ``operation``
    national_words: tuple[str, ...]  # the same for ``national``
    periods: dict[str, re.Pattern[str] | None]  # scope -> its phrase patterns (lower-cased sentence)
    # scope -> words one of which every match of its ``periods`` pattern holds, for a substring test
    # first (None: a phrase with no word of its own, no test)
    period_words: dict[str, tuple[str, ...] | None]
    groups: dict[str, str]  # a noun of who is counted, lower-cased -> the side it counts, where known
    parts: _Parts  # a total's breakdown by place ("killed 14, nine in Avdiivka and five in Bakhmut")
    # A cue after the counted and a clause, on "them": "dragged 17 people out of their homes ... and killed them".
    them: re.Pattern[str]
    # The words ``bad_before`` and ``before`` end on, for a quick look before them (phrases.may_end_on;
    # None: no look). Both are anchored at the number, and tried before every number.
    bad_before_ends: tuple[str, ...] | None = None
    bad_before_cased: tuple[str, ...] = ()
    # Characters before a number that ``bad_before`` reads: the longest of its words and a few spaces.
    bad_before_reach: int = 30
    before_ends: tuple[str, ...] | None = None


@dataclass(frozen=True)
class _Parts:
    """The patterns of a total's breakdown by place (``figure_parts.csv``; :mod:`.parts`)."""

    opening: re.Pattern[str]  # what follows the total before its first part (sentence text)
    word: re.Pattern[str]  # a part told by a word: "another", "the others" (lower-cased sentence)
    roles: dict[str, str]  # such a word -> "one" or "rest"
    between: re.Pattern[str]  # what may stand between a part's number and its place: "were killed"
    trail: re.Pattern[str]  # a place noun after a part's place: "in Al-Boleel town"
    coarse: re.Pattern[str]  # a word that makes the total's place a unit the parts may lie in


@dataclass(frozen=True)
class _Tables:
    """The rule tables, keyed (:func:`phrase_key`) where text is looked up in them."""

    words: dict[str, str]  # number word -> a number, "xN" (a multiplier) or "vague"
    qualifiers: dict[str, str]  # "no fewer than" -> "at least"
    kinds: dict[str, str]  # cue -> "killed" / "wounded"
    sides: dict[str, list[str]]  # "before", "after", "both", "toll" -> the cues standing there
    nouns: list[str]  # who is counted: "people", "civilians"
    groups: dict[str, str]  # the nouns' sides, where known: "civilians" -> "civilian"
    singulars: list[str]  # one victim: "policeman", "soldier"
    titles: list[str]  # a post one person holds, one victim after "the": "the village chief"
    not_counts: list[dict[str, str]]  # words that make a number no count, and on which side
    scope_words: list[dict[str, str]]
    countries: frozenset[str]
    weekdays: str  # "Monday|Tuesday|...", as a place name may not start
    months: str
    roads: list[str]  # a road's noun: "road", "highway" (place_words.csv's ``road`` rows)
    units: list[str]  # a unit's type word after its name: "province", "state" ("in Zamfara state's Maru district")

    @property
    def numeric(self) -> list[str]:
        return [w for w, v in self.words.items() if v != "vague"]

    @property
    def mults(self) -> list[str]:
        return [w for w, v in self.words.items() if v.startswith("x")]

    @property
    def vague(self) -> list[str]:
        return [w for w, v in self.words.items() if v == "vague"]

    @property
    def after(self) -> list[str]:
        return self.sides.get("after", []) + self.sides.get("both", [])

    @property
    def before(self) -> list[str]:
        return self.sides.get("before", []) + self.sides.get("both", [])

    @property
    def long_tolls(self) -> list[str]:
        return [t for t in self.sides.get("toll", []) if " " in t.strip()]

    @property
    def short_tolls(self) -> list[str]:
        return [t for t in self.sides.get("toll", []) if " " not in t.strip()]

    def scope(self, scope: str) -> list[str]:
        """The scope's words, without its phrase patterns (those with a ``{slot}``)."""
        return [w for w in self.scope_rows(scope) if "{" not in w]

    def scope_rows(self, scope: str) -> list[str]:
        return [r["word"].strip() for r in self.scope_words if r["scope"].strip() == scope]


def _tables() -> _Tables:
    # Not cached on its own: clearing ``_rules`` must read the tables again.
    cues = _rows("figure_cues.csv")
    sides: dict[str, list[str]] = {}
    for r in cues:
        sides.setdefault(r["where"].strip(), []).append(r["word"].strip())
    names = calendar_names()
    nouns = _rows("figure_nouns.csv")
    return _Tables(
        words={phrase_key(r["word"]): r["value"].strip() for r in _rows("figure_words.csv")},
        qualifiers={phrase_key(r["phrase"]): r["qualifier"].strip() for r in _rows("figure_qualifiers.csv")},
        kinds={phrase_key(r["word"]): r["kind"].strip() for r in cues},
        sides=sides,
        nouns=[r["word"].strip() for r in nouns],
        groups={r["word"].strip().lower(): r["side"].strip() for r in nouns if r.get("side", "").strip()},
        # (and a people's word, one of them: "Another Palestinian, 22, was also killed", "an Iraqi was shot dead")
        singulars=[r["word"].strip() for r in _rows("figure_singulars.csv")] + sorted(
            {d for r in _rows("demonyms.csv") if not (d := r["demonym"].strip().lower()).endswith("s")}),
        titles=[r["word"].strip() for r in _rows("figure_titles.csv")],
        not_counts=_rows("figure_not_counts.csv"),
        scope_words=_rows("figure_scope.csv"),
        countries=frozenset(r["name"].strip() for r in _rows("figure_countries.csv")),
        weekdays="|".join(names.weekdays),
        months="|".join(names.months),
        units=[r["word"].strip() for r in _rows("place_words.csv")
               if r["use"] == "suffix" and r["effect"] in ("governorate", "state", "district")],
        roads=[r["word"].strip() for r in _rows("place_words.csv") if r["use"] == "road"],
    )


@cache
def _rules(plain: bool = False) -> _Rules:
    """The rules; with ``plain``, each pattern's ASCII twin (:func:`ascii_twin`) instead, for a sentence
    of text that is all ASCII: the same matches, with the letters and spaces read in a table."""
    if plain:
        return _twinned(_rules())
    t = _tables()
    operation_words = t.scope("operation")
    national_words = t.scope("national")
    range_, range_and = _range_res(t)
    return _Rules(
        gate=_gate_re(t), number=_number_re(t), words=t.words, qualifiers=t.qualifiers, kinds=t.kinds,
        person=_person_re(t), after=_after_re(t), lite=_lite_re(t), count=_count_re(t),
        before=_before_re(t), toll=_toll_re(t), bad_before=_bad_before_re(t), bad_after=_bad_after_re(t),
        formation=_formation_re(t),
        link=re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE),
        place=_place_re(t), place_in=re.compile(_place_in(t)),
        place_road=re.compile(_place_road(t)), operation=_operation_re(t),
        national=_national_re(t), countries=t.countries,
        verbs=frozenset(phrase_key(w) for w in t.sides.get("both", [])),
        passive=re.compile(r"\b(?:were|was|been|being|are|is|be)\b", re.IGNORECASE),
        object=_object_re(t), singular=_singular_res(t), singular_more=_singular_more_re(t),
        singular_gate=re.compile(rf"\b(?:{_alt(t.singulars)}|{_AGED_ONE})\b"),
        title_gate=re.compile(rf"\bthe\s+(?:\S+\s+){{0,2}}?(?:{_alt(t.titles)}|{_AGED_ONE})\b"),
        range_=range_, range_and=range_and, of_group=re.compile(_OF_GROUP + _AGES, re.IGNORECASE),
        revised_to=_revised_to_re(),
        one_more=re.compile(rf"(?:an?|one|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(t.singulars)})\b",
                            re.IGNORECASE),
        one_day=re.compile(rf"\b(?:(?:{t.weekdays.lower()})\b|yesterday\b|today\b|overnight\b|last\s+night\b"
                           rf"|in\s+a\s+single\s+(?:night|day)\b|on\s+(?:{t.months.lower()})\s+\d{{1,2}}\b)"),
        operation_words=tuple(w.lower() for w in operation_words),
        national_words=tuple(w.lower() for w in national_words) + ("across", "throughout", "all over"),
        periods={scope: _period_re(t, scope) for scope in _PERIOD_SCOPES},
        period_words={scope: _period_words(t, scope) for scope in _PERIOD_SCOPES},
        groups=t.groups, parts=_parts(t), them=_them_re(t),
        bad_before_ends=word_ends(_bad(t, "before", False)),
        bad_before_cased=tuple(sorted({w.split()[-1] for w in _bad(t, "before", True)})),
        bad_before_reach=max(map(len, _bad(t, "before", False) + _bad(t, "before", True))) + 3,
        before_ends=_before_ends(t),
    )


def _before_ends(t: _Tables) -> tuple[str, ...] | None:
    """What every match of :func:`_before_re` ends on, before its white space: a cue's last word (perhaps
    with a colon), "between", "of" ("a family of"), "the", "all" or "and" ("killed him and")."""
    cues = word_ends(t.before)
    if cues is None:
        return None
    return tuple(sorted({*cues, *(f"{w}:" for w in cues), "between", "of", "the", "all", "and"}))


def _twinned(value):
    """``value`` with its patterns (its fields', its items', its values') made ASCII twins."""
    if isinstance(value, re.Pattern):
        return ascii_twin(value)
    if isinstance(value, (_Rules, _Parts)):
        return replace(value, **{f.name: _twinned(getattr(value, f.name)) for f in fields(value)})
    if isinstance(value, tuple) and value and isinstance(value[0], re.Pattern):
        return tuple(map(ascii_twin, value))
    if isinstance(value, dict) and any(isinstance(v, re.Pattern) for v in value.values()):
        return {k: _twinned(v) for k, v in value.items()}
    return value


def _parts(t: _Tables) -> _Parts:
    table = _rows("figure_parts.csv")
    roles = {phrase_key(r["phrase"]): r["role"].strip() for r in table}
    opens = [w for w, r in roles.items() if r == "opens"]
    coarse = [w for w, r in roles.items() if r == "coarse"]
    nouns = [r["noun"].strip() for r in _rows("place_nouns.csv")
             if {"before", "both"} & set(r["form"].split()) and r["noun"].strip().islower()]
    directions = [r["word"].strip() for r in _rows("directions.csv")]
    time = (rf"(?:\s+(?:on\s+)?(?:{t.weekdays})(?:\s+(?:night|morning|afternoon|evening))?"
            rf"|\s+(?:yesterday|today|overnight|last\s+night|last\s+week|this\s+week|over\s+the\s+weekend))?")
    return _Parts(
        # "in Donetsk[ region][ on Monday], [including] nine in ...": the unit's noun, a day, a
        # comma, colon or dash, and a word that opens a breakdown, each if there.
        opening=re.compile(rf"(?i:\s+(?:{_alt(coarse)})\b)?{time}(?:\s*,|\s*(?P<mark>[:;])|\s+(?P<dash>[-–—]+))?\s*"
                           rf"(?:(?P<opens>(?i:{_alt(opens)}))\s+)?"),
        word=re.compile(rf"(?:{_alt(w for w, r in roles.items() if r in ('one', 'rest'))})\b"),
        roles={w: r for w, r in roles.items() if r in ("one", "rest")},
        # (and the site, before its town: "12 in a house in Jabalia")
        # ("six of them in Kadugli": the part named as some of the total's dead)
        # ("including 25 who died at a checkpoint in Baiji": "who" and the verb)
        between=re.compile(r"(?:\s+of\s+(?:them|whom))?(?:\s+who)?"
                           r"(?:\s+(?:were|was)(?:\s+(?:killed|wounded|injured|hurt))?|\s+died)?"
                           # (the event and its site: "who died in a bombing at a market in Hilla")
                           r"(?:(?:\s+(?:in|at)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?[a-z-]+){1,2}(?=\s+(?:in|near)\s))?",
                           re.IGNORECASE),
        # (and a closing ayn a transliteration ends on: "two in Bayya’, two in Saidiya")
        trail=re.compile(rf"(?:['’](?!\w))?(?:\s+(?:{_alt(nouns + coarse)})\b)?"),
        coarse=re.compile(rf"\b(?:{_alt(w.lower() for w in coarse + directions)}"
                          rf"|{_alt(c.lower() for c in t.countries)})\b"),
    )


def _alt(phrases: Iterable[str]) -> str:
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
        "then", "subsequently", "eventually", "either", "brought in", "brought",
        # (how badly, or how: "five people were seriously injured", "11 civilians have been savagely killed")
        "seriously", "critically", "severely", "badly", "gravely", "slightly", "lightly", "moderately",
        "brutally", "savagely", "allegedly", "mistakenly", "accidentally", "summarily")
# An aside between a number and its cue: "12 people, including three children, were killed",
# "12 people, eight of them civilians, were killed", "12 people, police said, were killed"; an
# "including" may run longer ("22 people, including an 18-month-old child and a medical worker, were").
# Also between dashes ("Four militants -- all of them foreigners -- died"), and an "including" that
# runs to the verb with no closing comma ("Eight persons, including one trooper and seven militants
# were killed": eight, the words inside counting no one more).
# (a dash typed as a hyphen with spaces too: "At least 11 people - including a two-year-old child - have been")
# (an em dash may stand with no spaces: "five villagers—four people in their fifties and an 80-year-old man—were")
_ASIDE = (r"(?:\s*,\s+[^,;]{1,40},|\s*,\s+including\s+[^,;]{1,80},|\s+(?:--|—|–)\s+[^;—–]{1,60}?\s+(?:--|—|–)"
          r"|—[^;—–\s][^;—–]{0,59}?—(?=\w)"
          r"|\s+-\s+[^;—–]{1,60}?\s+-(?=\s)"
          r"|\s*,\s+including\s+[^,;]{1,60}?(?=\s+(?:were|was|have|has|had|died)\b)"
          # (a list of them, its items apart by commas: "13 civilians, including four men, seven women and two
          # three-year-old girls, were killed")
          r"|\s*,\s+including\s+(?:[^,;]{1,40},\s+){1,5}[^,;]{0,40}?\band\s+[^,;]{1,40},"
          # (or one of them and his name: "three people, including the chief imam of the area, Akilu Dan Malam, were
          # killed")
          r"|\s*,\s+including\s+[^,;]{1,60},\s+[^,;]{1,40},"
          # (who they were, in a relative clause, its closing comma left out or not: "two other Americans, who
          # work for the US Department of Defense were wounded")
          r"|\s*,\s+who\s+[^,;]{1,80}?(?:,|(?=\s+(?:were|was|have|has|had)\s))"
          # (and with no comma: "five people including a 14-year-old suicide bomber died")
          r"|\s+including\s+[^,;]{1,60}?(?=\s+(?:were|was|have|has|had|died)\b))?")
# Whose side the dead were on, between the number and its cue: "left 18 people from his side dead",
# "killed 30 fighters on both sides".
_SIDE = r"(?:\s+(?:from|on|of)\s+(?:his|her|their|its|our|both|each|either|the\s+other|one)\s+sides?\b)?"
# The group the counted belong to, between their noun and the cue: "five members of the Islamic
# Scouts were killed", "three members of the same family died".
# (a word or two of description, and the group's acronym in brackets: "nine members of the outlawed
# Kurdistan Workers Party (PKK) were killed")
# Soldiers are told by the unit they came from as well: "three soldiers from the same task force were killed",
# "two Marines from the 2nd Marine Division died" (an ordinal may open the unit's name).
_OF_GROUP = (r"(?:\s+(?:of|from)\s+(?:the\s+|a\s+|an\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
             r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?(?:\d+(?:st|nd|rd|th)\s+)?(?-i:[A-Z])[\w'’.-]*"
             r"(?:\s+\((?-i:[A-Z])[\w.-]*\))?"
             # (a few words may name or describe the group: "43 members of the Arab Torjam tribe were killed")
             # (or whose it is, a name's possessive: "20 members of rebel cleric Muqtada al-Sadr's Mahdi Army militia")
             r"|\s+(?:of|from)\s+(?:the|a|an|one|his|her|their|my|our|(?:[\w.'’-]+\s+){0,4}?[\w.-]+['’]s)"
             r"\s+(?:same\s+|whole\s+|entire\s+|single\s+)?"
             r"(?:[\w'’-]+\s+){0,3}?"
             r"(?:family|group|unit|patrol|militia|security\s+forces|armed\s+forces|force|army|police|brigade|battalion"
             r"|tribe|clan|sub-clan|subclan|sect|congregation|household|crew|team|wing"
             r"|task\s+force|division|regiment|company|platoon|squad|convoy"
             r"|area|village|town|city|district|neighbou?rhood|camp|community|kibbutz|moshav|settlement|hamlet"
             r"|township|quarter|compound|base)"
             # "58 people had been rescued from the rubble, 51 of whom were killed", "12 of them died"
             r"|\s+of\s+(?:whom|them))?")
# The space before a word, or an em dash that closed an aside right before it ("an 80-year-old man—were killed").
_GAP = r"(?:\s+|(?<=—))"
# Their ages, between their noun and the cue: "two brothers aged 38 and 39 were killed" (a comma may open or close
# them: "two men aged 48 and 30, were shot dead", "Two sisters, aged 5 and 7, and their grandmother").
_AGES = r"(?:,?\s+aged\s+(?:between\s+)?\d{1,3}(?:(?:\s*,\s*|\s+(?:and|to)\s+|\s*-\s*)\d{1,3})*(?:\s+years?)?,?)?"
# The unit the counted served in, between their noun and the cue: "five investigative officers attached to the
# México state Attorney General's Office were killed", "12 soldiers assigned to the 5th Brigade died".
# (or who took them before they were killed: "12 Hindus kidnapped on Sunday by suspected rebels were shot dead")
# (or the unit sent them: "14 officers dispatched from Montelibano were ambushed and killed")
_ATTACHED_HOW = (r"(?:\s+(?:(?:attached|assigned|belonging|deployed|seconded)\s+to|(?:living|based|stationed)\s+in"
                 r"|dispatched\s+(?:from|to)"
                 r"|kidnapped|abducted|seized|captured|taken\s+hostage)")
_ATTACHED_VERB = r"(?=\s+(?:were|was|have|has|had|are|is|died)\b))?"
_ATTACHED = _ATTACHED_HOW + r"\s+[^,;:.()]{1,70}?" + _ATTACHED_VERB
# (for one victim, not across "and": "A journalist kidnapped by militants and a driver were killed" tells two)
_ATTACHED_ONE = _ATTACHED_HOW + r"\s+(?:(?!\band\s)[^,;:.()]){1,70}?" + _ATTACHED_VERB
# Where the counted were or what they were doing, between their noun and the cue: "Fifteen people manning a
# security checkpoint were killed", "12 people at a wedding were killed", "nine passengers on board the bus died"
# (a few words, no comma, up to the verb's helper).
_WHERE_THEY_WERE = (r"(?:\s+(?-i:(?!including\b|according\b)[a-z]+ing|(?:at|in|on|on\s+board|inside|aboard|near|"
                    r"outside|along)\s+(?:a|an|the|their|his|her|its|this|that))"
                    r"\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+(?:were|was|have|has|had|are|is|died)\b))?")
# What the counted did or had done, in a clause between their noun and the cue: "more than 20 people who resisted
# looting by Russian soldiers were summarily executed", "Twelve farmers who had gone to their fields were shot dead"
# (no comma, number or word of speech in it: not "Two people who saw the attack said five were killed"; nor a clause
# of its own or a death: not "Ten men who had gathered where a soldier was killed were arrested")
_WHO_THEY_WERE = (r"(?:\s+who\s+(?:(?!\b(?:said|says|say|told|tell|tells|where|which|whom|whose|who|when|while|after|"
                  r"as|because|before|until|killed|dead|died|wounded|injured|murdered|slain|shot)\b)"
                  r"[^,;:.()\d\"“”]){1,70}?(?=\s+(?:were|was|have|has|had|are|is|died)\b))?")
# How many nations the counted came from, after their noun: "37 foreigners of eight nationalities".
_NATIONS = r"(?:\s+of\s+[\w-]+\s+(?:different\s+)?nationalities)?"
# Where the counted lived, between their noun and the cue: "Over 90 villagers of Tudun Biri in Rigasa District
# of Igabi Local Government Area of Kaduna State were killed" (names, each a few capitalised words).
_PLACE_CHAIN = (r"(?:\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}"
                # and the unit after a comma: "A villager in Pale Township, Sagaing Region, was killed"
                r"(?:,\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3},)?"
                r"(?=\s+(?:in|of|were|was|have|has|had|are|is)\b)){0,4}")
# Words that never qualify a noun after a number ("30,000 troops and police").
_STOP = _AUX + ("and", "or", "but", "nor", "in", "on", "at", "of", "the", "a", "an", "by", "for",
                "with", "from", "as", "than", "into", "after", "before", "while", "when", "where",
                "which", "that", "this", "these", "those", "near", "during", "across", "including")


# ---------------------------------------------------------------- numbers


def _word_number(t: _Tables) -> str:
    """A number in words: "twelve", "two dozen", "a hundred", "twenty-one", "one hundred and fifty"."""
    # ("half a dozen", "a half-dozen": half the multiple)
    mults = _alt(t.mults)
    return (rf"(?:(?:an?\s+)?half(?:\s+an?\s+|\s*{_HYPHEN}\s*|\s+)(?=(?:{mults})\b)|an?\s+(?=(?:{mults})\b))?"
            rf"(?:{_alt(t.numeric)})\b"
            rf"(?:(?:\s*{_HYPHEN}\s*|\s+(?:and\s+)?)(?:{_alt(t.numeric)})\b)*")


# A hyphen as typed, or as a word processor or a wire's system sets it (U+2010, U+2011):
# "twenty‐one" is 21 whichever hyphen joins it.
_HYPHEN = "[-\u2010\u2011]"


def _digit_core(t: _Tables) -> str:
    """A number in digits: "130", "1,200", "1.5 million"; not "5%"."""
    # (thousands set apart by a space, as French and some wire styles write them: "some 1 300 people"; or by full
    # stops, as much of Europe writes them: "1.200.000")
    return (r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,])"
            r"|\d{1,3}(?:\.\d{3}){2,}(?!\d|[.,]\d)|\d+)(?:\.\d+)?"
            rf"(?:\s+(?:{_alt(t.mults)})\b)?(?![\w%]|[.,]\d)")


def _number_re(t: _Tables) -> re.Pattern[str]:
    """A number phrase with its qualifier: "at least 130", "another two dozen", "scores"."""
    # (a full stop glued to a word before is a typing slip, no decimal point: "throughout Baghdad.1 in Qahira")
    digit_number = r"(?<![\w$£€,/:#-])(?<![\W\d_]\.)" + _digit_core(t)
    extra = r"another|a\s+further|an\s+additional|a\s+total\s+of"
    # Matched against the lower-cased sentence: case-insensitive matching is slow. Behind a look-ahead
    # for the characters a number phrase starts with: it opens on a look-behind and optional words,
    # written "(?:...|)", not "(?:...)?" (the same matches; sre sets up no repeat for them).
    # A phrase opens on a word character with none before it, so on a word boundary: said first, it fails
    # at once inside a word, before the look-ahead and the look-behind are set up (with_first_chars).
    pattern = (rf"\b(?<![\w'’\-\u2010\u2011])(?:(?:(?P<qual>{_alt(t.qualifiers)})\s+|)(?:(?:{extra})\s+|)"
               rf"(?P<num>{digit_number}|{_word_number(t)})|(?P<vague>{_alt(t.vague)})\b)")
    return re.compile(with_first_chars(pattern))


def _range_res(t: _Tables) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A range's second number: "10 to 15 people", "10-15"; "between ten and fifteen"."""
    second = rf"(?P<num>{_digit_core(t)}|{_word_number(t)})"
    return re.compile(rf"(?:\s*[-–\u2010\u2011]\s*|\s+to\s+){second}"), re.compile(rf"\s+and\s+{second}")


_SPEECH = r"(?:said|says|say|told|tell|reported|added|according)"


# Where one victim was or lived, between the noun and the verb, in a step or two ("in Pale Township", "from Kyauk Pyin
# village in Yesagyo Township", "from the army's 19th Infantry Division"), with no verb of speech among its words.
# (nor "and", which opens another subject: "killed a policeman in Kandahar and two soldiers were wounded"; nor a
# clause's opener: "a bombing against a government minister in early October when two bystanders were killed")
_NOT_PLACE_WORD = rf"(?!(?:{_SPEECH}|and|when|while|whereas|after|before|who|which|where|that)\b)"
_VICTIMS_PLACE = (rf"(?:\s+(?:in|of|from)\s+(?:{_NOT_PLACE_WORD}[\w'’.-]+\s+){{0,4}}?{_NOT_PLACE_WORD}"
                  rf"[\w'’.-]+){{0,2}}")


# One victim named by his age alone, the verb right after ("the 77-year-old was found beheaded"; not "a
# 25-year-old bank clerk", whose noun comes after).
_AGED_ONE = r"\d{1,3}[-‐]year[-‐]old(?=\s+(?:was|had|has|is|died)\b)"
# Nouns of a group a singular word may qualify: "an Iraqi family" is not one victim.
_GROUPS = r"famil(?:y|ies)|household|couple|clan|tribe|delegation|convoy|patrol|crew|team|unit|group"


def _singular_res(t: _Tables) -> tuple[re.Pattern[str], ...]:
    """One victim: "a policeman was killed", "killing a soldier", "another soldier was killed"; the
    first of a list ("a woman and her two children were killed", "a soldier and two civilians were
    killed", "a governor along with two bodyguards were killed"); a relative after one ("killing a
    policeman and his son", "... and her son were killed"); a victim named again at the head of a list
    ("the governor and two bodyguards were killed"). On the lower-cased sentence, but for the last (see
    ``_NAMED_AGAIN``)."""
    # (an age alone may name the victim: "the 77-year-old was found beheaded in the town of Nola")
    nouns = f"{_alt(t.singulars)}|{_AGED_ONE}"
    # ("her cousin", "their son": a relative, one victim)
    # (no verb of harm among the words before the noun: "A drone killed a man" is no victim "A ... man")
    victim = (rf"(?P<one>\b(?:an?|one|another|his|her|their))\s+"
              rf"(?:(?!(?:was|has|had|and|or|of|killed|killing|wounded|wounding|injured|injuring|shot)\b)"
              rf"[\w'’.-]+\s+){{0,3}}?(?P<noun>{nouns})\b"
              # (the last of a victim's nouns: "a rebel Islamist leader", "a militant commander"; nor one that
              # qualifies a group: "an unarmed Iraqi family", "a Palestinian couple" are more than one)
              rf"(?!\s+(?:(?!(?:and|or)\b)[\w'’-]+\s+)?(?:{nouns}|{_GROUPS})\b)")
    # ("dies", "is killed": the present of headlines and bulleted briefs, "A civilian dies in a gun attack")
    # ("fatally wounded": killed)
    # ("murdered", "beheaded", "slaughtered": "the local chief was beheaded", "a Muslim leader and his wife were
    # slaughtered")
    # (only after "was", "were" or "been": "a man slaughtered villagers" is the killer's act, not his death)
    # (the ways "to death" of figure_cues.csv that stand before or after the dead: "shot", "stabbed", "tortured")
    to_death = _alt(w[:-len(" to death")] for w in t.sides.get("both", ()) if w.endswith(" to death"))
    hurt = (rf"(?P<cue>killed|shot\s+dead|(?:{to_death})\s+to\s+death|slain|martyred|"
            r"(?:(?<=was\s)|(?<=were\s)|(?<=been\s)|(?<=found\s))(?:murdered|slaughtered|butchered|beheaded|executed|assassinated|"
            r"lynched|gunned\s+down)|"
            r"fatally\s+(?:shot|wounded|stabbed|injured)|wounded|injured|hurt|died|dies|found\s+dead|"
            # ("a soldier sustained gun injuries", "a policeman suffered fatal wounds")
            r"(?:sustained|suffered|received)\s+(?:(?:serious|severe|minor|slight|gunshot|gun|bullet|shrapnel|"
            r"multiple|critical|fatal|head)\s+){0,2}(?:injuries|wounds))\b")
    act = (r"(?P<cue>killing|killed|shot\s+dead|shooting\s+dead|shot\s+to\s+death|shooting\s+to\s+death|"
           r"fatally\s+(?:shooting|shot|wounding|wounded|stabbing|stabbed)|wounding|"
           r"wounded|injuring|injured|beheading|beheaded|murdering|murdered|executing|executed|gunning\s+down|"
           r"gunned\s+down|assassinating|assassinated)")
    # ("and her 3-year-old daughter": an age or a word may stand before the noun)
    relative = rf"\band\s+(?P<one>his|her|their)\s+(?:[\w'’.-]+\s+){{0,2}}?(?P<noun>{nouns})\b"
    return (
        # ("were": the last of a list, "a man and a woman were wounded")
        # ("a 75-year-old woman had died": "had" or "has" only before "died")
        # ("a police commissioner, Ekah Njume, was killed": a name or a few words between commas)
        # (where the victim was or lived may come first: "A villager in Pale Township, Sagaing Region, was killed")
        # (and who took the victim: "A man abducted by regime forces was later found dead")
        # (no verb of speech in where the victim was: "a governor of Helmand said nine people were killed")
        # (or both, and the place in two steps: "A mother of two, Daw Khin Aye Po, 38, from Mi Pha Yar village was
        # killed", "A woman from Kyauk Pyin village in Yesagyo Township was killed")
        re.compile(rf"{victim}{_AGES}{_VICTIMS_PLACE}(?:(?:,\s+(?:[\w'’.-]+\s+){{0,3}}[\w'’.-]+){{1,2}},|){_VICTIMS_PLACE}{_ATTACHED_ONE}"
                   # (a stray comma may stand before the helper: "a policeman from the Fifth Division of the Iraqi
                   # Federal Police, was killed")
                   rf"(?:,?\s+(?=(?:was|were|has|had)\s)|\s+)"
                   rf"(?:(?:was|were|is|has\s+been|had\s+been|got)(?:{_done_and(t)})?\s+(?:(?!fatally\b)\w+\s+)?"
                   rf"|(?:had|has)\s+(?=died))?{hurt}"
                   # (not a general truth: "A journalist is killed every week in Tijuana", "if he refuses")
                   # (but a past death "when" something happened is one: "A person died when a tank shell hit a
                   # home"; only the present's "when" is a general truth: "a journalist dies when ...")
                   r"(?!\s+(?:every|each|if|whenever|unless)\b)(?!(?<=dies)\s+when\b)(?!(?<=is\skilled)\s+when\b)"
                   # (not the subject of an act on others: "A man shot dead two people", "a soldier killed a child")
                   rf"(?!\s+(?:an?|another|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+|dozens|"
                   rf"scores|several|at\s+least|more\s+than)\b)"),
        re.compile(rf"\b{act}\s+{victim}"),
        # (no verb of speech between: "A government official and witnesses said ... the four were killed")
        # (not after "including": "Three staff, including a woman, were killed" counts her once)
        # (or the list's plural past with no aux, its last item right before it: "A man and a woman died")
        re.compile(rf"(?<!including\s){victim}(?:\s+(?:and|along\s+with|together\s+with)|,)\s+"
                   rf"(?=(?:(?!\b(?:said|says|say|told|tell|reported|added|according)\b)[^.;:]){{0,60}}?"
                   rf"(?:\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?"
                   rf"|\b(?:an?|his|her|their|one|another|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
                   rf"(?:[\w'’.-]+\s+){{0,2}}?[\w'’-]+\s+(?:also\s+)?(?=died\b)){hurt})"),
        re.compile(rf"\b{act}\s+(?:an?|one)\s+(?:[\w'’.-]+\s+){{0,2}}?(?:{nouns})\s+{relative}"),
        re.compile(rf"{relative}\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?{hurt}"),
        # "The district governor Massoud Khan along with two bodyguards were killed": a victim named
        # again is still one of this sentence's toll (a toll told twice is linked as one later). Run
        # on the sentence as written: only capitalised words may follow the noun, as a name.
        # (or where he served, and his name between commas: "The mayor of Sinjar, Ali Hussein, and two of his
        # bodyguards"; or his title capitalised as a name's, opening a clause: "Mayor Ali Hussein and two ...")
        # ("The commander of the 3rd Brigade, Col. Ahmed Saleh, and four soldiers"; "Police chief Juan Perez and")
        re.compile(rf"(?P<one>\bthe\s+(?:(?!(?:was|has|had|and|or|of)\b)[\w'’.-]+\s+){{0,2}}?"
                   rf"|(?<![\w'’.-]\s)(?=(?-i:[A-Z]))(?:(?-i:[A-Z])[\w-]*\s+)?)"
                   rf"(?P<noun>{nouns})\b(?:\s+of\s+(?:the\s+)?[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){{0,2}}|)"
                   rf"(?:\s+(?-i:[A-Z])[\w'’.-]+){{0,3}}(?:,\s+(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}},|)"
                   rf"\s+(?:and|along\s+with|together\s+with)\s+"
                   rf"(?=(?:(?!\b(?:said|says|say|told|tell|reported|added|according)\b)[^.;:]){{0,60}}?"
                   rf"\b(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?{hurt})", re.IGNORECASE),
        # "killed the village chief": after a killing, a definite victim is one too (not after a
        # wounding: "injured the district governor" is one of the wounded told before).
        re.compile(r"\b(?P<cue>killing|killed|shot\s+dead|shooting\s+dead|shot\s+to\s+death|beheading|beheaded|"
                   r"murdering|murdered|executing|executed|gunning\s+down|gunned\s+down|assassinating|assassinated)\s+"
                   + victim.replace(r"\b(?:an?|one|another|his|her|their))", r"\bthe)", 1)),
        # "The body of a man was found under rubble": one dead, found (not "the bodies of the three",
        # the dead already counted).
        re.compile(rf"\b(?P<cue>body)\s+of\s+{victim}"),
        # One victim named by name, with no noun: "Gunmen shot dead Enrique Hernandez", "killing Chechen President
        # Akhmad Kadyrov". On the text as written: a name is two to four capitalised words, and what follows
        # it is a stop, a comma, or a word that goes on about him ("in", "outside", "as", "who"): not a noun
        # ("killed Islamic State fighters", "Abu Ghraib prison guards") nor a possessive ("Haniyeh's three sons").
        # (the word boundary first, outside the case-free group, so that with_first_chars puts its look-ahead for
        # the cues' first letters after it: this pattern is searched in every sentence with a figure)
        re.compile(with_first_chars(
                   r"\b(?i:(?P<cue>killed|killing|shot\s+dead|shooting\s+dead|assassinated|assassinating|murdered|"
                   r"murdering|gunned\s+down|gunning\s+down))\s+"
                   # (a title or two may come first, "journalist", "mayoral candidate": no article nor a
                   # preposition, "killed in Nur Shams refugee camp", nor a verb, "those killed were Han Chinese")
                   # (and a group's one-word name before the title: "Hamas leader Saleh al-Arouri")
                   r"(?:(?-i:[A-Z][a-z][\w-]*)\s+(?=(?-i:[a-z])))?"
                   # (three words of a title at most: "Hezbollah senior military commander Fuad Shukr")
                   rf"(?:(?!(?:{_NOT_TITLES})\b)(?-i:[a-z][\w-]*)\s+){{0,3}}?"
                   # (a word of the name may be two joined: "Ali Abdul-Hussein")
                   rf"(?P<one>)(?P<noun>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?-i:al-[A-Z][\w-]+))){{1,3}})"
                   rf"(?=\s*[,.;:()]|\s+(?:{_AFTER_NAME})\b)")),
        # "killed a man ... and injured another", "killing two people and wounding another": one more, no noun
        # (not "another soldier", read above, nor "another 350", a number)
        re.compile(rf"\b{act}\s+(?P<one>another)(?P<noun>)(?=\s*[,.;:)]|\s*$|\s+(?:{_AFTER_NAME})\b)"),
        # "shot a woman teacher to death", "shot a man dead": the victim between the verb and its end.
        re.compile(rf"\b(?P<cue>shot|stabbed|hacked|beat|burned|burnt)\s+{victim}\s+(?:to\s+death|dead)\b"),
        # One victim named by name, told in the passive: "Nader al-Mafaalani was killed by unknown gunmen", "Hanan
        # al-Abdullah was shot to death", "Abdullah Shafiq Abu Horan died of his wounds". On the text as written: a
        # name is two to five capitalised words (or "al-" and one), right before the verb.
        # (not a place or a body: "a villager in Pale Township was killed", "a member of the Turkish Red Crescent"; nor
        # a determiner and a people, "Another Palestinian was shot dead"; nor the name of one counted as a noun,
        # "one officer named Tayyab Afridi was killed", whose toll the noun's words tell)
        re.compile(r"(?<![\w'’-])" + "".join(rf"(?<!\b{w}\s)" for w in _NOT_BEFORE_NAMES) + r"(?P<one>)"
                   rf"(?P<noun>{_passive_name()})"
                   # (his age in commas may follow: "Sergeant Jeroen Severs, 29, was killed")
                   r"(?:,\s+(?:aged\s+)?\d{1,3},(?:\s+(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},)?)?"
                   # (or a second name and "were": "Hussein Hayow and Nur Garad Seefle were shot dead", one each)
                   rf"(?:\s+and\s+(?P<second>{_passive_name()})\s+(?:were|have\s+been|had\s+been)\s+"
                   r"|\s+(?:(?:was|has\s+been|had\s+been)\s+|(?=died\s+of\s+(?:his|her)\s+(?:wounds|injuries)\b)))"
                   r"(?P<cue>killed|shot\s+dead|shot\s+to\s+death|shot\s+and\s+killed|fatally\s+(?:shot|stabbed|"
                   r"wounded|injured)|murdered|assassinated|executed|beheaded|gunned\s+down|stabbed\s+to\s+death|slain|"
                   r"died)\b"),
        # One holder of a post, named by "the" in the passive: "The leader of Saddam Hussein's tribe was killed",
        # "the village chief was shot dead" (figure_titles.csv; where he served may follow, and a name or a few
        # words between commas)
        re.compile(rf"(?P<one>\bthe)\s+(?:(?!(?:was|has|had|and|or|of)\b)[\w'’.-]+\s+){{0,2}}?"
                   rf"(?P<noun>{_alt(t.titles)}|{_AGED_ONE})\b(?:\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+|)"
                   rf"(?:,\s+(?:[\w'’.-]+\s+){{0,5}}[\w'’.-]+,|)\s+"
                   rf"(?:was|has\s+been|had\s+been)\s+(?:(?!fatally\b)\w+\s+)?{hurt}"
                   r"(?!\s+(?:an?|another|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"),
        # "one man was injured and another killed", "Two soldiers were killed and another was injured": one more of
        # the victims just told, no noun (not "another soldier", read above, nor "another 350", a number)
        # (not "another" of an act on others: "One car bomb exploded ... and another killed six people", "and another
        # killed himself")
        re.compile(rf"\band\s+(?P<one>another)(?P<noun>)\s+(?:(?:was|has\s+been|had\s+been)\s+)?{hurt}"
                   rf"(?=\s*[,.;:)]|\s*$|\s+(?:{_AFTER_NAME}|by|later|instantly|too)\b)"),
    )


def _passive_name() -> str:
    """A victim's name as the by-name passive pattern reads it: two to five capitalised words (or "al-" and one), not
    a place's or a body's words (``_NOT_NAMES``)."""
    word = rf"(?!(?:{_NOT_NAMES})\b)[A-Z][a-zà-ÿ'’-]+"
    return rf"{word}(?:\s+(?:{word}|al-[A-Z][\w'’-]+)){{1,4}}"


# A word of a person's name: "Hernandez", "Abdul-Hussein", "Yılmaz": a capital, then letters that are no capitals
# (read with the case flag off)
_LOWER = rf"(?:(?![{UPPER_LETTERS}])[^\W\d_])"  # a letter that is no capital
_NAME_WORD = rf"(?-i:[{UPPER_LETTERS}](?:{_LOWER}|['’-])+(?:-[{UPPER_LETTERS}](?:{_LOWER}|['’])+)*)"
# Lowercase words that are no title before a victim's name (see the by-name pattern of _singular_res).
_NOT_TITLES = ("a|an|the|one|two|three|his|her|their|its|this|that|these|those|in|at|on|near|by|from|during|"
               "after|before|as|with|when|while|across|outside|inside|and|or|of|to|into|for|since|under|over|"
               "around|along|off|up|down|last|were|was|is|are|had|have|has|been|being|be|reportedly|allegedly")


# Verbs that end on no "-ed" and open another act, not a title: "and shot Hassan Jaber in the leg" (see
# by_name_more_re, which reads the verbs of speech, _SPEECH, too: ", said provincial spokesman Daud Ahmadi").
_VERBS_NOT_TITLES = ("tells|shot|beat|beaten|hit|hurt|struck|took|taken|cut|met|saw|seen|left|fled|kept|held|caught|"
                     "sent|found|lost|got|put|set|let|made|gave|given|freed")
# Words before capitalised ones that make them no person's name (see the passive by-name pattern).
_NOT_BEFORE_NAMES = ("in", "at", "of", "from", "near", "the", "by", "named")
# Capitalised words that are no part of a person's name before "was killed" (see the passive by-name pattern).
_NOT_NAMES = ("Another|The|A|An|One|This|That|These|His|Her|Their|Its|Township|Province|District|State|Region|"
              "County|City|Village|Camp|Army|Police|Forces|Force|Crescent|Cross|Ministry|Council|Office|Agency|Group|"
              "Brigade|Battalion|Regiment|Rifles|Front|Movement|Party|Organization|Organisation|Committee|Commission|"
              "Division|Corps|Company|Platoon|Squadron|Infantry|Artillery|Department|Command|Service|Unit|"
              "Directorate|Bureau|Squad")


# What may follow a victim's name: a preposition, a conjunction, a time, a relative (see _NOT_TITLES).
_AFTER_NAME = ("in|on|at|near|outside|inside|as|who|when|while|after|before|during|with|from|late|early|"
               "yesterday|today|overnight|last|this|and")


@cache
def by_name_more_re() -> re.Pattern[str]:
    """The next victim of a list told by name, where the last name ends: "killed Ahmed Ali and Hassan Jaber",
    "Ahmed Ali, Hassan Jaber and Omar Saleh" (on the text as written; see the by-name pattern of
    _singular_res)."""
    # (a title may stand before the next name as before the first: "killed police sub inspector Kusheshor Hatbela and
    # head constable Manoj Bhujel"; no verb, "and wounded Hassan Jaber" is another act)
    return re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                      rf"(?:(?!(?:{_NOT_TITLES}|{_SPEECH}|{_VERBS_NOT_TITLES})\b|[a-z]+(?:ed|ing)\b)(?-i:[a-z][\w-]*)\s+)"
                      r"{0,3}?"
                      r"(?P<one>)"
                      r"(?P<noun>[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|al-[A-Z][\w-]+)){1,3})"
                      rf"(?=\s*[,.;:()]|\s+(?:{_AFTER_NAME})\b)")


def _singular_more_re(t: _Tables) -> re.Pattern[str]:
    """The next victim of a list a singular one opens, right where the last ends: "killed a man and a
    woman", "killing a man, a woman and a child", "killed the village head, his servant and ..."
    (lower-cased sentence)."""
    return re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<one>an?|one|his|her|their)\s+"
                      rf"(?:(?!(?:was|has|had|and|or|of)\b)[\w'’.-]+\s+){{0,2}}?(?P<noun>{_alt(t.singulars)})\b")


def _bad(t: _Tables, where: str, cased: bool) -> list[str]:
    """The words ``where`` ("before"/"after") a number that make it no count; capitalised or not."""
    return [r["word"].strip() for r in t.not_counts
            if r["where"].strip() == where and r["word"].strip()[:1].isupper() == cased]


def _words_alt(words: list[str]) -> str:
    # A word ends at a word boundary; "%" or "$" need none.
    return "|".join(rf"{re.escape(w)}(?!\w)" if w[-1].isalnum() or w[-1] == "." else re.escape(w)
                    for w in sorted(words, key=len, reverse=True))


def _bad_after_re(t: _Tables) -> re.Pattern[str]:
    """After a number, what makes it no count: "hours", "%", "GMT", a hyphenated word ("-year-old")."""
    lower, cased = _words_alt(_bad(t, "after", False)), _words_alt(_bad(t, "after", True))
    return re.compile(rf"-[^\W\d]|\s*(?:(?:{lower})|(?-i:{cased}))", re.IGNORECASE)


def _formation_re(t: _Tables) -> re.Pattern[str]:
    """After a number, a force it is the number of ("the 31 Assam Rifles", "the 17 Dogra regiment"): one to three
    capitalised words, then a force's word of ``place_words.csv`` ("force" rows), and no noun of its men after
    (``figure_nouns.csv``: "the 12 Assam Rifles soldiers", "the 40 Azov Regiment fighters" count them). On the text
    as written."""
    forces = [r["word"].strip() for r in _rows("place_words.csv") if r["use"].strip() == "force"]
    return re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?i:{_alt(forces)})\b"
                      rf"(?!\s+(?i:{_alt(t.nouns)})\b)")


def _bad_before_re(t: _Tables) -> re.Pattern[str]:
    """Before a number, what makes it no count: "aged", "issue", "$", "March"."""
    lower, cased = _alt(_bad(t, "before", False)), _alt(_bad(t, "before", True))
    return re.compile(rf"(?<![\w])(?:(?:{lower})|(?-i:{cased}))\s*$", re.IGNORECASE)


def _modifier(t: _Tables) -> str:
    # A word that may qualify the noun after a number: "12 Iraqi soldiers", not
    # "30,000 troops and police", "2004 twelve soldiers" or "12 - police".
    # (an age qualifies too: "two 16-year-old boys")
    return (rf"(?:\d{{1,3}}{_HYPHEN}years?{_HYPHEN}old|"
            rf"(?!{_alt(set(_STOP) | set(t.kinds) | set(t.numeric))}\b)[^\W\d_][\w'’.-]*)")


_OWNERS = r"(?:his|her|their|its|our|my|the|a|an)"  # a determiner that opens a list's next item, no modifier


def _person_re(t: _Tables) -> re.Pattern[str]:
    """Who a number counts: "130 people", "12 Iraqi soldiers", "dozens of civilians", "six of them",
    "one officer" (the singular nouns of ``figure_singulars.csv`` too)."""
    return re.compile(
        # (a force's name and its acronym may come first: "42 central reserve police force (CRPF) personnel")
        rf"\s+(?:of\s+(?:the\s+|those\s+|these\s+)?)?(?:(?:{_modifier(t)}\s+){{2,4}}\((?-i:[A-Z]{{2,6}})\)\s+"
        # (and two modifiers joined: "ten security and government officials", "11 Sri Lankan military and police
        # personnel")
        # (a people's name may come first, not another noun: "two of his brothers and his niece" is a list)
        rf"|(?:(?-i:[A-Z][\w'’.-]*)\s+){{0,2}}{_modifier(t)}\s+and\s+(?!{_OWNERS}\b){_modifier(t)}\s+"
        rf"|(?:{_modifier(t)}\s+){{0,3}})"
        # (the noun may stand in quotation marks: 'some 20 "terrorists" had been killed')
        rf"(?P<quote>[\"“‘])?(?:{_alt([*t.nouns, *t.singulars])})\b(?(quote)[\"”’]|)"
        # (several nouns the one number counts together: "535 men, women and children", "40 soldiers and police")
        # (a list closed by "and": not "three children, police said"; ", and" only after a comma's item: "evacuated 300
        # villagers, and soldiers died" is another clause)
        rf"(?:(?:(?:\s*,\s*(?:{_alt(t.nouns)})\b){{1,2}},?|)\s+and\s+(?:{_alt(t.nouns)})\b)?{_NATIONS}"
        r"|\s+of\s+them\b",
        re.IGNORECASE)


# ---------------------------------------------------------------- cues


def _after_re(t: _Tables) -> re.Pattern[str]:
    """A cue after a number phrase: "130 people were killed", "12 people, police said, died"; a cue in
    quotation marks ("12 secessionists were also “neutralized”")."""
    return re.compile(
        # (an aside may follow the group too: "Five members of a family, including three children, were killed")
        rf"(?P<aside>{_ASIDE}){_SIDE}{_OF_GROUP}{_AGES}{_ATTACHED}{_ASIDE}{_PLACE_CHAIN}{_WHERE_THEY_WERE}{_WHO_THEY_WERE}(?P<aux>(?:{_GAP}{_alt(_AUX)}\b|{_on_day(t)}|{_done_and(t)}){{0,6}}){_GAP}[\"“‘']?"
        rf"(?P<cue>{_alt(t.after)})\b",
        re.IGNORECASE)


def _them_re(t: _Tables) -> re.Pattern[str]:
    """A cue on "them" after a clause that follows the counted, as its object: "gunmen dragged 17 people out of
    their homes just north of Baghdad and killed them", "abducted 12 farmers and later executed them"."""
    # (or "shot them dead", "gunned them down": the cue's words on either side of "them")
    return re.compile(rf"[^.;:!?]{{0,100}}?\s+(?:and|then|before)\s+(?:then\s+|later\s+)?"
                      rf"(?:(?P<cue>{_alt(t.kinds)})\s+(?:all\s+(?:of\s+)?)?them\b"
                      r"|(?P<shot>shot|gunned)\s+them\s+(?:all\s+)?(?:dead|down|to\s+death)\b)", re.IGNORECASE)


def _done_and(t: _Tables) -> str:
    """Another thing done to the victims before the cue: "18 men who had been handcuffed and shot to
    death", "were rounded up and executed" (but "killed and wounded" is two cues)."""
    cues = [w for w in t.kinds if " " not in w]
    # (a participle may end otherwise: "two soldiers were shot and killed", "struck and wounded")
    # (and where it was done, in a few words: "nine passengers were offloaded from a bus near Noshki and shot dead")
    return (rf"\s+(?!(?:{_alt(cues)})\b)(?:[a-z]+(?:ed|en)|shot|struck|hit|caught|bound|held)(?:\s+up)?"
            r"(?:\s+(?:from|off|out\s+of|into|at|in|near|outside)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s+and\b")


def _on_day(t: _Tables) -> str:
    """A day between the verb's helpers: "13 persons were on Monday confirmed killed"."""
    return (rf"\s+on\s+(?:(?-i:{t.weekdays})(?:\s+(?:night|morning|afternoon|evening))?"
            rf"|(?-i:{t.months})\s+\d{{1,2}}|\d{{1,2}}\s+(?-i:{t.months}))\b")


def _lite_re(t: _Tables) -> re.Pattern[str]:
    """A cue after a number and one or two words not in the noun table: "12 tourists were killed"."""
    return re.compile(
        rf"(?:\s+{_modifier(t)}){{1,2}}(?P<aux>(?:\s+{_alt(_AUX)}\b){{0,6}})\s+[\"“‘']?(?P<cue>{_alt(t.after)})\b",
        re.IGNORECASE)


def _object_re(t: _Tables) -> re.Pattern[str]:
    """What follows an active verb: "12 gunmen killed *a* policeman", "... killed civilians"."""
    return re.compile(
        rf"\s+(?:(?:a|an|the|his|her|their|its|our|my|this|that|these|those|him|them|themselves|"
        rf"himself|herself|each|every|one)\b|{_alt(t.nouns)}\b)", re.IGNORECASE)


def _before_re(t: _Tables) -> re.Pattern[str]:
    """A cue right before a number phrase: "killed 12", "killing at least 12", "killed him and 19 others"."""
    # "killed between 10 and 15 people": a range's "between" stands between the cue and its number;
    # "killing a family of 11": so do the words of a family counted whole; "butchered the ten people
    # inside it", "killed all 12 passengers": a definite group after a verb (not "the bodies of the
    # three", the dead already counted, carried away).
    verbs = [c for c in t.before if not c.strip().endswith(" of")]
    return re.compile(rf"(?<![\w-])(?:(?P<cue>{_alt(t.before)}):?\s+"
                      # ("killed a Palestinian family of seven": a word may qualify the family)
                      rf"(?:between\s+|(?:an?\s+|the\s+)?(?:entire\s+|whole\s+)?(?:[\w'’-]+\s+)?family\s+of\s+)?"
                      rf"|(?P<verb>{_alt(verbs)})\s+(?:all\s+)?the\s+|(?P<verb2>{_alt(verbs)})\s+(?:all|him\s+and|"
                      r"her\s+and)\s+)$",
                      re.IGNORECASE)


def _count_re(t: _Tables) -> re.Pattern[str]:
    """AP's count after "to N": "brought to 3,245 the number of U.S. service members killed"."""
    return re.compile(
        rf"(?P<aux>)\s+the\s+(?:number\s+of\s+(?:[\w.'’-]+\s+){{0,4}}?)?"
        rf"(?P<cue>{_alt(t.long_tolls + t.after)})\b", re.IGNORECASE)


def _toll_re(t: _Tables) -> re.Pattern[str]:
    """A toll before its number: "the death toll rose to 45", "a toll of 45", "the number killed
    since ... at close to 500"."""
    # ("the blast toll is now at 512")
    # ("the toll could be as high as 60", "estimated the toll to be between 70 and 100")
    link_now = r"(?:\s+(?:of|at|to|be|is|was|now|could|may|might|stands\s+at|stood\s+at)){1,3}"
    # ... and the verbs of a count revised ("the toll was later revised to 20", "revised upward to 40").
    rises = (r"rose|risen|rising|climbed|jumped|increased|grew|reached|hit|topped|passed|exceeded|ranged|ranges|"
             r"stood|stands|(?:revised|raised|lowered|updated|adjusted|corrected)(?:\s+(?:up|down)(?:wards?)?)?")
    # A bare "toll" takes a gap only before a verb of number ("the toll from the offensive
    # climbed to 300"), not before "to" ("took a heavy toll on the city, home to 1.5 million").
    # ("has risen from 52 to 70": the count it rose from is no toll of its own)
    # (also "from an initial 12 to 27", "rose by four to 21")
    from_to = r"(?:from\s+(?:an?\s+(?:initial|earlier|previous)\s+)?\d[\d,]*|by\s+[\w,]+)\s+to"
    year = r"(?<!\d)(?:19|20)\d\d(?!\d)"  # "the number killed in Iraq since 2003 reached 4,000"
    # "The death toll from Mogadishu truck bomb on October 14 has risen to 512": a day's date too
    day = (rf"(?:(?:{t.months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{t.months}))"
           r"(?!\d)")
    return re.compile(
        rf"(?<![\w-])(?:(?:(?P<cue>{_alt(t.long_tolls)})|number\s+(?:of\s+(?:[\w-]+\s+){{0,3}}?)?"
        rf"(?P<ncue>{_alt(t.after)}))(?:{link_now}|(?P<gap>(?:[^\d;:]|{year}|{day}){{0,160}}?)"
        rf"\s+(?:(?:{rises}|is|was|now|at|to)(?:\s+(?:to|at|{from_to}))?(?:\s+be)?|{from_to}))"
        rf"|(?P<cue1>{_alt(t.short_tolls)})(?:{link_now}|(?P<gap1>[^\d;:]{{0,120}}?)\s+(?:(?:{rises})"
        rf"(?:\s+(?:to|at|{from_to}))?|{from_to}))"
        # "bringing the toll in the city to five": a running total names its number after "to"
        rf"|(?:bringing|raising|taking|pushing)\s+the\s+(?:[\w-]+\s+)?(?P<cue2>{_alt(t.short_tolls)})"
        # (the number may stand in quotation marks: 'the number dead was “over 30”')
        rf"(?P<gap2>[^\d;:]{{0,60}}?)\s+to)\s+[\"“]?$",
        re.IGNORECASE)


def _gate_re(t: _Tables) -> re.Pattern[str]:
    # Any cue at all, by the first four letters of its longest word ("kill", "woun", "deat"),
    # in the lower-cased sentence.
    stems = {max(reversed(phrase_key(c).split()), key=len)[:4] for c in t.kinds}
    return re.compile(rf"(?<![a-z])(?:{_alt(stems)})")


# ---------------------------------------------------------------- places and scope


def _name(t: _Tables) -> str:
    # A place name: capitalised words ("Sadr City", "Tal Afar", "al-Anbar"), not a date.
    word = rf"(?!(?:{t.weekdays}|{t.months})\b)(?:a[lnrsdtz]-)?[A-Z][\w-]*(?:['’][a-rt-z]\w*)?"
    return rf"{word}(?:\s+{word})*"


def _place_road(t: _Tables) -> str:
    """A road between towns (or from one), the first town the place: "on the road between Ouahigouya and Barga",
    "along the highway linking Kabul"."""
    return (rf"\s+(?:on|along)\s+(?:the\s+|a\s+)?(?:(?-i:[a-z-]+)\s+)?(?i:{_alt(t.roads)})s?\s+"
            rf"(?i:between|from|linking|connecting)\s+(?P<place>{_name(t)})\b")


def _place_in(t: _Tables) -> str:
    """A place after "in": "in Kut", "in the city of Kut", "in Baghdad's Sadr City" -> "Sadr City"."""
    name = _name(t)
    # ("the Mopti region of Mali" is in the region: a country after a unit's "of" only situates it)
    countries = _alt(sorted(t.countries, key=len, reverse=True))
    noun = (rf"(?:(?:city|town|village|port|capital)\s+of\s+"
            # (a unit's noun in lower case: "the Andar District of Ghazni province" is the district, its name
            # capitalised with it; "the Kabul district of Shah Shaheed" the quarter after "of")
            rf"|(?-i:province|district|region)\s+of\s+(?!(?:the\s+)?(?-i:{countries})\b))")
    # After "the", any words may stand before the noun ("in the southern Gaza city of Khan Younis");
    # without it, only lowercase ones: "in Shopian district of Jammu" is in Shopian.
    # "died in strikes on Rafah", "killed in Russian shelling of Kherson": the place the attack hit
    attack = r"(?:strikes?|airstrikes?|air\s+strikes?|attacks?|shelling|bombings?|raids?|assaults?)"
    return (rf"(?:\s+(?i:in)\s+(?:(?-i:[a-zA-Z-]+)\s+){{0,2}}?(?-i:{attack})\s+(?i:on|of)\s+(?=(?:the\s+)?(?-i:[A-Z]))"
            rf"|\s+(?i:in|near|outside|at)\s+)"
            # "in the nearby Nur Shams camp": one lowercase word may stand between "the" and the name
            rf"(?:(?i:the\s+(?:[a-z'’-]+\s+){{0,2}}{noun})|(?:(?-i:[a-z]+)\s+){{0,2}}(?i:{noun})"
            rf"|(?i:the\s+)(?:(?-i:[a-z-]+)\s+)?)?"
            # "in Baghdad's Sadr City", "in Sri Lanka's northern Vanni region", "in Zamfara state's Maru
            # district": the place is the second name
            # (a country's formal name may hold lowercase words: "in the Democratic Republic of the Congo's Ituri
            # province")
            rf"(?:(?:(?-i:{countries})|{name}(?:\s+(?:{_alt(t.units)}))?)['’]s\s+(?:(?-i:[a-z]+)\s+){{0,2}}(?={name}))?"
            rf"(?P<place>{name})\b(?!['’]s\s)")


def _ranking_words() -> tuple[str, ...]:
    """The first words of a ranking ("deadliest", "worst", "most"): ``role_cues.csv``'s ``compared`` rows."""
    rows = _rows("role_cues.csv")
    return tuple(sorted({row["cue"].split()[0].lower() for row in rows if row["where"] == "compared"}))


def _revised_to_re() -> re.Pattern[str]:
    """The words that revise a count to the figure right after them, ending where it starts ("a toll police
    later raised to", "revised it down to"; the ``revised`` rows of ``account_words.csv``)."""
    verbs = sorted({r["words"].strip().lower() for r in _rows("account_words.csv") if r["use"] == "revised"},
                   key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs))})(?:\s+(?:up|down)(?:wards?)?)?"
                      r"(?:\s+it|\s+(?:that|this|the|its|their)(?:\s+(?:death\s+)?(?:toll|figure|count|number))?)?"
                      r"\s+to\s+$")


_EVENT_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|twin)"  # "in three explosions"


def _place_re(t: _Tables) -> re.Pattern[str]:
    """The place words right after a figure, past a verb, a day or "in a village":
    "... were found on Tuesday in Kut", "... killed yesterday in a market in Hilla"."""
    day = (rf"(?:\s+(?:on\s+)?(?-i:{t.weekdays})(?:\s+(?:night|morning|afternoon|evening))?"
           rf"|\s+(?:yesterday|today|overnight|last\s+night)"
           rf"|\s+on\s+(?-i:{t.months})\s+\d{{1,2}}|\s+on\s+\d{{1,2}}\s+(?-i:{t.months}))?")
    return re.compile(
        rf"(?i:(?:\s+(?:were|was|are|been|have|has|had|later|found|recovered|dumped|discovered|"
        rf"reported)\b){{0,3}}"
        rf"{day}"
        # "in a market in Hilla", "by a car bomb in Mosul"
        # ("in the deadliest assault in Iraq": a ranking's words name no event's site, and the country after
        # them no place of the toll: the rows of role_cues.csv that make such a place a modifier)
        # ("killed in three explosions in Kokrajhar district": a count of the events, as their article)
        rf"(?:(?:\s+(?:in|at|on|near|by)\s+(?:a|an|the|{_EVENT_COUNT})(?-i:\s+(?!{_alt((*_STOP, *_ranking_words()))}\b)"
        rf"[a-z][\w-]*){{1,2}}"
        # ("killed by sniper fire in Douma", "wounded by gunmen in Kandahar": the means or the hand, no article)
        rf"|\s+by(?-i:\s+(?!{_alt(_STOP)}\b)[a-z][\w-]*){{1,2}}"
        # ("killed Tuesday in attacks across communities in Sabon Birni LGA": the events spread over the place)
        rf"|\s+in\s+(?:attacks|raids|strikes)\s+(?:across|on|against)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?)"
        # (and the day after it: "killed in the attack Thursday afternoon in Coatepec Harinas")
        rf"{day})?)"
        rf"{_place_in(t)}")


def _operation_re(t: _Tables) -> re.Pattern[str]:
    """A toll that is an operation's total (lower-cased sentence)."""
    op = rf"{_alt(w.lower() for w in t.scope('operation'))}s?\b"
    return re.compile(
        # "since ... launched its ... offensive", "since the siege began" (a point inside the sentence is an
        # abbreviation's: "since the army, led by Gen. Khalifa Haftar, launched an offensive")
        rf"\bsince\b(?:[^.;]|\.(?=[\w-]|\s+[\w(])){{0,120}}?\b{op}"
        # "the offensive has killed", "the campaign in Swat has left"
        rf"|\b{op}(?:\s+[\w-]+){{0,4}}?\s+(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+)?"
        rf"(?:killed|left|claimed|cost)\b"
        # "during the offensive", "since the start of the siege", "as a result of the military campaign"
        rf"|\b(?:during|throughout|(?:in|over)\s+the\s+course\s+of|since\s+the\s+(?:start|beginning)\s+of"
        rf"|as\s+a\s+result\s+of)"
        rf"\s+(?:the|this|its|their|a)\s+(?:[\w-]+\s+){{0,3}}?{op}"
        # "killed in the operation in Bajaur and Mohmand": the operation's toll ("in an operation"
        # may be one raid, and stays local)
        rf"|\b(?:killed|dead|died|wounded|injured)\s+in\s+(?:the|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?{op}"
        # "the death toll from the offensive"
        rf"|\b(?:toll|number\s+\w+)\s+(?:from|of|in)\s+(?:the|this|its)\s+(?:[\w-]+\s+){{0,3}}?{op}"
        # "capped a deadly week in which nearly 80 people were killed"
        rf"|\b(?:deadly|bloody|violent)\s+(?:week|weekend|month)\s+(?:in|during)\s+which\b")


# The slots a phrase of ``figure_scope.csv`` may hold, each a pattern on the lower-cased sentence.
_COUNT_WORDS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "few", "several", "many", "couple of")
# An optional group is written "(?:...|)", not "(?:...)?": the same matches, but sre sets up a repeat
# for the latter each time it comes to it, and these open phrases that are tried at every word.
_SLOTS = {
    "{n}": rf"(?:(?:\d+|{'|'.join(_COUNT_WORDS)})\s+|)",  # "two ", "18 ", "few ", or nothing
    "{year}": r"(?:1[89]|20)\d\d\b",
    "{long}": r"(?:weeks?|months?|years?|decades?)\b",
    # (an event a year or more before, told with its toll: the annotators count one of days or weeks before as
    # an event of its own)
    "{years}": r"(?:years?|decades?)\b",
    "{days}": r"days\b",
    "{hours}": r"hours\b",  # ("in the last 24 hours": a day's operations, as "in the past two days" are)
    # a span of days said as one word: "a two-day period", "a 48-hour period"
    "{span}": rf"(?:\d+|{'|'.join(_COUNT_WORDS[3:12])})[-\s](?:days?|hours?)\b",
    "{count}": rf"(?:\d+|{'|'.join(_COUNT_WORDS[1:])})\s+",  # a number said: "14 ", "two ", "several "
    "{fight}": r"(?:the\s+|)(?:fighting|clashes|battles?|offensive|assault|siege|attacks?|raids?)\b",
    "{war}": r"(?:civil\s+|)(?:war|conflict|insurgency|uprising|rebellion|revolution|invasion)\b",
    # "since the armed insurgency", "since a decades-old separatist rebellion": a few words first
    "{some}": r"(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,3}?",
    # One word that says what kind of events follow: "various cattle raids", "several night-time attacks" (not a span
    # of time nor a place: "several hours of fighting", "various communities of Zurmi")
    "{kind}": r"(?!(?:hours?|days?|weeks?|months?|years?|nights?|rounds?|parts?|areas?|places?|locations?|"
              r"communities|villages|towns|districts|regions|of|in)\s)[a-z-]+\s+",
    # A running total's verb and its article: "bringing the ", "raised the " (the day's toll told as one)
    "{running}": r"(?:bringing|brought|raising|raised|pushing|pushed|taking|took)\s+(?:the\s+|)",
    "{strife}": (r"(?:fighting|battles?|clashes|war|conflict|violence|insurgency|rebellion|uprising"
                 r"|bombardments?|shelling|(?:air\s*|)strikes|attacks|unrest|raids)\b"),
    # A rate, not a toll: "about 100 people have died a day", "killed every week" (not "a day after the attack")
    "{rate}": r"(?:a|per|each|every)\s+(?:day|week|month)\b"
              r"(?!\s+(?:after|before|earlier|later|ago|of|into|apart|to\s+the\s+day)\b)",
    # A span counted over, not a time measured from another event: "in less than two weeks" (not "within three
    # months of the peace deal")
    "{stretch}": r"(?:weeks?|months?|years?|decades?)\b(?!\s+(?:of|after|since|before|from|into)\b)",
    # A few words of one clause: "fighting in Balad that has killed"
    # (or up to a comma the phrase goes on after: "the 2019 attack on the Ogossagou village, when")
    "{gap}": r"\s+(?:[^,.;:]{0,40}?(?:\s+|(?=,))|)",
    # More words of one clause: "the raid in nearby Inates by fighters from an Islamic State affiliate that"
    "{clause}": r"\s+(?:[^,.;:]{0,80}?\s+|)",
    # (or after the clause's last word and a comma: "the attack on the Army Public School, which killed", "hit the
    # city's railway station, killing")
    "{killed}": r"(?:[^\s,.;:]+,\s+|)(?:(?:that|which)\s+(?:killed|left|claimed)\b|(?<=,\s)killing\b)",
    # A relative clause between commas, a few words of the subject before it: "The war in Sudan, which began in
    # April 2023, has killed"; the clause may name the sides: "which began in April 2023 between the army chief ... and
    # his former deputy ..., has killed"
    "{aside}": r"(?:\s+[^,.;:]{0,40}?|),\s+(?:which|that|who)\s+[^,.;:]{0,150}?,\s+",
}
# Every slot a phrase may hold, those _period_re fills from the tables too.
# ("{event}": a violent event's noun in the singular, "{events}": in the singular or the plural, "previous attacks")
_SLOT_NAMES = frozenset(_SLOTS) | {"{month}", "{monthname}", "{weekday}", "{event}", "{events}"}


def event_nouns() -> str:
    """One violent event named in the singular or the plural ("attack", "attacks", "clashes")."""
    return rf"(?:{_event_noun_alt()})(?:e?s)?\b"


@cache
def _event_nouns() -> str:
    """One violent event named in the singular ("raid", "air strike", "massacre"): the plurals of
    ``several_events.csv``, each made singular."""
    return rf"(?:{_event_noun_alt()})\b"


@cache
def _event_noun_alt() -> str:
    out = set()
    for row in _rows("several_events.csv"):
        plural = row["words"].strip().lower()
        out.add(plural[:-2] if plural.endswith(("ches", "shes", "sses")) else plural[:-1])
    return _alt(out)


_PERIOD_SCOPES = ("cumulative", "operation", "running", "estimate", "superseded", "denied", "period", "earlier")


def _period_rows(t: _Tables, scope: str) -> list[list[str]]:
    """The phrases of ``scope`` that :func:`_period_re` reads, each cut into its words and ``{slot}``s."""
    rows = []
    for row in t.scope_rows(scope):
        if "{" not in row and scope == "operation":
            continue  # the operation's words have a pattern of their own (_operation_re)
        rows.append([p for p in re.split(r"(\{\w+\})", row.lower()) if p])
    return rows


def _period_words(t: _Tables, scope: str) -> tuple[str, ...] | None:
    """Words one of which every match of :func:`_period_re` of ``scope`` holds: a word of each phrase's
    own (not a slot's), the longest of those news uses less often, less a word that holds another
    ("initially" holds "initial"). None when a phrase is all slots."""
    chosen = set()
    for parts in _period_rows(t, scope):
        words = [w for p in parts if p not in _SLOT_NAMES for w in p.split(" ") if w]
        if not words:
            return None
        chosen.add(max(words, key=lambda w: (w not in _COMMON_WORDS, len(w))))
    return tuple(sorted(w for w in chosen if not any(v != w and v in w for v in chosen))) or None


# Words in most casualty sentences: a phrase's substring test reads another word of it where it has one.
_COMMON_WORDS = frozenset("""a an the of at to in on by for and or up down from had has have was were is are been
    put said says reported reports report number death toll dead killed left claimed last over past this time
    month months year years during several people information claims""".split())


def _period_re(t: _Tables, scope: str) -> re.Pattern[str] | None:
    """The phrase patterns of ``scope`` in ``figure_scope.csv`` (those with a ``{slot}``: "since
    {year}", "{n}{long} of {strife}"), as one pattern on the lower-cased sentence."""
    # A month by name, or abbreviated before a day ("since Jan. 9").
    short = "|".join(sorted({m[:3].lower() for m in t.months.split("|")} | {"sept"}))
    slots = dict(_SLOTS, **{"{month}": rf"(?:(?:{t.months.lower()})\b|(?:{short})\.?\s+\d)",
                            # a month by its name with no day after it: "between October and December" (not "from
                            # Sept. 7 to Sept. 9", a few days)
                            "{monthname}": rf"(?:{t.months.lower()})\b(?!\.?\s+\d)",
                            "{weekday}": rf"(?:{t.weekdays.lower()})\b", "{event}": _event_nouns(),
                            "{events}": event_nouns()})
    alternatives = []
    for parts in _period_rows(t, scope):
        pattern = "".join(slots[p] if p in slots else r"\s+".join(map(re.escape, p.split(" "))) for p in parts)
        alternatives.append(pattern + (r"(?!\w)" if parts[-1] not in slots else ""))
    if not alternatives:
        return None
    # "earlier this month", "late last year": the date of one event, not a period it counts. The
    # word boundary comes first: it fails at once inside a word, where the look-behinds would be
    # tried for nothing (assertions at one position may come in any order).
    # The look-ahead for the characters the phrases start with (after the boundary: with_first_chars) fails
    # at once at the other word edges, and the phrases that open on the same slot ("{strife}{gap}that has
    # killed" and its seven kin) read it once. Then, at a word's start, the phrases as one trie
    # (any_of_lookahead): at most words none holds, and the trie says so reading each shared opening once
    # (at half the cost of the cumulative phrases' search).
    # (not before a running total's verb: "the toll later rose to 79" is a running total all the same)
    # (whole words: "nearly two weeks after" is no "early")
    dated = "" if scope == "running" else r"(?<!\bearlier\s)(?<!\bearly\s)(?<!\blater\s)(?<!\blate\s)"
    pattern = rf"\b{any_of_lookahead(alternatives)}{dated}(?:{guarded_alternation(alternatives)})"
    return re.compile(with_first_chars(pattern))


def _directions() -> str:
    """The direction words of ``directions.csv`` ("northern", "north-west"), as one alternation."""
    return _alt(r["word"].strip().lower() for r in _rows("directions.csv"))


def _national_re(t: _Tables) -> re.Pattern[str]:
    """Country-wide: "nationwide", "across the country", "across Iraq" (a name must be in ``countries``)."""
    return re.compile(
        rf"(?i:\b{_alt(w.lower() for w in t.scope('national'))}\b)"
        # ("across northern Shan State": a direction before the name; "across northern, eastern and southern
        # Ukraine": several, the group ``parts``)
        rf"|\b(?i:across|throughout|all\s+over)\s+(?P<part>(?i:the\s+)?(?P<parts>(?i:{_directions()})"
        rf"(?:\s*,\s*(?i:and\s+)?|\s+(?i:and)\s+))*(?i:{_directions()})\s+)?(?P<country>{_name(t)})")
