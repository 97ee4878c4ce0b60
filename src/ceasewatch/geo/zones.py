"""Named zones (seas, parts of seas, oblasts and federal subjects) and where a place with a radius lies relative to one.

Two bundled files hold the named zones, both GeoJSON in ``ceasewatch/data/zones/``:

- ``zones.geojson``: the hand-drawn sea zones ``black-sea``, ``sea-of-azov`` and ``eastern-black-sea``;
- ``admin1.geojson``: every oblast of Ukraine and federal subject of Russia (geoBoundaries ADM1, simplified to
  0.005°; built by ``scripts/build_admin_zones.py``), with readable ids (``ua-kherson``, ``ru-belgorod``) and their
  ISO 3166-2 codes (``UA-65``, ``RU-BEL``, any case) as aliases. Crimea (``ua-crimea``) and Sevastopol
  (``ua-sevastopol``) are Ukrainian units, as in the internationally recognised boundary.

``ukraine`` and ``russia`` are the unions of each country's units. Geometry is built on first use of each zone, so
checking a zone name (which agreement loading does for every zone) costs one parse of the files, once.

Both the one-place and the many-places forms of :func:`sides_of` run the same vectorised code, so the reference and
the columnar adjudication agree to the bit.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
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

__all__ = [
    "AdminZone",
    "Side",
    "admin_zones",
    "check_zone",
    "named_zones",
    "resolve_zone",
    "side_of",
    "sides_of",
    "zone_geometry",
]

Side = Literal["inside", "outside", "straddle"]

_NEAR_MARGIN_KM = 1.0
_COUNTRY_ZONES = {"ukraine": "UKR", "russia": "RUS"}


class AdminZone(NamedTuple):
    """An oblast or federal subject: its zone id, ISO 3166-2 code, English name, country (UKR / RUS), aliases."""

    id: str
    iso: str
    name_en: str
    country: str
    aliases: tuple[str, ...]


class _NamedZones(Mapping[str, BaseGeometry]):
    """Zone id → polygon, built on first access to each zone. Looking up an alias (an ISO 3166-2 code such as
    ``UA-65``, in any case, or another spelling) gives the zone it stands for; iterating gives the ids only."""

    def __init__(self, raw: dict[str, dict[str, Any]], aliases: dict[str, str]) -> None:
        self._raw = raw
        self._aliases = aliases
        self._built: dict[str, BaseGeometry] = {}

    def resolve(self, name: str) -> str | None:
        if name in self._raw:
            return name
        return self._aliases.get(name.lower())

    def __getitem__(self, name: str) -> BaseGeometry:
        zone_id = self.resolve(name)
        if zone_id is None:
            raise KeyError(name)
        if zone_id not in self._built:
            raw = self._raw[zone_id]
            if "union_of" in raw:
                parts = [self[part] for part in raw["union_of"]]
                self._built[zone_id] = shapely.union_all(parts)
            else:
                self._built[zone_id] = shape(raw)
        return self._built[zone_id]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolve(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _read(name: str) -> list[dict[str, Any]]:
    path = resources.files("ceasewatch") / "data" / "zones" / name
    if not path.is_file():
        return []
    collection: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return list(collection["features"])


@cache
def admin_zones() -> tuple[AdminZone, ...]:
    """The bundled oblasts of Ukraine and federal subjects of Russia, by id."""
    return tuple(
        AdminZone(p["id"], p["iso"], p["name_en"], p["country"], tuple(p.get("aliases", ())))
        for p in (feature["properties"] for feature in _read("admin1.geojson"))
    )


@cache
def _named() -> _NamedZones:
    raw: dict[str, dict[str, Any]] = {}
    aliases: dict[str, str] = {}
    for feature in _read("zones.geojson"):
        raw[feature["properties"]["id"]] = feature["geometry"]
    members: dict[str, list[str]] = {country: [] for country in _COUNTRY_ZONES.values()}
    for feature in _read("admin1.geojson"):
        props = feature["properties"]
        raw[props["id"]] = feature["geometry"]
        members.setdefault(props["country"], []).append(props["id"])
        aliases[props["id"].lower()] = props["id"]
        aliases[props["iso"].lower()] = props["id"]
        for alias in props.get("aliases", ()):
            aliases[alias.lower()] = props["id"]
    for zone_id, country in _COUNTRY_ZONES.items():
        if members[country]:
            raw[zone_id] = {"union_of": members[country]}
    aliases.update({k.lower(): k for k in raw if k.lower() not in aliases})
    return _NamedZones(raw, aliases)


def named_zones() -> Mapping[str, BaseGeometry]:
    """The bundled named zones, by id: ``black-sea``, ``sea-of-azov``, ``eastern-black-sea``, each oblast and federal
    subject (``ua-kherson``, ``ru-belgorod``, ...; ISO 3166-2 codes such as ``UA-65`` are accepted as aliases),
    ``ukraine`` and ``russia``. Polygons are built on first access; the mapping itself is cached.

    >>> "ua-kherson" in named_zones() and "UA-65" in named_zones() and "RU-BEL" in named_zones()
    True
    """
    return _named()


def resolve_zone(name: str) -> str | None:
    """The id of the named zone that ``name`` (an id or an alias) stands for; ``None`` for no such zone.

    >>> resolve_zone("UA-65"), resolve_zone("ru-bel"), resolve_zone("atlantis")
    ('ua-kherson', 'ru-belgorod', None)
    """
    return _named().resolve(name)


def check_zone(zone: Zone) -> tuple[str, str] | None:
    """What is wrong with a zone reference, as (message, expected); ``None`` when it is usable."""
    if zone.geometry is None:
        if zone.name not in named_zones():
            close = difflib.get_close_matches(zone.name.lower(), list(named_zones()), n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            seas = sorted(k for k in named_zones() if not k.startswith(("ua-", "ru-")))
            return f"unknown named zone '{zone.name}'{hint}", (
                "a named zone: one of " + ", ".join(seas) + ", an oblast or federal subject such as ua-kherson or "
                "ru-belgorod, or its ISO 3166-2 code such as UA-65 (all ids: docs/zones.md)"
            )
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
