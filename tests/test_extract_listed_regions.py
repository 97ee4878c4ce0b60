"""Lists of places (rule round 34): each region of a list its sentence says was attacked stays a claim of its own
beside a town of it told in another sentence, and each quoted name after a plural port word is a port, as the readers
give one claim per place of the list."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract._places import find_places
from ceasewatch.geo.gazetteer import is_centre
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
        # a town of a region whose centre has another name, not the centre
        (
            "Russian drones attacked the Volyn and Rivne regions. In Kovel, an industrial enterprise was damaged.",
            "Volyn Oblast",
            "Kovel",
        ),
        (
            "Росія атакувала Кіровоградську та Миколаївську області. У Знам'янці пошкоджено підприємство.",
            "Kirovohrad Oblast",
            "Znamyanka",
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
        # (a centre of another name than its region's)
        (
            "Russian drones attacked the Volyn and Rivne regions. In Lutsk, an industrial enterprise was damaged.",
            "Volyn Oblast",
        ),
        (
            "Росія атакувала Кіровоградську та Миколаївську області. У Кропивницькому пошкоджено підприємство.",
            "Kirovohrad Oblast",
        ),
        (
            "Росія атакувала Закарпатську та Львівську області. В Ужгороді пошкоджено підприємство.",
            "Zakarpattia Oblast",
        ),
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
    ("text", "ports"),
    [
        # a quoted first name followed by bare ones, and a bare one by a quoted one: each a port of the list
        (
            "Дроны атаковали инфраструктуру в портах «Южный», Черноморск и Одесса.",
            {"Pivdenne", "Chornomors’k", "Odesa"},
        ),
        ("У портах «Південний» і Чорноморськ пошкоджено склади.", {"Pivdenne", "Chornomors’k"}),
        ("Дрони пошкодили об’єкти у портах Південний та «Чорноморськ».", {"Pivdenne", "Chornomors’k"}),
    ],
)
def test_a_list_of_ports_quoted_in_part_is_each_port(text: str, ports: set[str]) -> None:
    places = _places(text)
    assert ports <= places, places


def test_a_list_of_ports_quoted_in_part_stops_at_a_region() -> None:
    assert _places("Дроны атаковали объекты в портах «Южный» и Одесской области.") == {"Pivdenne"}


def test_a_later_port_of_a_quoted_list_takes_no_site_of_the_first() -> None:
    for text in ("Удар по портах «Ізмаїл» і «Рені».", "Дрони пошкодили склади в портах «Ізмаїл» та Рені."):
        sites = {c.place.name: c.target.facility_id for c in run(Extractor(), text, NEWS)}
        assert sites == {"Port of Izmail": "cw:izmail-port", "Reni": None}, sites


def test_a_port_named_alone_keeps_its_site() -> None:
    sites = {c.place.name: c.target.facility_id for c in run(Extractor(), "Удар по порту «Ізмаїл».", NEWS)}
    assert sites == {"Port of Izmail": "cw:izmail-port"}, sites


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        # air-defence tallies over the ports name no hit, though the list is read as ports ("у портах «…»")
        ('Силы ПВО сбили 10 беспилотников в портах "Южный" и "Черноморск".', {"порт Южный", "Черноморск"}),
        ("Сили ППО збили 10 дронів у портах «Південний» та «Чорноморськ».", {"порт Південний", "Чорноморськ"}),
        ("Силы ПВО сбили 10 беспилотников в портах «Южный», Черноморск и Одесса.", {"порт Южный", "Черноморск"}),
        ("Air defence shot down 10 drones over the ports of Pivdennyi and Chornomorsk.", set()),
    ],
)
def test_a_tally_over_a_list_of_ports_is_no_claim(text: str, ports: set[str]) -> None:
    assert ports <= {m.query for m in find_places(text, 0, len(text))}  # the list reaches the port rule
    assert not _places(text)


def test_ports_of_a_region_are_the_region() -> None:
    assert _places("Российские дроны повредили объекты в портах Одесской области.") == {"Odesa Oblast"}


@pytest.mark.parametrize(
    ("town", "region", "centre"),
    [
        ("Sumy", "Sumy Oblast", True),
        ("Lutsk", "Volyn Oblast", True),
        ("Kropyvnytskyi", "Kirovohrad Oblast", True),
        ("Uzhhorod", "Zakarpattia Oblast", True),
        ("Simferopol", "Crimea", True),
        ("Cheboksary", "Chuvashia", True),
        ("Vologda", "Vologda Oblast", True),
        ("Konotop", "Sumy Oblast", False),
        ("Kovel", "Volyn Oblast", False),
        # the region's largest town, but the town it is named after is about as large
        ("Cherepovets", "Vologda Oblast", False),
    ],
)
def test_a_region_s_centre_is_the_town_it_is_named_after_or_else_its_largest(
    town: str, region: str, centre: bool
) -> None:
    assert is_centre(town, region) is centre
