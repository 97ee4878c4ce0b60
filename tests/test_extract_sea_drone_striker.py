"""Whose strike a merchant ship's hit by sea drones is ("атака безэкипажными катерами на танкер", "Kiev's naval
drones struck the tanker"), and "РФ" as whose sea or ships ("в экономической зоне РФ", 'танкер "тіньового флоту"
РФ'): the side hit, not the one that struck (eval/gold/README.md, "Parties")."""

from __future__ import annotations

from ceasewatch.extract import Extractor, _actors
from ceasewatch.model import Source
from tests.test_extract import NEWS, ex, run

__all__ = ["ex"]

UKR_MEDIA = Source(name="Фокус", affiliation="party_aligned_media", party="UKR")
RUS_MEDIA = Source(name="EADaily", affiliation="party_aligned_media", party="RUS")


def _perpetrators(ex: Extractor, text: str, source: Source) -> list[str | None]:
    return [c.perpetrator for c in run(ex, text, source) if c.target.category.startswith("maritime")]


def test_a_tanker_hit_by_sea_drones_with_no_striker_named_is_ukraines_strike(ex: Extractor) -> None:
    text = "Біля берегів Одеської області танкер атакували морські дрони. Внаслідок атаки танкер зазнав пошкоджень."
    assert set(_perpetrators(ex, text, UKR_MEDIA)) == {"UKR"}
    text = (
        "On Wednesday, Kiev's naval drones struck the oil tanker, which belongs to the Russian Federation's shadow "
        "fleet, in the Black Sea, a source in Ukraine's military intelligence service told AFP."
    )
    assert set(_perpetrators(ex, text, NEWS)) == {"UKR"}


def test_a_ship_hit_by_sea_drones_a_side_is_named_for_keeps_that_side(ex: Extractor) -> None:
    text = "Российские военные атаковали морским дроном гражданское судно у причала в Измаиле."
    assert set(_perpetrators(ex, text, UKR_MEDIA)) <= {"RUS"}
    # no sea drone: the rules of place still hold (a ship hit in a Ukrainian port is Russia's strike)
    text = "В порту Одессы ракета попала в гражданское судно под флагом Панамы."
    assert set(_perpetrators(ex, text, UKR_MEDIA)) == {"RUS"}


def test_rf_after_a_zone_or_a_shadow_fleet_is_whose_it_is_not_who_struck() -> None:
    text = "Подтвердили атаку катерами на российский танкер в Черном море, предположительно в экономической зоне РФ."
    assert _actors.find_actors(text, 0, len(text), None) == []
    text = 'Атакований у порту російський танкер "тіньового флоту" РФ почав тонути.'
    assert _actors.find_actors(text, 0, len(text), None) == []


def test_rf_after_a_fleet_or_an_army_still_names_the_striker() -> None:
    for text in ("Корабли Черноморского флота РФ атаковали порт.", "Армія РФ атакувала прикордонну зону."):
        assert [a.party for a in _actors.find_actors(text, 0, len(text), None)] == ["RUS"]
