"""One symbol per place and event type: the reports of one type at one point, drawn once.

Every map draws these (the dashboard's and ``geodata export-map``'s). Reports of one event type
whose latitude and longitude are equal, rounded to 5 decimals as the maps' records are, make one
:class:`Symbol`: its number of reports, the killed counted once over them (the rule of
:mod:`geodata.counting`), the range of their own figures, and the few reports whose details
travel to the browser (at most :data:`STACK_SHOWN`, the largest tolls first). A report alone is a
symbol of one, drawn as it always was.

Sending only the shown reports is what keeps a map of a hundred thousand reports a few
megabytes: the rest are listed on demand (the dashboard links to them; an exported map says how
to export a narrower one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geodata.counting import count_once
from geodata.render.symbols import format_range, radius

# Reports whose details a symbol sends and its popup shows; the others are counted.
STACK_SHOWN = 10


@dataclass(frozen=True)
class Symbol:
    """The reports of one event type at one point.

    ``shown`` holds the positions (in the sequences given to :func:`aggregate`) of the reports
    whose details it sends, in the order its popup lists them; ``count`` all its reports.
    """

    shown: tuple[int, ...]
    count: int
    killed: int  # each killing counted once over its reports
    figures: tuple[int, int] | None  # the lowest and highest figure that counts; None without one
    figured: int  # its reports that give a figure that counts
    precision: int  # its most precise report's: approximate (2, 3) only when every report is
    wide: bool  # every report's figure is operation-wide, national or cumulative: no local toll
    added: bool  # some report is from an added article

    @property
    def radius(self) -> float:
        return radius(self.killed)


def aggregate(*, latitudes: Sequence[float], longitudes: Sequence[float], types: Sequence[str],
              killed: Sequence[int | None], groups: Sequence[str], ids: Sequence[str],
              precisions: Sequence[int], wide: Sequence[bool], added: Sequence[bool] | None = None,
              first: Sequence[str] = ()) -> list[Symbol]:
    """The symbols of the reports described by the sequences (one item per report), in the order
    their first report comes.

    ``killed`` is what each report adds to the local toll (:func:`geodata.counting.adds`: None for
    no figure that counts), ``groups`` its ``event_group`` ("" for none), ``precisions`` its geo
    precision (a gap as 1). The reports ``first`` names come first in their symbol's list, in its
    order (a link to one event, a selection), then the largest tolls, then those without one, each
    in the order given.
    """
    added = added if added is not None else [False] * len(ids)
    killed = [None if k is None or k != k else int(k) for k in killed]  # a table's gap (NaN) is none
    rank = {ident: n for n, ident in reversed(list(enumerate(first)))}
    at: dict[tuple, list[int]] = {}
    for position, key in enumerate(zip(_rounded(latitudes), _rounded(longitudes), types)):
        at.setdefault(key, []).append(position)
    # Each killing once within a symbol: an event's reports in several articles at one place add
    # its lowest figure once (its group, made the symbol's own, so no other symbol's report carries it).
    symbol_of = [0] * len(ids)
    for n, positions in enumerate(at.values()):
        for position in positions:
            symbol_of[position] = n
    once = count_once(killed, [f"{symbol_of[i]} {g}" if g else "" for i, g in enumerate(groups)], ids)
    out = []
    for positions in at.values():
        figures = [killed[i] for i in positions if killed[i] is not None]
        order = sorted(positions, key=lambda i: (rank.get(ids[i], len(rank)), killed[i] is None, -(killed[i] or 0)))
        out.append(Symbol(
            shown=tuple(order[:STACK_SHOWN]), count=len(positions), killed=sum(once[i] for i in positions),
            figures=(min(figures), max(figures)) if figures else None, figured=len(figures),
            precision=min(_precision(precisions[i]) for i in positions),
            wide=all(wide[i] for i in positions), added=any(added[i] for i in positions)))
    return out


def _rounded(values: Sequence[float]) -> list[float]:
    # A map's reports stand on a few thousand points at most: each rounded once.
    known: dict[float, float] = {}
    return [known[v] if v in known else known.setdefault(v, round(float(v), 5)) for v in values]


def _precision(value: object) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):  # a gap: exact, as the maps draw it
        return 1
    return number if number > 0 else 1


def headline(symbol: Symbol, *, event_type: str, location: str) -> str:
    """The first line of a symbol's popup: "11 reports of Battles at Basra · 57 killed counted
    once (figures 1–30)"."""
    return f"{symbol.count:,} reports of {event_type} at {location} · {toll(symbol, long=True)}"


def toll(symbol: Symbol, *, long: bool = False) -> str:
    """"57 killed" (``long``: "57 killed counted once (figures 1–30)"); "no local killed figure"
    when no report gives one that counts (geodata.counting)."""
    if symbol.figures is None:
        return "no local killed figure"
    if not long:
        return f"{symbol.killed:,} killed"
    low, high = symbol.figures
    if symbol.figured == 1:
        return f"{symbol.killed:,} killed (one report gives a figure)"
    figures = f"figures {format_range(low, high)}" if low != high else f"figures of {low:,} each"
    return f"{symbol.killed:,} killed counted once ({figures})"


def tally(symbol: Symbol) -> str:
    """What a symbol's tooltip says after its place and type: "11 reports · 57 killed"."""
    return f"{symbol.count:,} reports" + (f" · {toll(symbol)}" if symbol.figures is not None else "")
