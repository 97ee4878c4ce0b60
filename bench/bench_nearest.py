"""Benchmark: the nearest energy facility within 2 km of each FIRMS-like point, by true ground distance.

ceasewatch's ``SiteIndex.nearest_within`` (ECEF k-d tree + ellipsoidal chord-to-geodesic, see
``ceasewatch.geo.nearest``) against what a user would otherwise reach for, on the same data in the same run:

- ``ckdtree3035``: SciPy cKDTree on EPSG:3035 (LAEA Europe) coordinates, ``query(k=1, distance_upper_bound=2000)``.
- ``strtree``: shapely 2 ``STRtree`` over the sites projected to EPSG:3035, ``query_nearest(max_distance=2000)``.
- ``sjoin``: GeoPandas ``sjoin_nearest(max_distance=2000)`` of the points onto the sites, both ``to_crs(3035)``;
  equidistant duplicates dropped (first kept).
- ``duckdb``: DuckDB spatial (the extension loaded from the ``duckdb-extension-spatial`` package's file, no
  network), points and sites ``ST_Transform``-ed to EPSG:3035, joined on ``ST_DWithin(.., 2000)``, nearest kept.

Each method runs in a fresh subprocess that loads the saved data, so that its time and peak memory are its own:
time is wall time of the method alone (projection, index build and query included; loading the inputs excluded),
memory is the subprocess's peak resident set (``VmHWM``), shown whole and as the growth over the inputs loaded.

Then, for every peer, the disagreements with ours: points whose match differs, the peer's matches that are beyond
2 km by true (Karney) distance, the true matches it misses, and its worst distance error. Ours is checked against a
brute-force ``pyproj.Geod.inv`` search on a sample of points.

    .venv/bin/python bench/bench_nearest.py [--points 10000000] [--sites 100000] [--seed 2025]
        [--peers ckdtree3035,strtree,sjoin,duckdb] [--check 20000] [--repeats 1]

With ``--repeats N`` every method runs N times, taking turns (ours, the peers, ours, ...), and the table shows the
median time and the largest peak memory; the ratio of our time to each peer's is printed, by medians and round by
round.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from pyproj import Geod

MAX_KM = 2.0
MAX_M = MAX_KM * 1000.0
PEERS = ("ckdtree3035", "strtree", "sjoin", "duckdb")

Float = npt.NDArray[np.float64]
Int = npt.NDArray[np.int64]
Result = tuple[Int, Float]  # site index (-1: none), distance in km (inf: none)


# ---------------------------------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------------------------------


def make_data(points: int, sites: int, seed: int) -> tuple[Float, Float, Float, Float]:
    """Sites over Ukraine and European Russia (44-62°N, 22-60°E), 70% in industrial clusters; points half near a site.

    Points near a site are offset by a normal of 1.5 km per axis, so a real share fall around the 2 km edge; the
    other half are spread evenly (FIRMS detections away from any facility).
    """
    rng = np.random.default_rng(seed)
    centres = 400
    c_lat = rng.uniform(44.0, 62.0, centres)
    c_lon = rng.uniform(22.0, 60.0, centres)
    clustered = rng.random(sites) < 0.7
    pick = rng.integers(0, centres, sites)
    s_lat = np.where(clustered, c_lat[pick] + rng.normal(0, 0.4, sites), rng.uniform(44.0, 62.0, sites))
    s_lon = np.where(clustered, c_lon[pick] + rng.normal(0, 0.7, sites), rng.uniform(22.0, 60.0, sites))
    s_lat = np.clip(s_lat, 43.0, 63.0)
    s_lon = np.clip(s_lon, 21.0, 61.0)
    near = rng.random(points) < 0.5
    which = rng.integers(0, sites, points)
    base_lat = s_lat[which]
    km_lat = 1.5 / 111.2
    km_lon = 1.5 / (111.3 * np.cos(np.radians(base_lat)))
    p_lat = np.where(near, base_lat + rng.normal(0, 1, points) * km_lat, rng.uniform(44.0, 62.0, points))
    p_lon = np.where(near, s_lon[which] + rng.normal(0, 1, points) * km_lon, rng.uniform(22.0, 60.0, points))
    return p_lat, p_lon, s_lat, s_lon


# ---------------------------------------------------------------------------------------------------------------------
# Methods (each run in its own subprocess)
# ---------------------------------------------------------------------------------------------------------------------


def run_ours(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float) -> Result:
    from ceasewatch.geo.nearest import SiteIndex

    return SiteIndex(s_lat, s_lon).nearest_within(p_lat, p_lon, MAX_KM)


def _to_3035(lon: Float, lat: Float) -> tuple[Float, Float]:
    from pyproj import Transformer

    transformer = Transformer.from_crs("EPSG:4326", "EPSG:3035", always_xy=True)
    x, y = transformer.transform(lon, lat)
    return np.asarray(x), np.asarray(y)


def run_ckdtree3035(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float) -> Result:
    from scipy.spatial import cKDTree

    sx, sy = _to_3035(s_lon, s_lat)
    px, py = _to_3035(p_lon, p_lat)
    tree = cKDTree(np.column_stack((sx, sy)))
    d, i = tree.query(np.column_stack((px, py)), k=1, distance_upper_bound=MAX_M, workers=-1)
    d = np.asarray(d)
    hit = np.isfinite(d)
    return np.where(hit, np.asarray(i), -1).astype(np.int64), np.where(hit, d / 1000.0, np.inf)


def run_strtree(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float) -> Result:
    import shapely

    sx, sy = _to_3035(s_lon, s_lat)
    px, py = _to_3035(p_lon, p_lat)
    tree = shapely.STRtree(shapely.points(sx, sy))
    (ip, isite), dist = tree.query_nearest(
        shapely.points(px, py), max_distance=MAX_M, return_distance=True, all_matches=False
    )
    index = np.full(p_lat.shape[0], -1, dtype=np.int64)
    km = np.full(p_lat.shape[0], np.inf)
    index[ip] = isite
    km[ip] = dist / 1000.0
    return index, km


def run_sjoin(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float) -> Result:
    import geopandas as gpd  # type: ignore[import-untyped]

    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(p_lon, p_lat), crs="EPSG:4326").to_crs(3035)
    sites = gpd.GeoDataFrame(geometry=gpd.points_from_xy(s_lon, s_lat), crs="EPSG:4326").to_crs(3035)
    joined = gpd.sjoin_nearest(points, sites, how="inner", max_distance=MAX_M, distance_col="dist")
    joined = joined[~joined.index.duplicated(keep="first")]
    index = np.full(p_lat.shape[0], -1, dtype=np.int64)
    km = np.full(p_lat.shape[0], np.inf)
    rows = joined.index.to_numpy()
    index[rows] = joined["index_right"].to_numpy()
    km[rows] = joined["dist"].to_numpy() / 1000.0
    return index, km


def spatial_extension_path() -> str:
    """The DuckDB spatial extension file shipped inside the ``duckdb-extension-spatial`` package."""
    import duckdb
    import duckdb_extension_spatial  # type: ignore[import-untyped]

    root = Path(duckdb_extension_spatial.__file__).parent
    found = sorted(root.rglob("spatial.duckdb_extension"))
    wanted = [f for f in found if f.parent.name == f"v{duckdb.__version__}"] or found
    if not wanted:
        raise FileNotFoundError(f"no spatial.duckdb_extension under {root}")
    return str(wanted[0])


def run_duckdb(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float) -> Result:
    import duckdb

    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    con.execute(f"LOAD '{spatial_extension_path()}'")
    pts = {"i": np.arange(p_lat.shape[0], dtype=np.int64), "lat": p_lat, "lon": p_lon}
    sts = {"j": np.arange(s_lat.shape[0], dtype=np.int64), "lat": s_lat, "lon": s_lon}
    con.register("pts_in", pts)
    con.register("sts_in", sts)
    project = "ST_Transform(ST_Point(lon, lat), 'EPSG:4326', 'EPSG:3035', always_xy := true)"
    con.execute(f"CREATE TABLE pts AS SELECT i, {project} AS g FROM pts_in")
    con.execute(f"CREATE TABLE sts AS SELECT j, {project} AS g FROM sts_in")
    rows = con.execute(
        """
        SELECT i, arg_min(j, d) AS j, min(d) AS d FROM (
            SELECT p.i, s.j, ST_Distance(p.g, s.g) AS d FROM pts p JOIN sts s ON ST_DWithin(p.g, s.g, 2000.0)
        ) GROUP BY i
        """
    ).fetchnumpy()
    index = np.full(p_lat.shape[0], -1, dtype=np.int64)
    km = np.full(p_lat.shape[0], np.inf)
    index[rows["i"]] = rows["j"]
    km[rows["i"]] = np.asarray(rows["d"], dtype=np.float64) / 1000.0
    return index, km


METHODS: dict[str, Callable[[Float, Float, Float, Float], Result]] = {
    "ours": run_ours,
    "ckdtree3035": run_ckdtree3035,
    "strtree": run_strtree,
    "sjoin": run_sjoin,
    "duckdb": run_duckdb,
}


def _maxrss_mib() -> float:
    """Peak resident set of this process image, in MiB.

    ``VmHWM`` rather than ``ru_maxrss``: Linux carries ``ru_maxrss`` across ``execve``, so a child started from the
    parent (which holds the data) would report at least the parent's size at fork.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def child(name: str, folder: Path) -> None:
    """Run one method on the saved data; save its answer and print its time and memory as JSON."""
    p_lat, p_lon, s_lat, s_lon = (np.load(folder / f"{k}.npy") for k in ("p_lat", "p_lon", "s_lat", "s_lon"))
    before = _maxrss_mib()
    start = time.perf_counter()
    index, km = METHODS[name](p_lat, p_lon, s_lat, s_lon)
    seconds = time.perf_counter() - start
    peak = _maxrss_mib()
    np.save(folder / f"{name}_index.npy", index)
    np.save(folder / f"{name}_km.npy", km)
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "inputs_mib": before}))


