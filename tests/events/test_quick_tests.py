"""The cheap tests that spare a pattern's work find what the pattern finds: a figure named with "the"
(linking), an "including" aside's figures, a sentence's first words read for another event, and
the looks before the patterns of datelines, role cues, nicknames, conflicting tolls and dates."""

import random
import re

import pytest

from geodata.text.phrases import may_end_on

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


def test_conflicting_words_open_every_match():
    from geodata.events.linking import _conflicting_re, _conflicting_words

    rng = random.Random(11)
    pieces = ("contradicting", "contradictory", "conflicting", "differing", "varying", "contradict", "death",
              "tolls", "figures", "reports on the", "number of people killed", "toll", " ", "  ", "\n", "x", ".")
    hits = 0
    for _ in range(5_000):
        low = rng.choice(("", " ")).join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        if _conflicting_re().search(low) is not None:
            hits += 1
            assert any(w in low for w in _conflicting_words()), low
    assert hits > 100


def test_dateline_quick_look_is_the_patterns():
    """A name inside a line, followed by a space and a small letter, is no dateline: no pattern of
    is_dateline matches there, whatever the name and the text before."""
    from geodata.text import datelines as d

    rng = random.Random(5)
    pieces = ("BAGHDAD", "Kabul", " ", "\n", ",", "(", ")", "-", "–", ":", "/", "Iraq", "a", "x", "Reuters", "A ")
    for _ in range(5_000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        name = rng.choice(("BAGHDAD", "Kabul", "Deir Ezzor", "MOSUL"))
        after = " " + rng.choice("abcxyz") + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        text = before + name + after
        start, end = len(before), len(before) + len(name)
        if text[start - 1] == "\n":
            continue
        assert not d.is_dateline(text, start, end)
        for pattern in (d._AFTER_RE, d._CLOSING_RE, d._BRACKETED_AFTER_RE, d._COUNTRY_AFTER_RE, d._BARE_AFTER_RE):
            assert pattern.match(text, end) is None, (pattern, text)


@pytest.mark.parametrize("name", ["modifier:before", "metonymy:before"])
def test_role_cue_quick_look_is_the_pattern(name):
    from geodata.places.roles import _cue_phrases, _cues, _may_end_on

    rng = random.Random(9)
    phrases = _cue_phrases()[name]
    assert phrases  # the cues are plain words: the quick look is used
    pieces = (*rng.sample(phrases, min(6, len(phrases))), "the", "The", "THE", " ", "  ", "\n", "\u00a0", "x",
              "(", ",", "of", "from", "ı")
    pattern = _cues()[name]
    hits = 0
    for _ in range(10_000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        window = window.upper() if rng.random() < 0.1 else window
        if pattern.search(window) is not None:
            hits += 1
            assert _may_end_on(name, window), window
    assert hits > 100


def test_opening_quote_look_is_the_patterns():
    from geodata.places.settle import _NICKNAMED_RE, _QUOTED_SITE_RE, _opens_quote

    rng = random.Random(13)
    pieces = ("Joaquin", "Chapo", "Guzman", "Bannu's", "Area", "Hotel", " ", "\n", "\u2003", '"', "“", "”", "‘", "’",
              "'", "x", "Abu Ali")
    hits = 0
    for _ in range(10_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        opened = _opens_quote(text)
        assert opened == (re.search(r"\s[\"“‘'][A-Z]", text) is not None), text
        if not opened:
            assert _NICKNAMED_RE.search(text) is None and _QUOTED_SITE_RE.search(text) is None, text
        hits += opened
    assert hits > 100


def test_month_patterns_share_one_gate():
    from geodata.events.dates.grammar import date_matchers

    for plain in (False, True):
        cased = [m.gate for m in date_matchers(plain) if m.cased]
        assert len(cased) == 3 and all(g is cased[0] for g in cased)


@pytest.mark.parametrize("plain", [False, True])
def test_the_gate_scan_opens_the_gates_each_search_opens(plain):
    """find_dates reads the gates' words in one scan: it opens the matchers each gate's own search opens."""
    from geodata.events.dates.grammar import date_matchers, gate_scan

    matchers, scan = date_matchers(plain), gate_scan()
    words = sorted({w for m in matchers for w in m.words})
    rng = random.Random(23)
    pieces = (*words, *(w.upper() for w in words), *(w.title() for w in words), "day", "Sun", "sept", "Jan.",
              "yesterdays", "20", "2019", "x", " ", "-", ".", "ſ", "İ", "K")
    seen = set()
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if plain and not text.isascii():
            continue
        lowered = text.lower()
        expected = {k for k, m in enumerate(matchers)
                    if (m.gate.search(text) if m.cased else m.gate.search(lowered)) is not None}
        opened, at = set(), 0
        while (word := scan.words.search(lowered, at)) is not None:
            opened |= scan.opens[word.group()]
            at = word.start() + 1
        opened.update(k for group in scan.cased if matchers[group[0]].gate.search(text) for k in group)
        assert opened == expected, text
        seen |= opened
    assert seen == set(range(len(matchers)))


def _random_window(rng, pieces, n=6):
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, n)))
    return text.upper() if rng.random() < 0.1 else text


