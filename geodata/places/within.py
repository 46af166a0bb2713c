"""Within: places the gazetteer lacks, placed inside a place it has.

A village, a hospital, a market or a district that the gazetteer does not hold is still a
place the article names, and often the place where something happened: "the village of
Debiro", "Pan Par village", "Nasser Hospital", "the Al Hal market", "Kossi province". A name
is taken only when a place noun of ``place_nouns.csv`` says in so many words what it is
(never a bare unknown name: that would be a guess), and only where the article also names a
known place that holds it:

* the first fitting place after it in the same sentence, joined by a few words ("Ragheb Harb
  Hospital in the city of Nabatieh", "the village of Jourin in the northern part of Hama
  province", "Kasinga-Munzambayi locality about 5 kilometers from Beni");
* else the nearest fitting place before it in the article ("Records at Nasser Hospital" after
  "the southern Gaza city of Khan Younis"); a landmark looked for this far must stand where a
  place is expected ("at", "near", "hit"), so that "a study by Johns Hopkins University" is
  not drawn in the town of the paragraph before.

A landmark fits inside a town, a neighbourhood, a province or a state; a settlement also
inside a region ("northern Burkina Faso"); a unit only inside a province, a state or a region.
Its point is the holder's: a landmark in a town is ACLED's geo precision 1 (the town is
where ACLED would put it too), a settlement near a town 2, anything placed at a province or
a region 3. Its place id is ``within:<holder id>:<folded name>`` (see :func:`geodata.models.holder_id`); its
match is "within". Once introduced, a settlement's bare name is the same place for the
rest of the article ("Debiro is in Hawul...", "a fighter from Najjariyeh").
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import compress
from operator import itemgetter

from geodata import datafiles
from geodata.models import ADMIN2, WITHIN, Place, Sentence, km_between
from geodata.places.find import unit_kind_countries
from geodata.places.gazetteer import Gazetteer
from geodata.places.resolve import QUALIFIES_RE, SETTLEMENT_OF_RE, peoples_of
from geodata.places.types import TOKEN_INITIAL, Candidate, Match, Token, token_starts
from geodata.places.words import ARTICLES as _ARTICLES
from geodata.places.words import (FUNCTION_WORDS, MONTHS, NAME_PARTICLES, WEEKDAYS, actor_names, actor_pattern,
                                  demonym_words, place_words)
from geodata.text.datelines import is_dateline, town_and_country
from geodata.text.names import fold
from geodata.text.sentences import abbreviations
from geodata.text.phrases import (SMALL_COUNT, ascii_twin, lowered, plain_text, starts_word, trie_regex,
                                  with_first_chars)

# What each kind of unknown place may lie in.
_HOLDERS = {
    "landmark": frozenset({"landmark", "neighbourhood", "city", "governorate", "state"}),
    "neighbourhood": frozenset({"city", "governorate", "state"}),
    "city": frozenset({"city", "neighbourhood", "governorate", "state", "region"}),
    "governorate": frozenset({"governorate", "state", "region"}),
}
_TOWNS = frozenset({"landmark", "neighbourhood", "city"})
_TOWN_OR_UNIT = frozenset({"city", "governorate", "state"})
_APPOSED_COMMA_RE = re.compile(r"\s*,\s*")
_COUNTRY = frozenset({"country"})
# How far after a name its holder may stand in the sentence, and what may not lie between.
_AFTER_REACH = 120
_NOT_BETWEEN_RE = re.compile(r"[;:!?\"“”]|\.\s")
_CLOSING_QUOTES = frozenset('”"’')
_CONTAINED_RE = re.compile(r"\b(?:in|of|near|outside)\b")
# Another clause between a name and a place after it: "..., the ministry said, while Blinken was in Cairo".
_CLAUSE_RE = re.compile(r"\b(?:said|says|told|while|when|whereas|as|after|before|but|who|which|including|among)\b"
                        r"|,[^,]*,")
_WORD_RE = re.compile(r"[\w'’]+(?:[-‐][\w'’]+)*")
_WORD_END = itemgetter(1)  # a word's end, in the (start, end, word) of _find's words
_WORD_ASCII_RE = ascii_twin(_WORD_RE)  # the same words in text all ASCII, the letters read in a table
_MAX_NAME_WORDS = 4
# A capitalised word right before a name (not opening its sentence) makes the name part of a longer one.
# A capitalised word right before, not one that opens a sentence or a paragraph ("In Kofar, ...").
_NAME_BEFORE_RE = re.compile(r"(?<![.!?:]\s)(?<!\n)(?<!^)\b[A-Z][\w'’-]*\s$")
# The words between a settlement noun and the name after it: "the village of X", "a town called X".
_AFTER_LINKS = frozenset({"of", "called", "named", "known"})  # ("known" with "as": see _find)
# How many sentences on a place named later may still be the holder (a gloss that follows).
_LATER_SENTENCES = 3
# A landmark's own name read as a town's without the article naming it elsewhere: a town this big.
_OWN_NAME_POPULATION = 15_000
# Words that make an adjective of a people or a creed, not a name: "a Kurdish village".
_ADJECTIVE_ENDINGS = ("ian", "ians", "ese", "ish", "ite", "ites")
_INDEFINITE = frozenset({"a", "an", "another", "one", "every", "each", "some", "any", "no", "several", "many"})


@dataclass(frozen=True)
class _Noun:
    kind: str
    before: bool  # the name stands before the noun: "Pan Par village", "Nasser Hospital"
    after: bool  # after it: "the village of Debiro"
    title: bool  # counts only capitalised
    own: bool = False  # after a known town's name, lowercase, still a place of its own ("Nuseirat camp")
    prefix: bool = False  # opens the name it is part of ("Puerto Jordán", "Kafr Nabl")
    kind_word: bool = False  # a prefix that only says what the name is ("Barangay Tugas" is Tugas)
    lower: bool = False  # counts only in lower case ("Ngoketunjia division", not "the 82nd Airborne Division")


@cache
def place_nouns() -> dict[tuple[str, ...], _Noun]:
    """``place_nouns.csv``: {noun words: what they say}."""
    out = {}
    for row in datafiles.rows("place_nouns.csv"):
        form = row["form"].split()
        out[tuple(row["noun"].lower().split())] = _Noun(row["kind"], form[0] in ("before", "both"),
                                                        form[0] in ("after", "both"), "title" in form,
                                                        "own" in form, form[0] == "prefix", "kind" in form,
                                                        "lower" in form)
    return out


@cache
def _noun_heads() -> frozenset[str]:
    """The first words of the place nouns, lower-cased."""
    return frozenset(key[0] for key in place_nouns())


@cache
def _noun_re(plain: bool = False) -> re.Pattern[str]:
    """Any first word of a place noun, in lower-cased text (``plain``: all ASCII, see ascii_twin)."""
    if plain:
        return ascii_twin(_noun_re())
    return re.compile(r"\b" + trie_regex(_noun_heads()) + r"\b")


@cache
def _event_re(plain: bool = False) -> re.Pattern[str]:
    """Any word of the ``event`` rows of place_words.csv, in lower-cased text: a sentence that tells
    of violence. With ``plain``, the ASCII twin, for text all ASCII (see ascii_twin)."""
    if plain:
        return ascii_twin(_event_re())
    return re.compile(r"\b" + trie_regex(w.lower() for w in place_words().get("event", {})) + r"\b")


@cache
def prefix_words() -> frozenset[str]:
    """The nouns that open a place's name ("Puerto", "Kafr"), as written."""
    return frozenset(row["noun"] for row in datafiles.rows("place_nouns.csv") if row["form"].startswith("prefix"))


@dataclass(frozen=True)
class _Found:
    start: int
    end: int  # the mention's span: the name, and a landmark's or a unit's noun
    name_start: int
    name_end: int
    kind: str
    inside: tuple[Candidate, ...]  # known places the name holds ("Khan Younis" Training Centre)
    slot: bool  # stands where a place is expected
    reach: int = -1  # where to look for a holder after it, if not at its end: after an apposition
    replaces: tuple[Candidate, ...] = ()  # known names inside it that are not places here ("Jordán")
    # A known town's name with a settlement's noun ("Sanah area"): a place of its own only where the
    # text puts it in a province the town does not lie in.
    namesake: bool = False
    typed: bool = False  # named after a kind word that says what it is ("Barangay Tugas")
    bare: bool = False  # named with no noun, where a sentence of violence expects a place (_bare_names)


def within_candidates(text: str, sentences: tuple[Sentence, ...], tokens: list[Token], cands: list[Candidate],
                      gazetteer: Gazetteer, people: frozenset[str] = frozenset(),
                      focus: str | None = None, disowned: frozenset[str] = frozenset()) -> list[Candidate]:
    """The candidates, resolved, with the places the gazetteer lacks added where the text places them;
    a known name inside a capitalised landmark's name ("Khan Younis Training Centre") gives way to it.
    ``disowned``: folded names whose gazetteer namesakes the resolving step found too far to be meant
    (geodata.places.resolve.far_village_namesakes), read as villages the gazetteer lacks."""
    # (Only the initial words are read in Python: compress picks them.)
    title_case = {t.sentence for t in compress(tokens, map(TOKEN_INITIAL, tokens))
                  if t.index and tokens[t.index - 1].sentence == t.sentence}
    cands = sorted(cands, key=lambda c: c.start)
    starts = token_starts(tokens)
    cand_starts = [c.start for c in cands]
    taken = _Spans()  # the spans of the places added
    # A dateline is where the report was filed, and "told journalists in Jos" where words were said:
    # no place the gazetteer lacks lies in either for that.
    # Nor does a country named as whose the drones or troops are ("US drones killed four militants in Datta
    # Khel district").
    # (But "the Karsaz area of this port city" lies in the dateline's town, the city the report is filed from.)
    known = _Known([c for c in cands if c.how != "within" and not is_dateline(text, c.start, c.end)
                    and not _spoken_in(text, c.start) and not _qualifying_country(text, c)], focus,
                   dateline=next((c for c in cands if c.matches and c.matches[0].place.kind == "city"
                                  and is_dateline(text, c.start, c.end)), None), text=text)
    # A name measured from a town ("Sulaiman Bek, 100 miles north of Baghdad") is placed by the measure
    # first: the town it is measured from does not hold it.
    added, dropped = _measured_from(text, cands, starts, gazetteer, people)
    names: dict[str, Candidate] = {c.key: c for c in added}  # folded settlement name -> its first mention
    dateline = town_and_country(text)
    added += _dateline_town_lacked(text, dateline, cands, starts, focus)
    dateline_home = _dateline_home(dateline, cands)
    units: dict[str, tuple[str, Candidate]] = {}  # a unit's folded bare name -> the name and its first mention
    alike: dict[tuple[str, str, str], Candidate] = {}  # the places added, by each of their names' one-letter masks
    for c in added:
        taken.add(c.start, c.end)
        known.add(c)
    low_text = lowered(text)
    actors: _Spans | None = None  # the armed groups' names, read once when a place noun needs them
    home: str | None = None  # the article's country for a place it holds nowhere else ("": none), read once
    for s in sentences:
        if s.index in title_case:
            continue
        # Units first, so that a village can lie in the district named after it ("the village of
        # Namssiguian in Bam province").
        # Only the sentence's own names are read for overlaps: an article's cost stays its length.
        here = cands[bisect_left(cand_starts, s.start):bisect_left(cand_starts, s.end)]
        found = _find(text, low_text, s, here, gazetteer, people, focus, disowned) + _towns_of_another_unit(text, here)
        for f in sorted(found, key=lambda f: f.kind != "governorate"):
            if taken.overlaps(f.start, f.end):
                continue
            if actors is None:
                plain = plain_text(low_text)
                actors = _Spans(m.span() for m in actor_pattern(plain).finditer(low_text)
                                if starts_word(low_text, m.start()))
            if actors.overlaps(f.start, f.end):
                continue  # "the Islamic State in West Africa Province": an armed group, no province
            if f.kind in ("city", "neighbourhood") and fold(text[f.name_start:f.name_end]) in names:
                continue  # a village named again is the same village (read with its repeats below)
            if home is None:
                home = _home_country(text, cands, tokens, gazetteer, focus)
            holder = _dateline_holder(text, f, _holder(text, s, f, known, sentences, gazetteer, focus, home or None),
                                      dateline_home)
            if holder is not None and f.kind == "governorate":
                # "Mangu Local Government Area": the unit named after its town lies around that town.
                holder = _named_after_town(text[f.name_start:f.name_end], holder, gazetteer) or holder
            name = text[f.name_start:f.name_end]
            if holder is None or (f.kind != "landmark" and holder.how != "named after"
                                  and not (disowned and fold(name) in disowned)
                                  and _known_in(name, holder, gazetteer, typed=f.typed)):
                continue
            if f.namesake and not _first_level(holder):
                continue
            cand = _as_spelled_before(_candidate(text, f, holder, starts, focus), alike)
            added.append(cand)
            known.add(cand, holder)
            taken.add(cand.start, cand.end)
            dropped.update(id(c) for c in f.inside + f.replaces)
            if f.kind in ("city", "neighbourhood"):
                names.setdefault(fold(text[f.name_start:f.name_end]), cand)
            elif f.kind == "governorate" and holder.how != "named after":
                # ("Boma County", a unit the gazetteer lacks, then "Boma's deputy army commander": the county again,
                # not Boma, Congo)
                units.setdefault(fold(name), (name, cand))
    # (A later use of a village's name is read only where this step added a village: most articles add none.)
    namesakes = {**{key: cand for key, (_, cand) in units.items()}, **names} if units else names
    kept = [c for c in cands if id(c) not in dropped and not (namesakes and _abroad_namesake(c, namesakes))]
    added += _repeats(text, names, kept + added, tokens, {bare: cand for bare, cand in units.values()})
    return sorted(kept + added, key=lambda c: c.start)


