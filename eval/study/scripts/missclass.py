"""The shapes of the claims the extractor misses and adds, counted (aggregate only, so it may run on test sets).

A missed gold claim is put in the first shape that fits (place, time and level-2 target judged as the scorer judges
them): its report gave no claim at all; its twin (same place, same level-2 target) was found, and it differs by
claimant, by time, or by nothing scored; another kind of target at a place where a claim was found; a place where a
found claim stayed unpaired; a place where nothing was found. A spurious claim is in a negative report, at a gold
claim's place, or at a place of no gold claim.

    PYTHONPATH=SRC python missclass.py GOLD.jsonl [GOLD.jsonl ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from ceasewatch.evaluate._extract import GoldReport, _pair, _right, expected_claims, read_gold_reports
from ceasewatch.extract import extract
from ceasewatch.model import Claim, ClaimDraft


def same(name: str, other: Any, truth: ClaimDraft) -> bool:
    """The scorer's own test of one field, ``truth`` in the gold's seat (its place may be an oblast or a country);
    ``other`` is a claim found or another gold claim (the scorer reads only the fields both kinds share)."""
    return _right(name, other, truth)


def missed_shape(truth: ClaimDraft, found: list[ClaimDraft], predicted: list[Any]) -> str:
    """The shape of a gold claim nobody found, given the gold claims that were (``found``) and the claims found."""
    twins = [t for t in found if same("place", t, truth) and same("target.level2", t, truth)]
    if not predicted:
        return "in a report where nothing was found"
    if any(t.claimant != truth.claimant for t in twins):
        return "twin of a found claim, another claimant"
    if any(not same("time", t, truth) for t in twins):
        return "twin of a found claim, another time"
    if twins:
        return "twin of a found claim, nothing scored differs"
    if any(same("place", t, truth) for t in found):
        return "another kind of target at a place found"
    if any(same("place", p, truth) for p in predicted):
        return "at a place of an unpaired claim found"
    return "at a place where nothing was found"


def spurious_shape(guess: Any, expected: list[ClaimDraft]) -> str:
    """The shape of a claim found that no gold claim pairs with."""
    if not expected:
        return "in a negative report"
    if any(same("place", guess, truth) for truth in expected):
        return "at a gold claim's place"
    return "at a place of no gold claim"


Scored = tuple[GoldReport, list[ClaimDraft], list[Claim], list[tuple[Claim, ClaimDraft]], list[Claim], list[ClaimDraft]]


def scored(paths: list[str]) -> Iterator[Scored]:
    """Each report of the gold files, extracted and paired as the scorer pairs it: the report, its expected claims,
    the claims found, the pairs, the claims found alone and the gold claims alone (the case printers of cases/ too)."""
    for path in paths:
        for item in read_gold_reports(path):
            expected = expected_claims(item)
            predicted = list(extract(item.report))
            pairs, lone_predicted, lone_gold = _pair(predicted, expected)
            yield item, expected, predicted, pairs, lone_predicted, lone_gold


def main(paths: list[str]) -> None:
    counts: Counter[str] = Counter()
    for _item, expected, predicted, pairs, lone_predicted, lone_gold in scored(paths):
        found = [truth for _, truth in pairs]
        counts.update("missed: " + missed_shape(truth, found, predicted) for truth in lone_gold)
        counts.update("spurious: " + spurious_shape(guess, expected) for guess in lone_predicted)
    for shape, n in sorted(counts.items()):
        print(f"{n:4d}  {shape}")


if __name__ == "__main__":
    main(sys.argv[1:])
