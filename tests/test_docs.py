"""The documentation is tested: it names every option, field, setting and table, and what it says runs.

README.md is the newcomer's page; docs/*.md has one page per topic. These tests keep both in step with
the code: the command line (geodata.cli), the records (geodata.models), the settings (geodata.settings)
and the tables under geodata/data/.
"""

import argparse
import re
import shlex
from dataclasses import fields
from pathlib import Path

import pytest

from geodata.cli import build_parser
from geodata.models import Event, Mention
from geodata.settings import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = {path: path.read_text(encoding="utf-8") for path in sorted(DOCS.glob("*.md"))}
ALL_DOCS = "\n".join(PAGES.values())
# Fenced blocks of these languages are commands, and every `geodata ...` line in them must parse.
# Blocks marked ```text hold synopses and examples with placeholders (PATH..., [--db FILE]): not parsed.
SHELL = {"", "sh", "shell", "bash", "console"}


def page(name: str) -> str:
    return PAGES[DOCS / name]


def section(text: str, heading: str) -> str:
    """The text under a markdown heading, up to the next heading of the same or a higher level."""
    match = re.search(rf"^(#+) {re.escape(heading)}\n", text, re.MULTILINE)
    assert match, f"no heading {heading!r}"
    level = len(match.group(1))
    rest = text[match.end():]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.MULTILINE)
    return rest[: end.start()] if end else rest


