"""Generate docs/taxonomy.md and docs/cli.md from the code, so that they cannot drift (tests/test_docs.py checks).

Run: .venv/bin/python scripts/build_docs.py
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer
from typer.testing import CliRunner

from ceasewatch.cli import app
from ceasewatch.model.taxonomy import ACTS, CATEGORIES, Term

ROOT = Path(__file__).resolve().parent.parent


def taxonomy_markdown() -> str:
    """The taxonomy as Markdown tables."""

    def table(terms: dict[str, Term]) -> list[str]:
        rows = ["| id | English | Українська | Русский |", "|---|---|---|---|"]
        rows += [f"| `{t.id}` | {t.en} | {t.uk} | {t.ru} |" for t in terms.values()]
        return rows

    return "\n".join(
        [
            "# Taxonomy",
            "",
            "Target categories and acts are hierarchical ids. Naming a node in a scope covers everything under it; a",
            "category is covered when it or an ancestor is included and neither it nor an ancestor is excluded.",
            "",
            "Generated from `ceasewatch.model.taxonomy` by `scripts/build_docs.py`; a test keeps it in step.",
            "",
            "## Target categories",
            "",
            *table(CATEGORIES),
            "",
            "## Acts",
            "",
            *table(ACTS),
            "",
        ]
    )


def command_paths() -> list[list[str]]:
    """Every command of the CLI, as the words that invoke it."""
    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(command: Any, prefix: list[str]) -> None:
        if hasattr(command, "commands"):
            for name in sorted(command.commands):
                walk(command.commands[name], [*prefix, name])
        else:
            paths.append(prefix)

    walk(root, [])
    return paths


def cli_markdown() -> str:
    """The help of every command, as Markdown."""
    runner = CliRunner()
    env = {"COLUMNS": "100", "TERM": "dumb", "NO_COLOR": "1"}
    parts = [
        "# Command line",
        "",
        "Generated from `ceasewatch ... --help` by `scripts/build_docs.py`; a test checks that every command is here.",
        "Exit codes: 0 success, 1 bad input, 2 usage. `--db` (or `CEASEWATCH_DB`) picks the store.",
        "",
    ]
    for path in [[], *command_paths()]:
        result = runner.invoke(app, [*path, "--help"], env=env, prog_name="ceasewatch")
        title = " ".join(["ceasewatch", *path])
        text = "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())
        parts += [f"## `{title}`", "", "```text", text, "```", ""]
    return "\n".join(parts)


def main() -> None:
    os.environ.setdefault("COLUMNS", "100")
    (ROOT / "docs" / "taxonomy.md").write_text(taxonomy_markdown(), encoding="utf-8")
    (ROOT / "docs" / "cli.md").write_text(cli_markdown(), encoding="utf-8")


if __name__ == "__main__":
    main()
