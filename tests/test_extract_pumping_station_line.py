"""A site said as part of a trunk line is an oil pumping station only on an oil line (on a gas line, a compressor
station); a pipeline listed beside a pumping station is a target of its own, not the station's line (review 35 A, M2
and M3)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


def _categories(text: str) -> list[str]:
    return [c.target.category for c in run(PLAIN, text, NEWS)]


@pytest.mark.parametrize(
    "text",
    [
        "Украинские дроны атаковали станцию, которая является частью трубопровода «Турецкий поток», в Краснодарском "
        "крае.",
        "Українські дрони атакували станцію, яка є частиною газопроводу, у Краснодарському краї.",
    ],
)
def test_a_station_of_a_gas_line_is_its_compressor_station(text: str) -> None:
    # not an oil pumping station, and not lost either: the station that pumps the line's gas
    assert _categories(text) == ["energy.gas.compressor_station"]


@pytest.mark.parametrize(
    "text",
    [
        "Украинские дроны атаковали станцию, которая является частью нефтепровода «Дружба», в Брянской области.",
        "Атака привела к остановке работы станции, которая является частью трубопровода Дружба, в Брянской области.",
        "Ukrainian media said the attack hit a facility that pumps oil from the Druzhba pipeline in the Bryansk "
        "region.",
    ],
)
def test_a_station_of_an_oil_line_is_an_oil_pumping_station(text: str) -> None:
    assert _categories(text) == ["energy.oil.pumping_station"]


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit the Druzhba oil pipeline and a pumping station in the Bryansk region overnight.",
        "Дроны атаковали нефтепровод «Дружба» и нефтеперекачивающую станцию в Брянской области.",
        # the other order: the line after the station, but joined to it by "and" as an item of the list
        "Drones hit a pumping station and the Druzhba oil pipeline in the Bryansk region overnight.",
        "Дроны атаковали нефтеперекачивающую станцию и нефтепровод «Дружба» в Брянской области.",
    ],
)
def test_a_pipeline_listed_beside_a_pumping_station_is_not_the_station(text: str) -> None:
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil"], claims
