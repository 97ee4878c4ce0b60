"""A facility's own name that the geocoder reads as a village elsewhere is no place when the sentence says the town the
facility is in ("подстанция «Луч» в самом Белгороде": not the village Luch of Mykolaiv Oblast). Short texts written
for these tests; a fake geocoder of the few places they name."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, FakeCandidate, run

_PLACES = {
    "луч": FakeCandidate("Luch", 46.9, 31.7, 2, "Mykolaiv Oblast", "UKR", 0.9, "settlement"),
    "белгород": FakeCandidate("Belgorod", 50.6, 36.6, 15, "Belgorod Oblast", "RUS", 0.95, "settlement"),
    "belgorod": FakeCandidate("Belgorod", 50.6, 36.6, 15, "Belgorod Oblast", "RUS", 0.95, "settlement"),
    "energodar": FakeCandidate("Enerhodar", 47.5, 34.65, 8, "Zaporizhzhia Oblast", "UKR", 0.95, "settlement"),
    "luch": FakeCandidate("Luch", 46.9, 31.7, 2, "Mykolaiv Oblast", "UKR", 0.9, "settlement"),
    "saratov": FakeCandidate("Saratov", 51.53, 46.03, 20, "Saratov Oblast", "RUS", 0.95, "settlement"),
    "engels": FakeCandidate("Engels", 51.5, 46.12, 10, "Saratov Oblast", "RUS", 0.95, "settlement"),
    "kubinka": FakeCandidate("Kubinka", 55.58, 36.7, 5, "Moscow Oblast", "RUS", 0.9, "settlement"),
    "moscow": FakeCandidate("Moscow", 55.75, 37.62, 30, "Moscow", "RUS", 0.99, "settlement"),
    "кириш": FakeCandidate("Kirishi", 59.45, 32.02, 6, "Leningrad Oblast", "RUS", 0.9, "settlement"),
    "петербург": FakeCandidate("Saint Petersburg", 59.94, 30.31, 30, "Saint Petersburg", "RUS", 0.99, "settlement"),
    "lviv": FakeCandidate("Lviv", 49.84, 24.03, 15, "Lviv Oblast", "UKR", 0.95, "settlement"),
    "sumy": FakeCandidate("Sumy", 50.91, 34.8, 11, "Sumy Oblast", "UKR", 0.95, "settlement"),
    "odesa": FakeCandidate("Odesa", 46.48, 30.72, 20, "Odesa Oblast", "UKR", 0.95, "settlement"),
    "kharkiv": FakeCandidate("Kharkiv", 50.0, 36.23, 20, "Kharkiv Oblast", "UKR", 0.95, "settlement"),
}


def geocode(text: str, *, context: str | None = None, limit: int = 5) -> list[FakeCandidate]:
    words = text.lower().split()
    return [c for stem, c in _PLACES.items() if any(w.startswith(stem) for w in words)][:1]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=geocode, use_default=False, military=True)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Дроны ВСУ атаковали Белгород. Была выведена из строя подстанция «Луч» в самом Белгороде.", "Belgorod"),
        ("Ukrainian forces shelled the Luch substation, in Energodar, the mayor said.", "Enerhodar"),
    ],
)
def test_a_facilitys_name_read_as_a_village_elsewhere_gives_way_to_the_town_it_is_in(
    ex: Extractor, text: str, town: str
) -> None:
    assert {c.place.name for c in run(ex, text, NEWS)} == {town}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the facility named after a town of the same region as the town it is in: both stand
        ("Ukrainian drones hit the Saratov substation in Engels, the governor said.", {"Saratov", "Engels"}),
        # no facility word: two places attacked
        ("Ukrainian drones struck Luch and Belgorod, the governor said.", {"Luch", "Belgorod"}),
    ],
)
def test_a_name_is_kept_beside_a_town_of_its_own_region_or_with_no_facility_word(
    ex: Extractor, text: str, places: set[str]
) -> None:
    assert {c.place.name for c in run(ex, text, NEWS)} == places


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a facility "near" a town far from the namesake the name is read as: the namesake gives way too
        ("Дроны ВСУ атаковали подстанцию «Луч» под Белгородом.", "Belgorod"),
        ('Ukrainian drones hit the "Luch" substation near Belgorod, governor Gladkov said.', "Belgorod"),
    ],
)
def test_a_facilitys_name_read_as_a_far_village_gives_way_to_the_town_it_is_near(
    ex: Extractor, text: str, town: str
) -> None:
    assert {c.place.name for c in run(ex, text, NEWS)} == {town}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a facility named after its own town near a city of another region: the town is where it is
        (
            "Ukrainian drones attacked the Kubinka airbase near Moscow overnight, the Russian Defence Ministry said.",
            {"Kubinka", "Moscow"},
        ),
        ("Дроны атаковали нефтебазу «Кириши» под Петербургом.", {"Kirishi", "Saint Petersburg"}),
        # two sites of a list, one in each town (far apart or not): both stand
        ("Russian drones struck a Lviv substation and one in Sumy overnight, Ukrenergo said.", {"Lviv", "Sumy"}),
        ("Russian drones struck a Kharkiv substation and one in Sumy overnight, Ukrenergo said.", {"Kharkiv", "Sumy"}),
        ("Russian missiles hit the Odesa port and another in Kharkiv, the navy said.", {"Odesa", "Kharkiv"}),
    ],
)
def test_a_town_near_the_one_named_after_it_or_of_a_list_is_not_a_namesake(
    ex: Extractor, text: str, places: set[str]
) -> None:
    assert {c.place.name for c in run(ex, text, NEWS)} == places
