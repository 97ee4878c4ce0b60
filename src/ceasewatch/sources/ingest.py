"""Reading any supported input into Reports: format detection, the shared table reader, and ``ingest``.

:func:`read_any` reads one file (or stream, or stdin) of any supported format — ACLED, UCDP GED, NASA FIRMS, or the
reports interchange (JSON Lines, CSV) — and yields :class:`~ceasewatch.model.Report` or, in collect mode,
:class:`~ceasewatch.sources.interchange.Rejected`, exactly as :func:`~ceasewatch.sources.read_reports` does: every
error names the file, the physical line, the record and the column, and says what was expected. :func:`ingest`
reads a whole file for a command that stores it in one transaction, stopping once more than ``max_errors`` records
are bad.

The three structured formats share the table reader of this module (:func:`read_table`): a header that names the
columns (in any order, any case, extra columns ignored), then one record per row; each adapter
(:mod:`~ceasewatch.sources.acled`, :mod:`~ceasewatch.sources.ucdp`, :mod:`~ceasewatch.sources.firms`) turns a batch
of rows into reports. The formats and their mappings are documented in ``docs/sources.md``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from ceasewatch.errors import ReportError
from ceasewatch.model.report import Report
from ceasewatch.model.time import TimeInterval, TimePrecision
from ceasewatch.sources.interchange import (
    CSV_COLUMNS,
    OnError,
    Rejected,
    _check_choice,
    _csv,
    _Feed,
    _jsonl,
    _Line,
    _lines,
    _open,
    _raw,
    _source_name,
    _validation_error,
)

if TYPE_CHECKING:
    from ceasewatch.sources.firms import SiteMatcher

__all__ = [
    "DEFAULT_MAX_KM",
    "FORMATS",
    "IngestCounts",
    "IngestFormat",
    "IngestResult",
    "detect_format",
    "ingest_file",
    "read_any",
]

IngestFormat = Literal["auto", "acled", "ucdp", "firms", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("acled", "ucdp", "firms", "jsonl", "csv")
"""The formats :func:`read_any` reads, as given to ``format=`` (besides ``"auto"``)."""
_ON_ERROR: tuple[str, ...] = ("raise", "collect")
DEFAULT_MAX_KM = 2.0
"""How far (km, on the ground) a FIRMS hotspot may be from a facility to count as an observation of it."""
DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024
_CHUNK_ROWS = 20_000


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


# -- cells: shared by the adapters ------------------------------------------------------------------------------------


class CellError(ValueError):
    """A bad cell: which column, what is wrong, what was expected. The table reader adds file, line and record."""

    def __init__(self, column: str, message: str, expected: str | None = None) -> None:
        super().__init__(message)
        self.column = column
        self.message = message
        self.expected = expected


@dataclass(frozen=True)
class Row:
    """One data row: its first physical line, its raw text, and its cells by (lower-case) column name."""

    line: int
    raw: str
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        """The stripped cell, ``""`` when it is empty or the column is absent."""
        return self.cells.get(column, "")

    def required(self, column: str, expected: str) -> str:
        """The stripped cell, which must not be empty."""
        value = self.get(column)
        if not value:
            raise CellError(column, "the cell is empty", expected)
        return value

    def number(self, column: str, low: float, high: float, expected: str) -> float:
        """The cell as a finite number in ``[low, high]``."""
        value = self.optional_number(column, low, high, expected)
        if value is None:
            raise CellError(column, "the cell is empty", expected)
        return value

    def optional_number(self, column: str, low: float, high: float, expected: str) -> float | None:
        """The cell as a finite number in ``[low, high]``, or ``None`` when it is empty."""
        text = self.get(column)
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise CellError(column, f"not a number: {_shown(text)}", expected) from None
        if not low <= value <= high:  # also false for NaN
            raise CellError(column, f"{_shown(text)} is out of range", expected)
        return value

    def code(self, column: str, codes: Mapping[int, str]) -> int:
        """The cell as one of the whole-number ``codes`` (their meanings name them in the error)."""
        expected = "one of " + ", ".join(f"{code} ({meaning})" for code, meaning in codes.items())
        text = self.required(column, expected)
        try:
            value = float(text)
        except ValueError:
            raise CellError(column, f"not a code: {_shown(text)}", expected) from None
        if not value.is_integer() or int(value) not in codes:
            raise CellError(column, f"unknown code {_shown(text)}", expected)
        return int(value)

    def day(self, column: str) -> date:
        """The cell as a calendar day (see :func:`parse_day`)."""
        text = self.required(column, DAY_EXPECTED)
        found = parse_day(text)
        if found is None:
            raise CellError(column, f"not a date: {_shown(text)}", DAY_EXPECTED)
        return found


def _shown(text: str) -> str:
    shown = repr(text)
    return shown if len(shown) <= 60 else shown[:59] + "…'"


DAY_EXPECTED = "a date as YYYY-MM-DD (also accepted: 19 March 2025, 19-03-2025, 19/03/2025)"
_MONTHS = {name: n for n, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), start=1)}
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_D_MONTH_Y = re.compile(r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})")


def parse_day(text: str) -> date | None:
    """A calendar day from ``YYYY-MM-DD`` (optionally with a midnight time, as UCDP writes it), ``DD-MM-YYYY``,
    ``DD/MM/YYYY`` or ``D Month YYYY`` (full or three-letter English month); ``None`` when it is none of them.

    >>> parse_day("2025-03-19"), parse_day("19 March 2025"), parse_day("2025-03-19 00:00:00.000")
    (datetime.date(2025, 3, 19), datetime.date(2025, 3, 19), datetime.date(2025, 3, 19))
    >>> parse_day("2025-02-30") is None
    True
    """
    text = text.strip()
    try:
        if match := _ISO_DAY.fullmatch(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DMY.fullmatch(text):
            return date(int(match[3]), int(match[2]), int(match[1]))
        if match := _D_MONTH_Y.fullmatch(text):
            word = match[2].lower()
            month = _MONTHS.get(word) or next((n for name, n in _MONTHS.items() if len(word) == 3
                                               and name.startswith(word)), None)
            return date(int(match[3]), month, int(match[1])) if month else None
    except ValueError:
        return None
    return None


# -- places and times shared by the adapters --------------------------------------------------------------------------

TIME_ZONES: dict[str, str] = {
    "UKR": "Europe/Kyiv",
    "RUS": "Europe/Moscow",
    "BLR": "Europe/Minsk",
    "MDA": "Europe/Chisinau",
    "GEO": "Asia/Tbilisi",
    "POL": "Europe/Warsaw",
    "ROU": "Europe/Bucharest",
}
"""The time zone a country's local dates are read in (Russia: Moscow time, which covers the border regions)."""


