"""Reading any supported input into Reports: format detection, ``read_any`` and the per-format readers, ``ingest``.

:func:`read_any` reads one file (or stream, or stdin) of any supported format — ACLED, UCDP GED, NASA FIRMS, or the
reports interchange (JSON Lines, CSV) — and yields :class:`~ceasewatch.model.Report` or, in collect mode,
:class:`~ceasewatch.sources.interchange.Rejected`, exactly as :func:`~ceasewatch.sources.read_reports` does: every
error names the file, the physical line, the record and the column, and says what was expected. :func:`read_acled`,
:func:`read_ucdp` and :func:`read_firms` are ``read_any`` with the format named. :func:`ingest_file` reads a whole
file for a command that stores it in one transaction, stopping once more than ``max_errors`` records are bad.

This module only chooses and counts: the interchange is parsed by :mod:`~ceasewatch.sources.interchange`, the
structured formats by the table reader of :mod:`~ceasewatch.sources._table` with each adapter's mapping
(:mod:`~ceasewatch.sources.acled`, :mod:`~ceasewatch.sources.ucdp`, :mod:`~ceasewatch.sources.firms`). The formats
and their mappings are documented in ``docs/sources.md``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from ceasewatch.errors import ReportError
from ceasewatch.model.report import Report
from ceasewatch.sources import acled, firms, ucdp
from ceasewatch.sources._lines import (
    DEFAULT_MAX_LINE_BYTES,
    Line,
    OnError,
    Rejected,
    check_options,
    opened,
    peek,
    read,
    read_lines,
    source_name,
)

# tests/test_sources_structured.py checks the target words against docs/sources.md through this module.
from ceasewatch.sources._table import read_table
from ceasewatch.sources.firms import DEFAULT_MAX_KM, SiteMatcher
from ceasewatch.sources.interchange import CSV_COLUMNS, parse_csv, parse_jsonl

__all__ = [
    "FORMATS",
    "IngestCounts",
    "IngestFormat",
    "IngestResult",
    "detect_format",
    "ingest_file",
    "read_acled",
    "read_any",
    "read_firms",
    "read_ucdp",
]

IngestFormat = Literal["auto", "acled", "ucdp", "firms", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("acled", "ucdp", "firms", "jsonl", "csv")
"""The formats :func:`read_any` reads, as given to ``format=`` (besides ``"auto"``)."""
_TABLES = {"acled": acled.ACLED, "ucdp": ucdp.UCDP, "firms": firms.FIRMS}


# -- counts and results -----------------------------------------------------------------------------------------------


@dataclass
class IngestCounts:
    """What a read has seen so far; updated as the iterator of :func:`read_any` advances.

    ``format`` is the format being read, once known (after detection). ``records`` counts data records (rows or
    lines, blank ones excepted); ``dropped`` counts FIRMS hotspots near no facility
    that were not kept (``keep_unmatched=False``).
    """

    format: str = ""
    records: int = 0
    reports: int = 0
    claims: int = 0
    rejected: int = 0
    dropped: int = 0


@dataclass
class IngestResult:
    """The outcome of :func:`ingest_file`: the good reports, the bad records in file order, and the counts.

    ``aborted`` is true when more than ``max_errors`` records were bad: reading stopped at the first bad record over
    the limit, and ``reports`` is empty so that nothing can be stored by mistake.
    """

    format: str
    reports: list[Report] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    counts: IngestCounts = field(default_factory=IngestCounts)
    aborted: bool = False


# -- detection --------------------------------------------------------------------------------------------------------


_DETECT_EXPECTED = (
    "a header of ACLED (event_id_cnty, event_date, event_type, ...), UCDP GED (id, date_prec, where_prec, side_a, "
    "...), NASA FIRMS (latitude, longitude, acq_date, acq_time, bright_ti4 or brightness, ...) or the reports CSV "
    "(id, published_at, source.name, ...), or one JSON object per line; or name the format"
)
_SIGNATURES: dict[str, tuple[frozenset[str], ...]] = {
    # A few columns that only this format has: enough to detect it (and then to name the columns it lacks).
    "ucdp": (frozenset({"date_prec", "where_prec"}), frozenset({"type_of_violence", "side_a"})),
    "acled": (frozenset({"event_id_cnty"}), frozenset({"sub_event_type", "geo_precision"})),
    "firms": (frozenset({"acq_date", "acq_time"}), frozenset({"bright_ti4"}), frozenset({"brightness", "frp"})),
}


def _detect(lines: Iterator[Line], file: str) -> tuple[str | None, Iterator[Line]]:
    """The format from the first non-blank line, and the lines, none lost; ``None`` for empty input."""
    line, lines = peek(lines, lambda line: not line.blank)
    if line is None:
        return None, lines
    if line.error is not None:
        raise line.error
    text = line.text.strip()
    if text[0] in "{[":
        return "jsonl", lines
    try:
        header = [cell.strip().lower() for cell in next(csv.reader([text]))]
    except (csv.Error, StopIteration):
        header = []
    # UCDP before ACLED: both name a 'latitude', but only UCDP has 'where_prec'; FIRMS last (its columns are few).
    for name in ("ucdp", "acled", "firms"):
        if _TABLES[name].matches(header) or any(signature <= set(header) for signature in _SIGNATURES[name]):
            return name, lines
    if set(header).intersection(CSV_COLUMNS):
        return "csv", lines
    raise ReportError(
        "cannot tell the format from the first line", file=file, line=line.number, expected=_DETECT_EXPECTED
    )


def detect_format(source: str | Path | IO[bytes], *, name: str | None = None) -> str:
    """The format of a file by its first non-blank line: ``acled``, ``ucdp``, ``firms``, ``jsonl`` or ``csv``.

    A line starting with ``{`` or ``[`` is JSON Lines; otherwise the line is read as a CSV header and recognised by
    its columns. Raises :class:`ReportError` (with the file and line) when the header is none of these, or the input
    is empty. A stream is read up to that line (and not rewound).
    """
    file = source_name(source, name)
    with opened(source, file) as stream:
        found, _ = _detect(read_lines(stream, file, DEFAULT_MAX_LINE_BYTES), file)
    if found is None:
        raise ReportError("the input is empty; cannot tell its format", file=file, expected=_DETECT_EXPECTED)
    return found


# -- reading ----------------------------------------------------------------------------------------------------------


def read_any(
    source: str | Path | IO[bytes],
    *,
    format: IngestFormat = "auto",
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    sites: SiteMatcher | None = None,
    max_km: float = DEFAULT_MAX_KM,
    keep_unmatched: bool = False,
    counts: IngestCounts | None = None,
) -> Iterator[Report | Rejected]:
    """The reports of a file, a binary stream or stdin (``"-"``) in any supported format, in file order.

    ``format="auto"`` goes by the first non-blank line (see :func:`detect_format`); a named format skips detection.
    ``name``, ``on_error`` and ``max_line_bytes`` work as in :func:`~ceasewatch.sources.read_reports`: a bad record
    raises :class:`ReportError` or is yielded as :class:`Rejected`; a bad header always raises.

    ``sites`` (a :class:`~ceasewatch.sources.firms.SiteMatcher`, such as the facility registry), ``max_km`` and
    ``keep_unmatched`` apply to FIRMS only: see :func:`~ceasewatch.sources.read_firms`. Reading FIRMS without
    ``sites`` needs ``keep_unmatched=True``. ``counts``, when given, is updated as the iterator advances.
    Options are checked when the function is called; the input is opened when the iterator is first advanced.
    """
    check_options(format, ("auto", *FORMATS), on_error, max_line_bytes)
    if not max_km > 0:
        raise ValueError(f"max_km must be a positive distance in km, not {max_km}")
    if format == "firms":
        firms.check_sites(sites, keep_unmatched)
    file = source_name(source, name)
    counted = counts if counts is not None else IngestCounts()

    def parse(lines: Iterator[Line]) -> Iterator[Report | Rejected]:
        fmt: str | None = format
        if format == "auto":
            fmt, lines = _detect(lines, file)
        if fmt is None:  # empty input
            return
        items = _parse(lines, file, fmt, sites, max_km, keep_unmatched)
        counted.format = fmt
        for item in items:
            counted.records += 1
            if item is None:
                counted.dropped += 1
            elif isinstance(item, Rejected):
                counted.rejected += 1
                yield item
            else:
                counted.reports += 1
                counted.claims += len(item.claims)
                yield item

    return read(source, file, on_error, max_line_bytes, parse)


def _parse(
    lines: Iterator[Line], file: str, fmt: str, sites: SiteMatcher | None, max_km: float, keep_unmatched: bool
) -> Iterator[Report | Rejected | None]:
    """The parser of a format; for FIRMS, checking at once that hotspots can be matched or are kept."""
    if fmt == "jsonl":
        return parse_jsonl(lines, Report, file, "a report")
    if fmt == "csv":
        return parse_csv(lines, file)
    if fmt == "acled":
        return read_table(lines, file, acled.ACLED, acled.convert)
    if fmt == "ucdp":
        return read_table(lines, file, ucdp.UCDP, ucdp.convert)
    return read_table(lines, file, firms.FIRMS, firms.converter(sites, max_km, keep_unmatched))


def read_acled(
    source: str | Path | IO[bytes],
    *,
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    counts: IngestCounts | None = None,
) -> Iterator[Report | Rejected]:
    """The reports of an ACLED CSV export, in file order; errors as in :func:`~ceasewatch.sources.read_any`."""
    return read_any(source, format="acled", name=name, on_error=on_error, max_line_bytes=max_line_bytes, counts=counts)


def read_ucdp(
    source: str | Path | IO[bytes],
    *,
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    counts: IngestCounts | None = None,
) -> Iterator[Report | Rejected]:
    """The reports of a UCDP GED CSV, in file order; errors as in :func:`~ceasewatch.sources.read_any`."""
    return read_any(source, format="ucdp", name=name, on_error=on_error, max_line_bytes=max_line_bytes, counts=counts)


def read_firms(
    source: str | Path | IO[bytes],
    *,
    sites: SiteMatcher | None = None,
    max_km: float = DEFAULT_MAX_KM,
    keep_unmatched: bool = False,
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    counts: IngestCounts | None = None,
) -> Iterator[Report | Rejected]:
    """The hotspots of a FIRMS CSV (VIIRS or MODIS) as sensor reports, in file order.

    A hotspot within ``max_km`` of a facility of ``sites`` is an observation of the nearest one; others are dropped
    (counted in ``counts.dropped``) unless ``keep_unmatched``. Errors as in :func:`~ceasewatch.sources.read_any`.
    """
    return read_any(
        source,
        format="firms",
        name=name,
        on_error=on_error,
        max_line_bytes=max_line_bytes,
        sites=sites,
        max_km=max_km,
        keep_unmatched=keep_unmatched,
        counts=counts,
    )


def ingest_file(
    source: str | Path | IO[bytes],
    *,
    format: IngestFormat = "auto",
    name: str | None = None,
    max_errors: int | None = None,
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    sites: SiteMatcher | None = None,
    max_km: float = DEFAULT_MAX_KM,
    keep_unmatched: bool = False,
    progress: Callable[[IngestCounts], None] | None = None,
) -> IngestResult:
    """Read a whole input for storing in one transaction: the good reports, and every bad record with its location.

    With ``max_errors=N``, reading stops as soon as more than N records are bad, and the result is ``aborted`` with
    no reports (store nothing). ``max_errors=None`` keeps reading to the end whatever the number of bad records.
    ``progress`` is called with the counts after each record. Other options are those of :func:`read_any`; the
    format found is in the result.
    """
    if max_errors is not None and max_errors < 0:
        raise ValueError(f"max_errors must be 0 or more, not {max_errors}")
    counts = IngestCounts()
    items = read_any(
        source,
        format=format,
        name=name,
        on_error="collect",
        max_line_bytes=max_line_bytes,
        sites=sites,
        max_km=max_km,
        keep_unmatched=keep_unmatched,
        counts=counts,
    )
    result = IngestResult(format=format, counts=counts)
    for item in items:
        if isinstance(item, Rejected):
            result.rejected.append(item)
            if max_errors is not None and len(result.rejected) > max_errors:
                result.aborted = True
                result.reports = []
                break
        else:
            result.reports.append(item)
        if progress is not None:
            progress(counts)
    result.format = counts.format or format
    return result
