"""The facility registry: the bundled files, look-up by name in three languages, nearest by ground distance, users'
CSV and GeoJSON files with located errors, and the store (SQLite and PostgreSQL through the `store` fixture)."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from ceasewatch.errors import InputError, NotFoundError
from ceasewatch.geo.facilities import (
    CSV_COLUMNS,
    FacilityRegistry,
    import_facilities,
    name_skeleton,
    normalise_name,
    read_curated,
    read_facilities,
)
from ceasewatch.geo.gazetteer import gazetteer
from ceasewatch.model import Facility
from ceasewatch.model.taxonomy import CATEGORIES
from ceasewatch.store import Store


@pytest.fixture(scope="module")
def registry() -> FacilityRegistry:
    return FacilityRegistry.bundled()


def facility(facility_id: str = "user:depot-1", **changes: Any) -> Facility:
    body: dict[str, Any] = {
        "id": facility_id,
        "name": "Test depot",
        "category": "energy.oil.storage",
        "country": "UKR",
        "lat": 48.0,
        "lon": 35.0,
        "source": "test",
    }
    body.update(changes)
    return Facility.model_validate(body)


# -- the bundled registry ---------------------------------------------------------------------------------------------


def test_bundled_registry_loads_all_three_sources(registry: FacilityRegistry) -> None:
    ids = [f.id for f in registry]
    assert len(ids) == len(set(ids)) == len(registry)
    assert ids == sorted(ids)
    prefixes = {i.split(":")[0] for i in ids}
    assert prefixes == {"cw", "gem", "gppd"}
    assert sum(i.startswith("gppd:") for i in ids) > 500
    assert sum(i.startswith("gem:") for i in ids) > 300
    for f in registry:
        assert f.category in CATEGORIES
        assert f.source and f.licence and f.source_url


def test_curated_records_cite_a_source_and_a_precision(registry: FacilityRegistry) -> None:
    text = (resources.files("ceasewatch") / "data" / "facilities" / "curated.yaml").read_text(encoding="utf-8")
    records = read_curated(text, "curated.yaml")
    assert len(records) >= 20
    for f, note, supersedes in records:
        assert f.source_url and f.source_url.startswith("http"), f.id
        assert f.name_uk and f.name_ru, f.id
        assert note.precision in {"site", "town", "district", "area"}, f.id
        assert note.radius_km > 0
        assert registry.get(f.id) == f
        assert registry.note(f.id) == note
        for old in supersedes:
            assert old not in registry


def test_get_unknown_id_is_not_found(registry: FacilityRegistry) -> None:
    with pytest.raises(NotFoundError, match="no facility 'cw:nowhere'"):
        registry.get("cw:nowhere")


@pytest.mark.parametrize(
    ("name", "facility_id"),
    [
        ("Kropotkinskaya oil pumping station (CPC)", "cw:kropotkinskaya-ps"),
        ("НПС «Кропоткинская»", "cw:kropotkinskaya-ps"),
        ("Кропоткинская нефтеперекачивающая станция КТК", "cw:kropotkinskaya-ps"),
        ("нпс кропоткинская", "cw:kropotkinskaya-ps"),
        ("ГИС «Суджа»", "cw:sudzha-gms"),
        ("газоизмерительная станция «Суджа»", "cw:sudzha-gms"),
        ("Газовимірювальна станція «Суджа»", "cw:sudzha-gms"),
        ("SUDZHA GAS METERING STATION", "cw:sudzha-gms"),
        ("Нефтебаза «Кавказская»", "cw:kavkazskaya-oil-depot"),
        ("Кременчуцький нафтопереробний завод", "cw:kremenchuk-refinery"),
        ("Кременчугский НПЗ", "cw:kremenchuk-refinery"),
        ("ЗАЕС", "cw:zaporizhzhia-npp"),
        ("Запорожская атомная электростанция", "cw:zaporizhzhia-npp"),
        ("Trypilska", "cw:trypillia-tpp"),
        ("Курская ТЭЦ-1", "cw:kursk-chp-1"),
        ("КС «Русская»", "cw:russkaya-cs"),
        ("Турецкий поток", None),  # a GEM pipeline: checked below
    ],
)
def test_find_by_name_in_three_languages(registry: FacilityRegistry, name: str, facility_id: str | None) -> None:
    found = [f.id for f in registry.find(name)]
    if facility_id is None:
        assert found and all(i.startswith("gem:") for i in found)
    else:
        assert found[0] == facility_id


def test_find_is_script_insensitive(registry: FacilityRegistry) -> None:
    assert [f.id for f in registry.find("Kropotkinskaya")][:1] == ["cw:kropotkinskaya-ps"]
    assert [f.id for f in registry.find("Кропоткинская")][:1] == ["cw:kropotkinskaya-ps"]
    assert name_skeleton("Кореновская") == name_skeleton("Korenovskaya")
    assert normalise_name("  ГИС «Суджа» ") == "гис суджа"
    assert registry.find("no such place at all") == []


@pytest.mark.parametrize(
    ("name", "facility_id"),
    [
        ("нефтебазы «Кавказской»", "cw:kavkazskaya-oil-depot"),
        ("нафтобазу Кавказьку", "cw:kavkazskaya-oil-depot"),
        ("ГИС «Суджи»", "cw:sudzha-gms"),
        ("НПС «Кропоткинской»", "cw:kropotkinskaya-ps"),
    ],
)
def test_find_tolerates_inflected_name_words(registry: FacilityRegistry, name: str, facility_id: str) -> None:
    assert [f.id for f in registry.find(name)][:1] == [facility_id]


def test_inflection_does_not_invent_facilities(registry: FacilityRegistry) -> None:
    # neither the Achinsk nor the Komsomolsk refinery is in the bundled registry; no other facility may answer
    assert registry.find("Ачинского НПЗ") == []
    assert [f.id for f in registry.find("Краснодарского НПЗ")] == ["cw:krasnodar-refinery"]
    assert registry.find("Комсомольського нафтопереробного заводу") == []
    assert registry.find("Kavkazskaya oil pumping station") == []


@pytest.mark.parametrize(
    ("name", "facility_id"),
    [
        ("Саратовский НПЗ", "cw:saratov-refinery"),
        ("на Саратовском НПЗ", "cw:saratov-refinery"),
        ("Саратовського нафтопереробного заводу", "cw:saratov-refinery"),
        ("НПЗ в Саратове", "cw:saratov-refinery"),
        ("refinery in Saratov", "cw:saratov-refinery"),
        ("НПЗ у Рязані", "cw:ryazan-refinery"),
        ("Новокуйбышевского НПЗ", "cw:novokuibyshevsk-refinery"),
        ("Туапсинського НПЗ", "cw:tuapse-refinery"),
        ("Slavneft-YaNOS", "cw:yaroslavl-refinery"),
        ("нефтебазы в Тихорецке", "cw:tikhoretsk-oil-depot"),
        ("нефтебазы «Шесхарис»", "cw:sheskharis-oil-terminal"),
        ("Астраханского газоперерабатывающего завода", "cw:astrakhan-gpp"),
        ("по аэродрому Энгельс", "cw:engels-airbase"),
        ("аеродром в Енгельсі", "cw:engels-airbase"),
        ("авіабазу Саки", "cw:saky-airbase"),
        ("Харківської ТЕЦ-5", "cw:kharkiv-chp-5"),
        ("ДніпроГЕС", "cw:dnipro-hpp"),
        ("Курской атомной электростанции", "cw:kursk-npp"),
        ("Ухтинского НПЗ", "cw:ukhta-refinery"),
        ("Ukhta refinery", "cw:ukhta-refinery"),
        ("Московського нафтопереробного заводу", "cw:moscow-refinery"),
        ("Новошахтинский НПЗ", "cw:novoshakhtinsk-refinery"),
        ("нефтебазы «Кристалл»", "cw:engels-kristall-oil-depot"),
        ("нефтебаза «Кавказ»", "cw:proletarsk-kavkaz-oil-depot"),
        ("НПС «Унеча»", "cw:unecha-ps"),
        ("НПС «Никольское»", "cw:nikolskoye-ps"),
        ("ГРС «Сватово»", "cw:svatove-gas-distribution-station"),
        ("газорозподільна станція Сватове", "cw:svatove-gas-distribution-station"),
        ("подстанция Васильевка", "cw:zaporizhzhia-vasylivka-substation"),
        ("Хмельницької АЕС", "cw:khmelnytskyi-npp"),
        ("ЧАЕС", "cw:chornobyl-npp"),
        ("Канівська ГЕС", "cw:kaniv-hpp"),
        ("Новочеркасская ГРЭС", "cw:novocherkassk-gres"),
        ("порт Кавказ", "cw:port-kavkaz"),
        ("Ізмаїльський порт", "cw:izmail-port"),
        ("аэродром Мариновка", "cw:marinovka-airbase"),
        ("аеродром Саваслейка", "cw:savasleyka-airbase"),
    ],
)
def test_find_2025_strike_targets_in_running_text(registry: FacilityRegistry, name: str, facility_id: str) -> None:
    assert [f.id for f in registry.find(name)][:1] == [facility_id]


def test_a_town_alone_is_not_its_facility(registry: FacilityRegistry) -> None:
    assert registry.find("Саратов") == []
    assert registry.find("Енгельсі") == []
    assert registry.find("Унеча") == []
    assert registry.find("Сватово") == []
    assert registry.find("Ukhta") == []
    assert registry.find("НПЗ в Атлантиде") == []


def test_curated_2025_targets_supersede_gppd_and_keep_their_precision(registry: FacilityRegistry) -> None:
    assert len(registry.select("military.airbase")) >= 10
    assert len(registry.select("energy.oil.refinery", "RUS")) >= 15
    assert "gppd:wri1005120" not in registry and registry.get("cw:dnipro-hpp").lat == pytest.approx(47.8675)
    note = registry.note("cw:saratov-refinery")
    assert note is not None and note.precision == "town" and note.radius_km >= 10
    site = registry.note("cw:engels-airbase")
    assert site is not None and site.precision == "site" and site.radius_km <= 3


def test_select_by_category_and_country(registry: FacilityRegistry) -> None:
    nuclear_ua = registry.select("energy.electricity.generation.nuclear", "UKR")
    assert {f.id for f in nuclear_ua} >= {"cw:zaporizhzhia-npp"}
    assert all(f.country == "UKR" for f in nuclear_ua)
    oil = registry.select("energy.oil")
    assert {f.category for f in oil} >= {"energy.oil.pipeline", "energy.oil.pumping_station", "energy.oil.refinery"}
    with pytest.raises(ValueError, match=r"unknown target category 'energy\.coal'"):
        registry.select("energy.coal")


# -- nearest ----------------------------------------------------------------------------------------------------------


def _line_registry() -> FacilityRegistry:
    line = {"type": "LineString", "coordinates": [[30.0, 50.0], [30.5, 50.0]]}  # about 36 km along 50°N
    site = facility("user:site", lat=50.2, lon=30.2)
    pipe = facility("user:pipe", name="Test pipeline", category="energy.gas.pipeline", lat=50.0, lon=30.25,
                    geometry=line)  # fmt: skip
    yard = facility(
        "user:yard",
        name="Refinery yard",
        category="energy.oil.refinery",
        lat=50.505,
        lon=30.505,
        geometry={
            "type": "Polygon",
            "coordinates": [[[30.5, 50.5], [30.52, 50.5], [30.52, 50.52], [30.5, 50.52], [30.5, 50.5]]],
        },
    )
    return FacilityRegistry([site, pipe, yard])


def test_a_point_next_to_a_pipeline_finds_the_pipeline() -> None:
    reg = _line_registry()
    # 1 km north of the middle of the line, far (> 10 km) from both ends
    lat = 50.0 + 1.0 / 111.2
    found = reg.nearest(lat, 30.123, max_km=2)
    assert [f.id for f, _ in found] == ["user:pipe"]
    assert 0.99 < found[0][1] < 1.02  # the densified vertices are at most 125 m apart from the true foot
    assert reg.nearest(lat, 30.123, max_km=0.5) == []


def test_a_point_inside_a_polygon_is_at_distance_zero() -> None:
    reg = _line_registry()
    assert reg.nearest(50.51, 30.51, max_km=0.1) == [(reg.get("user:yard"), 0.0)]
    idx, dist = reg.nearest_many([50.51], [30.51], max_km=0.1)
    assert reg[int(idx[0])].id == "user:yard" and dist[0] == 0.0


def test_bundled_cpc_pipeline_is_found_near_kropotkin(registry: FacilityRegistry) -> None:
    found = registry.nearest(45.44, 40.58, max_km=5)
    assert found and found[0][0].category == "energy.oil.pipeline"
    assert "cw:kropotkinskaya-ps" in {f.id for f, _ in found}
    assert [d for _, d in found] == sorted(d for _, d in found)
    only_stations = registry.nearest(45.44, 40.58, max_km=5, categories=["energy.oil.pumping_station"])
    assert [f.id for f, _ in only_stations] == ["cw:kropotkinskaya-ps"]


def test_nearest_many_agrees_with_nearest(registry: FacilityRegistry) -> None:
    rng = np.random.default_rng(7)
    lats = np.concatenate([rng.uniform(44.5, 52.0, 60), [45.44, 51.19, 47.51]])
    lons = np.concatenate([rng.uniform(30.0, 41.0, 60), [40.58, 35.27, 34.59]])
    idx, dist = registry.nearest_many(lats, lons, max_km=10)
    assert idx.dtype == np.int64 and idx.shape == lats.shape
    for k in range(len(lats)):
        single = registry.nearest(float(lats[k]), float(lons[k]), max_km=10)
        if idx[k] < 0:
            assert single == [] and math.isinf(dist[k])
        else:
            assert single, k
            assert math.isclose(single[0][1], dist[k], abs_tol=1e-6)
            assert registry[int(idx[k])].id == single[0][0].id or math.isclose(
                dict((f.id, d) for f, d in single)[registry[int(idx[k])].id], single[0][1], abs_tol=1e-6
            )


def test_nearest_checks_its_options(registry: FacilityRegistry) -> None:
    with pytest.raises(ValueError, match="not a point"):
        registry.nearest(91, 0)
    with pytest.raises(ValueError, match="max_km"):
        registry.nearest(45, 40, max_km=-1)
    with pytest.raises(ValueError, match="unknown target category"):
        registry.nearest(45, 40, categories=["energy.nope"])


# -- users' files -----------------------------------------------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_csv(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.csv",
        "id,name,name_uk,aliases,category,country,lat,lon,capacity,capacity_unit\n"
        "user:sub-1,Pivnichna substation,Підстанція «Північна»,ПС Північна|Pivnichna,energy.electricity.substation,"
        "UKR,48.5,35.0,330,kV\n"
        "\n"
        'user:depot-2,"Depot, north",,,energy.oil.storage,UKR,48.6,35.1,,\n',
    )
    facilities = read_facilities(path)
    assert [f.id for f in facilities] == ["user:sub-1", "user:depot-2"]
    assert facilities[0].aliases == ("ПС Північна", "Pivnichna")
    assert facilities[0].capacity == 330
    assert facilities[1].name == "Depot, north" and facilities[1].source == "user file mine.csv"
    assert set(CSV_COLUMNS) >= {"id", "name", "lat", "lon", "geometry"}


@pytest.mark.parametrize(
    ("text", "line", "field", "message"),
    [
        ("id,name,category,lat\nx,y,energy,1\n", 1, "lon", "missing column 'lon'"),
        ("id,name,category,lat,lon,colour\n", 1, "colour", "unknown column 'colour'"),
        ("id,name,category,lat,lon\nuser:a,A,energy,45,40\nuser:b,B,energy.coal,45,40\n", 3, "category",
         "unknown target category"),
        ("id,name,category,lat,lon\nuser:a,A,energy,95,40\n", 2, "lat", "at most 90"),
        ("id,name,category,lat,lon\nuser:a,A,energy,north,40\n", 2, "lat", ""),
        ("id,name,category,lat,lon\nuser:a,A,energy,45,40\n\nuser:a,B,energy,45,40\n", 4, "id",
         "already used by line 2"),
        ("id,name,category,lat,lon\nuser:a,A,energy,45\n", 2, None, "cells"),
        ("id,name,category,lat,lon,geometry\nuser:a,A,energy,45,40,{\"type\": \"Blob\"}\n", 2, "geometry", "GeoJSON"),
        ("id,name,category,lat,lon\nUser A,A,energy,45,40\n", 2, "id", ""),
    ],
)  # fmt: skip
def test_csv_errors_are_located(tmp_path: Path, text: str, line: int, field: str | None, message: str) -> None:
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(InputError) as caught:
        read_facilities(path)
    error = caught.value
    assert (error.file, error.line, error.field) == (str(path), line, field)
    assert message in str(error)
    assert str(error).startswith(f"{path}:{line}")


def _collection(*features: dict[str, Any]) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}, ensure_ascii=False)


def test_read_geojson_points_lines_and_polygons(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.geojson",
        _collection(
            {"type": "Feature", "properties": {"id": "user:p", "name": "Point site", "category": "energy.heat"},
             "geometry": {"type": "Point", "coordinates": [35.0, 48.0]}},
            {"type": "Feature", "properties": {"id": "user:l", "name": "Line", "name_ru": "Линия",
                                               "category": "energy.electricity.line", "aliases": ["ЛЭП"]},
             "geometry": {"type": "LineString", "coordinates": [[35.0, 48.0], [35.2, 48.0]]}},
            {"type": "Feature", "properties": {"id": "user:a", "name": "Area", "category": "energy.oil.refinery"},
             "geometry": {"type": "Polygon", "coordinates": [[[35, 48], [35.1, 48], [35.1, 48.1], [35, 48]]]}},
        ),
    )  # fmt: skip
    point, line, area = read_facilities(path)
    assert (point.lat, point.lon, point.geometry) == (48.0, 35.0, None)
    assert line.geometry is not None and line.geometry["type"] == "LineString"
    assert math.isclose(line.lat, 48.0) and math.isclose(line.lon, 35.1)
    assert area.geometry is not None and area.geometry["type"] == "Polygon"
    assert line.aliases == ("ЛЭП",) and line.source == "user file mine.geojson"
    found = FacilityRegistry([point, line, area]).nearest(48.005, 35.15, max_km=1)
    assert [f.id for f, _ in found] == ["user:l"]


@pytest.mark.parametrize(
    ("features", "record", "field", "message"),
    [
        ([{"type": "Feature", "properties": {"id": "user:x", "name": "X", "category": "energy.oil.storage"},
           "geometry": None}], "features[0] (user:x)", "lat", "required"),
        ([{"type": "Feature", "properties": {"id": "user:x", "name": "X", "category": "energy.oil.storage"},
           "geometry": {"type": "Point", "coordinates": [35, 48]}},
          {"type": "Feature", "properties": {"id": "user:y", "name": "Y", "category": "oil"},
           "geometry": {"type": "Point", "coordinates": [35, 48]}}], "features[1] (user:y)", "category",
         "unknown target category"),
        ([{"type": "Feature", "properties": {"id": "user:x", "name": "X", "category": "energy"},
           "geometry": {"type": "Point", "coordinates": [35, 48]}},
          {"type": "Feature", "properties": {"id": "user:x", "name": "X2", "category": "energy"},
           "geometry": {"type": "Point", "coordinates": [35, 48]}}], "features[1] (user:x)", "id", "features[0]"),
        ([{"type": "Feature", "geometry": None}], "features[0]", "properties", "properties"),
        ([{"type": "Feature", "properties": {"id": "user:x", "name": "X", "category": "energy"},
           "geometry": {"type": "Polygon", "coordinates": "nope"}}], "features[0] (user:x)", "geometry", "GeoJSON"),
    ],
)  # fmt: skip
def test_geojson_errors_are_located(
    tmp_path: Path, features: list[dict[str, Any]], record: str, field: str, message: str
) -> None:
    path = write(tmp_path, "bad.geojson", _collection(*features))
    with pytest.raises(InputError) as caught:
        read_facilities(path)
    error = caught.value
    assert (error.file, error.record, error.field) == (str(path), record, field)
    assert message in str(error)


def test_other_bad_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a GeoJSON FeatureCollection"):
        read_facilities(write(tmp_path, "a.json", '{"type": "Feature"}'))
    with pytest.raises(InputError, match="not valid JSON") as caught:
        read_facilities(write(tmp_path, "b.geojson", '{\n  "type": \n}'))
    assert caught.value.line == 3
    with pytest.raises(InputError, match="unknown file type"):
        read_facilities(write(tmp_path, "c.txt", ""))
    with pytest.raises(InputError, match="cannot open"):
        read_facilities(tmp_path / "missing.csv")
    with pytest.raises(InputError, match="empty"):
        read_facilities(write(tmp_path, "d.csv", ""))


def test_curated_errors_are_located() -> None:
    text = "- id: cw:a\n  name: A\n  category: energy\n  lat: 1\n  lon: 2\n  source: s\n"
    with pytest.raises(InputError) as caught:
        read_curated(text, "c.yaml")
    assert (caught.value.line, caught.value.field) == (1, "precision")
    text += "  source_url: https://example.org\n  precision: town\n  radius_km: 5\n  coordinates_from: x\n"
    assert read_curated(text, "c.yaml")[0][0].id == "cw:a"
    with pytest.raises(InputError) as caught:
        read_curated(text + "- id: cw:b\n  name: B\n", "c.yaml")
    assert caught.value.line == 11


# -- the store --------------------------------------------------------------------------------------------------------


def test_store_round_trip(store: Store) -> None:
    line = facility("user:line", name="Line", name_ru="Линия", category="energy.electricity.line",
                    geometry={"type": "LineString", "coordinates": [[35.0, 48.0], [35.1, 48.0]]},
                    aliases=("ЛЭП 110 кВ",), capacity=110, capacity_unit="kV")  # fmt: skip
    depot = facility("user:depot-1")
    result = store.add_facilities([line, depot], imported_at=datetime(2025, 4, 1, tzinfo=UTC))
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    assert store.facilities() == [depot, line]
    changed = facility("user:depot-1", name="Depot, renamed")
    result = store.add_facilities([changed, line])
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    assert store.facilities() == [changed, line]


def test_store_refuses_a_batch_with_one_id_twice(store: Store) -> None:
    with pytest.raises(InputError, match="two facilities with this id"):
        store.add_facilities([facility("user:a"), facility("user:b"), facility("user:a")])
    assert store.facilities() == []


def test_import_file_into_store_and_registry_from_store(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.csv",
        "id,name,category,country,lat,lon,source,source_url\n"
        "user:sub-1,My substation,energy.electricity.substation,UKR,48.5,35.0,field survey,https://example.org/a\n"
        "cw:sudzha-gms,Sudzha GMS (moved),energy.gas.metering_station,RUS,51.2,35.28,my survey,https://example.org/b\n",
    )
    result = import_facilities(store, path)
    assert (result.added, result.updated, result.unchanged) == (2, 0, 0)
    bundled = FacilityRegistry.bundled()
    registry = FacilityRegistry.from_store(store)
    assert len(registry) == len(bundled) + 1
    assert registry.get("cw:sudzha-gms").name == "Sudzha GMS (moved)"
    assert registry.note("cw:sudzha-gms") is None
    assert bundled.get("cw:sudzha-gms").name == "Sudzha gas metering station"
    assert [f.id for f in registry.find("My substation")] == ["user:sub-1"]
    bad = write(tmp_path, "bad.csv", "id,name,category,lat,lon\nuser:new,N,energy,45,40\nuser:bad,B,nope,45,40\n")
    with pytest.raises(InputError):
        import_facilities(store, bad)
    assert [f.id for f in store.facilities()] == ["cw:sudzha-gms", "user:sub-1"]


def test_curated_admin1_names_are_the_gazetteers(registry: FacilityRegistry) -> None:
    names = {a.name for a in gazetteer().admin1}
    curated = [f for f in registry if f.id.startswith("cw:")]
    assert len(curated) >= 100
    assert {f.admin1 for f in curated if f.admin1} <= names


def test_curated_records_supersede_the_unnamed_gppd_plants(registry: FacilityRegistry) -> None:
    for old, new in [
        ("gppd:wri1005111", "cw:khmelnytskyi-npp"),
        ("gppd:wri1005123", "cw:kyiv-hpp"),
        ("gppd:geodb0043021", "cw:dniester-hpp"),
        ("gppd:wri1003770", "cw:novocherkassk-gres"),
    ]:
        assert old not in registry
        assert registry.get(new).name_uk
    assert [f.id for f, _ in registry.nearest(50.3024, 26.6473, max_km=1)][:1] == ["cw:khmelnytskyi-npp"]


@pytest.mark.parametrize(
    ("name", "facility_id"),
    [
        ("Рязанський НПЗ", "cw:ryazan-refinery"),
        ("Саратовського НПЗ", "cw:saratov-refinery"),
        ("Московського нафтопереробного заводу", "cw:moscow-refinery"),
        ("Новокуйбышевский НПЗ", "cw:novokuibyshevsk-refinery"),
        ("Новокуйбышевском НПЗ", "cw:novokuibyshevsk-refinery"),
        ("Glebovskoye gas condensate field", "cw:glebovskoye-ugs"),
        ("Глебовского месторождения", "cw:glebovskoye-ugs"),
        ("Глебовского подземного хранилища газа", "cw:glebovskoye-ugs"),
    ],
)
def test_facilities_by_town_adjective_and_kind_in_any_case(
    registry: FacilityRegistry, name: str, facility_id: str
) -> None:
    assert [f.id for f in registry.find(name)][:1] == [facility_id]


@pytest.mark.parametrize(
    ("name", "facility_id"),
    [
        # a plant the registry names only in Latin, by its town's adjective and kind in any case and language
        ("Смоленской атомной электростанции", "gppd:wri1003812"),
        ("Смоленської АЕС", "gppd:wri1003812"),
        ("атомная электростанция «Смоленская»", "gppd:wri1003812"),
        ("Ростовской АЭС", "gppd:wri1003791"),
        ("Балаковская АЭС", "gppd:wri1023915"),
        ("Кольской АЭС", "gppd:wri1003733"),
        ("Сімферопольську ТЕЦ", "gppd:wri1062061"),
        ("Воронежской ТЭЦ-2", "gppd:wri1061725"),
        ("Херсонской тепловой электростанции", "cw:kherson-chp"),
        # by its owner in the genitive, when the owner has one site of the kind
        ("НПЗ «Башнефти»", "cw:ufa-refineries"),
        # no kind word: a region or a town, not the plant
        ("Смоленская область", None),
        ("Смоленской", None),
        ("электростанция Смоленска", None),
        # another kind than the plant's, a ТЭЦ with no number where the town's are numbered, a ГРЭС is no ТЭЦ
        ("Курский НПЗ", None),
        ("Смоленская ТЭЦ", None),
        ("Воронежская ТЭЦ-9", None),
        ("Рязанская ТЭЦ", None),
        # an owner of several refineries
        ("НПЗ «Лукойла»", None),
        ("НПЗ «Роснефти»", None),
    ],
)
def test_plants_by_kind_and_the_stem_of_their_town_or_owner(
    registry: FacilityRegistry, name: str, facility_id: str | None
) -> None:
    assert [f.id for f in registry.find(name)][:1] == ([facility_id] if facility_id else [])


@pytest.mark.parametrize(
    ("name", "facility_id"),
    [
        # a ТЭЦ is not a ГРЭС whose English name has no kind word ("Novocherkassk power station", aliases "ГРЭС"):
        # the town's ТЭЦ ("GT CHP Novocherkasskaya", the "gt" dropped), and the GRES by its own kind
        ("Новочеркасскую ТЭЦ", "gppd:wri1062197"),
        ("Новочеркасская ГРЭС", "cw:novocherkassk-gres"),
        ("Новочеркаська ДРЕС", "cw:novocherkassk-gres"),
    ],
)
def test_a_chp_is_not_a_gres_with_no_kind_word_in_its_name(
    registry: FacilityRegistry, name: str, facility_id: str
) -> None:
    assert [f.id for f in registry.find(name)][:1] == [facility_id]


def test_bundled_facilities_name_their_region_as_the_gazetteer_does() -> None:
    # the extractor compares a facility's admin1 with the gazetteer's names ("Crimea" held by Russia,
    # "Zaporizhzhia Oblast"): the boundaries' own spellings ("Autonomous Republic of Crimea") would miss
    from ceasewatch.geo.gazetteer import gazetteer

    names = {unit.name for unit in gazetteer().admin1}
    odd = sorted({f.admin1 for f in FacilityRegistry.bundled() if f.admin1 is not None and f.admin1 not in names})
    assert odd == []
