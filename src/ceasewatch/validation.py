"""Pydantic validation errors in words: the field as a dotted path, what went wrong, and what was expected.

Shared by every reader of user input (agreement files, report and claim lines), so that the same mistake gets the
same message wherever it is made.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from ceasewatch.model.taxonomy import ACTS, CATEGORIES

__all__ = ["clean_loc", "dotted", "expected_for", "first_error", "message_for", "more_errors"]

_EXPECTED: dict[str, str] = {
    "missing": "a value (the field is required)",
    "timezone_aware": "a time zone, e.g. 2025-03-19T10:00:00+03:00 or 2025-03-19T07:00:00Z",
    "timezone_naive": "a time without a time zone",
    "datetime_parsing": "an ISO 8601 date and time with a time zone, e.g. 2025-03-19T10:00:00+03:00",
    "datetime_from_date_parsing": "an ISO 8601 date and time with a time zone, e.g. 2025-03-19T10:00:00+03:00",
    "datetime_type": "an ISO 8601 date and time with a time zone, e.g. 2025-03-19T10:00:00+03:00",
    "time_delta_parsing": "an ISO 8601 duration, e.g. P30D",
    "duration_parsing": "an ISO 8601 duration, e.g. P30D",
    "string_type": "text",
    "float_parsing": "a number",
    "float_type": "a number",
    "finite_number": "a finite number",
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
    "model_type": "an object (a mapping)",
    "model_attributes_type": "an object (a mapping)",
    "dict_type": "an object (a mapping)",
    "tuple_type": "a list",
    "list_type": "a list",
    "too_short": "a non-empty list",
    "extra_forbidden": "only the documented fields (check the spelling)",
}
_PATTERNS: dict[str, str] = {
    "^[A-Z]{3}$": "an ISO 3166-1 alpha-3 code in capitals, e.g. RUS, UKR, USA",
    "^[a-z]{2,3}$": "an ISO 639 language code in lower case, e.g. en, uk, ru",
    "^https?://": "a web address starting with http:// or https://",
    r"^\d{4}-\d{2}-\d{2}$": "a date as YYYY-MM-DD",
}
_BOUNDS = {
    "greater_than_equal": "at least",
    "greater_than": "more than",
    "less_than_equal": "at most",
    "less_than": "less than",
}


def dotted(loc: tuple[str | int, ...]) -> str:
    """A pydantic location as a dotted path: ``('readings', 0, 'window')`` → ``readings.0.window``."""
    return ".".join(str(part) for part in loc)


def clean_loc(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """A location without pydantic's internal tags (union branch names, function validators)."""
    return tuple(part for part in loc if not (isinstance(part, str) and ("[" in part or part.startswith("function-"))))


def first_error(exc: ValidationError) -> ErrorDetails:
    """The error to report first: in field order, and within one field the most deeply located one (so that the
    branches of a union collapse to the specific field that failed)."""
    errors = exc.errors(include_url=False)
    head = errors[0]["loc"][:1]
    same_field = [e for e in errors if e["loc"][:1] == head]
    return max(same_field, key=lambda e: (len(e["loc"]), -same_field.index(e)))


def more_errors(exc: ValidationError) -> str:
    """`` (and N more errors)`` when a record has several, for the end of a message; empty otherwise."""
    extra = exc.error_count() - 1
    return f" (and {extra} more error{'s' if extra > 1 else ''} in this record)" if extra > 0 else ""


def expected_for(error: ErrorDetails | dict[str, Any]) -> str | None:
    """What the field should have held, in words, for one pydantic error."""
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind in ("literal_error", "enum"):
        return f"one of {ctx.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        return _PATTERNS.get(pattern, f"text matching the pattern {pattern}")
    if kind == "string_too_short":
        return f"text of at least {ctx.get('min_length')} character(s)"
    if kind == "string_too_long":
        return f"text of at most {ctx.get('max_length')} character(s)"
    if kind in _BOUNDS:
        return f"a number {_BOUNDS[kind]} {next(iter(ctx.values()), '')}"
    if kind == "value_error":
        message = str(error["msg"])
        if "unknown target category" in message:
            return _taxonomy_hint("a target category id", error.get("input"), CATEGORIES)
        if "unknown act" in message:
            return _taxonomy_hint("an act id", error.get("input"), ACTS)
    return _EXPECTED.get(kind)


def message_for(error: ErrorDetails | dict[str, Any]) -> str:
    """What went wrong, in words, with the offending value where it is short enough to show."""
    message = str(error["msg"])
    if error["type"] == "value_error":
        return message.removeprefix("Value error, ")
    if error["type"] == "missing":
        return "field required"
    shown = error.get("input")
    if isinstance(shown, str | int | float | bool) or shown is None:
        text = repr(shown)
        message += f"; got {text[:80]}{'…' if len(text) > 80 else ''}"
    return message


def _taxonomy_hint(what: str, value: object, terms: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(value), list(terms), n=3) if isinstance(value, str) else []
    hint = f"{what} from the taxonomy (docs/taxonomy.md)"
    return f"{hint}; did you mean {' or '.join(close)}?" if close else hint
