"""The reports and claims interchange (DESIGN §5): reading JSON Lines and CSV, writing JSON Lines.

Input is read as bytes, line by line, and every line is decoded as strict UTF-8, so that an error can name the file,
the physical line, the record id and the field, and say what was expected. Bad records either stop the read
(``on_error="raise"``) or are yielded, in order, as :class:`Rejected` (``on_error="collect"``) for the caller to
write to a reject file. The format itself is documented in ``docs/interchange.md``.
"""

from __future__ import annotations

import csv
import difflib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from ceasewatch.errors import ReportError
from ceasewatch.model.claim import Claim
from ceasewatch.model.report import Report
from ceasewatch.validation import expected_for, message_for

__all__ = ["CSV_COLUMNS", "Rejected", "read_claims", "read_reports", "write_jsonl"]

ReportFormat = Literal["auto", "jsonl", "csv"]
ClaimFormat = Literal["auto", "jsonl"]
OnError = Literal["raise", "collect"]

_REPORT_FORMATS: tuple[str, ...] = ("auto", "jsonl", "csv")
_CLAIM_FORMATS: tuple[str, ...] = ("auto", "jsonl")
_ON_ERROR: tuple[str, ...] = ("raise", "collect")
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
_CSV_SUFFIXES = frozenset({".csv"})
_SKIP_CHUNK = 1024 * 1024
_RAW_PREVIEW = 1024
_BOM = b"\xef\xbb\xbf"

_REPORT_COLUMNS: tuple[str, ...] = (
    "id",
    "published_at",
    "text",
    "title",
    "url",
    "language",
    "source.name",
    "source.affiliation",
    "source.party",
    "source.url",
)
_CLAIM_COLUMNS: tuple[str, ...] = (
    "claim.time.earliest",
    "claim.time.latest",
    "claim.time.precision",
    "claim.time.tz",
    "claim.place.name",
    "claim.place.lat",
    "claim.place.lon",
    "claim.place.radius_km",
    "claim.place.precision",
    "claim.place.admin1",
    "claim.place.country",
    "claim.place.zone",
    "claim.target.category",
    "claim.target.facility_id",
    "claim.target.name",
    "claim.act",
    "claim.weapon",
    "claim.perpetrator",
    "claim.claimant",
    "claim.stance",
    "claim.confidence",
    "claim.evidence.start",
    "claim.evidence.end",
)
CSV_COLUMNS: tuple[str, ...] = _REPORT_COLUMNS + _CLAIM_COLUMNS
"""Every column a reports CSV may have, in documentation order."""
_REQUIRED_COLUMNS: tuple[str, ...] = ("id", "published_at", "source.name", "source.affiliation")

_M = TypeVar("_M", bound=BaseModel)


@dataclass(frozen=True)
class Rejected:
    """One bad record: where it starts, why it was rejected, and its text.

    ``raw`` is the record's physical line(s) without the line ending (for CSV, the row(s) without the header). Bytes
    that are not UTF-8 appear as ``\\xNN`` escapes, and a line over the size limit is cut to its first 1024 bytes.
    """

    line: int
    error: ReportError
    raw: str


# -- options and sources ----------------------------------------------------------------------------------------------


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{option} must be one of {', '.join(map(repr, choices))}, not {value!r}")


def _source_name(source: str | Path | IO[bytes], name: str | None) -> str:
    if name is not None:
        return name
    if isinstance(source, Path):
        return str(source)
    if isinstance(source, str):
        return "<stdin>" if source == "-" else source
    stream_name = getattr(source, "name", None)
    return stream_name if isinstance(stream_name, str) else "<stdin>"


def _suffix_format(source: str | Path | IO[bytes]) -> str | None:
    if (isinstance(source, str) and source == "-") or not isinstance(source, str | Path):
        return None
    suffix = Path(source).suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _CSV_SUFFIXES:
        return "csv"
    return None


def _open(source: str | Path | IO[bytes], name: str) -> tuple[IO[bytes], bool]:
    """The byte stream to read, and whether this module opened it (and must close it)."""
    if isinstance(source, str) and source == "-":
        return sys.stdin.buffer, False
    if isinstance(source, str | Path):
        try:
            return open(source, "rb"), True  # closed by the reader's finally
        except OSError as exc:
            raise ReportError(f"cannot open the file: {exc.strerror or exc}", file=name) from exc
    return source, False


