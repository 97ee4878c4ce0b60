"""What every command shares: the Typer app, the consoles, the common options, errors to exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Literal

import typer
from pydantic import TypeAdapter, ValidationError
from rich.console import Console
from rich.table import Table

from ceasewatch import __version__
from ceasewatch.errors import CeasewatchError, InputError
from ceasewatch.model import Instant
from ceasewatch.store import Store

app = typer.Typer(
    name="ceasewatch",
    help="Hold ceasefire agreements as machine-readable terms and judge reported incidents against every reading.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="CEASEWATCH_DB",
        help="The store: a SQLite file or a SQLAlchemy URL. \\[default: ./ceasewatch.db]",
    ),
]
ReportsFormatOption = Annotated[
    Literal["auto", "jsonl", "csv"],
    typer.Option("--format", help="auto (from the file name or its first byte), jsonl or csv."),
]
NoExtractOption = Annotated[
    bool, typer.Option("--no-extract", help="Do not extract claims from reports that carry only text.")
]
SplitOption = Annotated[
    Literal["dev", "holdout", "all"], typer.Option("--split", help="Which part of the gold file to score.")
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Judge with only what was known at this instant (ISO 8601 with a time zone)."),
]


@contextmanager
def errors() -> Iterator[None]:
    """Turn ceasewatch errors into one line on stderr and exit code 1."""
    try:
        yield
    except CeasewatchError as exc:
        err.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(1) from exc


def existing_store(db: str | None) -> Store:
    """Open a store that must already exist: a mistyped SQLite path is an error, not a new empty store."""
    from ceasewatch.store import existing_sqlite_path

    path = existing_sqlite_path(db)
    if path is not None and not path.exists():
        raise InputError("no store here; create one with 'ceasewatch init'", file=str(path))
    return Store.open(db)


def parse_instant(value: str | None, option: str = "--as-of") -> datetime | None:
    if value is None:
        return None
    try:
        moment: datetime = TypeAdapter(Instant).validate_python(value)
    except ValidationError as exc:
        raise InputError(
            f"'{value}' is not a time with a time zone",
            field=option,
            expected="ISO 8601 with a time zone, e.g. 2025-03-25T00:00:00+02:00",
        ) from exc
    return moment


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    if version:
        out.print(f"ceasewatch {__version__}")
        raise typer.Exit(0)


@app.command()
def init(db: DbOption = None) -> None:
    """Create the store (or bring its schema up to date)."""
    with errors(), Store.open(db) as store:
        status = store.status()
        out.print(f"store ready: {status['url']} (schema {status['revision']})")


@app.command()
def status(db: DbOption = None) -> None:
    """What the store holds."""
    with errors(), existing_store(db) as store:
        table = Table("what", "count", title=f"ceasewatch store {store.url}")
        for key, value in store.status().items():
            if key != "url":
                table.add_row(key, str(value))
        out.print(table)
