"""A side telling its own strike speaks on (round 41): a body named again with no side after the side named it ("The
General Staff said", "The Unmanned Systems Forces also reported") keeps the side's admission, and is not relayed to the
authorities of the place hit as their accusation; a side accusing the other, a governor quoted after it, and a body
named with both sides are unchanged."""

from __future__ import annotations

import functools

from ceasewatch.extract import Extractor
from ceasewatch.model import Claim
from tests.test_extract import NEWS, run

_extractor = functools.cache(Extractor)  # one extractor for the module, built when first asked for


def _at(text: str, place: str) -> list[tuple[str | None, str | None, str]]:
    claims: list[Claim] = run(_extractor(), text, NEWS)
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
    depot = [c for c in run(_extractor(), text, NEWS) if "Saratov" in (c.place.name or "") and c.evidence.start > 200]
    assert depot  # the depot is found, so the check below is on a claim, not on nothing
    assert all(c.claimant != "UKR" or c.stance != "admission" for c in depot)


def test_a_role_named_by_both_sides_is_neither_sides_after_a_sideless_speaker() -> None:
    # the last speaker before the bare "The General Staff" names no side: the depot is neither side's claim (without
    # "a role named by both sides names neither", Russia's, the side that named the role last)
    text = (
        "Ukraine's General Staff said its drones hit a refinery in Saratov. Russia's General Staff said Ukrainian "
        "drones were shot down. Local media reported explosions in the city. The General Staff said drones also hit "
        "an oil depot in Saratov."
    )
    depot = [c for c in run(_extractor(), text, NEWS) if c.target.category == "energy.oil.storage"]
    assert [(c.claimant, c.stance) for c in depot] == [(None, "observation")]


def test_a_local_role_named_again_is_the_side_that_named_it() -> None:
    # "The emergency service" after "Ukraine's State Emergency Service" is Ukraine's, not Russia's, who spoke last
    text = (
        "Ukraine's State Emergency Service said Russian drones hit a house in Kharkiv. Russia's Defence Ministry said "
        "it struck military targets in Kharkiv. The emergency service said a school was damaged in Kharkiv."
    )
    claims = run(_extractor(), text, NEWS)
    assert not [c for c in claims if c.claimant == "RUS" and c.target.category.startswith("civilian")]


def test_a_governor_who_told_the_sentence_before_after_the_side_tells_an_accusation() -> None:
    # the sentence's speaker is the governor the next sentence names ("Про це повідомив губернатор області"): his
    # accusation, not the side's admission, though the side spoke last
    for text in (
        "Генштаб ЗСУ повідомив про ураження НПЗ у Рязані. Український дрон влучив у нафтобазу у Воронежі. Про це "
        "повідомив губернатор області.",
        "Генштаб ВСУ сообщил о поражении НПЗ в Рязани. Украинский дрон попал в нефтебазу в Воронеже. Об этом "
        "сообщил губернатор области.",
    ):
        assert _at(text, "Voronezh") == [("UKR", "RUS", "accusation")]


def test_an_operational_hq_after_the_side_tells_an_accusation() -> None:
    # a regional operational HQ speaking ends the side's turn: its word is the place's accusation
    for text in (
        "Ukraine's military claimed to have struck Russia's Ryazan oil refinery. The regional operational "
        "headquarters said a Ukrainian drone hit an oil depot in Voronezh.",
        "Ukraine's General Staff said its drones hit the Ryazan refinery. The Kursk regional operational headquarters "
        "said a drone hit a substation in Kursk.",
    ):
        place = "Voronezh" if "Voronezh" in text else "Kursk"
        assert _at(text, place) == [("UKR", "RUS", "accusation")]


def test_a_sentence_naming_no_body_after_the_side_is_still_the_authorities() -> None:
    # only a body named (``voice``) speaks on for its side: the outlet's own line after it is relayed as before (the
    # 'bool(voice(i))' of the admission test; an admission without it, checked)
    text = GOVERNOR_THEN_SIDE + (
        "Ukrainian drones also hit the Annanefteprodukt oil storage facility in the Voronezh region."
    )
    assert _at(text, "Voronezh") == [("UKR", "RUS", "accusation")]
