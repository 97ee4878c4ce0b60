"""A house said bare in the singular (round 42): the Russian "дом" in its case forms ("В Шебекино повреждён дом",
b15-ru-22 "загорелся дом"; "повредил дом депутата", b27-ru-16) is a home, `civilian.residential`, as the plural is;
the Ukrainian "будинок" ("Пошкоджено будинок", "влучив у будинок") is any building in Ukrainian, as "будівля":
`civilian` (the gold's reading of "зруйновано будинок" beside the dead, written dev uk-23). Not an institution's house
("Дом культуры", "будинок культури"), an orphanage ("детский дом", "дитячий будинок"), the White House, a trading
house, nor the adverbs and "at home" ("дома", "домой", "на дому", "вдома")."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

PLAIN = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "В Шебекино в результате атаки ВСУ повреждён дом.",  # nominative
        "Украинский дрон попал в дом в Белгороде.",  # accusative
        "ВСУ атаковали дроном Белгород, осколки попали по дому.",  # dative
        "ВСУ атаковали дроном Белгород, в доме выбиты окна.",  # locative
        "ВСУ атаковали Белгород, дрон упал рядом с домом.",  # instrumental
        "В Киеве обломок БПЛА повредил дом депутата Верховной рады.",
    ],
)
def test_a_bare_russian_house_is_a_home(text: str) -> None:
    assert categories(PLAIN, text) == ["civilian.residential"]


@pytest.mark.parametrize(
    "text",
    [
        "Внаслідок атаки росіян у Харкові пошкоджено будинок.",  # nominative and accusative
        "Російський дрон влучив у будинок у Харкові.",
        "Російський дрон атакував Харків, уламки влучили у дах будинку.",  # genitive and locative
        "Росіяни атакували Харків, дрон впав поруч із будинком.",  # instrumental
    ],
)
def test_a_bare_ukrainian_house_is_a_building(text: str) -> None:
    assert categories(PLAIN, text) == ["civilian"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an institution's house, an orphanage: not a home
        ("Украинский дрон попал в Дом культуры в Белгороде.", "civilian.other"),
        ("Російський дрон влучив у будинок культури в Харкові.", "civilian.other"),
        ("Украинский дрон атаковал Белгород, повреждён детский дом.", "unknown"),
        ("Російський дрон атакував Харків, пошкоджено дитячий будинок.", "unknown"),
        # at home, going home: no house hit
        ("Украинский дрон атаковал Белгород, люди были дома.", "unknown"),
        ("Украинский дрон атаковал Белгород, жители разошлись по домам.", "unknown"),
        ("Украинский дрон атаковал Белгород, все вернулись домой.", "unknown"),
        ("Украинский дрон атаковал Белгород, врачи работают на дому.", "unknown"),
        ("Російський дрон атакував Харків, люди залишались вдома.", "unknown"),
        # the White House and a trading house: no house hit
        ("Украинский дрон атаковал Белгород, заявил Белый дом.", "unknown"),
        ("Украинский дрон атаковал Белгород, сообщил торговый дом «Продукты».", "unknown"),
    ],
)
def test_not_a_bare_house(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a trading or fashion house, an orphanage in any case form, not the nominative only (review 46 C M2)
        ("ВСУ атаковали Белгород, в торговом доме «Русь» выбиты окна.", "unknown"),
        ("ВСУ атаковали Белгород, в модном доме выбиты окна.", "unknown"),
        ("В Белгороде дрон ВСУ попал в окно в детском доме.", "unknown"),
        ("Російський дрон атакував Харків, влучив у дитячому будинку.", "unknown"),
        # a compound: a care home, a museum (the museum's own word), not a home
        ("Дрон ВСУ атаковал Белгород, поврежден дом-интернат.", "unknown"),
        ("Дрон ВСУ атаковал Белгород, поврежден дом-музей.", "civilian.other"),
        # a name with a dot, its case ignored
        ("В Белгороде дрон ВСУ ударил по зданию «ДОМ.РФ».", "civilian"),
        # a full stop after the house is still a home
        ("В Курске обломки дрона упали на дом.", "civilian.residential"),
    ],
)
def test_not_a_bare_house_in_any_case_or_compound(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("text", "categories_found"),
    [
        # the White House in Ukrainian ("Білого дому", "Білому домі") is no house hit: the Russian "дом"'s case forms
        # match its "дому", so the guard names the Ukrainian adjective too (a dronbomber post of the bench's data)
        ("Російський дрон атакував Харків, — повідомив речник Білого дому.", ["unknown"]),
        (
            "**Трамп в гніві через поведінку рф - удари по Україні в той самий час, коли США наполягають на припиненні "
            "вогню**, — Axios з посиланням на високопоставленого чиновника Білого дому.",
            [],
        ),
    ],
)
def test_the_white_house_in_ukrainian_is_no_house(text: str, categories_found: list[str]) -> None:
    assert categories(PLAIN, text) == categories_found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the plural "дома" keeps the singular's guard (audit S21 B, finding 4): orphanages and trading houses are no
        # homes; homes said by their kind still are
        ("Украинский дрон атаковал Белгород, повреждены детские дома.", "unknown"),
        ("Украинский дрон атаковал Белгород, разрушены торговые дома.", "unknown"),
        ("Украинский дрон атаковал Белгород, повреждены жилые дома.", "civilian.residential"),
    ],
)
def test_the_plural_house_keeps_the_singular_s_guard(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]
