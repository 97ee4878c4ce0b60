"""The command line: each command opens what it needs, calls one library function and prints the result.

Exit codes: 0 success, 1 bad input (or any ceasewatch error), 2 usage.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer
from pydantic import TypeAdapter, ValidationError
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ceasewatch import __version__
from ceasewatch.errors import CeasewatchError, InputError
from ceasewatch.model import Agreement, Finding, Instant
from ceasewatch.store import Store

app = typer.Typer(
    name="ceasewatch",
    help="Hold ceasefire agreements as machine-readable terms and judge reported incidents against every reading.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
agreements_app = typer.Typer(
    help="Check, load, list and show agreements; print their JSON Schema.", no_args_is_help=True
)
reports_app = typer.Typer(help="Add reports to the store.", no_args_is_help=True)
app.add_typer(agreements_app, name="agreements")
app.add_typer(reports_app, name="reports")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="CEASEWATCH_DB", help="The store: a SQLite file or a SQLAlchemy URL. [default: ./ceasewatch.db]"
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="Judge with only what was known at this instant (ISO 8601 with a time zone)."),
]


def main() -> None:
    """Entry point of the ``ceasewatch`` script."""
    app()


@contextmanager
def _errors() -> Iterator[None]:
    """Turn ceasewatch errors into one line on stderr and exit code 1."""
    try:
        yield
    except CeasewatchError as exc:
        err.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(1) from exc


def _existing_store(db: str | None) -> Store:
    """Open a store that must already exist: a mistyped SQLite path is an error, not a new empty store."""
    from ceasewatch.store import existing_sqlite_path

    path = existing_sqlite_path(db)
    if path is not None and not path.exists():
        raise InputError("no store here; create one with 'ceasewatch init'", file=str(path))
    return Store.open(db)


def _as_of(value: str | None, option: str = "--as-of") -> datetime | None:
    if value is None:
        return None
    try:
        moment: datetime = TypeAdapter(Instant).validate_python(value)
    except ValidationError as exc:
        raise InputError(f"'{value}' is not a time with a time zone", field=option,
                         expected="ISO 8601 with a time zone, e.g. 2025-03-25T00:00:00+02:00") from exc
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
    with _errors(), Store.open(db) as store:
        status = store.status()
        out.print(f"store ready: {status['url']} (schema {status['revision']})")


@app.command()
def status(db: DbOption = None) -> None:
    """What the store holds."""
    with _errors(), _existing_store(db) as store:
        table = Table("what", "count", title=f"ceasewatch store {store.url}")
        for key, value in store.status().items():
            if key != "url":
                table.add_row(key, str(value))
        out.print(table)


# --- agreements ---------------------------------------------------------------------------------------------------

PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(help="Agreement files or folders. [default: the bundled agreements]", show_default=False),
]


def _agreement_paths(paths: list[Path] | None) -> list[Path | None]:
    return list(paths) if paths else [None]


@agreements_app.command("validate")
def agreements_validate(paths: PathsArgument = None) -> None:
    """Check agreement files against the agreement language; print one line per file."""
    from ceasewatch.agreements import agreement_files, load_agreement

    bad = 0
    seen: dict[str, Path] = {}
    with _errors():
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
            err.print(f"[bold red]error:[/] {file}: agreement id '{agreement.id}' is also used by {seen[agreement.id]}",
                      markup=True, highlight=False)
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

    with _errors(), Store.open(db) as store:
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

    with _errors():
        if stored:
            with _existing_store(db) as store:
                agreements = store.agreements()
        else:
            agreements = [a for path in _agreement_paths(paths) for a in load_agreements(path)]
        table = Table("id", "coverage", "parties", "readings", "title")
        table.columns[0].no_wrap = True
        for agreement in agreements:
            parties = ", ".join(f"{e.party}" + ("" if e.role == "party" else f" ({e.role})") for e in agreement.parties)
            table.add_row(agreement.id, agreement.coverage, parties, ", ".join(r.id for r in agreement.readings),
                          agreement.title)
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

    with _errors():
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


# --- reports ------------------------------------------------------------------------------------------------------


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

    with _errors():
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
                result = store.add_reports(good, received_at=_as_of(received_at, "--received-at"))
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


# --- adjudicate, report, demo ---------------------------------------------------------------------------------------


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

    with _errors():
        moment = _as_of(as_of)
        if claims is None:
            if counts or agreements is not None:
                raise typer.BadParameter("--counts and --agreements go with --claims; a store uses its own agreements")
            with _existing_store(db) as store:
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
    with _errors(), _existing_store(db) as store:
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

    with _errors():
        result = run_demo(out_dir)
    out.print(f"{result.reports} reports, {result.claims} claims, {len(result.findings)} findings")
    _print_counts(list(result.findings))
    for file in result.files:
        out.print(f"wrote {file}")


# --- evaluation -----------------------------------------------------------------------------------------------------

eval_app = typer.Typer(help="Score the pipeline against gold files made by reading.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("adjudicate")
def eval_adjudicate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold findings (JSON Lines).")],
    reports: Annotated[
        Path | None, typer.Option("--reports", help="Reports with structured claims. [default: the bundled scenario]")
    ] = None,
    agreements: Annotated[
        Path | None, typer.Option("--agreements", help="Agreement file or folder. [default: bundled]")
    ] = None,
    split: Annotated[str, typer.Option("--split", help="dev, holdout or all.")] = "all",
    show: Annotated[bool, typer.Option("--show-errors", help="List every label the findings disagree with.")] = False,
) -> None:
    """Precision, recall and F1 of findings per verdict and per reason, against hand-made labels."""
    from ceasewatch.adjudicate import adjudicate
    from ceasewatch.agreements import load_agreements
    from ceasewatch.evaluate import read_gold_findings, score_findings
    from ceasewatch.model import Incident, Report
    from ceasewatch.pipeline import bundled_scenario
    from ceasewatch.sources import read_reports

    if split not in ("dev", "holdout", "all"):
        raise typer.BadParameter("expected dev, holdout or all", param_hint="--split")
    with _errors():
        labels = [g for g in read_gold_findings(gold) if split == "all" or g.split == split]
        items = bundled_scenario() if reports is None else [r for r in read_reports(reports) if isinstance(r, Report)]
        incidents = [Incident.from_claim(c) for r in items for c in r.claim_objects()]
        scores = score_findings(adjudicate(incidents, load_agreements(agreements)), labels)
    out.print(f"{scores.labels} labels ({split}); findings for {scores.found}")
    share = scores.verdict_right / max(scores.labels, 1)
    out.print(f"verdict exact: {scores.verdict_right}/{scores.labels} = {share:.3f}")
    out.print(f"verdict and reasons exact: {scores.reasons_right}/{scores.labels} = "
              f"{scores.reasons_right / max(scores.labels, 1):.3f}")
    table = Table("field", "value", "precision", "recall", "F1", "support")
    for kind, counts in (("verdict", scores.verdict_counts), ("reason", scores.reason_counts)):
        for name, c in counts.items():
            if c["tp"] + c["fn"] + c["fp"]:
                p, r, f1 = scores.prf(c)
                table.add_row(kind, name, f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", str(c["tp"] + c["fn"]))
    out.print(table)
    if show:
        for miss in scores.mismatches:
            g = miss.gold
            out.print(f"{g.claim_id} {g.agreement_id}/{g.reading_id}: gold {g.verdict} {list(g.reasons)} "
                      f"— found {miss.verdict} {list(miss.reasons)}  ({g.note})")
