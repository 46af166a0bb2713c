"""Phrases of the rule tables and how they are matched in text.

:func:`trie_regex` makes one regex of many words or phrases, factored as a trie:
Python's ``re`` tries a flat alternation ("across|and|at") branch by branch at
every position; the same words as a trie ("a(?:cross|nd|t)") fail fast. Every
rule table that becomes a regex (cue words, number words, name particles) is
built here. :func:`phrase_key` is how a phrase is keyed, :func:`phrase_pattern`
the regex of many keyed phrases, run over :func:`lowered` text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def trie_regex(phrases: Iterable[str], *, special: Mapping[str, str] | None = None) -> str:
    """A regex (not compiled) matching any of ``phrases``, longest first.

    ``special`` maps a character to the regex it stands for, e.g. ``{" ": r"\\s+"}``
    so that a space in a phrase matches any run of white space.
    """
    special = special or {}
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(special.get(ch) or re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


_WORD_CHARS = "-_‐"


def phrase_key(phrase: str) -> str:
    """A phrase as :func:`phrase_pattern` keys it: lower case, one space between words."""
    return " ".join(_KEY_SPLIT_RE.split(phrase.lower().replace("’", "'").strip()))


_KEY_SPLIT_RE = re.compile(r"[\s\-‐]+")


def phrase_pattern(phrases) -> re.Pattern[str]:
    """One regex for folded ``phrases``, to run over lower-cased text.

    A space stands for any run of spaces and hyphens, an apostrophe for either
    apostrophe, a final ``*`` for any word ending. The match must end at a word
    boundary; whether it starts at one is for the caller to check
    (:func:`starts_word`), as a look-behind would cost more than the whole search.
    """
    special = {" ": r"[\s\-‐]+", "*": r"[\w\-]*", "'": "['’]"}
    return re.compile(rf"{trie_regex(phrases, special=special)}(?![\w\-‐])")


def starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS)


def lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (characters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
