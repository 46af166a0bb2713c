"""How place names are folded so that every press spelling meets one key.

``fold`` is exact up to case, diacritics, punctuation and the Arabic article;
``variant`` also folds the usual transliteration wobbles (doubled letters, a
final -h, ee/ou for i/u) so that "Nassiriya" meets "Nasiriyah".
Both are used on gazetteer names at build time and on text at run time, so
they must stay in step: change them and rebuild the gazetteer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter

# Marks the press uses (or drops) for ayn, hamza and the apostrophe.
# The capital letters a name may open on, as a regular-expression class's body (Python's re has no \p{Lu}): ASCII,
# Latin-1, Latin Extended-A and the dotted ones of transliterated Arabic.
UPPER_LETTERS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽḤḌṢṬẒ"
_QUOTES = "'’‘`´ʿʾʻʼ′"
_QUOTE_RE = re.compile(f"[{_QUOTES}]")
_SPACE_RE = re.compile(r"[\s\-‐‑‒–—_/.,()]+")
# What _SPACE_RE reads as a break, but a plain space: a text without it, nor two spaces in a row, is left alike.
_BREAK_BUT_SPACE_RE = re.compile(r"[^\S ]|[\-‐‑‒–—_/.,()]")
# The Arabic article in its transliterations, with its sun-letter forms.
# Only stripped in front of a further word, so "As" alone stays "as".
# "ed-Daein", "er-Rahad", "en-Nahud": the Sudanese and Levantine e- forms too.
_ARTICLE_RE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath|ul|ed|en|er|es|esh|et|ez)\s+(?=\S)")
_NON_WORD_RE = re.compile(r"[^\w ]+")
_SPACES_RE = re.compile(r" +")


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-free key of a name, without a leading Arabic article."""
    # ASCII is its own decomposition and has no combining marks: no character-by-character pass.
    text = name if name.isascii() else "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    # Each rewrite is skipped where a look says its pattern cannot match (most names are one or two plain
    # words): a new name of every article is folded, and a search costs more than the look.
    plain = text.isascii()
    if not plain or "'" in text or "`" in text:  # (the other marks are beyond ASCII)
        text = _QUOTE_RE.sub("", text)
    text = text.casefold()
    if "  " in text or _BREAK_BUT_SPACE_RE.search(text):  # (the pattern would rewrite a single space as itself)
        text = _SPACE_RE.sub(" ", text)
    if not (plain and text.replace(" ", "").isalnum()):  # (ASCII letters and digits are word characters)
        text = _NON_WORD_RE.sub("", text)
    text = text.strip()
    if "  " in text:  # (the pattern would rewrite every single space as itself)
        text = _SPACES_RE.sub(" ", text)
    return _ARTICLE_RE.sub("", text) if text[:1] in "aeu" else text  # (every article opens on one of them)


def _article(m: re.Match[str]) -> str:
    return "al " + m[1]


# Each rule with a piece of text the key holds wherever its pattern matches ("" for none): a key without it is
# left as it is without a search. Most names are one word with no "ee", "ou", "q" nor "iye", and a
# new name of every article is folded (a search and its call cost more than a substring look).
# A replacement that copies a group is a function, not a template ("al \1"): sre hands a template to
# Python at every call, matched or not.
_VARIANT_RULES = (
    # An article fused to the word it assimilates to: "Deir Ezzor" is "Deir ez-Zor", "Ramadi" not.
    (re.compile(r"(?<=\w )[ae]([dlnrstz])(?=\1[a-z]{2})"), _article, " "),
    # An article inside a name, in any of its sun-letter spellings:
    # Suq al-Shuyukh / Suq ash Shuyukh, Ras en Naqoura / Ras al-Naqoura.
    (re.compile(r"(?<=\w )(?:al|el|ul|an|en|ar|er|as|es|ash|esh|at|et|ath|ad|ed|adh|az|ez)(?= \w)"), "al", " "),
    (re.compile(r"ee"), "i", "ee"),  # Khamsa Meel -> Khamsa Mil
    (re.compile(r"ou|oo"), "u", "o"),
    (re.compile(r"([a-z])\1+"), itemgetter(1), ""),  # Nassiriya -> Nasiriya: the run's letter
    (re.compile(r"(?<=[aeiouy])h\b"), "", "h"),  # Hillah -> Hilla, Amarah -> Amara
    (re.compile(r"iye\b|iyeh\b"), "iya", "iye"),
    (re.compile(r"\bq"), "k", "q"),  # Qut / Kut
    (re.compile(r" i "), " e ", " i "),  # Mazar-i-Sharif / Mazar-e Sharif
    (re.compile(r" "), "", " "),  # Balad Ruz / Baladruz, Bint Jbeil / Bintjbeil
)


@lru_cache(maxsize=200_000)
def variant(name: str) -> str:
    """A looser key than :func:`fold` that merges common transliteration variants."""
    key = fold(name)
    for pattern, repl, needs in _VARIANT_RULES:
        if needs in key:
            key = pattern.sub(repl, key)
    return key
