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
        typer.Option("--claims", help="Claims as JSON Lines ('-' for stdin): judge them and print findings to stdout."),
    ] = None,
    agreements: Annotated[
        Path | None, typer.Option("--agreements", help="Agreement file or folder. [default: bundled]")
    ] = None,
    as_of: AsOfOption = None,
    counts: Annotated[
        bool,
        typer.Option(
            "--counts",
            help="With --claims: print only counts of findings per agreement, reading, party, day and verdict, from "
            "the columnar engine (for large batches; no traces).",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Judge claims under every reading of every agreement.

    With --claims it is a stateless filter (claims in, findings as JSON Lines out); without, it judges every claim in
    the store and stores the findings with what they were derived from.
    """
    from ceasewatch.adjudicate import adjudicate, adjudicate_columnar
    from ceasewatch.agreements import load_agreements
    from ceasewatch.model import Incident
    from ceasewatch.pipeline import adjudicate_store
    from ceasewatch.sources import read_claims, write_jsonl

    with errors():
        moment = parse_instant(as_of)
        if claims is None:
            if counts or agreements is not None:
                raise typer.BadParameter("--counts and --agreements go with --claims; a store uses its own agreements")
            with existing_store(db) as store:
                findings = adjudicate_store(store, as_of=moment)
            _print_counts(findings)
            return
        source: str | Path = "-" if claims == "-" else Path(claims)
        incidents = [Incident.from_claim(c) for c in read_claims(source)]  # type: ignore[arg-type]
        _check_unique_ids([i.id for i in incidents], claims)
        if moment is not None:  # a claim about an incident that began after the moment cannot have been known then
            incidents = [i for i in incidents if i.time.earliest <= moment]
        if counts:
            table = adjudicate_columnar(incidents, load_agreements(agreements), as_of=moment)
            for (agreement_id, reading_id, party, day, verdict), number in sorted(
                table.counts().items(), key=lambda item: tuple(str(part) for part in item[0])
            ):
                row = {"agreement_id": agreement_id, "reading_id": reading_id, "party": party, "day": day,
                       "verdict": verdict, "count": number}
                sys.stdout.write(json.dumps(row) + "\n")
            return
        found = adjudicate(incidents, load_agreements(agreements), as_of=moment)
        write_jsonl(found, sys.stdout)


def _check_unique_ids(ids: list[str], source: str) -> None:
    seen: set[str] = set()
    for number, value in enumerate(ids, start=1):
        if value in seen:
            raise InputError(f"claim id '{value}' appears twice (again as claim {number})", file=source,
                             record=value, field="id",
                             expected="unique claim ids")
        seen.add(value)


def _print_counts(findings: list[Finding]) -> None:
    """One table per agreement: findings by reading, party and verdict, and how many incidents the readings split."""
    from ceasewatch.adjudicate import compliance

    for agreement_id, roll in compliance(findings).items():
        table = Table("reading", "party", "violation", "possible", "not covered", "undetermined",
                      title=f"{agreement_id}: {len(roll.disagreements)} incident(s) judged differently by its readings")
        for (reading, party), counts in sorted(roll.by_party.items()):
            table.add_row(reading, party, *(str(counts[v]) for v in (
                "violation", "possible_violation", "not_covered", "undetermined")))
        out.print(table)


@app.command("report")
def report_command(
    agreement: Annotated[str, typer.Option("--agreement", help="The agreement id.")],
    fmt: Annotated[str, typer.Option("--format", help="html, md or json.")] = "html",
    out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the report to.")] = Path("."),
    db: DbOption = None,
) -> None:
    """Write the report on one agreement from the findings in the store."""
    from ceasewatch.report import build_report, write_report

    if fmt not in ("html", "md", "json"):
        raise typer.BadParameter("expected html, md or json", param_hint="--format")
    with errors(), existing_store(db) as store:
        terms = store.agreement(agreement)
        findings = store.findings(agreement)
        data = build_report(terms, findings, store.claims(), [r.report for r in store.reports()])
        path = write_report(data, out_dir, _format(fmt))
    out.print(f"wrote {path}")


def _format(value: str) -> Literal["html", "md", "json"]:
    return "md" if value == "md" else "json" if value == "json" else "html"


@app.command()
def demo(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the demo's outputs.")] = Path("demo-output"),
) -> None:
    """Load the bundled agreements and scenario into a fresh SQLite file, adjudicate, and write the reports."""
    from ceasewatch.pipeline import run_demo

    with errors():
        result = run_demo(out_dir)
    out.print(f"{result.reports} reports, {result.claims} claims, {result.incidents} incidents, "
              f"{len(result.findings)} findings")
    _print_counts(list(result.findings))
    for file in result.files:
        out.print(f"wrote {file}")


