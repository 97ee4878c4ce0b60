"""Who controlled a place on a day: daily control layers (polygons of the area each party held) over the map.

A *control layer* is one day's map of control: GeoJSON polygons, each the area held by a party (or contested). The
layers are the user's to load (DeepState's daily occupied-area files, or one's own); :class:`ControlLayers` answers
"who controlled this place on this day?" from the latest layer on or before the day:

1. inside a contested feature of the layer: ``contested`` (no party);
2. inside a feature of the layer: that feature's party (the *occupier*, ``RUS`` by default, where the feature names
   none: a DeepState file is one polygon of the Russian-occupied area of Ukraine);
3. elsewhere in Ukraine (the bundled ``ukraine`` zone): the *holder*, ``UKR`` by default;
4. elsewhere in Russia (the bundled ``russia`` zone): ``RUS``: the layer does not map control outside Ukraine, so the
   country's own control is assumed (see docs/zones.md for what that misses, e.g. the Kursk incursion);
5. anywhere else (the sea, other countries): unknown.

With no layer on or before the day, the answer is unknown everywhere. Each answer says which layer it used and how
many days old that layer was on the day asked about. Missing days (DeepState has none for 31 March and 1 April 2025)
fall back to the latest earlier layer.

Layer files (``ControlLayers.load``): a folder of ``*.geojson`` / ``*.json`` files or a list of files. A layer's
day is, in this order: a ``date`` property of each feature (one file may then hold many days); a top-level ``date``
member of the collection; the file name (``deepstatemap_data_YYYYMMDD.geojson`` or ``*_YYYY-MM-DD.geojson``).
A feature's party is its ``party`` property; its status is its ``status`` property (``occupied``, ``controlled``,
``liberated``, ``contested``, ``grey``) or, failing that, a DeepState-style ``name`` (``Окуповано``, ``Звільнено``,
``Сіра зона``, ``ОРДЛО``, ``Крим``, ...). Liberated areas are held by the holder.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

import numpy as np
import numpy.typing as npt
import shapely
from shapely import box
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.errors import InputError
from ceasewatch.geo.zones import Side, admin_zones, named_zones, sides_of

__all__ = [
    "ControlAnswer",
    "ControlColumns",
    "ControlLayer",
    "ControlLayers",
    "ControlSide",
    "ControlStatus",
]

ControlStatus = Literal["controlled", "contested", "unknown"]
DayLike = date | datetime | str | np.datetime64

_DEEPSTATE_NAME = re.compile(r"(\d{4})(\d{2})(\d{2})\.(geo)?json$", re.IGNORECASE)
_ISO_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})\.(geo)?json$", re.IGNORECASE)
# Status words, matched against the lower-cased ``status`` or ``name`` property (English, Ukrainian, Russian).
_STATUS_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("contested", ("contested", "grey", "gray", "сір", "сер", "спірн", "спорн")),
    ("liberated", ("liberated", "звільн", "освобож", "деокуп")),
    ("occupied", ("occupied", "окуп", "оккуп", "ордло", "ordlo", "крим", "crimea", "controlled", "held")),
)
# Areas farther than this from Ukraine are not needed to find a line of contact; clipping keeps projections local.
_REGION = (17.0, 39.0, 47.0, 58.0)
_KEEP_SHARE = 0.01


@dataclass(frozen=True)
class ControlAnswer:
    """Who controlled a place on a day.

    ``party`` is a party code (``RUS``, ``UKR``) or ``None`` where the status is ``contested`` or ``unknown``;
    ``layer_date`` is the day of the layer used (``None``: no layer on or before the day) and ``age_days`` how many
    days older than the day asked about it is; ``basis`` says in words how the answer was reached.
    """

    party: str | None
    layer_date: date | None
    basis: str
    status: ControlStatus = "unknown"
    age_days: int | None = None


class ControlColumns(NamedTuple):
    """:meth:`ControlLayers.controllers` for many places: one array per field of :class:`ControlAnswer`.

    ``party`` is ``""`` where there is none; ``layer_date`` is ``NaT`` and ``age_days`` is -1 where no layer was used.
    """

    party: npt.NDArray[np.str_]
    status: npt.NDArray[np.str_]
    layer_date: npt.NDArray[np.datetime64]
    age_days: npt.NDArray[np.int64]
    basis: npt.NDArray[np.object_]

    def answer(self, i: int) -> ControlAnswer:
        """The answer for row ``i``."""
        day = self.layer_date[i]
        return ControlAnswer(
            party=str(self.party[i]) or None,
            layer_date=None if np.isnat(day) else date.fromisoformat(str(day)),
            basis=str(self.basis[i]),
            status=cast(ControlStatus, str(self.status[i])),
            age_days=None if self.age_days[i] < 0 else int(self.age_days[i]),
        )

    def answers(self) -> list[ControlAnswer]:
        """Every row's answer."""
        return [self.answer(i) for i in range(len(self.party))]


