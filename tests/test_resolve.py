"""The resolve stage as one step: incidents with corroboration and attribution, and what changed between runs."""

from __future__ import annotations

from datetime import timedelta

from ceasewatch.model import Claim, Report
from ceasewatch.pipeline import bundled_scenario
from ceasewatch.resolve import previous_clustering, resolve


def scenario() -> tuple[list[Claim], dict[str, Report]]:
    reports = bundled_scenario()
    return [c for r in reports for c in r.claim_objects()], {r.id: r for r in reports}


def test_scenario_incidents_carry_corroboration_and_attribution() -> None:
    claims, reports = scenario()
    result = resolve(claims, reports)
    assert sum(len(i.claim_ids) for i in result.incidents) == len(claims)
    assert len(result.incidents) < len(claims)  # several reports of one strike are one incident
    for incident in result.incidents:
        assert incident.corroboration is not None and incident.corroboration.basis
        assert incident.attribution is not None
        assert abs(sum(incident.attribution.probabilities.values()) - 1.0) < 1e-9
    assert [e.kind for e in result.events] == ["created"] * len(result.incidents)
    kavkazskaya = next(i for i in result.incidents if "mod-2025-03-19-kavkazskaya/1" in i.claim_ids)
    assert len(kavkazskaya.claim_ids) >= 2
    # Ukrainska Pravda relays the Krasnodar authorities here: a relay joins the voice of the party it relays
    assert kavkazskaya.corroboration is not None and kavkazskaya.corroboration.voices == 1
    assert any("Ukrainska Pravda" in line for line in kavkazskaya.corroboration.basis)


def test_resolving_again_from_what_a_store_holds_records_only_changes() -> None:
    claims, reports = scenario()
    early = [c for c in claims if c.time.earliest.isoformat() < "2025-03-25"]
    later = [c for c in claims if c not in early]
    first = resolve(early, reports)
    history = list(first.events)
    previous = previous_clustering(first.incidents, early, history)
    second = resolve(later, reports, previous=previous)
    batch = resolve(claims, reports)
    assert second.clustering.partition() == batch.clustering.partition()
    kinds = {e.kind for e in second.events}
    assert kinds <= {"created", "joined", "merged", "split"} and "created" in kinds
    assert all(e.incident_id in {i.id for i in second.incidents} for e in second.events if e.kind != "split")


def test_resolve_is_deterministic_whatever_the_order() -> None:
    claims, reports = scenario()
    forward = resolve(claims, reports).incidents
    backward = resolve(list(reversed(claims)), reports).incidents
    assert [i.model_dump_json() for i in forward] == [i.model_dump_json() for i in backward]


def test_a_hotspot_left_outside_an_incident_still_supports_it() -> None:
    """A FIRMS hotspot at the facility a few hours after the claimed strike makes the incident sensor supported."""
    from ceasewatch.model import Source

    strike = Report.model_validate(
        {
            "id": "mod-1",
            "published_at": "2025-03-24T09:00:00+03:00",
            "source": {"name": "MoD", "affiliation": "party_official", "party": "RUS"},
            "claims": [
                {
                    "time": {
                        "earliest": "2025-03-24T01:00:00+03:00",
                        "latest": "2025-03-24T02:00:00+03:00",
                        "precision": "hour",
                    },
                    "place": {
                        "name": "Kropotkinskaya",
                        "lat": 45.43,
                        "lon": 40.57,
                        "radius_km": 2,
                        "precision": "facility",
                    },
                    "target": {"category": "energy.oil.pumping_station", "facility_id": "cw:kropotkinskaya-ps"},
                    "act": "strike.drone",
                    "perpetrator": "UKR",
                    "stance": "accusation",
                }
            ],
        }
    )
    hotspot = Report(
        id="firms-1",
        published_at=strike.published_at,
        source=Source(name="NASA FIRMS", affiliation="sensor"),
        claims=(
            strike.claims[0].model_copy(
                update={
                    "time": strike.claims[0].time.model_copy(
                        update={
                            "earliest": strike.claims[0].time.earliest + timedelta(hours=4),
                            "latest": strike.claims[0].time.earliest + timedelta(hours=4),
                        }
                    ),
                    "act": "unknown",
                    "perpetrator": None,
                    "stance": "observation",
                }
            ),
        ),
    )
    claims = [*strike.claim_objects(), *hotspot.claim_objects()]
    result = resolve(claims, {"mod-1": strike, "firms-1": hotspot})
    accused = next(i for i in result.incidents if "mod-1/1" in i.claim_ids)
    assert accused.corroboration is not None and accused.corroboration.level == "sensor_supported"