def _dateline_holder(text: str, f: _Found, holder: Candidate | None,
                     dateline_home: tuple[str, Candidate] | None) -> Candidate | None:
    """``holder``, or the country the dateline names for its town where ``f`` is that town named again and
    ``holder`` lies in another ("BUGENDANA, Burundi —", then "died in Bugendana ... neighboring Rwanda's")."""
    if dateline_home is None or f.kind != "city" or holder is None \
            or holder.matches[0].place.country == dateline_home[1].matches[0].place.country \
            or fold(text[f.name_start:f.name_end]) != dateline_home[0]:
        return holder
    return dateline_home[1]


def _dateline_home(m: re.Match[str] | None, cands: list[Candidate]) -> tuple[str, Candidate] | None:
    """The folded name of the dateline's town and the country the dateline names for it (``m``:
    :func:`town_and_country`), where it names one."""
    country = _dateline_country(m, cands) if m is not None else None
    return (fold(m.group("town")), country) if country is not None else None


def _dateline_country(m: re.Match[str], cands: list[Candidate]) -> Candidate | None:
    """The country a dateline names for its town (``m``: :func:`town_and_country`), where the gazetteer has it."""
    return next((c for c in cands if c.start == m.start("country") and c.end == m.end("country")
                 and c.matches and c.matches[0].place.kind == "country"), None)


def _dateline_town_lacked(text: str, m: re.Match[str] | None, cands: list[Candidate], starts: list[int],
                          focus: str | None) -> list[Candidate]:
    """The dateline's town, where the gazetteer lacks it, the dateline names its country and the report does not name
    it again: "EL SALADO, Colombia —" is a village of Colombia, placed at the country (coarse). Where the report was
    filed, as any dateline: an event's place only where the report says "here" or "this village". ``m``: the
    dateline (:func:`town_and_country`)."""
    if m is None or any(c.start < m.end("town") and m.start("town") < c.end for c in cands) \
            or re.compile(rf"\b{re.escape(m.group('town'))}\b", re.IGNORECASE).search(text, m.end()):
        return []  # (a name the report names again is read where it does, with what holds it there)
    country = _dateline_country(m, cands)
    if country is None:
        return []
    found = _Found(m.start("town"), m.end("town"), m.start("town"), m.end("town"), "city", (), True)
    return [_candidate(text, found, country, starts, focus)]


def _find(text: str, low_text: str, s: Sentence, cands: list[Candidate], gazetteer: Gazetteer,
          people: frozenset[str], focus: str | None = None, disowned: frozenset[str] = frozenset()) -> list[_Found]:
    # A cheap look first: most sentences hold no place noun and tell of no violence.
    # Then the patterns' twins find the same, quicker (see ascii_twin).
    plain = plain_text(text)
    first_noun = _noun_re(plain).search(low_text, s.start, s.end)
    has_noun = first_noun is not None
    violent = _event_re(plain).search(low_text, s.start, s.end) is not None
    # (without a place noun only _bare_names may find a name, and it needs a slot: else no word is read)
    if not (has_noun or violent and _BARE_SLOT_RE.search(text[s.start:s.end]) is not None):
        return []
    word_re = _WORD_ASCII_RE if plain else _WORD_RE
    words = [(m.start(), m.end(), m.group()) for m in word_re.finditer(text, s.start, s.end)]
    countries: list[Counter] = []  # the sentence's places by country, counted if a noun asks (see _counted)
    low = [w[2].lower() for w in words]
    nouns = place_nouns()
    heads = _noun_heads()
    out = []
    # Every head word stands where the pattern finds a place noun's first word: none before the first
    # it found, so the loop starts at the word that holds it (the first that ends after its start).
    i = bisect_right(words, first_noun.start(), key=_WORD_END) if has_noun else 0
    while has_noun and i < len(words):
        if low[i] not in heads:
            i += 1
            continue
        for n in (3, 2, 1):
            key = tuple(low[i:i + n])
            noun = nouns.get(key) if len(key) == n else None
            if noun is None or not _joined(text, words, i, i + n - 1):
                continue
            capital = words[i][2][0].isupper()
            link = _link_word(words, low, i + n)
            if _noun_refused(noun, capital, link):
                break
            if noun.prefix:
                found = _prefixed(text, s, words, i, noun, cands, gazetteer, people) if capital else None
                if found is not None:
                    out.append(found)
                    i = _word_at(words, found.end) - 1
                break
            found = None
            # "the mixed Shiite-Sunni neighborhood of Shurta": a lowercase noun with "of" and a name
            # after it names that place; the words before it only describe it. Not "Pan Par village of
            # Tamu Township", whose "of" names what holds the village.
            # Nor "Billashe district of Birnin Magaji", whose unit is named before its noun.
            named_after = (not capital and noun.after and link == "of" and i + n + 1 < len(words)
                           and words[i + n + 1][2][:1].isupper() and not _holder_after(low, i + n + 1)
                           and not (noun.kind == "governorate" and i > 0 and words[i - 1][2][:1].isupper()
                                    and _joined(text, words, i - 1, i))
                           and not _town_named_before(text, words, low, i, noun, gazetteer, cands)
                           and not _name_then_known(text, words, low, i, i + n + 1, cands))
            # "the Media Centre for National Security", "the Center for Strategic Studies": a capitalised
            # landmark noun with "for" and a name after it is an organisation's name.
            # ("the Kabul Bar Association": the head of an organisation's name after the noun)
            organisation = (capital and noun.kind == "landmark" and link == "for" and i + n + 1 < len(words)
                            and words[i + n + 1][2][:1].isupper()) \
                or (link[:1].isupper() and link.lower() in place_words().get("org_head", {})
                    and _joined(text, words, i + n - 1, i + n))
            if noun.before and not named_after and not organisation:
                found = _before_noun(text, s, words, low, i, n, noun, capital, cands, gazetteer, people,
                                     focus, countries)
            # "the Homs district of Khaldiyeh", "the Kabul district of Shah Shaheed": a town's district,
            # named after "of", is a quarter of that town.
            if (found is None and not capital and key == ("district",) and link == "of" and i > 0
                    and i + n + 1 < len(words) and words[i + n + 1][2][:1].isupper()
                    and any(c.end == words[i - 1][1] and c.matches and c.matches[0].place.kind == "city"
                            for c in cands)):
                out.extend(_names_after(text, words, i + n + 1, nouns[("neighbourhood",)], cands, gazetteer, people,
                                        many=False))
                i += n - 1
                break
            if found is None and noun.after and link in _AFTER_LINKS and (
                    _joined(text, words, i + n - 1, i + n) or _bracketed(text, words, i + n - 1)):
                # "the village of Debiro", "a village called Cabcaban"; "the villages of X, Y and Z"; "a location
                # known as Miriga"
                first = i + n + (2 if link == "known" else 1)
                found = _names_after(text, words, first, noun, cands, gazetteer, people,
                                     many=key[-1].endswith("s") and (key[:-1] + (key[-1][:-1],)) in nouns)
                if len(found) > 1:  # the place that holds a list is named after its last item
                    found = [replace(f, reach=found[-1].end) for f in found]
                # (no names after "of": it names their holder, and the list stands before the noun: "Thit Kyar Pin
                # and Moe Hnin Taw villages of Sagaing region")
                found = found or _names_before_plural(text, words, low, i, key, cands, gazetteer, people, s)
                out.extend(found)
                found = found[0] if found else None
            elif found is not None:
                # (the last of a list before a plural noun: "Thin Taw, Zaw Chaung, and Ma Gyi Kone villages")
                listed = _names_before_plural(text, words, low, i, key, cands, gazetteer, people, s)
                out.extend(_covering(found, listed))
            else:  # "two villages in eastern Chad, Tiero and Marena": as many names as the count, after a comma
                # (or two names before a plural noun: "between Talubin and Samoki villages")
                out.extend(_listed_after(text, words, low, i, n, noun, cands, gazetteer, people)
                           or _names_before_plural(text, words, low, i, key, cands, gazetteer, people, s))
            i += n - 1
            break
        i += 1
    for more in (_appositions(text, s, cands, gazetteer, people) if has_noun else [],
                 _bare_names(text, words, low, cands, gazetteer, people, disowned) if violent else []):
        taken = [(f.start, f.end) for f in out]
        out += [f for f in more if not any(a < f.end and f.start < b for a, b in taken)]
    return sorted(out, key=lambda f: f.start)


def _noun_refused(noun: _Noun, capital: bool, link: str) -> bool:
    """Whether a place noun, capitalised or not (``capital``), with the word ``link`` after it, says nothing: a
    "title" noun in lower case, a "lower" one capitalised, or a site's before a unit's word ("Yei River state's
    Kaya": a unit named after a river)."""
    return (noun.title and not capital) or (noun.lower and capital) or (
        noun.kind == "landmark" and noun.title
        and link.lower().removesuffix("'s").removesuffix("’s") in unit_kind_countries())


def _link_word(words: list, low: list[str], at: int) -> str:
    """The word at ``at`` that may link a place noun to the name after it ("of", "called"; "known" only in
    "known as", not "known for"), or ""."""
    if at >= len(words) or (low[at] == "known" and (at + 1 >= len(low) or low[at + 1] != "as")):
        return ""
    return words[at][2]


@cache
def _counts() -> dict[str, int]:
    """The number words of ``figure_words.csv`` ("two": 2), and the digits, up to twelve."""
    words = {r["word"]: int(r["value"]) for r in datafiles.rows("figure_words.csv") if r["value"].isdigit()}
    return {w: n for w, n in words.items() if 2 <= n <= _MAX_LISTED} | {str(n): n for n in range(2, _MAX_LISTED + 1)}


_MAX_LISTED = 12
_LISTED_GAP = 8  # how many words may tell where the counted places lie before the comma that lists them
# (a dash too: "two communities – Mtswenem and Akondotyough Bawa in Makurdi LGA were attacked")
_LIST_OPENERS = (", ", ": ", " – ", " — ", " - ", "—", "–")
_IN_CAPITAL_RE = re.compile(r" in (?:the )?[A-Z]")  # the unit a list's last name lies in, right after it


def _listed_after(text: str, words: list, low: list[str], i: int, n: int, noun: _Noun, cands: list[Candidate],
                  gazetteer: Gazetteer, people: frozenset[str]) -> list[_Found]:
    """The names a counted plural place noun (words ``i:i+n``) lists after a comma, where there are as many as it
    counts and the list ends its clause: "attacks on two villages in eastern Chad, Tiero and Marena." The words
    between may say where they lie ("in eastern Chad"), no more. A colon may open the list too: "clashes occurred in
    three villages: Daw Ngan Khar, Daw Tama Nge and Ngwe Taung"."""
    count = _counts().get(low[i - 1]) if noun.after and i > 0 else None
    if count is None:
        return []
    k = at = i + n
    while k < len(words) and k - at <= _LISTED_GAP and text[words[k - 1][1]:words[k][0]] not in _LIST_OPENERS:
        if k == at and low[k] not in ("in", "of", "near", "across"):
            return []
        k += 1
    if k >= len(words) or k - at > _LISTED_GAP \
            or (k > at and text[words[k - 1][1]:words[k][0]] not in _LIST_OPENERS):
        return []
    found = _names_after(text, words, k, noun, cands, gazetteer, people, many=True)
    # (the list ends its clause, or the unit that holds it follows: "... and Akondotyough Bawa in Makurdi LGA")
    if len(found) != count or (text[found[-1].end:found[-1].end + 1] not in (".", ";", "", "\n", ",")
                               and _IN_CAPITAL_RE.match(text, found[-1].end) is None):
        return []
    return [replace(f, reach=found[-1].end) for f in found]


def _names_before_plural(text: str, words: list, low: list[str], i: int, key: tuple[str, ...],
                         cands: list[Candidate], gazetteer: Gazetteer, people: frozenset[str],
                         s: Sentence) -> list[_Found]:
    """The names the gazetteer lacks listed before a plural noun of ``_LISTED_KINDS`` at word ``i``, each of one to
    three words ("between Talubin and Samoki villages", "across Kanbalu township's Thin Taw, Zaw Chaung, and Ma Gyi
    Kone villages", "Dagestan's Sergokalinsky and Karabudakhkentsky districts"); none for another noun."""
    kind = _LISTED_KINDS.get(key[0]) if len(key) == 1 else None
    # (the noun as written lower-case: "the Collective Against Impunity and Stigmatization of Communities" is a body)
    if i < 3 or kind is None or not _joined(text, words, i - 1, i) or not words[i][2].islower():
        return []
    items: list[tuple[int, int]] = []  # (first word, last word), from the last item back
    end, listed = i - 1, False
    while end >= 0 and len(items) < _LIST_MOST:
        first = end
        while first > 0 and end - first < _NAME_MOST_WORDS - 1 and _is_name_word(words[first - 1][2]) \
                and _joined(text, words, first - 1, first) and low[first - 1] not in FUNCTION_WORDS:
            first -= 1
        if not _is_name_word(words[first][2]) or low[first] in FUNCTION_WORDS:
            break
        items.append((first, end))
        gap = text[words[first - 1][1]:words[first][0]] if first > 0 else ""
        if first >= 2 and low[first - 1] == "and" and _joined(text, words, first - 1, first):
            listed, end = True, first - 2  # "... and Ma Gyi Kone", after "Zaw Chaung," or "Zaw Chaung"
            if text[words[end][1]:words[first - 1][0]].strip() not in ("", ","):
                break
        elif first >= 1 and gap.strip() == ",":
            end = first - 1  # "Thin Taw, Zaw Chaung, and ...": an item before a comma
        else:
            break
    if not listed or len(items) < 2 or (key[0] in _PEOPLES_TOO and low[items[-1][0] - 1] in ("the", "between")):
        # ("clashes between the Banunu and Batende communities": peoples, where the noun may name either)
        return []
    out = []
    for first, last in reversed(items):
        a, b = words[first][0], words[last][1]
        name = text[a:b]
        if not (_unknown_name(name, gazetteer, people) and not gazetteer.has_key(fold(name))
                and not any(c.start < b and a < c.end for c in cands)):
            return []
        out.append(_Found(a, b, a, b, kind, (), _in_slot(text, s, a)))
    return out


