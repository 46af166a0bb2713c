"""Who took part: the actor table (``geodata/data/actors.csv``) and its matcher.

Each row names an actor, its kind and one alias as reports write it ("Mehdi
Army", "Sadr's militia", "puppet army", "warplanes"). Aliases match whole
words, in any case; the longest alias at a position wins, so "Iraqi puppet
government" is the government and "puppet army" the army.

Matching runs over the lower-cased text with one regex shaped as a trie of
the phrases (:func:`phrase_pattern`), which the event stage shares: an
alternation of a hundred phrases would try each one at every character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from geodata.text.frozen import frozen_record
from geodata import datafiles
from geodata.text.phrases import WordStartScan, lowered, phrase_key

# Kinds that carry arms; the rest are unarmed (government, civilians, protesters, rioters).
ARMED = frozenset({"state", "external", "militia", "rebel", "unidentified"})
# State forces and the foreign forces backing them fight on one side.
GOVERNMENT_SIDE = frozenset({"state", "external"})
# "US" in an alias also stands for these.
_US = ("us", "u.s.", "american")


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str

    @property
    def armed(self) -> bool:
        return self.kind in ARMED


@frozen_record
class ActorMention:
    actor: Actor
    start: int
    end: int
    air: bool  # the alias names aircraft ("warplanes", "US planes")
    alias: str = ""  # the alias as the table keys it


@dataclass(frozen=True)
class _Table:
    scan: WordStartScan  # the aliases over lower-cased text, read at words' starts
    by_alias: dict[str, tuple[Actor, bool]]
    actors: dict[str, Actor]
    local: dict[tuple[str, str], tuple[Actor, bool]]  # (alias, country) -> the actor it names there

    @property
    def pattern(self) -> re.Pattern[str]:
        return self.scan.pattern


@cache
def _table() -> _Table:
    rows = datafiles.rows("actors.csv")
    actors: dict[str, Actor] = {}
    by_alias: dict[str, tuple[Actor, bool]] = {}
    local: dict[tuple[str, str], tuple[Actor, bool]] = {}
    for row in rows:
        actor = actors.setdefault(row["actor"], Actor(row["actor"], row["kind"]))
        alias = phrase_key(row["alias"])
        words = alias.split(" ")
        variants = [alias]
        if "us" in words:
            variants = [" ".join(us if w == "us" else w for w in words) for us in _US]
        country = (row.get("country") or "").strip()
        for variant in variants:
            if country:
                local[(variant, country)] = (actor, row["air"] == "air")
            else:
                by_alias[variant] = (actor, row["air"] == "air")
    return _Table(WordStartScan(by_alias), by_alias, actors, local)


@lru_cache(maxsize=4096)
def _lookup(words: str) -> tuple[Actor, bool, str] | None:
    """The actor an alias names, whether it names aircraft, and the alias as the table keys it."""
    key = phrase_key(words)
    hit = _table().by_alias.get(key)
    return (*hit, key) if hit else None


def find_actors(text: str, start: int = 0, end: int | None = None, *,
                low: str | None = None) -> tuple[ActorMention, ...]:
    """Every actor named in ``text[start:end]``, in text order.

    ``low`` is ``lowered(text)`` if the caller has it already.
    """
    table = _table()
    low = lowered(text) if low is None else low
    found: list[ActorMention] = []
    for match in table.scan.finditer(low, start, len(text) if end is None else end):  # (at words' starts)
        hit = _lookup(match.group())
        if hit and hit[0].kind == "unidentified" and found and not low[found[-1].end:match.start()].strip():
            continue  # "al-Shabaab militants", "RSF gunmen": the group just named, not another
        if hit:
            found.append(ActorMention(hit[0], match.start(), match.end(), hit[1], hit[2]))
    return tuple(found)


# Right after an armed group's name: its spokesman ("Taliban spokesman Zabihullah Mujahid", "al Shabaab's
# military operations spokesman"); right before it, "a spokesman for".
_SPOKESMAN_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?spokes(?:man|person|woman)\b")
_SPOKESMAN_BEFORE_RE = re.compile(r"\bspokes(?:man|person|woman)\s+(?:for|of)\s+(?:the\s+)?$")
_ARMED_GROUPS = frozenset({"rebel", "militia"})
# "The group claimed it had killed", "the militants claimed that they killed": a side counting its kills.
# (or said so: "Separatist fighters said they killed 20 soldiers in an ambush")
# (or "claimed Monday to have killed 80 men": the day the claim was made may come first)
_GROUP_CLAIMED_RE = re.compile(r"\b(?:the\s+(?:group|militants|militant\s+group|insurgents|rebels|rebel\s+group|"
                               r"jihadists|militia|insurgent\s+group|guerrillas)|(?:separatist|rebel|militia|jihadist|"
                               r"insurgent)\s+fighters|separatists|rebels|insurgents|jihadists|guerrillas)\s+"
                               r"(?:later\s+|also\s+)?(?:claimed|said)\s+(?:(?:on\s+)?[a-z]+day\s+)?"
                               r"(?:(?:that\s+)?(?:it|they|its\s+fighters)\s+(?:had\s+)?killed|to\s+have\s+killed)\b"
                               # ("claimed responsibility for the attack ..., saying its fighters killed 61 soldiers")
                               # (or "... and said that they had killed 70 soldiers")
                               r"|\bclaimed\s+responsibility\b[^.;]{0,120}?\b(?:saying|and\s+said)\s+(?:that\s+)?"
                               r"(?:it|they|its\s+fighters|their\s+fighters)\s+(?:had\s+)?killed\b"
                               # ("An Ahlu Sunna Waljamaca spokesman said his group had killed eight al Shabaab
                               # combatants": a side's spokesman counting its kills)
                               r"|\bspokes(?:man|woman|person)\s+(?:[\w'’-]+\s+){0,6}?(?:said|says|claimed)\s+"
                               r"(?:that\s+)?(?:(?:his|her|their|its)\s+(?:group|fighters|forces|men|movement)|they|it)"
                               r"\s+(?:had\s+|have\s+|has\s+)?killed\b")


# Right after an armed group's name: its claim of its kills ("claimed to have killed", "said it had killed").
_NAMED_GROUP_CLAIMED_RE = re.compile(r"\s+(?:later\s+|also\s+)?(?:claimed|said)\s+(?:(?:on\s+)?[a-z]+day\s+)?"
                                     r"(?:(?:that\s+)?(?:it|they|its\s+fighters)\s+(?:had\s+)?killed|to\s+have\s+killed)\b")


def group_claim(text: str, low: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` gives an armed side's own account: by the spokesman of a group
    the table names (rebels or a militia) written as a name, with a capital ("the Taliban", not "militants"); or a
    side's claim of its kills, the group's ("The group claimed it had killed 137 soldiers") or any force's through
    its spokesman ("A military spokesman said its forces had killed 40 militants")."""
    claimed = "claimed" in low[start:end] or "said" in low[start:end]
    if claimed and any(_subject(low, start, m.start()) for m in _GROUP_CLAIMED_RE.finditer(low, start, end)):
        return True
    spokesman = "spokes" in low[start:end]
    if not (spokesman or claimed):
        return False
    for m in find_actors(text, start, end, low=low):
        if m.actor.kind not in _ARMED_GROUPS or not any(c.isupper() for c in text[m.start:m.end]):
            continue
        if spokesman and (_SPOKESMAN_AFTER_RE.match(low, m.end)
                          or _SPOKESMAN_BEFORE_RE.search(low, max(start, m.start - 30), m.start)):
            return True
        # (or the group by its name: "al-Shabaab claimed to have killed at least 43 people")
        if claimed and _NAMED_GROUP_CLAIMED_RE.match(low, m.end) and _subject(low, start, m.start):
            return True
    return False


def _subject(low: str, start: int, at: int) -> bool:
    """Whether the group named at ``at`` is no object of another side's act right before it: "Soldiers fighting
    al-Shabaab said they had killed 30 militants", "Troops pursuing the guerrillas said" are the army's claims (but
    "On Saturday al-Shabaab claimed", "A statement from al-Shabaab said" are the group's)."""
    words = re.findall(r"[a-z]+", low[max(start, at - 40):at])
    if words and words[-1] == "the":
        words.pop()
    return not words or not (words[-1].endswith("ing") or words[-1] in _ACTS_ON)


_ACTS_ON = frozenset({"against", "with", "killed", "attacked", "fought", "pursued", "battled", "targeted", "ambushed"})


def in_country(mention: ActorMention, country: str) -> ActorMention:
    """``mention`` as read in an event in ``country``: an alias may name another actor there
    ("insurgents" in Iraq are Sunni insurgents; elsewhere an unidentified armed group)."""
    hit = _table().local.get((mention.alias, country))
    if hit is None:
        return mention
    return ActorMention(hit[0], mention.start, mention.end, hit[1], mention.alias)
