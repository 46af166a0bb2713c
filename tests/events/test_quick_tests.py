"""The cheap tests that spare a pattern's work find what the pattern finds: a figure named with "the"
(linking), an "including" aside's figures, a sentence's first words read for another event."""

import random
import re

import pytest

from geodata.events.figures import included_figures
from geodata.events.linking import _told_as_definite
from geodata.events.records import _other_event_words, opens_other_event

_PIECES = ("the", "The", "th", "e", " ", "  ", "\t", "\u00a0", "\u2003", "three", "3", "12", "victims", "x",
           "_", "-", ".", "thethree", "é", "1", "the three", "the 12 victims")
_WORDS = ("three", "12", "12 victims", " three", "3-", "-3", "the", "e three", "\u00a0three", "three.", ".",
          "victims")


def test_told_as_definite_is_the_pattern():
    rng = random.Random(7)
    hits = 0
    for _ in range(20_000):
        part = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 8)))
        words = rng.choice(_WORDS)
        expected = re.search(rf"\bthe\s+{re.escape(words)}\b", part) is not None
        assert _told_as_definite(words, part) == expected, (words, part)
        hits += expected
    assert hits > 100  # the random texts reach both answers


@pytest.mark.parametrize("text, expected", [
    ("At least 12 people were killed, including seven Marines and five bandits.", {7, 5}),
    ("At least 12 people were killed, among them seven Marines.", {7}),
    ("At least 12 people were killed, INCLUDING seven Marines.", {7}),
    # A dotless "ı" the pattern reads as "i", free of case: no substring test, the pattern itself.
    ("At least 12 people were killed, ıncluding seven Marines.", {7}),
    ("At least 12 people were killed and seven Marines were wounded.", set()),
])
def test_included_figures(text, expected):
    assert included_figures(text, 0, len(text)) == frozenset(expected)


@pytest.mark.parametrize("also", [True, False])
def test_opens_other_event_reads_the_first_words(also):
    rng = random.Random(3)
    words = ("separately", "also", "in", "another", "attack", "the", "police", "said", "2", "-")
    for _ in range(2_000):
        low = "".join(rng.choice(words) + rng.choice((" ", ", ")) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(low))
        end = rng.randint(start, len(low))
        opening = re.findall(r"[a-z]+", low[start:end])[:6]  # every word cut out, then the first six
        expected = any(w in _other_event_words() and (also or w != "also") for w in opening)
        assert opens_other_event(low, start, end, also=also) == expected
