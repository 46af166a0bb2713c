"""What kind of event a cue tells, and who took part, in the light of the actors.

A cue (:mod:`geodata.events.cues`) gives an ACLED event type; the actors
(:mod:`geodata.events.actors`) and the targets (``targets.csv``) decide casualty
words and correct the rest: two opposed armed sides fight, one armed side against
civilians attacks them, against protesters uses excessive force, and a bombing by
aircraft is an air strike.
"""

from __future__ import annotations

import re
from functools import cache

from geodata import datafiles
from geodata.events.actors import GOVERNMENT_SIDE, ActorMention
from geodata.events.cues import ANY_TYPE, Cue
from geodata.text.phrases import ascii_twin, plain_text, starred_alternation, with_first_chars

BATTLE = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
EXPLOSIONS = "Explosions/Remote violence"
VIOLENT_TYPES = ("Battles", EXPLOSIONS, "Violence against civilians")
_NON_STATE = frozenset({"unidentified", "militia", "rebel", "civilians"})
_ONE_SIDED_ATTACKERS = frozenset({"unidentified"})  # gunmen, assailants, armed men: no named force


def _sides(actors: tuple[ActorMention, ...]) -> list[tuple[str, str]]:
    """(side, name) of each armed actor, once: state and foreign forces fight on one side."""
    out: list[tuple[str, str]] = []
    for a in actors:
        if a.actor.armed:
            side = "government" if a.actor.kind in GOVERNMENT_SIDE else a.actor.name
            if (side, a.actor.name) not in out:
                out.append((side, a.actor.name))
    return out


def _opposed(actors: tuple[ActorMention, ...]) -> tuple[str, str] | None:
    """The first two armed actors on different sides, if the sentence names two."""
    sides = _sides(actors)
    for i, (side, name) in enumerate(sides):
        for other_side, other in sides[i + 1:]:
            if other_side != side:
                return name, other
    return None