def local_days(first: date, last: date, precision: TimePrecision, country: str | None) -> TimeInterval:
    """The interval from the start of local day ``first`` to the end of local day ``last`` (the next midnight), in the
    time zone of ``country`` (UTC when unknown), with that zone's name kept."""
    tz = TIME_ZONES.get(country or "", "UTC")
    zone = ZoneInfo(tz)
    return TimeInterval(
        earliest=datetime.combine(first, time(), zone),
        latest=datetime.combine(last + timedelta(days=1), time(), zone),
        precision=precision,
        tz=tz,
    )


def unix_time(row: Row, column: str) -> datetime | None:
    """A Unix time in seconds (as ACLED's ``timestamp``), as a UTC instant; ``None`` when the cell is empty."""
    value = row.optional_number(column, 0, 32503680000, "a Unix time in seconds")
    return None if value is None else datetime.fromtimestamp(value, UTC)


# -- the table reader -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableFormat:
    """A structured CSV format: its name, the columns it must have, and the column that names a record."""

    name: str
    title: str
    required: tuple[str, ...]
    one_of: tuple[tuple[str, ...], ...] = ()
    record: str | None = None

    def matches(self, header: Iterable[str]) -> bool:
        """Whether a header has every required column and one of each ``one_of`` group."""
        columns = set(header)
        return set(self.required) <= columns and all(columns.intersection(group) for group in self.one_of)


Convert = Callable[[Sequence[Row], str], Iterable[Report | Rejected | None]]
"""An adapter's batch form: rows (and the file name for errors) → one report, rejection or ``None`` (dropped) each."""


