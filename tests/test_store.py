"""The store, on SQLite and on PostgreSQL (the `store` fixture runs each test on both: see conftest.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, select

from ceasewatch.errors import NotFoundError, ReportError, StoreError
from ceasewatch.model import Agreement, Finding, Incident, IncidentEvent, Report
from ceasewatch.store import AddResult, RunInfo, Store, StoredReport
from ceasewatch.store import _schema as schema
from ceasewatch.store._migrate import head_revision

T0 = datetime(2025, 3, 19, tzinfo=UTC)
SOURCE = "https://example.org/statement"

# -- standard inputs ---------------------------------------------------------------------------------------------


def claim_draft(category: str = "energy.oil.pumping_station", hours: int = 0) -> dict[str, Any]:
    start = T0 + timedelta(hours=hours)
    return {
        "time": {
            "earliest": start.isoformat(),
            "latest": (start + timedelta(hours=1)).isoformat(),
            "precision": "hour",
        },
        "place": {"name": "Kropotkinskaya", "lat": 45.43, "lon": 40.57, "radius_km": 5, "precision": "facility"},
        "target": {"category": category},
        "act": "strike.drone",
        "perpetrator": "UKR",
    }


def make_report(
    report_id: str = "r1",
    text: str = "Drone strike on the Kropotkinskaya pumping station.",
    published_at: datetime = T0,
    claims: int = 1,
) -> Report:
    return Report.model_validate(
        {
            "id": report_id,
            "published_at": published_at.isoformat(),
            "source": {"name": "Ministry of Defence", "affiliation": "party_official", "party": "RUS"},
            "text": text,
            "claims": [claim_draft(hours=n) for n in range(claims)],
        }
    )


def make_agreement(agreement_id: str = "energy-2025", title: str = "Energy infrastructure moratorium") -> Agreement:
    return Agreement.model_validate(
        {
            "id": agreement_id,
            "title": title,
            "coverage": "partial",
            "sides": "bilateral",
            "parties": [{"party": "RUS"}, {"party": "UKR"}],
            "readings": [
                {
                    "id": "text",
                    "party": "text",
                    "window": {"start": "2025-03-18T00:00:00+03:00", "duration": "P30D"},
                    "scope": {"targets": {"include": ["energy"]}},
                    "sources": [{"url": SOURCE}],
                }
            ],
            "sources": [{"url": SOURCE}],
        }
    )


def make_finding(
    incident_id: str = "i1", agreement_id: str = "energy-2025", reading_id: str = "text", verdict: str = "violation"
) -> Finding:
    return Finding.model_validate(
        {
            "incident_id": incident_id,
            "claim_ids": [f"{incident_id}-r/1"],
            "agreement_id": agreement_id,
            "reading_id": reading_id,
            "reading_party": "text",
            "perpetrator": "UKR",
            "verdict": verdict,
            "trace": [{"rule": "window", "outcome": "pass", "detail": "inside", "values": {"start": "2025-03-18"}}],
        }
    )


def run_info(agreements: dict[str, str], code_version: str = "0.1.0") -> RunInfo:
    return RunInfo(code_version=code_version, as_of=None, agreements=agreements, computed_at=T0)


def stored_ids(store: Store) -> list[str]:
    return [stored.report.id for stored in store.reports()]


# -- surface ------------------------------------------------------------------------------------------------------


def test_migrations_build_the_schema(store: Store, store_url: str) -> None:
    engine = create_engine(store_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, schema.metadata) == []
    finally:
        engine.dispose()


# -- reports ------------------------------------------------------------------------------------------------------


def test_same_report_twice_is_stored_once(store: Store) -> None:
    report = make_report()
    assert store.add_reports([report]) == AddResult(added=1, duplicates=0)
    assert store.add_reports([report]) == AddResult(added=0, duplicates=1)
    assert store.add_reports([report, make_report("r2"), make_report("r2")]) == AddResult(added=1, duplicates=2)
    stored = store.reports()
    assert [s.report.id for s in stored] == ["r1", "r2"]
    assert stored[0].report == report
    assert stored[0].content_hash == report.content_hash() == stored[0].report.content_hash()
    assert stored[0].received_at.tzinfo is not None
    assert len(store.claims()) == 2


def test_same_id_other_content_is_refused_and_nothing_changes(store: Store) -> None:
    store.add_reports([make_report()], received_at=T0)
    before = store.reports()
    with pytest.raises(ReportError) as caught:
        store.add_reports([make_report("r2"), make_report("r1", text="Something else entirely.")])
    assert caught.value.record == "r1"
    assert caught.value.field == "id"
    assert "immutable" in str(caught.value)
    assert store.reports() == before
    assert [c.report_id for c in store.claims()] == ["r1"]


def test_same_id_other_content_within_one_batch(store: Store) -> None:
    with pytest.raises(ReportError) as caught:
        store.add_reports([make_report("r1"), make_report("r1", text="Changed.")])
    assert caught.value.record == "r1"
    assert store.reports() == []


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Insert two reports per statement, so that a failing batch has already written rows before it fails."""
    monkeypatch.setattr("ceasewatch.store._store._CHUNK", 2)