class ControlSide(NamedTuple):
    """Where a place with a radius lies relative to the line of contact on a day.

    ``straddles`` is true where areas of more than one controller (a party, or a contested area) lie within the
    radius; ``parties`` names them (sorted; ``contested`` for a contested area). ``side`` and ``edge_km`` are
    :func:`~ceasewatch.geo.zones.side_of` against the layer's party areas (the occupied area, for a DeepState layer):
    note that their edge includes coasts and borders, not only the front. ``line_km`` is the distance to the nearest
    area of another controller than the centre's, that is to the line of contact (``inf`` where none is within the
    radius and a margin: not measured). ``answer`` is the controller at the centre.
    """

    straddles: bool
    parties: tuple[str, ...]
    side: Side
    edge_km: float
    line_km: float
    answer: ControlAnswer


@dataclass(frozen=True)
class _Feature:
    party: str | None  # None: the occupier (status occupied) or the holder (liberated)
    status: Literal["occupied", "liberated", "contested"]
    geometry: BaseGeometry


@dataclass
class ControlLayer:
    """One day's map of control: its day, the files it was read from, and its areas by controller."""

    day: date
    sources: tuple[str, ...]
    areas: dict[str, BaseGeometry]  # party code or "contested" → area, in the order they are tested
    _prepared: bool = field(default=False, repr=False)

    def prepared(self) -> dict[str, BaseGeometry]:
        if not self._prepared:
            for geometry in self.areas.values():
                shapely.prepare(geometry)
            self._prepared = True
        return self.areas


