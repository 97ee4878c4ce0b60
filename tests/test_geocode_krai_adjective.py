"""A krai's adjective in the feminine of an oblast's word (rule round 48): "в Ульяновской, Ставропольской и Курской
областях" shares the oblast's word out to a krai; the geocoder reads a Russian "-ской"/"-цкой" also as the masculine
"-ский" the gazetteer names the krai by, as it reads the Ukrainian "-ській" as "-ський"."""

from __future__ import annotations

import pytest

from ceasewatch.geo.geocode import geocode


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ставропольской области", "Stavropol Krai"),
        ("Краснодарской области", "Krasnodar Krai"),
        ("Курской области", "Kursk Oblast"),
    ],
)
def test_a_russian_feminine_region_adjective_finds_a_krai_too(text: str, name: str) -> None:
    assert geocode(text)[0].name == name
