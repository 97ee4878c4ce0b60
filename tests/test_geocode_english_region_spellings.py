"""English spellings of a region that GeoNames holds only for its centre town name the region with an admin word."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ceasewatch.extract import extract
from ceasewatch.geo.geocode import geocode
from ceasewatch.model import Claim, Report, Source


def _claims(text: str) -> list[Claim]:
    report = Report(
        id="t",
        published_at=datetime(2025, 8, 14, 8, 0, tzinfo=UTC),
        source=Source(name="Reuters", affiliation="independent_media"),
        text=text,
        language="en",
    )
    return list(extract(report))


def _places(text: str) -> list[tuple[str | None, str]]:
    return [(c.place.admin1, c.place.precision) for c in _claims(text)]


@pytest.mark.parametrize(
    ("spelling", "admin1"),
    [
        ("Zaporizhzhya", "Zaporizhzhia Oblast"),
        ("Chernigiv", "Chernihiv Oblast"),
        ("Mykolayiv", "Mykolaiv Oblast"),
        ("Vinnytsya", "Vinnytsia Oblast"),
        ("Nizhniy Novgorod", "Nizhny Novgorod Oblast"),
        ("Cherkasi", "Cherkasy Oblast"),
        ("Khmelnytskyy", "Khmelnytskyi Oblast"),
    ],
)
@pytest.mark.parametrize(
    "template",
    [
        "Ukrainian drones struck an oil depot in {} Oblast.",
        "A drone attack damaged a power substation in the {} Region.",
        "Drones damaged a power substation in Ukraine's {} region.",
    ],
)
def test_a_centre_spelling_with_an_admin_word_is_the_region(spelling: str, admin1: str, template: str) -> None:
    best = geocode(template.format(spelling).rsplit(" in ", 1)[1].rstrip("."))[0]
    assert (best.kind, best.admin1) == ("admin1", admin1)
    assert _places(template.format(spelling)) == [(admin1, "admin1")]


@pytest.mark.parametrize(
    ("spelling", "admin1"),
    [
        ("Mykolayiv", "Mykolaiv Oblast"),
        ("Vinnytsya", "Vinnytsia Oblast"),
        ("Nizhniy Novgorod", "Nizhny Novgorod Oblast"),
    ],
)
def test_the_bare_centre_spelling_stays_the_town(spelling: str, admin1: str) -> None:
    best = geocode(spelling)[0]
    assert (best.kind, best.admin1) == ("settlement", admin1)
    assert _places(f"Russian drones attacked {spelling} overnight, damaging a substation.") == [(admin1, "settlement")]


def test_a_village_named_like_its_region_lends_it_no_spelling() -> None:
    # Primorskiy (about 1,200 people) spells like Primorsky Krai: no spelling of the krai
    assert all(c.kind != "admin1" for c in geocode("Primorskiy"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A drone hit a substation in the Mykolayiv district of Lviv region.", "Mykolayiv raion"),
        ("A drone hit a substation in Mykolayiv (Lviv region).", "Mykolayiv"),
        ("A drone hit a substation in the town of Mykolayiv in Lviv region.", "Mykolayiv"),
    ],
)
def test_a_spelling_that_names_a_town_in_another_region_stays_that_town(text: str, place: str) -> None:
    # Mykolayiv (about 14,500 people) and its raion are in Lviv Oblast: the spelling of Mykolaiv Oblast only with an
    # admin word after it ("Mykolayiv Oblast", above)
    assert [(c.place.name, c.place.admin1) for c in _claims(text)] == [(place, "Lviv Oblast")]
    assert [(c.kind, c.admin1) for c in geocode("Mykolayiv")[:1]] == [("settlement", "Mykolaiv Oblast")]
    assert all(c.kind != "admin1" for c in geocode("Mykolayiv"))


def test_a_spelling_under_four_letters_lends_no_region() -> None:
    # "Kiv", a GeoNames spelling of Kyiv, is too short to be a spelling of Kyiv Oblast
    assert all(c.kind != "admin1" for c in geocode("Kiv"))
