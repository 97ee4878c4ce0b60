"""Everyday civilian words a news reader meets (round 43), in every case form of three languages: homes (apartments,
a block of flats, a dacha, a cottage, хата, дача, коттедж, котедж) are `civilian.residential`; vehicles of no army (a
minibus, a truck, a lorry, a van, грузовик, вантажівка) are `civilian.transport`; shops and public places (a store, a
supermarket, a mall, a pharmacy, a bakery, a stadium, a library, a museum, a theatre, a post office,
a Nova Poshta branch, a hostel, a church; аптека, стадион, библиотека, музей, театр, пекарня, отделение почты) are
`civilian.other`; outbuildings (a shed, хозпостройка, надворные постройки, господарські
споруди, сарай) are a home's, `civilian.residential` (the gold's reading beside a house, b25-ru-11, b23-uk-21); a
barn and a greenhouse (теплица) are buildings of no kind, `civilian`, as a garage is. Not their other senses: a military
truck, a truck bomb, "van der Bellen", "to store", "shed light", a greenhouse gas, a cottage industry, the theatre of
war, church leaders, "дача показаний", "театр военных действий"; and not a dormitory, a machine ("машина") nor a
hangar, which the gold or the army reads otherwise."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

PLAIN = Extractor()

EN = {
    "civilian.residential": [
        "an apartment",
        "apartments",
        "a block of flats",
        "blocks of flats",
        "a dacha",
        "dachas",
        "a cottage",
        "cottages",
        "outbuildings",
        "a shed",
    ],
    "civilian.transport": ["a minibus", "minibuses", "a truck", "trucks", "a lorry", "lorries", "a van", "vans"],
    "civilian.other": [
        "a store",
        "a grocery store",
        "department stores",
        "a supermarket",
        "supermarkets",
        "a mall",
        "malls",
        "a pharmacy",
        "pharmacies",
        "a bakery",
        "a stadium",
        "a library",
        "libraries",
        "a museum",
        "museums",
        "a theatre",
        "a theater",
        "a post office",
        "a Nova Poshta branch",
        "a hostel",
        "a church",
        "churches",
    ],
    "civilian": ["a barn", "barns", "a greenhouse", "greenhouses"],
}


@pytest.mark.parametrize(("words", "category"), [(w, c) for c, ws in EN.items() for w in ws])
def test_everyday_english_word_is_its_kind(words: str, category: str) -> None:
    assert categories(PLAIN, f"A Russian drone hit {words} in Kharkiv overnight.") == [category]


# every case form, in a sentence of damage (Russian)
RU = {
    "civilian.residential": [
        "дача",
        "дачи",
        "даче",
        "дачу",
        "дачей",
        "дач",
        "дачам",
        "дачами",
        "дачах",
        "коттедж",
        "коттеджа",
        "коттеджи",
        "коттеджей",
    ],
    "civilian.transport": [
        "грузовик",
        "грузовика",
        "грузовику",
        "грузовиком",
        "грузовике",
        "грузовики",
        "грузовиков",
        "грузовикам",
        "грузовиками",
        "грузовиках",
    ],
    "civilian.other": [
        "аптека",
        "аптеки",
        "аптеке",
        "аптеку",
        "аптекой",
        "аптек",
        "аптекам",
        "аптеками",
        "аптеках",
        "стадион",
        "стадиона",
        "стадионе",
        "библиотека",
        "библиотеки",
        "библиотеке",
        "библиотеку",
        "библиотекой",
        "музей",
        "музея",
        "музею",
        "музеем",
        "музее",
        "музеи",
        "музеев",
        "театр",
        "театра",
        "театре",
        "пекарня",
        "пекарни",
        "отделение почты",
        "отделения «Новой почты»",
        "почтовое отделение",
        "хостел",
    ],
    "civilian.residential_outbuildings": [
        "хозпостройка",
        "хозпостройки",
        "хозпостройку",
        "хозпостроек",
        "надворные постройки",
        "хозяйственная постройка",
        "хозяйственных построек",
        "сарай",
        "сарая",
        "сараю",
        "сараем",
        "сарае",
        "сараи",
        "сараев",
    ],
    "civilian": ["теплица", "теплицы", "теплицу", "теплиц"],
}


@pytest.mark.parametrize(
    ("word", "category"), [(w, c.removesuffix("_outbuildings")) for c, ws in RU.items() for w in ws]
)
def test_everyday_russian_word_is_its_kind(word: str, category: str) -> None:
    assert categories(PLAIN, f"Украинский дрон атаковал Белгород, повреждения: {word}.") == [category]


UK = {
    "civilian.residential": [
        "дача",
        "дачі",
        "дачу",
        "дачею",
        "дач",
        "дачам",
        "дачами",
        "дачах",
        "котедж",
        "котеджу",
        "котеджі",
        "хата",
        "хати",
        "хаті",
        "хату",
        "хатою",
        "хат",
        "хатами",
        "хатах",
    ],
    "civilian.transport": [
        "вантажівка",
        "вантажівки",
        "вантажівці",
        "вантажівку",
        "вантажівкою",
        "вантажівок",
        "вантажівкам",
        "вантажівками",
        "вантажівках",
    ],
    "civilian.other": [
        "аптека",
        "аптеки",
        "аптеці",
        "аптеку",
        "аптекою",
        "аптек",
        "стадіон",
        "стадіону",
        "бібліотека",
        "бібліотеки",
        "бібліотеці",
        "бібліотеку",
        "бібліотекою",
        "музей",
        "музею",
        "музеєм",
        "музеї",
        "музеїв",
        "театр",
        "театру",
        "пекарня",
        "відділення «Нової пошти»",
        "відділення пошти",
        "поштове відділення",
    ],
    "civilian.residential_outbuildings": [
        "господарські споруди",
        "господарську споруду",
        "надвірні споруди",
        "сарай",
        "сараю",
        "сараї",
    ],
    "civilian": ["теплиця", "теплиці", "теплицю", "теплицею"],
}


@pytest.mark.parametrize(
    ("word", "category"), [(w, c.removesuffix("_outbuildings")) for c, ws in UK.items() for w in ws]
)
def test_everyday_ukrainian_word_is_its_kind(word: str, category: str) -> None:
    assert categories(PLAIN, f"Російський дрон атакував Харків, пошкоджено: {word}.") == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an army's truck: not a civilian vehicle
        ("A Ukrainian drone hit a military truck near Belgorod.", "unknown"),
        ("A Ukrainian drone hit an army truck near Belgorod.", "unknown"),
        ("Украинский дрон попал в военный грузовик в Белгороде.", "unknown"),
        ("Російський дрон влучив у військову вантажівку під Харковом.", "unknown"),
        ("Український дрон уразив вантажівку ЗСУ під Харковом.", "unknown"),
        # the trucks drones were carried on or flew from (b14-ru-11, b23-ru-29)
        ("Дроны ВСУ атаковали Белгород, БПЛА вылетали из грузовиков.", "unknown"),
        ("Дроны ВСУ атаковали Белгород, БПЛА были доставлены на грузовике.", "unknown"),
        ("Дроны ВСУ атаковали Белгород, БПЛА спрятали в грузовиках.", "unknown"),
        ("Дрони атакували Харків, вони вилетіли з вантажівок.", "unknown"),
        ("Drones launched from trucks hit Kharkiv overnight.", "unknown"),
        # a truck bomb is the means, not the thing hit
        ("Russian drones hit the port; a truck bomb was found.", "civilian.port"),
        # a school's stadium is a stadium, not a school
        ("Російський дрон атакував Харків, пошкоджено шкільний стадіон.", "civilian.other"),
        # names and verbs
        ("A drone hit Kharkiv overnight, Alexander van der Bellen said.", "unknown"),
        ("A drone hit Kharkiv overnight; Russia is trying to store more drones.", "unknown"),
        ("A drone hit Kharkiv overnight; the probe could shed light on it.", "unknown"),
        ("A drone hit Kharkiv overnight, releasing greenhouse gas.", "unknown"),
        ("A drone hit Kharkiv overnight, hurting the cottage industry.", "unknown"),
        ("A drone hit Kharkiv overnight, in the theatre of war.", "unknown"),
        ("A drone hit Kharkiv overnight, church leaders said.", "unknown"),
        ("A drone hit Kharkiv overnight, the Orthodox Church said.", "unknown"),
        ("A drone hit Kharkiv overnight, leaving salt flats.", "unknown"),
        ("Украинский дрон атаковал Белгород, идёт дача показаний.", "unknown"),
        ("Украинский дрон атаковал Белгород, это театр военных действий.", "unknown"),
        ("Украинский дрон атаковал Белгород, на передаче гостей не было.", "unknown"),
        # left out: a dormitory (the gold gives a home and a school), a machine, a hangar
        ("A Russian drone hit a dormitory in Kharkiv overnight.", "unknown"),
        ("Украинский дрон попал в машину в Белгороде.", "unknown"),
        ("Украинский дрон попал в ангар в Белгороде.", "unknown"),
        # beside a house, an outbuilding is the home's (b25-ru-11)
        ("Украинский дрон атаковал Белгород, поврежден частный дом и хозпостройка.", "civilian.residential"),
        (
            "Російський дрон атакував Харків, пошкоджений приватний будинок та господарські споруди.",
            "civilian.residential",
        ),
    ],
)
def test_not_an_everyday_civilian_word(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]
