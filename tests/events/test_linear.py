"""Extraction work grows linearly with the input, whatever its shape (the reliability review's
H1, H2 and M5). Nothing here is timed: each test counts calls (a function's, or every Python
call the extraction makes) on a pathological text of n and of 4n units, and asserts the count
grows about 4 times, not 16."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import geodata
from geodata.events import builder, records, tolls
from geodata.places import settle
from tests.helpers import count_calls

NAMES = ["Basra", "Kut", "Hilla", "Amara", "Najaf"]
GROWTH = 5  # 4 times the input: at most 5 times the work


@pytest.fixture(scope="module")
def gazetteer():
    return geodata.load_gazetteer()


def _analyse(text: str, gazetteer) -> tuple:
    return geodata.analyse([geodata.Article.from_text(text)], gazetteer=gazetteer)


def _counted(monkeypatch, module, name: str) -> list[int]:
    """Count the calls of ``module.name`` (and of the same function where builder imported it)."""
    calls = [0]
    real = getattr(module, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    if getattr(builder, name, None) is real:
        monkeypatch.setattr(builder, name, counting)
    return calls


def _growth(make: Callable[[int], str], n: int, measure: Callable[[str], int]) -> tuple[int, int]:
    return measure(make(n)), measure(make(4 * n))


def _comma_list(n: int) -> str:
    return "T\n\nFighting was reported in " + ", ".join(NAMES[i % 5] for i in range(n)) + "."


def test_places_of_one_sentence_are_compared_in_linear_work(monkeypatch, gazetteer):
    """H1: a comma list of places in one sentence; `contains` was tried on every pair."""
    calls = _counted(monkeypatch, builder, "contains")

    def measure(text: str) -> int:
        calls[0] = 0
        _analyse(text, gazetteer)
        return calls[0]

    small, large = _growth(_comma_list, 200, measure)
    assert large <= GROWTH * max(small, 1)


def test_places_of_one_sentence_take_linear_work(gazetteer):
    """H1, whole extraction: a comma list and a hyphen chain of places."""
    for make in (_comma_list, lambda n: "T\n\nFighting in " + "al-Basra-" * n + "al-Basra."):
        small, large = _growth(make, 100, lambda text: count_calls(lambda: _analyse(text, gazetteer)))
        assert large <= GROWTH * small


def test_a_place_within_a_place_still_gives_way(gazetteer):
    """The linear search finds what the pairwise one did: the city gives way to its district."""
    _, reports = _analyse("Fighting in Baghdad's Sadr City killed 12 people.", gazetteer)
    assert [r.event.location_text for r in reports] == ["Sadr City"]
    _, reports = _analyse("Fighting in the Sadr City slums of Baghdad killed 12 people.", gazetteer)
    assert [r.event.location_text for r in reports] == ["Sadr City"]


def test_reports_of_one_place_merge_in_linear_work(monkeypatch, gazetteer):
    """H2: the same sentence over and over (a chronology); each report was tried against every earlier one."""
    calls = _counted(monkeypatch, records, "merge")

    def measure(text: str) -> int:
        calls[0] = 0
        _analyse(text, gazetteer)
        return calls[0]

    small, large = _growth(lambda n: "T\n\n" + "Fighting in Basra killed 12 people. " * n, 200, measure)
    assert large <= GROWTH * max(small, 1)


def test_merging_is_unchanged_by_the_index(gazetteer):
    """Dated and undated reports of one place merge as before: one a week, halves of one account."""
    text = ("T\n\nFighting broke out in Basra on March 3, 2007. Clashes in Basra went on on March 4, 2007. "
            "Fighting in Basra on April 20, 2007 killed 12 people. At least 30 were wounded. "
            "Clashes in Basra resumed on June 1, 2007.")
    _, reports = _analyse(text, gazetteer)
    assert [(r.event.event_date, r.event.killed_low, r.event.wounded_low) for r in reports] == [
        ("2007-03-03", None, None), ("2007-04-20", 12, 30), ("2007-06-01", None, None)]


@pytest.mark.parametrize("unit", [
    "fighting in Basra killed 12 people; ",  # M5: clauses x cue words
    "Basra Baghdad Kut fighting killed at least 12 people in Mosul wounded 30 in Najaf ",  # one line
    "Alpha Beta Gamma Delta ",  # M5: one long capitalised run
])
def test_one_long_sentence_takes_linear_work(unit, gazetteer):
    small, large = _growth(lambda n: "T\n\n" + unit * n, 100,
                           lambda text: count_calls(lambda: _analyse(text, gazetteer)))
    assert large <= GROWTH * small


def test_capitalised_runs_are_folded_once(monkeypatch, gazetteer):
    """M5: a run's folded words were rebuilt for each candidate in it."""
    calls = _counted(monkeypatch, settle, "_run_key")

    def measure(text: str) -> int:
        calls[0] = 0
        _analyse(text, gazetteer)
        return calls[0]

    small, large = _growth(lambda n: "T\n\n" + "Basra Kut Hilla Amara Najaf " * n + "Command.", 50, measure)
    assert large <= GROWTH * max(small, 1)
    assert large <= 2


