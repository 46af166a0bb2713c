"""find_names skips the words that open no name, answered once by word: the names it finds are those of
the loop that tests every word; and it reads the names the project's table knows only with "the"."""

import random

import pytest

from geodata.models import Article
from geodata.places import find
from geodata.places.find import find_names, tokenize
from geodata.places.gazetteer import load_gazetteer
from geodata.text.sentences import split_sentences

_WORDS = ("Baghdad", "al", "Al", "as", "As", "an", "el", "Kut", "Sadr", "City", "Gaza", "New", "York", "Times",
          "The", "Iraqi", "Thai", "Monday", "Police", "province", "in", "of", "killed", "Raqa", "Hilla", "Nasiriya",
          "Nassiriya", "Gen.", "CoBRA", "US", "Bab", "Sharqi", "district", "Deir", "Ezzor", "Mr", "Basra's", "Umm",
          "Qasr", "Saudi", "Islamic", "State", "Kabul", "Bint", "Jbeil", "Mosul", "Samarra'", "Ramadi")
_GAPS = (" ", " ", " ", "-", ", ", ". ", " (", ") ", "\n\n", ": \"")


def _names(text, gazetteer):
    article = Article.from_text(text)
    tokens = tokenize(article, split_sentences(article))
    return [(c.start, c.end, c.key, c.how, c.kind_hint, tuple(m.place.id for m in c.matches))
            for c in find_names(tokens, gazetteer, text)]


def test_words_that_open_no_name_are_skipped_alike(monkeypatch):
    gazetteer = load_gazetteer()
    rng = random.Random(3)
    texts = ["".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 30)))
             for _ in range(1_500)]
    skipped = [_names(t, gazetteer) for t in texts]
    # Every word through the loop's own tests (and a fresh table, so nothing is read from the first run).
    monkeypatch.setattr(find, "_opens_none", lambda word, key, gazetteer: False)
    monkeypatch.setattr(gazetteer, "memo", {})
    for text, names in zip(texts, skipped):
        assert _names(text, gazetteer) == names, text
    assert sum(map(len, skipped)) > 3_000


@pytest.mark.parametrize("text, surface, place", [
    # Names the project's table knows only with "the" before them: the words after it name the place.
    ("A boat capsized in the Mediterranean off Libya.", "Mediterranean", "cur:mediterranean-sea"),
    ("Tankers were attacked in the Gulf on Monday.", "Gulf", "cur:persian-gulf"),
    # ... not a namesake of the bare word (Caspian, Michigan).
    ("Warships fired missiles from the Caspian at targets in Syria.", "Caspian", "cur:caspian-sea"),
])
def test_a_name_known_only_with_the_is_read_after_it(text, surface, place):
    gazetteer = load_gazetteer()
    found = {text[start:end]: ids for start, end, _, _, _, ids in _names(text, gazetteer)}
    assert found.get(surface) == (place,)


@pytest.mark.parametrize("text", [
    # The head of a longer name, and a land named after the sea, are not the sea.
    "Iraq has been at war since the Gulf War ended.",
    "Fighting spread along the Mediterranean coast of Syria.",
])
def test_a_the_name_inside_a_longer_name_or_before_coast_is_not_read(text):
    gazetteer = load_gazetteer()
    assert all(not ids or not ids[0].startswith("cur:") for *_, ids in _names(text, gazetteer))


def _after_the_every_token(tokens, text):
    """The tokens after "the ", by a look at every token (as _with_the_names read them before)."""
    return [i for i, tok in enumerate(tokens)
            if tok.capitalised and tok.start >= 4 and text[tok.start - 4:tok.start] == "the "
            and not (tok.start > 4 and text[tok.start - 5].isalnum())]


_THE_WORDS = ("the", "the", "The", "THE", "bathe", "Lathe", "clothe", "the_", "1the", "éthe", "Gulf", "Mediterranean",
              "Caspian", "Red", "Sea", "War", "in", "of", "al", "Kut", "killed", "Monday", "Mr", "É", "Ürümqi", "the's")
_THE_GAPS = (" ", " ", " ", "  ", "-", ", ", ". ", "\n", "\n\n", "(", "'", "’", "_", "")


def test_the_tokens_after_the_are_those_of_a_look_at_every_token():
    rng = random.Random(14)
    seen = 0
    for _ in range(3_000):
        text = "".join(rng.choice(_THE_WORDS) + rng.choice(_THE_GAPS) for _ in range(rng.randint(1, 25)))
        article = Article.from_text(text)
        tokens = tokenize(article, split_sentences(article))
        want = _after_the_every_token(tokens, text)
        assert find._after_the(tokens, text) == want, text
        seen += len(want)
    assert seen > 200