def _covering(found: _Found, listed: list[_Found]) -> list[_Found]:
    """``listed`` where one of its names holds ``found`` (the list's last name, found alone), else ``found``."""
    return listed if any(f.start <= found.start < f.end for f in listed) else [found]


_LIST_MOST = 6  # the most names a list before a plural settlement noun is read for
_NAME_MOST_WORDS = 3  # the most words of one name in such a list


# The plural nouns a list of names before them is read for, and what each name is: "Thin Taw and Zaw Chaung
# villages", "Dagestan's Sergokalinsky and Karabudakhkentsky districts".
_PEOPLES_TOO = frozenset({"communities"})  # plural nouns of settlements that name peoples too, after "the"
_LISTED_KINDS = {"villages": "city", "towns": "city", "hamlets": "city", "settlements": "city",
                 "communities": "city", "districts": "governorate", "townships": "governorate"}


def _goods_before(text: str, words: list, low: list[str], at: int, noun: _Noun, capital: bool) -> bool:
    """Whether a lowercase landmark noun at ``at`` follows a word for what the site trades in or serves
    (``goods`` in place_words.csv), itself after a capitalised word: "Ghazil pet market"."""
    return (not capital and noun.kind == "landmark" and at > 1 and low[at - 1] in place_words().get("goods", {})
            and _joined(text, words, at - 2, at) and _is_name_word(words[at - 2][2]))


def _towns_of_another_unit(text: str, cands: list[Candidate]) -> list[_Found]:
    """Small towns the text puts in a province they do not lie in: "El Carmen, in Norte de Santander
    state" (GeoNames' only El Carmen of Colombia at that spelling is El Carmen de Bolívar). Each is a
    namesake the gazetteer lacks, placed in that province if it has no town of the name (the loop of
    ``within_candidates`` checks that)."""
    out = []
    for c, unit in zip(cands, cands[1:]):
        town, held = c.matches[0].place if c.matches else None, unit.matches[0].place if unit.matches else None
        if town is None or held is None or c.how == "within" or town.kind != "city" \
                or town.population >= _NAMESAKE_POPULATION or not town.admin1 or not _first_level(unit) \
                or town.country != held.country or town.admin1 == held.name \
                or not _IN_UNIT_RE.fullmatch(text, c.end, unit.start):
            continue
        out.append(_Found(c.start, c.end, c.start, c.end, "city", (), True, replaces=(c,), namesake=True))
    return out


# "El Carmen, in Norte de Santander state", "Pikit in the southern province of North Cotabato"
_IN_UNIT_RE = re.compile(r",?\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                         r"(?:(?:province|state|region|department)\s+of\s+)?")
# A town this large, put in another province, is more likely the text's slip or an old border.
_NAMESAKE_POPULATION = 100_000


def _prefixed(text: str, s: Sentence, words: list, at: int, noun: _Noun, cands: list[Candidate],
              gazetteer: Gazetteer, people: frozenset[str]) -> _Found | None:
    """"Puerto Jordán", "Kafr Nabl": a name the prefix opens, unknown whole; the known names inside
    it ("Jordán", a spelling of Jordan) are not named."""
    last = at
    while last + 1 < len(words) and last - at < _MAX_NAME_WORDS - 1 and _joined(text, words, last, last + 1) \
            and (_is_name_word(words[last + 1][2]) or (words[last + 1][2].lower() in NAME_PARTICLES
                                                       and last + 2 < len(words)
                                                       and _is_name_word(words[last + 2][2]))):
        last += 1
    if last == at or not _is_name_word(words[last][2]):
        return None
    start, end = words[at][0], words[last][1]
    # "Barangay Tugas", "Kibbutz Nir Oz": the name is the words after the kind word.
    name_start = words[at + 1][0] if noun.kind_word else start
    if at > 0 and _is_name_word(words[at - 1][2]) and _joined(text, words, at - 1, at):
        return None  # "Aung San Suu Kyi": inside a person's name
    if noun.kind != "landmark" and not _in_slot(text, s, start):
        # "spokesperson Tal Heinrich": a place name stands where a place is expected (a lake's anywhere: "the desert
        # surrounding Lake Tharthar")
        return None
    nxt = words[last + 1][2].lower() if last + 1 < len(words) else ""
    if (nxt,) in place_nouns() and place_nouns()[(nxt,)].before and _joined(text, words, last, last + 1):
        return None  # "the Bir Hamsa market": the noun after it reads the whole
    if any(c.start <= start and end <= c.end or (c.start < start < c.end) or (c.start < end < c.end)
           for c in cands):
        return None  # known whole ("San Francisco", "Deir ez-Zor"), or part of a longer known name
    if not _unknown_name(text[name_start:end], gazetteer, people):
        return None
    inside = tuple(c for c in cands if start <= c.start and c.end <= end)
    return _Found(start, end, name_start, end, noun.kind, (), _in_slot(text, s, start), replaces=inside,
                  typed=noun.kind_word)


# A bare unknown name counts as a place only if it is followed by one of these, or by punctuation:
# "killed in Koundjili and Lemouna.", "at Arhama in district Shopian", "attacked Bohong on Tuesday".
_CALENDAR_WORDS = WEEKDAYS | MONTHS
_BARE_AFTER = frozenset("""
and or on in at near last yesterday overnight early late this after before when where while during since
with from to as which killing wounding leaving about some around nearly roughly by amid following
killed wounded left
""".split()) | WEEKDAYS
_BARE_LOCATIVE = frozenset({"in", "at", "near", "outside"})
_BARE_ENDINGS = _ADJECTIVE_ENDINGS + ("ist", "ists", "ism")


# What every unknown name _bare_names finds stands after: "in", "at", "near" or "outside" (in any case), one space
# or line break, then a capital (here any letter but a small ASCII one) or "al-", "el-". Most sentences of
# violence without a place noun have none, and their words need not be read.
_BARE_SLOT_RE = re.compile(r"(?i:\b(?:in|at|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of"
                           r"|(?:strikes?|airstrikes?|raids?|bombardment|shelling|attacks?|assault|offensive)"
                           r"[\"”’]?\s+on))"
                           r"[ \n](?:[^\W\d_a-z]|al-|el-)"
                           # (an attack's verb, a name and its country after a comma: "seized Mahas, Somalia")
                           r"|\b(?:attacked|seized|captured|stormed|raided|overran|shelled|bombed|struck|hit|took|retook|"
                           r"recaptured)\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2},\s[A-Z]")
# So does a strike's noun before "on": "an Israeli strike on Barja" (not an attack's or an assault's, which are made
# on people as often: "the attack on Hassan Kassim").
_STRUCK_ON = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombardment", "shelling"})
# An attack's noun before "on", a slot like the verbs below, where a unit or a country is written after the name.
_ATTACK_ON = frozenset({"attack", "attacks", "assault", "offensive"})
# Verbs of an attack on a place: a slot only where the name has its country written after it ("seized Mahas,
# Somalia"), or, one word, "in" a unit ("attacked Kwanari in Zamfara State"): people and firms are "attacked" too.
_SEIZED = frozenset({"attacked", "seized", "captured", "stormed", "raided", "overran", "shelled", "bombed", "struck",
                     "hit", "took", "retook", "recaptured", "pounded"})


def _placed_after_name(text: str, words: list, at: int, cands: list[Candidate]) -> bool:
    """Whether the capitalised words from ``at`` are followed by a comma and a country the gazetteer knows, or by
    "in" and a unit it knows ("attacked Kwanari in Zamfara State", "an attack on Paliau in Jonglei state")."""
    last = at
    while last + 1 < len(words) and _joined(text, words, last, last + 1) and _is_name_word(words[last + 1][2]):
        last += 1
    end = words[last][1]
    if text.startswith(", ", end):
        return any(c.start == end + 2 and c.matches and c.matches[0].place.kind == "country" for c in cands)
    # (a one-word name only: "attacked Emmanuel Okafor in Anambra State", "an attack on Senator Dino Melaye in Kogi
    # State" name people)
    link = _UNIT_LINK_RE.match(text, end) if last == at else None
    return link is not None and _unit_at(cands, link.end())


def _unit_at(cands: list[Candidate], at: int) -> bool:
    """Whether a unit the gazetteer knows is named from offset ``at``."""
    return any(c.start == at and c.matches and c.matches[0].place.kind in ("governorate", "state") for c in cands)


_UNIT_LINK_RE = re.compile(r" (?:in|of) ")


# A direction before "of" makes it a slot too: "a unit was attacked ... northeast of Tabatol".
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "north-east", "north-west", "south-east", "south-west"})


def _bare_names(text: str, words: list, low: list[str], cands: list[Candidate], gazetteer: Gazetteer,
                people: frozenset[str], disowned: frozenset[str] = frozenset()) -> list[_Found]:
    """Unknown names where a sentence of violence expects a place, and nothing after them makes
    them an adjective: "Thirty-one people were killed in Koundjili and Lemouna", "fired upon a police
    party at Arhama in district Shopian". Their holder is found as a village's is. (``low``: the
    words lower-cased.)"""
    out: list[_Found] = []
    # After "in", "at", "near", "outside" only: people and firms are "attacked" and "hit" too.
    for k in range(len(words) - 1):
        # Only a slot word right before a capitalised word: the rest of the sentence is not read. (The
        # slot word first: a look in a set, where most words stop.)
        if low[k] in _SEIZED and words[k + 1][2][:1].isupper() and _joined(text, words, k, k + 1) \
                and not (out and words[k][0] < out[-1].end) \
                and (listed := _struck_list(text, words, k + 1, cands, gazetteer, people, disowned)):
            out.extend(listed)
            continue
        if low[k] not in _BARE_LOCATIVE and not (k > 0 and ((low[k] == "of" and low[k - 1] in _COMPASS)
                                                            or (low[k] == "on" and low[k - 1] in _STRUCK_ON))) \
                and not ((low[k] in _SEIZED or (k > 0 and low[k] == "on" and low[k - 1] in _ATTACK_ON))
                         and _placed_after_name(text, words, k + 1, cands)):
            continue
        nxt = words[k + 1][2]
        if not nxt[:1].isupper() and nxt[:3] not in ("al-", "el-"):
            continue
        if _joined(text, words, k, k + 1) and not (out and words[k][0] < out[-1].end):
            found = _bare_run(text, words, k + 1, cands, gazetteer, people, disowned)
            if found and low[k] == "of":
                # ("northeast of Tabatol": the way from it is part of what the text says, as for a known town)
                found[0] = replace(found[0], start=words[k - 1][0])
            out.extend(found)
    return out


def _with_compass(text: str, words: list, first: int, noun: _Noun) -> int:
    """The first word of a unit's name, taking in the compass word before it that the press writes in lower case:
    "in west Wollega zone" is West Wollega's."""
    if noun.kind == "governorate" and first > 0 and words[first - 1][2] in _UNIT_COMPASS \
            and _joined(text, words, first - 1, first):
        return first - 1
    return first


# The compass words a unit's name may open on, written in lower case by the press ("west Wollega zone").
_UNIT_COMPASS = _COMPASS | {"central"}
_SPEAKS_AFTER_RE = re.compile(r",?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|stated|confirmed)\b")
_NAME_NUMBER_RE = re.compile(r"[1-9]\d?")
_NUMBER_ENDS = frozenset(",.;:)")
_NUMBER_THEN_RE = re.compile(r" (?:on|overnight|last|early|late)\b")  # "died in Kologa 3 on Friday": a day's words


def _struck_list(text: str, words: list, at: int, cands: list[Candidate], gazetteer: Gazetteer,
                 people: frozenset[str], disowned: frozenset[str]) -> list[_Found]:
    """The unknown names of a list of places an attack's verb struck, where the list holds a place the gazetteer
    knows and ends "in" a known place: "artillery shells struck Aita al-Shaab, Ramyah, and Qouzah in the Nabatiyeh
    region" (Ramyah and Qouzah are villages; their holder is found as a village's is). Empty if the words from
    ``at`` are no such list."""
    by_start = {c.start: c for c in cands}
    unknown: list[_Found] = []
    known = False
    while at < len(words):
        last = at
        while last + 1 < len(words) and last - at < _MAX_NAME_WORDS - 1 and _joined(text, words, last, last + 1) \
                and _is_name_word(words[last + 1][2]):
            last += 1
        start, end = words[at][0], words[last][1]
        cand = by_start.get(start)
        if cand is not None:
            known = True
            end = cand.end
            while last + 1 < len(words) and words[last + 1][0] < end:
                last += 1
        elif not _is_name_word(words[at][2]) or (gazetteer.has_key(fold(text[start:end]))
                                                 and fold(text[start:end]) not in disowned) \
                or not _unknown_name(text[start:end], gazetteer, people) or last - at >= 2:
            return []  # (nor three words or more: a person's name and title, "Sheikh Ahmed Hassoun")
        else:
            unknown.append(_Found(start, end, start, end, "city", (), True, bare=True))
        sep = _LIST_SEP_RE.match(text, end)
        if sep is None:
            break
        at = last + 1
        while at < len(words) and words[at][0] < sep.end():
            at += 1
    # (the list ends "in" a place the gazetteer knows: "in the Nabatiyeh region", "in the Tyre and Sidon provinces")
    link = _IN_AFTER_LIST_RE.match(text, end)
    if not (known and unknown and link is not None and link.end() in by_start):
        return []
    # (each lies in the place after the list, whatever list item stands after it)
    return [replace(f, reach=end) for f in unknown]


