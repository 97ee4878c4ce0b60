"""An industrial zone and a fence count as the target only where nothing else of a kind is named with them (review
38, H2, H3): "a drone hit a car in the industrial zone" is the car, "повреждены забор и легковой автомобиль" the car,
"фасад частного дома, забор и автомобиль" the house; alone they keep their kind ("падіння уламків у промзоні",
b23-uk-05; "damaged a fence", b25-en-24; "повреждены комбайн и пробит забор", b14-ru-13). A border's fence is no
civilian site."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

MILITARY = Extractor(military=True)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the thing hit in the zone, not the zone
        ("A Russian drone hit a car in the industrial zone of Kherson.", "civilian.transport"),
        ("У промзоні міста пошкоджено автомобіль, повідомив губернатор Бєлгорода.", "civilian.transport"),
        ("Russian drones hit a warehouse in the industrial zone of Kharkiv.", "civilian.other"),
        ("ВСУ обстреляли Промзону Горловки, повреждены жилые дома.", "civilian.residential"),
        # the thing hit by the fence, not the fence
        (
            "В селе Новая Таволжанка в результате атаки FPV-дрона повреждены забор и легковой автомобиль.",
            "civilian.transport",
        ),
        (
            "В Белгороде в результате удара дрона посечены фасад частного дома, забор и автомобиль.",
            "civilian.residential",
        ),
        ("В Грайвороне беспилотник атаковал автомобиль, повреждён забор.", "civilian.transport"),
        ("У Херсоні внаслідок обстрілу пошкоджено паркан та автомобіль.", "civilian.transport"),
        ("Debris damaged a fence and a car in Belgorod.", "civilian.transport"),
        ("В Шебекино осколками повреждены фасад и забор частного дома.", "civilian.residential"),
        # alone, or beside people hurt, they keep their kind
        (
            "Губернатор заявив про падіння уламків у промзоні міста Невинномиськ і одного постраждалого.",
            "civilian.industry",
        ),
        ("Russian forces struck an industrial park in Lviv region.", "civilian.industry"),
        ("Ukrainian drones hit an industrial estate in Belgorod.", "civilian.industry"),
        ("Drone debris damaged a fence in the Konstantinovsky district.", "civilian.other"),
        ("В Шебекино от детонации дрона повреждены остекление, кровля и забор.", "civilian.other"),
        ("В фермерском хозяйстве обломками БПЛА поврежден комбайн и пробит забор в Белгороде.", "civilian.other"),
    ],
)
def test_a_zone_or_a_fence_is_the_target_only_alone(text: str, category: str) -> None:
    assert categories(MILITARY, text) == [category]


def test_a_zone_or_a_fence_beside_a_house_hit_in_the_scene_does_not_widen_it() -> None:
    # the next sentence's damage list names a fence: the multi-storey house stays the house (b15-ru-05)
    text = (
        "Гладков добавил, что в Шебекино дрон атаковал многоэтажный дом — выбиты окна в 14 квартирах и поврежден "
        "легковой автомобиль. В селе Старовщина осколками выбиты окна и повреждены фасад, забор и машина во дворе "
        "частного дома."
    )
    assert categories(MILITARY, text) == ["civilian.residential"]


def test_a_border_fence_is_no_civilian_site() -> None:
    assert categories(MILITARY, "The ZSU attacked the border fence near Sudzha.") == []
