"""Small shared types: party codes, time-zone-aware instants, the strict base model."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field

__all__ = ["Instant", "PartyCode", "StrictModel", "to_utc"]


class StrictModel(BaseModel):
    """Base of every model: unknown fields are errors, values are immutable once validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)


PartyCode = Annotated[
    str,
    Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 country code, e.g. RUS, UKR, USA"),
]
"""A party, as an ISO 3166-1 alpha-3 code."""


def to_utc(value: datetime) -> datetime:
    """The same instant in UTC (the value must carry a time zone)."""
    return value.astimezone(UTC)


def _not_a_number(value: object) -> object:
    """Refuse numbers, which pydantic would otherwise read as seconds since 1970: ``2025`` is not a time."""
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().lstrip("-").isdigit()):
        raise ValueError(f"{value!r} is a number, not a time; give an ISO 8601 time with a time zone")
    return value


Instant = Annotated[AwareDatetime, BeforeValidator(_not_a_number), AfterValidator(to_utc)]
"""An instant with a time zone, stored in UTC. A time without a time zone, or a bare number, is an error."""
