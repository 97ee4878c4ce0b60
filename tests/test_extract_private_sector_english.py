"""A town's "private sector" in English (round 47): the translation of "приватний сектор" / "частный сектор", the
quarter of private houses, is a home, `civilian.residential`, as the Ukrainian and Russian words are ("It hit the
private sector. Houses, outbuildings and cars were damaged", b32-en-06; "an air strike on one of the private sectors
of the city of Sumy", b32-en-25). Not the economy's private sector ("private sector companies", "the private sector
and the state", "Ukraine's private sector")."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

PLAIN = Extractor()


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops launched an air strike on one of the private sectors of the city of Sumy.",
        "Russian drones struck the private sector in Sumy overnight.",
        "Russian forces attacked the private sector of Kharkiv, a fire broke out.",
        "A Russian drone hit the private sector in Zaporizhzhia.",
    ],
)
def test_a_towns_private_sector_is_homes(text: str) -> None:
    assert categories(PLAIN, text) == ["civilian.residential"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian strikes on Kharkiv hurt private sector companies.",
        "Russian strikes on Kharkiv hurt the private sector and the state budget.",
        "Russian strikes on Kharkiv hurt Ukraine's private sector.",
        "Russian strikes on Kharkiv hurt private sector investment.",
    ],
)
def test_the_economys_private_sector_is_not_homes(text: str) -> None:
    assert "civilian.residential" not in categories(PLAIN, text)


@pytest.mark.parametrize(
    "text",
    [
        # not the object of a strike, or followed by the economy's words (review 49 B, M3)
        "Russian strikes on the energy grid hit the private sector hardest, the central bank said.",
        "Russian drones struck Kharkiv; the private sector reported losses of $2 million.",
        "Russian strikes on Kharkiv forced the private sector to cut production.",
        "Russian drones struck Kharkiv, and the private sector in Ukraine needs generators.",
        "Russian drones struck Kharkiv and damaged the private sector economy.",
        "Russian drones struck Kharkiv. Ukrainian private sector leaders condemned the attack.",
    ],
)
def test_the_private_sector_not_struck_is_not_homes(text: str) -> None:
    assert "civilian.residential" not in categories(PLAIN, text)
