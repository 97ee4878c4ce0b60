"""Lists after a Ukrainian or Russian attack verb (rule round 47): each town of "обстріляв Нікополь, Марганець та
Покров" is a claim of its own, of the same act, side and time, as the readers give one claim per place of the list."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import RUS_MOD, UKR_GS, run


def _places(text: str, source: Source) -> set[str]:
    return {c.place.name or "" for c in run(Extractor(), text, source)}


@pytest.mark.parametrize(
    ("text", "source", "towns"),
    [
        ("Вночі ворог обстріляв Нікополь, Марганець та Покров.", UKR_GS, {"Nikopol", "Marhanets", "Pokrov"}),
        ("Ворог атакував Нікополь, Марганець, Покров.", UKR_GS, {"Nikopol", "Marhanets", "Pokrov"}),
        ("Російські війська атакували Шостку і Конотоп.", UKR_GS, {"Shostka", "Konotop"}),
        ("ВСУ атаковали Шебекино, Грайворон и Валуйки.", RUS_MOD, {"Shebekino", "Grayvoron", "Valuyki"}),
        ("ВСУ атаковали Шебекино и Грайворон, сообщил Гладков в Белгороде.", RUS_MOD, {"Shebekino", "Grayvoron"}),
        # (a list ended by its region)
        (
            "Ворог атакував Нікополь, Марганець та Покров на Дніпропетровщині.",
            UKR_GS,
            {"Nikopol", "Marhanets", "Pokrov"},
        ),
    ],
)
def test_each_town_of_a_list_after_an_attack_verb_is_a_claim(text: str, source: Source, towns: set[str]) -> None:
    claims = run(Extractor(), text, source)
    assert {c.place.name for c in claims} == towns, [c.place.name for c in claims]
    # one act told of each: the same act, side and time
    assert len({(c.act, c.perpetrator, c.claimant, c.stance, c.time) for c in claims}) == 1


@pytest.mark.parametrize(
    ("text", "source", "places"),
    [
        # the subject of a clause of its own after the list: a capital's government, a speaker's seat
        ("Вночі окупанти атакували Харків, Москва заявила про удари по військових об'єктах.", UKR_GS, set()),
        ("Ворог атакував Нікополь, Київ заявив про збиття ракет.", UKR_GS, {"Nikopol"}),
        ("ВСУ атаковали Шебекино, Белгород сообщает о сбитых беспилотниках.", RUS_MOD, {"Shebekino"}),
        # a launch site after a bare comma: a clause of its own, not an item of the list
        (
            "Ворог атакував Нікополь та Марганець, Енергодар окупанти використовують як майданчик для запуску.",
            UKR_GS,
            {"Nikopol", "Marhanets"},
        ),
        ("Ворог атакував Нікополь, Енергодар використовують для запусків дронів.", UKR_GS, {"Nikopol"}),
        # an adjective (a community's, a region's) or a name before a unit word: the rules of regions decide
        ("Ворог атакував Нікополь, Марганецьку громаду.", UKR_GS, {"Nikopol"}),
        ("Ворог атакував Нікополь, Дніпропетровська область.", UKR_GS, {"Nikopol"}),
        ("Ворог атакував Харків і Сумську область.", UKR_GS, {"Kharkiv", "Sumy Oblast"}),
        # a feminine town's nominative, not its accusative "-у": no object of the verb (review 49 A, M1)
        (
            "Ворог атакував Покровськ, Костянтинівка, Краматорськ залишаються під загрозою.",
            UKR_GS,
            {"Pokrovsk"},
        ),
        ("ВСУ атаковали Белгород, Курск, Москва.", RUS_MOD, {"Belgorod", "Kursk"}),
        ("ВСУ атаковали Белгород, Курск и Москву.", RUS_MOD, {"Belgorod", "Kursk", "Moscow"}),
        # before a present verb's plural: the subject of a clause of its own (Kramatorsk, after a bare comma and before
        # "і", is still taken: the verb stops the item before it only)
        (
            "Ворог атакував Покровськ та Дружківку, Краматорськ і Слов’янськ залишаються під загрозою.",
            UKR_GS,
            {"Pokrovsk", "Druzhkivka", "Kramatorsk"},
        ),
    ],
)
def test_a_list_after_an_attack_verb_stops_at_a_clause_an_adjective_or_a_unit(
    text: str, source: Source, places: set[str]
) -> None:
    assert _places(text, source) == places


@pytest.mark.parametrize(
    "text",
    [
        "Над Брянской, Курской и Белгородской областями сбиты 12 беспилотников.",
        "Ночью над Брянской, Курской и Белгородской областями сбиты 12 беспилотников ВСУ.",
    ],
)
def test_an_air_defence_tally_over_a_list_of_regions_is_no_strike(text: str) -> None:
    assert run(Extractor(), text, RUS_MOD) == []


@pytest.mark.parametrize(
    ("text", "source", "kinds"),
    [
        (
            "Ворог атакував Харків та Суми: у Харкові пошкоджено школу.",
            UKR_GS,
            {("Kharkiv", "civilian.education"), ("Sumy", "unknown")},
        ),
        (
            "Ворог атакував Харків, Суми та Полтаву, у Сумах пошкоджено лікарню.",
            UKR_GS,
            {("Sumy", "civilian.medical"), ("Kharkiv", "unknown"), ("Poltava", "unknown")},
        ),
        (
            "Ворог атакував Херсон, Очаків та Миколаїв, світло зникло у Херсоні, Очакові.",
            UKR_GS,
            {("Kherson", "energy.electricity"), ("Ochakiv", "energy.electricity"), ("Mykolayiv", "unknown")},
        ),
        (
            "ВСУ атаковали Белгород, Шебекино и Валуйки, в Шебекино поврежден жилой дом.",
            RUS_MOD,
            {("Shebekino", "civilian.residential"), ("Belgorod", "unknown"), ("Valuyki", "unknown")},
        ),
        # (the first town alone, too)
        (
            "Ворог атакував Суми: у Харкові пошкоджено школу.",
            UKR_GS,
            {("Kharkiv", "civilian.education"), ("Sumy", "unknown")},
        ),
        # (damage placed by no town of its own: the list's, as before)
        (
            "Ворог атакував Харків та Суми, пошкоджено школу.",
            UKR_GS,
            {("Kharkiv", "civilian.education"), ("Sumy", "civilian.education")},
        ),
    ],
)
def test_damage_told_at_one_town_of_the_list_is_not_the_others(
    text: str, source: Source, kinds: set[tuple[str, str]]
) -> None:
    # (review 49 A, H2: each listed town took the school, hospital or house the sentence places in another town)
    assert {(c.place.name or "", c.target.category) for c in run(Extractor(), text, source)} == kinds


@pytest.mark.parametrize(
    ("text", "source", "towns"),
    [
        ("ВСУ атаковали Белгород, Шебекино, а также Валуйки.", RUS_MOD, {"Belgorod", "Shebekino", "Valuyki"}),
        ("ВСУ атаковали Белгород и Шебекино, а также Грайворон.", RUS_MOD, {"Belgorod", "Shebekino", "Grayvoron"}),
        ("Ворог атакував Нікополь, а також Марганець.", UKR_GS, {"Nikopol", "Marhanets"}),
    ],
)
def test_a_takzhe_goes_on_with_the_list(text: str, source: Source, towns: set[str]) -> None:
    # (review 49 A, M2: "а также", "а також" ended the list, as it goes on a list after regions)
    assert _places(text, source) == towns


def test_a_town_after_a_comma_and_i_is_a_clause_of_its_own() -> None:
    # (", і" opens a clause: the ", і" stop decides this one, no verb after the town does)
    assert _places("Ворог атакував Нікополь, і Марганець знеструмлено.", UKR_GS) == {"Nikopol"}
