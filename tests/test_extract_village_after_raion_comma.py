"""A village named after its raion and a comma, alone or in a list ("In the Belgorodsky district, the villages of
Komsomolsky and Oktyabrsky"), is read in the raion's oblast: the namesake there (Oktyabrsky of Belgorod Oblast, not of
Bashkortostan), else the raion stands (no Komsomolsk-on-Amur); not a town of another clause or region."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


@pytest.mark.parametrize(
    "text",
    [
        "In the Belgorodsky district, the village of Oktyabrsky came under a drone attack.",
        "In the Belgorodsky district, the villages of Tavrovo and Oktyabrsky came under a drone attack.",
        "In the Belgorodsky district, the settlements of Tavrovo, Razumnoye and Oktyabrsky were attacked by drones.",
    ],
)
def test_a_village_after_its_raion_and_a_comma_is_the_namesake_of_the_raions_oblast(text: str) -> None:
    places = {c.place.admin1 for c in run(Extractor(), text, NEWS)}
    assert places == {"Belgorod Oblast"}, places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Belgorodsky district, the villages of Tavrovo and Komsomolsky came under a drone attack.",
            {("Belgorodsky raion", "Belgorod Oblast")},
        ),
        (
            "In the Belgorodsky district, the settlements of Tavrovo, Komsomolsky and Oktyabrsky were attacked by"
            " drones.",
            {("Oktyabr’skiy", "Belgorod Oblast")},
        ),
        # a lone or first village with no namesake in the raion's oblast: the raion stands (review 50 C H3)
        (
            "In the Belgorodsky district, the village of Komsomolsky came under a drone attack.",
            {("Belgorodsky raion", "Belgorod Oblast")},
        ),
        (
            "In the Belgorodsky district, the villages of Krasny Oktyabr and Repnoye came under a drone attack.",
            {("Belgorodsky raion", "Belgorod Oblast")},
        ),
        (
            "In the Kursky district, the village of Oktyabrsky came under a drone attack.",
            {("Kursk raion", "Kursk Oblast")},
        ),
        (
            "In the Belgorodsky district, the villages of Novaya Tavolzhanka and Murom came under a drone attack.",
            {("Novaya Tavolzhanka", "Belgorod Oblast"), ("Belgorodsky raion", "Belgorod Oblast")},
        ),
    ],
)
def test_a_listed_village_with_no_namesake_in_the_raions_oblast_is_no_place_far_off(
    text: str, expected: set[tuple[str, str]]
) -> None:
    places = {(c.place.name, c.place.admin1) for c in run(Extractor(), text, NEWS)}
    assert places == expected, places


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # another clause after the raion: the town of its own
        ("In the Belgorodsky district, a house burned; drones also struck Kharkiv.", "Kharkiv", "Kharkiv"),
        # a region named after a comma, and a town of a list before it
        ("Drones attacked Kharkiv and Sumy, the Kursk region was shelled too.", "Kharkiv", "Kharkiv"),
    ],
)
def test_a_town_apart_from_the_raion_keeps_its_place(text: str, name: str, admin1: str) -> None:
    places = {(c.place.name, c.place.admin1) for c in run(Extractor(), text, NEWS)}
    assert any(n == name and (a or "").startswith(admin1) for n, a in places), places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "In the Belgorodsky district, the villages of Dubovoye, Maysky and Vovchansk across the border came under"
            " a drone attack.",
            ("Vovchansk", "Kharkiv Oblast"),
        ),
        (
            "In the Belgorodsky district, the villages of Oktyabrsky, Kharkiv's Lyptsi and Vovchansk came under a drone"
            " attack.",
            ("Vovchansk", "Kharkiv Oblast"),
        ),
    ],
)
def test_a_later_item_near_the_raion_keeps_its_own_place(text: str, town: tuple[str, str]) -> None:
    """Review 50 C H4: the raion stands for a later item only when the item's own reading is far off (> 300 km)."""
    places = {(c.place.name, c.place.admin1) for c in run(Extractor(), text, NEWS)}
    assert town in places, places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Белгородском районе, в поселке Октябрьский, беспилотник атаковал частный дом.",
            {("Oktyabr’skiy", "Belgorod Oblast")},
        ),
        (
            "В Белгородском районе, в селе Комсомольский, беспилотник атаковал частный дом.",
            {("Belgorodsky raion", "Belgorod Oblast")},
        ),
        (
            "In the Belgorodsky district, in the village of Oktyabrsky, a drone hit a house.",
            {("Oktyabr’skiy", "Belgorod Oblast")},
        ),
        (
            "In the Belgorodsky district, the hamlet of Oktyabrsky came under a drone attack.",
            {("Oktyabr’skiy", "Belgorod Oblast")},
        ),
    ],
)
def test_the_comma_after_the_raion_reads_in_the_village_of(text: str, expected: set[tuple[str, str]]) -> None:
    """Review 50 C M1: ", в поселке X", ", в селе X", ", in the village of X", "the hamlet of X" after the raion."""
    places = {(c.place.name, c.place.admin1) for c in run(Extractor(), text, NEWS)}
    assert places == expected, places
