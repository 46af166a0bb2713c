"""Settle: which candidate spans really name a place.

Two jobs, each a named function so either can be swapped:

* :func:`reject_traps` drops names that are part of something else: an
  organisation ("New York Times"), a person ("Moqtada al-Sadr", and "Sadr"
  on its own once the article has used that name for a person), a gloss in
  brackets ("Quds (Jerusalem) brigades"), a common word at a sentence start;
* :func:`settle_overlaps` keeps the longest of overlapping spans
  ("Sadr City" over "Sadr", "Al Kut" over "Kut").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

from geodata import datafiles
from geodata.places.gazetteer import Gazetteer
from geodata.places.types import MATCH_KIND, Candidate, Token
from geodata.places.within import place_nouns, prefix_words
from geodata.places.words import (ARTICLES, FUNCTION_WORDS, MONTHS, NAME_PARTICLES, WEEKDAYS, actor_names,
                                  actor_pattern, demonym_words, in_actor_aliases, place_words)
from geodata.text.datelines import is_dateline
from geodata.text.names import fold
from geodata.text.phrases import lowered, plain_text, starts_word, trie_regex
from geodata.text.spans import keep_apart


class Run(NamedTuple):
    """A stretch of capitalised words: a proper name of some kind."""

    # A NamedTuple, not a frozen record: a hundred are made an article, and read as keys of dictionaries
    # (a tuple's hash is the C one, a dataclass's a Python call).
    first: int
    last: int


def capitalised_runs(tokens: list[Token], gazetteer: Gazetteer) -> list[Run]:
    """Maximal runs of capitalised words joined by single spaces or hyphens.

    A sentence-initial common word ("Yesterday Moqtada al-Sadr...") and small
    function words are not part of a name; name particles ("al-", "abu") are.
    """
    runs: list[Run] = []
    common, n_tokens = gazetteer.common_words, len(tokens)
    # Written out, without helper calls: this runs over every word of a run. Only a capitalised word
    # opens a run (a particle joins one already open), so the words between runs are not visited: their
    # indices are picked by compress, with no Python step a word.
    new = tuple.__new__  # Run's own __new__, without its Python-level wrapper
    resume = 0  # the first word that may open a run
    for i in compress(range(n_tokens), map(_CAPITALISED, tokens)):
        if i < resume:
            continue
        tok = tokens[i]
        # A sentence's first word is outside when it is a common word ("Yesterday").
        if tok.text.lower() in FUNCTION_WORDS or (tok.initial and tok.key in common):
            continue
        start = i
        j = i + 1
        while j < n_tokens:
            tok = tokens[j]
            low = tok.text.lower()
            inside = tok.capitalised and low not in FUNCTION_WORDS and not (tok.initial and tok.key in common)
            joined_gap = tok.gap in _JOIN_GAPS
            if not inside and joined_gap and j + 1 < n_tokens and tokens[j + 1].capitalised:
                inside = _particle(tok.text.lower(), tokens[j + 1])
            prev = tokens[j - 1]
            # Joined by a space or a hyphen, or a capital initial and its stop ("George W. Bush").
            # A day's name opens a run of its own: "in Ramadi Tuesday" is when, not more of the name.
            if inside and prev.sentence == tok.sentence and not prev.possessive and low not in WEEKDAYS \
                    and (joined_gap or (len(prev.text) == 1 and prev.text.isupper() and tok.gap == ". ")):
                j += 1
                continue
            runs.append(new(Run, (start, j - 1)))
            if not inside:
                break
            start = j  # a word that is inside but not joined opens the next run (a particle too)
            j += 1
        else:
            runs.append(new(Run, (start, n_tokens - 1)))
            break
        resume = j + 1
    return runs


_CAPITALISED = attrgetter("capitalised")
_JOIN_GAPS = frozenset({" ", "-", "‐"})


def _particle(word: str, nxt: Token) -> bool:
    # "al", "bin", "abu" join a name; English "at", "as", "an" only with a hyphen.
    if word in ARTICLES and word not in ("al", "el"):
        return nxt.gap in ("-", "‐")
    return word in NAME_PARTICLES


# A nickname in quotes between two capitalised names: "Joaquin "Chapo" Guzman", "Ahmed 'Abu Ali' Hassan".
# Not a town's possessive before a named site ('Mariupol's "Drama" Theatre', 'Rafah's "Kuwaiti" Hospital'):
# the first name is no possessive, and the last is no place noun.
_NICKNAMED_RE = re.compile(r"[A-Z][\w-]*[a-z](?<!['’]s)\s+[\"“‘'][A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}[\"”’']\s+"
                           r"(?!(?:Hotel|Hospital|Theatre|Theater|Camp|Market|District|Area|Gate|Mosque|Church|"
                           r"School|Square|Street|Road|Bridge|Base|Airport|Mall|Stadium|Palace|Building|Centre|"
                           r"Center|Quarter|Neighbourhood|Neighborhood|Village|Town|City|Province|Region|Brigade|"
                           r"Battalion|Operation)\b)[A-Z][\w'’-]+")


def _opens_quote(text: str) -> bool:
    """Whether ``text`` holds white space, a quotation mark and a capital in a row (``\\s["“‘'][A-Z]``). Each
    mark is found by ``str.find`` (an article holds two or three): sre, scanning for the four marks, tested
    every character against them at several times the cost."""
    for mark in _QUOTE_MARKS:
        at = text.find(mark, 1)
        while at >= 0:
            if text[at - 1].isspace() and "A" <= text[at + 1:at + 2] <= "Z":
                return True
            at = text.find(mark, at + 1)
    return False


_QUOTE_MARKS = ("'", '"', "“", "‘")
_QUOTED_SITE_RE = re.compile(r"[A-Z][\w-]*['’]s\s+(?P<site>[\"“‘'][A-Z][^\"”’'\n]{0,40}[\"”’']\s+[A-Z][\w-]+)")


_ALIAS_RE = re.compile(r"\b(?:alias|aka|a\.k\.a\.|nicknamed|nom\s+de\s+guerre)\s+(?P<nick>[\"“‘'][A-Z][^\"”’'\n]{0,40}"
                       r"[\"”’'])")


def _outside_nicknamed(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates not inside a person's name told with a nickname in quotes ('Joaquin "Chapo"
    Guzman': Joaquin and Chapo are towns of Mexico)."""
    # Both patterns want white space, a quotation mark and a capital in a row: a plain scan for those
    # three first (most texts have none), where each pattern is tried at every capital.
    if not _opens_quote(text):
        return candidates
    spans = [m.span() for m in _NICKNAMED_RE.finditer(text)]
    # 'Bannu's "Cantonment" Area': a site of the town, named in quotes; the town stays a place.
    spans += [m.span("site") for m in _QUOTED_SITE_RE.finditer(text)]
    # "Gregory Antoine alias 'Ti-Greg'", "Pablo alias 'Tokyo'": a nickname, not the town.
    if "alias" in text or "aka" in text or "a.k.a." in text or "nicknamed" in text or "nom de" in text:
        spans += [m.span("nick") for m in _ALIAS_RE.finditer(text)]
    return [c for c in candidates if not any(a <= c.start and c.end <= b for a, b in spans)]


def reject_traps(candidates: list[Candidate], tokens: list[Token],
                 gazetteer: Gazetteer, text: str) -> tuple[list[Candidate], set[str]]:
    """Drop candidates that are part of a person's or an organisation's name.

    Returns the kept candidates and the set of folded words the article uses
    as the last word of a person's name ("sadr", "bush").
    """
    runs = capitalised_runs(tokens, gazetteer)
    # A candidate's run is found by its first word among the runs' first words (the runs are apart and in
    # order): only candidates ask, not every word of every run.
    run_firsts = [run.first for run in runs]
    modifiers = place_words().get("modifier", {})
    org_heads = place_words().get("org_head", {})
    media = place_words().get("media", {})
    forces = place_words().get("force", {})
    force_titles = place_words().get("force_title", {})
    runs_read = _RunReader(candidates, tokens, gazetteer, modifiers)
    people: set[str] = set()
    spans = {(c.first, c.last) for c in candidates}
    kept: list[Candidate] = []
    datelines: set[int] = set()
    for cand in _outside_nicknamed(candidates, text):
        first = tokens[cand.first]
        if first.text.isupper() and is_dateline(text, cand.start, cand.end):
            # "MOMBASA Kenya (Reuters) -", "(BENTIU) –": a town in capitals heading the report is a
            # dateline, not an acronym nor the start of a longer name (nor a person's, whatever the word
            # is later: "AMMAN, Jordan —" stands).
            kept.append(cand)
            datelines.add(id(cand))
            continue
        if _common_word_misread(cand, first, tokens, gazetteer) and not _appositive(text, cand.end):
            continue
        if _bracket_gloss(cand, tokens) or _in_organisation(cand, tokens, org_heads, media) \
                or _names_a_force(cand, tokens, forces) or _after_force_title(cand, tokens, force_titles):
            continue
        if _named_as_person(text, cand.start) and text[cand.end:cand.end + 2] not in ("'s", "’s"):
            # (not a place whose man it is: "one of those killed was identified as Nazran's deputy police chief")
            people.add(cand.key)  # "a police officer, who gave his name as Hassan": a man, not Hassan, India
            continue
        if _acronym(cand, first, text) or _after_prefix(cand, tokens) or _web_address(cand, text) \
                or cand.key in actor_names() or (cand.first == cand.last and _aged(text, cand.start, cand.end)) \
                or _forces_number_before(text, cand.start) or _month_of_a_date(cand, text):
            # (nor a word a force's number opens: "the U.S. 5th Fleet" is no Fleet, England; "the 82nd Airborne")
            # (nor a month's name with its day: "CAIRO, Jan 28 (Reuters)" is no Jan, Cameroon)
            # (an armed group's name is never a place's: "Al-Shabab" is no Shabab, Iran; "Fano"; nor a name with an
            # age after it, "her three children - Anas, 5, Mutasim 6, and Remas, 3", not Anas, Finland, nor Remas,
            # Albania: this mention only, the name may be a town's elsewhere in the text)
            continue
        if _named_source(cand, text):
            people.add(cand.key)  # (a source's name, not to be read again as a place by a looser spelling)
            continue
        at = bisect_right(run_firsts, cand.first) - 1
        run = runs[at] if at >= 0 and runs[at].last >= cand.first else None
        if run is not None and run.last > cand.last and runs_read.key(run) in gazetteer.not_places:
            continue  # "Iraq Body Count": a name the data lists as no place
        if run is not None and _opens_organisation(cand, run, tokens, org_heads, media):
            continue
        # Country names stand inside other names as themselves ("US-UK
        # occupation", "US President", "Iran-Iraq war").
        if run is None or tokens[cand.first].initial and _title_case(tokens, cand.first) \
                or "country" in map(MATCH_KIND, cand.matches):
            kept.append(cand)
            continue
        before = range(run.first, cand.first)
        after = _name_goes_on(cand, run, tokens, runs_read)
        if before and first.gap in ("-", "‐") and runs_read.all_named(before):
            before = range(0)
        # "New York Times", "Washington Post", "Basra Operations Command": part of a longer name
        inside = bool(after) and not _unit_named_in_full(cand, tokens) and not _unit_before_title(cand, tokens)
        if inside or (before and runs_read.bare_from(run) < before.stop):
            if _persons_word(cand, run, tokens, spans, inside, text):
                people.add(cand.key)
            continue
        kept.append(cand)
    kept = _outside_actor_names(kept, text)
    if people:
        # (a name the article writes as the unit after its town is a place, whatever else made it a person's)
        people -= {c.key for town, c in zip(kept, kept[1:]) if c.key in people and _unit_after_its_town(town, c, text)
                   and not _after_given_name(text, text[c.start:c.end])}
    # (and the unit after its town stays a place where the name is also a person's: "Ciudad Altamirano, Guerrero")
    return [c for i, c in enumerate(kept) if not (c.key in people and c.first == c.last) or id(c) in datelines
            or (i and _unit_after_its_town(kept[i - 1], c, text))], people


_ORDINAL_BEFORE_RE = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b\d+(?:st|nd|rd|th)\s+$")


def _forces_number_before(text: str, at: int) -> bool:
    """Whether a force's number stands right before ``at`` ("the U.S. 5th Fleet"), not a date's day ("On March 15th
    Khartoum was shelled")."""
    if text[max(0, at - 3):at - 1] not in _ORDINAL_ENDS:
        return False  # (most names: read no further)
    found = _ORDINAL_BEFORE_RE.search(text, max(0, at - 20), at)
    return found is not None and (found.group(1) or "").lower() not in MONTHS


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
# A day's number right after a month's name, or right before it: "Jan 28", "Sept. 9", "28 Jan".
_DAY_AFTER_RE = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:km\b|kilomet|miles?\b|mi\b|per\b|%))")
_DAY_BEFORE_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")


