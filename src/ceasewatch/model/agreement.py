"""Agreements and their readings: the terms a finding is judged against.

An agreement has parties (each with an acceptance timeline) and one or more readings. A reading is one party's
(or the text's) interpretation: its window, whom it binds and from when, its scope, its conditions and its sources.
Findings are computed per reading, so that a disagreement about the terms shows up as a disagreement in findings.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta
from typing import Any, Literal, Self

from pydantic import Field, field_validator, model_validator

from ceasewatch.model.common import Instant, PartyCode, StrictModel
from ceasewatch.model.taxonomy import ActId, CategoryId

__all__ = [
    "AcceptanceStatus",
    "Agreement",
    "Binding",
    "Conditions",
    "Filter",
    "PartyEntry",
    "Precondition",
    "PreconditionEvent",
    "Reading",
    "Reciprocity",
    "Release",
    "Scope",
    "SourceRef",
    "StatusEvent",
    "Window",
    "Zone",
    "ZoneFilter",
]

AcceptanceStatus = Literal["proposed", "accepted", "accepted_with_conditions", "declined", "withdrawn", "expired"]
_EXACT_DURATION = re.compile(r"^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")

BINDING_STATUSES: frozenset[str] = frozenset({"accepted", "accepted_with_conditions"})
"""Acceptance statuses under which a party is bound (where its reading does not say otherwise)."""


class SourceRef(StrictModel):
    """A public source for a term, a status or a reading."""

    url: str = Field(pattern=r"^https?://")
    title: str | None = None
    publisher: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")


class StatusEvent(StrictModel):
    """A change in a party's stance on the agreement, at an instant, with its sources."""

    status: AcceptanceStatus
    at: Instant
    conditions: tuple[str, ...] = ()
    note: str | None = None
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class PartyEntry(StrictModel):
    """A party to, or mediator of, the agreement, with its acceptance timeline (in time order)."""

    party: PartyCode
    role: Literal["party", "mediator", "guarantor"] = "party"
    name: str | None = None
    timeline: tuple[StatusEvent, ...] = ()

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        times = [event.at for event in self.timeline]
        if times != sorted(times):
            raise ValueError("timeline events must be in time order")
        return self


class Window(StrictModel):
    """When the obligation holds: ``[start, end)``. ``end`` or ``duration`` may be given, not both; neither is open."""

    start: Instant
    end: Instant | None = None
    duration: timedelta | None = Field(default=None, description="ISO 8601 duration, e.g. P30D")
    note: str | None = None

    @field_validator("duration", mode="before")
    @classmethod
    def _exact_duration(cls, value: object) -> object:
        if isinstance(value, str) and not _EXACT_DURATION.match(value):
            raise ValueError(
                f"'{value}' is not an ISO 8601 duration of fixed length (weeks, days, hours, minutes, seconds); "
                "months and years vary in length: give 'end' instead"
            )
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.end is not None and self.duration is not None:
            raise ValueError("give 'end' or 'duration', not both")
        if self.duration is not None and self.duration <= timedelta(0):
            raise ValueError("duration must be positive")
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"window ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})")
        return self

    @property
    def stop(self) -> datetime | None:
        """The exclusive end instant, from ``end`` or ``start + duration``; ``None`` when open-ended."""
        if self.end is not None:
            return self.end
        return self.start + self.duration if self.duration is not None else None


class Binding(StrictModel):
    """Under a reading, ``party`` is bound from ``start`` (until ``end``, if given)."""

    party: PartyCode
    start: Instant
    end: Instant | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"binding ends ({self.end.isoformat()}) before it starts ({self.start.isoformat()})")
        return self


