"""Extraction: tables of short texts, written for these tests, in English, Ukrainian and Russian.

A small fake geocoder stands in for the gazetteer (so that the tests say what extraction does, not what the gazetteer
knows); one class at the end runs the real geocoder and facility registry on a few texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

import ceasewatch.extract
from ceasewatch.extract import Extractor, detect_language, extract, extract_many, extract_results
from ceasewatch.extract._segment import sentences
from ceasewatch.model import Claim, Report, Source


@dataclass(frozen=True)
class FakeCandidate:
    name: str
    lat: float
    lon: float
    radius_km: float
    admin1: str | None
    country: str | None
    score: float
    kind: str
    facility_id: str | None = None


_PLACES: dict[str, FakeCandidate] = {
    "брянщ": FakeCandidate("Bryansk Oblast", 52.9, 33.4, 146, "Bryansk Oblast", "RUS", 0.99, "admin1"),
    "брянськ": FakeCandidate("Bryansk Oblast", 52.9, 33.4, 146, "Bryansk Oblast", "RUS", 0.99, "admin1"),
    "курськ": FakeCandidate("Kursk Oblast", 51.6, 36.1, 164, "Kursk Oblast", "RUS", 0.99, "admin1"),
    "брянск": FakeCandidate("Bryansk Oblast", 52.9, 33.4, 146, "Bryansk Oblast", "RUS", 0.99, "admin1"),
    "курск": FakeCandidate("Kursk Oblast", 51.6, 36.1, 164, "Kursk Oblast", "RUS", 0.99, "admin1"),
    "курщин": FakeCandidate("Kursk Oblast", 51.6, 36.1, 164, "Kursk Oblast", "RUS", 0.99, "admin1"),
    "крым": FakeCandidate("Crimea", 45.3, 34.4, 180, "Crimea", "UKR", 0.9, "admin1"),
    "криму": FakeCandidate("Crimea", 45.3, 34.4, 180, "Crimea", "UKR", 0.9, "admin1"),
    "полтав": FakeCandidate("Poltava", 49.59, 34.55, 10, "Poltava Oblast", "UKR", 0.8, "settlement"),
    "купянск": FakeCandidate("Kupiansk", 49.71, 37.61, 30, "Kharkiv Oblast", "UKR", 0.85, "settlement"),
    "гвардійськ": FakeCandidate("Bigvard", 44.0, 40.0, 3, "Nowhere", "RUS", 0.8, "settlement"),
    "белгород": FakeCandidate("Belgorod Oblast", 50.7, 37.3, 155, "Belgorod Oblast", "RUS", 0.99, "admin1"),
    "сум": FakeCandidate("Sumy", 50.9, 34.8, 11, "Sumy Oblast", "UKR", 0.8, "settlement"),
    "харков": FakeCandidate("Kharkiv", 50.0, 36.2, 20, "Kharkiv Oblast", "UKR", 0.8, "settlement"),
    "харків": FakeCandidate("Kharkiv", 50.0, 36.2, 20, "Kharkiv Oblast", "UKR", 0.8, "settlement"),
    "kharkiv": FakeCandidate("Kharkiv", 50.0, 36.2, 20, "Kharkiv Oblast", "UKR", 0.8, "settlement"),
    "odesa": FakeCandidate("Odesa", 46.5, 30.7, 20, "Odesa Oblast", "UKR", 0.8, "settlement"),
    "одес": FakeCandidate("Odesa", 46.5, 30.7, 20, "Odesa Oblast", "UKR", 0.8, "settlement"),
    "sumy": FakeCandidate("Sumy", 50.9, 34.8, 11, "Sumy Oblast", "UKR", 0.8, "settlement"),
    "дніпропетровськ": FakeCandidate(
        "Dnipropetrovsk Oblast", 48.5, 35.0, 150, "Dnipropetrovsk Oblast", "UKR", 0.99, "admin1"
    ),
    "запорізьк": FakeCandidate("Zaporizhzhia Oblast", 47.5, 35.5, 120, "Zaporizhzhia Oblast", "UKR", 0.99, "admin1"),
    "краснодар": FakeCandidate("Krasnodar Krai", 45.0, 39.0, 224, "Krasnodar Krai", "RUS", 0.99, "admin1"),
}


def fake_geocode(text: str, *, context: str | None = None, limit: int = 5) -> list[FakeCandidate]:
    words = text.lower().split()
    for stem, candidate in _PLACES.items():
        if any(w.startswith(stem) for w in words):
            return [candidate]
    return []


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=fake_geocode, use_default=False, military=True)  # the whole claim model


PUB = datetime(2025, 3, 19, 8, 0, tzinfo=UTC)  # 11:00 in Moscow, 10:00 in Kyiv, a Wednesday
RUS_MOD = Source(name="Минобороны России", affiliation="party_official", party="RUS")
UKR_GS = Source(name="Генштаб ЗСУ", affiliation="party_official", party="UKR")
NEWS = Source(name="Wire", affiliation="independent_media")


def report(text: str, source: Source = RUS_MOD, published: datetime = PUB, language: str | None = None) -> Report:
    return Report(id="r1", published_at=published, source=source, text=text, language=language)


def run(ex: Extractor, text: str, source: Source = RUS_MOD, published: datetime = PUB) -> list[Claim]:
    return list(ex.extract(report(text, source, published)).claims)


def categories(ex: Extractor, text: str, source: Source = NEWS) -> list[str]:
    """The target categories of the claims ``ex`` finds in ``text`` from ``source``, in their order."""
    return [c.target.category for c in run(ex, text, source)]


def one(ex: Extractor, text: str, source: Source = RUS_MOD, published: datetime = PUB) -> Claim:
    claims = run(ex, text, source, published)
    assert len(claims) == 1, [c.model_dump() for c in claims]
    return claims[0]


# -- the public surface -----------------------------------------------------------------------------------------------


def test_public_surface() -> None:
    assert set(ceasewatch.extract.__all__) == {
        "ExtractResult",
        "Extractor",
        "FacilityLookup",
        "Geocoder",
        "Language",
        "detect_language",
        "extract",
        "extract_many",
        "extract_results",
    }


# -- language ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("У ніч на 19 березня ворог атакував підстанцію на Харківщині", "uk"),
        ("Вночі російські окупанти вдарили по енергетиці Одеси", "uk"),
        ("В ночь на 19 марта ВСУ атаковали подстанцию в Курской области", "ru"),
        ("Киевский режим нанес удар по объекту энергетики, повреждена подстанция", "ru"),
        ("Russian drones struck a substation in Kharkiv overnight", "en"),
        ("Drohnen haben in der Nacht ein Umspannwerk in Charkiw getroffen", "other"),
        ("Des drones russes ont frappé une sous-station à Kharkiv", "other"),
        ("Руски дронове удариха подстанция в Харков през нощта, съобщиха властите", "other"),
        ("", "other"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_other_language_gives_no_claims_and_says_so(ex: Extractor) -> None:
    result = ex.extract(report("Drohnen haben in der Nacht ein Umspannwerk in Charkiw getroffen und zerstört"))
    assert result.language == "other"
    assert result.claims == ()
    assert result.reason is not None and "language" in result.reason


def test_declared_language_wins(ex: Extractor) -> None:
    result = ex.extract(report("В ночь на 19 марта ВСУ атаковали подстанцию в Курской области", language="de"))
    assert (result.language, result.claims) == ("other", ())


# -- acts and weapons -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act", "weapon"),
    [
        ("ВСУ атаковали подстанцию в Курской области беспилотниками", "strike.drone", "drone"),
        ("Ворог атакував Шахедами підстанцію у Сумах", "strike.drone", "shahed"),
        ("ВСУ нанесли удар по подстанции в Курской области ракетами HIMARS", "strike.artillery", "himars"),
        ("Росія вдарила балістичною ракетою по ТЕС у Харкові", "strike.missile", "ballistic_missile"),
        ("Ворог скинув керовані авіабомби на підстанцію у Сумах", "strike.air", "glide_bomb"),
        ("Росіяни обстріляли з артилерії підстанцію у Сумах", "strike.artillery", "artillery"),
        ("Russian forces hit a substation in Kharkiv with an Iskander missile", "strike.missile", "iskander"),
        ("FPV-дрон ВСУ поразил трансформатор подстанции в Белгородской области", "strike.drone", "fpv_drone"),
        ("В Белгородской области совершена диверсия на линии электропередачи", "sabotage", "sabotage"),
        ("ВСУ атаковали нефтебазу в Крыму", "strike", None),
    ],
)
def test_act_and_weapon(ex: Extractor, text: str, act: str, weapon: str | None) -> None:
    claim = one(ex, text, RUS_MOD if detect_language(text) == "ru" else UKR_GS)
    assert (claim.act, claim.weapon) == (act, weapon)


# -- targets ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ВСУ атаковали беспилотником нефтеперекачивающую станцию в Краснодарском крае", "energy.oil.pumping_station"),
        ("ВСУ нанесли удар по газоизмерительной станции в Курской области", "energy.gas.metering_station"),
        ("Ворог атакував дронами підстанцію у Сумах", "energy.electricity.substation"),
        ("Ракетний удар по ТЕС у Харкові", "energy.electricity.generation.thermal"),
        ("ВСУ атаковали ТЭС в Белгородской области", "energy.electricity.generation.thermal"),
        ("Уражено нафтобазу у Брянській області", "energy.oil.storage"),
        ("ВСУ атаковали беспилотниками нефтебазу в Крыму", "energy.oil.storage"),
        ("Дрони уразили НПЗ у Краснодарському краї", "energy.oil.refinery"),
        ("ВСУ атаковали НПЗ в Краснодарском крае", "energy.oil.refinery"),
        ("Drones struck an oil refinery in Krasnodar region", "energy.oil.refinery"),
        ("ВСУ атаковали компрессорную станцию в Краснодарском крае", "energy.gas.compressor_station"),
        ("В Брянской области после атаки БПЛА отключена линия электропередачи 10 кВ", "energy.electricity.line"),
        (
            "Russian missiles hit a hydroelectric power plant in Zaporizhzhia region",
            "energy.electricity.generation.hydro",
        ),
        ("Росія атакувала дронами житловий будинок у Сумах", "civilian.residential"),
        ("Russian drones hit a hospital in Sumy", "civilian.medical"),
        ("Дрони уразили аеродром у Курській області", "military.airbase"),
        ("Уражено склад боєприпасів у Брянській області", "military.depot"),
        ("ВСУ атаковали объекты энергетики в Курской области", "energy"),
    ],
)
def test_target_category(ex: Extractor, text: str, category: str) -> None:
    source = {"ru": RUS_MOD, "uk": UKR_GS, "en": NEWS}[detect_language(text)]
    assert one(ex, text, source).target.category == category


class FakeRegistry:
    """Two facilities, found by a name or by being the only one of their kind near a point."""

    def __init__(self) -> None:
        from ceasewatch.model import Facility

        self.kropotkinskaya = Facility(
            id="cw:kropotkinskaya-ps",
            name="Kropotkinskaya oil pumping station",
            category="energy.oil.pumping_station",
            country="RUS",
            admin1="Krasnodar Krai",
            lat=45.44,
            lon=40.57,
            source="test",
        )
        self.kharkiv_chp = Facility(
            id="test:kharkiv-chp5",
            name="Kharkiv CHP-5",
            category="energy.electricity.generation.thermal",
            country="UKR",
            admin1="Kharkiv Oblast",
            lat=50.0,
            lon=36.3,
            source="test",
        )

    def find(self, name: str) -> list[object]:
        low = name.lower()
        return [self.kropotkinskaya] if "кропоткинск" in low and "станц" in low else []

    def nearest(
        self, lat: float, lon: float, max_km: float = 5.0, categories: object = None
    ) -> list[tuple[object, float]]:
        if abs(lat - 50.0) < 0.5 and categories == ["energy.electricity.generation.thermal"]:
            return [(self.kharkiv_chp, 7.0)]
        return []


def test_named_facility_gives_its_id_and_point() -> None:
    ex = Extractor(geocoder=fake_geocode, facilities=FakeRegistry(), use_default=False)  # type: ignore[arg-type]
    claim = one(
        ex,
        "В ночь на 19 марта ВСУ атаковали беспилотником нефтеперекачивающую станцию «Кропоткинская» "
        "в Краснодарском крае",
    )
    assert claim.target.category == "energy.oil.pumping_station"
    assert claim.target.facility_id == "cw:kropotkinskaya-ps"
    assert claim.target.name == "нефтеперекачивающую станцию «Кропоткинская»"
    assert (claim.place.lat, claim.place.lon, claim.place.precision) == (45.44, 40.57, "facility")


def test_only_facility_of_its_kind_near_the_place() -> None:
    ex = Extractor(geocoder=fake_geocode, facilities=FakeRegistry(), use_default=False)  # type: ignore[arg-type]
    claim = one(ex, "Вночі ворог атакував ТЕЦ у Харкові", UKR_GS)
    assert claim.target.facility_id == "test:kharkiv-chp5"
    assert claim.place.name == "Kharkiv"  # the settlement stays the place: the facility is inferred, not named


# -- several claims per bulletin --------------------------------------------------------------------------------------


def test_one_claim_per_place(ex: Extractor) -> None:
    text = (
        "В ночь на 19 марта ВСУ атаковали беспилотниками объекты энергетики на Брянщине, в Курской области и в Крыму."
    )
    claims = run(ex, text)
    assert [c.place.name for c in claims] == ["Bryansk Oblast", "Kursk Oblast", "Crimea"]
    assert {c.target.category for c in claims} == {"energy"}
    assert all(c.perpetrator == "UKR" and c.stance == "accusation" for c in claims)


def test_each_place_keeps_its_own_target(ex: Extractor) -> None:
    text = (
        "ВСУ атаковали беспилотниками подстанцию на Брянщине, линию электропередачи в Курской области "
        "и нефтебазу в Крыму."
    )
    claims = run(ex, text)
    assert [(c.place.name, c.target.category) for c in claims] == [
        ("Bryansk Oblast", "energy.electricity.substation"),
        ("Kursk Oblast", "energy.electricity.line"),
        ("Crimea", "energy.oil.storage"),
    ]


def test_bullets_are_separate_claims_with_their_own_times(ex: Extractor) -> None:
    text = (
        "В течение прошедших суток киевский режим продолжил атаки на энергетическую инфраструктуру. "
        "▫️ 18 марта около 17.00 в Брянской области в результате атаки БПЛА повреждена подстанция. "
        "▫️ 19 марта в 5.30 в Белгородской области атакована линия электропередачи."
    )
    claims = run(ex, text)
    assert [(c.place.name, c.target.category, c.time.earliest.isoformat()) for c in claims] == [
        ("Bryansk Oblast", "energy.electricity.substation", "2025-03-18T13:30:00+00:00"),
        ("Belgorod Oblast", "energy.electricity.line", "2025-03-19T02:30:00+00:00"),
    ]


# -- time -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "source", "earliest", "latest", "precision"),
    [
        ("В ночь на 19 марта", RUS_MOD, "2025-03-18T18:00:00+00:00", "2025-03-19T03:00:00+00:00", "night"),
        ("У ніч на 19 березня", UKR_GS, "2025-03-18T19:00:00+00:00", "2025-03-19T04:00:00+00:00", "night"),
        ("Overnight", UKR_GS, "2025-03-18T19:00:00+00:00", "2025-03-19T04:00:00+00:00", "night"),
        ("On the night of 19 March", UKR_GS, "2025-03-18T19:00:00+00:00", "2025-03-19T04:00:00+00:00", "night"),
        ("Вчера", RUS_MOD, "2025-03-17T21:00:00+00:00", "2025-03-19T03:00:00+00:00", "day"),
        ("Вчора", UKR_GS, "2025-03-17T22:00:00+00:00", "2025-03-19T04:00:00+00:00", "day"),
        ("On Tuesday", UKR_GS, "2025-03-17T22:00:00+00:00", "2025-03-18T22:00:00+00:00", "day"),
        ("За прошедшие сутки", RUS_MOD, "2025-03-18T08:00:00+00:00", "2025-03-19T08:00:00+00:00", "day"),
        ("За минулу добу", UKR_GS, "2025-03-18T08:00:00+00:00", "2025-03-19T08:00:00+00:00", "day"),
        ("18 марта около 17.00", RUS_MOD, "2025-03-18T13:30:00+00:00", "2025-03-18T14:30:00+00:00", "hour"),
        ("18 марта в 17.00 мск", RUS_MOD, "2025-03-18T14:00:00+00:00", "2025-03-18T14:00:00+00:00", "minute"),
        ("On 18 March at 14:30 UTC", UKR_GS, "2025-03-18T14:30:00+00:00", "2025-03-18T14:30:00+00:00", "minute"),
        (
            "18 березня о 21:15 за київським часом",
            UKR_GS,
            "2025-03-18T19:15:00+00:00",
            "2025-03-18T19:15:00+00:00",
            "minute",
        ),
        ("С 23.38 до 1.26", RUS_MOD, "2025-03-18T20:38:00+00:00", "2025-03-18T22:26:00+00:00", "minute"),
        ("17.03.2025", RUS_MOD, "2025-03-16T21:00:00+00:00", "2025-03-17T21:00:00+00:00", "day"),
        ("18 марта утром", RUS_MOD, "2025-03-18T02:00:00+00:00", "2025-03-18T09:00:00+00:00", "hour"),
        ("С 10 по 16 марта", RUS_MOD, "2025-03-09T21:00:00+00:00", "2025-03-16T21:00:00+00:00", "week"),
        ("Сегодня", RUS_MOD, "2025-03-18T21:00:00+00:00", "2025-03-19T08:00:00+00:00", "day"),
    ],
)
def test_time_resolved_against_publication(
    ex: Extractor, when: str, source: Source, earliest: str, latest: str, precision: str
) -> None:
    body = {"RUS": "ВСУ атаковали подстанцию в Курской области", "UKR": "ворог атакував підстанцію у Сумах"}
    text = f"{when} {body[source.party or 'UKR']}"
    claim = one(ex, text, source)
    assert (claim.time.earliest.isoformat(), claim.time.latest.isoformat(), claim.time.precision) == (
        earliest,
        latest,
        precision,
    )


def test_no_time_is_the_week_before_publication(ex: Extractor) -> None:
    claim = one(ex, "ВСУ атаковали подстанцию в Курской области")
    assert (claim.time.earliest.isoformat(), claim.time.latest.isoformat(), claim.time.precision) == (
        "2025-03-12T08:00:00+00:00",
        "2025-03-19T08:00:00+00:00",
        "week",
    )


def test_date_without_year_after_publication_is_last_year(ex: Extractor) -> None:
    claim = one(ex, "25 декабря ВСУ атаковали подстанцию в Курской области")
    assert claim.time.earliest.year == 2024


# -- perpetrator, claimant, stance ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "perpetrator", "claimant", "stance"),
    [
        ("Киевский режим атаковал подстанцию в Брянской области", RUS_MOD, "UKR", "RUS", "accusation"),
        ("ВСУ атаковали подстанцию в Курской области", RUS_MOD, "UKR", "RUS", "accusation"),
        ("Украинские боевики обстреляли подстанцию в Белгородской области", RUS_MOD, "UKR", "RUS", "accusation"),
        ("Російські окупанти атакували підстанцію у Сумах", UKR_GS, "RUS", "UKR", "accusation"),
        ("Рашисти вдарили по ТЕС у Харкові", UKR_GS, "RUS", "UKR", "accusation"),
        ("Ворог атакував підстанцію у Сумах", UKR_GS, "RUS", "UKR", "accusation"),
        ("Сили оборони уразили нафтобазу у Брянській області", UKR_GS, "UKR", "UKR", "admission"),
        ("ЗСУ уразили НПЗ у Краснодарському краї", UKR_GS, "UKR", "UKR", "admission"),
        ("ВС РФ нанесли удар по ТЭС в Харькове", RUS_MOD, "RUS", "RUS", "admission"),
        ("Уражено нафтобазу у Брянській області", UKR_GS, "UKR", "UKR", "admission"),
        ("ВСУ не наносили ударов по подстанции в Брянской области", UKR_GS, "UKR", "UKR", "denial"),
        ("Генштаб ЗСУ спростовує удар по нафтобазі у Брянській області", UKR_GS, "UKR", "UKR", "denial"),
        (
            "Russian forces struck a substation in Kharkiv overnight, Ukraine's military said",
            NEWS,
            "RUS",
            "UKR",
            "accusation",
        ),
        (
            "Russia's defence ministry said Ukrainian drones hit an oil depot in Bryansk region",
            NEWS,
            "UKR",
            "RUS",
            "accusation",
        ),
        ("Russia denied that its forces struck a substation in Sumy", NEWS, "RUS", "RUS", "denial"),
        ("A substation in Sumy was hit by drones overnight", NEWS, "RUS", None, "observation"),
        (
            "Ракетный удар по району сосредоточения формирований ВСУ в Курской области",
            RUS_MOD,
            "RUS",
            "RUS",
            "admission",
        ),
    ],
)
def test_actors_and_stance(
    ex: Extractor, text: str, source: Source, perpetrator: str, claimant: str | None, stance: str
) -> None:
    claim = one(ex, text, source)
    assert (claim.perpetrator, claim.claimant, claim.stance) == (perpetrator, claimant, stance)


def test_an_agreement_not_to_strike_is_no_denial() -> None:
    from ceasewatch.extract import _lexicon

    assert _lexicon.DENIAL.search("Сторони домовилися не завдавати ударів по енергетиці") is None
    assert _lexicon.DENIAL.search("ЗСУ не завдавали ударів по підстанції") is not None
    assert _lexicon.DENIAL.search("ЗСУ не завдавав ударів") is not None


# -- negatives --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Россия продлевает энергетический мораторий и призывает Киев соблюдать договоренности.",
        "Путин провел совещание о прекращении взаимных ударов по энергосистемам России и Украины.",
        "Зеленський заявив, що Україна готова до припинення ударів по енергетиці.",
        "The Kremlin said the moratorium on strikes against energy infrastructure has expired.",
        "Ukraine and Russia agreed to halt attacks on energy facilities for 30 days, the White House said.",
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 48 украинских беспилотных "
        "летательных аппаратов: 21 – над территорией Брянской области, 11 – над Крымом.",
        "Протягом ночі сили ППО збили 95 ударних БпЛА типу Shahed над Сумською та Харківською областями.",
        "Air defence shot down 40 drones over Kursk region overnight.",
        "Подразделения группировки войск «Север» нанесли поражение формированиям ВСУ в районе населенного пункта "
        "Юнаковка Сумской области.",
        "Если киевский режим атакует энергообъекты в Курской области, Россия ответит.",
        "На Черноморском флоте прошло учение по отражению атак безэкипажных катеров на нефтебазу в Крыму.",
        "Ukraine will strike refineries in Russia if the attacks continue, an official said.",
        "",
    ],
)
def test_no_claim(ex: Extractor, text: str) -> None:
    assert run(ex, text or " ", NEWS if detect_language(text) == "en" else RUS_MOD) == []


def test_a_tally_with_a_hit_target_is_a_claim(ex: Extractor) -> None:
    text = "Все БпЛА были сбиты средствами ПВО, обломками повреждена подстанция в Белгородской области."
    assert one(ex, text).target.category == "energy.electricity.substation"


# -- evidence ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "**🗓 Главное за день**  ▫️ В ночь на 19 марта ВСУ атаковали [подстанцию](https://t.me/x/1) в Курской "
            "области. ▫️ Министр провел совещание.",
            "В ночь на 19 марта ВСУ атаковали [подстанцию](https://t.me/x/1) в Курской области",
        ),
        (
            "ВСУ атаковали подстанцию на Брянщине, линию электропередачи в Курской области.",
            "ВСУ атаковали подстанцию на Брянщине",
        ),
        (
            "Overnight, Russian drones hit a substation in Kharkiv. Power was restored by noon.",
            "Overnight, Russian drones hit a substation in Kharkiv",
        ),
    ],
)
def test_evidence_is_the_substring(ex: Extractor, text: str, evidence: str) -> None:
    claims = run(ex, text, NEWS if detect_language(text) == "en" else RUS_MOD)
    assert claims
    first = claims[0]
    assert first.evidence is not None
    assert text[first.evidence.start : first.evidence.end] == evidence


def test_confidence_is_higher_with_a_time_said(ex: Extractor) -> None:
    # the learned model (src/ceasewatch/extract/_confidence.py): a time said in the text raises it, the 7-day
    # default does not; the figures follow the fitted coefficients, only the order is pinned
    dated = one(ex, "19 марта ВСУ атаковали подстанцию в Курской области")
    undated = one(ex, "ВСУ атаковали подстанцию в Курской области")
    assert (dated.time.precision, undated.time.precision) != ("week", "week") and undated.time.precision == "week"
    assert 0 < undated.confidence < dated.confidence < 1


def test_ids_and_report_id(ex: Extractor) -> None:
    claims = run(ex, "ВСУ атаковали подстанцию на Брянщине, нефтебазу в Крыму.")
    assert [c.id for c in claims] == ["r1/x1", "r1/x2"]
    assert {c.report_id for c in claims} == {"r1"}


def test_many_is_one_by_one(ex: Extractor) -> None:
    reports = [
        report("ВСУ атаковали подстанцию на Брянщине, нефтебазу в Крыму."),
        report("Russian drones hit a substation in Kharkiv", NEWS),
        report("Ein Umspannwerk wurde getroffen"),
    ]
    many = list(extract_many(reports, extractor=ex))
    single = [c for r in reports for c in extract(r, extractor=ex)]
    assert many == single and len(many) == 3
    assert [r.language for r in extract_results(reports, extractor=ex)] == ["ru", "en", "other"]


@pytest.mark.parametrize("military", [False, True])
def test_two_processes_give_the_claims_of_one_in_the_same_scope(military: bool) -> None:
    reports = [
        report("ВСУ атаковали подстанцию на Брянщине, нефтебазу в Крыму."),
        report("Уражено нафтобазу та військовий аеродром у Брянській області", UKR_GS),
        report("Russian drones hit a substation in Kharkiv", NEWS),
    ]
    one = list(extract_many(reports, military=military))
    two = list(extract_many(reports, workers=2, military=military))
    assert one == two
    assert any(c.target.category == "military.airbase" for c in one) is military


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="workers"):
        list(extract_results([], workers=0))


# -- the real geocoder and facility registry ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Extractor:
    pytest.importorskip("ceasewatch.geo.geocode")
    return Extractor()


class TestRealGeocoder:
    def test_sudzha(self, real: Extractor) -> None:
        text = (
            "28 марта около 10.20 киевским режимом нанесен удар с применением реактивных снарядов РСЗО «HIMARS» "
            "по газоизмерительной станции «Суджа», в результате которого произошло существенное повреждение."
        )
        claim = one(real, text, published=datetime(2025, 3, 28, 8, 40, tzinfo=UTC))
        assert (claim.target.category, claim.target.facility_id) == ("energy.gas.metering_station", "cw:sudzha-gms")
        assert claim.place.precision == "facility" and claim.place.radius_km <= 5
        assert (claim.act, claim.weapon, claim.perpetrator, claim.stance) == (
            "strike.artillery",
            "himars",
            "UKR",
            "accusation",
        )

    def test_oblasts(self, real: Extractor) -> None:
        text = "В ночь на 19 марта ВСУ атаковали объекты энергетики на Брянщине, в Курской области и в Крыму."
        claims = run(real, text)
        assert [c.place.admin1 for c in claims] == ["Bryansk Oblast", "Kursk Oblast", "Crimea"]
        assert all(c.place.has_point for c in claims)

    def test_ukrainian_city(self, real: Extractor) -> None:
        claim = one(real, "Вночі ворог атакував дронами підстанцію у Сумах", UKR_GS)
        assert claim.place.name == "Sumy" and claim.place.country == "UKR"


# -- rules added for the informal register, bulletins, summaries and attributions -------------------------------------


def test_channel_slang_is_an_attack(ex: Extractor) -> None:
    claim = one(ex, "Вночі у Брянську бавовна на нафтобазі, дрони знову долетіли", UKR_GS)
    assert (claim.target.category, claim.perpetrator) == ("energy.oil.storage", "UKR")


def test_drone_crew_destroying_a_vehicle_at_a_place_is_a_military_claim(ex: Extractor) -> None:
    text = "Расчет FPV-дрона группировки войск «Центр» уничтожил пикап ВСУ в Курской области."
    claim = one(ex, text)
    assert (claim.target.category, claim.perpetrator, claim.claimant, claim.stance) == (
        "military.unit",
        "RUS",
        "RUS",
        "admission",
    )


def test_front_line_summary_still_gives_nothing(ex: Extractor) -> None:
    text = "Подразделения группировки войск «Юг» улучшили положение по переднему краю и нанесли поражение живой силе."
    assert run(ex, text) == []


def test_rf_after_a_region_is_a_place_not_an_actor(ex: Extractor) -> None:
    claim = one(ex, "У Курській області рф уражено нафтобазу", UKR_GS)
    assert (claim.perpetrator, claim.stance) == ("UKR", "admission")


def test_summary_with_no_place_is_one_claim_for_the_country(ex: Extractor) -> None:
    text = "За минувшие сутки киевский режим совершил три атаки на объекты российской энергетики."
    claim = one(ex, text)
    assert (claim.target.category, claim.place.precision, claim.place.country, claim.stance) == (
        "energy",
        "country",
        "RUS",
        "accusation",
    )


def test_lead_sentence_gives_way_to_the_places_named_after_it(ex: Extractor) -> None:
    text = "ВСУ продолжили удары по энергетической инфраструктуре России. ▫️ В Курской области атакована подстанция."
    claim = one(ex, text)
    assert (claim.place.name, claim.target.category) == ("Kursk Oblast", "energy.electricity.substation")


def test_several_targets_of_one_kind_at_one_place_take_the_common_category(ex: Extractor) -> None:
    claim = one(ex, "ВС РФ нанесли удар по аэродрому и складу боеприпасов в Харькове")
    assert claim.target.category == "military"


def test_plant_making_explosives_is_defence_industry(ex: Extractor) -> None:
    claim = one(ex, "Дрони атакували завод у Брянську, який виробляє вибухівку", UKR_GS)
    assert claim.target.category == "military.industry"


def test_casualties_in_a_city_are_a_strike_on_civilians(ex: Extractor) -> None:
    claim = one(ex, "В Одесі троє загиблих після російської ракетної атаки", UKR_GS)
    assert (claim.target.category, claim.perpetrator, claim.place.name) == ("civilian", "RUS", "Odesa")


def test_no_attack_said_without_attacks(ex: Extractor) -> None:
    assert run(ex, "Навіть без наших атак на Брянщині горить нафтобаза", UKR_GS) == []


CHANNEL = Source(name="a channel", affiliation="party_aligned_media", party="UKR")


def test_aligned_media_relaying_the_other_side_has_that_claimant(ex: Extractor) -> None:
    claim = one(ex, "Українські дрони атакували підстанцію в Курській області, — міноборони рф.", CHANNEL)
    assert (claim.claimant, claim.stance) == ("RUS", "accusation")


def test_aligned_media_relaying_independent_media_has_no_claimant(ex: Extractor) -> None:
    claim = one(ex, "Дрони атакували нафтобазу на Брянщині, — ASTRA.", CHANNEL)
    assert (claim.claimant, claim.stance) == (None, "observation")


def test_news_quoting_a_governor_has_the_claimant_of_the_place(ex: Extractor) -> None:
    claim = one(ex, "Russian drones hit a substation in Kharkiv, the mayor said.", NEWS)
    assert (claim.claimant, claim.stance) == ("UKR", "accusation")


def test_a_later_sentence_takes_the_only_place_of_the_report(ex: Extractor) -> None:
    claims = run(ex, "Ночная атака на Сумы. Российский дрон повредил жилой дом.", UKR_GS)
    assert [(c.place.name, c.target.category) for c in claims] == [("Sumy", "civilian.residential")]


def test_settlement_is_not_read_as_an_oblast() -> None:
    oblast = FakeCandidate("Ivanovo Oblast", 57.0, 41.5, 150, "Ivanovo Oblast", "RUS", 0.8, "admin1")
    ex = Extractor(geocoder=lambda text, **_: [oblast], use_default=False)
    claims = run(ex, "В селе Ивановка уничтожен склад боеприпасов ВСУ")
    assert all(c.place.name != "Ivanovo Oblast" for c in claims)


def test_name_outside_the_region_the_text_gives_falls_back_to_the_region() -> None:
    far = FakeCandidate("Gai", 51.5, 58.4, 10, "Orenburg Oblast", "RUS", 0.7, "settlement")
    krai = FakeCandidate("Krasnodar Krai", 45.0, 39.0, 224, "Krasnodar Krai", "RUS", 0.99, "admin1")

    def geocode(text: str, *, context: str | None = None, limit: int = 5) -> list[FakeCandidate]:
        return [krai] if "кра" in text.lower() else [far]

    ex = Extractor(geocoder=geocode, use_default=False)
    claim = one(ex, "ВСУ атаковали компрессорную станцию в населенном пункте Гайево (Краснодарский край)")
    assert claim.place.admin1 == "Krasnodar Krai"


# -- the dev-gold review, second round: bare names, directions, countries, mixed weapons, occupied land, patients ------


def test_bare_city_name_is_a_place_when_nothing_else_is_named(ex: Extractor) -> None:
    claim = one(ex, "Вночі ворог знову атакував дронами житлові будинки рідної Полтави.", CHANNEL)
    assert claim.place.name == "Poltava"


def test_bare_name_needs_the_geocoder_to_read_the_word_itself(ex: Extractor) -> None:
    # the fake geocoder reads "Гвардійські" as "Bigvard": another initial, so a fuzzy neighbour, not a place
    claims = run(ex, "Вночі ворог атакував дронами склад, де стояли Гвардійські машини.", CHANNEL)
    assert all(c.place.name != "Bigvard" for c in claims)


def test_bare_name_gives_way_to_a_named_place(ex: Extractor) -> None:
    claim = one(ex, "Ворог атакував дронами підстанцію Полтави у Брянській області.", CHANNEL)
    assert claim.place.name == "Bryansk Oblast"


def test_front_direction_is_a_place(ex: Extractor) -> None:
    claim = one(ex, "На Купянском направлении расчет FPV-дрона уничтожил бронемашину ВСУ.")
    assert claim.place.name == "Kupiansk"
    assert (claim.perpetrator, claim.stance) == ("RUS", "admission")


def test_country_in_the_actors_own_name_is_not_the_country_hit(ex: Extractor) -> None:
    claim = one(
        ex,
        "Вооруженными Силами Российской Федерации нанесены удары высокоточным оружием и ударными беспилотниками, "
        "в результате которых поражены инфраструктура военных аэродромов и склады боеприпасов.",
    )
    assert claim.place.precision == "country"
    assert claim.place.country == "UKR"


def test_several_kinds_of_weapon_make_a_plain_strike(ex: Extractor) -> None:
    claim = one(
        ex,
        "Авиацией, ударными беспилотниками, ракетными войсками и артиллерией ВС РФ нанесено поражение "
        "складам боеприпасов в Харьковской области.",
    )
    assert claim.act == "strike"


def test_a_weapon_that_is_the_target_is_not_the_weapon(ex: Extractor) -> None:
    claim = one(ex, "В Харьковской области расчет беспилотника уничтожил гаубицу ВСУ.")
    assert claim.act == "strike.drone"


def test_strike_in_occupied_land_is_by_the_side_that_lost_it(ex: Extractor) -> None:
    claim = one(ex, "Масована дронова атака по військових цілях у Криму, який тимчасово окупований.", CHANNEL)
    assert claim.target.category == "military"
    assert (claim.perpetrator, claim.stance) == ("UKR", "admission")


def test_side_named_after_the_target_and_its_name_is_the_one_hit(ex: Extractor) -> None:
    text = "В Харьковской области выявили самоходную установку «Гвоздика» ВСУ, её уничтожил расчет FPV-дрона."
    claim = one(ex, text)
    assert (claim.perpetrator, claim.stance) == ("RUS", "admission")


def test_only_place_of_the_report_also_serves_a_sentence_before_it(ex: Extractor) -> None:
    text = "Удар дроном по РЛС зс рф. Подія трапилась у квітні у Курській області."
    claim = one(ex, text, CHANNEL)
    assert claim.place.name == "Kursk Oblast"
    assert claim.perpetrator == "UKR"


def test_only_place_is_not_taken_by_a_sentence_about_the_other_country(ex: Extractor) -> None:
    text = (
        "ВС РФ нанесли удар ракетой по пункту управления в Харьковской области. "
        "Киевский режим совершил атаку на объекты российской энергетической инфраструктуры."
    )
    claims = run(ex, text)
    energy = [c for c in claims if c.target.category.startswith("energy")]
    assert len(energy) == 1 and energy[0].place.country == "RUS" and energy[0].place.precision == "country"


# -- weapons named elsewhere in the report, weapons inside the target's phrase, settlements before their region ------


def test_act_from_the_one_weapon_named_elsewhere_in_the_report(ex: Extractor) -> None:
    text = "Ударні дрони ЗСУ знову працювали вночі. У Курській області уражено нафтобазу."
    claim = one(ex, text, UKR_GS)
    assert claim.act == "strike.drone"
    assert claim.weapon == "drone"


def test_no_act_from_elsewhere_when_the_report_names_weapons_of_several_acts(ex: Extractor) -> None:
    text = "Ударні дрони та крилаті ракети летіли всю ніч. У Курській області уражено нафтобазу."
    assert one(ex, text, UKR_GS).act == "strike"


def test_scouting_drone_and_weapons_inside_the_target_phrase_do_not_strike(ex: Extractor) -> None:
    claim = one(
        ex,
        "ЗСУ уразили склад ракет до комплексів С-300/С-400 у Курській області. Вогонь коригував розвідувальний БПЛА.",
        UKR_GS,
    )
    assert claim.target.category == "military.depot"
    assert claim.act == "strike"
    tank = one(ex, "В Курской области уничтожен танк ВСУ дроном")
    assert tank.act == "strike.drone"


def test_loitering_munition_is_a_drone_and_ammunition_is_not_a_weapon(ex: Extractor) -> None:
    assert one(ex, "В Курской области склад боеприпасов ВСУ поражен барражирующим боеприпасом").act == "strike.drone"
    assert one(ex, "Уражено склад боєприпасів у Брянській області", UKR_GS).act == "strike"


def test_blown_up_is_sabotage() -> None:
    claim = one(
        Extractor(geocoder=fake_geocode, use_default=False),
        "Russia said Ukrainian troops blew up a substation in Kursk region",
        NEWS,
    )
    assert claim.act == "sabotage"


_SETTLEMENTS: dict[str, FakeCandidate] = {
    "чапаєвськ": FakeCandidate("Chapayevsk", 52.97, 49.72, 6, "Samara Oblast", "RUS", 0.9, "settlement"),
    "самарськ": FakeCandidate("Samara Oblast", 53.3, 50.5, 188, "Samara Oblast", "RUS", 0.99, "admin1"),
    "судж": FakeCandidate("Sudzha", 51.19, 35.27, 5, "Kursk Oblast", "RUS", 0.9, "settlement"),
    "шуя": FakeCandidate("Shuya", 56.85, 41.39, 8, "Ivanovo Oblast", "RUS", 0.9, "settlement"),
    # a geocoder that reads the oblast's adjective as a village of another region
    "іванівськ": FakeCandidate("Ivanovskaya", 45.28, 38.46, 5, "Krasnodar Krai", "RUS", 0.8, "settlement"),
}


def settlement_geocode(text: str, *, context: str | None = None, limit: int = 5) -> list[FakeCandidate]:
    words = text.lower().split()
    for stem, candidate in _SETTLEMENTS.items():
        if words and words[0].startswith(stem):
            return [candidate]
    return fake_geocode(text, context=context, limit=limit)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Дрони атакували в російському Чапаєвську, Самарська область, хімічний завод", "Chapayevsk"),
        ("Була нанесена серія ударів по заводу (Чапаєвськ, Самарська область)", "Chapayevsk"),
        ("ВСУ нанесли удар по подстанции в Судже Курской области", "Sudzha"),
        ("БПЛА атакували в/ч у н.п. Шуя, Івановська область", "Shuya"),
    ],
)
def test_a_settlement_before_its_region_is_the_place(text: str, name: str) -> None:
    settled = Extractor(geocoder=settlement_geocode, use_default=False, military=True)
    assert one(settled, text, UKR_GS).place.name == name


def test_a_name_called_an_oblast_is_not_a_village() -> None:
    settled = Extractor(geocoder=settlement_geocode, use_default=False)
    claim = one(settled, "Уражено нафтобазу в Івановській області", UKR_GS)
    assert claim.place.name != "Ivanovskaya"
    assert claim.place.precision == "admin1"


# -- defence plants, residential quarters, who struck when no side is named -----------------------------------------


def test_a_plant_of_the_defence_industry_is_military_industry(ex: Extractor) -> None:
    text = "ВС РФ нанесли удар по предприятию оборонно-промышленного комплекса в Харьковской области"
    assert one(ex, text).target.category == "military.industry"
    text = "Поражены предприятие ракетно-космической промышленности и военный аэродром в Харьковской области"
    assert one(ex, text).target.category == "military"  # a defence plant and an airfield: both military


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Russian missile hit a residential neighbourhood of Kharkiv on Monday", NEWS),
        ("Ворог вдарив КАБами по мирному кварталу в Одесі", CHANNEL),
    ],
)
def test_a_residential_quarter_is_residential(ex: Extractor, text: str, source: Source) -> None:
    assert one(ex, text, source).target.category == "civilian.residential"


def test_a_hit_on_the_other_sides_forces_is_by_the_side_that_reports_it(ex: Extractor) -> None:
    claim = one(ex, "Вночі уражено позиції ЗРК у Криму, є вторинна детонація.", CHANNEL)
    assert (claim.perpetrator, claim.stance) == ("UKR", "admission")
    claim = one(ex, "В Харьковской области уничтожена гаубица барражирующим боеприпасом.")
    assert (claim.perpetrator, claim.stance) == ("RUS", "admission")


@pytest.mark.parametrize(
    "text",
    [
        "Україна відповіла дроновою атакою по нафтобазі",
        "Ми вже вдруге уразили цей НПЗ",
        "Схоже наші знову долетіли: горить нафтобаза",
        "Уражено НПЗ, бавовна до ранку",
    ],
)
def test_informal_ukrainian_admissions(ex: Extractor, text: str) -> None:
    claim = one(ex, text, CHANNEL)
    assert (claim.perpetrator, claim.stance) == ("UKR", "admission")


# -- English attribution: each sentence its speaker, denials and counter-accusations ----------------------------------


def test_each_sentence_is_the_claim_of_its_speaker_and_a_denial_answers_the_claim_before_it(ex: Extractor) -> None:
    text = (
        "Moscow said on Monday that Ukrainian saboteurs had blown up a substation in Kursk region. "
        "Kyiv's General Staff, Ukraine said, called the report baseless and said Russian forces shelled it themselves."
    )
    claims = run(ex, text, NEWS)
    assert [(c.perpetrator, c.claimant, c.stance) for c in claims] == [
        ("UKR", "RUS", "accusation"),
        ("UKR", "UKR", "denial"),
        ("RUS", "UKR", "accusation"),
    ]
    assert all(c.target.category == "energy.electricity.substation" for c in claims)
    assert claims[2].act == "strike.artillery"


def test_a_charge_and_its_denial_in_one_sentence_are_one_claim_per_voice(ex: Extractor) -> None:
    text = (
        "Russia's Defence Ministry said Ukrainian drones hit a substation in Kursk region, "
        'a charge Ukraine\'s military called "fake".'
    )
    claims = run(ex, text, NEWS)
    assert [(c.perpetrator, c.claimant, c.stance) for c in claims] == [
        ("UKR", "RUS", "accusation"),
        ("UKR", "UKR", "denial"),
    ]
    assert all(c.target.category == "energy.electricity.substation" for c in claims)
    assert text[claims[1].evidence.start : claims[1].evidence.end].startswith("a charge")


@pytest.mark.parametrize(
    ("text", "sides", "denial"),
    [
        (
            "Минобороны России заявило, что ВСУ атаковали подстанцию в Курской области, что Генштаб ВСУ назвал фейком.",
            ("UKR", "RUS", "UKR"),
            "что Генштаб ВСУ назвал фейком",
        ),
        (
            "Міноборони рф заявило, що ЗСУ атакували підстанцію в Курській області, що Генштаб ЗСУ назвав фейком.",
            ("UKR", "RUS", "UKR"),
            "що Генштаб ЗСУ назвав фейком",
        ),
        (
            "Ukraine's General Staff said Russian drones hit a substation in Kharkiv, which Russia denied.",
            ("RUS", "UKR", "RUS"),
            "which Russia denied",
        ),
    ],
)
def test_the_clause_that_denies_a_charge_is_the_one_right_before_the_denial_word(
    ex: Extractor, text: str, sides: tuple[str, str, str], denial: str
) -> None:
    perpetrator, accuser, denier = sides
    claims = run(ex, text, NEWS)
    assert [(c.perpetrator, c.claimant, c.stance) for c in claims] == [
        (perpetrator, accuser, "accusation"),
        (perpetrator, denier, "denial"),
    ]
    assert text[claims[1].evidence.start : claims[1].evidence.end] == denial


def test_a_denial_of_the_reports_answers_the_charge_beside_its_own_words(ex: Extractor) -> None:
    text = (
        "Russia's Defence Ministry said Ukrainian drones hit a substation in Kursk region. "
        "Ukraine's military called the reports fake and said its forces were striking only military targets."
    )
    claims = run(ex, text, NEWS)
    assert [(c.target.category, c.claimant, c.stance) for c in claims] == [
        ("energy.electricity.substation", "RUS", "accusation"),
        ("energy.electricity.substation", "UKR", "denial"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no denial in the clause after the charge
        "Russia's Defence Ministry said Ukrainian drones hit a substation in Kursk region, which was later repaired.",
        # a clause whose speaker is not the side charged
        "Russia's Defence Ministry said Ukrainian drones hit a substation in Kursk region, a charge TASS called proven "
        "and not fake.",
    ],
)
def test_a_clause_after_a_charge_that_denies_nothing_of_it_leaves_one_claim(ex: Extractor, text: str) -> None:
    assert [c.claimant for c in run(ex, text, NEWS)] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Russia's defence ministry said Ukrainian drones hit a substation in Kursk region. Ukraine's General Staff "
            "said Russian drones struck a school in Kharkiv, and called the Russian claims fake.",
            ("civilian.education", "RUS", "UKR"),
        ),
        (
            "Russia's defence ministry said Ukrainian drones hit a substation in Kursk region. Ukraine's General Staff "
            "said Russian drones struck a school in Kharkiv; it dismissed the Russian reports as fake.",
            ("civilian.education", "RUS", "UKR"),
        ),
        (
            "Russia's defence ministry said Ukrainian drones hit a substation in Kursk region. Ukraine's General Staff "
            "said the claims were fake and that Russian drones struck a school in Kharkiv overnight.",
            ("civilian.education", "RUS", "UKR"),
        ),
        (
            "Ukraine's General Staff said Russian drones hit a substation in Kharkiv. Russia's defence ministry denied "
            "the reports and said Ukrainian drones struck a hospital in Belgorod.",
            ("civilian.medical", "UKR", "RUS"),
        ),
        (
            "Міноборони рф заявило, що ЗСУ атакували нафтобазу в Курській області. Генштаб ЗСУ назвав ці звинувачення "
            "фейком і повідомив, що росіяни обстріляли школу в Харкові.",
            ("civilian.education", "RUS", "UKR"),
        ),
    ],
)
def test_a_denial_of_the_charge_keeps_the_deniers_charge_against_the_other_side(
    ex: Extractor, text: str, kept: tuple[str, str, str]
) -> None:
    # (review 32 H1: only the denier's denials of the charged side's act give way to the charge's denial)
    claims = run(ex, text, NEWS)
    category, perpetrator, claimant = kept
    assert (category, perpetrator) in [(c.target.category, c.perpetrator) for c in claims]
    assert [c.claimant for c in claims if c.target.category == category] == [claimant]


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб ВСУ сообщил, что российские дроны атаковали подстанцию в Харькове, что опровергает заявления "
        "Минобороны РФ.",
        "Генштаб ЗСУ повідомив, що російські дрони атакували підстанцію в Харкові, що спростовує заяви Міноборони рф.",
        "Зеленський заявив, що російські дрони атакували підстанцію в Харкові, що остаточно спростовує брехню Кремля.",
        "Зеленский заявил, что российские дроны атаковали подстанцию в Харькове, и добавил, что заявления Кремля — "
        "фейк.",
    ],
)
def test_a_clause_that_refutes_the_other_sides_words_is_no_denial_by_that_side(ex: Extractor, text: str) -> None:
    # (review 32 H2: the side named after the denial word, or after "заявления", is what is refuted, not who denies)
    claims = run(ex, text, NEWS)
    assert claims
    assert all(c.claimant != "RUS" and c.perpetrator == "RUS" for c in claims)


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        (
            "Ukraine's General Staff said Russian drones hit a substation in Kharkiv, which Russia's defence ministry "
            "said was a fake report.",
            "which Russia's defence ministry said was a fake report",
        ),
        (
            "Генштаб ВСУ сообщил, что российские дроны атаковали подстанцию в Харькове, что Минобороны РФ назвало "
            "заявлениями Киева и фейком.",
            "что Минобороны РФ назвало заявлениями Киева и фейком",
        ),
    ],
)
def test_a_side_named_before_the_denial_word_still_denies_the_charge(ex: Extractor, text: str, denial: str) -> None:
    claims = run(ex, text, NEWS)
    assert [(c.perpetrator, c.claimant, c.stance) for c in claims] == [
        ("RUS", "UKR", "accusation"),
        ("RUS", "RUS", "denial"),
    ]
    assert text[claims[1].evidence.start : claims[1].evidence.end] == denial


def test_first_person_denial_in_a_channel_post(ex: Extractor) -> None:
    text = "ЗСУ атакували нафтобазу в Курській області дроном, — мо рф. Це не ми."
    claims = run(ex, text, CHANNEL)
    assert [(c.claimant, c.stance) for c in claims][-1] == ("UKR", "denial")


def test_an_unnamed_ministry_speaks_of_the_other_sides_attack(ex: Extractor) -> None:
    claim = one(ex, "The ministry said Russian drones hit a substation in Kharkiv overnight.", NEWS)
    assert (claim.perpetrator, claim.claimant, claim.stance) == ("RUS", "UKR", "accusation")
    rus = one(ex, "TASS said Ukrainian drones struck an oil depot in Kursk region overnight.", NEWS)
    assert (rus.perpetrator, rus.claimant, rus.stance) == ("UKR", "RUS", "accusation")


def test_targets_of_two_kinds_in_one_clause_are_two_claims(ex: Extractor) -> None:
    text = "In Kursk region a drone attack set the airfield on fire and damaged several houses."
    assert sorted(c.target.category for c in run(ex, text, NEWS)) == ["civilian.residential", "military.airbase"]


def test_casualties_make_a_strike_in_an_interception_tally(ex: Extractor) -> None:
    text = "Russia launched 90 drones overnight, 60 of which were intercepted; a strike on Kharkiv injured civilians."
    assert one(ex, text, NEWS).target.category == "civilian"


def test_an_attempt_on_a_named_site_is_an_attack(ex: Extractor) -> None:
    text = "Moscow said a Ukrainian drone went for the oil pumping station in Krasnodar region and was shot down."
    claim = one(ex, text, NEWS)
    assert claim.target.category == "energy.oil.pumping_station"
    assert (claim.perpetrator, claim.claimant) == ("UKR", "RUS")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Дрони атакували об'єкти видобутку газу на Полтавщині.", "видобутку газу"),
        ("Беспилотники атаковали объекты добычи газа в Харьковской области.", "добычи газа"),
        ("ВСУ ударили по объектам добычи природного газа.", "добычи природного газа"),
    ],
)
def test_gas_production_covers_the_phrase(text: str, phrase: str) -> None:
    from ceasewatch.extract import _lexicon

    found = [(text[s:e], x.value) for s, e, x in _lexicon.find_targets(text, 0, len(text))]
    assert (phrase, "energy.gas.production") in found


class TestLexiconPrefilter:
    """The pre-filter of the lexicon (the beginnings of the words an entry can match) never hides a match."""

    TEXTS = (
        "Уражено Саратовський НПЗ, нафтобазу «Ока-центр» та підстанцію 330 кВ; ЛЕП пошкоджено.",
        "ВСУ атаковали нефтеперекачивающую станцию и ГРС «Валуйки» ударными БПЛА, а также «Хаймарс».",
        "Russian Shahed drones and a Kh-101 missile struck a thermal power plant and an oil depot in Odesa.",
        "Обленерго: знеструмлено 20 тис. абонентів; Белгородэнерго, Rostovenergo, Россети.",
    )

    def test_starts_are_read_for_almost_every_entry(self) -> None:
        from ceasewatch.extract import _lexicon

        entries = _lexicon.TARGETS + _lexicon.WEAPONS
        assert sum(e.starts is None for e in entries) <= 3
        assert {"нпз", "неф", "наф", "ref"} <= set(_lexicon.TARGETS[0].starts or ())

    def test_the_hydro_entry_keeps_its_beginnings(self) -> None:
        from ceasewatch.extract import _lexicon

        hydro = [e for e in _lexicon.TARGETS if e.pattern.search("гідроелектростанція")]
        assert [e.value for e in hydro] == ["energy.electricity.generation.hydro"]
        assert {"гід", "гид", "hyd", "гэс", "гес"} <= set(hydro[0].starts or ())

    def test_filtered_matches_are_the_unfiltered_ones(self) -> None:
        from dataclasses import replace

        from ceasewatch.extract import _lexicon

        for entries in (_lexicon.TARGETS, _lexicon.WEAPONS):
            unfiltered = tuple(replace(e, starts=None) for e in entries)
            for text in self.TEXTS:
                got = [(s, e, x.value) for s, e, x in _lexicon.find_all(entries, text, 0, len(text))]
                want = [(s, e, x.value) for s, e, x in _lexicon.find_all(unfiltered, text, 0, len(text))]
                assert got == want
                assert got or entries is _lexicon.WEAPONS


def test_strikes_on_military_targets_are_left_out_unless_asked_for() -> None:
    """Issue 5 counts a report of a strike on a military target as no claim; a full ceasefire needs them all."""
    text = "Уражено нафтобазу та військовий аеродром у Брянській області"
    default = Extractor(geocoder=fake_geocode, use_default=False)
    result = default.extract(report(text, UKR_GS))
    assert [c.target.category for c in result.claims] == ["energy.oil.storage"]
    every = Extractor(geocoder=fake_geocode, use_default=False, military=True)
    assert sorted(c.target.category for c in run(every, text, UKR_GS)) == ["energy.oil.storage", "military.airbase"]
    only_military = default.extract(report("Уражено військовий аеродром у Брянській області", UKR_GS))
    assert only_military.claims == () and only_military.reason is not None and "military" in only_military.reason


def test_a_side_that_only_denies_is_not_the_speaker_of_the_attack_told_before(ex: Extractor) -> None:
    """Its denial is its own claim; the strike the report tells first is nobody's admission."""
    text = "Russian drones struck a substation in Kharkiv, officials said. Russia denied striking any energy facility."
    told, denied = run(ex, text, NEWS)
    assert (told.perpetrator, told.claimant, told.stance) == ("RUS", None, "observation")
    assert (denied.perpetrator, denied.claimant, denied.stance) == ("RUS", "RUS", "denial")
    # a side that also speaks to accuse is still the report's speaker
    text = "Russian drones struck a substation in Kharkiv. Ukraine's General Staff said Russia struck it at night."
    assert {(c.claimant, c.stance) for c in run(ex, text, NEWS)} == {("UKR", "accusation")}


