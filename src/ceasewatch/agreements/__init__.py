"""Agreement files: reading, checking and publishing the agreement language; the bundled 2025 agreements."""

from ceasewatch.agreements._load import (
    agreement_files,
    agreement_schema,
    load_agreement,
    load_agreements,
    parse_agreement,
    read_agreement_file,
)

__all__ = [
    "agreement_files",
    "agreement_schema",
    "load_agreement",
    "load_agreements",
    "parse_agreement",
    "read_agreement_file",
]
