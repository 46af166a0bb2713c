"""The offline base map every map draws beneath its tiles (``data/basemap.geojson``).

Built by :mod:`geodata.build_basemap` from Natural Earth (public domain) and the
gazetteer's names (GeoNames, CC BY 4.0); drawn by ``static/basemap.js``. The dashboard
serves the file once per browser; ``geodata export-map`` carries it inside the page.
"""

from __future__ import annotations

import json
from functools import cache

from geodata import datafiles
from geodata.exc import ConfigError

FILE = "basemap.geojson"
CREDIT = "Offline map: Natural Earth (public domain)"


@cache
def basemap() -> dict:
    """The base map as a GeoJSON FeatureCollection (read once)."""
    try:
        return json.loads(datafiles.path(FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ConfigError(f"the offline base map ({FILE}) is missing or damaged ({err}); "
                          "rebuild it with 'python -m geodata.build_basemap'") from err


@cache
def country_names() -> dict[str, str]:
    """Country names by ISO 3166-1 alpha-2 code ("IQ": "Iraq"), for what a reader sees; the
    records keep the code."""
    for feature in basemap()["features"]:
        props = feature["properties"]
        if props.get("layer") == "country":
            return dict(zip(props["countries"], props["names"]))
    return {}


def country_name(code: str) -> str:
    """``code``'s name, or the code itself when the map has none ("" stays "")."""
    return country_names().get(code, code)