def _assert_cut_into(text: str, pieces: list[str]) -> None:
    """The segmenter cuts ``text`` into as many sentences as ``pieces``, each holding its piece in order."""
    found = [text[a:b] for a, b in sentences(text)]
    assert len(found) == len(pieces)
    assert all(piece in sentence for piece, sentence in zip(pieces, found, strict=True))


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # an English month cut short before its day ends no sentence
        (
            "Drones struck the refinery overnight on Sept. 16. Officials said.",
            ["overnight on Sept. 16", "Officials said"],
        ),
        ("It was hit on Aug. 21, 2025, and again on Dec. 3.", ["It was hit on Aug. 21, 2025, and again on Dec. 3"]),
        # (not one before a capital, nor a word ending in a month's letters: "in Dec. The", "Ukraine hit Krasnodar. 5")
        ("They struck in Dec. The plant burned.", ["They struck in Dec", "The plant burned"]),
        ("Ukraine hit Tuapse. 5 people were hurt.", ["Ukraine hit Tuapse", "5 people were hurt"]),
        # nor one before a number that opens the next sentence: a lower-case word after it, or a year
        ("The attack came in Mar. 5 drones were downed.", ["The attack came in Mar", "5 drones were downed"]),
        ("Strikes continued through Dec. 2024 was the worst year.", ["Strikes continued through Dec", "2024 was"]),
        ("Kyiv was hit on Oct. 3rd. Officials said.", ["Kyiv was hit on Oct. 3rd", "Officials said"]),
        # (but a word that goes on after a date keeps it: "Jan. 5 and again", "the Aug. 21 attack")
        ("The refinery was hit on Jan. 5 and again on Feb. 7.", ["The refinery was hit on Jan. 5 and again on Feb. 7"]),
        ("After the Aug. 21 attack on Kyiv, repairs began.", ["After the Aug. 21 attack on Kyiv, repairs began"]),
        (
            "A fire broke out at the refinery on Feb. 28 following a drone attack, the headquarters said.",
            ["A fire broke out at the refinery on Feb. 28 following a drone attack, the headquarters said"],
        ),
    ],
)
def test_a_month_cut_short_before_its_day_ends_no_sentence(text: str, pieces: list[str]) -> None:
    _assert_cut_into(text, pieces)


