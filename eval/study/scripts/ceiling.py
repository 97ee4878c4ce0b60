"""Aggregate only (may run on test sets): what each kind of error costs F1, per field. From the counts the scorer
uses (claims found, expected, paired, paired and right), F1 is recomputed as if one kind of error were gone: wrong
fields on paired claims, spurious claims, missed claims.

    PYTHONPATH=SRC python ceiling.py GOLD.jsonl [GOLD.jsonl ...]
"""

import sys
from collections import Counter

from ceasewatch.evaluate._extract import _pair, _right, expected_claims, read_gold_reports
from ceasewatch.extract import extract

FIELDS = ("target", "place", "perpetrator")
n = Counter()
for path in sys.argv[1:]:
    for item in read_gold_reports(path):
        found, gold = extract(item.report), expected_claims(item)
        pairs, _, _ = _pair(list(found), gold)
        n["found"] += len(found)
        n["expected"] += len(gold)
        n["paired"] += len(pairs)
        for f in FIELDS:
            n[f] += sum(_right(f, g, t) for g, t in pairs)


def f1(tp: int, found: int, expected: int) -> float:
    return 2 * tp / (found + expected) if found + expected else 0.0


found, expected, paired = n["found"], n["expected"], n["paired"]
print(f"found {found}, expected {expected}, paired {paired}")
print("field        now    fields right  no spurious  none missed  all three")
for f in FIELDS:
    tp = n[f]
    print(
        f"{f:<12} {f1(tp, found, expected):.3f}  {f1(paired, found, expected):.3f}         "
        f"{f1(tp, paired, expected):.3f}        {f1(tp + expected - paired, found + expected - paired, expected):.3f}"
        f"        {f1(expected, expected, expected):.3f}"
    )
