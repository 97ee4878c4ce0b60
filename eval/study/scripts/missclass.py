"""The shapes of the claims the extractor misses and adds, counted (aggregate only, so it may run on test sets).

A missed gold claim is put in the first shape that fits (place, time and level-2 target judged as the scorer judges
them): its report gave no claim at all; its twin (same place, same level-2 target) was found, and it differs by
claimant, by time, or by nothing scored; another kind of target at a place where a claim was found; a place where a
found claim stayed unpaired; a place where nothing was found. A spurious claim is in a negative report, at a gold
claim's place, or at a place of no gold claim.

    PYTHONPATH=SRC python missclass.py GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from ceasewatch.evaluate._extract import _pair, _right, expected_claims, read_gold_reports
from ceasewatch.extract import extract
from ceasewatch.model import ClaimDraft


def same(name: str, other: Any, truth: ClaimDraft) -> bool:
    """The scorer's own test of one field, ``truth`` in the gold's seat (its place may be an oblast or a country);
    ``other`` is a claim found or another gold claim (the scorer reads only the fields both kinds share)."""
    return _right(name, other, truth)


def main(paths: list[str]) -> None:
    counts: Counter[str] = Counter()
    for path in paths:
        for item in read_gold_reports(path):
            expected = expected_claims(item)
            predicted = extract(item.report)
            pairs, lone_predicted, lone_gold = _pair(predicted, expected)
            found = [truth for _, truth in pairs]
            for truth in lone_gold:
                twins = [t for t in found if same("place", t, truth) and same("target.level2", t, truth)]
                if not predicted:
                    shape = "in a report where nothing was found"
                elif any(t.claimant != truth.claimant for t in twins):
                    shape = "twin of a found claim, another claimant"
                elif any(not same("time", t, truth) for t in twins):
                    shape = "twin of a found claim, another time"
                elif twins:
                    shape = "twin of a found claim, nothing scored differs"
                elif any(same("place", t, truth) for t in found):
                    shape = "another kind of target at a place found"
                elif any(same("place", p, truth) for p in predicted):
                    shape = "at a place of an unpaired claim found"
                else:
                    shape = "at a place where nothing was found"
                counts["missed: " + shape] += 1
            for guess in lone_predicted:
                if not expected:
                    shape = "in a negative report"
                elif any(same("place", guess, truth) for truth in expected):
                    shape = "at a gold claim's place"
                else:
                    shape = "at a place of no gold claim"
                counts["spurious: " + shape] += 1
    for shape, n in sorted(counts.items()):
        print(f"{n:4d}  {shape}")


if __name__ == "__main__":
    main(sys.argv[1:])
