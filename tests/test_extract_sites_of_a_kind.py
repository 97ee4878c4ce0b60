"""Bare "facilities in ..." take the kind of sites the report named last (rule round 31, 2a44a6b), only from a sentence
that tells an attack and only at places of the country those sites lie in (review 35 A, H2 and L3)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


def _rows(text: str) -> list[tuple[str, str | None]]:
    return sorted((c.target.category, c.place.name) for c in run(PLAIN, text, NEWS) if c.place.admin1)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # sites of the other country: Russian oil infrastructure, not the facilities struck in Odesa
        (
            "Ukraine has for months targeted Russian oil infrastructure with long-range drones. On Tuesday night, "
            "Russian drones struck facilities in the Odesa region, the governor said.",
            ["Odesa Oblast"],
        ),
        (
            "Киев заявляет, что Россия бьет по объектам энергетики Украины. ВСУ ударили по объектам в Белгородской и "
            "Курской областях.",
            ["Belgorod Oblast", "Kursk Oblast"],
        ),
        # a sentence that tells no attack names no sites struck
        (
            "Зеленський заявив, що Україна і надалі захищатиме свої об'єкти енергетики. Росіяни вдарили по об'єктах у "
            "Харківській області.",
            ["Kharkiv Oblast"],
        ),
        (
            "Kyiv says Moscow deliberately targets energy infrastructure ahead of winter. Russian missiles hit "
            "facilities in Lviv overnight.",
            ["Lviv"],
        ),
        # (audit S16 A, E9) the country the sentence names, with no owner beside the sites: "in Ukraine"
        (
            "Russia struck gas production facilities in Ukraine overnight. Ukrainian drones hit facilities in the "
            "Belgorod region.",
            ["Belgorod Oblast"],
        ),
    ],
)
def test_bare_facilities_take_no_kind_of_another_country_nor_of_no_attack(text: str, places: list[str]) -> None:
    assert _rows(text) == sorted(("unknown", p) for p in places)


@pytest.mark.parametrize(
    "text",
    [
        "Russian strikes targeted gas production facilities, Naftogaz said. A drone also hit a residential building "
        "in Sumy. Facilities in Kharkiv and Poltava regions were hit.",
        # (audit S16 A, E6) the last claim's target is a site of a kind of its own: the facilities are not the sites
        # named before it either
        "Russia launched the largest strike on its gas production facilities, Naftogaz said. A drone hit a power "
        "substation in Sumy. Facilities in the Kharkiv and Poltava regions were hit.",
    ],
)
def test_bare_facilities_take_no_kind_named_before_a_later_claim(text: str) -> None:
    # the kind was named before the last claim (the house or the substation in Sumy): the facilities are not of that
    # kind
    rows = _rows(text)
    assert ("unknown", "Kharkiv Oblast") in rows and ("unknown", "Poltava Oblast") in rows, rows
    assert not any(c == "energy.gas.production" for c, _ in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces launched the largest strike on Naftogaz gas production facilities since 2022. Drones also "
        "struck oil storage facilities in Kherson.",
        "Russian forces launched the largest strike on Naftogaz gas production facilities since 2022. Drones also "
        "struck power generation facilities in Kherson.",
    ],
)
def test_facilities_of_a_kind_of_their_own_keep_it(text: str) -> None:
    # "oil storage facilities in": the clause names its own kind, which the sites named before do not replace (not
    # gas production at Kherson); the lead's gas sites, told with no place, then join Kherson's claim at the node that
    # covers both, `energy` (one claim per place and top-level kind)
    assert _rows(text) == [("energy", "Kherson")]


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck Ukrainian gas production facilities overnight. Facilities in Kharkiv and Poltava regions were "
        "hit with 35 missiles.",
        "Россия нанесла удар по объектам газодобычи Украины. Дроны ударили по объектам в Харьковской и Полтавской "
        "областях.",
    ],
)
def test_bare_facilities_take_the_kind_of_their_own_country(text: str) -> None:
    rows = _rows(text)
    assert [p for c, p in rows if c == "energy.gas.production"] == ["Kharkiv Oblast", "Poltava Oblast"], rows
