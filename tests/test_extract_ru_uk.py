"""Extraction rules for Russian and Ukrainian news pages written by other hands: the wording of attacks, speakers,
acts, denials and targets. Short texts written for these tests; the fake geocoder of test_extract."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import NEWS, fake_geocode, one, run

ABSATZ = Source(name="Абзац", affiliation="party_aligned_media", party="RUS")


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=fake_geocode, use_default=False)


# -- act ----------------------------------------------------------------------------------------------------------


def test_two_weapon_classes_in_the_raid_lead_make_a_plain_strike(ex: Extractor) -> None:
    claim = one(
        ex,
        "За сутки ВСУ провели пять атак с использованием беспилотников и артиллерии. "
        "Повреждения получили энергообъекты в Брянской области.",
        ABSATZ,
    )
    assert (claim.place.name, claim.act) == ("Bryansk Oblast", "strike")


def test_the_lead_weapon_carries_to_the_damage_sentence_after_it(ex: Extractor) -> None:
    claims = run(
        ex,
        "Ночью оккупанты атаковали дронами Харьков. Позже по Сумам били из РСЗО. "
        "Также возник пожар на предприятии в Полтаве.",
        NEWS,
    )
    poltava = [c for c in claims if c.place.name == "Poltava"]
    assert [c.act for c in poltava] == ["strike.artillery"]
