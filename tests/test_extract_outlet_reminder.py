"""One claim per speaker (eval/gold/README.md, "## Conventions"): the outlet's own reminder ("Напомним",
"Нагадаємо", "Як повідомлялося") that names no one saying it is the outlet's observation, not the claim of the speaker
quoted before it; a reminder that names its speaker ("Напомним, ранее губернатор сообщил ...", "за даними Генштабу")
stays that speaker's."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import NEWS, run

UA_NEWS = Source(name="Delo.ua", affiliation="independent_media", party="UKR")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            'Российские войска ударили по газодобывающему объекту в Харьковской области. Глава правления "Нафтогаза" '
            "Сергей Корецкий сообщил, что работники компании оперативно локализовали пожар.\n\n"
            "Напомним, несколько дней назад Россия атаковала объекты хранения газа и производственные мощности "
            '"Нафтогаза" на Черниговщине.',
            "Chernihiv",
        ),
        # the side named only as the owner of what was hit, right after that side's words: still the outlet's line
        (
            'Ночью российские войска обстреляли объект газодобычи "Нафтогаза" в Харьковской области. В "Нафтогазе" '
            "отметили, что координируют действия со всеми службами.\n"
            'Напомним, несколько дней назад Россия атаковала производственные мощности "Нафтогаза" на Харьковщине '
            "и Черниговщине.",
            "Kharkiv",
        ),
        # the owner after an impersonal opener, whose verb is no speaker's (audit S16 B, 2)
        (
            'Ночью российские войска обстреляли объект газодобычи "Нафтогаза" в Харьковской области. В "Нафтогазе" '
            "отметили, что координируют действия со всеми службами.\n"
            "Как сообщалось, на прошлой неделе атакованы мощности «Нафтогаза» на Черниговщине.",
            "Chernihiv",
        ),
        (
            "Вночі російські війська обстріляли об'єкт газовидобування «Нафтогазу» на Харківщині. У «Нафтогазі» "
            "зазначили, що координують дії з усіма службами.\n"
            "Як повідомлялося, минулого тижня уражено об'єкти Нафтогазу на Чернігівщині.",
            "Chernihiv",
        ),
        (
            "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках.\n\n"
            "Нагадаємо, у жовтні минулого року Сили оборони України вже завдавали удару по нафтобазі в Ровеньках.",
            "Rovenky",
        ),
    ],
)
def test_outlet_reminder_is_the_outlets_own_line(text: str, place: str) -> None:
    claims = [c for c in run(Extractor(), text, UA_NEWS) if place in (c.place.name or c.place.admin1 or "")]
    assert any(c.claimant is None and c.stance == "observation" for c in claims), [
        (c.target.category, c.claimant, c.evidence) for c in claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the reminder names who said it
        "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках.\n\n"
        "Нагадаємо, у жовтні минулого року Генштаб повідомив, що Сили оборони вже завдавали удару по нафтобазі в "
        "Ровеньках.",
        # it cites its source
        "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках.\n\n"
        "Нагадаємо, за даними Генштабу, у жовтні минулого року Сили оборони вже завдавали удару по нафтобазі в "
        "Ровеньках.",
        # it cites its source, in a reminder of last week (audit S16 B, 4)
        "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках.\n\n"
        "Нагадаємо, за даними Генштабу, минулого тижня Сили оборони вже завдавали удару по нафтобазі в Ровеньках.",
        # no reminder word: the speaker before speaks on
        "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках.\n\n"
        "У жовтні минулого року Сили оборони України вже завдавали удару по нафтобазі в Ровеньках.",
    ],
)
def test_reminder_naming_its_speaker_stays_the_speakers(text: str) -> None:
    claims = [c for c in run(Extractor(), text, UA_NEWS) if "Rovenky" in (c.place.name or "")]
    assert claims
    assert all(c.claimant == "UKR" for c in claims), [(c.target.category, c.claimant) for c in claims]


@pytest.mark.parametrize(
    ("text", "place", "party"),
    [
        # a local authority quoted in the reminder on a verb no other list of saying has ("информирует", "інформує")
        ("Губернатор Курской области сообщил, что дроны атаковали нефтебазу в Курске.\n\n"
         "Напомним, на прошлой неделе дроны атаковали нефтебазу в Курске, информирует губернатор.", "Kursk", "RUS"),
        ("Голова ОВА повідомив, що дрони атакували нафтобазу в Сумах.\n\n"
         "Нагадаємо, минулого тижня дрони атакували нафтобазу в Сумах, інформує голова ОВА.", "Sumy", "UKR"),
    ],
)  # fmt: skip
def test_reminder_quoting_a_local_authority_stays_the_authoritys(text: str, place: str, party: str) -> None:
    # (audit S16 B, 4: ``local_authority_speaks`` in ``_outlet_reminder``)
    claims = [c for c in run(Extractor(), text, UA_NEWS) if place in (c.place.name or "")]
    assert claims
    assert all(c.claimant == party for c in claims), [(c.target.category, c.claimant) for c in claims]


def test_reminder_in_an_english_wire() -> None:
    text = (
        "Ukraine's General Staff said its drones struck the oil depot in Rovenky overnight.\n\n"
        "As previously reported, Ukrainian drones struck the oil depot in Rovenky on 12 October last year."
    )
    claims = [c for c in run(Extractor(), text, NEWS) if "Rovenky" in (c.place.name or "")]
    assert any(c.claimant is None for c in claims), [(c.target.category, c.claimant) for c in claims]
