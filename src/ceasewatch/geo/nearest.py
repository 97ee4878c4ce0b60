"""The nearest site within a distance, by true ground distance on the WGS 84 ellipsoid, for millions of points.

The method, and why it is exact:

1. Every site and point is placed at its Earth-centred (ECEF) position on the WGS 84 ellipsoid, in metres. The
   straight-line (chord) distance ``c`` between two points on the ellipsoid is never longer than the geodesic ``s``
   between them, and for short lines it is barely shorter: ``s - c ≈ κ² s³ / 24`` with ``κ ≤ 1/6335 km`` the normal
   curvature, i.e. at most 8.3 µm at 2 km and 1.04 m at 100 km.
2. A SciPy ``cKDTree`` over the sites' ECEF positions finds, for each point, the site with the shortest chord among
   those with a chord within ``max_km``. Since ``c ≤ s``, no site within ``max_km`` of ground distance is missed.
3. The ground distance to that site is computed from the chord: ``s = (2/κ) asin(κ c / 2)``, with ``κ`` the normal
   curvature of the ellipsoid at the chord's midpoint in the chord's direction (Euler: ``cos²α/M + sin²α/N``). This
   needs no trigonometry beyond the one ``asin`` and agrees with Karney's geodesic (``pyproj.Geod.inv``) to within
   1e-8 m up to 50 km and 1e-6 m up to 100 km (measured on random pairs all over the globe: 4.4e-9 m worst at
   2 km, 3e-7 m at 100 km; ``tests/test_nearest.py`` checks it). Chords longer than 100 km are measured with
   ``pyproj.Geod.inv`` itself.
4. Another site can only be nearer on the ground than the chord-nearest one if its chord is at most the ground
   distance just found (``c_k ≤ s_k < s_1``). By the triangle inequality that needs the site's own nearest other
   site within ``c_1 + s_1``, which is known when the index is built; only such points get a second look, and only
   those with a second site within ``s_1`` (ties, near-ties below a micrometre, duplicate sites) are settled by
   measuring every site within ``s_1``. Among distances equal to within 1e-8 m the lowest site index wins.

So the answer is the one a brute-force search with ``pyproj.Geod.inv`` gives, save for two sites whose ground
distances differ by less than about 1e-8 m. Points with a missing (NaN) coordinate get no site. Work is done in
chunks of points, on every core, to bound memory (about 100 bytes per point of a chunk, plus the outputs).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt
from pyproj import Geod
from scipy.spatial import cKDTree

from ceasewatch.errors import InputError

__all__ = ["SiteIndex", "geodesic_km", "nearest_within"]

_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_GEOD = Geod(ellps="WGS84")
_SERIES_MAX_M = 100_000.0
_TIE_M = 1e-8  # ground distances this close count as equal: the lowest site index wins
_CHUNK = 1 << 18
_REL = 1e-9  # relative slack on chord bounds, far above rounding and far below any distance that matters
_ABS_M = 1e-6

Float = npt.NDArray[np.float64]
Int = npt.NDArray[np.int64]


def _as_float(values: npt.ArrayLike, name: str) -> Float:
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name} is not numeric: {exc}", field=name, expected="numbers") from exc
    return array


def _check_range(lat: Float, lon: Float, prefix: str) -> None:
    for name, values, limit in ((f"{prefix}lat", lat, 90.0), (f"{prefix}lon", lon, 540.0)):
        bad = np.abs(values) > limit
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise InputError(
                f"{name} out of range: {values[first]!r}",
                record=str(first),
                field=name,
                expected=f"degrees within ±{limit:g} or NaN" if prefix == "" else f"degrees within ±{limit:g}",
            )


def _ecef(lat: Float, lon: Float) -> Float:
    """ECEF positions (n, 3) in metres of points on the WGS 84 ellipsoid."""
    phi = np.radians(lat)
    lam = np.radians(lon)
    sin_phi = np.sin(phi)
    n_cos = np.cos(phi)
    prime = _A / np.sqrt(1.0 - _E2 * sin_phi * sin_phi)
    n_cos *= prime
    out = np.empty((lat.shape[0], 3), dtype=np.float64)
    np.multiply(n_cos, np.cos(lam), out=out[:, 0])
    np.multiply(n_cos, np.sin(lam), out=out[:, 1])
    np.multiply(prime * (1.0 - _E2), sin_phi, out=out[:, 2])
    return out


def _chord_to_ground(x1: Float, x2: Float) -> tuple[Float, Float]:
    """Chord and ground (geodesic) distance in metres between ECEF positions on the ellipsoid, row by row."""
    dx = x2[:, 0] - x1[:, 0]
    dy = x2[:, 1] - x1[:, 1]
    dz = x2[:, 2] - x1[:, 2]
    chord2 = dx * dx + dy * dy + dz * dz
    chord = np.sqrt(chord2)
    # The ellipsoid's normal at the midpoint: gradient of x²/a² + y²/a² + z²/b² (scale irrelevant until normed).
    nx = x1[:, 0] + x2[:, 0]
    ny = x1[:, 1] + x2[:, 1]
    nz = x1[:, 2] + x2[:, 2]
    nz /= 1.0 - _E2
    norm = np.sqrt(nx * nx + ny * ny + nz * nz)
    along = (dx * nx + dy * ny + dz * nz) / norm
    nz /= norm
    sin2 = nz * nz
    cos2 = 1.0 - sin2
    north = dz - nz * along  # = cos φ · (d · north unit vector)
    denominator = cos2 * (chord2 - along * along)
    ok = denominator > 0.0
    cos2_alpha = np.where(ok, north * north / np.where(ok, denominator, 1.0), 0.5)
    np.clip(cos2_alpha, 0.0, 1.0, out=cos2_alpha)
    w2 = 1.0 - _E2 * sin2
    w = np.sqrt(w2)
    # κ = cos²α / M + sin²α / N, with M = a(1-e²)/w³ and N = a/w.
    kappa = (cos2_alpha * (w2 / (1.0 - _E2) - 1.0) + 1.0) * (w / _A)
    half = np.minimum(kappa * chord * 0.5, 1.0)
    ground = np.where(chord > 0.0, 2.0 * np.arcsin(half) / kappa, 0.0)
    return chord, ground


def _ground(x1: Float, x2: Float, lat1: Float, lon1: Float, lat2: Float, lon2: Float) -> Float:
    chord, ground = _chord_to_ground(x1, x2)
    far = chord > _SERIES_MAX_M
    if far.any():
        _, _, exact = _GEOD.inv(lon1[far], lat1[far], lon2[far], lat2[far])
        ground[far] = exact
    return ground


def geodesic_km(lat1: npt.ArrayLike, lon1: npt.ArrayLike, lat2: npt.ArrayLike, lon2: npt.ArrayLike) -> Float:
    """Ground distance in km on the WGS 84 ellipsoid, element by element, by the method ``nearest_within`` uses.

    Agrees with ``pyproj.Geod.inv`` to within 1e-8 m up to 50 km and 1e-6 m up to 100 km; beyond, it is
    ``pyproj.Geod.inv``. NaN in gives NaN out.

    >>> round(float(geodesic_km(50.45, 30.52, 50.45, 30.52 + 0.01)), 9)
    0.710243196
    """
    a, b, c, d = (np.asarray(v, dtype=np.float64) for v in (lat1, lon1, lat2, lon2))
    a, b, c, d = np.broadcast_arrays(a, b, c, d)
    shape = a.shape
    a, b, c, d = (v.ravel() for v in (a, b, c, d))
    out = np.full(a.shape[0], np.nan)
    ok = np.isfinite(a) & np.isfinite(b) & np.isfinite(c) & np.isfinite(d)
    if ok.any():
        a, b, c, d = a[ok], b[ok], c[ok], d[ok]
        out[ok] = _ground(_ecef(a, b), _ecef(c, d), a, b, c, d) / 1000.0
    return out.reshape(shape)


class SiteIndex:
    """An index over fixed sites, built once, answering :meth:`nearest_within` for many batches of points.

    >>> index = SiteIndex([50.45, 50.46], [30.52, 30.60])
    >>> index.nearest_within([50.451, 50.0, float("nan")], [30.53, 30.0, 30.0], max_km=2.0)[0].tolist()
    [0, -1, -1]
    """

    def __init__(self, site_lat: npt.ArrayLike, site_lon: npt.ArrayLike) -> None:
        lat = _as_float(site_lat, "site_lat").ravel()
        lon = _as_float(site_lon, "site_lon").ravel()
        if lat.shape != lon.shape:
            raise InputError(
                f"site_lat has {lat.shape[0]} values and site_lon {lon.shape[0]}",
                field="site_lon",
                expected="as many longitudes as latitudes",
            )
        missing = ~(np.isfinite(lat) & np.isfinite(lon))
        if missing.any():
            first = int(np.flatnonzero(missing)[0])
            raise InputError("a site has no coordinates", record=str(first), field="site_lat", expected="numbers")
        _check_range(lat, lon, "site_")
        self.site_lat: Float = lat
        self.site_lon: Float = lon
        self._xyz = _ecef(lat, lon)
        self._tree: cKDTree | None = None
        # Chord to each site's nearest other site (inf when alone): no other site can compete for a point whose
        # chord-nearest site j is at chord c_1 and ground s_1 unless c_1 + s_1 ≥ this.
        self._spacing: Float = np.full(lat.shape[0], np.inf)
        if lat.shape[0]:
            self._tree = cKDTree(self._xyz, leafsize=8)
        if lat.shape[0] > 1:
            assert self._tree is not None
            spacing, _ = self._tree.query(self._xyz, k=[2], workers=-1)
            self._spacing = np.asarray(spacing, dtype=np.float64)[:, 0]

    def __len__(self) -> int:
        return int(self.site_lat.shape[0])

    def nearest_within(
        self, lat: npt.ArrayLike, lon: npt.ArrayLike, max_km: float, *, workers: int = -1
    ) -> tuple[Int, Float]:
        """For each point, the index of the nearest site within ``max_km`` of ground distance, and that distance in km.

        ``-1`` and ``inf`` where no site is that close, or where the point has a NaN coordinate. ``lat`` and ``lon``
        broadcast together; the outputs take their shape. ``workers`` threads share the chunks (-1: every core).
        """
        if not np.isfinite(max_km) or max_km < 0:
            raise InputError(f"max_km must be a finite distance, not {max_km!r}", field="max_km", expected=">= 0")
        plat, plon = np.broadcast_arrays(_as_float(lat, "lat"), _as_float(lon, "lon"))
        shape = plat.shape
        plat = np.ascontiguousarray(plat).ravel()
        plon = np.ascontiguousarray(plon).ravel()
        with np.errstate(invalid="ignore"):
            _check_range(plat, plon, "")
        count = plat.shape[0]
        index = np.full(count, -1, dtype=np.int64)
        distance = np.full(count, np.inf, dtype=np.float64)
        if count and self._tree is not None:
            max_m = float(max_km) * 1000.0
            threads = (os.cpu_count() or 1) if workers < 0 else max(1, workers)
            chunks = _chunks(count, min(_CHUNK, -(-count // threads)))
            if threads == 1:
                for start, stop in chunks:
                    self._chunk(plat, plon, start, stop, max_m, index, distance)
            else:
                with ThreadPoolExecutor(max_workers=threads) as pool:
                    for _ in pool.map(lambda s: self._chunk(plat, plon, s[0], s[1], max_m, index, distance), chunks):
                        pass
        return index.reshape(shape), distance.reshape(shape)

    def _chunk(
        self, lat_all: Float, lon_all: Float, start: int, stop: int, max_m: float, index_out: Int, distance_out: Float
    ) -> None:
        assert self._tree is not None
        lat = lat_all[start:stop]
        lon = lon_all[start:stop]
        valid = np.isfinite(lat) & np.isfinite(lon)
        rows = np.flatnonzero(valid) if not valid.all() else np.arange(lat.shape[0])
        if rows.shape[0] == 0:
            return
        lat = lat[rows]
        lon = lon[rows]
        xyz = _ecef(lat, lon)
        chord_any, site_any = self._tree.query(
            xyz, k=1, distance_upper_bound=max_m * (1 + _REL) + _ABS_M, workers=1
        )
        chord_all = np.asarray(chord_any, dtype=np.float64)
        found = np.flatnonzero(np.isfinite(chord_all))
        if found.shape[0] == 0:
            return
        site = np.asarray(site_any, dtype=np.int64)[found]
        chord = chord_all[found]
        xyz = xyz[found]
        lat = lat[found]
        lon = lon[found]
        rows = rows[found]
        ground = _ground(xyz, self._xyz[site], lat, lon, self.site_lat[site], self.site_lon[site])
        reach = ground * (1 + _REL) + _ABS_M  # every chord that could beat `ground` on the ground is within this
        crowded = np.flatnonzero(chord + reach >= self._spacing[site])
        if crowded.shape[0]:
            second, _ = self._tree.query(
                xyz[crowded], k=[2], distance_upper_bound=float(reach[crowded].max()), workers=1
            )
            contested = crowded[np.asarray(second, dtype=np.float64)[:, 0] <= reach[crowded]]
            for row in contested.tolist():
                site[row], ground[row] = self._settle(xyz[row], lat[row], lon[row], float(reach[row]))
        keep = ground <= max_m
        index_out[start + rows[keep]] = site[keep]
        distance_out[start + rows[keep]] = ground[keep] / 1000.0

    def _settle(self, xyz: Float, lat: float, lon: float, reach: float) -> tuple[int, float]:
        """The nearest site on the ground among all sites with a chord within ``reach``; lowest index on ties."""
        assert self._tree is not None
        sites = np.array(sorted(self._tree.query_ball_point(xyz, reach)), dtype=np.int64)
        n = sites.shape[0]
        ground = _ground(
            np.broadcast_to(xyz, (n, 3)),
            self._xyz[sites],
            np.full(n, lat),
            np.full(n, lon),
            self.site_lat[sites],
            self.site_lon[sites],
        )
        best = int(np.flatnonzero(ground <= ground.min() + _TIE_M)[0])  # `sites` is sorted: the lowest index
        return int(sites[best]), float(ground[best])


def _chunks(count: int, size: int) -> list[tuple[int, int]]:
    return list(_ranges(count, max(1, size)))


def _ranges(count: int, size: int) -> Iterator[tuple[int, int]]:
    for start in range(0, count, size):
        yield start, min(count, start + size)


def nearest_within(
    lat: npt.ArrayLike, lon: npt.ArrayLike, site_lat: npt.ArrayLike, site_lon: npt.ArrayLike, max_km: float
) -> tuple[Int, Float]:
    """For each point, the index of the nearest site within ``max_km`` by ground distance on WGS 84, and the distance.

    A one-off form of :meth:`SiteIndex.nearest_within`; build a :class:`SiteIndex` to query the same sites again.
    ``-1`` and ``inf`` where no site is within ``max_km`` or the point has a NaN coordinate.

    >>> idx, km = nearest_within([48.0, 49.0], [37.0, 37.0], [48.01, 60.0], [37.0, 30.0], max_km=2.0)
    >>> idx.tolist(), [round(float(k), 6) for k in km]
    ([0, -1], [1.111904, inf])
    """
    return SiteIndex(site_lat, site_lon).nearest_within(lat, lon, max_km)
