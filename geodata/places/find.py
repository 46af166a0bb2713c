"""Find: every span of an article that could name a place.

Candidates may overlap ("Al Kut" and "Kut"); :mod:`geodata.places.settle` decides.
Nothing here chooses between namesakes; that is :mod:`geodata.places.resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from geodata import datafiles
from geodata.places.gazetteer import Gazetteer, Match
from geodata.models import Article, Sentence
from geodata.text.names import fold
from geodata.text.phrases import trie_regex
from geodata.text.sentences import abbreviations

# A word: letters with inner apostrophes ("Shi'ite", "Baghdad's"). Hyphens and
# spaces separate words; multi-word names are joined back below.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_JOINS = frozenset({" ", "-", "‐"})
# Words that may sit lowercase inside a name ("Jurf al-Sakhar", "Abu Ghraib").
NAME_PARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "bin", "ibn", "bani",
                            "abu", "um", "umm", "de", "du", "la", "le", "van", "von", "dhi", "i", "e"})
ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "at", "ad", "az"})


class Token(NamedTuple):
    # A NamedTuple, not a dataclass: thousands are made per article.
    start: int
    end: int  # end of the word without a possessive "'s"
    text: str  # the word without its possessive
    sentence: int
    index: int  # position in the article's token list
    possessive: bool
    initial: bool  # first word of its sentence, or in a title-case sentence
    gap: str  # the text between the previous kept token and this one
    capitalised: bool
    key: str  # the folded word: computed once, looked up many times


@dataclass(frozen=True)
class Candidate:
    """A span that may name a place, with every place it may name."""

    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token
    key: str
    matches: tuple[Match, ...]
    how: str  # exact / variant / fuzzy / context
    kind_hint: str = ""  # governorate / state / city when a word says so
    precision: str = ""  # "coarse" when the text only says "near" the place
    place_id: str = ""  # set by context rules that already know the place


@cache
def place_words() -> dict[str, dict[str, str]]:
    """``place_words.csv``: {use: {word: effect}}."""
    out: dict[str, dict[str, str]] = {}
    for row in datafiles.rows("place_words.csv"):
        out.setdefault(row["use"], {})[row["word"]] = row["effect"]
    return out


def tokenize(article: Article, sentences: tuple[Sentence, ...]) -> list[Token]:
    """The words of the article's sentences that may matter to a place name.

    Only capitalised words and the few lowercase words the rules look at
    ("in", "province", "southern", "al"...) are kept: the others never start,
    join or mark a name, and skipping them keeps extraction fast. A token's
    ``gap`` holds any skipped words, so adjacency tests stay exact.
    """
    tokens: list[Token] = []
    text = article.text
    pattern = _token_re()
    for sentence in sentences:
        title_case = _is_title_case(text, sentence.start, sentence.end)
        prev_end = sentence.start
        first = True
        for m in pattern.finditer(text, sentence.start, sentence.end):
            word = m.group()
            start = m.start()
            gap = text[prev_end:start]
            # "Iraqis'" and "Basra's" are possessives; "Samarra’" ends in a hamza;
            # "...returning to Iraq’." ends a quotation.
            if word[-1] in "'’":
                possessive = word[-2:-1] == "s"
                hamza = not possessive and _hamza(text, sentence.start, m.start(), m.end(), word)
                core = word if hamza else word[:-1]
            else:
                possessive = word[-2:] in ("'s", "’s") and len(word) > 3
                core = word[:-2] if possessive else word
            if first:
                initial = _LETTER_RE.search(gap) is None
                first = False
            else:
                initial = title_case or (":" in gap and gap.rstrip()[-1:] in "‘“\"'(")
            tokens.append(Token(start, start + len(core), core, sentence.index, len(tokens),
                                possessive, initial or title_case, gap, core[0].isupper(), fold(core)))
            prev_end = m.end()
    return tokens


_LETTER_RE = re.compile(r"[^\W\d_]")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽḤḌṢṬẒ"


@cache
def _token_re() -> re.Pattern[str]:
    words = set(NAME_PARTICLES)
    for group in place_words().values():
        words.update(w for w in group if w.isalpha())
    return re.compile(
        rf"\b(?:(?:[A-Z]\.){{2,}}|[{_UPPER}][^\W\d_]*(?:['’][^\W\d_]+)*['’]?"
        rf"|{trie_regex(words)}(?![^\W\d_]))"
    )



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
    for i, tok in enumerate(tokens):
        is_article = tok.text.lower() in ARTICLES and _is_article(tok, tokens[i + 1] if i + 1 < n_tokens else None)
        if not tok.capitalised and not is_article:
            continue
        if _abbreviation(tok, tokens, i, text):
            continue  # "Gen." in "Brig. Gen. Qassem Suleimani"
        head = tokens[i + 1].key if is_article else tok.key
        limit = min(n_tokens, i + gazetteer.max_words(head) + (1 if is_article else 0))
        last = i  # how far the words run on, joined by one space or hyphen
        while last + 1 < limit and not tokens[last].possessive and tokens[last + 1].gap in _JOINS:
            last += 1
        for j in range(last, i - 1, -1):
            key = fold(" ".join(t.text for t in tokens[i:j + 1])) if j > i else tok.key
            if key in gazetteer.not_places:
                break
            if gazetteer.has_key(key):
                matches, how = gazetteer.exact(key), "exact"
            # Short keys have too many near-namesakes for a loose match ("Mr").
            elif len(key) >= 5 and tokens[j].capitalised and gazetteer.has_variant(key):
                matches, how = gazetteer.variants(key), "variant"
            else:
                continue
            out.append(_with_suffix(Candidate(tok.start, tokens[j].end, i, j, key,
                                              tuple(matches), how), tokens, suffixes))
            break
    return out


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


def _abbreviation(tok: Token, tokens: list[Token], i: int, text: str) -> bool:
    if text[tok.end:tok.end + 1] != ".":
        return False
    return f"{tok.text}." in abbreviations()


def _with_suffix(cand: Candidate, tokens: list[Token], suffixes: dict[str, str]) -> Candidate:
    """Take in a following "province"/"state"/"city"... and the kind it implies."""
    nxt = cand.last + 1
    if nxt >= len(tokens) or tokens[cand.last].possessive or tokens[nxt].gap != " ":
        return cand
    word = tokens[nxt].text.lower()
    if word not in suffixes:
        return cand
    after = tokens[nxt + 1] if nxt + 1 < len(tokens) else None
    if after is not None and after.text == "of" and after.gap == " ":
        return cand  # "the Baghdad neighbourhood of Dora": the suffix belongs to Dora
    return Candidate(cand.start, tokens[nxt].end, cand.first, nxt, cand.key, cand.matches,
                     cand.how, kind_hint=suffixes[word] or cand.kind_hint)


def sentence_of(tokens: list[Token], offset: int) -> int:
    """The index in ``tokens`` of the last token starting at or before ``offset``."""
    starts = [t.start for t in tokens]
    return bisect_right(starts, offset) - 1
