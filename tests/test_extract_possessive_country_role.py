"""An English name read by its role (the name of a facility, the object of an attack verb) after a country's possessive
is the place without the country: "Ukraine's military claimed to have struck Russia's Ryazan oil refinery" is the
Ryazan refinery, not a place "Russia's Ryazan" that resolves to nothing. Short texts written for these tests."""

from __future__ import annotations

from ceasewatch.extract import _places


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in _places.find_places(text, 0, len(text))]


def test_a_facility_name_after_a_country_s_possessive_is_the_name_alone() -> None:
    text = "Ukraine's military claimed to have struck Russia's Ryazan oil refinery, causing a fire."
    (mention,) = _places.find_places(text, 0, len(text))
    assert text[mention.start : mention.end] == "Ryazan"
    assert mention.query == "Ryazan"
    assert mention.facility == "«Ryazan» oil refinery"


def test_a_curly_possessive_before_an_airfield_name_is_no_part_of_it() -> None:
    assert _names("Ukrainian special forces struck Russia’s Borisoglebsk military airfield overnight.") == [
        "Borisoglebsk"
    ]


def test_a_name_with_no_possessive_or_another_owner_is_read_as_before() -> None:
    # not triggered: no country's possessive before the name
    assert _names("Ukraine's military struck the Ryazan oil refinery.") == ["Ryazan"]
    # not triggered: a town's own possessive is the owner of the target, read as before
    assert _names("Russian drones hit Kharkiv's energy infrastructure.") == ["Kharkiv's"]
    # not triggered: the country's own institutions ("Russia's Defense Ministry") name no place
    assert _names("Russia's Defense Ministry said air defences shot down 40 drones.") == []
