"""An English facility's town after its owner's possessive ("Lukoil's Volgograd refinery", "Russia's Orenburg gas
processing plant") is the facility's name, as after "the": the registry's site, the owner no part of the name. Short
texts written for these tests; the bundled geocoder and facility registry."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()  # the bundled geocoder and facility registry


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Ukrainian drones attacked Lukoil's Volgograd refinery overnight.", "Volgograd oil refinery"),
        ("Drones struck Rosneft's Syzran oil refinery overnight.", "Syzran oil refinery"),
        ("Drones struck Novatek's Ust-Luga terminal overnight.", "Ust-Luga oil and gas terminals"),
        ("Russia's Orenburg gas processing plant was hit by drones overnight.", "Orenburg gas processing plant"),
        (
            "Power lines to Ukraine’s Zaporizhzhia nuclear power plant were damaged by shelling.",
            "Zaporizhzhia nuclear power plant",
        ),
    ],
)
def test_a_facility_after_its_owners_possessive_is_the_site(ex: Extractor, text: str, site: str) -> None:
    assert {(c.place.name, c.place.precision) for c in run(ex, text, NEWS)} == {(site, "facility")}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a possessive before a town's district, not a facility: the town stands
        ("Drones struck Kharkiv's Saltivka district overnight.", "Kharkiv"),
        # the owner's facility word right after the possessive, the town after it: the town
        ("Drones struck Lukoil's refinery in Volgograd overnight.", "Volgograd"),
        # a town's possessive right before a facility word: the town
        ("Drones struck Kharkiv's power plant overnight.", "Kharkiv"),
    ],
)
def test_a_possessive_before_no_facility_name_keeps_the_town(ex: Extractor, text: str, town: str) -> None:
    assert {(c.place.name, c.place.precision) for c in run(ex, text, NEWS)} == {(town, "settlement")}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a town's possessive is no owner (review 45 A H1): the town stands, the district or village after it is no
        # place of its own ("Novoselki" is no Kyiv-oblast village, "Pivdennyi" no Kirovohrad-oblast one)
        ("Drones hit Ryazan's Novoselki oil depot.", "Ryazan’"),
        ("Drones hit Bryansk's Kremniy El plant overnight.", "Bryansk"),
        ("Drones hit Belgorod's Severny oil depot overnight.", "Belgorod"),
        ("Russian drones hit Odesa's Pivdennyi port overnight.", "Odesa"),
    ],
)
def test_a_towns_possessive_before_a_facility_is_the_town(ex: Extractor, text: str, town: str) -> None:
    assert {(c.place.name, c.place.precision) for c in run(ex, text, NEWS)} == {(town, "settlement")}
