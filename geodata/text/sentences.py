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
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple
from geodata.text.frozen import frozen_record

if TYPE_CHECKING:
    from geodata.models import Article

# Punctuation that closes a quote or bracket and belongs to the sentence
# before it ('...Basra!’', '...order."'; old AP copy closes with a double prime, '...here,″').
_CLOSERS = "”’\"'»)]″"
# What may open a sentence besides a capital or a digit. "#" starts a
# Markdown heading and "*" Markdown emphasis ("*Azzaman* noted..."); old AP copy opens a
# quotation with two backticks ("``We're almost done here,″").
_OPENERS = "“‘\"'«([#*`"
# What opens a line of a list: after a line break, a bullet opens a sentence ("In other developments:\n\n•
# Two police commandos are killed ...\n\n• A civilian dies ...": each item is a report of its own).
_BULLETS = "•▪◦‣·-–—"
# Unicode format characters (category Cf: U+200B zero-width space, U+200E/U+200F direction
# marks, U+2066-U+2069 isolates, U+FEFF...) are invisible: the splitter reads through them,
# so "killed 12 people.\u200f Fighting" ends a sentence as "killed 12 people. Fighting" does.
_FORMAT = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf")
_F = re.escape(_FORMAT)
# A place where a sentence may end: a stop (its first character and what follows it, "more"), then any
# closing marks and the white space after ("gap"); or a bare line break, with the white space around it.
# The pattern opens on one character class, which sre scans for without trying the pattern at each
# character, and the class leaves out the space and the tab: a search would stop at every space of the
# text for a line break that is seldom there. A bare line break is found from its line break, or from a
# format character before it, and :func:`_breaks` takes in the spaces and tabs before that, where the
# match of the pattern this one replaced began (the test compares the two).
_BREAK_RE = re.compile(
    rf"[.!?…\n{_F}](?:(?<=[.!?…])(?P<more>(?:[ \t{_F}]?[.!?…])*)[{re.escape(_CLOSERS)}{_F}]*(?P<gap>[{_F}]*\s[\s{_F}]*)"
    rf"|(?<=\n)[\s{_F}]*|(?<=[{_F}])[ \t{_F}]*\n[\s{_F}]*)"
)
# The white space a bare line break's match takes in before its line break (or its first format character).
_BEFORE_LINE_BREAK = frozenset(" \t" + _FORMAT)


class _Break(NamedTuple):
    """A place where a sentence may end: ``text[start:end]``, the stop (None for a bare line break) and
    where the white space after it starts (-1 for a bare line break)."""

    start: int
    end: int
    stop: str | None
    gap: int


def _breaks(text: str, start: int, end: int) -> Iterator[_Break]:
    """The places in ``text[start:end]`` where a sentence may end, in order."""
    floor = start  # a match takes in no white space before the span or the last match (which ends on none)
    for match in _BREAK_RE.finditer(text, start, end):
        at = match.start()
        if match.start("more") >= 0:
            yield _Break(at, match.end(), text[at:match.end("more")], match.start("gap"))
        else:
            while at > floor and text[at - 1] in _BEFORE_LINE_BREAK:
                at -= 1
            yield _Break(at, match.end(), None, -1)
        floor = match.end()
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
        for brk in _breaks(text, span.start, span.end):
            if _ends_sentence(text, brk, span.start, span.end):
                bounds.append((start, brk.gap if brk.stop else brk.start))
                start = brk.end
        bounds.append((start, span.end))
    if any(_GLUED_RE.search(text, span.start, span.end) for span in article.body):
        bounds = [part for start, end in bounds for part in _unglued(text, start, end)]
    sentences = []
    for start, end in bounds:
        start, end = _trim(text, start, end)
        if start < end:
            sentences.append(Sentence(article.id, len(sentences), start, end))
    return tuple(sentences)


# A full stop with no space after it, between a lowercase word and a capitalised one: two sentences a copy glued
# ("according to local officials.Seven Taliban fighters were also killed"), not an abbreviation ("U.S.", "a.m.") nor
# an address ("Reuters.com").
_GLUED_RE = re.compile(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")


def _unglued(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut after each glued full stop (see ``_GLUED_RE``)."""
    out = []
    for glued in _GLUED_RE.finditer(text, start, end):
        out.append((start, glued.end()))
        start = glued.end()
    out.append((start, end))
    return out


def _ends_sentence(text: str, brk: _Break, floor: int, ceiling: int) -> bool:
    if brk.end >= ceiling:
        return True  # space or marks at the very end of the span: nothing follows
    after = text[brk.end]  # spans end on non-space, so there is one
    opens = after.isupper() or after.isdigit() or after in _OPENERS
    stop = brk.stop
    # A line break, after a stop or not, ends a sentence only before what
    # can open one: "capital has\n\nbeen severely depleted" is one sentence.
    if stop is None or "\n" in text[brk.gap:brk.end]:
        return opens or _bullet(text, brk.end, ceiling)
    if stop.count(".") > 1 or "…" in stop:
        return after.isupper()  # an ellipsis may sit inside a sentence
    if stop == ".":
        window = text[max(floor, brk.start - _WORD_WINDOW) : brk.start]
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
