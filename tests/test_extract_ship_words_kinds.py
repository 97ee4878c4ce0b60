"""Ship words of a kind (round 47): the Ukrainian ferry, "пором" in its case forms ("У Чорноморському порту пошкоджено
пором під прапором Туреччини", b32-uk-22), is a civilian vessel as the Russian "паром" is; and a ship said not to be a
warship ("a non-military ship sustained damage at the port of Chornomorsk", b32-en-20) is a civilian one, as a
"civilian ship" is. Both are the thing hit at the port, not the port. Not a warship, nor a port alone."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, categories, run

PLAIN = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "Російський дрон влучив у пором в Одесі.",  # accusative
        "Росіяни атакували Ізмаїл, на поромі виникла пожежа.",  # locative
    ],
)
def test_the_ukrainian_ferry_is_a_civilian_vessel(text: str) -> None:
    assert categories(PLAIN, text)[0] == "maritime.vessel.civilian"


def test_the_ferry_of_another_town_is_that_town_s() -> None:
    # the ferry hit at Chornomorsk's port; Odesa, the town attacked, with nothing said hit there (review 49 A, H2: it
    # took the ferry too)
    text = "Росія атакувала Одесу, у Чорноморському порту пошкоджено пором під прапором Туреччини."
    assert {(c.place.name, c.target.category) for c in run(PLAIN, text, NEWS)} == {
        ("Chornomors’k", "maritime.vessel.civilian"),
        ("Odesa", "unknown"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "A non-military ship sustained damage in the port of Odesa following a Russian missile assault.",
        "A Russian drone struck a non-military vessel near Odesa.",
        "A Russian drone struck a nonmilitary vessel near Izmail.",
    ],
)
def test_a_non_military_ship_is_a_civilian_vessel(text: str) -> None:
    assert categories(PLAIN, text) == ["maritime.vessel.civilian"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Російський дрон атакував порт в Ізмаїлі.", "civilian.port"),
        ("Російський дрон атакував Одесу, пошкоджено порт.", "civilian.port"),
    ],
)
def test_no_ferry_or_non_military_word_keeps_its_kind(text: str, expected: str) -> None:
    assert categories(PLAIN, text) == [expected]


def test_a_military_ship_is_not_a_civilian_one() -> None:
    assert "maritime.vessel.civilian" not in categories(PLAIN, "A Russian drone hit a military ship near Odesa.")