class ControlLayers:
    """Daily control layers, sorted by day; ask who controlled a place on a day (see the module's docstring).

    ``occupier`` is the party of features that name none (a DeepState file: ``RUS``); ``holder`` holds the rest of
    Ukraine (``UKR``).
    """

    def __init__(self, layers: Iterable[ControlLayer], *, occupier: str = "RUS", holder: str = "UKR") -> None:
        self.layers: tuple[ControlLayer, ...] = tuple(sorted(layers, key=lambda layer: layer.day))
        days = [layer.day for layer in self.layers]
        if len(set(days)) != len(days):
            raise ValueError("two layers for one day; merge them first (ControlLayers.load does)")
        self.occupier = occupier
        self.holder = holder
        self._days = np.array([d.isoformat() for d in days], dtype="datetime64[D]")
        self._side_areas: dict[int, list[tuple[str, BaseGeometry]]] = {}
        self._holder: dict[int, BaseGeometry] = {}

    @classmethod
    def load(
        cls, paths: str | Path | Iterable[str | Path], *, occupier: str = "RUS", holder: str = "UKR"
    ) -> ControlLayers:
        """Read layer files: a folder (every ``*.geojson`` and ``*.json`` in it), one file, or a list of files.

        Features of one day from several files are merged. Raises :class:`~ceasewatch.errors.InputError` naming the
        file, feature and field of anything unreadable.
        """
        files = _layer_files(paths)
        by_day: dict[date, tuple[list[str], list[_Feature]]] = {}
        for file in files:
            for day, features in _read_control_file(file).items():
                names, merged = by_day.setdefault(day, ([], []))
                names.append(str(file))
                merged.extend(features)
        layers = [
            ControlLayer(day, tuple(names), _areas(features, occupier, holder))
            for day, (names, features) in sorted(by_day.items())
        ]
        return cls(layers, occupier=occupier, holder=holder)

    @property
    def days(self) -> tuple[date, ...]:
        """The days that have a layer, in order."""
        return tuple(layer.day for layer in self.layers)

    def controller(self, lat: float, lon: float, day: DayLike) -> ControlAnswer:
        """Who controlled the place on the day: :meth:`controllers` for one place."""
        return self.controllers([lat], [lon], [day]).answer(0)

    def controllers(
        self, lats: npt.ArrayLike, lons: npt.ArrayLike, days: Sequence[DayLike] | npt.ArrayLike
    ) -> ControlColumns:
        """Who controlled each place on its day (a day: ``date``, ``datetime`` (its UTC day), ISO string or
        ``datetime64``); one layer's polygons are tested against all its rows at once."""
        lat = np.atleast_1d(np.asarray(lats, dtype=np.float64))
        lon = np.atleast_1d(np.asarray(lons, dtype=np.float64))
        day = _days(days)
        if not (len(lat) == len(lon) == len(day)):
            raise ValueError(f"lats, lons and days differ in length ({len(lat)}, {len(lon)}, {len(day)})")
        n = len(lat)
        party = np.full(n, "", dtype="<U16")
        status = np.full(n, "unknown", dtype="<U10")
        basis = np.empty(n, dtype=object)
        k = np.searchsorted(self._days, day, side="right") - 1
        layer_date = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
        layer_date[k >= 0] = self._days[k[k >= 0]]
        age = np.where(k >= 0, (day - layer_date).astype(np.int64), -1)
        first = self.layers[0].day.isoformat() if self.layers else None
        for i in np.flatnonzero(k < 0):
            basis[i] = f"no control layer on or before {day[i]}" + (f" (the first is {first})" if first else "")
        country, admin = _admin_lookup(lat, lon)
        sea = _at_sea(lat, lon)
        for layer_index in np.unique(k[k >= 0]):
            layer = self.layers[int(layer_index)]
            rows = np.flatnonzero(k == layer_index)
            left = np.ones(len(rows), dtype=bool)
            what = f"layer {layer.day.isoformat()}"
            for controller, area in layer.prepared().items():
                hit = left & shapely.contains_xy(area, lon[rows], lat[rows])
                left &= ~hit
                for r in rows[hit]:
                    if controller == "contested":
                        status[r] = "contested"
                        basis[r] = f"{what}: inside a contested area"
                    else:
                        party[r], status[r] = controller, "controlled"
                        basis[r] = f"{what}: inside the area held by {controller}"
                    basis[r] += _age_words(int(age[r])) + _where(admin[r])
            held = np.zeros(n, dtype=bool)
            ukr = rows[left][country[rows[left]] == "UKR"]
            held[ukr] = shapely.contains_xy(self._holder_area(int(layer_index)), lon[ukr], lat[ukr])
            for r in rows[left]:
                if sea[r]:
                    basis[r] = f"{what}: at sea, outside the layer's areas; a layer maps control of land only"
                elif country[r] == "UKR" and held[r]:
                    party[r], status[r] = self.holder, "controlled"
                    basis[r] = f"{what}: in Ukraine, outside the layer's areas, so held by {self.holder}"
                elif country[r] == "UKR":
                    basis[r] = (
                        f"{what}: in Ukraine outside the layer's areas, but cut off from the rest of Ukraine that "
                        f"{self.holder} holds (territorial waters, a lagoon or a fragment), so not decided"
                    )
                elif country[r] == "RUS":
                    party[r], status[r] = "RUS", "controlled"
                    basis[r] = f"{what}: in Russia, which the layer does not map, so held by RUS (its own territory)"
                else:
                    basis[r] = f"{what}: outside the layer's areas and outside Ukraine and Russia (sea or abroad)"
                basis[r] += _age_words(int(age[r])) + _where(admin[r])
        return ControlColumns(party, status, layer_date, age.astype(np.int64), basis)

    def control_side(self, lat: float, lon: float, radius_km: float, day: DayLike) -> ControlSide:
        """Whether the place, with the radius it may be off by, straddles the line of contact on the day."""
        return self.control_sides([lat], [lon], [radius_km], [day])[0]

    def control_sides(
        self,
        lats: npt.ArrayLike,
        lons: npt.ArrayLike,
        radii_km: npt.ArrayLike,
        days: Sequence[DayLike] | npt.ArrayLike,
    ) -> list[ControlSide]:
        """:meth:`control_side` for many places; each layer's areas are tested against all its rows at once."""
        lat = np.atleast_1d(np.asarray(lats, dtype=np.float64))
        lon = np.atleast_1d(np.asarray(lons, dtype=np.float64))
        radius = np.atleast_1d(np.asarray(radii_km, dtype=np.float64))
        columns = self.controllers(lat, lon, days)
        day = _days(days)
        k = np.searchsorted(self._days, day, side="right") - 1
        out: list[ControlSide | None] = [None] * len(lat)
        for i in np.flatnonzero(k < 0):
            out[i] = ControlSide(False, (), "outside", float("inf"), float("inf"), columns.answer(int(i)))
        for layer_index in np.unique(k[k >= 0]):
            rows = np.flatnonzero(k == layer_index)
            areas = self._areas_for_sides(int(layer_index))
            touches: list[set[str]] = [set() for _ in rows]
            line = np.full(len(rows), np.inf)
            centre = [str(columns.party[r]) or str(columns.status[r]) for r in rows]
            for controller, area in areas:
                sides, edge = sides_of(lat[rows], lon[rows], radius[rows], area)
                for j in np.flatnonzero(sides != "outside"):
                    touches[j].add(controller)
                    if controller != centre[j]:
                        line[j] = min(line[j], 0.0 if sides[j] == "inside" else float(edge[j]))
            own = self.layers[int(layer_index)].areas
            layer_area = shapely.union_all([a for p, a in own.items() if p != "contested"])
            if layer_area.is_empty:
                sides, edge = np.full(len(rows), "outside"), np.full(len(rows), np.inf)
            else:
                sides, edge = sides_of(lat[rows], lon[rows], radius[rows], layer_area)
            for m, r in enumerate(rows):
                parties = tuple(sorted(touches[m]))
                out[r] = ControlSide(
                    len(parties) > 1,
                    parties,
                    cast(Side, str(sides[m])),
                    float(edge[m]),
                    float(line[m]),
                    columns.answer(int(r)),
                )
        return [side for side in out if side is not None]

    def _holder_area(self, k: int) -> BaseGeometry:
        """The rest of Ukraine, held by the holder: Ukraine less the layer's areas and the sea zones, keeping only
        the parts that are at least 1% of the largest. The admin polygons include territorial waters, so the rest
        also holds slivers of sea and lagoon around occupied coasts (Crimea, the Syvash); no one "holds" those."""
        if k not in self._holder:
            zones = named_zones()
            seas = [zones[name] for name in _SEAS if name in zones]
            rest = shapely.difference(zones["ukraine"], shapely.union_all([*self.layers[k].areas.values(), *seas]))
            parts = sorted(shapely.get_parts(rest), key=lambda part: -float(part.area))
            keep = [part for part in parts if parts and part.area >= _KEEP_SHARE * parts[0].area]
            held = shapely.union_all(keep)
            shapely.prepare(held)
            self._holder[k] = held
        return self._holder[k]

    def _areas_for_sides(self, k: int) -> list[tuple[str, BaseGeometry]]:
        """The layer's areas by controller, with the rest of Ukraine and of (nearby) Russia, clipped near Ukraine."""
        if k not in self._side_areas:
            layer = self.layers[k]
            region = box(*_REGION)
            zones = named_zones()
            seas = [zones[name] for name in _SEAS if name in zones]
            mapped = shapely.union_all([*layer.areas.values(), *seas])
            areas = [(party, shapely.intersection(area, region)) for party, area in layer.areas.items()]
            areas.append((self.holder, shapely.intersection(self._holder_area(k), region)))
            areas.append(("RUS", shapely.difference(shapely.intersection(zones["russia"], region), mapped)))
            self._side_areas[k] = [(p, a) for p, a in areas if not a.is_empty]
        return self._side_areas[k]


