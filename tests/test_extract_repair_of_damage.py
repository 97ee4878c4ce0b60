"""A sentence that tells only a repair of damage is no attack (rule round 41, negatives): a repair word governs its
first damage word ("для ремонта поврежденных линий", "Repair work has started on damaged power lines"), every attack
word is damage or an outage, and neither a cause of the damage nor a weapon is said. A repair told beside an attack,
or of damage an attack caused, keeps its claim."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import NEWS, categories

TASS = Source(name="ТАСС", affiliation="party_aligned_media", party="RUS")


@pytest.fixture(scope="module")
def real() -> Extractor:
    pytest.importorskip("ceasewatch.geo.geocode")
    return Extractor()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Россия и Украина договорились о локальном прекращении огня в районе Запорожской АЭС для ремонта "
            "поврежденных линий электропередачи, заявил глава МАГАТЭ Рафаэль Гросси.",
            TASS,
        ),
        (
            "Repair work has started on damaged off-site power lines to Ukraine's Zaporizhzhia nuclear power plant "
            "following a four-week outage, IAEA Director General Rafael Grossi said on Saturday.",
            NEWS,
        ),
        ("Енергетики розпочали відновлення пошкоджених ліній електропередачі на Запорізькій АЕС.", NEWS),
    ],
)
def test_repair_of_damage_alone_is_no_claim(real: Extractor, text: str, source: Source) -> None:
    assert categories(real, text, source) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Despite the truce, drones hit a substation in Kherson overnight.", NEWS),
        (
            "Энергетики начали ремонт линий электропередачи в Херсоне, поврежденных в результате обстрела.",
            TASS,
        ),
        ("Repair crews are restoring power lines in Kherson damaged by Russian drones.", NEWS),
        (
            "Ремонт поврежденных линий в Херсоне начался после того, как дроны ударили по подстанции.",
            TASS,
        ),
        ("Power lines were damaged in Kherson overnight; repairs will take a week.", NEWS),
    ],
)
def test_repair_beside_an_attack_told_keeps_the_claim(real: Extractor, text: str, source: Source) -> None:
    assert categories(real, text, source) != []
