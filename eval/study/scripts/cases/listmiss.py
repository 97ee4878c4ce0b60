"""Dev only: missed gold claims whose evidence overlaps another gold claim's of another place (lists of places)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import missed_shape, same, scored
from collections import Counter
c = Counter(); v = "-v" in sys.argv
for item, exp, pred, pairs, lp, lg in scored([a for a in sys.argv[1:] if a != "-v"]):
    found = [t for _, t in pairs]
    for truth in lg:
        sh = missed_shape(truth, found, pred)
        listed = any(o is not truth and not same("place", o, truth) and o.evidence.start < truth.evidence.end and truth.evidence.start < o.evidence.end for o in exp)
        c[(sh, "in a list" if listed else "alone")] += 1
        if v and listed: print(item.report.id, sh, truth.place.name, truth.target.category, "|", item.report.text[truth.evidence.start:truth.evidence.end][:200].replace("\n"," "))
for k, n in sorted(c.items()): print(n, k)
