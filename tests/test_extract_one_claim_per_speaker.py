"""One claim per speaker (eval/gold/README.md, "## Conventions"): two speakers of one side who each name the attack
on one place are two claims, even where they agree on every field; one speaker's several sentences, a sentence that
names no speaker of its own, and one body named in two ways ("the authorities" and their operational HQ) stay one."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _actors
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
        # one speaker named twice, by title and by name with title
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


def test_speaker_words_name_who_speaks_not_who_strikes() -> None:
    said = "В.о. міського голови Сум Артем Кобзар повідомив, що росіяни атакували Суми."
    assert _actors.speaker_words(said, 0, len(said)) == {"миськ", "голов"}
    # a body named as the striker, with no verb of saying near it, is no speaker
    struck = "У ніч на 14 серпня підрозділи Сил безпілотних систем Збройних Сил України завдали ураження по заводу"
    assert _actors.speaker_words(struck, 0, len(struck)) == frozenset()
    # "Генеральний штаб" is "Генштаб", and "Міноборони" is "Минобороны"
    staff = "Генеральний штаб ЗСУ підтвердив ураження заводу."
    other = "– йдеться у повідомленні Генштабу."
    assert _actors.speaker_words(staff, 0, len(staff)) & _actors.speaker_words(other, 0, len(other))
