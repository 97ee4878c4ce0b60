"""On paired claims whose target differs from the gold's, whether the extractor's category is deeper or shallower in
the same branch, of another branch, or unknown against known (counts only, so it may run on test sets): the count
that chose round 29's slice (a civilian category deeper than the reader's far more often than shallower).

    PYTHONPATH=SRC python depth.py GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import sys
from collections import Counter

from ceasewatch.evaluate._extract import _pair, expected_claims, read_gold_reports
from ceasewatch.extract import extract


def main(paths: list[str]) -> None:
    counts: Counter[str] = Counter()
    for path in paths:
        for item in read_gold_reports(path):
            for guess, truth in _pair(extract(item.report), expected_claims(item))[0]:
                gold, found = truth.target.category, guess.target.category
                top = gold.split(".")[0]
                if gold == found:
                    continue
                if found.startswith(gold + "."):
                    counts[f"system deeper ({top})"] += 1
                elif gold.startswith(found + "."):
                    counts[f"system shallower ({top})"] += 1
                elif "unknown" in (gold, found):
                    counts["unknown vs known (" + ("gold" if gold == "unknown" else "system") + " unknown)"] += 1
                else:
                    counts["other branch"] += 1
    for shape, n in sorted(counts.items()):
        print(f"{n:4d}  {shape}")


if __name__ == "__main__":
    main(sys.argv[1:])