def rejected(row: Row, file: str, fmt: TableFormat, exc: CellError | ValidationError) -> Rejected:
    """A bad row as :class:`Rejected`, located at its line and column, with its record id where it has one."""
    record = (row.get(fmt.record) or None) if fmt.record else None
    if isinstance(exc, CellError):
        error = ReportError(exc.message, file=file, line=row.line, record=record, field=exc.column,
                            expected=exc.expected)
        error.__cause__ = exc
    else:
        error = _validation_error(exc, file=file, record=record, locate=lambda loc: (row.line, _dotted(loc)))
    return Rejected(row.line, error, row.raw)


def _dotted(loc: tuple[Any, ...]) -> str | None:
    return ".".join(str(part) for part in loc) or None


def one_by_one(fmt: TableFormat, one: Callable[[Row], Report]) -> Convert:
    """The batch form of a one-row adapter: each row's report, or the row rejected where a cell is bad."""

    def convert(rows: Sequence[Row], file: str) -> list[Report | Rejected | None]:
        out: list[Report | Rejected | None] = []
        for row in rows:
            try:
                out.append(one(row))
            except (CellError, ValidationError) as exc:
                out.append(rejected(row, file, fmt, exc))
        return out

    return convert


def read_table(lines: Iterator[_Line], file: str, fmt: TableFormat, convert: Convert,
               chunk_rows: int = _CHUNK_ROWS) -> Iterator[Report | Rejected | None]:
    """The records of a structured CSV, converted a batch of rows at a time, in file order.

    A bad header raises :class:`ReportError`; a row that is not valid CSV, not UTF-8, or has the wrong number of
    cells is yielded as :class:`Rejected`; ``None`` marks a row the adapter dropped.
    """
    feed = _Feed(lines)
    reader = csv.reader(feed, strict=True)
    header = _header(reader, feed, file, fmt)
    if not header:
        return
    batch: list[Row] = []
    pending: list[Rejected] = []  # row-level rejections, kept in order with the batch

    def flush() -> Iterator[Report | Rejected | None]:
        nonlocal batch, pending
        converted = list(convert(batch, file)) if batch else []
        by_line: list[tuple[int, Report | Rejected | None]] = [(row.line, item) for row, item in
                                                               zip(batch, converted, strict=True)]
        by_line.extend((bad.line, bad) for bad in pending)
        by_line.sort(key=lambda pair: pair[0])
        batch, pending = [], []
        yield from (item for _, item in by_line)

    while True:
        problem: str | None = None
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            cells, problem = [], f"malformed CSV: {exc}"
        taken = feed.take()
        number = taken[0].number if taken else 0
        error = next((line.error for line in taken if line.error is not None), None)
        if error is None and problem is None and not any(cell.strip() for cell in cells):
            continue
        if error is None and problem is None and len(cells) != len(header):
            problem = f"the row has {len(cells)} cells, the header has {len(header)}"
        if error is None and problem is not None:
            error = ReportError(problem, file=file, line=number, expected=f"CSV rows of {len(header)} cells")
        if error is not None:
            pending.append(Rejected(number, error, _raw(taken)))
        else:
            batch.append(Row(number, _raw(taken), {col: cell.strip() for col, cell in zip(header, cells, strict=True)}))
        if len(batch) + len(pending) >= chunk_rows:
            yield from flush()
    yield from flush()