def _month_of_a_date(cand: Candidate, text: str) -> bool:
    """Whether a one-word candidate is a month's name or abbreviation (``date_words.csv``) with its day."""
    if cand.first != cand.last or text[cand.start:cand.end].lower() not in MONTHS:
        return False
    return _DAY_AFTER_RE.match(text, cand.end) is not None \
        or _DAY_BEFORE_RE.search(text, max(0, cand.start - 8), cand.start) is not None


def _aged(text: str, start: int, end: int) -> bool:
    """Whether a person's age follows the name at ``start``..``end`` between commas or before a dash or "and":
    "Anas, 5,", "Sergeant Jeroen Severs, 29, was killed", "and Remas, 3 -" (not a distance, a day, a span of days
    nor a year: "Kabul, 5 km", "Basra, 12 October", "Khartoum, 15-17 April", "Rafah, 3 and 4 December", "Mosul,
    2006"; nor a place a word of place or of origin opens: "a teacher from Jabalia, 34,")."""
    found = _AGE_AFTER_RE.match(text, end)
    return found is not None and 0 < int(found.group(1)) <= _OLDEST \
        and _PLACE_WORD_BEFORE_RE.search(text, max(0, start - 12), start) is None


_OLDEST = 110
_AGE_AFTER_RE = re.compile(r",\s(?:aged\s)?(\d{1,3})(?:,\s|\s?[–—)](?!\s*\d)|\s-\s(?!\d)|\sand\s(?!\d))")
_PLACE_WORD_BEFORE_RE = re.compile(r"\b(?:from|of|in|at|near|to|outside)\s+$", re.IGNORECASE)


