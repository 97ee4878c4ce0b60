"""A Russian or Ukrainian facility named by its adjective before its kind word ("Ільський НПЗ", "Курской атомной
электростанцией") is a place of its own, as "the Ilsky refinery" is in English: the site, not the place another
clause of the sentence or the sentence before names. Short texts written for these tests; the bundled geocoder and
facility registry."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _places
from tests.test_extract import NEWS, run


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()  # the bundled geocoder and facility registry


@pytest.mark.parametrize(
    ("text", "site", "town"),
    [
        ("Дрони атакували Афіпський НПЗ та нафтобазу в Тихорецьку.", "cw:afipsky-refinery", "Tikhoretsk"),
        (
            "Беспилотники атаковали Ильский НПЗ и нефтебазу в Новороссийске.",
            "cw:ilsky-refinery",
            "Novorossiysk",
        ),
    ],
)
def test_a_facility_named_by_its_adjective_is_a_place_apart_from_the_town_of_the_next_clause(
    ex: Extractor, text: str, site: str, town: str
) -> None:
    claims = run(ex, text, NEWS)
    at_site = [c for c in claims if c.target.facility_id == site]
    assert at_site and all(c.place.precision == "facility" for c in at_site)
    assert any(c.place.name == town for c in claims)


def test_a_facility_named_by_its_adjective_is_not_at_the_place_of_the_sentence_before(ex: Extractor) -> None:
    text = (
        "Уночі безпілотники атакували Самарську область, зокрема місто Новокуйбишевськ. Під ударом могли бути "
        "два нафтопереробні заводи – Новокуйбишевський і Куйбишевський.\n"
        "Українські дрони атакували Ільський НПЗ, спричинивши пожежу."
    )
    claims = run(ex, text, NEWS)
    assert any(c.target.facility_id == "cw:ilsky-refinery" and c.place.precision == "facility" for c in claims)


def test_a_site_named_beside_a_power_plant_by_its_adjective_is_at_the_plant(ex: Extractor) -> None:
    text = (
        "Ночью беспилотник сбили рядом с Курской атомной электростанцией. В пресс-службе АЭС сообщили, что при "
        "падении аппарат сдетонировал и повредил трансформатор."
    )
    assert {c.place.name for c in run(ex, text, NEWS)} == {"Kursk nuclear power plant"}


@pytest.mark.parametrize(
    "text",
    [
        # an adjective the registry knows no one site by: no place of its own, the town stands
        "Дрони атакували Київську ТЕЦ у Києві.",
        # a country's adjective is no site's name
        "Дрони атакували Російський НПЗ у Саратові.",
    ],
)
def test_an_adjective_of_no_one_site_makes_no_place(ex: Extractor, text: str) -> None:
    assert all(c.place.precision != "facility" or c.target.facility_id for c in run(ex, text, NEWS))
    assert any(c.place.precision == "settlement" for c in run(ex, text, NEWS))


@pytest.mark.parametrize(
    ("text", "place", "perpetrator"),
    [
        # several plants of a city, or none the registry knows by the name: the oblast or the town, as without the
        # reading, and the perpetrator with it
        ("Росіяни вдарили по Харківській ТЕЦ.", "Kharkiv Oblast", "RUS"),
        ("Росіяни вдарили по Одеській ТЕЦ.", "Odesa Oblast", "RUS"),
        ("Росіяни вдарили по Слов'янській ТЕС.", "Slovyansk", "RUS"),
        ("Дроны ударили по Воронежской ТЭЦ.", "Voronezh Oblast", "UKR"),
        ("Дроны ударили по Пермскому НПЗ.", "Perm Krai", "UKR"),
    ],
)
def test_an_adjective_of_no_one_site_keeps_the_reading_of_the_oblast_or_town(
    ex: Extractor, text: str, place: str, perpetrator: str
) -> None:
    claims = run(ex, text, NEWS)
    assert claims and all(c.place.name == place and c.perpetrator == perpetrator for c in claims)


@pytest.mark.parametrize(
    "text", ["Росіяни вдарили по Південній ТЕЦ.", "Дрони атакували об'єкти Північної ТЕЦ.", "Удар по Северного НПЗ."]
)
def test_a_direction_before_a_plant_is_no_site_name(text: str) -> None:
    # many cities have a "northern" or "southern" plant: not read as a site even where the registry holds one by it
    assert not any(m.adjective for m in _places.find_places(text, 0, len(text), one_site=lambda _name: True))


def test_an_adjective_is_a_site_only_where_the_registry_knows_one() -> None:
    text = "Росіяни вдарили по Харківській ТЕЦ."
    assert any(m.adjective for m in _places.find_places(text, 0, len(text), one_site=lambda _name: True))
    assert not any(m.adjective for m in _places.find_places(text, 0, len(text), one_site=lambda _name: False))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Росіяни вдарили по Київській ТЕЦ-5.", "cw:kyiv-chp-5"),
        ("Ракета влучила в Харківську ТЕЦ-5, є пошкодження.", "cw:kharkiv-chp-5"),
        ("Дроны атаковали Киевскую ТЭЦ-6.", "cw:kyiv-chp-6"),
    ],
)
def test_a_numbered_plant_by_its_adjective_is_the_site(ex: Extractor, text: str, site: str) -> None:
    claims = run(ex, text, NEWS)
    assert claims and all(c.target.facility_id == site and c.place.precision == "facility" for c in claims)


def test_a_site_of_another_oblast_than_the_paragraph_tells_of_gives_way_to_the_town(ex: Extractor) -> None:
    # the report names only Saratov: a refinery the registry holds in Samara Oblast by the adjective is not read
    text = (
        "В ночь на 20 сентября в Саратове прогремели взрывы из-за атаки дронов. Россияне предполагают, что "
        "беспилотники атаковали Новокуйбышевский НПЗ."
    )
    assert all(c.place.name == "Saratov" for c in run(ex, text, NEWS))


def test_a_site_of_another_oblast_stands_when_the_report_names_its_oblast(ex: Extractor) -> None:
    text = (
        "Вибухи лунали у Волгоградській області та Краснодарському краї.\n"
        "Дрони атакували Волгоградський НПЗ та підприємство у Слов'янську-на-Кубані."
    )
    assert any(c.place.name == "Volgograd oil refinery" for c in run(ex, text, NEWS))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # the paragraph's town is of another oblast but has no refinery of its own: the site the text names stands
        ("У Брянську пролунали вибухи, а дрони СБУ уразили Новошахтинський НПЗ.", "Novoshakhtinsk oil refinery"),
        (
            "В Белгороде сбиты ракеты, а ночью беспилотники атаковали Новокуйбышевский НПЗ.",
            "Novokuibyshevsk oil refinery",
        ),
    ],
)
def test_a_site_of_another_oblast_stands_when_the_town_of_the_paragraph_has_no_site_of_its_kind(
    ex: Extractor, text: str, site: str
) -> None:
    claims = run(ex, text, NEWS)
    at_site = [c for c in claims if c.place.name == site]
    assert at_site and all(c.place.precision == "facility" for c in at_site)
    assert all(c.target.facility_id is None or c.place.precision == "facility" for c in claims)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "По данным изданий, целью дронов стал «Новокуйбышевский» нефтеперерабатывающий завод компании «Роснефть».",
            "Novokuibyshevsk oil refinery",
        ),
        ("Дроны атаковали «Саратовский» НПЗ ночью.", "Saratov oil refinery"),
        ('Уночі дрони уразили "Рязанський" нафтопереробний завод.', "Ryazan oil refinery"),
    ],
)
def test_a_facilitys_adjective_in_quotes_names_the_site(ex: Extractor, text: str, site: str) -> None:
    assert {c.place.name for c in run(ex, text, NEWS)} == {site}


@pytest.mark.parametrize(
    "text",
    [
        # a quoted direction names no one site; the town stands
        "Дроны атаковали «Северный» НПЗ в Саратове.",
        # a quoted word with no facility word after it is not read as a site
        "Дроны атаковали «Саратовский» склад в Саратове.",
    ],
)
def test_a_quoted_word_that_names_no_site_keeps_the_town(ex: Extractor, text: str) -> None:
    assert {c.place.precision for c in run(ex, text, NEWS)} == {"settlement"}


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        # a quoted adjective after its town's name is one claim at the site, as the bare adjective is (review 45 A M1)
        ("В Рязани дроны атаковали Рязанскую ГРЭС.", {("Ryazanskaya GRES", "facility")}),
        ("В Рязани дроны атаковали «Рязанскую» ГРЭС.", {("Ryazanskaya GRES", "facility")}),
        # Russian inner quotes „…“ and both names of a pair in quotes (review 45 A M2)
        ("В Рязани дроны атаковали „Рязанскую“ ГРЭС.", {("Ryazanskaya GRES", "facility")}),
        ("Дроны атаковали „Рязанский“ НПЗ.", {("Ryazan oil refinery", "facility")}),
        (
            "Дроны атаковали «Афипский» и «Ильский» НПЗ.",
            {("Afipsky oil refinery", "facility"), ("Ilsky oil refinery", "facility")},
        ),
        (
            "Дроны атаковали Афипский и «Ильский» НПЗ.",
            {("Afipsky oil refinery", "facility"), ("Ilsky oil refinery", "facility")},
        ),
    ],
)
def test_a_quoted_adjective_gives_the_claims_the_bare_one_gives(
    ex: Extractor, text: str, sites: set[tuple[str, str]]
) -> None:
    claims = run(ex, text, NEWS)
    assert {(c.place.name, c.place.precision) for c in claims} == sites
    assert len(claims) == len(sites)


def test_a_quoted_adjectives_mention_is_the_name_inside_the_quotes() -> None:
    text = "Дроны атаковали «Саратовский» НПЗ ночью."
    found = [m for m in _places.find_places(text, 0, len(text)) if m.facility]
    assert [(text[m.start : m.end], m.facility) for m in found] == [("Саратовский", "Саратовский НПЗ")]


@pytest.mark.parametrize(
    ("before", "first"),
    [
        ("Дроны атаковали «Афипский» и ", "Афипский"),
        ("Дроны атаковали „Афипский“ и «", "Афипский"),
        ("Дроны атаковали Афипский и ", "Афипский"),
        # an unclosed quote is no quoted name (audit S21 B, finding 5): as the facility's own adjective needs its pair
        ("Дроны атаковали «Афипский и ", None),
        ("Дроны атаковали Афипский» и ", None),
    ],
)
def test_the_first_of_a_pair_of_adjectives_is_quoted_in_a_closed_pair_or_bare(before: str, first: str | None) -> None:
    pair = _places._PAIRED_ADJECTIVE.search(before)
    assert (pair and pair.group("a")) == first
