"""The columnar engine gives the reference engine's findings: on generated agreements and incidents, and examples."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ceasewatch.adjudicate import FindingsTable, IncidentArrays, adjudicate, adjudicate_columnar
from ceasewatch.agreements import load_agreements
from ceasewatch.errors import InputError
from ceasewatch.model import ACTS, CATEGORIES, Agreement, Incident
from tests.common import TOY_AGREEMENT, incident, night, toy_agreement

BASE = datetime(2025, 3, 18, tzinfo=UTC)
OFFSETS = [timezone(timedelta(hours=h)) for h in (0, 2, 3, -5)]
PARTIES = ("RUS", "UKR", "USA")
SOURCE = [{"url": "https://example.org/s"}]
ACT_IDS = sorted(ACTS)
CATEGORY_IDS = sorted(CATEGORIES)
ENERGY = [c for c in CATEGORY_IDS if c.startswith("energy.")] * 2


def check(incidents: list[Incident], agreements: list[Agreement], as_of: datetime | None = None) -> FindingsTable:
    """Assert that both engines agree on every row, in order; the columnar table for further checks."""
    reference = [FindingsTable.key(f) for f in adjudicate(incidents, agreements, as_of=as_of)]
    table = adjudicate_columnar(incidents, agreements, as_of=as_of)
    columnar = list(table.verdicts())
    assert len(columnar) == len(reference)
    for ours, theirs in zip(columnar, reference, strict=True):
        assert ours == theirs
    return table


# ---------------------------------------------------------------------------------------------------------------------
# Generators. Instants fall on a coarse grid (so that incidents often meet the terms' boundaries exactly), sometimes
# a second off it, written in one of several time zones.
# ---------------------------------------------------------------------------------------------------------------------


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    step = draw(st.integers(-2, 30))
    nudge = draw(st.sampled_from([0, 0, 0, 1, -1]))
    moment = BASE + timedelta(hours=12 * step, seconds=nudge)
    return moment.astimezone(draw(st.sampled_from(OFFSETS)))


def iso(moment: datetime) -> str:
    return moment.isoformat()


@st.composite
def timelines(draw: st.DrawFn, statuses: list[str]) -> list[dict[str, Any]]:
    moments = sorted(draw(st.lists(instants(), max_size=3)))
    return [{"status": draw(st.sampled_from(statuses)), "at": iso(m), "sources": SOURCE} for m in moments]


@st.composite
def boxes(draw: st.DrawFn) -> dict[str, Any]:
    lon = draw(st.sampled_from([33.0, 33.5, 34.0]))
    lat = draw(st.sampled_from([44.5, 45.0]))
    size = draw(st.sampled_from([0.3, 0.6, 1.0]))
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


@st.composite
def zone_lists(draw: st.DrawFn, prefix: str) -> list[dict[str, Any]]:
    count = draw(st.integers(0, 2))
    zones: list[dict[str, Any]] = []
    for k in range(count):
        if prefix == "in" and k == 0 and draw(st.integers(0, 5)) == 0:
            zones.append({"name": "sea-of-azov"})  # a bundled named zone, once: zone names are distinct
        else:
            zones.append({"name": f"{prefix}{k}", "geometry": draw(boxes())})
    return zones


def taxonomy_filter(ids: list[str]) -> st.SearchStrategy[dict[str, list[str]]]:
    return st.one_of(
        st.just({"include": [], "exclude": []}),
        st.fixed_dictionaries(
            {
                "include": st.one_of(st.just([]), st.lists(st.sampled_from(ids), max_size=3, unique=True)),
                "exclude": st.one_of(st.just([]), st.lists(st.sampled_from(ids), max_size=2, unique=True)),
            }
        ),
    )


@st.composite
def windows(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.one_of(instants(), st.just(BASE - timedelta(days=2))))
    window: dict[str, Any] = {"start": iso(start)}
    kind = draw(st.sampled_from(["end", "duration", "open"]))
    if kind == "end":
        window["end"] = iso(start + timedelta(hours=12 * draw(st.integers(1, 40)), seconds=draw(st.integers(0, 1))))
    elif kind == "duration":
        window["duration"] = timedelta(hours=draw(st.integers(1, 240)))
    return window


@st.composite
def readings(draw: st.DrawFn, index: int) -> dict[str, Any]:
    reading: dict[str, Any] = {
        "id": f"R{index}",
        "party": draw(st.sampled_from(["text", "RUS", "UKR"])),
        "window": draw(windows()),
        "sources": SOURCE,
    }
    if draw(st.booleans()):
        reading["published_at"] = iso(draw(instants()))
    shape = draw(st.integers(0, 3))
    if shape == 1:
        early = iso(BASE - timedelta(days=2))
        reading["binds"] = [{"party": "RUS", "start": early}, {"party": "UKR", "start": early}]
    elif shape == 2:
        binds = []
        for _ in range(draw(st.integers(0, 3))):
            start = draw(instants())
            end = draw(st.one_of(st.none(), instants()))
            binding = {"party": draw(st.sampled_from(PARTIES)), "start": iso(start)}
            if end is not None and end > start:  # a binding must end after it starts
                binding["end"] = iso(end)
            binds.append(binding)
        reading["binds"] = binds
    reading["scope"] = {
        "acts": draw(st.one_of(taxonomy_filter(ACT_IDS), st.just({"include": ["strike"], "exclude": []}))),
        "targets": draw(
            st.one_of(
                taxonomy_filter(CATEGORY_IDS),
                st.just({"include": ["energy"], "exclude": []}),
                st.just({"include": ["energy.oil.refinery", "energy.electricity"], "exclude": []}),
            )
        ),
        "zones": draw(
            st.one_of(
                st.just({}),
                st.builds(lambda i, o: {"include": i, "exclude": o}, zone_lists("in"), zone_lists("out")),
            )
        ),
    }
    conditions: dict[str, Any] = {}
    preconditions = draw(st.sampled_from([0, 0, 0, 1, 2]))
    if preconditions:
        conditions["preconditions"] = [
            {"id": f"p{k}", "description": "a precondition", "timeline": draw(timelines(["met", "unmet", "waived"]))}
            for k in range(preconditions)
        ]
    if draw(st.integers(0, 3)):
        parties = draw(st.sampled_from([["RUS", "UKR"], ["UKR", "RUS"], ["RUS", "UKR", "USA"]]))
        releases = [
            {"party": draw(st.sampled_from(parties)), "at": iso(draw(instants())), "sources": SOURCE}
            for _ in range(draw(st.integers(0, 4)))
        ]
        conditions["reciprocity"] = {"parties": parties, "releases": releases}
    reading["conditions"] = conditions
    return reading


@st.composite
def acceptance(draw: st.DrawFn, statuses: list[str]) -> list[dict[str, Any]]:
    timeline = draw(timelines(statuses))
    if draw(st.booleans()):
        timeline.insert(0, {"status": "accepted", "at": iso(BASE - timedelta(days=3)), "sources": SOURCE})
    return timeline


@st.composite
def agreements(draw: st.DrawFn, index: int = 0) -> Agreement:
    statuses = ["proposed", "accepted", "accepted_with_conditions", "declined", "withdrawn", "expired"]
    parties = [
        {"party": "RUS", "timeline": draw(acceptance(statuses))},
        {"party": "UKR", "timeline": draw(acceptance(statuses))},
        {"party": "USA", "role": draw(st.sampled_from(["mediator", "party"])), "timeline": draw(timelines(statuses))},
    ]
    return Agreement.model_validate(
        {
            "id": f"agreement-{index}",
            "title": "generated",
            "coverage": "partial",
            "sides": "bilateral",
            "parties": parties,
            "readings": [draw(readings(k)) for k in range(draw(st.integers(1, 2)))],
            "sources": SOURCE,
        }
    )


@st.composite
def incidents(draw: st.DrawFn) -> list[Incident]:
    count = draw(st.integers(0, 25))
    ids = draw(st.lists(st.text("abc/12", min_size=1, max_size=4), min_size=count, max_size=count, unique=True))
    found = []
    for incident_id in ids:
        earliest = draw(instants())
        length = draw(st.sampled_from([0, 1, 3600, 6 * 3600, 12 * 3600, 86_400, 7 * 86_400]))
        time = {
            "earliest": iso(earliest),
            "latest": iso(earliest + timedelta(seconds=length)),
            "precision": draw(st.sampled_from(["minute", "hour", "day", "night", "week"])),
        }
        if draw(st.integers(0, 5)):
            place: dict[str, Any] = {
                "lat": draw(st.sampled_from([44.3, 44.5, 44.52, 44.8, 45.0, 45.3, 45.6, 46.0, 46.5])),
                "lon": draw(st.sampled_from([32.8, 33.0, 33.05, 33.5, 34.0, 34.6, 35.0, 35.5, 36.5])),
                "radius_km": draw(st.sampled_from([0, 1, 5, 20, 60])),
            }
        else:
            place = {"name": "somewhere"}
        found.append(
            Incident.model_validate(
                {
                    "id": incident_id,
                    "claim_ids": [incident_id],
                    "time": time,
                    "place": place,
                    "target": {"category": draw(st.sampled_from([*CATEGORY_IDS, *ENERGY]))},
                    "act": draw(st.sampled_from([*ACT_IDS, "strike.drone", "strike.drone", "strike.missile"])),
                    "perpetrator": draw(st.sampled_from([None, "RUS", "UKR", "UKR", "RUS", "USA"])),
                    "stance": draw(st.sampled_from(["accusation", "accusation", "denial", "admission"])),
                }
            )
        )
    return found


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    found=incidents(),
    first=agreements(0),
    second=st.one_of(st.none(), agreements(1)),
    as_of=st.one_of(st.none(), instants()),
)
def test_columnar_gives_the_reference_findings(
    found: list[Incident], first: Agreement, second: Agreement | None, as_of: datetime | None
) -> None:
    check(found, [first] if second is None else [second, first], as_of)


# ---------------------------------------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------------------------------------

RELEASE = TOY_AGREEMENT.replace(
    "reciprocity: {parties: [RUS, UKR]}",
    'reciprocity: {parties: [RUS, UKR], releases: [{party: RUS, at: "2025-03-21T00:00:00+03:00",'
    ' sources: [{url: "https://example.org/release"}]}]}',
)


def toy_incidents() -> list[Incident]:
    return [
        incident(
            f"r{n:02d}/1",
            time=night(f"2025-03-{10 + n:02d}"),
            perpetrator=("RUS", "UKR", None)[n % 3],
            act=("strike.drone", "unknown", "ground.assault")[n % 3 if n % 4 else 0],
            target={"category": ("energy", "energy.oil.refinery", "unknown", "energy.electricity.line")[n % 4]},
            stance="denial" if n == 7 else "accusation",
        )
        for n in range(20)
    ]


@pytest.mark.parametrize("text", [TOY_AGREEMENT, RELEASE], ids=["undeclared", "declared-release"])
def test_toy_agreement_findings_traces_and_counts(text: str) -> None:
    agreement = toy_agreement(text)
    found = toy_incidents()
    table = check(list(reversed(found)), [agreement])
    reference = adjudicate(found, [agreement])
    assert [f.model_dump_json() for f in table.to_findings(list(reversed(found)))] == [
        f.model_dump_json() for f in reference
    ]
    expected = Counter((f.agreement_id, f.reading_id, f.perpetrator, f.day, f.verdict) for f in reference)
    assert table.counts() == dict(expected)


def test_declared_release_frees_the_other_side() -> None:
    agreement = toy_agreement(RELEASE)
    first = incident("a/1", perpetrator="UKR", time=night("2025-03-20"))
    second = incident("b/1", perpetrator="RUS", time=night("2025-03-22"))
    table = check([first, second], [agreement])
    rows = {key[2]: key for key in table.verdicts() if key[1] == "RUS"}
    assert rows["b/1"][3:5] == ("not_covered", ("condition",))
    as_of = datetime(2025, 3, 20, 12, tzinfo=UTC)
    early = {key[2]: key for key in check([first, second], [agreement], as_of).verdicts() if key[1] == "RUS"}
    assert early["b/1"][3] == "violation"
    assert early["b/1"][7] == ("a/1",)


def test_a_freed_violation_does_not_free_the_other_side() -> None:
    """UKR is freed before its strike; that strike is then no violation and cannot free RUS in turn."""
    text = TOY_AGREEMENT.replace(
        "reciprocity: {parties: [RUS, UKR]}",
        "reciprocity: {parties: [RUS, UKR], releases: ["
        '{party: UKR, at: "2025-03-21T00:00:00+03:00", sources: [{url: "https://example.org/u"}]},'
        '{party: RUS, at: "2025-03-25T00:00:00+03:00", sources: [{url: "https://example.org/r"}]}]}',
    )
    found = [
        incident("a/1", perpetrator="RUS", time=night("2025-03-20")),  # frees UKR from the 21st
        incident("b/1", perpetrator="UKR", time=night("2025-03-23")),  # UKR was freed: not a violation
        incident("c/1", perpetrator="RUS", time=night("2025-03-27")),  # so RUS's release frees nothing
    ]
    table = check(found, [toy_agreement(text)])
    rows = {key[2]: key[3] for key in table.verdicts() if key[1] == "RUS"}
    assert rows == {"a/1": "violation", "b/1": "not_covered", "c/1": "violation"}


def test_zones_and_places_without_points() -> None:
    text = TOY_AGREEMENT.replace(
        "targets: {include: [energy.oil.refinery, energy.oil.storage, energy.electricity]}",
        "targets: {include: [energy.oil.refinery, energy.oil.storage, energy.electricity]}\n"
        "      zones: {include: [{name: black-sea}], exclude: [{name: eastern-black-sea}]}",
    )
    agreement = toy_agreement(text)
    places = [
        {"name": "Tuapse", "lat": 44.1, "lon": 39.07, "radius_km": 5},
        {"name": "open sea", "lat": 43.5, "lon": 33.0, "radius_km": 1},
        {"name": "Kyiv", "lat": 50.45, "lon": 30.52, "radius_km": 10},
        {"name": "Odesa coast", "lat": 46.48, "lon": 30.75, "radius_km": 30},
        {"name": "Crimea", "admin1": "Crimea"},
    ]
    found = [incident(f"p{k}/1", place=place, time=night("2025-03-28")) for k, place in enumerate(places)]
    table = check(found, [agreement])
    verdicts = [key[3] for key in table.verdicts()][: len(found)]
    assert "undetermined" in verdicts and "not_covered" in verdicts


def test_arrays_built_directly_match_arrays_from_incidents() -> None:
    found = toy_incidents()
    built = IncidentArrays.from_incidents(found)
    direct = IncidentArrays(
        ids=np.array([i.id for i in found]),
        earliest=built.earliest.copy(),
        latest=built.latest.copy(),
        act=IncidentArrays.encode([i.act for i in found], IncidentArrays.ACT_IDS),
        category=IncidentArrays.encode([i.target.category for i in found], IncidentArrays.CATEGORY_IDS),
        perpetrator=np.array([-1 if i.perpetrator is None else ("RUS", "UKR").index(i.perpetrator) for i in found]),
        stance=IncidentArrays.encode([i.stance for i in found], ("accusation", "admission", "denial", "observation")),
        lat=built.lat.copy(),
        lon=built.lon.copy(),
        radius_km=built.radius_km.copy(),
        parties=("RUS", "UKR"),
    )
    agreement = toy_agreement()
    assert list(adjudicate_columnar(direct, [agreement]).verdicts()) == list(
        adjudicate_columnar(found, [agreement]).verdicts()
    )


def test_bad_arrays_are_refused_with_the_field() -> None:
    built = IncidentArrays.from_incidents(toy_incidents())
    with pytest.raises(InputError, match="'act'"):
        IncidentArrays(**{**vars(built), "act": np.full(len(built), 99)})
    with pytest.raises(InputError, match="'earliest'"):
        IncidentArrays(**{**vars(built), "earliest": built.earliest[:3]})


def test_empty_batch() -> None:
    table = adjudicate_columnar([], [toy_agreement()])
    assert len(table) == 0 and list(table.verdicts()) == [] and table.counts() == {}


def test_bundled_agreements() -> None:
    bundled = load_agreements()
    assert len(bundled) >= 3
    found = [
        incident(
            f"b{n:03d}/1",
            time=night(f"2025-{3 + n // 31:02d}-{1 + n % 28:02d}", ("+03:00", "+02:00")[n % 2]),
            perpetrator=("RUS", "UKR", None)[n % 3],
            target={"category": CATEGORY_IDS[n % len(CATEGORY_IDS)]},
            act=ACT_IDS[n % len(ACT_IDS)] if n % 3 else "strike.drone",
            place={"name": "x", "lat": 44.0 + (n % 9) * 0.8, "lon": 30.0 + (n % 13) * 0.9, "radius_km": n % 25},
            stance="denial" if n % 17 == 0 else "accusation",
        )
        for n in range(120)
    ]
    check(found, bundled)
    check(found, bundled, datetime(2025, 3, 26, tzinfo=UTC))
