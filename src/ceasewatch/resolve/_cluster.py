"""Clustering: claims become incidents, deterministically, incrementally, in near-linear time.

The rules (docs/resolve.md says the same in prose):

* **The pair rule** (:func:`compatible`). Two claims may describe one event when their time intervals overlap (a
  ``night``, whose bounds are a convention, is widened by ``slack_h`` at both ends), their acts lie on one lineage of
  the act taxonomy (``unknown`` fits any act; a denial's act is not compared: it denies the attack, whatever the
  means), their targets agree (the same ``facility_id``; or, unless they name two different facilities, categories
  on one lineage, ``unknown`` fitting any; or any categories if the two are *one episode at one locality*: both
  intervals at most ``episode_h`` long, both places located and at most ``locality_km`` wide, the centre of each
  within the wider radius) and their places agree (the same facility; or both have points and the ground distance
  minus both radii is at most ``distance_km``, where a place at least ``region_km`` wide counts double against a
  place of its own admin1; or neither has a point and they name the same country, admin1 and zone). A denial does
  not pair with a claim that names another perpetrator: the denier is the accused party. Two assertions of one
  report with the same stance pair only as one episode at one locality (the airbase and the houses of one raid).
* **Complete linkage.** Every two claims of an incident obey the pair rule (so the claims' intervals have a common
  part, which is the incident's time, unless a night's slack bridged a gap: then the gap is). Claims that chain
  (A~B, B~C, A≁C) are not glued together.
* **The vague claim waits for an unambiguous match.** Claims are placed from the most precise to the least (radius,
  then length of the interval, then earliest time, then id). Each joins the incident that it pairs with entirely if
  there is exactly one such incident; if there is none, or more than one, it starts its own. An oblast-level claim
  therefore joins a precise strike only when no other strike it could describe is in play.
* **Ids.** An incident's id is ``inc:`` and the id of its first claim by (earliest time, id). Given ``previous``, an
  incident keeps the id it had if it holds that incident's first claim; when it holds the first claims of several
  previous incidents it keeps the id of the one whose first claim is oldest, and the others are recorded as merged
  into it; claims leaving an incident are recorded as a split.

Finding the pairs is the costly part. The fast path (:func:`compatible_pairs`, ``method="blocked"``) sorts claims by
(earliest less slack, id) and compares a claim only with the claims that start inside its (widened) interval and lie
in its grid cell or the 26 cells around it. Cells are cubes of Earth-centred coordinates whose side is the largest
distance at which two claims may still pair, so no pair is missed (a region-level place counts there with twice its
radius); claims are graded by that radius (up to 25 km, 100 km, 400 km, larger) and each grade has its own grid, so
that a few wide claims do not make every cell wide. ``method="all_pairs"`` tests every pair with the same rule: the
baseline of the benchmark.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, ClassVar, Literal

import numpy as np
import numpy.typing as npt
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ceasewatch.errors import InputError
from ceasewatch.geo.nearest import geodesic_km
from ceasewatch.model import ACTS, CATEGORIES, Claim, Incident, IncidentEvent, Place, Stance, Target, TimeInterval
from ceasewatch.model.time import TimePrecision

__all__ = [
    "ClaimArrays",
    "ClusterParams",
    "Clustering",
    "PairMethod",
    "cluster",
    "cluster_columnar",
    "compatible",
    "compatible_pairs",
]

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
PairMethod = Literal["blocked", "all_pairs"]
PAIR_METHODS: tuple[PairMethod, ...] = ("blocked", "all_pairs")

_ACT_IDS: tuple[str, ...] = tuple(sorted(ACTS))
_CATEGORY_IDS: tuple[str, ...] = tuple(sorted(CATEGORIES))
_GRADES_KM = (25.0, 100.0, 400.0)  # radius limits of the blocking grades (the last grade takes the rest)
_A_KM = 6378.137
_E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563)
_OFFSET = 1 << 20
_CHUNK = 1 << 16  # queriers per block of candidate pairs
_STANCE_ORDER: tuple[Stance, ...] = ("admission", "accusation", "observation", "denial")
STANCES: tuple[Stance, ...] = ("accusation", "admission", "denial", "observation")
"""The stances, in code order (:attr:`ClaimArrays.stance`)."""
_ASSERTING = ("accusation", "admission")  # stances whose act (the means) is compared
_DENIAL = STANCES.index("denial")
TIME_PRECISIONS: tuple[TimePrecision, ...] = ("minute", "hour", "day", "night", "week", "month")
"""The time precisions, in code order (:attr:`ClaimArrays.precision`)."""
LOOSE_BOUNDS: tuple[TimePrecision, ...] = ("night",)
"""Precisions whose bounds are a convention (when does a night begin?): widened by ``ClusterParams.slack_h``."""
_HOUR_NS = 3_600_000_000_000


def _on_lineage(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _depth(node: str) -> int:
    return 0 if node == "unknown" else node.count(".") + 1


def acts_compatible(a: str, b: str) -> bool:
    """Whether two acts may describe one event: one lineage, or either ``unknown``.

    >>> acts_compatible("strike", "strike.drone"), acts_compatible("strike.drone", "strike.missile")
    (True, False)
    """
    return a == "unknown" or b == "unknown" or _on_lineage(a, b)


def categories_compatible(a: str, b: str) -> bool:
    """Whether two target categories may describe one target: one lineage, or either ``unknown``.

    >>> categories_compatible("energy", "energy.oil.storage"), categories_compatible("energy.oil", "energy.gas")
    (True, False)
    """
    return a == "unknown" or b == "unknown" or _on_lineage(a, b)


_ACT_OK = np.array([[acts_compatible(a, b) for b in _ACT_IDS] for a in _ACT_IDS], dtype=np.bool_)
_CATEGORY_OK = np.array([[categories_compatible(a, b) for b in _CATEGORY_IDS] for a in _CATEGORY_IDS], np.bool_)


@dataclass(frozen=True)
class ClusterParams:
    """Options of :func:`cluster` (docs/resolve.md states the rules they enter).

    ``distance_km``: the largest gap between two places, after both radii, at which claims may still be one incident.
    ``locality_km`` and ``episode_h``: places no wider than ``locality_km`` (radius) are localities, intervals no
    longer than ``episode_h`` are episodes; two claims of one episode at one locality (the centre of each within the
    wider radius) pair whatever targets they name, and two claims of one report may pair there.
    ``region_km``: a place at least this wide (radius) stands for the admin1 it names; against a place in the same
    admin1 its radius counts double. ``slack_h``: hours added to both ends of an interval whose precision has
    conventional bounds (:data:`LOOSE_BOUNDS`).
    """

    distance_km: float = 10.0
    locality_km: float = 25.0
    episode_h: float = 48.0
    region_km: float = 100.0
    slack_h: float = 1.0

    def __post_init__(self) -> None:
        for name in ("distance_km", "locality_km", "episode_h", "region_km", "slack_h"):
            value = getattr(self, name)
            if not (np.isfinite(value) and value >= 0):
                raise InputError(
                    f"{name} must be a finite number >= 0, not {value!r}", field=name, expected="a finite number >= 0"
                )

    def episode_ns(self) -> int:
        """``episode_h`` in nanoseconds."""
        return round(self.episode_h * _HOUR_NS)

    def slack_ns(self) -> I64:
        """The slack of each precision of :data:`TIME_PRECISIONS`, in nanoseconds."""
        slack = round(self.slack_h * _HOUR_NS)
        return np.array([slack if p in LOOSE_BOUNDS else 0 for p in TIME_PRECISIONS], dtype=np.int64)


def _region_radius(radius: float, admin1: str | None, other: str | None, params: ClusterParams) -> float:
    return 2 * radius if radius >= params.region_km and admin1 is not None and admin1 == other else radius


def compatible(a: Claim, b: Claim, params: ClusterParams = ClusterParams()) -> bool:
    """The pair rule, on two claims (the reference; :func:`compatible_pairs` applies it to arrays)."""
    slack = params.slack_ns()
    sa, sb = (int(slack[TIME_PRECISIONS.index(c.time.precision)]) for c in (a, b))
    if _ns(a.time.earliest) - sa > _ns(b.time.latest) + sb or _ns(b.time.earliest) - sb > _ns(a.time.latest) + sa:
        return False
    if a.stance in _ASSERTING and b.stance in _ASSERTING and not acts_compatible(a.act, b.act):
        return False
    denial = a.stance == "denial" or b.stance == "denial"
    if denial and a.perpetrator is not None and b.perpetrator is not None and a.perpetrator != b.perpetrator:
        return False
    pa, pb = a.place, b.place
    # One episode at one locality: short intervals, places located and narrow, each centre within the wider radius.
    episode = max(_ns(c.time.latest) - _ns(c.time.earliest) for c in (a, b)) <= params.episode_ns()
    local = (
        episode
        and pa.lat is not None
        and pa.lon is not None
        and pb.lat is not None
        and pb.lon is not None
        and max(pa.radius_km, pb.radius_km) <= params.locality_km
        and float(geodesic_km(pa.lat, pa.lon, pb.lat, pb.lon)) <= max(pa.radius_km, pb.radius_km)
    )
    if a.report_id == b.report_id and a.stance == b.stance and not local:
        return False
    fa, fb = a.target.facility_id, b.target.facility_id
    if fa is not None and fa == fb:
        return True
    if fa is not None and fb is not None:
        return False
    if not categories_compatible(a.target.category, b.target.category) and not local:
        return False
    if pa.admin1 is not None and pb.admin1 is not None and pa.admin1 != pb.admin1:
        return False
    if pa.lat is not None and pa.lon is not None and pb.lat is not None and pb.lon is not None:
        ra = _region_radius(pa.radius_km, pa.admin1, pb.admin1, params)
        rb = _region_radius(pb.radius_km, pb.admin1, pa.admin1, params)
        return float(geodesic_km(pa.lat, pa.lon, pb.lat, pb.lon)) - ra - rb <= params.distance_km
    if pa.has_point or pb.has_point:
        return False
    return (pa.country, pa.admin1, pa.zone) == (pb.country, pb.admin1, pb.zone)


@dataclass(frozen=True, eq=False)
class ClaimArrays:
    """Claims as columns, one element per claim: what the pair rule reads.

    Times are int64 nanoseconds since the epoch, ``precision`` their code in :data:`TIME_PRECISIONS`; ``act`` and
    ``category`` are codes into the sorted act and category ids; ``facility`` and ``perpetrator`` are small integer
    codes (``-1``: none); a claim without a point has NaN ``lat``/``lon`` and a ``place_key`` code for its (country,
    admin1, zone) (``-1`` for claims with a point).
    ``ids`` must be unique strings. Build one with :meth:`from_claims`, or directly from arrays.
    """

    ACT_IDS: ClassVar[tuple[str, ...]] = _ACT_IDS
    CATEGORY_IDS: ClassVar[tuple[str, ...]] = _CATEGORY_IDS

    ids: npt.NDArray[Any]
    earliest: I64
    latest: I64
    precision: npt.NDArray[np.int8]
    act: npt.NDArray[np.int16]
    category: npt.NDArray[np.int16]
    facility: npt.NDArray[np.int32]
    perpetrator: npt.NDArray[np.int16]
    stance: npt.NDArray[np.int8]
    report: npt.NDArray[np.int32]
    admin1: npt.NDArray[np.int32]
    lat: F64
    lon: F64
    radius_km: F64
    place_key: npt.NDArray[np.int32]

    def __post_init__(self) -> None:
        n = len(self.ids)
        for name in _COLUMNS[1:]:
            column = getattr(self, name)
            if not isinstance(column, np.ndarray) or column.shape != (n,):
                raise InputError(f"'{name}' must be a 1-d array of {n} elements", field=name)
        if n and bool(np.any((self.precision < 0) | (self.precision >= len(TIME_PRECISIONS)))):
            raise InputError("a claim's precision code is out of range", field="precision")
        if n and bool(np.any(self.latest < self.earliest)):
            raise InputError("a claim's latest time is before its earliest", field="latest")
        if n and len(np.unique(self.ids)) != n:
            raise InputError("claim ids must be unique", field="ids")
        if n and bool(np.any(np.isnan(self.lat) & (self.place_key < 0))):
            raise InputError("a claim without a point needs a place_key", field="place_key")

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_claims(cls, claims: Sequence[Claim]) -> ClaimArrays:
        """The columns of ``claims``, in their order."""
        act = {a: k for k, a in enumerate(_ACT_IDS)}
        category = {c: k for k, c in enumerate(_CATEGORY_IDS)}
        facilities = _codes(c.target.facility_id for c in claims)
        parties = _codes(c.perpetrator for c in claims)
        reports = _codes(c.report_id for c in claims)
        regions = _codes(c.place.admin1 for c in claims)
        keys = sorted({_place_key(c.place) for c in claims if not c.place.has_point})
        place_keys = {k: n for n, k in enumerate(keys)}
        nan = float("nan")
        return cls(
            ids=np.array([c.id for c in claims], dtype=str),
            earliest=np.array([_ns(c.time.earliest) for c in claims], dtype=np.int64),
            latest=np.array([_ns(c.time.latest) for c in claims], dtype=np.int64),
            precision=np.array([TIME_PRECISIONS.index(c.time.precision) for c in claims], dtype=np.int8),
            act=np.array([act[c.act] for c in claims], dtype=np.int16),
            category=np.array([category[c.target.category] for c in claims], dtype=np.int16),
            facility=np.array(
                [-1 if c.target.facility_id is None else facilities[c.target.facility_id] for c in claims],
                dtype=np.int32,
            ),
            perpetrator=np.array(
                [-1 if c.perpetrator is None else parties[c.perpetrator] for c in claims], dtype=np.int16
            ),
            stance=np.array([STANCES.index(c.stance) for c in claims], dtype=np.int8),
            report=np.array([reports[c.report_id] for c in claims], dtype=np.int32),
            admin1=np.array(
                [-1 if c.place.admin1 is None else regions[c.place.admin1] for c in claims], dtype=np.int32
            ),
            lat=np.array([nan if c.place.lat is None else c.place.lat for c in claims], dtype=np.float64),
            lon=np.array([nan if c.place.lon is None else c.place.lon for c in claims], dtype=np.float64),
            radius_km=np.array([c.place.radius_km for c in claims], dtype=np.float64),
            place_key=np.array(
                [-1 if c.place.has_point else place_keys[_place_key(c.place)] for c in claims], dtype=np.int32
            ),
        )

    def take(self, rows: npt.ArrayLike) -> ClaimArrays:
        """The claims at ``rows``, in that order (codes are kept)."""
        index = np.asarray(rows, dtype=np.int64)
        return ClaimArrays(**{name: getattr(self, name)[index] for name in _COLUMNS})

    def time_order(self) -> I64:
        """The claims' positions sorted by (earliest, id)."""
        id_rank = np.argsort(np.argsort(self.ids, kind="stable"), kind="stable")
        return np.lexsort((id_rank, self.earliest)).astype(np.int64)


