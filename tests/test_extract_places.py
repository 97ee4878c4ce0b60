"""The place finder (``ceasewatch.extract._places``): facility names, region words, capitals named as governments.
Short texts written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from ceasewatch.extract._places import PlaceMention, PlaceResolver, find_places


def _queries(text: str) -> list[str]:
    return [m.query for m in find_places(text, 0, len(text))]


def _mention(text: str, query: str) -> PlaceMention:
    return next(m for m in find_places(text, 0, len(text)) if m.query == query)


@pytest.mark.parametrize(
    ("text", "name", "facility"),
    [
        ("Обломки упали на подстанцию «Севастополь», — сообщил губернатор.", "Севастополь", "подстанцию «Севастополь»"),
        (
            "Дроны атаковали нефтеперекачивающую станцию (НПС) «Кропоткинская» ночью.",
            "Кропоткинская",
            "нефтеперекачивающую станцию «Кропоткинская»",
        ),
        (
            "Дрони атакували нафтоперекачувальну станцію Кропоткінська.",
            "Кропоткінська",
            "нафтоперекачувальну станцію Кропоткінська",
        ),
        ('Ukrainian forces struck the "Engels" airfield overnight.', "Engels", "«Engels» airfield"),
    ],
)
def test_a_facility_word_gives_the_name_after_it(text: str, name: str, facility: str) -> None:
    mention = _mention(text, name)
    assert mention.facility == facility
    assert mention.strict


def test_an_unquoted_name_after_a_bare_station_word_is_no_facility() -> None:
    text = "Обломки упали в районе железнодорожной станции Кавказская."
    assert all(m.facility is None for m in find_places(text, 0, len(text)))


def test_a_facility_name_does_not_run_across_a_line() -> None:
    text = "Дрони атакували нафтоперекачувальну станцію\nВнаслідок атаки є пошкодження."
    assert "Внаслідок" not in _queries(text)


@dataclass
class _Facility:
    id: str
    name: str
    lat: float
    lon: float
    admin1: str | None
    country: str | None


class _Registry:
    def __init__(self, names: dict[str, _Facility]) -> None:
        self.names = names

    def find(self, name: str) -> Sequence[Any]:
        key = name.lower().replace("«", "").replace("»", "")
        return [f for n, f in self.names.items() if key == n or key.endswith(" " + n)]


@dataclass
class _Candidate:
    name: str
    lat: float
    lon: float
    radius_km: float = 10.0
    admin1: str | None = None
    country: str | None = "UKR"
    score: float = 0.9
    kind: str = "settlement"
    matched: str = ""


def _geocoder(text: str, **_: Any) -> list[_Candidate]:
    return [_Candidate("Sevastopol", 44.6, 33.5, matched=text)] if text.lower().startswith("севастопол") else []


class _Answer:
    """A geocoder's answer that says whether the report could change it (the shape of ``GeocodeAnswer``)."""

    def __init__(self, candidates: list[_Candidate], uses_document: bool) -> None:
        self.candidates = candidates
        self.uses_document = uses_document


def test_the_cache_keys_on_the_report_only_where_the_geocoder_says_it_matters() -> None:
    asked: list[tuple[str, str | None]] = []

    def geocoder(text: str, *, context: str | None = None, limit: int = 5, document: str | None = None) -> _Answer:
        asked.append((text, document))
        return _Answer([_Candidate("Kharkiv", 50.0, 36.2, matched=text)], uses_document=text.startswith("Золоч"))

    resolver = PlaceResolver(geocoder, facilities=_Registry({}))
    city, namesake = PlaceMention(0, 8, "Харкові", None, False), PlaceMention(0, 8, "Золочеві", None, False)
    for document in ("перший звіт", "другий звіт", "перший звіт"):
        assert resolver.resolve(city, None, document) is not None
        assert resolver.resolve(namesake, None, document) is not None
    # the city once for all reports; the namesake once for each report
    assert asked == [("Харкові", "перший звіт"), ("Золочеві", "перший звіт"), ("Золочеві", "другий звіт")]


