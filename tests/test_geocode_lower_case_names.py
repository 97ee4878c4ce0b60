"""A town or region written in lower case in running text (as UNN writes Russian places: "у новокуйбишевську",
"в краснодарському краї") is read after a preposition of place when its name ends like a town's or it stands
before its admin word; lower-case common words stay no place. Short texts written for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.geo.geocode import geocode, lower_case_place
from ceasewatch.model import Source
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


UNN = Source(name="UNN", affiliation="independent_media", party="UKR")


@pytest.mark.parametrize(
    "text",
    [
        "Під покровом ночі дрони атакували нафтобазу, повідомили джерела.",
        "Под покровом ночи беспилотники атаковали нефтебазу, сообщили источники.",
        "Вночі дрон атакував судно біля острова Зміїний.",
        "Ночью дрон атаковал катер у острова Тендра.",
        "Вночі катер знищили біля острову, повідомили джерела.",
        "Як повідомили у енергетиків, пошкоджено ТЕЦ.",
        "Ночью, как сообщили у энергетиков, повреждена ТЭЦ.",
    ],
)
def test_lower_case_common_noun_that_is_also_a_town_is_no_place(text: str) -> None:
    # "покров" (Pokrov), "остров" (Ostrov) and "енергетиків" (Zuhres-2) are gazetteer keys, but common nouns here
    assert _top(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вночі дрони атакували нафтобазу у тамбові, повідомили джерела.", "Tambov"),
        ("Вночі дрони атакували нафтобазу у ростові, повідомили джерела.", "Rostov-on-Don"),
    ],
)
def test_lower_case_city_ending_like_a_possessive_is_read_when_large(text: str, name: str) -> None:
    # a name ending -ов/-ев/-ів/-їв needs 100,000 people: Saratov, Tambov, Rostov pass; Pokrov, Ostrov do not
    top = _top(text)
    assert top is not None and top[0] == name


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "Під покровом ночі російські дрони атакували підстанцію на Дніпропетровщині.",
            UNN,
            [("energy.electricity.substation", "Dnipropetrovsk Oblast", "UKR", "RUS")],
        ),
        ("Під покровом ночі ворог атакував Харків, пошкоджено будинок.", UNN, [("civilian", "Kharkiv", "UKR", "RUS")]),
        (
            "Под покровом ночи ВСУ атаковали нефтебазу, сообщили местные жители.",
            NEWS,
            [("energy.oil.storage", None, None, "UKR")],
        ),
        (
            "Російський дрон атакував цивільне судно біля острова Зміїний.",
            UNN,
            [("maritime.vessel.civilian", None, "UKR", "RUS")],
        ),
        ("Сили оборони знищили російський катер біля острова Тендра.", UNN, []),
        ("ВСУ атаковали катер у острова Тендра.", NEWS, []),
        (
            "Вночі ворог атакував енергетику. Як повідомили у енергетиків, пошкоджено ТЕЦ.",
            UNN,
            [("energy.electricity.generation.thermal", None, "UKR", "RUS")],
        ),
    ],
)
def test_lower_case_common_noun_adds_no_place_to_a_claim(
    ex: Extractor, text: str, source: Source, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    # the claims these sentences gave before lower-case names were read: no Pokrov, Ostrov nor Zuhres-2
    got = [
        (
            c.target.category,
            c.place.name if c.place.precision in ("settlement", "admin1") else None,
            c.place.country,
            c.perpetrator,
        )
        for c in run(ex, text, source)
    ]
    assert got == expected


@pytest.mark.parametrize(("word", "after"), [("", ""), ("—", ""), ("123", "області"), ("нижньому новгороді", "")])
def test_lower_case_place_is_one_word(word: str, after: str) -> None:
    # no word to probe, or more than one: not one lower-case place (and no error)
    assert lower_case_place(word, after) is False
