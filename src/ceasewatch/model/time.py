"""When something happened: an interval with a precision, in UTC, with the original time zone kept."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import model_validator

from ceasewatch.model.common import Instant, StrictModel

__all__ = ["TimeInterval", "TimePrecision", "zone_of"]

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
        zone_of(self.tz)
        if self.latest < self.earliest:
            raise ValueError(f"latest ({self.latest.isoformat()}) is before earliest ({self.earliest.isoformat()})")
        return self

    def local_day(self) -> date:
        """The day on which the interval begins, in the time zone the source spoke in."""
        return self.earliest.astimezone(zone_of(self.tz)).date()

    def utc_offset(self) -> timedelta:
        """The source's offset from UTC at the interval's start."""
        offset = self.earliest.astimezone(zone_of(self.tz)).utcoffset()
        return offset if offset is not None else timedelta(0)

    @classmethod
    def at(cls, moment: datetime, precision: TimePrecision = "minute", tz: str = "UTC") -> TimeInterval:
        """A point in time, as a degenerate interval."""
        return cls(earliest=moment, latest=moment, precision=precision, tz=tz)


_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


def zone_of(name: str) -> tzinfo:
    """The time zone named by an IANA name (``Europe/Kyiv``), ``UTC``/``Z``, or an offset (``+03:00``)."""
    if name in ("UTC", "Z"):
        return UTC
    match = _OFFSET.match(name)
    if match:
        sign, hours, minutes = match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone '{name}'") from exc