class Filter(StrictModel):
    """Include and exclude lists over a taxonomy; an empty include list means everything."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


class CategoryFilter(Filter):
    include: tuple[CategoryId, ...] = ()
    exclude: tuple[CategoryId, ...] = ()


class ActFilter(Filter):
    include: tuple[ActId, ...] = ()
    exclude: tuple[ActId, ...] = ()


class Zone(StrictModel):
    """A geographic zone: a named zone (``name`` alone) or a GeoJSON geometry with a name of its own."""

    name: str = Field(min_length=1)
    geometry: dict[str, Any] | None = Field(default=None, description="a GeoJSON geometry (lon/lat, WGS 84)")


class ZoneFilter(StrictModel):
    """Zones where the prohibition holds (empty: everywhere), and zones carved out of it."""

    include: tuple[Zone, ...] = ()
    exclude: tuple[Zone, ...] = ()

    @model_validator(mode="after")
    def _distinct(self) -> Self:
        names = [zone.name for zone in (*self.include, *self.exclude)]
        if len(set(names)) != len(names):
            raise ValueError("a zone is named twice (in include, exclude or both)")
        return self


class Scope(StrictModel):
    """What is prohibited: acts, against target categories, in zones."""

    acts: ActFilter = ActFilter()
    targets: CategoryFilter = CategoryFilter()
    zones: ZoneFilter = ZoneFilter()


class Release(StrictModel):
    """A party's declaration that it is freed by the other side's violations, from ``at``."""

    party: PartyCode
    at: Instant
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class Reciprocity(StrictModel):
    """Each of ``parties`` is bound while the others comply; a violation by one frees the others once they declare it.

    Until a freed side declares its release, it stays bound; findings name the earlier violations that would free it.
    """

    parties: tuple[PartyCode, ...] = Field(min_length=2)
    releases: tuple[Release, ...] = ()
    note: str | None = None


class PreconditionEvent(StrictModel):
    """A change in whether a precondition is met."""

    status: Literal["met", "unmet", "waived"]
    at: Instant
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class Precondition(StrictModel):
    """Something that must be true before the reading's obligations take effect; unmet until a timeline says so."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str
    timeline: tuple[PreconditionEvent, ...] = ()


class Conditions(StrictModel):
    """What the reading's obligations depend on."""

    reciprocity: Reciprocity | None = None
    preconditions: tuple[Precondition, ...] = ()


class Reading(StrictModel):
    """One interpretation of an agreement: whose it is, its window, whom it binds, its scope and conditions."""

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
    party: PartyCode | Literal["text"]
    title: str | None = None
    summary: str | None = None
    published_at: Instant | None = Field(default=None, description="when this reading became public (for --as-of)")
    window: Window
    binds: tuple[Binding, ...] | None = Field(
        default=None, description="whom this reading binds and from when; absent: the acceptance timeline governs"
    )
    scope: Scope = Scope()
    conditions: Conditions = Conditions()
    sources: tuple[SourceRef, ...] = Field(min_length=1)


class Agreement(StrictModel):
    """One ceasefire instrument, with its parties and their acceptance over time, and its readings."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    coverage: Literal["partial", "comprehensive"]
    sides: Literal["unilateral", "bilateral", "multilateral"]
    summary: str | None = None
    parties: tuple[PartyEntry, ...] = Field(min_length=1)
    readings: tuple[Reading, ...] = Field(min_length=1)
    sources: tuple[SourceRef, ...] = Field(min_length=1)

    @field_validator("parties")
    @classmethod
    def _distinct_parties(cls, parties: tuple[PartyEntry, ...]) -> tuple[PartyEntry, ...]:
        _distinct([entry.party for entry in parties], "party")
        return parties

    @field_validator("readings")
    @classmethod
    def _distinct_readings(cls, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
        _distinct([reading.id for reading in readings], "reading id")
        return readings

    def canonical_json(self) -> str:
        """The agreement as canonical JSON: sorted keys, no insignificant space, UTC times, defaults included."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def content_hash(self) -> str:
        """SHA-256 (hex) of :meth:`canonical_json`: the version of the agreement that findings are computed on."""
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def party(self, code: str) -> PartyEntry | None:
        """The entry of party ``code``, if it is listed."""
        return next((entry for entry in self.parties if entry.party == code), None)

    def reading(self, reading_id: str) -> Reading | None:
        """The reading with id ``reading_id``, if any."""
        return next((reading for reading in self.readings if reading.id == reading_id), None)

    @property
    def bound_parties(self) -> tuple[str, ...]:
        """The parties with role ``party`` (not mediators or guarantors)."""
        return tuple(entry.party for entry in self.parties if entry.role == "party")


def _distinct(values: list[str], what: str) -> None:
    seen: dict[str, int] = {}
    for index, value in enumerate(values):
        if value in seen:
            raise ValueError(f"{what} '{value}' is listed twice (entries {seen[value]} and {index})")
        seen[value] = index
