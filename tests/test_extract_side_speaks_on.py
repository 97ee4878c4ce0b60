"""A side telling its own strike speaks on (round 41): a body named again with no side after the side named it ("The
General Staff said", "The Unmanned Systems Forces also reported") keeps the side's admission, and is not relayed to the
authorities of the place hit as their accusation; a side accusing the other, a governor quoted after it, and a body
named with both sides are unchanged."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.model import Claim
from tests.test_extract import NEWS, run


def _at(text: str, place: str) -> list[tuple[str | None, str | None, str]]:
    claims: list[Claim] = run(Extractor(), text, NEWS)
    return sorted(
        (c.perpetrator, c.claimant, c.stance) for c in claims if place in (c.place.name or c.place.admin1 or "")
    )


GOVERNOR_THEN_SIDE = (
    "Acting Governor Yury Slyusar reported that the military had repelled a massive air attack during the night over "
    "the Rostov region. Meanwhile, Ukraine's military claimed to have struck Russia's Ryazan oil refinery, causing a "
    "fire on its territory. "
)


def test_a_drone_force_reporting_after_its_side_keeps_the_admission() -> None:
    text = GOVERNOR_THEN_SIDE + (
        "The Unmanned Systems Forces also reported hitting the Annanefteprodukt oil storage facility in the Voronezh "
        "region."
    )
    assert _at(text, "Voronezh") == [("UKR", "UKR", "admission")]


def test_the_general_staff_named_again_is_the_side_that_named_it() -> None:
    text = (
        "Sixteen fuel tanks were damaged at an oil terminal in Novorossiysk as a result of a Ukrainian drone strike, "
        "Ukraine's General Staff said on Oct. 15. The fire was still visible on Oct. 14, local media reported. The "
        'General Staff said a "large-scale fire is ongoing on the territory of the oil terminal" in Novorossiysk.'
    )
    assert {claimant for _, claimant, _ in _at(text, "Novorossiysk")} == {"UKR"}


def test_a_governor_after_the_side_still_tells_his_own_accusation() -> None:
    text = GOVERNOR_THEN_SIDE + (
        "Governor Alexander Gusev said a Ukrainian drone hit an oil storage facility in the Voronezh region."
    )
    assert ("UKR", "RUS", "accusation") in _at(text, "Voronezh")


def test_a_side_accusing_the_other_is_unchanged() -> None:
    text = (
        "Ukraine's General Staff said Russian drones hit a substation in Kharkiv overnight. The General Staff said "
        "Russian drones also damaged a thermal power plant in Kharkiv."
    )
    assert {(p, c, s) for p, c, s in _at(text, "Kharkiv")} == {("RUS", "UKR", "accusation")}


def test_a_role_named_by_both_sides_names_neither() -> None:
    text = (
        "Ukraine's General Staff said its drones hit a refinery in Saratov. Russia's General Staff said Ukrainian "
        "drones were shot down. Governor Roman Busargin said a fire broke out at an industrial site in Saratov. "
        "The General Staff said drones also hit an oil depot in Saratov."
    )
    depot = [c for c in run(Extractor(), text, NEWS) if "Saratov" in (c.place.name or "") and c.evidence.start > 200]
    assert all(c.claimant != "UKR" or c.stance != "admission" for c in depot)