def _header(reader: Iterator[list[str]], feed: _Feed, file: str, fmt: TableFormat) -> list[str]:
    """The header (lower case): the first non-blank row, checked for the format's columns; empty for empty input."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return []
        except csv.Error as exc:
            taken = feed.take()
            raise ReportError(f"malformed CSV header: {exc}", file=file, line=taken[0].number if taken else 1) from exc
        taken = feed.take()
        line_error = next((line.error for line in taken if line.error is not None), None)
        if line_error is not None:
            raise line_error
        if any(cell.strip() for cell in cells):
            break
    header, number = [cell.strip().lower() for cell in cells], taken[0].number
    duplicates = sorted({column for column in header if column and header.count(column) > 1})
    if duplicates:
        raise ReportError(f"the column '{duplicates[0]}' appears twice", file=file, line=number, field=duplicates[0],
                          expected="each column once")
    expected = f"the {fmt.title} columns {', '.join(fmt.required)} (docs/sources.md)"
    missing = [column for column in fmt.required if column not in header]
    for group in fmt.one_of:
        if not set(group).intersection(header):
            missing.append(" or ".join(group))
            expected += f", and one of {', '.join(group)}"
    if missing:
        raise ReportError(f"the header lacks the column(s) {', '.join(missing)}", file=file, line=number,
                          field=missing[0], expected=expected)
    return header


# -- detection --------------------------------------------------------------------------------------------------------


def _formats() -> dict[str, TableFormat]:
    # The adapters import this module for its table reader; they are imported here, when first needed, not above.
    from ceasewatch.sources.acled import ACLED
    from ceasewatch.sources.firms import FIRMS
    from ceasewatch.sources.ucdp import UCDP

    return {"acled": ACLED, "ucdp": UCDP, "firms": FIRMS}


_DETECT_EXPECTED = (
    "a header of ACLED (event_id_cnty, event_date, event_type, ...), UCDP GED (id, date_prec, where_prec, side_a, "
    "...), NASA FIRMS (latitude, longitude, acq_date, acq_time, bright_ti4 or brightness, ...) or the reports CSV "
    "(id, published_at, source.name, ...), or one JSON object per line; or name the format"
)


def _detect(lines: Iterator[_Line], file: str) -> tuple[str | None, Iterator[_Line]]:
    """The format from the first non-blank line, and the lines, none lost; ``None`` for empty input."""
    seen: list[_Line] = []
    for line in lines:
        seen.append(line)
        if line.error is not None:
            raise line.error
        text = line.text.strip()
        if not text:
            continue
        rest = _chain(seen, lines)
        if text[0] in "{[":
            return "jsonl", rest
        try:
            header = [cell.strip().lower() for cell in next(csv.reader([text]))]
        except (csv.Error, StopIteration):
            header = []
        formats = _formats()
        # UCDP before ACLED: both name a 'latitude', but only UCDP has 'where_prec'; FIRMS last (its columns are few).
        for name in ("ucdp", "acled", "firms"):
            if formats[name].matches(header) or _signature(name, header):
                return name, rest
        if set(header).intersection(CSV_COLUMNS):
            return "csv", rest
        raise ReportError("cannot tell the format from the first line", file=file, line=line.number,
                          expected=_DETECT_EXPECTED)
    return None, iter(seen)


_SIGNATURES: dict[str, tuple[frozenset[str], ...]] = {
    # A few columns that only this format has: enough to detect it (and then to name the columns it lacks).
    "ucdp": (frozenset({"date_prec", "where_prec"}), frozenset({"type_of_violence", "side_a"})),
    "acled": (frozenset({"event_id_cnty"}), frozenset({"sub_event_type", "geo_precision"})),
    "firms": (frozenset({"acq_date", "acq_time"}), frozenset({"bright_ti4"}), frozenset({"brightness", "frp"})),
}


def _signature(name: str, header: list[str]) -> bool:
    return any(signature <= set(header) for signature in _SIGNATURES[name])


def _chain(first: list[_Line], rest: Iterator[_Line]) -> Iterator[_Line]:
    yield from first
    yield from rest


def detect_format(source: str | Path | IO[bytes], *, name: str | None = None) -> str:
    """The format of a file by its first non-blank line: ``acled``, ``ucdp``, ``firms``, ``jsonl`` or ``csv``.

    A line starting with ``{`` or ``[`` is JSON Lines; otherwise the line is read as a CSV header and recognised by
    its columns. Raises :class:`ReportError` (with the file and line) when the header is none of these, or the input
    is empty. A stream is read up to that line (and not rewound).
    """
    file = _source_name(source, name)
    stream, owned = _open(source, file)
    try:
        found, _ = _detect(_lines(stream, file, DEFAULT_MAX_LINE_BYTES), file)
    finally:
        if owned:
            stream.close()
    if found is None:
        raise ReportError("the input is empty; cannot tell its format", file=file, expected=_DETECT_EXPECTED)
    return found


# -- reading ----------------------------------------------------------------------------------------------------------


def check_options(fmt: str, on_error: str, max_line_bytes: int, max_km: float) -> None:
    """Reject bad options when a reader is called, before any input is read."""
    _check_choice("format", fmt, ("auto", *FORMATS))
    _check_choice("on_error", on_error, _ON_ERROR)
    if max_line_bytes < 1:
        raise ValueError(f"max_line_bytes must be at least 1, not {max_line_bytes}")
    if not max_km > 0:
        raise ValueError(f"max_km must be a positive distance in km, not {max_km}")


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
    ``keep_unmatched`` apply to FIRMS only: see :func:`~ceasewatch.sources.firms.read_firms`. Reading FIRMS without
    ``sites`` needs ``keep_unmatched=True``. ``counts``, when given, is updated as the iterator advances.
    Options are checked when the function is called; the input is opened when the iterator is first advanced.
    """
    check_options(format, on_error, max_line_bytes, max_km)
    if format == "firms":
        _check_firms(sites, keep_unmatched)
    file = _source_name(source, name)
    return _read(source, file, format, on_error, max_line_bytes, sites, max_km, keep_unmatched,
                 counts if counts is not None else IngestCounts())


def _check_firms(sites: SiteMatcher | None, keep_unmatched: bool) -> None:
    from ceasewatch.sources.firms import check_sites

    check_sites(sites, keep_unmatched)


def _read(
    source: str | Path | IO[bytes], file: str, fmt: str, on_error: str, max_line_bytes: int, sites: SiteMatcher | None,
    max_km: float, keep_unmatched: bool, counts: IngestCounts,
) -> Iterator[Report | Rejected]:
    stream, owned = _open(source, file)
    try:
        lines = _lines(stream, file, max_line_bytes)
        if fmt == "auto":
            found, lines = _detect(lines, file)
            if found is None:
                return
            if found == "firms":
                _check_firms(sites, keep_unmatched)
            fmt = found
        counts.format = fmt
        for item in _parse(lines, file, fmt, sites, max_km, keep_unmatched):
            if item is None:
                counts.records += 1
                counts.dropped += 1
                continue
            counts.records += 1
            if isinstance(item, Rejected):
                counts.rejected += 1
                if on_error == "raise":
                    raise item.error
            else:
                counts.reports += 1
                counts.claims += len(item.claims)
            yield item
    finally:
        if owned:
            stream.close()


def _parse(lines: Iterator[_Line], file: str, fmt: str, sites: SiteMatcher | None, max_km: float,
           keep_unmatched: bool) -> Iterator[Report | Rejected | None]:
    if fmt == "jsonl":
        return _jsonl(lines, Report, file, "a report")
    if fmt == "csv":
        return _csv(lines, file)
    from ceasewatch.sources import acled, firms, ucdp

    if fmt == "acled":
        return read_table(lines, file, acled.ACLED, acled.convert)
    if fmt == "ucdp":
        return read_table(lines, file, ucdp.UCDP, ucdp.convert)
    return read_table(lines, file, firms.FIRMS, firms.converter(sites, max_km, keep_unmatched))


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
    items = read_any(source, format=format, name=name, on_error="collect", max_line_bytes=max_line_bytes,
                     sites=sites, max_km=max_km, keep_unmatched=keep_unmatched, counts=counts)
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


# -- what a monitor's text names: targets, weapons, parties (shared by ACLED and UCDP) ---------------------------------


@dataclass(frozen=True)
class Found:
    """A taxonomy id found in a text, and where: ``[start, end)`` in the text searched (``None`` beyond ``limit``)."""

    id: str
    start: int | None = None
    end: int | None = None


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


_OIL_CONTEXT = r"oil|CPC|Caspian Pipeline|Druzhba|Transneft"
TARGET_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("energy.electricity.generation.nuclear", _words(r"nuclear power (?:plant|station)", r"(?-i:\bNPP\b)")),
    ("energy.electricity.generation.hydro", _words(r"hydro-?electric", r"hydro ?power", r"(?-i:\bHPP\b)",
                                                   r"\bdam\b")),
    ("energy.electricity.generation.thermal", _words(r"thermal power", r"(?-i:\b(?:TPP|CHP|TES|TETs)\b)",
                                                     r"combined heat and power", r"heat(?:ing)? and power plant")),
    ("energy.electricity.generation.renewable", _words(r"solar (?:power|plant|farm|park)",
                                                       r"wind (?:farm|park|power)")),
    ("energy.electricity.traction", _words(r"traction sub-?stations?")),
    ("energy.electricity.substation", _words(r"\bsub-?stations?\b", r"\btransformers?\b",
                                             r"electrical distribution")),
    ("energy.electricity.line", _words(r"power lines?", r"(?:power )?transmission lines?", r"high-voltage lines?")),
    ("energy.electricity.generation", _words(r"power (?:plant|station)s?", r"electricity generat\w*")),
    ("energy.oil.refinery", _words(r"refiner(?:y|ies)")),
    ("energy.oil.pumping_station", _words(r"oil[- ]pumping stations?",
                                          rf"pumping stations?\b(?=[^.;]{{0,80}}\b(?:{_OIL_CONTEXT})\b)",
                                          rf"\b(?:{_OIL_CONTEXT})\b[^.;]{{0,80}}?\bpumping stations?")),
    ("energy.oil.storage", _words(r"(?:oil|fuel|petroleum|fuel and lubricants?) (?:depot|storage|terminal)s?",
                                  r"tank farms?")),
    ("energy.oil.pipeline", _words(r"oil pipelines?")),
    ("energy.gas.metering_station", _words(r"gas (?:metering|measuring) stations?")),
    ("energy.gas.compressor_station", _words(r"compressor stations?")),
    ("energy.gas.distribution_station", _words(r"gas distribution (?:station|point)s?")),
    ("energy.gas.storage", _words(r"(?:underground )?gas storage")),
    ("energy.gas.pipeline", _words(r"gas pipelines?", r"gas mains?")),
    ("energy.gas.production", _words(r"gas (?:field|well|production)s?")),
    ("energy.oil.production", _words(r"oil (?:field|well|rig|production)s?")),
    ("energy.heat", _words(r"boiler (?:house|room)s?", r"heating plants?", r"district heating")),
    ("energy.gas", _words(r"gas (?:infrastructure|facilit(?:y|ies))")),
    ("energy.electricity", _words(r"power grid",
                                  r"(?:electricity|power|electric) (?:infrastructure|facilit(?:y|ies))")),
    ("energy", _words(r"energy (?:infrastructure|facilit(?:y|ies)|objects?|sites?)")),
)
"""Energy target categories and the English words that name them, most specific first (docs/sources.md)."""

OTHER_TARGET_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("maritime.vessel.military", _words(r"warships?", r"patrol (?:boat|ship)s?", r"landing ships?", r"corvettes?",
                                        r"frigates?")),
    ("maritime.vessel.civilian", _words(r"(?:cargo|civilian|grain|merchant|container) (?:ship|vessel)s?",
                                        r"bulk carriers?", r"\btankers?\b")),
    ("military.airbase", _words(r"air ?(?:base|field)s?", r"aerodromes?")),
    ("military.naval_base", _words(r"naval base")),
    ("military.depot", _words(r"(?:ammunition|ammo|arms|weapons?|military) (?:depot|warehouse|store)s?")),
    ("military.industry", _words(r"defen[cs]e (?:plant|industry|enterprise)s?", r"military[- ]industrial",
                                 r"(?:arms|ammunition|drone|missile) (?:factory|factories|plants?)")),
    ("military.unit", _words(r"\bpositions?\b", r"\btroops\b", r"military personnel", r"\bsoldiers\b",
                             r"servicem[ae]n", r"military units?", r"command posts?")),
    ("civilian.medical", _words(r"hospitals?", r"clinics?")),
    ("civilian.education", _words(r"schools?", r"kindergartens?", r"universit(?:y|ies)")),
    ("civilian.port", _words(r"\b(?:sea)?ports?\b", r"grain terminals?")),
    ("civilian.transport", _words(r"railways?", r"rail (?:station|line|infrastructure)s?", r"\btrains?\b",
                                  r"\bbus(?:es)?\b", r"\bbridges?\b")),
    ("civilian.residential", _words(r"residential", r"apartments?", r"\bhouses?\b", r"\bhomes?\b", r"dwellings?",
                                    r"high-rise")),
    ("civilian.industry", _words(r"factor(?:y|ies)", r"industrial (?:enterprise|facilit(?:y|ies)|site)s?")),
    ("civilian.other", _words(r"civilian infrastructure", r"\bshops?\b", r"\bmarkets?\b", r"churche?s?")),
)
"""Military, maritime and civilian target categories and their words (used where no energy target is named)."""

