"""Turn pydantic validation errors into readable messages: the field as a dotted path and what was expected."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails

__all__ = ["clean_loc", "dotted", "expected_for", "first_error"]

_EXPECTED: dict[str, str] = {
    "missing": "a value (the field is required)",
    "extra_forbidden": "no such field (check the spelling)",
    "timezone_aware": "a time with a time zone, e.g. 2025-03-18T00:00:00+03:00",
    "datetime_parsing": "an ISO 8601 time with a time zone, e.g. 2025-03-18T00:00:00+03:00",
    "datetime_from_date_parsing": "an ISO 8601 time with a time zone, e.g. 2025-03-18T00:00:00+03:00",
    "datetime_type": "an ISO 8601 time with a time zone",
    "time_delta_parsing": "an ISO 8601 duration, e.g. P30D",
    "string_type": "text",
    "string_too_short": "non-empty text",
    "string_pattern_mismatch": "text of the documented form",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "tuple_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "too_short": "a non-empty list",
    "greater_than_equal": "a larger number",
    "less_than_equal": "a smaller number",
}


def dotted(loc: tuple[str | int, ...]) -> str:
    """A pydantic location as a dotted path: ``('readings', 0, 'window')`` → ``readings.0.window``."""
    return ".".join(str(part) for part in loc)


def expected_for(error: ErrorDetails) -> str | None:
    """What the field should have held, in words, for one pydantic error."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind in ("literal_error", "enum"):
        return f"one of {ctx.get('expected', '')}".strip()
    if kind == "string_pattern_mismatch" and "pattern" in ctx:
        return f"text matching {ctx['pattern']}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next((str(v) for k, v in ctx.items() if k in ("ge", "le", "gt", "lt")), "")
        words = {"greater_than_equal": "at least", "less_than_equal": "at most", "greater_than": "more than",
                 "less_than": "less than"}[kind]
        return f"a number {words} {bound}"
    return _EXPECTED.get(kind)


def first_error(exc: ValidationError) -> ErrorDetails:
    """The first error of a validation failure, with union branches collapsed to the most specific location."""
    errors = exc.errors(include_url=False)
    return max(errors, key=lambda e: (len(e["loc"]), -errors.index(e)))


def clean_loc(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    """A location without pydantic's internal tags (union branch names, function validators)."""
    return tuple(part for part in loc if not (isinstance(part, str) and ("[" in part or part.startswith("function-"))))
