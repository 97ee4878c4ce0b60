"""Whether the sentence of a town tells something hit there is read only for a town or site in the region of a
region's claim on a site of one kind, which may move there (docs/extraction.md, a region's claim on a site of one
kind): not for every place of every report. The claims are the same either way; these tests record which places the
test is asked of. Short texts written for these tests."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _claims
from tests.test_extract import NEWS, run


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _asked(ex: Extractor, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[str]]:
    """The places of ``text`` whose sentences are asked whether they tell a hit, and the places of the claims."""
    asked: list[str] = []
    told_hit = _claims._told_hit

    def record(text: str, spans: list[tuple[int, int]], at: int) -> bool:
        asked.append(text[at : at + 12])
        return told_hit(text, spans, at)

    monkeypatch.setattr(_claims, "_told_hit", record)
    places = [c.place.name or "" for c in run(ex, text, NEWS)]
    return asked, places


@pytest.mark.parametrize(
    "text",
    [
        # no claim on a region: nothing may move, nothing is asked
        "Russian drones attacked Kharkiv overnight. Two houses were damaged in Kharkiv.",
        "Російські дрони атакували Харків. У Харкові пошкоджено два будинки.",
        # a region's claim on a site, and a town of another region only
        "Ukrainian drones attacked an oil depot in the Krasnodar region. A drone was shot down over Kyiv.",
    ],
)
def test_no_town_is_asked_whether_it_was_hit_where_no_claim_may_move_to_it(
    ex: Extractor, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked, _ = _asked(ex, text, monkeypatch)
    assert asked == []


def test_the_town_in_the_region_of_a_claim_on_a_site_is_asked_and_the_claim_moves(
    ex: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Ukrainian drones attacked an oil depot in the Krasnodar region. In the village of Novominskaya, fragments "
        "fell on the grounds of the enterprise."
    )
    asked, places = _asked(ex, text, monkeypatch)
    assert [a for a in asked if "Novominskaya" in a], asked
    assert "Novominskaya" in places
