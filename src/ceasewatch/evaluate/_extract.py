"""Accuracy of extraction against hand-made labels: claims matched to gold claims, then scored field by field.

Gold comes in one of two shapes. A folder holds ``reports.jsonl`` (each report with its ``text``, or a ``ref`` to a
post in the shared data whose text may not be redistributed) and ``claims.jsonl`` (the claims a reader finds, each
with its ``report_id``; eval/gold/README.md says how ours were made). A single JSON Lines file holds one report a
line in the interchange shape, its expected claims in ``claims`` (docs/interchange.md). Either may give a ``split``
per report. Within a report, predicted claims are paired with gold claims greedily by how much they share
(evidence span, place, target, time); then each field counts as right, wrong (a false positive and a false
negative), and an unpaired claim counts against every field (a false positive if predicted, a false negative if
expected).
"""

from __future__ import annotations

import csv
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from ceasewatch.errors import InputError
from ceasewatch.evaluate._common import gold_lines
from ceasewatch.geo.nearest import geodesic_km
from ceasewatch.model import Claim, ClaimDraft, Report
from ceasewatch.model.place import PlacePrecision
from ceasewatch.model.taxonomy import is_military_target
from ceasewatch.model.time import TimePrecision, zone_of

__all__ = [
    "FIELDS",
    "ExtractMismatch",
    "ExtractScores",
    "GoldReport",
    "claims_right",
    "expected_claims",
    "place_perpetrator_right",
    "read_gold_reports",
    "score_extraction",
]

WITHIN_KM = 25.0

FIELDS: tuple[str, ...] = (
    "target",
    "target.level2",
    "place",
    "time",
    "act",
    "perpetrator",
    "claimant",
    "stance",
)
"""The fields scored: the category exactly and at the second level of the taxonomy (``energy.oil``), the place
within 25 km (or the same admin1 unit where the gold place is an oblast, the same country where it is a country),
the time (the gold interval overlapped), the act, the perpetrator, the claimant and the stance."""

_KEY_FIELDS = frozenset(["target", "place", "perpetrator"])  # the fields issue 5 sets its bar on
_CONFIDENCE_FIELDS = frozenset(["place", "perpetrator"])  # the fields the extractor's confidence is the probability of


@dataclass(frozen=True)
class GoldReport:
    """A gold report: the report to extract from, its expected claims, and its split."""

    report: Report
    claims: tuple[ClaimDraft, ...]
    split: str


@dataclass(frozen=True)
class ExtractMismatch:
    """A disagreement within one report: a paired claim with wrong ``fields``, a gold claim nobody found
    (``predicted`` is None) or a claim the gold does not have (``gold`` is None)."""

    report_id: str
    predicted: Claim | None
    gold: ClaimDraft | None
    fields: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """``wrong``, ``missed`` or ``spurious``."""
        return "missed" if self.predicted is None else "spurious" if self.gold is None else "wrong"