def _read_control_file(path: str | Path) -> dict[date, list[_Feature]]:
    """The features of one layer file, by day (see the module's docstring for how days and statuses are read)."""
    path = Path(path)
    name = str(path)
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=name) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", file=name, expected="a GeoJSON FeatureCollection") from exc
    if not isinstance(data, dict) or data.get("type") not in ("FeatureCollection", "Feature"):
        raise InputError("not a GeoJSON FeatureCollection", file=name, expected="a GeoJSON FeatureCollection")
    raw = data.get("features", []) if data["type"] == "FeatureCollection" else [data]
    file_day = _parse_day(data["date"], name, None, "date") if "date" in data else _day_from_name(path.name)
    out: dict[date, list[_Feature]] = {}
    for index, feature in enumerate(raw):
        record = f"feature {index}"
        props: dict[str, Any] = feature.get("properties") or {}
        day = _parse_day(props["date"], name, record, "properties.date") if "date" in props else file_day
        if day is None:
            raise InputError(
                "the layer's day is not known",
                file=name,
                record=record,
                expected="a 'date' property, a top-level 'date', or a file name ending _YYYY-MM-DD.geojson or "
                "_YYYYMMDD.geojson",
            )
        try:
            geometry = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.GEOSException) as exc:
            raise InputError(
                f"not a GeoJSON geometry: {exc}",
                file=name,
                record=record,
                field="geometry",
                expected="a GeoJSON Polygon or MultiPolygon",
            ) from exc
        if geometry.geom_type not in ("Polygon", "MultiPolygon"):
            raise InputError(
                f"a {geometry.geom_type} is not an area",
                file=name,
                record=record,
                field="geometry",
                expected="a GeoJSON Polygon or MultiPolygon",
            )
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        party = props.get("party")
        if party is not None and not (isinstance(party, str) and party.isupper() and 2 <= len(party) <= 16):
            raise InputError(
                f"party {party!r} is not a party code",
                file=name,
                record=record,
                field="properties.party",
                expected="an upper-case party code such as RUS or UKR",
            )
        out.setdefault(day, []).append(_Feature(party, _status(props, name, record), geometry))
    return out


