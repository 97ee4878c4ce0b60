"""District and settlement forms, and words that look like places but are not (people, seas): short texts written
for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.geo.geocode import geocode, geocode_answer
from tests.test_extract import NEWS, run


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
    ("text", "document", "admin1"),
    [
        # the word alone reads as the big Samara (Russia): no sign that its namesake Samar is in Samara Oblast
        (
            "місту Самар",
            "Внаслідок удару по Дніпру пошкоджено поїзд. Також росіяни поцілили по місту Самар.",
            "Dnipropetrovsk Oblast",
        ),
        # Pervomaysk of Mykolaiv Oblast, read from the report's own "Первомайском районе", names no region for it
        (
            "Первомайском",
            "Дроны атаковали объекты в Первомайском районе ЛНР. Обесточены потребители в Первомайском.",
            "Luhansk Oblast",
        ),
        # the LNR's Pervomaisk, named by its old name still in use: the word names towns of two regions, so the
        # report's own "Первомайске" (read as the big Pervomaysk) is no sign of Mykolaiv Oblast
        ("Первомайске", "В ЛНР дроны атаковали подстанцию в Первомайске.", "Luhansk Oblast"),
        ("Первомайську", "Росіяни обстріляли Луганщину. Знеструмлено Первомайськ.", "Luhansk Oblast"),
        # a district named after the namesakes ("Первомайском районе", read as Mykolaiv's) is no sign either
        (
            "Первомайском",
            "Дроны атаковали объекты в Первомайском районе. В Луганске взрывы. Обесточены потребители в Первомайском.",
            "Luhansk Oblast",
        ),
    ],
)
def test_a_namesake_word_is_no_sign_of_its_own_region(text: str, document: str, admin1: str) -> None:
    assert geocode(text, document=document)[0].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "document", "admin1"),
    [
        # a town named by one region's town only (Nikopol bears "Slovyansk" only as an alternate name): its word still
        # names its region
        (
            "Slovyansk",
            "Strikes left Slovyansk without power. A fire broke out in the Dnipropetrovsk region.",
            "Donetsk Oblast",
        ),
        # another word naming the region still chooses ("у Золочеві" beside Kharkiv)
        ("у Золочеві", "Росіяни вдарили по Харкову. Є поранені у Золочеві.", "Kharkiv Oblast"),
        # with no other word of Luhansk, the report's "Первомайском" stays the big Pervomaysk
        ("Первомайском", "Дроны атаковали объекты в Первомайском районе. Обесточены потребители.", "Mykolaiv Oblast"),
        # with no other word naming a region, the word's own reading names its region still (not Podilsk of Odesa
        # Oblast, which the prior for Ukraine would choose)
        ("Подольске", "Беспилотник упал в Подольске.", "Moscow Oblast"),
        # a word that names one region's town and a mere village elsewhere still names the town's region: the big
        # Kostiantynivka (Donetsk) and Oleksandriia (Kirovohrad) beside another oblast's centre, not the villages of
        # that oblast
        (
            "Костянтинівку",
            "Росіяни атакували Костянтинівку, пошкоджено підстанцію. Також ворог вдарив по Запоріжжю.",
            "Donetsk Oblast",
        ),
        (
            "Kostiantynivka",
            "Russian drones hit a substation in Kostiantynivka. Zaporizhzhia was also attacked overnight.",
            "Donetsk Oblast",
        ),
        ("Константиновке", "Обесточены потребители в Константиновке. Удар по Запорожью.", "Donetsk Oblast"),
        (
            "Олександрії",
            "Росіяни вдарили по Олександрії, пошкоджено енергетичний об'єкт. У Рівному також лунали вибухи.",
            "Kirovohrad Oblast",
        ),
    ],
)
def test_a_word_of_one_region_still_names_it_for_namesakes(text: str, document: str, admin1: str) -> None:
    assert geocode(text, document=document)[0].admin1 == admin1


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


# -- every region the war's reports name, in the forms news use (English wire style, Russian and Ukrainian cases) ----

# (admin1, English stems, "oblast" or "krai", Russian adjective stem, Ukrainian adjective stem, Russian and Ukrainian
# colloquial stems in -щин/-чин where the region has one in use)
_REGIONS: list[tuple[str, list[str], str, str, str, str | None, str | None]] = [
    ("Cherkasy Oblast", ["Cherkasy", "Cherkassy"], "oblast", "Черкасск", "Черкаськ", "Черкасщин", "Черкащин"),
    ("Chernihiv Oblast", ["Chernihiv", "Chernigov"], "oblast", "Черниговск", "Чернігівськ", "Черниговщин",
     "Чернігівщин"),
    ("Chernivtsi Oblast", ["Chernivtsi", "Chernovtsy"], "oblast", "Черновицк", "Чернівецьк", None, None),
    ("Dnipropetrovsk Oblast", ["Dnipropetrovsk", "Dnepropetrovsk"], "oblast", "Днепропетровск", "Дніпропетровськ",
     "Днепропетровщин", "Дніпропетровщин"),
    ("Donetsk Oblast", ["Donetsk"], "oblast", "Донецк", "Донецьк", "Донетчин", "Донеччин"),
    ("Ivano-Frankivsk Oblast", ["Ivano-Frankivsk", "Ivano-Frankovsk"], "oblast", "Ивано-Франковск",
     "Івано-Франківськ", None, "Франківщин"),
    ("Kharkiv Oblast", ["Kharkiv", "Kharkov"], "oblast", "Харьковск", "Харківськ", "Харьковщин", "Харківщин"),
    ("Kherson Oblast", ["Kherson"], "oblast", "Херсонск", "Херсонськ", "Херсонщин", "Херсонщин"),
    ("Khmelnytskyi Oblast", ["Khmelnytskyi", "Khmelnitsky"], "oblast", "Хмельницк", "Хмельницьк", None,
     "Хмельниччин"),
    ("Kirovohrad Oblast", ["Kirovohrad", "Kirovograd"], "oblast", "Кировоградск", "Кіровоградськ", "Кировоградщин",
     "Кіровоградщин"),
    ("Kyiv Oblast", ["Kyiv", "Kiev"], "oblast", "Киевск", "Київськ", "Киевщин", "Київщин"),
    ("Luhansk Oblast", ["Luhansk", "Lugansk"], "oblast", "Луганск", "Луганськ", "Луганщин", "Луганщин"),
    ("Lviv Oblast", ["Lviv"], "oblast", "Львовск", "Львівськ", "Львовщин", "Львівщин"),
    ("Mykolaiv Oblast", ["Mykolaiv", "Nikolaev"], "oblast", "Николаевск", "Миколаївськ", "Николаевщин",
     "Миколаївщин"),
    ("Odesa Oblast", ["Odesa", "Odessa"], "oblast", "Одесск", "Одеськ", "Одесщин", "Одещин"),
    ("Poltava Oblast", ["Poltava"], "oblast", "Полтавск", "Полтавськ", "Полтавщин", "Полтавщин"),
    ("Rivne Oblast", ["Rivne", "Rovno"], "oblast", "Ровенск", "Рівненськ", "Ровенщин", "Рівненщин"),
    ("Sumy Oblast", ["Sumy"], "oblast", "Сумск", "Сумськ", "Сумщин", "Сумщин"),
    ("Ternopil Oblast", ["Ternopil"], "oblast", "Тернопольск", "Тернопільськ", "Тернопольщин", "Тернопільщин"),
    ("Vinnytsia Oblast", ["Vinnytsia", "Vinnitsa"], "oblast", "Винницк", "Вінницьк", None, "Вінниччин"),
    ("Volyn Oblast", ["Volyn"], "oblast", "Волынск", "Волинськ", None, None),
    ("Zakarpattia Oblast", ["Zakarpattia", "Transcarpathian"], "oblast", "Закарпатск", "Закарпатськ", None, None),
    ("Zaporizhzhia Oblast", ["Zaporizhzhia", "Zaporozhye"], "oblast", "Запорожск", "Запорізьк", None, None),
    ("Zhytomyr Oblast", ["Zhytomyr", "Zhitomir"], "oblast", "Житомирск", "Житомирськ", "Житомирщин", "Житомирщин"),
    ("Belgorod Oblast", ["Belgorod"], "oblast", "Белгородск", "Бєлгородськ", "Белгородчин", None),
    ("Kursk Oblast", ["Kursk"], "oblast", "Курск", "Курськ", "Курщин", "Курщин"),
    ("Bryansk Oblast", ["Bryansk"], "oblast", "Брянск", "Брянськ", "Брянщин", "Брянщин"),
    ("Voronezh Oblast", ["Voronezh"], "oblast", "Воронежск", "Воронезьк", "Воронежчин", None),
    ("Rostov Oblast", ["Rostov"], "oblast", "Ростовск", "Ростовськ", "Ростовщин", None),
    ("Krasnodar Krai", ["Krasnodar"], "krai", "Краснодарск", "Краснодарськ", None, None),
    ("Oryol Oblast", ["Oryol", "Orel"], "oblast", "Орловск", "Орловськ", None, None),
    ("Lipetsk Oblast", ["Lipetsk"], "oblast", "Липецк", "Липецьк", None, None),
    ("Tula Oblast", ["Tula"], "oblast", "Тульск", "Тульськ", None, None),
    ("Kaluga Oblast", ["Kaluga"], "oblast", "Калужск", "Калузьк", None, None),
    ("Smolensk Oblast", ["Smolensk"], "oblast", "Смоленск", "Смоленськ", "Смоленщин", None),
    ("Moscow Oblast", ["Moscow"], "oblast", "Московск", "Московськ", None, None),
    ("Leningrad Oblast", ["Leningrad"], "oblast", "Ленинградск", "Ленінградськ", None, None),
    ("Saratov Oblast", ["Saratov"], "oblast", "Саратовск", "Саратовськ", None, None),
    ("Samara Oblast", ["Samara"], "oblast", "Самарск", "Самарськ", None, None),
    ("Volgograd Oblast", ["Volgograd"], "oblast", "Волгоградск", "Волгоградськ", None, None),
    ("Astrakhan Oblast", ["Astrakhan"], "oblast", "Астраханск", "Астраханськ", None, None),
    ("Ryazan Oblast", ["Ryazan"], "oblast", "Рязанск", "Рязанськ", "Рязанщин", None),
    ("Tambov Oblast", ["Tambov"], "oblast", "Тамбовск", "Тамбовськ", "Тамбовщин", None),
    ("Penza Oblast", ["Penza"], "oblast", "Пензенск", "Пензенськ", None, None),
    ("Nizhny Novgorod Oblast", ["Nizhny Novgorod"], "oblast", "Нижегородск", "Нижньогородськ", None, None),
    ("Tver Oblast", ["Tver"], "oblast", "Тверск", "Тверськ", "Тверщин", None),
    ("Yaroslavl Oblast", ["Yaroslavl"], "oblast", "Ярославск", "Ярославськ", "Ярославщин", None),
    ("Novgorod Oblast", ["Novgorod"], "oblast", "Новгородск", "Новгородськ", None, None),
    ("Pskov Oblast", ["Pskov"], "oblast", "Псковск", "Псковськ", "Псковщин", None),
    ("Kaliningrad Oblast", ["Kaliningrad"], "oblast", "Калининградск", "Калінінградськ", None, None),
    ("Orenburg Oblast", ["Orenburg"], "oblast", "Оренбургск", "Оренбурзьк", None, None),
    ("Perm Krai", ["Perm"], "krai", "Пермск", "Пермськ", None, None),
]  # fmt: skip

# units named by a noun: (admin1, English names, Russian forms, Ukrainian forms), each form with its case
_NOUN_REGIONS: list[tuple[str, list[str], list[tuple[str, str]], list[tuple[str, str]]]] = [
    ("Crimea", ["Crimea", "Republic of Crimea"], [("acc", "Крым"), ("gen", "Крыма"), ("dat", "Крыму")],
     [("acc", "Крим"), ("gen", "Криму"), ("loc", "Кримі")]),
    ("Tatarstan", ["Tatarstan", "Republic of Tatarstan"],
     [("acc", "Татарстан"), ("gen", "Татарстана"), ("dat", "Татарстану"), ("loc", "Татарстане")],
     [("acc", "Татарстан"), ("gen", "Татарстану"), ("loc", "Татарстані")]),
    ("Bashkortostan", ["Bashkortostan", "Republic of Bashkortostan", "Bashkiria"],
     [("acc", "Башкортостан"), ("gen", "Башкортостана"), ("loc", "Башкортостане"), ("loc", "Башкирии")],
     [("acc", "Башкортостан"), ("gen", "Башкортостану"), ("loc", "Башкортостані"), ("loc", "Башкирії")]),
    ("Adygea", ["Adygea", "Republic of Adygea"], [("acc", "Адыгею"), ("gen", "Адыгеи"), ("loc", "Адыгее")],
     [("acc", "Адигею"), ("gen", "Адигеї")]),
    ("Chuvashia", ["Chuvashia", "Chuvash Republic"], [("acc", "Чувашию"), ("gen", "Чувашии"), ("loc", "Чувашии")],
     [("acc", "Чувашію"), ("gen", "Чувашії"), ("loc", "Чувашії")]),
    ("Republic of Mordovia", ["Mordovia", "Republic of Mordovia"], [("gen", "Мордовии"), ("loc", "Мордовии")],
     [("gen", "Мордовії"), ("loc", "Мордовії")]),
    ("Udmurtia", ["Udmurtia", "Udmurt Republic"], [("gen", "Удмуртии"), ("loc", "Удмуртии")],
     [("gen", "Удмуртії"), ("loc", "Удмуртії")]),
    ("Zakarpattia Oblast", ["Transcarpathia", "Zakarpattia"], [("gen", "Закарпатья"), ("loc", "Закарпатье")],
     [("gen", "Закарпаття"), ("loc", "Закарпатті")]),
    ("Chernivtsi Oblast", ["Bukovina"], [("gen", "Буковины"), ("on", "Буковине")], [("on", "Буковині")]),
    ("Volyn Oblast", ["Volhynia", "Volyn"], [("gen", "Волыни"), ("on", "Волыни")], [("on", "Волині")]),
    ("Krasnodar Krai", ["Kuban"], [("gen", "Кубани"), ("on", "Кубани")], [("on", "Кубані")]),
    ("Moscow Oblast", [], [("gen", "Подмосковья"), ("loc", "Подмосковье")], [("loc", "Підмосков'ї")]),
]  # fmt: skip

_RU_SENTENCE = {
    "acc": "Ночью беспилотники атаковали {}, повреждена подстанция.",
    "gen": "Ночью беспилотники атаковали подстанцию на территории {}.",
    "dat": "Ночью ВСУ нанесли удар по {}, повреждена подстанция.",
    "loc": "Ночью беспилотники атаковали подстанцию в {}.",
    "on": "Ночью беспилотники атаковали подстанцию на {}.",
}
_UK_SENTENCE = {
    "acc": "Вночі дрони атакували {}, пошкоджено підстанцію.",
    "gen": "Вночі дрони атакували підстанцію на території {}.",
    "dat": "Вночі ворог завдав удару по {}, пошкоджено підстанцію.",
    "loc": "Вночі дрони атакували підстанцію у {}.",
    "on": "Вночі дрони атакували підстанцію на {}.",
}


def _region_forms() -> list[tuple[str, str]]:
    """(admin1, sentence) for every region and form."""
    out: list[tuple[str, str]] = []
    english = "A drone attack hit {} overnight, officials said."
    for name, stems, unit, ru, uk, ru_short, uk_short in _REGIONS:
        for stem in stems:
            words = [f"{stem} Oblast", f"{stem} oblast"] if unit == "oblast" else [f"{stem} Krai"]
            for phrase in (*words, f"{stem} region", f"the {stem} region"):
                out.append((name, english.format(phrase)))
        if unit == "oblast":
            ru_forms = [("acc", "ая область"), ("gen", "ой области"), ("dat", "ой области"), ("loc", "ой области")]
            uk_forms = [("acc", "а область"), ("gen", "ої області"), ("dat", "ій області"), ("loc", "ій області")]
        else:
            ru_forms = [("acc", "ий край"), ("gen", "ого края"), ("dat", "ому краю"), ("loc", "ом крае")]
            uk_forms = [("acc", "ий край"), ("gen", "ого краю"), ("dat", "ому краю"), ("loc", "ому краї")]
        out += [(name, _RU_SENTENCE[case].format(ru + end)) for case, end in ru_forms]
        out += [(name, _UK_SENTENCE[case].format(uk + end)) for case, end in uk_forms]
        if ru_short:
            short = [("acc", "у"), ("gen", "ы"), ("dat", "е"), ("on", "е")]
            out += [(name, _RU_SENTENCE[case].format(ru_short + end)) for case, end in short]
        if uk_short:
            short = [("acc", "у"), ("gen", "и"), ("dat", "і"), ("on", "і")]
            out += [(name, _UK_SENTENCE[case].format(uk_short + end)) for case, end in short]
    for name, english_names, ru_nouns, uk_nouns in _NOUN_REGIONS:
        out += [(name, english.format(n)) for n in english_names]
        out += [(name, _RU_SENTENCE[case].format(form)) for case, form in ru_nouns]
        out += [(name, _UK_SENTENCE[case].format(form)) for case, form in uk_nouns]
    return out


@pytest.fixture(scope="module")
def bundled_extractor() -> Extractor:
    return Extractor()  # the bundled geocoder, the path reports take


@pytest.mark.parametrize(("admin1", "sentence"), _region_forms())
def test_every_region_in_every_form_news_use_is_that_region(
    bundled_extractor: Extractor, admin1: str, sentence: str
) -> None:
    claims = run(bundled_extractor, sentence, NEWS)
    assert [(c.place.precision, c.place.admin1) for c in claims] == [("admin1", admin1)]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [("Kyiv city", "Kyiv"), ("в Киеве", "Kyiv"), ("у Києві", "Kyiv"), ("Sevastopol", "Sevastopol"),
     ("в Севастополе", "Sevastopol"), ("у Севастополі", "Sevastopol"), ("Moscow", "Moscow"), ("в Москве", "Moscow"),
     ("у Москві", "Moscow")],
)  # fmt: skip
def test_a_city_that_is_a_region_is_in_that_region(text: str, admin1: str) -> None:
    assert geocode(text)[0].admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("порт Південний, Одеська область", "Pivdenne", "Odesa Oblast"),
        ("в порту Южный Одесской области", "Pivdenne", "Odesa Oblast"),
        # the masculine name itself where no port word stands before it
        ("Південний", "Pivdennyi", "Kirovohrad Oblast"),
    ],
)
def test_a_port_takes_the_masculine_of_its_town_s_adjectival_name(text: str, name: str, admin1: str) -> None:
    best = geocode(text)[0]
    assert (best.name, best.admin1) == (name, admin1)


def test_an_airports_name_is_not_read_as_a_ports_town() -> None:
    # one port-word and masculine-ending test for the place mentions and the geocoder; an airport's name need not
    # agree with its town ("аэропорт Центральный" is in Saratov), so it adds no neuter-named village
    from ceasewatch.geo import geocode as g

    gaz = g.gazetteer()
    names = {gaz.names[e.ref] for m in g.find_mentions("аэропорт Центральный") for e in m.entries}
    assert names and "Tsentralne" not in names
    assert "Pivdenne" in {gaz.names[e.ref] for m in g.find_mentions("порт Південний") for e in m.entries}
