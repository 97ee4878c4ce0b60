"""One claim per speaker (eval/gold/README.md, "## Conventions"): a sentence of the outlet's background section
("Контекст", "Background:", "Що передувало: ...") that names no one saying it is the outlet's own line, a claim of its
own beside the officials' claims at the same place, not the claim of the speaker quoted before it, nor a restatement
that gives way to theirs. Outside such a section, and where the sentence names its speaker, nothing changes."""

from __future__ import annotations

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import run

UA_NEWS = Source(name="Ukrainska Pravda", affiliation="independent_media", party="UKR")

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
