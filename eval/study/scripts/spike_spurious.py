"""Spike: can a text classifier tell a claim the readers also find (paired) from a spurious one better than the
structural confidence model? Dev sets only for fitting; grouped CV by report."""
import sys, json
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score
from scipy.sparse import hstack, csr_matrix
from ceasewatch.extract import Extractor
from ceasewatch.extract._confidence import features
from ceasewatch.evaluate._extract import read_gold_reports, expected_claims, _pair

DEV = [("extract-dev", "/work/main/eval/gold/extract", "dev"), ("written-dev", "/work/main/eval/gold/extract-written", "dev"),
       ("b14", "/work/study/pages14/all.jsonl", "all"), ("b17", "/work/study/pages17/all.jsonl", "all"), ("b15", "/work/study/pages15/all.jsonl", "all")]
ex = Extractor()

def rows(sets):
    R = []
    for name, path, split in sets:
        for g in read_gold_reports(path, "/work/shared/data"):
            if split != "all" and g.split != split: continue
            res = ex.extract(g.report); claims = list(res.claims)
            pairs, lone, _ = _pair(claims, expected_claims(g))
            paired = {id(p) for p, _ in pairs}
            text = g.report.text
            for i, c in enumerate(claims):
                ev = c.evidence
                s, e = (ev.start, ev.end) if ev else (0, 0)
                ctx = text[max(0, s - 150): s]
                R.append(dict(set=name, rid=g.report.id, y=int(id(c) in paired), conf=c.confidence,
                              f=features(c, g.report, str(res.language.value if hasattr(res.language, "value") else res.language), len(claims), i + 1),
                              ev=text[s:e], ctx=ctx))
    return R

R = rows(DEV)
y = np.array([r["y"] for r in R]); groups = [r["rid"] for r in R]
print("rows", len(R), "paired share", y.mean().round(3))
A = np.array([r["f"] for r in R])
def text_of(r): return r["ev"]
oof = {k: np.zeros(len(R)) for k in ("A", "B", "AB")}
for tr, te in GroupKFold(5).split(A, y, groups):
    tv = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    Xb_tr = tv.fit_transform([R[i]["ev"] + " || " + R[i]["ctx"] for i in tr]); Xb_te = tv.transform([R[i]["ev"] + " || " + R[i]["ctx"] for i in te])
    for k, (Xtr, Xte) in {"A": (A[tr], A[te]), "B": (Xb_tr, Xb_te), "AB": (hstack([Xb_tr, csr_matrix(A[tr])]).tocsr(), hstack([Xb_te, csr_matrix(A[te])]).tocsr())}.items():
        m = LogisticRegression(C=1.0, max_iter=2000).fit(Xtr, y[tr]); oof[k][te] = m.predict_proba(Xte)[:, 1]
conf = np.array([r["conf"] for r in R])
print("AUC shipped confidence", round(roc_auc_score(y, conf), 3))
for k, p in oof.items(): print("AUC oof", k, round(roc_auc_score(y, p), 3))
# pairing F1 per set after dropping claims under a threshold (oof predictions)
exp_by_set = {}
for name, path, split in DEV:
    exp_by_set[name] = sum(len(expected_claims(g)) for g in read_gold_reports(path, "/work/shared/data") if split == "all" or g.split == split)
for k in ("A", "AB"):
    for th in (0.0, 0.2, 0.3, 0.4, 0.5):
        out = []
        for name in exp_by_set:
            idx = [i for i, r in enumerate(R) if r["set"] == name and oof[k][i] >= th]
            f = len(idx); p = sum(y[i] for i in idx); e = exp_by_set[name]
            out.append(f"{name}:{f}/{p}/{2*p/(f+e):.3f}")
        print(k, th, " ".join(out))
