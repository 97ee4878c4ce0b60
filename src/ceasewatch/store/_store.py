"""The store: agreements, reports and their claims, and findings, in SQLite (default) or PostgreSQL.

Reports are append-only and identified by the SHA-256 of their canonical JSON; a batch of reports goes in one
transaction, so that a bad report leaves nothing of its batch stored. Everything else (findings) is derived and is
replaced whole by each run, which records what it was derived from.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from alembic.util import CommandError
from pydantic import ValidationError
from sqlalchemy import URL, Select, create_engine, delete, distinct, event, func, insert, select, update
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from ceasewatch.errors import InputError, NotFoundError, ReportError, StoreError
from ceasewatch.model import Agreement, Claim, Facility, Finding, Incident, IncidentEvent, Report
from ceasewatch.store import _schema as t
from ceasewatch.store._migrate import current_revision, upgrade

__all__ = ["DEFAULT_PATH", "ENV_VAR", "AddResult", "FacilitiesResult", "RunInfo", "Store", "StoredReport"]

ENV_VAR = "CEASEWATCH_DB"
"""The environment variable naming the database when :meth:`Store.open` is given none."""

DEFAULT_PATH = "./ceasewatch.db"
"""The database used when neither an argument nor :data:`ENV_VAR` names one."""

_CHUNK = 500
"""Reports looked up and inserted per statement."""


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_reports` did: reports newly stored, and reports that were already there."""

    added: int
    duplicates: int


@dataclass(frozen=True)
class FacilitiesResult:
    """What :meth:`Store.add_facilities` did: facilities newly stored, replaced (same id, other content), and
    already stored as they are."""

    added: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class StoredReport:
    """A report as stored: the report, its content hash (its identity) and when the store received it."""

    report: Report
    content_hash: str
    received_at: datetime


@dataclass(frozen=True)
class RunInfo:
    """One adjudication run: the code version, the ``as_of`` instant, the agreement versions used, when it ran.

    ``agreements`` maps each agreement id to the version (:meth:`Agreement.content_hash`) the findings used.
    """

    code_version: str
    as_of: datetime | None
    agreements: dict[str, str]
    computed_at: datetime


def _mask_text(raw: str) -> str:
    """Hide a password in something that looks like a URL but could not be parsed as one."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", raw)


def _resolve_url(raw: str) -> URL:
    """A SQLAlchemy URL from a URL or a plain file path (a SQLite file)."""
    if "://" in raw or raw.startswith("sqlite:"):
        try:
            url = make_url(raw)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"not a database URL: {_mask_text(raw)}") from exc
    else:
        url = URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    backend = url.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        masked = url.render_as_string(hide_password=True)
        raise StoreError(f"{masked}: unsupported database '{backend}' (expected sqlite or postgresql)")
    return url


def _is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def _sqlite_on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy emit BEGIN (see _sqlite_on_begin) instead of the sqlite3 module's own, late, BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Connection) -> None:
    # A writer takes the write lock up front, so that its checks and its inserts see one state of the file.
    mode = "IMMEDIATE" if connection.get_execution_options().get("ceasewatch_write") else "DEFERRED"
    connection.exec_driver_sql(f"BEGIN {mode}")


def _create_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if _is_memory(url):
            engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            folder = Path(url.database or "").parent
            if not folder.is_dir():
                raise StoreError(f"{url.render_as_string()}: the folder {folder} does not exist")
            engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _describe(exc: BaseException) -> str:
    """A short description of a database error: the driver's message, without the SQL and its parameters."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return " ".join(str(exc.orig).split())
    return " ".join(str(exc).split())


def _utc(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"'{name}' must carry a time zone, got {value.isoformat()}")
    return value.astimezone(UTC)


def _claims_of(report: Report, derive: Callable[[Report], Sequence[Claim]] | None) -> Sequence[Claim]:
    """A report's own claims, or where it has none but text, those ``derive`` finds in it."""
    if report.claims or derive is None or not report.text:
        return report.claim_objects()
    return derive(report)


