"""What the template scripts share: a distance (`km`), the "a claim within 25 km" check (`near`), a report of one
sentence from a party's official (`sentence_report`), and the test helpers they run the extractor with (re-exported
from ``tests.test_extract``). Run the scripts with ``PYTHONPATH=SRC:.`` from the repository's root."""

from __future__ import annotations

import math
from collections.abc import Iterable

from tests.test_extract import NEWS, RUS_MOD, UKR_GS, categories, report, run

from ceasewatch.model import Claim, Report

__all__ = ["NEWS", "RUS_MOD", "UKR_GS", "categories", "km", "near", "report", "run", "sentence_report"]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in km on a sphere of radius 6371 km (the figures the scripts were first run with)."""
    p = math.radians
    x = math.sin(p(lat2 - lat1) / 2) ** 2 + math.cos(p(lat1)) * math.cos(p(lat2)) * math.sin(p(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(x))


def near(claims: Iterable[Claim], lat: float, lon: float, r: float = 25) -> bool:
    """Whether any of ``claims`` is placed at a point within ``r`` km of (``lat``, ``lon``)."""
    return any(
        c.place is not None and c.place.lat is not None and km(c.place.lat, c.place.lon, lat, lon) <= r for c in claims
    )


def sentence_report(text: str, language: str, party: str = "UKR") -> Report:
    """A report of ``text`` by an official of ``party``, published on 10 July 2025."""
    return Report.model_validate(
        {
            "id": "t",
            "published_at": "2025-07-10T09:00:00+03:00",
            "source": {"name": "x", "affiliation": "party_official", "party": party},
            "language": language,
            "text": text,
        }
    )
