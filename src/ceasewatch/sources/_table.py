"""Reading CSV tables: the records of any CSV with their lines, and the structured-table reader of the adapters.

:class:`CsvReader` reads CSV records from decoded lines (:mod:`~ceasewatch.sources._lines`), keeping each record's
first line and raw text, and rejecting a row that is not valid CSV, not UTF-8, or of the wrong width; both the
reports CSV (:mod:`~ceasewatch.sources.interchange`) and :func:`read_table` are built on it.

The structured formats (ACLED, UCDP GED, NASA FIRMS) are each a :class:`TableFormat`: a header that names the
columns (in any order, any case, extra columns ignored), then one record per row. :func:`read_table` checks the
header and hands the rows, a batch at a time, to the adapter's :data:`Convert` function
(:mod:`~ceasewatch.sources.acled`, :mod:`~ceasewatch.sources.ucdp`, :mod:`~ceasewatch.sources.firms`), which reads
its cells through :class:`Row` and reports a bad one as a :class:`CellError`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from pydantic import ValidationError

from ceasewatch.errors import ReportError
from ceasewatch.model.report import Report
from ceasewatch.sources._lines import Line, Rejected, dotted, validation_error

_CHUNK_ROWS = 20_000


# -- CSV records ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One CSV record: its first physical line, its raw text (the line(s) without line endings), and its cells."""

    line: int
    raw: str
    cells: list[str]


class CsvReader:
    """The header, then the records, of a CSV read from decoded lines."""

    def __init__(self, lines: Iterator[Line], file: str) -> None:
        self._lines = lines
        self._taken: list[Line] = []
        self._reader = csv.reader(self._feed(), strict=True)
        self.file = file

    def _feed(self) -> Iterator[str]:
        """The lines' text for :mod:`csv`, remembering the lines (and line errors) of the record being read."""
        for line in self._lines:
            self._taken.append(line)
            yield line.text

    def _take(self) -> list[Line]:
        taken, self._taken = self._taken, []
        return taken

    def header(self) -> Record | None:
        """The first non-blank row, its cells stripped; ``None`` when the input is empty. A bad line raises."""
        while True:
            try:
                cells = next(self._reader)
            except StopIteration:
                return None
            except csv.Error as exc:
                taken = self._take()
                raise ReportError(
                    f"malformed CSV header: {exc}", file=self.file, line=taken[0].number if taken else 1
                ) from exc
            taken = self._take()
            line_error = next((line.error for line in taken if line.error is not None), None)
            if line_error is not None:
                raise line_error
            if any(cell.strip() for cell in cells):
                return Record(taken[0].number, _raw(taken), [cell.strip() for cell in cells])

    def records(self, width: int) -> Iterator[Record | Rejected]:
        """The non-blank rows after the header; a row that is not valid CSV, not UTF-8, or not of ``width`` cells is
        :class:`Rejected`."""
        while True:
            problem: str | None = None
            try:
                cells = next(self._reader)
            except StopIteration:
                return
            except csv.Error as exc:
                cells, problem = [], f"malformed CSV: {exc}"
            taken = self._take()
            number = taken[0].number if taken else 0
            error = next((line.error for line in taken if line.error is not None), None)
            if error is None and problem is None and not any(cell.strip() for cell in cells):
                continue
            if error is None and problem is None and len(cells) != width:
                problem = f"the row has {len(cells)} cells, the header has {width}"
            if error is None and problem is not None:
                error = ReportError(problem, file=self.file, line=number, expected=f"CSV rows of {width} cells")
            if error is not None:
                yield Rejected(number, error, _raw(taken))
            else:
                yield Record(number, _raw(taken), cells)


def _raw(lines: list[Line]) -> str:
    return "\n".join(line.raw if line.raw is not None else line.text.rstrip("\r\n") for line in lines)


# -- cells ------------------------------------------------------------------------------------------------------------


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
_MONTHS = {
    name: n
    for n, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
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
            month = _MONTHS.get(word) or next(
                (n for name, n in _MONTHS.items() if len(word) == 3 and name.startswith(word)), None
            )
            return date(int(match[3]), month, int(match[1])) if month else None
    except ValueError:
        return None
    return None


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
        error = ReportError(
            exc.message, file=file, line=row.line, record=record, field=exc.column, expected=exc.expected
        )
        error.__cause__ = exc
    else:
        error = validation_error(exc, file=file, record=record, locate=lambda loc: (row.line, dotted(loc)))
    return Rejected(row.line, error, row.raw)


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


def read_table(
    lines: Iterator[Line], file: str, fmt: TableFormat, convert: Convert
) -> Iterator[Report | Rejected | None]:
    """The records of a structured CSV, converted a batch of rows at a time, in file order.

    A bad header raises :class:`ReportError`; a row that is not valid CSV, not UTF-8, or has the wrong number of
    cells is yielded as :class:`Rejected`; ``None`` marks a row the adapter dropped.
    """
    reader = CsvReader(lines, file)
    header = _header(reader, fmt)
    if not header:
        return
    batch: list[Row] = []
    pending: list[Rejected] = []  # row-level rejections, kept in order with the batch

    def flush() -> Iterator[Report | Rejected | None]:
        nonlocal batch, pending
        converted = list(convert(batch, file)) if batch else []
        by_line: list[tuple[int, Report | Rejected | None]] = [
            (row.line, item) for row, item in zip(batch, converted, strict=True)
        ]
        by_line.extend((bad.line, bad) for bad in pending)
        by_line.sort(key=lambda pair: pair[0])
        batch, pending = [], []
        yield from (item for _, item in by_line)

    for record in reader.records(len(header)):
        if isinstance(record, Rejected):
            pending.append(record)
        else:
            batch.append(
                Row(
                    record.line, record.raw, {col: cell.strip() for col, cell in zip(header, record.cells, strict=True)}
                )
            )
        if len(batch) + len(pending) >= _CHUNK_ROWS:
            yield from flush()
    yield from flush()


def _header(reader: CsvReader, fmt: TableFormat) -> list[str]:
    """The header (lower case): the first non-blank row, checked for the format's columns; empty for empty input."""
    first = reader.header()
    if first is None:
        return []
    header, number, file = [cell.lower() for cell in first.cells], first.line, reader.file
    duplicates = sorted({column for column in header if column and header.count(column) > 1})
    if duplicates:
        raise ReportError(
            f"the column '{duplicates[0]}' appears twice",
            file=file,
            line=number,
            field=duplicates[0],
            expected="each column once",
        )
    expected = f"the {fmt.title} columns {', '.join(fmt.required)} (docs/sources.md)"
    missing = [column for column in fmt.required if column not in header]
    for group in fmt.one_of:
        if not set(group).intersection(header):
            missing.append(" or ".join(group))
            expected += f", and one of {', '.join(group)}"
    if missing:
        raise ReportError(
            f"the header lacks the column(s) {', '.join(missing)}",
            file=file,
            line=number,
            field=missing[0],
            expected=expected,
        )
    return header
