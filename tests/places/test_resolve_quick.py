"""The owners of names right after a possessive ("Mogadishu's Lido") are those of the plain reading, which
files every candidate of city matches by its last word (random texts)."""

import random

from geodata.models import Article
from geodata.places.find import find_names, tokenize
from geodata.places.gazetteer import load_gazetteer
from geodata.places.resolve import _owned
from geodata.text.sentences import split_sentences

_WORDS = ("Mogadishu's", "Lido", "Baghdad's", "Sadr", "City", "Kabul's", "Basra", "Tripoli's", "Abu", "Salim",
          "Iraq's", "Kut", "Gaza's", "Shati", "camp", "in", "the", "Hilla", "Mosul's", "old", "Aleppo's", "Bab")
_GAPS = (" ", " ", " ", "-", ", ", ". ", "  ")


def _plain_owned(cands, tokens):
    by_last = {c.last: c for c in cands if c.matches and all(m.place.kind == "city" for m in c.matches)}
    out = {}
    for c in cands:
        owner = by_last.get(c.first - 1)
        if owner is not None and tokens[c.first - 1].possessive and not tokens[c.first].gap.strip(" "):
            out[c.first] = owner
    return out


def test_owners_are_those_of_the_plain_reading():
    gazetteer = load_gazetteer()
    rng = random.Random(5)
    owned = 0
    for _ in range(600):
        text = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 20)))
        article = Article.from_text(text)
        tokens = tokenize(article, split_sentences(article))
        cands = find_names(tokens, gazetteer, text)
        expected = _plain_owned(cands, tokens)
        assert _owned(cands, tokens) == expected, text
        owned += bool(expected)
    assert owned > 50


def test_a_quarter_of_a_country_the_article_names_is_kept_whatever_its_peoples_words_say():
    from geodata.models import Article
    from geodata.places import extract_mentions, load_gazetteer

    text = ("Clashes between Palestinian factions resumed in Lebanon's largest Palestinian refugee camp on Friday.\n\n"
            "Palestinian officials said the Palestinian groups fought overnight in the Ein el-Hilweh camp.")
    surfaces = [m.surface for m in extract_mentions(Article.from_text(text), load_gazetteer())]
    assert any(s.startswith("Ein el-Hilweh") for s in surfaces)


def test_the_look_for_of_before_a_name_passes_wherever_the_settlement_pattern_matches():
    # towns_unknown runs SETTLEMENT_OF_RE only where _of_before passes: it must pass wherever the pattern
    # finds a match ending at the name (random windows of the words it reads, in any case and spacing).
    from geodata.places.resolve import SETTLEMENT_OF_RE, _of_before

    words = ("town", "village", "city", "hamlet", "settlement", "of", "OF", "Of", "oF", "the", "in", "off", "proof",
             "Town", "VILLAGE", "x", "ſ", "o", "f")
    spaces = (" ", "  ", "\n", "\t", " \n", "\u00a0", "\u2003", "", "-")
    _gate_passes_wherever_the_pattern_matches(SETTLEMENT_OF_RE, _of_before, words, spaces, seed=13, reach=30)


def test_the_look_for_a_village_word_before_a_name_passes_wherever_the_village_pattern_matches():
    # far_village_namesakes runs _VILLAGE_BEFORE_RE only where _village_word_before passes: it must pass
    # wherever the pattern finds a match ending at the name (random windows of the words it reads, in any
    # case and spacing, with the characters sre folds to "s" and "i" and a character whose lower case is two).
    from geodata.places.resolve import _VILLAGE_BEFORE_RE, _village_word_before

    words = ("village", "hamlet", "barangay", "of", "OF", "Of", "oF", "Barangay", "BARANGAY", "bArAnGaY", "Village",
             "HAMLET", "the", "in", "off", "proof", "x", "ſ", "ı", "İ", "o", "f", "barangays", "kbarangay")
    spaces = (" ", "  ", "\n", "\t", " \n", "\u00a0", "\u2003", "\x1c", "", "-")
    _gate_passes_wherever_the_pattern_matches(_VILLAGE_BEFORE_RE, _village_word_before, words, spaces, seed=17,
                                              reach=20)


def _gate_passes_wherever_the_pattern_matches(pattern, gate, words, spaces, *, seed, reach):
    """Random windows of ``words`` joined by ``spaces``, then a name: wherever ``pattern`` finds a match ending at a
    position (looking ``reach`` characters back), ``gate`` passes there; and the pattern matches often enough for the
    check to mean something."""
    rng = random.Random(seed)
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(words) + rng.choice(spaces) for _ in range(rng.randrange(1, 7)))
        text += rng.choice(("Kut", "", "Basra was"))
        for at in range(len(text) + 1):
            found = pattern.search(text, max(0, at - reach), at) is not None
            matched += found
            assert not found or gate(text, at), (text, at)
    assert matched > 500
