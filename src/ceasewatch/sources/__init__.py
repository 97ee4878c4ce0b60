"""Source adapters: each input format read into Reports and Claims (DESIGN §3, §5).

The reports and claims interchange (JSON Lines and CSV) is documented in ``docs/interchange.md``; the structured
sources (ACLED, UCDP GED, NASA FIRMS) and :func:`read_any`, which reads any of them, in ``docs/sources.md``.
"""

from ceasewatch.sources.acled import read_acled
from ceasewatch.sources.firms import SiteMatcher, read_firms
from ceasewatch.sources.ingest import FORMATS, IngestCounts, IngestResult, detect_format, ingest_file, read_any
from ceasewatch.sources.interchange import CSV_COLUMNS, Rejected, read_claims, read_reports, write_jsonl
from ceasewatch.sources.ucdp import read_ucdp

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
    "read_reports",
    "read_ucdp",
    "write_jsonl",
]
