"""Dev only: paired claims whose target differs; gold vs found with both evidences. Filter: argv[1] = 'gold->pred' prefix pair or 'all'."""
import sys
from ceasewatch.evaluate._extract import _pair, expected_claims, read_gold_reports
from ceasewatch.extract import extract
want = sys.argv[1]
for path in sys.argv[2:]:
    for item in read_gold_reports(path):
        exp = expected_claims(item); pred = extract(item.report)
        pairs, _, _ = _pair(pred, exp)
        t = item.report.text
        for g, tr in pairs:
            a, b = tr.target.category, g.target.category
            if a == b: continue
            if want != "all" and f"{a}->{b}" != want: continue
            print(item.report.id, a, "->", b, "| gold name:", tr.target.name, "| found:", g.target.name)
            print("    GOLD:", t[tr.evidence.start:tr.evidence.end][:250].replace("\n", " "))
            if g.evidence and (g.evidence.start, g.evidence.end) != (tr.evidence.start, tr.evidence.end):
                print("    FOUND:", t[g.evidence.start:g.evidence.end][:250].replace("\n", " "))
