"""Lists of regions under one shared unit word (rule round 48): a listed name of two English words ("the Ulyanovsk,
Stavropol, and Mari El regions", b32-en-16), the English unit words "territories" and "krais", and a krai's adjective
under a Russian oblast's plural word ("в Ульяновской, Ставропольской и Курской областях") each name a region, as the
readers give them; the first name of a list stays one word, and a unit word names nothing it does not follow."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


def _places(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((c.place.name, c.place.precision) for c in run(Extractor(), text, NEWS) if c.place is not None)


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Drones targeted energy facilities in the Ulyanovsk, Stavropol, and Mari El regions.",
            ["Mari El", "Stavropol Krai", "Ulyanovsk Oblast"],
        ),
        (
            "Drones targeted energy facilities in the Kursk, Mari El and Bryansk regions.",
            ["Bryansk Oblast", "Kursk Oblast", "Mari El"],
        ),
        (
            "Drones attacked energy facilities in the Krasnodar and Stavropol territories.",
            ["Krasnodar Krai", "Stavropol Krai"],
        ),
        ("Drones attacked energy facilities in the Perm and Krasnodar krais.", ["Krasnodar Krai", "Perm Krai"]),
        (
            "Дроны атаковали объекты энергетики в Ульяновской, Ставропольской и Курской областях.",
            ["Kursk Oblast", "Stavropol Krai", "Ulyanovsk Oblast"],
        ),
        ("Дроны атаковали объекты энергетики в Тульской и Краснодарской областях.", ["Krasnodar Krai", "Tula Oblast"]),
    ],
)
def test_each_region_of_a_shared_unit_word_is_a_region_of_any_kind(text: str, regions: list[str]) -> None:
    assert _places(text) == [(r, "admin1") for r in regions]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a capital before the list is no part of its first name
        (
            "In Kursk and Belgorod regions, drones attacked energy facilities.",
            [("Belgorod Oblast", "admin1"), ("Kursk Oblast", "admin1")],
        ),
        # no unit word after the list: the towns
        (
            "Drones attacked energy facilities in Krasnodar and Stavropol overnight.",
            [("Krasnodar", "settlement"), ("Stavropol", "settlement")],
        ),
        # an oblast's own adjective stays the oblast
        (
            "Дроны атаковали объекты энергетики в Курской и Брянской областях.",
            [("Bryansk Oblast", "admin1"), ("Kursk Oblast", "admin1")],
        ),
    ],
)
def test_a_list_not_under_a_shared_unit_word_or_of_oblasts_keeps_its_reading(
    text: str, places: list[tuple[str, str]]
) -> None:
    assert _places(text) == places