_COLUMNS = (
    "ids",
    "earliest",
    "latest",
    "precision",
    "act",
    "category",
    "facility",
    "perpetrator",
    "stance",
    "report",
    "admin1",
    "lat",
    "lon",
    "radius_km",
    "place_key",
)


def _codes(values: Iterable[str | None]) -> dict[str, int]:
    return {v: k for k, v in enumerate(sorted({v for v in values if v is not None}))}


def _place_key(place: Place) -> tuple[str, str, str]:
    return (place.country or "", place.admin1 or "", place.zone or "")


def _ns(moment: datetime) -> int:
    from ceasewatch.adjudicate._columnar import ns

    return ns(moment)


# ---------------------------------------------------------------------------------------------------------- pairs


def _pair_ok(a: ClaimArrays, i: I64, j: I64, params: ClusterParams) -> Bools:
    """The pair rule on rows ``i`` and ``j`` of ``a``, element by element (the most selective tests first, each
    later test on the survivors only)."""
    fi, fj = a.facility[i], a.facility[j]
    same = (fi >= 0) & (fi == fj)
    ri, rj = a.admin1[i], a.admin1[j]
    ki, kj = a.place_key[i], a.place_key[j]
    narrow = (ki < 0) & (kj < 0) & (np.maximum(a.radius_km[i], a.radius_km[j]) <= params.locality_km)
    narrow &= np.maximum(a.latest[i] - a.earliest[i], a.latest[j] - a.earliest[j]) <= params.episode_ns()
    kinship = _CATEGORY_OK[a.category[i], a.category[j]]
    ok: Bools = same | (
        ((fi < 0) | (fj < 0)) & (kinship | narrow) & ((ri < 0) | (rj < 0) | (ri == rj)) & (ki == kj)
    )  # ki == kj: both located, or one name
    rows = np.flatnonzero(ok)
    i, j, narrow, same = i[rows], j[rows], narrow[rows], same[rows]
    si, sj = a.stance[i], a.stance[j]
    pi, pj = a.perpetrator[i], a.perpetrator[j]
    slack = params.slack_ns()
    slack_i, slack_j = slack[a.precision[i]], slack[a.precision[j]]
    good = (a.earliest[i] - slack_i <= a.latest[j] + slack_j) & (a.earliest[j] - slack_j <= a.latest[i] + slack_i)
    twice = (a.report[i] == a.report[j]) & (si == sj)  # one report's two assertions: only at one locality
    good &= ~twice | narrow
    good &= ~((si <= 1) & (sj <= 1)) | _ACT_OK[a.act[i], a.act[j]]  # acts compared between accusations, admissions
    good &= ((si != _DENIAL) & (sj != _DENIAL)) | (pi < 0) | (pj < 0) | (pi == pj)
    local_only = twice | ~(same | kinship[rows])  # pairs that need one locality
    measure = good & (ki[rows] < 0) & (kj[rows] < 0) & (~same | local_only)
    if measure.any():
        at = np.flatnonzero(measure)
        mi, mj = i[at], j[at]
        qi, qj = a.radius_km[mi], a.radius_km[mj]
        d = geodesic_km(a.lat[mi], a.lon[mi], a.lat[mj], a.lon[mj])
        region = (a.admin1[mi] >= 0) & (a.admin1[mi] == a.admin1[mj])
        gap = (
            d
            - np.where(region & (qi >= params.region_km), 2 * qi, qi)
            - np.where(region & (qj >= params.region_km), 2 * qj, qj)
        )
        local = narrow[at] & (d <= np.maximum(qi, qj))
        good[at] = np.where(local_only[at], local, same[at] | (gap <= params.distance_km))
    ok[rows] = good
    return ok


