"""The loop over a sentence's words for place nouns starts at the word holding the first place noun's
first word the pattern finds: no word before it is one (random texts, plain and not)."""

import random
from bisect import bisect_right

from geodata.places.within import _WORD_ASCII_RE, _WORD_END, _WORD_RE, _noun_heads, _noun_re
from geodata.text.phrases import lowered, plain_text

_PIECES = ("village", "Village", "VILLAGE", "district", "the", "of", "camp", "al-", "-", "‐", "'", "’", "s", " ",
           "  ", ", ", ".", "x", "İ", "é", "Kut", "refugee", "market", "_", "1", "villages", "town", "\u00a0")


def test_no_place_noun_stands_before_the_first_the_pattern_finds():
    heads = _noun_heads()
    rng = random.Random(4)
    found = 0
    for _ in range(5_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16)))
        plain = plain_text(text)
        first = _noun_re(plain).search(lowered(text))
        words = [(m.start(), m.end(), m.group()) for m in (_WORD_ASCII_RE if plain else _WORD_RE).finditer(text)]
        at = [i for i, w in enumerate(words) if w[2].lower() in heads]
        if first is None:
            assert not at, text
            continue
        assert not at or at[0] >= bisect_right(words, first.start(), key=_WORD_END), text
        found += bool(at)
    assert found > 500


def test_two_words_are_joined_as_the_general_rule_says():
    from geodata.places.within import _joined

    rng = random.Random(6)
    for _ in range(5_000):
        text = "".join(rng.choice(("a", "bc", " ", "\n", ",", "  ", "-")) for _ in range(rng.randint(0, 14)))
        words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        for a in range(-1, len(words) + 1):
            general = all(text[words[k][1]:words[k + 1][0]] in (" ", "\n")
                          for k in range(a, a + 1) if k + 1 < len(words))
            assert _joined(text, words, a, a + 1) == general, (text, a)


def test_every_distance_hint_holds_one_of_its_units():
    from geodata.places.within import _DISTANCE_HINT_ASCII_RE, _DISTANCE_HINT_RE, _DISTANCE_UNITS

    pieces = ("1", "30", " ", "\u00a0", "\t", "k", "km", "kms", "m", "miles", "mile", "kilomet", "kilo", "res",
              "K", "KM", "٣", "x", "of", ".")
    rng = random.Random(6)
    hits = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for hint in (_DISTANCE_HINT_RE, _DISTANCE_HINT_ASCII_RE):
            if hint.search(text):
                assert any(unit in text for unit in _DISTANCE_UNITS), text
                hits += 1
    assert hits > 1_000


def test_a_bare_names_slot_is_found_wherever_bare_names_would_read_one():
    """_find reads no words of a sentence without a place noun where _BARE_SLOT_RE finds nothing: there no
    word "in", "at", "near" or "outside" stands joined to a next word that is capitalised or opens on "al-" or
    "el-", which is all _bare_names goes on from (random texts, plain and not)."""
    from geodata.places.within import _BARE_LOCATIVE, _BARE_SLOT_RE, _joined

    pieces = ("in", "In", "IN", "at", "AT", "near", "Near", "outside", "OUTSIDE", "Kut", "kut", "al-", "el-", "Al-",
              "x", "İ", "ı", "é", "É", "Ⅻ", "1", "_", "'", "’", "-", "‐", "s", "the", "Basra", "ǅ", "ß")
    gaps = (" ", " ", "\n", "  ", "", ", ", ".", "\u00a0", "-", "\t")
    rng = random.Random(8)
    slots = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 8)))
        plain = plain_text(text)
        words = [(m.start(), m.end(), m.group()) for m in (_WORD_ASCII_RE if plain else _WORD_RE).finditer(text)]
        read = any(words[k][2].lower() in _BARE_LOCATIVE
                   and (words[k + 1][2][:1].isupper() or words[k + 1][2][:3] in ("al-", "el-"))
                   and _joined(text, words, k, k + 1) for k in range(len(words) - 1))
        if read:
            assert _BARE_SLOT_RE.search(text) is not None, text
            slots += 1
    assert slots > 1_000
