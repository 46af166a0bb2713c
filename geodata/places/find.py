"""Find: every span of an article that could name a place.

Three finders, run at different points of :data:`geodata.places.PLACE_STEPS`:

* :func:`find_names`: runs of words whose folded form is a gazetteer name
  (exactly, or as a transliteration variant), with a following "province",
  "state", "city" taken in as the kind it asks for;
* :func:`fuzzy_candidates`: unknown spellings ("Nasariyah") in a place slot,
  once the article's focus country is known;
* :func:`capital_mentions`: "the capital", "the Iraqi capital".

Candidates may overlap ("Al Kut" and "Kut"); :mod:`geodata.places.settle` decides.
Nothing here chooses between namesakes; that is :mod:`geodata.places.resolve`.
"""

from __future__ import annotations

from dataclasses import replace

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import compress

from geodata import datafiles
from geodata.models import Article, Place, Sentence
from geodata.places.gazetteer import Gazetteer, Resolver
from geodata.places.types import (MATCH_KIND, TOKEN_CAPITALISED, TOKEN_START, Candidate, Match, Token, token_starts,
                                  token_texts)
from geodata.places.words import ARTICLES, NAME_PARTICLES, PlaceSlots, actor_names, before_inner_noun, place_words
from geodata.text.names import UPPER_LETTERS, fold
from geodata.text.phrases import ascii_twin, plain_text, trie_regex, with_first_chars
from geodata.text.sentences import abbreviations

# What may stand between two words of one name: a space or a hyphen.
_JOINS = frozenset({" ", "-", "‐"})


def tokenize(article: Article, sentences: tuple[Sentence, ...]) -> list[Token]:
    """The words of the article's sentences that may matter to a place name.

    Only capitalised words and the few lowercase words the rules look at
    ("in", "province", "southern", "al"...) are kept: the others never start,
    join or mark a name, and skipping them keeps extraction fast. A token's
    ``gap`` holds any skipped words, so adjacency tests stay exact.
    """
    tokens: list[Token] = []
    text = article.text
    # Most articles are all ASCII: the pattern's twin tests a word's letters in a table (the same matches).
    finditer = _token_re(plain_text(text)).finditer
    forms = _FORMS
    new = tuple.__new__  # Token's own __new__, without its Python-level wrapper
    for sentence in sentences:
        title_case = _is_title_case(text, sentence.start, sentence.end)
        index = sentence.index
        prev_end = sentence.start
        first = True
        for m in finditer(text, sentence.start, sentence.end):
            word = m.group()
            start, end = m.span()
            gap = text[prev_end:start]
            form = forms.get(word)
            if form is None:
                # "Iraqis'" and "Basra's" are possessives; "Samarra’" ends in a hamza;
                # "...returning to Iraq’." ends a quotation.
                if word[-1] in "'’":
                    possessive = word[-2:-1] == "s"
                    hamza = not possessive and _hamza(text, sentence.start, start, end, word)
                    core = word if hamza else word[:-1]
                    form = (core, len(core), possessive, core[0].isupper(), fold(core))
                else:
                    possessive = word[-2:] in ("'s", "’s") and (len(word) > 3 or word[0].isupper())
                    core = word[:-2] if possessive else word
                    form = (core, len(core), possessive, core[0].isupper(), fold(core))
                    if len(forms) < _MAX_FORMS:
                        forms[word] = form  # depends on the word alone: kept for its next occurrence
            if first:
                initial = _LETTER_RE.search(gap) is None
                first = False
            else:
                initial = title_case or (":" in gap and gap.rstrip()[-1:] in "‘“\"'(")
            core, size, possessive, capitalised, key = form
            tokens.append(new(Token, (start, start + size, core, index, len(tokens), possessive,
                                      initial or title_case, gap, capitalised, key)))
            prev_end = end
    return tokens


# A word's core, its length, whether it is a possessive, capitalised, and its folded key, by the
# word as matched: the same few thousand words come back in every article. A word ending in an
# apostrophe is left out (whether it is a hamza depends on the text around it); the table stops
# growing at _MAX_FORMS words, as fold's own cache does.
_MAX_FORMS = 200_000
_FORMS: dict[str, tuple[str, int, bool, bool, str]] = {}


_LETTER_RE = re.compile(r"[^\W\d_]")
_UPPER = UPPER_LETTERS


@cache
def _token_re(plain: bool = False) -> re.Pattern[str]:
    if plain:  # the text is all ASCII: the twin finds the same words, quicker (see ascii_twin)
        return ascii_twin(_token_re())
    words = set(NAME_PARTICLES)
    for group in place_words().values():
        words.update(w for w in group if w.isalpha())
    # "U.S.": a capital and a stop, then more of them (as "(?:[A-Z]\.){2,}" would say, but sre then sets
    # up a repeat at every word boundary before it tries the first capital: a seventh of the pattern's cost).
    # After the word boundary, a look-ahead for the words' first characters (with_first_chars): at a word's
    # end it fails at once, where the alternatives would each be tried.
    return re.compile(with_first_chars(
        rf"\b(?:[A-Z]\.(?:[A-Z]\.)+|[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)*['’]?"
        rf"|{trie_regex(words)}(?![^\W\d_]))"
    ))


