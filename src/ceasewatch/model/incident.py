"""Incidents: one real-world event that one or more claims describe."""

from __future__ import annotations

from ceasewatch.model.claim import Claim, Stance, Target
from ceasewatch.model.common import PartyCode, StrictModel
from ceasewatch.model.place import Place
from ceasewatch.model.taxonomy import ActId
from ceasewatch.model.time import TimeInterval

__all__ = ["Incident"]


class Incident(StrictModel):
    """An event as the claims describe it: what, where, when, and who is alleged to have done it.

    Until claims are clustered, each claim is an incident of its own (:meth:`from_claim`).
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
