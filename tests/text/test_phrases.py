"""first_chars: the look-ahead put before a pattern never changes what it matches."""

import random
import re

import pytest

from geodata.events import actors, cues, kinds, records
from geodata.events.dates import grammar
from geodata.events.figures.rules import _rules
from geodata.text.phrases import (WordStartScan, any_of_lookahead, first_chars, guarded_alternation,
                                  optional_as_branch, starts_word, with_first_chars)


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
    """``pattern`` without the look-ahead first_chars put before it (or after its opening word boundary:
    with_first_chars), or None if it has none."""
    if pattern.startswith(r"\b(?="):
        plain = _without_gate(pattern[2:])
        return None if plain is None else rf"\b{plain}"
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


@pytest.mark.parametrize("pattern, written", [
    (r"a(?:bc)?d", r"a(?:bc|)d"),
    (r"a(?:b(?:cd|e)?)?f", r"a(?:b(?:cd|e|)|)f"),
    (r"(?:s)?(?:[ab])?", r"(?:s)?(?:[ab])?"),  # one character wide: sre repeats it cheaply
    (r"(?:ab)??(?:ab)?+(?:ab)*", r"(?:ab)??(?:ab)?+(?:ab)*"),  # lazy, possessive, starred: as they are
    (r"[(?:ab)?]\((?:ab)?\)", r"[(?:ab)?]\((?:ab|)\)"),  # a class's and an escape's parentheses
    (r"(?P<x>ab)?(?:(?P<y>c)d)?", r"(?P<x>ab)?(?:(?P<y>c)d|)"),
])
def test_optional_as_branch(pattern, written):
    assert optional_as_branch(pattern) == written


def test_optional_as_branch_matches_as_before():
    patterns = [r"\b(?:(?:\d+|a|an|couple of)\s+)?(?:weeks?|days)\b", r"(?:the\s+)?(?:civil\s+)?war",
                r"(?:(?P<q>at\s+least|about)\s+)?(?:(?:another|a\s+total\s+of)\s+)?(?P<n>\d+|two)",
                r"(?:\b(?:an?|the)\s+(?:[a-z]+\s+){0,2}?(?:district|area)s?\s+)?(?:(?:\d+|[a-z]+)\s*km\s+)?"
                r"north\s+of\s+$", r"(?:a(?:b(?:c)?)?)?c"]
    words = ("a", "an", "the", "at least", "about", "another", "a total of", "2", "two", "weeks", "days", "civil",
             "war", "district", "areas", "km", "5km", "north", "of", "abc", "ab", "c", "couple of")
    rnd = random.Random(5)
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12))) + rnd.choice(("", " ")) for _ in range(800)]
    for source in patterns:
        old, new = re.compile(source), re.compile(optional_as_branch(source))
        assert old.pattern != new.pattern
        for text in texts:
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == \
                [(m.span(), m.groups()) for m in new.finditer(text)]
            a, b = old.search(text), new.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_event_references_read_as_before():
    # The reference patterns written plainly: "\b" in each alternative, "{0,2}" words between (no helper
    # verb and no article among them).
    referring = r"(?:\bthe|\bthis|\bthat|\bthese|\bthose|\b[a-z]+['’]s)\s+"
    between = r"(?:(?!(?:was|were|is|are|has|have|had|been|be|a|an|another)\b)[a-z-]+\s+){0,2}"
    nouns = records._event_nouns()
    before = [re.compile(rf"{referring}{between}(?:{nouns})\b"),
              re.compile(rf"\b(?:an?|another)\s+{between}(?:{nouns})\b"),
              re.compile(rf"\b(?:one|two|three|some|several|many|most|each|another)\s+of\s+(?:the|these|those|its|their)"
                         rf"\s+{between}(?:{nouns})\b")]
    now = [records._reference_re(), records._introduction_re(), records._part_reference_re()]
    words = ("the", "this", "sunday's", "an", "another", "one of the", "two of these", "deadly", "car", "was", "were",
             "airstrike", "raid", "attacks", "ambush", "village", "big-bomb", "x", "theraid")
    rnd = random.Random(9)
    for _ in range(3000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 10)))
        for old, new in zip(before, now):
            assert (old.search(text) is None) == (new.search(text) is None), (old.pattern[:30], text)