@pytest.mark.usefixtures("small_chunks")
def test_batch_failing_midway_stores_nothing(store: Store) -> None:
    def reports() -> Iterator[Report]:
        yield make_report("r1")
        yield make_report("r2")
        yield make_report("r3")
        raise RuntimeError("the source broke")

    with pytest.raises(RuntimeError, match="the source broke"):
        store.add_reports(reports())
    assert store.reports() == []
    assert store.claims() == []
    assert store.status()["reports"] == 0


@pytest.mark.usefixtures("small_chunks")
def test_batch_with_a_conflict_late_in_it_stores_nothing(store: Store) -> None:
    store.add_reports([make_report("r0")])
    batch = [make_report("r1"), make_report("r2"), make_report("r0", text="Rewritten.")]
    with pytest.raises(ReportError):
        store.add_reports(batch)
    assert stored_ids(store) == ["r0"]
    assert [c.report_id for c in store.claims()] == ["r0"]


def test_as_of_filters_on_received_at(store: Store) -> None:
    t1, t2 = T0 + timedelta(days=1), T0 + timedelta(days=2)
    store.add_reports([make_report("r1", published_at=T0)], received_at=t1)
    store.add_reports([make_report("r2", published_at=T0 - timedelta(hours=1))], received_at=t2)
    assert stored_ids(store) == ["r2", "r1"]  # by published_at
    assert [s.report.id for s in store.reports(as_of=t1)] == ["r1"]
    assert [s.report.id for s in store.reports(as_of=t1 - timedelta(microseconds=1))] == []
    assert [c.report_id for c in store.claims(as_of=t1)] == ["r1"]
    assert len(store.claims(as_of=t2)) == 2
    # an as_of in another time zone means the same instant
    moscow = timezone(timedelta(hours=3))
    assert [s.report.id for s in store.reports(as_of=t1.astimezone(moscow))] == ["r1"]


def test_received_at_round_trips_as_utc(store: Store) -> None:
    kyiv = timezone(timedelta(hours=2))
    received = datetime(2025, 3, 25, 12, 30, 15, 123456, tzinfo=kyiv)
    store.add_reports([make_report()], received_at=received)
    (stored,) = store.reports()
    assert stored == StoredReport(report=make_report(), content_hash=make_report().content_hash(), received_at=received)
    assert stored.received_at.utcoffset() == timedelta(0)


def test_naive_times_are_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="time zone"):
        store.add_reports([make_report()], received_at=datetime(2025, 3, 19))
    with pytest.raises(StoreError, match="time zone"):
        store.reports(as_of=datetime(2025, 3, 19))
    assert store.reports() == []


def test_claims_are_stored_with_their_report_and_ordered_by_id(store: Store) -> None:
    store.add_reports([make_report("r2", claims=2), make_report("r1", claims=1)])
    claims = store.claims()
    assert [c.id for c in claims] == ["r1/1", "r2/1", "r2/2"]
    assert claims[1].report_id == "r2"
    assert claims[1].claimant == "RUS"  # the source's party, by default
    assert claims[2].time.earliest == T0 + timedelta(hours=1)


def test_ids_sort_byte_by_byte_on_every_database(store: Store) -> None:
    ids = ["b", "B", "a-b", "a_b", "ab", "Ab", "a/10", "a/2", "é", "z"]
    store.add_reports([make_report(i) for i in ids])
    assert stored_ids(store) == sorted(ids)
    assert [c.id for c in store.claims()] == sorted(f"{i}/1" for i in ids)


# -- agreements ---------------------------------------------------------------------------------------------------


