"""Military things the lexicon read as civilian or of no kind (rule round 32, slice r32mil): named by a word it lacked.
Without ``military`` they give no claim; the same things of no army said stay what they were."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()
MILITARY = Extractor(military=True)


def _kinds(ex: Extractor, text: str) -> list[str]:
    return sorted(c.target.category for c in run(ex, text, NEWS))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a train the text calls military (b21-en-19: "a Russian military train in Melitopol")
        ("A separate attack also targeted a Russian military train in Melitopol, officials said.", "military"),
        ("Drones struck a military supply train in Melitopol, officials said.", "military"),
        ("Дрони уразили військовий потяг у Мелітополі.", "military"),
        ("Дроны атаковали военный эшелон в Мелитополе.", "military"),
        # an army's warehouses in English (b23-en-18: "22 Ukrainian military warehouses were destroyed")
        ("Russian drones hit military warehouses in Kharkiv, the governor said.", "military.depot"),
        ("Russian drones hit an army storage site in Kharkiv, the governor said.", "military.depot"),
    ],
)
def test_a_train_or_warehouse_called_military_is_a_military_target(text: str, category: str) -> None:
    assert _kinds(MILITARY, text) == [category]
    assert _kinds(PLAIN, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # no army said: a civilian train or warehouse
        ("Russian drones hit a train in Melitopol, officials said.", "civilian.transport"),
        ("Russian drones hit warehouses in Kharkiv, the governor said.", "civilian.other"),
        # "military" right before "trains", of trains not hit: the passenger train struck is no military one
        (
            "The military said military trains were not hit; a passenger train was struck in Kharkiv.",
            "civilian.transport",
        ),
    ],
)
def test_a_train_or_warehouse_of_no_army_stays_civilian(text: str, category: str) -> None:
    assert _kinds(PLAIN, text) == [category]
    assert _kinds(MILITARY, text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        # b23-en-24: "hit and disabled a Russian missile-carrying submarine"; b15-en-24: "a Russian Buyan-M-class
        # missile ship was damaged near occupied Crimea"
        "Sea drones hit a Russian missile-carrying submarine in Novorossiysk, the SBU said.",
        "A Russian Buyan-M-class missile ship was damaged near Sevastopol, the navy said.",
        "Дрон вразив підводний човен у Новоросійську.",
        "Беспилотник атаковал подводную лодку в Новороссийске.",
        "Drones hit a Russian missile boat near Sevastopol, the navy said.",
    ],
)
def test_submarines_and_missile_ships_are_warships(text: str) -> None:
    assert _kinds(MILITARY, text) == ["maritime.vessel.military"]
    assert _kinds(PLAIN, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a vessel of no navy said stays what it was
        ("Russian drones hit a vessel in Izmail, officials said.", "maritime.vessel"),
        ("Russian drones hit a civilian vessel in Izmail, officials said.", "maritime.vessel.civilian"),
    ],
)
def test_a_vessel_of_no_navy_is_no_warship(text: str, category: str) -> None:
    assert _kinds(PLAIN, text) == [category]


def test_missile_carriers_are_no_ships() -> None:
    # strategic bombers ("cruise missile carriers") at an airfield, not a missile ship
    text = "Strategic cruise missile carriers were struck at Olenya airfield, Ukraine said."
    assert _kinds(MILITARY, text) == ["military.airbase"]


@pytest.mark.parametrize(
    "text",
    [
        # b23-en-09: "hit a Russian missile base in the Bryansk region, damaging Iskander missile launchers";
        # enw-b2-12: "videos said to show the missile base being hit"
        "Ukraine hit a Russian missile base in the Bryansk region, damaging Iskander missile launchers, the army said.",
        "Drones hit a missile base near Shuya overnight, Russian Telegram channels said.",
    ],
)
def test_a_missile_base_or_its_launchers_are_troops_and_equipment(text: str) -> None:
    assert _kinds(MILITARY, text) == ["military.unit"]
    assert _kinds(PLAIN, text) == []


def test_a_missile_brigade_named_as_the_striker_is_no_target() -> None:
    # the brigade that struck Sumy, not a thing hit: the Sumy claim stays of no kind
    text = "Shuya hosts a Russian missile brigade that has been linked to the deadly strike on Sumy."
    assert "military.unit" not in _kinds(MILITARY, text)
