"""The study's labels (eval/study/): valid claims with no text in them, and a strip/join round trip that refuses a
text other than the one labelled."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from ceasewatch.evaluate import read_gold_reports

ROOT = Path(__file__).resolve().parent.parent
STUDY = ROOT / "eval" / "study"


def _labels() -> ModuleType:
    spec = importlib.util.spec_from_file_location("study_labels", STUDY / "labels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BATCHES = sorted(path.name for path in STUDY.glob("batch*.jsonl"))
"""Every batch's labels kept in the project (eval/study/README.md lists them)."""


def test_every_batch_the_study_readme_lists_is_checked() -> None:
    listed = set(re.findall(r"`(batch\w+\.jsonl)`", (STUDY / "README.md").read_text(encoding="utf-8")))
    assert listed and listed == set(BATCHES)


@pytest.mark.parametrize("name", BATCHES)
def test_committed_labels_hold_no_text_and_valid_spans(name: str) -> None:
    for number, line in enumerate((STUDY / name).read_text(encoding="utf-8").splitlines(), 1):
        item = json.loads(line)
        assert "text" not in item, f"{name}:{number}"
        assert item["source"]["url"].startswith("http"), f"{name}:{number}"
        assert len(item["text_sha256"]) == 64
        for claim in item["claims"]:
            assert set(claim["evidence"]) == {"start", "end"}, f"{name}:{number}"
            assert 0 <= claim["evidence"]["start"] < claim["evidence"]["end"] <= item["text_chars"]


@pytest.mark.parametrize("name", BATCHES)
def test_committed_labels_are_valid_gold_for_eval_extract(name: str, tmp_path: Path) -> None:
    # joined to a placeholder text of the recorded length, each line must load as `eval extract` reads gold: a
    # misspelt category or act would be refused here, not when a later session re-scores the batch
    lines = (STUDY / name).read_text(encoding="utf-8").splitlines()
    texts = tmp_path / "texts.jsonl"
    items = [json.loads(line) for line in lines]
    texts.write_text("".join(json.dumps({"id": i["id"], "text": "x" * i["text_chars"]}) + "\n" for i in items))
    labels = _labels()
    joined = tmp_path / "gold.jsonl"
    for item in items:  # the placeholder's digest stands in for the page's
        item["text_sha256"] = labels.digest("x" * item["text_chars"])
    relabelled = tmp_path / "labels.jsonl"
    relabelled.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    assert labels.join(relabelled, texts, joined) == (len(items), [])
    assert len(read_gold_reports(joined)) == len(items)


def test_strip_then_join_gives_back_the_gold_and_refuses_another_text(tmp_path: Path) -> None:
    labels = _labels()
    text = "Вночі дрони атакували нафтобазу в Брянську."
    claim = {
        "time": {"earliest": "2025-04-09T21:00:00+03:00", "latest": "2025-04-10T06:00:00+03:00"},
        "place": {"name": "Bryansk", "lat": 53.25, "lon": 34.37, "radius_km": 10, "country": "RUS"},
        "target": {"category": "energy.oil.storage"},
        "act": "strike.drone",
        "perpetrator": "UKR",
        "evidence": {"quote": "дрони атакували нафтобазу", "start": 6, "end": 31},
    }
    report = {
        "id": "s-1",
        "published_at": "2025-04-10T09:00:00+03:00",
        "source": {"name": "x", "affiliation": "independent_media", "url": "https://example.org/a"},
        "language": "uk",
        "text": text,
        "claims": [claim],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8")
    stripped = tmp_path / "labels.jsonl"
    assert labels.strip(gold, stripped, "test") == 1
    assert text not in stripped.read_text(encoding="utf-8")

    texts = tmp_path / "texts.jsonl"
    texts.write_text(json.dumps({"id": "s-1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    joined = tmp_path / "joined.jsonl"
    assert labels.join(stripped, texts, joined) == (1, [])
    (item,) = read_gold_reports(joined)
    assert item.report.text == text and item.claims[0].evidence is not None
    assert text[item.claims[0].evidence.start : item.claims[0].evidence.end] == "дрони атакували нафтобазу"

    texts.write_text(json.dumps({"id": "s-1", "text": text + " "}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert labels.join(stripped, texts, joined) == (0, ["s-1"])


def test_strip_refuses_a_report_without_its_address(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    report = {"id": "s-1", "published_at": "2025-04-10T09:00:00+03:00", "text": "x", "claims": [],
              "source": {"name": "x", "affiliation": "other"}, "language": "en"}  # fmt: skip
    gold.write_text(json.dumps(report) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"gold\.jsonl:1: source\.url is missing"):
        _labels().strip(gold, tmp_path / "out.jsonl", "dev")