# -- lines ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """One physical line: its number, its text (line ending kept) or the error that stops it being read."""

    number: int
    text: str
    error: ReportError | None = None
    raw: str | None = None

    @property
    def blank(self) -> bool:
        return self.error is None and (not self.text or self.text.isspace())


def _lines(stream: IO[bytes], file: str, max_line_bytes: int) -> Iterator[_Line]:
    """The physical lines of ``stream``, decoded as strict UTF-8; lines over ``max_line_bytes`` are not kept whole."""
    number = 0
    while True:
        data = stream.readline(max_line_bytes + 2)  # room for the content and a CRLF
        if not data:
            return
        number += 1
        if number == 1 and data.startswith(_BOM):
            data = data[len(_BOM) :]
        size = len(data)
        while size and data[size - 1] in b"\r\n":
            size -= 1
        if size > max_line_bytes:
            yield _too_long(stream, data, number, file, max_line_bytes)
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            error = ReportError(
                f"byte {exc.start} of the line (0x{data[exc.start]:02x}) is not valid UTF-8",
                file=file,
                line=number,
                expected="UTF-8 text",
            )
            error.__cause__ = exc
            yield _Line(number, "\n", error, data.decode("utf-8", errors="backslashreplace").rstrip("\r\n"))
            continue
        yield _Line(number, text)


def _too_long(stream: IO[bytes], data: bytes, number: int, file: str, max_line_bytes: int) -> _Line:
    """Skip the rest of an over-long line, chunk by chunk, counting its size; keep only a preview of its start."""
    preview = data[:_RAW_PREVIEW].decode("utf-8", errors="backslashreplace")
    size = len(data)
    while not data.endswith(b"\n"):
        data = stream.readline(_SKIP_CHUNK)
        if not data:
            break
        size += len(data)
    size -= len(data) - len(data.rstrip(b"\r\n"))
    error = ReportError(
        f"the line is {size:,} bytes long, over the limit of {max_line_bytes:,} bytes",
        file=file,
        line=number,
        expected=f"lines of at most {max_line_bytes:,} bytes",
    )
    return _Line(number, "\n", error, preview)


def _sniff(lines: Iterator[_Line]) -> tuple[str, Iterator[_Line]]:
    """The format from the first non-blank byte ('{' or '[': JSON Lines, else CSV), and the lines, none lost."""
    seen: list[_Line] = []
    found = "jsonl"
    for line in lines:
        seen.append(line)
        first = _first_char(line)
        if first:
            found = "jsonl" if first in "{[" else "csv"
            break
    return found, _chain(seen, lines)


def _first_char(line: _Line) -> str:
    if line.error is not None:
        return ""
    return next((char for char in line.text if not char.isspace()), "")


def _chain(first: list[_Line], rest: Iterator[_Line]) -> Iterator[_Line]:
    yield from first
    yield from rest


def _record_id(obj: object) -> str | None:
    if isinstance(obj, dict):
        value = obj.get("id")
        if isinstance(value, str) and value:
            return value
    return None


def _validation_error(
    exc: ValidationError, *, file: str, record: str | None, locate: Callable[[tuple[Any, ...]], tuple[int, str | None]]
) -> ReportError:
    errors = exc.errors()
    first = errors[0]
    line, field = locate(tuple(first["loc"]))
    message = message_for(first)
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more error{'s' if len(errors) > 2 else ''} in this record)"
    error = ReportError(message, file=file, line=line, record=record, field=field, expected=expected_for(first))
    error.__cause__ = exc
    return error


def _dotted(loc: tuple[Any, ...]) -> str | None:
    return ".".join(str(part) for part in loc) or None


# -- JSON Lines -------------------------------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_constant(name: str) -> Any:
    raise _ConstantError(name)


class _ConstantError(ValueError):
    pass


def _jsonl(lines: Iterator[_Line], model: type[_M], file: str, what: str) -> Iterator[_M | Rejected]:
    for line in lines:
        if line.error is not None:
            yield Rejected(line.number, line.error, line.raw or "")
            continue
        if line.blank:
            continue
        try:
            yield _parse_json_record(line.text, line.number, model, file, what)
        except ReportError as error:
            yield Rejected(line.number, error, line.text.rstrip("\r\n"))


