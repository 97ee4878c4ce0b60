"""Aggregate only (may run on test sets): what each kind of error costs F1, per field. From the counts the scorer
keeps (claims found, expected, paired, and paired with the field right), F1 is recomputed as if one kind of error
were gone: wrong fields on paired claims, spurious claims, missed claims.

    PYTHONPATH=SRC python ceiling.py GOLD.jsonl [GOLD.jsonl ...]
"""

import sys

from ceasewatch.evaluate._extract import read_gold_reports, score_extraction
from ceasewatch.extract import extract

FIELDS = ("target", "place", "perpetrator")
gold = [item for path in sys.argv[1:] for item in read_gold_reports(path)]
scores = score_extraction(gold, extract)


def f1(tp: int, found: int, expected: int) -> float:
    return 2 * tp / (found + expected) if found + expected else 0.0


found, expected, paired = scores.found, scores.expected, scores.matched
print(f"found {found}, expected {expected}, paired {paired}")
print("field        now    fields right  no spurious  none missed")
for f in FIELDS:
    tp = scores.counts[f]["tp"]
    print(
        f"{f:<12} {f1(tp, found, expected):.3f}  {f1(paired, found, expected):.3f}         "
        f"{f1(tp, paired, expected):.3f}        {f1(tp + expected - paired, found + expected - paired, expected):.3f}"
    )