# Between the items of a list of places, and after it, before the place that holds them.
_LIST_SEP_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_IN_AFTER_LIST_RE = re.compile(r"\s+in\s+(?:the\s+)?")


def _vessel(text: str, name: str) -> bool:
    """Whether the text names ``name`` as a ship's anywhere ("the ship M/V True Confidence", "the tanker Sounion"):
    a strike on it is at sea, not on a village."""
    return re.search(rf"\b(?:ship|vessel|tanker|freighter|carrier|bulker|M/V|MV|MT)\s+(?:the\s+)?{re.escape(name)}\b",
                     text) is not None


def _bare_run(text: str, words: list, at: int, cands: list[Candidate], gazetteer: Gazetteer,
              people: frozenset[str], disowned: frozenset[str] = frozenset()) -> list[_Found]:
    """The unknown names listed from word ``at``: "Koundjili and Lemouna" (a ``disowned`` name counts as
    unknown: its namesakes were found too far to be meant)."""
    out = []
    by_comma = False  # the name was reached by a comma, not by "and"
    while at < len(words):
        last = at
        # ("the first attack at Boulkessi Sunday": a day of the week ends a name)
        while last + 1 < len(words) and last - at < _MAX_NAME_WORDS - 1 and _joined(text, words, last, last + 1) \
                and _is_name_word(words[last + 1][2]) and words[last + 1][2].lower() not in WEEKDAYS:
            last += 1
        if not _is_name_word(words[at][2]) or not _is_name_word(words[last][2]):
            break
        # ("Another 17 died in Gangafani 2.": a village told apart from its namesake by a number, as the Sahel's are)
        if last + 1 < len(words) and _joined(text, words, last, last + 1) and _NAME_NUMBER_RE.fullmatch(
                words[last + 1][2]) and (text[words[last + 1][1]:words[last + 1][1] + 1] in _NUMBER_ENDS
                                         or _NUMBER_THEN_RE.match(text, words[last + 1][1])) \
                and words[last][2].lower() not in MONTHS:
            last += 1
        start, end = words[at][0], words[last][1]
        after = text[end:end + 1]
        nxt = words[last + 1][2].lower() if last + 1 < len(words) else ""
        # ("at Merawi St. Mary Church": a stop that ends an abbreviation ends no name)
        bounded = last + 1 >= len(words) or (after in ",.;:)–—" and not (
            after == "." and text[words[last][0]:end + 1] in abbreviations())) or (
            after == " " and nxt in _BARE_AFTER and _joined(text, words, last, last + 1)) or (
            # ("an attack on Paliau of Jonglei region": the unit that holds it)
            nxt == "of" and _unit_at(cands, words[last + 1][1] + 1))
        name = text[start:end]
        # (a known name first: the candidates are scanned only for a name the gazetteer lacks)
        if not bounded or (gazetteer.has_key(fold(name)) and fold(name) not in disowned) \
                or any(c.start < end and start < c.end for c in cands) \
                or not _unknown_name(name, gazetteer, people) or name.casefold().endswith(_BARE_ENDINGS) \
                or _vessel(text, name) or (by_comma and _SPEAKS_AFTER_RE.match(text, end) is not None):
            # (nor the speaker a comma sets after a place: "in Eastern Province, Robert Kipkemoi Kitur, said"; but
            # "in Koundjili and Lemouna, said a resident" ends a list of two villages)
            break
        out.append(_Found(start, end, start, end, "city", (), True, bare=True))
        if nxt == "and" and last + 2 < len(words):
            at, by_comma = last + 2, False
            continue
        if after == "," and last + 1 < len(words) and _is_name_word(words[last + 1][2]):
            at, by_comma = last + 1, True
            continue
        break
    return out


def _appositions(text: str, s: Sentence, cands: list[Candidate], gazetteer: Gazetteer,
                 people: frozenset[str]) -> list[_Found]:
    """Names a following apposition calls settlements: "Kafr Hamra, a suburb in northwest Aleppo",
    "Najjariyeh and Addousiyeh, two adjacent villages", "Al Sireha, his village"."""
    out = []
    for m in _apposition_re().finditer(text, s.start, s.end):
        noun = m.group(1).lower()
        plural = noun.endswith("s") and (noun[:-1],) in place_nouns()
        kind = place_nouns()[(noun[:-1],) if plural else (noun,)].kind
        end = m.start()
        while end > s.start and text[end - 1] in "\"”’'":  # "targeted Najjariyeh and Addousiyeh”, two..."
            end -= 1
        for _ in range(2 if plural else 1):
            word_re = _WORD_ASCII_RE if plain_text(text) else _WORD_RE
            words = [(w.start(), w.end(), w.group()) for w in word_re.finditer(text, max(s.start, end - 60), end)]
            words = [w for w in words if w[1] <= end]
            k = len(words)
            while k > 0 and len(words) - k < _MAX_NAME_WORDS and _is_name_word(words[k - 1][2]) \
                    and (k == len(words) or _joined(text, words, k - 1, k)):
                k -= 1
            if k == len(words) or words[-1][1] != end:
                break
            start = words[k][0]
            while k < len(words) and words[k][2].lower() in FUNCTION_WORDS:
                k += 1
            if k == len(words):
                break
            start = words[k][0]
            if start == s.start and words[k][2].lower() in gazetteer.common_words:
                break
            if not any(c.start < end and start < c.end for c in cands) \
                    and _unknown_name(text[start:end], gazetteer, people):
                out.append(_Found(start, end, start, end, kind, (), True, m.end()))
            before = text[max(s.start, start - 5):start]
            if not before.endswith(" and "):
                break
            end = start - 5
    return out


@cache
def _apposition_re() -> re.Pattern[str]:
    nouns = sorted({n[0] for n, v in place_nouns().items() if len(n) == 1 and v.kind in ("city", "neighbourhood")
                    and not (n[0].endswith("s") and (n[0][:-1],) in place_nouns())})
    alternatives = "|".join(re.escape(n) + "s?" for n in nouns)
    # (not a person the noun only qualifies: "Abdul Razzaq Zaidi, a neighborhood representative": the title and
    # speaker rows of place_words.csv, and a resident)
    people = sorted({w for use in ("title", "speaker") for w in place_words().get(use, {})} | {"resident", "residents"},
                    key=len, reverse=True)
    # (a people's or a creed's words may describe it: "Maaysra, a Shiite Muslim majority village")
    # (the words before the noun describe it; "a resident of Chenna village" is a person, of a village named after)
    return re.compile(r",\s+(?:a|an|the|his|her|their|its|two|three|four|both)\s+"
                      r"(?:(?!(?:of|in|at|from|near|on|to)\b)[a-z][\w-]*\s+){0,2}?"
                      r"(?:[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?)?"
                      rf"({alternatives})\b(?!\s+(?:{'|'.join(map(re.escape, people))})\b)"
                      # (nor a clause's subject after a speaker's name: "according to the head of delegation in Kabul,
                      # Peter Stocker, the town is preparing itself")
                      r"(?!\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|must|remains|remained)\b)")


def _joined(text: str, words: list[tuple[int, int, str]], a: int, b: int) -> bool:
    """Words a..b stand one space apart (no punctuation between them)."""
    if b == a + 1:  # the usual question, of two words: answered without a generator
        return b >= len(words) or text[words[a][1]:words[b][0]] in (" ", "\n")
    return all(text[words[k][1]:words[k + 1][0]] in (" ", "\n") for k in range(a, b) if k + 1 < len(words))


def _abbreviated(text: str, words: list[tuple[int, int, str]], a: int) -> bool:
    """Word a is an abbreviation that goes on into word a+1: "St. Mary Church", "Mt. Sinjar"."""
    return a + 1 < len(words) and text[words[a][1]:words[a + 1][0]] == ". " \
        and text[words[a][0]:words[a][1] + 1] in abbreviations()


def _bracketed(text: str, words: list[tuple[int, int, str]], a: int) -> bool:
    """Word a+1 opens a bracket an editor added right after word a: "attacked the village (of
    Gouari)"."""
    return a + 1 < len(words) and text[words[a][1]:words[a + 1][0]] in (" (", " [")


_HYPHEN_RE = re.compile(r"[-‐]")


@cache
def _common_words() -> frozenset[str]:
    """``common_words.txt``: the English words, lower-cased."""
    return frozenset(datafiles.path("common_words.txt").read_text(encoding="utf-8").split())


def _is_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name: not an acronym ("UNRWA"), a possessive ("MSF's")
    or an adjective made with a hyphen ("Italian-run", "Hamas-held")."""
    # (Most words hold no hyphen: no split.)
    parts = _HYPHEN_RE.split(word) if "-" in word or "‐" in word else [word]
    if len(parts) > 1 and parts[0] in _ARTICLES and parts[1][:1].isupper():
        return True  # "al-Mashnaq", "el-Fasher": the Arabic article, lowercase, ties on a name
    if not word[0].isupper() or (len(word) > 1 and word.isupper()) or word.endswith(("'s", "’s")):
        return False
    tail = parts[-1]
    # (a lowercase tail no English word: a name written in syllables, "Cho-irong", "Ra-ngae", as Thai names are)
    return tail == word or not tail.islower() or tail not in _common_words()


def _name_then_known(text: str, words: list, low: list[str], noun_at: int, after: int, cands: list[Candidate],
                     town: bool = False) -> bool:
    """Whether a name the gazetteer lacks stands right before a place noun and a known place after its
    "of": "the Burkapal area of Sukma", "the Bab Tuma district of Damascus" name the first, inside
    the second (``town``: a town's, not a province's)."""
    k = noun_at - 1  # the name's last word; the sentence's first word is no name ("Area of Sukma")
    if k <= 0 or not _is_name_word(words[k][2]) or low[k] in demonym_words() or not _joined(text, words, k, noun_at):
        return False
    if low[k].endswith(_ADJECTIVE_ENDINGS) or any(c.start <= words[k][0] < c.end for c in cands):
        return False  # "the Kurdish area of", or a known place: "the Homs district of Khaldiyeh"
    start = words[after][0]
    return any(c.start == start and c.matches and (not town or c.matches[0].place.kind == "city") for c in cands)


def _before_noun(text: str, s: Sentence, words: list, low: list[str], at: int, n: int, noun: _Noun, capital: bool,
                 cands: list[Candidate], gazetteer: Gazetteer, people: frozenset[str], focus: str | None,
                 countries: list[Counter]) -> _Found | None:
    """The name before the noun of ``n`` words at ``at``, if one is there."""
    if not capital and noun.kind == "governorate" and (_town_district(text, words, low, at, n, noun, cands)
                                                       or _after_towns_possessive(words, at, cands)):
        # "the Bab Tuma district of Damascus": a town's district is a quarter of it (its noun still
        # part of the surface, as a unit's is).
        found = _name_before(text, s, words, at, at + n - 1, place_nouns()[("neighbourhood",)], capital, cands,
                             gazetteer, people, focus, countries)
        return None if found is None else replace(found, end=words[at + n - 1][1])
    found = _name_before(text, s, words, at, at + n - 1, noun, capital, cands, gazetteer, people, focus, countries)
    if found is None and _goods_before(text, words, low, at, noun, capital):
        # "the Ghazil pet market", "the Nahda bus station": what the site trades in or serves stands
        # between its name and its noun (a name the gazetteer lacks only: "the Kabul fruit market" is
        # told at Kabul)
        found = _name_before(text, s, words, at - 1, at + n - 1, noun, capital, cands, gazetteer, people, focus,
                             countries)
        return None if found is None or found.inside else found
    return found


def _after_towns_possessive(words: list, at: int, cands: list[Candidate]) -> bool:
    """Whether the name before the noun at ``at`` follows a known town's possessive: "Tripoli's Abu
    Salim district" (a quarter of Tripoli)."""
    k = at - 1
    while k >= 0 and at - k <= _MAX_NAME_WORDS and _is_name_word(words[k][2]):
        k -= 1
    if k < 0 or k == at - 1 or not words[k][2].endswith(("'s", "’s")):
        return False
    return any(c.start == words[k][0] and c.matches and c.matches[0].place.kind == "city" for c in cands)


def _town_district(text: str, words: list, low: list[str], at: int, n: int, noun: _Noun,
                   cands: list[Candidate]) -> bool:
    """Whether the unit noun of ``n`` words at ``at`` is a town's district named before it."""
    return (noun.kind == "governorate" and at + n < len(words) and low[at + n] == "of"
            and _name_then_known(text, words, low, at, at + n + 1, cands, town=True))


def _holder_after(low: list[str], at: int) -> bool:
    """Whether the words from ``at`` name a unit ("Tamu Township", "Kani district"): a unit noun
    within the next three words."""
    return any(w in _unit_words() for w in low[at:at + 4])