def _chunks(items: Iterable[Report], size: int) -> Iterator[list[Report]]:
    chunk: list[Report] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Store:
    """The database of one ceasewatch installation. Open it with :meth:`Store.open`; close it, or use ``with``."""

    url: str
    """The database URL, with any password masked."""

    def __init__(self, engine: Engine, url: str) -> None:
        """Wrap an engine whose database is already migrated; use :meth:`Store.open`."""
        self._engine = engine
        self.url = url
        self._closed = False

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (creating it if needed) and migrate the store at ``url``.

        ``url`` is a SQLAlchemy URL (``sqlite:///ceasewatch.db``, ``postgresql+psycopg://user@host/db``; a bare
        ``postgresql://`` uses psycopg 3) or a plain file path, which names a SQLite file. ``None`` means the
        environment variable ``CEASEWATCH_DB``, or ``./ceasewatch.db``. ``sqlite://`` is a private in-memory store.
        Raises :class:`~ceasewatch.errors.StoreError`, with the URL (password masked), when the database cannot be
        reached, created or migrated.
        """
        raw = url if url is not None else (os.environ.get(ENV_VAR) or DEFAULT_PATH)
        sa_url = _resolve_url(raw)
        masked = sa_url.render_as_string(hide_password=True)
        try:
            engine = _create_engine(sa_url)
        except (SQLAlchemyError, ImportError) as exc:
            raise StoreError(f"{masked}: cannot open the store: {_describe(exc)}") from exc
        try:
            upgrade(engine)
        except (SQLAlchemyError, CommandError, OSError) as exc:
            engine.dispose()
            raise StoreError(f"{masked}: cannot open or migrate the store: {_describe(exc)}") from exc
        return cls(engine, masked)

    def close(self) -> None:
        """Close every connection; the store cannot be used afterwards."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    # -- plumbing -------------------------------------------------------------------------------------------------

    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        """Turn database errors (and unreadable stored rows) into :class:`StoreError` naming the store."""
        if self._closed:
            raise StoreError(f"{self.url}: cannot {action}: the store is closed")
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: cannot {action}: {_describe(exc)}") from exc
        except ValidationError as exc:
            raise StoreError(f"{self.url}: cannot {action}: a stored row no longer validates: {exc}") from exc

    @contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back (entirely) when it raises."""
        with self._errors(action), self._engine.connect() as connection:
            connection.execution_options(ceasewatch_write=True)
            with connection.begin():
                yield connection

    @contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        """One read transaction, so that a query sees one state of the database."""
        with self._errors(action), self._engine.connect() as connection, connection.begin():
            yield connection

    # -- agreements -----------------------------------------------------------------------------------------------

    def add_agreement(self, agreement: Agreement, source_text: str, *, loaded_at: datetime | None = None) -> bool:
        """Store a version of an agreement: the file's text and the parsed agreement.

        A version is (``id``, :meth:`Agreement.content_hash`). Returns ``False`` when that exact version is
        already stored (nothing changes, not even its load time); ``True`` when it is new, in which case it becomes
        the agreement's latest version from ``loaded_at`` (default: now, UTC) on.
        """
        loaded = _utc(loaded_at, "loaded_at") if loaded_at is not None else datetime.now(UTC)
        version = agreement.content_hash()
        with self._write(f"store agreement '{agreement.id}'") as connection:
            known = connection.execute(
                select(t.agreements.c.seq).where(
                    t.agreements.c.id == agreement.id, t.agreements.c.version_hash == version
                )
            ).first()
            if known is not None:
                return False
            connection.execute(
                insert(t.agreements).values(
                    id=agreement.id,
                    version_hash=version,
                    loaded_at=loaded,
                    source_text=source_text,
                    body=agreement.model_dump_json(),
                )
            )
        return True

    def _latest_agreements(self, as_of: datetime | None, agreement_id: str | None = None) -> Select[str]:
        table = t.agreements
        rank = (
            func.row_number()
            .over(partition_by=table.c.id, order_by=(table.c.loaded_at.desc(), table.c.seq.desc()))
            .label("rank")
        )
        versions = select(table.c.id, table.c.body, rank)
        if as_of is not None:
            versions = versions.where(table.c.loaded_at <= _utc(as_of, "as_of"))
        if agreement_id is not None:
            versions = versions.where(table.c.id == agreement_id)
        latest = versions.subquery()
        return select(latest.c.body).where(latest.c.rank == 1).order_by(latest.c.id)

    def agreements(self, as_of: datetime | None = None) -> list[Agreement]:
        """The latest version of each agreement loaded at or before ``as_of`` (default: all), sorted by id."""
        query = self._latest_agreements(as_of)
        with self._read("read agreements") as connection:
            return [Agreement.model_validate_json(body) for body in connection.scalars(query)]

    def agreement(self, agreement_id: str) -> Agreement:
        """The latest version of agreement ``agreement_id``; :class:`NotFoundError` when it was never stored."""
        query = self._latest_agreements(None, agreement_id)
        with self._read(f"read agreement '{agreement_id}'") as connection:
            body = connection.scalars(query).first()
            if body is None:
                raise NotFoundError(f"no agreement '{agreement_id}' in the store {self.url}")
            return Agreement.model_validate_json(body)

    # -- reports and claims ---------------------------------------------------------------------------------------

    def add_reports(
        self,
        reports: Iterable[Report],
        *,
        received_at: datetime | Literal["published"] | None = None,
        derive: Callable[[Report], Sequence[Claim]] | None = None,
    ) -> AddResult:
        """Store a batch of reports and their structured claims, in one transaction.

        ``derive`` adds claims derived from a new report that carries text and no claims of its own (claims extracted
        from its text); they are stored with it, in the same transaction, and never for a report already stored.

        A report already stored (same content hash) counts as a duplicate and is left as it is. A report whose
        ``id`` is stored (or earlier in the batch) with other content raises :class:`ReportError` (record: the id,
        field ``id``): reports are immutable. On any error, including one raised by ``reports`` while it is being
        read, nothing of the batch is stored. ``received_at`` (default: now, UTC) is recorded for the new reports;
        ``"published"`` records each report as received when it was published, for archives compiled after the fact,
        so that ``as_of`` can replay what was public at a moment.
        """
        received: datetime | None = None
        if received_at is None:
            received = datetime.now(UTC)
        elif received_at != "published":
            received = _utc(received_at, "received_at")
        added = duplicates = 0
        batch: dict[str, str] = {}
        with self._write("store reports") as connection:
            for chunk in _chunks(reports, _CHUNK):
                ids = list({report.id for report in chunk} - batch.keys())
                lookup = select(t.reports.c.id, t.reports.c.content_hash).where(t.reports.c.id.in_(ids))
                stored: dict[str, str] = {row.id: row.content_hash for row in connection.execute(lookup)}
                report_rows: list[dict[str, Any]] = []
                claim_rows: list[dict[str, Any]] = []
                for report in chunk:
                    content_hash = report.content_hash()
                    in_batch = batch.get(report.id)
                    known = in_batch if in_batch is not None else stored.get(report.id)
                    if known == content_hash:
                        duplicates += 1
                        continue
                    if known is not None:
                        where = "earlier in this batch" if in_batch is not None else "in the store"
                        raise ReportError(
                            f"a report with this id and different content is already {where}; reports are immutable",
                            record=report.id,
                            field="id",
                            expected="the stored content, or a new id",
                        )
                    batch[report.id] = content_hash
                    report_rows.append(
                        {
                            "content_hash": content_hash,
                            "id": report.id,
                            "published_at": report.published_at,
                            "received_at": received or report.published_at,
                            "body": report.canonical_json(),
                        }
                    )
                    claim_rows.extend(
                        {
                            "id": claim.id,
                            "report_hash": content_hash,
                            "report_id": report.id,
                            "body": claim.model_dump_json(),
                        }
                        for claim in _claims_of(report, derive)
                    )
                if report_rows:
                    connection.execute(insert(t.reports), report_rows)
                    added += len(report_rows)
                if claim_rows:
                    connection.execute(insert(t.claims), claim_rows)
        return AddResult(added=added, duplicates=duplicates)

    def reports(self, as_of: datetime | None = None) -> list[StoredReport]:
        """The reports received at or before ``as_of`` (default: all), ordered by (``published_at``, ``id``)."""
        table = t.reports
        query = select(table.c.body, table.c.content_hash, table.c.received_at).order_by(
            table.c.published_at, table.c.id
        )
        if as_of is not None:
            query = query.where(table.c.received_at <= _utc(as_of, "as_of"))
        with self._read("read reports") as connection:
            return [
                StoredReport(report=Report.model_validate_json(body), content_hash=content_hash, received_at=received)
                for body, content_hash, received in connection.execute(query)
            ]

    def claims(self, as_of: datetime | None = None) -> list[Claim]:
        """The claims of the reports received at or before ``as_of`` (default: all), ordered by claim id."""
        query = (
            select(t.claims.c.body)
            .join(t.reports, t.claims.c.report_hash == t.reports.c.content_hash)
            .order_by(t.claims.c.id)
        )
        if as_of is not None:
            query = query.where(t.reports.c.received_at <= _utc(as_of, "as_of"))
        with self._read("read claims") as connection:
            return [Claim.model_validate_json(body) for body in connection.scalars(query)]

    # -- findings -------------------------------------------------------------------------------------------------

    def replace_findings(self, findings: Sequence[Finding], *, run: RunInfo) -> int:
        """Replace every stored finding by ``findings``, recording ``run``; in one transaction. Returns the count.

        Each finding's agreement must be in ``run.agreements`` (its version hash is recorded on the row), and no two
        findings may share (agreement, reading, incident); otherwise :class:`StoreError` and nothing changes.
        """
        computed_at = _utc(run.computed_at, "computed_at")
        as_of = _utc(run.as_of, "as_of") if run.as_of is not None else None
        keys: set[tuple[str, str, str]] = set()
        for finding in findings:
            key = (finding.agreement_id, finding.reading_id, finding.incident_id)
            if key in keys:
                raise StoreError(
                    f"{self.url}: two findings for agreement {key[0]}, reading {key[1]}, incident {key[2]}"
                )
            keys.add(key)
            if finding.agreement_id not in run.agreements:
                raise StoreError(
                    f"{self.url}: finding for incident {finding.incident_id} names agreement {finding.agreement_id},"
                    " which is not among the run's agreements"
                )
        with self._write("store findings") as connection:
            run_id = connection.execute(
                insert(t.runs)
                .values(
                    code_version=run.code_version,
                    as_of=as_of,
                    agreements=json.dumps(run.agreements, sort_keys=True),
                    computed_at=computed_at,
                    findings=len(findings),
                )
                .returning(t.runs.c.id)
            ).scalar_one()
            connection.execute(delete(t.findings))
            if findings:
                connection.execute(
                    insert(t.findings),
                    [
                        {
                            "agreement_id": finding.agreement_id,
                            "reading_id": finding.reading_id,
                            "incident_id": finding.incident_id,
                            "verdict": finding.verdict,
                            "claim_ids": json.dumps(list(finding.claim_ids)),
                            "agreement_version": run.agreements[finding.agreement_id],
                            "code_version": run.code_version,
                            "run_id": run_id,
                            "body": finding.model_dump_json(),
                        }
                        for finding in findings
                    ],
                )
        return len(findings)

    def findings(self, agreement_id: str | None = None) -> list[Finding]:
        """The stored findings (of one agreement, if given), ordered by (agreement, reading, incident)."""
        table = t.findings
        query = select(table.c.body).order_by(table.c.agreement_id, table.c.reading_id, table.c.incident_id)
        if agreement_id is not None:
            query = query.where(table.c.agreement_id == agreement_id)
        with self._read("read findings") as connection:
            return [Finding.model_validate_json(body) for body in connection.scalars(query)]

    # -- facilities -----------------------------------------------------------------------------------------------

    def add_facilities(
        self, facilities: Iterable[Facility], *, imported_at: datetime | None = None
    ) -> FacilitiesResult:
        """Store users' facilities in one transaction: a new id is added, a stored id with other content is replaced
        (the newer import wins), a stored id with the same content is left as it is. Two facilities with one id in
        the batch raise :class:`~ceasewatch.errors.InputError` (record: the id, field ``id``) and nothing changes."""
        when = _utc(imported_at, "imported_at") if imported_at is not None else datetime.now(UTC)
        batch: dict[str, Facility] = {}
        for facility in facilities:
            if facility.id in batch:
                raise InputError(
                    "two facilities with this id in one import",
                    record=facility.id,
                    field="id",
                    expected="ids unique in the batch",
                )
            batch[facility.id] = facility
        added = updated = unchanged = 0
        with self._write("store facilities") as connection:
            ids = list(batch)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                stored: dict[str, str] = {
                    row.id: row.body
                    for row in connection.execute(
                        select(t.facilities.c.id, t.facilities.c.body).where(t.facilities.c.id.in_(chunk))
                    )
                }
                new_rows: list[dict[str, Any]] = []
                for facility_id in chunk:
                    facility = batch[facility_id]
                    body = facility.model_dump_json(exclude_none=True)
                    row = {"id": facility_id, "body": body, "source": facility.source, "imported_at": when}
                    if facility_id not in stored:
                        new_rows.append(row)
                    elif stored[facility_id] == body:
                        unchanged += 1
                    else:
                        connection.execute(
                            update(t.facilities)
                            .where(t.facilities.c.id == facility_id)
                            .values(body=body, source=facility.source, imported_at=when)
                        )
                        updated += 1
                if new_rows:
                    connection.execute(insert(t.facilities), new_rows)
                    added += len(new_rows)
        return FacilitiesResult(added=added, updated=updated, unchanged=unchanged)

    def facilities(self) -> list[Facility]:
        """The facilities users imported, ordered by id (the bundled registry is not in the store)."""
        query = select(t.facilities.c.body).order_by(t.facilities.c.id)
        with self._read("read facilities") as connection:
            return [Facility.model_validate_json(body) for body in connection.scalars(query)]

    # -- incidents ------------------------------------------------------------------------------------------------

    def save_incidents(
        self, incidents: Sequence[Incident], events: Sequence[IncidentEvent], *, at: datetime | None = None
    ) -> int:
        """Replace the current incidents by ``incidents`` and append ``events`` to their history; one transaction.

        Incident ids must be unique; every claim id they name must be in the store. Returns the number of incidents.
        """
        when = _utc(at, "at") if at is not None else datetime.now(UTC)
        ids = [incident.id for incident in incidents]
        if len(set(ids)) != len(ids):
            raise StoreError(f"{self.url}: two incidents share an id")
        named = {claim_id for incident in incidents for claim_id in incident.claim_ids}
        with self._write("store incidents") as connection:
            known = set(connection.scalars(select(t.claims.c.id)))
            unknown = sorted(named - known)
            if unknown:
                raise StoreError(f"{self.url}: incidents name claims that are not stored: {', '.join(unknown[:5])}")
            connection.execute(delete(t.incidents))
            if incidents:
                connection.execute(
                    insert(t.incidents),
                    [
                        {"id": i.id, "claim_count": len(i.claim_ids), "updated_at": when, "body": i.model_dump_json()}
                        for i in incidents
                    ],
                )
            if events:
                connection.execute(
                    insert(t.incident_events),
                    [
                        {
                            "at": when,
                            "kind": e.kind,
                            "incident_id": e.incident_id,
                            "other_id": e.other_id,
                            "body": e.model_dump_json(),
                        }
                        for e in events
                    ],
                )
        return len(incidents)

    def incidents(self) -> list[Incident]:
        """The current incidents, ordered by id."""
        query = select(t.incidents.c.body).order_by(t.incidents.c.id)
        with self._read("read incidents") as connection:
            return [Incident.model_validate_json(body) for body in connection.scalars(query)]

    def incident_events(self, incident_id: str | None = None) -> list[IncidentEvent]:
        """The history of incidents (of one, if given: events naming it either way), oldest first."""
        query = select(t.incident_events.c.body).order_by(t.incident_events.c.seq)
        if incident_id is not None:
            query = query.where(
                (t.incident_events.c.incident_id == incident_id) | (t.incident_events.c.other_id == incident_id)
            )
        with self._read("read incident history") as connection:
            return [IncidentEvent.model_validate_json(body) for body in connection.scalars(query)]

    # -- status ---------------------------------------------------------------------------------------------------

    def status(self) -> dict[str, int | str]:
        """What the store holds: ``url``, ``revision`` (schema), and counts of ``agreements`` (distinct ids),
        ``agreement_versions``, ``reports``, ``claims``, ``incidents``, ``findings`` and ``runs``."""
        counts: dict[str, Select[int]] = {
            "agreements": select(func.count(distinct(t.agreements.c.id))),
            "agreement_versions": select(func.count()).select_from(t.agreements),
            "reports": select(func.count()).select_from(t.reports),
            "claims": select(func.count()).select_from(t.claims),
            "incidents": select(func.count()).select_from(t.incidents),
            "findings": select(func.count()).select_from(t.findings),
            "runs": select(func.count()).select_from(t.runs),
        }
        with self._read("read the status") as connection:
            result: dict[str, int | str] = {"url": self.url, "revision": current_revision(connection) or ""}
            for name, query in counts.items():
                result[name] = connection.execute(query).scalar_one()
            return result