def _reach_km(a: ClaimArrays, params: ClusterParams) -> F64:
    """The largest radius each claim may count with (a region-level place counts double in its own admin1)."""
    wide = (a.admin1 >= 0) & (a.radius_km >= params.region_km)
    reach: F64 = np.where(wide, 2 * a.radius_km, a.radius_km)
    return reach


def _ecef_km(lat: F64, lon: F64) -> F64:
    phi, lam = np.radians(lat), np.radians(lon)
    prime = _A_KM / np.sqrt(1.0 - _E2 * np.sin(phi) ** 2)
    return np.stack(
        [prime * np.cos(phi) * np.cos(lam), prime * np.cos(phi) * np.sin(lam), prime * (1.0 - _E2) * np.sin(phi)],
        axis=1,
    )


def _pack(cells: I64) -> I64:
    c = cells + _OFFSET
    packed: I64 = (c[:, 0] << 42) | (c[:, 1] << 21) | c[:, 2]
    return packed


_NEIGHBOURS = np.array([(x, y, z) for x in (-1, 0, 1) for y in (-1, 0, 1) for z in (-1, 0, 1)], dtype=np.int64)


def _expand(lo: I64, hi: I64) -> tuple[I64, I64]:
    """For ranges ``[lo[k], hi[k])``: the range number and the position of every element."""
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    owner = np.repeat(np.arange(len(lo), dtype=np.int64), counts)
    starts = np.cumsum(counts) - counts
    position = np.arange(total, dtype=np.int64) - np.repeat(starts - lo, counts)
    return owner, position


