"""The building of a public authority named by the authority after it ("здание суда", "будівлю уряду", "a court
building") is a civilian site of its own kind, `civilian.other`, not a building of no kind said (b25-ru-05,
b25-uk-21; b21-uk-19 names one too)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


def _categories(text: str) -> list[str]:
    return [c.target.category for c in run(PLAIN, text, NEWS)]


@pytest.mark.parametrize(
    "text",
    [
        "6 июня ВСУ атаковали с помощью беспилотников здание суда в Белгороде.",
        "Дрони п'ять разів атакували будівлю уряду Бєлгородської області РФ.",
        "У Бєлгороді дрон влучив у будівлю міськадміністрації.",
        "Беспилотник ВСУ атаковал здание городской администрации в Белгороде.",
        "Ukrainian drones struck the court building in Belgorod on Friday.",
    ],
)
def test_a_building_named_by_its_authority_is_civilian_other(text: str) -> None:
    assert _categories(text) == ["civilian.other"]


@pytest.mark.parametrize(
    "text",
    [
        # a building of no kind said
        "6 июня ВСУ атаковали с помощью беспилотников здание в Белгороде.",
        # an administrative building of no owner said
        "Дрон влучив в адміністративну будівлю у Бєлгороді.",
        # a plant's administration: the plant's building
        "Беспилотник ВСУ атаковал здание администрации завода в Белгороде.",
    ],
)
def test_a_building_of_no_authority_stays_what_it_was(text: str) -> None:
    assert "civilian.other" not in _categories(text)