@pytest.mark.parametrize("plain", [False, True])
def test_figure_window_looks_are_the_patterns(plain):
    """The quick looks before the words that make a number no count, and before a cue right before it."""
    from geodata.events.figures.numbers import _bad_before
    from geodata.events.figures.rules import _rules

    rules = _rules(plain)
    rng = random.Random(17)
    pieces = ("aged", "age", "Aged", "killed", "killing", "killed:", "between", "family of", "all", "the", "of",
              "$", "US$", "£", "€", "March", "no.", " ", "  ", "\n", "x", "ı", "ſ", "İ", ",", "12", "killed ",
              "KILLING ", "killed all the ", "killed: ", "killing between ")
    hits = [0, 0]
    for _ in range(20_000):
        text = _random_window(rng, pieces) + "12 people"
        if plain and not text.isascii():
            continue
        start = len(text) - len("12 people")
        pos = rng.randint(0, start)
        expected = rules.bad_before.search(text, pos, start) is not None
        assert _bad_before(text, pos, start, rules) == expected, text
        cue = rules.before.search(text, pos, start)
        if cue is not None:
            assert may_end_on(text, pos, start, rules.before_ends), text
        hits[0] += expected
        hits[1] += cue is not None
    assert min(hits) > 100


def test_hospital_and_source_look_is_the_patterns():
    from geodata.events.where import _HOSPITAL_STAFF_RE, _SOURCE_SEAT_RE, _source_seat
    from geodata.text.phrases import lowered

    rng = random.Random(19)
    pieces = ("medics", "Doctors", "staff", " at ", " from ", "a ", "the ", "hospital", "HOSPITAL", "clinic", "morgue",
              " in ", "according to ", "the committee, ", ", a ", "group ", "based ", "x", "ı", " ")
    told = ("Medics at a hospital in ", "doctors from the main clinic in ", "STAFF AT THE MORGUE IN ",
            "according to the committee, a group based in ", "according to MSF, an NGO in the ",
            "staff at a hospıtal in ", "medics at a hoſpital in ", "Medics at a hospital near ")
    hits = 0
    for _ in range(20_000):
        text = _random_window(rng, pieces, 4) + (rng.choice(told) if rng.random() < 0.5 else "") + "Wad Madani"
        at = len(text) - len("Wad Madani")
        floor = rng.randint(0, at)
        low = lowered(text)
        expected = (_SOURCE_SEAT_RE.search(low, max(floor, at - 120), at) is not None
                    or _HOSPITAL_STAFF_RE.search(text, max(floor, at - 80), at) is not None)
        assert _source_seat(text, low, floor, at) == expected, text
        hits += expected
    assert hits > 100


