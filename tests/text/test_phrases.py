"""first_chars: the look-ahead put before a pattern never changes what it matches."""

import random
import re

import pytest

from geodata.events import cues, kinds, records
from geodata.events.dates import grammar
from geodata.events.figures.rules import _rules
from geodata.text.phrases import first_chars


@pytest.mark.parametrize("pattern, gate", [
    (r"\b(?<!x\s)(?:since\s+\d|(?:\d+\s+)?weeks?)", r"(?=[\dsw])"),
    (r"(?i:ab)|c", r"(?=[c]|(?i:[a]))"),
    (r"(?:x)?y", r"(?=[xy])"),
    (r"a{0}b", r"(?=[b])"),
    (r"a?", ""),  # may match nothing
    (r"(?:a|)", ""),
    (r"[^a]b", ""),  # a negated class: nearly any character
    (r".b", ""),
    (r"(a)\1", r"(?=[a])"),
    (r"(?i)ab", ""),  # global flags must stay first
])
def test_first_chars(pattern, gate):
    assert first_chars(pattern) == gate


def _gated_patterns():
    rules = _rules()
    out = [p for p in rules.periods.values() if p is not None]
    out += list(kinds._targets()) + [cues._MARKER_RE, records._introduction_re()]
    out += [m.pattern for m in grammar.date_grammar().matchers]
    return out


def _random_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    words = ("since", "the", "war", "this", "year", "Last", "Tuesday", "week", "a", "an", "attack", "raid",
             "village", "market", "will", "not", "if", "killed", "early", "earlier", "past", "3", "2014",
             "ſince", "İ", "K", "monday", "Monday", "of", "fighting", "toll", "compiled", "civil")
    seps = (" ", "  ", ", ", "-", ". ", "\n", "'s ", "")
    return ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 25))) for _ in range(count)]


def _without_gate(pattern: str) -> str | None:
    """``pattern`` without the look-ahead first_chars put before it, or None if it has none."""
    for end in range(len(pattern)):
        if pattern[end] == ")" and pattern.startswith("(?="):
            try:
                if first_chars(pattern[end + 1:]) == pattern[:end + 1]:
                    return pattern[end + 1:]
            except re.error:
                continue  # a cut inside the look-ahead
    return None


def test_gated_patterns_match_as_before():
    texts = _random_texts(7, 600)
    pairs = [(gated, re.compile(plain, gated.flags)) for gated in _gated_patterns()
             for plain in [_without_gate(gated.pattern)] if plain is not None]
    assert len(pairs) >= 10  # the periods, the targets, the markers, the introductions, a weekday
    for gated, plain in pairs:
        for text in texts:
            for low in (text, text.lower()):
                assert [(m.span(), m.groups()) for m in gated.finditer(low)] == \
                    [(m.span(), m.groups()) for m in plain.finditer(low)]
                for pos in range(0, len(low), 7):
                    a, b = gated.search(low, pos, pos + 40), plain.search(low, pos, pos + 40)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