def _query(
    a: ClaimArrays,
    rank: I64,
    stop: I64,
    queriers: I64,
    members: I64,
    cells_q: I64,
    cells_m: I64,
    neighbours: I64,
    params: ClusterParams,
) -> list[tuple[I64, I64]]:
    """Pairs (querier, member) that obey the rule, where the member starts inside the querier's interval and after
    it by (earliest, id), and lies in the querier's cell or a neighbouring one. Rows are ranks (time order)."""
    n = len(rank)
    if len(queriers) == 0 or len(members) == 0:
        return []
    unique, inverse = np.unique(_pack(cells_m) if cells_m.ndim == 2 else cells_m, return_inverse=True)
    keys = np.sort(inverse.astype(np.int64) * n + members)
    member_of_key = keys % n
    packed_q = _pack(cells_q) if cells_q.ndim == 2 else cells_q
    out: list[tuple[I64, I64]] = []
    for start in range(0, len(queriers), _CHUNK):
        q = queriers[start : start + _CHUNK]
        qc = cells_q[start : start + _CHUNK]
        pq = packed_q[start : start + _CHUNK]
        for offset in neighbours:
            target = _pack(qc + offset) if cells_q.ndim == 2 else pq
            code = np.searchsorted(unique, target)
            found = code < len(unique)
            found[found] = unique[code[found]] == target[found]
            if not found.any():
                continue
            qf, cf = q[found], code[found].astype(np.int64)
            lo = np.searchsorted(keys, cf * n + qf + 1)
            hi = np.searchsorted(keys, cf * n + stop[qf])
            owner, position = _expand(lo, hi)
            if len(owner) == 0:
                continue
            i, j = qf[owner], member_of_key[position]
            keep = _pair_ok(a, rank[i], rank[j], params)
            out.append((rank[i[keep]], rank[j[keep]]))
    return out