@cache
def _unit_words() -> frozenset[str]:
    """The last words of the nouns of units: ``place_nouns.csv``'s governorate rows ("township",
    "lga") and ``place_words.csv``'s suffixes that make a unit ("province", "state", "region")."""
    nouns = {key[-1] for key, noun in place_nouns().items() if noun.kind == "governorate"}
    suffixes = {w.lower() for w, effect in place_words().get("suffix", {}).items()
                if effect in ("governorate", "state")}
    return frozenset(nouns | suffixes)


def _namesake_elsewhere(inside: tuple[Candidate, ...], cands: list[Candidate], noun: _Noun, capital: bool,
                        countries: list[Counter], focus: str | None) -> bool:
    """Whether the known name inside a place noun's name is only a namesake of the place named."""
    if noun.kind == "city" or (noun.kind == "governorate" and all(m.place.kind == "city" for c in inside
                                                                  for m in c.matches)):
        # "Mubarak village" in a report from Somalia: the gazetteer's only Mubarak is in Iran, so this
        # is a village it lacks, named like a town abroad. The country the sentence's other places lie in
        # says more than the article's focus, which the namesake abroad may itself have swayed. So is
        # "Kani district of Sagaing region" a district named like Kani, Japan.
        home = _country_of_others(_counted(countries, cands), inside) or focus
        return bool(home) and all(m.place.country != home for c in inside for m in c.matches)
    # "the Al Rawda mosque in the town of Ber al Abd, west of the city of al-Arish": the mosque's own name,
    # not a small town of the name far from every other place the sentence names (nor abroad).
    return noun.kind == "landmark" and not capital and not noun.own and _far_small_namesake(inside, cands, focus)


def _far_small_namesake(inside: tuple[Candidate, ...], cands: list[Candidate], focus: str | None = None) -> bool:
    """Whether the one known name ``inside`` a landmark's name is a small town far from every other place
    of the sentence (``cands``), or, where it names none, a small town abroad (``focus``: the article's
    country): "the Westgate mall massacre" in a report from Kenya is no Westgate, Canada."""
    if len(inside) != 1 or not inside[0].matches:
        return False
    place = inside[0].matches[0].place
    if place.population >= _SMALL_NAMESAKE:
        return False
    others = [c.matches[0].place for c in cands if c not in inside and c.matches
              and c.matches[0].place.kind not in ("country", "region")]
    if not others:
        return bool(focus) and place.country != focus
    return all(other.country != place.country or km_between(place, other) > _NAMESAKE_KM for other in others)


_SMALL_NAMESAKE = 100_000  # people in a town whose name may be a landmark's own far from it
_NAMESAKE_KM = 50.0


def _name_before(text: str, s: Sentence, words: list, at: int, last: int, noun: _Noun, capital: bool,
                 cands: list[Candidate], gazetteer: Gazetteer, people: frozenset[str],
                 focus: str | None, countries: list[Counter]) -> _Found | None:
    k = at - 1
    first = at
    while k >= 0 and at - k <= _MAX_NAME_WORDS and (_joined(text, words, k, k + 1) or _abbreviated(text, words, k)):
        word = words[k][2]
        if _is_name_word(word):
            first = k
        elif word.lower() not in NAME_PARTICLES or k == 0 or not _is_name_word(words[k - 1][2]) \
                or (word.lower() in FUNCTION_WORDS and (fold(words[k - 1][2]) in gazetteer.common_words
                                                        or words[k - 1][2].lower() in _CALENDAR_WORDS)):
            # ("Records at Nasser Hospital": "at" is English after an English word, not "Maarat an Numan"'s; so is
            # it after a day's or a month's name: "on Thursday at Kabuke community".)
            break
        k -= 1
    while first < at and words[first][2].lower() in FUNCTION_WORDS:
        first += 1
    # "Russia's mainly Muslim North Caucasus region": who lives there describes it, the name follows (but right
    # after a place's preposition a people's word may open the name: "at Dogon Dawa village", Hausa's "tall")
    right_after = first > 0 and words[first - 1][2].lower() in _BARE_LOCATIVE
    while first < at - 1 and not right_after \
            and (fold(words[first][2]) in _peoples() or words[first][2].lower() in demonym_words()):
        first += 1
    if first == at:
        return None
    first = _with_compass(text, words, first, noun)
    last_name = at - 1
    while last_name > first and words[last_name][2].lower() in demonym_words():
        last_name -= 1  # "the Nahr al-Bared Palestinian refugee camp": the people's word only describes it
    start, end = words[first][0], words[last_name][1]
    before_word = words[first - 1][2].lower() if first > 0 else ""
    inside = tuple(c for c in cands if start <= c.start and c.end <= end)
    touching = [c for c in cands if c.start < words[last][1] and start < c.end and c not in inside]
    if touching:
        return None  # a known name runs into the noun: "Sadr City", "Peshawar city"
    landmark_or_unit = noun.kind in ("landmark", "governorate")
    abroad = ()
    if inside and _namesake_elsewhere(inside, cands, noun, capital, countries, focus):
        abroad, inside = inside, ()
    if inside and not ((noun.kind == "landmark" and (capital or noun.own)) or (noun.kind == "governorate" and capital)):
        return _known_before_noun(text, s, words, last, noun, start, end, inside)
    if not inside:
        # "Prime Hospital": a common word may name a landmark with its capitalised noun, unless
        # it is only capitalised because it opens the sentence.
        common_ok = capital and noun.kind == "landmark" and start > s.start
        name = text[start:end]
        # "the Saudi Hospital" (El-Fasher's), "the Indonesian Hospital": a people's word names a site with its
        # capitalised noun after "the"
        peoples_site = capital and noun.kind == "landmark" and before_word == "the" and " " not in name \
            and fold(name) in gazetteer.demonyms
        if not peoples_site and not _unknown_name(name, gazetteer, people, common_ok=common_ok):
            return None
        if noun.lower and all(fold(w) in gazetteer.common_words for w in name.split()):
            return None  # ("the UN mission's Human Rights division": an office's name, of English words)
        if not peoples_site and (before_word in _INDEFINITE and not _town_site(name, capital, noun, gazetteer, focus)
                                 or (" " not in name and name.casefold().endswith(_ADJECTIVE_ENDINGS))
                                 # ("the Islamic community of this town": a creed's adjective before a lowercase noun;
                                 # not "the Islamic University")
                                 or (not capital and " " not in name and name.casefold().endswith("ic"))):
            return None  # "a Kurdish village", "the Lebanese village": a people's adjective, not a name
    span_end = words[last][1] if landmark_or_unit else end
    return _Found(start, span_end, start, end, noun.kind, inside, _in_slot(text, s, start), replaces=abroad)


def _town_site(name: str, capital: bool, noun: _Noun, gazetteer: Gazetteer, focus: str | None) -> bool:
    """Whether a capitalised landmark's name after "a" opens on a big town's own name: "a Quetta Railway
    Station", "a Kabul Hotel" are a site of the town (the name alone is none: "a Kurdish Village")."""
    if not capital or noun.kind != "landmark":
        return False
    return _own_place(fold(name), gazetteer, focus, _TOWNS) is not None


def _known_before_noun(text: str, s: Sentence, words: list, last: int, noun: _Noun, start: int, end: int,
                       inside: tuple[Candidate, ...]) -> _Found | None:
    """What a known name before a lowercase noun (``text[start:end]``, holding the ``inside`` candidates) names
    with it, if more than the known place: "the Baghdad market", "Borno Village" are the known place; but
    "Birnin Magaji Local Government Area" is the unit named after the town. A province the text puts it in may
    say otherwise."""
    whole = len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)
    if whole and inside[0].matches[0].place.kind in _WIDE_KINDS:
        # "a north Kashmir village", "a Helmand village": a village in it, not of its name; but "the Kuwait
        # roundabout in Gaza City" is a site named after a country, in the town named after it.
        return _Found(start, words[last][1], start, end, noun.kind, (), _in_slot(text, s, start),
                      replaces=inside) if _country_site(text, words, last, noun, inside[0]) else None
    if noun.kind in ("city", "neighbourhood") and whole:
        return _Found(start, end, start, end, noun.kind, (), _in_slot(text, s, start), replaces=inside,
                      namesake=True)
    if noun.kind == "landmark" and whole and inside[0].matches[0].place.kind == "neighbourhood":
        # "the Sadriya market", "the Hurriyah market": a quarter's market, square or mosque is a site of its
        # own, named after the quarter and lying in it (not "the Baghdad market", a market of the city)
        return _Found(start, words[last][1], start, end, noun.kind, inside, _in_slot(text, s, start))
    return None


_WIDE_KINDS = frozenset({"region", "governorate", "state", "country"})  # places no village is named like
_IN_A_TOWN_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")


def _country_site(text: str, words: list, last: int, noun: _Noun, named: Candidate) -> bool:
    """Whether a landmark's name is a country's, and a town follows it: "the Kuwait roundabout in Gaza City"."""
    return noun.kind == "landmark" and named.matches[0].place.kind == "country" \
        and _IN_A_TOWN_RE.match(text, words[last][1]) is not None


def _names_after(text: str, words: list, at: int, noun: _Noun, cands: list[Candidate], gazetteer: Gazetteer,
                 people: frozenset[str], *, many: bool) -> list[_Found]:
    """The name after "the village of" (or "called"), and with a plural noun ("the towns of") the
    names listed after it, joined by commas and "and"."""
    out = []
    while at < len(words):
        found = _name_after(text, words, at, noun, cands, gazetteer, people)
        if found is None:
            break
        out.append(found)
        if not many:
            break
        nxt = _word_at(words, found.end)
        if nxt >= len(words):
            break  # the list ends the sentence
        between = text[found.end:words[nxt][0]].strip()
        if between == "," and words[nxt][2] == "and":
            nxt += 1  # "X, Y, and Z"
        elif between == "" and words[nxt][2] == "and":
            nxt += 1
        elif between != ",":
            break
        at = nxt
    return out


def _word_at(words: list, offset: int) -> int:
    """The index of the first word starting at or after ``offset`` (len(words) if none)."""
    return bisect_left(words, (offset,))


def _name_after(text: str, words: list, at: int, noun: _Noun, cands: list[Candidate],
                gazetteer: Gazetteer, people: frozenset[str]) -> _Found | None:
    last = at
    while last < len(words) and last - at < _MAX_NAME_WORDS:
        word = words[last][2]
        # (a particle that is an English word opens no name: "the site of an Ecomog bombing raid")
        if not (_is_name_word(word) or (word.lower() in NAME_PARTICLES and last + 1 < len(words)
                                          and _is_name_word(words[last + 1][2])
                                          and not (last == at and word.lower() in _common_words()))):
            break
        if last > at and not _joined(text, words, last - 1, last):
            break
        last += 1
    if last == at:
        return None
    if noun.kind != "governorate" and last < len(words) and words[last][2].lower() in _unit_words() \
            and _joined(text, words, last - 1, last):
        return None  # "Granada, a village of Meta department": the words after "of" name what holds the village
    start, end = words[at][0], words[last - 1][1]
    # (a capitalised English word after "the town of" is the town's name: "the town of Cabaret", Haiti)
    if any(c.start < end and start < c.end for c in cands) \
            or not _unknown_name(text[start:end], gazetteer, people, common_ok=True):
        return None
    return _Found(start, end, start, end, noun.kind, (), True)


def _named_after_town(name: str, holder: Candidate, gazetteer: Gazetteer) -> Candidate | None:
    """The town a unit is named after ("Mangu" of "Mangu Local Government Area"), where the gazetteer
    has it inside the unit's holder, as a holder of its own; else None."""
    place = holder.matches[0].place
    unit = place.kind in ("governorate", "state") and not place.id.startswith(WITHIN)
    towns = [m for m in gazetteer.exact(fold(name)) if m.place.kind == "city" and m.place.country == place.country
             and (not unit or m.place.admin1 == place.name)]
    if len(towns) != 1:
        return None  # none, or namesakes the text does not tell apart
    return Candidate(holder.start, holder.end, -1, -1, fold(name), (towns[0],), "named after")


def _counted(countries: list[Counter], cands: list[Candidate]) -> Counter:
    """How many of the sentence's places (``cands``) each country has, counted the first time a noun
    of the sentence asks and kept in ``countries`` (empty till then): most sentences never ask, and
    one of many nouns counts no more than once."""
    if not countries:
        countries.append(Counter(c.matches[0].place.country for c in cands if c.matches))
    return countries[0]


def _country_of_others(countries: Counter, inside: tuple[Candidate, ...]) -> str | None:
    """The one country the sentence's other places lie in, by their first readings (``countries``:
    how many of the sentence's places each country has); None if they name none or several."""
    others = countries - Counter(c.matches[0].place.country for c in inside if c.matches)
    return next(iter(others)) if len(others) == 1 else None


def _first_level(holder: Candidate) -> bool:
    """Whether the holder is a province or a state (a first-level unit: its own ``admin1``)."""
    place = holder.matches[0].place
    return place.kind in ("governorate", "state") and place.admin1 == place.name and not place.parent


def _known_in(name: str, holder: Candidate, gazetteer: Gazetteer, *, typed: bool = False) -> bool:
    """The gazetteer has a place of this name in the holder's country: an earlier step chose not to
    take it here ("in Borno Village"), and it is not an unknown village of the same name. In a
    province or a state (a first-level unit) it must lie in that unit: "Sanah area in the province of
    Dhale" is no alternate name of Sanaa, which lies in another. A name its kind word gives as a
    village ("Barangay Lumbayao, Talipao") is another village than a namesake beyond ``_TYPED_KM``."""
    place = holder.matches[0].place
    if typed:
        return any(m.place.country == place.country and km_between(m.place, place) <= _TYPED_KM
                   for m in gazetteer.exact(fold(name)))
    if _first_level(holder):
        return any(m.place.admin1 == place.name and m.place.country == place.country
                   for m in gazetteer.exact(fold(name)))
    return any(m.place.country == place.country for m in gazetteer.exact(fold(name)))


