"""A settlement named beside a region or raion the geocoder puts in another oblast (review 35 B): only words of being
in between make the region its own ("the Tyazhino settlement in the Kursk Region"), not a region a strike came from or
a neighbour; and a raion whose name the settlement's own oblast has too is that oblast's raion."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Russian drones struck an energy facility in Shostka from the Kursk region, the regional administration "
            "said.",
            "Shostka",
            "Sumy Oblast",
        ),
        (
            "Russian drones hit a school in Mezhova near the border with the Donetsk region.",
            "Mezhova",
            "Dnipropetrovsk",
        ),
        ("Ukrainian shelling damaged a house in Sudzha opposite the Sumy region.", "Sudzha", "Kursk Oblast"),
    ],
)
def test_a_region_a_strike_came_from_or_a_neighbour_keeps_the_village(text: str, name: str, admin1: str) -> None:
    places = {(c.place.name, c.place.admin1) for c in run(Extractor(), text, NEWS)}
    assert any(n == name and (a or "").startswith(admin1) for n, a in places), places


@pytest.mark.parametrize(
    "text",
    [
        "В Октябрьском районе в поселке Прямицыно беспилотник повредил два дома.",
        "A drone damaged two houses in the village of Pryamitsyno in the Oktyabrsky district.",
    ],
)
def test_a_raions_namesake_in_the_villages_own_oblast_keeps_the_village(text: str) -> None:
    # Rostov Oblast has an Oktyabrsky raion too; Kursk Oblast's is the one around Pryamitsyno
    places = {(c.place.name, c.place.admin1) for c in run(Extractor(), text, NEWS)}
    assert ("Pryamitsyno", "Kursk Oblast") in places, places
    assert all(a == "Kursk Oblast" for _, a in places), places


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Дрон атаковал подстанцию в Севском районе — в поселке Заря, загорелся жилой дом.", "Bryansk Oblast"),
        (
            "Two civilians were injured in a drone attack on the Tyazhino settlement in the Kursk Region.",
            "Kursk Oblast",
        ),
        ("A drone hit a house in the village of Tyazhino of the Kursk region.", "Kursk Oblast"),
    ],
)
def test_a_village_in_a_region_with_no_namesake_there_still_gives_way(text: str, admin1: str) -> None:
    # (Moscow Oblast has no Sevsky raion: the Zarya of Moscow Oblast is a namesake far off)
    assert {c.place.admin1 for c in run(Extractor(), text, NEWS)} == {admin1}