_HEADLINE_MAX = 200
_LONG_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _is_title_case(text: str, start: int, end: int) -> bool:
    # Only short lines without a full stop can be headlines in Title Case.
    if end - start > _HEADLINE_MAX or text[end - 1] in ".!?\"”’":
        return False
    long_words = _LONG_WORD_RE.findall(text, start, end)
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6


def find_names(tokens: list[Token], gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """Every span of consecutive words whose folded form is a gazetteer name."""
    out: list[Candidate] = []
    n_tokens = len(tokens)
    suffixes = place_words().get("suffix", {})
    words = token_texts(tokens)
    # Looked up once: this loop runs over every token of the article, and reads the gazetteer's
    # answers so far before it asks.
    not_places, has_key, has_variant, max_words, stops = gazetteer.not_places, gazetteer.has_key, \
        gazetteer.has_variant, gazetteer.max_words, abbreviations()
    is_key, is_variant, words_of = gazetteer.answers()
    demonyms, actors = gazetteer.demonyms, actor_names()
    opens_none = gazetteer.memo.setdefault("find_names", {})
    for i, tok in enumerate(tokens):
        word = tok.text
        # Most words open no name whatever stands around them: answered once by word (see _opens_none).
        none = opens_none.get(word)
        if none is None:
            if len(opens_none) > _MAX_FORMS:
                opens_none.clear()
            none = opens_none[word] = _opens_none(word, tok.key, gazetteer)
        if none:
            continue
        # (A word longer than every article is none: lower case is never shorter, so it is not lowered.)
        is_article = len(word) <= _ARTICLE_SIZE and word.lower() in ARTICLES \
            and _is_article(tok, tokens[i + 1] if i + 1 < n_tokens else None)
        if not tok.capitalised and not is_article:
            continue
        # (A word with no capital after its first letter has no two after a small one: no search.)
        if not word[1:].islower() and _ODD_CASE_RE.search(word):
            continue  # "201 CoBRA battalion": an acronym written in mixed case, not the town Cobra
        if text[tok.end:tok.end + 1] == "." and f"{word}." in stops:
            continue  # an abbreviation: "Gen." in "Brig. Gen. Qassem Suleimani"
        head = tokens[i + 1].key if is_article else tok.key
        limit = min(n_tokens, i + (words_of.get(head) or max_words(head)) + (1 if is_article else 0))
        last, the_at = _run_end(tokens, words, i, limit)
        for j in range(last, i - 1, -1):
            key = _key_with_the(tokens, words, i, j) if the_at and j >= the_at else \
                fold(" ".join(words[i:j + 1])) if j > i else tok.key
            if key in not_places:
                break
            known = is_key.get(key)
            if known if known is not None else has_key(key):
                matches, how = gazetteer.exact(key), "exact"
                if _not_this_name(key, matches, words[i:j], tokens[j], gazetteer) \
                        or (not tokens[j].capitalised and _peoples_state(text, tok.start, key, matches, gazetteer)):
                    continue
            # Short keys have too many near-namesakes for a loose match ("Mr").
            # ... and a people's name is no other spelling of a place ("Saudi" is not Saoundi).
            elif len(key) >= 4 and tokens[j].capitalised and key not in demonyms and key not in actors \
                    and (known if (known := is_variant.get(key)) is not None else has_variant(key)):
                matches, how = gazetteer.variants(key), "variant"
                if len(key) < 5 and not _big_variant(matches, key, gazetteer, tok):
                    continue
            else:
                continue
            if text[tokens[j].end:tokens[j].end + 1] in _HYPHENS and _first_syllables(text, tokens[j].end, gazetteer):
                break  # the first syllables of a longer name: "Cho-irong district" is no Chờ, Vietnam
            cand = _with_suffix(Candidate(tok.start, tokens[j].end, i, j, key, tuple(matches), how), tokens, suffixes)
            cand = _with_prefix(cand, tokens, suffixes, gazetteer, out)
            out.append(_units_by_kind_word(_units_by_spelling(cand, gazetteer), tokens, demonyms, text))
            break
    return _with_the_names(out, tokens, words, gazetteer, text)


def _run_end(tokens: list[Token], words: list[str], i: int, limit: int) -> tuple[int, int]:
    """How far the words from ``i`` run on, joined by one space or hyphen, or by "the" after "of" ("the
    Republic of the Sudan": the word the tokens skip); and the first word after such a "the" (0: none)."""
    last, the_at = i, 0
    while last + 1 < limit and not tokens[last].possessive:
        gap = tokens[last + 1].gap
        if gap not in _JOINS:
            if gap != " the " or words[last] != "of":
                break
            the_at = the_at or last + 1
        last += 1
    return last, the_at


def _key_with_the(tokens: list[Token], words: list[str], i: int, j: int) -> str:
    """The folded key of words ``i`` to ``j``, with the "the"s the tokens skipped between them."""
    return fold(words[i] + "".join((" the " if tokens[k].gap == " the " else " ") + words[k]
                                   for k in range(i + 1, j + 1)))


def _with_the_names(cands: list[Candidate], tokens: list[Token], words: list[str],
                    gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """``cands`` with the names the gazetteer knows only with "the" before them ("the Mediterranean", "the
    Gulf", "the Caspian", not Caspian, Michigan), read from the capitalised words after a "the" that end no
    longer proper name ("the Gulf War", "the Gulf Cooperation Council"); the mention is the words after it."""
    starts = {c.first: k for k, c in enumerate(cands)}
    added = False
    for i in _after_the(tokens, text):
        tok = tokens[i]
        for j in range(min(len(tokens), i + _THE_NAME_WORDS) - 1, i - 1, -1):
            if j > i and tokens[j].gap != " ":
                continue
            after = tokens[j + 1] if j + 1 < len(tokens) else None
            if after is not None and after.capitalised and after.gap == " " and not after.initial:
                continue  # the head of a longer name
            key = fold("the " + " ".join(words[i:j + 1]))
            if not gazetteer.has_key(key) or _THE_NAME_AFTER_RE.match(text, tokens[j].end):
                continue
            # (only the project's own names: GeoNames' alternate names hold "The Mission" and its kind)
            matches = tuple(m for m in gazetteer.exact(key) if m.place.id.startswith("cur:"))
            if not matches:
                continue
            cand = Candidate(tok.start, tokens[j].end, i, j, key, matches, "exact")
            k = starts.get(i)
            if k is None:
                cands.append(cand)
                added = True
            elif cands[k].last <= j:
                cands[k] = cand
            break
    return sorted(cands, key=lambda c: c.start) if added else cands


def _after_the(tokens: list[Token], text: str) -> list[int]:
    """The index of each capitalised token right after a lowercase "the " that ends no longer word, in
    order. The text's few "the "s are found and their tokens looked up by start (a bisection): a look at
    every token for the word before it read the article's whole list for some nine names."""
    out = []
    at = text.find("the ")
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():  # ("bathe ", "Lathe ": no "the")
            k = bisect_left(tokens, at + 4, key=TOKEN_START)
            if k < len(tokens) and tokens[k].start == at + 4 and tokens[k].capitalised:
                out.append(k)
        at = text.find("the ", at + 4)
    return out


_THE_NAME_WORDS = 3  # words after "the" a name the gazetteer knows only with it may run to
# A noun after it that makes the name a land's: "the Mediterranean coast" is Syria's coast, not the sea.
_THE_NAME_AFTER_RE = re.compile(r"\s+(?:coast|coastal|coastline|shore|shores|seaboard|region)\b")


_ARTICLE_SIZE = max(map(len, ARTICLES))


def _opens_none(word: str, key: str, gazetteer: Gazetteer) -> bool:
    """Whether a token of ``word`` (folded ``key``) surely opens no name in :func:`find_names`, whatever
    the words around it: a small word that is no article, or a capitalised one that opens no name of
    more than one word and is itself neither a name nor, loosely, another spelling of one. Any other
    word (an article, a name, a first word of longer names) goes through the loop's own tests."""
    if word.lower() in ARTICLES:
        return False  # may open "al-Kut" with the word after it
    if not word[0].isupper():
        return True  # the loop skips a small word that is no article
    if gazetteer.max_words(key) > 1:
        return False
    if key in gazetteer.not_places:
        return True
    if gazetteer.has_key(key):
        return False
    return not (len(key) >= 4 and key not in gazetteer.demonyms and key not in actor_names()
                and gazetteer.has_variant(key))
# Two capitals right after a small letter: a brand or an acronym in mixed case ("CoBRA", "ReCAAP"), no
# place name ("McAllen", "KwaZulu" have one).
_ODD_CASE_RE = re.compile(r"[a-z][A-Z]{2}")


# A short name's other spelling is taken only for a city this big ("Raqa" for Raqqa): four letters
# have too many near-namesakes among smaller places and people's names.
_SHORT_VARIANT_POPULATION = 100_000


def _big_variant(matches: list[Match], key: str, gazetteer: Gazetteer, tok: Token) -> bool:
    """Whether a four-letter ``key``, of other spellings ``matches``, is a big city's, outside a
    sentence's first word."""
    return not tok.initial and key not in gazetteer.common_words and any(
        m.place.kind == "city" and m.place.population >= _SHORT_VARIANT_POPULATION for m in matches)


def _hamza(text: str, sentence_start: int, start: int, end: int, word: str) -> bool:
    if word[-2:-1].lower() not in "aeiou" or text[end:end + 1] in ".,;:!?)\"”":
        return False
    before = text[sentence_start:start]
    if word[-1] == "'":  # "'Death to America'": a straight quote closing a quotation
        return len(_OPEN_QUOTE_RE.findall(before)) <= len(_CLOSE_QUOTE_RE.findall(before))
    return before.count("‘") <= before.count("’")  # no quotation left open


_OPEN_QUOTE_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=\w)")
_CLOSE_QUOTE_RE = re.compile(r"(?<=\w)'(?=[\s.,;:!?)]|$)")


def _is_article(tok: Token, nxt: Token | None) -> bool:
    """An Arabic article before a name: "al-Kut", "al Kut", "As Samawah", "as-Sadr".

    English "at", "as", "an" are the same letters, so a lowercase short form
    counts only when a hyphen ties it to the capitalised name.
    """
    if nxt is None or not nxt.capitalised or nxt.sentence != tok.sentence:
        return False
    lower = tok.text.lower()
    if lower not in ARTICLES:
        return False
    return lower in ("al", "el") or tok.capitalised or nxt.gap in ("-", "‐")


def _with_suffix(cand: Candidate, tokens: list[Token], suffixes: dict[str, str]) -> Candidate:
    """Take in a following "province"/"state"/"city"... and the kind it implies."""
    nxt = cand.last + 1
    if nxt >= len(tokens) or tokens[cand.last].possessive or tokens[nxt].gap != " ":
        return cand
    word = tokens[nxt].text.lower()
    if word not in suffixes:
        return cand
    after = tokens[nxt + 1] if nxt + 1 < len(tokens) else None
    if after is not None and after.text == "of" and after.gap == " " and suffixes[word] not in _UNIT_KINDS \
            and not (tokens[nxt].text.islower() and _unit_named_after(tokens, nxt + 2)):
        # "the Baghdad neighbourhood of Dora", "the Baghdad district of Karrada": the suffix belongs to
        # the name after it; but "the Seno province of Burkina Faso" is Seno's, and so is "the Gimbi district of
        # the western zone of Wollega" (a unit holds it).
        return cand
    kind = suffixes[word] or cand.kind_hint
    if word in _descriptors() and tokens[nxt].text.islower():
        # "Peshawar city", "Aleppo town": the word says what the place is, but is no part of its name
        # (where "Sadr City" and "Gaza City" are names); the mention is the name, the kind is kept.
        return Candidate(cand.start, cand.end, cand.first, cand.last, cand.key, cand.matches, cand.how,
                         kind_hint=kind)
    return Candidate(cand.start, tokens[nxt].end, cand.first, nxt, cand.key, cand.matches, cand.how, kind_hint=kind)


_UNIT_KINDS = frozenset({"governorate", "state"})
_HYPHENS = frozenset("-‐")
_SYLLABLES_RE = re.compile(r"[-‐]([a-z]+)\b")  # a lowercase tail after a hyphen: "-irong", "-backed"
# The nouns of the larger units a district may be told "of": "the Gimbi district of the western zone of Wollega".
_LARGER_UNITS = frozenset({"zone", "province", "region", "state", "county", "division", "department", "governorate",
                           "oblast", "prefecture"})


def _unit_named_after(tokens: list[Token], at: int) -> bool:
    """Whether the words from ``at`` name a larger unit by its noun: "the western zone of", "Kayanza province"."""
    words = []
    for tok in tokens[at:at + 4]:
        if words and tok.gap.strip(" "):
            break  # (the unit is named before any stop: "the Baghdad neighbourhood of Dora, state television said")
        words.append(tok.text.lower())
    if words[:1] == ["the"]:
        words = words[1:]
    return any(w in _LARGER_UNITS for w in words[:3])


def _not_this_name(key: str, matches: list[Match], stem: list[str], last: Token, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer's name ``key`` is not what the words mean: a people's word ("Thai authorities",
    not another name of Alor Setar), or a city told with its descriptor that GeoNames' unit around it is
    named by ("Ganja city", not the unit "Ganja City"). ``stem``: the words before the last, ``last``."""
    if key in gazetteer.demonyms and not any(m.own_name for m in matches):
        return True
    return bool(stem) and not last.capitalised and (_city_as_its_unit(stem, last, matches, gazetteer)
                                                    or _unit_word_narrows(stem, last, matches, gazetteer))


def _peoples_state(text: str, start: int, key: str, matches: list[Match], gazetteer: Gazetteer) -> bool:
    """Whether "<people's word> state" at ``start`` names a people's government, not a unit abroad named after
    them: "an insurgency against the Somali state" is Somalia's, not Ethiopia's Somali region (but "in Ethiopia's
    Somali state" is the region, and "Shan state" is Myanmar's own)."""
    stem, _, last = key.rpartition(" ")
    if last != "state" or " " in stem or not _AGAINST_THE_RE.search(text, max(0, start - _AGAINST_REACH), start):
        return False
    people = gazetteer.demonyms.get(stem)
    return people is not None and all(m.place.country != people for m in matches)


_AGAINST_REACH = 40
_AGAINST_THE_RE = re.compile(r"\b(?:against|fight|fighting|overthrow|topple|toppling|undermine|undermining|"
                             r"collapse\s+of|failure\s+of|weakness\s+of|authority\s+of)\s+the\s+$")


def _unit_word_narrows(stem: list[str], last: Token, matches: list[Match], gazetteer: Gazetteer) -> bool:
    """Whether a unit's name with a lowercase kind word after it ("Punjab province") matched fewer of the
    units so named than the name alone: an alternate name one of them has in GeoNames (India's Punjab),
    not a reason to drop the others (Pakistan's). The name alone is read, and the kind word after it."""
    if place_words().get("suffix", {}).get(last.text.lower()) not in _UNIT_KINDS:
        return False
    named = {m.place.id for m in matches}
    return any(m.place.kind in _UNIT_KINDS and m.place.id not in named for m in gazetteer.exact(fold(" ".join(stem))))


def _city_as_its_unit(stem: list[str], last: Token, matches: list[Match], gazetteer: Gazetteer) -> bool:
    """Whether a name and a lowercase "city" or "town" after it ("Ganja city") matched only units that are
    cities in GeoNames' administrative table ("Ganja City") where the name alone is the city they hold: the
    press's word says what the place is, and the town is what it means."""
    if last.text.lower() not in _descriptors() or not matches or any(m.place.kind not in _UNIT_KINDS for m in matches):
        return False
    units = {(m.place.country, fold(m.place.admin1 or m.place.name)) for m in matches}
    return any(m.place.kind == "city" and (m.place.country, fold(m.place.admin1)) in units
               for m in gazetteer.exact(fold(" ".join(stem))))


def _first_syllables(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a hyphen at ``end`` ties on a lowercase tail that is no English word ("Cho-irong", not "US-backed")."""
    tail = _SYLLABLES_RE.match(text, end)
    # (an Arabic article ties on the next name, not a syllable: "the Marib-al Jawf front")
    return tail is not None and tail.group(1) not in gazetteer.common_words and tail.group(1) not in NAME_PARTICLES


def _units_by_kind_word(cand: Candidate, tokens: list[Token], demonyms: dict[str, str], text: str) -> Candidate:
    """A unit's name written with a kind word ("Plateau State") whose namesakes lie in several countries keeps
    those of the countries whose units the press calls so (``unit_kind_words.csv``): Nigeria's, not Benin's
    Plateau, a department. Where none is, or all are, the candidate is as found; so is a name a country's possessive
    or a people's word opens: "India's Punjab province" is India's, whatever its word."""
    if cand.first and (tokens[cand.first - 1].possessive or tokens[cand.first - 1].key in demonyms):
        return cand
    word = text[cand.start:cand.end].rpartition(" ")[2].lower()
    countries = unit_kind_countries().get(word)
    if countries is None or len({m.place.country for m in cand.matches if m.place.kind in _UNIT_KINDS}) < 2:
        return cand
    # Only a country whose units the table calls by another word loses its namesake: one the table does not list
    # keeps it, and so does a unit whose own name holds the word ("Eastern Province", "Northern Region").
    # (and only where a namesake's country is one the table lists for the word: "Saada province", of a country it
    # lists for "governorate", keeps all its namesakes)
    others = unit_kind_countries_elsewhere(word)
    kept = tuple(m for m in cand.matches if m.place.kind not in _UNIT_KINDS or m.place.country not in others
                 or fold(m.place.name).endswith(" " + word))
    if len(kept) == len(cand.matches) or not any(m.place.kind in _UNIT_KINDS and m.place.country in countries
                                                 for m in kept):
        return cand
    return replace(cand, matches=kept)


@cache
def unit_kind_countries_elsewhere(word: str) -> frozenset[str]:
    """The countries ``unit_kind_words.csv`` lists under another word than ``word`` only."""
    table = unit_kind_countries()
    return frozenset().union(*(c for w, c in table.items() if w != word)) - table.get(word, frozenset())


@cache
def unit_kind_countries() -> dict[str, frozenset[str]]:
    """``unit_kind_words.csv``: {kind word: the countries whose first-level units the press calls so}."""
    return {row["word"]: frozenset(row["countries"].split()) for row in datafiles.rows("unit_kind_words.csv")}


def _units_by_spelling(cand: Candidate, gazetteer: Gazetteer) -> Candidate:
    """A name asked for as a unit ("the Saada province") whose exact spelling names only towns
    (Sa'dah, the city) also offers the units it spells loosely (Şa‘dah, the governorate)."""
    if cand.kind_hint not in _UNIT_KINDS or not _UNIT_KINDS.isdisjoint(map(MATCH_KIND, cand.matches)):
        return cand
    units = [m for m in gazetteer.variants(cand.key) if m.place.kind in _UNIT_KINDS]
    if not units:
        # "the province of Dhale": a town named like its province (Aḑ Ḑāli‘ in Aḑ Ḑāli‘) offers
        # that province, however the press spells it.
        towns = {(m.place.admin1, m.place.country) for m in cand.matches
                 if m.place.kind == "city" and m.place.admin1 and fold(m.place.admin1) == fold(m.place.name)}
        units = [u for admin1, country in towns for u in gazetteer.exact(fold(admin1))
                 if u.place.kind in _UNIT_KINDS and u.place.country == country and u.place.name == admin1]
    return replace(cand, matches=cand.matches + tuple(units)) if units else cand


@cache
def _descriptors() -> frozenset[str]:
    return frozenset(place_words().get("descriptor", {}))


def _with_prefix(cand: Candidate, tokens: list[Token], suffixes: dict[str, str], gazetteer: Gazetteer,
                 before: list[Candidate]) -> Candidate:
    """"the province of Aleppo", "the state of Gezira", "the region of Mopti": the kind the words
    before the name ask for, when no word after it said one, and the places the name has with that
    word after it ("Aleppo province": the unit, where "Aleppo" alone is the city). The name's span
    stays the name. A later item of a list a plural kind word opens is asked for alike ("the provinces of
    Samar, Negros Oriental, and Negros Occidental"; ``before``: the names found before it)."""
    if cand.kind_hint or cand.first < 2:
        return cand
    of, word = tokens[cand.first - 1], tokens[cand.first - 2]
    if of.text != "of" or of.sentence != tokens[cand.first].sentence or word.capitalised:
        # "the State of Israel", "Islamic State of Iraq": a name, not a kind word
        single = _listed_after_kind(before, cand, tokens, suffixes)
        return _asked_as(cand, single, suffixes[single], gazetteer) if single else cand
    single = _singular_kind_word(word.text.lower(), suffixes)
    if not single or of.gap != " ":
        return cand  # (the kind word right before "of": the tokens skip most lowercase words between)
    if cand.first >= 3 and _named_before(tokens[cand.first - 3], word, gazetteer):
        return cand  # "the Bab Sharqi district of Damascus": the district is named before; Damascus holds it
    return _asked_as(cand, single, suffixes[single], gazetteer)


def _singular_kind_word(word: str, suffixes: dict[str, str]) -> str:
    """A kind word in the singular, as written or from its plural ("the provinces of Samar, Negros Oriental and
    Negros Occidental"); "" for no kind word."""
    if suffixes.get(word):
        return word
    return word[:-1] if word.endswith("s") and suffixes.get(word[:-1]) else ""


def _asked_as(cand: Candidate, word: str, kind: str, gazetteer: Gazetteer) -> Candidate:
    """``cand`` asked for as a place of ``kind`` by the kind word ``word`` before it."""
    for named in (f"{cand.key} {word}", f"{cand.key} {kind}"):
        if gazetteer.has_key(named):
            return replace(cand, key=named, matches=tuple(gazetteer.exact(named)), kind_hint=kind)
    return replace(cand, kind_hint=kind)


def _listed_after_kind(out: list[Candidate], cand: Candidate, tokens: list[Token], suffixes: dict[str, str]) -> str:
    """The singular kind word of a list that a plural kind word and "of" open ("the provinces of Samar, Negros
    Oriental, and ..."), where ``cand`` is a later item of it (``out``: the names found before it); "" if none."""
    item = cand
    for prev in reversed(out):
        between = tokens[prev.last + 1:item.first]
        # (items joined by a comma, and the last by "and" only: "the states of Guerrero and Michoacan, Mexico" ends
        # its list at "and")
        if tokens[item.first].sentence != tokens[prev.last].sentence or not (
                (not between and tokens[item.first].gap.strip() == ",")
                or (item is cand and len(between) == 1 and between[0].text == "and"
                    and between[0].gap.strip() in ("", ",") and tokens[item.first].gap == " ")):
            break
        item = prev
    if item is cand or item.first < 2 or tokens[item.first - 1].text != "of":
        return ""
    word = tokens[item.first - 2].text.lower()
    # (a plural only: "the province of Samar, Leyte" names one province and a town)
    return _singular_kind_word(word, suffixes) if word.endswith("s") and word not in suffixes else ""


def _named_before(prev: Token, word: Token, gazetteer: Gazetteer) -> bool:
    """Whether a name stands right before the kind word (not a people's or a creed's word, nor a
    compound adjective: "the Kurdish district of", "the Maoist-controlled district of")."""
    # Only a space between: "Tillia, region of Tahoua" and "Kossa (district of Mora)" name two places.
    return (word.gap.isspace() and prev.capitalised and not prev.initial and prev.sentence == word.sentence
            and "-" not in prev.text
            and prev.key not in gazetteer.demonyms and prev.key not in gazetteer.not_places)


# -- unknown spellings -------------------------------------------------------------
# Words that end names of movements and peoples, never of places ("Sadrist").
_NOT_PLACE_ENDINGS = ("ist", "ists", "ism", "ian", "ians", "ese", "ites")


def fuzzy_candidates(tokens: list[Token], taken: list[Candidate], people: set[str],
                     gazetteer: Gazetteer, focus: str | None,
                     online: Resolver | None = None) -> list[Candidate]:
    """Unknown spellings ("Nasariyah", "Qiblas"): capitalised words in a place-like
    slot (after "in", in a list of places, before "neighbourhood") that are one
    or two letters from a name in the focus country or a major place."""
    covered = set()
    for cand in taken:
        covered.update(range(cand.first, cand.last + 1))
    slots = PlaceSlots(tokens, taken)
    out: list[Candidate] = []
    resolved: dict[str, list[Match]] = {}
    for i in compress(range(len(tokens)), map(TOKEN_CAPITALISED, tokens)):  # the capitalised words only
        tok = tokens[i]
        if i in covered or tok.text.isupper():
            continue
        key = tok.key
        if (len(key) < 5 or key in gazetteer.common_words or key in gazetteer.not_places
                or key in people or key in gazetteer.demonyms or key.endswith(_NOT_PLACE_ENDINGS)
                # (nor the plural of a people or a creed: "a gathering of Sufis" is no Sufiya)
                or (key[-1] == "s" and (key[:-1] in gazetteer.not_places or key[:-1] in gazetteer.demonyms))):
            continue
        # A capitalised neighbour that is not a place makes this part of a
        # person's or organisation's name ("Qassem Suleimani").
        if _capitalised_neighbour(tokens, i, slots.starts, slots.ends):
            continue
        if not slots.is_slot(i):
            continue
        if before_inner_noun(tokens, i):
            continue  # ("the Rawdha neighbourhood": a place of that kind, see within, not a town spelled nearly so)
        if key not in resolved:
            matches = gazetteer.fuzzy_all(key, country=focus)
            if not matches and online is not None:
                place = online.resolve(tok.text, country=focus)
                matches = [Match(place, 50.0, "online", True)] if place else []
            resolved[key] = matches
        if resolved[key]:
            out.append(Candidate(tok.start, tok.end, i, i, key, tuple(resolved[key]),
                                 resolved[key][0].how))
    return out


def _capitalised_neighbour(tokens: list[Token], i: int, starts: set[int], ends: set[int]) -> bool:
    after = i + 2
    if (after < len(tokens) and tokens[i + 1].gap == " " and tokens[after].gap == "-"
            and tokens[i + 1].text.lower() in ARTICLES and tokens[after].capitalised
            and tokens[after].sentence == tokens[i].sentence):
        return True  # "Murat al-Numan": the name goes on; its first word alone is no other place
    before = i - 2
    if (before >= 0 and tokens[i].gap == "-" and tokens[i - 1].gap == " " and tokens[i - 1].text.lower() in ARTICLES
            and tokens[before].capitalised and tokens[before].sentence == tokens[i].sentence):
        return True  # "Mohammed al-Tamimi": the name began before; its last word alone is no other place
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and tokens[j].sentence == tokens[i].sentence:
            tok = tokens[j]
            joined = (tokens[i].gap if j < i else tok.gap) in (" ", "-")
            if joined and tok.capitalised and not tok.initial and j not in starts and j not in ends:
                return True
    return False


# -- "the capital" -----------------------------------------------------------------
_CAPITAL_RE = re.compile(r"\bthe\s+(?:([A-Z][a-z]+)\s+)?capital\b(?!\s+(?:of|city\s+of)\b)(?!['’])")


def capital_mentions(text: str, sentences: tuple[Sentence, ...], tokens: list[Token],
                     gazetteer: Gazetteer, focus: str | None) -> list[Candidate]:
    """"the capital" (of the focus country), "the Iraqi capital" (of that country)."""
    out = []
    starts = token_starts(tokens)
    for sentence in sentences:
        if "capital" not in text[sentence.start:sentence.end]:
            continue
        for m in _CAPITAL_RE.finditer(text, sentence.start, sentence.end):
            country = gazetteer.demonyms.get(fold(m.group(1))) if m.group(1) else focus
            if m.group(1) and country is None:
                continue
            if _named_after(text, m.end(), sentence.end, gazetteer):
                continue  # "the Afghan capital, Kabul", "the capital Lashkar Gah": the name is the mention
            capital = gazetteer.capital(country) if country else None
            if capital is None:
                continue
            out.append(_capital_candidate(m.start(), m.end(), fold(m.group()), capital, starts))
        for m in _POSSESSIVE_CAPITAL_RE.finditer(text, sentence.start, sentence.end):
            # "Central African Republic's capital is experiencing unprecedented levels of violence": Bangui.
            countries = {x.place.country for x in gazetteer.exact(fold(m.group("name"))) if x.place.kind == "country"}
            capital = gazetteer.capital(countries.pop()) if len(countries) == 1 else None
            if capital is None or _named_after(text, m.end(), sentence.end, gazetteer):
                continue
            out.append(_capital_candidate(m.start("capital"), m.end(), "capital", capital, starts))
    return out


def _capital_candidate(start: int, end: int, key: str, capital: Place, starts: list[int]) -> Candidate:
    """The words ``start``..``end`` as a mention of a country's ``capital``, read from context."""
    return Candidate(start, end, _index_at(starts, start), _index_at(starts, end - 1), key,
                     (Match(capital, 100.0, "context", False),), "context", place_id=capital.id)


# "Central African Republic's capital", "Sudan's capital": the country's capital (not "Ukraine's capital of
# culture", nor "the capital city of").
_POSSESSIVE_CAPITAL_RE = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+(?P<capital>capital)\b"
                                    r"(?!\s+(?:of|city\s+of)\b)")


# "the capital of Ethiopia's northern Tigray region": the words before the unit's name.
_UNIT_CAPITAL_RE = re.compile(r"\bthe\s+(?:regional\s+|provincial\s+|state\s+)?capital\s+of\s+")
_UNIT_CAPITAL_REACH = 60  # characters from "of" to the unit's name


def unit_capital_mentions(text: str, sentences: tuple[Sentence, ...], tokens: list[Token],
                          cands: list[Candidate]) -> list[Candidate]:
    """"the capital of ... Tigray region": the town of that unit the article names ("Mekelle"), when
    it names one and only one; the gazetteer does not say which town is a unit's seat, so a unit's
    capital the article never names stays unread."""
    out: list[Candidate] = []
    if "capital of" not in text:
        return out
    starts = token_starts(tokens)
    cands = sorted(cands, key=lambda c: c.start)
    cand_starts = [c.start for c in cands]
    ends = {c.end for c in cands}
    towns: dict[tuple[str, str], dict[str, Place]] = {}  # (unit, country) -> the article's towns in it
    for c in cands:
        if c.matches and c.matches[0].place.kind == "city":
            place = c.matches[0].place
            towns.setdefault((place.admin1, place.country), {})[place.id] = place
    for sentence in sentences:
        if "capital of" not in text[sentence.start:sentence.end]:
            continue
        for m in _UNIT_CAPITAL_RE.finditer(text, sentence.start, sentence.end):
            if any(m.start() - k in ends and text[m.start() - k:m.start()].strip() in (",", "") for k in range(4)):
                continue  # "Ramadi, the capital of Anbar province": the town is named already
            lo, hi = bisect_left(cand_starts, m.end()), bisect_right(cand_starts, m.end() + _UNIT_CAPITAL_REACH)
            unit = next((c for c in cands[lo:hi] if c.matches and c.matches[0].place.kind in ("governorate", "state")),
                        None)
            if unit is None:
                continue
            place = unit.matches[0].place
            found = towns.get((place.name, place.country), {})
            if len(found) != 1:
                continue
            town = next(iter(found.values()))
            end = text.rfind("capital", m.start(), m.end()) + len("capital")
            out.append(Candidate(m.start(), end, _index_at(starts, m.start()), _index_at(starts, end - 1),
                                 fold(text[m.start():end]), (Match(town, 100.0, "context", False),), "context",
                                 place_id=town.id))
    return out


_APPOSITION_RE = re.compile(r",?\s+([A-Z][\w’'-]*)")


def _named_after(text: str, end: int, limit: int, gazetteer: Gazetteer) -> bool:
    """Whether a place name follows "the capital" in apposition: then the phrase only introduces
    it, and is no mention of its own (which would be the country's capital, often wrongly: "the
    capital Lashkar Gah" of Helmand)."""
    m = _APPOSITION_RE.match(text, end, limit)
    if m is None:
        return False
    key = fold(m.group(1))
    return bool(key) and (gazetteer.has_key(key) or gazetteer.max_words(key) > 1)


def _index_at(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)
