"""Where something happened: a point with a radius and a precision, or a named area."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from ceasewatch.model.common import StrictModel

__all__ = ["Place", "PlacePrecision"]

PlacePrecision = Literal["exact", "facility", "settlement", "district", "admin1", "country", "area", "unknown"]


class Place(StrictModel):
    """A place: ``lat``/``lon`` with ``radius_km`` (the true place lies within that distance), or a named area.

    A place with no coordinates must name something (``name``, ``admin1`` or ``zone``); it cannot be judged against
    a zone until it is geocoded, and adjudication says so.
    """

    name: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    radius_km: float = Field(default=0.0, ge=0)
    precision: PlacePrecision = "unknown"
    admin1: str | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    zone: str | None = Field(default=None, description="a named zone or area, e.g. black-sea")

    @model_validator(mode="after")
    def _point_or_name(self) -> Self:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon must be given together")
        if self.lat is None and not (self.name or self.admin1 or self.zone or self.country):
            raise ValueError("a place needs lat/lon or a name, admin1, country or zone")
        return self

    @property
    def has_point(self) -> bool:
        """Whether the place has coordinates."""
        return self.lat is not None and self.lon is not None
