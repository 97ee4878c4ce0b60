"""District and settlement forms, and words that look like places but are not (people, seas): short texts written
for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.geo.geocode import geocode, geocode_answer


def _top(text: str) -> tuple[str, str, str | None] | None:
    found = geocode(text)
    if not found:
        return None
    return found[0].name, found[0].kind, found[0].admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("по Никопольскому району", "Nikopol", "Dnipropetrovsk Oblast"),  # dative of район
        ("в Синельниковском районе", "Synelnykove", "Dnipropetrovsk Oblast"),
        ("Самаровском району", "Samar", "Dnipropetrovsk Oblast"),  # -ов- links the adjective to Самар, not Samara
        ("у Самарівському районі", "Samar", "Dnipropetrovsk Oblast"),
        ("глава Грайворонского округа", "Grayvoron", "Belgorod Oblast"),  # a Russian municipal округ
        ("Шебекинского городского округа", "Shebekino", "Belgorod Oblast"),
        ("Кураховском направлении", "Kurakhove", "Donetsk Oblast"),  # the -ов- reading does not displace Курахово
    ],
)
def test_district_adjective_in_any_case(text: str, name: str, admin1: str) -> None:
    top = _top(text)
    assert top is not None and top[0] == name and top[2] == admin1


def test_adjectives_sharing_one_plural_district_word() -> None:
    found = geocode("удары по Синельниковскому и Самаровскому районам")
    assert {c.name for c in found if c.kind == "district"} >= {"Synelnykove", "Samar"}
    assert all(c.radius_km == 30.0 for c in found if c.kind == "district")


def test_settlement_word_then_nominative() -> None:
    top = _top("в станице Кавказская")
    assert top is not None and top[0] == "Kavkazskaya" and top[1] == "settlement"


@pytest.mark.parametrize(
    "text",
    ["встреча с Владимиром Путиным", "Владимир Путин", "Володимир Зеленський", "Андрій Сибіга", "Vladimir Putin",
     "заявил вице-премьер Александр Новак"],
)  # fmt: skip
def test_a_person_is_not_a_place(text: str) -> None:
    assert geocode(text) == []


def test_a_given_name_that_is_a_town_stays_a_town() -> None:
    assert _top("во Владимире") == ("Vladimir", "settlement", "Vladimir Oblast")
    top = _top("в Анне Воронежской области")
    assert top is not None and top[0] == "Anna"


@pytest.mark.parametrize("text", ["в акватории Чёрного моря", "Черном", "у Чорному", "Азовского"])
def test_a_sea_is_not_a_village(text: str) -> None:
    assert geocode(text) == []


def test_a_village_named_like_a_sea_after_a_settlement_word() -> None:
    top = _top("в селе Черное")
    assert top is not None and top[1] == "settlement"


def test_a_district_named_with_its_city_is_in_that_city() -> None:
    for text in ("Шевченківський район Харкова", "Kharkiv's Shevchenkivskyi district"):
        top = _top(text)
        assert top is not None and top[0] == "Kharkiv" and top[2] == "Kharkiv Oblast"


@pytest.mark.parametrize(
    "text",
    ["в Шевченківському районі", "у Київському районі", "в Шевченковском районе", "Kyivskyi district"],
)
def test_a_city_district_is_the_city_the_report_names(text: str) -> None:
    report = "Вечером дроны атаковали Харьков, сообщил мэр. Пострадавших нет."
    best = geocode(text, document=report)[0]
    assert (best.name, best.admin1) == ("Kharkiv", "Kharkiv Oblast")


@pytest.mark.parametrize("text", ["Slobidskyi district", "в Холодногірському районі", "Слобідському районі"])
def test_a_district_only_one_city_has_is_that_city(text: str) -> None:
    assert geocode(text)[0].name == "Kharkiv"


@pytest.mark.parametrize("text", ["у Київському районі", "Kyivskyi district", "в Московском районе"])
def test_a_district_named_after_a_capital_is_not_the_capital(text: str) -> None:
    assert [c.name for c in geocode(text) if c.name in {"Kyiv", "Moscow", "Kyivskyi"}] == []


def test_a_district_name_is_not_a_short_town_of_like_letters() -> None:
    assert geocode("Sumy district")[0].name == "Sumy"


def test_a_namesake_in_the_region_of_the_report_wins() -> None:
    best = geocode("у Золочеві", document="Росіяни вдарили по Харкову. Є поранені у Золочеві.")[0]
    assert best.admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("text", "document", "uses"),
    [
        ("в Харкові", "Удар по Харкову.", False),  # one city of the name: the report cannot change it
        ("у Шевченківському районі", "Удар по Харкову. У Шевченківському районі пошкоджено будинок.", True),
        ("у Золочеві", "Росіяни вдарили по Харкову. Є поранені у Золочеві.", True),  # namesakes in two regions
    ],
)
def test_the_answer_says_whether_the_report_could_change_it(text: str, document: str, uses: bool) -> None:
    answer = geocode_answer(text, document=document)
    assert answer.uses_document is uses
    assert geocode_answer(text).uses_document is uses  # (whether or not a report is given)
    if not uses:
        assert answer.candidates == geocode(text) == geocode(text, document="Вибухи в Одесі.")


@pytest.mark.parametrize(
    ("text", "name"),
    [("в Лискинском районе", "Liski"), ("Suzemsky district", "Suzëmka"), ("Sevsky district", "Sevsk")],
)
def test_district_adjectives_of_plural_and_english_names(text: str, name: str) -> None:
    assert geocode(text)[0].name == name


def test_a_bracketed_given_name_is_part_of_a_person() -> None:
    assert geocode("evidence of [Vladimir] Zelensky and his gang") == []


@pytest.mark.parametrize(
    ("text", "name"), [("Одеський район", "Odesa"), ("у Черкаському районі", "Cherkasy"), ("Сумський район", "Sumy")]
)
def test_a_ukrainian_district_adjective_whose_s_merged(text: str, name: str) -> None:
    # Одеса → одеський, Черкаси → черкаський: the town's с and the suffix's с are one letter
    assert geocode(text)[0].name == name
