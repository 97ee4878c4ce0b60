"""A ship of no kind said beside the port it lay in is a claim of its own beside the port's ("повреждения получили два
причала и два судна", b23-ru-17; "damaged port facilities and a ship", b23-en-22); a ship said under a state's flag in
English is a merchant ship ("a ship flying the flag of the Comoros", b21-en-01; "the ship “MJ PINA” under the flag of
Barbados", b14-en-01)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


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


def test_a_warship_with_a_flag_word_elsewhere_is_no_merchant_ship() -> None:
    assert _categories("A Russian drone hit a naval ship in Odesa; the flag of the port was torn.") != [
        "maritime.vessel.civilian"
    ]
