"""Untrusted text (article titles, outlets, text, query values) made inert in the dashboard's
HTML and Markdown. Links and script JSON: :mod:`geodata.render.safe`, as every map has them."""

from __future__ import annotations

import re

import pandas as pd


# html.escape(quote=True)'s table, and the characters folium and Jinja give meaning to.
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                       "`": "&#96;", "$": "&#36;", "{": "&#123;", "}": "&#125;"})
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:])")


def esc(value) -> str:
    """HTML-escape ``value``, backticks, ``$`` and braces included.

    folium writes popup and tooltip HTML into the page as it is, and puts some of it
    inside JavaScript template literals, where a backtick ends the string and ``${…}``
    runs code; and branca compiles rendered scripts as Jinja templates, where
    ``{{ … }}`` runs on the server.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value).translate(_HTML)


def plain(value) -> str:
    """``value`` for a Streamlit Markdown element, shown as typed: no links, images, maths or HTML."""
    return _MARKDOWN.sub(r"\\\1", str(value))

