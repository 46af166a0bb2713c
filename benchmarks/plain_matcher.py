"""A plain regex place-name matcher, the yardstick for ``bench_extract.py``.

    python benchmarks/plain_matcher.py FOLDER OUTPUT.json

What a geotext-style matcher does, over the same gazetteer: one regex finds
runs of capitalised words, each run (and each of its words) is folded and
looked up, every hit is written out. No sentences, no roles, no traps, no
choice between namesakes, no events: the floor under any geoparser's cost,
measured the same way (a whole process, start-up and gazetteer load included).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from geodata.places.gazetteer import Gazetteer
from geodata.text.names import fold

_RUN_RE = re.compile(r"(?:\b(?:[Aa]l|[Ee]l)[- ])?\b[A-Z][\w'’]*(?:[ -](?:al-|el-)?[A-Z][\w'’]*)*")


def matches(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, key) of every capitalised run, or word of one, that is a gazetteer name."""
    out = []
    for m in _RUN_RE.finditer(text):
        key = fold(m.group())
        if gazetteer.has_key(key):
            out.append((m.start(), m.end(), key))
        elif " " in key:
            out.extend((m.start(), m.end(), word) for word in key.split() if gazetteer.has_key(word))
    return out


def main(argv: list[str]) -> int:
    folder, output = Path(argv[0]), Path(argv[1])
    gazetteer = Gazetteer.load()
    found = {path.name: matches(path.read_text(encoding="utf-8"), gazetteer)
             for path in sorted(folder.glob("*.txt"))}
    output.write_text(json.dumps(found), encoding="utf-8")
    print(f"{len(found)} articles, {sum(map(len, found.values()))} matches", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