def test_figures_of_one_sentence_are_placed_in_linear_work(monkeypatch, gazetteer):
    """M5: each figure without a place of its own read every place of its sentence."""
    calls = _counted(monkeypatch, tolls, "is_dateline")

    def measure(text: str) -> int:
        calls[0] = 0
        _analyse(text, gazetteer)
        return calls[0]

    small, large = _growth(lambda n: "T\n\n" + "fighting in Basra killed 12 people; " * n, 100, measure)
    assert large <= GROWTH * max(small, 1)


def test_toll_place_reads_as_before():
    """The per-sentence form gives the answers of the single call."""
    from geodata.events.figures import find_figures

    text = "Fighting in Kut and Hilla killed 12 people, while in Amara a bomb killed seven."
    from geodata.models import Mention

    def mention(name: str) -> Mention:
        at = text.index(name)
        return Mention("t", name, at, at + len(name), name, name, "city", "", "IQ", 0.0, 0.0, "exact",
                       "location", "text")

    places = [mention(n) for n in ("Kut", "Hilla", "Amara")]
    figs = find_figures(text)
    reader = tolls.TollPlaces(places, text)
    assert [tolls.toll_place(f, places, text) for f in figs] == [reader.place(f) for f in figs]
    assert [(w.surface, [o.surface for o in others]) for w, others in map(reader.place, figs)] == [
        ("Kut", ["Hilla"]), ("Amara", [])]


@pytest.mark.parametrize("text", [
    "Fighting in Baghdad's Sadr City, Kut, Hilla, Amara, Najaf, Basra, Mosul, Samarra and Tikrit killed 12 people.",
    "Fighting in the Adhamiya district of Baghdad, Kut, Hilla, Amara, Najaf, Basra, Mosul and Samarra in Iraq "
    "killed 12 people.",
    "Clashes in Anbar province, Ramadi, Falluja, Haditha, Kut, Hilla, Amara, Najaf, Basra and Mosul in Iraq "
    "killed 40 people.",
])
def test_many_places_give_way_as_in_pairs(monkeypatch, gazetteer, text):
    """Past a few places the index decides which places only contain others; it decides as every pair would."""
    monkeypatch.setattr(builder, "_FEW_PLACES", 10**9)
    pairs = [r.event for r in _analyse(text, gazetteer)[1]]
    monkeypatch.setattr(builder, "_FEW_PLACES", 0)
    indexed = [r.event for r in _analyse(text, gazetteer)[1]]
    assert indexed == pairs
    assert "Baghdad" not in [e.location for e in indexed]


