"""When something happened: an interval with a precision, in UTC, with the original time zone kept."""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Self

from pydantic import model_validator

from ceasewatch.model.common import Instant, StrictModel

__all__ = ["TimeInterval", "TimePrecision"]

TimePrecision = Literal["minute", "hour", "day", "night", "week", "month"]


class TimeInterval(StrictModel):
    """The time of an event as an interval ``[earliest, latest]``: the event happened somewhere inside it.

    ``tz`` keeps the time zone the source spoke in (an IANA name such as ``Europe/Moscow``, or an offset such as
    ``+03:00``), so that "the night of 19 March" can be shown as the source meant it.
    """

    earliest: Instant
    latest: Instant
    precision: TimePrecision
    tz: str = "UTC"

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.latest < self.earliest:
            raise ValueError(f"latest ({self.latest.isoformat()}) is before earliest ({self.earliest.isoformat()})")
        return self

    @classmethod
    def at(cls, moment: datetime, precision: TimePrecision = "minute", tz: str = "UTC") -> TimeInterval:
        """A point in time, as a degenerate interval."""
        return cls(earliest=moment, latest=moment, precision=precision, tz=tz)
