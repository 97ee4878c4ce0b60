"""Named zones (seas, parts of seas) and where a place with a radius lies relative to a zone.

Both the one-place and the many-places forms run the same vectorised code, so the reference and the columnar
adjudication agree to the bit.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal, NamedTuple, cast

import numpy as np
import numpy.typing as npt
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.model import Zone

__all__ = ["Side", "check_zone", "named_zones", "side_of", "sides_of", "zone_geometry"]

Side = Literal["inside", "outside", "straddle"]

_NEAR_MARGIN_KM = 1.0


@cache
def named_zones() -> dict[str, BaseGeometry]:
    """The bundled named zones, by id (``black-sea``, ``sea-of-azov``, ``eastern-black-sea``, ...)."""
    path = resources.files("ceasewatch") / "data" / "zones" / "zones.geojson"
    if not path.is_file():
        return {}
    collection: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {feature["properties"]["id"]: shape(feature["geometry"]) for feature in collection["features"]}


def check_zone(zone: Zone) -> tuple[str, str] | None:
    """What is wrong with a zone reference, as (message, expected); ``None`` when it is usable."""
    if zone.geometry is None:
        if zone.name not in named_zones():
            return f"unknown named zone '{zone.name}'", "one of " + ", ".join(sorted(named_zones()))
        return None
    try:
        geometry = shape(zone.geometry)
    except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.GEOSException) as exc:
        return f"zone '{zone.name}' is not a GeoJSON geometry: {exc}", "a GeoJSON Polygon or MultiPolygon"
    if geometry.geom_type not in ("Polygon", "MultiPolygon") or not geometry.is_valid:
        return f"zone '{zone.name}' is not a valid polygon", "a valid GeoJSON Polygon or MultiPolygon"
    return None


def zone_geometry(zone: Zone) -> BaseGeometry:
    """The polygon of a zone: its own GeoJSON geometry, or the bundled named zone."""
    if zone.geometry is not None:
        return shape(zone.geometry)
    return named_zones()[zone.name]


def sides_of(
    lats: npt.ArrayLike, lons: npt.ArrayLike, radii_km: npt.ArrayLike, zone: BaseGeometry
) -> tuple[npt.NDArray[np.str_], npt.NDArray[np.float64]]:
    """For many places (points with the radius each may be off by): inside a zone, outside it, or straddling its edge.

    Returns the sides and the distances in km from each point to the zone's edge (``inf`` where the edge is farther
    than the radius and a margin: the exact distance is not needed there). Points and zone are projected
    to an azimuthal equal-area frame centred on the zone, where distances within ~1,000 km of its centre are off by
    well under 1%.
    """
    lat = np.asarray(lats, dtype=np.float64)
    lon = np.asarray(lons, dtype=np.float64)
    radius = np.asarray(radii_km, dtype=np.float64)
    frame = _frame(zone)
    x, y = frame.to_local.transform(lon, lat)
    points = shapely.points(np.asarray(x) / 1000.0, np.asarray(y) / 1000.0)
    inside = shapely.contains(frame.polygon, points)
    # Measure the distance to the edge only where it may be within the radius (plus a margin); farther points keep
    # a lower bound, which is all their side needs.
    near = shapely.dwithin(frame.boundary, points, radius + _NEAR_MARGIN_KM)
    edge_km = np.full(len(points), np.inf)
    edge_km[near] = shapely.distance(frame.boundary, points[near])
    sides = np.where(edge_km <= radius, "straddle", np.where(inside, "inside", "outside"))
    return sides, edge_km


def side_of(lat: float, lon: float, radius_km: float, zone: BaseGeometry) -> tuple[Side, float]:
    """:func:`sides_of` for one place."""
    sides, edge_km = sides_of([lat], [lon], [radius_km], zone)
    return cast(Side, str(sides[0])), float(edge_km[0])


class _Frame(NamedTuple):
    to_local: Transformer
    polygon: BaseGeometry
    boundary: BaseGeometry


_FRAMES: dict[bytes, _Frame] = {}


def _frame(zone: BaseGeometry) -> _Frame:
    """The zone in km of a Lambert azimuthal equal-area projection centred on it (cached by geometry)."""
    key = shapely.to_wkb(zone)
    if key not in _FRAMES:
        centre = zone.centroid
        crs = CRS.from_proj4(f"+proj=laea +lat_0={centre.y:.6f} +lon_0={centre.x:.6f} +units=m +ellps=WGS84")
        to_local = Transformer.from_crs("EPSG:4326", crs, always_xy=True)

        def project(coords: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
            x, y = to_local.transform(coords[:, 0], coords[:, 1])
            return np.column_stack([x, y]) / 1000.0

        # Edges are drawn straight in lon/lat; densify them so that they stay close to that once projected.
        polygon = shapely.transform(shapely.segmentize(zone, 0.05), project)
        boundary = polygon.boundary
        shapely.prepare(polygon)
        shapely.prepare(boundary)
        _FRAMES[key] = _Frame(to_local, polygon, boundary)
    return _FRAMES[key]
