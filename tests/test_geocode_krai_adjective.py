"""A krai's adjective in the feminine of an oblast's word (rule round 48): "в Ульяновской, Ставропольской и Курской
областях" shares the oblast's word out to a krai. Since review 50 C the geocoder reads a Russian "-ской"/"-цкой" as
the masculine "-ский" only in a whole "X-ской области" that names no oblast: it asks "X-ский край" again and keeps
only its regions (admin1). A street or a stanitsa in "-ской" keeps its own reading. (The Ukrainian "-ській області"
needs no second question: its word forms already give "-ський".)"""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.geo.geocode import geocode
from tests.test_extract import NEWS, run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ставропольской области", "Stavropol Krai"),
        ("Краснодарской области", "Krasnodar Krai"),
        ("Курской области", "Kursk Oblast"),
    ],
)
def test_a_russian_feminine_region_adjective_finds_a_krai_too(text: str, name: str) -> None:
    assert geocode(text)[0].name == name


@pytest.mark.parametrize("text", ["Ставропольской улице", "Хабаровской улице", "станице Советской"])
def test_a_feminine_adjective_of_no_oblast_is_no_krai(text: str) -> None:
    assert all(c.kind != "admin1" for c in geocode(text)), geocode(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Беспилотник атаковал жилой дом на Хабаровской улице в Белгороде.", "Belgorod"),
        ("Беспилотник атаковал жилой дом на Камчатской улице в Белгороде.", "Belgorod"),
        ("Беспилотник атаковал жилой дом на Ставропольской улице в Краснодаре.", "Krasnodar"),
        ("Беспилотник атаковал жилой дом на Краснодарской улице в Ростове.", "Rostov-on-Don"),
        ("Беспилотник атаковал жилой дом на Пермской улице в Брянске.", "Bryansk"),
        ("Беспилотник атаковал жилой дом на Приморской улице в Таганроге Ростовской области.", "Taganrog"),
    ],
)
def test_a_street_named_by_a_krai_keeps_the_towns_claim(text: str, town: str) -> None:
    """Review 50 C H1: the "-ской" of a street is no krai, and the town named after it keeps its claim."""
    places = [c.place for c in run(Extractor(), text, NEWS)]
    assert town in {p.name for p in places}, places
    assert all(p.precision != "admin1" or p.name == "Rostov Oblast" for p in places), places


def test_a_stanitsa_in_the_feminine_is_no_far_off_masculine_namesake() -> None:
    places = [c.place for c in run(Extractor(), "В станице Советской беспилотник повредил жилой дом.", NEWS)]
    assert [(p.name, p.admin1) for p in places] == [("Sovetskaya", "Rostov Oblast")], places


def test_a_krai_under_an_oblasts_plural_word_is_still_the_krai() -> None:
    text = "Дроны атаковали объекты в Ульяновской, Ставропольской и Курской областях."
    places = {c.place.name for c in run(Extractor(), text, NEWS)}
    assert places == {"Ulyanovsk Oblast", "Stavropol Krai", "Kursk Oblast"}, places
