"""The look before a province's or a city's part ("northern Kandahar") reads every word a direction may
end on: where it says no, _direction_before finds none."""

import random

from geodata.models import Article
from geodata.places.context import _direction_before, _may_be_direction
from geodata.places.find import tokenize
from geodata.places.words import DIRECTIONS
from geodata.text.sentences import split_sentences

_WORDS = (*sorted(DIRECTIONS), "North", "South", "East", "Western", "NORTH", "north-", "Kandahar", "Idlib", "the",
          "of", "in", "province", "Baghdad", "central", "Central", "al", "killed")
_GAPS = (" ", " ", "-", "‐", ", ", ". ")


def test_direction_look_says_yes_wherever_a_direction_is_read():
    rng = random.Random(9)
    read = 0
    for _ in range(1_500):
        text = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 20)))
        article = Article.from_text(text)
        tokens = tokenize(article, split_sentences(article))
        for i, tok in enumerate(tokens):
            if _direction_before(tokens, i) is not None:
                assert _may_be_direction(tok.text), (text, i)
                read += 1
    assert read > 1_000


def test_near_pattern_without_units_finds_what_the_whole_pattern_finds():
    from geodata.places.context import _NEAR_RE, _NEAR_UNMEASURED_RE, _near_pattern
    from geodata.text.phrases import search_lowered

    pieces = ("a", "the", "one", "village", "district", "some", "about", "20", "2,5", "five", "km", "KM", "kms",
              "miles", "mi", "kilometres", "(12 miles)", "north", "South", "north-east", "western", "to the", "of",
              "the capital", "capital,", "away", "from", "near", "on the outskirts of", "close to", "x", "fivekm",
              "ı", "ſ", "İ", "K", "Mi", "admi")
    rng = random.Random(12)
    hits = unmeasured = 0
    for _ in range(20_000):
        window = "".join(rng.choice(pieces) + rng.choice((" ", " ", "  ", "\n", "")) for _ in range(rng.randint(1, 9)))
        pattern = _near_pattern(window)
        expected = search_lowered(_NEAR_RE, window)
        found = search_lowered(pattern, window)
        assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group())), window
        hits += expected is not None
        unmeasured += expected is not None and pattern is _NEAR_UNMEASURED_RE
    assert hits > 1_000 and unmeasured > 300
