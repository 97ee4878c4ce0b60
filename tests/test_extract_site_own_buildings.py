"""A building of no kind listed with a site is part of it only when an own-part word says so ("адміністративні
будівлі й портова інфраструктура": the port's); with none, it is another site and the clause stays `civilian`
(review 36 B, M1: "a school and several buildings", "в больницу и соседние здания")."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

MILITARY = Extractor(military=True)


def _kinds(text: str) -> list[str]:
    return sorted(c.target.category for c in run(MILITARY, text, NEWS))


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles hit a school and several buildings in Kharkiv",
        "Российская ракета попала в больницу и соседние здания в Харькове",
        "Російська ракета влучила в лікарню та будівлі поруч у Харкові.",
        "Russian drones hit the railway station and buildings in the city centre of Kharkiv",
        "Russian drones hit a warehouse and buildings of a farm in Kharkiv region",
        "Внаслідок удару пошкоджено будівлі та портову інфраструктуру в Ізмаїлі.",
    ],
)
def test_a_building_with_no_own_part_word_is_another_site(text: str) -> None:
    assert _kinds(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        "Росія атакувала Одесу: в порту постраждали адміністративні будівлі та портова інфраструктура.",
        "Russian drones attacked Odesa: administrative buildings and port infrastructure were damaged in the port.",
        "Росія атакувала Одесу: пошкоджено службові будівлі та портову інфраструктуру.",
    ],
)
def test_a_sites_own_building_is_part_of_it(text: str) -> None:
    assert _kinds(text) == ["civilian.port"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В Ізмаїлі пошкоджено будівлі та портову інфраструктуру.", "civilian.port"),
        ("В Одессе повреждены административное здание и жилые дома.", "civilian.residential"),
    ],
)
def test_a_list_of_damage_alone_keeps_the_site(text: str, kind: str) -> None:
    # with no attack told, a building of no kind listed with a site is part of it, own-part word or not (the
    # `_common_target` check); the sentence that tells the attack ("Внаслідок удару ...") stays `civilian` above
    assert _kinds(text) == [kind]


def test_other_buildings_listed_with_a_site_are_more_sites_in_a_list_of_damage_alone() -> None:
    assert _kinds("В Ізмаїлі пошкоджено склади та інші будівлі.") == ["civilian"]