# ---------------------------------------------------------------------------------------------------------------------
# Comparison
# ---------------------------------------------------------------------------------------------------------------------

_GEOD = Geod(ellps="WGS84")


def true_km(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float, index: Int) -> Float:
    """Karney's geodesic (pyproj) from each point to its matched site; inf where unmatched."""
    out = np.full(index.shape[0], np.inf)
    hit = np.flatnonzero(index >= 0)
    for start in range(0, hit.shape[0], 1 << 21):
        rows = hit[start : start + (1 << 21)]
        sites = index[rows]
        _, _, metres = _GEOD.inv(p_lon[rows], p_lat[rows], s_lon[sites], s_lat[sites])
        out[rows] = np.asarray(metres) / 1000.0
    return out


def brute_force(p_lat: Float, p_lon: Float, s_lat: Float, s_lon: Float, rows: Int) -> Result:
    """Nearest site within 2 km by pyproj.Geod.inv over every site in a generous lat/lon box (±0.05° lat)."""
    order = np.argsort(s_lat, kind="stable")
    lat_sorted = s_lat[order]
    index = np.full(rows.shape[0], -1, dtype=np.int64)
    km = np.full(rows.shape[0], np.inf)
    for n, row in enumerate(rows.tolist()):
        lo, hi = np.searchsorted(lat_sorted, [p_lat[row] - 0.05, p_lat[row] + 0.05])
        cand = np.sort(order[lo:hi])
        cand = cand[np.abs(s_lon[cand] - p_lon[row]) < 0.05 / np.cos(np.radians(p_lat[row] + 0.05))]
        if cand.shape[0] == 0:
            continue
        _, _, metres = _GEOD.inv(
            np.full(cand.shape[0], p_lon[row]), np.full(cand.shape[0], p_lat[row]), s_lon[cand], s_lat[cand]
        )
        best = int(np.argmin(metres))
        if metres[best] <= MAX_M:
            index[n] = cand[best]
            km[n] = metres[best] / 1000.0
    return index, km


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=10_000_000)
    parser.add_argument("--sites", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--peers", default=",".join(PEERS), help="comma-separated subset of " + ",".join(PEERS))
    parser.add_argument("--check", type=int, default=20_000, help="points checked against brute force (0: none)")
    parser.add_argument("--repeats", type=int, default=1, help="rounds of every method, taking turns; median time")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, Path(args.data))
        return 0
    peers = [p for p in args.peers.split(",") if p]
    unknown = sorted(set(peers) - set(PEERS))
    if unknown:
        parser.error(f"unknown peers {unknown}; choose from {', '.join(PEERS)}")

    import numpy, pyproj, scipy, shapely  # noqa: E401, I001

    print(
        f"{datetime.date.today()}  {platform.processor() or platform.machine()}  {os.cpu_count()} cores  "
        f"Python {platform.python_version()}  NumPy {numpy.__version__}  SciPy {scipy.__version__}  "
        f"pyproj {pyproj.__version__}  shapely {shapely.__version__}"
    )
    start = time.perf_counter()
    p_lat, p_lon, s_lat, s_lon = make_data(args.points, args.sites, args.seed)
    print(f"data: {args.points:,} points, {args.sites:,} sites, seed {args.seed} ({time.perf_counter() - start:.1f} s)")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="bench_nearest_") as tmp:
        folder = Path(tmp)
        for key, value in (("p_lat", p_lat), ("p_lon", p_lon), ("s_lat", s_lat), ("s_lon", s_lon)):
            np.save(folder / f"{key}.npy", value)
        runs: dict[str, list[dict[str, Any]]] = {}
        skipped: set[str] = set()
        for round_ in range(1, args.repeats + 1):  # methods take turns, so a busy spell hits them alike
            for name in ["ours", *peers]:
                if name in skipped:
                    continue
                proc = subprocess.run(
                    [sys.executable, __file__, "--child", name, "--data", tmp],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if proc.returncode != 0:
                    reason = (proc.stderr.strip().splitlines() or ["no output"])[-1]
                    print(f"{name}: skipped ({reason})")
                    if name == "ours":
                        return 1
                    skipped.add(name)
                    continue
                run = json.loads(proc.stdout.strip().splitlines()[-1])
                runs.setdefault(name, []).append(run)
                print(f"round {round_} {name}: {run['seconds']:.2f} s, peak RSS {run['peak_mib']:.0f} MiB", flush=True)
        stats: dict[str, dict[str, Any]] = {
            name: {
                "seconds": float(np.median([r["seconds"] for r in rs])),
                "all_seconds": [r["seconds"] for r in rs],
                "peak_mib": max(r["peak_mib"] for r in rs),
                "inputs_mib": min(r["inputs_mib"] for r in rs),
            }
            for name, rs in runs.items()
        }
        results = {name: (np.load(folder / f"{name}_index.npy"), np.load(folder / f"{name}_km.npy")) for name in stats}

    ours_index, ours_km = results["ours"]
    truth_ours = true_km(p_lat, p_lon, s_lat, s_lon, ours_index)
    hits = ours_index >= 0
    err_ours = np.abs(ours_km[hits] - truth_ours[hits]) * 1e6 if hits.any() else np.zeros(1)
    print(
        f"\nours: {int(hits.sum()):,} points ({hits.mean():.1%}) have a site within 2 km; "
        f"|our km - pyproj| max {err_ours.max():.2e} mm"
    )
    if args.check:
        rng = np.random.default_rng(args.seed + 1)
        rows = np.sort(rng.choice(args.points, size=min(args.check, args.points), replace=False))
        b_index, _ = brute_force(p_lat, p_lon, s_lat, s_lon, rows)
        bad = int((b_index != ours_index[rows]).sum())
        failed += bad
        print(f"brute-force pyproj.Geod check on {rows.shape[0]:,} points: {bad} differ")

    header = (
        "method",
        "time s",
        "peak RSS MiB",
        "over inputs MiB",
        "match differs",
        "beyond 2 km",
        "missed",
        "max dist err",
    )
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, st in stats.items():
        index, km = results[name]
        if name == "ours":
            differs = beyond = missed = 0
            err = float(err_ours.max()) / 1e6
        else:
            differs = int((index != ours_index).sum())
            truth = true_km(p_lat, p_lon, s_lat, s_lon, index)
            beyond = int(((index >= 0) & (truth > MAX_KM)).sum())
            missed = int(((index < 0) & hits).sum())
            found = index >= 0
            err = float(np.max(np.abs(km[found] - truth[found]) / truth[found])) if found.any() else 0.0
        err_text = f"{err * 1e6:.1e} mm" if name == "ours" else f"{err:.2%}"
        lines.append(
            f"| {name} | {st['seconds']:.2f} | {st['peak_mib']:.0f} | "
            f"{st['peak_mib'] - st['inputs_mib']:.0f} | {differs:,} | {beyond:,} | {missed:,} | {err_text} |"
        )
    print("\n" + "\n".join(lines))
    if args.repeats > 1:
        print(f"\ntime s: median of {args.repeats} rounds; peak RSS: the largest. Every round:")
        for name, st in stats.items():
            print(f"  {name}: " + ", ".join(f"{t:.2f}" for t in st["all_seconds"]))
    for name in stats:
        if name != "ours":
            ratios = [o / p for o, p in zip(stats["ours"]["all_seconds"], stats[name]["all_seconds"], strict=False)]
            print(
                f"ours / {name}: {stats['ours']['seconds'] / stats[name]['seconds']:.2f} (medians); "
                f"round by round " + ", ".join(f"{r:.2f}" for r in ratios)
            )
    print(
        "\nmatch differs: points whose site (or none) differs from ours; beyond 2 km: the peer's matches whose true "
        "distance exceeds 2 km;\nmissed: points with a site within 2 km by true distance that the peer leaves "
        "unmatched; max dist err: the peer's reported\ndistance against the true one (relative), ours in mm."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
