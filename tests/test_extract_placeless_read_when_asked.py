"""Whether a sentence that gives no claim names a place is read only where the place kept before it asks, and after
the cheaper tests of that keeping pass: not where the scene before it tells no attack or damage and no claim came
before, nor where the sentence turns to another scene ("Separately, ..."). The claims are the same either way (rule 11
of docs/extraction.md); these tests record which sentences the place reader is asked of. Short texts written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract._claims import Extractor as ClaimExtractor
from tests.test_extract import NEWS, run
from tests.test_extract_styles import geocode


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor(geocoder=geocode, use_default=False, military=True)


def _asked(ex: Extractor, text: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The spans of ``text`` whose points the extractor asks for."""
    asked: list[str] = []
    names_point = ClaimExtractor._names_point

    def record(self: ClaimExtractor, text: str, s: int, e: int, *rest: Any) -> bool:
        asked.append(text[s:e].strip())
        return names_point(self, text, s, e, *rest)

    monkeypatch.setattr(ClaimExtractor, "_names_point", record)
    run(ex, text, NEWS)
    return asked


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # no claim before it, and the sentence before tells no attack or damage: nothing to keep
        ("The mayor spoke to reporters on Tuesday. Air raid alerts sounded for an hour.", "Air raid alerts"),
        # a claim before it, but the sentence turns to another scene: the place before is left, whatever it names
        (
            "Russian drones attacked Kharkiv overnight. Separately, peace talks stalled again. Two houses were "
            "damaged.",
            "Separately",
        ),
        ("Російські війська обстріляли Харків. Окремо тривали переговори. Пошкоджено два будинки.", "Окремо"),
    ],
)
def test_a_sentence_of_no_claim_is_not_read_for_places_where_no_place_is_kept(
    ex: Extractor, text: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not [span for span in _asked(ex, text, monkeypatch) if span.startswith(sentence)]


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # the place of the claim before may be kept over it: whether it names a place is read
        (
            "Russian drones attacked Kharkiv overnight. Explosions were heard around 2 a.m. Later the mayor said that "
            "12 houses were damaged.",
            "Explosions",
        ),
        ("Російські війська обстріляли Харків. Вибухи пролунали близько 22:45. Пошкоджено два будинки.", "Вибухи"),
    ],
)
def test_a_sentence_of_no_claim_is_read_for_places_where_the_place_before_may_be_kept(
    ex: Extractor, text: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [span for span in _asked(ex, text, monkeypatch) if span.startswith(sentence)]
