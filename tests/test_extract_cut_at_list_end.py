"""A civilian word that heads a list or phrase a cut of supply closes, with no word of harm or attack between, names
what lost supply, not a site hit (b15-en-15 "threatens to leave countless homes, hospitals, kindergartens, and schools
without light and heat", b21-en-15 "Hospitals in Belgorod switched to backup power, while local authorities coordinated
school operations amid the blackout", b27-en-17 "managing school operations amid the ongoing outages"). Not a list with
a word of harm or attack before the cut ("homes and a school were damaged and left without power"), nor a clause of
its own before it ("schools that were hit ... without power")."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


def _civilian(text: str) -> set[str]:
    return {c.target.category for c in run(PLAIN, text, NEWS) if c.target.category.startswith("civilian")}


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones attacked energy infrastructure in Kharkiv. This attack threatens to leave countless homes, "
        "hospitals, kindergartens, and schools in Kharkiv without light and heat.",
        "Ukrainian drones attacked a substation in Belgorod. Hospitals in Belgorod switched to backup power.",
        "Ukrainian drones attacked a substation in Belgorod. Authorities are managing school operations in Belgorod "
        "amid the ongoing outages.",
        "Дроны атаковали подстанцию в Харькове. В Харькове около полутора тысяч домов и более ста предприятий "
        "остались без электроснабжения.",
    ],
)
def test_civilian_words_a_cut_closes_are_not_hit(text: str) -> None:
    assert _civilian(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones attacked Kharkiv overnight. Homes, hospitals and schools in Kharkiv were damaged and left "
        "without power.",
        "Дроны атаковали Харьков. В Харькове повреждены дома и школа, которые остались без электроснабжения.",
        "Russian drones struck homes and a school in Kharkiv amid the ongoing outages.",
    ],
)
def test_civilian_words_told_hit_before_a_cut_stay(text: str) -> None:
    assert _civilian(text) != set()
