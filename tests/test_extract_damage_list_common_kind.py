"""Things of more than one kind listed in a sentence that tells damage of its own are their common category, as in a
sentence that tells the attack (README "How many claims": the most specific node that covers everything listed;
round 35): "Во время инцидента повреждены жилые дома и автомобили" (b23-ru-03) and "Пошкоджено вісім багатоповерхівок
і 30 автомобілів" (extract-written uk-b2-02) are `civilian`. Not more damage told on with "також"/"also" (the scene
before it is widened by ``_listed_damage``), not a total ("всего", "in total"), not a building of no kind said (a
site's own), not a thing told as not hit, not things of one kind. A lesser thing merged later into a group a site's
list widened keeps the list's category."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import UKR_GS, run

EX = Extractor()


def _categories(text: str) -> list[str]:
    return [c.target.category for c in run(EX, text, UKR_GS)]


@pytest.mark.parametrize(
    "text",
    [
        "Во время инцидента в Белгороде повреждены жилые дома и автомобили.",
        "У Харкові пошкоджено вісім багатоповерхівок і 30 автомобілів.",
        "In Kharkiv, two houses and a car were damaged.",
    ],
)
def test_a_damage_list_of_several_kinds_is_their_common_category(text: str) -> None:
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # a thing told as not hit
        "У Харкові пошкоджено житловий будинок, автомобіль не постраждав.",
        # more damage told on, and a total: not the sentence's own list
        "У Харкові також пошкоджено житлові будинки та автомобілі.",
        "У Харкові всього пошкоджено шість житлових будинків і 15 автомобілів.",
        "In Kharkiv, two houses and a car were damaged in total.",
        # a building of no kind said beside homes, in damage alone
        "В Одесі пошкоджено будівлі та житлові будинки.",
        # things of one kind
        "У Харкові пошкоджено житлові будинки та багатоповерхівки.",
    ],
)
def test_a_damage_list_told_on_or_totalled_keeps_the_site(text: str) -> None:
    assert _categories(text) == ["civilian.residential"]


def test_a_lesser_thing_after_a_widened_list_keeps_the_lists_category() -> None:
    text = (
        "Увечері 7 березня російські війська атакували Краматорськ ракетами. Загинули четверо людей. Пошкоджено "
        "п'ять багатоповерхівок і 20 автомобілів. Під час гасіння пожежі ворог ударив повторно — пошкоджено пожежний "
        "автомобіль."
    )
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an overhead line and a line told by its voltage are power lines: listed with substations, the grid (b25-uk-18)
        (
            "У Львівській області були пошкоджені підстанції та повітряні лінії напругою 750 кВ і 330 кВ.",
            "energy.electricity",
        ),
        ("Дрони пошкодили повітряну лінію у Харкові.", "energy.electricity.line"),
        ("Russian drones damaged overhead lines in Kharkiv.", "energy.electricity.line"),
        ("У Харкові дрони пошкодили лінії напругою 110 кВ.", "energy.electricity.line"),
        # the facilities that store gas: listed with its production sites, gas (b21-ru-14)
        ("Россия атаковала объекты хранения газа и производственные мощности Нафтогаза на Харьковщине.", "energy.gas"),
        ("Росія атакувала об'єкти зберігання газу на Харківщині.", "energy.gas.storage"),
    ],
)
def test_listed_power_lines_and_gas_stores_are_kinds_of_their_own(text: str, category: str) -> None:
    assert _categories(text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        # not a line of another sort, nor gas storage talked of with no facility
        "У Харкові дрони атакували підстанцію, є проблеми зі зберіганням газу.",
        "У Харкові дрони атакували підстанцію, повітряна тривога тривала годину.",
    ],
)
def test_a_gas_store_or_a_line_not_named_leaves_the_site(text: str) -> None:
    assert _categories(text) == ["energy.electricity.substation"]
