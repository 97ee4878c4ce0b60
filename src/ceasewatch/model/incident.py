"""Incidents: one real-world event that one or more claims describe."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ceasewatch.model.claim import Claim, Stance, Target
from ceasewatch.model.common import PartyCode, StrictModel
from ceasewatch.model.place import Place
from ceasewatch.model.taxonomy import ActId
from ceasewatch.model.time import TimeInterval

__all__ = ["Attribution", "Corroboration", "CorroborationLevel", "Incident", "IncidentEvent"]

CorroborationLevel = Literal[
    "claimed",  # claimed by one party only
    "disputed",  # claimed by one party and denied by another
    "independently_reported",  # reported by a source independent of the parties
    "sensor_supported",  # a sensor observed something there and then (a FIRMS hotspot at the facility)
    "confirmed",  # confirmed by a monitor
]
CORROBORATION_LEVELS: tuple[CorroborationLevel, ...] = (
    "claimed",
    "disputed",
    "independently_reported",
    "sensor_supported",
    "confirmed",
)


class Corroboration(StrictModel):
    """How well an incident is supported: a level, a score in [0, 1], and the basis of both, in words."""

    level: CorroborationLevel
    score: float = Field(ge=0, le=1)
    voices: int = Field(default=1, ge=0, description="independent voices: a party's outlets and copies count once")
    basis: tuple[str, ...] = ()


class Attribution(StrictModel):
    """A probability for each party being responsible (``unknown`` for none of those named), with its basis."""

    probabilities: dict[str, float]
    basis: tuple[str, ...] = ()


class Incident(StrictModel):
    """An event as the claims describe it: what, where, when, and who is alleged to have done it.

    ``perpetrator`` and ``stance`` are the incident *as reported*: the party accused (or admitting), and whether the
    reports accuse, admit or only deny it; who is probably responsible is the separate ``attribution``. An incident
    made of one claim is :meth:`from_claim`.
    """

    id: str
    claim_ids: tuple[str, ...]
    time: TimeInterval
    place: Place
    target: Target
    act: ActId
    weapon: str | None = None
    perpetrator: PartyCode | None = None
    stance: Stance = "accusation"
    corroboration: Corroboration | None = None
    attribution: Attribution | None = None

    @classmethod
    def from_claim(cls, claim: Claim) -> Incident:
        """The incident that a single claim describes."""
        return cls(
            id=claim.id,
            claim_ids=(claim.id,),
            time=claim.time,
            place=claim.place,
            target=claim.target,
            act=claim.act,
            weapon=claim.weapon,
            perpetrator=claim.perpetrator,
            stance=claim.stance,
        )


class IncidentEvent(StrictModel):
    """A change in which claims make up which incident, kept so that no incident is ever silently rewritten.

    ``created``: a new incident from ``claim_ids``; ``joined``: claims joined ``incident_id``; ``merged``:
    ``other_id`` was absorbed into ``incident_id`` (bridged by ``claim_ids``); ``split``: ``other_id`` was split off
    ``incident_id``.
    """

    kind: Literal["created", "joined", "merged", "split"]
    incident_id: str
    other_id: str | None = None
    claim_ids: tuple[str, ...] = ()
    reason: str = ""
