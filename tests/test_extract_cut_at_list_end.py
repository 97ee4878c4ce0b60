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
        # (a cut after is no harm either: b21-en-15's sentence, "amid the blackout" after the cut)
        "Ukrainian drones attacked a substation in Belgorod. Hospitals in Belgorod switched to backup power, while "
        "local authorities coordinated school operations amid the blackout.",
        "Ukrainian drones attacked a substation in Belgorod. Hospitals in Belgorod switched to backup power amid "
        "outages.",
        # (a clause against the one before, after "but": b27-ru-06's sentence)
        "Russian drones damaged a substation in Kharkiv, but homes and hospitals in Kharkiv switched to backup power.",
        "Росіяни атакували підстанцію в Харкові, але будинки та лікарні залишилися без світла.",
        # (a cut before is no harm: "left without power" is not what hit the hospitals)
        "Russian drones struck a substation in Kharkiv. Kharkiv was left without power, and hospitals switched to "
        "backup power.",
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
        # (every word of a list hit, not only the first: the category of the claim stays that of all of them)
        "Russian drones damaged homes, a school and a hospital in Kharkiv, leaving thousands without power.",
        "Russian drones struck a hospital, a school and homes in Kharkiv, leaving the area without power.",
        "Russian drones hit a substation, a hospital and a school in Kharkiv amid the ongoing outages.",
        "Russian forces shelled Kherson overnight, hitting homes, a hospital and a school amid the power cuts.",
    ],
)
def test_civilian_words_told_hit_before_a_cut_stay(text: str) -> None:
    assert _civilian(text) == {"civilian"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a comma inside the list is no clause start: the harm before the list's first word governs the rest
        ("Российский удар повредил дома, школу и больницу в Харькове, оставив их без света.", "civilian"),
        (
            "В результате удара по Харькову повреждены многоэтажка, школа и детский сад, часть города осталась без "
            "электроснабжения.",
            "civilian",
        ),
        (
            "Внаслідок удару по Харкову пошкоджено будинки, школу та лікарню, тисячі людей залишилися без світла.",
            "civilian",
        ),
        ("Дрон влучив у будинок, школу та лікарню в Сумах, залишивши їх без світла.", "civilian"),
        # any attack word is harm, not only a word of damage; a cut with its own object after ("leaving the district")
        ("A Russian drone destroyed a school in Sumy, leaving nearby homes without power.", "civilian.education"),
        ("A Russian missile targeted a hospital in Sumy, leaving the district without power.", "civilian.medical"),
        ("Russian bombs pounded a school in Sumy, leaving the district without power.", "civilian.education"),
        ("A drone slammed into a hospital in Sumy, leaving the building without power.", "civilian.medical"),
        ("Российская ракета разрушила больницу в Сумах, оставив район без света.", "civilian.medical"),
        ("Росіяни вдарили по лікарні в Сумах, залишивши район без світла.", "civilian.medical"),
        ("Росіяни поцілили в лікарню в Сумах, район залишився без світла.", "civilian.medical"),
        ("Дрон поразил больницу в Сумах, район остался без света.", "civilian.medical"),
        ("Прилет в больницу в Сумах, район остался без света.", "civilian.medical"),
        ("The attack left a hospital in Sumy destroyed and a school without power.", "civilian.medical"),
        # (the verbs of destroying TRIGGERS lacks)
        ("Російський дрон знищив школу в Сумах, залишивши без світла сусідні будинки.", "civilian.education"),
        ("Российский дрон уничтожил школу в Сумах, оставив без света соседние дома.", "civilian"),
    ],
)
def test_sites_hit_before_a_cut_of_another_object_stay(text: str, category: str) -> None:
    assert _civilian(text) == {category}
