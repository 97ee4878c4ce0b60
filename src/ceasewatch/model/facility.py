"""Facilities: the energy sites (and others) that claims name and sensors see, with their names in three languages."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ceasewatch.model.common import PartyCode, StrictModel
from ceasewatch.model.taxonomy import CategoryId

__all__ = ["Facility"]


class Facility(StrictModel):
    """One facility of the registry: what it is, where it is, what it is called, and where the record comes from.

    ``lat``/``lon`` is a representative point; ``geometry`` (GeoJSON, lon/lat) is the full shape where it is a line
    (a pipeline, a power line) or a polygon (a refinery's site).
    """

    id: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._:-]*$", description="a stable id, e.g. gppd:ukr0000012 or cw:kropotkinskaya-ps"
    )
    name: str = Field(min_length=1, description="the name in English")
    name_uk: str | None = None
    name_ru: str | None = None
    aliases: tuple[str, ...] = ()
    category: CategoryId
    country: PartyCode | None = None
    admin1: str | None = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    geometry: dict[str, Any] | None = None
    operator: str | None = None
    capacity: float | None = Field(default=None, ge=0)
    capacity_unit: str | None = None
    source: str = Field(min_length=1, description="the dataset or publication the record comes from")
    source_url: str | None = None
    licence: str | None = None