def test_repeated_reports_are_not_copied_on_every_merge(monkeypatch, gazetteer):
    """One place reported over and over merges into one report; its list of other sentences was
    copied and sorted again on every merge."""
    copied = [0]

    def counting_sorted(items, *args, **kwargs):
        items = list(items)
        copied[0] += len(items)
        return sorted(items, *args, **kwargs)

    monkeypatch.setattr(records, "sorted", counting_sorted, raising=False)

    def measure(text: str) -> int:
        copied[0] = 0
        _, reports = _analyse(text, gazetteer)
        assert len(reports) == 1
        return copied[0] + len(reports[0].event.notes)

    unit = "Fighting was reported in Basra. "
    small, large = _growth(lambda n: "T\n\n" + unit * n, 200, measure)
    assert large <= GROWTH * small
    _, reports = _analyse("T\n\n" + unit * 3, gazetteer)
    assert reports[0].event.notes.endswith("also reported at characters 35-66, 67-98")


def test_negations_before_cues_are_read_in_linear_work(monkeypatch, gazetteer):
    """M5: each cue of a long clause was checked against every negation before it."""
    from geodata.events import cues

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.calls = pattern, 0

        def fullmatch(self, *args):
            self.calls += 1
            return self.pattern.fullmatch(*args)

    gap = Counting(cues._NEAR_GAP_RE)
    monkeypatch.setattr(cues, "_NEAR_GAP_RE", gap)

    def measure(text: str) -> int:
        gap.calls = 0
        _analyse(text, gazetteer)
        return gap.calls

    small, large = _growth(lambda n: "T\n\n" + "no fighting in Basra but clashes killed 12 people, " * n, 100, measure)
    assert large <= GROWTH * max(small, 1)


def test_a_negation_counts_only_a_word_or_two_before_its_cue():
    from geodata.events.cues import find_cues

    def told(text: str) -> list[str]:
        return [text[c.start:c.end] for c in find_cues(text, 0, len(text))]

    assert told("Troops did not even attack Kut.") == []
    assert told("Police said no one attacked Kut.") == []
    assert told("No troops, police or militias attacked Kut.") == ["attacked"]
    assert told("Troops never\n  once attacked Kut.") == []


def _work_in(monkeypatch, module, names: list[str]) -> list[int]:
    """Count every Python call made inside ``module``'s functions ``names`` (where the extraction
    calls them through ``module``)."""
    from tests.helpers import count_calls

    work = [0]
    for name in names:
        real = getattr(module, name)

        def wrapped(*args, _real=real, **kwargs):
            out = []
            work[0] += count_calls(lambda: out.append(_real(*args, **kwargs)))
            return out[0]

        monkeypatch.setattr(module, name, wrapped)
    return work


@pytest.mark.parametrize("unit", [
    # A chronology at one place: tolls, and reports of the same place with no number between them
    # (each is folded only into a toll of the sentences around it).
    "On March {d}, {k} people were killed in Kramatorsk. Gunmen attacked Kramatorsk on March {d}. ",
    # Leads at a region and sites in a town, again and again.
    "On March {d}, {k} people were killed in eastern Ukraine. The strike hit the Central market in Kramatorsk. ",
])
def test_linking_takes_linear_work(monkeypatch, unit, gazetteer):
    work = _work_in(monkeypatch, builder, ["refine", "fold_unnumbered", "fold_sides", "link_counts"])

    def measure(text: str) -> int:
        work[0] = 0
        _analyse(text, gazetteer)
        return work[0]

    small, large = _growth(lambda n: "T\n\n" + "".join(unit.format(d=1 + i % 28, k=2 + i) for i in range(n)),
                           100, measure)
    assert 0 < small and large <= GROWTH * small


def test_villages_of_one_sentence_take_linear_work(monkeypatch, gazetteer):
    from geodata.places import mentions as place_mentions

    work = _work_in(monkeypatch, place_mentions, ["within_candidates"])

    def measure(text: str) -> int:
        work[0] = 0
        _analyse(text, gazetteer)
        return work[0]

    def make(n: int) -> str:
        # Villages the gazetteer lacks, and villages named like a town abroad ("Mubarak", Iran's).
        return "T\n\nGunmen attacked Basra, " + ", ".join(
            f"Kobra{i} village" if i % 2 else "Mubarak village" for i in range(n)) + " in Iraq."

    small, large = _growth(make, 100, measure)
    assert 0 < small and large <= GROWTH * small
