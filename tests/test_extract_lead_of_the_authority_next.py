"""One claim per speaker (eval/gold/README.md, "## Conventions"): an outlet's lead on a hit in Russia that a local
authority, in the next sentence or the one after it, confirms or is said to have told ("... in the Samara region.
Governor Fedorishchev confirmed the death on Telegram", "Про це повідомив губернатор регіону") paraphrases him: it is
his claim alone, with no observation of the outlet's beside it. A lead told further before him, or one beside which he
tells a claim of his own ("Governor Busargin said a fire broke out"), stays the outlet's own observation too."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import run

NEWS = Source(name="The Tribune", affiliation="independent_media", party=None)


@pytest.mark.parametrize(
    "text",
    [
        "An elderly man died inside his house when it caught fire due to falling drone debris in the Samara region. "
        "Governor Vyacheslav Fedorishchev confirmed the death on Telegram.",
        "A Ukrainian drone strike hit a residential home in the Vygonich District of Bryansk Oblast, igniting a fire.\n"
        "Governor Alexander Bogomaz confirmed the attack in a message on his Telegram channel.",
        "У ніч проти 8 червня безпілотники атакували житловий будинок у Новомосковську Тульської області рф. "
        "Постраждали двоє людей.\nПро це повідомив губернатор регіону Дмітрій Міляєв.",
    ],
)
def test_lead_right_before_the_authority_is_his_claim_alone(text: str) -> None:
    claims = run(Extractor(), text, NEWS)
    assert claims, "no claim"
    assert all(c.claimant == "RUS" for c in claims), [(c.claimant, c.stance, c.evidence) for c in claims]


def test_lead_far_before_the_authority_stays_the_outlets_own_line() -> None:
    text = (
        "Ukraine's defence forces attacked an oil depot in the Russian city of Engels in Saratov Oblast overnight, "
        "causing a large-scale fire. The facility is used to refuel strategic aircraft.\n\n"
        "Source: social media\n\n"
        "Numerous videos are appearing on social media showing the fire. Users are also posting footage of smoke.\n\n"
        "Saratov Oblast Governor Roman Busargin said a fire broke out at an industrial facility in Engels after a "
        "UAV attack."
    )
    claims = [c for c in run(Extractor(), text, NEWS) if c.place.name == "Engels"]
    assert {c.claimant for c in claims} == {None, "RUS"}, [(c.claimant, c.stance, c.evidence) for c in claims]


def test_lead_right_before_an_authority_telling_his_own_claim_stays_the_outlets_too() -> None:
    # the authority tells what he says happened, not that he confirms the line before: two speakers, two claims
    text = "Ukrainian drones attacked an oil depot in Engels. Governor Busargin said a fire broke out."
    claims = [c for c in run(Extractor(), text, NEWS) if c.place.name == "Engels"]
    assert {c.claimant for c in claims} == {None, "RUS"}, [(c.claimant, c.stance, c.evidence) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        # a negated or impersonal "confirm" is no confirmation of the lead
        "Ukrainian drones attacked an oil depot in Engels overnight. "
        "Governor Busargin said a fire broke out; he has not confirmed any casualties.",
        "Вночі дрони атакували нафтобазу в Енгельсі. Губернатор Бусаргін повідомив, що уламки впали на житловий "
        "будинок у Саратові, поранень не підтверджено.",
    ],
)
def test_lead_before_an_authority_who_confirms_nothing_stays_the_outlets_too(text: str) -> None:
    claims = [c for c in run(Extractor(), text, NEWS) if c.place.name == "Engels"]
    assert None in {c.claimant for c in claims}, [(c.claimant, c.stance, c.evidence) for c in claims]


def test_lead_the_authority_confirms_in_ukrainian_is_his_claim_alone() -> None:
    text = "Вночі дрони атакували нафтобазу в Енгельсі. Губернатор Бусаргін підтвердив атаку."
    claims = run(Extractor(), text, NEWS)
    assert claims, "no claim"
    assert all(c.claimant == "RUS" for c in claims), [(c.claimant, c.stance, c.evidence) for c in claims]
