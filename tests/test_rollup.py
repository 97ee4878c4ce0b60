"""Compliance roll-ups: counts per reading, party and day; the incidents on which readings give different verdicts."""

from __future__ import annotations

from ceasewatch.adjudicate import adjudicate, compliance
from tests.common import incident, night, toy_agreement


def test_counts_and_disagreements_between_readings() -> None:
    incidents = [
        incident("a/1", perpetrator="UKR", time=night("2025-03-20")),  # RUS reading: violation; UKR: before window
        incident("b/1", perpetrator="RUS", time=night("2025-03-28")),  # both readings: violation
        incident("c/1", perpetrator="RUS", time=night("2025-03-29"), target={"category": "military.airbase"}),
    ]
    roll = compliance(adjudicate(incidents, [toy_agreement()]))["toy-truce"]
    assert roll.readings == ["RUS", "UKR"]
    assert roll.by_party[("RUS", "UKR")]["violation"] == 1
    assert roll.by_party[("UKR", "UKR")]["not_covered"] == 1
    assert roll.by_party[("RUS", "RUS")] == {"violation": 1, "not_covered": 1}
    # the night began at 22:00 on the 19th, Moscow time, the time zone its source spoke in
    assert roll.by_day[("RUS", "UKR", "2025-03-19")]["violation"] == 1
    # only the incident the readings give different verdicts appears, with each reading's verdict and reasons
    assert [d.incident_id for d in roll.disagreements] == ["a/1"]
    assert roll.disagreements[0].verdicts == {"RUS": ("violation", ()), "UKR": ("not_covered", ("time",))}
    assert roll.disagreement_days == ["2025-03-19"]
    data = roll.as_dict()
    assert data["disagreements"][0]["verdicts"]["UKR"] == {"verdict": "not_covered", "reasons": ["time"]}
    assert all(
        set(row) >= {"violation", "possible_violation", "not_covered", "undetermined"} for row in data["by_party"]
    )


def test_violations_are_counted_as_alleged_or_corroborated() -> None:
    from ceasewatch.model import Corroboration

    supported = incident("a/1", perpetrator="UKR", time=night("2025-03-28")).model_copy(
        update={"corroboration": Corroboration(level="sensor_supported", score=0.8)}
    )
    claimed = incident("b/1", perpetrator="UKR", time=night("2025-03-28")).model_copy(
        update={"corroboration": Corroboration(level="claimed", score=0.4)}
    )
    findings = adjudicate([supported, claimed], [toy_agreement()])
    assert {f.incident_id: f.corroboration for f in findings if f.reading_id == "RUS"} == {
        "a/1": "sensor_supported",
        "b/1": "claimed",
    }
    roll = compliance(findings)["toy-truce"]
    assert roll.support[("RUS", "UKR", "2025-03-27")] == {"violation.corroborated": 1, "violation.alleged": 1}
