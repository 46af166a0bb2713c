"""Find: every span of an article that could name a place.

Candidates may overlap ("Al Kut" and "Kut"); :mod:`geodata.settle` decides.
Nothing here chooses between namesakes; that is :mod:`geodata.resolve`.
"""

from __future__ import annotations

import csv
import io
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from geodata.gazetteer import Gazetteer, Match
from geodata.models import Article, Sentence
from geodata.names import fold
from geodata.sentences import abbreviations

# A word: letters with inner apostrophes ("Shi'ite", "Baghdad's"). Hyphens and
# spaces separate words; multi-word names are joined back below.
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_JOIN_RE = re.compile(r"[ \-‐]")
# Words that may sit lowercase inside a name ("Jurf al-Sakhar", "Abu Ghraib").
NAME_PARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "bin", "ibn", "bani",
                            "abu", "um", "umm", "de", "du", "la", "le", "van", "von", "dhi"})
ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "at", "ad", "az"})


@dataclass(frozen=True)
class Token:
    start: int
    end: int  # end of the word without a possessive "'s"
    text: str  # the word without its possessive
    sentence: int
    index: int  # position in the article's token list
    possessive: bool
    initial: bool  # first word of its sentence, or in a title-case sentence
    gap: str  # the text between the previous token and this one

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def key(self) -> str:
        return fold(self.text)


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
    text = (resources.files("geodata") / "data" / "place_words.csv").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["use"], {})[row["word"]] = row["effect"]
    return out


def tokenize(article: Article, sentences: tuple[Sentence, ...]) -> list[Token]:
    """The words of the article's sentences, with their sentence and offsets."""
    tokens: list[Token] = []
    text = article.text
    for sentence in sentences:
        words = list(_WORD_RE.finditer(text, sentence.start, sentence.end))
        title_case = _is_title_case(words)
        prev_end = sentence.start
        for n, m in enumerate(words):
            word = m.group()
            possessive = bool(_POSSESSIVE_RE.search(word)) and len(word) > 2
            core = _POSSESSIVE_RE.sub("", word) if possessive else word
            tokens.append(Token(
                m.start(), m.start() + len(core), core, sentence.index, len(tokens), possessive,
                title_case or n == 0 or _opens_quote(text, prev_end, m.start()),
                text[prev_end:m.start()],
            ))
            prev_end = m.end()
    return tokens


def _is_title_case(words: list[re.Match]) -> bool:
    long_words = [m.group() for m in words if len(m.group()) > 3]
    if len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6


def _opens_quote(text: str, prev_end: int, start: int) -> bool:
    # A word right after an opening quote starts a quoted sentence.
    gap = text[prev_end:start]
    return bool(gap) and gap.rstrip()[-1:] in "‘“\"'(" and ":" in text[max(0, prev_end - 3):start]


def find_names(tokens: list[Token], gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """Every span of consecutive words whose folded form is a gazetteer name."""
    out: list[Candidate] = []
    n_tokens = len(tokens)
    suffixes = place_words().get("suffix", {})
    for i, tok in enumerate(tokens):
        lower = tok.text.lower()
        is_article = lower in ARTICLES
        if not tok.capitalised and not (is_article and i + 1 < n_tokens and tokens[i + 1].capitalised):
            continue
        if _abbreviation(tok, tokens, i, text):
            continue  # "Gen." in "Brig. Gen. Qassem Suleimani"
        head = tokens[i + 1].key if is_article and i + 1 < n_tokens else tok.key
        width = gazetteer.max_words(head) + (1 if is_article else 0)
        for j in range(min(n_tokens, i + width) - 1, i - 1, -1):
            span = tokens[i:j + 1]
            if not _contiguous(span):
                continue
            key = fold(" ".join(t.text for t in span))
            if key in gazetteer.not_places:
                break
            matches = gazetteer.exact(key)
            how = "exact"
            # Short keys have too many near-namesakes for a loose match ("Mr").
            if not matches and tokens[j].capitalised and len(key) >= 5:
                matches = gazetteer.variants(key)
                how = "variant"
            if matches:
                out.append(_with_suffix(Candidate(tok.start, tokens[j].end, i, j, key,
                                                  tuple(matches), how), tokens, suffixes))
                break
    return out


def _abbreviation(tok: Token, tokens: list[Token], i: int, text: str) -> bool:
    if text[tok.end:tok.end + 1] != ".":
        return False
    return f"{tok.text}." in abbreviations()


def _contiguous(span: list[Token]) -> bool:
    # Inner words must be joined by one space or hyphen, and only the last
    # may carry a possessive ("Baghdad's Sadr City" is two names).
    for t in span[1:]:
        if not _JOIN_RE.fullmatch(t.gap):
            return False
    return not any(t.possessive for t in span[:-1])


def _with_suffix(cand: Candidate, tokens: list[Token], suffixes: dict[str, str]) -> Candidate:
    """Take in a following "province"/"state"/"city"... and the kind it implies."""
    nxt = cand.last + 1
    if nxt >= len(tokens) or tokens[cand.last].possessive or tokens[nxt].gap != " ":
        return cand
    word = tokens[nxt].text.lower()
    if word not in suffixes:
        return cand
    return Candidate(cand.start, tokens[nxt].end, cand.first, nxt, cand.key, cand.matches,
                     cand.how, kind_hint=suffixes[word] or cand.kind_hint)


def sentence_of(tokens: list[Token], offset: int) -> int:
    """The index in ``tokens`` of the last token starting at or before ``offset``."""
    starts = [t.start for t in tokens]
    return bisect_right(starts, offset) - 1