def test_an_earlier_strike_dated_by_a_month_cut_short_keeps_its_day_and_no_weapon(ex: Extractor) -> None:
    # "overnight on Sept. 16": the day is the sentence's, so the drones of the attack told before are not its means
    text = (
        "Russian drones hit a power substation in Odesa overnight. Days before, a Russian strike hit a power "
        "substation in Kharkiv on Sept. 16."
    )
    claims = run(ex, text, NEWS, datetime(2025, 9, 21, 8, 0, tzinfo=UTC))
    kharkiv = next(c for c in claims if c.place.name == "Kharkiv")
    odesa = next(c for c in claims if c.place.name == "Odesa")
    assert (kharkiv.act, kharkiv.time.earliest.day) == ("strike", 15)  # 16 September, Kyiv time
    assert odesa.act == "strike.drone"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a sentence end glued to the next sentence by a scraped page is an end all the same
        (
            "the ministry said in a statement.Russia's Battlegroup Tsentr has eliminated 450 troops",
            ["the ministry said in a statement", "Russia's Battlegroup Tsentr"],
        ),
        ('two field artillery guns, the ministry said."Enemy losses included', ["the ministry said", '"Enemy losses']),
        # (a closing quote between the end and the next sentence)
        ("the ministry said.”Russian forces hit a port", ["the ministry said", "Russian forces hit a port"]),
        ("у Київській областях.Про це повідомив міністр", ["у Київській областях", "Про це повідомив міністр"]),
        # a capitalised word, a place's name most often, before a glued end ends its sentence too
        (
            "Drones struck a substation in Kupiansk.Russian forces also hit a port in Izmail.",
            ["Drones struck a substation in Kupiansk", "Russian forces also hit a port in Izmail"],
        ),
        ("Удар по подстанции в Харькове.Ранее ВСУ атаковали НПЗ", ["в Харькове", "Ранее ВСУ атаковали НПЗ"]),
        ("по с-щу Покотилівка.Пошкоджено підстанцію", ["по с-щу Покотилівка", "Пошкоджено підстанцію"]),
        # (not an outlet's name with a dot, whose first part is a capital word, nor an initial or "U.S.")
        ("сообщает Газеты.Ru сегодня", ["сообщает Газеты.Ru сегодня"]),
        ("пише Донбас.Реалії вранці", ["пише Донбас.Реалії вранці"]),
        # (a word all in capitals after the stop starts no glued break, whatever the name)
        ("пише Новини.LIVE вранці", ["пише Новини.LIVE вранці"]),
        # (audit S19 B 3: a name known by its second part alone)
        ("пише Zaxid.Net вранці", ["пише Zaxid.Net вранці"]),
        ("said Mrs.Smith today", ["said Mrs.Smith today"]),
        # (audit S19 B 2: an English title before a name, glued or spaced)
        *(
            (f"said {title}{gap}Smith today", [f"said {title}{gap}Smith today"])
            for title in ("Prof.", "Sgt.", "Gov.")
            for gap in ("", " ")
        ),
        ("на Вул.Сумська впав дрон", ["на Вул.Сумська впав дрон"]),
        ("як передає проєкт Радіо Свобода Крим.Реалії, російський голова", ["Крим.Реалії, російський голова"]),
        ("передає Depo.Херсон", ["передає Depo.Херсон"]),
        ("reported by News.Az on Monday", ["reported by News.Az on Monday"]),
        ("the U.S.Army said", ["the U.S.Army said"]),
        # (nor a short form of single lower-case letters: two before the dot are needed)
        ("strikes on cities, e.g.Kharkiv and Odesa", ["strikes on cities, e.g.Kharkiv and Odesa"]),
        ("в Харківській обл.Харків атакували", ["в Харківській обл.Харків атакували"]),
        # (nor a street's, a square's, a settlement's or a sum's short form, glued or spaced)
        *(
            (f"атаковал нефтебазу в {short}{gap}Октябрьский ночью", [f"атаковал нефтебазу в {short}{gap}Октябрьский"])
            for short in ("пос.", "мкр.", "мкрн.", "пр.", "пров.", "пл.", "бул.", "бульв.", "пер.", "наб.", "дер.")
            for gap in ("", " ")
        ),
        ("біля оз.Ханське впала ракета", ["біля оз.Ханське впала"]),
        ("на хут. Веселий впала ракета", ["на хут. Веселий впала"]),
        ("понад 20 тис.Українців без світла", ["понад 20 тис.Українців без світла"]),
        # (but a sum in hryvnias ends its sentence: "грн." is the last word of many)
        ("збитки на 20 тис. грн. Після атаки", ["збитки на 20 тис. грн", "Після атаки"]),
    ],
)
def test_a_sentence_end_glued_to_the_next_sentence_ends_it(text: str, pieces: list[str]) -> None:
    _assert_cut_into(text, pieces)


