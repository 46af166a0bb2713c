"""Every setting conflict-map reads from the environment, in one table.

    >>> settings.path("GEODATA_DB")
    PosixPath('/home/me/.local/share/conflict-map/geodata.sqlite')

Each :class:`Setting` names its variable, its default and what it means;
``docs/settings.md`` documents every row, and a test keeps the two in step.
Values are read when asked for, never at import, so a test or an operator can
change the environment between two calls.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from geodata.exc import ConfigError

TRUE = ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Setting:
    name: str
    default: str  # as written in the docs; "~" and $XDG_* are expanded by path()
    help: str


SETTINGS = (
    Setting("GEODATA_DB", "$XDG_DATA_HOME/conflict-map/geodata.sqlite",
            "The SQLite store of articles, mentions and events that `geodata add`, `list`, `export` and the "
            "dashboard use. $XDG_DATA_HOME defaults to ~/.local/share, so the CLI and the app find the same "
            "store wherever they are started from."),
    Setting("GEODATA_SEEDS", "seeds",
            "The folder of articles a new, empty store is filled with, once (relative to the working "
            "directory). A missing folder fills nothing."),
    Setting("GEODATA_CORPUS", "",
            "What the dashboard shows instead of the store: a folder of articles or a saved extraction "
            "(`.json`). Empty: the store."),
    Setting("GEODATA_SAVE_UPLOADS", "off",
            "Whether articles added in the dashboard go to the store for every visitor (1/true/yes/on) or "
            "stay in the visitor's session (off). `save_uploads` in .streamlit/secrets.toml is read when "
            "this is unset."),
    Setting("GEODATA_GEOCODE_CACHE", "$XDG_CACHE_HOME/conflict-map/nominatim.json",
            "The file that caches `--online` (Nominatim) answers. $XDG_CACHE_HOME defaults to ~/.cache."),
    Setting("GEODATA_ADD_MAX_CHARS", "1000000",
            "The most a dashboard visitor may add with one click: characters of pasted text plus bytes of "
            "uploaded files. A larger addition is refused, whole, with a message."),
    Setting("GEODATA_ADD_SECONDS", "20",
            "How long the dashboard waits for the extraction of one addition (seconds). Past it, nothing is "
            "added and the visitor is asked to split the addition."),
)
_BY_NAME = {s.name: s for s in SETTINGS}
_XDG = {"XDG_DATA_HOME": "~/.local/share", "XDG_CACHE_HOME": "~/.cache"}


def _setting(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ConfigError(f"no setting {name!r}; the settings are {', '.join(_BY_NAME)}") from None


def value(name: str) -> str:
    """The setting's value: the environment's when set and not blank, else its default."""
    default = _setting(name).default
    given = os.environ.get(name, "").strip()
    return given or default


def is_set(name: str) -> bool:
    """Whether the environment gives the setting a non-blank value."""
    _setting(name)
    return bool(os.environ.get(name, "").strip())


def path(name: str) -> Path:
    """The setting as a path, with ``~`` and the ``$XDG_*`` base directories expanded."""
    text = value(name)
    for var, fallback in _XDG.items():
        if f"${var}" in text:
            text = text.replace(f"${var}", os.environ.get(var, "").strip() or fallback)
    return Path(text).expanduser()


def flag(name: str) -> bool | None:
    """The setting as a yes/no answer (yes is 1/true/yes/on); None when the environment leaves it unset."""
    _setting(name)
    given = os.environ.get(name, "").strip().lower()
    return (given in TRUE) if given else None
