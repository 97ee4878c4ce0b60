"""No casualties said of a place named ("Пострадавших в Белгороде нет", "Постраждалих у Сумах немає", "на Салтівці
немає") denies nothing (review 44 D, H1): the claim stays at that place, and the next sentence's hurt at another
place is a claim of its own there. Only "среди/серед" and one or two words (the people) or "на земле/на землі" may
stand between the casualty word and its denial (tests/test_extract_styles.py,
test_none_hurt_where_or_among_whom_is_no_target)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import UKR_GS, run

TASS = Source(name="ТАСС", affiliation="party_aligned_media", party="RUS")


@pytest.fixture(scope="module")
def real() -> Extractor:
    pytest.importorskip("ceasewatch.geo.geocode")
    return Extractor(military=True)


@pytest.mark.parametrize(
    ("text", "source", "claims"),
    [
        (
            "ВСУ атаковали Белгород. Пострадавших в Белгороде нет. В Шебекино ранены двое.",
            TASS,
            [("civilian", "Belgorod"), ("civilian", "Shebekino")],
        ),
        (
            "Росіяни атакували Сумщину. Постраждалих у Сумах немає. У Шостці поранено жінку.",
            UKR_GS,
            [("civilian", "Sumy"), ("civilian", "Shostka")],
        ),
        (
            "Росіяни атакували Харківщину. Постраждалих на Салтівці немає. У Чугуєві поранено жінку.",
            UKR_GS,
            [("civilian", "Saltivka"), ("civilian", "Chuhuyiv")],
        ),
    ],
)
def test_none_hurt_at_a_place_named_keeps_both_places(
    real: Extractor, text: str, source: Source, claims: list[tuple[str, str]]
) -> None:
    assert [(c.target.category, c.place.name) for c in run(real, text, source)] == claims


def test_none_hurt_on_the_ground_or_among_the_people_still_denies(real: Extractor) -> None:
    text = "Ночью ВСУ атаковали Курскую область беспилотниками. Пострадавших и разрушений на земле нет."
    assert [(c.target.category, c.place.name) for c in run(real, text, TASS)] == [("unknown", "Kursk Oblast")]
    text = "Ночью российские ракеты атаковали Сумы. Пострадавших среди мирных жителей не зарегистрировано."
    assert [(c.target.category, c.place.name) for c in run(real, text, UKR_GS)] == [("unknown", "Sumy")]
