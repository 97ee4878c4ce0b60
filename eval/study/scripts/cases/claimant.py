"""Dev only: claimant confusions on paired claims, gold -> found, with source affiliation."""
import sys
from collections import Counter
from ceasewatch.evaluate._extract import _pair, expected_claims, read_gold_reports
from ceasewatch.extract import extract
c = Counter(); verbose = "-v" in sys.argv
for path in [a for a in sys.argv[1:] if a != "-v"]:
    for item in read_gold_reports(path):
        exp = expected_claims(item); pairs, _, _ = _pair(extract(item.report), exp)
        for g, tr in pairs:
            if g.claimant != tr.claimant:
                k = (tr.claimant, tr.stance, "->", g.claimant, g.stance, item.report.source.affiliation, item.report.source.party)
                c[k] += 1
                if verbose: print(item.report.id, k, "|", item.report.text[tr.evidence.start:tr.evidence.end][:200].replace("\n"," "))
for k, n in c.most_common(): print(n, k)
