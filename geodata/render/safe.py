"""Untrusted text (article titles, URLs, sentences) on its way into a page: links that
can only be web addresses, and JSON that cannot end the ``<script>`` element holding it.

Every map uses these: the page of ``geodata export-map`` and the dashboard's.
"""

from __future__ import annotations

import json
from functools import cache
from urllib.parse import urlsplit

# Written as \u escapes in script JSON; none is part of JSON's own syntax. "<", ">" and "&":
# no text can end or confuse the <script> element holding it; U+2028/9 cannot end a line
# of script.
SCRIPT_UNSAFE = "<>&\u2028\u2029"
# What streamlit-folium's rewriting of the script it sends looks for ({{'name'}},
# "alert(coords);" and names ending in _ plus an id): the dashboard's map escapes these too.
STREAMLIT_FOLIUM_UNSAFE = "';_"


def safe_url(url: object) -> str:
    """``url`` (stripped) if it is an http(s) address with a host, else "" (no ``javascript:``
    links, no ``http://`` alone)."""
    url = str(url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return url


@cache
def _escapes(chars: str) -> tuple[tuple[str, str], ...]:
    return tuple((c, f"\\u{ord(c):04x}") for c in dict.fromkeys(SCRIPT_UNSAFE + chars))


def script_json(data: object, *, also: str = "") -> str:
    """Compact JSON of ``data`` that cannot end or confuse the ``<script>`` element holding
    it: :data:`SCRIPT_UNSAFE` and the characters ``also`` names are ``\\u`` escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _escapes(also):  # (str.replace beats str.translate several times over)
        if char in text:
            text = text.replace(char, escape)
    return text
