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


@pytest.mark.parametrize(
    "text",
    [
        # people hurt in a clause of their own, with "ще"/"еще": no more damage told on
        "В Белгороде погиб мужчина, еще двое ранены, повреждены жилые дома и автомобили.",
        "У Харкові загинула жінка, ще троє поранені, пошкоджено житлові будинки та автомобілі.",
        # "также"/"too" of another clause
        "В Белгороде повреждены жилые дома и автомобили, об этом сообщил губернатор, который также посетил место.",
        "In Kharkiv, two houses and a car were damaged, the mayor said, adding that people were too scared to return.",
    ],
)
def test_an_also_word_of_another_clause_leaves_the_damage_list_its_own(text: str) -> None:
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # more damage told on with "ще" right before the damage word, and a total said "a total of"
        "Росія атакувала Харків, пошкоджено будинок. Ще пошкоджено житлові будинки та автомобілі.",
        "Russia attacked Kharkiv, damaging a house. A total of five houses and three cars were damaged in Kharkiv.",
        "Russia attacked Kharkiv, damaging a house. In total, five houses and three cars were damaged in Kharkiv.",
        # a car the listed home keeps
        "У Херсоні пошкоджено житловий будинок та автомобіль, що стояв біля нього.",
        "В Белгороде повреждены жилой дом и автомобиль, который стоял возле него.",
        "В Белгороде повреждены жилые дома и автомобили возле них.",
    ],
)
def test_a_damage_list_told_on_totalled_or_with_its_own_car_keeps_the_home(text: str) -> None:
    assert _categories(text) == ["civilian.residential"]


@pytest.mark.parametrize(
    "text",
    [
        "У Херсоні пошкоджено лікарню та автомобілі на її парковці.",
        "В Белгороде повреждены больница и автомобили на ее парковке.",
        "In Kherson, a hospital and cars in its car park were damaged.",
    ],
)
def test_a_hospital_with_the_cars_of_its_car_park_stays_the_hospital(text: str) -> None:
    assert _categories(text) == ["civilian.medical"]


def test_a_hospital_listed_with_cars_of_no_owner_is_civilian() -> None:
    assert _categories("У Херсоні пошкоджено лікарню та автомобілі.") == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # an overhead line of other wires: communications, a trolleybus, the railway, the contact network
        "В Белгороде после атаки повреждена воздушная линия связи.",
        "В Белгороде повреждена воздушная линия контактной сети.",
        "Росія атакувала Харків. Пошкоджено повітряну лінію зв'язку та житловий будинок.",
        "Russian drones damaged the overhead line of the railway near Kharkiv.",
        "У Харкові пошкоджено повітряну лінію тролейбусної мережі.",
        "Росіяни обстріляли повітряну лінію зв'язку у Харкові.",
        "Росія атакувала Харків. Укрзалізниця повідомила, що пошкоджено повітряну лінію контактної мережі.",
        # a traction line told by its voltage
        "Росія атакувала Харків, пошкоджено лінію напругою 27,5 кВ контактної мережі.",
        # storage capacity, no facility
        "Росія атакувала Харків. Пошкоджено потужності зберігання газу.",
    ],
)
def test_a_line_of_other_wires_or_storage_capacity_is_no_energy_kind(text: str) -> None:
    assert not any(c.startswith("energy") for c in _categories(text))


@pytest.mark.parametrize(
    "text",
    [
        "В Белгороде повреждена воздушная линия электропередачи.",
        "Росія атакувала Харків, пошкоджено лінію напругою 110 кВ.",
        "Russian drones damaged the overhead power line near Kharkiv.",
    ],
)
def test_a_power_line_told_overhead_or_by_its_voltage_is_still_the_line(text: str) -> None:
    assert _categories(text) == ["energy.electricity.line"]


def test_lesser_things_chained_after_a_site_are_of_its_list() -> None:
    # (review 49 A: the chain of lesser things after a site decides this; without it the homes stood alone)
    text = "У Краматорську пошкоджено дві багатоповерхівки, 15 автомобілів, 4 гаражі, ще пошкоджено АЗС."
    assert _categories(text) == ["civilian"]
