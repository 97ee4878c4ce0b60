"""Calibration of the shipped confidence on a gold file (aggregate only): Brier, mean, share right, AUC, ECE.
usage: PYTHONPATH=SRC python conf_measure.py GOLD [--military]"""
import sys
from ceasewatch.extract import Extractor
from ceasewatch.evaluate._extract import read_gold_reports, claims_right
military = "--military" in sys.argv
ex = Extractor(military=military)
ys, ps = [], []
for item in read_gold_reports(sys.argv[1]):
    claims = list(ex.extract(item.report).claims)
    for c, ok in zip(claims, claims_right(claims, item, military=military)):
        ys.append(int(ok)); ps.append(c.confidence)
n = len(ys)
brier = sum((p - y) ** 2 for p, y in zip(ps, ys)) / n
pos = [p for p, y in zip(ps, ys) if y]; neg = [p for p, y in zip(ps, ys) if not y]
auc = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg) / (len(pos) * len(neg)) if pos and neg else float("nan")
bins = {}
for p, y in zip(ps, ys):
    bins.setdefault(min(int(p * 10), 9), []).append((p, y))
ece = sum(abs(sum(p for p, _ in b) / len(b) - sum(y for _, y in b) / len(b)) * len(b) for b in bins.values()) / n
print(f"claims {n} right {sum(ys)/n:.2f} mean confidence {sum(ps)/n:.2f} Brier {brier:.4f} AUC {auc:.3f} ECE {ece:.3f}")
