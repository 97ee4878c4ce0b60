"""Build src/ceasewatch/data/zones/admin1.geojson: each oblast and federal subject as a named zone.

Reads the geoBoundaries copies in ``../shared/data/admin_boundaries`` (see their README.txt for origin and licence):
the full-resolution Ukraine ADM1 file and the (already simplified) Russia ADM1 file. Each polygon is simplified with
shapely (tolerance 0.005° by default, topology preserved), snapped to a 0.001° grid and given a readable, stable id
(``ua-kherson``, ``ru-belgorod``; see ``SLUGS``) beside its ISO 3166-2 code. Properties: ``id``, ``iso``,
``name_en``, ``country`` (UKR / RUS) and ``aliases``.

    python scripts/build_admin_zones.py [--source DIR] [--out FILE] [--tolerance DEG]

The output is deterministic: the same inputs give the same bytes. Crimea and Sevastopol come from the Ukraine file,
as Ukrainian ADM1 units (the internationally recognised boundary); the Russia file has neither.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from shapely import MultiPolygon, make_valid, set_precision
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "admin_boundaries"
OUT = ROOT / "src" / "ceasewatch" / "data" / "zones" / "admin1.geojson"
FILES = {
    "UKR": "geoBoundaries-UKR-ADM1.geojson",
    "RUS": "geoBoundaries-RUS-ADM1_simplified_via_cartogram-cpp.geojson",
}
DECIMALS = 3

# Ids that the generic rule (country prefix + the name without "Oblast", "Krai", "Republic", ...) gets wrong or
# leaves ambiguous. Kyiv and Moscow are each a city and a region, so neither id is the bare name.
SLUGS = {
    "UA-30": "ua-kyiv-city",
    "UA-32": "ua-kyiv-oblast",
    "UA-40": "ua-sevastopol",
    "UA-43": "ua-crimea",
    "UA-51": "ua-odesa",
    "UA-23": "ua-zaporizhzhia",
    "RU-MOW": "ru-moscow-city",
    "RU-MOS": "ru-moscow-oblast",
    "RU-ALT": "ru-altai-krai",
    "RU-AL": "ru-altai-republic",
    "RU-KHM": "ru-khanty-mansi",
    "RU-YAN": "ru-yamalo-nenets",
    "RU-NEN": "ru-nenets",
    "RU-YEV": "ru-jewish",
    "RU-SE": "ru-north-ossetia",
    "RU-CHU": "ru-chukotka",
}
# Other spellings that users write, accepted as aliases (besides the ISO code).
EXTRA_ALIASES = {
    "UA-51": ["ua-odessa"],
    "UA-23": ["ua-zaporizhia", "ua-zaporozhye"],
    "UA-43": ["ua-crimea-republic"],
    "RU-KGD": ["ru-kaliningrad-oblast"],
}
_DROP = re.compile(r"\b(oblast|krai|republic of|republic|autonomous okrug|autonomous oblast)\b", re.IGNORECASE)


def slug(iso: str, name: str) -> str:
    """The zone id of an ADM1 unit."""
    if iso in SLUGS:
        return SLUGS[iso]
    base = _DROP.sub(" ", name.split("–")[0]).strip().lower()
    base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")
    return f"{iso.split('-')[0].lower()}-{base}"


def _round(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), DECIMALS) for c in coords]
    return [_round(c) for c in coords]


def _polygonal(geometry: BaseGeometry) -> BaseGeometry:
    """The polygons of a geometry that snapping may have turned into a collection."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry
    parts = [g for g in getattr(geometry, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    polys = [p for g in parts for p in (g.geoms if g.geom_type == "MultiPolygon" else [g])]
    return MultiPolygon(polys)


def build(source: Path, tolerance: float) -> dict[str, Any]:
    """The feature collection, features sorted by id."""
    features: list[dict[str, Any]] = []
    for country, name in FILES.items():
        data = json.loads((source / name).read_text(encoding="utf-8"))
        for feature in data["features"]:
            props = feature["properties"]
            iso, name_en = props["shapeISO"], props["shapeName"]
            geometry = shape(feature["geometry"])
            simple = geometry.simplify(tolerance, preserve_topology=True)
            simple = _polygonal(make_valid(set_precision(simple, 10**-DECIMALS)))
            if simple.is_empty:
                raise SystemExit(f"{iso} {name_en}: empty after simplification")
            geo = mapping(simple)
            zone_id = slug(iso, name_en)
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "id": zone_id,
                        "iso": iso,
                        "name_en": name_en,
                        "country": country,
                        "aliases": sorted({iso.lower(), *EXTRA_ALIASES.get(iso, [])}),
                    },
                    "geometry": {"type": geo["type"], "coordinates": _round(geo["coordinates"])},
                }
            )
    ids = [f["properties"]["id"] for f in features]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"duplicate ids: {sorted(i for i in ids if ids.count(i) > 1)}")
    features.sort(key=lambda f: f["properties"]["id"])
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tolerance", type=float, default=0.005, help="simplification tolerance, degrees")
    args = parser.parse_args()
    collection = build(args.source, args.tolerance)
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(collection['features'])} features, {len(text.encode()) + 1} bytes")


if __name__ == "__main__":
    main()
