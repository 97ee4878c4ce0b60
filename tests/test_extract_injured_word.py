""" "Травмований", "травмирован" and "получил травмы" name people injured, as "поранений" and "ранен" do: a sentence
of them at a place of its own after an attack told is that attack's `civilian` claim there ("у Київській та
Чернігівській областях – по одній травмованій особі"); a trauma centre or a word of no person hurt is not. Short
texts written for these tests."""

from __future__ import annotations

import re

import pytest

from ceasewatch.extract import Extractor, _lexicon
from tests.test_extract import NEWS, run
from tests.test_extract_styles import geocode

_KHARKIV_UK = "Вночі російські дрони атакували Харків, пошкоджено житлові будинки. Про це повідомив мер міста. "
_KHARKIV_RU = "Ночью российские дроны атаковали объекты в Харькове, повреждены жилые дома. Об этом сообщил мэр города. "


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=geocode, use_default=False, military=True)


def _at(ex: Extractor, text: str) -> dict[str, str]:
    return {c.place.name or "": c.target.category for c in run(ex, text, NEWS)}


@pytest.mark.parametrize(
    "text",
    [
        _KHARKIV_UK + "У Полтаві – одна травмована особа.",
        _KHARKIV_RU + "В Полтаве травмирован мужчина.",
        _KHARKIV_RU + "В Полтаве мужчина получил травмы.",
        # (review 42 E M2: the Ukrainian plural "травми")
        _KHARKIV_UK + "У Полтаві жінка отримала травми.",
        _KHARKIV_RU + "В Полтаве мужчину с травмами доставили в больницу.",
    ],
)
def test_the_injured_said_by_the_injury_are_people_hurt(ex: Extractor, text: str) -> None:
    assert _at(ex, text).get("Poltava") == "civilian"


@pytest.mark.parametrize(
    "text",
    [
        _KHARKIV_RU + "В Полтаве работает травмпункт.",
        _KHARKIV_RU + "В Полтаве открылось травматологическое отделение.",
        _KHARKIV_UK + "У Полтаві травмованих немає.",
        # (review 42 E M1: trauma of the mind is no one hurt)
        _KHARKIV_RU + "В Полтаве дети получили психологические травмы.",
        _KHARKIV_RU + "В Полтаве открылся центр помощи людям с психологическими травмами.",
        _KHARKIV_RU + "В Полтаве обошлось без травм.",
        # (audit S19 B 1: "без" is no injury; the trauma of the mind said before the verb)
        _KHARKIV_RU + "В Полтаве обошлось без серьезной травмы.",
        _KHARKIV_RU + "В Полтаве мужчина остался без травмы.",
        _KHARKIV_RU + "В Полтаве психологические травмы получили дети.",
        _KHARKIV_UK + "У Полтаві психологічні травми отримали діти.",
    ],
)
def test_a_trauma_ward_or_no_one_injured_is_no_claim(ex: Extractor, text: str) -> None:
    assert "Poltava" not in _at(ex, text)


def test_people_who_got_injuries_are_the_target_of_the_attack() -> None:
    # (review 42 E M2: "Троє людей отримали травми" stayed `unknown`)
    claims = run(Extractor(), "Вночі дрони атакували Полтаву. Троє людей отримали травми.", NEWS)
    assert claims and all(c.target.category == "civilian" for c in claims), [
        (c.place.name, c.target.category) for c in claims
    ]


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("мужчина получил травмы", True),
        ("с травмами", True),
        ("Троє людей отримали травми", True),
        ("Травмы получили три человека", True),
        # (audit S19 B 1: no injury, the end of another word, the mind)
        ("обошлось без серьезной травмы", False),
        ("без травмы", False),
        ("через травми", False),
        ("раз травми", False),
        ("психологические травмы получили дети", False),
        ("психологічні травми отримали діти", False),
    ],
)
def test_the_injury_words_are_said_of_people_hurt_only(text: str, hurt: bool) -> None:
    assert (re.search(_lexicon.HURT_STEMS, text, re.I) is not None) is hurt
