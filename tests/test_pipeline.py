"""The runs that tie the stages together: the demo, adjudicating a store, and judging as of a moment."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from ceasewatch.evaluate import read_gold_findings, score_findings
from ceasewatch.model import Incident, Report
from ceasewatch.pipeline import adjudicate_store, bundled_scenario, load_agreements_into, run_demo
from ceasewatch.store import Store
from tests.common import TOY_AGREEMENT, claim, night

ROOT = Path(__file__).resolve().parent.parent


def test_demo_writes_its_outputs_and_is_byte_identical_run_to_run(tmp_path: Path) -> None:
    first = run_demo(tmp_path / "a")
    run_demo(tmp_path / "b")
    names = {p.relative_to(first.out_dir).as_posix() for p in first.files}
    assert {"report.html", "findings.jsonl", "summary.json"} <= names
    assert first.reports >= 40
    for name in ("findings.jsonl", "summary.json", "report.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    findings = [json.loads(line) for line in (tmp_path / "a" / "findings.jsonl").read_text().splitlines()]
    # one finding per incident (claims of one event clustered) and reading of every bundled agreement
    readings = sum(len(a["readings"]) for a in json.loads((tmp_path / "a" / "summary.json").read_text()).values())
    assert first.incidents < first.claims
    assert len(findings) == first.incidents * readings
    verdicts = {f["verdict"] for f in findings}
    assert {"violation", "possible_violation", "not_covered", "undetermined"} <= verdicts


def test_demo_starts_from_a_fresh_store(tmp_path: Path) -> None:
    run_demo(tmp_path)
    again = run_demo(tmp_path)
    with Store.open(str(tmp_path / "ceasewatch-demo.db")) as store:
        assert store.status()["reports"] == again.reports


def test_demo_leaves_a_users_store_alone(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "ceasewatch.db")) as store:
        store.add_reports([report("mine", 20)])
    run_demo(tmp_path)
    with Store.open(str(tmp_path / "ceasewatch.db")) as store:
        assert store.status()["reports"] == 1


def test_adjudicating_a_store_stores_findings_with_their_run(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        load_agreements_into(store)
        store.add_reports(bundled_scenario())
        findings = adjudicate_store(store)
        assert store.findings() == sorted(findings, key=lambda f: (f.agreement_id, f.reading_id, f.incident_id))
        status = store.status()
        assert status["findings"] == len(findings) and status["runs"] == 1


def report(report_id: str, day: int, **claim_fields: object) -> Report:
    c = claim(f"{report_id}/1", **claim_fields)
    draft = c.model_dump(exclude={"id", "report_id"})
    return Report.model_validate(
        {
            "id": report_id,
            "published_at": f"2025-03-{day:02d}T12:00:00+03:00",
            "source": {"name": "MoD", "affiliation": "party_official", "party": "RUS"},
            "claims": [draft],
        }
    )


def test_as_of_judges_only_what_was_known_then(tmp_path: Path) -> None:
    agreement_file = tmp_path / "toy.yaml"
    agreement_file.write_text(TOY_AGREEMENT, encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        load_agreements_into(store, agreement_file)
        store.add_reports([report("early", 20)], received_at=datetime(2025, 3, 20, 12, tzinfo=UTC))
        late = report("late", 22, time=night("2025-03-22"))
        store.add_reports([late], received_at=datetime(2025, 3, 23, 12, tzinfo=UTC))
        # the agreement was loaded today, long after: its current version stands in for the one of 2025
        before = adjudicate_store(store, as_of=datetime(2025, 3, 21, tzinfo=UTC))
        after = adjudicate_store(store)
    assert {f.incident_id for f in before} == {"inc:early/1"}
    assert {f.incident_id for f in after} == {"inc:early/1", "inc:late/1"}


def test_archives_can_be_received_as_published(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        store.add_reports([report("early", 20), report("late", 22, time=night("2025-03-22"))], received_at="published")
        as_of = datetime(2025, 3, 21, tzinfo=UTC)
        assert [r.report.id for r in store.reports(as_of=as_of)] == ["early"]
        assert [c.id for c in store.claims(as_of=as_of)] == ["early/1"]


def test_dev_split_of_the_adjudication_gold_is_met() -> None:
    """A regression guard on the hand-made labels (eval/gold/README.md); the holdout split is never asserted on."""
    from ceasewatch.adjudicate import adjudicate
    from ceasewatch.agreements import load_agreements

    gold = [g for g in read_gold_findings(ROOT / "eval" / "gold" / "adjudicate.jsonl") if g.split == "dev"]
    incidents = [Incident.from_claim(c) for r in bundled_scenario() for c in r.claim_objects()]
    scores = score_findings(adjudicate(incidents, load_agreements()), gold)
    assert scores.found == scores.labels
    assert scores.verdict_right / scores.labels >= 0.95, [m.gold.claim_id for m in scores.mismatches]
