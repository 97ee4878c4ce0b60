"""A target told in a country of its own ("два НПЗ в России") before another target named ahead of a place is not at
that place: the place is the later target's (rule round 31, slice r31spur)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

MIL = Extractor(military=True)
PLAIN = Extractor()


def _rows(extractor: Extractor, text: str) -> set[tuple[str, str | None]]:
    return {(c.target.category, c.place.admin1) for c in run(extractor, text, NEWS)}


@pytest.mark.parametrize(
    ("text", "admin1", "kept", "gone"),
    [
        (
            "Украинские дроны в ночь на четверг атаковали два нефтеперерабатывающих завода в России и "
            "железнодорожный узел в Волгоградской области.",
            "Volgograd Oblast",
            "civilian.transport",
            "energy.oil.refinery",
        ),
        (
            "Генштаб заявляє про ураження нафтопереробного заводу в Росії та залізничної станції в Курській області.",
            "Kursk Oblast",
            "civilian.transport",
            "energy.oil.refinery",
        ),
        (
            "Drones hit an oil refinery in Russia and a railway station in the Bryansk region overnight.",
            "Bryansk Oblast",
            "civilian.transport",
            "energy.oil.refinery",
        ),
    ],
)
def test_a_target_told_in_the_country_is_not_at_the_later_place(text: str, admin1: str, kept: str, gone: str) -> None:
    rows = _rows(PLAIN, text)
    assert (kept, admin1) in rows, rows
    assert all(category != gone for category, _ in rows), rows


@pytest.mark.parametrize(
    ("text", "admin1", "category"),
    [
        # no country after the first target: both targets are at the place
        (
            "Украинские дроны атаковали нефтеперерабатывающий завод и железнодорожный узел в Волгоградской области.",
            "Volgograd Oblast",
            "energy.oil.refinery",
        ),
        # the country after the place, not between the targets
        (
            "Drones hit an oil refinery and a railway station in the Bryansk region of Russia overnight.",
            "Bryansk Oblast",
            "energy.oil.refinery",
        ),
        # one target only, told in the country: it stays at the region named after
        (
            "Украинские дроны атаковали нефтеперерабатывающий завод в России, в Волгоградской области.",
            "Volgograd Oblast",
            "energy.oil.refinery",
        ),
    ],
)
def test_a_target_with_no_country_of_its_own_stays_at_the_place(text: str, admin1: str, category: str) -> None:
    rows = _rows(PLAIN, text)
    assert any(c.startswith(category) and a == admin1 for c, a in rows), rows


def test_a_target_told_in_the_country_is_not_lent_to_a_military_site() -> None:
    text = (
        "Генштаб заявляє про ураження Саратовського нафтопереробного заводу в Росії, місця зберігання безпілотників "
        "на аеродромі «Саки» в окупованому Криму."
    )
    rows = _rows(MIL, text)
    assert ("energy.oil.refinery", "Crimea") not in rows, rows
    assert any(c.startswith("military") and a == "Crimea" for c, a in rows), rows


# -- a place listed after a later target shares that target only ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Україна атакувала нафтобазу в російському Енгельсі та два аеродроми у Саратовській та Рязанській областях.",
        "Дроны атаковали нефтебазу в Энгельсе и железнодорожные станции в Саратовской и Рязанской областях.",
    ],
)
def test_a_listed_place_does_not_share_a_target_placed_before(text: str) -> None:
    rows = _rows(MIL, text)
    ryazan = {category for category, admin1 in rows if admin1 == "Ryazan Oblast"}
    assert ryazan and "energy.oil.storage" not in ryazan, rows


@pytest.mark.parametrize(
    "text",
    [
        # no place between the two targets: the listed region shares both
        "Україна атакувала нафтобазу та залізничну станцію у Саратовській та Рязанській областях.",
        "Дроны атаковали нефтебазу и железнодорожную станцию в Саратовской и Рязанской областях.",
    ],
)
def test_a_listed_place_shares_the_targets_named_together(text: str) -> None:
    rows = _rows(MIL, text)
    ryazan = {category for category, admin1 in rows if admin1 == "Ryazan Oblast"}
    assert any(c.startswith("energy.oil") for c in ryazan), rows
