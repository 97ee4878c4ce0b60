"""A ship of no kind said beside the port it lay in is a claim of its own beside the port's ("повреждения получили два
причала и два судна", b23-ru-17; "damaged port facilities and a ship", b23-en-22); a ship said under a state's flag in
English is a merchant ship ("a ship flying the flag of the Comoros", b21-en-01; "the ship “MJ PINA” under the flag of
Barbados", b14-en-01)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()
MILITARY = Extractor(military=True)


def _categories(text: str) -> list[str]:
    return sorted(c.target.category for c in run(PLAIN, text, NEWS))


@pytest.mark.parametrize(
    "text",
    [
        "В поселке Волна Темрюкского района из-за атаки беспилотников ВСУ повреждения получили два причала и два "
        "судна.",
        "Russian forces struck the port of Odesa late on Monday and damaged port facilities and a ship.",
    ],
)
def test_a_ship_beside_the_port_is_a_claim_of_its_own(text: str) -> None:
    assert _categories(text) == ["civilian.port", "maritime.vessel"]


@pytest.mark.parametrize(
    "text",
    [
        # the port alone, or a ship only named again ("the ship"), stays one claim of the port
        "Russian drones struck the port of Odesa overnight, damaging berths and warehouses.",
        "Russian forces struck the port of Odesa and damaged the ship's berth.",
    ],
)
def test_a_port_with_no_ship_of_its_own_stays_one_claim(text: str) -> None:
    assert _categories(text) == ["civilian.port"]


@pytest.mark.parametrize(
    "text",
    [
        "Near Odesa, Russian drones hit a ship flying the flag of the Comoros.",
        "A Russian missile damaged the ship “MJ PINA” under the flag of Barbados in Odesa.",
    ],
)
def test_a_ship_under_a_flag_is_a_merchant_ship(text: str) -> None:
    assert _categories(text) == ["maritime.vessel.civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # a ship of a naval kind under its navy's flag is no merchant ship (review 37 H2)
        "Ukrainian sea drones hit a patrol ship under the Russian flag near Novorossiysk.",
        "Ukrainian sea drones hit a naval ship under the Russian flag near Novorossiysk.",
        "Ukrainian drones hit a military vessel flying the Russian flag in the port of Novorossiysk.",
        "Ukrainian sea drones hit a Russian navy vessel under the Russian flag.",
        "Ukrainian sea drones hit a landing ship flying the Russian flag near Novorossiysk.",
        "Ukrainian sea drones hit a Black Sea Fleet ship under the Russian flag near Novorossiysk.",
    ],
)
def test_a_naval_ship_under_its_flag_is_no_merchant_ship(text: str) -> None:
    assert "maritime.vessel.civilian" not in [c.target.category for c in run(MILITARY, text, NEWS)]


def test_a_merchant_ship_of_a_kind_under_a_flag_is_still_one() -> None:
    assert _categories("Russian drones hit a cargo ship flying the Panama flag in Izmail.") == [
        "maritime.vessel.civilian"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a ship only told of beside the port hit: after a relative word or "for" (review 37 H1)
        "Russian drones attacked the port of Izmail, which handles vessels carrying Ukrainian grain.",
        "Russian drones hit the port of Chornomorsk, the largest hub for vessels of the grain corridor.",
        "Росіяни атакували порт в Ізмаїлі, куди заходять судна з зерном.",
        "Russian drones struck the port of Odesa, where a ship was being loaded with grain.",
        # spared after a clause of its own or a pronoun
        "Росіяни атакували порт Одеса; судна, що стояли в порту, не постраждали.",
        "Дроны атаковали порт Туапсе, в порту находились два судна, они не пострадали.",
        "Russian drones struck the port of Odesa; a ship, which was moored at the berth, was not damaged.",
        # the ship a weapon left
        "Russia fired Kalibr missiles from a ship at the port of Odesa.",
        # the weapon's adjective or a yard named by ships (review 37 M1)
        "Russia fired a ship-launched Kalibr missile at the port of Odesa.",
        "Russia struck the port of Odesa with a ship-based Kalibr missile.",
        "Russian drones struck the port of Odesa, damaging a ship repair yard.",
    ],
)
def test_a_ship_told_of_spared_or_launching_beside_a_port_is_no_claim(text: str) -> None:
    assert _categories(text) == ["civilian.port"]


@pytest.mark.parametrize(
    "text",
    [
        # harm said of the ship after the relative word or "that" keeps it hit; a "not harmed" of others does too
        "Russian drones struck the port of Izmail, where a ship caught fire.",
        "Russian drones struck the port of Odesa, and the governor said that a ship was damaged.",
        "Росіяни атакували порт Одеси, ОВА повідомила, що пошкоджено судно.",
        "Дроны атаковали порт Туапсе, повреждено судно, никто не пострадал.",
        "Russian drones struck the port of Odesa, a ship was damaged but the crew were not harmed.",
        "Russian drones struck the port of Odesa; a ship moored at the berth caught fire.",
        "Росіяни атакували порт Одеса, пошкоджено причал та судно.",
        "Дроны атаковали порт Измаил, загорелось судно.",
        # a number of ships: a digit, two or three
        "Russian drones struck the port of Odesa and damaged three ships.",
        "Russian drones struck the port of Odesa and damaged 2 ships.",
    ],
)
def test_a_ship_hit_beside_a_port_is_still_a_claim_of_its_own(text: str) -> None:
    assert _categories(text) == ["civilian.port", "maritime.vessel"]


def test_four_ships_are_not_read_as_a_ship_of_no_kind() -> None:
    # the plain form takes "a ship" and a digit, two or three before "ships" only (docs/extraction.md)
    assert _categories("Russian drones struck the port of Odesa and damaged four ships.") == ["civilian.port"]
