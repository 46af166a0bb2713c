import dataclasses
import pickle

import pytest

from geodata.text.frozen import frozen_record
from geodata.places.types import Candidate


@frozen_record
class Point:
    x: int
    y: int = 0
    tags: dict = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class PlainPoint:
    x: int
    y: int = 0
    tags: dict = dataclasses.field(default_factory=dict)


@frozen_record
class Pair:
    n: int
    s: str


@dataclasses.dataclass(frozen=True)
class PlainPair:
    n: int
    s: str


def test_builds_as_a_frozen_dataclass_does():
    for args, kwargs in [((1,), {}), ((1, 2), {}), ((), {"x": 3, "y": 4}), ((5,), {"tags": {"a": 1}})]:
        made, plain = Point(*args, **kwargs), PlainPoint(*args, **kwargs)
        assert dataclasses.astuple(made) == dataclasses.astuple(plain)
        assert repr(made) == repr(plain).replace("PlainPoint", "Point")
    assert Point(1) == Point(1, 0) and Point(1) != Point(2)
    assert hash(Pair(1, "a")) == hash(PlainPair(1, "a")) and Pair(1, "a") in {Pair(1, "a")}
    assert Point(1).tags is not Point(1).tags  # a fresh default each time


def test_stays_frozen_and_replaceable():
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5
    assert dataclasses.replace(point, y=7) == Point(1, 7)
    assert dataclasses.asdict(point) == {"x": 1, "y": 2, "tags": {}}
    assert pickle.loads(pickle.dumps(point)) == point
    assert not hasattr(point, "__dict__")


def test_the_same_errors_for_wrong_arguments():
    with pytest.raises(TypeError):
        Point()
    with pytest.raises(TypeError):
        Point(1, 2, {}, 4)
    with pytest.raises(TypeError):
        Point(1, z=3)


def test_refuses_what_it_cannot_build():
    with pytest.raises(TypeError):
        @frozen_record
        class KeywordOnly:
            x: int = dataclasses.field(kw_only=True)


def test_a_pipeline_record():
    cand = Candidate(0, 4, 0, 0, "kut", (), "exact")
    assert (cand.kind_hint, cand.precision, cand.place_id) == ("", "", "")
    assert dataclasses.replace(cand, kind_hint="city").kind_hint == "city"