def test_agreement_versions(store: Store) -> None:
    t1, t2 = T0 + timedelta(days=1), T0 + timedelta(days=2)
    first, second = make_agreement(), make_agreement(title="Energy moratorium, as published on 25 March")
    assert store.add_agreement(first, "id: energy-2025\n", loaded_at=t1) is True
    assert store.add_agreement(first, "id: energy-2025\n# same terms, other comments\n") is False
    assert store.add_agreement(second, "id: energy-2025\n", loaded_at=t2) is True
    assert store.agreements() == [second]
    assert store.agreement("energy-2025") == second
    assert store.agreements(as_of=t1) == [first]
    assert store.agreements(as_of=t1 - timedelta(seconds=1)) == []
    status = store.status()
    assert (status["agreements"], status["agreement_versions"]) == (1, 2)


def test_agreements_sorted_by_id_and_not_found(store: Store) -> None:
    for agreement_id in ("jeddah-2025", "black-sea-2025", "energy-2025"):
        store.add_agreement(make_agreement(agreement_id), f"id: {agreement_id}\n")
    assert [a.id for a in store.agreements()] == ["black-sea-2025", "energy-2025", "jeddah-2025"]
    with pytest.raises(NotFoundError, match="no-such"):
        store.agreement("no-such")


def test_agreement_round_trip_keeps_durations_and_times(store: Store) -> None:
    agreement = make_agreement()
    store.add_agreement(agreement, "...")
    loaded = store.agreement(agreement.id)
    assert loaded == agreement
    assert loaded.content_hash() == agreement.content_hash()
    assert loaded.readings[0].window.stop == datetime(2025, 4, 16, 21, tzinfo=UTC)


# -- findings -----------------------------------------------------------------------------------------------------


def test_replace_findings(store: Store, store_url: str) -> None:
    agreement = make_agreement()
    version = agreement.content_hash()
    store.add_agreement(agreement, "...")
    first = [make_finding("i2"), make_finding("i1"), make_finding("i1", reading_id="ru")]
    assert store.replace_findings(first, run=run_info({agreement.id: version})) == 3
    assert [(f.reading_id, f.incident_id) for f in store.findings()] == [("ru", "i1"), ("text", "i1"), ("text", "i2")]

    second = [make_finding("i3", verdict="possible_violation"), make_finding("i1", agreement_id="other")]
    assert store.replace_findings(second, run=run_info({agreement.id: version, "other": "f" * 64}, "0.2.0")) == 2
    assert [(f.agreement_id, f.incident_id) for f in store.findings()] == [("energy-2025", "i3"), ("other", "i1")]
    assert store.findings("energy-2025") == [second[0]]
    assert store.findings("nothing") == []

    engine = create_engine(store_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(
                    schema.findings.c.incident_id,
                    schema.findings.c.claim_ids,
                    schema.findings.c.agreement_version,
                    schema.findings.c.code_version,
                    schema.findings.c.run_id,
                ).order_by(schema.findings.c.agreement_id)
            ).all()
            runs = connection.execute(select(schema.runs.c.id, schema.runs.c.code_version).order_by("id")).all()
    finally:
        engine.dispose()
    assert [tuple(r) for r in runs] == [(runs[0].id, "0.1.0"), (runs[1].id, "0.2.0")]
    assert [tuple(r) for r in rows] == [
        ("i3", '["i3-r/1"]', version, "0.2.0", runs[1].id),
        ("i1", '["i1-r/1"]', "f" * 64, "0.2.0", runs[1].id),
    ]
    assert store.replace_findings([], run=run_info({})) == 0
    assert store.findings() == []


def test_replace_findings_refuses_bad_input_and_keeps_the_old(store: Store) -> None:
    store.replace_findings([make_finding()], run=run_info({"energy-2025": "a" * 64}))
    with pytest.raises(StoreError, match="not among the run's agreements"):
        store.replace_findings([make_finding("i9", agreement_id="other")], run=run_info({"energy-2025": "a" * 64}))
    with pytest.raises(StoreError, match="two findings"):
        store.replace_findings([make_finding("i2"), make_finding("i2")], run=run_info({"energy-2025": "a" * 64}))
    assert store.findings() == [make_finding()]
    assert store.status()["runs"] == 1


# -- the store as a whole -----------------------------------------------------------------------------------------


