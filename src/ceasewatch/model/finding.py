"""Findings: an incident judged against one reading of one agreement, with the trace of every rule tested."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ceasewatch.model.common import PartyCode, StrictModel

__all__ = ["Finding", "Outcome", "Reason", "TraceStep", "Verdict"]

Verdict = Literal["violation", "possible_violation", "not_covered", "undetermined"]
Reason = Literal["time", "place", "target", "act", "party", "condition", "not_in_force"]
Outcome = Literal["pass", "fail", "straddle", "unknown", "note"]

VERDICTS: tuple[Verdict, ...] = ("violation", "possible_violation", "not_covered", "undetermined")
REASONS: tuple[Reason, ...] = ("time", "place", "target", "act", "party", "condition", "not_in_force")


class TraceStep(StrictModel):
    """One rule tested: its name, what came out, and the values compared (as text, so the trace is stable JSON)."""

    rule: str
    outcome: Outcome
    detail: str
    values: dict[str, str | None] = Field(default_factory=dict)


class Finding(StrictModel):
    """The judgement of one incident under one reading.

    - ``violation``: as reported, the incident falls under the prohibition and the perpetrator was bound;
    - ``possible_violation``: it would, but its uncertainty straddles a boundary of the terms (``boundaries``);
    - ``not_covered``: outside the terms, for the ``reasons`` given;
    - ``undetermined``: something needed to decide is missing (``missing``).

    ``releases`` lists earlier violations by the other side that would free the perpetrator under reciprocity,
    had it declared its release; the finding stands regardless.
    """

    claim_id: str | None = Field(default=None, description="the claim, while an incident is a single claim")
    incident_id: str
    claim_ids: tuple[str, ...]
    agreement_id: str
    reading_id: str
    reading_party: str
    perpetrator: PartyCode | None
    verdict: Verdict
    reasons: tuple[Reason, ...] = ()
    boundaries: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    releases: tuple[str, ...] = ()
    corroboration: str | None = Field(
        default=None, description="the incident's corroboration level (a separate axis from the verdict), if known"
    )
    day: str | None = Field(
        default=None, description="the day the incident began, in the time zone its source spoke in, for roll-ups"
    )
    trace: tuple[TraceStep, ...] = ()