def compatible_pairs(
    a: ClaimArrays, params: ClusterParams = ClusterParams(), method: PairMethod = "blocked"
) -> tuple[I64, I64]:
    """Every pair of claims (rows ``i < j`` of ``a``) that obeys the pair rule, sorted by (i, j).

    ``method="blocked"`` compares only claims that start inside each other's interval and lie in neighbouring
    cells; ``"all_pairs"`` compares every pair. Both give the same pairs.
    """
    if method not in PAIR_METHODS:
        raise InputError(f"unknown method '{method}': expected one of {', '.join(PAIR_METHODS)}", field="method")
    n = len(a)
    empty = np.array([], dtype=np.int64)
    if n < 2:
        return empty, empty
    if method == "all_pairs":
        parts = []
        rows = max(1, (1 << 22) // n)
        for start in range(0, n - 1, rows):
            i0 = np.arange(start, min(start + rows, n - 1), dtype=np.int64)
            owner, position = _expand(i0 + 1, np.full(len(i0), n, dtype=np.int64))
            i, j = i0[owner], position
            keep = _pair_ok(a, i, j, params)
            parts.append((i[keep], j[keep]))
    else:
        parts = _blocked(a, params)
    i = np.concatenate([p[0] for p in parts]) if parts else empty
    j = np.concatenate([p[1] for p in parts]) if parts else empty
    code = np.unique(np.minimum(i, j) * n + np.maximum(i, j))  # sorted by (i, j), each pair once
    return code // n, code % n


def _blocked(a: ClaimArrays, params: ClusterParams) -> list[tuple[I64, I64]]:
    distance_km = params.distance_km
    slack = params.slack_ns()[a.precision]  # intervals as the pair rule compares them
    start, end = a.earliest - slack, a.latest + slack
    id_rank = np.argsort(np.argsort(a.ids, kind="stable"), kind="stable")
    rank = np.lexsort((id_rank, start)).astype(np.int64)  # rank[k]: the row of the k-th claim by (start, id)
    stop = np.searchsorted(start[rank], end[rank], side="right").astype(np.int64)  # claims < stop start by end
    lat, lon, radius = a.lat[rank], a.lon[rank], _reach_km(a, params)[rank]
    point = ~np.isnan(lat)
    grade = np.where(point, np.searchsorted(np.array(_GRADES_KM), radius), -1)
    everyone = np.arange(len(rank), dtype=np.int64)
    xyz = np.zeros((len(rank), 3))
    xyz[point] = _ecef_km(lat[point], lon[point])
    parts: list[tuple[I64, I64]] = []
    for level in range(len(_GRADES_KM) + 1):
        mine = point & (grade == level)
        if not mine.any():
            continue
        reach = _GRADES_KM[level] if level < len(_GRADES_KM) else float(radius[mine].max())
        side = (distance_km + 2 * reach) * (1 + 1e-9) + 1e-6  # a chord is never longer than the ground distance
        cells = np.floor(xyz / side).astype(np.int64)
        below = point & (grade < level)
        upto = everyone[mine | below]
        parts += _query(a, rank, stop, everyone[mine], upto, cells[mine], cells[upto], _NEIGHBOURS, params)
        parts += _query(a, rank, stop, everyone[below], everyone[mine], cells[below], cells[mine], _NEIGHBOURS, params)
    named = everyone[~point]
    keys = a.place_key[rank][named].astype(np.int64)
    parts += _query(a, rank, stop, named, named, keys, keys, np.zeros(1, dtype=np.int64), params)
    # The same facility pairs whatever the places say: join on the facility too (duplicates are dropped later).
    facility = a.facility[rank].astype(np.int64)
    sited = everyone[facility >= 0]
    parts += _query(a, rank, stop, sited, sited, facility[sited], facility[sited], np.zeros(1, dtype=np.int64), params)
    return parts


# ------------------------------------------------------------------------------------------------------ resolving


def _resolve(a: ClaimArrays, i: I64, j: I64) -> I64:
    """Group number of each claim (groups numbered by their first claim in (earliest, id) order)."""
    n = len(a)
    if n == 0:
        return np.array([], dtype=np.int64)
    graph = coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n)).tocsr()
    count, component = connected_components(graph, directed=False)
    size = np.bincount(component, minlength=count)
    edges = np.bincount(component[i], minlength=count)
    clique = edges == size * (size - 1) // 2
    group = np.where(clique[component], component, -1).astype(np.int64)
    loose = np.flatnonzero(~clique[component])
    if len(loose):
        symmetric = (graph + graph.T).tocsr()
        indptr, indices = symmetric.indptr.tolist(), symmetric.indices.tolist()
        time_rank = np.empty(n, dtype=np.int64)
        time_rank[a.time_order()] = np.arange(n)
        radius = np.where(np.isnan(a.lat), np.inf, a.radius_km)[loose]
        length = (a.latest - a.earliest)[loose]
        order = loose[np.lexsort((time_rank[loose], length, radius))]
        labels = group.tolist()
        sizes: dict[int, int] = {}
        fresh = count
        for x in order.tolist():
            seen: dict[int, int] = {}
            for y in indices[indptr[x] : indptr[x + 1]]:
                g = labels[y]
                if g >= count:
                    seen[g] = seen.get(g, 0) + 1
            fits = [g for g, k in seen.items() if k == sizes[g]]
            if len(fits) == 1:
                labels[x] = fits[0]
            else:
                labels[x] = fresh
                sizes[fresh] = 0
                fresh += 1
            sizes[labels[x]] += 1
        group = np.array(labels, dtype=np.int64)
    _, dense = np.unique(group, return_inverse=True)
    first = np.full(int(dense.max()) + 1, n, dtype=np.int64)
    time_rank = np.empty(n, dtype=np.int64)
    time_rank[a.time_order()] = np.arange(n)
    np.minimum.at(first, dense, time_rank)
    renumber = np.empty(len(first), dtype=np.int64)
    renumber[np.argsort(first)] = np.arange(len(first))
    result: I64 = renumber[dense]
    return result


