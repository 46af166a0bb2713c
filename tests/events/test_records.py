"""The records' reading of sentences: refers_back's answers kept for a text are those read afresh."""

import random

from geodata.events import records
from geodata.events.records import _reference_in, refers_back

_PIECES = ("the attack", "The blast", "the bombing", "the airstrike in", "this attack", "the town's", "police said",
           "gunmen killed", "an attack", "x", ", ", ". ", " ", "  ", "\n", "’s", "'s", "the", "those killed", "in")


def _afresh(low: str, start: int, end: int) -> bool:
    return _reference_in(low, start, end).search(low, start, end) is not None


def test_the_answers_kept_for_a_text_are_those_read_afresh():
    # Spans asked of several texts in turn, some more than once, in any order: each answer is the one read
    # afresh, the memory of the text last asked replaced when another is asked of.
    rng = random.Random(53)
    asks = []
    for _ in range(300):
        low = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))).lower()
        for _ in range(rng.randint(1, 6)):
            start = rng.randint(0, len(low))
            asks.append((low, start, rng.randint(start, len(low))))
    want = [_afresh(*ask) for ask in asks]
    records.REFERS_BACK.forget()
    for _ in range(3):
        order = list(range(len(asks)))
        rng.shuffle(order)
        for k in order[: len(order) // 2] + sorted(order[len(order) // 2:]):
            assert refers_back(*asks[k]) == want[k], asks[k]
    assert 100 < sum(want) < len(want) - 100