_DEPTH = {category: category.count(".") for category, _ in TARGET_WORDS + OTHER_TARGET_WORDS}


def find_target(text: str, extra: str = "") -> Found | None:
    """The target a text names: energy first, then any other; the most specific, then the first in the text.

    ``extra`` (e.g. ACLED ``tags``) is searched after ``text``; a match in it has no span.

    >>> find_target("Russian drones hit the Kropotkinskaya oil pumping station of the CPC pipeline.")
    Found(id='energy.oil.pumping_station', start=38, end=57)
    >>> find_target("Shelling damaged energy infrastructure, namely a substation.").id
    'energy.electricity.substation'
    """
    whole = f"{text}\n{extra}" if extra else text
    for table in (TARGET_WORDS, OTHER_TARGET_WORDS):
        hits = [(category, match) for category, pattern in table if (match := pattern.search(whole))]
        if hits:
            category, match = min(hits, key=lambda hit: (-_DEPTH[hit[0]], hit[1].start()))
            if match.end() <= len(text):
                return Found(category, match.start(), match.end())
            return Found(category)
    return None


DRONE_WORDS = _words(r"\bdrones?\b", r"\bUAVs?\b", r"unmanned aerial", r"Shahed", r"Geran", r"Lancet", r"\bFPV\b",
                     r"loitering munition")