def _status(props: dict[str, Any], file: str, record: str) -> Literal["occupied", "liberated", "contested"]:
    """A feature's status from its ``status`` or ``name`` property; occupied (by its party) where it has neither."""
    for key in ("status", "name"):
        value = props.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        text = value.lower()
        for status, words in _STATUS_WORDS:
            if any(word in text for word in words):
                return cast(Literal["occupied", "liberated", "contested"], status)
        if key == "status":
            raise InputError(
                f"unknown status {value!r}",
                file=file,
                record=record,
                field="properties.status",
                expected="occupied, controlled, liberated, contested or grey",
            )
    return "occupied"


def _areas(features: list[_Feature], occupier: str, holder: str) -> dict[str, BaseGeometry]:
    """A layer's areas by controller: contested first, then each party in the order first seen."""
    parts: dict[str, list[BaseGeometry]] = {"contested": []}
    for feature in features:
        if feature.status == "contested":
            key = "contested"
        elif feature.status == "liberated":
            key = feature.party or holder
        else:
            key = feature.party or occupier
        parts.setdefault(key, []).append(feature.geometry)
    return {key: shapely.union_all(geoms) for key, geoms in parts.items() if geoms}


def _layer_files(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in (".geojson", ".json")))
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or folder", file=str(path))
    return files


