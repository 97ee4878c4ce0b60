"""Build src/ceasewatch/data/boundaries/adm1.geojson: Ukraine and European Russia ADM1 boundaries for offline maps.

Reads the geoBoundaries copies in ``../shared/data/admin_boundaries`` (see their README.txt for origin and licence),
keeps the features that intersect lon 20–60, lat 40–62, simplifies them with shapely (topology preserved) and rounds
coordinates to 3 decimals. Properties kept: ``shapeName``, ``shapeISO`` and ``country`` (UKR / RUS).

    python scripts/build_boundaries.py [--source DIR] [--out FILE] [--tolerance DEG]

The output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from shapely import box, set_precision
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "admin_boundaries"
OUT = ROOT / "src" / "ceasewatch" / "data" / "boundaries" / "adm1.geojson"
FILES = {
    "UKR": "geoBoundaries-UKR-ADM1_simplified.geojson",
    "RUS": "geoBoundaries-RUS-ADM1_simplified_via_cartogram-cpp.geojson",
}
BBOX = (20.0, 40.0, 60.0, 62.0)  # lon min, lat min, lon max, lat max
DECIMALS = 3


def _round(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), DECIMALS) for c in coords]
    return [_round(c) for c in coords]


def build(source: Path, tolerance: float) -> dict[str, Any]:
    """The feature collection, features sorted by country then shapeISO."""
    area = box(*BBOX)
    features: list[dict[str, Any]] = []
    for country, name in FILES.items():
        data = json.loads((source / name).read_text(encoding="utf-8"))
        for feature in data["features"]:
            geometry = shape(feature["geometry"])
            if not geometry.intersects(area):
                continue
            simple = geometry.simplify(tolerance, preserve_topology=True)
            simple = set_precision(simple, 10**-DECIMALS)
            if simple.is_empty:
                continue
            geo = mapping(simple)
            props = feature["properties"]
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "shapeName": props["shapeName"],
                        "shapeISO": props.get("shapeISO"),
                        "country": country,
                    },
                    "geometry": {"type": geo["type"], "coordinates": _round(geo["coordinates"])},
                }
            )
    features.sort(
        key=lambda f: (f["properties"]["country"], f["properties"]["shapeISO"] or "", f["properties"]["shapeName"])
    )
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tolerance", type=float, default=0.02, help="simplification tolerance, degrees")
    args = parser.parse_args()
    collection = build(args.source, args.tolerance)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False, sort_keys=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(collection['features'])} features, {len(text.encode()) + 1} bytes")


if __name__ == "__main__":
    main()
