"""The hand-made extraction gold files hold together: every line loads, every claim belongs to a report, every
evidence quote is the text at its span, and the split is the one the README fixes (see eval/gold/README.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ceasewatch.evaluate import read_gold_reports

GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold"
SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def texts_by_report(folder: Path) -> dict[str, str]:
    if any("ref" in report for report in lines(folder / "reports.jsonl")) and not SHARED_DATA.is_dir():
        pytest.skip(f"{folder.name} refers to posts in the shared data, which is not at {SHARED_DATA}")
    return {item.report.id: item.report.text or "" for item in read_gold_reports(folder, SHARED_DATA)}


@pytest.mark.parametrize("name", ["extract", "extract-written"])
def test_every_gold_claim_quotes_its_report_at_its_span(name: str) -> None:
    folder = GOLD / name
    texts = texts_by_report(folder)
    claims = lines(folder / "claims.jsonl")
    assert claims
    for claim in claims:
        evidence = claim["evidence"]
        assert isinstance(evidence, dict)
        text = texts[str(claim["report_id"])]
        assert text[evidence["start"] : evidence["end"]] == evidence["quote"], claim["id"]


@pytest.mark.parametrize("name", ["extract", "extract-written"])
def test_gold_splits_follow_the_every_third_rule_within_each_batch(name: str) -> None:
    reports = lines(GOLD / name / "reports.jsonl")
    batches: dict[object, list[dict[str, object]]] = {}
    for report in reports:
        batches.setdefault(report.get("batch", 1), []).append(report)
    for batch in batches.values():
        ordered = sorted(batch, key=lambda r: (_utc(str(r["published_at"])), str(r["id"])))
        expected = ["holdout" if n % 3 == 2 else "dev" for n in range(len(ordered))]
        assert [r["split"] for r in ordered] == expected


def _utc(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone(UTC).isoformat()
