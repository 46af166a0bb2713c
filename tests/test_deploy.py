"""Deploying: the Dockerfile, .dockerignore and requirements.txt (Streamlit Community Cloud).

There is no Docker engine here, so the Dockerfile is read, not built: its base,
user, health check, port and command, and that everything it copies exists and
is not ignored. The image's layout is then rebuilt in a temporary folder (the
COPY instructions, the ENV) to check that the code finds its data from there.
"""

import ast
import fnmatch
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FIRST_PARTY = {"geodata", "dashboard"}
# Modules that need an extra and are never run by the app: to rebuild the data, to run on a cluster.
EXTRA_ONLY = {"geodata/build_gazetteer.py": "build", "geodata/distributed.py": "distributed"}


def instructions(path: Path = ROOT / "Dockerfile") -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    out, pending = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.lstrip().startswith("#") or not (pending or line.strip()):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        keyword, _, rest = (pending + line).strip().partition(" ")
        out.append((keyword.upper(), rest.strip()))
        pending = ""
    return out


DOCKERFILE = instructions()


def args_of(keyword: str) -> list[str]:
    return [rest for k, rest in DOCKERFILE if k == keyword]


def env() -> dict[str, str]:
    out = {}
    for rest in args_of("ENV"):
        out.update(dict(re.findall(r"(\w+)=(\S+)", rest)))
    return out


def copies() -> list[tuple[list[str], str]]:
    """(sources, destination) of each COPY."""
    out = []
    for rest in args_of("COPY"):
        parts = [p for p in rest.split() if not p.startswith("--")]
        out.append((parts[:-1], parts[-1]))
    return out


def ignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore's ``patterns`` leave ``path`` (relative, with /) out of the context."""
    parts = path.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    result = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        if pattern.startswith("**/"):
            hit = any(fnmatch.fnmatchcase(p.rsplit("/", 1)[-1], pattern[3:]) for p in prefixes)
        else:
            hit = any(fnmatch.fnmatchcase(p, pattern) for p in prefixes)
        if hit:
            result = not negate
    return result


def dockerignore() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


# -- the Dockerfile ---------------------------------------------------------------------


def test_slim_python_base():
    assert args_of("FROM") == ["python:3.11-slim"]


def test_runs_as_a_user_that_is_not_root():
    users = args_of("USER")
    assert users and users[-1].split(":")[0] not in ("root", "0")
    keywords = [k for k, _ in DOCKERFILE]
    assert keywords.index("USER") < keywords.index("CMD")
    # The user exists, and owns the data directory the store writes to.
    user = users[-1].split(":")[0]
    run = " && ".join(args_of("RUN"))
    assert re.search(rf"useradd\b.*\b{user}\b", run)
    assert re.search(rf"chown\s+{user}(:{user})?\s+/app/data\b", run)
    assert env()["GEODATA_DB"] == "/app/data/geodata.sqlite"


def test_healthcheck_asks_streamlit_with_python():
    (check,) = args_of("HEALTHCHECK")
    assert "http://localhost:8501/_stcore/health" in check
    assert re.search(r"CMD\s+\[\"python\", \"-c\"", check)
    assert not re.search(r"\b(curl|wget)\b", check)  # neither is in the slim image


def test_exposes_8501_and_runs_the_dashboard():
    assert args_of("EXPOSE") == ["8501"]
    (cmd,) = args_of("CMD")
    command = json.loads(cmd)  # exec form
    assert command == ["streamlit", "run", "dashboard/serve.py", "--server.port=8501", "--server.address=0.0.0.0"]
    assert (ROOT / command[2]).is_file()


def test_installs_the_project_from_the_copied_sources():
    run = " && ".join(args_of("RUN"))
    assert re.search(r"pip install \.(\s|$)", run)
    copied = {source.rstrip("/") for sources, _ in copies() for source in sources}
    # What `pip install .` needs (pyproject names README.md as the readme), what the app reads at run time.
    assert copied >= {"pyproject.toml", "README.md", "geodata", "dashboard", "seeds", ".streamlit"}
    # The code runs from /app, where seeds/ and dashboard/static/ are (see test_the_image_layout...).
    assert env()["PYTHONPATH"] == "/app" and args_of("WORKDIR") == ["/app"]


def test_every_copy_source_exists_and_is_in_the_build_context():
    patterns = dockerignore()
    for sources, _ in copies():
        for source in sources:
            assert not re.match(r"[a-z]+://", source), source
            assert (ROOT / source).exists(), source
            assert not ignored(source.rstrip("/"), patterns), source
    assert args_of("ADD") == []  # no ADD at all, so no ADD of a URL


def test_dockerignore_leaves_out_local_state_and_secrets():
    patterns = dockerignore()
    for path in (".venv/bin/python", ".git/HEAD", "tests/artifacts/export_map.png", "benchmarks/out/x.json",
                 "data/geodata.sqlite", "geodata/__pycache__/cli.cpython-311.pyc", ".streamlit/secrets.toml",
                 "dashboard/static/vendor/leaflet/leaflet.js", "conflict_map.egg-info/PKG-INFO"):
        assert ignored(path, patterns), path
    for path in ("geodata/data/gazetteer.tsv.gz", "seeds/sources.csv", ".streamlit/config.toml",
                 "dashboard/app.py", "pyproject.toml", "README.md"):
        assert not ignored(path, patterns), path