def test_a_geocoder_that_takes_the_report_and_does_not_say_is_asked_for_each_report() -> None:
    asked: list[str | None] = []

    def geocoder(text: str, *, document: str | None = None) -> list[_Candidate]:
        asked.append(document)
        return [_Candidate("Kharkiv", 50.0, 36.2, matched=text)]

    resolver = PlaceResolver(geocoder, facilities=_Registry({}))
    city = PlaceMention(0, 8, "Харкові", None, False)
    for document in ("перший звіт", "другий звіт", "перший звіт"):
        resolver.resolve(city, None, document)
    assert asked == ["перший звіт", "другий звіт"]


_PUMP = _Facility("pump", "Kropotkinskaya pumping station", 45.44, 40.57, "Krasnodar Krai", "RUS")


def test_the_registry_reads_a_facility_name() -> None:
    resolver = PlaceResolver(_geocoder, facilities=_Registry({"кропоткинская": _PUMP}))
    text = "Дроны атаковали нефтеперекачивающую станцию (НПС) «Кропоткинская» ночью."
    place = resolver.resolve(_mention(text, "Кропоткинская"))
    assert place is not None and place.precision == "facility" and place.name == _PUMP.name


def test_a_quoted_name_the_registry_does_not_know_is_read_as_a_town() -> None:
    resolver = PlaceResolver(_geocoder, facilities=_Registry({}))
    text = "Обломки упали на подстанцию «Севастополь», — сообщил губернатор."
    place = resolver.resolve(_mention(text, "Севастополь"))
    assert place is not None and place.name == "Sevastopol"


def test_an_unquoted_name_the_registry_does_not_know_is_no_place() -> None:
    resolver = PlaceResolver(_geocoder, facilities=_Registry({}))
    text = "Дрони атакували нафтоперекачувальну станцію Севастопольська."
    assert resolver.resolve(_mention(text, "Севастопольська")) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("По Чернігівщині, Сумщині і Полтавщині було багато ударів.", ["Чернігівщині", "Сумщині", "Полтавщині"]),
        ("Вночі знову постраждала Донеччина.", ["Донеччина"]),
        ("Харківщина: ворог бив по громадах.", ["Харківщина"]),
    ],
)
def test_region_words_are_places_wherever_they_stand(text: str, names: list[str]) -> None:
    assert _queries(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The attacks were launched overnight, the Defense Ministry in Moscow said.",
        "Удары нанесены ночью, сообщили в Минобороны в Москве.",
        "The strikes show the complete impersonality of Kyiv in its obligations.",
        "Officials spoke of the “complete impersonality” of Kyiv.",
        "Reports on Kiev regime attacks are false.",
        "He called on Moscow to stop the strikes.",
        "Kyiv denied the strikes.",
    ],
)
def test_a_capital_as_its_government_is_no_place(text: str) -> None:
    assert not [q for q in _queries(text) if q.startswith(("Moscow", "Kyiv", "Kiev", "Москв"))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("В Москве заявили, что ВСУ атаковали беспилотниками Брянск и повредили подстанцию.", "Брянск"),
        ("Заявления из Киева: российские ракеты поразили энергообъект, пострадала Полтава.", "Полтава"),
        ("В Киеве заявили, что ночью Харьков атаковали российские дроны.", "Харьков"),
    ],
)
def test_a_capital_that_speaks_is_no_place_and_hides_none(text: str, place: str) -> None:
    # the speaking capital is left out before a bare name gives way to a named place: it no longer hides the city
    assert _queries(text) == [place]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian drones attacked Kyiv overnight.", "Kyiv"),
        ("Вночі дрони атакували об'єкти в Москві.", "Москві"),
        ("Explosions were heard in Moscow on Sunday.", "Moscow"),
    ],
)
def test_a_capital_attacked_is_a_place(text: str, name: str) -> None:
    assert name in _queries(text)


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Один з ударів припав на Шевченківський район Харкова, де було чути вибухи.", "Шевченківський район Харкова"),
        ("В Ленинском районе города Донецка погиб мужчина.", "Ленинском районе города Донецка"),
        ("A drone hit the Kyivskyi district of Kharkiv overnight.", "Kyivskyi district of Kharkiv"),
    ],
)
def test_a_city_district_is_asked_with_its_city(text: str, query: str) -> None:
    assert _queries(text) == [query]


