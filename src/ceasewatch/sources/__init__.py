"""Source adapters: each input format read into Reports and Claims (DESIGN §3, §5).

The reports and claims interchange (JSON Lines and CSV) is documented in ``docs/interchange.md``.
"""

from ceasewatch.sources.interchange import CSV_COLUMNS, Rejected, read_claims, read_reports, write_jsonl

__all__ = ["CSV_COLUMNS", "Rejected", "read_claims", "read_reports", "write_jsonl"]
