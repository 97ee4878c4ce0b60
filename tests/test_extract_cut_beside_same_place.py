"""A generic energy word and a cut of one supply in one sentence that names one place twice, or a place and the region
it lies in: the sentence is split into clauses at each place it names, but the cut after the second mention is still
the generic word's clause's, so the cut's node (`energy.electricity`), as with one mention (eval/gold/README.md,
Conventions: "A generic energy word with a cut of one supply in the same clause"; b27-en-17 "Governor of the Russian
city of Belgorod ... damage to energy infrastructure in Belgorod, resulting in widespread power outages", b15-uk-20
"Росія атакувала енергооб'єкти Харківщини: знеструмлені абоненти у Лозовій"). Not where the sentence names places
that are not one ("energy facilities in Kursk and Belgorod regions, leaving residents without power": the first
region's clause holds no cut), nor without a cut, nor with cuts of two kinds."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

PLAIN = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "Governor of the Russian city of Belgorod Vyacheslav Gladkov has confirmed that a Ukrainian strike caused "
        "significant damage to energy infrastructure in Belgorod, resulting in widespread power outages.",
        "У Бєлгороді український дрон пошкодив об'єкт енергетики в Бєлгороді, знеструмлено частину міста.",
        "Дроны ВСУ атаковали энергообъекты Белгородской области: обесточены потребители в Белгороде.",
        "Росія атакувала енергооб'єкти Харківщини: знеструмлені абоненти у Лозовій.",
    ],
)
def test_cut_after_the_same_place_named_again_narrows_the_generic_word(text: str) -> None:
    assert set(categories(PLAIN, text)) == {"energy.electricity"}


@pytest.mark.parametrize(
    "text",
    [
        # no cut
        "Governor of the Russian city of Belgorod Vyacheslav Gladkov has confirmed that a Ukrainian strike caused "
        "significant damage to energy infrastructure in Belgorod.",
        # cuts of two kinds
        "У Бєлгороді український дрон пошкодив об'єкт енергетики в Бєлгороді, місто залишилося без газу та світла.",
    ],
)
def test_generic_word_beside_the_same_place_without_one_cut_stays_energy(text: str) -> None:
    assert set(categories(PLAIN, text)) == {"energy"}


def test_cut_after_another_region_leaves_the_first_region_energy() -> None:
    text = "Ukrainian forces attacked energy facilities in Kursk and Belgorod regions, leaving residents without power."
    assert categories(PLAIN, text)[0] == "energy"


@pytest.mark.parametrize(
    "text",
    [
        # set against the attack, with a cause of its own
        "Росія атакувала енергооб'єкти Харківщини, а в Лозовій через негоду без світла.",
        "Дроны ВСУ атаковали энергообъект в Белгороде, в Белгороде отключения света связаны с плановыми работами.",
        "Ukrainian drones damaged energy infrastructure in Belgorod; separately, in Belgorod some districts were "
        "without power due to a scheduled repair.",
        "Ukrainian drones damaged energy infrastructure in Belgorod; in Belgorod, a storm had earlier left thousands "
        "without power.",
        # one cut set against it: the other is not read as the one kind
        "Дроны ВСУ атаковали энергообъект в Белгороде, в Белгороде без газа остались жители, а в Белгороде без "
        "света — часть домов.",
    ],
)
def test_cut_set_against_the_attack_or_of_another_cause_leaves_energy(text: str) -> None:
    assert categories(PLAIN, text)[0] == "energy"


@pytest.mark.parametrize(
    "text",
    [
        "Дроны ВСУ атаковали энергообъекты Белгородской области: электроснабжение в Белгороде восстановлено.",
        "Росія атакувала енергооб'єкти Харківщини: у Лозовій електропостачання відновлено.",
        "Ukrainian drones damaged energy infrastructure in Belgorod; in Belgorod, power supply has been fully "
        "restored.",
    ],
)
def test_supply_said_restored_leaves_energy(text: str) -> None:
    # a cut that is over, told across a second mention of the place, says nothing of the kind hit
    assert categories(PLAIN, text)[0] == "energy"


def test_cut_after_a_region_and_two_of_its_towns_leaves_energy() -> None:
    # a region and two towns of it are not one place (``_one_place``): the cut is Graivoron's, beside Shebekino's homes
    text = "Дроны ВСУ атаковали энергообъекты Белгородской области, в Шебекино повреждены дома, в Грайвороне без света."
    assert "energy.electricity" not in categories(PLAIN, text)
    assert "energy" in categories(PLAIN, text)
