"""One claim per speaker (eval/gold/README.md, "## Conventions"): two speakers of one side who each name the attack
on one place are two claims, even where they agree on every field; one speaker's several sentences, a sentence that
names no speaker of its own, a headline, and one speaker named by two titles of one role ("мэр", then "мэра" or
"глава города") stay one."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _actors, _claims, _segment
from ceasewatch.model import Claim, Source
from tests.test_extract import NEWS, run

UKR_OUTLET = Source(name="Kyiv24.news", affiliation="party_aligned_media", party="UKR")


def _at(text: str, source: Source, place: str) -> list[Claim]:
    return [c for c in run(Extractor(), text, source) if place in (c.place.name or "")]


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        (
            "В.о. міського голови Сум Артем Кобзар повідомив, що внаслідок російської ракетної атаки по Сумах багато "
            "загиблих.\n\n“Росіяни вдарили ракетами по місту Суми, вбили цивільних людей”, написав керівник Офісу "
            "президента Андрій Єрмак.",
            UKR_OUTLET,
            "Sumy",
        ),
        (
            "Начальник ХОВА Олег Синегубов рассказал, что утром под атакой «шахеда» оказалось гражданское "
            "предприятие в Шевченковском районе Харькова.\n\nМэр Игорь Терехов сообщил, что удар пришелся по "
            "частному предприятию в Харькове.",
            UKR_OUTLET,
            "Kharkiv",
        ),
    ],
)
def test_two_speakers_of_one_side_give_two_claims(text: str, source: Source, place: str) -> None:
    claims = _at(text, source, place)
    assert len(claims) == 2, [(c.target.category, c.claimant) for c in claims]
    assert {c.claimant for c in claims} == {"UKR"}


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        # one speaker, two sentences: the second names no speaker of its own
        (
            "В.о. міського голови Сум Артем Кобзар повідомив, що внаслідок російської ракетної атаки по Сумах багато "
            "загиблих.\n\nРосіяни вдарили ракетами по місту Суми, вбили цивільних людей.",
            UKR_OUTLET,
            "Sumy",
        ),
        # one speaker named twice, by one title (with his name the first time: names are not read)
        (
            "Мэр Игорь Терехов сообщил, что утром под атакой «шахеда» оказалось гражданское предприятие в Харькове.\n\n"
            "Мэр Харькова также сообщил, что удар пришелся по частному предприятию в Харькове.",
            UKR_OUTLET,
            "Kharkiv",
        ),
        # "the authorities" name no one speaker apart from the body that speaks for them
        (
            "Влада Краснодарського краю підтвердила удар по Афипському нафтопереробному заводу.\n"
            '"Через падіння уламків БПЛА на Афипському НПЗ загорілася технологічна установка", - зазначено в '
            "повідомленні оперативного штабу.",
            NEWS,
            "Afipsky",
        ),
    ],
)
def test_one_speaker_or_no_speaker_named_gives_one_claim(text: str, source: Source, place: str) -> None:
    claims = _at(text, source, place)
    assert len(claims) == 1, [(c.target.category, c.claimant) for c in claims]


# one speaker named by two titles of one role, or by one title inflected: one claim (review 34, C, H1)
ONE_ROLE = [
    (
        "Мэр Белгорода Валентин Демидов сообщил, что беспилотник ВСУ ударил по предприятию в Белгороде.\n\n"
        "По словам мэра, при ударе по предприятию в Белгороде пострадал мужчина.",
        NEWS,
        "Belgorod",
    ),
    (
        "Мер Харкова Ігор Терехов повідомив, що росіяни атакували підприємство у Харкові.\n\n"
        "За словами мера, внаслідок удару по підприємству у Харкові постраждали троє людей.",
        UKR_OUTLET,
        "Kharkiv",
    ),
    (
        "Міський голова Харкова Ігор Терехов повідомив, що вночі росіяни атакували підприємство у Харкові.\n\n"
        "За словами мера, внаслідок удару по підприємству у Харкові постраждали троє людей.",
        UKR_OUTLET,
        "Kharkiv",
    ),
    (
        "Губернатор Белгородской области Вячеслав Гладков сообщил, что беспилотник ВСУ атаковал предприятие в "
        "Белгороде.\n\nКак уточнил глава региона, в результате удара по предприятию в Белгороде пострадали два "
        "человека.",
        NEWS,
        "Belgorod",
    ),
    (
        "Мэр Белгорода Валентин Демидов сообщил, что беспилотник ВСУ ударил по предприятию в Белгороде.\n\n"
        "Глава города уточнил, что при ударе по предприятию в Белгороде пострадал мужчина.",
        NEWS,
        "Belgorod",
    ),
    (
        "Голова Сумської ОВА Олег Григоров повідомив, що росіяни атакували підприємство в Сумах.\n\n"
        "За даними обласної військової адміністрації, внаслідок удару по підприємству в Сумах постраждали двоє людей.",
        UKR_OUTLET,
        "Sumy",
    ),
    (
        "Начальник Харківської ОВА Олег Синєгубов повідомив, що росіяни атакували підприємство у Харкові.\n\n"
        "Як повідомив голова облдержадміністрації, по підприємству у Харкові влучили два дрони.",
        UKR_OUTLET,
        "Kharkiv",
    ),
    (
        "Kharkiv Governor Oleh Syniehubov said Russian drones hit an enterprise in Kharkiv overnight.\n\n"
        "Two people were injured in the attack on the enterprise in Kharkiv, the head of the regional military "
        "administration said.",
        NEWS,
        "Kharkiv",
    ),
    # a headline paraphrasing the quote is the official's claim
    (
        "Russian drones hit Odesa port, regional administration says\n"
        "Odesa Governor Oleh Kiper said on Telegram that Russian drones struck the port of Odesa overnight.",
        NEWS,
        "Odesa",
    ),
    # a headline has no speaker of its own, whatever title it names
    (
        "Russian drones hit an enterprise in Kharkiv, mayor says\n"
        "Kharkiv Governor Oleh Syniehubov said Russian drones hit an enterprise in Kharkiv overnight.",
        NEWS,
        "Kharkiv",
    ),
    # the speaker the next sentence names ("Про це повідомив ...") speaks in the lead, and again in "За словами мера"
    (
        "Вночі росіяни атакували підприємство у Харкові.\n\nПро це повідомив міський голова Ігор Терехов.\n\n"
        "За словами мера, по підприємству у Харкові влучили два дрони.",
        UKR_OUTLET,
        "Kharkiv",
    ),
    # the rescuers in the clause the minister tells are not a second speaker
    (
        "Уночі Росія атакувала Київ, ворог зруйнував багатоповерхівку. Про це повідомив голова МВС Ігор Клименко.\n"
        "Клименко повідомив, що рятувальники ДСНС деблокували ще одну людину зі зруйнованої російською ракетою "
        "багатоповерхівки у Києві.",
        UKR_OUTLET,
        "Kyiv",
    ),
    # "Он также добавил": the governor speaks on, whatever the source he cites (review 34, C, M2)
    (
        "Губернатор Белгородской области Вячеслав Гладков сообщил, что беспилотник ВСУ атаковал предприятие в "
        "Белгороде.\n\nОн также добавил, что, по данным мэрии, удар по предприятию в Белгороде повредил цех.",
        NEWS,
        "Belgorod",
    ),
]


@pytest.mark.parametrize(("text", "source", "place"), ONE_ROLE)
def test_one_role_named_two_ways_gives_one_claim(text: str, source: Source, place: str) -> None:
    claims = _at(text, source, place)
    assert len(claims) == 1, [(c.target.category, c.claimant) for c in claims]


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        (
            "Mayor Ihor Terekhov said Russian drones struck an enterprise in Kharkiv.\n\n"
            "Governor Oleh Syniehubov said Russian drones struck an enterprise in Kharkiv.",
            NEWS,
            "Kharkiv",
        ),
        # a lead that names no speaker is the first speaker's claim; the second is one of its own (review 34, C, M1)
        (
            "Russian drones hit an enterprise in Kharkiv overnight.\n\n"
            "Mayor Ihor Terekhov said Russian drones struck an enterprise in Kharkiv.\n\n"
            "Governor Oleh Syniehubov said Russian drones struck an enterprise in Kharkiv.",
            NEWS,
            "Kharkiv",
        ),
        # the speaker the next sentence names ("Про це повідомив міський голова") is the lead's
        (
            "Вночі росіяни атакували підприємство у Харкові.\n\nПро це повідомив міський голова Ігор Терехов.\n\n"
            "Голова Харківської ОВА Олег Синєгубов повідомив, що росіяни атакували підприємство у Харкові.",
            UKR_OUTLET,
            "Kharkiv",
        ),
        # two roles: a region's head and its operational headquarters
        (
            "Губернатор Краснодарского края Вениамин Кондратьев сообщил, что беспилотники атаковали НПЗ в "
            "Краснодарском крае.\n\nВ оперштабе Краснодарского края сообщили, что на НПЗ в Краснодарском крае возник "
            "пожар.",
            NEWS,
            "Krasnodar",
        ),
    ],
)
def test_two_roles_give_two_claims(text: str, source: Source, place: str) -> None:
    claims = _at(text, source, place)
    assert len(claims) == 2, [(c.target.category, c.claimant) for c in claims]


def test_speaker_roles_name_who_speaks_not_who_strikes() -> None:
    def roles(text: str) -> frozenset[str]:
        return _actors.speaker_roles(text, 0, len(text))

    assert roles("В.о. міського голови Сум Артем Кобзар повідомив, що росіяни атакували Суми.") == {"city"}
    assert roles("По словам мэра, при ударе пострадал мужчина.") == {"city"}
    assert roles("Как уточнил глава региона, пострадали два человека.") == {"region"}
    assert roles("the head of the regional military administration said.") == {"region"}
    # a body named as the striker, with no verb of saying near it, is no speaker
    struck = "У ніч на 14 серпня підрозділи Сил безпілотних систем Збройних Сил України завдали ураження по заводу"
    assert roles(struck) == frozenset()
    # a title in the clause told, after "що", is no speaker
    assert roles("Клименко повідомив, що рятувальники ДСНС деблокували ще одну людину.") == frozenset()
    assert roles("Клименко повідомив, що, за даними ДСНС, врятовано людину.") == {"emergency service"}
    # a name or "the authorities" hold no role
    assert roles("Влада Краснодарського краю підтвердила удар, повідомив Гладков.") == frozenset()
    # "Генеральний штаб" is "Генштаб"
    assert roles("Генеральний штаб ЗСУ підтвердив ураження заводу.") == roles("– йдеться у повідомленні Генштабу.")


def test_city_military_administration_is_a_speaker_apart_from_the_mayor() -> None:
    text = (
        "Начальник Київської міської військової адміністрації Тимур Ткаченко повідомив, що росіяни атакували Київ "
        "дронами, пошкоджено житловий будинок.\n\nМер Києва Віталій Кличко написав, що у Києві уламки впали на "
        "дах багатоповерхівки."
    )
    assert len(_at(text, NEWS, "Kyiv")) == 2
    # one speaker named by two titles of the mayor's role stays one claim
    one = (
        "Мэр Киева Виталий Кличко сообщил, что россияне атаковали Киев беспилотниками, поврежден жилой дом.\n\n"
        "По словам мэра, в Киеве произошло попадание в девятиэтажный дом."
    )
    assert len(_at(one, NEWS, "Kyiv")) == 1


def test_speaker_roles_tell_the_city_military_administration_and_the_interior_minister() -> None:
    def roles(text: str) -> frozenset[str]:
        return _actors.speaker_roles(text, 0, len(text))

    kmva = {"city military administration"}
    assert roles("Про це повідомив начальник Київської міської військової адміністрації Тимур Ткаченко.") == kmva
    assert roles("Об этом сообщил глава военной администрации столицы Тимур Ткаченко.") == kmva
    assert roles("Об этом сообщили в КГВА.") == kmva
    assert roles("Kyiv City Military Administration head Tymur Tkachenko said.") == kmva
    # another city's military administration is headed by the city's head: the city's (review 36 A, M1)
    assert roles("Про це повідомив начальник Одеської МВА Сергій Лисак.") == {"city"}
    assert roles("Об этом сообщил глава городской военной администрации Херсона Роман Мрочко.") == {"city"}
    assert roles("Про це повідомили у військовій адміністрації міста.") == {"city"}
    assert roles("Об этом сообщили в военной администрации города.") == {"city"}
    assert roles("Мэр Киева Виталий Кличко написал, что в Киеве попадание.") == {"city"}
    assert roles("Про це повідомив міський голова Віталій Кличко.") == {"city"}
    assert roles("Ракета поцілила по будинку, повідомив міністр внутрішніх справ Ігор Клименко.") == {"police"}
    assert roles("Interior Minister Igor Klymenko said a missile hit a house.") == {"police"}
    # the regional military administration is the region's, not the city's
    assert roles("Про це повідомили в Київській обласній військовій адміністрації.") == {"region"}


def test_a_surname_speaks_with_the_title_it_was_named_with() -> None:
    # the police, then the mayor by his surname alone: two speakers
    two = (
        "В Киеве ночью дрон попал в многоэтажный жилой дом, сообщили в Нацполиции.\n\nМэр Киева Виталий Кличко "
        'прибыл на место.\n\n"В Киеве взрывной волной повреждены окна жилого дома", - сообщил Кличко в соцсетях.'
    )
    assert len(_at(two, NEWS, "Kyiv")) == 2
    # the mayor by title, the city military administration's head named, then the mayor by his surname: the surname
    # holds the mayor's role (not the nearest title's), one speaker
    one = (
        "Мэр Киева Виталий Кличко сообщил, что дрон попал в жилой дом в Киеве.\n\nНачальник КГВА Тимур Ткаченко "
        "прибыл на место.\n\nПо словам Кличко, в Киеве поврежден жилой дом."
    )
    assert len(_at(one, NEWS, "Kyiv")) == 1
    # the surname alone in the sentence after the one telling the claim ("Про це повідомив Кличко") names its speaker
    two = (
        "У Києві вночі дрон влучив у багатоповерховий житловий будинок, повідомили в Нацполіції.\n\nМер Києва "
        "Віталій Кличко прибув на місце.\n\nУ Києві вибуховою хвилею пошкоджено вікна житлового будинку. Про це "
        "повідомив Кличко."
    )
    assert len(_at(two, NEWS, "Kyiv")) == 2


@pytest.mark.parametrize(
    ("text", "place", "n"),
    [
        # a weapon or a region word after a title is no surname that makes two speakers one (review 36 A, H1)
        (
            "Police said Russian Shahed drones hit a residential building in Odesa overnight.\n\nThe head of the "
            "regional military administration Oleh Kiper said Shahed drones damaged an apartment block in Odesa.",
            "Odesa",
            2,
        ),
        (
            "Russian drones hit a residential building in Kharkiv overnight, police in Kharkiv Oblast reported.\n\n"
            "A drone struck an apartment block in Kharkiv, Kharkiv Oblast, Mayor Ihor Terekhov said.",
            "Kharkiv",
            2,
        ),
        (
            "Ukrainian drones attacked a house in Belgorod, the governor of Belgorod Region said.\n\nDrones hit a "
            "residential building in Belgorod, Belgorod Region, the Russian Defence Ministry said.",
            "Belgorod",
            2,
        ),
        # the head of a city's military administration other than Kyiv's is its head: one speaker (review 36 A, M1)
        (
            "Начальник Одеської МВА Сергій Лисак повідомив, що російські дрони атакували Одесу, пошкоджено житловий "
            "будинок.\n\nЗа словами міського голови, в Одесі уламки впали на дах багатоповерхівки.",
            "Odesa",
            1,
        ),
        (
            "Глава городской военной администрации Херсона Роман Мрочко сообщил, что российские войска обстреляли "
            "Херсон, поврежден жилой дом.\n\nПо словам мэра, в Херсоне снаряд попал в многоэтажный дом.",
            "Kherson",
            1,
        ),
    ],
)
def test_titles_and_names_tell_speakers_apart(text: str, place: str, n: int) -> None:
    assert len(_at(text, NEWS, place)) == n


def test_titled_names_give_a_surname_its_title_role() -> None:
    text = (
        "Губернатор Белгородской области Вячеслав Гладков прибыл на место. Мэр Киева Виталий Кличко написал пост. "
        "Ukraine's Interior Minister Igor Klymenko arrived."
    )
    names = _actors.titled_names(text)
    said = "Также Гладкова цитирует ТАСС, сообщил он."
    assert _actors.speaker_roles(said, 0, len(said), names) == {"region"}
    said = "Об этом сообщил Кличко."
    assert _actors.speaker_roles(said, 0, len(said), names) == {"city"}
    said = "According to Klymenko, a missile hit a house."
    assert _actors.speaker_roles(said, 0, len(said), names) == {"police"}
    # a surname no title named holds no role, nor the place or first name before a name ("Киева", "Виталий")
    said = "Об этом сообщил Кобзар."
    assert _actors.speaker_roles(said, 0, len(said), names) == frozenset()
    assert names is not None
    assert not names.pattern.search("Киева") and not names.pattern.search("Виталий")
    assert _actors.titled_names("Дрон атаковал жилой дом, сообщил Гладков.") is None


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a verb of saying or a preposition of place is no word of the title's field, a weapon or a unit of a place
        # no surname (review 36 A, H1)
        ("Police said Russian Shahed drones hit a house.", "Shahed drones"),
        ("Drones hit a house, police in Kharkiv Oblast reported.", "Oblast reported"),
        ("Drones hit a house, the governor of Belgorod Region said.", "Region said"),
        ("Drones hit Belgorod, the governor of Belgorod Regional Duma said.", "Regional Duma"),
        ("Об этом сообщили в Министерстве обороны Российской Федерации.", "Федерации."),
        ("Полиция сообщила, что ударные Shahed Герани атаковали дом.", "Герани атаковали"),
    ],
)
def test_titled_names_read_no_weapon_nor_place_word_as_a_surname(text: str, surname: str) -> None:
    names = _actors.titled_names(text)
    assert names is None or not names.pattern.search(surname)


def test_titled_names_cross_the_words_of_a_title_field() -> None:
    names = _actors.titled_names(
        "The governor of Belgorod Region Vyacheslav Gladkov arrived. The head of the regional military "
        "administration Oleh Kiper arrived. Kyiv City Military Administration head Tymur Tkachenko arrived. "
        "Начальник Одеської МВА Сергій Лисак прибув."
    )
    assert names is not None
    assert names.roles == {
        "Gladko": "region",
        "Kipe": "region",
        "Tkachenk": "city military administration",
        "Лиса": "city",
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Drones attacked the Syzran oil refinery overnight, Astra reported. In the city of Syzran, Samara Oblast, "
            "local authorities said Ukrainian drones had attacked an industrial facility.",
            "Syzran",
        ),
        (
            "По данным Astra, дроны ВСУ атаковали НПЗ в Новошахтинске. Губернатор Юрий Слюсарь сообщил, что в "
            "Новошахтинске на одном из промышленных предприятий произошло возгорание после атаки беспилотников.",
            "Novoshakhtinsk",
        ),
    ],
)
def test_an_enterprise_told_by_another_speaker_than_the_refinery_is_a_claim_of_its_own(text: str, place: str) -> None:
    claims = _at(text, NEWS, place)
    assert sorted(c.target.category for c in claims) == ["civilian.industry", "energy.oil.refinery"]
    assert {c.target.category: c.claimant for c in claims}["civilian.industry"] == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        # one speaker names the refinery and then the enterprise: the enterprise is the refinery
        "Ukrainian drones attacked the Syzran oil refinery, Samara Governor Vyacheslav Fedorishchev said. Debris fell "
        "on the territory of the enterprise, he added.",
        "Губернатор Самарской области Вячеслав Федорищев сообщил, что беспилотники ВСУ атаковали НПЗ в Сызрани. На "
        "территории предприятия произошло возгорание.",
    ],
)
def test_an_enterprise_told_by_the_speaker_of_the_refinery_stays_the_refinery(text: str) -> None:
    claims = _at(text, NEWS, "Syzran")
    assert [c.target.category for c in claims] == ["energy.oil.refinery"]


@pytest.mark.parametrize(
    ("text", "place", "n"),
    [
        # a quote of several sentences filling its line is the word of the speaker named after it: its first
        # sentences are the region head's, a speaker apart from the emergency service
        (
            '"За эту ночь в результате вражеской атаки получили повреждения дома в Запорожье. Всего 9 домов '
            'частного сектора. Повреждены и нежилые помещения", - написал глава Запорожской ОВА Иван Федоров.\n'
            "В ГСЧС сообщили, что взрыв разрушил частный жилой дом в Запорожье.",
            "Zaporizh",
            2,
        ),
        (
            "«Почти два часа происходил обстрел по городу Харькову. Очень тяжелые повреждения получили жилые дома в "
            "Харькове. Сейчас работают наши коммунальные службы», — сказал городской голова.\n\n"
            "В ГСЧС сообщили, что в Харькове разрушен жилой дом.",
            "Kharkiv",
            2,
        ),
        # the English form, the comma inside the quote (review 40 B, M1)
        (
            '"A residential building was damaged in Kharkiv. There are no casualties," Governor Oleh Syniehubov '
            "wrote.\n\nThe State Emergency Service said a residential building was damaged in Kharkiv.",
            "Kharkiv",
            2,
        ),
        (
            '"Russian drones attacked Kharkiv. A residential building was damaged in Kharkiv!" Mayor Ihor Terekhov '
            "wrote.\n\nThe State Emergency Service said a residential building was damaged in Kharkiv.",
            "Kharkiv",
            2,
        ),
        # the quote is the speaker's where the outlet goes on after the attribution on its line ...
        (
            "«Пошкоджено житловий будинок у Харкові. Постраждалих немає», — сказав мер Терехов. На складі в Харкові "
            "триває пожежа.\n\nУ ДСНС повідомили, що в Харкові горить склад.",
            "Kharkiv",
            2,
        ),
        # ... but the outlet's sentence after the attribution is not: it joins the emergency service's claim
        (
            "«Усі служби працюють», — сказав мер Харкова Ігор Терехов. Внаслідок удару в Харкові пошкоджено житловий "
            "будинок.\n\nУ ДСНС повідомили, що в Харкові пошкоджено житловий будинок.",
            "Kharkiv",
            1,
        ),
        # a line that only starts with a quoted name is no quote: its first sentence is not the word of the speaker
        # the line names further on (review 40 B, L1)
        (
            '"Азот", одно из крупнейших предприятий региона, атаковали дроны в Новомосковске. Повреждено '
            "оборудование, сообщил губернатор Миляев.\n\nВ ГСЧС сообщили, что в Новомосковске на заводе пожар.",
            "Novomoskovsk",
            1,
        ),
        # a quote its speaker introduces before it ("Мэр сообщил: «...»") is his too (round 37)
        (
            "Мэр сообщил: «Почти два часа происходил обстрел по городу Харькову. Очень тяжелые повреждения получили "
            "жилые дома в Харькове».\n\nВ ГСЧС сообщили, что в Харькове разрушен жилой дом.",
            "Kharkiv",
            2,
        ),
        # a quote that names no speaker before nor after it stays with any speaker
        (
            "«Почти два часа происходил обстрел по городу Харькову. Очень тяжелые повреждения получили жилые дома в "
            "Харькове».\n\nВ ГСЧС сообщили, что в Харькове разрушен жилой дом.",
            "Kharkiv",
            1,
        ),
    ],
)
def test_a_quote_filling_its_line_is_the_word_of_the_speaker_named_after_it(text: str, place: str, n: int) -> None:
    claims = _at(text, UKR_OUTLET, place)
    assert len(claims) == n, [(c.target.category, c.claimant) for c in claims]


def test_a_city_head_in_russian_is_the_city() -> None:
    assert _actors.speaker_roles("— сказал городской голова.", 0, 26) == frozenset({"city"})


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # two speakers of one side, each naming a site of another kind in one city: a claim each
        (
            "Мер Києва Віталій Кличко повідомив, що внаслідок атаки росіян у Києві пошкоджено лікарню.\n\n"
            "Начальник КМВА Тимур Ткаченко повідомив, що у Києві пошкоджено багатоповерховий житловий будинок.",
            2,
        ),
        # one speaker naming both sites, or a second sentence that names no speaker of its own: one claim
        (
            "Мер Києва Віталій Кличко повідомив, що внаслідок атаки росіян у Києві пошкоджено лікарню.\n\n"
            "Кличко також повідомив, що у Києві пошкоджено багатоповерховий житловий будинок.",
            1,
        ),
        (
            "Мер Києва Віталій Кличко повідомив, що внаслідок атаки росіян у Києві пошкоджено лікарню.\n\n"
            "У Києві також пошкоджено багатоповерховий житловий будинок.",
            1,
        ),
    ],
)
def test_two_speakers_naming_two_kinds_of_one_branch_at_one_place_give_two_claims(text: str, n: int) -> None:
    claims = _at(text, UKR_OUTLET, "Kyiv")
    assert len(claims) == n, [(c.target.category, c.claimant) for c in claims]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # a quote introduced by its speaker in its line: its later sentences are his, apart from another speaker's
        (
            'Пряма мова мера Одеси: "Ворог атакував Одесу. Пошкоджено житлові будинки в Одесі".\n'
            "У ДСНС повідомили, що в Одесі зруйновано житловий будинок.",
            2,
        ),
        (
            'Mayor Klitschko wrote: "Russia attacked Kyiv overnight. Residential buildings in Kyiv were damaged."\n'
            "The emergency service said a residential building in Kyiv was destroyed.",
            2,
        ),
        # a quote introduced by no title, or closed before the sentence, names no speaker of its own
        (
            'Жителі розповіли: "Ворог атакував Одесу. Пошкоджено житлові будинки в Одесі".\n'
            "У ДСНС повідомили, що в Одесі зруйновано житловий будинок.",
            1,
        ),
        (
            'Мер написав: "Тривога". Пошкоджено житлові будинки в Одесі.\n'
            "У ДСНС повідомили, що в Одесі зруйновано житловий будинок.",
            1,
        ),
        # closed by a mark other than the one that opened it
        (
            'Мер написав: "Тривога”. Пошкоджено житлові будинки в Одесі.\n'
            "У ДСНС повідомили, що в Одесі зруйновано житловий будинок.",
            1,
        ),
        (
            'Мер написав: „Тривога". Пошкоджено житлові будинки в Одесі.\n'
            "У ДСНС повідомили, що в Одесі зруйновано житловий будинок.",
            1,
        ),
    ],
)
def test_a_quote_introduced_before_is_the_word_of_its_speaker(text: str, n: int) -> None:
    claims = [c for c in _at(text, UKR_OUTLET, "Odesa") + _at(text, UKR_OUTLET, "Kyiv")]
    assert len(claims) == n, [(c.target.category, c.claimant) for c in claims]


def test_speakers_named_together_are_the_first_named() -> None:
    text = "повідомили голова Одеської ОВА Олег Кіпер та мер Одеси Геннадій Труханов."
    assert _actors.speaker_roles(text, 0, len(text)) == frozenset({"region"})
    text = "the governor and the mayor said."
    assert _actors.speaker_roles(text, 0, len(text)) == frozenset({"region"})
    # two speakers each with a verb of their own stay two
    text = "Губернатор повідомив про удар, а мер міста написав про пожежу."
    assert _actors.speaker_roles(text, 0, len(text)) == frozenset({"region", "city"})


@pytest.mark.parametrize(
    "intro",
    ["Голова ОВА Кіпер та мер Труханов повідомили", "Голова ОВА Кіпер та мер Труханов"],
)
def test_a_quote_introduced_by_speakers_named_together_is_the_first_named(intro: str) -> None:
    text = f"{intro}: «Ворог атакував Одесу. Пошкоджено житлові будинки в Одесі»."
    spans = _segment.sentences(text)
    assert len(spans) == 2, spans
    assert _claims._introduced_speaker(text, spans, 1, None) == frozenset({"region"})


@pytest.mark.parametrize("close", ["»", "”", "“", '"'])
def test_a_quote_closed_before_the_colon_in_its_sentence_introduces_no_speaker(close: str) -> None:
    # two quotes share one sentence: the second's speaker is the one named after the first closed, by any mark
    text = (
        f"Мер сказав: „Тривога{close}, а губернатор повідомив: «Ворог атакував Одесу. "
        "Пошкоджено житлові будинки в Одесі»."
    )
    spans = _segment.sentences(text)
    assert len(spans) == 2, spans
    assert _claims._introduced_speaker(text, spans, 1, None) == frozenset({"region"})


def test_a_lead_naming_two_speakers_together_is_the_first_named() -> None:
    text = (
        "Росія атакувала енергетичну інфраструктуру на півдні Одеської області, повідомили голова Одеської ОВА "
        "Олег Кіпер та ДСНС.\n"
        '"Внаслідок влучань виникла пожежа на обʼєкті енергетичної інфраструктури", - зазначили у ДСНС.'
    )
    claims = [c for c in run(Extractor(), text, UKR_OUTLET) if c.target.category.startswith("energy")]
    assert len(claims) == 2, [(c.target.category, c.place.name) for c in claims]
