"""search_lowered: a case-free pattern run case-sensitive on the text lowered finds the same matches."""

import random
import re
import sys

from geodata.places.context import _NEAR_RE
from geodata.places.roles import _PLACE_PREPOSITION_RE, _cues
from geodata.text.phrases import case_sensitive_twin, lowered, lowers_alike, match_lowered, search_lowered


def test_every_character_but_the_traps_is_matched_alike():
    letters = [(re.compile(ch, re.IGNORECASE), re.compile(ch)) for ch in "abcdefghijklmnopqrstuvwxyz"]
    classes = [(re.compile(p, re.IGNORECASE), re.compile(p)) for p in (r"[a-z]", r"\w", r"[^\w]", r"\s", r"\d")]
    differ = set()
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        low = lowered(ch)
        if ch.lower() == ch.upper() == ch and ch.casefold() == ch:
            pairs = classes  # a character without case: only the classes can tell
        else:
            pairs = letters + classes
        if any(bool(a.fullmatch(ch)) != bool(b.fullmatch(low)) for a, b in pairs):
            differ.add(ch)
    assert differ == {"İ", "ı", "ſ"}
    assert not lowers_alike("ſince") and not lowers_alike("İdlib") and lowers_alike("Kabul’s")


def test_twins():
    for pattern in (_NEAR_RE, _PLACE_PREPOSITION_RE, _cues()["metonymy:before"]):
        assert case_sensitive_twin(pattern) is not None
    assert case_sensitive_twin(re.compile(r"\Wof", re.IGNORECASE)) is None  # \W lowered is \w
    assert case_sensitive_twin(re.compile("of")) is None  # not case-free


def _windows(seed: int, words: tuple[str, ...], count: int) -> list[str]:
    rnd = random.Random(seed)
    ends = (" ", "  ", "\n", "", ", ", " — ", "; ")
    return [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) + rnd.choice(ends) for _ in range(count)]


def test_lowered_search_finds_the_same():
    words = ("a", "A", "the", "The", "one", "district", "Village", "some", "About", "20", "1,5", "km", "KM",
             "Miles", "mi", "north", "South", "south-east", "North East", "western", "of", "near", "Near",
             "outside", "on the outskirts of", "close to", "Not far from", "around", "Baghdad", "fivekm", "In",
             "masters in", "Sanctions against", "ſouth", "İn", "Kabul’s", "that", "That", "which", "—", "–")
    patterns = [_NEAR_RE, _PLACE_PREPOSITION_RE] + list(_cues().values())
    found = 0
    for window in _windows(3, words, 3000):
        for pattern in patterns:
            a, b = pattern.search(window), search_lowered(pattern, window)
            assert (a and a.span()) == (b and b.span()), (pattern.pattern[:40], window)
            found += a is not None
    assert found > 300  # the phrases are met, not only missed



def test_lowered_match_finds_the_same():
    cues = _cues()
    words = ("Police", "police", "spokesperson", "has", "Has", "threatened", "criticised", "intervention",
             "Intervention", "government", "media", "office", "Office", "of", "the", "ſ", "İ", "Kabul’s", "x")
    found = 0
    for window in _windows(4, words, 3000):
        for name in ("modifier:after", "metonymy:after", "metonymy:possessed"):
            a, b = cues[name].match(window), match_lowered(cues[name], window)
            assert (a and a.span()) == (b and b.span()), (name, window)
            found += a is not None
    assert found > 100