def _day_from_name(name: str) -> date | None:
    for pattern in (_ISO_NAME, _DEEPSTATE_NAME):
        match = pattern.search(name)
        if match:
            try:
                return date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                return None
    return None


def _parse_day(value: Any, file: str, record: str | None, field_name: str) -> date:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(
            f"{value!r} is not a day", file=file, record=record, field=field_name, expected="YYYY-MM-DD"
        ) from exc


def _days(days: Sequence[DayLike] | npt.ArrayLike) -> npt.NDArray[np.datetime64]:
    """Days as ``datetime64[D]``; a ``datetime`` counts by its UTC day (a naive one is taken as UTC)."""
    if isinstance(days, np.ndarray) and np.issubdtype(days.dtype, np.datetime64):
        return days.astype("datetime64[D]")
    values = []
    for value in cast(Iterable[Any], np.atleast_1d(np.asarray(days, dtype=object))):
        if isinstance(value, datetime):
            value = (value.astimezone(UTC) if value.tzinfo else value).date()
        values.append(np.datetime64(value.isoformat() if isinstance(value, date) else value, "D"))
    return np.array(values, dtype="datetime64[D]")


def _age_words(age: int) -> str:
    return "" if age == 0 else f" (the layer is {age} day{'s' if age != 1 else ''} older than the day)"


def _where(admin: str) -> str:
    return f"; in {admin}" if admin else ""


def _admin_lookup(
    lat: npt.NDArray[np.float64], lon: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.str_], npt.NDArray[np.str_]]:
    """For each point, the country (UKR / RUS / "") and the id of the bundled admin zone it is in (Ukraine's
    units first, where the two countries' files overlap at the border)."""
    tree, ids, countries = _admin_tree()
    country = np.full(len(lat), "", dtype="<U3")
    admin = np.full(len(lat), "", dtype="<U32")
    if len(ids) == 0 or len(lat) == 0:
        return country, admin
    points, geoms = tree.query(shapely.points(lon, lat), predicate="intersects")
    best = np.full(len(lat), len(ids))
    np.minimum.at(best, points, geoms)
    found = best < len(ids)
    country[found] = countries[best[found]]
    admin[found] = ids[best[found]]
    return country, admin


def _at_sea(lat: npt.NDArray[np.float64], lon: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    """Whether each point is in a bundled sea zone (the admin polygons include territorial waters)."""
    zones = named_zones()
    sea = np.zeros(len(lat), dtype=bool)
    for name in _SEAS:
        if name in zones:
            area = zones[name]
            shapely.prepare(area)
            sea |= shapely.contains_xy(area, lon, lat)
    return sea


_SEAS = ("black-sea", "sea-of-azov")
_TREE: list[tuple[shapely.STRtree, npt.NDArray[np.str_], npt.NDArray[np.str_]]] = []


def _admin_tree() -> tuple[shapely.STRtree, npt.NDArray[np.str_], npt.NDArray[np.str_]]:
    if not _TREE:
        zones = sorted(admin_zones(), key=lambda z: (z.country != "UKR", z.id))
        geometries = [named_zones()[z.id] for z in zones]
        _TREE.append(
            (
                shapely.STRtree(geometries),
                np.array([z.id for z in zones], dtype="<U32"),
                np.array([z.country for z in zones], dtype="<U3"),
            )
        )
    return _TREE[0]
