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
