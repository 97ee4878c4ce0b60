"""Benchmark: claims from text on the real posts in ../shared/data (Russian MoD and the dronbomber channel).

The posts (634 of them) are repeated to ``--reports`` reports with distinct ids, and extracted:

- with one process (the reference: ``extract_results(reports)``), and
- with ``--workers`` processes (``extract_results(reports, workers=N)``), checking that both give the same claims;

then, in a fresh subprocess, the start-up time: ``import ceasewatch.extract`` and the first ``extract`` (which loads
the gazetteer and the facility registry), and that subprocess's peak resident set after extracting every report.

    .venv/bin/python bench/bench_extract.py [--reports 10000] [--workers 2]

Skips (exit 0, with a message) where ../shared/data is missing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
MOD = DATA / "mod_russia_telegram" / "mod_russia_2025-03-01_2025-04-30.csv"
DRON = DATA / "dronbomber_telegram" / "dronbomber_2025-03-01_2025-04-30.csv"


def load(count: int) -> list[object]:
    from ceasewatch.model import Report, Source

    sources = [
        (MOD, Source(name="Минобороны России", affiliation="party_official", party="RUS"), "mod"),
        (DRON, Source(name="dronbomber", affiliation="party_aligned_media", party="UKR"), "dron"),
    ]
    base: list[tuple[str, datetime, Source, str]] = []
    for path, source, name in sources:
        with path.open(encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                published = datetime.strptime(row["datetime"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
                base.append((f"{name}-{i}", published, source, row["text_snippet"]))
    reports: list[object] = []
    n = 0
    while len(reports) < count:
        for rid, published, source, text in base:
            if len(reports) >= count:
                break
            reports.append(Report(id=f"{rid}-{n}", published_at=published, source=source, text=text))
        n += 1
    return reports


def child(count: int) -> None:
    """Run in a fresh interpreter: start-up time, then a full single-process run and the peak RSS."""
    t0 = time.perf_counter()
    import ceasewatch.extract as ex

    t_import = time.perf_counter() - t0
    reports = load(count)
    t1 = time.perf_counter()
    from ceasewatch.model import Report, Source

    ex.extract(
        Report(
            id="first",
            published_at=datetime(2025, 3, 28, 8, 40, tzinfo=UTC),
            source=Source(name="Минобороны России", affiliation="party_official", party="RUS"),
            text="28 марта около 10.20 киевским режимом нанесен удар РСЗО «HIMARS» по газоизмерительной станции "
            "«Суджа» в Курской области.",
        )
    )  # the first place and facility look-ups load the gazetteer and the registry
    t_first = time.perf_counter() - t1
    t2 = time.perf_counter()
    claims = sum(len(r.claims) for r in ex.extract_results(reports))  # type: ignore[arg-type]
    t_all = time.perf_counter() - t2
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"import_s": t_import, "first_s": t_first, "all_s": t_all, "claims": claims, "rss_mib": rss}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (MOD.exists() and DRON.exists()):
        print(f"skipped: the real posts are not there ({DATA} is missing or incomplete)")
        return 0
    if args.child:
        child(args.reports)
        return 0

    env = {**os.environ, "PYTHONHASHSEED": "0"}
    fresh = subprocess.run(
        [sys.executable, __file__, "--child", "--reports", str(args.reports)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    start = json.loads(fresh.stdout.strip().splitlines()[-1])

    from ceasewatch.extract import extract_results

    reports = load(args.reports)
    from collections import Counter

    languages: Counter[str] = Counter()
    t0 = time.perf_counter()
    one = list(extract_results(reports))  # type: ignore[arg-type]
    t_one = time.perf_counter() - t0
    for r in one[:634]:
        languages[r.language] += 1
    t1 = time.perf_counter()
    many = list(extract_results(reports, workers=args.workers))  # type: ignore[arg-type]
    t_many = time.perf_counter() - t1
    same = [a.claims for a in one] == [b.claims for b in many]
    n_claims = sum(len(r.claims) for r in one)
    with_claims = sum(1 for r in one if r.claims)
    print(f"reports: {len(reports):,} ({len(one[:634])} distinct posts: {dict(languages)})")
    print(f"claims: {n_claims:,} from {with_claims:,} reports")
    print(f"1 process:  {t_one:.2f} s, {len(reports) / t_one:,.0f} reports/s (gazetteer and registry loads included)")
    print(
        f"{args.workers} processes: {t_many:.2f} s, {len(reports) / t_many:,.0f} reports/s "
        f"(pool start-up and each worker's gazetteer load included)"
    )
    print(f"same claims both ways: {same}")
    print(
        f"fresh process: import {start['import_s']:.2f} s, first extract {start['first_s']:.2f} s, "
        f"all {args.reports:,} in {start['all_s']:.2f} s ({args.reports / start['all_s']:,.0f} reports/s), "
        f"peak RSS {start['rss_mib']:.0f} MiB"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
