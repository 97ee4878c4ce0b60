"""How the extractor does on the claims two readers agree on, against the claims they do not (aggregate only).

A gold claim of reader 1 is *consensus* when reader 2's claim paired with it (by the scorer's own pairing) has the
same target category, place and perpetrator. If the extractor's misses were mostly the readers' own disagreements,
it would do far better on consensus claims than on the rest; if it does about as badly on them, the gap to the bar is
the extractor's, not the labels'. Prints counts and shares only, so it may be run on test sets.

    PYTHONPATH=SRC python consensus.py READER1.jsonl READER2.jsonl

Reader 2's file may hold labels only (no texts: eval/study/batchNN_r2.jsonl), so it is read claim by claim here and
filtered to the claims in scope as `expected_claims` filters reader 1's.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from ceasewatch.evaluate._extract import _gold_claim, _pair, _right, expected_claims, read_gold_reports
from ceasewatch.extract import extract
from ceasewatch.model import Claim, ClaimDraft
from ceasewatch.model.taxonomy import is_military_target

KEY = ("target", "place", "perpetrator")


def second_reading(path: Path) -> dict[str, list[ClaimDraft]]:
    out: dict[str, list[ClaimDraft]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            item = json.loads(line)
            drafts = [_gold_claim(c, path, number) for c in item.get("claims", [])]
            out[item["id"]] = [d for d in drafts if not is_military_target(d.target.category)]
    return out


def main(first: str, second: str) -> None:
    reader2 = second_reading(Path(second))
    counts: Counter[str] = Counter()
    for item in read_gold_reports(first):
        expected = expected_claims(item)
        theirs = [
            Claim(id=f"{item.report.id}/r2-{n}", report_id=item.report.id, **d.model_dump())
            for n, d in enumerate(reader2.get(item.report.id, []), start=1)
        ]
        readers = {id(t): all(_right(k, g, t) for k in KEY) for g, t in _pair(theirs, expected)[0]}
        system = {id(t): [_right(k, g, t) for k in KEY] for g, t in _pair(extract(item.report), expected)[0]}
        for truth in expected:
            agreed = readers.get(id(truth))
            group = "consensus" if agreed else ("paired, differing" if agreed is False else "reader 2 has none")
            counts[group] += 1
            found = system.get(id(truth))
            counts[group, "paired"] += found is not None
            for name, right in zip(KEY, found or [False] * len(KEY), strict=True):
                counts[group, name] += right
    for group in ("consensus", "paired, differing", "reader 2 has none"):
        n = counts[group]
        shares = " ".join(f"{name} {counts[group, name] / n:.3f}" for name in ("paired", *KEY)) if n else ""
        print(f"{group:18s} {n:4d} gold claims; found and right: {shares}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