def test_the_image_layout_finds_its_data_next_to_the_code(tmp_path):
    """COPY into a stand-in for /app, set the Dockerfile's PYTHONPATH and GEODATA_DB, and ask the
    code where seeds/, the static folder and the store are."""
    app = tmp_path / "app"
    assert args_of("WORKDIR") == ["/app"]
    for sources, dest in copies():  # as Docker copies, relative to WORKDIR
        target = app / dest.removeprefix("/app").lstrip("/")
        for source in sources:
            src = ROOT / source
            if src.is_dir():  # a folder's contents go into the destination
                shutil.copytree(src, target, ignore=shutil.ignore_patterns("__pycache__", "vendor"),
                                dirs_exist_ok=True)
            else:
                into = target / src.name if dest.endswith("/") else target
                into.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(src, into)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = """
import json, os
import dashboard.assets, geodata.io.store, geodata.settings
dashboard.assets.install()  # the build step
seeds = geodata.settings.path("GEODATA_SEEDS")
print(json.dumps({"store": geodata.io.store.__file__, "assets": dashboard.assets.__file__,
                  "seeds": str(seeds),
                  "static": str(dashboard.assets.STATIC_DIR),
                  "vendor": sorted(p.name for p in (dashboard.assets.STATIC_DIR / "vendor").iterdir()),
                  "db": str(geodata.io.store.default_path())}))
"""
    environment = {**os.environ, "PYTHONPATH": str(app), "GEODATA_DB": env()["GEODATA_DB"],
                   "GEODATA_SEEDS": env()["GEODATA_SEEDS"]}
    # From another directory: nothing may depend on the working directory.
    proc = subprocess.run([sys.executable, "-c", probe], cwd=elsewhere, env=environment, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert found == {
        "store": str(app / "geodata" / "io" / "store.py"), "assets": str(app / "dashboard" / "assets.py"),
        "seeds": "/app/seeds", "static": str(app / "dashboard" / "static"),
        "vendor": ["basemap", "leaflet", "leaflet-heat"], "db": "/app/data/geodata.sqlite",
    }
    assert (app / "dashboard" / "app.py").is_file() and (app / ".streamlit" / "config.toml").is_file()
    # The image's GEODATA_SEEDS is where it copies the seeds.
    assert sorted(p.name for p in (app / "seeds").iterdir()) == sorted(p.name for p in (ROOT / "seeds").iterdir())


# -- Streamlit Community Cloud ------------------------------------------------------------


def requirement_lines() -> list[str]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [line.split(" #")[0].strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_requirements_install_the_project_and_nothing_else_that_conflicts():
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    lines = requirement_lines()
    assert [line for line in lines if line in (".", "-e .", "--editable .")] != []
    declared = {canonicalize_name(r.name): r for r in map(Requirement, PYPROJECT["project"]["dependencies"])}
    for line in lines:
        if line in (".", "-e .", "--editable ."):
            continue
        extra = Requirement(line)
        assert canonicalize_name(extra.name) in declared, f"{line}: not a dependency in pyproject.toml"
        for spec in extra.specifier:
            if spec.operator == "==":
                assert declared[canonicalize_name(extra.name)].specifier.contains(spec.version), line


def test_community_cloud_reads_our_requirements_and_config():
    # It looks in the entry point's folder, then the root, for uv.lock, Pipfile, environment.yml,
    # requirements.txt, pyproject.toml (taken as Poetry's): the first found is the one it uses.
    names = ("uv.lock", "Pipfile", "environment.yml", "requirements.txt", "pyproject.toml")
    found = [f"{folder}/{name}" for folder in ("dashboard", ".") for name in names if (ROOT / folder / name).exists()]
    assert found[0] == "./requirements.txt"
    assert (ROOT / "dashboard" / "app.py").is_file()
    assert (ROOT / ".streamlit" / "config.toml").is_file()  # the one config file it reads, at the root


def imported_packages(path: Path) -> set[str]:
    """Top-level names of every package ``path`` imports (absolute imports, anywhere in the module)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - FIRST_PARTY - {"__future__"}


@pytest.mark.parametrize("extra", [None, "build", "distributed"])
def test_every_imported_package_is_declared(extra):
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = PYPROJECT["project"]
    declared = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    declared = {canonicalize_name(Requirement(r).name) for r in declared}
    distributions = importlib.metadata.packages_distributions()
    missing = {}
    for folder in sorted(FIRST_PARTY):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if EXTRA_ONLY.get(relative) != extra:
                continue
            for name in sorted(imported_packages(path)):
                # A package not installed here (the build extra's, on a fresh machine) is
                # taken by its import name, which for these is its distribution name.
                provided = {canonicalize_name(d) for d in distributions.get(name, [])} or {canonicalize_name(name)}
                if not provided & declared:
                    missing.setdefault(relative, []).append(f"{name} ({', '.join(sorted(provided)) or '?'})")
    assert missing == {}