_TYPED_KM = 30.0  # how far a namesake of a village named with its kind word may be the same


def _unknown_name(name: str, gazetteer: Gazetteer, people: frozenset[str], *, common_ok: bool = False) -> bool:
    """A name the people of the article, the tables of non-places and (unless ``common_ok``) the
    common English words do not already claim."""
    key = fold(name)
    if not key or key in gazetteer.not_places or (key in gazetteer.common_words and not common_ok):
        return False
    words = name.split()
    if len(words) > 1 and all(fold(w) in _peoples() or fold(w) in gazetteer.demonyms for w in words):
        return False  # "a mainly Sunni Muslim area", "a Shiite Turkmen village": who lives there, no name
    last = words[-1]
    if last in people or fold(last) in actor_names():
        return False
    if any(fold(w) in place_words().get("title", {}) for w in words[1:]):
        return False  # a title inside the name makes it a person's: "the home district of Home Minister Khum Bahadur"
    return key not in gazetteer.demonyms




def _town_named_before(text: str, words: list, low: list[str], i: int, noun: _Noun, gazetteer: Gazetteer,
                       cands: list[Candidate]) -> bool:
    """Whether the settlement noun at word ``i`` follows its own name, with no article before the name: "in Amanual
    town of East Gojam" (the town is Amanual; "of" names what holds it). Not a word for who lives there ("the
    Christian town of Qaraqosh", "a Shiite village of"), nor a place known that says where ("the Red Sea village of
    Al-Wahijah")."""
    if noun.kind != "city" or i < 2 or not _is_name_word(words[i - 1][2]) or not _joined(text, words, i - 1, i) \
            or low[i - 2] in ("the", "a", "an") or any(c.start < words[i - 1][1] <= c.end for c in cands):
        return False
    key = fold(words[i - 1][2])
    return key not in _peoples() and key not in gazetteer.demonyms and low[i - 1] not in FUNCTION_WORDS


@cache
def _peoples() -> frozenset[str]:
    """The creeds and peoples of ``not_places.csv`` (folded): words for who lives in a place."""
    return frozenset(fold(row["name"]) for row in datafiles.rows("not_places.csv")
                     if row["why"].startswith(("creed", "religious community", "people")))


def _in_slot(text: str, s: Sentence, start: int) -> bool:
    """The name stands where a place is expected: after "in", "at", "hit", "stormed" (a "the" between)."""
    before = text[max(s.start, start - 40):start].split()
    if before and before[-1].lower() == "the":
        before = before[:-1]
    return bool(before) and (before[-1].lower() in place_words().get("target", {})
                             or before[-1].lower() in place_words()["locative"])


# "told our journalists in Jos that the attack ... took place in Kwatas community": Kwatas is not in Jos;
# nor are villages in Bangui because their toll was given "at a press conference in Bangui".
# (a look-ahead for the words' first letters after the boundary, with_first_chars: at a word's end it fails
# at once)
_SPOKEN_IN_RE = re.compile(with_first_chars(
    r"\b(?:journalists|reporters|correspondents?|newsmen|speaking|spoke|told\s+\w+|"
    r"conference|briefing|interview|statement)\s+in\s+(?:the\s+)?$", re.IGNORECASE), re.IGNORECASE)
_SPOKEN_IN_ASCII_RE = ascii_twin(_SPOKEN_IN_RE)
_SPOKEN_REACH = 40


def _spoken_in(text: str, at: int) -> bool:
    """Whether the place starting at ``at`` is where words were said ("told our journalists in Jos")."""
    tail = text[max(0, at - 8):at]  # a cheap look first: most places follow no "in"
    return (tail.endswith(("in ", "in the ", "In ", "In the "))
            and (_SPOKEN_IN_ASCII_RE if plain_text(text) else _SPOKEN_IN_RE).search(
                text, max(0, at - _SPOKEN_REACH), at) is not None)


class _Known:
    """The places a holder is looked for among: the gazetteer's (sorted by start, and by name) and
    the places this step added so far, each found by bisection, so that an article of thousands of
    names costs its length."""

    def __init__(self, cands: list[Candidate], focus: str | None, dateline: Candidate | None = None, text: str = ""):
        self.cands = cands  # sorted by start
        self.text = text
        self.dateline = dateline  # the dateline's town, which "this city" means
        self.starts = [c.start for c in cands]
        self.by_key: dict[str, list[Candidate]] = {}
        for c in cands:
            self.by_key.setdefault(c.key, []).append(c)
        # Beyond its own sentence a place lies in one of the article's country, if it names one there.
        self.focus = focus if any(c.matches[0].place.country == focus for c in cands) else None
        self.added: list[Candidate] = []
        self.added_starts: list[int] = []
        self.landmark_holders: dict[str, Candidate] = {}  # a landmark added, by its key: the place that holds it

    def add(self, cand: Candidate, holder: Candidate | None = None) -> None:
        """Know ``cand``, a place added (a landmark's ``holder`` too, where it is named again: its id's last part,
        :func:`landmark_key`)."""
        place = cand.matches[0].place
        if holder is not None and place.kind == "landmark":
            self.landmark_holders.setdefault(place.id.rpartition(":")[2], holder)
        at = bisect_left(self.added_starts, cand.start)
        self.added.insert(at, cand)
        self.added_starts.insert(at, cand.start)
        # (a village added is known by name too: "the Leego army base" lies in the Leego named before)
        self.by_key.setdefault(cand.key, []).append(cand)

    def other_town_between(self, start: int, end: int, holder: Candidate) -> bool:
        """Whether a town or a unit other than ``holder``'s place (the gazetteer's or one added) starts in
        ``start:end`` (a quarter may be the holder's own)."""
        held = holder.matches[0].place.id
        return any(c.matches[0].place.kind in _TOWN_OR_UNIT and c.matches[0].place.id != held
                   for c in self.after(start, end, frozenset()))

    def after(self, reach: int, limit: int, skip: frozenset[int]) -> list[Candidate]:
        """Places starting in ``reach:limit``, in text order (the gazetteer's and the added ones)."""
        out = [c for c in self.cands[bisect_left(self.starts, reach):bisect_left(self.starts, limit)]
               if id(c) not in skip]
        out += self.added[bisect_left(self.added_starts, reach):bisect_left(self.added_starts, limit)]
        return sorted(out, key=lambda c: c.start)

    def owner(self, offset: int) -> Candidate | None:
        """The gazetteer place whose possessive ends right before ``offset`` ("Sanaa's "), if any."""
        at = bisect_left(self.starts, offset)
        c = self.cands[at - 1] if at else None
        return c if c is not None and _OWNER_GAP_RE.fullmatch(self.text, c.end, offset) else None

    def before(self, offset: int, fits: frozenset[str], *, town: bool) -> Candidate | None:
        """The nearest gazetteer place ending before ``offset`` of a fitting kind (a town, if ``town``)."""
        # Index back from the offset rather than copy the list before it: each look costs its reach.
        at = bisect_left(self.starts, offset)
        far = None
        for i in range(at - 1, max(-1, at - 2 - _LOOK_BACK), -1):
            c = self.cands[i]
            kind = c.matches[0].place.kind
            if c.end <= offset and kind in fits and (not town or kind in _TOWNS) and self._home(c):
                if far is not None and kind not in _TOWNS:
                    return far  # (a province named before the far town's measure is coarser than the town)
                if kind == "region" and (unit := self._unit_before_part(i, fits)) is not None:
                    return unit  # ("a village in North Kordofan State, western Sudan": the state, finer)
                if c.precision != "coarse" or not self._far_reference(c):
                    return c
                # (a town named only as the point a far place is measured from holds nothing told after: "the
                # city of Samarra, 60 miles north of Baghdad. ... in the Albu Rahman neighborhood" is Samarra's)
                far = far or c
        return far

    def _unit_before_part(self, i: int, fits: frozenset[str]) -> Candidate | None:
        """The province or state right before candidate ``i``, a part of a country, a comma between ("North
        Kordofan State, western Sudan"), if it fits; else None."""
        if i == 0 or not self.text:
            return None
        p, c = self.cands[i - 1], self.cands[i]
        kind = p.matches[0].place.kind
        return p if kind in fits and kind in ("governorate", "state") and self._home(p) \
            and p.matches[0].place.country == c.matches[0].place.country \
            and _APPOSED_COMMA_RE.fullmatch(self.text, p.end, c.start) else None

    def _far_reference(self, c: Candidate) -> bool:
        m = _DISTANCE_RE.match(self.text, c.start, c.end) if self.text else None
        if m is None:
            return False
        return _in_km(m.group(1), m.group(2)) >= _FAR_REFERENCE_KM

    def most_named_before(self, offset: int, fits: frozenset[str]) -> Candidate | None:
        """The town of a fitting kind named most often before ``offset`` (within the same reach as
        :meth:`before`), the latest of them on a tie."""
        at = bisect_left(self.starts, offset)
        seen: dict[str, list[Candidate]] = {}
        for c in (self.cands[i] for i in range(max(0, at - 1 - _LOOK_BACK), at)):
            kind = c.matches[0].place.kind
            if c.end <= offset and kind in fits and kind in _TOWNS and self._home(c):
                seen.setdefault(c.matches[0].place.id, []).append(c)
        if not seen:
            return None
        return max(seen.values(), key=lambda found: (len(found), found[-1].start))[-1]

    def later(self, offset: int, fits: frozenset[str], last_sentence: int,
              sentences: tuple[Sentence, ...]) -> Candidate | None:
        """The first gazetteer place of a fitting kind from ``offset`` up to sentence ``last_sentence``."""
        end = sentences[min(last_sentence, len(sentences) - 1)].end
        for c in self.cands[bisect_left(self.starts, offset):bisect_left(self.starts, end)]:
            if c.matches[0].place.kind in fits and self._home(c):
                return c
        return None

    def read_at_home(self, c: Candidate) -> bool:
        """Whether the article's country is known, ``c``'s is not named, and ``c``'s name is read elsewhere as a place
        of the article's country, alone or with its unit's noun ("Palma district", then "also in Palma"). (Asked only
        of a holder abroad: a few names.)"""
        country = c.matches[0].place.country
        if self.focus is None or any(o.matches[0].place.kind == "country" and o.matches[0].place.country == country
                                     for o in self.cands):
            return False  # (a country the article names may hold it: "Arge in Nigeria's Abadam district")
        head = c.key + " "
        return any(o.matches[0].place.country == self.focus for key, found in self.by_key.items()
                   if key == c.key or key.startswith(head) for o in found)

    def _home(self, c: Candidate) -> bool:
        # (a sea, of no one country, holds no place beyond its sentence: "from the direction of the Black Sea. ...
        # a campsite in the Belgorod-Dniester region")
        country = c.matches[0].place.country
        return bool(country) and (self.focus is None or country == self.focus)


# How many places back a holder is looked for beyond its sentence.
_LOOK_BACK = 60
def _in_km(number: str, unit: str) -> float:
    """A distance written as ``number`` and ``unit`` ("300", "kilometres"; "60", "miles") in kilometres."""
    return float(number.replace(",", "")) * (1.609 if unit.lower().startswith("mi") else 1.0)


# A reference point this far from what it situates ("60 miles north of Baghdad") holds no place told after it.
_FAR_REFERENCE_KM = 15
_DISTANCE_RE = re.compile(r"(?:about |some |around |nearly |roughly )?(\d[\d,.]*)\s*"
                          r"(km|kms|kilometres|kilometers|miles)\b")


# A place's holder named as the town the report is filed from: "the city's", "the provincial capital's" right before
# its name; "the Karsaz area of this port city" after it.
_TOWN_POSSESSIVE_RE = re.compile(r"\bthe\s+(?:(?:[a-z-]+\s+)?(?:city|town)"
                                 r"|(?P<unit>(?:provincial|regional|state|district)\s+)?(?P<capital>capital))"
                                 r"['\u2019]s\s+$")
_THIS_CITY_RE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:of|in)\s+this\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital)\b")


def _dateline_possessive(text: str, start: int, dateline: Candidate, gazetteer: Gazetteer) -> bool:
    """Whether the words right before a name give it to the dateline's town: "the city's", "the provincial
    capital's Meena Bazaar" under "PESHAWAR:" (a province's seat), "the capital's" under the country's capital."""
    found = _TOWN_POSSESSIVE_RE.search(text, max(0, start - 40), start)
    if found is None:
        return False
    if found.group("capital") is None:
        return True
    capital = gazetteer.capital(dateline.matches[0].place.country)
    national = capital is not None and capital.id == dateline.matches[0].place.id
    # ("the capital's" under a town that is not the capital is the capital's, another town)
    return national != bool(found.group("unit"))


def _holder(text: str, s: Sentence, f: _Found, known: _Known, sentences: tuple[Sentence, ...],
            gazetteer: Gazetteer, focus: str | None, home: str | None = None) -> Candidate | None:
    """The known place that holds ``f``; ``home``: the article's country where no people's word names another
    (the country a place it holds nowhere else may lie in)."""
    holder = _holder_told(text, s, f, known, sentences, gazetteer, focus, home)
    if f.kind == "city" and (holder is None or holder.matches[0].place.kind in ("region", "country")):
        # (a town the text puts near another town, or in a province, keeps it: "Kyaukpalu town in Magway Region")
        return _unit_named_like(text, f, known) or holder
    return holder