def cluster_columnar(a: ClaimArrays, params: ClusterParams = ClusterParams(), method: PairMethod = "blocked") -> I64:
    """The incident number of each claim of ``a``: incidents are numbered in the (earliest, id) order of their first
    claims. The same claims in any order give the same groups; :func:`cluster` names them."""
    i, j = compatible_pairs(a, params, method)
    return _resolve(a, i, j)


# ------------------------------------------------------------------------------------------------------ incidents


@dataclass(frozen=True)
class Clustering:
    """Claims grouped into incidents, with the history of merges and splits.

    ``claims`` are all claims clustered so far (pass the clustering as ``previous`` with new claims to extend it);
    ``merged`` maps every id absorbed into another incident to the id that absorbed it; ``events`` holds every
    merge and split since the first run, oldest first.
    """

    incidents: tuple[Incident, ...]
    claims: tuple[Claim, ...]
    events: tuple[IncidentEvent, ...] = ()
    merged: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def incident_of(self, claim_id: str) -> str:
        """The id of the incident holding ``claim_id``."""
        for item in self.incidents:
            if claim_id in item.claim_ids:
                return item.id
        raise InputError(f"claim '{claim_id}' is not in this clustering", record=claim_id, field="claim_ids")

    def partition(self) -> frozenset[frozenset[str]]:
        """The incidents as sets of claim ids (ids left out): what order and history do not change."""
        return frozenset(frozenset(item.claim_ids) for item in self.incidents)