@dataclass
class ExtractScores:
    """True positives, false positives and false negatives per field, and claim counts."""

    reports: int = 0
    expected: int = 0
    found: int = 0
    matched: int = 0
    negatives: int = 0
    negatives_right: int = 0
    military_left_out: int = 0
    by_confidence: dict[float, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """Per band of confidence (0.8 holds 0.80–0.89): claims ``found``, ``paired`` with a gold claim, paired with
    place and perpetrator right (``place_perpetrator_right``: what the extractor's confidence is the probability of)
    and with target, place and perpetrator all right (``key_fields_right``): what a threshold on confidence buys."""
    counts: dict[str, Counter[str]] = field(default_factory=lambda: {name: Counter() for name in FIELDS})
    mismatches: list[ExtractMismatch] = field(default_factory=list)

    def prf(self, name: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one field."""
        c = self.counts[name]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def read_gold_reports(path: str | Path, data: str | Path | None = None) -> list[GoldReport]:
    """Read gold reports and their expected claims from a gold folder or a single JSON Lines file (see the module
    docstring); posts given by ``ref`` are read from ``data`` (the shared data folder) and checked."""
    path = Path(path)
    if not path.is_dir():
        return _read_gold_file(path)
    claims: dict[str, list[ClaimDraft]] = {}
    for number, item in gold_lines(path / "claims.jsonl"):
        claims.setdefault(item.get("report_id", ""), []).append(_gold_claim(item, path / "claims.jsonl", number))
    gold: list[GoldReport] = []
    seen: dict[str, int] = {}
    tables: dict[str, list[dict[str, str]]] = {}
    for number, item in gold_lines(path / "reports.jsonl"):
        text = item.get("text")
        if text is None:
            text = _shared_text(item.get("ref") or {}, data, tables, path / "reports.jsonl", number)
        report = _gold_report(item | {"text": text}, path / "reports.jsonl", number)
        _check_unique(report.id, number, seen, path / "reports.jsonl")
        gold.append(GoldReport(report, tuple(claims.get(report.id, ())), item.get("split", "dev")))
    return gold


def _read_gold_file(path: Path) -> list[GoldReport]:
    gold: list[GoldReport] = []
    seen: dict[str, int] = {}
    for number, item in gold_lines(path):
        expected = item.get("claims") or []
        if not isinstance(expected, list):
            raise InputError("not a list of claims", file=str(path), line=number, field="claims")
        claims = tuple(_gold_claim(c if isinstance(c, dict) else {}, path, number) for c in expected)
        report = _gold_report(item, path, number)
        _check_unique(report.id, number, seen, path)
        gold.append(GoldReport(report, claims, item.get("split", "dev")))
    return gold


def _check_unique(report_id: str, line: int, seen: dict[str, int], file: Path) -> None:
    """A report id names one report: claims and other tools' output are joined to the gold by it."""
    if report_id in seen:
        raise InputError(
            f"report id {report_id!r} is already used on line {seen[report_id]}",
            file=str(file),
            line=line,
            field="id",
            expected="each report id once",
        )
    seen[report_id] = line


_REPORT_KEYS = ("id", "published_at", "source", "language", "url", "title", "text")
_NOT_CLAIM_KEYS = ("id", "report_id", "split", "note")


def _gold_report(item: dict[str, Any], file: Path, line: int) -> Report:
    try:
        return Report.model_validate({k: v for k, v in item.items() if k in _REPORT_KEYS})
    except ValueError as exc:
        raise InputError(f"not a gold report: {exc}", file=str(file), line=line) from exc


def _gold_claim(item: dict[str, Any], file: Path, line: int) -> ClaimDraft:
    try:
        return ClaimDraft.model_validate(
            _unscored_free({k: v for k, v in item.items() if k not in _NOT_CLAIM_KEYS})
            | {"evidence": _span(item.get("evidence"))}
        )
    except ValueError as exc:
        raise InputError(f"not a gold claim: {exc}", file=str(file), line=line) from exc


_TIME_PRECISIONS = frozenset(get_args(TimePrecision))
_PLACE_PRECISIONS = frozenset(get_args(PlacePrecision))
_PLACE_WORDS = {
    "oblast": "admin1", "region": "admin1", "province": "admin1", "krai": "admin1", "republic": "admin1",
    "city": "settlement", "town": "settlement", "village": "settlement", "raion": "district", "site": "facility",
}  # fmt: skip


def _unscored_free(claim: dict[str, Any]) -> dict[str, Any]:
    """A gold claim with its descriptive fields that no score reads made valid: another labeller's precision words
    ("morning", "oblast"), a time zone this machine does not know, or none at all, cost nothing. A place precision
    said in other words is kept, because an oblast-level gold place is scored by its oblast."""
    claim = dict(claim)
    time = claim.get("time")
    if isinstance(time, dict):
        time = dict(time)
        if time.get("precision") not in _TIME_PRECISIONS:
            time["precision"] = "day"  # any valid value: scores read only the interval
        tz = time.get("tz")
        if tz is not None:
            try:
                zone_of(str(tz))
            except ValueError:
                time.pop("tz")
        claim["time"] = time
    place = claim.get("place")
    if isinstance(place, dict) and place.get("precision") not in _PLACE_PRECISIONS:
        place = dict(place)
        word = str(place.get("precision") or "").lower()
        place["precision"] = _PLACE_WORDS.get(word, "unknown")
        claim["place"] = place
    return claim


def score_extraction(
    gold: Iterable[GoldReport],
    extract: Callable[[Report], list[Claim]],
    split: str = "all",
    *,
    military: bool = False,
) -> ExtractScores:
    """Run ``extract`` on each gold report of ``split`` (dev, holdout or all) and score its claims field by field.

    Gold claims on military targets are expected only with ``military`` (issue 5 counts a report of such a strike as
    no claim); without it they are left out and counted, and a report with no other claim is a negative."""
    scores = ExtractScores()
    for item in gold:
        if split != "all" and item.split != split:
            continue
        expected = expected_claims(item, military=military)
        scores.military_left_out += len(item.claims) - len(expected)
        predicted = extract(item.report)
        scores.reports += 1
        scores.expected += len(expected)
        scores.found += len(predicted)
        if not expected:
            scores.negatives += 1
            scores.negatives_right += not predicted
        pairs, lone_predicted, lone_gold = _pair(predicted, expected)
        scores.matched += len(pairs)
        report_id = item.report.id
        for guess, truth in pairs:
            wrong = tuple(name for name in FIELDS if not _right(name, guess, truth))
            for name in FIELDS:
                if name in wrong:
                    scores.counts[name]["fp"] += 1
                    scores.counts[name]["fn"] += 1
                else:
                    scores.counts[name]["tp"] += 1
            if wrong:
                scores.mismatches.append(ExtractMismatch(report_id, guess, truth, wrong))
            band = scores.by_confidence[_band(guess.confidence)]
            band["paired"] += 1
            band["key_fields_right"] += _KEY_FIELDS.isdisjoint(wrong)
            band["place_perpetrator_right"] += _CONFIDENCE_FIELDS.isdisjoint(wrong)
        for guess in predicted:
            scores.by_confidence[_band(guess.confidence)]["found"] += 1
        for name in FIELDS:
            scores.counts[name]["fp"] += len(lone_predicted)
            scores.counts[name]["fn"] += len(lone_gold)
        scores.mismatches.extend(ExtractMismatch(report_id, None, truth) for truth in lone_gold)
        scores.mismatches.extend(ExtractMismatch(report_id, guess, None) for guess in lone_predicted)
    return scores


def expected_claims(item: GoldReport, *, military: bool = False) -> list[ClaimDraft]:
    """The gold claims of ``item`` that :func:`score_extraction` expects: those on military targets only with
    ``military``."""
    return [c for c in item.claims if military or not is_military_target(c.target.category)]


def place_perpetrator_right(guess: Claim, truth: ClaimDraft) -> bool:
    """Whether a claim paired with a gold claim has its place and perpetrator right: what the extractor's confidence
    is the probability of (``by_confidence`` of :class:`ExtractScores` counts these)."""
    return all(_right(name, guess, truth) for name in _CONFIDENCE_FIELDS)


def claims_right(predicted: Sequence[Claim], item: GoldReport, *, military: bool = False) -> list[bool]:
    """For each of ``predicted`` (the claims extracted from ``item``'s report, as :func:`score_extraction` is given
    them), whether the scorer pairs it with a gold claim and judges its place and perpetrator right
    (:func:`place_perpetrator_right`): the outcome the confidence model is fitted on (eval/confidence/fit.py)."""
    pairs, _, _ = _pair(list(predicted), expected_claims(item, military=military))
    good = {id(guess) for guess, truth in pairs if place_perpetrator_right(guess, truth)}
    return [id(claim) in good for claim in predicted]


def _band(confidence: float) -> float:
    return math.floor(round(confidence * 10, 6)) / 10


def _pair(
    predicted: list[Claim], gold: list[ClaimDraft]
) -> tuple[list[tuple[Claim, ClaimDraft]], list[Claim], list[ClaimDraft]]:
    scored = sorted(
        ((_affinity(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[Claim, ClaimDraft]] = []
    for affinity, i, j in scored:
        if affinity <= 0 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((predicted[i], gold[j]))
    return (
        pairs,
        [p for i, p in enumerate(predicted) if i not in used_p],
        [g for j, g in enumerate(gold) if j not in used_g],
    )


def _affinity(guess: Claim, truth: ClaimDraft) -> float:
    """How strongly two claims look like the same assertion: shared evidence above all, then place and target."""
    score = 0.0
    if guess.evidence and truth.evidence:
        overlap = min(guess.evidence.end, truth.evidence.end) - max(guess.evidence.start, truth.evidence.start)
        if overlap > 0:
            score += 2.0 * overlap / max(1, truth.evidence.end - truth.evidence.start)
    if _right("place", guess, truth):
        score += 1.0
    if _right("target.level2", guess, truth):
        score += 0.5
    if _right("time", guess, truth):
        score += 0.25
    return score if score > 0.25 else 0.0


def _right(name: str, guess: Claim, truth: ClaimDraft) -> bool:
    if name == "target":
        return guess.target.category == truth.target.category
    if name == "target.level2":
        return _level2(guess.target.category) == _level2(truth.target.category)
    if name == "place":
        return _same_place(guess, truth)
    if name == "time":
        return guess.time.earliest <= truth.time.latest and truth.time.earliest <= guess.time.latest
    value: Any = getattr(guess, name)
    return bool(value == getattr(truth, name))


def _level2(category: str) -> str:
    return ".".join(category.split(".")[:2])


def _same_place(guess: Claim, truth: ClaimDraft) -> bool:
    g, t = guess.place, truth.place
    if t.lat is None or t.lon is None:  # a gold place named by its unit only: the same oblast, else country
        if t.admin1 is not None:
            return g.admin1 == t.admin1
        return t.country is not None and g.country == t.country
    if t.precision == "admin1" and t.admin1 and g.admin1 == t.admin1:
        return True
    if g.lat is None or g.lon is None:
        return False
    return float(geodesic_km(g.lat, g.lon, t.lat, t.lon)) <= WITHIN_KM


def _span(evidence: Any) -> dict[str, int] | None:
    if isinstance(evidence, dict) and "start" in evidence and "end" in evidence:
        return {"start": evidence["start"], "end": evidence["end"]}
    return None


def _shared_text(
    ref: dict[str, Any], data: str | Path | None, tables: dict[str, list[dict[str, str]]], file: Path, line: int
) -> str:
    if data is None or not Path(data).is_dir():
        raise InputError(
            "the report's text lives in the shared data folder, which is not here",
            file=str(file),
            line=line,
            field="ref",
            expected="--data pointing at ../shared/data",
        )
    name = str(ref.get("file", ""))
    if name not in tables:
        with (Path(data) / name).open(encoding="utf-8", newline="") as stream:
            tables[name] = list(csv.DictReader(stream))
    rows = tables[name]
    row = int(ref.get("row", -1))
    if not 0 <= row < len(rows):
        raise InputError(f"row {row} is not in {name}", file=str(file), line=line, field="ref.row")
    record = rows[row]
    text = record.get("text_snippet") or record.get("text") or ""
    if record.get("datetime") != ref.get("datetime") or not text.startswith(str(ref.get("prefix", ""))):
        raise InputError(
            f"row {row} of {name} is not the post the label was made for",
            file=str(file),
            line=line,
            field="ref",
            expected=f"datetime {ref.get('datetime')} and text starting with the prefix",
        )
    return text
