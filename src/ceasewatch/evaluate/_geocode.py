"""Scoring the geocoder against a gold file of place mentions (``eval/gold/geocode.jsonl``).

Each gold line is ``{"id", "text", "context", "lang", "expected": {"name", "lat", "lon", "admin1", "country",
"kind"}, "split"}``. A mention whose expected kind is ``admin1`` is right when the top candidate is that admin1 unit;
any other is right when the top candidate lies within 25 km of the expected point. Figures are given for all lines,
per split (``dev``/``holdout``) and per language.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ceasewatch.errors import InputError
from ceasewatch.evaluate._common import gold_lines
from ceasewatch.geo.geocode import Candidate, FacilityFinder, geocode
from ceasewatch.geo.nearest import geodesic_km

__all__ = ["WITHIN_KM", "is_correct", "load_gold", "score_geocode"]

WITHIN_KM = 25.0
_REQUIRED = ("id", "text", "expected")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold lines of a file, checked for the fields scoring needs."""
    items = []
    for n, item in gold_lines(path):
        for field in _REQUIRED:
            if field not in item:
                raise InputError("missing field", file=str(path), line=n, field=field)
        expected = item["expected"]
        if expected.get("kind") != "admin1" and (expected.get("lat") is None or expected.get("lon") is None):
            raise InputError(
                "a mention that is not an admin1 unit needs a point",
                file=str(path),
                line=n,
                field="expected.lat",
                expected="lat and lon",
            )
        if expected.get("kind") == "admin1" and not expected.get("admin1"):
            raise InputError("an admin1 mention needs its admin1", file=str(path), line=n, field="expected.admin1")
        items.append(item)
    return items


def is_correct(expected: dict[str, Any], candidate: Candidate | None) -> bool:
    """Whether a top candidate matches the expected place (see the module's docstring)."""
    if candidate is None:
        return False
    if expected.get("kind") == "admin1":
        return candidate.kind == "admin1" and candidate.admin1 == expected["admin1"]
    return float(geodesic_km(candidate.lat, candidate.lon, float(expected["lat"]), float(expected["lon"]))) <= WITHIN_KM


def _figures(rows: Iterable[tuple[dict[str, Any], Candidate | None, bool]]) -> dict[str, Any]:
    rows = list(rows)
    n = len(rows)
    right = sum(ok for _, _, ok in rows)
    found = sum(c is not None for _, c, _ in rows)
    admin1 = sum(c is not None and c.admin1 == item["expected"].get("admin1") for item, c, _ in rows)
    return {
        "n": n,
        "correct": right,
        "top1_within_25km": round(right / n, 4) if n else None,
        "found": round(found / n, 4) if n else None,
        "admin1_agrees": round(admin1 / n, 4) if n else None,
    }


def score_geocode(gold_path: str | Path, *, registry: FacilityFinder | None = None) -> dict[str, Any]:
    """Share of gold mentions whose top candidate is right, overall, per split and per language; and the misses."""
    items = load_gold(gold_path)
    rows = []
    for item in items:
        cands = geocode(item["text"], context=item.get("context"), registry=registry, limit=1)
        top = cands[0] if cands else None
        rows.append((item, top, is_correct(item["expected"], top)))
    splits = sorted({item.get("split", "dev") for item, _, _ in rows})
    langs = sorted({item.get("lang", "?") for item, _, _ in rows})
    result: dict[str, Any] = {
        "all": _figures(rows),
        "split": {s: _figures(r for r in rows if r[0].get("split", "dev") == s) for s in splits},
        "lang": {
            s: {
                lang: _figures(r for r in rows if r[0].get("split", "dev") == s and r[0].get("lang", "?") == lang)
                for lang in langs
            }
            for s in splits
        },
        "misses": [
            {
                "id": item["id"],
                "split": item.get("split", "dev"),
                "text": item["text"],
                "expected": item["expected"]["name"],
                "got": None if top is None else f"{top.name} ({top.kind}, {top.admin1})",
            }
            for item, top, ok in rows
            if not ok
        ],
    }
    return result
