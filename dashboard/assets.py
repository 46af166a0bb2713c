"""The map's JavaScript and CSS, served from installed packages instead of public CDNs.

folium points Leaflet and its plugins at CDNs, so without internet the map is
blank. The files the map needs come with installed packages (``xstatic-leaflet``
carries Leaflet 1.9.3, folium itself ships ``leaflet_heat.min.js``), and the offline base
map drawn beneath the tiles comes with ``geodata`` (``data/basemap.geojson``); they are copied
once into ``dashboard/static/vendor/`` and Streamlit's static file serving
(``server.enableStaticServing``) delivers them at ``/app/static/vendor/``.
Bootstrap, jQuery and awesome-markers are not needed: the map draws no icon
markers and no folium popups.
"""

from __future__ import annotations

import filecmp
import shutil
from dataclasses import dataclass
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR = "vendor"


@dataclass(frozen=True)
class Assets:
    """Where the map's scripts and stylesheets are, as URLs the map's frame can load."""

    leaflet_js: str
    leaflet_css: str
    heat_js: str
    local: bool  # False: the CDN addresses folium uses (needs internet)
    basemap: str = ""  # the offline base map's GeoJSON; none from a CDN, where tiles load anyway


CDN = Assets(
    leaflet_js="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
    leaflet_css="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
    heat_js="https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js",
    local=False,
)


def sources() -> dict[str, Path]:
    """Files to serve, by path under ``vendor/``, from the packages that carry them."""
    import folium
    import xstatic.pkg.leaflet as leaflet

    from geodata import datafiles
    from geodata.render.basemap import FILE

    leaflet_dir = Path(leaflet.BASE_DIR)
    files = {
        "leaflet/leaflet.js": leaflet_dir / "leaflet.js",
        "leaflet/leaflet.css": leaflet_dir / "leaflet.css",
        "leaflet-heat/leaflet_heat.min.js": Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js",
        # .json: Streamlit's static serving gives it a JSON content type (.geojson would be text/plain)
        "basemap/basemap.json": Path(str(datafiles.path(FILE))),
    }
    for image in sorted((leaflet_dir / "images").glob("*.png")):
        files[f"leaflet/images/{image.name}"] = image
    return files


def install(static_dir: Path = STATIC_DIR) -> None:
    """Copy the vendor files into ``static_dir/vendor`` where missing or changed."""
    for name, source in sources().items():
        target = static_dir / VENDOR / name
        if target.exists() and filecmp.cmp(source, target, shallow=False):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def local(base_url_path: str = "") -> Assets:
    """URLs of the served copies; ``base_url_path`` is Streamlit's ``server.baseUrlPath``."""
    prefix = "/" + "/".join(p for p in (base_url_path.strip("/"), "app/static", VENDOR) if p)
    return Assets(
        leaflet_js=f"{prefix}/leaflet/leaflet.js",
        leaflet_css=f"{prefix}/leaflet/leaflet.css",
        heat_js=f"{prefix}/leaflet-heat/leaflet_heat.min.js",
        local=True,
        basemap=f"{prefix}/basemap/basemap.json",
    )
