"""Front-line summaries and settlement names that are target words (round 47). A ground assault repelled, said with
the verb ("відбили 22 атаки окупантів у районі Гуляйполя", "отразили пять контратак"; no English rule of its own), or an
attempt to push the line back ("спроб потіснити"), is a front-line summary, no strike (b32-uk-27, a General Staff
summary); an air attack repelled stays a strike. A capitalised settlement name the gazetteer knows, inside a sentence,
is the place, not a target word ("обстріляв Залізничне": no railway hit; "Енергодар", "Nefteyugansk"); the word said
as a target ("залізничну станцію", "Залізничне депо" at a sentence's head) stays one."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _lexicon
from ceasewatch.model import Source
from tests.test_extract import NEWS, RUS_MOD, UKR_GS, categories, run

PLAIN = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "Українські оборонці відбили 22 атаки окупантів у районі Гуляйполя.",
        "Подразделения отразили пять контратак в районах населенных пунктов Степовое и Новоселовка.",
        "Ворог здійснив 12 спроб потіснити наші підрозділи біля Покровська.",
        "На Гуляйпільському напрямку українські оборонці відбили 22 атаки окупантів у районі Гуляйполя, Білогір’я та "
        "у бік населених пунктів Добропілля, Залізничне, Гірке й Варварівка.",
    ],
)
def test_ground_assaults_repelled_are_a_front_line_summary(text: str) -> None:
    assert categories(PLAIN, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # an air attack repelled: a strike, with what it hit
        ("Сили ППО відбили атаку дронів на Київ, пошкоджено житловий будинок.", "civilian.residential"),
        ("Силы ПВО отразили атаку беспилотников на Белгород, повреждены три дома.", "civilian.residential"),
        # attacks repelled with no count, after drones sent on airfields (b14-ru-11)
        (
            "Украинская армия атаковала аэродромы. ВС России отразили атаки в Ивановской области, повреждены три дома.",
            "civilian.residential",
        ),
    ],
)
def test_an_air_attack_repelled_is_still_a_strike(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ворог обстріляв Залізничне.", "Zaliznychne"),
        ("Російські дрони атакували Енергодар.", "Enerhodar"),
        ("Ukrainian drones struck Nefteyugansk.", "Nefteyugansk"),
    ],
)
def test_a_settlement_named_by_a_target_word_is_the_place(text: str, place: str) -> None:
    claims = run(PLAIN, text, UKR_GS)
    assert [(c.target.category, c.place.name) for c in claims] == [("unknown", place)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ворог обстріляв залізничну станцію в Харкові.", "civilian.transport"),
        ("Залізничну станцію в Харкові обстріляли дрони.", "civilian.transport"),
        ("Drones struck the Zaporizhzhia Nuclear Power Plant.", "energy.electricity.generation.nuclear"),
        # a match that goes on past the town's name (b15-en-14)
        ("Ukrainian drones struck the Unecha oil pumping station in Russia.", "energy.oil.pumping_station"),
    ],
)
def test_a_target_word_said_as_a_target_stays_one(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("text", "source", "places"),
    [
        # the counted repel and the push are read in their own sentence only: the town list of the next sentence is no
        # front-line summary of the report (review 49 B, H1)
        (
            "Оборонці відбили 22 атаки. Ворог атакував Нікополь, Марганець, Покров і Червоногригорівку.",
            UKR_GS,
            {"Nikopol", "Marhanets", "Pokrov"},
        ),
        (
            "ВСУ пытаются потеснить российские войска. Противник атаковал Горловку, Донецк, Макеевку и Ясиноватую.",
            RUS_MOD,
            {"Horlivka", "Donetsk", "Makiyivka", "Yasynuvata"},
        ),
    ],
)
def test_ground_assaults_repelled_are_not_read_for_the_whole_report(
    text: str, source: Source, places: set[str]
) -> None:
    assert {c.place.name for c in run(PLAIN, text, source) if c.place is not None} == places


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        # counted attacks of drones or missiles repelled: an air attack, no ground fighting (review 49 B, M1)
        ("Бойцы отразили две атаки FPV-дронов на Шебекино, пострадавших нет.", RUS_MOD, "Shebekino"),
        ("Українські військові відбили 3 атаки ворожих «Шахедів» на Київ.", NEWS, "Kyiv"),
        ("Військові відбили дві атаки ворожих ударних безпілотників на Запоріжжя.", NEWS, "Zaporizhzhya"),
        ("Військові відбили 5 атак «шахедів» на Одесу.", NEWS, "Odesa"),
    ],
)
def test_counted_air_attacks_repelled_are_no_ground_fighting(text: str, source: Source, place: str) -> None:
    assert [c.place.name for c in run(PLAIN, text, source) if c.place is not None] == [place]


@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        # a strike from afar or by a drone said in the same sentence keeps its claim (review 49 B, M2)
        ("Оборонці відбили 22 атаки, ворог скинув 40 КАБів на Запоріжжя.", NEWS, "Zaporizhzhya"),
        ("Подразделения отразили пять контратак, а авиация нанесла удар по Краматорску.", RUS_MOD, "Kramatorsk"),
        (
            "ВСУ пытались потеснить наши подразделения, а затем нанесли удар беспилотником по Горловке.",
            RUS_MOD,
            "Horlivka",
        ),
    ],
)
def test_a_strike_said_with_assaults_repelled_stays(text: str, source: Source, place: str) -> None:
    assert [c.place.name for c in run(PLAIN, text, source) if c.place is not None] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # the first word of a body line after a headline with no final stop is a sentence's head (review 49 B, M4)
        "Удар по Харкову\nЗалізничне депо пошкоджено дроном, є поранені.",
        "Росіяни атакували Харків 12 листопада\nЗалізничне депо пошкоджено.",
        # a sentence's head (`Залізничне` is a settlement to the gazetteer)
        "Залізничне депо пошкоджено дроном у Харкові.",
    ],
)
def test_a_target_word_at_a_sentence_head_stays_one(text: str) -> None:
    assert "civilian.transport" in categories(PLAIN, text)


def test_an_attempt_to_push_the_line_back_is_a_front_line_summary() -> None:
    # (review 49 B, T1: fails without `потісн`; "спроби оточити" in its place gives a claim at Hulyaypole)
    assert run(PLAIN, "Ворог здійснив спроби потіснити наші підрозділи, ворог обстріляв Гуляйполе.", UKR_GS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Подразделения отбили наступление противника у Покровска.",
        "Оборонці відбили наступ ворога біля Покровська.",
        "Українські воїни відбили наступальні дії ворога.",
    ],
)
def test_an_offensive_repelled_is_ground_fighting(text: str) -> None:
    match = _lexicon.front_line(text)
    assert match is not None and match.group("ground"), text


@pytest.mark.parametrize(
    "text",
    [
        # "наступну", "наступного": the Ukrainian for "next", no offensive (audit S22 B, finding 5)
        "Сили оборони відбили наступну атаку окупантів на Покровськ.",
        "ЗСУ відбили наступного дня атаку на Харків.",
    ],
)
def test_the_next_attack_repelled_is_no_ground_fighting(text: str) -> None:
    match = _lexicon.front_line(text)
    assert match is None or not match.group("ground"), text


@pytest.mark.parametrize(
    "text",
    [
        # counted drone attacks said with the passive: an air attack too (audit S22 B, finding 4)
        "Сили ППО: відбито 3 атаки ворожих «Шахедів» на Київ.",
        "Отражены две атаки FPV-дронов на Белгород.",
    ],
)
def test_counted_drone_attacks_repelled_in_the_passive_are_no_front(text: str) -> None:
    assert _lexicon.front_line(text) is None, text