def _time_key(c: Claim) -> tuple[datetime, str]:
    return (c.time.earliest, c.id)


def _merge_claims(old: Iterable[Claim], new: Iterable[Claim]) -> list[Claim]:
    by_id: dict[str, Claim] = {}
    for claim in [*old, *new]:
        seen = by_id.get(claim.id)
        if seen is not None and seen != claim:
            raise InputError(f"claim '{claim.id}' is given twice with different content", record=claim.id, field="id")
        by_id[claim.id] = claim
    return sorted(by_id.values(), key=_time_key)


def cluster(
    claims: Sequence[Claim], *, previous: Clustering | None = None, params: ClusterParams = ClusterParams()
) -> Clustering:
    """Group ``claims`` (with ``previous.claims``, if given) into incidents, keeping and recording ids.

    The grouping depends only on the set of claims; ids depend on ``previous`` as the module docstring says.
    """
    items = _merge_claims(previous.claims if previous else (), claims)
    labels = cluster_columnar(ClaimArrays.from_claims(items), params).tolist()
    groups: list[list[Claim]] = [[] for _ in range(max(labels, default=-1) + 1)]
    for claim, label in zip(items, labels, strict=True):
        groups[label].append(claim)  # items are in (earliest, id) order, so each group is too
    before: dict[str, str] = {}
    first_of: dict[str, Claim] = {}
    issued: set[str] = set()
    merged = dict(previous.merged) if previous else {}
    events = list(previous.events) if previous else []
    if previous:
        by_id = {c.id: c for c in previous.claims}
        for given in previous.incidents:
            issued.add(given.id)
            for claim_id in given.claim_ids:
                before[claim_id] = given.id
            first_of[given.id] = min((by_id[c] for c in given.claim_ids), key=_time_key)
        issued.update(merged)
    owner_of_first = {first.id: incident_id for incident_id, first in first_of.items()}
    new_ids = {c.id for c in claims} - set(before)
    incidents = []
    for group in groups:
        ids = [c.id for c in group]
        owners = sorted(
            (owner_of_first[c] for c in ids if c in owner_of_first), key=lambda old: _time_key(first_of[old])
        )
        if owners:
            name = owners[0]
            for absorbed in owners[1:]:
                bridge = tuple(c for c in ids if c in new_ids) or tuple(c for c in ids if before.get(c) == absorbed)
                if bridge and bridge[0] in new_ids:
                    why = f"new claims {', '.join(bridge)} pair with every claim of both"
                else:
                    why = f"its claims {', '.join(bridge)} now pair unambiguously with {name}"
                events.append(
                    IncidentEvent(
                        kind="merged",
                        incident_id=name,
                        other_id=absorbed,
                        claim_ids=bridge,
                        reason=f"incident {name} absorbed {absorbed}: {why}",
                    )
                )
                merged[absorbed] = name
        else:
            name = f"inc:{ids[0]}"
            suffix = 2
            while name in issued:
                name, suffix = f"inc:{ids[0]}~{suffix}", suffix + 1
        issued.add(name)
        for old in sorted({before[c] for c in ids if c in before} - set(owners)):
            moved = tuple(c for c in ids if before.get(c) == old)
            events.append(
                IncidentEvent(
                    kind="split",
                    incident_id=old,
                    other_id=name,
                    claim_ids=moved,
                    reason=f"incident {old} gave claims {', '.join(moved)} to {name}: they no longer pair "
                    f"unambiguously with all of {old}'s claims",
                )
            )
        incidents.append(_incident(name, group))
    return Clustering(tuple(incidents), tuple(items), tuple(events), MappingProxyType(merged))


