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


def _plain_twin(record: type) -> type:
    """The plain frozen dataclass ``record`` stands for: the same fields, built by dataclasses' own
    ``__init__``."""
    spec = [(f.name, f.type, dataclasses.field(default=f.default, default_factory=f.default_factory))
            for f in dataclasses.fields(record)]
    return dataclasses.make_dataclass(f"Plain{record.__name__}", spec, frozen=True, slots=True)


def _values(record: type, rng) -> list:
    # Values of every kind a field may hold, shared or not: the record keeps each as given.
    pool = [0, -1, 7, "", "kut", None, (), (1, 2), [3], {"a": 1}, 2.5, True]
    return [rng.choice(pool) for _ in dataclasses.fields(record)]


def _records() -> list[type]:
    """Every record of the pipeline made by frozen_record."""
    import importlib
    import pkgutil

    import geodata

    found = {}
    for info in pkgutil.walk_packages(geodata.__path__, "geodata."):
        if info.name.startswith(("geodata.dashboard", "geodata.distributed")):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and isinstance(value.__dict__.get("__new__"), staticmethod) and dataclasses.is_dataclass(value):
                found[value.__qualname__ + module.__name__] = value
    return list(found.values())


def test_every_pipeline_record_builds_as_its_plain_dataclass():
    import copy
    import random

    rng = random.Random(14)
    records = _records()
    assert {"Mention", "Event", "Report", "Candidate", "Figure", "Cue"} <= {r.__name__ for r in records}
    for record in records:
        plain = _plain_twin(record)
        names = [f.name for f in dataclasses.fields(record)]
        for _ in range(20):
            values = _values(record, rng)
            given = rng.randint(0, len(values))  # the rest by name, or left to their defaults
            required = sum(f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                           for f in dataclasses.fields(record))
            given = max(given, required)
            kwargs = dict(zip(names[given:], values[given:])) if rng.random() < 0.5 else {}
            made, want = record(*values[:given], **kwargs), plain(*values[:given], **kwargs)
            assert type(made) is record
            for name in names:
                assert getattr(made, name) is getattr(want, name) or getattr(made, name) == getattr(want, name)
            assert repr(made) == repr(want).replace(plain.__name__, record.__name__, 1)
            assert made == record(*values[:given], **kwargs)
            again = pickle.loads(pickle.dumps(made))
            assert type(again) is record and repr(again) == repr(made)
            assert repr(copy.copy(made)) == repr(made) and repr(copy.deepcopy(made)) == repr(made)
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(made, names[0], 1)


def test_equal_to_a_plain_dataclass_field_by_field():
    # Records of many fields, with defaults and a factory among them: each field holds what was given.
    import random

    rng = random.Random(5)
    for size in (1, 2, 5, 15, 31):
        required = rng.randint(1, size)
        spec = [(f"f{k}", int) for k in range(required)]
        for k in range(required, size):  # the rest with a default or a factory
            spec.append((f"f{k}", int, dataclasses.field(default=k)) if rng.random() < 0.5
                        else (f"f{k}", tuple, dataclasses.field(default_factory=tuple)))
        body = {"__annotations__": {s[0]: s[1] for s in spec}, **{s[0]: s[2] for s in spec[required:]}}
        made_cls = frozen_record(type(f"R{size}", (), body))
        plain_cls = dataclasses.make_dataclass(f"R{size}", spec, frozen=True, slots=True)
        for _ in range(10):
            n = rng.randint(required, size)
            args = [rng.randint(-5, 5) for _ in range(n)]
            made, plain = made_cls(*args), plain_cls(*args)
            assert dataclasses.astuple(made) == dataclasses.astuple(plain)
            assert hash(made) == hash(plain)
            assert dataclasses.replace(made, f0=99) == made_cls(99, *args[1:])
