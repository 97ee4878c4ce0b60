"""Dev only: paired claims placed at a country while the gold place is finer: evidence and gold place."""
import sys
from ceasewatch.evaluate._extract import _pair, _right, expected_claims, read_gold_reports
from ceasewatch.extract import extract
for path in sys.argv[1:]:
    for item in read_gold_reports(path):
        exp = expected_claims(item); pred = extract(item.report)
        pairs, _, _ = _pair(pred, exp)
        t = item.report.text
        for g, tr in pairs:
            if _right("place", g, tr) or g.place.precision != "country": continue
            s, e = g.evidence.start, g.evidence.end
            print(item.report.id, "| gold:", tr.place.name, tr.place.precision, "| pred:", g.place.name, g.target.category)
            print("   EV:", t[s:e][:300].replace("\n", " "))
            print("   CTX:", t[max(0, s-300):s].replace("\n", " ")[-300:])