def test_near_floor_read_backwards_is_the_walk():
    """The floor of a negation's gap read as one match on the text reversed is the walk back a character
    at a time, at every position of random texts (spaces of every kind, apostrophes, digits, marks)."""
    from geodata.events.cues import _near_floor, _near_floor_walk

    pieces = ("not", "never", " ", "  ", "\n", "\u00a0", "\u2003", "'", "’", "_", "1", "x", "é", ",", ".", "-",
              "did", "ι", "\u0301")
    rng = random.Random(5)
    far = 0
    for _ in range(3_000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for pos in range(len(low) + 1):
            floor = _near_floor(low, pos)
            assert floor == _near_floor_walk(low, pos), (low, pos)
            far += floor < pos
    assert far > 1_000  # the random texts reach gaps of one, two and three space runs


def test_one_figure_counts_as_add_figure_then_nothing_more():
    """A lone figure's count, made directly, is the count made by add_figure and then summed with no
    other figure (the same low and high bounds, words and parts)."""
    from geodata.events.figures.numbers import Figure
    from geodata.events.tolls import Count, _parts, add_figure, add_figures

    text = "at least 12 people, up to 30 civilians, dozens"
    for start, end, low, high, qualifier in ((0, 18, 12, None, "at least"), (20, 38, None, 30, "up to"),
                                             (40, 46, None, None, "vague"), (9, 11, 12, 12, "exact")):
        fig = Figure(start, end, "killed", low, high, qualifier)
        first = add_figure(None, fig, text)
        assert add_figures(None, [fig], text) == Count(first.low, first.high, first.qualifier, first.words,
                                                       _parts(first, []))


def test_clause_of_a_sentence_of_one_clause_or_more():
    from bisect import bisect_right

    from geodata.events.cues import clause_of

    rng = random.Random(8)
    for _ in range(5_000):
        cuts = sorted(rng.sample(range(1, 60), rng.randint(0, 4)))
        bounds = [0, *cuts, 60]
        spans = [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1)]
        pos = rng.randint(-5, 65)
        at = bisect_right([end for _, end in spans], pos)
        assert clause_of(spans, pos) == (spans[at] if at < len(spans) else spans[-1]), (spans, pos)


@pytest.mark.parametrize("plain", [False, True])
def test_period_words_are_in_every_match_of_the_periods(plain):
    """The substring test before a scope's phrases (figures._may_hold) passes wherever the pattern matches."""
    from geodata.events.figures import _may_hold
    from geodata.events.figures.rules import _PERIOD_SCOPES, _period_rows, _rules, _tables

    rules = _rules(plain)
    t = _tables()
    fillers = {"{n}": "two ", "{year}": "2019", "{long}": "weeks", "{days}": "days", "{fight}": "the fighting",
               "{war}": "civil war", "{some}": "the long ", "{strife}": "clashes", "{gap}": " in balad ",
               "{clause}": " by fighters ", "{killed}": "that killed", "{month}": "january", "{weekday}": "monday",
               "{event}": "raid"}
    rng = random.Random(23)
    for scope in _PERIOD_SCOPES:
        pattern = rules.periods[scope]
        if pattern is None:
            continue
        phrases = ["".join(fillers.get(p, p) for p in parts) for parts in _period_rows(t, scope)]
        hits = misses = 0
        for _ in range(3_000):
            words = rng.choice(phrases).split(" ")
            if rng.random() < 0.5:  # a word dropped or cut short: most such texts no longer match
                k = rng.randrange(len(words))
                words[k] = words[k][:rng.randint(0, len(words[k]))]
            text = rng.choice(("", "the ", "x ", "earlier ")) + " ".join(words) + rng.choice(("", " 12", ".", "s"))
            if rng.random() < 0.1:
                text = text.replace("i", "ı")
            if plain and not text.isascii():
                continue
            if pattern.search(text) is not None:
                assert _may_hold(text, rules, scope), (scope, text)
                hits += 1
            else:
                misses += 1
        assert hits > 100 and misses > 100, scope


@pytest.mark.parametrize("plain", [True, False])
def test_reference_without_possessives_where_none_is_the_pattern(plain):
    from geodata.events.records import _reference_re, opens_on_reference, refers_back

    rng = random.Random(11)
    words = ("the", "this", "sunday", "sunday's", "army’s", "s", "raid", "airstrike", "attack", "deadly", "was",
             "a", "x", "é" if not plain else "e", "encounter", "'s", "th")
    gaps = (" ", " ", "  ", "", "-", " \"", " “", ", ")
    hits = 0
    for _ in range(20_000):
        low = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 7)))
        start = rng.randint(0, len(low))
        end = rng.randint(start, len(low))
        pattern = _reference_re(plain)
        expected = pattern.search(low, start, end) is not None
        assert refers_back(low, start, end) == expected, (low, start, end)
        opening = low[start:min(end, start + 80)].lstrip(" \n\"“‘")
        assert opens_on_reference(low, start, end) == (pattern.match(opening) is not None), (low, start, end)
        hits += expected
    assert hits > 50  # the random texts reach both answers, a possessive's reference among them


