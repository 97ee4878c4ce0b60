"""Time rules of rule round 27: when a claim's attack happened, on short texts written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ceasewatch.extract import Extractor, _time
from ceasewatch.model import Source
from tests.test_extract import PUB, fake_geocode, run

_KYIV = ZoneInfo("Europe/Kyiv")
_MEDIA = Source(name="Новини", affiliation="party_aligned_media", party="UKR")


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=fake_geocode, use_default=False, military=True)


@pytest.mark.parametrize(
    "text",
    [
        "У ніч проти 18 березня безпілотники атакували завод",
        "у ніч проти 18 березня було уражено НПЗ",
        "В ніч на 18 березня безпілотники атакували завод",
    ],
)
def test_a_ukrainian_night_against_a_date_is_that_night(text: str) -> None:
    found = _time.find_time(text, 0, len(text), PUB, "Europe/Kyiv")
    assert found is not None and found.interval.precision == "night"
    assert (found.interval.earliest, found.interval.latest) == (
        datetime(2025, 3, 17, 21, tzinfo=_KYIV),
        datetime(2025, 3, 18, 6, tzinfo=_KYIV),
    )


@pytest.mark.parametrize("text", ["Виступ проти 18 березня", "Вони були проти 18 березня голосування"])
def test_against_a_date_without_night_is_no_night(text: str) -> None:
    found = _time.find_time(text, 0, len(text), PUB, "Europe/Kyiv")
    assert found is None or found.interval.precision != "night"


_NIGHT = (datetime(2025, 3, 17, 21, tzinfo=_KYIV), datetime(2025, 3, 18, 6, tzinfo=_KYIV))


@pytest.mark.parametrize(
    "text",
    [
        "Россия ударила по Украине сотней дронов\nВ ночь на 18 марта Россия ударила по Украине 104 дронами. "
        "Также враг ударил дронами по Сумам, загорелся дом.",
        "Ворог атакував Харківщину\nУ ніч на 18 березня росіяни запустили 50 дронів. "
        "Пошкоджено енергетичний об'єкт у Харкові.",
    ],
)
def test_the_leads_time_dates_a_report_whose_headline_has_none(ex: Extractor, text: str) -> None:
    claims = run(ex, text, _MEDIA)
    assert claims
    assert all((c.time.earliest, c.time.latest) == _NIGHT for c in claims), [c.time for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        # a byline's minute after the headline is when the report was written, not when its attack was
        "Ворог атакував Харківщину\n10:04 19.03.2025\nПошкоджено енергетичний об'єкт у Харкові.",
        # a headline with a time of its own keeps it
        "Вчора ворог атакував Харківщину\nУ ніч на 18 березня росіяни запустили 50 дронів. "
        "Пошкоджено енергетичний об'єкт у Харкові.",
    ],
)
def test_a_byline_or_a_later_lead_time_does_not_date_the_report(ex: Extractor, text: str) -> None:
    claims = [c for c in run(ex, text, _MEDIA) if "Пошкоджено" in text[c.evidence.start : c.evidence.end]]
    assert claims
    assert all((c.time.earliest, c.time.latest) != _NIGHT and c.time.precision != "minute" for c in claims)


_MORNING_PUB = datetime(2025, 3, 19, 5, 0, tzinfo=ZoneInfo("UTC"))  # 07:00 in Kyiv


_EVENING = (datetime(2025, 3, 18, 17, tzinfo=_KYIV), datetime(2025, 3, 19, 0, tzinfo=_KYIV), "hour")
_LAST_NIGHT = (datetime(2025, 3, 18, 21, tzinfo=_KYIV), datetime(2025, 3, 19, 6, tzinfo=_KYIV), "night")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Мировской общине из-за вечернего удара FPV-дроном возник пожар", _EVENING),
        ("Вечірня атака на Запоріжжя забрала життя двох людей", _EVENING),
        ("У Києві внаслідок нічної атаки РФ загинула людина", _LAST_NIGHT),
        ("Минобороны отчиталось о ночном массированном ударе по предприятиям ВПК", _LAST_NIGHT),
    ],
)
def test_an_attack_named_by_its_part_of_the_day_is_the_last_such_part(
    text: str, expected: tuple[datetime, datetime, str]
) -> None:
    found = _time.find_time(text, 0, len(text), _MORNING_PUB, "Europe/Kyiv")
    assert found is not None
    assert (found.interval.earliest, found.interval.latest, found.interval.precision) == expected


@pytest.mark.parametrize(
    "text",
    [
        "У вечірньому зверненні президент розповів про енергетику",  # an evening address, no attack
        "Ночная смена завода работала в обычном режиме",
        "Вчера из-за вечернего удара возник пожар",  # "вчера" says the day
    ],
)
def test_a_part_of_the_day_not_of_an_attack_or_with_a_day_is_not_read_so(text: str) -> None:
    found = _time.find_time(text, 0, len(text), _MORNING_PUB, "Europe/Kyiv")
    assert found is None or found.interval.precision == "day"


_DAY_16 = (datetime(2025, 3, 16, tzinfo=_KYIV), datetime(2025, 3, 17, tzinfo=_KYIV))


@pytest.mark.parametrize(
    "text",
    [
        "Війна триває.\nДрони знову атакували Україну. 16 березня дрони атакували Харків. "
        "Крім того, пошкоджено енергетичний об'єкт у Харкові.",
        "Война продолжается.\nДроны снова атаковали Украину. 16 марта дроны атаковали Сумы. "
        "Кроме того, поврежден энергообъект в Сумах.",
    ],
)
def test_a_sentence_that_goes_on_with_the_one_before_takes_its_time(ex: Extractor, text: str) -> None:
    claims = [c for c in run(ex, text, _MEDIA) if "того" in text[c.evidence.start : c.evidence.end]]
    assert claims
    assert all((c.time.earliest, c.time.latest) == _DAY_16 for c in claims), [c.time for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        # no word that goes on: the time of the sentence before stays its own
        "Війна триває.\nДрони знову атакували Україну. 16 березня дрони атакували Харків. "
        "Пошкоджено енергетичний об'єкт у Харкові.",
        # no time before it: the report's
        "Війна триває.\nДрони знову атакували Україну. Дрони атакували Харків. "
        "Крім того, пошкоджено енергетичний об'єкт у Харкові.",
    ],
)
def test_a_sentence_that_does_not_go_on_keeps_the_reports_time(ex: Extractor, text: str) -> None:
    claims = [
        c
        for c in run(ex, text, _MEDIA)
        if "Пошкоджено" in text[c.evidence.start : c.evidence.end]
        or "пошкоджено" in text[c.evidence.start : c.evidence.end]
    ]
    assert claims
    assert all((c.time.earliest, c.time.latest) != _DAY_16 for c in claims), [c.time for c in claims]
