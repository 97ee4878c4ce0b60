"""Dev only: spurious claims (no gold pair), by shape, with their evidence."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import scored, spurious_shape
want = sys.argv[1]
for item, exp, pred, pairs, lp, _ in scored(sys.argv[2:]):
    t = item.report.text
    for g in lp:
        sh = spurious_shape(g, exp)
        if want not in sh: continue
        print(item.report.id, sh, "|", g.target.category, "@", g.place.name or g.place.admin1 or g.place.country, g.claimant, g.stance)
        print("    EV:", t[g.evidence.start:g.evidence.end][:300].replace("\n", " "))