@pytest.mark.parametrize("alternatives, written", [
    ([r"(?:war|raids?)\b\s+that\s+has", r"(?:war|raids?)\b\s+which", "tally"],
     r"(?=(?:(?:war|raids?)))(?:(?:war|raids?)\b\s+that\s+has|(?:war|raids?)\b\s+which)|tally"),
    ([r"(?:civil\s+|)(?:war|conflict)\s+has", r"(?:civil\s+|)(?:war|conflict)\s+began"],
     r"(?=(?:(?:civil\s+|)(?:war|conflict)))(?:(?:civil\s+|)(?:war|conflict)\s+has|(?:civil\s+|)(?:war|conflict)\s+began)"),
    ([r"since\s+then", r"since\s+the\s+war"], r"since\s+then|since\s+the\s+war"),  # opens on a character
    ([r"(a|b)c", r"(a|b)d"], r"(a|b)c|(a|b)d"),  # a group of its own: the match's groups would change
    ([r"(?:a|b)", r"(?:a|b)"], r"(?:a|b)|(?:a|b)"),  # nothing after the opening
    ([r"(?:x)?y", r"(?:x)?z"], r"(?:x)?y|(?:x)?z"),  # the opening's first item may match nothing
    ([r"[(]a", r"[(]b"], r"[(]a|[(]b"),
])
def test_guarded_alternation(alternatives, written):
    assert guarded_alternation(alternatives) == written


def test_guarded_alternation_matches_as_before():
    rules = _rules()
    strife = r"(?:fighting|battles?|war|(?:air\s*|)strikes|attacks|raids)\b"
    gap = r"\s+(?:[^,.;:]{0,40}?\s+|)"
    alternatives = [r"since\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?war", strife + gap + r"that\s+has\s+killed",
                    strife + gap + r"that\s+have\s+killed", strife + r"\s+(?:[^,.;:]{0,8}?\s+|)which",
                    r"(?:civil\s+|)(?:war|conflict)\b\s+has", r"(?:civil\s+|)(?:war|conflict)\b", r"the\s+war"]
    old, new = re.compile("|".join(alternatives)), re.compile(guarded_alternation(alternatives))
    assert old.pattern != new.pattern
    texts = _random_texts(11, 800) + [t.replace("toll", "that has killed") for t in _random_texts(12, 400)]
    _assert_same_matches(old, new, texts)
    assert "(?=(?:" in rules.periods["cumulative"].pattern  # the periods' phrases are guarded


@pytest.mark.parametrize("alternatives, written", [
    ([r"since\s+then", r"since\s+the\s+war", "tally"], r"(?=(?:since\s+the(?:n|\s+war)|tally))"),
    (["ab", "a"], r"(?=a(?:b|))"),  # a shorter alternative: nothing more is needed
    ([r"(?:war|raids?)\b\s+that", r"(?:war|raids?)\b\s+which"], r"(?=(?:war|raids?)\b\s+(?:that|which))"),
    ([r"(a)b", "c"], ""),  # a group of its own: the look-ahead would set it
    ([r"a|b", "c"], ""),  # an alternation at the top is no sequence of items
])
def test_any_of_lookahead(alternatives, written):
    assert any_of_lookahead(alternatives) == written


def test_any_of_lookahead_matches_as_before():
    strife = r"(?:fighting|battles?|war|(?:air\s*|)strikes|attacks|raids)\b"
    gap = r"\s+(?:[^,.;:]{0,40}?\s+|)"
    alternatives = [r"since\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?war", r"since\s+then(?!\w)",
                    strife + gap + r"that\s+has\s+killed",
                    strife + gap + r"that\s+have\s+killed", strife + r"\s+(?:[^,.;:]{0,8}?\s+|)which",
                    r"(?:(?:\d+|a|an|few)\s+|)(?:weeks?|years?)\b\s+of\s+" + strife,
                    r"(?:civil\s+|)(?:war|conflict)\b\s+has", r"(?:civil\s+|)(?:war|conflict)\b", r"the\s+war", "tally"]
    old = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    new = re.compile(r"\b" + any_of_lookahead(alternatives) + "(?:" + "|".join(alternatives) + ")")
    assert old.pattern != new.pattern
    texts = _random_texts(13, 800) + [t.replace("toll", "that has killed") for t in _random_texts(14, 400)]
    _assert_same_matches(old, new, texts)
    assert "(?=(?:s(?:ince" in _rules().periods["cumulative"].pattern  # the periods' phrases are looked ahead for


