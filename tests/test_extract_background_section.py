"""One claim per speaker (eval/gold/README.md, "## Conventions"): a sentence of the outlet's background section
("Контекст", "Background:", "Що передувало: ...") that names no one saying it is the outlet's own line, a claim of its
own beside the officials' claims at the same place, not the claim of the speaker quoted before it, nor a restatement
that gives way to theirs. Outside such a section, and where the sentence names its speaker, nothing changes."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import run

UA_NEWS = Source(name="Ukrainska Pravda", affiliation="independent_media", party="UKR")
WIRE = Source(name="Wire", affiliation="independent_media")
TASS = Source(name="TASS", affiliation="party_aligned_media", party="RUS")

_LEAD = (
    "Росіяни вдарили ракетою по житловому будинку у Кривому Розі, повідомив Вілкул.\n"
    "Контекст\n"
    "Президент України Володимир Зеленський повідомив, що росіяни вдарили по житлових будинках у Кривому Розі. "
)


def _at(text: str, place: str) -> list[tuple[str, str | None]]:
    return [
        (c.target.category, c.claimant)
        for c in run(Extractor(), text, UA_NEWS)
        if place in (c.place.name or c.place.admin1 or "")
    ]


def test_background_line_after_a_speaker_is_the_outlets_own_claim() -> None:
    text = _LEAD + "Того самого вечора РФ знову атакувала Кривий Ріг ударними безпілотниками."
    claims = _at(text, "Kryvyy Rih")
    assert ("unknown", None) in claims, claims


def test_background_heading_with_a_colon_keeps_the_outlets_line_beside_the_strike() -> None:
    text = (
        "Сили оборони уразили Волгоградський нафтопереробний завод, повідомив Генштаб ЗСУ.\n\n"
        "Що передувало: Про масовану атаку дронів на Волгоград повідомляли численні російські джерела."
    )
    claims = run(Extractor(), text, UA_NEWS)
    assert any(c.target.category == "unknown" and c.claimant is None for c in claims), [
        (c.target.category, c.claimant, c.place.name) for c in claims
    ]


def test_same_sentence_without_a_background_heading_stays_the_speakers() -> None:
    text = _LEAD.replace("Контекст\n", "") + "Того самого вечора РФ знову атакувала Кривий Ріг ударними безпілотниками."
    claims = _at(text, "Kryvyy Rih")
    assert ("unknown", None) not in claims, claims


def test_background_sentence_that_names_its_speaker_stays_the_speakers() -> None:
    text = _LEAD + "Ввечері РФ знову атакувала Кривий Ріг ударними безпілотниками, повідомили в Генштабі ЗСУ."
    claims = _at(text, "Kryvyy Rih")
    assert ("unknown", None) not in claims, claims


def test_word_context_inside_a_sentence_is_no_heading() -> None:
    text = (
        "Росіяни вдарили ракетою по житловому будинку у Кривому Розі, повідомив Вілкул. "
        "У контексті цієї атаки Зеленський повідомив, що росіяни вдарили по житлових будинках у Кривому Розі. "
        "Того самого вечора РФ знову атакувала Кривий Ріг ударними безпілотниками."
    )
    claims = _at(text, "Kryvyy Rih")
    assert ("unknown", None) not in claims, claims


_SECTION = (
    "Сили оборони уразили нафтобазу в Енгельсі, повідомив Генштаб ЗСУ.\n"
    "Передісторія: У березні сторони домовилися про мораторій на удари по енергетиці.\n\n"
)


@pytest.mark.parametrize(
    ("item", "place"),
    [
        (
            "Голова Харківської ОВА Олег Синєгубов повідомив, що росіяни вдарили КАБами по Куп'янську. "
            "Також пошкоджено підстанцію в Чугуєві.",
            "Chuhuyiv",
        ),
        (
            "Начальник Сумської ОВА заявив, що вночі росіяни атакували Суми дронами. "
            "Пізніше ракета влучила в залізничну станцію в Конотопі.",
            "Konotop",
        ),
        (
            "Президент Зеленський заявив, що Росія атакувала енергетику Одеси. "
            "Крім того, дрони уразили підстанцію у Миколаєві.",
            "Mykolayiv",
        ),
        ("Мер Києва Кличко повідомив про удар по Києву. Пошкоджено також ТЕЦ у Броварах.", "Brovary"),
    ],
)
def test_background_section_ends_at_its_paragraph(item: str, place: str) -> None:
    # a later item after a blank line is its speaker's again, as without the heading
    claims = _at(_SECTION + item, place)
    assert claims, "no claim"
    assert all(claimant == "UKR" for _, claimant in claims), claims


def test_background_section_ends_at_its_paragraph_in_english() -> None:
    text = (
        "Ukraine's drones hit an oil depot in Engels, the General Staff said.\n"
        "Background: Kyiv and Moscow agreed to a 30-day energy moratorium.\n\n"
        "Ukraine's Air Force said Russia launched 120 drones overnight. "
        "Drones hit a gas facility in Poltava and a substation in Sumy."
    )
    claims = [c for c in run(Extractor(), text, WIRE) if c.place.name in ("Poltava", "Sumy")]
    assert {c.place.name for c in claims} == {"Poltava", "Sumy"}, claims
    assert all(c.claimant == "UKR" for c in claims), [(c.place.name, c.claimant) for c in claims]


def test_background_heading_before_a_blank_line_opens_the_section() -> None:
    # the blank line right under the heading does not end a section that has not begun
    text = (
        _LEAD.replace("Контекст\n", "Контекст\n\n")
        + "Того самого вечора РФ знову атакувала Кривий Ріг ударними безпілотниками."
    )
    assert ("unknown", None) in _at(text, "Kryvyy Rih")


def test_heading_word_in_the_middle_of_a_line_is_no_heading() -> None:
    text = (
        "Росіяни вдарили ракетою по житловому будинку у Кривому Розі, повідомив Вілкул. "
        "Контекст: Того самого вечора РФ знову атакувала Кривий Ріг ударними безпілотниками."
    )
    assert ("unknown", None) not in _at(text, "Kryvyy Rih")


@pytest.mark.parametrize(
    ("text", "place", "claimant"),
    [
        (
            "Ukraine's General Staff said its drones hit the Saratov refinery.\nBackground:\n"
            "The General Staff said on Tuesday its drones hit the Ryazan refinery.",
            "Ryazan",
            "UKR",
        ),
        (
            "Російські дрони атакували енергетичний об'єкт в Одесі, повідомив голова ОВА Кіпер.\nКонтекст\n"
            "У вівторок, за словами президента, російські ракети влучили в підстанцію в Сумах.",
            "Sumy",
            "UKR",
        ),
    ],
)
def test_background_sentence_naming_a_speaker_without_a_side_stays_the_speakers(
    text: str, place: str, claimant: str
) -> None:
    claims = [c for c in run(Extractor(), text, WIRE) if place in (c.place.name or "")]
    assert claims, "no claim"
    assert all(c.claimant == claimant for c in claims), [(c.claimant, c.stance) for c in claims]


def test_background_sentence_whose_speaker_the_next_one_names_stays_the_speakers() -> None:
    text = (
        _LEAD + "Того самого вечора РФ знову атакувала Кривий Ріг ударними безпілотниками. Про це повідомив голова ОВА."
    )
    assert ("unknown", None) not in _at(text, "Kryvyy Rih")


def test_party_outlets_background_section_is_its_partys_voice() -> None:
    text = (
        "Российские ПВО сбили дроны над Брянском, сообщило Минобороны.\nКонтекст\n"
        "ВСУ атаковали нефтебазу в Клинцах. Пострадали двое."
    )
    claims = [c for c in run(Extractor(), text, TASS) if c.place.name == "Klintsy"]
    assert claims, "no claim"
    assert all(c.claimant == "RUS" for c in claims), [(c.claimant, c.stance) for c in claims]


def test_background_sentence_the_next_says_a_summary_tells_is_not_the_outlets() -> None:
    text = _LEAD + "Того самого вечора РФ знову атакувала Кривий Ріг. Про це йдеться у зведенні."
    assert ("unknown", None) not in _at(text, "Kryvyy Rih")
