"""`ceasewatch reports add`: reports into the store, all or nothing, or with a reject file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ceasewatch.cli._app import DbOption, app, err, errors, out, parse_instant
from ceasewatch.errors import InputError
from ceasewatch.store import Store

reports_app = typer.Typer(help="Add reports to the store.", no_args_is_help=True)
app.add_typer(reports_app, name="reports")



@reports_app.command("add")
def reports_add(
    files: Annotated[list[str], typer.Argument(help="JSON Lines or CSV files of reports; '-' reads stdin.")],
    fmt: Annotated[str, typer.Option("--format", help="auto, jsonl or csv.")] = "auto",
    reject: Annotated[
        Path | None,
        typer.Option("--reject", help="Store the good records and write the bad ones, with their errors, here."),
    ] = None,
    received_at: Annotated[
        str | None,
        typer.Option(
            "--received-at",
            help="When the reports were received (ISO 8601 with a time zone), or 'published' for each report's own "
            "publication time (archives compiled after the fact). [default: now]",
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Add reports (and their structured claims). All or nothing, unless --reject names a file for bad records."""
    from ceasewatch.sources import Rejected, read_reports

    with errors():
        if fmt not in ("auto", "jsonl", "csv"):
            raise typer.BadParameter("expected auto, jsonl or csv", param_hint="--format")
        good = []
        rejected: list[Rejected] = []
        reject_stream = _open_for_writing(reject) if reject is not None else None
        with _progress() as progress:
            task = progress.add_task("reading", total=None)
            for name in files:
                source: str | Path = "-" if name == "-" else Path(name)
                for item in read_reports(source, format=fmt, on_error="collect" if reject else "raise"):  # type: ignore[arg-type]
                    if isinstance(item, Rejected):
                        rejected.append(item)
                    else:
                        good.append(item)
                    progress.advance(task)
        with Store.open(db) as store:
            if received_at == "published":
                result = store.add_reports(good, received_at="published")
            else:
                result = store.add_reports(good, received_at=parse_instant(received_at, "--received-at"))
        if reject_stream is not None:
            with reject_stream:
                for bad in rejected:
                    reject_stream.write(json.dumps({"line": bad.line, "error": str(bad.error), "raw": bad.raw},
                                                   ensure_ascii=False) + "\n")
        out.print(f"added {result.added} report(s); {result.duplicates} already stored"
                  + (f"; {len(rejected)} rejected, written to {reject}" if reject is not None else ""))


def _open_for_writing(path: Path) -> TextIO:
    """Open an output file up front, so that an unwritable path fails before anything is stored."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror}", file=str(path)) from exc


@contextmanager
def _progress() -> Iterator[Progress]:
    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} records"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as progress:
        yield progress


