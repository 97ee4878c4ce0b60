"""One claim per speaker (eval/gold/README.md, "## Conventions"): a wire agency's dateline ("KYIV, Dec 22 (Reuters) -
...") is the report's own byline, not a channel or outlet cited as a source; the sentence it opens is the claim of the
speaker it names ("..., the regional governor said"). An agency cited in running text ("Reuters reported", "as
Reuters, citing sources, reported", "ASTRA: ...") is still a source of its own (claimant none)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _actors
from tests.test_extract import NEWS, run


@pytest.mark.parametrize(
    ("text", "independent"),
    [
        # a dateline: the agency's byline
        ("KYIV, Dec 22 (Reuters) - Russian forces struck the port of Odesa, the regional governor said.", False),
        ("Dec 22 (Reuters) – Two vessels were damaged in Russia's Krasnodar region, authorities said.", False),
        ("MOSCOW, Feb 12 (Reuters) — A drone attack caused a fire at a refinery, the head of the region said.", False),
        ("LONDON (AP) - Drones hit a depot, the governor said.", False),
        ("KYIV, Ukraine (AP) — Drones hit a depot, the governor said.", False),
        ("UPDATE 1-KYIV, Dec. 22 (Reuters) - Drones hit a depot, the governor said.", False),
        ("Drones hit a depot.\nDec 22 (Reuters) – Two vessels were damaged in Krasnodar, authorities said.", False),
        # the agency cited as a source in running text
        ("Reuters reported that drones hit the refinery in Ukhta.", True),
        ("Drones hit the refinery in Ukhta (Reuters), local media said.", True),
        ("Как сообщает Reuters со ссылкой на источники, судно находилось в порту Черноморска.", True),
        ("According to Reuters, drones hit the refinery in Ukhta.", True),
        # an agency in brackets with a dash after them mid-text is no dateline: it is cited
        ("Drones hit the Tuapse refinery (Reuters) - a fire broke out, the governor said.", True),
        # another source beside the dateline still counts
        ("KYIV, Dec 22 (Reuters) - Local Telegram channels reported explosions in Odesa.", True),
    ],
)
def test_a_wire_dateline_cites_no_source(text: str, independent: bool) -> None:
    assert _actors.cites_independent(text, 0, len(text)) is independent


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "KYIV, Dec 22 (Reuters) - Russian forces struck Ukraine's Black Sea port of Odesa late on Monday and "
            "damaged port facilities, the regional governor said.",
            "UKR",
        ),
        (
            "Dec 22 (Reuters) – Two piers were damaged as a result of a Ukrainian drone attack in Russia's Krasnodar "
            "region, authorities in the southern Russia region said on Monday.",
            "RUS",
        ),
    ],
)
def test_a_wire_dateline_leaves_the_sentence_to_its_speaker(text: str, claimant: str) -> None:
    claims = run(Extractor(), text, NEWS)
    assert claims and all(c.claimant == claimant for c in claims), [(c.claimant, c.evidence) for c in claims]


def test_an_agency_cited_in_running_text_is_a_source_of_its_own() -> None:
    text = (
        "Reuters reported, citing sources, that Russian forces struck Ukraine's Black Sea port of Odesa late on "
        "Monday and damaged port facilities."
    )
    claims = run(Extractor(), text, NEWS)
    assert claims and all(c.claimant is None for c in claims), [(c.claimant, c.evidence) for c in claims]


def test_an_agency_in_brackets_mid_text_is_a_source_of_its_own() -> None:
    text = "Drones hit the Tuapse refinery (Reuters) - a fire broke out, the governor said."
    claims = run(Extractor(), text, NEWS)
    assert claims and all(c.claimant is None and c.stance == "observation" for c in claims), [
        (c.claimant, c.stance, c.evidence) for c in claims
    ]
