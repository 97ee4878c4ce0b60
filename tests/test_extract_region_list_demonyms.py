"""A shared unit word after a list (review 50 C H2, M2): "territories" and "krais" share out only over krais, and no
demonym, direction, unit word or "-controlled" is a listed name; "districts" after towns takes no two-word name, so
the towns stay towns."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Russian forces shelled Kharkiv, Sumy, and Ukrainian territories near the border overnight.",
            {("Kharkiv", "settlement"), ("Sumy", "settlement")},
        ),
        (
            "Russian troops attacked Ukrainian positions near Pokrovsk, Kostiantynivka, and Donetsk Oblast territories,"
            " the General Staff said.",
            {("Pokrovsk", "settlement"), ("Kostyantynivka", "settlement")},
        ),
        (
            "Explosions were heard in Kharkiv, Dnipro, and Kryvyi Rih districts after a missile attack.",
            {("Kharkiv", "settlement"), ("Dnipro", "settlement"), ("Kryvyy Rih", "settlement")},
        ),
        (  # the two-word name inside the list: without the guard Pokrov was read as "Pokrov district" (audit S22 A)
            "Russian drones struck Dnipro, Kryvyi Rih, Nikopol and Pokrov districts overnight.",
            {
                ("Dnipro", "settlement"),
                ("Kryvyy Rih", "settlement"),
                ("Nikopol", "settlement"),
                ("Pokrov", "settlement"),
            },
        ),
        (
            "Drones attacked the Belgorod, Voronezh and Krasnodar krais.",
            {("Belgorod", "settlement"), ("Voronezh", "settlement"), ("Krasnodar", "settlement")},
        ),
    ],
)
def test_no_demonym_or_town_is_shared_a_unit(text: str, places: set[tuple[str, str]]) -> None:
    got = {(c.place.name, c.place.precision) for c in run(Extractor(military=True), text, NEWS)}
    assert got == places, got


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kherson and Ukrainian-controlled territories overnight.",
        "Russian forces shelled Kherson, Zaporizhzhia and Ukrainian territories overnight.",
        "Russian forces shelled Kyiv, Lviv and Western Ukrainian territories overnight.",
        "Drones attacked Moscow, Russian Kursk and Belgorod regions.",
    ],
)
def test_a_demonym_before_the_unit_invents_no_region(text: str) -> None:
    places = [c.place for c in run(Extractor(military=True), text, NEWS)]
    assert places and all(p.admin1 is not None for p in places), places
    assert not any(p.name in ("Kyiv Oblast", "Lviv Oblast", "Kherson Oblast", "Moscow Oblast") for p in places), places


def test_krais_share_out_their_unit() -> None:
    text = "Ukrainian drones attacked the Krasnodar and Stavropol territories overnight."
    got = {c.place.name for c in run(Extractor(military=True), text, NEWS)}
    assert got == {"Krasnodar Krai", "Stavropol Krai"}, got
