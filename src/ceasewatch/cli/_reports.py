"""`ceasewatch reports add`, `ingest` and `extract`: reports into the store, all or nothing; claims from text."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ceasewatch.cli._app import (
    DbOption,
    NoExtractOption,
    ReportsFormatOption,
    app,
    err,
    errors,
    existing_store,
    out,
    parse_instant,
)
from ceasewatch.errors import InputError
from ceasewatch.model import Claim, Report

reports_app = typer.Typer(help="Add reports to the store.", no_args_is_help=True)
app.add_typer(reports_app, name="reports")


@reports_app.command("add")
def reports_add(
    files: Annotated[list[str], typer.Argument(help="JSON Lines or CSV files of reports; '-' reads stdin.")],
    fmt: ReportsFormatOption = "auto",
    reject: Annotated[
        Path | None,
        typer.Option("--reject", help="Store the good records and write the bad ones, with their errors, here."),
    ] = None,
    received_at: Annotated[
        str | None,
        typer.Option(
            "--received-at",
            help="When the reports were received (ISO 8601 with a time zone), or 'published' for each report's own "
            "publication time (archives compiled after the fact). \\[default: now]",
        ),
    ] = None,
    no_extract: NoExtractOption = False,
    db: DbOption = None,
) -> None:
    """Add reports (and their structured claims). All or nothing, unless --reject names a file for bad records.

    Claims are extracted from reports that carry text and no claims of their own, and stored with them.
    """
    from ceasewatch.sources import Rejected, read_reports

    with errors():
        received: datetime | Literal["published"] | None = (
            "published" if received_at == "published" else parse_instant(received_at, "--received-at")
        )
        store = existing_store(db)
        good = []
        rejected: list[Rejected] = []
        reject_stream = _open_for_writing(reject) if reject is not None else None
        with _progress() as progress:
            task = progress.add_task("reading", total=None)
            for name in files:
                source: str | Path = "-" if name == "-" else Path(name)
                for item in read_reports(source, format=fmt, on_error="collect" if reject else "raise"):
                    if isinstance(item, Rejected):
                        rejected.append(item)
                    else:
                        good.append(item)
                    progress.advance(task)
        with store:
            result = store.add_reports(good, received_at=received, derive=None if no_extract else _extractor())
        if reject_stream is not None:
            with reject_stream:
                for bad in rejected:
                    reject_stream.write(
                        json.dumps({"line": bad.line, "error": str(bad.error), "raw": bad.raw}, ensure_ascii=False)
                        + "\n"
                    )
        out.print(
            f"added {result.added} report(s); {result.duplicates} already stored"
            + (f"; {len(rejected)} rejected, written to {reject}" if reject is not None else "")
        )


def _open_for_writing(path: Path) -> TextIO:
    """Open an output file up front, so that an unwritable path fails before anything is stored."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror}", file=str(path)) from exc


@contextmanager
def _progress() -> Iterator[Progress]:
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} records"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        yield progress


@app.command("ingest")
def ingest(
    file: Annotated[str, typer.Argument(help="The file to read ('-' for stdin).")],
    fmt: Annotated[
        Literal["auto", "acled", "ucdp", "firms", "jsonl", "csv"],
        typer.Option("--format", help="The format; auto reads the header."),
    ] = "auto",
    max_errors: Annotated[
        int,
        typer.Option(
            "--max-errors", min=0, help="Store the good records if at most N are bad; with more, store nothing."
        ),
    ] = 0,
    max_km: Annotated[
        float, typer.Option("--max-km", help="FIRMS: a hotspot this close to a facility observes it (km).")
    ] = 2.0,
    keep_unmatched: Annotated[
        bool, typer.Option("--keep-unmatched", help="FIRMS: keep hotspots near no facility, as reports without claims.")
    ] = False,
    no_extract: NoExtractOption = False,
    db: DbOption = None,
) -> None:
    """Read ACLED, UCDP GED, NASA FIRMS or our own reports into the store, in one transaction.

    Every bad record is listed with its file, line, column and what was expected. With more than --max-errors bad
    records nothing is stored.
    """
    from ceasewatch.geo.facilities import FacilityRegistry
    from ceasewatch.sources import ingest_file

    if not max_km > 0 or max_km == float("inf"):
        raise typer.BadParameter("expected a positive distance in km", param_hint="--max-km")
    with errors(), existing_store(db) as store:
        registry = FacilityRegistry.from_store(store)
        with _progress() as progress:
            task = progress.add_task("reading", total=None)
            result = ingest_file(
                "-" if file == "-" else Path(file),
                format=fmt,
                max_errors=max_errors,
                sites=registry,
                max_km=max_km,
                keep_unmatched=keep_unmatched,
                progress=lambda counts: progress.update(task, completed=counts.records),
            )
        for bad in result.rejected:
            err.print(f"[red]bad record:[/] {bad.error}", markup=True, highlight=False)
        counts = result.counts
        if result.aborted:
            err.print(f"[bold red]error:[/] more than {max_errors} bad record(s): nothing stored", markup=True)
            raise typer.Exit(1)
        added = store.add_reports(result.reports, derive=None if no_extract else _extractor())
    dropped = f"; {counts.dropped} hotspot(s) near no facility dropped" if counts.dropped else ""
    out.print(
        f"{result.format}: {counts.records} record(s), {len(result.rejected)} bad; added {added.added} "
        f"report(s) with {counts.claims} claim(s), {added.duplicates} already stored{dropped}"
    )


def _extractor() -> Callable[[Report], list[Claim]]:
    """Claim extraction from text, with the bundled gazetteer and facility registry. The store keeps strikes on
    military targets too: a full ceasefire is judged on them, a truce on energy leaves them out."""
    from ceasewatch.extract import extract

    return partial(extract, military=True)


@app.command("extract")
def extract_command(
    file: Annotated[str, typer.Argument(help="Reports as JSON Lines or CSV ('-' for stdin).")] = "-",
    fmt: ReportsFormatOption = "auto",
    workers: Annotated[int, typer.Option("--workers", help="Processes to use.", min=1)] = 1,
    military: Annotated[
        bool,
        typer.Option(
            "--military",
            help="Also strikes on military targets (airfields, depots, troops, defence plants, warships).",
        ),
    ] = False,
) -> None:
    """Claims from the text of reports, in English, Ukrainian or Russian: reports in, claims as JSON Lines out."""
    from ceasewatch.extract import extract_many
    from ceasewatch.sources import read_reports, write_jsonl

    with errors():
        reports = read_reports("-" if file == "-" else Path(file), format=fmt)
        claims = extract_many((r for r in reports if isinstance(r, Report)), workers=workers, military=military)
        write_jsonl(claims, sys.stdout)
