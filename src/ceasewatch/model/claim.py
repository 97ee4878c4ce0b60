"""Claims: single assertions taken from a report, in the interchange shape of DESIGN §5."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from ceasewatch.model.common import PartyCode, StrictModel
from ceasewatch.model.place import Place
from ceasewatch.model.taxonomy import ActId, CategoryId
from ceasewatch.model.time import TimeInterval

__all__ = ["Claim", "ClaimDraft", "Evidence", "Stance", "Target"]

Stance = Literal["accusation", "denial", "admission", "observation"]


class Target(StrictModel):
    """What was hit: a taxonomy category, and the facility where one is named."""

    category: CategoryId
    facility_id: str | None = None
    name: str | None = None


class Evidence(StrictModel):
    """The character span ``[start, end)`` of the report text that the claim was read from."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError("evidence end is before its start")
        return self


class ClaimDraft(StrictModel):
    """A claim as a report carries it, before it has an id of its own.

    ``claimant`` defaults to the party of the report's source; ``perpetrator`` is who is alleged to have acted
    (``None``: not said).
    """

    time: TimeInterval
    place: Place
    target: Target
    act: ActId = "unknown"
    weapon: str | None = None
    perpetrator: PartyCode | None = None
    claimant: PartyCode | None = None
    stance: Stance = "accusation"
    confidence: float = Field(default=1.0, ge=0, le=1)
    evidence: Evidence | None = None


class Claim(ClaimDraft):
    """One assertion of one report: act, target, place, time, alleged perpetrator, claimant, stance."""

    id: str
    report_id: str
