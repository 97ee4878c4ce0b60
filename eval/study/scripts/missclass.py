"""The shapes of the claims the extractor misses and adds, counted (aggregate only, so it may run on test sets).

A missed gold claim is put in the first shape that fits: its report gave no claim at all; its twin (same place within
25 km, same level-2 target) was found, and it differs by claimant, by time, or by nothing scored; another kind of
target at a place where a claim was found; a place where a found claim stayed unpaired; a place where nothing was
found. A spurious claim is in a negative report, at a gold claim's place, or at a place of no gold claim.

    PYTHONPATH=SRC python missclass.py GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import sys
from collections import Counter

from ceasewatch.evaluate._extract import _level2, _pair, expected_claims, read_gold_reports
from ceasewatch.extract import extract
from ceasewatch.geo.nearest import geodesic_km
from ceasewatch.model import ClaimDraft


def same_place(a: ClaimDraft, b: ClaimDraft) -> bool:
    if a.place.lat is None or a.place.lon is None or b.place.lat is None or b.place.lon is None:
        return (a.place.admin1 or a.place.country) == (b.place.admin1 or b.place.country)
    return float(geodesic_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)) <= 25


def overlap(a: ClaimDraft, b: ClaimDraft) -> bool:
    return a.time.earliest <= b.time.latest and b.time.earliest <= a.time.latest


def main(paths: list[str]) -> None:
    counts: Counter[str] = Counter()
    for path in paths:
        for item in read_gold_reports(path):
            expected = expected_claims(item)
            predicted = extract(item.report)
            pairs, lone_predicted, lone_gold = _pair(predicted, expected)
            found = [truth for _, truth in pairs]
            for truth in lone_gold:
                level2 = _level2(truth.target.category)
                twins = [t for t in found if same_place(t, truth) and _level2(t.target.category) == level2]
                if not predicted:
                    shape = "in a report where nothing was found"
                elif any(t.claimant != truth.claimant for t in twins):
                    shape = "twin of a found claim, another claimant"
                elif any(not overlap(t, truth) for t in twins):
                    shape = "twin of a found claim, another time"
                elif twins:
                    shape = "twin of a found claim, nothing scored differs"
                elif any(same_place(t, truth) for t in found):
                    shape = "another kind of target at a place found"
                elif any(same_place(p, truth) for p in predicted):
                    shape = "at a place of an unpaired claim found"
                else:
                    shape = "at a place where nothing was found"
                counts["missed: " + shape] += 1
            for guess in lone_predicted:
                if not expected:
                    shape = "in a negative report"
                elif any(same_place(guess, truth) for truth in expected):
                    shape = "at a gold claim's place"
                else:
                    shape = "at a place of no gold claim"
                counts["spurious: " + shape] += 1
    for shape, n in sorted(counts.items()):
        print(f"{n:4d}  {shape}")


if __name__ == "__main__":
    main(sys.argv[1:])
