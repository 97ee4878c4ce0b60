"""A town or region written in lower case in running text (as UNN writes Russian places: "у новокуйбишевську",
"в краснодарському краї") is read after a preposition of place when its name ends like a town's or it stands
before its admin word; lower-case common words stay no place. Short texts written for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.geo.geocode import geocode
from tests.test_extract import NEWS, run


def _top(text: str) -> tuple[str, str] | None:
    found = geocode(text)
    if not found:
        return None
    return found[0].name, found[0].kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вночі дрони атакували нафтопереробний завод у новокуйбишевську, повідомили джерела.", "Novokuybyshevsk"),
        ("Вночі дрони атакували нафтопереробний завод з новокуйбишевська, повідомили джерела.", "Novokuybyshevsk"),
        ("Ночью беспилотники атаковали завод в новокуйбышевске, сообщили источники.", "Novokuybyshevsk"),
        ("Ночью беспилотники атаковали подстанцию в шебекино, сообщили источники.", "Shebekino"),
        ("Вночі ворог обстріляв лікарню у нікополі, повідомила ОВА.", "Nikopol"),
        ("Вночі ворог вдарив по нікополю, повідомила ОВА.", "Nikopol"),
        ("Вночі ворог обстріляв будинки у куп'янську, повідомила ОВА.", "Kupyansk"),
        ("Вночі дрони атакували нафтобазу у саратові, повідомили джерела.", "Saratov"),
        ("Вночі дрони атакували нафтобазу в сизрані, повідомили джерела.", "Syzran"),
    ],
)
def test_lower_case_town_after_a_preposition_is_read(text: str, name: str) -> None:
    top = _top(text)
    assert top is not None and top[0] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вночі дрони атакували нафтобазу в краснодарському краї, повідомили джерела.", "Krasnodar Krai"),
        ("Ночью беспилотники атаковали нефтебазу в краснодарском крае, сообщили источники.", "Krasnodar Krai"),
    ],
)
def test_lower_case_region_before_its_admin_word_is_read(text: str, name: str) -> None:
    top = _top(text)
    assert top is not None and top == (name, "admin1")


@pytest.mark.parametrize(
    "text",
    [
        "Вночі ворог обстріляв місто, люди вийшли у світ після укриття.",
        "Ночью враг обстрелял город, снаряд упал в поле за домами.",
        "Ночью враг обстрелял город, снаряд упал на луг за домами.",
        "Вночі ворог обстріляв місто, снаряд упав у полі за будинками.",
        "Ночью враг обстрелял город, люди молились за мир в храме.",
        "Ночью беспилотник упал возле станции за городом.",
        "Вночі ворог вдарив по мирних жителях міста.",
        "Ночью враг ударил по мирному населению города.",
        "Ночью взрывы прогремели в советском районе города.",
        "Ночью снаряды упали в лесной зоне за городом.",
        "Вночі ракета впала у сусідній області, повідомили військові.",
        "Ночью враг ударил в южном направлении от города.",
    ],
)
def test_lower_case_common_word_is_no_place(text: str) -> None:
    assert _top(text) is None


def test_lower_case_town_with_no_preposition_is_no_place() -> None:
    # not after a preposition of place: a lower-case word is a common word there
    assert _top("Вночі дрони атакували нафтобазу, сизрань і область мовчать.") is None


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вночі безпілотники атакували нафтопереробний завод у новокуйбишевську.", "Novokuybyshevsk"),
        ("Вночі безпілотники атакували нафтобазу в краснодарському краї.", "Krasnodar Krai"),
        ("Ночью беспилотники атаковали подстанцию в шебекино.", "Shebekino"),
    ],
)
def test_claim_placed_at_a_lower_case_town(ex: Extractor, text: str, name: str) -> None:
    places = [c.place.name for c in run(ex, text, NEWS)]
    assert places == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вночі ворог обстріляв Харків, снаряд упав у полі біля будинку.", "Kharkiv"),
        ("Ночью враг ударил по Харькову, погибли люди в мирном районе.", "Kharkiv"),
        ("Ночью дрон атаковал Белгород, обломки упали в советском районе.", "Belgorod"),
    ],
)
def test_lower_case_common_word_adds_no_place_to_a_claim(ex: Extractor, text: str, name: str) -> None:
    places = [c.place.name for c in run(ex, text, NEWS)]
    assert places == [name]
