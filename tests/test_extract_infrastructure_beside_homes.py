"""An infrastructure object of no kind said ("объект инфраструктуры", "об'єкт інфраструктури", "infrastructure
objects") told hit or damaged at a claim's place, in its sentence or at its scene after it, names more sites than the
homes there: the civilian claim of one kind is `civilian` (README "How many claims": the most specific node that covers
everything listed; b25-ru-22, b21-uk-08, b15-ru-14, b25-ru-29). Not one of a kind ("критической инфраструктуры",
"energy infrastructure facilities"), not one said undamaged, not at another place; alone it stays `unknown`."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _claims
from tests.test_extract import PUB, UKR_GS, categories, run

EX = Extractor()


def _categories(text: str) -> list[str]:
    return sorted(categories(EX, text, UKR_GS))


@pytest.mark.parametrize(
    "text",
    [
        # the scene's next sentences, no place of their own
        "В Запорожье в результате российской атаки поврежден многоэтажный жилой дом. Россияне также нанесли удар по "
        "объекту инфраструктуры.",
        # the same sentence
        "У Запоріжжі внаслідок атаки пошкоджено приватні будинки та об'єкти інфраструктури.",
        "Russian drones attacked Kharkiv overnight, damaging residential buildings and infrastructure facilities.",
        # a negation in a later clause of the sentence is not of the object
        "У Запоріжжі внаслідок атаки пошкоджено приватні будинки та об'єкти інфраструктури, постраждалих немає.",
        "Russian drones attacked Kharkiv overnight, damaging residential buildings and infrastructure facilities; no "
        "one was injured.",
        "Russian drones attacked Kharkiv overnight, damaging residential buildings and infrastructure facilities, not "
        "far from the centre.",
    ],
)
def test_an_infrastructure_object_beside_homes_makes_the_claim_civilian(text: str) -> None:
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # homes alone
        "В Запорожье в результате российской атаки поврежден многоэтажный жилой дом.",
        # an infrastructure object said undamaged
        "В Запорожье в результате российской атаки поврежден многоэтажный жилой дом. Объекты инфраструктуры не "
        "пострадали.",
        # one of a kind named
        "Russian drones attacked Kharkiv overnight, damaging residential buildings and energy infrastructure "
        "facilities.",
    ],
)
def test_homes_with_no_infrastructure_of_no_kind_keep_their_kind(text: str) -> None:
    assert "civilian.residential" in _categories(text)
    assert "civilian" not in _categories(text)


def test_an_infrastructure_object_alone_names_no_kind() -> None:
    assert _categories("В Запорожье в результате российской атаки поврежден объект инфраструктуры.") == ["unknown"]


def test_a_whole_oblasts_infrastructure_does_not_widen_a_village_claim() -> None:
    # a headline's oblast-wide "дома и объекты инфраструктуры" names no site beside the cars told in one village
    text = (
        "Гладков: в Белгородской области дроны повредили дома и объекты инфраструктуры. Он сообщил, что в поселке "
        "Разумное Белгородского района повреждены девять автомобилей."
    )
    assert "civilian" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        # a governor's stock line: "нет"/"немає"/"без" after it, in its own clause
        "В Белгороде в результате атаки ВСУ повреждены частные дома. Пострадавших и повреждений объектов "
        "инфраструктуры нет.",
        "В Белгороде в результате атаки ВСУ повреждены частные дома. Повреждений объектов инфраструктуры нет.",
        "В Белгороде в результате атаки ВСУ повреждены частные дома. Пострадавших нет, объекты инфраструктуры в "
        "порядке.",
        "У Харкові пошкоджено приватні будинки. Пошкоджень об'єктів інфраструктури немає.",
        "У Харкові пошкоджено приватні будинки. Об'єкти інфраструктури без пошкоджень.",
        # said working or whole, though the attack is named in its clause
        "В Белгороде в результате атаки ВСУ повреждены частные дома. Объекты инфраструктуры работают штатно, "
        "несмотря на атаку.",
        "Russian drones attacked Kharkiv overnight, damaging residential buildings. Infrastructure facilities were "
        "unaffected by the attack.",
        "Russian drones attacked Kharkiv overnight, damaging residential buildings. The city's infrastructure "
        "facilities are operating normally despite the attack.",
        # no damage or attack word in its own clause
        "У Харкові пошкоджено приватні будинки. Атаку відбито, об'єкти інфраструктури працюють.",
    ],
)
def test_infrastructure_said_undamaged_or_working_widens_nothing(text: str) -> None:
    assert _categories(text) == ["civilian.residential"]


def test_an_infrastructure_object_listed_after_commas_still_widens() -> None:
    # a list item with no verb of its own: the attack word of the clause that opens the list
    text = "У Запоріжжі росіяни поцілили по приватних будинках, багатоповерхівках, обʼєктах інфраструктури."
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        "В Белгороде повреждены частные дома, в Шебекино атакован объект инфраструктуры.",
        "У Харкові пошкоджено приватні будинки, а в Ізюмі пошкоджено об'єкт інфраструктури.",
        "Russian drones damaged homes in Kharkiv and infrastructure facilities in Izium.",
    ],
)
def test_infrastructure_at_another_place_of_the_sentence_widens_nothing(text: str) -> None:
    # the homes of one place, the object of the other
    assert "civilian" not in _categories(text)
    assert "civilian.residential" in _categories(text)


def test_infrastructure_at_a_town_and_its_region_named_in_one_sentence_widens() -> None:
    text = "В Белгородской области в Белгороде в результате атаки повреждены частные дома и объекты инфраструктуры."
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        "У Харкові внаслідок атаки пошкоджено приватні будинки. Також у Харківській області пошкоджено об'єкти "
        "інфраструктури.",
        "В Белгороде в результате атаки повреждены частные дома. В Белгородской области также повреждены объекты "
        "инфраструктуры.",
        # the same with a comma, not a full stop: the object's own clause names the region
        "У Харкові внаслідок атаки пошкоджено приватні будинки, також у Харківській області пошкоджено об'єкти "
        "інфраструктури.",
    ],
)
def test_infrastructure_told_at_the_region_after_the_town_widens_nothing(text: str) -> None:
    assert "civilian" not in _categories(text)
    assert "civilian.residential" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "В Белгороде в результате атаки ВСУ повреждены частные дома. Вчера ВСУ атаковали объекты инфраструктуры.",
        "У Харкові пошкоджено приватні будинки. Вчора ворог атакував об'єкти інфраструктури Харкова.",
        "В Белгороде 18 марта в результате атаки ВСУ повреждены частные дома. 17 марта ВСУ атаковали объекты "
        "инфраструктуры.",
        "В Белгороде в результате атаки ВСУ повреждены частные дома. В прошлом месяце ВСУ атаковали объекты "
        "инфраструктуры.",
        "В Белгороде в результате атаки ВСУ повреждены частные дома. В минувшем месяце ВСУ атаковали объекты "
        "инфраструктуры.",
        # another time than a day (``_ANOTHER_TIME``): a year, "in the past"
        "В Белгороде в результате атаки ВСУ повреждены частные дома. В прошлом году ВСУ атаковали объекты "
        "инфраструктуры.",
        "Russian drones attacked Kharkiv overnight, damaging residential buildings. Last year, Russian strikes damaged "
        "infrastructure facilities.",
        # a sentence with a claim of its own at the place: only its own claims are widened
        "Russian drones attacked Kharkiv overnight, damaging residential buildings. Last week, a strike damaged "
        "infrastructure facilities in Kharkiv.",
    ],
)
def test_infrastructure_told_on_another_day_widens_nothing(text: str) -> None:
    assert "civilian" not in _categories(text)
    assert "civilian.residential" in _categories(text)


def test_a_day_that_ends_as_the_scene_begins_is_off_the_scene() -> None:
    # "17 марта" ends at 22:00 UTC on the 17th (Kyiv), exactly when the scene's 18 March begins: another day
    head = "В Белгороде 18 марта в результате атаки ВСУ повреждены частные дома."
    text = head + " 17 марта ВСУ атаковали объекты инфраструктуры."
    (scene,) = run(EX, head, UKR_GS)
    assert _claims._off_scene(text, len(head) + 1, len(text), scene, PUB, "Europe/Kyiv")
    assert not _claims._off_scene(
        text.replace("17 марта", "18 марта"), len(head) + 1, len(text), scene, PUB, "Europe/Kyiv"
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # only homes are widened (the rule's evidence): a hospital, a port keep their kind
        ("Russian drones hit a hospital in Kharkiv. Infrastructure facilities were also damaged.", "civilian.medical"),
        ("Russian drones hit a hospital in Kharkiv, damaging infrastructure facilities.", "civilian.medical"),
        ("Удар по порту Измаила: повреждены причалы, склады и объекты инфраструктуры.", "civilian.port"),
    ],
)
def test_infrastructure_beside_another_kind_keeps_that_kind(text: str, kind: str) -> None:
    assert _categories(text) == [kind]


def test_infrastructure_in_a_clause_of_no_place_after_two_towns_widens_nothing() -> None:
    # the sentence's placed claims are at two towns, not one (``_one_place``), and the object's own clause names no
    # place: it is neither town's (the placed branch's '_one_place(placed)' test; both widen to civilian without it,
    # checked)
    text = (
        "ВСУ атаковали Белгородскую область: в Белгороде повреждены частные дома, в Шебекино повреждены частные дома, "
        "также повреждены объекты инфраструктуры."
    )
    assert [(c.target.category, c.place.name) for c in run(EX, text, UKR_GS)] == [
        ("civilian.residential", "Belgorod"),
        ("civilian.residential", "Shebekino"),
    ]
