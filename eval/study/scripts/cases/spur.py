"""Dev only: spurious claims (no gold pair), by shape, with their evidence."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import spurious_shape
from ceasewatch.evaluate._extract import _pair, expected_claims, read_gold_reports
from ceasewatch.extract import extract
want = sys.argv[1]
for path in sys.argv[2:]:
    for item in read_gold_reports(path):
        exp = expected_claims(item); pred = extract(item.report)
        pairs, lp, _ = _pair(pred, exp)
        t = item.report.text
        for g in lp:
            sh = spurious_shape(g, exp)
            if want not in sh: continue
            print(item.report.id, sh, "|", g.target.category, "@", g.place.name or g.place.admin1 or g.place.country, g.claimant, g.stance)
            print("    EV:", t[g.evidence.start:g.evidence.end][:300].replace("\n", " "))
