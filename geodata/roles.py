"""Roles: what a place mention does in its sentence.

* ``location``: where something is or happens (the default);
* ``metonymy``: the place stands for its government ("his masters in
  Washington", "Washington's major economic rivals", "Tehran said");
* ``modifier``: the name qualifies a noun ("US forces", "US-backed",
  "a Basra resident").

The cue words live in ``geodata/data/role_cues.csv``.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources

from geodata.gazetteer import Gazetteer
from geodata.models import Place


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    text = (resources.files("geodata") / "data" / "role_cues.csv").read_text(encoding="utf-8")
    groups: dict[str, list[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        groups.setdefault(f"{row['role']}:{row['where']}", []).append(row["cue"])
    out = {}
    for name, cues in groups.items():
        alt = "|".join(sorted(cues, key=len, reverse=True))
        if name.endswith(":before"):
            out[name] = re.compile(rf"(?:^|\W)(?:{alt})\s+(?:the\s+)?$", re.IGNORECASE)
        else:
            out[name] = re.compile(rf"^(?:{alt})\b", re.IGNORECASE)
    return out


def role_of(text: str, start: int, end: int, place: Place, gazetteer: Gazetteer) -> str:
    """The role of the mention ``text[start:end]`` of ``place``."""
    cues = _cues()
    after = text[end:end + 60]
    before = text[max(0, start - 60):start]
    if re.match(r"[-‐](?!\s)", after):  # "US-backed", "Baghdad-based", "US-UK"
        return "modifier"
    possessive = re.match(r"['’]s?\s+", after)
    rest = after[possessive.end():] if possessive else after.lstrip()
    if _stands_for_government(place, gazetteer):
        if possessive and cues["metonymy:possessed"].match(rest):
            return "metonymy"
        if not possessive and cues["metonymy:after"].match(rest):
            return "metonymy"
        if cues["metonymy:before"].search(before):
            return "metonymy"
    if not possessive and after[:1] == " " and cues["modifier:after"].match(rest):
        return "modifier"
    return "location"


def _stands_for_government(place: Place, gazetteer: Gazetteer) -> bool:
    if place.kind == "country":
        return True
    capital = gazetteer.capital(place.country)
    return capital is not None and capital.id == place.id
