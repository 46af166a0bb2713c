"""Answers kept for the text last asked about.

Some looks are asked of the same span of one text several times an article (a name's dateline look for its
candidate, its mention and a toll's place; a sentence's reference to an event by several linking steps). Each
keeps its answers here, by the span asked, for the text last asked about only: a new text replaces them, so the
memory never grows past one text's.
"""

from __future__ import annotations

from typing import Generic, TypeVar

__all__ = ["LastText"]

T = TypeVar("T")


class LastText(Generic[T]):
    """{span: answer} for the text last asked about."""

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: tuple[str | None, dict[tuple[int, int], T]] = (None, {})

    def answers(self, text: str) -> dict[tuple[int, int], T]:
        """The answers kept for ``text`` (by identity: the same string object), emptied for another text."""
        # (read once into ``last``: a thread that asks of another text meanwhile replaces the pair, not its halves)
        last = self._last
        if last[0] is not text:
            last = self._last = (text, {})
        return last[1]

    def forget(self) -> None:
        """Keep no answer (for a test that asks afresh)."""
        self._last = (None, {})