NAVAL_DRONE_WORDS = _words(r"(?:naval|sea|maritime) drones?", r"unmanned surface vessels?", r"(?-i:\bUSVs?\b)")
ARTILLERY_WORDS = _words(r"shell(?:ing|ed|s)?\b", r"artillery", r"mortars?", r"(?-i:\bMLRS\b)", r"multiple rocket",
                         r"\bGrad\b", r"HIMARS")
MISSILE_WORDS = _words(r"missiles?", r"Iskander", r"Kalibr", r"Kh-\d+", r"Kinzhal", r"ATACMS", r"Storm Shadow",
                       r"Neptune", r"Tochka")
WEAPON_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Shahed-type drone", _words(r"Shahed", r"Geran")),
    ("Lancet", _words(r"Lancet")),
    ("FPV drone", _words(r"\bFPV\b")),
    ("naval drone", NAVAL_DRONE_WORDS),
    ("Iskander", _words(r"Iskander")),
    ("Kalibr", _words(r"Kalibr")),
    ("Kinzhal", _words(r"Kinzhal")),
    ("Kh-101", _words(r"Kh-101")),
    ("ATACMS", _words(r"ATACMS")),
    ("Storm Shadow", _words(r"Storm Shadow")),
    ("Neptune", _words(r"Neptune")),
    ("HIMARS", _words(r"HIMARS")),
    ("guided aerial bomb", _words(r"(?-i:\bKABs?\b)", r"guided (?:aerial )?bombs?", r"glide bombs?")),
    ("multiple rocket launcher", _words(r"(?-i:\bMLRS\b)", r"multiple rocket", r"\bGrad\b", r"Uragan", r"Smerch")),
)
"""Named weapons and the words that name them; the first named in the text becomes the claim's ``weapon``."""


