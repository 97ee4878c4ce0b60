"""One claim per speaker (eval/gold/README.md, "## Conventions"), the outlet's own reminder (review 35 B): a reminder
that names a side speaking on any verb of saying stays that side's; an undated English reminder stays its speaker's;
the sentences after an outlet's reminder in its paragraph are the outlet's too; "Як раніше повідомлялося", "Как ранее
сообщалось", "на прошлой неделе" open one; a governor's relay does not carry into it."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import NEWS, run

UA_NEWS = Source(name="Delo.ua", affiliation="independent_media", party="UKR")
RU_NEWS = Source(name="RBC", affiliation="independent_media", party="RUS")
LEAD = "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках. "
LEAD_EN = "Ukraine's General Staff said its drones struck the oil depot in Rovenky overnight. "


def _at(text: str, name: str, source: Source = UA_NEWS) -> list[tuple[str | None, str]]:
    return [
        (c.claimant, c.stance) for c in run(Extractor(), text, source) if name in (c.place.name or c.place.admin1 or "")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (LEAD + "Нагадаємо, у жовтні минулого року Генштаб ЗСУ звітував про ураження нафтобази в Ровеньках.", UA_NEWS),
        (
            LEAD + "Нагадаємо, у жовтні минулого року Зеленський наголошував, що Сили оборони уразили нафтобазу в "
            "Ровеньках.",
            UA_NEWS,
        ),
        (
            LEAD_EN + "As previously reported, on 12 October last year the General Staff confirmed a strike on the "
            "oil depot in Rovenky.",
            NEWS,
        ),
        # the next sentence names its speaker
        (
            LEAD + "Нагадаємо, кілька днів тому Сили оборони уразили нафтобазу в Ровеньках. Про це повідомив "
            "Генштаб ЗСУ.",
            UA_NEWS,
        ),
    ],
)
def test_reminder_naming_a_side_speaking_stays_that_sides(text: str, source: Source) -> None:
    claims = _at(text, "Rovenky", source)
    assert claims
    assert all(claimant == "UKR" for claimant, _ in claims), claims


@pytest.mark.parametrize(
    "second",
    [
        "As previously reported, Ukrainian drones struck the oil depot in Rovenky a few days ago.",
        "As previously reported, Ukrainian drones struck the oil depot in Rovenky several days ago. This was "
        "reported by the General Staff.",
    ],
)
def test_undated_english_reminder_is_no_observation_of_tonight(second: str) -> None:
    # "a few days ago" has no time: the outlet's line would take tonight's, as if it saw tonight's strike
    claims = _at(LEAD_EN + second, "Rovenky", NEWS)
    assert claims
    assert all(claimant == "UKR" for claimant, _ in claims), claims


def test_english_reminder_of_earlier_this_week_is_the_outlets() -> None:
    text = LEAD_EN + "As previously reported, Ukrainian drones struck the oil depot in Rovenky earlier this week."
    assert (None, "observation") in _at(text, "Rovenky", NEWS)


def test_sentences_after_an_outlets_reminder_are_the_outlets() -> None:
    text = (
        LEAD + "Нагадаємо, кілька днів тому Сили оборони уразили нафтобазу в Ровеньках. Тоді також була уражена "
        "нафтобаза в Луганську."
    )
    claims = [c for c in run(Extractor(), text, UA_NEWS) if c.place.name == "Luhansk"]
    assert claims
    assert all(c.claimant is None for c in claims), [(c.claimant, c.stance) for c in claims]


def test_a_sentence_of_tonight_after_a_reminder_stays_the_speakers() -> None:
    text = (
        LEAD + "Нагадаємо, кілька днів тому Сили оборони уразили нафтобазу в Ровеньках.\n\nЦієї ночі також була "
        "уражена нафтобаза в Луганську, повідомив Генштаб ЗСУ."
    )
    claims = [c for c in run(Extractor(), text, UA_NEWS) if c.place.name == "Luhansk"]
    assert claims
    assert all(c.claimant == "UKR" for c in claims), [(c.claimant, c.stance) for c in claims]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            LEAD + "\n\nЯк раніше повідомлялося, у жовтні минулого року Сили оборони України вже завдавали удару по "
            "нафтобазі в Ровеньках.",
            UA_NEWS,
        ),
        (
            "Генштаб ВСУ сообщил, что Силы обороны поразили нефтебазу в Ровеньках.\n\nКак ранее сообщалось, на "
            "прошлой неделе Силы обороны уже наносили удар по нефтебазе в Ровеньках.",
            NEWS,
        ),
    ],
)
def test_as_previously_reported_opens_the_outlets_reminder(text: str, source: Source) -> None:
    assert (None, "observation") in _at(text, "Rovenky", source)


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        (
            "Губернатор Харківської області Олег Синєгубов повідомив, що вночі росіяни атакували Харків дронами, "
            "пошкоджено будинки.\n\nНагадаємо, кілька днів тому росіяни атакували Чугуїв, пошкоджено підстанцію.",
            "Chuhu",
            UA_NEWS,
        ),
        (
            "Губернатор Брянской области Александр Богомаз сообщил, что ночью ВСУ атаковали Брянск дронами, "
            "повреждены дома.\n\nНапомним, несколько дней назад ВСУ атаковали Клинцы, повреждена подстанция.",
            "Klintsy",
            RU_NEWS,
        ),
    ],
)
def test_a_governors_relay_does_not_carry_into_the_outlets_reminder(text: str, name: str, source: Source) -> None:
    claims = _at(text, name, source)
    assert claims
    assert all(claimant is None for claimant, _ in claims), claims
