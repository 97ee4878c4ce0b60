"""Dev only: the missed gold claims that are twins of a found claim with another claimant; who found vs who missed."""
import sys
from pathlib import Path
from collections import Counter
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import missed_shape, same, scored
c = Counter()
for item, exp, pred, pairs, lp, lg in scored(sys.argv[1:]):
    found = [t for _, t in pairs]
    for truth in lg:
        sh = missed_shape(truth, found, pred)
        if "another claimant" in sh or "nothing scored" in sh:
            tw = [t for t in found if same("place", t, truth) and same("target.level2", t, truth)]
            key = (sh.split(",")[1].strip(), tw[0].claimant, tw[0].stance, "->", truth.claimant, truth.stance)
            c[key] += 1
            print(item.report.id, key, getattr(truth, "notes", "") )
for k, n in c.most_common(): print(n, k)
