"""Time rules of rule round 27: when a claim's attack happened, on short texts written for these tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ceasewatch.extract import _time
from tests.test_extract import PUB

_KYIV = ZoneInfo("Europe/Kyiv")


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
