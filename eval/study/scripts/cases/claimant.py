"""Dev only: claimant confusions on paired claims, gold -> found, with source affiliation."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # missclass.py, one folder up
from missclass import scored
from collections import Counter
c = Counter(); verbose = "-v" in sys.argv
for item, exp, pred, pairs, _, _ in scored([a for a in sys.argv[1:] if a != "-v"]):
    for g, tr in pairs:
        if g.claimant != tr.claimant:
            k = (tr.claimant, tr.stance, "->", g.claimant, g.stance, item.report.source.affiliation, item.report.source.party)
            c[k] += 1
            if verbose: print(item.report.id, k, "|", item.report.text[tr.evidence.start:tr.evidence.end][:200].replace("\n"," "))
for k, n in c.most_common(): print(n, k)
