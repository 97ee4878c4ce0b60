"""Shared fixtures. Each section belongs to one part of the package; keep additions in their own section."""

from __future__ import annotations

import contextlib
import glob
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest

from ceasewatch.store import Store

# ======================================================================================================================
# Store fixtures: `pg_cluster` / `pg_url` (a throw-away PostgreSQL on loopback), `store_url` and `store` (each test
# gets a fresh store, once on SQLite and once on PostgreSQL).
#
# PostgreSQL binaries are looked up on PATH (initdb), then in /usr/lib/postgresql/*/bin (newest first). Without them
# the postgres tests are skipped, unless CEASEWATCH_REQUIRE_POSTGRES=1 (set by CI), which makes that an error.
# As root, the server runs as the `postgres` user, since initdb refuses to run as root.
# ======================================================================================================================

REQUIRE_POSTGRES_ENV = "CEASEWATCH_REQUIRE_POSTGRES"
_PG_USER = "postgres"


def _pg_bindir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, if PostgreSQL is installed."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates.extend(Path(p) for p in sorted(versions, key=lambda p: int(p.split("/")[-2]), reverse=True))
    for folder in candidates:
        if all((folder / tool).is_file() for tool in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PgCluster:
    """A running throw-away PostgreSQL cluster: `url(db)` gives a SQLAlchemy URL, `create_database` makes one."""

    bindir: Path
    root: Path
    port: int
    as_root: bool = False
    _names: Iterator[int] = field(default_factory=lambda: count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def run(self, *args: str) -> None:
        command = list(args)
        if self.as_root:  # initdb and postgres refuse to run as root
            runuser = shutil.which("runuser")
            if runuser:
                command = [runuser, "-u", _PG_USER, "--", *args]
            else:
                command = ["su", _PG_USER, "-s", "/bin/sh", "-c", shlex.join(args)]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True, check=False, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(
                f"{shlex.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}\n{log}"
            )

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{_PG_USER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=_PG_USER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(sql.encode())

    def create_database(self, prefix: str = "test") -> str:
        """A new empty database (byte-order collation checks are then real: its default collation is ICU's)."""
        name = f"{prefix}_{next(self._names)}"
        try:
            self._admin(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'und'"
            )
        except Exception:  # PostgreSQL built without ICU: the cluster's default collation
            self._admin(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _start_cluster() -> PgCluster:
    bindir = _pg_bindir()
    if bindir is None:
        message = (
            "PostgreSQL binaries (initdb, pg_ctl, postgres) not found on PATH or in /usr/lib/postgresql/*/bin; "
            "install postgresql-15 (Debian) to run the postgres tests"
        )
        if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
            pytest.fail(f"{message} ({REQUIRE_POSTGRES_ENV}=1)", pytrace=False)
        pytest.skip(message)
    # A fresh folder directly in /tmp: pytest's own tmp folders are private to the current user.
    root = Path(tempfile.mkdtemp(prefix="ceasewatch-pg-"))
    as_root = os.geteuid() == 0
    if as_root:
        try:
            shutil.chown(root, user=_PG_USER)
        except LookupError:
            shutil.rmtree(root, ignore_errors=True)
            pytest.fail(f"running as root, the postgres tests need a '{_PG_USER}' user to run the server as")
    cluster = PgCluster(bindir=bindir, root=root, port=_free_port(), as_root=as_root)
    options = (
        f"-c listen_addresses=127.0.0.1 -p {cluster.port} -c unix_socket_directories={shlex.quote(str(root))}"
        " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        cluster.run(
            str(bindir / "initdb"), "-D", str(cluster.data), "--username", _PG_USER, "--auth", "trust",
            "--encoding", "UTF8", "--no-sync",
        )  # fmt: skip
        cluster.run(str(bindir / "pg_ctl"), "-D", str(cluster.data), "-l", str(cluster.log), "-w", "-t", "60",
                    "-o", options, "start")  # fmt: skip
    except Exception:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A PostgreSQL server on 127.0.0.1 (a free port), started for this test session and removed after it."""
    cluster = _start_cluster()
    try:
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            cluster.run(str(cluster.bindir / "pg_ctl"), "-D", str(cluster.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(cluster.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url(pg_cluster: PgCluster) -> str:
    """A SQLAlchemy URL (postgresql+psycopg) of an empty database in the session's PostgreSQL, shared by the session."""
    return pg_cluster.url(pg_cluster.create_database("ceasewatch"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty store: a SQLite file in tmp_path, or a new database in the session's PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ceasewatch.db'}"
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    name = cluster.create_database()
    try:
        yield cluster.url(name)
    finally:
        cluster.drop_database(name)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A fresh store, opened (and migrated) on `store_url`, closed after the test."""
    with Store.open(store_url) as opened:
        yield opened


# ======================================================================================================================
# End of store fixtures.
# ======================================================================================================================
