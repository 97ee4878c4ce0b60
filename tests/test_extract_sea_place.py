"""A claim placed no finer than a country whose evidence names the sea it happened in is placed at the sea."""

from __future__ import annotations

import pytest

from ceasewatch.extract._places import sea_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukrainian naval drones struck a tanker in the Black Sea.", "Black Sea"),
        ("Украинские дроны атаковали танкер в Черном море.", "Black Sea"),
        ("Танкер уражено у Чорному морі.", "Black Sea"),
        ("Судно атаковано в акватории Черного моря.", "Black Sea"),
        ("Удари по платформах у Каспійському морі.", "Caspian Sea"),
        ("A cargo ship was hit in the Sea of Azov.", "Sea of Azov"),
    ],
)
def test_sea_named_as_where_it_happened_is_the_place(text: str, name: str) -> None:
    place = sea_in(text, 0, len(text), "RUS")
    assert place is not None and place.name == name and place.lat is not None and place.country == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck one of Russia's key Black Sea oil ports, Tuapse.",  # the sea qualifies a port on land
        "Удар по кораблю Черноморского флота.",  # the fleet, no sea word
        "Обстріляно село на побережье Черного моря.",  # a coast, not the sea
        "Ships of the Black Sea Fleet were hit in Sevastopol.",
    ],
)
def test_sea_only_qualifying_something_on_land_is_no_place(text: str) -> None:
    assert sea_in(text, 0, len(text)) is None
