"""Where rules of time and speakers stop (found by review 31 of rule round 27): the outlet's reminder of an earlier
day, the lead's time, a pronoun that says on, the Astra channel (not the car nor the Linux), an attack named by its
part of the day and a sentence that goes on with the one before."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from ceasewatch.extract import Extractor, _claims, _time
from ceasewatch.model import Claim, Source
from tests.test_extract import NEWS, PUB, run

MIL = Extractor(military=True)
UKR_OUTLET = Source(name="112.ua", affiliation="party_aligned_media", party="UKR")
WIRE = Source(name="agency", affiliation="other")
_KYIV = ZoneInfo("Europe/Kyiv")
_NIGHT = (datetime(2025, 3, 18, 21, tzinfo=_KYIV), datetime(2025, 3, 19, 6, tzinfo=_KYIV))  # the night before PUB


def _where(text: str, source: Source, place: str, category: str = "") -> list[Claim]:
    """The claims at ``place`` (a name it holds) of a category that starts with ``category``."""
    claims = run(MIL, text, source)
    found = [
        c
        for c in claims
        if c.place is not None and place in (c.place.name or "") and c.target.category.startswith(category)
    ]
    assert found, [(c.place.name, c.target.category) for c in claims]
    return found


def _speakers(text: str, source: Source, place: str, category: str = "") -> set[tuple[str | None, str]]:
    return {(c.claimant, c.stance) for c in _where(text, source, place, category)}


# -- the outlet's reminder of an earlier day (a9c06b4): only its paragraph, and no attack of today -----------------


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        (
            "Дроны атаковали Сумы, повреждена подстанция. Ранее, 16 марта, российские войска атаковали предприятие в "
            "Сумах. Этой ночью дроны также атаковали Харьков, повреждена ТЭЦ.",
            UKR_OUTLET,
            "Kharkiv",
        ),
        (
            "Russian drones struck an energy facility in Sumy overnight, Ukraine's military said. Earlier, on March "
            "16, Russian forces attacked an enterprise in Sumy.\nDrones also hit a thermal power plant in Kharkiv "
            "overnight.",
            NEWS,
            "Kharkiv",
        ),
        (
            "Вночі дрони атакували Харків, пошкоджено ТЕЦ. Раніше, 16 березня, росіяни атакували Суми. Також вночі "
            "пошкоджено підстанцію у Харкові.",
            UKR_OUTLET,
            "Kharkiv",
        ),
    ],
)
def test_todays_attack_after_a_reminder_is_the_reports_speakers_again(text: str, source: Source, words: str) -> None:
    assert _speakers(text, source, words) == {("UKR", "accusation")}


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        # a sentence with no time after the reminder, in its paragraph, goes on with it
        (" ", {(None, "observation")}),
        # not in the next paragraph
        ("\n", {("UKR", "accusation")}),
    ],
)
def test_a_reminder_goes_on_only_in_its_paragraph(paragraph: str, speakers: set[tuple[str | None, str]]) -> None:
    text = (
        "Дроны атаковали Сумы, повреждена подстанция. Ранее, 16 марта, российские войска атаковали Харьков."
        f"{paragraph}Повреждена ТЭЦ в Харькове."
    )
    assert _speakers(text, UKR_OUTLET, "Kharkiv", "energy") == speakers


_SUMY_LEAD = "Российские войска ударили ракетой по Сумам, погибли пять человек."


@pytest.mark.parametrize(
    ("text", "source", "outlets"),
    [
        # "Нагадаємо, 16 березня ...": a word of an earlier story that is not "Раніше"
        (
            "Вночі дрони атакували Харків, пошкоджено ТЕЦ. Нагадаємо, 16 березня росіяни атакували Суми, пошкоджено "
            "підстанцію.",
            UKR_OUTLET,
            1,
        ),
        # an impersonal English verb of saying is the outlet's line
        (
            "Russian forces struck Sumy with a missile, five people were killed, the governor said. Earlier, on March "
            "16, it was reported that Russian forces attacked an enterprise in Sumy.",
            NEWS,
            1,
        ),
        # a speaker the next sentence names, or a post attributed to a side: no reminder of the outlet's
        (
            f"{_SUMY_LEAD} Ранее, 16 марта, российские войска атаковали предприятие в Сумах. "
            "Об этом сообщил мэр города Александр Лысенко.",
            UKR_OUTLET,
            0,
        ),
        (
            "Дрони уразили НПЗ у Саратові, — Генштаб ЗСУ.\nРаніше, 16 березня, дрони атакували Саратов.",
            NEWS,
            0,
        ),
    ],
)
def test_which_reminders_are_the_outlets_own(text: str, source: Source, outlets: int) -> None:
    claims = [c for c in run(MIL, text, source) if c.place is not None and c.place.name in ("Sumy", "Saratov")]
    assert claims
    assert sum(c.claimant is None for c in claims) == outlets, [c.model_dump() for c in claims]


# -- the lead's time (492126f): only after a headline, not a month nor a reminder ---------------------------------


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        # one paragraph: the second sentence is background, not the lead under a headline
        (
            "Російські дрони атакували Харків, пошкоджено підстанцію. 16 березня ворог уже бив по енергетиці міста.",
            UKR_OUTLET,
            "Kharkiv",
        ),
        (
            "Russian drones struck a substation in Kharkiv, officials said. On March 10, Russia hit the city's thermal "
            "power plant.",
            NEWS,
            "Kharkiv",
        ),
        (
            "Дроны атаковали Сумы, повреждена подстанция. Ранее, 16 марта, российские войска атаковали предприятие в "
            "Сумах. Этой ночью дроны также атаковали Харьков, повреждена ТЭЦ.",
            UKR_OUTLET,
            "Sumy",
        ),
    ],
)
def test_a_background_sentence_after_the_first_does_not_date_the_report(text: str, source: Source, place: str) -> None:
    substation = _where(text, source, place, "energy.electricity.substation")
    assert all(c.time.precision == "week" for c in substation), [c.time for c in substation]


@pytest.mark.parametrize(
    "lead",
    ["У липні 2024 року росіяни вже атакували це підприємство.", "Раніше, 16 березня, росіяни атакували Харків."],
)
def test_a_month_or_a_reminder_under_a_headline_does_not_date_the_report(lead: str) -> None:
    text = f"Ворог атакував Харків\n{lead}\nВночі пошкоджено підстанцію у Харкові."
    claims = [c for c in _where(text, UKR_OUTLET, "Kharkiv") if c.claimant is not None]
    assert [c.time.precision for c in claims] == ["night"], [(c.target.category, c.time) for c in claims]


def test_a_reminder_under_a_headline_does_not_date_the_report() -> None:
    text = "Генштаб ЗСУ: дрони уразили НПЗ у Саратові.\nРаніше, 16 березня, дрони атакували Суми."
    refinery = _where(text, NEWS, "Saratov", "energy.oil.refinery")
    assert [c.time.precision for c in refinery] == ["week"]


def test_a_lead_of_background_keeps_the_claims_of_both_sentences() -> None:
    text = (
        "Russian drones struck a substation in Kharkiv, officials said. On March 10, Russia hit the city's thermal "
        "power plant."
    )
    assert len(run(MIL, text, NEWS)) == 2


# -- a pronoun that says on (ec08af6): the speaker of the sentence just before ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Генштаб ВСУ заявил, что дроны поразили военные объекты в Белгородской области. Губернатор Вячеслав Гладков "
        "сообщил, что дрон попал в жилой дом в Белгороде. Он добавил, что повреждена подстанция в Белгороде.",
        "Генштаб ЗСУ заявив, що дрони уразили військові об'єкти на Бєлгородщині. Губернатор Бєлгородської області "
        "В'ячеслав Гладков повідомив, що дрон влучив у житловий будинок у Бєлгороді. Він додав, що пошкоджено "
        "підстанцію в Бєлгороді.",
        "Ukraine's General Staff said its drones hit military targets in Belgorod region overnight. Belgorod governor "
        "Vyacheslav Gladkov said a drone hit a house in Belgorod. They also said a substation in Belgorod was damaged.",
        # a sentence that quotes a governor itself
        "The Ukrainian General Staff said its drones hit the Afipsky refinery in Krasnodar. Zelensky also commented. "
        "He added that drones struck the Kuibyshev refinery in Samara, the governor said.",
    ],
)
def test_a_pronoun_after_a_governor_is_not_the_side_quoted_before_him(text: str) -> None:
    if "Kuibyshev" in text:
        assert _speakers(text, WIRE, "Kuibyshev") == {("RUS", "accusation")}
    else:
        assert _speakers(text, WIRE, "", "energy.electricity.substation") == {("RUS", "accusation")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Генштаб ЗСУ повідомив, що дрони уразили Афіпський НПЗ. Він зазначив, що також уражено Куйбишевський НПЗ у "
            "Самарі. Губернатор Самарської області заявив, що пожежу загасили.",
            "Kuibyshev",
        ),
        (
            "The Ukrainian military announced on Thursday that its drones hit the Afipsky Refinery in Krasnodar. "
            "He also said that its drones struck the Kuibyshev Refinery in Russia's Samara Region. The governor of "
            "Samara said that 21 Ukrainian drones were destroyed and a fire was quickly extinguished.",
            "Kuibyshev",
        ),
        (
            "The Ukrainian military announced on Thursday that its drones hit the Afipsky Refinery in Krasnodar. "
            "It noted that its drones struck the Kuibyshev Refinery in Russia's Samara Region. The governor of "
            "Samara said that 21 Ukrainian drones were destroyed and a fire was quickly extinguished.",
            "Kuibyshev",
        ),
    ],
)
def test_a_pronoun_with_any_verb_of_saying_keeps_the_side_before_it(text: str, place: str) -> None:
    assert _speakers(text, WIRE, place) == {("UKR", "admission")}


@pytest.mark.parametrize(
    ("sentence", "says_on"),
    [
        ("He also said that drones struck another facility.", True),
        ("She noted that the plant was hit.", True),
        ("Він зазначив, що уражено НПЗ.", True),
        ("Она уточнила, что пострадавших нет.", True),
        ("Он также отметил, что удар пришелся по складу.", True),
        # a pronoun doing something else says nothing on
        ("He visited the plant on Monday.", False),
        ("Вона поїхала до Харкова.", False),
    ],
)
def test_a_pronoun_with_a_verb_of_the_one_list(sentence: str, says_on: bool) -> None:
    assert (_claims._PRONOUN_SAYS.match(sentence) is not None) is says_on


# -- Astra (976762c): not the car, nor the Linux ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        (
            "Губернатор Синєгубов повідомив, що вночі дрони атакували Харків. Уламки пошкодили автомобіль Opel Astra "
            "та приватний будинок у Харкові. Також пошкоджено підстанцію у Харкові.",
            NEWS,
            "Kharkiv",
        ),
        (
            "Губернатор Гладков сообщил, что ночью дроны атаковали Белгород. Повреждены Opel Astra и жилой дом в "
            "Белгороде. Также повреждена подстанция в Белгороде.",
            NEWS,
            "Belgorod",
        ),
        (
            "Ukraine's military said its drones hit the Saratov refinery overnight. Astra Linux servers at the plant "
            "were not affected. The drones also hit a fuel depot in Saratov.",
            WIRE,
            "Saratov",
        ),
    ],
)
def test_an_astra_car_or_linux_is_no_independent_channel(text: str, source: Source, place: str) -> None:
    assert all(claimant is not None for claimant, _ in _speakers(text, source, place))


# -- an attack named by its part of the day (91bad0c): not over a weekday, not a strike drone ----------------------


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Во время ночной атаки в воскресенье дроны повредили подстанцию.", "day"),
        ("Після нічної атаки в неділю пошкоджено підстанцію.", "day"),
        ("Вечерний удар по Одессе в пятницу повредил порт.", "day"),
        ("Ночные ударные беспилотники атаковали Харьков.", None),
        # still: the attack's part of the day with no day named
        ("Внаслідок нічної атаки пошкоджено підстанцію.", "night"),
    ],
)
def test_a_part_of_the_day_gives_way_to_a_weekday_and_is_no_strike_drone(text: str, precision: str | None) -> None:
    found = _time.find_time(text, 0, len(text), PUB, "Europe/Kyiv")
    assert (found.interval.precision if found else None) == precision, found


# -- a sentence that goes on with the one before (ee687e3): not a background sentence's time -----------------------


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        (
            "Вночі дрони атакували Харків, пошкоджено підстанцію. 16 березня ворог атакував Суми, пошкоджено ТЕЦ. "
            "Також пошкоджено котельню в Харкові.",
            UKR_OUTLET,
            "Kharkiv",
        ),
        (
            "Вночі дрони атакували Харків, пошкоджено підстанцію. 16 березня ворог атакував Суми, пошкоджено ТЕЦ. "
            "Також пошкоджено котельню в Одесі.",
            UKR_OUTLET,
            "Odesa",
        ),
        (
            "Drones attacked Kharkiv overnight, damaging a substation, the governor said. Last year, on March 16, "
            "Russia hit the Kharkiv CHP. Additionally, a drone damaged a boiler house in Odesa, the Odesa governor "
            "said.",
            NEWS,
            "Odesa",
        ),
    ],
)
def test_a_sentence_that_goes_on_after_background_keeps_the_reports_time(text: str, source: Source, place: str) -> None:
    found = _where(text, source, place)
    assert all((c.time.earliest, c.time.latest) == _NIGHT for c in found), [c.time for c in found]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a date said of a statement is not the time of the sentence that goes on
        (
            "Війна триває.\nДрони знову атакували Україну. 17 березня губернатор повідомив, що дрони атакували Суми. "
            "Також пошкоджено підстанцію у Сумах.",
            False,
        ),
        # still: the date of an attack
        (
            "Війна триває.\nДрони знову атакували Україну. 17 березня дрони атакували Суми. Також пошкоджено "
            "підстанцію у Сумах.",
            True,
        ),
    ],
)
def test_a_sentence_that_goes_on_takes_an_attacks_date_not_a_statements(text: str, day: bool) -> None:
    found = _where(text, UKR_OUTLET, "Sumy", "energy.electricity.substation")
    assert all((c.time.earliest.astimezone(_KYIV).day == 17 and c.time.precision == "day") is day for c in found), [
        c.time for c in found
    ]