def test_opens_other_event_looks_where_the_words_stand():
    """The look at where the table's words stand in the text (found once a text) answers as reading the
    first words of every span of it would, for several spans of one text."""
    from geodata.events.records import _same_event_next

    rng = random.Random(13)
    words = ("separately", "also", "later", "earlier", "said", "rose", "another", "second", "separate", "the",
             "police", "alsoo", "xlater", "2", "-", "é", "meanwhile", "elsewhere")
    opened = 0
    for _ in range(1_500):
        low = "".join(rng.choice(words) + rng.choice((" ", ", ", "", ".")) for _ in range(rng.randint(0, 14)))
        for _ in range(6):
            start = rng.randint(0, len(low))
            end = rng.randint(start, len(low))
            also = rng.random() < 0.5
            table = _other_event_words(also)
            opening = re.findall(r"[a-z]+", low[start:end])[:7]
            expected = any(w in table and opening[i + 1:i + 2] not in ([n] for n in _same_event_next().get(w, ()))
                           for i, w in enumerate(opening[:6]))
            assert opens_other_event(low, start, end, also=also) == expected, (low, start, end, also)
            opened += expected
    assert opened > 500  # the random texts reach both answers


@pytest.mark.parametrize("plain", [True, False])
@pytest.mark.parametrize("rule", ["weekday", "month_name"])
def test_date_pattern_behind_its_look_behind_is_the_pattern(plain, rule):
    """The days of the week and the months read behind a look-behind for a letter find what their patterns
    without it find."""
    from geodata.events.dates.grammar import _NO_LETTER_BEFORE, date_grammar
    from geodata.text.phrases import ascii_twin

    index = {"weekday": 2, "month_name": 7}[rule]
    source = date_grammar().matchers[index].pattern.pattern
    assert source.startswith(_NO_LETTER_BEFORE)
    guarded, bare = re.compile(source), re.compile(source[len(_NO_LETTER_BEFORE):])
    if plain:
        guarded, bare = ascii_twin(guarded), ascii_twin(bare)
    rng = random.Random(17)
    words = ("Monday", "monday", "last", "LAST", "since", "this", "past", "coming", "night", "of", "week", "next",
             "Friday", "x", "5", "_", "é" if not plain else "e", "Sunday", "Early", "March", "Aug.", "mid", "in",
             "the", "beginning", "2003", "May", "late", "since the start of", "during", "Ago")
    gaps = (" ", "  ", "", "-", ", ", "\n", ".")
    found = 0
    for _ in range(5_000):
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [(m.span(), m.groups()) for m in bare.finditer(text, start, end)]
        assert [(m.span(), m.groups()) for m in guarded.finditer(text, start, end)] == expected, text
        found += len(expected)
    assert found > 200  # the random texts hold days of the week and months, with and without their cues


@pytest.mark.parametrize("plain", [True, False])
def test_victim_by_name_behind_its_look_ahead_is_the_pattern(plain):
    """The victim told by name ("shot dead Enrique Hernandez"), its word boundary outside the case-free cues and
    a look-ahead for their first letters after it, finds what the pattern with the boundary inside the cues'
    group and no look-ahead finds (on the sentence as written, in any case)."""
    from geodata.events.figures.numbers import _BY_NAME
    from geodata.events.figures.rules import _rules
    from geodata.text.phrases import ascii_twin

    source = _rules().singular[_BY_NAME].pattern
    assert source.startswith(r"\b(?=")
    guarded, bare = re.compile(source), re.compile(r"(?i:\b" + source[source.index("(?P<cue>"):])
    if plain:
        guarded, bare = ascii_twin(guarded), ascii_twin(bare)
    rng = random.Random(19)
    words = ("killed", "KILLED", "Killing", "shot", "dead", "SHOOTING", "assassinated", "murdered", "gunned", "down",
             "Gunning", "journalist", "Hamas", "leader", "Enrique", "Hernandez", "Ali", "al-Arouri", "in", "the", "a",
             "skilled", "unkilled", "x", "5", "_", "Saleh", "who", "and", "Ahmed's",
             *(("shot", "Mo", "e") if plain else ("ſhot", "\u212ailled", "é")))
    names = ("Enrique Hernandez", "Akhmad Kadyrov", "Ali Saleh al-Arouri", "Juan Perez Diaz", "Omar")
    gaps = (" ", " ", " ", "  ", "", "-", ", ", "\n", ".", " (", "; ")
    found = 0
    for _ in range(20_000):
        text = "".join((rng.choice(names) if rng.random() < 0.3 else rng.choice(words)) + rng.choice(gaps)
                       for _ in range(rng.randint(0, 9)))
        expected = [(m.span(), m.groups()) for m in bare.finditer(text)]
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == expected, text
        found += len(expected)
    assert found > 200  # the random texts hold victims named
