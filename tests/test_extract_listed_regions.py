"""Lists of places (rule round 34): each region of a list its sentence says was attacked stays a claim of its own
beside a town of it told in another sentence, and each quoted name after a plural port word is a port, as the readers
give one claim per place of the list."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


def _places(text: str) -> set[str]:
    return {c.place.name or "" for c in run(Extractor(), text, NEWS)}


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        (
            "Zhytomyr, Odesa and Sumy regions were affected by the enemy attack overnight. In Konotop, drones damaged "
            "houses.",
            "Sumy Oblast",
            "Konotop",
        ),
        (
            "Зафіксовано влучання дронів у Донецькій, Дніпропетровській і Сумській областях. У Конотопі дрони "
            "пошкодили житлові будинки.",
            "Sumy Oblast",
            "Konotop",
        ),
        (
            "ВСУ атаковали Брянскую, Курскую и Белгородскую области. В Рыльске беспилотник повредил жилой дом.",
            "Kursk Oblast",
            "Ryl’sk",
        ),
    ],
)
def test_a_region_of_a_list_attacked_stays_beside_a_town_of_it(text: str, region: str, town: str) -> None:
    places = _places(text)
    assert {region, town} <= places, places


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # a region named alone is the town's attack said less precisely
        ("Russian drones attacked the Sumy region overnight. In Konotop, drones damaged houses.", "Sumy Oblast"),
        ("Російські дрони атакували Сумщину. У Конотопі дрони пошкодили житлові будинки.", "Sumy Oblast"),
        ("ВСУ атаковали Курскую область. В Рыльске беспилотник повредил жилой дом.", "Kursk Oblast"),
        # a list beside the region's own centre: the centre's claim
        ("ВСУ атаковали Брянскую и Курскую области. В Курске беспилотник повредил жилой дом.", "Kursk Oblast"),
        # an air-defence tally over a list of regions is no claim at all
        (
            "Над Брянской, Курской и Белгородской областями уничтожены 20 беспилотников. В Рыльске беспилотник "
            "повредил жилой дом.",
            "Kursk Oblast",
        ),
        (
            "Air defences destroyed 20 drones over the Bryansk, Kursk and Belgorod regions. In Rylsk, a drone "
            "damaged a house.",
            "Kursk Oblast",
        ),
        (
            "Над Сумською, Харківською та Полтавською областями збито 20 дронів. У Конотопі дрони пошкодили житлові "
            "будинки.",
            "Sumy Oblast",
        ),
    ],
)
def test_a_region_named_alone_or_beside_its_centre_or_in_a_tally_still_gives_way(text: str, region: str) -> None:
    places = _places(text)
    assert region not in places, places


@pytest.mark.parametrize(
    "text",
    [
        'Российские дроны повредили объекты в портах "Южный" и "Черноморск".',
        "Російські дрони пошкодили об’єкти у портах «Південний» та «Чорноморськ».",
        "Російські дрони пошкодили об’єкти у портах Південний та Чорноморськ.",
    ],
)
def test_each_quoted_name_after_a_plural_port_word_is_a_port_attacked(text: str) -> None:
    places = _places(text)
    assert {"Pivdenne", "Chornomors’k"} <= places, places


@pytest.mark.parametrize(
    "text",
    [
        # air-defence tallies over the ports name no hit
        'Силы ПВО сбили 10 беспилотников в портах "Южный" и "Черноморск".',
        "Сили ППО збили 10 дронів над портами «Південний» та «Чорноморськ».",
        "Air defence shot down 10 drones over the ports of Pivdennyi and Chornomorsk.",
    ],
)
def test_a_tally_over_a_list_of_ports_is_no_claim(text: str) -> None:
    assert not _places(text)


def test_ports_of_a_region_are_the_region() -> None:
    assert _places("Российские дроны повредили объекты в портах Одесской области.") == {"Odesa Oblast"}