def _subcommands(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def _options(parser: argparse.ArgumentParser):
    return [opt for action in parser._actions for opt in action.option_strings
            if opt.startswith("--") and opt != "--help"]


# -- the command line --------------------------------------------------------------------------------


def test_every_cli_option_is_documented_under_its_command():
    cli = page("cli.md")
    missing = []
    for name, sub in _subcommands(build_parser()):
        text = section(cli, f"geodata {name}")
        missing += [f"geodata {name} {opt}" for opt in _options(sub) if f"`{opt}`" not in text]
    assert missing == []


def test_every_subcommand_has_a_section():
    headings = set(re.findall(r"^## (geodata [\w-]+)$", page("cli.md"), re.MULTILINE))
    assert headings == {f"geodata {name}" for name, _ in _subcommands(build_parser())}


def _commands(text: str):
    """Each `geodata ...` line of the shell blocks of ``text``, continuation lines joined."""
    for language, body in re.findall(r"^```(\w*)\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
        if language not in SHELL:
            continue
        for line in body.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=.*", words[0]):  # NAME=value geodata ...
                words.pop(0)
            if words and words[0] == "geodata":
                yield line.strip(), words


DOCUMENTS = {"README.md": README, **{f"docs/{p.name}": text for p, text in PAGES.items()}}
COMMANDS = [(name, line, words) for name, text in DOCUMENTS.items() for line, words in _commands(text)]


def test_the_docs_show_commands_to_check():
    assert len(COMMANDS) >= 10  # guards against a vacuous pass
    assert {name for name, _, _ in COMMANDS} >= {"README.md", "docs/cli.md"}


@pytest.mark.parametrize(("document", "line", "words"), COMMANDS, ids=[f"{n}: {line}" for n, line, _ in COMMANDS])
def test_every_geodata_command_in_the_docs_parses(document, line, words, capsys):
    try:
        build_parser().parse_args(words[1:])
    except SystemExit:
        pytest.fail(f"{document}: {line!r} does not parse: {capsys.readouterr().err.strip()}")


# -- the records --------------------------------------------------------------------------------------


def test_every_mention_field_is_documented():
    text = section(page("data-model.md"), "A mention, field by field")
    missing = [f.name for f in fields(Mention) if f"`{f.name}`" not in text]
    assert missing == []


def test_every_event_field_is_documented():
    text = section(page("data-model.md"), "An event, field by field")
    missing = [f.name for f in fields(Event) if f"`{f.name}`" not in text]
    assert missing == []


# -- the settings -------------------------------------------------------------------------------------


def test_every_setting_has_a_heading_with_its_default():
    settings = page("settings.md")
    missing = []
    for setting in SETTINGS:
        if not re.search(rf"^### {setting.name}$", settings, re.MULTILINE):
            missing.append(setting.name)
        elif setting.default and f"`{setting.default}`" not in section(settings, setting.name):
            missing.append(f"{setting.name} (default `{setting.default}`)")
    assert missing == []


def test_settings_headings_are_settings():
    headings = re.findall(r"^### (\S+)$", page("settings.md"), re.MULTILINE)
    assert sorted(headings) == sorted(s.name for s in SETTINGS)


def test_every_variable_named_anywhere_is_a_setting():
    sources = {"README.md": README, **{f"docs/{p.name}": t for p, t in PAGES.items()}}
    for folder in ("geodata", "dashboard"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            sources[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    known = {s.name for s in SETTINGS}
    unknown = sorted({f"{where}: {name}" for where, text in sources.items()
                      for name in re.findall(r"\bGEODATA_\w+", text) if name not in known})
    assert unknown == []


# -- the README ---------------------------------------------------------------------------------------


def test_readme_opens_with_the_two_setup_commands():
    block = README.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines()[1:] if line.strip()]
    assert commands == ["make run", "make test"]


def test_readme_says_where_to_open_the_dashboard():
    after = README.split("```", 3)[2]
    assert "http://localhost:8501" in after.split("##")[0]


def test_readme_is_short():
    assert len(README.splitlines()) < 200


def test_readme_keeps_the_screenshot():
    assert "](dashboard/screenshot.png)" in README


def test_every_docs_page_is_linked_from_the_readme():
    linked = {target.split("#")[0] for target in re.findall(r"\]\(([^)\s]+)\)", README)}
    assert PAGES, "no docs pages"
    missing = sorted(f"docs/{p.name}" for p in PAGES if f"docs/{p.name}" not in linked)
    assert missing == []


def test_every_relative_link_points_at_a_file():
    broken = []
    for path in [ROOT / "README.md", *PAGES, ROOT / "benchmarks" / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", text):
            if re.match(r"[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
                continue  # a URL, or a heading of the same page
            file, _, anchor = target.partition("#")
            linked = path.parent / file
            if not linked.exists():
                broken.append(f"{path.relative_to(ROOT)}: {target}")
            elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked.read_text(encoding="utf-8")):
                broken.append(f"{path.relative_to(ROOT)}: {target} (no such heading)")
    assert broken == []


def _anchors(text: str) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL),
                          re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


# -- the tables ---------------------------------------------------------------------------------------


def test_every_data_table_is_documented():
    tables = sorted(p.name for p in (ROOT / "geodata" / "data").glob("*.csv"))
    assert tables, "no tables found"
    missing = [name for name in tables if name not in ALL_DOCS]
    assert missing == []


# -- names of the code ---------------------------------------------------------------------------------

# Git-ignored: made by a run, or the operator's own secrets.
LOCAL = ("benchmarks/out", "dashboard/static/vendor", "tests/artifacts", ".streamlit/secrets.toml")
REPO_PATH = re.compile(r"`((?:geodata|dashboard|tests|benchmarks|seeds|docs|\.streamlit|\.ci)/[^`\s]*)`")
MODULE = re.compile(r"`(geodata(?:\.\w+)+)`")


def _documents():
    return {"README.md": README, "benchmarks/README.md": (ROOT / "benchmarks" / "README.md").read_text("utf-8"),
            **{f"docs/{p.name}": t for p, t in PAGES.items()}}


def test_every_file_path_named_in_the_docs_exists():
    missing = []
    for where, text in _documents().items():
        for path in REPO_PATH.findall(text):
            if path.startswith(LOCAL):
                continue
            if not list(ROOT.glob(path.rstrip("/"))):  # a glob such as geodata/data/figure_*.csv matches
                missing.append(f"{where}: {path}")
    assert missing == []


def _resolves(name: str) -> bool:
    """A module or package of the tree, or a name its parent module defines or imports."""
    path = ROOT / Path(*name.split("."))
    if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
        return True
    parent, _, last = name.rpartition(".")
    parent_path = ROOT / Path(*parent.split("."))
    for source in (parent_path.with_suffix(".py"), parent_path / "__init__.py"):
        defined = (rf"^\s*(?:def|class)\s+{last}\b|^{last}\s*[:=]|^\s*(?:from\s+\S+\s+)?import\b[^\n]*\b{last}\b"
                   rf"|[\"']{last}[\"']\s*:")  # a def, an assignment, an import, or a key of an exports table
        if source.is_file() and re.search(defined, source.read_text(encoding="utf-8"), re.MULTILINE):
            return True
    return False


def test_every_module_named_in_the_docs_exists():
    missing = sorted({f"{where}: {name}" for where, text in _documents().items()
                      for name in MODULE.findall(text) if not _resolves(name)})
    assert missing == []
