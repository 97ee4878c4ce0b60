"""The place of the claims of a sentence is kept over up to two sentences after it that give no claim and name no
other place, for a damage sentence that names none ("Російські війська обстріляли Запорізький район. Вибухи
пролунали о 22:45. ... Пізніше він написав, що пошкоджено приватні будинки"). Short texts written for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run
from tests.test_extract_styles import geocode

_SUMY = " Separately, Russian shelling damaged a substation in Sumy."


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=geocode, use_default=False, military=True)


def _houses(ex: Extractor, text: str) -> str | None:
    (houses,) = [c for c in run(ex, text, NEWS) if c.target.category == "civilian.residential"]
    return houses.place.name


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones attacked Kharkiv overnight. Explosions were heard around 2 a.m. Later the mayor said that 12 "
        "houses were damaged." + _SUMY,
        "Russian drones attacked Kharkiv overnight. Russia has attacked Ukraine for years. Later the mayor said that "
        "12 houses were damaged." + _SUMY,
        "Російські війська обстріляли Харків. Вибухи пролунали близько 22:45. Пізніше мер написав, що пошкоджено "
        "приватні будинки. Окремо обстріляли Суми, пошкоджено підстанцію.",
        "Российские дроны ночью атаковали объекты в Харькове. Жертв нет. Позже мэр уточнил, что повреждены частные "
        "дома. В Сумах повреждена подстанция.",
    ],
)
def test_the_place_of_the_claims_before_is_kept_over_sentences_of_no_claim_and_no_place(
    ex: Extractor, text: str
) -> None:
    assert _houses(ex, text) == "Kharkiv"


@pytest.mark.parametrize(
    "text",
    [
        # another place named in between
        "Russian drones attacked Kharkiv overnight. Air raid alerts also sounded in Sumy. Later the mayor said that 12 "
        "houses were damaged." + _SUMY,
        # a country named in between (the scene widened to it)
        "Russian drones attacked Kharkiv overnight. Air raid alerts sounded across Ukraine. Later the mayor said that "
        "12 houses were damaged." + _SUMY,
        # a sentence that speaks of more than the scene in between
        "Russian drones attacked Kharkiv overnight. Several settlements came under fire. Later the mayor said that "
        "12 houses were damaged." + _SUMY,
        # a sentence that turns to another scene in between, or to the borderland after a town
        "Russian drones attacked Kharkiv overnight. Separately, a drone attack hit a village near the border. Two "
        "houses were damaged." + _SUMY,
        "Russian drones attacked Kharkiv overnight. Elsewhere, Russian forces continued to shell frontline areas. Two "
        "houses were damaged." + _SUMY,
        "Russian drones attacked Kharkiv overnight. Meanwhile, peace talks stalled in Istanbul. Two houses were "
        "damaged." + _SUMY,
        "Російські війська обстріляли Харків. Обстріл продовжився в прикордонні. Пошкоджено два будинки. Окремо "
        "обстріляли Суми, пошкоджено підстанцію.",
        "Russian drones attacked Kharkiv overnight. The shelling continued in border villages. Two houses were "
        "damaged." + _SUMY,
        # more than two sentences of no claim in between
        "Russian drones attacked Kharkiv overnight. Explosions were heard around 2 a.m. The sirens sounded for an "
        "hour. Nobody was hurt. Later the mayor said that 12 houses were damaged." + _SUMY,
    ],
)
def test_the_place_before_is_not_kept_over_another_place_a_country_or_a_long_gap(ex: Extractor, text: str) -> None:
    assert _houses(ex, text) != "Kharkiv"


_BRYANSK = " В Брянской области повреждена подстанция."


def test_a_speakers_title_in_the_region_of_the_place_before_leaves_that_place(ex: Extractor) -> None:
    text = (
        "Дроны ВСУ атаковали Курск. Губернатор Курской области Хинштейн сообщил о последствиях атаки. Повреждены "
        "два дома."
    )
    assert _houses(ex, text + _BRYANSK) == "Kursk Oblast"


def test_a_speakers_title_in_another_region_does_not_leave_the_place_before(ex: Extractor) -> None:
    text = (
        "Дроны ВСУ атаковали Курск. Губернатор Белгородской области Гладков сообщил о новой атаке. Повреждены два дома."
    )
    assert _houses(ex, text + _BRYANSK) != "Kursk Oblast"


def test_the_borderland_after_a_town_leaves_the_town_with_the_default_gazetteer() -> None:
    # the Russian town is read by the default gazetteer only (the test geocoder does not know "Харьков")
    text = (
        "Российские дроны атаковали Харьков. Вечером обстрел продолжился в приграничье. Повреждены два дома. В Сумах "
        "повреждена подстанция."
    )
    assert _houses(Extractor(military=True), text) != "Kharkiv"


def test_the_borderland_after_a_region_keeps_the_region(ex: Extractor) -> None:
    text = "Російські війська обстріляли села Харківської області. Вибухи лунали в прикордонні. Пошкоджено два будинки."
    assert _houses(ex, text + _BRYANSK) == "Kharkiv Oblast"
