"""Extraction on the styles of other sources: grid and gas companies, oblast administrations and governors, news
agencies relaying officials, wire copy. Short texts written for these tests; the fake geocoder of test_extract."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import NEWS, RUS_MOD, UKR_GS, fake_geocode, one, run

UKRENERGO = Source(name="Укренерго", affiliation="party_official", party="UKR")
TASS = Source(name="ТАСС", affiliation="party_aligned_media", party="RUS")


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=fake_geocode, use_default=False)


# -- one site, named by a generic word and a narrower one ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "category"),
    [
        # the generic word in one sentence, the site in the next: the site
        (
            "Вночі ворог атакував енергетичну інфраструктуру у Сумах. Внаслідок атаки пошкоджено обладнання "
            "підстанції.",
            UKRENERGO,
            "energy.electricity.substation",
        ),
        # a company's name is not what was hit
        ("ДТЕК: внаслідок атаки ворожих дронів на Дніпропетровщині пошкоджено нашу ТЕС.", UKRENERGO,
         "energy.electricity.generation.thermal"),
        ("ВСУ атаковали объект «Брянскэнерго» в Брянской области, отключена высоковольтная линия.", RUS_MOD,
         "energy.electricity.line"),
        ("ВСУ атаковали объект Россетей в Курской области с помощью беспилотника.", TASS, "energy.electricity"),
        ("DTEK said Russian drones damaged one of its sites in Dnipropetrovsk region.", NEWS, "energy"),
        # a refinery is a plant: one target, not a refinery and a factory
        ("Сили оборони уразили нафтопереробний завод у Саратовській області.", UKR_GS, "energy.oil.refinery"),
        # siblings still widen: a substation and a power line
        ("ВСУ атаковали подстанцию и линию электропередачи в Брянской области.", RUS_MOD, "energy.electricity"),
        ("Ukrenergo said Russian shelling had cut power to parts of Kharkiv.", NEWS, "energy.electricity"),
        ("Russian strikes on Ukraine's energy system continued overnight, the ministry said.", NEWS,
         "energy.electricity"),
    ],
)  # fmt: skip
def test_one_site(ex: Extractor, text: str, source: Source, category: str) -> None:
    assert one(ex, text, source).target.category == category


def test_airfields_depots_and_troops_are_military(ex: Extractor) -> None:
    text = (
        "ВС РФ нанесли поражение инфраструктуре военных аэродромов, складам с боеприпасами, а также скоплениям живой "
        "силы ВСУ в Харьковской области."
    )
    assert [c.target.category for c in run(ex, text)] == ["military"]
