"""Corroboration: voices, copies, admissions, denials, sensors and monitors, from hand-built claims and reports."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from ceasewatch.model import Claim, Facility, Report, Source
from ceasewatch.resolve._corroborate import (
    CorroborationParams,
    DuplicateIndex,
    ObservationIndex,
    corroborate,
    corroborate_many,
)

MOD = Source(name="Russian Ministry of Defence", affiliation="party_official", party="RUS")
TASS = Source(name="TASS", affiliation="party_aligned_media", party="RUS")
GENSTAFF = Source(name="General Staff of Ukraine", affiliation="party_official", party="UKR")
FIRMS = Source(name="NASA FIRMS", affiliation="sensor")
MONITOR = Source(name="Energy Monitoring Mission", affiliation="monitor")

STATEMENT = (
    "The defence ministry says that on the night of 24 March Ukrainian drones attacked the Kropotkinskaya oil "
    "pumping station of the Caspian Pipeline Consortium in Krasnodar Krai, damaging its power supply, and calls "
    "the attack a deliberate provocation against the energy truce agreed with the United States."
)
START = datetime(2025, 3, 24, 1, 0, tzinfo=UTC)  # the claimed time: 01:00 to 03:00 UTC
FACILITY = "cw:kropotkinskaya-ps"


def independent(name: str) -> Source:
    return Source(name=name, affiliation="independent_media")


def claim_of(report_id: str, n: int = 1, **fields: Any) -> Claim:
    values: dict[str, Any] = {
        "id": f"{report_id}/{n}",
        "report_id": report_id,
        "time": {
            "earliest": START.isoformat(),
            "latest": (START + timedelta(hours=2)).isoformat(),
            "precision": "hour",
        },
        "place": {
            "name": "Kropotkin",
            "lat": 45.44,
            "lon": 40.57,
            "radius_km": 2,
            "precision": "facility",
            "country": "RUS",
        },
        "target": {"category": "energy.oil.pumping_station", "facility_id": FACILITY},
        "act": "strike.drone",
        "weapon": "drone",
        "perpetrator": "UKR",
        "stance": "accusation",
    }
    values.update(fields)
    return Claim.model_validate(values)


def report(report_id: str, source: Source, text: str | None = None, hours: float = 6) -> Report:
    return Report(
        id=report_id,
        published_at=START + timedelta(hours=hours),
        source=source,
        text=text or f"{source.name} report {report_id} about something else entirely",
    )


def incident(*pairs: tuple[Report, Claim]) -> tuple[list[Claim], dict[str, Report]]:
    return [c for _, c in pairs], {r.id: r for r, _ in pairs}


def accusation(
    report_id: str = "mod", source: Source = MOD, text: str = STATEMENT, **fields: Any
) -> tuple[Report, Claim]:
    return report(report_id, source, text), claim_of(report_id, claimant=source.party, **fields)


def denial(report_id: str = "genstaff") -> tuple[Report, Claim]:
    text = "The General Staff says the Russian claims of a drone attack on the pumping station are false."
    return report(report_id, GENSTAFF, text), claim_of(report_id, stance="denial", claimant="UKR")


def hotspot(
    hours_after_end: float,
    report_id: str | None = None,
    facility_id: str = FACILITY,
    lat: float = 45.45,
    lon: float = 40.58,
) -> tuple[Report, Claim]:
    at = START + timedelta(hours=2 + hours_after_end)
    report_id = report_id or f"firms:viirs:N20:{at:%Y-%m-%dT%H%M}"
    r = Report(
        id=report_id,
        published_at=at,
        source=FIRMS,
        title="VIIRS hotspot",
        text=f"VIIRS active fire detection at {lat}, {lon} on {at:%Y-%m-%d %H:%M} UTC.",
    )
    c = claim_of(
        report_id,
        time={"earliest": at.isoformat(), "latest": at.isoformat(), "precision": "minute"},
        place={"lat": lat, "lon": lon, "radius_km": 0.4, "precision": "exact"},
        target={"category": "energy.oil.pumping_station", "facility_id": facility_id},
        act="unknown",
        weapon=None,
        perpetrator=None,
        stance="observation",
        confidence=0.9,
    )
    return r, c


# -- levels -----------------------------------------------------------------------------------------------------------


def test_one_party_only_is_claimed() -> None:
    claims, reports = incident(accusation(), accusation("tass", TASS, "TASS: drones hit a pumping station."))
    result = corroborate(claims, reports)
    assert result.level == "claimed"
    assert result.voices == 1  # the ministry and aligned media are one voice
    assert result.basis[0] == "level claimed: claimed by RUS only"
    assert "1 independent voice: RUS officials and aligned media (Russian Ministry of Defence; TASS)" in result.basis


def test_accusation_and_denial_is_disputed() -> None:
    claimed = corroborate(*incident(accusation()))
    result = corroborate(*incident(accusation(), denial()))
    assert result.level == "disputed"
    assert "denied by UKR (General Staff of Ukraine)" in result.basis
    assert result.score < claimed.score
    assert result.voices == 1


def test_independent_media_make_it_independently_reported() -> None:
    disputed = corroborate(*incident(accusation(), denial()))
    own = report("reuters", independent("Reuters"), "Reuters saw smoke over the Kropotkinskaya station.")
    result = corroborate(*incident(accusation(), denial(), (own, claim_of("reuters", claimant=None))))
    assert result.level == "independently_reported"
    assert result.voices == 2
    assert result.score > disputed.score
    assert any("RUS officials (Russian Ministry of Defence); Reuters (independent media)" in b for b in result.basis)


def test_an_outlet_relaying_a_party_is_that_party_s_voice() -> None:
    relay = report("mt", independent("The Moscow Times"), "The Moscow Times reports the ministry's claim.")
    result = corroborate(*incident(accusation(), (relay, claim_of("mt", claimant="RUS"))))
    assert result.level == "claimed"
    assert result.voices == 1
    assert any("relayed by The Moscow Times" in b for b in result.basis)


def test_outlets_carrying_one_wire_are_one_voice() -> None:
    a = report("a", independent("gCaptain (Reuters)"), "Reuters: a fire at the pumping station after drones.")
    b = report("b", independent("The Star (Reuters)"), "Kropotkinskaya station burns, Reuters witnesses say.")
    result = corroborate(*incident(accusation(), (a, claim_of("a")), (b, claim_of("b"))))
    assert result.voices == 2
    assert any("Reuters (independent media; gCaptain (Reuters); The Star (Reuters))" in b for b in result.basis)


def test_copies_of_one_statement_by_five_outlets_count_once() -> None:
    leads = ("", "BREAKING: ", "Update. ", "From our correspondent: ", "Reported at 09:00. ")
    copies = [
        (report(f"outlet{i}", independent(f"Outlet {i}"), lead + STATEMENT, hours=7 + i), claim_of(f"outlet{i}"))
        for i, lead in enumerate(leads)
    ]
    own = report("reuters", independent("Reuters"), "Reuters saw smoke rising over the station in the morning.")
    result = corroborate(*incident(*copies, (own, claim_of("reuters"))))
    assert result.level == "independently_reported"
    assert result.voices == 2  # Outlet 0 (and its four copies) and Reuters
    assert any(b.startswith("5 reports carry one text") and "as outlet0" in b for b in result.basis)
    distinct = [
        (
            report(
                f"outlet{i}",
                independent(f"Outlet {i}"),
                f"Outlet {i} has its own story number {i} of a fire at "
                f"the station, told in words {i * 7} that no other outlet uses, story {i}.",
            ),
            claim_of(f"outlet{i}"),
        )
        for i in range(5)
    ]
    assert corroborate(*incident(*distinct)).voices == 5


def test_copies_of_a_party_statement_are_the_party_s_voice() -> None:
    copies = [
        (report(f"copy{i}", independent(f"Outlet {i}"), STATEMENT, hours=8 + i), claim_of(f"copy{i}")) for i in range(3)
    ]
    result = corroborate(*incident(accusation(), *copies))
    assert result.level == "claimed"
    assert result.voices == 1
    assert any("copied by Outlet 0" in b for b in result.basis)


def test_a_hotspot_at_the_facility_two_hours_later_is_sensor_supported() -> None:
    claims, reports = incident(accusation(), denial(), hotspot(2))
    result = corroborate(claims, reports)
    assert result.level == "sensor_supported"
    assert any(
        b.startswith("NASA FIRMS VIIRS hotspot 1.4 km from the facility 2 h after the claimed time")
        for b in result.basis
    ), result.basis
    assert result.score > corroborate(*incident(accusation(), denial())).score
    assert result.voices == 2


def test_a_hotspot_in_a_separate_list_is_found_by_facility_and_window() -> None:
    claims, reports = incident(accusation())
    spot_report, spot = hotspot(2)
    far_report, far = hotspot(30)
    other_report, other = hotspot(1, facility_id="cw:somewhere-else")
    reports.update({r.id: r for r in (spot_report, far_report, other_report)})
    result = corroborate(claims, reports, observations=[spot, far, other])
    assert result.level == "sensor_supported"
    assert sum("hotspot" in b for b in result.basis) == 1
    assert corroborate(claims, reports, observations=ObservationIndex([far, other])).level == "claimed"


def test_a_hotspot_outside_the_window_is_listed_but_not_counted() -> None:
    result = corroborate(*incident(accusation(), hotspot(30)))
    assert result.level == "claimed"
    assert any("30 h after the claimed time: not counted (outside the window" in b for b in result.basis)


def test_distance_is_measured_from_the_registry_s_facility() -> None:
    facility = Facility(
        id=FACILITY, name="Kropotkinskaya", category="energy.oil.pumping_station", lat=45.45, lon=40.58, source="test"
    )

    class Registry:
        def __contains__(self, facility_id: object) -> bool:
            return facility_id == FACILITY

        def get(self, facility_id: str) -> Facility:
            return facility

    result = corroborate(*incident(accusation(), hotspot(2)), facilities=Registry())
    assert any(b.startswith("NASA FIRMS VIIRS hotspot 0 km from the facility") for b in result.basis)


def test_an_admission_raises_the_score() -> None:
    accused = corroborate(*incident(accusation()))
    admit = report("genstaff-admit", GENSTAFF, "The General Staff confirms a strike on the pumping station.")
    admitted = corroborate(
        *incident(accusation(), (admit, claim_of("genstaff-admit", stance="admission", claimant="UKR")))
    )
    assert admitted.score > accused.score + 0.2
    assert any(b.startswith("admitted by UKR (General Staff of Ukraine)") for b in admitted.basis)
    assert admitted.level == "claimed"


def test_a_monitor_confirms() -> None:
    seen = report("emm", MONITOR, "The mission's team saw a damaged transformer at the station.")
    result = corroborate(*incident(accusation(), denial(), hotspot(2), (seen, claim_of("emm", perpetrator=None))))
    assert result.level == "confirmed"
    assert "observed by the monitor Energy Monitoring Mission" in result.basis


def test_claims_without_reports_count_by_their_claimant() -> None:
    claims = [claim_of("x", claimant="RUS"), claim_of("y", claimant="UKR", stance="denial")]
    result = corroborate(claims, {})
    assert result.level == "disputed"
    assert result.voices == 1


# -- the score and its model ------------------------------------------------------------------------------------------


def test_the_score_is_the_logistic_of_the_listed_terms() -> None:
    params = CorroborationParams(base=0.0, party_voice=0.0)
    result = corroborate(*incident(accusation()), params=params)
    assert result.score == 0.5
    assert result.basis[-1] == (
        "score 0.50 = logistic(+0.00 base +0.00 party voice RUS (party_voice +0.00 × "
        "confidence 1.00)) = logistic(+0.00)"
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [("lsh_bands", 7), ("duplicate_threshold", 0.0), ("shingle_words", 0), ("sensor_after_h", -1.0)],
)
def test_bad_params_are_refused_up_front(field: str, value: Any) -> None:
    with pytest.raises(ValueError, match=field):
        CorroborationParams(**{field: value})


def test_no_claims_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one claim"):
        corroborate([], {})


def test_deterministic_in_any_order_and_batch_equals_one() -> None:
    pairs = [accusation(), denial(), hotspot(2), accusation("tass", TASS, "TASS: drones hit a pumping station.")]
    claims, reports = incident(*pairs)
    first = corroborate(claims, reports)
    for seed in range(5):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert corroborate(shuffled, dict(reversed(list(reports.items())))) == first
    other_claims, other_reports = incident(accusation("x", text="The ministry reports another attack."))
    everything = {**reports, **other_reports}
    batch = corroborate_many([claims, other_claims], everything)
    assert batch == [first, corroborate(other_claims, other_reports)]
    index = DuplicateIndex.build(everything.values())
    assert corroborate_many([claims], everything, duplicates=index) == [corroborate(claims, reports, duplicates=index)]


# -- the near-duplicate index -----------------------------------------------------------------------------------------


def test_duplicate_index_over_a_batch_finds_the_copies_and_nothing_else() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    reports: list[Report] = []
    expected: dict[str, str] = {}
    for n in range(300):
        words = rng.sample(vocabulary, 40)
        base = report(f"r{n:03d}", independent(f"Outlet {n}"), " ".join(words), hours=n)
        reports.append(base)
        expected[base.id] = base.id
        if n % 10 == 0:  # three copies, each with a word or two changed
            for k in range(3):
                changed = words[:]
                changed[rng.randrange(40)] = "changed"
                copy = report(f"r{n:03d}c{k}", independent(f"Copier {k}"), " ".join(changed), hours=n + 1 + k)
                reports.append(copy)
                expected[copy.id] = base.id
    shuffled = reports[:]
    random.Random(1).shuffle(shuffled)
    index = DuplicateIndex.build(shuffled)
    assert {r.id: index.original(r.id) for r in reports} == expected
    assert index.copies("r010c2") == ("r010", "r010c0", "r010c1", "r010c2")
    assert index.original("not-in-the-index") == "not-in-the-index"


def test_denials_alone_are_not_called_disputed() -> None:
    """An incident made only of denials has nobody claiming the act: it is not 'claimed, and denied'."""
    claims, reports = incident(denial())
    result = corroborate(claims, reports)
    assert result.level == "claimed"
    assert any("only denials" in line for line in result.basis)
