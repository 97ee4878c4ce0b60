"""Benchmark: the columnar adjudication engine against the reference engine, in the same run.

Generates N claims as arrays (a fixed seed), judges them all with the columnar engine against every reading of the
bundled agreements, judges a sample with the reference engine, checks that both engines give the same findings on
that sample, and prints claims per second for each, the ratio, the columnar time and the peak memory.

    .venv/bin/python bench/bench_adjudicate.py [--claims 1000000] [--sample 20000] [--seed 2025]

See bench/README.md for what it measures and the figures measured so far.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from ceasewatch.adjudicate import FindingsTable, IncidentArrays, adjudicate, adjudicate_columnar
from ceasewatch.agreements import load_agreements
from ceasewatch.model import Incident

HOUR = 3600 * 10**9
DAY = 24 * HOUR
START = int(datetime(2025, 3, 1, tzinfo=UTC).timestamp()) * 10**9
STOP = int(datetime(2025, 5, 1, tzinfo=UTC).timestamp()) * 10**9
KYIV = 3 * HOUR  # offset used to cut days and nights

PARTIES = ("RUS", "UKR")
STANCES = ("accusation", "admission", "denial", "observation")

# Where claims are placed: (weight, lat range, lon range).
REGIONS = (
    (0.50, (46.0, 52.0), (23.0, 40.0)),  # Ukraine
    (0.30, (44.0, 56.0), (34.0, 48.0)),  # western Russia, Crimea and the Caucasus foreland
    (0.20, (41.5, 46.5), (28.0, 41.5)),  # the Black Sea and the Sea of Azov
)
# How precisely places are known: (weight, radius range in km).
RADII = ((0.35, (0.5, 3.0)), (0.40, (3.0, 15.0)), (0.15, (15.0, 60.0)), (0.10, (60.0, 200.0)))
# How precisely times are known: (weight, name).
PRECISIONS = ((0.25, "minute"), (0.30, "hour"), (0.30, "night"), (0.12, "day"), (0.03, "week"))


def weighted(rng: np.random.Generator, n: int, weights: dict[str, float], vocabulary: tuple[str, ...]) -> Any:
    """``n`` codes into ``vocabulary``, drawn with the given weights (names missing from ``weights`` never)."""
    names = list(weights)
    p = np.array([weights[name] for name in names])
    codes = np.array([vocabulary.index(name) for name in names], dtype=np.int16)
    return codes[rng.choice(len(names), size=n, p=p / p.sum())]


def category_weights() -> dict[str, float]:
    """Energy gets 70% of the claims, spread over its nodes; the rest over other categories and unknown."""
    energy = [c for c in IncidentArrays.CATEGORY_IDS if c == "energy" or c.startswith("energy.")]
    others = [c for c in IncidentArrays.CATEGORY_IDS if c not in energy and c != "unknown"]
    weights = {c: 0.70 / len(energy) for c in energy}
    weights.update({c: 0.27 / len(others) for c in others})
    weights["unknown"] = 0.03
    return weights


ACT_WEIGHTS = {
    "strike.drone": 0.50,
    "strike.missile": 0.18,
    "strike.artillery": 0.10,
    "strike.air": 0.04,
    "strike.naval": 0.02,
    "strike": 0.04,
    "sabotage": 0.03,
    "ground.assault": 0.03,
    "deployment.naval": 0.01,
    "unknown": 0.05,
}


def generate(n: int, seed: int) -> IncidentArrays:
    """``n`` claims across March and April 2025, as arrays."""
    rng = np.random.default_rng(seed)
    # Whole seconds, so that a sample converts to pydantic incidents exactly.
    moment = rng.integers(START // 10**9, STOP // 10**9, size=n, dtype=np.int64) * 10**9
    precision = rng.choice(len(PRECISIONS), size=n, p=[w for w, _ in PRECISIONS])
    earliest = moment.copy()
    latest = moment.copy()
    hour = precision == 1
    earliest[hour] = moment[hour] // HOUR * HOUR
    latest[hour] = earliest[hour] + HOUR - 10**9
    local_day = (moment + KYIV) // DAY * DAY - KYIV
    night = precision == 2
    earliest[night] = local_day[night] - 2 * HOUR  # 22:00 the evening before, Kyiv time
    latest[night] = local_day[night] + 6 * HOUR
    day = precision == 3
    earliest[day] = local_day[day]
    latest[day] = local_day[day] + DAY - 10**9
    week = precision == 4
    earliest[week] = local_day[week] - 3 * DAY
    latest[week] = local_day[week] + 4 * DAY - 10**9

    region = rng.choice(len(REGIONS), size=n, p=[w for w, _, _ in REGIONS])
    lat = np.empty(n)
    lon = np.empty(n)
    for k, (_, (lat0, lat1), (lon0, lon1)) in enumerate(REGIONS):
        rows = region == k
        lat[rows] = rng.uniform(lat0, lat1, rows.sum())
        lon[rows] = rng.uniform(lon0, lon1, rows.sum())
    band = rng.choice(len(RADII), size=n, p=[w for w, _ in RADII])
    radius = np.empty(n)
    for k, (_, (low, high)) in enumerate(RADII):
        rows = band == k
        radius[rows] = rng.uniform(low, high, rows.sum())
    unplaced = rng.random(n) < 0.05  # named places not yet geocoded
    lat[unplaced] = np.nan
    lon[unplaced] = np.nan

    perpetrator = rng.choice(np.array([0, 1, -1], dtype=np.int16), size=n, p=[0.45, 0.45, 0.10])
    stance = weighted(rng, n, {"accusation": 0.80, "denial": 0.10, "admission": 0.05, "observation": 0.05}, STANCES)
    width = len(str(n))
    return IncidentArrays(
        ids=np.array([f"c{k:0{width}d}" for k in range(n)]),
        earliest=earliest,
        latest=latest,
        act=weighted(rng, n, ACT_WEIGHTS, IncidentArrays.ACT_IDS),
        category=weighted(rng, n, category_weights(), IncidentArrays.CATEGORY_IDS),
        perpetrator=perpetrator,
        stance=stance,
        lat=lat,
        lon=lon,
        radius_km=radius,
        parties=PARTIES,
    )


def subset(arrays: IncidentArrays, rows: npt.NDArray[np.int64]) -> IncidentArrays:
    """The claims at ``rows``."""
    return IncidentArrays(
        ids=arrays.ids[rows],
        earliest=arrays.earliest[rows],
        latest=arrays.latest[rows],
        act=arrays.act[rows],
        category=arrays.category[rows],
        perpetrator=arrays.perpetrator[rows],
        stance=arrays.stance[rows],
        lat=arrays.lat[rows],
        lon=arrays.lon[rows],
        radius_km=arrays.radius_km[rows],
        parties=arrays.parties,
    )


def to_incidents(arrays: IncidentArrays) -> list[Incident]:
    """The claims as pydantic incidents, for the reference engine."""
    found = []
    for k in range(len(arrays)):
        lat = float(arrays.lat[k])
        place: dict[str, Any] = (
            {"name": "unplaced", "radius_km": float(arrays.radius_km[k])}
            if np.isnan(lat)
            else {"lat": lat, "lon": float(arrays.lon[k]), "radius_km": float(arrays.radius_km[k])}
        )
        code = int(arrays.perpetrator[k])
        found.append(
            Incident.model_validate(
                {
                    "id": str(arrays.ids[k]),
                    "claim_ids": [str(arrays.ids[k])],
                    "time": {
                        "earliest": instant(int(arrays.earliest[k])),
                        "latest": instant(int(arrays.latest[k])),
                        "precision": "minute",
                    },
                    "place": place,
                    "target": {"category": IncidentArrays.CATEGORY_IDS[int(arrays.category[k])]},
                    "act": IncidentArrays.ACT_IDS[int(arrays.act[k])],
                    "perpetrator": None if code < 0 else arrays.parties[code],
                    "stance": STANCES[int(arrays.stance[k])],
                }
            )
        )
    return found


def instant(nanoseconds: int) -> datetime:
    """An int64 time of the arrays as a datetime (the generator keeps whole seconds, so nothing is lost)."""
    seconds, rest = divmod(nanoseconds, 10**9)
    assert rest == 0
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims judged by the columnar engine")
    parser.add_argument("--sample", type=int, default=20_000, help="claims judged by the reference engine")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the second, traced columnar run")
    args = parser.parse_args(argv)

    agreements = load_agreements()
    readings = sum(len(a.readings) for a in agreements)
    print(f"agreements: {len(agreements)} ({readings} readings): {', '.join(a.id for a in agreements)}")
    started = time.perf_counter()
    arrays = generate(args.claims, args.seed)
    print(f"generated {len(arrays):,} claims in {time.perf_counter() - started:.2f} s")

    gc.collect()
    started = time.perf_counter()
    table = adjudicate_columnar(arrays, agreements)
    columnar_s = time.perf_counter() - started
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"columnar:  {len(arrays):>10,} claims, {len(table):,} findings in {columnar_s:.2f} s")
    verdicts = np.bincount(table.verdict, minlength=4)
    print(
        "           verdicts: "
        + ", ".join(
            f"{v} {c:,}"
            for v, c in zip(
                ("violation", "possible_violation", "not_covered", "undetermined"), verdicts.tolist(), strict=True
            )
        )
    )
    del table

    traced_mib = None
    if not args.no_tracemalloc:
        gc.collect()
        tracemalloc.start()
        adjudicate_columnar(arrays, agreements)
        traced_mib = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()

    rng = np.random.default_rng(args.seed + 1)
    rows = np.sort(rng.choice(len(arrays), size=min(args.sample, len(arrays)), replace=False))
    sample = subset(arrays, rows)
    incidents = to_incidents(sample)
    gc.collect()
    started = time.perf_counter()
    findings = adjudicate(incidents, agreements)
    reference_s = time.perf_counter() - started
    print(f"reference: {len(incidents):>10,} claims, {len(findings):,} findings in {reference_s:.2f} s")

    ours = list(adjudicate_columnar(sample, agreements).verdicts())
    theirs = [FindingsTable.key(f) for f in findings]
    differ = sum(a != b for a, b in zip(ours, theirs, strict=True))
    print(f"check:     the engines agree on {len(theirs) - differ:,} of {len(theirs):,} sampled findings")

    columnar_rate = len(arrays) / columnar_s
    reference_rate = len(incidents) / reference_s
    print()
    print(f"columnar   {columnar_rate:>12,.0f} claims/s  ({columnar_s:.2f} s for {len(arrays):,} claims)")
    print(f"reference  {reference_rate:>12,.0f} claims/s  ({reference_s:.2f} s for {len(incidents):,} claims)")
    print(f"ratio      {columnar_rate / reference_rate:>12,.1f} x")
    print(f"peak RSS   {rss_mib:>12,.0f} MiB  (ru_maxrss after the columnar run, generation included)")
    if traced_mib is not None:
        print(f"traced     {traced_mib:>12,.0f} MiB  (tracemalloc peak of the columnar run alone)")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
