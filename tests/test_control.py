"""Named admin zones and control layers: who held a place on a day, and whether a place straddles the front."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import ceasewatch.geo.control
from ceasewatch.agreements import parse_agreement
from ceasewatch.errors import AgreementError, InputError
from ceasewatch.geo.control import ControlLayers
from ceasewatch.geo.zones import admin_zones, named_zones, resolve_zone, side_of, zone_geometry
from tests.common import TOY_AGREEMENT

DEEPSTATE = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "deepstate_occupied"

# (name, lat, lon, party on 2025-03-20, admin zone)
PLACES = [
    ("Donetsk", 48.0159, 37.8028, "RUS", "ua-donetsk"),
    ("Kharkiv", 49.9935, 36.2304, "UKR", "ua-kharkiv"),
    ("Kherson (right bank)", 46.6354, 32.6169, "UKR", "ua-kherson"),
    ("Oleshky (left bank)", 46.6218, 32.7197, "RUS", "ua-kherson"),
    ("Simferopol", 44.9521, 34.1024, "RUS", "ua-crimea"),
    ("Sudzha", 51.1915, 35.2720, "RUS", "ru-kursk"),
    ("Belgorod", 50.5997, 36.5983, "RUS", "ru-belgorod"),
]


@pytest.fixture(scope="module")
def deepstate() -> ControlLayers:
    if not DEEPSTATE.is_dir():
        pytest.skip(f"the DeepState development layers are not at {DEEPSTATE} (../shared/data is missing)")
    return ControlLayers.load(DEEPSTATE)


def test_public_surface() -> None:
    assert set(ceasewatch.geo.control.__all__) == {
        "ControlAnswer",
        "ControlColumns",
        "ControlLayer",
        "ControlLayers",
        "ControlSide",
        "ControlStatus",
    }


# --- named admin zones ---------------------------------------------------------------------------------------------


def test_every_oblast_and_federal_subject_is_a_named_zone() -> None:
    zones = admin_zones()
    assert sum(z.country == "UKR" for z in zones) == 27  # 24 oblasts, Kyiv city, Crimea, Sevastopol
    assert sum(z.country == "RUS" for z in zones) == 83
    assert {z.id for z in zones} <= set(named_zones())
    assert {"black-sea", "sea-of-azov", "eastern-black-sea", "ukraine", "russia"} <= set(named_zones())
    assert all(z.id.startswith(("ua-", "ru-")) and z.id == z.id.lower() for z in zones)
    # Crimea and Sevastopol are Ukrainian units, as in the internationally recognised boundary.
    assert resolve_zone("UA-43") == "ua-crimea" and resolve_zone("UA-40") == "ua-sevastopol"


@pytest.mark.parametrize(
    ("name", "zone_id"),
    [
        ("ua-kherson", "ua-kherson"),
        ("UA-65", "ua-kherson"),
        ("ua-65", "ua-kherson"),
        ("RU-BEL", "ru-belgorod"),
        ("ua-odessa", "ua-odesa"),
        ("ua-kyiv-city", "ua-kyiv-city"),
        ("atlantis", None),
    ],
)
def test_zone_ids_and_aliases(name: str, zone_id: str | None) -> None:
    assert resolve_zone(name) == zone_id
    assert (name in named_zones()) is (zone_id is not None)


def _with_zones(zones: str) -> str:
    old = "targets: {include: [energy]"
    assert old in TOY_AGREEMENT
    return TOY_AGREEMENT.replace(old, f"zones: {zones}\n      {old}", 1)


@pytest.mark.parametrize("name", ["ua-kherson", "UA-65"])
def test_agreement_with_an_admin_zone_validates_and_a_point_in_kherson_is_inside(name: str) -> None:
    agreement = parse_agreement(_with_zones(f"{{include: [{{name: {name}}}]}}"), "admin.yaml")
    zone = agreement.readings[1].scope.zones.include[0]
    geometry = zone_geometry(zone)
    assert side_of(46.6354, 32.6169, 5.0, geometry)[0] == "inside"  # Kherson city
    assert side_of(46.4825, 30.7233, 5.0, geometry)[0] == "outside"  # Odesa


def test_unknown_zone_is_still_rejected() -> None:
    with pytest.raises(AgreementError) as caught:
        parse_agreement(_with_zones("{include: [{name: ua-khersonn}]}"), "bad.yaml")
    assert "unknown named zone 'ua-khersonn'" in str(caught.value)
    assert "did you mean ua-kherson" in str(caught.value)
    assert caught.value.field == "readings.1.scope.zones.include.0"


# --- control layers from the DeepState development data -------------------------------------------------------------


@pytest.mark.parametrize(("name", "lat", "lon", "party", "admin"), PLACES, ids=[p[0] for p in PLACES])
def test_known_places_on_20_march_2025(
    deepstate: ControlLayers, name: str, lat: float, lon: float, party: str, admin: str
) -> None:
    answer = deepstate.controller(lat, lon, date(2025, 3, 20))
    assert (answer.party, answer.status) == (party, "controlled"), answer.basis
    assert answer.layer_date == date(2025, 3, 20) and answer.age_days == 0
    assert admin in answer.basis


def test_sudzha_is_russian_because_the_layer_maps_ukraine_only(deepstate: ControlLayers) -> None:
    # Russian forces retook Sudzha around 13 March 2025, so RUS is right for 20 March. But the answer comes from the
    # admin boundary, not the layer: DeepState's polygon is the occupied area of Ukraine and says nothing about the
    # Ukrainian-held part of Kursk oblast (August 2024 - March 2025), which this data cannot show.
    answer = deepstate.controller(51.1915, 35.2720, "2025-03-20")
    assert answer.party == "RUS"
    assert "in Russia, which the layer does not map" in answer.basis


def test_a_day_before_the_first_layer_is_unknown(deepstate: ControlLayers) -> None:
    answer = deepstate.controller(48.0159, 37.8028, date(2025, 3, 16))
    assert (answer.party, answer.status, answer.layer_date, answer.age_days) == (None, "unknown", None, None)
    assert "no control layer on or before 2025-03-16" in answer.basis


@pytest.mark.parametrize(("day", "age"), [(date(2025, 3, 31), 1), (date(2025, 4, 1), 2)])
def test_a_missing_day_uses_the_previous_layer(deepstate: ControlLayers, day: date, age: int) -> None:
    assert day not in deepstate.days
    answer = deepstate.controller(48.0159, 37.8028, day)
    assert (answer.party, answer.layer_date, answer.age_days) == ("RUS", date(2025, 3, 30), age)
    assert f"{age} day" in answer.basis


def test_after_the_last_layer_the_last_one_is_used(deepstate: ControlLayers) -> None:
    answer = deepstate.controller(49.9935, 36.2304, datetime(2025, 5, 1, 1, 0, tzinfo=UTC))
    assert (answer.party, answer.layer_date, answer.age_days) == ("UKR", date(2025, 4, 18), 13)


def test_open_sea_and_other_countries_are_unknown(deepstate: ControlLayers) -> None:
    assert deepstate.controller(43.5, 33.0, "2025-03-20").status == "unknown"  # the open Black Sea
    assert deepstate.controller(53.9, 27.56, "2025-03-20").status == "unknown"  # Minsk
    # Ukraine's territorial sea off occupied Crimea is in Ukraine's admin polygon but held by no one on the layer.
    assert deepstate.controller(44.60, 33.30, "2025-03-20").party is None


def test_many_places_give_the_one_place_answers(deepstate: ControlLayers) -> None:
    days = [date(2025, 3, 16), date(2025, 3, 20), date(2025, 4, 1), date(2025, 4, 18)]
    lats, lons, when = [], [], []
    for _, lat, lon, _, _ in PLACES:
        for day in days:
            lats.append(lat)
            lons.append(lon)
            when.append(day)
    columns = deepstate.controllers(np.array(lats), np.array(lons), when)
    assert columns.answers() == [deepstate.controller(a, b, d) for a, b, d in zip(lats, lons, when, strict=True)]
    same = deepstate.controllers(lats, lons, np.array([d.isoformat() for d in when], dtype="datetime64[D]"))
    assert list(same.party) == list(columns.party)


def test_control_side_finds_places_on_the_line_of_contact(deepstate: ControlLayers) -> None:
    kherson = deepstate.control_side(46.6354, 32.6169, 10.0, "2025-03-20")  # the Dnipro is the front here
    assert kherson.straddles and kherson.parties == ("RUS", "UKR")
    assert kherson.answer.party == "UKR" and 0 < kherson.line_km <= 10.0
    kharkiv = deepstate.control_side(49.9935, 36.2304, 5.0, "2025-03-20")
    assert not kharkiv.straddles and kharkiv.parties == ("UKR",)
    donetsk = deepstate.control_side(48.0159, 37.8028, 5.0, "2025-03-20")
    assert not donetsk.straddles and donetsk.side == "inside"
    # Luhansk oblast's border with Rostov oblast: RUS on both sides, so no line of contact there.
    border = deepstate.control_side(48.2, 39.95, 10.0, "2025-03-20")
    assert border.parties == ("RUS",) and not border.straddles
    # Sudzha is about 9 km from Sumy oblast, held by UKR: the state border is the line of contact there.
    assert deepstate.control_side(51.1915, 35.2720, 15.0, "2025-03-20").straddles
    assert not deepstate.control_side(48.0, 37.8, 5.0, "2025-03-01").straddles  # no layer: nothing is known


# --- user layers ---------------------------------------------------------------------------------------------------


def _square(lon: float, lat: float, half: float = 0.1) -> dict[str, Any]:
    ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half]]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


def _write(path: Path, features: list[dict[str, Any]], **top: Any) -> Path:
    collection = {
        "type": "FeatureCollection",
        **top,
        "features": [{"type": "Feature", "properties": props, "geometry": geometry} for props, geometry in features],
    }
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def test_user_layers_with_parties_statuses_and_dates(tmp_path: Path) -> None:
    # A Ukrainian-held area inside Kursk oblast and a contested square near Pokrovsk, named by date in the file name.
    _write(
        tmp_path / "front_2025-03-01.geojson",
        [
            ({"party": "UKR"}, _square(35.27, 51.19)),
            ({"status": "contested"}, _square(37.18, 48.28)),
        ],
    )
    # One file holding two days, by a date property; DeepState-style Ukrainian names for statuses.
    _write(
        tmp_path / "history.json",
        [
            ({"date": "2025-03-05", "name": "Окуповано"}, _square(37.18, 48.28)),
            ({"date": "2025-03-09", "name": "Звільнено"}, _square(37.18, 48.28)),
        ],
    )
    layers = ControlLayers.load(tmp_path)
    assert layers.days == (date(2025, 3, 1), date(2025, 3, 5), date(2025, 3, 9))
    sudzha = layers.controller(51.1915, 35.2720, "2025-03-02")
    assert (sudzha.party, sudzha.age_days) == ("UKR", 1) and "area held by UKR" in sudzha.basis
    assert layers.controller(48.28, 37.18, "2025-03-01").status == "contested"
    assert layers.controller(48.28, 37.18, "2025-03-06").party == "RUS"
    assert layers.controller(48.28, 37.18, "2025-03-10").party == "UKR"
    assert layers.controller(51.1915, 35.2720, "2025-03-10").party == "RUS"  # back to the admin boundary
    assert (
        ControlLayers.load([tmp_path / "history.json"], occupier="XXX").controller(48.28, 37.18, "2025-03-06").party
        == "XXX"
    )


def test_two_files_of_one_day_are_merged(tmp_path: Path) -> None:
    _write(tmp_path / "a_2025-03-01.geojson", [({}, _square(37.0, 48.0))])
    _write(tmp_path / "b_2025-03-01.geojson", [({}, _square(30.5, 50.45))])
    layers = ControlLayers.load(tmp_path)
    assert len(layers.layers) == 1 and len(layers.layers[0].sources) == 2
    assert layers.controller(50.45, 30.5, "2025-03-01").party == "RUS"


@pytest.mark.parametrize(
    ("name", "features", "top", "field", "words"),
    [
        ("nodate.geojson", [({}, _square(30.0, 50.0))], {}, None, "day is not known"),
        ("x_2025-03-01.geojson", [({"date": "March"}, _square(30.0, 50.0))], {}, "properties.date", "not a day"),
        ("x_2025-03-01.geojson", [({"status": "maybe"}, _square(30.0, 50.0))], {}, "properties.status", "unknown"),
        ("x_2025-03-01.geojson", [({"party": "ukraine"}, _square(30.0, 50.0))], {}, "properties.party", "party"),
        ("x_2025-03-01.geojson", [({}, {"type": "Point", "coordinates": [30, 50]})], {}, "geometry", "not an area"),
    ],
)
def test_bad_layer_files_name_file_feature_and_field(
    tmp_path: Path, name: str, features: list[Any], top: dict[str, Any], field: str | None, words: str
) -> None:
    path = _write(tmp_path / name, features, **top)
    with pytest.raises(InputError) as caught:
        ControlLayers.load(path)
    assert caught.value.file == str(path) and caught.value.record == "feature 0"
    assert caught.value.field == field and words in str(caught.value)


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        ControlLayers.load(tmp_path / "absent")
    (tmp_path / "x_2025-03-01.geojson").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        ControlLayers.load(tmp_path)
