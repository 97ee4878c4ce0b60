"""Spike: on dev claims paired with a gold claim, does a text classifier (char n-grams of the evidence and its
context, plus the rules' own category) predict the gold target category better than the rules? Grouped CV."""
import numpy as np
from collections import Counter
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder
from sklearn.model_selection import GroupKFold
from scipy.sparse import hstack
from ceasewatch.extract import Extractor
from ceasewatch.evaluate._extract import read_gold_reports, expected_claims, _pair

DEV = [("extract-dev", "/work/main/eval/gold/extract", "dev"), ("written-dev", "/work/main/eval/gold/extract-written", "dev"),
       ("b14", "/work/study/pages14/all.jsonl", "all"), ("b17", "/work/study/pages17/all.jsonl", "all"), ("b15", "/work/study/pages15/all.jsonl", "all")]
ex = Extractor(military=True)
R = []
for name, path, split in DEV:
    for g in read_gold_reports(path, "/work/shared/data"):
        if split != "all" and g.split != split: continue
        claims = list(ex.extract(g.report).claims)
        pairs, _, _ = _pair(claims, expected_claims(g, military=True))
        t = g.report.text
        for c, truth in pairs:
            s, e = (c.evidence.start, c.evidence.end) if c.evidence else (0, 0)
            R.append(dict(set=name, rid=g.report.id, rule=c.target.category, gold=truth.target.category, txt=t[s:e] + " || " + t[max(0, s - 150):s]))
y = np.array([r["gold"] for r in R]); rule = np.array([r["rule"] for r in R]); groups = [r["rid"] for r in R]
print("paired rows", len(R), "rule accuracy", round((y == rule).mean(), 3))
for mode in ("text", "text+rule"):
    pred = np.empty(len(R), dtype=object)
    for tr, te in GroupKFold(5).split(y, y, groups):
        tv = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
        Xtr = tv.fit_transform([R[i]["txt"] for i in tr]); Xte = tv.transform([R[i]["txt"] for i in te])
        if mode == "text+rule":
            oh = OneHotEncoder(handle_unknown="ignore"); Rtr = oh.fit_transform(rule[tr].reshape(-1, 1)) * 3; Rte = oh.transform(rule[te].reshape(-1, 1)) * 3
            Xtr = hstack([Xtr, Rtr]).tocsr(); Xte = hstack([Xte, Rte]).tocsr()
        m = LogisticRegression(C=10, max_iter=3000).fit(Xtr, y[tr]); pred[te] = m.predict(Xte)
    print(mode, "accuracy", round((pred == y).mean(), 3), "| by set:", " ".join(f"{n}:{(pred[[r['set']==n for r in R]] == y[[r['set']==n for r in R]]).mean():.3f}/{(rule[[r['set']==n for r in R]] == y[[r['set']==n for r in R]]).mean():.3f}" for n, *_ in DEV))
    fixed = Counter((rule[i], y[i]) for i in range(len(R)) if pred[i] == y[i] and rule[i] != y[i]); broke = Counter((rule[i], pred[i]) for i in range(len(R)) if pred[i] != y[i] and rule[i] == y[i])
    print("  fixed", sum(fixed.values()), fixed.most_common(5)); print("  broke", sum(broke.values()), broke.most_common(5))
