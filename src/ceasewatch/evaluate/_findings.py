"""Accuracy of findings against hand-made labels: per verdict and per reason, on dev and holdout."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ceasewatch.errors import InputError
from ceasewatch.evaluate._common import gold_lines
from ceasewatch.model import Finding
from ceasewatch.model.finding import REASONS, VERDICTS

__all__ = ["GoldFinding", "Mismatch", "Scores", "read_gold_findings", "score_findings"]


@dataclass(frozen=True)
class GoldFinding:
    """One hand-made label: the verdict and reasons expected for a claim under a reading."""

    claim_id: str
    agreement_id: str
    reading_id: str
    verdict: str
    reasons: tuple[str, ...]
    split: str
    note: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.claim_id, self.agreement_id, self.reading_id)


@dataclass(frozen=True)
class Mismatch:
    """A label the findings disagree with."""

    gold: GoldFinding
    verdict: str | None
    reasons: tuple[str, ...]


@dataclass
class Scores:
    """Counts for precision, recall and F1 per verdict and per reason, and exact agreement of verdict and reasons."""

    labels: int = 0
    found: int = 0
    verdict_right: int = 0
    reasons_right: int = 0
    verdict_counts: dict[str, Counter[str]] = field(default_factory=dict)
    reason_counts: dict[str, Counter[str]] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)

    def prf(self, counts: Counter[str]) -> tuple[float, float, float]:
        """Precision, recall and F1 from true-positive, false-positive and false-negative counts."""
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def read_gold_findings(path: str | Path) -> list[GoldFinding]:
    """Read a gold file of findings (JSON Lines: claim_id, agreement_id, reading_id, verdict, reasons, split)."""
    gold: list[GoldFinding] = []
    for number, item in gold_lines(path):
        try:
            label = GoldFinding(
                claim_id=item["claim_id"],
                agreement_id=item["agreement_id"],
                reading_id=item["reading_id"],
                verdict=item["verdict"],
                reasons=tuple(item.get("reasons", ())),
                split=item.get("split", "dev"),
                note=item.get("note", ""),
            )
        except (KeyError, TypeError) as exc:
            raise InputError(
                f"not a gold finding: {exc}",
                file=str(path),
                line=number,
                expected="claim_id, agreement_id, reading_id, verdict, reasons",
            ) from exc
        if label.verdict not in VERDICTS:
            raise InputError(
                f"unknown verdict '{label.verdict}'",
                file=str(path),
                line=number,
                field="verdict",
                expected="one of " + ", ".join(VERDICTS),
            )
        gold.append(label)
    return gold


def score_findings(findings: Iterable[Finding], gold: Sequence[GoldFinding]) -> Scores:
    """Score findings against gold labels; a label with no finding counts as a miss for its verdict."""
    by_key = {(claim_id, f.agreement_id, f.reading_id): f for f in findings for claim_id in f.claim_ids}
    scores = Scores()
    for label in gold:
        scores.labels += 1
        finding = by_key.get(label.key)
        verdict = finding.verdict if finding else None
        reasons = finding.reasons if finding else ()
        scores.found += finding is not None
        for name in VERDICTS:
            _count(scores.verdict_counts.setdefault(name, Counter()), verdict == name, label.verdict == name)
        for reason in REASONS:
            _count(scores.reason_counts.setdefault(reason, Counter()), reason in reasons, reason in label.reasons)
        verdict_ok = verdict == label.verdict
        reasons_ok = verdict_ok and set(reasons) == set(label.reasons)
        scores.verdict_right += verdict_ok
        scores.reasons_right += reasons_ok
        if not reasons_ok:
            scores.mismatches.append(Mismatch(label, verdict, reasons))
    return scores


def _count(counts: Counter[str], predicted: bool, expected: bool) -> None:
    if predicted and expected:
        counts["tp"] += 1
    elif predicted:
        counts["fp"] += 1
    elif expected:
        counts["fn"] += 1