def _parse_json_record(raw: str, number: int, model: type[_M], file: str, what: str) -> _M:
    try:
        obj = json.loads(raw, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ReportError(
            f"invalid JSON: {exc.msg} at column {exc.colno}", file=file, line=number,
            expected=f"one JSON object ({what}) per line",
        ) from exc
    except _DuplicateKeyError as exc:
        raise ReportError(
            f"the key '{exc.key}' appears twice in one object", file=file, line=number, expected="unique keys"
        ) from exc
    except _ConstantError as exc:
        raise ReportError(
            f"invalid JSON: {exc} is not a JSON number", file=file, line=number, expected="a finite number"
        ) from exc
    if not isinstance(obj, dict):
        raise ReportError(
            f"the line holds a JSON {type(obj).__name__}, not an object", file=file, line=number,
            expected=f"one JSON object ({what}) per line",
        )
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        raise _validation_error(
            exc, file=file, record=_record_id(obj), locate=lambda loc: (number, _dotted(loc))
        ) from exc


# -- CSV --------------------------------------------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    raw: str
    values: dict[str, str]


class _Feed:
    """Feeds decoded lines to :mod:`csv`, remembering the lines (and line errors) of the record being read."""

    def __init__(self, lines: Iterator[_Line]) -> None:
        self._lines = lines
        self.taken: list[_Line] = []

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            self.taken.append(line)
            yield line.text

    def take(self) -> list[_Line]:
        taken, self.taken = self.taken, []
        return taken


def _raw(lines: list[_Line]) -> str:
    return "\n".join(line.raw if line.raw is not None else line.text.rstrip("\r\n") for line in lines)


def _csv(lines: Iterator[_Line], file: str) -> Iterator[Report | Rejected]:
    feed = _Feed(lines)
    reader = csv.reader(feed, strict=True)
    header = _csv_header(reader, feed, file)
    if not header:
        return
    group: list[_Row] = []
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
            if group:
                yield _csv_report(group, file)
                group = []
            yield Rejected(number, error, _raw(taken))
            continue
        row = _Row(number, _raw(taken), {col: cell for col, cell in zip(header, cells, strict=True) if cell.strip()})
        if group and row.values.get("id") != group[0].values.get("id"):
            yield _csv_report(group, file)
            group = []
        group.append(row)
    if group:
        yield _csv_report(group, file)


def _csv_header(reader: Iterator[list[str]], feed: _Feed, file: str) -> list[str]:
    """The header: the first non-blank row, checked; empty when the input is."""
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
    header, number = [cell.strip() for cell in cells], taken[0].number
    accepted = ", ".join(CSV_COLUMNS)
    for column in header:
        if column not in CSV_COLUMNS:
            close = difflib.get_close_matches(column, CSV_COLUMNS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ReportError(
                f"unknown column '{column}'{hint}",
                file=file,
                line=number,
                field=column,
                expected=f"columns among {accepted}",
            )
    duplicates = sorted({column for column in header if header.count(column) > 1})
    if duplicates:
        raise ReportError(f"the column '{duplicates[0]}' appears twice", file=file, line=number, field=duplicates[0])
    missing = [column for column in _REQUIRED_COLUMNS if column not in header]
    if missing:
        raise ReportError(
            f"the header lacks the column(s) {', '.join(missing)}", file=file, line=number,
            expected=f"at least the columns {', '.join(_REQUIRED_COLUMNS)}",
        )
    return header


def _nest(values: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for column, value in values.items():
        *parents, leaf = column.split(".")
        node = result
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return result


def _csv_report(rows: list[_Row], file: str) -> Report | Rejected:
    """One report from consecutive rows with the same id: report columns from the first row, one claim per row."""
    first = rows[0]
    report_values = {column: value for column, value in first.values.items() if not column.startswith("claim.")}
    claims: list[dict[str, Any]] = []
    claim_lines: list[int] = []
    raw = "\n".join(row.raw for row in rows)
    for row in rows:
        for column, value in row.values.items():
            if not column.startswith("claim.") and report_values.get(column) != value:
                error = ReportError(
                    f"a row that continues report '{first.values.get('id')}' (line {first.line}) gives another "
                    f"{column}", file=file, line=row.line, record=first.values.get("id"), field=column,
                    expected=f"the same value as line {first.line}, or an empty cell",
                )
                return Rejected(first.line, error, raw)
        claim = {column.removeprefix("claim."): value for column, value in row.values.items()
                 if column.startswith("claim.")}
        if claim:
            claims.append(_nest(claim))
            claim_lines.append(row.line)
    obj = _nest(report_values)
    if claims:
        obj["claims"] = claims

    def locate(loc: tuple[Any, ...]) -> tuple[int, str | None]:
        if len(loc) >= 2 and loc[0] == "claims" and isinstance(loc[1], int) and loc[1] < len(claim_lines):
            return claim_lines[loc[1]], _dotted(("claim", *loc[2:]))
        return first.line, _dotted(loc)

    try:
        return Report.model_validate(obj)
    except ValidationError as exc:
        return Rejected(first.line, _validation_error(exc, file=file, record=_record_id(obj), locate=locate), raw)


# -- public API -------------------------------------------------------------------------------------------------------


def _read(
    source: str | Path | IO[bytes],
    file: str,
    fmt: str,
    on_error: str,
    max_line_bytes: int,
    parse: Callable[[Iterator[_Line], str], Iterator[_M | Rejected]],
) -> Iterator[_M | Rejected]:
    stream, owned = _open(source, file)
    try:
        lines = _lines(stream, file, max_line_bytes)
        if fmt == "auto":
            fmt, lines = _sniff(lines)
        for item in parse(lines, fmt):
            if isinstance(item, Rejected) and on_error == "raise":
                raise item.error
            yield item
    finally:
        if owned:
            stream.close()


def _check_options(fmt: str, formats: tuple[str, ...], on_error: str, max_line_bytes: int) -> None:
    _check_choice("format", fmt, formats)
    _check_choice("on_error", on_error, _ON_ERROR)
    if max_line_bytes < 1:
        raise ValueError(f"max_line_bytes must be at least 1, not {max_line_bytes}")


def read_reports(
    source: str | Path | IO[bytes],
    *,
    format: ReportFormat = "auto",
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = 8 * 1024 * 1024,
) -> Iterator[Report | Rejected]:
    """The reports of a JSON Lines or CSV file, a binary stream, or stdin (``"-"``), in file order.

    ``format="auto"`` goes by the file suffix (``.jsonl``, ``.ndjson``, ``.json``; ``.csv``), else by the first
    non-blank byte (``{``: JSON Lines; anything else: CSV). ``name`` is the file name used in errors (by default the
    path, or ``<stdin>``). A bad record raises :class:`~ceasewatch.errors.ReportError` (``on_error="raise"``) or is
    yielded as :class:`Rejected` (``on_error="collect"``); a bad CSV header always raises. Options are checked when
    the function is called; the file is opened when the iterator is first advanced.
    """
    _check_options(format, _REPORT_FORMATS, on_error, max_line_bytes)
    file = _source_name(source, name)
    fmt = _suffix_format(source) if format == "auto" else format

    def parse(lines: Iterator[_Line], chosen: str) -> Iterator[Report | Rejected]:
        if chosen == "csv":
            return _csv(lines, file)
        return _jsonl(lines, Report, file, "a report")

    return _read(source, file, fmt or "auto", on_error, max_line_bytes, parse)


def read_claims(
    source: str | Path | IO[bytes],
    *,
    format: ClaimFormat = "auto",
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = 8 * 1024 * 1024,
) -> Iterator[Claim | Rejected]:
    """The claims of a claims JSON Lines file (the output objects of DESIGN §5), a binary stream, or stdin (``"-"``).

    Claims are only exchanged as JSON Lines: ``format="auto"`` accepts any file name, and a ``.csv`` file is an error.
    Errors, ``name``, ``on_error`` and ``max_line_bytes`` work as in :func:`read_reports`.
    """
    _check_options(format, _CLAIM_FORMATS, on_error, max_line_bytes)
    file = _source_name(source, name)
    if format == "auto" and _suffix_format(source) == "csv":
        raise ReportError("claims are read from JSON Lines, not CSV", file=file, expected="a .jsonl file")

    def parse(lines: Iterator[_Line], chosen: str) -> Iterator[Claim | Rejected]:
        return _jsonl(lines, Claim, file, "a claim")

    return _read(source, file, "jsonl", on_error, max_line_bytes, parse)


def write_jsonl(items: Iterable[BaseModel], out: IO[str]) -> int:
    """Write each model as one compact JSON object per line (keys in model order, non-ASCII kept); return the count.

    The output is deterministic: the same models give the same bytes. Times are written in UTC (``...Z``).
    """
    count = 0
    for item in items:
        out.write(item.model_dump_json())
        out.write("\n")
        count += 1
    return count