@cache
def _targets(plain: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``targets.csv`` as two patterns: civilian targets and armed ones (``plain``: their ASCII twins,
    for text all ASCII; see ascii_twin)."""
    if plain:
        return tuple(map(ascii_twin, _targets()))
    rows = datafiles.rows("targets.csv")

    def pattern(side: str) -> re.Pattern[str]:
        words = sorted((r["word"] for r in rows if r["side"] == side), key=len, reverse=True)
        words_re = rf"\b(?:{starred_alternation(words)})\b"
        return re.compile(with_first_chars(words_re))  # the look-ahead fails at once where no word starts

    return pattern("civilian"), pattern("armed")


def civilian_target(low: str, start: int, end: int) -> bool:
    """True when ``low[start:end]`` (lower case) names a civilian target and no armed one:
    "gunmen stormed a village", "killed four members of a family"."""
    civilian, armed = _targets(plain_text(low))
    return civilian.search(low, start, end) is not None and armed.search(low, start, end) is None


class CivilianTarget:
    """:func:`civilian_target` of ``low[start:end]``, read the first time its truth is asked and kept:
    :func:`resolve_type` asks it of a fight with one side only, so most sentences never run the two
    patterns."""

    __slots__ = ("_where", "_value", "_armed")

    def __init__(self, low: str, start: int, end: int) -> None:
        self._where = (low, start, end)
        self._value: bool | None = None
        self._armed: bool | None = None

    def __bool__(self) -> bool:
        if self._value is None:
            self._value = civilian_target(*self._where)
        return self._value

    def passive(self, at: int) -> bool:
        """Whether the verb at ``at`` is in the passive ("were attacked"): those named before it were hit."""
        low = self._where[0]
        return _PASSIVE_BEFORE_RE.search(low, max(0, at - 12), at) is not None

    @property
    def armed(self) -> bool:
        """Whether the sentence names an armed target ("a checkpoint", "a police station"), read once."""
        if self._armed is None:
            low, start, end = self._where
            self._armed = _targets(plain_text(low))[1].search(low, start, end) is not None
        return self._armed


_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|been|being)\s+$")


def resolve_type(cue: Cue, actors: tuple[ActorMention, ...],
                 victims: frozenset[int] = frozenset(), civilian: bool | CivilianTarget = False) -> tuple[str, str]:
    """The event type a cue gives, in the light of the actors (``victims``: starts of those a figure counts;
    ``civilian``: the sentence names only civilian targets, a bool or a :class:`CivilianTarget` read last)."""
    kind = (cue.event_type, cue.sub_event_type)
    if cue.event_type == ANY_TYPE:
        civilians = any(a.actor.kind == "civilians" for a in actors)
        armed_victims = any(a.actor.armed and a.start in victims for a in actors)
        # Two armed sides fought; or armed men were hit, by someone unnamed ("four policemen were wounded").
        kind = BATTLE if _opposed(actors) or (armed_victims and not civilians) else ATTACK
        if any(a.air and a.start not in victims for a in actors):
            # "Israeli jets flattened an apartment block, killing a family of 11": aircraft that kill strike.
            kind = (EXPLOSIONS, "Air or drone strike")
    elif kind == BATTLE and not _opposed(actors):
        named = {a.actor.kind for a in actors}
        if "protesters" in named and any(a.actor.armed for a in actors):
            kind = ("Protests", "Excessive force against protesters")
        elif "civilians" in named or ((actors or cue.one_sided) and all(a.actor.kind in _NON_STATE for a in actors)
                                      and civilian):
            # One armed side against civilians; or gunmen, militiamen or rebels (never
            # soldiers, whose raids are coded as fights) storming a village or a market.
            kind = ATTACK
        elif cue.one_sided and any(a.actor.armed for a in actors) \
                and all(a.actor.kind in _ONE_SIDED_ATTACKERS for a in actors) \
                and not any(a.actor.armed and a.start in victims for a in actors) \
                and not (isinstance(civilian, CivilianTarget) and (civilian.armed or civilian.passive(cue.start))):
            # "As people danced ..., gunmen suddenly opened fire, killing at least 12 people": the act of armed men
            # of no named force, no armed man hit nor aimed at (a named force's assault on a town is a battle with
            # its garrison; "the strongholds of the Mahdi Army were attacked" tells who was hit, not who hit).
            kind = ATTACK
    elif kind[0] == "Protests" and kind[1] != "Excessive force against protesters" \
            and any(a.actor.kind == "protesters" and a.start in victims for a in actors) \
            and any(a.actor.armed for a in actors):
        # "Security forces fatally shot 20 protesters in Homs": the protesters' dead at armed men's hands.
        kind = ("Protests", "Excessive force against protesters")
    if kind[0] == EXPLOSIONS and kind[1] != "Suicide bomb" and any(a.air for a in actors):
        kind = (EXPLOSIONS, "Air or drone strike")
    return kind


def event_actors(kind: tuple[str, str], actors: tuple[ActorMention, ...],
                 victims: frozenset[int] = frozenset()) -> tuple[str, str]:
    """ACLED's actor1 and actor2 for an event of ``kind``."""
    named = list(dict.fromkeys(a.actor.name for a in actors))
    armed = [name for _, name in _sides(actors)]
    if kind == ATTACK:  # the attacker is armed and not among the dead
        attackers = [name for _, name in _sides(tuple(a for a in actors if a.start not in victims))]
        return (attackers[0] if attackers else ""), "civilians"
    if kind[0] in ("Protests", "Riots"):
        crowd = "protesters" if kind[0] == "Protests" else "rioters"
        return crowd, (armed[0] if armed and kind[1] != "Peaceful protest" else "")
    if kind == (EXPLOSIONS, "Air or drone strike"):  # who flies strikes, whoever called them in
        flyers = [a.actor.name for a in actors if a.air]
        armed = list(dict.fromkeys(flyers + armed))
    pair = _opposed(actors)
    if pair:
        return (pair[1], pair[0]) if pair[1] == armed[0] else pair
    if kind[0] in VIOLENT_TYPES:  # a fight's actors are armed; allies are not each other's opponent
        return (armed[0] if armed else ""), ""
    first = armed[0] if armed else (named[0] if named else "")
    rest = [n for n in named if n != first and n not in ("civilians", "protesters")]
    return first, (rest[0] if rest else "")