@pytest.mark.parametrize("pattern, written", [
    (r"\b(?:an?|the)\s+x", r"\b(?=[at])(?:an?|the)\s+x"),  # after the boundary
    (r"\bab|cd", r"(?=[ac])\bab|cd"),  # an alternation at the top: before it, as first_chars puts it
    (r"x\b", r"(?=[x])x\b"),
    (r"\b(?:a)?", r"\b(?:a)?"),  # may match nothing: no look-ahead
])
def test_with_first_chars(pattern, written):
    assert with_first_chars(pattern) == written


def _assert_same_matches(old: re.Pattern[str], new: re.Pattern[str], texts: list[str]) -> None:
    """The two patterns find the same matches in each lower-cased text, whole and from every fifth character."""
    for text in texts:
        low = text.lower()
        assert [(m.span(), m.groups()) for m in old.finditer(low)] == \
            [(m.span(), m.groups()) for m in new.finditer(low)]
        for pos in range(0, len(low), 5):
            a, b = old.search(low, pos, pos + 30), new.search(low, pos, pos + 30)
            assert (a and a.span()) == (b and b.span())


def test_a_starred_word_matches_its_forms_and_a_plain_word_only_itself():
    import re

    from geodata.text.phrases import starred_alternation

    pattern = re.compile(rf"\b(?:{starred_alternation(['clash*', 'raid', 'a.b'])})\b")
    assert [bool(pattern.fullmatch(w)) for w in ("clash", "clashes", "raid", "raids", "a.b", "axb")] == \
        [True, True, True, False, True, False]


def _word_start_matches(scan, low, start, end):
    """The pattern's matches at every character, kept where they start a word (as the scans read them before)."""
    return [(m.span(), m.group()) for m in scan.pattern.finditer(low, start, end) if starts_word(low, m.start())]


def _hides_a_word_start(scan, low, start, end):
    """Whether a match inside a word, at every character's search, runs over a word's start."""
    return any(not starts_word(low, m.start()) and any(starts_word(low, k) for k in range(m.start() + 1, m.end()))
               for m in scan.pattern.finditer(low, start, end))


@pytest.mark.parametrize("scan", [cues._cue_table().scan, actors._table().scan,
                                  WordStartScan(["air strike", "strike*", "car bomb", "bomb*", "isn't", "u.s.-led",
                                                 "al-shabaab", "shot dead", "shot him dead", "dead", "o'dead", "i.e.d",
                                                 "ied"])],
                         ids=["cues", "actors", "made up"])
def test_a_word_start_scan_finds_the_matches_at_words_starts_of_a_scan_at_every_character(scan):
    # Random text of the phrases' words, cut and glued to other letters, with spaces, hyphens, apostrophes
    # and marks: a match inside a word that runs over a word's start ("hair strike") hides that start,
    # and the scan then reads the whole text as before.
    words = sorted({w for p in scan.phrases for w in re.split(r"[\s\-'’.]+", p.rstrip("*")) if w})
    rng = random.Random(18)
    spanning = [q for p in scan.phrases if re.search(r"[^\w\-‐*]", p)
                for q in {p.rstrip("*"), p.rstrip("*").replace("'", "’"), p.rstrip("*").replace(" ", "-", 1)}]
    pieces = [*words, *spanning, *(["h", "x", "re", "s", "é", "ş", "_", "2"] * 8), " ", " ", " ", "  ", "-", "‐",
              "'", "’", ".", ", ", "\n", "(", "\u200b"]
    hidden = quick = 0
    for _ in range(10_000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))).lower()
        start, end = sorted((rng.randint(0, len(low)), rng.randint(0, len(low))))
        assert [(m.span(), m.group()) for m in scan.finditer(low, start, end)] == \
            _word_start_matches(scan, low, start, end), (low, start, end)
        hidden += _hides_a_word_start(scan, low, start, end)
        # (matches found behind a word's start alone, none of them right after a phrase's words glued on)
        glued, found = scan._quick[2], _word_start_matches(scan, low, start, end)
        quick += bool(found) and not any(glued.match(low[::-1], len(low) - a) for (a, _), _ in found)
    assert hidden > 100 and quick > 20
