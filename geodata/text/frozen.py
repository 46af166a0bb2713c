"""Frozen records that are quick to build: the internal records the stages make by the thousand.

``@frozen_record`` is ``@dataclass(frozen=True, slots=True)`` with a quicker ``__init__``. A frozen
dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (its ``__setattr__``
refuses), a generic call that looks the name up on the type every time; here each field is set through
its slot's own setter, bound once. The record is the same to every reader: the same fields, order,
defaults, ``repr``, equality, hash, ``dataclasses.replace`` and ``asdict``, and it still refuses
assignment (``FrozenInstanceError``). It has no ``__dict__``, as any record with slots.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields

__all__ = ["frozen_record"]


def frozen_record(cls: type) -> type:
    """``cls`` as a frozen dataclass with slots, built by an ``__init__`` that sets its slots directly."""
    cls = dataclass(frozen=True, slots=True)(cls)
    cls.__init__ = _slot_init(cls)
    return cls


def _slot_init(cls: type):
    """An ``__init__`` of the dataclass ``cls``'s signature that fills its slots directly."""
    params, body = [], []
    names: dict[str, object] = {"_MISSING": MISSING}
    for k, f in enumerate(fields(cls)):
        if not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: frozen_record takes plain fields only")
        names[f"_set{k}"] = getattr(cls, f.name).__set__
        if f.default is not MISSING:
            names[f"_default{k}"] = f.default
            params.append(f"{f.name}=_default{k}")
            body.append(f"_set{k}(self, {f.name})")
        elif f.default_factory is not MISSING:
            names[f"_factory{k}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body.append(f"_set{k}(self, _factory{k}() if {f.name} is _MISSING else {f.name})")
        else:
            params.append(f.name)
            body.append(f"_set{k}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: frozen_record takes no __post_init__")
    source = f"def __init__(self, {', '.join(params)}):\n    " + "\n    ".join(body or ["pass"]) + "\n"
    exec(source, names)  # noqa: S102 - built from the field names alone, as dataclasses does
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init
