"""`ceasewatch agreements ...`: check, load, list and show agreements; print their JSON Schema."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ceasewatch.cli._app import DbOption, app, err, errors, existing_store, out
from ceasewatch.errors import CeasewatchError, InputError
from ceasewatch.model import Agreement
from ceasewatch.store import Store

agreements_app = typer.Typer(
    help="Check, load, list and show agreements; print their JSON Schema.", no_args_is_help=True
)
app.add_typer(agreements_app, name="agreements")


PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="Agreement files or folders. \\[default: the bundled agreements]", show_default=False),
]


def _agreement_paths(paths: list[Path] | None) -> list[Path | None]:
    return list(paths) if paths else [None]


@agreements_app.command("validate")
def agreements_validate(paths: PathsArgument = None) -> None:
    """Check agreement files against the agreement language; print one line per file."""
    from ceasewatch.agreements import agreement_files, load_agreement

    bad = 0
    seen: dict[str, Path] = {}
    with errors():
        files = [file for path in _agreement_paths(paths) for file in agreement_files(path)]
        if not files:
            raise InputError("no agreement files (*.yaml, *.yml) found", file=" ".join(map(str, paths or [])))
    for file in files:
        try:
            agreement = load_agreement(file)
        except CeasewatchError as exc:
            err.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False)
            bad += 1
            continue
        if agreement.id in seen:
            err.print(
                f"[bold red]error:[/] {file}: agreement id '{agreement.id}' is also used by {seen[agreement.id]}",
                markup=True,
                highlight=False,
            )
            bad += 1
            continue
        seen[agreement.id] = file
        out.print(f"ok  {file}  {agreement.id}: {len(agreement.readings)} reading(s)")
    if bad:
        raise typer.Exit(1)


@agreements_app.command("load")
def agreements_load(paths: PathsArgument = None, db: DbOption = None) -> None:
    """Check agreement files and store them (the bundled ones by default); a changed file is stored as a new version."""
    from ceasewatch.pipeline import load_agreements_into

    with errors(), Store.open(db) as store:
        for path in _agreement_paths(paths):
            for agreement, new in load_agreements_into(store, path):
                out.print(f"{'loaded' if new else 'unchanged'}  {agreement.id}")


@agreements_app.command("list")
def agreements_list(
    paths: PathsArgument = None,
    stored: Annotated[bool, typer.Option("--stored", help="List the agreements in the store instead.")] = False,
    db: DbOption = None,
) -> None:
    """List agreements: the bundled ones, those at PATHS, or (--stored) those in the store."""
    from ceasewatch.agreements import load_agreements

    with errors():
        if stored:
            with existing_store(db) as store:
                agreements = store.agreements()
        else:
            agreements = [a for path in _agreement_paths(paths) for a in load_agreements(path)]
        table = Table("id", "coverage", "parties", "readings", "title")
        table.columns[0].no_wrap = True
        for agreement in agreements:
            parties = ", ".join(f"{e.party}" + ("" if e.role == "party" else f" ({e.role})") for e in agreement.parties)
            table.add_row(
                agreement.id, agreement.coverage, parties, ", ".join(r.id for r in agreement.readings), agreement.title
            )
        out.print(table)


@agreements_app.command("show")
def agreements_show(
    agreement_id: Annotated[str, typer.Argument(help="The agreement id.")],
    paths: Annotated[list[Path] | None, typer.Option("--path", help="Look in these files or folders.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the agreement as JSON.")] = False,
) -> None:
    """Show one agreement: its parties and their acceptance, and how its readings differ."""
    from ceasewatch.agreements import load_agreements
    from ceasewatch.errors import NotFoundError

    with errors():
        found = {a.id: a for path in _agreement_paths(paths) for a in load_agreements(path)}
        if agreement_id not in found:
            raise NotFoundError(f"no agreement '{agreement_id}'; known: {', '.join(sorted(found))}")
        agreement = found[agreement_id]
        if as_json:
            out.print_json(agreement.model_dump_json())
            return
        _print_agreement(agreement)


def _print_agreement(agreement: Agreement) -> None:
    out.print(f"[bold]{agreement.title}[/] ({agreement.id}; {agreement.coverage}, {agreement.sides})", markup=True)
    if agreement.summary:
        out.print(agreement.summary.strip())
    for entry in agreement.parties:
        events = "; ".join(f"{e.status} {e.at.date().isoformat()}" for e in entry.timeline) or "no status"
        out.print(f"  {entry.party} ({entry.role}): {events}")
    for reading in agreement.readings:
        stop = reading.window.stop
        out.print(f"\n[bold]reading {reading.id}[/] ({reading.party}): {reading.title or ''}", markup=True)
        out.print(f"  window      {_utc(reading.window.start)} – {_utc(stop) if stop else 'open'}")
        binds = (
            ", ".join(f"{b.party} from {_utc(b.start)}" for b in reading.binds)
            if reading.binds is not None
            else "as the acceptance timeline says"
        )
        out.print(f"  binds       {binds}")
        scope = reading.scope
        out.print(f"  acts        {_filter_text(scope.acts.include, scope.acts.exclude)}")
        out.print(f"  targets     {_filter_text(scope.targets.include, scope.targets.exclude)}")
        zones = _filter_text(tuple(z.name for z in scope.zones.include), tuple(z.name for z in scope.zones.exclude))
        out.print(f"  zones       {zones}")
        conditions = []
        if reading.conditions.reciprocity:
            conditions.append("reciprocity between " + ", ".join(reading.conditions.reciprocity.parties))
        conditions += [f"precondition '{p.id}': {p.description.strip()}" for p in reading.conditions.preconditions]
        out.print(f"  conditions  {'; '.join(conditions) or 'none'}")
        out.print(f"  sources     {len(reading.sources)}: " + ", ".join(src.url for src in reading.sources[:2]))


def _utc(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%MZ")


def _filter_text(include: tuple[str, ...], exclude: tuple[str, ...]) -> str:
    text = ", ".join(include) if include else "all"
    return text + (" except " + ", ".join(exclude) if exclude else "")


@agreements_app.command("schema")
def agreements_schema() -> None:
    """Print the JSON Schema of agreement files."""
    from ceasewatch.agreements import agreement_schema

    sys.stdout.write(json.dumps(agreement_schema(), indent=2, ensure_ascii=False) + "\n")
