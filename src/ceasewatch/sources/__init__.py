"""Source adapters: each input format read into Reports and Claims (DESIGN §3, §5).

The reports and claims interchange (JSON Lines and CSV) is documented in ``docs/interchange.md``; the structured
sources (ACLED, UCDP GED, NASA FIRMS) and :func:`read_any`, which reads any of them, in ``docs/sources.md``.

Modules, from the ground up: ``_lines`` (opening a source, reading its lines, :class:`Rejected`, located errors),
``_table`` (CSV records, and the table reader and cell parsers the adapters share), ``_monitors`` (what ACLED and
UCDP have in common: the words of their texts, countries, local days), the adapters ``acled``, ``ucdp`` and
``firms`` (one mapping each), ``interchange`` (our JSON Lines and CSV), and ``ingest`` (detection, :func:`read_any`,
the per-format readers, :func:`ingest_file`).
"""

from ceasewatch.sources.firms import SiteMatcher
from ceasewatch.sources.ingest import (
    FORMATS,
    IngestCounts,
    IngestResult,
    detect_format,
    ingest_file,
    read_acled,
    read_any,
    read_firms,
    read_ucdp,
)
from ceasewatch.sources.interchange import (
    CSV_COLUMNS,
    Rejected,
    read_claims,
    read_incidents,
    read_reports,
    write_jsonl,
)

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "IngestCounts",
    "IngestResult",
    "Rejected",
    "SiteMatcher",
    "detect_format",
    "ingest_file",
    "read_acled",
    "read_any",
    "read_claims",
    "read_firms",
    "read_incidents",
    "read_reports",
    "read_ucdp",
    "write_jsonl",
]
