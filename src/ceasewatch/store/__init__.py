"""The database: agreements, reports and their claims, findings and the runs that produced them.

SQLite by default (one file, WAL mode), PostgreSQL for servers, both through SQLAlchemy Core; the schema is brought
up to date by the Alembic migrations shipped in ``store/migrations`` whenever a store is opened::

    with Store.open("ceasewatch.db") as store:
        result = store.add_reports(reports)
"""

from ceasewatch.store._location import existing_sqlite_path
from ceasewatch.store._store import AddResult, FacilitiesResult, RunInfo, Store, StoredReport

__all__ = ["AddResult", "FacilitiesResult", "RunInfo", "Store", "StoredReport", "existing_sqlite_path"]