def test_status_counts(store: Store) -> None:
    assert store.status() == {
        "url": store.url,
        "revision": head_revision(),
        "agreements": 0,
        "agreement_versions": 0,
        "reports": 0,
        "claims": 0,
        "incidents": 0,
        "findings": 0,
        "runs": 0,
    }
    store.add_agreement(make_agreement(), "...")
    store.add_reports([make_report("r1", claims=2), make_report("r2", claims=1)])
    store.replace_findings([make_finding()], run=run_info({"energy-2025": "a" * 64}))
    status = store.status()
    assert {k: status[k] for k in ("agreements", "reports", "claims", "findings", "runs")} == {
        "agreements": 1,
        "reports": 2,
        "claims": 3,
        "findings": 1,
        "runs": 1,
    }


def test_reopening_keeps_the_data(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_reports([make_report()])
        store.add_agreement(make_agreement(), "...")
    with Store.open(store_url) as store:
        assert stored_ids(store) == ["r1"]
        assert store.add_reports([make_report()]) == AddResult(added=0, duplicates=1)
        assert [a.id for a in store.agreements()] == ["energy-2025"]
        assert store.status()["revision"] == head_revision()


def test_a_closed_store_says_so(store_url: str) -> None:
    store = Store.open(store_url)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.reports()


# -- opening ------------------------------------------------------------------------------------------------------


def test_sqlite_file_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "wal.db"
    with Store.open(str(path)) as store:
        assert store.url == f"sqlite:///{path}"
        store.add_reports([make_report()])
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()


def test_open_uses_the_environment_then_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CEASEWATCH_DB", str(tmp_path / "env.db"))
    with Store.open() as store:
        assert store.url.endswith("/env.db")
    monkeypatch.delenv("CEASEWATCH_DB")
    monkeypatch.chdir(tmp_path)
    with Store.open() as store:
        assert store.url == f"sqlite:///{tmp_path / 'ceasewatch.db'}"
    assert (tmp_path / "ceasewatch.db").is_file()


def test_in_memory_store() -> None:
    with Store.open("sqlite://") as store:
        store.add_reports([make_report()])
        assert stored_ids(store) == ["r1"]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql+psycopg://someone:s3cret@127.0.0.1:1/ceasewatch", "someone:***@127.0.0.1:1"),
        ("mysql://someone:s3cret@localhost/db", "unsupported database 'mysql'"),
        ("bad driver://someone:s3cret@host/db", "not a database URL: bad driver://someone:***@host/db"),
    ],
)
def test_open_errors_name_the_url_without_its_password(url: str, message: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    assert message in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_open_in_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "missing" / "ceasewatch.db"))


# -- incidents ----------------------------------------------------------------------------------------------------


def make_incident(incident_id: str, claim_ids: tuple[str, ...]) -> Incident:
    claim = make_report(claim_ids[0].split("/")[0], claims=1).claim_objects()[0]
    return Incident.from_claim(claim).model_copy(update={"id": incident_id, "claim_ids": claim_ids})


def test_incidents_are_replaced_and_their_history_appended(store: Store) -> None:
    store.add_reports([make_report("a", claims=1), make_report("b", claims=1)])
    first = [make_incident("inc:a", ("a/1",)), make_incident("inc:b", ("b/1",))]
    created = [IncidentEvent(kind="created", incident_id=i.id, claim_ids=i.claim_ids) for i in first]
    assert store.save_incidents(first, created) == 2
    merged = [make_incident("inc:a", ("a/1", "b/1"))]
    events = [
        IncidentEvent(kind="merged", incident_id="inc:a", other_id="inc:b", claim_ids=("b/1",), reason="same strike")
    ]
    store.save_incidents(merged, events)
    assert [i.id for i in store.incidents()] == ["inc:a"]
    assert [e.kind for e in store.incident_events()] == ["created", "created", "merged"]
    assert [e.kind for e in store.incident_events("inc:b")] == ["created", "merged"]
    assert store.status()["incidents"] == 1


def test_incidents_naming_unknown_claims_are_refused_and_nothing_changes(store: Store) -> None:
    store.add_reports([make_report("a", claims=1)])
    store.save_incidents([make_incident("inc:a", ("a/1",))], [])
    with pytest.raises(StoreError, match="not stored"):
        store.save_incidents([make_incident("inc:x", ("x/1",))], [])
    with pytest.raises(StoreError, match="share an id"):
        store.save_incidents([make_incident("inc:a", ("a/1",)), make_incident("inc:a", ("a/1",))], [])
    assert [i.id for i in store.incidents()] == ["inc:a"]