def test_a_district_before_a_person_is_no_city_district() -> None:
    assert _queries("У Шевченківському районі Ігор Терехов повідомив про вибухи.") == ["Шевченківському районі"]


def test_an_adjectival_settlement_after_its_settlement_word_is_split_from_its_region() -> None:
    text = "Дроны атаковали объект в станице Кавказская Краснодарского края."
    assert _queries(text) == ["Кавказская", "Краснодарского края"]


def test_a_compass_word_is_no_part_of_a_region() -> None:
    assert _queries("said the governor of the South Zaporizhzhia region on Monday") == ["Zaporizhzhia region"]


def test_the_name_of_a_field_is_read_strictly() -> None:
    text = "Drones aimed at the Glebovskoye gas condensate field in Crimea were downed."
    assert _mention(text, "Glebovskoye").strict


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a comma before "і" (_CLAUSE_AND): the town after the region nouns opens a clause of its own
        (
            "Росія вночі атакувала Сумщину та Одещину, і Київ, за словами МЗС, вимагатиме нових санкцій.",
            ["Сумщину", "Одещину"],
        ),
        # ... and the name before them ends one
        ("Про вибухи повідомив мер Ігор Терехов, і Харківщина знову залишилася без світла.", ["Харківщина"]),
        # without the comma it is an item of the list, either way
        ("Росія вночі атакувала Сумщину, Одещину та Київ.", ["Сумщину", "Одещину", "Київ"]),
        ("Під ударом були Харків і Сумщина.", ["Харків", "Сумщина"]),
    ],
)
def test_a_name_after_a_comma_and_a_conjunction_is_no_item_of_a_list_of_region_nouns(
    text: str, places: list[str]
) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an adjective listed with region nouns (_LISTED_ADJECTIVE) is a region whose unit word is left out, no town
        ("Ворог обстріляв Харківську область, а також Сумщину та Полтавську.", ["Харківську область", "Сумщину"]),
        ("Удари по енергетиці зачепили Харківську та Сумщину.", ["Сумщину"]),
        # a town's own case ending is no adjective's
        (
            "Ворог обстріляв Харківську область, а також Сумщину та Полтаву.",
            ["Харківську область", "Сумщину", "Полтаву"],
        ),
        ("Удари по енергетиці зачепили Полтаву та Сумщину.", ["Полтаву", "Сумщину"]),
    ],
)
def test_an_adjective_listed_with_region_nouns_is_no_town(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a country listed after region nouns (_NOT_PLACES) is no town, nor is what is listed after it
        (
            "Російські дрони атакували Львівщину та Волинь, Польща й Румунія підняли винищувачі.",
            ["Львівщину", "Волинь"],
        ),
        ("Російські дрони атакували Львівщину, Волинь і Рівне.", ["Львівщину", "Волинь", "Рівне"]),
    ],
)
def test_a_country_listed_with_region_nouns_ends_the_list(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the Ukrainian forms of Russia (_NOT_PLACES) end a list of region nouns as the Russian ones do: no town
        ("Дрони атакували Сумщину та Чернігівщину, Росія та Білорусь це заперечили.", ["Сумщину", "Чернігівщину"]),
        ("Дрони атакували Сумщину та Чернігівщину, Росію та Білорусь.", ["Сумщину", "Чернігівщину"]),
        ("Дроны атаковали Брянщину и Курщину, Россия это отрицает.", ["Брянщину", "Курщину"]),
        # a town listed there is still one
        ("Дрони атакували Сумщину та Чернігівщину, Конотоп і Ніжин.", ["Сумщину", "Чернігівщину", "Конотоп", "Ніжин"]),
    ],
)
def test_russia_in_ukrainian_listed_with_region_nouns_is_no_town(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the Ukrainian cases of Russia, and the instrumental of Ukraine in both languages, after a preposition: no
        # place, as "в России" is none
        ("Вибухи пролунали у Росії.", []),
        ("Дрони полетіли на Росію.", []),
        ("Дрони летіли над Україною та Росією.", []),
        ("Дроны летели над Украиной.", []),
        # a town there still is one
        ("Вибухи пролунали у Бєлгороді.", ["Бєлгороді"]),
    ],
)
def test_the_ukrainian_and_instrumental_forms_of_the_two_countries_are_no_places(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a country's genitive after an ethnic or religious community is no place, as the country is none elsewhere
        ("Еврейская община Украины осудила удар.", []),
        ("Єврейська громада України засудила удар.", []),
        # the city's genitive after it is the city, and a hromada named after a town stays
        ("Еврейская община Днепра осудила удар.", ["Днепра"]),
        ("Шосткинська громада зазнала обстрілу.", ["Шосткинська громада"]),
    ],
)
def test_a_country_after_an_ethnic_or_religious_community_is_no_place(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "й", the Ukrainian "і" after a vowel, joins regions before their plural unit word (_ADMIN_PAIR)
        (
            "Ворог атакував Сумщину, Харківську й Полтавську області.",
            ["Сумщину", "Харківську области", "Полтавську области"],
        ),
        ("Ворог атакував Харківську й Полтавську області.", ["Харківську области", "Полтавську области"]),
        # ... and after the unit word (_UNITS_LISTED)
        (
            "Атака торкнулася трьох областей: Полтавської, Харківської й Одеської.",
            ["Полтавської области", "Харківської области", "Одеської области"],
        ),
        # "та" and "і" as before
        (
            "Ворог атакував Сумщину, Харківську та Полтавську області.",
            ["Сумщину", "Харківську области", "Полтавську области"],
        ),
        ("Ворог атакував Харківську і Полтавську області.", ["Харківську области", "Полтавську области"]),
    ],
)
def test_regions_joined_by_the_ukrainian_conjunction_y_are_each_a_region(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "partly" between the conjunction and the second name: still one unit word for both (_ADMIN_PAIR)
        (
            "Порушено електропостачання у Хомутівському та частково Рильському районах.",
            ["Хомутівському району", "Рильському району"],
        ),
        ("Нарушено электроснабжение в Суземском и частично Севском районах.", ["Суземском району", "Севском району"]),
    ],
)
def test_a_district_listed_as_partly_cut_shares_the_unit_word(text: str, places: list[str]) -> None:
    assert _queries(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a capitalised verb that opens the sentence before a region in the accusative is no settlement of that region
        ("Атакували Харківську область.", ["Харківську область"]),
        ("Обстріляли Харківську область.", ["Харківську область"]),
        ("Обстреляли Курскую область дроны.", ["Курскую область"]),
        ("Постраждала Харківська область.", ["Харківська область"]),
        # a settlement before its region, which is in the genitive, is still a settlement
        ("Дроны атаковали Суджа Курской области.", ["Суджа", "Курской области"]),
        ("Іванівська Лисиця Бєлгородської області атакована.", ["Іванівська Лисиця", "Бєлгородської області"]),
        ("В станице Кавказская Краснодарского края атакован НПЗ.", ["Кавказская", "Краснодарского края"]),
    ],
)
def test_a_capitalised_verb_before_a_region_is_no_settlement(text: str, places: list[str]) -> None:
    assert _queries(text) == places
