"""The reports and claims interchange (DESIGN §5): reading JSON Lines and CSV, writing JSON Lines.

This module knows our own formats: the JSON Lines of reports and of claims, and the reports CSV (one row per claim,
consecutive rows with the same ``id`` making one report). Reading line by line, the size limit, strict UTF-8 and
:class:`Rejected` come from :mod:`~ceasewatch.sources._lines`, and CSV records from :mod:`~ceasewatch.sources._table`;
so every error names the file, the physical line, the record id and the field, and says what was expected. Bad
records either stop the read (``on_error="raise"``) or are yielded, in order, as :class:`Rejected`
(``on_error="collect"``) for the caller to write to a reject file. The format itself is documented in
``docs/interchange.md``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from ceasewatch.errors import ReportError
from ceasewatch.model.claim import Claim
from ceasewatch.model.incident import Incident
from ceasewatch.model.report import Report
from ceasewatch.sources._lines import (
    DEFAULT_MAX_LINE_BYTES,
    Line,
    OnError,
    Rejected,
    check_options,
    dotted,
    peek,
    read,
    source_name,
    validation_error,
)
from ceasewatch.sources._table import CsvReader

__all__ = ["CSV_COLUMNS", "Rejected", "read_claims", "read_incidents", "read_reports", "write_jsonl"]

ReportFormat = Literal["auto", "jsonl", "csv"]
ClaimFormat = Literal["auto", "jsonl"]

_REPORT_FORMATS: tuple[str, ...] = ("auto", "jsonl", "csv")
_CLAIM_FORMATS: tuple[str, ...] = ("auto", "jsonl")
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
_CSV_SUFFIXES = frozenset({".csv"})

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


# -- choosing the format ----------------------------------------------------------------------------------------------


def _suffix_format(source: str | Path | IO[bytes]) -> str | None:
    if (isinstance(source, str) and source == "-") or not isinstance(source, str | Path):
        return None
    suffix = Path(source).suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _CSV_SUFFIXES:
        return "csv"
    return None


def _sniff(lines: Iterator[Line]) -> tuple[str, Iterator[Line]]:
    """The format from the first non-blank byte ('{' or '[': JSON Lines, else CSV), and the lines, none lost."""
    first, lines = peek(lines, lambda line: line.error is None and not line.blank)
    return ("jsonl" if first is None or first.text.lstrip()[0] in "{[" else "csv"), lines


# -- JSON Lines -------------------------------------------------------------------------------------------------------


def _record_id(obj: object) -> str | None:
    """The record's ``id``, for errors, when it has one."""
    if isinstance(obj, dict):
        value = obj.get("id")
        if isinstance(value, str) and value:
            return value
    return None


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


def parse_jsonl(lines: Iterator[Line], model: type[_M], file: str, what: str) -> Iterator[_M | Rejected]:
    """The records of JSON Lines, one object per line, each validated as ``model`` (``what`` names it in errors)."""
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
            f"invalid JSON: {exc.msg} at column {exc.colno}",
            file=file,
            line=number,
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
            f"the line holds a JSON {type(obj).__name__}, not an object",
            file=file,
            line=number,
            expected=f"one JSON object ({what}) per line",
        )
    try:
        return model.model_validate(obj)
    except ValidationError as exc:
        raise validation_error(
            exc, file=file, record=_record_id(obj), locate=lambda loc: (number, dotted(loc))
        ) from exc


# -- CSV --------------------------------------------------------------------------------------------------------------


@dataclass
class _Row:
    line: int
    raw: str
    values: dict[str, str]


def parse_csv(lines: Iterator[Line], file: str) -> Iterator[Report | Rejected]:
    """The reports of a reports CSV: consecutive rows with the same ``id`` make one report, one claim per row."""
    reader = CsvReader(lines, file)
    header = _csv_header(reader)
    if not header:
        return
    group: list[_Row] = []
    for record in reader.records(len(header)):
        if isinstance(record, Rejected):
            if group:
                yield _csv_report(group, file)
                group = []
            yield record
            continue
        row = _Row(
            record.line, record.raw, {col: cell for col, cell in zip(header, record.cells, strict=True) if cell.strip()}
        )
        if group and row.values.get("id") != group[0].values.get("id"):
            yield _csv_report(group, file)
            group = []
        group.append(row)
    if group:
        yield _csv_report(group, file)


