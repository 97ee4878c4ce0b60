"""Score one tree (its src on PYTHONPATH) on the dev sets; print one line per set and an md5 of all dev claims.

usage: PYTHONPATH=TREE/src /work/main/.venv/bin/python gate.py [SET ...]   (SET = name:path[:split])"""
import hashlib, json, sys
from pathlib import Path
from ceasewatch.extract import Extractor
from ceasewatch.evaluate._extract import read_gold_reports, score_extraction

DEV = [
    ("extract-dev", "/work/main/eval/gold/extract", "dev"),
    ("written-dev", "/work/main/eval/gold/extract-written", "dev"),
]
for tag, extra in (
    ("b14-dev", "/work/study/pages14/all.jsonl"),
    ("b17-dev", "/work/study/pages17/all.jsonl"),
    ("b15-dev", "/work/study/pages15/all.jsonl"),  # promoted from test in the fourteenth session
    ("b21-dev", "/work/study/pages21/all.jsonl"),  # made in the sixteenth session for rule round 31
    ("b23-dev", "/work/study/pages23/all.jsonl"),  # made in the seventeenth session for rule round 32
    ("b25-dev", "/work/study/pages25/all.jsonl"),  # made in the eighteenth session for rule round 34
    ("b27-dev", "/work/study/pages27/all.jsonl"),  # made in the nineteenth session for rule round 36
    ("b29-dev", "/work/study/pages29/all.jsonl"),  # made in the twentieth session for rule round 39
    ("b32-dev", "/work/study/pages32/all.jsonl"),  # made in the twenty-second session for rule round 47
):
    if Path(extra).exists():
        DEV.append((tag, extra, "all"))
sets = [tuple((a.split(":") + ["all"])[:3]) for a in sys.argv[1:]] or DEV
FIELDS = ("target", "target.level2", "place", "time", "act", "perpetrator", "claimant", "stance")
digest = hashlib.md5()
n = 0
for military in (False, True):
    ex = Extractor(military=military)
    for name, path, split in sets:
        gold = read_gold_reports(path, "/work/shared/data")
        made = []  # the claims as scored, kept for the md5: each report extracted once

        def extract(report, made=made):
            claims = list(ex.extract(report).claims)
            made.extend(claims)
            return claims

        s = score_extraction(gold, extract, split, military=military)
        f1 = " ".join(f"{s.prf(f)[2]:.3f}" for f in FIELDS)
        print(f"{name:12s} mil={int(military)} found {s.found:4d} exp {s.expected:4d} paired {s.matched:4d} | {f1}")
        if military:
            for c in made:
                digest.update(c.model_dump_json().encode()); n += 1
print("fields:", " ".join(FIELDS))
print("md5", n, digest.hexdigest())
