"""Check a study gold file: loads with the eval loader (schema only, no extraction), spans inside text, counts."""
import json, sys
from collections import Counter
sys.path.insert(0, "/work/main/src")
from ceasewatch.evaluate._extract import read_gold_reports

path = sys.argv[1]
gold = read_gold_reports(path)
bad = 0
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    item = json.loads(line)
    text = item.get("text") or ""
    if not item.get("source", {}).get("url"):
        print(f"line {n}: source.url missing"); bad += 1
    for c in item.get("claims") or []:
        ev = c.get("evidence") or {}
        s, e = ev.get("start"), ev.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            print(f"line {n}: evidence span {s}-{e} not inside text of {len(text)} chars"); bad += 1
        elif ev.get("quote") is not None and text[s:e] != ev["quote"]:
            print(f"line {n}: evidence quote != text[{s}:{e}]"); bad += 1
cats = Counter(c.target.category.split(".")[0] for g in gold for c in g.claims)
print(f"{path}: {len(gold)} reports, {sum(1 for g in gold if not g.claims)} with no claim, "
      f"{sum(len(g.claims) for g in gold)} claims {dict(cats)}; problems: {bad}")
sys.exit(1 if bad else 0)