def find_weapon(text: str) -> str | None:
    """The weapon named first in a text, if any.

    >>> find_weapon("Russian forces launched Shahed drones and an Iskander-M missile.")
    'Shahed-type drone'
    """
    hits = [(match.start(), weapon) for weapon, pattern in WEAPON_WORDS if (match := pattern.search(text))]
    return min(hits)[1] if hits else None


def strike_kind(text: str, default: str) -> str:
    """The strike a text describes by its weapons: naval drone → ``strike.naval``; drones alone →
    ``strike.drone``; missiles alone → ``strike.missile``; drones and missiles → ``strike``; neither: ``default``."""
    if NAVAL_DRONE_WORDS.search(text):
        return "strike.naval"
    drone, missile = bool(DRONE_WORDS.search(text)), bool(MISSILE_WORDS.search(text))
    if drone and missile:
        return "strike"
    if drone:
        return "strike.drone"
    if missile:
        return "strike.missile"
    return default


COUNTRY_NAMES: dict[str, str] = {
    "russia": "RUS", "russia (soviet union)": "RUS", "ukraine": "UKR", "belarus": "BLR", "moldova": "MDA",
    "georgia": "GEO", "poland": "POL", "romania": "ROU", "united states": "USA", "united states of america": "USA",
}
"""Country names, as ACLED and UCDP write them, to ISO 3166-1 alpha-3 codes."""
