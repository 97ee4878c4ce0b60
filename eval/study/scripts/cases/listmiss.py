"""Dev only: missed gold claims whose evidence overlaps another gold claim's of another place (lists of places)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import missed_shape, same
from ceasewatch.evaluate._extract import _pair, expected_claims, read_gold_reports
from ceasewatch.extract import extract
from collections import Counter
c = Counter(); v = "-v" in sys.argv
for path in [a for a in sys.argv[1:] if a != "-v"]:
    for item in read_gold_reports(path):
        exp = expected_claims(item); pred = extract(item.report)
        pairs, lp, lg = _pair(pred, exp)
        found = [t for _, t in pairs]
        for truth in lg:
            sh = missed_shape(truth, found, pred)
            listed = any(o is not truth and not same("place", o, truth) and o.evidence.start < truth.evidence.end and truth.evidence.start < o.evidence.end for o in exp)
            c[(sh, "in a list" if listed else "alone")] += 1
            if v and listed: print(item.report.id, sh, truth.place.name, truth.target.category, "|", item.report.text[truth.evidence.start:truth.evidence.end][:200].replace("\n"," "))
for k, n in sorted(c.items()): print(n, k)
