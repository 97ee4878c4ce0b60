"""A site said as part of a trunk line is an oil pumping station only on an oil line (on a gas line, a compressor
station); a pipeline listed beside a pumping station is a target of its own, not the station's line (review 35 A, M2
and M3)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, categories, run

PLAIN = Extractor()


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
    assert categories(PLAIN, text) == ["energy.gas.compressor_station"]


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
    assert categories(PLAIN, text) == ["energy.oil.pumping_station"]


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


@pytest.mark.parametrize(
    "text",
    [
        # the line after the station, further than its own phrase: "a station of the ... pipeline"
        "On August 13, drones attacked an oil pumping station also in Unecha – it was a station of the Transneft "
        "Druzhba oil pipeline.",
        # the line before the station: its work stopped by the station's hit
        "Міністр повідомив про припинення роботи нафтопроводу «Дружба» внаслідок удару по НПС «Унеча».",
        "Министр сообщил об остановке работы нефтепровода «Дружба» в результате удара по НПС «Унеча».",
    ],
)
def test_a_pipeline_near_its_pumping_station_in_either_order_is_the_station(text: str) -> None:
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil.pumping_station"], claims


def test_a_pipeline_told_at_the_place_of_a_pumping_station_is_the_station() -> None:
    # two sentences, one place: the line whose pumping stopped is the station's, not a second site of the branch
    text = (
        "Drones attacked the oil pumping station in the city of Unecha overnight, damaging it. "
        "As a result of the strike, the pumping of oil through the Druzhba oil pipeline in Unecha was stopped."
    )
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil.pumping_station"], claims


def test_a_pipeline_and_a_refinery_at_one_place_stay_the_branch() -> None:
    # not a pumping station: a refinery and a pipeline at one town are two sites of oil
    text = (
        "Drones attacked the oil refinery in Novoshakhtinsk overnight. "
        "The oil pipeline in Novoshakhtinsk was also damaged in the attack."
    )
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil"], claims


@pytest.mark.parametrize(
    "text",
    [
        # the station only a landmark of where the line was hit: no causal word between them (review 38 B, M1)
        "Drones hit the Druzhba oil pipeline near Unecha, 30 km from the Unecha pumping station.",
        # a comma list, in either order
        "Ukrainian drones struck an oil pipeline, a pumping station in Bryansk region.",
        "Ukrainian drones struck a pumping station, the Druzhba oil pipeline in Bryansk region.",
        "Дроны атаковали нефтеперекачивающую станцию, нефтепровод «Дружба» в Брянской области.",
        # the station's own name in quotes before the comma: still a comma list (a made-up name, no known site to
        # give the station on its own; audit S18, finding 4)
        "Дроны атаковали нефтеперекачивающую станцию «Ромашка», нефтепровод «Дружба» поврежден.",
        "Дрони атакували НПС «Ромашка», нафтопровід «Дружба» пошкоджено.",
        # "також"/"также"/"also": one more target
        "Дрони атакували нафтопровід «Дружба» поблизу Унечі, пошкоджено також НПС.",
        "Дроны атаковали нефтеперекачивающую станцию, также повреждён нефтепровод «Дружба» в Брянской области.",
        "Ukrainian drones hit an oil pumping station in Bryansk region, and also the Druzhba oil pipeline.",
    ],
)
def test_a_pipeline_named_as_another_target_near_a_pumping_station_is_not_the_station(text: str) -> None:
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil"], claims


@pytest.mark.parametrize(
    "text",
    [
        # right after the station, its own line (the old 40 characters)
        "Drones hit an oil pumping station of the Druzhba pipeline in Bryansk region.",
        # further after it, said as the station's own
        "Drones struck a pumping station in Tambov region, which pumps oil into the Druzhba pipeline to Hungary.",
    ],
)
def test_a_pipeline_said_as_the_stations_own_line_is_the_station(text: str) -> None:
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil.pumping_station"], claims


def test_a_pipeline_hit_in_another_sentence_at_a_pumping_stations_place_is_not_the_station() -> None:
    # the line told hit on its own, not stopped by the station's hit: both sites, `energy.oil`
    text = (
        "The oil pumping station in Unecha was damaged. A separate drone hit the oil pipeline near Unecha later that "
        "day."
    )
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil"], claims


def test_a_pipeline_told_as_a_pumping_stations_node_in_another_sentence_is_the_station() -> None:
    # the line's sentence names the station as its node, not a hit on the line of its own
    text = (
        "Дрони уразили нафтоперекачувальну станцію у місті Унеча. "
        "Місцеві жителі повідомляли про вибухи в районі ключового вузла нафтопроводу Дружба в Унечі."
    )
    claims = run(PLAIN, text, NEWS)
    assert [c.target.category for c in claims] == ["energy.oil.pumping_station"], claims
