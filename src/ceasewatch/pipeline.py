"""The runs that tie the stages together: load, adjudicate a store, and the demo on the bundled scenario."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ceasewatch import __version__
from ceasewatch.adjudicate import adjudicate, compliance
from ceasewatch.agreements import agreement_files, read_agreement_file
from ceasewatch.errors import CeasewatchError
from ceasewatch.geo.facilities import FacilityRegistry
from ceasewatch.model import Agreement, Finding, Incident, Report
from ceasewatch.resolve import ControlLookup, Resolution, previous_clustering, resolve
from ceasewatch.sources import Rejected, read_reports, write_jsonl
from ceasewatch.store import RunInfo, Store

if TYPE_CHECKING:
    from ceasewatch.report import ReportData

__all__ = [
    "DemoResult",
    "adjudicate_store",
    "bundled_scenario",
    "load_agreements_into",
    "report_from_store",
    "resolve_store",
    "run_demo",
    "summary",
]


def load_agreements_into(store: Store, path: str | Path | None = None) -> list[tuple[Agreement, bool]]:
    """Check and store the agreements at ``path`` (bundled by default); all or none. Returns (agreement, is new)."""
    checked = [read_agreement_file(file) for file in agreement_files(path)]
    return [(agreement, store.add_agreement(agreement, text)) for agreement, text in checked]


def bundled_scenario() -> list[Report]:
    """The bundled demo scenario: reports of both sides, March–April 2025, with structured claims."""
    path = resources.files("ceasewatch") / "data" / "scenario" / "reports.jsonl"
    with path.open("rb") as stream:
        items = list(read_reports(stream, format="jsonl", name="ceasewatch/data/scenario/reports.jsonl"))
    return [item for item in items if not isinstance(item, Rejected)]


def resolve_store(store: Store, *, control: ControlLookup | None = None) -> Resolution:
    """Cluster the store's claims into incidents (extending the clustering it holds) and store them with what changed.

    Claims already in incidents keep them unless new claims merge or split them; every change is recorded.
    """
    claims = store.claims()
    reports = {item.report.id: item.report for item in store.reports()}
    previous = previous_clustering(store.incidents(), claims, store.incident_events())
    known = {claim.id for claim in previous.claims}
    result = resolve(
        [c for c in claims if c.id not in known],
        reports,
        previous=previous,
        control=control,
        facilities=FacilityRegistry.from_store(store),
    )
    store.save_incidents(result.incidents, result.events)
    return result


def adjudicate_store(store: Store, *, as_of: datetime | None = None) -> list[Finding]:
    """Judge every incident in the store under every stored agreement; store the findings (not those of ``as_of``).

    Claims not yet in incidents are resolved first. As of a moment, the incidents are those of the claims of reports
    received by then (clustered afresh, not stored), and each agreement is the version loaded by then, or the current
    version where none had been loaded yet (an archive replayed after the fact); within it, only the readings
    published and the events dated by then count. Findings as of a moment are returned, not stored: the store keeps
    the findings on what is known now.
    """
    agreements = store.agreements()
    if as_of is not None:
        known = {a.id: a for a in store.agreements(as_of=as_of)}
        agreements = [known.get(a.id, a) for a in agreements]
    if not agreements:
        raise CeasewatchError("the store holds no agreements: load some with 'ceasewatch agreements load'")
    if as_of is None:
        incidents: Sequence[Incident] = resolve_store(store).incidents
    else:
        reports = {item.report.id: item.report for item in store.reports(as_of=as_of)}
        incidents = resolve(store.claims(as_of=as_of), reports, facilities=FacilityRegistry.from_store(store)).incidents
    findings = adjudicate(incidents, agreements, as_of=as_of)
    if as_of is not None:
        return findings  # a look back: the stored findings stay those of what is known now
    run = RunInfo(
        code_version=__version__,
        as_of=None,
        agreements={a.id: a.content_hash() for a in agreements},
        computed_at=datetime.now(UTC),
    )
    store.replace_findings(findings, run=run)
    return findings


def summary(findings: Sequence[Finding]) -> dict[str, object]:
    """Counts of findings per agreement, reading, party and verdict, and the disagreements: for summary.json."""
    return {agreement_id: roll.as_dict() for agreement_id, roll in compliance(findings).items()}


@dataclass(frozen=True)
class DemoResult:
    """What the demo wrote, and the findings it made."""

    out_dir: Path
    files: tuple[Path, ...]
    reports: int
    claims: int
    incidents: int
    findings: tuple[Finding, ...]


DEMO_AGREEMENT = "energy-moratorium-2025"
"""The agreement whose report the demo writes at the top of its folder; the others go in a folder each."""

DEMO_STORE = "ceasewatch-demo.db"
"""The demo's own SQLite file, made afresh on every run (never a user's ``ceasewatch.db``)."""


def run_demo(out_dir: str | Path) -> DemoResult:
    """From a fresh SQLite file in ``out_dir``: load the bundled agreements and scenario, adjudicate, write outputs."""
    from ceasewatch.report import write_report

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    database = out / DEMO_STORE
    for stale in (database, out / f"{DEMO_STORE}-wal", out / f"{DEMO_STORE}-shm"):
        stale.unlink(missing_ok=True)
    with Store.open(str(database)) as store:
        load_agreements_into(store)
        store.add_reports(bundled_scenario(), received_at="published")
        findings = adjudicate_store(store)
        files = [out / "findings.jsonl", out / "summary.json"]
        with files[0].open("w", encoding="utf-8") as stream:
            write_jsonl(findings, stream)
        files[1].write_text(json.dumps(summary(findings), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        for agreement in store.agreements():
            target = out if agreement.id == DEMO_AGREEMENT else out / agreement.id
            files.append(write_report(report_from_store(store, agreement.id), target, "html"))
        status = store.status()
    return DemoResult(
        out, tuple(files), int(status["reports"]), int(status["claims"]), int(status["incidents"]), tuple(findings)
    )


def report_from_store(store: Store, agreement_id: str) -> ReportData:
    """The report on one agreement from what the store holds: its findings, incidents, claims and reports."""
    from ceasewatch.report import build_report

    return build_report(
        store.agreement(agreement_id),
        store.findings(agreement_id),
        store.claims(),
        [item.report for item in store.reports()],
        incidents=store.incidents(),
    )