def _csv_header(reader: CsvReader) -> list[str]:
    """The header: the first non-blank row, checked; empty when the input is."""
    first = reader.header()
    if first is None:
        return []
    header, number, file = first.cells, first.line, reader.file
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
            f"the header lacks the column(s) {', '.join(missing)}",
            file=file,
            line=number,
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
                    f"{column}",
                    file=file,
                    line=row.line,
                    record=first.values.get("id"),
                    field=column,
                    expected=f"the same value as line {first.line}, or an empty cell",
                )
                return Rejected(first.line, error, raw)
        claim = {
            column.removeprefix("claim."): value for column, value in row.values.items() if column.startswith("claim.")
        }
        if claim:
            claims.append(_nest(claim))
            claim_lines.append(row.line)
    obj = _nest(report_values)
    if claims:
        obj["claims"] = claims

    def locate(loc: tuple[Any, ...]) -> tuple[int, str | None]:
        if len(loc) >= 2 and loc[0] == "claims" and isinstance(loc[1], int) and loc[1] < len(claim_lines):
            return claim_lines[loc[1]], dotted(("claim", *loc[2:]))
        return first.line, dotted(loc)

    try:
        return Report.model_validate(obj)
    except ValidationError as exc:
        return Rejected(first.line, validation_error(exc, file=file, record=_record_id(obj), locate=locate), raw)


# -- public API -------------------------------------------------------------------------------------------------------


def read_reports(
    source: str | Path | IO[bytes],
    *,
    format: ReportFormat = "auto",
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Report | Rejected]:
    """The reports of a JSON Lines or CSV file, a binary stream, or stdin (``"-"``), in file order.

    ``format="auto"`` goes by the file suffix (``.jsonl``, ``.ndjson``, ``.json``; ``.csv``), else by the first
    non-blank byte (``{``: JSON Lines; anything else: CSV). ``name`` is the file name used in errors (by default the
    path, or ``<stdin>``). A bad record raises :class:`~ceasewatch.errors.ReportError` (``on_error="raise"``) or is
    yielded as :class:`Rejected` (``on_error="collect"``); a bad CSV header always raises. Options are checked when
    the function is called; the file is opened when the iterator is first advanced.
    """
    check_options(format, _REPORT_FORMATS, on_error, max_line_bytes)
    file = source_name(source, name)
    fmt = (_suffix_format(source) or "auto") if format == "auto" else format

    def parse(lines: Iterator[Line]) -> Iterator[Report | Rejected]:
        chosen = fmt
        if chosen == "auto":
            chosen, lines = _sniff(lines)
        if chosen == "csv":
            return parse_csv(lines, file)
        return parse_jsonl(lines, Report, file, "a report")

    return read(source, file, on_error, max_line_bytes, parse)


def read_claims(
    source: str | Path | IO[bytes],
    *,
    format: ClaimFormat = "auto",
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Claim | Rejected]:
    """The claims of a claims JSON Lines file (the output objects of DESIGN §5), a binary stream, or stdin (``"-"``).

    Claims are only exchanged as JSON Lines: ``format="auto"`` accepts any file name, and a ``.csv`` file is an error.
    Errors, ``name``, ``on_error`` and ``max_line_bytes`` work as in :func:`read_reports`.
    """
    check_options(format, _CLAIM_FORMATS, on_error, max_line_bytes)
    file = source_name(source, name)
    if format == "auto" and _suffix_format(source) == "csv":
        raise ReportError("claims are read from JSON Lines, not CSV", file=file, expected="a .jsonl file")
    return read(source, file, on_error, max_line_bytes, lambda lines: parse_jsonl(lines, Claim, file, "a claim"))


def read_incidents(
    source: str | Path | IO[bytes],
    *,
    name: str | None = None,
    on_error: OnError = "raise",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> Iterator[Incident | Rejected]:
    """The incidents of a JSON Lines file (as ``ceasewatch resolve`` writes them), a binary stream, or stdin (``"-"``).

    Errors, ``name``, ``on_error`` and ``max_line_bytes`` work as in :func:`read_reports`.
    """
    check_options("jsonl", ("jsonl",), on_error, max_line_bytes)
    file = source_name(source, name)
    return read(source, file, on_error, max_line_bytes, lambda lines: parse_jsonl(lines, Incident, file, "an incident"))


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
