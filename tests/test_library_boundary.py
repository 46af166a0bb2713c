"""geodata is a library: importing any of it must not pull in the app's UI stack."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Modules that need build-only dependencies (the `build` extra).
SKIP = {"geodata.build_gazetteer"}

PROBE = f"""
import json, pkgutil, sys
import geodata

skip = {sorted(SKIP)!r}
imported = []
for info in pkgutil.walk_packages(geodata.__path__, "geodata."):
    if info.name in skip:
        continue
    __import__(info.name)
    imported.append(info.name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in {{"streamlit", "folium", "streamlit_folium"}})
print(json.dumps({{"imported": imported, "ui": ui}}))
"""


def test_geodata_never_imports_streamlit_or_folium():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    # The walk really found the library (guards against an empty, vacuous pass).
    assert {"geodata.models", "geodata.exc", "geodata.text.names"} <= set(result["imported"])
    assert result["ui"] == []
