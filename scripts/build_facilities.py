"""Build the bundled facility registry (src/ceasewatch/data/facilities/*.jsonl) from the shared development data.

- ``gppd.jsonl``: power plants of Russia and Ukraine from the WRI Global Power Plant Database inputs in
  ``../shared/data/wri_gppd`` (the per-country WRI tables, then the GEODB table for plants the WRI tables lack).
- ``gem_pipelines.jsonl``: oil and gas pipeline routes from ``../shared/data/gem_pipelines_ua_ru`` (Global Energy
  Monitor), simplified.

One :class:`~ceasewatch.model.Facility` per line, as JSON, sorted by id. ``country`` and ``admin1`` come from the
bundled ADM1 boundaries (internationally recognised borders: a plant in Crimea is ``UKR``); a point outside them
(Siberia, the Far East) keeps the country of the source table. The hand-written ``curated.yaml`` is not built here.

    python scripts/build_facilities.py [--source DIR] [--out DIR] [--tolerance DEG]

The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiLineString, mapping, shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.geo.gazetteer import gazetteer
from ceasewatch.model import Facility

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "ceasewatch" / "data" / "facilities"
BOUNDARIES = ROOT / "src" / "ceasewatch" / "data" / "boundaries" / "adm1.geojson"

GPPD_COMMIT = "7a91cfbb2a4e272597acbc00506d61fc1ec73b3d"
GPPD_REPO = f"https://github.com/wri/global-power-plant-database/blob/{GPPD_COMMIT}"
GEM_COMMIT = "6bfab45c1759ae3b4d6fd9f1a1171ebbf0002086"
GEM_REPO = f"https://github.com/GlobalEnergyMonitor/GOIT-GGIT-pipeline-routes/blob/{GEM_COMMIT}"
GPPD_LICENCE = "CC BY 4.0 (WRI Global Power Plant Database 1.3.0)"
GEM_LICENCE = "CC BY 4.0 (Global Energy Monitor)"
GEM_OSM_LICENCE = "CC BY 4.0 (Global Energy Monitor); geometry ODbL 1.0 (© OpenStreetMap contributors)"

DUPLICATE_KM = 3.0
"""A GEODB plant within this distance of a WRI plant of the same category is taken to be the same plant."""
DECIMALS = 4
"""Coordinates are rounded to 4 decimals (about 10 m)."""
SKIP_STATUS = frozenset({"design stage", "not set"})
"""WRI plants in these states are not built and are left out."""

_THERMAL = {"natural gas", "gas", "coal", "oil", "fuel oil", "diesel", "blast furnace gas", "biomass"}
_RENEWABLE = {"wind", "solar", "geothermal"}

_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "ye",
            "yi",
            "g",
        ],
        strict=True,
    )
)


def category_for_fuel(fuel: str) -> str:
    """The taxonomy category of a power plant from its primary fuel (unknown fuel: generation, unspecified)."""
    key = fuel.strip().lower()
    if key == "nuclear":
        return "energy.electricity.generation.nuclear"
    if key == "hydro":
        return "energy.electricity.generation.hydro"
    if key in _RENEWABLE:
        return "energy.electricity.generation.renewable"
    if key in _THERMAL:
        return "energy.electricity.generation.thermal"
    return "energy.electricity.generation"


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def cyrillic_language(text: str) -> str | None:
    """``uk`` or ``ru`` when letters only one of the two alphabets has decide it, else ``None``."""
    letters = set(text)
    if letters & _UK_ONLY and not letters & _RU_ONLY:
        return "uk"
    if letters & _RU_ONLY and not letters & _UK_ONLY:
        return "ru"
    return None


def transliterate(text: str) -> str:
    """A plain Latin spelling of a Cyrillic name (for an English name where the data has none)."""
    out = []
    for char in text:
        low = char.lower()
        if low in _TRANSLIT:
            latin = _TRANSLIT[low]
            out.append(latin.capitalize() if char != low else latin)
        else:
            out.append(char)
    return "".join(out)


class Regions:
    """Point → (country, admin1) from the bundled ADM1 boundaries."""

    def __init__(self, path: Path) -> None:
        collection = json.loads(path.read_text(encoding="utf-8"))
        self._shapes = [shape(f["geometry"]) for f in collection["features"]]
        self._props = [f["properties"] for f in collection["features"]]
        self._tree = shapely.STRtree(self._shapes)

    def locate(self, lat: float, lon: float) -> tuple[str, str] | None:
        hits = self._tree.query(shapely.points(lon, lat), predicate="intersects")
        if len(hits) == 0:
            return None
        props = self._props[int(min(hits))]
        return str(props["country"]), str(props["shapeISO"])


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _number(text: str) -> float | None:
    text = text.strip().replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _coords(row: dict[str, str], lat_key: str, lon_key: str) -> tuple[float, float] | None:
    lat, lon = _number(row.get(lat_key, "") or ""), _number(row.get(lon_key, "") or "")
    if lat is None or lon is None or lat == lon:  # lat == lon: a known copy error in the WRI Russia table
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return round(lat, DECIMALS), round(lon, DECIMALS)


def _place(regions: Regions, lat: float, lon: float, fallback: str) -> tuple[str, str | None]:
    found = regions.locate(lat, lon)
    if not found:
        return (fallback, None)
    # the gazetteer's name of the unit, which the extractor compares ("Crimea", not the boundaries' "Autonomous
    # Republic of Crimea"; "Zaporizhzhia Oblast", not "Zaporizhia Oblast"), found by the boundary's ISO code
    country, iso = found
    unit = gazetteer().admin1_by_iso(iso)
    if unit is None:
        raise SystemExit(f"{BOUNDARIES}: {iso} is no admin1 of the gazetteer")
    return (country, unit.name)


def _clean_geodb_name(name: str) -> str:
    name = re.sub(r"\s+(Russia|Ukraine)\s*$", "", name.strip())
    return re.sub(r"\s+", " ", name).strip()


def wri_plants(source: Path, regions: Regions) -> list[Facility]:
    """The WRI per-country tables: one facility per WRI plant id (units of one id merged, capacities summed)."""
    groups: dict[str, list[tuple[dict[str, str], str, str]]] = defaultdict(list)
    for file, country in (("WRI_raw_Russia.csv", "RUS"), ("WRI_raw_Ukraine.csv", "UKR")):
        with (source / "wri_gppd" / file).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if (row.get("Operational Status") or "").strip().lower() in SKIP_STATUS:
                    continue
                if _coords(row, "Latitude", "Longitude") is None:
                    continue
                groups[row["Power Plant ID"].strip()].append((row, country, file))
    facilities = []
    for plant_id, rows in sorted(groups.items()):
        first, country_of_file, file = rows[0]
        coords = _coords(first, "Latitude", "Longitude")
        assert coords is not None
        lat, lon = coords
        names = list(dict.fromkeys(r["Name"].strip() for r, _, _ in rows if r["Name"].strip()))
        capacities = [_number(r["Capacity (MW)"]) for r, _, _ in rows]
        capacity = sum(c for c in capacities if c is not None) if any(c is not None for c in capacities) else None
        natural = [r["Natural Language"].strip() for r, _, _ in rows if r["Natural Language"].strip()]
        name_uk = name_ru = None
        aliases = names[1:] if len(names) > 1 else []
        for text in natural:
            language = cyrillic_language(text)
            if language == "uk" and name_uk is None:
                name_uk = text
            elif language == "ru" and name_ru is None:
                name_ru = text
            else:
                aliases.append(text)
        country, admin1 = _place(regions, lat, lon, country_of_file)
        url = (first.get("URL") or "").strip()
        facilities.append(
            Facility(
                id=f"gppd:wri{plant_id.lower()}",
                name=" / ".join(names) if len(names) > 1 else names[0],
                name_uk=name_uk,
                name_ru=name_ru,
                aliases=tuple(dict.fromkeys(a for a in aliases if a)),
                category=category_for_fuel(first["Fuel"]),
                country=country,
                admin1=admin1,
                lat=lat,
                lon=lon,
                operator=(first.get("Owner") or "").strip() or None,
                capacity=capacity,
                capacity_unit="MW" if capacity is not None else None,
                source=f"WRI Global Power Plant Database 1.3.0, raw_source_files/WRI/{file.removeprefix('WRI_raw_')}"
                + (f"; original source: {first['Source'].strip()}" if (first.get("Source") or "").strip() else ""),
                source_url=url
                if url.startswith("http")
                else f"{GPPD_REPO}/raw_source_files/WRI/" + file.removeprefix("WRI_raw_"),
                licence=GPPD_LICENCE,
            )
        )
    return facilities


def geodb_plants(source: Path, regions: Regions, known: list[Facility]) -> list[Facility]:
    """GEODB plants that no WRI plant of the same category within :data:`DUPLICATE_KM` already covers."""
    facilities = []
    with (source / "wri_gppd" / "GEODB_RUS_UKR.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            coords = _coords(row, "latitude", "longitude")
            if coords is None:
                continue
            lat, lon = coords
            category = category_for_fuel(row["primary_fuel"])
            if any(f.category == category and _haversine_km(lat, lon, f.lat, f.lon) <= DUPLICATE_KM for f in known):
                continue
            raw_name = row["name"].strip()
            name = _clean_geodb_name(raw_name)
            capacity = _number(row["capacity_mw"])
            country, admin1 = _place(regions, lat, lon, row["country"].strip())
            facilities.append(
                Facility(
                    id=f"gppd:{row['gppd_idnr'].strip().lower()}",
                    name=name,
                    aliases=(raw_name,) if raw_name != name else (),
                    category=category,
                    country=country,
                    admin1=admin1,
                    lat=lat,
                    lon=lon,
                    operator=row["owner"].strip() or None,
                    capacity=capacity,
                    capacity_unit="MW" if capacity is not None else None,
                    source="WRI Global Power Plant Database 1.3.0, source_databases_csv/database_GEODB.csv "
                    "(Global Energy Observatory)",
                    source_url=f"{GPPD_REPO}/source_databases_csv/database_GEODB.csv",
                    licence=GPPD_LICENCE,
                )
            )
    return facilities


def _round(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), DECIMALS) for c in coords]
    return [_round(c) for c in coords]


def _pipeline_names(props: dict[str, Any], gem_id: str, kind: str) -> tuple[str, str | None, str | None, list[str]]:
    """English name, Ukrainian name, Russian name, aliases."""
    raw = [str(props[k]).strip() for k in ("name", "name_en", "name_ru") if props.get(k)]
    name_uk = name_ru = english = None
    aliases: list[str] = []
    for text in dict.fromkeys(raw):
        if is_cyrillic(text):
            language = cyrillic_language(text)
            if language == "uk" and name_uk is None:
                name_uk = text
            elif name_ru is None and (language == "ru" or not props.get("intersects_UA_incl_Crimea")):
                name_ru = text
            else:
                aliases.append(text)
        elif english is None:
            english = text[:1].upper() + text[1:] if text.islower() else text
        else:
            aliases.append(text)
    if english is None:
        cyrillic = name_ru or name_uk or next((a for a in aliases if is_cyrillic(a)), None)
        english = transliterate(cyrillic) if cyrillic else f"{kind} pipeline {gem_id}"
    return english, name_uk, name_ru, aliases


def gem_pipelines(source: Path, regions: Regions, tolerance: float) -> list[Facility]:
    """Oil and gas pipelines (hydrogen lines are left out: the taxonomy has no category for them)."""
    data = json.loads(
        (source / "gem_pipelines_ua_ru" / "gem_pipeline_routes_UA_westRU.geojson").read_text(encoding="utf-8")
    )
    facilities = []
    for feature in data["features"]:
        props = feature["properties"]
        kind = props["pipeline_kind"]
        if kind == "gas-pipelines":
            category, label = "energy.gas.pipeline", "Gas"
        elif kind == "liquid-pipelines":
            category, label = "energy.oil.pipeline", "Oil"
        else:
            continue
        geometry: BaseGeometry = shape(feature["geometry"])
        simple = geometry.simplify(tolerance, preserve_topology=False)
        simple = shapely.set_precision(simple, 10**-DECIMALS)
        if simple.is_empty or simple.length == 0:
            continue
        if simple.geom_type == "MultiLineString":
            simple = MultiLineString([part for part in simple.geoms if part.length > 0])
        point = simple.interpolate(0.5, normalized=True) if simple.geom_type == "LineString" else None
        if point is None:
            point = shapely.line_interpolate_point(max(simple.geoms, key=lambda g: g.length), 0.5, normalized=True)
        lat, lon = round(point.y, DECIMALS), round(point.x, DECIMALS)
        gem_id = str(props["gem_file"])
        english, name_uk, name_ru, aliases = _pipeline_names(props, gem_id, label)
        in_ua, in_ru = bool(props.get("intersects_UA_incl_Crimea")), bool(props.get("intersects_RU_west_of_60E"))
        country = "UKR" if in_ua and not in_ru else "RUS" if in_ru and not in_ua else None
        if country is None and not (in_ua and in_ru):
            country = _place(regions, lat, lon, "")[0] or None
        geo = mapping(simple)
        folder = kind
        facilities.append(
            Facility(
                id=f"gem:{gem_id.lower()}",
                name=english,
                name_uk=name_uk,
                name_ru=name_ru,
                aliases=tuple(aliases),
                category=category,
                country=country,
                lat=lat,
                lon=lon,
                geometry={"type": geo["type"], "coordinates": _round(geo["coordinates"])},
                operator=str(props["operator"]).strip() if props.get("operator") else None,
                source=f"Global Energy Monitor pipeline routes, project {gem_id}"
                + (f" (diameter {props['diameter']})" if props.get("diameter") else ""),
                source_url=f"{GEM_REPO}/data/individual-routes/{folder}/{gem_id}.geojson",
                licence=GEM_OSM_LICENCE if props.get("has_osm_tags") else GEM_LICENCE,
            )
        )
    return facilities


def write_jsonl(path: Path, facilities: list[Facility]) -> None:
    lines = [
        json.dumps(f.model_dump(mode="json", exclude_none=True, exclude_defaults=True), ensure_ascii=False,
                   separators=(",", ":"))
        for f in sorted(facilities, key=lambda f: f.id)
    ]  # fmt: skip
    ids = [f.id for f in facilities]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"{path}: duplicate ids")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tolerance", type=float, default=0.002, help="pipeline simplification tolerance, degrees")
    args = parser.parse_args()
    regions = Regions(BOUNDARIES)
    wri = wri_plants(args.source, regions)
    plants = wri + geodb_plants(args.source, regions, wri)
    pipelines = gem_pipelines(args.source, regions, args.tolerance)
    args.out.mkdir(parents=True, exist_ok=True)
    write_jsonl(args.out / "gppd.jsonl", plants)
    write_jsonl(args.out / "gem_pipelines.jsonl", pipelines)
    for name, items in (("gppd.jsonl", plants), ("gem_pipelines.jsonl", pipelines)):
        size = (args.out / name).stat().st_size
        print(f"{name}: {len(items)} facilities, {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
