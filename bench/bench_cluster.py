"""Benchmark: blocked clustering of claims against the all-pairs baseline, in the same run.

Generates N claims as arrays (a fixed seed): events reported by 1 to 10 sources each, with jittered times and places,
parents for acts and categories, denials and observations, oblast-level and unlocated claims. Clusters all of them
with the blocked pair search, then takes a 20,000-claim slice (the claims of the earliest events, so at the density
of the full run) and clusters it both ways, checks that the pairs and the incidents agree, and prints the times, the
speed-up and the peak memory.

    .venv/bin/python bench/bench_cluster.py [--claims 1000000] [--sample 20000] [--seed 2025] [--no-tracemalloc]

See bench/README.md for what it measures and the figures measured so far.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from typing import Any

import numpy as np
import numpy.typing as npt

from ceasewatch.resolve import ClaimArrays, ClusterParams, cluster_columnar, compatible_pairs
from ceasewatch.resolve._cluster import STANCES, TIME_PRECISIONS, _resolve

HOUR = 3600 * 10**9
START = int(datetime(2024, 1, 1, tzinfo=UTC).timestamp()) * 10**9
DAYS = 731
FACILITIES = 20_000
REGIONS = ((0.55, (46.0, 52.0), (23.0, 40.0)), (0.45, (44.0, 56.0), (34.0, 48.0)))  # Ukraine; western Russia
WIDTHS_H = ((0.25, 0.25), (0.30, 2.0), (0.30, 10.0), (0.12, 24.0), (0.03, 168.0))  # minute .. week
PRECISIONS = ("minute", "hour", "night", "day", "week")  # the precision of each width
RADII = ((0.35, 0.5, 3.0), (0.40, 3.0, 15.0), (0.15, 15.0, 60.0))  # located claims
LEAF_ACTS = ("strike.drone", "strike.missile", "strike.artillery", "strike.air", "sabotage", "ground.assault")
ACT_P = (0.55, 0.2, 0.12, 0.05, 0.04, 0.04)
ENERGY_LEAVES = tuple(
    c
    for c in ClaimArrays.CATEGORY_IDS
    if c.startswith("energy.") and not any(o.startswith(c + ".") for o in ClaimArrays.CATEGORY_IDS)
)
OTHER_LEAVES = tuple(
    c
    for c in ClaimArrays.CATEGORY_IDS
    if not c.startswith("energy")
    and c != "unknown"
    and "." in c
    and not any(o.startswith(c + ".") for o in ClaimArrays.CATEGORY_IDS)
)


def _codes(names: tuple[str, ...], vocabulary: tuple[str, ...]) -> npt.NDArray[np.int16]:
    return np.array([vocabulary.index(n) for n in names], dtype=np.int16)


def _parent(codes: npt.NDArray[np.int16], vocabulary: tuple[str, ...]) -> npt.NDArray[np.int16]:
    table = np.array(
        [vocabulary.index(v.rsplit(".", 1)[0]) if "." in v else k for k, v in enumerate(vocabulary)], dtype=np.int16
    )
    out: npt.NDArray[np.int16] = table[codes]
    return out


def generate(n: int, seed: int) -> tuple[ClaimArrays, npt.NDArray[np.int64]]:
    """``n`` claims and the event each describes (the truth)."""
    rng = np.random.default_rng(seed)
    sizes = np.arange(1, 11)
    p = 1.0 / sizes**1.1
    per_event = rng.choice(sizes, size=n, p=p / p.sum())
    events = int(np.searchsorted(np.cumsum(per_event), n)) + 1
    per_event = per_event[:events]
    per_event[-1] -= int(per_event.sum()) - n

    def points(count: int) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        region = rng.choice(len(REGIONS), size=count, p=[r[0] for r in REGIONS])
        lat = np.empty(count)
        lon = np.empty(count)
        for k, (_, (la0, la1), (lo0, lo1)) in enumerate(REGIONS):
            mine = region == k
            lat[mine] = rng.uniform(la0, la1, mine.sum())
            lon[mine] = rng.uniform(lo0, lo1, mine.sum())
        return lat, lon

    cats = ClaimArrays.CATEGORY_IDS
    acts = ClaimArrays.ACT_IDS
    site_lat, site_lon = points(FACILITIES)
    site_cat = _codes(ENERGY_LEAVES, cats)[rng.integers(0, len(ENERGY_LEAVES), FACILITIES)]
    # Events: 40% at a registered facility, the rest anywhere; 70% energy.
    at_site = rng.random(events) < 0.4
    site = np.where(at_site, rng.integers(0, FACILITIES, events), -1)
    e_lat, e_lon = points(events)
    e_lat[at_site], e_lon[at_site] = site_lat[site[at_site]], site_lon[site[at_site]]
    energy = rng.random(events) < 0.7
    e_cat = np.where(
        energy,
        _codes(ENERGY_LEAVES, cats)[rng.integers(0, len(ENERGY_LEAVES), events)],
        _codes(OTHER_LEAVES, cats)[rng.integers(0, len(OTHER_LEAVES), events)],
    )
    e_cat[at_site] = site_cat[site[at_site]]
    e_act = _codes(LEAF_ACTS, acts)[rng.choice(len(LEAF_ACTS), size=events, p=ACT_P)]
    e_perp = rng.integers(0, 2, events).astype(np.int16)
    e_time = START + rng.integers(0, DAYS * 24 * HOUR, events, dtype=np.int64)
    e_admin1 = (np.floor(e_lat / 2.5) * 100 + np.floor(e_lon / 2.5)).astype(np.int32)
    event = np.repeat(np.arange(events, dtype=np.int64), per_event)
    # Claims: each a jittered report of its event.
    w = rng.choice(len(WIDTHS_H), size=n, p=[x[0] for x in WIDTHS_H])
    width = (np.array([x[1] for x in WIDTHS_H])[w] * HOUR * rng.uniform(0.8, 1.2, n)).astype(np.int64)
    earliest = e_time[event] - (width * rng.random(n)).astype(np.int64)
    latest = earliest + width
    kind = rng.random(n)
    located = kind < 0.96
    vague = (kind >= 0.88) & located  # oblast-level: 100-200 km
    r = rng.choice(len(RADII), size=n, p=[x[0] for x in RADII] / np.sum([x[0] for x in RADII]))
    radius = rng.uniform(np.array([x[1] for x in RADII])[r], np.array([x[2] for x in RADII])[r])
    radius[vague] = rng.uniform(100.0, 200.0, vague.sum())
    # Jitter within 80% of the radius (a local flat approximation), so every report still covers the event.
    bearing = rng.uniform(0, 2 * np.pi, n)
    shift = 0.8 * radius * np.sqrt(rng.random(n))
    lat = e_lat[event] + shift * np.cos(bearing) / 111.2
    lon = e_lon[event] + shift * np.sin(bearing) / (111.2 * np.cos(np.radians(e_lat[event])))
    lat[~located], lon[~located] = np.nan, np.nan
    place_key = np.where(located, -1, (e_lon[event] > 40.0).astype(np.int32)).astype(np.int32)
    admin1 = np.where(rng.random(n) < 0.7, e_admin1[event], -1).astype(np.int32)
    admin1[~located] = -1
    act = e_act[event].copy()
    roll = rng.random(n)
    act[roll < 0.15] = _parent(act, acts)[roll < 0.15]
    act[roll > 0.9] = acts.index("unknown")
    category = e_cat[event].copy()
    roll = rng.random(n)
    category[roll < 0.12] = _parent(category, cats)[roll < 0.12]
    category[(roll >= 0.12) & (roll < 0.2)] = _parent(_parent(category, cats), cats)[(roll >= 0.12) & (roll < 0.2)]
    category[roll > 0.95] = cats.index("unknown")
    facility = np.where((site[event] >= 0) & (rng.random(n) < 0.6), site[event], -1).astype(np.int32)
    stance = rng.choice(len(STANCES), size=n, p=[0.75, 0.05, 0.12, 0.08]).astype(np.int8)
    perpetrator = np.where(stance == STANCES.index("observation"), -1, e_perp[event]).astype(np.int16)
    ids = np.array([f"c{k:07d}" for k in rng.permutation(n)])
    precision = np.array([TIME_PRECISIONS.index(p) for p in PRECISIONS], dtype=np.int8)[w]
    arrays = ClaimArrays(
        ids=ids,
        earliest=earliest,
        latest=latest,
        precision=precision,
        act=act.astype(np.int16),
        category=category.astype(np.int16),
        facility=facility,
        perpetrator=perpetrator,
        stance=stance,
        report=np.arange(n, dtype=np.int32),
        admin1=admin1,
        lat=lat,
        lon=lon,
        radius_km=radius,
        place_key=place_key,
    )
    return arrays, event


def partition(labels: npt.NDArray[np.int64], ids: npt.NDArray[Any]) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for label, claim_id in zip(labels.tolist(), ids.tolist(), strict=True):
        groups.setdefault(label, set()).add(claim_id)
    return {frozenset(g) for g in groups.values()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--no-tracemalloc", action="store_true")
    args = parser.parse_args()
    params = ClusterParams()

    t0 = time.perf_counter()
    arrays, event = generate(args.claims, args.seed)
    print(f"generated {len(arrays):,} claims of {int(event.max()) + 1:,} events in {time.perf_counter() - t0:.1f} s")

    gc.collect()
    t0 = time.perf_counter()
    i, j = compatible_pairs(arrays, params)
    t_pairs = time.perf_counter() - t0
    labels = _resolve(arrays, i, j)
    t_full = time.perf_counter() - t0
    incidents = int(labels.max()) + 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"blocked, {len(arrays):,} claims: {t_full:.2f} s ({t_pairs:.2f} s pairs, {len(i):,} pairs), "
        f"{incidents:,} incidents, {len(arrays) / t_full:,.0f} claims/s"
    )
    print(f"peak RSS (ru_maxrss, generation included): {rss:,.0f} MiB")
    same_event = np.mean(event[i] == event[j]) if len(i) else 1.0
    print(f"pairs joining claims of one generated event: {same_event:.1%}")
    del i, j
    if not args.no_tracemalloc:
        gc.collect()
        tracemalloc.start()
        cluster_columnar(arrays, params)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(f"tracemalloc peak, clustering alone: {peak:,.0f} MiB")

    order = np.argsort(event, kind="stable")  # events are numbered in no order of time; take the earliest events
    first_time = np.full(int(event.max()) + 1, np.iinfo(np.int64).max)
    np.minimum.at(first_time, event, arrays.earliest)
    order = np.lexsort((event, first_time[event]))
    sample = arrays.take(np.sort(order[: args.sample]))
    t0 = time.perf_counter()
    bi, bj = compatible_pairs(sample, params, "blocked")
    blocked_labels = _resolve(sample, bi, bj)
    t_blocked = time.perf_counter() - t0
    t0 = time.perf_counter()
    ai, aj = compatible_pairs(sample, params, "all_pairs")
    all_labels = _resolve(sample, ai, aj)
    t_all = time.perf_counter() - t0
    print(
        f"sample of {len(sample):,} claims: blocked {t_blocked:.3f} s, all pairs {t_all:.2f} s, "
        f"speed-up {t_all / t_blocked:,.0f}x"
    )
    same_pairs = np.array_equal(ai, bi) and np.array_equal(aj, bj)
    same = same_pairs and partition(blocked_labels, sample.ids) == partition(all_labels, sample.ids)
    print(
        f"check on the sample: {len(ai):,} pairs and {int(all_labels.max()) + 1:,} incidents, "
        f"{'identical' if same else 'DIFFERENT'}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
