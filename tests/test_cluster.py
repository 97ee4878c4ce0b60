"""Clustering claims into incidents: the scenario's duplicates and denials, the pair rule, order, history."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ceasewatch.model import Claim
from ceasewatch.pipeline import bundled_scenario
from ceasewatch.resolve import ClaimArrays, ClusterParams, cluster, cluster_columnar, compatible, compatible_pairs
from tests.common import claim


@pytest.fixture(scope="module")
def scenario() -> list[Claim]:
    return [c for report in bundled_scenario() for c in report.claim_objects()]


def _with(clustering: Any, claim_id: str) -> tuple[str, ...]:
    return next(i.claim_ids for i in clustering.incidents if claim_id in i.claim_ids)


def test_duplicate_reports_of_one_strike_are_one_incident(scenario: list[Claim]) -> None:
    result = cluster(scenario)
    ids = _with(result, "mod-2025-03-19-kavkazskaya/1")
    assert ids == ("mod-2025-03-19-kavkazskaya/1", "up-2025-03-19-kavkazskaya-fire/1")
    incident = next(i for i in result.incidents if i.claim_ids == ids)
    assert incident.id == "inc:mod-2025-03-19-kavkazskaya/1"
    assert (incident.target.category, incident.act, incident.perpetrator) == (
        "energy.oil.storage",
        "strike.drone",
        "UKR",
    )
    # time: the intersection of the two nights
    assert incident.time.earliest == max(c.time.earliest for c in scenario if c.id in ids)
    assert incident.time.latest == min(c.time.latest for c in scenario if c.id in ids)


def test_a_denial_attaches_to_the_accusation_it_denies(scenario: list[Claim]) -> None:
    result = cluster(scenario)
    ids = _with(result, "mod-2025-03-28-sudzha-himars/1")
    assert "ccd-2025-03-28-sudzha-denial/1" in ids  # Ukraine's denial of the HIMARS strike on Sudzha
    assert "ccd-2025-03-28-sudzha-denial/2" not in ids  # its counter-accusation names another perpetrator
    incident = next(i for i in result.incidents if i.claim_ids == ids)
    assert (incident.stance, incident.perpetrator) == ("accusation", "UKR")
    # 21 March: the MoD's "blown up", Novaya's fire and the General Staff's denial are one incident
    assert set(_with(result, "mod-2025-03-21-sudzha-blown-up/1")) == {
        "mod-2025-03-21-sudzha-blown-up/1",
        "novaya-2025-03-21-sudzha-fire/1",
        "genstaff-2025-03-21-sudzha-denial/1",
    }


def test_strikes_the_same_night_in_one_oblast_on_different_facilities_stay_apart(scenario: list[Claim]) -> None:
    result = cluster(scenario)
    # Bryansk, 30 March: a power line in Suzemka district and a substation in Sevsk district, 30 km apart
    assert _with(result, "mod-2025-03-31-bryansk/1") == ("mod-2025-03-31-bryansk/1",)
    assert _with(result, "mod-2025-03-31-bryansk/2") == ("mod-2025-03-31-bryansk/2",)
    # the same category, two precise places 20 km apart, the same night
    a = claim("a/1", target={"category": "energy.electricity.substation"})
    b = claim(
        "b/1",
        target={"category": "energy.electricity.substation"},
        place={"lat": 44.28, "lon": 39.07, "radius_km": 2, "precision": "facility"},
    )
    c = claim(
        "c/1",
        target={"category": "energy.electricity.substation"},
        place={"lat": 44.1, "lon": 39.07, "radius_km": 2, "precision": "facility"},
    )
    assert len(cluster([a, b]).incidents) == 2
    assert len(cluster([a, c]).incidents) == 1
    # two facilities named differently stay apart even at one place
    f1 = claim("f/1", target={"category": "energy", "facility_id": "F1"})
    f2 = claim("g/1", target={"category": "energy", "facility_id": "F2"})
    assert not compatible(f1, f2)


def test_one_report_lists_different_events(scenario: list[Claim]) -> None:
    result = cluster(scenario)
    for report in ("mod-2025-03-26-kursk-bryansk-crimea", "afp-2025-04-02-trade-accusations"):
        ids = [c.id for c in scenario if c.report_id == report]
        assert len({result.incident_of(c) for c in ids}) == len(ids)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"act": "strike"}, {"act": "strike.drone"}, True),
        ({"act": "unknown"}, {"act": "strike.missile"}, True),
        ({"act": "strike.missile"}, {"act": "strike.drone"}, False),
        ({"act": "strike.missile"}, {"act": "strike.drone", "stance": "denial"}, True),  # a denial denies the attack
        ({"target": {"category": "energy"}}, {"target": {"category": "energy.oil.refinery"}}, True),
        # another kind of target 12 km away is another strike; at one locality in one episode, the same strike
        (
            {"target": {"category": "energy.gas"}},
            {
                "target": {"category": "energy.oil.refinery"},
                "place": {"lat": 44.1 + 12 / 111.2, "lon": 39.07, "radius_km": 5},
            },
            False,
        ),
        ({"target": {"category": "energy.gas"}}, {"target": {"category": "energy.oil.refinery"}}, True),
        ({"target": {"category": "unknown"}}, {"target": {"category": "energy.oil.refinery"}}, True),
        ({}, {"stance": "denial", "perpetrator": "RUS"}, False),  # the denier must be the accused party
        ({}, {"stance": "denial", "perpetrator": "UKR"}, True),
        (
            {
                "time": {
                    "earliest": "2025-03-21T01:00:00+03:00",
                    "latest": "2025-03-21T05:00:00+03:00",
                    "precision": "night",
                }
            },
            {},
            False,
        ),
        ({"place": {"name": "Russia", "country": "RUS"}}, {}, False),  # no point: only the same named place
        ({"place": {"name": "Russia", "country": "RUS"}}, {"place": {"name": "RF", "country": "RUS"}}, True),
        (
            {"place": {"lat": 44.1, "lon": 39.07, "admin1": "Krasnodar Krai"}},
            {"place": {"lat": 44.1, "lon": 39.07, "admin1": "Adygea"}},
            False,
        ),
    ],
)
def test_pair_rule(a: dict[str, Any], b: dict[str, Any], expected: bool) -> None:
    x, y = claim("x/1", **a), claim("y/1", **b)
    assert compatible(x, y) is expected
    assert compatible(y, x) is expected
    i, _ = compatible_pairs(ClaimArrays.from_claims([x, y]))
    assert (len(i) == 1) is expected
    same_report = claim("x/2", **b)  # one report's two assertions pair only as one episode at one locality
    far = claim("x/3", **{**b, "place": {"lat": 45.1, "lon": 39.07, "radius_km": 5, "country": "RUS"}})
    assert not compatible(x, far) or x.stance != far.stance
    if compatible(x, same_report) and x.stance == same_report.stance:
        assert same_report.place.has_point and max(x.place.radius_km, same_report.place.radius_km) <= 25


def test_chaining_is_not_followed() -> None:
    """A~B and B~C but A≁C: the wide B fits two incidents, so it joins neither (complete linkage)."""
    a = claim("a/1", time={"earliest": "2025-03-20T00:00:00Z", "latest": "2025-03-20T01:00:00Z", "precision": "hour"})
    b = claim("b/1", time={"earliest": "2025-03-20T00:00:00Z", "latest": "2025-03-20T10:00:00Z", "precision": "night"})
    c = claim("c/1", time={"earliest": "2025-03-20T09:00:00Z", "latest": "2025-03-20T10:00:00Z", "precision": "hour"})
    assert compatible(a, b) and compatible(b, c) and not compatible(a, c)
    assert cluster([a, b, c]).partition() == {frozenset({"a/1"}), frozenset({"b/1"}), frozenset({"c/1"})}
    # with only one precise strike in play, the vague claim joins it
    assert cluster([a, b]).partition() == {frozenset({"a/1", "b/1"})}
    # an oblast-level claim joins a precise one only when it is the only strike it could describe
    oblast = claim(
        "o/1", place={"lat": 44.5, "lon": 39.5, "radius_km": 120, "precision": "admin1"}, target={"category": "energy"}
    )
    other = claim(
        "p/1",
        place={"lat": 45.0, "lon": 39.9, "radius_km": 3, "precision": "facility"},
        target={"category": "energy.electricity.substation"},
    )
    assert cluster([a, oblast]).partition() == {frozenset({"a/1", "o/1"})}
    assert len(cluster([a, oblast, other]).incidents) == 3


TOWN = {
    "name": "Town",
    "lat": 47.91,
    "lon": 33.39,
    "radius_km": 5,
    "precision": "settlement",
    "country": "UKR",
    "admin1": "Oblast A",
}
EVENING = {"earliest": "2025-04-04T15:00:00Z", "latest": "2025-04-04T16:30:00Z", "precision": "hour"}


def test_one_episode_at_one_locality_pairs_whatever_each_side_says_it_hit() -> None:
    """One side: a military meeting; the other: homes. The same town and the same evening: one incident."""
    military = claim(
        "ru/1",
        stance="admission",
        perpetrator="RUS",
        claimant="RUS",
        act="strike.missile",
        target={"category": "military.unit"},
        place=TOWN,
        time=EVENING,
    )
    homes = claim(
        "ua1/1",
        stance="accusation",
        perpetrator="RUS",
        claimant="UKR",
        act="strike.missile",
        target={"category": "civilian.residential"},
        place={**TOWN, "radius_km": 3, "lat": 47.93},
        time={**EVENING, "earliest": "2025-04-04T15:50:00Z"},
    )
    assert compatible(military, homes) and compatible(homes, military)
    assert cluster([military, homes]).partition() == {frozenset({"ru/1", "ua1/1"})}
    # a town 15 km away is another locality (the centre lies outside both radii)
    nearby = claim(
        "ua2/1",
        target={"category": "civilian.residential"},
        act="strike.missile",
        place={**TOWN, "lat": 47.91 + 15 / 111.2},
        time=EVENING,
    )
    assert not compatible(military, nearby)
    # a week-long claim is no episode, and an oblast is no locality: the categories must then agree
    week = claim(
        "ua3/1",
        target={"category": "civilian.residential"},
        act="strike.missile",
        place=TOWN,
        time={"earliest": "2025-03-30T00:00:00Z", "latest": "2025-04-06T00:00:00Z", "precision": "week"},
    )
    oblast = claim(
        "ua4/1",
        target={"category": "civilian.residential"},
        act="strike.missile",
        time=EVENING,
        place={**TOWN, "radius_km": 120, "precision": "admin1"},
    )
    assert not compatible(military, week) and not compatible(military, oblast)
    assert compatible(homes, week) and compatible(homes, oblast)  # one lineage: the old rule
    # the means still count between accusations and admissions
    assert not compatible(
        military,
        claim("ua5/1", act="strike.drone", target={"category": "civilian.residential"}, place=TOWN, time=EVENING),
    )


def test_one_report_may_name_two_targets_of_one_episode() -> None:
    """A report on a raid on an airbase that also damaged houses in the town next to it names one incident."""
    night = {"earliest": "2025-03-19T19:00:00Z", "latest": "2025-03-20T03:00:00Z", "precision": "night"}
    airbase = claim(
        "r/1",
        target={"category": "military.airbase"},
        time=night,
        place={"name": "Airbase", "lat": 51.48, "lon": 46.21, "radius_km": 5, "precision": "facility"},
    )
    houses = claim(
        "r/2",
        target={"category": "civilian.residential"},
        time=night,
        place={"name": "Town", "lat": 51.48 - 6.9 / 111.2, "lon": 46.21, "radius_km": 8, "precision": "settlement"},
    )
    assert compatible(airbase, houses)
    assert cluster([airbase, houses]).partition() == {frozenset({"r/1", "r/2"})}
    # the same report on the same category in two towns 30 km apart: two strikes, as before
    other = claim(
        "r/3",
        target={"category": "military.airbase"},
        time=night,
        place={"name": "Other", "lat": 51.48 + 30 / 111.2, "lon": 46.21, "radius_km": 5},
    )
    assert not compatible(airbase, other)
    # and two places a distance_km apart, which two reports would pair, are two events in one report
    close = claim(
        "r/4",
        target={"category": "military.airbase"},
        time=night,
        place={"name": "Close", "lat": 51.48 + 12 / 111.2, "lon": 46.21, "radius_km": 5},
    )
    assert not compatible(airbase, close) and compatible(
        airbase, claim("s/1", **{k: v for k, v in close.model_dump().items() if k not in ("id", "report_id")})
    )


def test_a_region_level_place_stands_for_its_admin1() -> None:
    """An oblast named by a disc of 110 km whose centre is 129 km from the substation it means."""
    substation = claim(
        "a/1",
        target={"category": "energy.electricity.substation"},
        place={
            "name": "Substation",
            "lat": 50.84,
            "lon": 35.39,
            "radius_km": 5,
            "precision": "facility",
            "admin1": "Oblast B",
        },
    )
    region = claim(
        "b/1",
        target={"category": "energy"},
        place={
            "name": "Oblast B",
            "lat": 50.84 + 129 / 111.2,
            "lon": 35.39,
            "radius_km": 110,
            "precision": "admin1",
            "admin1": "Oblast B",
        },
    )
    assert compatible(substation, region)
    assert cluster([substation, region]).partition() == {frozenset({"a/1", "b/1"})}
    # only within its own admin1: unnamed, or another one, and the disc is taken as it is
    unnamed = claim(
        "c/1",
        target={"category": "energy.electricity.substation"},
        place={**substation.place.model_dump(), "admin1": None},
    )
    assert not compatible(unnamed, region)
    # and it still waits for an unambiguous match: two substations in the oblast that evening, it joins neither
    second = claim(
        "d/1",
        target={"category": "energy.electricity.substation"},
        place={**substation.place.model_dump(), "lat": 51.6},
    )
    assert compatible(second, region) and not compatible(second, substation)
    assert len(cluster([substation, region, second]).incidents) == 3


def test_a_night_has_loose_bounds() -> None:
    """ "Evening, 19:45-20:15" and "the night, from 21:00": 45 minutes apart, one strike."""
    evening = claim(
        "a/1", time={"earliest": "2025-03-30T16:45:00Z", "latest": "2025-03-30T17:15:00Z", "precision": "hour"}
    )
    night = claim(
        "b/1", time={"earliest": "2025-03-30T18:00:00Z", "latest": "2025-03-31T03:00:00Z", "precision": "night"}
    )
    assert compatible(evening, night) and compatible(night, evening)
    result = cluster([evening, night])
    assert result.partition() == {frozenset({"a/1", "b/1"})}
    incident = result.incidents[0]  # no common part: the gap between them is the incident's time
    assert (incident.time.earliest, incident.time.latest) == (evening.time.latest, night.time.earliest)
    # two hours apart, or two precise times 45 minutes apart: different strikes
    later = claim("c/1", time={**night.time.model_dump(), "earliest": "2025-03-30T19:30:00Z"})
    assert not compatible(evening, later)
    hour = claim("d/1", time={**night.time.model_dump(), "latest": "2025-03-30T18:30:00Z", "precision": "hour"})
    assert not compatible(evening, hour)
    assert not compatible(evening, night, ClusterParams(slack_h=0))


def _random_claims(seed: int, n: int) -> list[Claim]:
    rng = random.Random(seed)
    out = []
    cats = ["energy", "energy.oil", "energy.oil.refinery", "energy.oil.storage", "energy.electricity", "unknown"]
    acts = ["strike", "strike.drone", "strike.missile", "unknown"]
    for k in range(n):
        start = rng.randrange(0, 48) * 1800
        width = rng.choice([600, 3600, 36000, 3 * 86400])
        located = rng.random() < 0.9
        place: dict[str, Any] = (
            {
                "lat": 44.0 + rng.random() * 0.5,
                "lon": 39.0 + rng.random() * 0.5,
                "radius_km": rng.choice([1, 3, 8, 40, 150]),
            }
            if located
            else {"name": "Russia", "country": "RUS"}
        )
        if rng.random() < 0.3:
            place["admin1"] = rng.choice(["A", "B"])
        target: dict[str, Any] = {"category": rng.choice(cats)}
        if rng.random() < 0.2:
            target["facility_id"] = rng.choice(["F1", "F2"])
        out.append(
            claim(
                f"r{rng.randrange(n)}/{k}",
                time={
                    "earliest": _iso(start),
                    "latest": _iso(start + width),
                    "precision": rng.choice(["hour", "night"]) if width < 86400 else "week",
                },
                place=place,
                target=target,
                act=rng.choice(acts),
                stance=rng.choice(["accusation", "accusation", "denial", "observation", "admission"]),
                perpetrator=rng.choice(["UKR", "RUS", None]),
            )
        )
    return out


def _iso(seconds: int) -> str:
    return (datetime(2025, 3, 20, tzinfo=UTC) + timedelta(seconds=seconds)).isoformat()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), n=st.integers(0, 60))
def test_blocked_pairs_are_the_reference_pairs_and_order_does_not_matter(seed: int, n: int) -> None:
    claims = _random_claims(seed, n)
    arrays = ClaimArrays.from_claims(claims)
    i, j = compatible_pairs(arrays)
    reference = [(x, y) for x, y in itertools.combinations(range(n), 2) if compatible(claims[x], claims[y])]
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == reference
    a, b = compatible_pairs(arrays, method="all_pairs")
    assert (a.tolist(), b.tolist()) == (i.tolist(), j.tolist())
    first = cluster(claims)
    shuffled = claims[:]
    random.Random(seed).shuffle(shuffled)
    again = cluster(shuffled)
    assert again.incidents == first.incidents  # ids, fields and order included
    assert sorted(c for i in first.incidents for c in i.claim_ids) == sorted(c.id for c in claims)
    labels = cluster_columnar(arrays, method="all_pairs")
    assert len(set(labels.tolist())) == len(first.incidents)
    for incident in first.incidents:  # complete linkage
        members = [c for c in claims if c.id in incident.claim_ids]
        assert all(compatible(x, y) for x, y in itertools.combinations(members, 2))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), n=st.integers(1, 50), cut=st.floats(0, 1))
def test_incremental_gives_the_batch_clusters_and_keeps_every_id(seed: int, n: int, cut: float) -> None:
    claims = _random_claims(seed, n)
    k = int(cut * n)
    before = cluster(claims[:k])
    after = cluster(claims[k:], previous=before)
    assert after.partition() == cluster(claims).partition()
    current = {i.id for i in after.incidents}
    for incident in before.incidents:
        assert incident.id in current or incident.id in after.merged
    assert len(current) == len(after.incidents)
    assert set(after.merged).isdisjoint(current)


def test_a_new_claim_keeps_the_id_and_merges_and_splits_are_recorded() -> None:
    night = {"earliest": "2025-03-20T00:00:00Z", "latest": "2025-03-20T08:00:00Z", "precision": "night"}
    x = claim("x/1", place={"lat": 44.10, "lon": 39.07, "radius_km": 5}, time=night)
    y = claim("y/1", place={"lat": 44.10, "lon": 39.60, "radius_km": 40}, time=night)  # wide: fits x and z
    z = claim("z/1", place={"lat": 44.10, "lon": 40.10, "radius_km": 10}, time=night)
    first = cluster([x, y, z])
    assert first.partition() == {frozenset({"x/1"}), frozenset({"y/1"}), frozenset({"z/1"})}
    # w (precise, the same night, next to z but far from y's centre) takes z; y now fits x alone: y is absorbed
    w = claim("w/1", place={"lat": 44.10, "lon": 40.35, "radius_km": 1}, time=night)
    assert compatible(w, z) and not compatible(w, y)
    second = cluster([w], previous=first)
    assert second.partition() == {frozenset({"x/1", "y/1"}), frozenset({"z/1", "w/1"})}
    assert {i.id for i in second.incidents} == {"inc:x/1", "inc:z/1"}  # w joins z: z's id is kept
    merge = [e for e in second.events if e.kind == "merged"]
    assert [(e.incident_id, e.other_id) for e in merge] == [("inc:x/1", "inc:y/1")]
    assert second.merged == {"inc:y/1": "inc:x/1"}
    # a later claim that makes y ambiguous again splits it off, recorded
    v = claim("v/1", place={"lat": 44.10, "lon": 39.60, "radius_km": 1}, time=night)
    assert compatible(v, y) and not compatible(v, x)
    third = cluster([v], previous=second)
    splits = [e for e in third.events if e.kind == "split"]
    assert splits and splits[0].incident_id == "inc:x/1" and splits[0].claim_ids == ("y/1",)
    assert "inc:y/1" not in {i.id for i in third.incidents}  # an absorbed id is never given again
    assert splits[0].other_id == "inc:y/1~2"
    assert third.events[: len(second.events)] == second.events


def test_params_and_methods_are_checked() -> None:
    from ceasewatch.errors import InputError

    with pytest.raises(InputError, match="distance_km"):
        ClusterParams(distance_km=-1)
    for name in ("locality_km", "episode_h", "region_km", "slack_h"):
        with pytest.raises(InputError, match=name):
            ClusterParams(**{name: float("nan")})
    with pytest.raises(InputError, match="blocked, all_pairs"):
        compatible_pairs(ClaimArrays.from_claims([claim()]), method="kd")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="twice"):
        cluster([claim("a/1"), claim("a/1", act="strike")])
    assert cluster([]).incidents == ()


def test_the_incident_act_is_the_accusers_not_an_observers() -> None:
    """An accusation of sabotage with a bystander's report of a strike is a sabotage incident."""
    base = {
        "time": {"earliest": "2025-03-21T06:00:00+03:00", "latest": "2025-03-21T07:00:00+03:00", "precision": "hour"},
        "place": {"name": "Sudzha", "lat": 51.19, "lon": 35.27, "radius_km": 3, "precision": "facility"},
        "target": {"category": "energy.gas.metering_station"},
    }
    accusation = Claim.model_validate(
        {
            **base,
            "id": "a/1",
            "report_id": "a",
            "act": "sabotage",
            "perpetrator": "UKR",
            "claimant": "RUS",
            "stance": "accusation",
        }
    )
    observation = Claim.model_validate(
        {**base, "id": "b/1", "report_id": "b", "act": "strike.artillery", "stance": "observation"}
    )
    (incident,) = cluster([accusation, observation]).incidents
    assert incident.act == "sabotage"
