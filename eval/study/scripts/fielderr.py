"""Aggregate only (may run on test sets): paired claims wrong on target, place and perpetrator, with the perpetrator
confusions and the place precisions (gold -> predicted).

    PYTHONPATH=SRC python fielderr.py GOLD.jsonl [GOLD.jsonl ...]
"""
import sys
from collections import Counter

from ceasewatch.evaluate._extract import _pair, _right, expected_claims, read_gold_reports
from ceasewatch.extract import extract

c = Counter(); perp = Counter(); place = Counter()
for path in sys.argv[1:]:
    for item in read_gold_reports(path):
        pairs, lp, lg = _pair(extract(item.report), expected_claims(item))
        for g, t in pairs:
            c["paired"] += 1
            for f in ("target", "place", "perpetrator"):
                if not _right(f, g, t): c[f] += 1
            if not _right("perpetrator", g, t): perp[(t.perpetrator, g.perpetrator)] += 1
            if not _right("place", g, t): place[(t.place.precision, g.place.precision)] += 1
print(dict(c)); print("perp gold->pred", perp.most_common()); print("place prec gold->pred", place.most_common(8))