def test_a_front_line_summary_glued_to_a_strike_line_gives_no_claims_at_the_villages(ex: Extractor) -> None:
    # the MoD's captures and loss tallies are no claims; the energy struck "in Ukraine" is no claim at the villages
    text = (
        '"Battlegroup Sever as a result of active actions have taken control of the settlement of Vilcha in the '
        'Kharkov region," the ministry said in a statement.Battlegroup Tsentr has continued eliminating Ukrainian '
        "troops in the settlements of Grishino and Rodinskoye, the ministry said.The Russian armed forces also struck "
        "energy facilities in Ukraine, the ministry added."
    )
    claims = run(ex, text, RUS_MOD)
    assert {(c.target.category, c.place.country, c.place.name) for c in claims} == {("energy", "UKR", None)}


# -- civilian damage listed at a claim's place with no claim of its own --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a list that goes on from the damage told in the sentence before, after the official is named
        "Вночі росіяни атакували Харків, пошкоджено поїзд. Про це повідомив мер. Пошкоджена цивільна інфраструктура. "
        "Зокрема, гуртожиток, гімназія, адмінбудівля.",
        # damage told after the site's sentences, with no place of its own
        "On March 18, Russian forces struck Kharkiv with a guided bomb. The bomb hit a hospital. "
        "The attack damaged nine private homes and two cars, but there was no fire.",
    ],
)
def test_civilian_damage_listed_at_the_place_widens_the_claim_to_civilian(ex: Extractor, text: str) -> None:
    claim = one(ex, text, UKR_GS)
    assert (claim.place.name, claim.target.category) == ("Kharkiv", "civilian")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # another day's damage, told after a reminder
        (
            "Вночі росіяни атакували Харків, пошкоджено поїзд. Про це повідомив мер. Пошкоджена цивільна "
            "інфраструктура. Раніше, 2 березня, у місті пошкоджено гімназію.",
            "civilian.transport",
        ),
        # nothing else damaged
        (
            "On March 18, Russian forces struck Kharkiv with a guided bomb. The bomb hit a hospital. "
            "No other buildings were damaged.",
            "civilian.medical",
        ),
        # people hurt taken to a site: the site is not harmed
        (
            "On March 18, Russian forces struck Kharkiv with a guided bomb. The bomb hit a hospital. "
            "The wounded were taken to a school nearby with shrapnel injuries.",
            "civilian.medical",
        ),
        # a port's berths and stores are its own
        ("Вночі росіяни атакували порт в Одесі. Пошкоджені причали, склади для зберігання зерна.", "civilian.port"),
    ],
)
def test_civilian_damage_of_another_time_none_or_a_sites_own_parts_keep_the_kind(
    ex: Extractor, text: str, category: str
) -> None:
    assert [c.target.category for c in run(ex, text, UKR_GS)] == [category]


