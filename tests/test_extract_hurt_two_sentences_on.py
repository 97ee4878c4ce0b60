"""Two sentences after an attack whose claims name no target, with a sentence between that says nothing was hit ("В
Белгороде пострадавших нет"), a sentence that names a town, district or site none of those claims is at is that
place's own: its hurt or damage is not what the attack before hit ("ВСУ атаковали Белгород. В Белгороде пострадавших
нет. В Шебекино ранены двое" → Belgorod `unknown`, Shebekino `civilian`). One that names no place, or the claims'
own, still says what they hit, and a denial beside a real hit keeps the hit. Short texts written for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import FakeCandidate
from tests.test_extract_injured_word import _at
from tests.test_extract_styles import geocode

_TOWNS: dict[str, FakeCandidate] = {
    "белгород": FakeCandidate("Belgorod", 50.6, 36.6, 15, "Belgorod Oblast", "RUS", 0.9, "settlement"),
    "шебекино": FakeCandidate("Shebekino", 50.41, 36.9, 8, "Belgorod Oblast", "RUS", 0.9, "settlement"),
    "шебекинск": FakeCandidate("Shebekinsky District", 50.45, 36.9, 30, "Belgorod Oblast", "RUS", 0.9, "district"),
    "шостці": FakeCandidate("Shostka", 51.86, 33.47, 8, "Sumy Oblast", "UKR", 0.9, "settlement"),
    "chuhuiv": FakeCandidate("Chuhuiv", 49.84, 36.69, 8, "Kharkiv Oblast", "UKR", 0.9, "settlement"),
    "чугуїв": FakeCandidate("Chuhuiv", 49.84, 36.69, 8, "Kharkiv Oblast", "UKR", 0.9, "settlement"),
}


def _geocode(text: str, *, context: str | None = None, limit: int = 5) -> list[FakeCandidate]:
    """The fake geocoder of test_extract_styles, with Belgorod a city, three towns of their regions and a district."""
    words = text.lower().split()
    for stem, candidate in _TOWNS.items():
        if any(w.startswith(stem) for w in words):
            return [candidate]
    return geocode(text, context=context, limit=limit)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=_geocode, use_default=False, military=True)


@pytest.mark.parametrize(
    ("text", "attacked", "town"),
    [
        ("ВСУ атаковали Белгород. В Белгороде пострадавших нет. В Шебекино ранены двое.", "Belgorod", "Shebekino"),
        ("Росіяни атакували Суми. У Сумах постраждалих немає. У Шостці поранено жінку.", "Sumy", "Shostka"),
        (
            "Russian drones attacked Kharkiv overnight. In Kharkiv, no one was hurt. In Chuhuiv, two people were "
            "injured.",
            "Kharkiv",
            "Chuhuiv",
        ),
        # a district opens the sentence: finer than a region, so its own too (not with only a town's or site's place)
        (
            "ВСУ атаковали Белгород. В Белгороде пострадавших нет. В Шебекинском округе ранены двое.",
            "Belgorod",
            "Shebekinsky District",
        ),
        # the town opens its sentence after the kind of town
        (
            "ВСУ атаковали Белгород. В Белгороде пострадавших нет. В городе Шебекино ранены двое.",
            "Belgorod",
            "Shebekino",
        ),
        (
            "Russian drones attacked Kharkiv overnight. In Kharkiv, no one was hurt. In the town of Chuhuiv, two "
            "people were injured.",
            "Kharkiv",
            "Chuhuiv",
        ),
    ],
)
def test_hurt_at_another_town_after_a_denial_is_that_towns_claim(
    ex: Extractor, text: str, attacked: str, town: str
) -> None:
    assert _at(ex, text) == {attacked: "unknown", town: "civilian"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no place named in the sentence two on: what the attack hit, at its place
        (
            "ВСУ атаковали Белгород. В Белгороде пострадавших нет. Повреждены ЛЭП.",
            {"Belgorod": "energy.electricity.line"},
        ),
        ("Росіяни атакували Суми. У Сумах постраждалих немає. Поранено жінку.", {"Sumy": "civilian"}),
        # the claims' own place named
        (
            "Russian drones attacked Kharkiv overnight. Officials gave no details. In Kharkiv, two people were "
            "injured.",
            {"Kharkiv": "civilian"},
        ),
        # a denial of casualties beside a real hit at the same place, and a sentence that only says where harm was
        ("В Белгороде повреждена подстанция, пострадавших нет.", {"Belgorod": "energy.electricity.substation"}),
        ("В Белгороде повреждены ЛЭП.", {"Belgorod": "energy.electricity.line"}),
        # right after the attack (no sentence between): read as before
        ("ВСУ атаковали Белгород. В Шебекино ранены двое.", {"Belgorod": "civilian", "Shebekino": "civilian"}),
    ],
)
def test_what_was_hit_with_no_other_town_named_is_unchanged(ex: Extractor, text: str, expected: dict[str, str]) -> None:
    assert _at(ex, text) == expected


@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        # a town named further on, not as the sentence's scene, is where the wounded were taken: the attack's wounded,
        # no claim there (review 45 B, H2)
        ("ВСУ атаковали Шебекино. Разрушений нет. Двое раненых доставлены в больницу Белгорода.", "Shebekino"),
        ("ВСУ атаковали Шебекино. Разрушений нет. Двое раненых доставлены в больницу в Белгороде.", "Shebekino"),
        (
            "Russian drones attacked Chuhuiv overnight. No buildings were damaged. Two injured people were taken to "
            "hospital in Kharkiv.",
            "Chuhuiv",
        ),
        ("Росіяни атакували Чугуїв. Руйнувань немає. Двох поранених доставили до лікарні в Харкові.", "Chuhuiv"),
    ],
)
def test_the_city_of_the_hospital_two_sentences_on_is_no_scene(ex: Extractor, text: str, attacked: str) -> None:
    assert _at(ex, text) == {attacked: "civilian"}


@pytest.fixture(scope="module")
def real() -> Extractor:
    pytest.importorskip("ceasewatch.geo.geocode")
    return Extractor(military=True)


def test_a_region_opening_the_sentence_two_on_still_gives_its_hurt_to_the_attack(real: Extractor) -> None:
    # a region is no town of its own (``_POINT_PRECISIONS``): "На Сумщині" does not close the attack's scene (the
    # real geocoder: the fake one reads no region there)
    text = "Росіяни атакували Суми. У Сумах постраждалих немає. На Сумщині поранено жінку."
    assert _at(real, text) == {"Sumy": "civilian"}
