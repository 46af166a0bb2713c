"""Sentence spans inside an article's body.

One regex finds every place a sentence may end (terminal punctuation and
the space after it, or a line break); a short loop decides, from the word
before and the character after, whether it does.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING
from geodata.text.frozen import frozen_record

if TYPE_CHECKING:
    from geodata.models import Article

# Punctuation that closes a quote or bracket and belongs to the sentence
# before it ('...Basra!’', '...order."').
_CLOSERS = "”’\"'»)]"
# What may open a sentence besides a capital or a digit. "#" starts a
# Markdown heading and "*" Markdown emphasis ("*Azzaman* noted...").
_OPENERS = "“‘\"'«([#*"
# What opens a line of a list: after a line break, a bullet opens a sentence ("In other developments:\n\n•
# Two police commandos are killed ...\n\n• A civilian dies ...": each item is a report of its own).
_BULLETS = "•▪◦‣·-–—"
# Unicode format characters (category Cf: U+200B zero-width space, U+200E/U+200F direction
# marks, U+2066-U+2069 isolates, U+FEFF...) are invisible: the splitter reads through them,
# so "killed 12 people.\u200f Fighting" ends a sentence as "killed 12 people. Fighting" does.
_FORMAT = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf")
_F = re.escape(_FORMAT)
# The look-ahead names every character a match may start with (a stop, or the space, tab, format
# character or line break of a bare line break): elsewhere it fails at once, where the second
# branch, which opens on an optional run, would be tried at every character of the text.
_BREAK_RE = re.compile(
    rf"(?=[.!?… \t\n{_F}])"
    rf"(?:(?P<stop>[.!?…](?:[ \t{_F}]?[.!?…])*)[{re.escape(_CLOSERS)}{_F}]*(?P<gap>[{_F}]*\s[\s{_F}]*)"
    rf"|[ \t{_F}]*\n[\s{_F}]*)"
)
_FORMAT_RE = re.compile(f"[{_F}]+")
_HEADING_RE = re.compile(r"#+[ \t]+")
# Longer than any abbreviation: a word cut by the window never matches one.
_WORD_WINDOW = 12


@frozen_record
class Sentence:
    """One sentence of an article: ``article.text[start:end]``, the ``index``-th of its body."""

    article_id: str
    index: int
    start: int
    end: int


@cache
def abbreviations() -> frozenset[str]:
    """Words, with their full stop, after which a sentence does not end."""
    text = (files("geodata") / "data" / "abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """The sentences of ``article.body`` in text order, each trimmed of surrounding space.

    For every sentence ``article.text[start:end]`` is the sentence itself;
    sentences never overlap and never leave a body span.
    """
    text = article.text
    bounds: list[tuple[int, int]] = []
    for span in article.body:
        start = span.start
        for match in _BREAK_RE.finditer(text, span.start, span.end):
            if _ends_sentence(text, match, span.start, span.end):
                end = match.start("gap") if match["stop"] else match.start()
                bounds.append((start, end))
                start = match.end()
        bounds.append((start, span.end))
    sentences = []
    for start, end in bounds:
        start, end = _trim(text, start, end)
        if start < end:
            sentences.append(Sentence(article.id, len(sentences), start, end))
    return tuple(sentences)


def _ends_sentence(text: str, match: re.Match[str], floor: int, ceiling: int) -> bool:
    if match.end() >= ceiling:
        return True  # space or marks at the very end of the span: nothing follows
    after = text[match.end()]  # spans end on non-space, so there is one
    opens = after.isupper() or after.isdigit() or after in _OPENERS
    stop = match["stop"]
    # A line break, after a stop or not, ends a sentence only before what
    # can open one: "capital has\n\nbeen severely depleted" is one sentence.
    if stop is None or "\n" in match["gap"]:
        return opens or _bullet(text, match.end(), ceiling)
    if stop.count(".") > 1 or "…" in stop:
        return after.isupper()  # an ellipsis may sit inside a sentence
    if stop == ".":
        window = text[max(floor, match.start() - _WORD_WINDOW) : match.start()]
        words = window.split()
        word = words[-1].lstrip(_OPENERS) if words and not window[-1].isspace() else ""
        if not word.isascii() and _FORMAT_RE.search(word):  # (format characters are beyond ASCII)
            word = _FORMAT_RE.sub("", word)
        if word + "." in abbreviations() or (len(word) == 1 and word.isupper()):
            return False  # "Brig. Gen. Qassem", "George W. Bush"
    return opens


def _bullet(text: str, at: int, ceiling: int) -> bool:
    """Whether a list's item opens at ``at``: a bullet, a space, and what may open a sentence ("• Two police
    commandos are killed", "- A civilian dies"; not a dash's aside, "- including women and children -")."""
    if text[at] not in _BULLETS:
        return False
    rest = text[at + 1:min(ceiling, at + 4)].lstrip(" \t")
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENERS)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to drop surrounding space and Markdown heading marks."""
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    heading = _HEADING_RE.match(text, start, end) if text.startswith("#", start, end) else None
    if heading:
        start = heading.end()
    return start, end
