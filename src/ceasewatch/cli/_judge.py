"""`ceasewatch adjudicate`, `report` and `demo`: findings, and what a mediator reads."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from ceasewatch.cli._app import AsOfOption, DbOption, app, errors, existing_store, out, parse_instant
from ceasewatch.errors import InputError
from ceasewatch.model import Finding


@app.command("adjudicate")
def adjudicate_command(
    claims: Annotated[
        str | None,
        typer.Option(
            "--claims",
            help="Claims as JSON Lines ('-' for stdin): judge each as an incident of its own and "
            "print findings to stdout.",
        ),
    ] = None,
    incidents_file: Annotated[
        str | None,
        typer.Option(
            "--incidents",
            help="Incidents as JSON Lines ('-' for stdin), as 'ceasewatch resolve' writes "
            "them: judge them and print findings to stdout.",
        ),
    ] = None,
    agreements: Annotated[
        Path | None, typer.Option("--agreements", help="Agreement file or folder. \\[default: bundled]")
    ] = None,
    as_of: AsOfOption = None,
    counts: Annotated[
        bool,
        typer.Option(
            "--counts",
            help="With --claims or --incidents: print only counts of findings per agreement, reading, party, day and "
            "verdict, from the columnar engine (for large batches; no traces).",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Judge incidents under every reading of every agreement.

    With --claims or --incidents it is a stateless filter (findings as JSON Lines out); without, it resolves the
    store's claims into incidents, judges every incident and stores the findings with what they were derived from.
    """
    from ceasewatch.adjudicate import adjudicate, adjudicate_columnar
    from ceasewatch.agreements import load_agreements
    from ceasewatch.model import Claim, Incident
    from ceasewatch.pipeline import adjudicate_store
    from ceasewatch.sources import read_claims, read_incidents, write_jsonl

    if claims is not None and incidents_file is not None:
        raise typer.BadParameter("give --claims or --incidents, not both")
    with errors():
        moment = parse_instant(as_of)
        if claims is None and incidents_file is None:
            if counts or agreements is not None:
                raise typer.BadParameter(
                    "--counts and --agreements go with --claims or --incidents; a store uses its own agreements"
                )
            with existing_store(db) as store:
                findings = adjudicate_store(store, as_of=moment)
            _print_counts(findings)
            return
        if claims is not None:
            source: str | Path = "-" if claims == "-" else Path(claims)
            incidents = [Incident.from_claim(c) for c in read_claims(source) if isinstance(c, Claim)]
            _check_unique_ids([i.id for i in incidents], claims)
        else:
            assert incidents_file is not None
            source = "-" if incidents_file == "-" else Path(incidents_file)
            incidents = [i for i in read_incidents(source) if isinstance(i, Incident)]
            _check_unique_ids([i.id for i in incidents], incidents_file)
        if moment is not None:  # a claim about an incident that began after the moment cannot have been known then
            incidents = [i for i in incidents if i.time.earliest <= moment]
        if counts:
            table = adjudicate_columnar(incidents, load_agreements(agreements), as_of=moment)
            for (agreement_id, reading_id, party, day, verdict), number in sorted(
                table.counts().items(), key=lambda item: tuple(str(part) for part in item[0])
            ):
                row = {
                    "agreement_id": agreement_id,
                    "reading_id": reading_id,
                    "party": party,
                    "day": day,
                    "verdict": verdict,
                    "count": number,
                }
                sys.stdout.write(json.dumps(row) + "\n")
            return
        found = adjudicate(incidents, load_agreements(agreements), as_of=moment)
        write_jsonl(found, sys.stdout)


def _check_unique_ids(ids: list[str], source: str) -> None:
    seen: set[str] = set()
    for number, value in enumerate(ids, start=1):
        if value in seen:
            raise InputError(
                f"id '{value}' appears twice (again as item {number})",
                file=source,
                record=value,
                field="id",
                expected="unique claim ids",
            )
        seen.add(value)


