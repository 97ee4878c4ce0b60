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
    assert (gone, admin1) not in rows, rows
    # the target told in the country is a claim of its own (review 35 A, H1), not lost
    assert any(category == gone for category, _ in rows), rows


def _places(extractor: Extractor, text: str) -> set[tuple[str, str | None, str]]:
    return {(c.target.category, c.place.name, c.place.precision) for c in run(extractor, text, NEWS)}


@pytest.mark.parametrize(
    ("text", "refinery", "other"),
    [
        (
            "Генштаб ЗСУ підтвердив ураження Новокуйбишевського НПЗ у Росії та складу боєприпасів у Бєлгородській "
            "області.",
            "Novokuibyshevsk oil refinery",
            ("military.depot", "Belgorod Oblast", "admin1"),
        ),
        (
            "Генштаб: уражено Рязанський НПЗ у РФ (рф) та аеродром у Саратовській області.",
            "Ryazan oil refinery",
            ("military.airbase", "Saratov Oblast", "admin1"),
        ),
        (
            "Drones attacked the Afipsky refinery in Russia and a military airfield in Crimea.",
            "Afipsky oil refinery",
            ("military.airbase", "Crimea", "admin1"),
        ),
        (
            "Дроны атаковали Афипский НПЗ в России и аэродром в Крыму.",
            "Afipsky oil refinery",
            ("military.airbase", "Crimea", "admin1"),
        ),
        (
            "Генштаб заявляє про ураження Саратовського нафтопереробного заводу в Росії, місця зберігання "
            "безпілотників на аеродромі «Саки» в окупованому Криму.",
            "Saratov oil refinery",
            ("military", "Saki", "settlement"),
        ),
    ],
)
def test_a_named_site_told_in_the_country_keeps_its_own_claim(
    text: str, refinery: str, other: tuple[str, str, str]
) -> None:
    rows = _places(MIL, text)
    assert ("energy.oil.refinery", refinery, "facility") in rows, rows
    assert other in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces struck energy infrastructure in Ukraine and a railway depot in the Kharkiv region.",
        "Російські війська атакували енергетичні об'єкти в Україні та залізничну станцію на Харківщині.",
    ],
)
def test_a_kind_told_in_the_country_is_a_claim_of_the_country(text: str) -> None:
    rows = _places(PLAIN, text)
    assert ("energy", None, "country") in rows, rows
    assert ("civilian.transport", "Kharkiv Oblast", "admin1") in rows, rows
    assert ("energy", "Kharkiv Oblast", "admin1") not in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones attacked one of the largest oil refineries in Russia and a railway station in the Ryazan "
        "region, the governor said.",
        "Украинские дроны атаковали один из крупнейших НПЗ в России и железнодорожную станцию в Рязанской области.",
        "Українські дрони атакували один з найбільших НПЗ у Росії та залізничну станцію в Рязанській області.",
    ],
)
def test_a_target_ranked_in_the_country_stays_at_the_place(text: str) -> None:
    # "one of the largest ... in Russia" ranks the refinery in the country; it is at the place named after
    rows = _places(PLAIN, text)
    assert ("energy.oil.refinery", "Ryazan oil refinery", "facility") in rows, rows
    assert ("energy.oil.refinery", None, "country") not in rows, rows


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