def _incident(name: str, group: list[Claim]) -> Incident:
    """The incident's representative fields (see docs/resolve.md)."""
    narrowest = min(group, key=lambda c: (c.time.latest - c.time.earliest, *_time_key(c)))
    common = (max(c.time.earliest for c in group), min(c.time.latest for c in group))
    # Intervals widened by slack may pair without a common part: then the gap between them is the incident's time.
    time = TimeInterval(
        earliest=min(common), latest=max(common), precision=narrowest.time.precision, tz=narrowest.time.tz
    )
    located = [c for c in group if c.place.has_point]
    place = min(located or group, key=lambda c: (c.place.radius_km, *_time_key(c))).place
    with_facility = [c for c in group if c.target.facility_id is not None]
    target: Target = (
        with_facility[0] if with_facility else min(group, key=lambda c: (-_depth(c.target.category), *_time_key(c)))
    ).target
    # The act is what the accusers and admitters say was done: a denial or an observation says little of the means.
    asserting = [c for c in group if c.stance in ("accusation", "admission")] or group
    act = min(asserting, key=lambda c: (-_depth(c.act), *_time_key(c))).act
    weapons: dict[str, int] = {}
    for c in group:
        if c.weapon is not None:
            weapons[c.weapon] = weapons.get(c.weapon, 0) + 1
    weapon = min(weapons, key=lambda w: (-weapons[w], w)) if weapons else None
    accused: dict[str, int] = {}
    for c in group:
        if c.stance in ("accusation", "admission") and c.perpetrator is not None:
            accused[c.perpetrator] = accused.get(c.perpetrator, 0) + 1
    ranked = sorted(accused.items(), key=lambda kv: -kv[1])
    perpetrator = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    stance = next(s for s in _STANCE_ORDER if any(c.stance == s for c in group))
    return Incident(
        id=name,
        claim_ids=tuple(c.id for c in group),
        time=time,
        place=place,
        target=target,
        act=act,
        weapon=weapon,
        perpetrator=perpetrator,
        stance=stance,
    )
