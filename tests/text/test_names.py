"""fold and variant skip the rewrites that cannot change a key (a substring look before each), and copy a
group by a function rather than a template: the keys are those of every rewrite run in full, on the
gazetteer's own names and on random text made to hit each rule."""

import random
import re
import sqlite3
import unicodedata
from pathlib import Path

import geodata
from geodata.text.names import fold, variant

# The rules as they were run before the looks: every pattern over every key, groups copied by templates.
_QUOTE_RE = re.compile("['’‘`´ʿʾʻʼ′]")
_SPACE_RE = re.compile(r"[\s\-‐‑‒–—_/.,()]+")
_ARTICLE_RE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath|ul|ed|en|er|es|esh|et|ez)\s+(?=\S)")
_NON_WORD_RE = re.compile(r"[^\w ]+")
_SPACES_RE = re.compile(r" +")
_RULES = (
    (re.compile(r"(?<=\w )[ae]([dlnrstz])(?=\1[a-z]{2})"), r"al \1"),
    (re.compile(r"(?<=\w )(?:al|el|ul|an|en|ar|er|as|es|ash|esh|at|et|ath|ad|ed|adh|az|ez)(?= \w)"), "al"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?<=[aeiouy])h\b"), ""),
    (re.compile(r"iye\b|iyeh\b"), "iya"),
    (re.compile(r"\bq"), "k"),
    (re.compile(r" i "), " e "),
    (re.compile(r" "), ""),
)


def full_fold(name: str) -> str:
    text = name if name.isascii() else "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = _QUOTE_RE.sub("", text).casefold()
    text = _SPACE_RE.sub(" ", text)
    text = _NON_WORD_RE.sub("", text).strip()
    text = _SPACES_RE.sub(" ", text)
    return _ARTICLE_RE.sub("", text)


def full_variant(name: str) -> str:
    key = full_fold(name)
    for pattern, repl in _RULES:
        key = pattern.sub(repl, key)
    return key


def _check(names):
    for name in names:
        assert fold.__wrapped__(name) == full_fold(name), name
        assert variant.__wrapped__(name) == full_variant(name), name


def test_the_gazetteers_names_fold_as_in_full():
    path = Path(geodata.__file__).parent / "data" / "gazetteer.sqlite"
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True) as con:
        # (every 40th place: names of every script and shape)
        names = [row[0] for k, row in enumerate(con.execute("SELECT name FROM places")) if k % 40 == 0]
    assert len(names) > 5_000
    _check(names)


_PIECES = ("a", "e", "l", "d", "z", "ez", "ed", "al", "el", "ul", "ash", "adh", "ee", "ou", "oo", "h", "ah", "iye",
           "iyeh", "q", "Q", "i", "ss", "rr", "zz", "Kut", "Deir", "Zor", "Mazar", "Sharif", "7", "77", "_", "ı", "İ",
           "ø", "é", "ß", "Ä", "ل", "'", "`", "´", "’", "ʿ", " ", " ", " ", "  ", "-", "‐", "–", ".", ",", "(", ")",
           "/", "\t", "\n", "\xa0", "\u2009", "\u200b", "!", "?", "*")


def test_random_names_fold_as_in_full():
    rng = random.Random(14)
    names = ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    _check(names)
    # Each rule matches some of the names, and so does each rewrite of fold the looks may skip.
    keys = [full_fold(n) for n in names]
    for pattern, _ in _RULES:
        assert sum(pattern.search(k) is not None for k in keys) > 20, pattern.pattern
    for pattern in (_SPACE_RE, _SPACES_RE):
        assert sum(pattern.sub(" ", n) != n for n in names) > 1_000
