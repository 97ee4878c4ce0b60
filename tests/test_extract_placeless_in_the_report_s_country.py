"""A claim that names no place, no side and no owner of its target lies in the one country all the report's places lie
in, not in the source's own country; the side that struck follows from it (rule round 42, slice r42country)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import FakeCandidate, run
from tests.test_extract_styles import geocode

PLAIN = Extractor()
OUTLET = Source(name="an outlet", affiliation="independent_media", party="UKR")

_FIRE = "Зараз на НПЗ вирує масштабна пожежа після атаки безпілотників.\n"


def _countryless(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.place.country, c.perpetrator) for c in run(PLAIN, text, OUTLET) if c.place.precision == "country"}


def test_a_site_of_no_place_in_a_report_on_russia_is_in_russia() -> None:
    text = _FIRE + "Вночі вибухи лунали у Ростовській області, в районі Новошахтинська."
    assert _countryless(text) == {("RUS", "UKR")}


def test_a_site_of_no_place_in_a_report_on_ukraine_stays_in_ukraine() -> None:
    text = _FIRE + "Вночі вибухи лунали у Дніпропетровській області, в районі Павлограда."
    assert _countryless(text) == {("UKR", "RUS")}


def test_a_report_on_both_countries_keeps_the_source_s_country() -> None:
    text = _FIRE + "Вибухи лунали в районі Новошахтинська. Також дрони атакували Харків."
    assert _countryless(text) == {("UKR", "RUS")}


def test_a_side_named_keeps_its_own_reading() -> None:
    # the one place of the report places the site; the side named strikes it
    text = "Російські дрони атакували НПЗ.\nВночі вибухи лунали в районі Новошахтинська."
    claims = run(PLAIN, text, OUTLET)
    assert [(c.place.name, c.place.country, c.perpetrator) for c in claims] == [("Novoshakhtinsk", "RUS", "RUS")]


def test_a_side_named_keeps_the_source_s_country_for_a_placeless_site() -> None:
    # two places in Russia leave the site placeless; the side named ("Російські дрони") keeps the source's country
    text = "Російські дрони атакували НПЗ.\nВночі вибухи лунали в Ростові та Новошахтинську."
    assert _countryless(text) == {("UKR", "RUS")}


def test_launch_sites_are_not_the_report_s_country() -> None:
    # where the drones were launched from (imperfective "запускали", "злітали", "вилітали") is no place of the report
    text = "Після атаки безпілотників на ТЕЦ спалахнула пожежа. Шахеди запускали з Курська та з Приморсько-Ахтарська."
    assert _countryless(text) == {("UKR", "RUS")}


def test_earlier_news_is_not_the_report_s_country() -> None:
    # a reminder ("Раніше ...") tells earlier news, not where the site of this report lies
    text = (
        "Після атаки безпілотників на ТЕЦ спалахнула пожежа, повідомив голова ОВА. "
        "Раніше вибухи лунали в Бєлгороді та Курську."
    )
    assert _countryless(text) == {("UKR", "RUS")}


@pytest.mark.parametrize(
    "text",
    [
        "Після атаки безпілотників на ТЕЦ спалахнула пожежа. Шахеди запускалися з Курська.",
        "Зараз на ТЕС вирує пожежа після атаки безпілотників. Ту-95 злітали з Енгельса та Оленьї.",
        "Зараз на ТЕС вирує пожежа після атаки безпілотників. Дрони вилітали з Курська.",
        "После атаки беспилотников на ТЭЦ вспыхнул пожар. Дроны вылетали из Курска.",
        "После атаки беспилотников на ТЭЦ вспыхнул пожар. Дроны взлетали из Курска.",
    ],
)
def test_a_launch_site_in_any_aspect_is_no_place_of_the_site(text: str) -> None:
    # the site is not placed where the drones took off, nor in that country
    claims = run(PLAIN, text, OUTLET)
    assert [(c.place.precision, c.place.country, c.perpetrator) for c in claims] == [("country", "UKR", "RUS")]


def _belarus_geocode(text: str, *, context: str | None = None, limit: int = 5) -> list[FakeCandidate]:
    """The fake geocoder of test_extract_styles, with two towns of Belarus."""
    word = text.lower()
    if word.startswith("мозир"):
        return [FakeCandidate("Mozyr", 52.05, 29.25, 10, "Gomel Region", "BLR", 0.9, "settlement")]
    if word.startswith("гомел"):
        return [FakeCandidate("Gomel", 52.43, 31.0, 12, "Gomel Region", "BLR", 0.9, "settlement")]
    return geocode(text, context=context, limit=limit)


def test_a_report_on_a_third_country_keeps_the_source_s_country() -> None:
    # only Russia or Ukraine is a report's country for a placeless site: all the places in Belarus leave it in the
    # source's country, as before (audit S21 A, 9: fails with the country taken whatever it is)
    ex = Extractor(geocoder=_belarus_geocode, use_default=False)
    text = _FIRE + "Вночі вибухи лунали в Мозирі та Гомелі."
    claims = run(ex, text, OUTLET)
    assert [(c.place.precision, c.place.country, c.perpetrator) for c in claims] == [("country", "UKR", "RUS")]
