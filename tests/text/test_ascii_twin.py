"""ascii_twin: a pattern compiled with re.ASCII finds the same matches in text that is all ASCII."""

import _sre
import dataclasses
import random
import re
import sys

import pytest

from geodata.events import actors, cues, dates, kinds, records
from geodata.events.dates import grammar
from geodata.events.figures.rules import _rules
from geodata.places import find, within, words
from geodata.text import phrases
from geodata.text.phrases import ascii_twin, inert_beyond_ascii


def test_the_folds_to_ascii_are_all_known():
    # Every character beyond ASCII that some case-free ASCII letter matches, and the other way round.
    beyond = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    found = set()
    for c in range(128):
        found.update(ord(ch) for ch in re.compile(re.escape(chr(c)), re.IGNORECASE).findall(beyond))
    assert found == set(phrases._ASCII_FOLDS)
    for c in phrases._ASCII_FOLDS:
        assert any(re.fullmatch(re.escape(chr(c)), chr(a), re.IGNORECASE) for a in range(128))


@pytest.mark.parametrize("source", [r"\S+", r"(?i:a\u017f)", r"(?i)[\u0100-\u0200]", r"(?u)\w"])
def test_a_pattern_that_may_differ_stays(source):
    pattern = re.compile(source)
    assert ascii_twin(pattern) is pattern


def _patterns() -> list[re.Pattern[str]]:
    rules = [_rules()]
    out = []
    while rules:
        value = rules.pop()
        if isinstance(value, re.Pattern):
            out.append(value)
        elif dataclasses.is_dataclass(value):
            rules.extend(getattr(value, f.name) for f in dataclasses.fields(value))
        elif isinstance(value, (tuple, list)):
            rules.extend(value)
        elif isinstance(value, dict):
            rules.extend(value.values())
    return out + [cues._CLAUSE_BREAK_RE, cues._MARKER_RE, cues._cue_table().pattern, records._several_events_re(),
                  records._counted_events_re(), records._during_events_re(), records._reference_re(),
                  records._introduction_re(), records._part_reference_re(), find._token_re(), within._WORD_RE,
                  within._noun_re(), within._event_re(), within._SPOKEN_IN_RE,
                  *kinds._targets(), actors._table().pattern, words.actor_pattern(),
                  within._DISTANCE_HINT_RE, dates._month_year_re(),
                  *(p for m in grammar.date_matchers() for p in (m.gate, m.pattern)),
                  re.compile(r"a\s*[^\s,]b|[\s\d]+x|(?i:k)\b|(?P<w>\w+)\s(?P=w)|(?:(?<=\s)y)?z\B")]


_INERT = "’‘“”—–…«»•°€\u200b\u200f\ufeff\u0301"  # inert beyond ASCII: no letter, digit, space or case


def test_inert_characters():
    assert inert_beyond_ascii("killed 12 people") and inert_beyond_ascii("“Kabul” — 12 ’s…" + _INERT)
    for text in ("Hénin", "İzmir", "\u00a0", "٣", "ſ", "\u212a", "ǅ", "Ⅻ"):
        assert not inert_beyond_ascii(f"x {text} y")
    # Unicode's \w, \s and \d take no inert character, nor does ASCII's: the twins read them alike.
    every = "".join(chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    inert = "".join(filter(phrases._inert.__wrapped__, every))  # (not kept: a million characters)
    assert not re.search(r"[\w\s\d]", inert) and not re.search(r"[\w\s\d]", inert, re.ASCII)
    assert inert.lower() == inert == inert.upper() and not any(map(_sre.unicode_iscased, map(ord, inert)))


def _texts() -> list[str]:
    # Words of the rules, every ASCII character (the separators U+001C-U+001F among them), and inert
    # characters beyond ASCII.
    words = ("killed", "at least", "12", "people", "were", "the", "Baghdad", "U.S.", "province", "in", "near",
             "village", "a", "soldier", "since", "war", "began", "K", "s", "i", "journalists", ",", ";", "-", "that",
             "which", "if", "not", "would", "attacks", "two", "the attack", "an airstrike", "one of the", "clashes",
             "shelled", "dead", "Monday", "last week", "Aug.", "7", "August 2014", "19th", "ago", "days", "2 km")
    rnd = random.Random(7)
    return [rnd.choice(("", " ")).join(rnd.choice(words + (chr(rnd.randrange(128)), rnd.choice(_INERT)))
                                       + rnd.choice(" \x1c\x1f\t,’—")
                                       for _ in range(rnd.randint(1, 14))) for _ in range(400)]


def test_twins_match_alike_on_ascii_text():
    texts = _texts()
    assert all(text.isascii() or inert_beyond_ascii(text) for text in texts)
    for pattern in _patterns():
        twin = ascii_twin(pattern)
        assert twin.groupindex == pattern.groupindex
        for text in texts:
            for pos in (0, len(text) // 3):
                assert [(m.span(), m.groups()) for m in pattern.finditer(text, pos)] == \
                    [(m.span(), m.groups()) for m in twin.finditer(text, pos)]
                a, b = pattern.match(text, pos), twin.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_the_figures_rules_have_twins():
    twins, rules = _rules(True), _rules()
    assert twins.number is not rules.number and twins.periods.keys() == rules.periods.keys()
    assert twins.parts.coarse is not rules.parts.coarse and twins.words is rules.words


def test_the_clause_breaks_for_ascii_text_are_the_same():
    # Written by hand (each white space its own alternative, so that sre scans for the first characters).
    texts = _texts() + [f"a{s}—{s}b{s}that x,{s}which y:{s}z{s}-{s}w{s}That" for s in cues._ASCII_SPACES]
    assert cues._CLAUSE_BREAK_ASCII_RE is not cues._CLAUSE_BREAK_RE
    assert set(cues._ASCII_SPACES) == {chr(c) for c in range(128) if re.match(r"\s", chr(c))} | set("\x1c\x1d\x1e\x1f")
    for text in texts:
        for pos in (0, len(text) // 3):
            assert [m.span() for m in cues._CLAUSE_BREAK_RE.finditer(text, pos)] == \
                [m.span() for m in cues._CLAUSE_BREAK_ASCII_RE.finditer(text, pos)]