def _after_given_name(text: str, name: str) -> bool:
    """Whether the text writes ``name`` right after a capitalised word ("Jose Guerrero, a local farmer"): a person's
    name somewhere, which a unit written after its town elsewhere does not undo."""
    return re.search(rf"\b[A-Z][\w'’-]*[ ]{re.escape(name)}\b", text) is not None


def _unit_after_its_town(town: Candidate, cand: Candidate, text: str) -> bool:
    """Whether ``cand`` follows ``town`` after a comma and names the first-level unit one of its namesakes lies in:
    "San Miguel Totolapan, Guerrero" is the state, whatever "la Tierra Caliente de Guerrero" made of the word."""
    return text[town.end:cand.start] == ", " and any(
        u.place.kind in ("governorate", "state") and any(
            t.place.country == u.place.country and t.place.admin1 == u.place.name for t in town.matches)
        for u in cand.matches)


def _outside_actor_names(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the names inside an armed group's longer name of ``actors.csv``, after its first
    word: "the Tehreek-e-Taliban Pakistan (TTP) claimed responsibility" names no place. (The text is scanned
    only when a candidate's name stands in some such name at all.)"""
    # (a name inside a longer one after its first word follows a capitalised word: "Taliban Pakistan")
    if not any(in_actor_aliases(c.key) and (_capital_before(text, c.start)
                                            or _LINKED_RE.search(text, max(0, c.start - 60), c.start))
               for c in cands):
        return cands
    low = lowered(text)
    spans = [m.span() for m in actor_pattern(plain_text(low)).finditer(low) if starts_word(low, m.start())]
    if not spans:
        return cands
    # (a name that opens the group's stays a place: "US troops", "Iraqi army" say whose forces they are; so
    # does one after "of" or "in" and a lowercase word: "the government of Iraq", not "al-Qaida in Mesopotamia")
    return [c for c in cands if not any(a < c.start and c.end <= b
                                        and not _OF_IN_RE.search(text, max(0, a - 1), c.start) for a, b in spans)]


def _capital_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` (past one space or hyphen) is capitalised."""
    i = at - 1
    if i < 1 or text[i] not in " -":
        return False
    j = i - 1
    while j >= 0 and (text[j].isalpha() or text[j] in "'’"):
        j -= 1
    return j + 1 < i and text[j + 1].isupper()


# ("al-Qaida in Mesopotamia", "al-Qaeda in the Islamic Maghreb": the name after a capitalised word's "in" or "of")
_LINKED_RE = re.compile(r"[A-Z][\w-]*\s(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$")
_OF_IN_RE = re.compile(r"(?:^|\s)[^\sA-Z]+\s(?:of|in)\s+(?:the\s+)?$")


def _persons_word(cand: Candidate, run: Run, tokens: list[Token], spans: set[tuple[int, int]], inside: bool,
                  text: str) -> bool:
    """Whether ``cand``, one word of a longer name, is a person's, so that the word stays a person's
    for the rest of the article: the first name after a title ("Commissioner Ahmad Musthofa Kamal",
    then "said Ahmad"; ``inside``: the name goes on after it), or the last word of a name ("Moqtada
    al-Sadr", "George Bush"), not a site's ("the crowded Bab Baghdad bus station" in Karbala) nor the
    last word of a longer place's name ("Free West Papua armed groups")."""
    if cand.first != cand.last:
        return False
    if inside:
        # (not where a rank follows: "Corps Commander Bahawalpur Lt Gen Aqeel" names the post's town, then the man)
        return cand.first > 0 and tokens[cand.first - 1].key in _person_titles() \
            and not (cand.last + 1 < len(tokens) and tokens[cand.last + 1].key in place_words().get("rank", {}))
    if cand.first > 0 and tokens[cand.first - 1].key in _OF_UNIT and any(
            m.place.kind in ("governorate", "state") for m in cand.matches):
        return False  # (a town "of" its state, as the Spanish names write it: "Huejuquilla El Alto de Jalisco")
    return cand.last == run.last and not _site_after(run, tokens, text) and (cand.first - 1, cand.last) not in spans


_OF_UNIT = frozenset({"de", "del"})  # the words that tie a town's name to its state's in Spanish and Portuguese


def _named_as_person(text: str, at: int) -> bool:
    """Whether the words before ``at`` give a person's name: "who gave his name as", "identified only as"
    (``role_cues.csv``'s ``person`` rows before a name)."""
    window = text[max(0, at - _NAMED_AS_PERSON_LOOK):at]
    # (the cues end on a few words, "as" and "is": most names stand after none, and the pattern is not run)
    last = window.rstrip().rpartition(" ")[2].lower()
    return last in _named_as_person_ends() and _named_as_person_re().search(lowered(window)) is not None


_NAMED_AS_PERSON_LOOK = 40  # characters before a name where the words that make it a person's stand


@cache
def _named_as_person_ends() -> frozenset[str]:
    return frozenset(r["cue"].lower().split()[-1] for r in datafiles.rows("role_cues.csv")
                     if r["role"] == "person" and r["where"] == "before")


@cache
def _named_as_person_re() -> re.Pattern[str]:
    cues = [r["cue"].lower() for r in datafiles.rows("role_cues.csv")
            if r["role"] == "person" and r["where"] == "before"]
    alternation = trie_regex(cues, special={" ": r"\s+"})
    return re.compile(rf"\b(?:{alternation})\s+$")


@cache
def _person_titles() -> frozenset[str]:
    """The titles a person's name follows (``role_cues.csv``'s ``person`` rows of one word), folded."""
    return frozenset(fold(r["cue"]) for r in datafiles.rows("role_cues.csv")
                     if r["role"] == "person" and r["where"] == "after" and " " not in r["cue"])


def _site_after(run: Run, tokens: list[Token], text: str) -> bool:
    """Whether a lowercase landmark noun follows the capitalised run: "the Bab Baghdad bus station" is a
    site's name, not a person's, and so is "the Grand Hyatt Amman hotel". (The words after are read from
    the text: the tokens keep only the words the place finders need.)"""
    m = _TWO_WORDS_RE.match(text, tokens[run.last].end)
    if m is None:
        return False
    words = tuple(w for w in m.groups() if w)
    # The noun may follow a word that says what kind ("the Bab Baghdad bus station").
    return any(noun.kind == "landmark" and key in (words[:len(key)], words[1:1 + len(key)])
               for key, noun in place_nouns().items())


# The one or two lowercase words right after a name, in its sentence.
_TWO_WORDS_RE = re.compile(r" ([a-z]+)(?: ([a-z]+))?")


def _name_goes_on(cand: Candidate, run: Run, tokens: list[Token], runs_read: _RunReader) -> range:
    """The capitalised words after ``cand`` in its run that make it part of a longer name: none when
    they are another place tied by a hyphen ("the Baghdad-Baqubah highway") or a people's word before
    a lowercase noun ("the Nahr al-Bared Palestinian refugee camp")."""
    after = range(cand.last + 1, run.last + 1)
    if after and tokens[cand.last + 1].gap in ("-", "‐") and runs_read.all_named(after):
        return range(0)
    if after and _people_word_then_noun(tokens, after):
        return range(0)
    return after


# The type words of an administrative unit (place_words.csv, "suffix"), not of a town.
_UNIT_EFFECTS = frozenset({"governorate", "state", "district"})


def _unit_named_in_full(cand: Candidate, tokens: list[Token]) -> bool:
    """Whether ``cand`` names a unit with its type word ("Katsina State", "Donetsk Oblast") before the
    words of a body of that unit: "the Katsina State Police Command", "the Donetsk Oblast Military
    Administration", "Jonglei State Governor". The body is the unit's own; the unit is named as a place,
    where "Basra Operations Command" or "Gaza City Council" only lend their name."""
    if cand.last == cand.first:
        return False
    return place_words().get("suffix", {}).get(tokens[cand.last].text.lower()) in _UNIT_EFFECTS


# An official's title after a unit's bare name: "Nariño Governor Antonio Navarro Wolff".
_TITLES = frozenset({"governor", "mayor", "commissioner"})


def _unit_before_title(cand: Candidate, tokens: list[Token]) -> bool:
    """Whether ``cand`` is a unit (a province, a state) right before an official's title and a name:
    "Nariño Governor Antonio Navarro Wolff" names the department as the seat of its governor (a
    modifier mention), where "Gaza Mayor" would be a town's."""
    nxt = cand.last + 1
    return (nxt < len(tokens) and tokens[nxt].gap == " " and tokens[nxt].text.lower() in _TITLES
            and any(m.place.kind in ("governorate", "state") for m in cand.matches))


def _people_word_then_noun(tokens: list[Token], after: range) -> bool:
    """Whether the capitalised words after a place are a people's words followed by a lowercase word:
    "Nahr al-Bared Palestinian refugee camp", not "Kabul Afghan Football Federation"."""
    nxt = after.stop
    return all(tokens[i].text.lower() in demonym_words() for i in after) and (
        nxt >= len(tokens) or tokens[nxt].sentence != tokens[after.start].sentence or not tokens[nxt].capitalised)


def _opens_organisation(cand: Candidate, run: Run, tokens: list[Token], org_heads: dict, media: dict) -> bool:
    """Whether ``cand`` opens the name of an organisation: "Sudan Liberation Army", "Palestine
    Liberation Organization" (but "US Army" stays a place's army); a newspaper or an agency: "Sudan
    Tribune", "Yemen News Agency"."""
    if cand.first != run.first or run.last <= cand.last:
        return False
    if run.last - cand.last >= 2 and tokens[run.last].text.lower() in org_heads:
        return True
    after = tokens[cand.last + 1]
    return after.gap == " " and after.text.lower() in media


class _RunReader:
    """What :func:`reject_traps` asks of the capitalised runs, each answer worked out once for the
    article, not once per candidate: a long run of capitalised words costs its length, not its
    length times its candidates."""

    def __init__(self, candidates: list[Candidate], tokens: list[Token], gazetteer: Gazetteer,
                 modifiers: dict[str, str]):
        self.tokens, self.gazetteer, self.modifiers = tokens, gazetteer, modifiers
        self.candidates = candidates
        self._unnamed_from: list[int] | None = None  # see all_named: laid out when first asked
        self.keys: dict[Run, str] = {}
        self.bare: dict[Run, int] = {}

    def key(self, run: Run) -> str:
        """The run's words folded."""
        if run not in self.keys:
            self.keys[run] = _run_key(self.tokens, run)
        return self.keys[run]

    def all_named(self, span: range) -> bool:
        """Whether candidates cover every token of ``span``."""
        if self._unnamed_from is None:
            # The first token from each index on that no candidate covers: asked only about hyphenated
            # names, so laid out for the few articles that have one.
            named = {i for c in self.candidates for i in range(c.first, c.last + 1)}
            unnamed_from = self._unnamed_from = list(range(len(self.tokens) + 1))
            for i in range(len(self.tokens) - 1, -1, -1):
                if i in named:
                    unnamed_from[i] = unnamed_from[i + 1]
        return self._unnamed_from[span.start] >= span.stop

    def bare_from(self, run: Run) -> int:
        """The run's first word that is no modifier, article or demonym ("Greater", "al", "Iraqi")."""
        if run not in self.bare:
            low = self.tokens
            self.bare[run] = next((i for i in range(run.first, run.last + 1)
                                   if not (low[i].text.lower() in self.modifiers or low[i].text.lower() in ARTICLES
                                           or low[i].key in self.gazetteer.demonyms)), run.last + 1)
        return self.bare[run]


# The longest acronym read as such (UNAMA, AMISOM); "KHARTOUM" is longer.
_ACRONYM_MAX = 6


# A name run into a domain: "told Dawn.com", "www.Kabul-Times.af".
# Lower case only: "Kabul.News agencies said" is a missing space, not an address.
_DOMAIN_RE = re.compile(r"\.(?:com|org|net|info|gov|edu)\b")


def _web_address(cand: Candidate, text: str) -> bool:
    """Whether the name is part of a web address ("confirmed the casualties to Dawn.com"): a site, not
    a place."""
    return text[cand.end:cand.end + 1] == "." and _DOMAIN_RE.match(text, cand.end) is not None \
        or text[max(0, cand.start - 4):cand.start].lower() == "www."


def _named_source(cand: Candidate, text: str) -> bool:
    """Whether the name stands alone right after a verb of telling or "according to", a newspaper's or a
    person's ("said Hurriyet.", "told Dawn,", "according to Xinhua."), not a place; a country's name stays
    (the government it stands for). After "said" a comma ends the source only where the attribution follows the
    words it tells (", said Hurriyet, which ..."): "The governor said Kherson, the regional capital, came under
    shelling" tells of the town."""
    verb = _SOURCE_BEFORE_RE.search(text, max(0, cand.start - 24), cand.start)
    if verb is None or "country" in map(MATCH_KIND, cand.matches):
        return False
    after = _SOURCE_AFTER_RE.match(text, cand.end)
    if after is None:
        return False
    if after.group().strip() != "," or not verb.group("verb").lower().startswith("sa"):
        return True
    return text[:verb.start()].rstrip().endswith((",", "\"", "”"))


_SOURCE_BEFORE_RE = re.compile(r"\b(?P<verb>(?i:said|says|told|according\s+to|(?:reported|quoted|cited)\s+by))\s+"
                               r"(?:the\s+)?$")
_SOURCE_AFTER_RE = re.compile(r"\s*(?:[.,;]|$)")


def _acronym(cand: Candidate, first: Token, text: str) -> bool:
    """"UN", "AU", "EU" in capitals are acronyms, not the towns Un (India) or Au (Austria);
    a short town in capitals stands only as a dateline ("KUT, Iraq (Reuters) -") or a country ("US")."""
    surface = text[cand.start:cand.end]
    if not (surface.isalpha() and surface.isupper() and len(surface) <= _ACRONYM_MAX):
        return False
    if "country" in map(MATCH_KIND, cand.matches):
        return False
    if len(surface) > 3:
        # "state news agency SANA said", "according to IRNA": in the run of a sentence, capitals
        # spell an acronym; a town in capitals opens a dateline or a title-case line, or follows
        # "in" ("fighting in GAZA").
        before = text[max(0, cand.start - 8):cand.start].split()
        return not first.initial and not (before and before[-1].lower() in ("in", "at", "near", "from", "to"))
    return not (first.initial and text[cand.end:cand.end + 2] in (", ", " (", ","))


def _after_prefix(cand: Candidate, tokens: list[Token]) -> bool:
    """"Puerto Jordán", "Kafr Nabl": a name right after a noun that opens place names is part of a
    name the gazetteer lacks (geodata.places.within reads it whole), not Jordan."""
    first = tokens[cand.first]
    return cand.first > 0 and first.gap == " " and tokens[cand.first - 1].text in prefix_words() \
        and tokens[cand.first - 1].sentence == first.sentence


def _run_key(tokens: list[Token], run: Run) -> str:
    return fold(" ".join(t.text for t in tokens[run.first:run.last + 1]))


def _title_case(tokens: list[Token], i: int) -> bool:
    # Every word of a title-case sentence is "initial"; so is the first word
    # of any sentence, but then its neighbour is not.
    nxt = i + 1
    return nxt < len(tokens) and tokens[nxt].sentence == tokens[i].sentence and tokens[nxt].initial


def _common_word_misread(cand: Candidate, first: Token, tokens: list[Token], gazetteer: Gazetteer) -> bool:
    """A common English word ("March", "Reading") is only a place when it is
    capitalised mid-sentence; an all-capitals country code ("US") is fine."""
    key = cand.key
    if key not in gazetteer.common_words:
        return False
    surface = " ".join(t.text for t in tokens[cand.first:cand.last + 1])
    if surface.isupper() and len(surface) <= 4:
        return "country" not in map(MATCH_KIND, cand.matches)
    return first.initial or not first.capitalised


_APPOSITIVE_RE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|province|region|"
    r"neighbou?rhood|suburb|port|stronghold)\b")


def _appositive(text: str, end: int) -> bool:
    """"Hit, a town of 100,000": the sentence says the common word is a place."""
    return bool(_APPOSITIVE_RE.match(text, end, end + 60))


def _in_organisation(cand: Candidate, tokens: list[Token], heads: dict[str, str],
                     media: dict[str, str] | None = None) -> bool:
    """"Islamic State of Iraq", "al-Qaida in Iraq": the place ends an organisation's name; so does it a
    medium's after "of": "The Times of Israel reported", "Voice of America".

    After "of"/"for" any place; after "in" only a country, since "the Mahdi Army
    in Basra" says where the army is.
    """
    if cand.first < 2:
        return False
    link, head = tokens[cand.first - 1], tokens[cand.first - 2]
    if link.text not in ("in", "of", "for") or tokens[cand.first].gap != " " or link.gap != " ":
        return False
    word = head.text.lower()
    if not head.capitalised or (word not in heads and not (media and link.text == "of" and word in media)):
        return False
    return link.text != "in" or "country" in map(MATCH_KIND, cand.matches)


def _names_a_force(cand: Candidate, tokens: list[Token], forces: dict[str, str]) -> bool:
    """Whether a force's word follows the name ("the 11 Gorkha regiment"): an armed force's name, no place."""
    i = cand.last + 1
    return i < len(tokens) and tokens[i].sentence == tokens[cand.last].sentence and tokens[i].gap == " " \
        and tokens[i].text.lower() in forces


def _after_force_title(cand: Candidate, tokens: list[Token], titles: dict[str, str]) -> bool:
    """Whether the name ends a force's title, after its capitalised word ("Task Force Baghdad", "Multi-National
    Division Baghdad"): the force's name, no place (nor a person's, whose word would drop the town elsewhere)."""
    i = cand.first - 1
    return i >= 0 and tokens[i].sentence == tokens[cand.first].sentence and tokens[cand.first].gap == " " \
        and tokens[i].capitalised and tokens[i].text.lower() in titles


def _bracket_gloss(cand: Candidate, tokens: list[Token]) -> bool:
    """"Quds (Jerusalem) brigades": a place in brackets glossing a name before it."""
    if cand.first == 0 or not tokens[cand.first].gap.strip().endswith("("):
        return False
    prev = tokens[cand.first - 1]
    return prev.capitalised and prev.sentence == tokens[cand.first].sentence


def settle_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest span wherever candidates overlap; earlier wins a tie."""
    return keep_apart(candidates, rank=lambda c: (c.start - c.end, c.start))
