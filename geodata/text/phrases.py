"""One regex for many words or phrases, factored as a trie.

Python's ``re`` tries a flat alternation ("across|and|at") branch by branch at
every position; the same words as a trie ("a(?:cross|nd|t)") fail fast. Every
rule table that becomes a regex (cue words, number words, name particles) is
built here.
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