def _holder_told(text: str, s: Sentence, f: _Found, known: _Known, sentences: tuple[Sentence, ...],
                 gazetteer: Gazetteer, focus: str | None, home: str | None = None) -> Candidate | None:
    """The known place the text puts ``f`` in (see :func:`_holder`)."""
    fits = _HOLDERS[f.kind]
    if f.kind == "landmark" and not f.inside and not f.replaces \
            and (named := _named_in_own_name(text, f, known, gazetteer, focus, fits)) is not None:
        return named
    if f.kind == "landmark" and f.inside and f.inside[-1].matches[0].place.kind == "neighbourhood":
        return f.inside[-1]  # the quarter it is named after ("the Sadriya market in central Baghdad")
    reach = max(f.end, f.reach)
    skip = frozenset(id(c) for c in f.replaces)
    after, region = _holder_after_name(text, reach, s, known, skip, fits, f.kind == "landmark")
    if after is not None:
        return after
    inside = [c for c in f.inside if c.matches[0].place.kind in fits]
    if inside:
        return inside[-1]
    if (owner := known.owner(f.start)) is not None and owner.matches[0].place.kind in fits:
        return owner  # "in Sanaa's Taghyir Square": the town whose possessive stands before the name holds it
    if known.dateline is not None and "city" in fits and (
            _THIS_CITY_RE.match(text, reach) or _dateline_possessive(text, f.start, known.dateline, gazetteer)):
        return known.dateline
    if f.kind == "landmark":
        # A landmark named again with no place of its own lies where it was placed first ("Bacha Khan University
        # in Charsadda district", then "shot dead at a hostel on the Bacha Khan University campus"), not in the
        # town the article names most.
        # (not one its sentence puts in a town named before it: "Two weeks later, in Kano, another bomber attacked the
        # Central Mosque", after the Central Mosque of Maiduguri)
        earlier = known.landmark_holders.get(landmark_key(text, f))
        if earlier is not None and known.other_town_between(s.start, f.start, earlier):
            earlier = None
        if earlier is not None or (not f.slot and not _event_after(text, f.end)):
            return earlier  # (but "the Westgate mall massacre", "the Sadriya market bombing" name the event's site)
    # Beyond its own sentence, a place lies in a town or a unit the gazetteer has, not in another
    # landmark or an unknown village; a landmark in the nearest town named before it, before any
    # province.
    # (or, where the article names no town, in the territory it names: "a tent in front of Al Shifa Hospital" in a
    # report that names only Gaza)
    fits = fits - {"landmark"} | ({"region"} if f.kind == "landmark" else set())
    # A landmark beyond its sentence lies in the town the article has named most so far ("the Lubyanka
    # metro station" of a report that names Moscow thrice is not in Krasnoyarsk, named once just before).
    found = (known.most_named_before(f.start, fits) if f.kind == "landmark" else None) \
        or known.before(f.start, fits, town=False)
    if found is not None:
        return _past_sibling(text, f, found, known, fits)
    # "... stormed the village of Debiro. | Debiro is in Hawul Local government area of Borno state."
    found = known.later(s.end, fits, s.index + _LATER_SENTENCES, sentences)
    if found is None and region is not None:
        # A landmark in the part of a country named right after it, where the article names no town that
        # may hold it: "the Boulkessi army base in central Mali" (but "the Al-Mawasi camp ... in the south
        # of the Palestinian territory", in a report that names Gaza City before, is Gaza's).
        return region
    if found is not None or f.kind not in ("city", "neighbourhood", "governorate"):
        return found
    after = known.after(reach, s.end, skip) if f.kind == "governorate" else []
    if any(c.matches[0].place.kind != "country" for c in after):
        # A district the text puts in a place the gazetteer has only as a town ("the Vizcatán del Ene
        # District of Satipo Province", Satipo the town) is not drawn at the country instead: at the town, where
        # the words right after it name the unit the town gives its name to ("Mucojo administrative post, in
        # Macomia district"), else in the province the sentence names after it, past another clause ("the rural
        # commune of Bourasso (north-west) were the target of an attack, indicates the governor of the region of the
        # Boucle du Mouhoun"), else nowhere.
        return next((c for c in after if c.start <= reach + _AFTER_REACH
                     and c.matches[0].place.kind == "city" and _holds_after(text[reach:c.start])
                     and text[c.start:c.end].rsplit(None, 1)[-1].lower() in _unit_words()),
                    next((c for c in after if c.matches[0].place.kind in ("governorate", "state")), None))
    # A village the text puts in no unit lies in the country it names: a name kept, placed coarsely
    # ("two health facilities in Putumattalan", in a report that names no province of Sri Lanka).
    found = known.before(f.start, _COUNTRY, town=False) \
        or known.later(f.start, _COUNTRY, s.index + _LATER_SENTENCES, sentences)
    # (or named bare where a sentence of violence expects a place: "the attack struck near Ngouboua")
    # (or after a word that says it is a village: "in Tambon Lam Phaya", "in Barangay Lumbayao")
    named_town = f.bare or (f.typed and f.kind == "city") \
        or SETTLEMENT_OF_RE.search(text, max(0, f.name_start - 20), f.name_start) is not None
    if found is None and home and (f.kind in ("governorate", "neighbourhood") or (f.kind == "city" and named_town)) \
            and (country := gazetteer.country(home)):
        # "The garrison town of Uri" in a report about Kashmir that names no country, "Rolpa district" in a
        # report whose only country is its dateline's ("KATHMANDU, Nepal"), "the neighborhood of La Saline"
        # in one that names no town: a town, a district or a quarter, named as such, of the article's country.
        found = Candidate(f.name_start, f.name_end, -1, -1, home.lower(), (Match(country, 100.0, "exact", True),),
                          "named after")
    return found


def _named_in_own_name(text: str, f: _Found, known: _Known, gazetteer: Gazetteer, focus: str | None,
                       fits: frozenset[str]) -> Candidate | None:
    """The place a landmark's own name names ("the UNRWA Khan Younis Training Centre", its "Khan Younis" left out as
    part of an organisation's name): the Khan Younis the article names elsewhere (but not the far namesake a
    landmark's own name replaced), else the gazetteer's own place of the name; None if neither."""
    key = fold(text[f.name_start:f.name_end])
    same = [c for c in known.by_key.get(key, ()) if c.matches[0].place.kind in fits]
    if not same and " " in key:
        # ("Merawi St. Mary Church", after "Merawi town": the town the landmark's name opens with)
        same = [c for c in known.by_key.get(key.split(" ", 1)[0], ()) if c.matches[0].place.kind in _TOWNS]
    if same:
        return same[0]
    own = _own_place(key, gazetteer, focus, fits)
    if own is not None:
        return Candidate(f.name_start, f.name_end, -1, -1, key, (Match(own, 100.0, "exact", True),), "exact")
    return None


def _unit_named_like(text: str, f: _Found, known: _Known) -> Candidate | None:
    """The unit the article named before ``f``, a town, with the town's name and a unit's word ("Thantlang Township",
    then "the village of Kwarpho outside of Thantlang Town"): the town the unit is named after, which it holds. Not a
    unit the article puts in no province ("Pibor region" of a report that names no state is drawn at the country's
    middle, where the town alone may be placed in the state it names)."""
    key = fold(text[f.name_start:f.name_end])
    units = [c for word in _unit_words() for c in known.by_key.get(f"{key} {word}", ())
             if c.end <= f.start and c.matches[0].place.kind == "governorate" and c.matches[0].place.admin1]
    return max(units, key=lambda c: c.end) if units else None  # (the nearest before it)


def _past_sibling(text: str, f: _Found, found: Candidate, known: _Known, fits: frozenset[str]) -> Candidate:
    """``found``, the place named before ``f``; or, where it is a quarter listed right before it, its sibling, the
    town before them both: "two in Saidiya, two in I’lam" puts I’lam in Baghdad, not in Saidiya."""
    if found.matches[0].place.kind != "neighbourhood" or f.kind not in ("city", "neighbourhood") \
            or _COUNTED_ITEM_RE.fullmatch(text, found.end, f.name_start) is None:
        return found
    return known.before(found.start, (fits - _TOWNS) | {"city"}, town=False) or found


def _holder_after_name(text: str, reach: int, s: Sentence, known: _Known, skip: frozenset[int],
                       fits: frozenset[str], landmark: bool) -> tuple[Candidate | None, Candidate | None]:
    """The known place of a kind in ``fits`` the sentence names right after an unknown name (its words
    end at ``reach``), and, for a landmark, the first part of a country named there (``region``)."""
    region = None
    after = known.after(reach, min(s.end, reach + _AFTER_REACH + 1), skip)
    for k, c in enumerate(after):
        if k == 0 and c.matches[0].place.kind == "country" and text[reach:c.start] == ", ":
            return c, region  # ("in Kurya, Israel": the country written right after the name holds it)
        if _holds_after(text[reach:c.start]):
            # (not a namesake abroad of a town the article reads at home: "Manguna village, also in Palma" of a
            # report from Cabo Delgado is no village of Palma, Majorca)
            if c.matches[0].place.kind in fits and (known._home(c) or not known.read_at_home(c)):
                # ("the village of Mowo in Borno's Bama area": the place the possessive owns, a finer one)
                owned = after[k + 1] if k + 1 < len(after) else None
                if owned is not None and owned.matches[0].place.kind in fits \
                        and _OWNER_GAP_RE.fullmatch(text, c.end, owned.start):
                    return owned, region
                return c, region
            if region is None and landmark and c.matches[0].place.kind == "region":
                region = c
    return None, region


_OWNER_GAP_RE = re.compile(r"['’]s?\s+")


def _home_country(text: str, cands: list[Candidate], tokens: list[Token], gazetteer: Gazetteer,
                  focus: str | None) -> str:
    """The country a place the article holds nowhere else may lie in: its own ("" for none), unless the text
    names it only in its dateline, as whose the drones are ("US drones killed four militants") or not at all, and
    another people's word is told as often as its own or more ("NAIROBI, Kenya - ... Somali military officials
    said"); where the text names it as whose the drones are, none."""
    if not focus:
        return ""
    if any(c.matches and c.matches[0].place.country == focus and not is_dateline(text, c.start, c.end)
           and not _qualifying_country(text, c) for c in cands):
        return focus
    qualifying = any(c.matches and c.matches[0].place.country == focus and _qualifying_country(text, c)
                     for c in cands)
    # (but its own people's word, told more often than any other's, says it is the article's: "the Chadian army"
    # thrice beside "the Nigerian border" once)
    peoples = Counter(peoples_of(tokens, gazetteer.demonyms, text))
    own = peoples.pop(focus, 0)
    return "" if qualifying or (peoples and own <= max(peoples.values())) else focus


def _qualifying_country(text: str, c: Candidate) -> bool:
    """Whether ``c`` names a country before a noun it qualifies: "US drones", "Indian troops"."""
    return bool(c.matches) and c.matches[0].place.kind == "country" and QUALIFIES_RE.match(text, c.end) is not None


