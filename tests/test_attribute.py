"""Attribution: a probability per party from accusations, admissions, denials, territory and weapons."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from ceasewatch.geo.control import ControlLayer, ControlLayers
from ceasewatch.model import Attribution, Claim, Report, Source
from ceasewatch.resolve._attribute import UNKNOWN, AttributionParams, attribute, weapon_origin

MOD = Source(name="Russian Ministry of Defence", affiliation="party_official", party="RUS")
ZELENSKY = Source(name="President of Ukraine", affiliation="party_official", party="UKR")
GENSTAFF = Source(name="General Staff of Ukraine", affiliation="party_official", party="UKR")
REUTERS = Source(name="Reuters", affiliation="independent_media")
START = datetime(2025, 3, 19, 1, 0, tzinfo=UTC)
KHARKIV = (49.99, 36.23)  # held by UKR
BELGOROD = (50.60, 36.60)  # in Russia


def claim_of(report_id: str, place: tuple[float, float] = KHARKIV, **fields: Any) -> Claim:
    values: dict[str, Any] = {
        "id": f"{report_id}/1",
        "report_id": report_id,
        "time": {
            "earliest": START.isoformat(),
            "latest": (START + timedelta(hours=3)).isoformat(),
            "precision": "night",
        },
        "place": {"name": "the substation", "lat": place[0], "lon": place[1], "radius_km": 2, "precision": "facility"},
        "target": {"category": "energy.electricity.substation"},
        "act": "strike.drone",
        "stance": "accusation",
    }
    values.update(fields)
    return Claim.model_validate(values)


def said(report_id: str, source: Source, **fields: Any) -> tuple[Report, Claim]:
    report = Report(id=report_id, published_at=START + timedelta(hours=6), source=source, text=f"{report_id} text")
    return report, claim_of(report_id, claimant=source.party, **fields)


def run(*pairs: tuple[Report, Claim], **options: Any) -> Attribution:
    return attribute([c for _, c in pairs], {r.id: r for r, _ in pairs}, **options)


@dataclass(frozen=True)
class Answer:
    party: str | None
    status: str
    basis: str


class Control:
    """A stand-in for ControlLayers: one answer everywhere."""

    def __init__(self, party: str | None, status: str = "controlled") -> None:
        self.answer = Answer(party, status, f"test layer: {status}")

    def controller(self, lat: float, lon: float, day: date) -> Answer:
        return self.answer


def test_no_evidence_gives_the_prior() -> None:
    result = run(said("r", REUTERS))  # no perpetrator, no weapon, no control layers
    assert result.probabilities == pytest.approx({"RUS": 1 / 3, "UKR": 1 / 3, UNKNOWN: 1 / 3})
    assert "territory: no control layers given, not used" in result.basis
    assert attribute([], {}).probabilities == pytest.approx({"RUS": 1 / 3, "UKR": 1 / 3, UNKNOWN: 1 / 3})


def test_an_accusation_is_weak_evidence_and_independent_reports_stronger() -> None:
    accused = run(said("z", ZELENSKY, perpetrator="RUS"))
    assert accused.probabilities["RUS"] == pytest.approx(math.exp(0.7) / (math.exp(0.7) + 2))
    assert "+0.70 to RUS: accused by UKR (President of Ukraine) [accusation +0.70 × confidence 1.00]" in accused.basis
    both = run(said("z", ZELENSKY, perpetrator="RUS"), said("reuters", REUTERS, perpetrator="RUS"))
    assert both.probabilities["RUS"] > accused.probabilities["RUS"] + 0.2
    assert any("named by Reuters (independent media" in b for b in both.basis)


def test_an_outlet_relaying_an_accusation_adds_nothing() -> None:
    accused = run(said("z", ZELENSKY, perpetrator="RUS"))
    relay = Report(id="ind", published_at=START, source=REUTERS, text="Reuters relays Kyiv's accusation.")
    relayed = attribute(
        [claim_of("z", claimant="UKR", perpetrator="RUS"), claim_of("ind", claimant="UKR", perpetrator="RUS")],
        {"z": Report(id="z", published_at=START, source=ZELENSKY, text="z text"), "ind": relay},
    )
    assert relayed.probabilities == pytest.approx(accused.probabilities)
    assert any("accused by UKR (President of Ukraine; relayed by Reuters)" in b for b in relayed.basis)


def test_an_admission_dominates() -> None:
    result = run(
        said("mod-admits", MOD, perpetrator="RUS", stance="admission"),
        said("mod-accuses", MOD, perpetrator="UKR"),
        said("gs-denies", GENSTAFF, perpetrator="UKR", stance="denial"),
        control=Control("RUS"),  # even in RUS-held territory
    )
    assert max(result.probabilities, key=result.probabilities.__getitem__) == "RUS"
    assert result.probabilities["RUS"] > 0.6
    assert any(b.startswith("+3.00 to RUS: admitted by RUS") for b in result.basis)
    assert any(b.startswith("-0.30 to UKR: denied by UKR") for b in result.basis)


def test_a_denial_is_weak_evidence_against() -> None:
    accused = run(said("mod", MOD, perpetrator="UKR"))
    denied = run(said("mod", MOD, perpetrator="UKR"), said("gs", GENSTAFF, perpetrator="UKR", stance="denial"))
    assert 0 < accused.probabilities["UKR"] - denied.probabilities["UKR"] < 0.1


def test_territory_points_to_the_adversary_of_the_holder() -> None:
    result = run(said("r", REUTERS), control=Control("UKR"))
    assert result.probabilities["RUS"] > result.probabilities["UKR"]
    assert any(b.startswith("+1.00 to RUS: the substation") and "held by UKR" in b for b in result.basis)
    unknown = run(said("r", REUTERS), control=Control(None, "unknown"))
    assert unknown.probabilities == pytest.approx({"RUS": 1 / 3, "UKR": 1 / 3, UNKNOWN: 1 / 3})
    assert any(b.startswith("territory: control of the substation") and "is unknown" in b for b in unknown.basis)


def test_territory_from_real_control_layers() -> None:
    layers = ControlLayers([ControlLayer(date(2025, 3, 18), ("test",), {})])
    in_ukraine = run(said("r", REUTERS, place=KHARKIV), control=layers)
    in_russia = run(said("r", REUTERS, place=BELGOROD), control=layers)
    assert in_ukraine.probabilities["RUS"] > in_ukraine.probabilities["UKR"]
    assert in_russia.probabilities["UKR"] > in_russia.probabilities["RUS"]
    before = run(said("r", REUTERS), control=ControlLayers([ControlLayer(date(2025, 4, 1), ("test",), {})]))
    assert any("no control layer on or before 2025-03-19" in b for b in before.basis)


@pytest.mark.parametrize(
    ("weapon", "party"),
    [
        ("Shahed drone", "RUS"),
        ("Geran-2", "RUS"),
        ("шахед", "RUS"),
        ("2 Iskander-M", "RUS"),
        ("Kh-101", "RUS"),
        ("Х-101", "RUS"),
        ("glide_bomb", "RUS"),
        ("КАБ", "RUS"),
        ("HIMARS rockets", "UKR"),
        ("storm_shadow", "UKR"),
        ("ATACMS", "UKR"),
        ("Neptune", "UKR"),
        ("Liutyi", "UKR"),
        ("FP-1", "UKR"),
        ("drone", None),
        ("ballistic missile", None),
        ("artillery", None),
        ("S-300", None),
        (None, None),
    ],
)
def test_weapon_origin(weapon: str | None, party: str | None) -> None:
    origin = weapon_origin(weapon)
    assert (origin[0] if origin else None) == party


def test_the_weapon_says_who_fired_it() -> None:
    shahed = run(said("z", REUTERS, weapon="Shahed drone"))
    assert shahed.probabilities["RUS"] > 0.6
    assert any("weapon 'Shahed drone' (Shahed/Geran drone" in b for b in shahed.basis)
    himars = run(said("m", MOD, perpetrator="UKR", weapon="HIMARS rockets"))
    assert himars.probabilities["UKR"] > 0.7
    generic = run(said("r", REUTERS, weapon="drone"))
    assert generic.probabilities == pytest.approx({"RUS": 1 / 3, "UKR": 1 / 3, UNKNOWN: 1 / 3})
    assert "weapon 'drone': says nothing of who fired it" in generic.basis


def test_probabilities_sum_to_one_and_are_deterministic() -> None:
    pairs = [
        said("z", ZELENSKY, perpetrator="RUS", weapon="Shahed drone"),
        said("mod", MOD, perpetrator="UKR", weapon="drone"),
        said("gs", GENSTAFF, perpetrator="UKR", stance="denial"),
        said("reuters", REUTERS, perpetrator="RUS", confidence=0.6),
        said("blr", REUTERS, perpetrator="BLR"),
    ]
    first = run(*pairs, control=Control("UKR"))
    assert set(first.probabilities) == {"BLR", "RUS", "UKR", UNKNOWN}
    assert math.isclose(sum(first.probabilities.values()), 1.0)
    for seed in range(5):
        shuffled = pairs[:]
        random.Random(seed).shuffle(shuffled)
        assert run(*shuffled, control=Control("UKR")) == first


def test_weights_are_parameters() -> None:
    params = AttributionParams(accusation=0.0)
    result = run(said("z", ZELENSKY, perpetrator="RUS"), params=params)
    assert result.probabilities == pytest.approx({"RUS": 1 / 3, "UKR": 1 / 3, UNKNOWN: 1 / 3})
    flat = AttributionParams(unknown_prior=-math.inf)
    assert run(said("r", REUTERS), params=flat).probabilities == pytest.approx({"RUS": 0.5, "UKR": 0.5, UNKNOWN: 0.0})
