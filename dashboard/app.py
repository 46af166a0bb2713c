"""conflict-map dashboard (placeholder): lists the articles the map will be drawn from.

Run with ``make run``. ``GEODATA_CORPUS`` overrides the corpus directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from geodata.corpus import read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"
COLUMNS = ["id", "title", "outlet", "published"]


def corpus_dir() -> Path:
    """The corpus directory: ``$GEODATA_CORPUS`` if set, else the bundled seeds."""
    return Path(os.environ.get("GEODATA_CORPUS") or DEFAULT_CORPUS).expanduser()


def _fingerprint(directory: Path) -> tuple:
    # Part of the cache key, so editing or adding an article refreshes the table.
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in directory.iterdir()))
    except OSError:
        return ()


@st.cache_data(show_spinner=False)
def load_articles(directory: str, fingerprint: tuple) -> tuple[list[dict], list[str]]:
    """Article metadata rows and one-line read errors, as plain values."""
    articles, errors = read_corpus([Path(directory)])
    rows = [{column: getattr(article, column) for column in COLUMNS} for article in articles]
    return rows, [str(error) for error in errors]


def main() -> None:
    st.set_page_config(page_title="conflict-map", layout="wide")
    st.title("conflict-map")
    st.write("The map arrives with the dashboard issue. For now, these are the articles it will be drawn from.")

    directory = corpus_dir()
    rows, errors = load_articles(str(directory), _fingerprint(directory))
    for error in errors:
        st.warning(error)
    if rows:
        st.dataframe(rows, column_order=COLUMNS, hide_index=True)
    else:
        st.info(f"No articles found in {directory}.")
    st.caption(f"Corpus: {directory} ({len(rows)} articles)")


if __name__ == "__main__":
    main()