_BLOCK_UK = "Вночі росіяни атакували дронами житловий будинок у Харкові. "
_BLOCK_EN = "Russian drones struck an apartment block in Kharkiv overnight. "
_HOSPITAL_EN = "Russian drones struck a hospital in Kharkiv overnight. "


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the hurt, not things harmed; a hospital beside them is where they are treated (review 33 D H1)
        (
            "Ночью российские войска атаковали жилой дом в Харькове. Двое пострадавших находятся в больнице.",
            "civilian.residential",
        ),
        (_BLOCK_UK + "Двоє постраждалих перебувають у лікарні, ще одного госпіталізовано.", "civilian.residential"),
        (_BLOCK_UK + "Постраждалим надають допомогу в лікарні.", "civilian.residential"),
        (_BLOCK_EN + "Two people who suffered burns are in hospital.", "civilian.residential"),
        (_BLOCK_EN + "Two people were hurt and one was hospitalised at a hospital nearby.", "civilian.residential"),
        # talk of a truce, not fire (H2)
        (_BLOCK_EN + "Zelensky said any ceasefire must protect hospitals and schools.", "civilian.residential"),
        (
            _BLOCK_EN + "Under the proposed ceasefire, strikes on ports, hospitals and schools would stop.",
            "civilian.residential",
        ),
        (_BLOCK_EN + "The ceasefire talks were held at a hotel in Riyadh.", "civilian.residential"),
        # no damage (M1)
        (_BLOCK_EN + "There was no damage to the nearby school.", "civilian.residential"),
        (_HOSPITAL_EN + "Luckily, the school next door suffered no damage.", "civilian.medical"),
        (_BLOCK_EN + "Debris fell near a school, with no damage reported.", "civilian.residential"),
        (_BLOCK_UK + "Без пошкоджень обійшлися школа та дитсадок.", "civilian.residential"),
        (
            _BLOCK_EN + "Mayor Terekhov said schools would stay closed, with damage being assessed.",
            "civilian.residential",
        ),
        # "not" right before the damage word (L2)
        (_HOSPITAL_EN + "A school in the city has not been damaged.", "civilian.medical"),
    ],
)
def test_civilian_sites_beside_the_hurt_a_truce_or_no_damage_keep_the_kind(
    ex: Extractor, text: str, category: str
) -> None:
    assert one(ex, text, UKR_GS).target.category == category


