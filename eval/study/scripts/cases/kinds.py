"""Dev only: missed gold claims of another kind of target at a place where a claim was found; the found claims there."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import missed_shape, same, scored
from collections import Counter
c = Counter()
for item, exp, pred, pairs, lp, lg in scored(sys.argv[1:]):
    found = [t for _, t in pairs]
    t = item.report.text
    for truth in lg:
        if missed_shape(truth, found, pred) != "another kind of target at a place found": continue
        there = [(g, tr) for g, tr in pairs if same("place", tr, truth)]
        same_ev = any(g.evidence and truth.evidence and g.evidence.start < truth.evidence.end and truth.evidence.start < g.evidence.end for g, _ in there)
        c[(truth.target.category.split(".")[0], tuple(sorted({g.target.category.split(".")[0] for g, _ in there})), "overlap" if same_ev else "apart")] += 1
        print(item.report.id, "MISSED", truth.target.category, "@", truth.place.name, "| found:", [(g.target.category, tr.target.category) for g, tr in there], "overlap" if same_ev else "apart")
        ev = truth.evidence
        print("    GOLD EV:", t[ev.start:ev.end][:250].replace("\n", " "))
for k, n in c.most_common(): print(n, k)
