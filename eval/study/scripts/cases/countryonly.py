"""Dev only: paired claims placed at a country while the gold place is finer: evidence and gold place."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import scored
from ceasewatch.evaluate._extract import _right
for item, exp, pred, pairs, _, _ in scored(sys.argv[1:]):
    t = item.report.text
    for g, tr in pairs:
        if _right("place", g, tr) or g.place.precision != "country": continue
        s, e = g.evidence.start, g.evidence.end
        print(item.report.id, "| gold:", tr.place.name, tr.place.precision, "| pred:", g.place.name, g.target.category)
        print("   EV:", t[s:e][:300].replace("\n", " "))
        print("   CTX:", t[max(0, s-300):s].replace("\n", " ")[-300:])