@pytest.mark.parametrize(
    "text",
    [
        # a thing the block suffers, said of it (not the hurt)
        "Вночі росіяни атакували дронами лікарню в Харкові. Внаслідок удару постраждали будинки та школа.",
        _HOSPITAL_EN + "A school nearby also suffered.",
        # fire, not a ceasefire
        _HOSPITAL_EN + "A fire broke out at a school nearby.",
        # left in ruins: harm the damage words do not hold (L2)
        _HOSPITAL_EN + "Two houses were left in ruins.",
        # the hurt beside damage to things
        _BLOCK_EN + "Two people were injured, and a school and a hospital were damaged.",
    ],
)
def test_civilian_things_harmed_beside_the_hurt_or_a_fire_still_widen(ex: Extractor, text: str) -> None:
    assert one(ex, text, UKR_GS).target.category == "civilian"


def test_civilian_damage_listed_widens_only_the_scenes_own_attack(ex: Extractor) -> None:
    # the same side's attack on another day at the same place keeps its kind (review 33 D H4)
    text = (
        "10 березня росіяни атакували школу в Харкові. 18 березня росіяни атакували дронами житловий будинок у "
        "Харкові. Пошкоджено також дитсадок і кафе."
    )
    assert [c.target.category for c in run(ex, text, UKR_GS)] == ["civilian.education", "civilian"]
    text = (
        "On March 10, Russian forces struck a school in Kharkiv. On March 18, Russian drones struck an apartment "
        "block in Kharkiv. Two people who suffered burns are in hospital."
    )
    assert [c.target.category for c in run(ex, text, UKR_GS)] == ["civilian.education", "civilian.residential"]


