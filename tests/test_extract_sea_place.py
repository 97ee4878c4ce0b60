"""A claim on a thing at sea placed no finer than a country whose evidence names the sea it happened in is placed at
the sea."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract._places import sea_in
from ceasewatch.model import Source
from tests.test_extract import NEWS, ex, run

__all__ = ["ex"]

RUS_MEDIA = Source(name="EADaily", affiliation="party_aligned_media", party="RUS")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukrainian naval drones struck a tanker in the Black Sea.", "Black Sea"),
        ("Украинские дроны атаковали танкер в Черном море.", "Black Sea"),
        ("Танкер уражено у Чорному морі.", "Black Sea"),
        ("Судно атаковано в акватории Черного моря.", "Black Sea"),
        ("Танкер атаковано морськими дронами в акваторії Чорного моря.", "Black Sea"),
        ("ВСУ безэкипажными катерами атаковали танкер в Чёрном море.", "Black Sea"),
        ("Украинские безэкипажные катера атаковали два танкера в Черном и Азовском морях.", "Black Sea"),
        ("Морські дрони атакували танкери в Азовському та Чорному морях.", "Sea of Azov"),
        ("Танкер атакован безэкипажными катерами в Азовском море.", "Sea of Azov"),
        ("Удари по платформах у Каспійському морі.", "Caspian Sea"),
        ("A cargo ship was hit in the Sea of Azov.", "Sea of Azov"),
    ],
)
def test_sea_named_as_where_it_happened_is_the_place(text: str, name: str) -> None:
    place = sea_in(text, 0, len(text), "RUS")
    assert place is not None and place.name == name and place.lat is not None and place.country == "RUS"
    assert place.precision == "area"


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck one of Russia's key Black Sea oil ports, Tuapse.",  # the sea qualifies a port on land
        "Удар по кораблю Черноморского флота.",  # the fleet, no sea word
        "Обстріляно село на побережье Черного моря.",  # a coast, not the sea
        "Ships of the Black Sea Fleet were hit in Sevastopol.",
        "Naval drones struck a tanker at the Black Sea terminal of the CPC.",  # a terminal, a town, a resort on land
        "Naval drones struck a tanker at the Black Sea oil terminal of the CPC.",  # a word before the land noun
        "A tanker was hit in the Black Sea city of Novorossiysk.",
        "Drones hit an oil refinery in the Black Sea resort area.",
        "Drones struck targets in the Black Sea region of Krasnodar.",
    ],
)
def test_sea_only_qualifying_something_on_land_is_no_place(text: str) -> None:
    assert sea_in(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "source", "country"),
    [
        # where the missiles or drones came from, not where they hit
        (
            "Russia launched missiles from submarines in the Black Sea, hitting power facilities across Ukraine.",
            NEWS,
            "UKR",
        ),
        (
            "Russia fired Kalibr cruise missiles from warships in the Black Sea at Ukraine's energy infrastructure "
            "overnight, the air force said.",
            NEWS,
            "UKR",
        ),
        (
            "ВСУ атаковали беспилотниками объекты энергетики, дроны были запущены в акватории Черного моря.",
            RUS_MEDIA,
            "RUS",
        ),
        # a site on land by the sea
        ("Ukraine's drones hit an oil refinery in the Black Sea resort area, Russia said.", NEWS, "RUS"),
    ],
)
def test_a_claim_on_land_keeps_its_country_whatever_sea_its_sentence_names(
    ex: Extractor, text: str, source: Source, country: str
) -> None:
    claims = run(ex, text, source)
    assert claims
    assert all(c.place.name is None and c.place.country == country for c in claims), [c.place for c in claims]


def test_a_ship_at_sea_is_placed_at_the_sea(ex: Extractor) -> None:
    (claim,) = run(ex, "Ukrainian naval drones struck a tanker in the Black Sea.", NEWS)
    assert claim.target.category.startswith("maritime") and claim.place.name == "Black Sea"
