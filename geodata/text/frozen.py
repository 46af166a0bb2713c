"""Frozen records that are quick to build: the internal records the stages make by the thousand.

``@frozen_record`` is ``@dataclass(frozen=True, slots=True)``, built more quickly. A frozen dataclass's
own ``__init__`` sets each field through ``object.__setattr__`` (its ``__setattr__`` refuses), a
generic call that looks the name up on the type every time; a call of each slot's own setter, bound
once, is quicker, but still a call a field. Here the record is made by its ``__new__`` as an instance
of a plain twin class with the same slots, whose fields are set by plain assignment (which Python does
without a call), and then given its own class: the two classes lay their instances out alike, so the
change of class moves nothing. The record is the same to every reader: the same fields, order,
defaults, ``repr``, equality, hash, ``dataclasses.replace``, ``asdict`` and pickling, and it still
refuses assignment (``FrozenInstanceError``). It has no ``__dict__``, as any record with slots.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields

__all__ = ["frozen_record"]


def frozen_record(cls: type) -> type:
    """``cls`` as a frozen dataclass with slots, made by a ``__new__`` that fills a twin's slots."""
    cls = dataclass(frozen=True, slots=True)(cls)
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: frozen_record takes no __post_init__")
    cls.__new__ = _slot_new(cls)
    # The dataclass's __init__ would set every field again: object's own, which takes the arguments
    # __new__ took and does nothing, stands in its place.
    del cls.__init__
    cls.__reduce__ = _reduce  # a copy or a pickle is made through __new__ as well
    return cls


def _slot_new(cls: type):
    """A ``__new__`` of the dataclass ``cls``'s ``__init__`` signature that fills the slots of a plain
    twin of ``cls`` and then makes it a ``cls``."""
    # The same slots in the same order: the layout Python asks of two classes to move an instance
    # between them.
    twin = type(f"_{cls.__name__}Slots", (), {"__slots__": cls.__slots__, "__module__": cls.__module__})
    params, body = [], []
    names: dict[str, object] = {"_MISSING": MISSING, "_twin": twin}
    for k, f in enumerate(fields(cls)):
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: frozen_record takes plain fields only")
        if f.default is not MISSING:
            names[f"_default{k}"] = f.default
            params.append(f"{f.name}=_default{k}")
            body.append(f"_self.{f.name} = {f.name}")
        elif f.default_factory is not MISSING:
            names[f"_factory{k}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body.append(f"_self.{f.name} = _factory{k}() if {f.name} is _MISSING else {f.name}")
        else:
            params.append(f.name)
            body.append(f"_self.{f.name} = {f.name}")
    body = ["_self = _twin()", *body, "_self.__class__ = _cls", "return _self"]
    source = f"def __new__(_cls, {', '.join(params)}):\n    " + "\n    ".join(body) + "\n"
    exec(source, names)  # noqa: S102 - built from the field names alone, as dataclasses does
    new = names["__new__"]
    new.__qualname__ = f"{cls.__qualname__}.__new__"
    new.__module__ = cls.__module__
    return staticmethod(new)


def _reduce(record) -> tuple:
    # (the dataclass's own state methods would set the fields through object.__setattr__ after a bare
    # __new__, which this __new__ cannot make)
    return type(record), tuple(getattr(record, f.name) for f in fields(record))
