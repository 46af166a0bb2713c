"""The records every place stage shares: a word, a gazetteer answer, a candidate span.

:class:`Token` is made by :func:`geodata.places.find.tokenize`, :class:`Match` by the
gazetteer, :class:`Candidate` by the finders; settle, resolve and context read and
rewrite candidates, and none of them needs the module that made one.
"""

from __future__ import annotations

from operator import attrgetter, itemgetter
from typing import NamedTuple

from geodata.text.frozen import frozen_record
from geodata.models import Place


class Token(NamedTuple):
    """A word of the article that may matter to a place name."""

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


# A token's fields read by itemgetter: a list of every token's start is made by map, with no Python
# step a token (the stages read them over every word of an article).
TOKEN_START = itemgetter(Token._fields.index("start"))
_TOKEN_TEXT = itemgetter(Token._fields.index("text"))
TOKEN_INITIAL = itemgetter(Token._fields.index("initial"))
TOKEN_CAPITALISED = itemgetter(Token._fields.index("capitalised"))
TOKEN_KEY = itemgetter(Token._fields.index("key"))


def token_starts(tokens: list[Token]) -> list[int]:
    """Each token's start, in order."""
    return list(map(TOKEN_START, tokens))


def token_texts(tokens: list[Token]) -> list[str]:
    """Each token's word (without its possessive), in order."""
    return list(map(_TOKEN_TEXT, tokens))


@frozen_record
class Match:
    """A gazetteer answer for a name: the place, how it matched, and a score in 0..100."""

    place: Place
    score: float
    how: str  # exact / variant / fuzzy / online / context
    own_name: bool = False  # the name is the place's own, not an alternate


# A match's kind of place, read in C: '"country" in map(MATCH_KIND, cand.matches)' asks what
# 'any(m.place.kind == "country" for m in cand.matches)' does, without making a generator (and its
# function) for each candidate: such questions are asked of every candidate of an article.
MATCH_KIND = attrgetter("place.kind")


@frozen_record
class Candidate:
    """A span that may name a place, with every place it may name.

    Once resolved (the ``resolve`` step), ``matches`` holds the one place chosen.
    """

    start: int
    end: int
    first: int  # index of its first token
    last: int  # index of its last token
    key: str
    matches: tuple[Match, ...]
    how: str  # exact / variant / fuzzy / online / context
    kind_hint: str = ""  # governorate / state / city when a word says so
    precision: str = ""  # "coarse" when the text only says "near" the place
    place_id: str = ""  # set by context rules that already know the place

    def resolved(self, match: Match) -> Candidate:
        """This candidate with ``match`` as its one place (``dataclasses.replace``, without
        its per-call field reflection: resolving is done once per mention). A candidate whose one
        place is ``match`` already is itself: a frozen record, no copy is needed."""
        matches = self.matches
        if len(matches) == 1 and matches[0] is match:
            return self
        return Candidate(self.start, self.end, self.first, self.last, self.key, (match,), self.how,
                         self.kind_hint, self.precision, self.place_id)
