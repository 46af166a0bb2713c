"""The README documents every command-line option and every record field."""

import argparse
from dataclasses import fields
from pathlib import Path

from geodata.cli import build_parser
from geodata.models import Mention

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _options(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"geodata {name}"
                yield from _options(sub)
        else:
            yield from (opt for opt in action.option_strings if opt.startswith("--") and opt != "--help")


def test_every_cli_option_is_documented():
    missing = sorted({opt for opt in _options(build_parser()) if f"`{opt}" not in README and f"{opt} " not in README})
    assert missing == []


def test_every_mention_field_is_documented():
    missing = [f.name for f in fields(Mention) if f"`{f.name}`" not in README]
    assert missing == []


def test_readme_opens_with_the_two_setup_commands():
    block = README.split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines()[1:] if line.strip()]
    assert commands == ["make run", "make test"]