def _event_after(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is one of violence (the ``event`` rows of place_words.csv),
    or a clause after it tells what happened there ("Barlonyo camp, where the rebels killed 200")."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is not None and _event_re().fullmatch(m.group(1).lower()) is not None:
        return True
    where = _WHERE_CLAUSE_RE.match(text, end)
    return where is not None and any(_event_re().fullmatch(w.lower()) for w in _WORD_RE.findall(where.group(1)))


_NEXT_WORD_RE = re.compile(r" ([A-Za-z]+)")
# ", where the rebels killed at least 200 IDPs on Saturday": the words of the clause, to its next comma.
_WHERE_CLAUSE_RE = re.compile(r",\s+where\s+([^,;.]{1,80})")


def _own_place(key: str, gazetteer: Gazetteer, focus: str | None, fits: frozenset[str]) -> Place | None:
    """The town a landmark's own name names ("Kandahar Training Centre"), though the article does
    not name it elsewhere: in the article's country if it has one, of 15,000 people or more, and
    ten times any namesake."""
    places = [m.place for m in gazetteer.exact(key) if m.place.kind in _TOWNS and m.place.kind in fits]
    if focus:
        places = [p for p in places if p.country == focus]
    places.sort(key=lambda p: -p.population)
    if not places or places[0].population < _OWN_NAME_POPULATION:
        return None
    # Kandahar, Afghanistan (half a million) and not its Indian namesake of 25,000.
    return places[0] if len(places) == 1 or places[0].population >= 10 * places[1].population else None


_LIST_ITEM_RE = re.compile(r"\s*(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|another|others?|"
                           r"the\s+others?|the\s+rest)\s+)?(?:in|at|near)\s")

_COUNTED_ITEM_RE = re.compile(rf",\s*(?:{SMALL_COUNT}|another)\s+(?:in|at)\s+")


def _holds_after(between: str) -> bool:
    """The words between a name and a place after it may say the place holds it: "in the city of",
    ", a suburb in", "and several other hamlets located in the department of"; but not a list ("Nasser
    Hospital and Khan Younis") or another clause. A quotation may close right after the name: "attacked
    the village of Sanakadougou” in Kossi province"."""
    between = between[1:] if between[:1] in _CLOSING_QUOTES else between
    if _NOT_BETWEEN_RE.search(between) or _CLAUSE_RE.search(between):
        return False
    if _COUNTED_ITEM_RE.fullmatch(between):
        return False  # ("1 in Qahira, 2 in Zafaraniyah": a round-up's next item, a sibling, not its holder)
    parts = re.split(r"\band\b", between)
    # ("the Baghdad area and one in Anbar province", "and in Anbar": a list's next item, not its holder)
    return len(parts) == 1 or (_CONTAINED_RE.search(parts[-1]) is not None and not _LIST_ITEM_RE.match(parts[-1]))


def _candidate(text: str, f: _Found, holder: Candidate, starts: list[int], focus: str | None = None) -> Candidate:
    anchor = holder.matches[0].place
    name = text[f.name_start:f.name_end] if f.kind in ("city", "neighbourhood") else text[f.start:f.end]
    # Inside a town, near where the town is; inside a place itself placed coarsely, coarse.
    town = anchor.kind in _TOWNS and anchor.precision != "coarse"
    # The first-level unit it lies in: the holder, if the holder is one the gazetteer has; else the
    # holder's own ("Solhan village in the Sahel's Yagha province": Sahel, through Yagha).
    # (a second-level unit is no first-level one: "Khoijumantabi village in the Bishnupur district" is in Manipur)
    known_unit = anchor.kind in ("governorate", "state") and not anchor.id.startswith((WITHIN, ADMIN2))
    admin1 = anchor.name if known_unit else anchor.admin1
    # One site however its noun is worded: "Nur Shams camp" and "Nur Shams refugee camp", by its name and
    # the noun's last word.
    key = landmark_key(text, f) if f.kind == "landmark" else fold(name)
    place = Place(
        # A place in a region of several countries ("near Ngouboua in the Lake Chad area") is in the
        # article's country.
        id=f"{WITHIN}{anchor.id}:{key}", name=name, kind=f.kind, country=anchor.country or focus or "", admin1=admin1,
        latitude=anchor.latitude, longitude=anchor.longitude, precision="approximate" if town else "coarse",
        source=f"not in the gazetteer: placed at {anchor.name}, which the text says holds it", parent=anchor.id)
    first, last = _token_range(starts, f.start, f.end)
    return Candidate(f.start, f.end, first, last, fold(name), (Match(place, 50.0, "within"),), "within",
                     precision=place.precision)


def landmark_key(text: str, f: _Found) -> str:
    """A landmark's name and its noun's last word, folded: one site however its noun is worded ("Nur Shams camp" and
    "Nur Shams refugee camp")."""
    noun = text[f.name_end:f.end].split()
    return f"{fold(text[f.name_start:f.name_end])} {fold(noun[-1])}" if noun else fold(text[f.name_start:f.name_end])


def _as_spelled_before(cand: Candidate, alike: dict[tuple[str, str, str], Candidate]) -> Candidate:
    """``cand``, or ``cand`` as the place the gazetteer lacks, already added in the same holder, that it names
    with one letter changed, not the first ("Padiet Payam" and "Padiek Payam" in one report from Uror County): a
    local report's slip or its other spelling, not a second place of the kind there. ``alike``: the places added
    so far by (holder, kind, name with one letter masked), which this one joins (a look-up per letter, not one
    per place added)."""
    place = cand.matches[0].place
    key = place.id.rpartition(":")[2]
    # (a letter of a word long enough to be misspelt, not of "Pok" beside "Pom": the noun's length is no name's)
    masks = [(place.parent, place.kind, f"{key[:i]}\0{key[i + 1:]}") for i in range(1, len(key))
             if key[i] != " " and _word_length_at(key, i) >= _ALIKE_LENGTH]
    for mask in masks:
        other = alike.get(mask)
        if other is not None and other.matches[0].place.id != place.id:
            return cand.resolved(other.matches[0])
    for mask in masks:
        alike.setdefault(mask, cand)
    return cand


_ALIKE_LENGTH = 6  # the shortest word read as another's spelling: short names differ by a letter often


def _word_length_at(key: str, i: int) -> int:
    """The length of the word of ``key`` that holds position ``i``."""
    start = key.rfind(" ", 0, i) + 1
    end = key.find(" ", i)
    return (len(key) if end < 0 else end) - start


def _token_range(starts: list[int], start: int, end: int) -> tuple[int, int]:
    """The first and last token (by ``starts``, the tokens' start offsets) inside ``start:end``; the
    token before it when none is inside."""
    first, last = bisect_left(starts, start), bisect_left(starts, end) - 1
    if first <= last:
        return first, last
    at = max(first - 1, 0)
    return at, at


class _Spans:
    """Non-overlapping spans, sorted, asked whether a new one overlaps any: a bisection, not a scan."""

    def __init__(self, spans=()):
        self.spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.spans, (start, float("inf")))
        # The span starting at or before ``start`` (if it runs past it), or the next one (if it starts
        # before ``end``); spans may nest (a candidate inside a landmark's name), so look one further.
        return any(0 <= j < len(self.spans) and self.spans[j][0] < end and start < self.spans[j][1]
                   for j in (i - 2, i - 1, i))

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))


def _measured_from(text: str, cands: list[Candidate], starts: list[int], gazetteer: Gazetteer,
                   people: frozenset[str]) -> tuple[list[Candidate], set[int]]:
    """Unknown names the text measures from a known town: "stormed Nana Bakassa, 300 kilometres north of
    the capital Bangui". Each is placed where the distance and direction put it from the town's point
    (precision coarse: the distance is rounded, the direction one of eight), not at the town. So is a
    known name whose every namesake lies far from where the measure puts it ("Amiriyah, 40 miles west of
    Baghdad" is no quarter of Baghdad): the ids of the candidates it replaces come second."""
    # (Substring looks first, each a quick pass: the hint wants one of its units written out.)
    if "of" not in text or not any(unit in text for unit in _DISTANCE_UNITS):
        return [], set()
    hint = _DISTANCE_HINT_ASCII_RE if plain_text(text) else _DISTANCE_HINT_RE
    if not hint.search(text):
        return [], set()
    # By where they end: a town measured from has its span grown over the distance ("300 kilometres
    # north of the capital Bangui", geodata.places.context.near).
    towns = {c.end: c for c in cands if c.matches and c.matches[0].place.kind == "city"}
    known = {(c.start, c.end): c for c in cands if c.matches}
    taken = _Spans([(c.start, c.end) for c in cands])
    out: list[Candidate] = []
    replaced: set[int] = set()
    for m in _MEASURED_RE.finditer(text):
        ref = towns.get(m.end("ref") if m.group("ref") else m.end("capital"))
        name = m.group("name")
        if ref is None or ref.start > m.start("ref" if m.group("ref") else "capital") \
                or name.casefold().endswith(_BARE_ENDINGS):
            continue
        km = _in_km(m.group("n"), m.group("unit"))
        if not 0 < km <= _MEASURED_KM:
            continue
        town = ref.matches[0].place
        north, east = _BEARINGS[m.group("dir").lower().replace("-", "")]
        lat = round(town.latitude + north * km / 111.2, 4)
        lon = round(town.longitude + east * km / (111.2 * max(0.2, math.cos(math.radians(town.latitude)))), 4)
        # Far from the town, the province the town is in need not hold it, nor the town itself: its country does
        # ("Baghdadi, 120 miles northwest of the capital" is no quarter of Baghdad, to take the toll told there).
        country = gazetteer.country(town.country) if km > _FAR_MEASURE_KM else None
        holder = country.id if country is not None else town.id
        place = Place(id=f"{WITHIN}{holder}:{fold(name)}", name=name, kind="city", country=town.country,
                      admin1=town.admin1 if km <= _SAME_UNIT_KM else "", latitude=lat, longitude=lon,
                      precision="coarse",
                      source=f"not in the gazetteer: placed {m.group('n')} {m.group('unit')} {m.group('dir')} of "
                             f"{town.name}, as the text says", parent=town.id)
        same = known.get(m.span("name"))
        if same is not None:
            # A known name: its namesakes stand unless each is a quarter of the town measured from, or
            # lies in another country ("Amiriyah, 40 miles west of Baghdad" is no quarter of Baghdad); a
            # press distance that is wrong ("Mokha, about 60 km south of Hodeidah") leaves the town known.
            if any(km_between(p.place, place) <= max(_MISPLACED_KM, km * 3 / 4) or (
                    p.place.country == town.country and km_between(p.place, town) > _QUARTER_KM)
                   for p in same.matches):
                continue
            replaced.add(id(same))
        elif taken.overlaps(*m.span("name")) or not _unknown_name(name, gazetteer, people):
            # (a known name no candidate holds any more, its namesakes dropped as too far, is placed by the measure
            # too: "in Baghdadi, 120 miles northwest of the capital")
            continue
        first, last = _token_range(starts, *m.span("name"))
        out.append(Candidate(m.start("name"), m.end("name"), first, last, fold(name),
                             (Match(place, 50.0, "within"),), "within", precision="coarse"))
        taken.add(*m.span("name"))
    return out, replaced


# A known namesake this near where a measure puts a name (or within three quarters of the distance: the
# press rounds it and names one of eight directions) may be it.
_MISPLACED_KM = 30
_QUARTER_KM = 20  # a namesake this near the town measured from is one of its quarters
_MEASURED_KM = 500  # farther than this, a distance in the press is no way to place a village
# Farther than this from the town it is measured from, a place is no longer held by the town ("north of Baghdad" holds
# "Mashahidah, 25 miles north of Baghdad", not "Baghdadi, 120 miles northwest of the capital"), but by its country.
_FAR_MEASURE_KM = 100
_SAME_UNIT_KM = 25  # nearer than this to a town, a village measured from it is taken to share its province
_DISTANCE_HINT_RE = re.compile(r"\d\s*(?:km|kms|kilomet|miles)")
_DISTANCE_UNITS = ("km", "kilomet", "miles")  # every match of the hint holds one of them
_DISTANCE_HINT_ASCII_RE = ascii_twin(_DISTANCE_HINT_RE)
_COMPASS_WORDS = ("north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest"
                  "|north|south|east|west")
# "Nana Bakassa, 300 kilometres north of the capital Bangui", "Ntombi village, located about 40 kilometers
# (25 miles) northeast of Beni".
_MEASURED_RE = re.compile(
    # (a preposition that opens the sentence is no part of the name: "In Hariwan, 90 kilometres southeast of ...")
    r"(?<![\w'’-])(?!(?:In|At|On|Near|From|Outside|Around|And|But|Then)\s)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:(?:located|situated|lying)\s+)?"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|approximately\s+)?"
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>km|kms|kilometres|kilometers|miles)\b(?:\s+\([^()]{1,30}\))?\s+"
    rf"(?P<dir>{_COMPASS_WORDS})\s+of\s+(?:(?:the\s+(?:[a-z]+\s+)?(?:capital|city|town)(?:,)?\s+)?"
    r"(?P<ref>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b"
    # "Sulaiman Bek, located 100 miles north of the capital": the country's capital, unnamed.
    r"|(?P<capital>the\s+capital)\b(?!,?\s+[A-Z]))")
_R = 0.7071  # the share of a diagonal direction on each axis
_BEARINGS = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1), "northeast": (_R, _R),
             "northwest": (_R, -_R), "southeast": (-_R, _R), "southwest": (-_R, -_R)}


def _abroad_namesake(c: Candidate, names: dict[str, Candidate]) -> bool:
    """Whether ``c`` reads a later use of a village's name ("a resident in Mubarak village") as a
    namesake in another country than the village's, or as a loose spelling of another town's name
    ("Nampanha" as Namaacha): it is the village again."""
    village = names.get(c.key)
    return (village is not None and c.start > village.start and c.how != "within"
            and (c.how == "fuzzy"
                 or all(m.place.country != village.matches[0].place.country for m in c.matches)))


def _repeats(text: str, names: dict[str, Candidate], taken: list[Candidate], tokens: list[Token],
             bare_units: dict[str, Candidate] | None = None) -> list[Candidate]:
    """Later bare uses of a settlement's name, as the same place (and of a unit's name without its noun,
    ``bare_units``: {the name as written: the unit})."""
    if not names and not bare_units:
        return []
    out: list[Candidate] = []
    spans = _Spans((c.start, c.end) for c in taken)
    starts = token_starts(tokens)
    by_surface = {**(bare_units or {}), **{text[c.start:c.end]: c for c in names.values()}}
    # (a name is the same written with a hyphen or a space: "Tse-Aye villages", then "Tse Aye village")
    by_surface.update({other: c for surface, c in list(by_surface.items())
                       for other in (surface.replace("-", " "), surface.replace(" ", "-")) if other not in by_surface})
    # One pass over the text for every name (not one per name). Not part of a longer capitalised
    # name: "Police spokesman Bello Debiro" is no village.
    # Its settlement noun may follow ("in the main Daddarar Village"), not another capitalised word.
    nouns = sorted(w for (w, *more), n in place_nouns().items() if not more and n.kind == "city" and n.before)
    kind_words = {w for (w, *more), n in place_nouns().items() if not more and n.kind_word}
    pattern = re.compile(r"(?<![\w'’-])" + trie_regex(by_surface) + r"(?![\w-])"
                         + rf"(?! (?!(?i:{'|'.join(nouns)})\b)[A-Z])")
    for m in pattern.finditer(text):
        cand = by_surface.get(m.group())
        if cand is not None:
            a, b = m.span()
            if spans.overlaps(a, b):
                continue
            before = _NAME_BEFORE_RE.search(text, max(0, a - 40), a)
            if before is not None:
                if before.group().strip().lower() not in kind_words:
                    continue
                a = before.start()  # not after a capitalised word, but for a kind word: "in Barangay Tugas"
            spans.add(a, b)
            first, last = _token_range(starts, a, b)
            out.append(Candidate(a, b, first, last, cand.key, cand.matches, "within",
                                 precision=cand.precision))
    return out
