"""Drones downed counted in a clause of part after the attack told (rule round 37): "came under attacks by nine
drones, of which six were shot down" tells the attack on the places named; the clause of part does not make the
sentence an interception tally."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


def _places(text: str) -> set[str]:
    return {c.place.name or "" for c in run(Extractor(), text, NEWS)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "In the Belgorodsky district, the villages of Krasny Oktyabr and Repnoye came under attacks by nine "
            "drones, of which six were shot down by air defenses.",
            # (the gazetteer has no Repnoye in Belgorod Oblast: the raion stands, not Repnoye of Saratov Oblast)
            "Belgorodsky raion",
        ),
        ("Konotop was attacked by 12 drones, of which eight were shot down by air defence.", "Konotop"),
        ("Город Шебекино подвергся атаке девяти беспилотников, из которых шесть сбиты средствами ПВО.", "Shebekino"),
    ],
)
def test_downed_counted_after_the_attack_leave_the_attack(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # no attack word before the clause: a tally of what was launched and downed
        "Russia launched 71 missiles and 450 drones overnight, of which 412 drones were shot down over Sumy.",
        # the air defence in the main clause: still a tally
        "Air defences shot down 40 drones over Konotop, of which 12 were shot down over the city.",
        "ПВО сбили девять беспилотников над Шебекино, из которых шесть над городом.",
    ],
)
def test_downed_told_as_the_main_clause_stay_a_tally(text: str) -> None:
    assert _places(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # downed over a region: a tally of the other side's air defence, its region no place hit
        "Ночью противник атаковал Россию 40 беспилотниками, из них 35 уничтожены над Брянской областью.",
        "Ukraine attacked Russia with 40 drones overnight, of which 35 were destroyed over the Bryansk region, the "
        "Defence Ministry said.",
        "Над Белгородской областью атакованы 20 БПЛА, из которых 18 сбиты силами ПВО.",
    ],
)
def test_downed_over_a_region_in_a_clause_of_part_stay_a_tally(text: str) -> None:
    assert _places(text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a number before the marker, a semicolon before it
        (
            "Город Шебекино подвергся атаке девяти беспилотников, шесть из которых сбиты средствами ПВО.",
            "Shebekino",
        ),
        ("Город Шебекино подвергся атаке девяти беспилотников; из них шесть сбиты средствами ПВО.", "Shebekino"),
        ("Konotop was attacked by 12 drones, eight of which were shot down by air defence.", "Konotop"),
    ],
)
def test_downed_counted_with_a_number_first_or_after_a_semicolon_leave_the_attack(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    "text",
    [
        # the same with "over": a tally
        "Konotop was attacked by 12 drones, eight of which were shot down over the Sumy region.",
        "Город Шебекино подвергся атаке девяти беспилотников, шесть из которых сбиты над Белгородской областью.",
        "Город Шебекино подвергся атаке девяти беспилотников; из них шесть сбиты над Белгородской областью.",
    ],
)
def test_downed_counted_with_a_number_first_over_a_region_stay_a_tally(text: str) -> None:
    assert _places(text) == set()
