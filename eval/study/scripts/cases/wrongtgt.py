"""Dev only: paired claims whose target differs; gold vs found with both evidences. Filter: argv[1] = 'gold->pred' prefix pair or 'all'."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import scored
want = sys.argv[1]
for item, exp, pred, pairs, _, _ in scored(sys.argv[2:]):
    t = item.report.text
    for g, tr in pairs:
        a, b = tr.target.category, g.target.category
        if a == b: continue
        if want != "all" and f"{a}->{b}" != want: continue
        print(item.report.id, a, "->", b, "| gold name:", tr.target.name, "| found:", g.target.name)
        print("    GOLD:", t[tr.evidence.start:tr.evidence.end][:250].replace("\n", " "))
        if g.evidence and (g.evidence.start, g.evidence.end) != (tr.evidence.start, tr.evidence.end):
            print("    FOUND:", t[g.evidence.start:g.evidence.end][:250].replace("\n", " "))
