"""Standard test inputs: a small agreement that exercises every rule, and builders for claims and incidents."""

from __future__ import annotations

from typing import Any

from ceasewatch.agreements import parse_agreement
from ceasewatch.model import Agreement, Claim, Incident

TOY_AGREEMENT = """\
id: toy-truce
title: A toy energy truce between RUS and UKR
coverage: partial
sides: bilateral
sources: [{url: "https://example.org/truce"}]
parties:
  - party: RUS
    timeline:
      - {status: accepted, at: "2025-03-18T00:00:00+03:00", sources: [{url: "https://example.org/rus"}]}
  - party: UKR
    timeline:
      - {status: accepted, at: "2025-03-20T00:00:00+02:00", sources: [{url: "https://example.org/ukr"}]}
  - party: USA
    role: mediator
readings:
  - id: RUS
    party: RUS
    window: {start: "2025-03-18T00:00:00+03:00", end: "2025-04-18T00:00:00+03:00"}
    binds:
      - {party: RUS, start: "2025-03-18T00:00:00+03:00"}
      - {party: UKR, start: "2025-03-18T00:00:00+03:00"}
    scope:
      acts: {include: [strike, sabotage]}
      targets: {include: [energy.oil.refinery, energy.oil.storage, energy.electricity]}
    conditions:
      reciprocity: {parties: [RUS, UKR]}
    sources: [{url: "https://example.org/rus-reading"}]
  - id: UKR
    party: UKR
    window: {start: "2025-03-25T00:00:00+02:00", duration: P24D}
    scope:
      targets: {include: [energy], exclude: [energy.oil.production]}
    sources: [{url: "https://example.org/ukr-reading"}]
"""


def toy_agreement(text: str = TOY_AGREEMENT) -> Agreement:
    """The toy agreement, parsed by the real loader."""
    return parse_agreement(text, "toy.yaml")


def claim(claim_id: str = "r1/1", **fields: Any) -> Claim:
    """A claim of a drone strike by UKR on a refinery in the night of 20 March 2025, with ``fields`` overriding."""
    values: dict[str, Any] = {
        "id": claim_id,
        "report_id": claim_id.split("/")[0],
        "time": {
            "earliest": "2025-03-20T01:00:00+03:00",
            "latest": "2025-03-20T05:00:00+03:00",
            "precision": "night",
            "tz": "Europe/Moscow",
        },
        "place": {
            "name": "Tuapse",
            "lat": 44.1,
            "lon": 39.07,
            "radius_km": 5,
            "precision": "facility",
            "country": "RUS",
        },
        "target": {"category": "energy.oil.refinery", "name": "Tuapse refinery"},
        "act": "strike.drone",
        "perpetrator": "UKR",
        "claimant": "RUS",
        "stance": "accusation",
    }
    values.update(fields)
    return Claim.model_validate(values)


def incident(claim_id: str = "r1/1", **fields: Any) -> Incident:
    """The incident of :func:`claim`."""
    return Incident.from_claim(claim(claim_id, **fields))


def night(day: str, tz: str = "+03:00") -> dict[str, str]:
    """The night before ``day`` (YYYY-MM-DD), 22:00 to 06:00 local."""
    from datetime import date, timedelta

    before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    return {"earliest": f"{before}T22:00:00{tz}", "latest": f"{day}T06:00:00{tz}", "precision": "night", "tz": tz}
