"""How killings are counted: one rule, for every view of the events.

The headline, the events table, the timeline, the minimum-killed filter, the circles and heat map
of the map (in the app and in ``export-map``), and the ``fatalities`` of the CSV and GeoJSON all
count with this module:

* a report's ``fatalities`` is what it adds to the local toll: ACLED's conservative figure (the low
  bound, so "at least 30" counts 30 and "up to 60" counts 0; "dozens" 12, "hundreds" 100) for a
  local report; none (``None``) for an operation-wide, nationwide or cumulative figure
  (:data:`WIDE_SCOPES`), and none for a report whose killings another report of its article
  counts (``counted_in``: a toll told again, a running total, a lead and its breakdown; see
  :mod:`geodata.events.linking`);
* a local report with no killed figure adds nothing: it never lowers its event's count;
* reports of one event in several articles (one ``event_group``) count once: the lowest
  ``fatalities`` of those that add something, carried by one of them (:func:`count_once`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from geodata.models import Event

# Figures that are no event at a place: kept, shown apart, never added to a local toll.
WIDE_SCOPES = ("operation", "national", "cumulative")


def adds(event: object) -> int | None:
    """What one report adds to the local toll: its ``fatalities`` when it is local, gives a killed
    figure (a bound, or a vague word ACLED counts: "dozens"), and no other report of its article
    counts its killings; else None. A report with no killed figure adds nothing, not 0: it never
    lowers an event's count. (Records stored before this rule may still hold ``fatalities`` for a
    wider figure: the rule reads the scope too.)"""
    dead = _number(getattr(event, "fatalities", None))
    if dead is None or not _counts(event):
        return None
    told = _number(getattr(event, "killed_low", None)) is not None or \
        _number(getattr(event, "killed_high", None)) is not None or dead > 0
    return dead if told else None


def _counts(event: object) -> bool:
    """Whether a report's killings count here: it is local and no other report counts them."""
    return (getattr(event, "scope", "") or "local") == "local" and not getattr(event, "counted_in", "")


def _number(value: object) -> int | None:
    """An int, or None for a gap (None, NaN, a table's missing value)."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else int(number)


def count_once(fatalities: Sequence[int | None], groups: Sequence[str], ids: Sequence[str]) -> list[int]:
    """The killings each report adds when the reports are summed, in their order.

    ``fatalities``, ``groups`` (``event_group``, "" for none) and ``ids`` (``event_id``) are the
    reports' columns. Each event (a group, else a report alone) counts its lowest fatalities once,
    on the first report in the given order that gives it; its other reports add 0, as do reports
    with no fatalities.
    """
    lowest: dict[str, tuple[int, int]] = {}  # event -> (its lowest figure, the position of its carrier)
    for position, (dead, group, ident) in enumerate(zip(fatalities, groups, ids)):
        if dead is None or dead != dead:  # None or NaN: adds nothing
            continue
        key = group or f"report {ident}"
        if key not in lowest or int(dead) < lowest[key][0]:
            lowest[key] = (int(dead), position)
    out = [0] * len(ids)
    for dead, position in lowest.values():
        out[position] = dead
    return out


def counted(events: Sequence[Event]) -> list[Event]:
    """``events`` with each killing counted once across them: an event reported in several
    articles keeps its ``fatalities`` on one report (:func:`count_once`), its other reports 0.
    A local report with no killed figure keeps 0, as ACLED writes it; a wider figure or a toll
    another report counts has None. What the CSV and GeoJSON write, so that their ``fatalities``
    sum to the headline's killed."""
    own = [adds(e) for e in events]
    once = count_once(own, [e.event_group for e in events], [e.event_id for e in events])
    return [counted_once(event, n if mine is not None else None) for event, mine, n in zip(events, own, once)]


def counted_once(event: Event, once: int | None) -> Event:
    """``event`` as :func:`counted` writes it, given what it adds counted once across the run
    (``once``: None when it adds nothing, as :func:`adds` says)."""
    value = once if once is not None else (0 if event.fatalities is not None and _counts(event) else None)
    return event if value == event.fatalities else replace(event, fatalities=value)