def _print_counts(findings: list[Finding]) -> None:
    """One table per agreement: findings by reading, party and verdict, and how many incidents the readings split."""
    from ceasewatch.adjudicate import compliance

    for agreement_id, roll in compliance(findings).items():
        table = Table(
            "reading",
            "party",
            "violation",
            "possible",
            "not covered",
            "undetermined",
            title=f"{agreement_id}: {len(roll.disagreements)} incident(s) judged differently by its readings",
        )
        for (reading, party), counts in sorted(roll.by_party.items()):
            table.add_row(
                reading,
                party,
                *(str(counts[v]) for v in ("violation", "possible_violation", "not_covered", "undetermined")),
            )
        out.print(table)


@app.command("report")
def report_command(
    agreement: Annotated[str, typer.Option("--agreement", help="The agreement id.")],
    fmt: Annotated[Literal["html", "md", "json"], typer.Option("--format", help="html, md or json.")] = "html",
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the report to.")] = Path("."),
    db: DbOption = None,
) -> None:
    """Write the report on one agreement from the findings in the store."""
    from ceasewatch.pipeline import report_from_store
    from ceasewatch.report import write_report

    with errors(), existing_store(db) as store:
        path = write_report(report_from_store(store, agreement), out_dir, fmt)
    out.print(f"wrote {path}")


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the demo's outputs.")] = Path("demo-output"),
) -> None:
    """Load the bundled agreements and scenario into a fresh SQLite file, adjudicate, and write the reports."""
    from ceasewatch.pipeline import run_demo

    with errors():
        result = run_demo(out_dir)
    out.print(
        f"{result.reports} reports, {result.claims} claims, {result.incidents} incidents, "
        f"{len(result.findings)} findings"
    )
    _print_counts(list(result.findings))
    for file in result.files:
        out.print(f"wrote {file}")


@app.command("resolve")
def resolve_command(
    claims: Annotated[
        str | None,
        typer.Option("--claims", help="Claims as JSON Lines ('-' for stdin): print incidents as JSON Lines."),
    ] = None,
    reports: Annotated[
        Path | None,
        typer.Option("--reports", help="With --claims: the reports the claims came from, for their sources."),
    ] = None,
    control: Annotated[
        Path | None,
        typer.Option("--control", help="A folder of daily control layers (GeoJSON) for attribution by territory."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Cluster claims into incidents, each with its corroboration and attribution.

    With --claims it is a stateless filter; without, it extends the store's incidents with its new claims and stores
    them, recording every merge and split.
    """
    from ceasewatch.geo.control import ControlLayers
    from ceasewatch.geo.facilities import FacilityRegistry
    from ceasewatch.model import Claim, Report
    from ceasewatch.pipeline import resolve_store
    from ceasewatch.resolve import resolve
    from ceasewatch.sources import read_claims, read_reports, write_jsonl

    with errors():
        layers = ControlLayers.load(control) if control is not None else None
        if layers is not None and not layers.days:
            raise InputError(
                "no control layers here", file=str(control), expected="daily GeoJSON layers (docs/zones.md)"
            )
        if claims is None:
            if reports is not None:
                raise typer.BadParameter("--reports goes with --claims; a store has its own reports")
            with existing_store(db) as store:
                result = resolve_store(store, control=layers)
                total = len(result.incidents)
            kinds = [e.kind for e in result.events]
            out.print(
                f"{total} incident(s): {kinds.count('created')} created, {kinds.count('joined')} joined, "
                f"{kinds.count('merged')} merged, {kinds.count('split')} split"
            )
            return
        source: str | Path = "-" if claims == "-" else Path(claims)
        items = [c for c in read_claims(source) if isinstance(c, Claim)]
        _check_unique_ids([c.id for c in items], claims)
        by_id = {r.id: r for r in read_reports(reports) if isinstance(r, Report)} if reports is not None else {}
        result = resolve(items, by_id, control=layers, facilities=FacilityRegistry.bundled())
        write_jsonl(result.incidents, sys.stdout)
