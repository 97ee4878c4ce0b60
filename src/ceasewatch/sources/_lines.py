"""Reading input line by line, for every reader of this package: the ground floor.

A source (a path, ``"-"`` for stdin, or a binary stream) is opened when a reader's iterator is first advanced and read
as bytes, one physical line at a time; each line is decoded as strict UTF-8 and held to a size limit, so that an error
can name the file and the line. A bad record becomes a :class:`Rejected` (its line, a located
:class:`~ceasewatch.errors.ReportError`, its raw text), which :func:`read` raises or yields by ``on_error``. Pydantic's
errors are turned into located ``ReportError``\\s by :func:`validation_error`. The formats themselves are read above
this module: :mod:`~ceasewatch.sources.interchange` and :mod:`~ceasewatch.sources._table`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

from pydantic import ValidationError

from ceasewatch.errors import ReportError
from ceasewatch.validation import expected_for, message_for

OnError = Literal["raise", "collect"]

DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024
_ON_ERROR: tuple[str, ...] = ("raise", "collect")
_SKIP_CHUNK = 1024 * 1024
_RAW_PREVIEW = 1024
_BOM = b"\xef\xbb\xbf"

_T = TypeVar("_T")


@dataclass(frozen=True)
class Rejected:
    """One bad record: where it starts, why it was rejected, and its text.

    ``raw`` is the record's physical line(s) without the line ending (for CSV, the row(s) without the header). Bytes
    that are not UTF-8 appear as ``\\xNN`` escapes, and a line over the size limit is cut to its first 1024 bytes.
    """

    line: int
    error: ReportError
    raw: str


# -- options ----------------------------------------------------------------------------------------------------------


def check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    """Raise :class:`ValueError`, listing the choices, unless ``value`` is one of them."""
    if value not in choices:
        raise ValueError(f"{option} must be one of {', '.join(map(repr, choices))}, not {value!r}")


def check_options(fmt: str, formats: tuple[str, ...], on_error: str, max_line_bytes: int) -> None:
    """Reject the options every reader takes, when the reader is called and before any input is read."""
    check_choice("format", fmt, formats)
    check_choice("on_error", on_error, _ON_ERROR)
    if max_line_bytes < 1:
        raise ValueError(f"max_line_bytes must be at least 1, not {max_line_bytes}")


# -- sources ----------------------------------------------------------------------------------------------------------


def source_name(source: str | Path | IO[bytes], name: str | None) -> str:
    """The file name errors give: ``name`` if given, else the path, the stream's name, or ``<stdin>``."""
    if name is not None:
        return name
    if isinstance(source, Path):
        return str(source)
    if isinstance(source, str):
        return "<stdin>" if source == "-" else source
    stream_name = getattr(source, "name", None)
    return stream_name if isinstance(stream_name, str) else "<stdin>"


@contextmanager
def opened(source: str | Path | IO[bytes], file: str) -> Iterator[IO[bytes]]:
    """The byte stream to read: a path opened (and closed on leaving), stdin for ``"-"``, or the stream itself."""
    if isinstance(source, str) and source == "-":
        yield sys.stdin.buffer
    elif isinstance(source, str | Path):
        try:
            stream = open(source, "rb")  # noqa: SIM115 - closed below; only the opening may raise OSError here
        except OSError as exc:
            raise ReportError(f"cannot open the file: {exc.strerror or exc}", file=file) from exc
        try:
            yield stream
        finally:
            stream.close()
    else:
        yield source


def read(
    source: str | Path | IO[bytes],
    file: str,
    on_error: str,
    max_line_bytes: int,
    parse: Callable[[Iterator[Line]], Iterator[_T | Rejected]],
) -> Iterator[_T | Rejected]:
    """The records ``parse`` finds in the lines of ``source``; the first :class:`Rejected` raises its error when
    ``on_error="raise"``. The source is opened when the iterator is first advanced, and closed when it is done."""
    with opened(source, file) as stream:
        for item in parse(read_lines(stream, file, max_line_bytes)):
            if isinstance(item, Rejected) and on_error == "raise":
                raise item.error
            yield item


# -- lines ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One physical line: its number, its text (line ending kept) or the error that stops it being read."""

    number: int
    text: str
    error: ReportError | None = None
    raw: str | None = None

    @property
    def blank(self) -> bool:
        return self.error is None and (not self.text or self.text.isspace())


def read_lines(stream: IO[bytes], file: str, max_line_bytes: int) -> Iterator[Line]:
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
            yield Line(number, "\n", error, data.decode("utf-8", errors="backslashreplace").rstrip("\r\n"))
            continue
        yield Line(number, text)


def _too_long(stream: IO[bytes], data: bytes, number: int, file: str, max_line_bytes: int) -> Line:
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
    return Line(number, "\n", error, preview)


def peek(lines: Iterator[Line], until: Callable[[Line], bool]) -> tuple[Line | None, Iterator[Line]]:
    """The first line for which ``until`` holds (``None`` if there is none), and all the lines, none lost."""
    seen: list[Line] = []
    for line in lines:
        seen.append(line)
        if until(line):
            return line, _chain(seen, lines)
    return None, iter(seen)


def _chain(first: list[Line], rest: Iterator[Line]) -> Iterator[Line]:
    yield from first
    yield from rest


# -- errors -----------------------------------------------------------------------------------------------------------


def validation_error(
    exc: ValidationError, *, file: str, record: str | None, locate: Callable[[tuple[Any, ...]], tuple[int, str | None]]
) -> ReportError:
    """Pydantic's first error as a :class:`ReportError`; ``locate`` turns its location into a line and a field."""
    errors = exc.errors()
    first = errors[0]
    line, field = locate(tuple(first["loc"]))
    message = message_for(first)
    if len(errors) > 1:
        message += f" (and {len(errors) - 1} more error{'s' if len(errors) > 2 else ''} in this record)"
    error = ReportError(message, file=file, line=line, record=record, field=field, expected=expected_for(first))
    error.__cause__ = exc
    return error


def dotted(loc: tuple[Any, ...]) -> str | None:
    """A pydantic location as a dotted field name (``claims.0.time``); ``None`` for the record itself."""
    return ".".join(str(part) for part in loc) or None
