"""Whose strike a merchant ship's hit by sea drones is ("атака безэкипажными катерами на танкер", "Kiev's naval
drones struck the tanker"), and "РФ" as whose sea or ships ("в экономической зоне РФ", 'танкер "тіньового флоту"
РФ'): the side hit, not the one that struck (eval/gold/README.md, "Parties")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ceasewatch.extract import Extractor, _actors
from ceasewatch.model import Source
from tests.test_extract import NEWS, ex, run

__all__ = ["ex"]

UKR_MEDIA = Source(name="Фокус", affiliation="party_aligned_media", party="UKR")
RUS_MEDIA = Source(name="EADaily", affiliation="party_aligned_media", party="RUS")


@pytest.fixture(scope="module")
def bundled() -> Extractor:
    return Extractor(military=True)  # the bundled geocoder, which knows Izmail's port


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


def test_a_ship_hit_by_sea_drones_a_side_is_named_for_keeps_that_side(ex: Extractor, bundled: Extractor) -> None:
    text = "Российские военные атаковали морским дроном гражданское судно у причала в Измаиле."
    assert set(_perpetrators(bundled, text, UKR_MEDIA)) == {"RUS"}
    # no sea drone: the rules of place still hold (a ship hit in a Ukrainian port is Russia's strike)
    text = "В порту Одессы ракета попала в гражданское судно под флагом Панамы."
    assert set(_perpetrators(ex, text, UKR_MEDIA)) == {"RUS"}


def test_a_ship_hit_by_sea_drones_in_a_ukrainian_port_keeps_the_rules_of_place(bundled: Extractor) -> None:
    # a port or town of Ukraine, not the sea off a Ukrainian region: Russia's strike, as with any other weapon
    for text, source in (
        ("В порту Ізмаїла цивільне судно під прапором Панами пошкоджено ударом морського дрона.", UKR_MEDIA),
        ("A civilian vessel was hit by a sea drone at the port of Odesa, Ukrainian officials said.", NEWS),
        ("У порту Одеси морський дрон уразив судно під прапором Панами. Росія продовжує атаки на порти.", UKR_MEDIA),
    ):
        assert set(_perpetrators(bundled, text, source)) == {"RUS"}, text
    # a Russian port: the sea drones are still Ukraine's
    text = "Ukrainian naval drones struck a tanker in the Black Sea port of Novorossiysk."
    assert set(_perpetrators(bundled, text, NEWS)) == {"UKR"}


def test_rf_after_a_zone_or_a_shadow_fleet_is_whose_it_is_not_who_struck() -> None:
    text = "Подтвердили атаку катерами на российский танкер в Черном море, предположительно в экономической зоне РФ."
    assert _actors.find_actors(text, 0, len(text), None) == []
    text = 'Атакований у порту російський танкер "тіньового флоту" РФ почав тонути.'
    assert _actors.find_actors(text, 0, len(text), None) == []
    for text in ("Танкер атаковали у територіальних водах РФ.", "Танкер атакован в территориальных водах РФ."):
        assert _actors.find_actors(text, 0, len(text), None) == [], text


def test_rf_after_a_fleet_or_an_army_still_names_the_striker() -> None:
    for text in ("Корабли Черноморского флота РФ атаковали порт.", "Армія РФ атакувала прикордонну зону."):
        assert [a.party for a in _actors.find_actors(text, 0, len(text), None)] == ["RUS"]


def test_an_earlier_attack_told_with_its_date_is_no_restatement_of_the_one_told(ex: Extractor) -> None:
    # two attacks on tankers by the same side, the second a week earlier and told as such: two claims, not a
    # confirmation of the first
    text = (
        "В Киеве официально подтвердили вчерашнюю атаку безэкипажными катерами на нефтяной российский танкер Dashan "
        "в Черном море, предположительно в экономической зоне РФ. По данным АИС судов, Dashan возвращается из "
        "Индии. Ранее, 28 ноября, украинские морские дроны атаковали танкеры Kairos и Virat."
    )
    claims = run(ex, text, RUS_MEDIA, datetime(2025, 12, 11, 9, 0, tzinfo=UTC))
    assert [(c.perpetrator, c.time.latest.day) for c in claims] == [("UKR", 11), ("UKR", 28)], claims