def test_civilian_damage_after_a_reminder_keeps_the_kind(ex: Extractor) -> None:
    # "Раніше" with no date: the reminder alone ends the scene (L2)
    text = "Вночі росіяни атакували лікарню в Харкові. Раніше у місті пошкоджено гімназію."
    assert one(ex, text, UKR_GS).target.category == "civilian.medical"


def test_civilian_damage_listed_at_another_place_keeps_the_kind_here(ex: Extractor) -> None:
    text = (
        "Вночі росіяни атакували Харків, пошкоджено поїзд. Про це повідомив мер. Пошкоджена цивільна інфраструктура. "
        "У Сумах пошкоджено гімназію."
    )
    assert sorted((c.place.name, c.target.category) for c in run(ex, text, UKR_GS)) == [
        ("Kharkiv", "civilian.transport"),
        ("Sumy", "civilian.education"),
    ]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "civilian objects" beside a site names that site (its examples, the damage told of it, or rhetoric about
        # it): the site's kind (review 33 D H3; the rule that made these `civilian` is reverted)
        ("Russian drones struck civilian infrastructure in Kharkiv, among them a hospital.", "civilian.medical"),
        ("Вночі росіяни атакували цивільні об'єкти в Харкові, серед яких лікарня.", "civilian.medical"),
        ("Ночью ВСУ атаковали гражданские объекты в Белгороде, в частности больницу.", "civilian.medical"),
        ("Ночью ВСУ атаковали гражданскую инфраструктуру Белгорода, а именно школу.", "civilian.education"),
        ("Russian drones struck civilian infrastructure in Kharkiv, namely a school.", "civilian.education"),
        (
            "Вночі росіяни атакували цивільну інфраструктуру в Одесі — пошкоджено залізничну колію.",
            "civilian.transport",
        ),
        (
            "Russia again targeted civilian infrastructure: a drone hit a hospital in Kharkiv overnight.",
            "civilian.medical",
        ),
        ("A Russian drone hit a hospital, a civilian facility, in Kharkiv overnight.", "civilian.medical"),
        (
            "A Russian drone hit a hospital in Kharkiv overnight, a clear attack on civilian infrastructure.",
            "civilian.medical",
        ),
        (
            "Вночі російський дрон влучив у лікарню в Харкові — це черговий удар по цивільному об'єкту.",
            "civilian.medical",
        ),
        (
            "Попри обіцянку не бити по цивільній інфраструктурі, російський дрон влучив у лікарню в Харкові.",
            "civilian.medical",
        ),
        (
            "Russian drones struck a civilian facility in Kharkiv, setting a food warehouse on fire.",
            "civilian.other",
        ),
    ],
)
def test_a_civilian_site_said_with_civilian_objects_keeps_its_kind(ex: Extractor, text: str, category: str) -> None:
    assert one(ex, text, UKR_GS).target.category == category


def test_a_site_said_used_as_a_civilian_object_keeps_its_kind(ex: Extractor) -> None:
    # (an army's store, a depot: review 34 B M2)
    text = "Удар нанесен по складу в Харькове, который ВСУ использовали как гражданский объект для прикрытия."
    assert one(ex, text, NEWS).target.category == "military.depot"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # sites given as examples of the civilian objects are what was hit
        ("Вночі росіяни завдали ударів по цивільних об'єктах, як от по вокзалу у Харкові.", "civilian.transport"),
        ("Russian drones struck civilian infrastructure in Odesa, including the port.", "civilian.port"),
        # a port's stores are its own
        ("Вночі росіяни атакували дронами цивільну інфраструктуру в Одесі — пошкоджено порт.", "civilian.port"),
        # no civilian objects said
        ("Вночі росіяни атакували дронами склад у Харкові.", "civilian.other"),
    ],
)
def test_a_civilian_site_given_as_an_example_or_alone_keeps_its_kind(ex: Extractor, text: str, category: str) -> None:
    assert one(ex, text, UKR_GS).target.category == category
