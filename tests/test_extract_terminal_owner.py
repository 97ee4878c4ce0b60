"""A terminal said by its owner or its cargo is a site of the owner's branch, not the port it lies in ("a terminal
belonging to the natural gas company Novatek ... in the port of Ust-Luga", "на терминале компании «Новатэк» в порту
Усть-Луга": `energy.gas`, b23-en-12, b17-ru-13); a terminal of no energy owner or cargo stays the port's."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

PLAIN = Extractor()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "A terminal belonging to the natural gas company Novatek has caught fire in the port of Ust-Luga after "
            "a drone attack in Russia's Leningrad Oblast.",
            "energy.gas",
        ),
        (
            "В Ленинградской области после падения обломков дрона вспыхнул пожар на терминале компании «Новатэк» в "
            "порту Усть-Луга.",
            "energy.gas",
        ),
        ("Дрони атакували термінал компанії «Транснефть» у порту Приморськ.", "energy.oil"),
        ("Drones struck a terminal owned by the oil company Lukoil in the port of Vysotsk overnight.", "energy.oil"),
        ("Ночью беспилотники атаковали нефтетерминал в порту Туапсе.", "energy.oil"),
        ("Дрони уразили термінал з перевалки нафтопродуктів у порту Таманського.", "energy.oil"),
    ],
)
def test_a_terminal_of_an_energy_owner_or_cargo_is_a_site_of_its_branch(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        # a terminal of no energy owner, or the company only speaking, stays the port's
        "Drones struck a terminal belonging to the logistics company Delo in the port of Novorossiysk overnight.",
        "Дроны повредили терминал компании «Дело» в порту Новороссийска.",
        "Дрони пошкодили зерновий термінал у порту Одеси.",
    ],
)
def test_a_terminal_of_another_owner_stays_the_ports(text: str) -> None:
    assert categories(PLAIN, text) == ["civilian.port"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the owner before "terminal", the commonest English form (review 37 M3)
        ("Drones struck Novatek's terminal in the port of Ust-Luga overnight.", "energy.gas"),
        ("Drones struck a Lukoil terminal in the port of Vysotsk.", "energy.oil"),
        ("Drones struck the Rosneft terminal in Tuapse.", "energy.oil"),
        ("Ukrainian drones struck Russia's Novatek terminal at Ust-Luga.", "energy.gas"),
        ("Drones struck Novatek's Ust-Luga terminal overnight.", "energy.gas"),
        # Gazprom Neft written as one word is oil, not Gazprom's gas (review 37 M2)
        ("Беспилотники атаковали терминал компании «Газпромнефть» в порту Усть-Луга.", "energy.oil"),
    ],
)
def test_a_terminal_after_its_owners_name_is_a_site_of_its_branch(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


def test_a_company_speaking_of_its_terminal_is_no_site() -> None:
    assert categories(PLAIN, "Novatek said the terminal was not damaged.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a terminal said by its owner or cargo beside the port hit is a site of its own beside the port (review 37 L2)
        "Drones struck the port of Novorossiysk, damaging a terminal of Transneft and two berths.",
        "Дроны атаковали порт Новороссийск, повреждены причал и нефтетерминал.",
    ],
)
def test_an_energy_terminal_beside_the_port_hit_is_a_claim_of_its_own(text: str) -> None:
    assert sorted(categories(PLAIN, text)) == ["civilian.port", "energy.oil"]
