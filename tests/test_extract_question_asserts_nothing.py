"""A question an outlet puts as a subheading ("Что известно об атаке на Саратовский НПЗ?", "Що відомо про вибухи на
Київщині?") asserts no attack: it gives no claim of its own, neither the outlet's nor the speaker's it relays; a
statement ending in a full stop, or a rhetorical question that does not open on a word of asking, still does."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import run

UA_NEWS = Source(name="RBC-Ukraine", affiliation="independent_media", party="UKR")


@pytest.mark.parametrize(
    "question",
    [
        "Что известно об атаке на Саратовский НПЗ?",
        "Що відомо про удар по нафтобазі в Саратові?",
        "What do we know about the drone attack on the Saratov refinery?",
    ],
)
def test_a_question_gives_no_claim(question: str) -> None:
    claims = run(Extractor(), f"Воздушная тревога в регионе.\n{question}\nСпасатели выехали на место.", UA_NEWS)
    assert claims == [], [(c.target.category, c.evidence) for c in claims]


def test_a_question_subheading_adds_no_twin_of_the_lead() -> None:
    text = (
        "В ночь на 13 декабря неизвестные дроны атаковали нефтеперерабатывающий завод в российском Саратове.\n"
        "Что известно об атаке на Саратовский НПЗ?\n"
        "По предварительной информации, к месту событий выехали спасатели."
    )
    claims = run(Extractor(), text, UA_NEWS)
    assert len(claims) == 1, [(c.target.category, c.place.name, c.evidence) for c in claims]
    assert claims[0].evidence is not None
    assert "?" not in text[claims[0].evidence.start : claims[0].evidence.end]


@pytest.mark.parametrize(
    "text",
    [
        # a statement, not a question
        "Что известно: дроны атаковали нефтеперерабатывающий завод в Саратове.",
        # a rhetorical question that does not open on a word of asking still tells the strike
        "Ви думали, що вночі дрони атакували лише нафтопереробний завод у Саратові?",
    ],
)
def test_a_statement_or_rhetorical_question_is_still_a_claim(text: str) -> None:
    assert run(Extractor(), text, UA_NEWS)


TASS = Source(name="TASS", affiliation="party_aligned_media", party="RUS")
WIRE = Source(name="Wire", affiliation="independent_media")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a question with a comma: a clause of its own, not a subheading's one phrase
        ("Як можна говорити про перемир'я, коли вночі російські дрони вдарили по лікарні в Сумах?", UA_NEWS),
        ("Кто ответит за удар ВСУ по нефтебазе в Брянской области, где погибли двое?", TASS),
        # "when" is a conjunction here, not a word of asking
        ("When Russian drones hit the Odesa port overnight, where was the air defence?", WIRE),
        # a question the paragraph goes on from is not alone on its line
        ("Зачем ВСУ атаковали нефтебазу в Брянской области в день перемирия? Ответа Киев не дал.", TASS),
    ],
)
def test_a_question_in_a_paragraph_still_tells_its_attack(text: str, source: Source) -> None:
    assert run(Extractor(), text, source)


def test_a_bulleted_question_subheading_gives_no_claim() -> None:
    text = "Воздушная тревога в регионе.\n- Что известно об атаке на Саратовский НПЗ?\nСпасатели выехали на место."
    claims = run(Extractor(), text, UA_NEWS)
    assert claims == [], [(c.target.category, c.evidence) for c in claims]
