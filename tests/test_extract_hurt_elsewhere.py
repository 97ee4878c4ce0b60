"""A sentence with no attack word of its own that names only people killed or hurt at a place of its own, a few
sentences after an attack the report tells, is that attack's claim at that place, target `civilian` ("... обстрел по
Харькову. В Сумах зафиксированы взрывы. В Полтаве пострадал мужчина"); not where no one was hurt, a tally, deaths of
another cause, a place a claim already has, nor an attack told too long before or before a reminder. Short texts
written for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run
from tests.test_extract_styles import geocode

_KHARKIV = "Ночью российские дроны атаковали объекты в Харькове, повреждены жилые дома. Об этом сообщил мэр города. "


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=geocode, use_default=False, military=True)


def _at(ex: Extractor, text: str) -> dict[str, tuple[str, str]]:
    return {c.place.name or "": (c.target.category, c.act) for c in run(ex, text, NEWS)}


@pytest.mark.parametrize(
    "text",
    [
        # a sentence of no claim between the attack and the hurt
        _KHARKIV + "В Полтаве пострадал 66-летний мужчина, которого госпитализировали.",
        # a tally's header that tells the attack on, at no place of its own, then its lines
        "Вночі російські ракети атакували Харків, пошкоджено житлові будинки. Про це повідомив мер. Рятувальники "
        "працюють на місці. Загалом кількість жертв російської атаки зросла:\n- у Харкові загинули двоє\n"
        "- в Одесі – одна людина загинула, 10 поранено.",
    ],
)
def test_people_hurt_at_a_place_of_their_own_after_the_attack_are_a_claim_there(ex: Extractor, text: str) -> None:
    claims = _at(ex, text)
    (place,) = [p for p in claims if p in ("Poltava", "Odesa")]
    assert claims[place] == ("civilian", "strike")  # (the means are not told there)


@pytest.mark.parametrize(
    "text",
    [
        # no one hurt
        _KHARKIV + "В Полтаве пострадавших нет.",
        # a tally, not the attack's
        _KHARKIV + "Всего в Полтаве с начала года пострадали 60 человек.",
        # another cause
        _KHARKIV + "В Полтаве погиб мужчина, у него случился инфаркт.",
        # a reminder in between
        _KHARKIV + "Напомним, ранее власти ввели комендантский час. В Полтаве пострадал мужчина.",
        # the attack told long before
        _KHARKIV + "Он выразил "
        "соболезнования. Городские службы работают. Транспорт ходит. Школы открыты. Погода теплая. Рынки работают. "
        "В Полтаве пострадал мужчина.",
    ],
)
def test_no_claim_where_the_sentence_is_no_casualty_of_the_attack_told(ex: Extractor, text: str) -> None:
    assert "Poltava" not in _at(ex, text)


def test_people_hurt_at_a_place_a_claim_has_add_no_second_claim(ex: Extractor) -> None:
    claims = run(ex, _KHARKIV + "Полиция работает на месте. В Харькове пострадал мужчина.", NEWS)
    assert [c.place.name for c in claims] == ["Kharkiv"]


def test_were_hurt_after_a_placed_casualty_sentence_is_the_same_attack(ex: Extractor) -> None:
    text = "Russian drones attacked Kyiv overnight. In Kharkiv, six people were injured. More were hurt in Odesa."
    assert _at(ex, text)["Odesa"] == ("civilian", "strike.drone")  # (the chain: the attack's own means)
    assert "Odesa" not in _at(ex, "Russian drones attacked Kyiv overnight. Sanctions hurt the economy in Odesa.")


_KHARKIV_EN = (
    "Russian drones attacked Kharkiv overnight, damaging apartment buildings, the mayor said. Rescuers are at the "
    "scene. "
)
_KHARKIV_UK = "Вночі російські дрони атакували Харків, пошкоджено житлові будинки. Про це повідомив мер. "


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a time of its own: another day, the day before, a weekday before the attack's (the report is of a
        # Wednesday)
        (_KHARKIV_EN + "In Sumy, two people were killed on March 10.", "Sumy"),
        (_KHARKIV + "В Полтаве накануне днем ранены два человека.", "Poltava"),
        (_KHARKIV + "В Одессе в понедельник погибли трое человек.", "Odesa"),
        # soldiers, not civilians
        (_KHARKIV_UK + "В Одесі загинули двоє військових.", "Odesa"),
        (_KHARKIV_EN + "In Poltava, two soldiers were wounded.", "Poltava"),
        # the whole country's count
        (_KHARKIV_EN + "Overnight, 3 people were killed and 12 injured in Ukraine, including in Odesa.", "Odesa"),
        # the other side speaks
        (_KHARKIV + "В Полтаве погибли два человека, сообщило Минобороны России.", "Poltava"),
        # another cause
        (_KHARKIV_EN + "In Sumy, a policeman was injured while detaining a suspect.", "Sumy"),
        (_KHARKIV_EN + "In Sumy, a man was hurt in a fall at a construction site.", "Sumy"),
        (_KHARKIV_EN + "In Odesa, 15 people were hurt in a bus crash.", "Odesa"),
        (_KHARKIV + "В Полтаве мужчина пострадал при падении с высоты.", "Poltava"),
    ],
)
def test_no_claim_where_the_casualties_are_of_another_day_side_scope_or_cause(
    ex: Extractor, text: str, place: str
) -> None:
    assert place not in _at(ex, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_KHARKIV_EN + "In Sumy, two people were killed.", "Sumy"),
        (_KHARKIV_UK + "В Одесі загинули двоє людей.", "Odesa"),
    ],
)
def test_the_same_casualties_told_plainly_are_still_the_attacks_claim(ex: Extractor, text: str, place: str) -> None:
    assert place in _at(ex, text)


def test_an_emergency_service_is_no_accident(ex: Extractor) -> None:
    # ("аварийно-спасательные службы" at work; the noun "авария" is another cause)
    text = _KHARKIV + "В Полтаве пострадал мужчина, на месте работают аварийно-спасательные службы."
    assert _at(ex, text)["Poltava"] == ("civilian", "strike")
    assert "Poltava" not in _at(ex, _KHARKIV + "В Полтаве пострадал мужчина в результате аварии.")
