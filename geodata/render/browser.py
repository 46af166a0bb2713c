"""What every map runs in the browser: the scripts and stylesheets under ``static/``.

* ``popup.js`` and ``popup.css``: ``popup(record)`` builds a popup from a record of
  plain-text fields (location, location_text, where, approximate, date, kind, figures,
  scope, actors, outlet, title, url, sentence, and optionally added) with the DOM and
  ``textContent`` only, so article text can never become markup; and how popups and
  the legend look. Every map uses both.
* ``page.js`` and ``page.css``: the page of ``geodata export-map`` (:mod:`geodata.render.htmlmap`);
  its one script reads the page's JSON and draws, and is never built from data.
* ``layers.js``: the dashboard's symbols, drawn from short-key records
  (``dashboard/mapview.py``, which fills in its ``%(name)s`` values).

A line ``/* include NAME */`` in a file stands for the file NAME, so ``popup.js`` sits
inside each map script's own function scope (it defines ``el`` and ``popup`` there).
Files are read once, when first asked for, never at import.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_INCLUDE = re.compile(r"^[ \t]*/\* include ([\w.-]+) \*/\n", re.MULTILINE)


@cache
def static(name: str) -> str:
    """The text of ``static/<name>``, its ``/* include … */`` lines replaced by those files."""
    text = resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")
    return _INCLUDE.sub(lambda m: static(m.group(1)), text)
