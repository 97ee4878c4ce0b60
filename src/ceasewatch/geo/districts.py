"""City districts: the urban districts of the cities that reports name, so that "в Шевченківському районі",
"Kyivskyi district", "Слободской район" of a city are read as that city, not as a village or town of a like name
(Shevchenkove, Kyivskyi in Donetsk Oblast, Slobodskoy in Kirov Oblast, or Kyiv itself).

A district is keyed by a spelling-independent skeleton of its adjective (:func:`district_key`), so that the
Ukrainian, Russian and English forms in any case meet: Шевченківському, Шевченковском, Shevchenkivskyi →
``se|vcnkv``. Former (pre-2016) names that Russian-language reports still use are listed beside the current ones.

Raions and okrugs of the war's regions (Ukraine's since 2020 and older ones still named, Belgorod, Kursk, Bryansk,
Voronezh, Rostov, Krasnodar, Crimea) are read from ``data/gazetteer/districts.tsv`` (:func:`district_centres`): the
adjective of a district not named after its centre (Беловский → Белая, Октябрьский → Прямицыно) would otherwise
find a namesake town far away.

Sources (public lists of each city's districts): the Wikipedia articles "Райони Харкова", "Райони Києва",
"Райони Запоріжжя", "Райони Дніпра", "Райони Одеси", "Райони Миколаєва", "Херсон", "Суми", "Райони Кривого Рогу",
"Райони Львова", "Полтава", "Чернігів", "Райони Донецька", "Луганськ", "Административное деление Севастополя",
"Симферополь", "Курск", "Брянск", "Воронеж", "Ростов-на-Дону", "Краснодар", "Новороссийск" (uk.wikipedia.org,
ru.wikipedia.org).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ceasewatch.geo.gazetteer import latin_key

__all__ = ["CITY_DISTRICTS", "district_centres", "district_cities", "district_key"]

CITY_DISTRICTS: dict[str, tuple[str, ...]] = {
    # city (its name as the gazetteer indexes it) → its districts, current names first, then former ones
    "харків": (
        "Холодногірський", "Шевченківський", "Київський", "Салтівський", "Немишлянський", "Індустріальний",
        "Слобідський", "Основ'янський", "Новобаварський", "Ленінський", "Дзержинський", "Московський",
        "Фрунзенський", "Орджонікідзевський", "Комінтернівський", "Жовтневий", "Червонозаводський",
    ),
    "київ": (
        "Голосіївський", "Дарницький", "Деснянський", "Дніпровський", "Оболонський", "Печерський", "Подільський",
        "Святошинський", "Солом'янський", "Шевченківський",
    ),
    "запоріжжя": (
        "Вознесенівський", "Дніпровський", "Заводський", "Комунарський", "Олександрівський", "Хортицький",
        "Шевченківський", "Ленінський", "Жовтневий",
    ),
    "дніпро": (
        "Індустріальний", "Новокодацький", "Самарський", "Соборний", "Центральний", "Чечелівський",
        "Шевченківський", "Амур-Нижньодніпровський", "Жовтневий", "Кіровський", "Ленінський", "Бабушкінський",
        "Красногвардійський",
    ),
    "одеса": (
        "Київський", "Малиновський", "Приморський", "Суворовський", "Хаджибейський", "Пересипський",
    ),
    "миколаїв": ("Заводський", "Інгульський", "Корабельний", "Центральний", "Ленінський"),
    "херсон": ("Дніпровський", "Корабельний", "Центральний", "Суворовський", "Комсомольський"),
    "суми": ("Зарічний", "Ковпаківський"),
    "кривий ріг": (
        "Довгинцівський", "Інгулецький", "Металургійний", "Покровський", "Саксаганський", "Тернівський",
        "Центрально-Міський", "Дзержинський", "Жовтневий",
    ),
    "львів": ("Галицький", "Залізничний", "Личаківський", "Сихівський", "Франківський", "Шевченківський"),
    "полтава": ("Київський", "Подільський", "Шевченківський", "Октябрський", "Ленінський"),
    "чернігів": ("Деснянський", "Новозаводський"),
    "донецьк": (
        "Будьонівський", "Ворошиловський", "Калінінський", "Київський", "Кіровський", "Куйбишевський",
        "Ленінський", "Петровський", "Пролетарський",
    ),
    "луганськ": ("Артемівський", "Жовтневий", "Кам'янобрідський", "Ленінський"),
    "севастополь": ("Гагаринский", "Ленинский", "Нахимовский", "Балаклавский"),
    "симферополь": ("Железнодорожный", "Киевский", "Центральный"),
    "курск": ("Центральный", "Железнодорожный", "Сеймский"),
    "брянск": ("Бежицкий", "Володарский", "Советский", "Фокинский"),
    "воронеж": ("Железнодорожный", "Коминтерновский", "Левобережный", "Ленинский", "Советский", "Центральный"),
    "ростов-на-дону": (
        "Ворошиловский", "Железнодорожный", "Кировский", "Ленинский", "Октябрьский", "Первомайский",
        "Пролетарский", "Советский",
    ),
    "краснодар": ("Западный", "Карасунский", "Прикубанский", "Центральный"),
    "новороссийск": ("Восточный", "Приморский", "Центральный", "Южный"),
}  # fmt: skip

_ENDING = re.compile(
    r"(?:ого|его|ому|ему|ими|ыми|ий|ій|ый|ой|ая|яя|ое|ее|ом|ем|ым|им|ім|ої|ою|ую|юю|ых|их|ие|ые|а|е|і|у|и|я|"
    r"yi|yy|iy|ii|ij|oy|oi|aya|oye|oe|ogo|y|i)$"
)


@lru_cache(maxsize=50_000)
def district_key(word: str) -> str:
    """A spelling-independent key of a district's adjective, in any case and language: Шевченківському,
    Шевченковском, Shevchenkivskyi → ``se|vcnkv``; "" for a word too short to tell."""
    latin = re.sub(r"(?:sk|ck|c)$", "", _latin_stem(word))
    if len(latin) < 3:
        return ""
    # the consonants, and the first two letters (Сумы is not Сеймский): Ukrainian і, Russian о/е, English i/y meet
    return latin[:2] + "|" + "".join(ch for ch in latin[1:] if ch not in "aeiou")


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for city, districts in CITY_DISTRICTS.items():
        for district in districts:
            key = district_key(district)
            if key and city not in out.setdefault(key, []):
                out[key].append(city)
    return {key: tuple(cities) for key, cities in out.items()}


def district_cities(word: str) -> tuple[str, ...]:
    """The cities (gazetteer name keys) that have an urban district of this adjective, or ``()``."""
    key = district_key(word)
    return _by_key().get(key, ()) if key else ()


@lru_cache(maxsize=1)
def _rural_by_key() -> dict[str, tuple[tuple[str, int, bool], ...]]:
    """``data/gazetteer/districts.tsv`` by :func:`district_key`: (the adjective's Latin stem, the centre's GeoNames
    id, whether the row is spelt in Ukrainian) of each raion, municipal or urban okrug whose centre is known (see
    ``data/DATA_SOURCES.md``)."""
    out: dict[str, list[tuple[str, int, bool]]] = {}
    text = (resources.files("ceasewatch") / "data" / "gazetteer" / "districts.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            adjective, _admin1, _centre, geonameid = line.split("\t")
            ukrainian = re.search(r"[іїєґ'’]|ький$", adjective) is not None
            out.setdefault(district_key(adjective), []).append((_latin_stem(adjective), int(geonameid), ukrainian))
    return {key: tuple(rows) for key, rows in out.items()}


def _latin_stem(word: str) -> str:
    """The adjective less its ending, in Latin letters: finer than the key, to tell Кореневский from Кореновский. The
    "y" of a Latin "ya", "yu", "ye", "yo" is dropped as latin_key drops it from "я", "ю", "є", "ё" (Myasnikovsky is
    Мясниковский, Yampilskyi Ямпільський); not an "i" ("Mariupolskyi" is Маріупольський, "Kievsky" Киевский)."""
    word = _LATIN_IOTATED.sub("", word.lower().replace("'", "").replace("’", "").replace("ʼ", ""))
    return latin_key(_ENDING.sub("", word))


_LATIN_IOTATED = re.compile(r"y(?=[aeou])")  # the Latin "y" of "ya", "yu", "ye", "yo"


def district_centres(word: str) -> tuple[int, ...]:
    """The GeoNames ids of the centres of the raions or okrugs in the war's regions named by this adjective, or
    ``()``: "Ракитянского" → Rakitnoye, "Октябрьскому" → Pryamitsyno (Kursk) and Kamenolomni (Rostov), where the
    adjective read as a town finds a namesake far away (Rokyta, Oktyabrsk). A spelling of one district's own stem
    sets aside another district of the same key spelt in the same language (Кореневский, Kursk, is not Кореновский,
    Krasnodar), never one spelt in the other: the Russian Славянский of a report is also the Ukrainian Слов'янський
    (Sloviansk), and the report's regions choose."""
    key = district_key(word)
    rows = _rural_by_key().get(key, ()) if key else ()
    stem = _latin_stem(word)
    exact_in = {uk for s, _, uk in rows if s == stem}
    return tuple(gid for s, gid, uk in rows if s == stem or uk not in exact_in)
