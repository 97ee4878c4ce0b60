"""The claim confidence: a small logistic model over the structure of a claim, and the script that fits it."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from ceasewatch.extract import Extractor
from ceasewatch.extract._confidence import FEATURES, Model, features, load, rate, rounded
from ceasewatch.model import Report, Source
from ceasewatch.model.place import Place

ROOT = Path(__file__).resolve().parents[1]
MOD = Source(name="Минобороны России", affiliation="party_official", party="RUS")
PUB = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)


def report(text: str, source: Source = MOD, report_id: str = "r1") -> Report:
    return Report(id=report_id, published_at=PUB, source=source, text=text)


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def fit_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("confidence_fit", ROOT / "eval" / "confidence" / "fit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["confidence_fit"] = module
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_loads_with_one_coefficient_per_feature() -> None:
    data = json.loads((ROOT / "src" / "ceasewatch" / "extract" / "confidence.json").read_text(encoding="utf-8"))
    assert list(data["coefficients"]) == list(FEATURES)
    # fitted on the dev part of the dev sets only: never on a held-out part or the study's test batches (11, 12, 13,
    # 15 and 16), and levelled on text it was not fitted on
    assert data["split"] == "dev"
    test_sets = ("holdout", "pages11", "pages12", "pages13", "pages15", "pages16", "batch13", "batch15", "batch16")
    assert data["fitted_on"] and not any(word in name for name in data["fitted_on"] for word in test_sets)
    assert not set(data["level_on"]) & set(data["fitted_on"])
    model = load()
    assert model.weights == [data["coefficients"][name] for name in FEATURES]
    with pytest.raises(ValueError, match="no coefficient"):
        Model(0.0, {"weapon": 1.0})


def test_confidence_is_deterministic_and_a_probability(ex: Extractor) -> None:
    text = (
        "В ночь на 19 марта ВСУ атаковали беспилотниками газоизмерительную станцию «Суджа». "
        "Также обстреляна подстанция в Брянской области."
    )
    first = [c.confidence for c in ex.extract(report(text)).claims]
    again = [c.confidence for c in Extractor().extract(report(text)).claims]
    assert first == again and len(first) == 2
    assert all(0.01 <= c <= 0.99 and c == round(c, 2) for c in first)
    extreme = Model(0.0, dict.fromkeys(FEATURES, 1e4))
    assert extreme.probability([1.0] * len(FEATURES)) == 1.0
    assert extreme.probability([-1.0] * len(FEATURES)) == 0.0
    assert (rounded(1.0), rounded(0.0), rounded(0.567)) == (0.99, 0.01, 0.57)


def test_a_point_and_a_named_facility_score_above_the_same_claim_with_only_a_country(ex: Extractor) -> None:
    r = report("19 марта ВСУ атаковали беспилотниками газоизмерительную станцию «Суджа»")
    full = ex.extract(r).claims[0]
    assert full.place.has_point and full.target.facility_id is not None
    country = full.model_copy(
        update={
            "place": Place(country="RUS", precision="country"),
            "target": full.target.model_copy(update={"facility_id": None}),
        }
    )
    assert rate([full], r, "ru")[0].confidence == full.confidence  # (rated again: the same)
    assert full.confidence > rate([country], r, "ru")[0].confidence
    assert features(full, r, "ru", 1, 1)[FEATURES.index("facility")] == 1.0


def test_nobodys_claim_scores_below_a_sides(ex: Extractor) -> None:
    r = report("19 марта ВСУ атаковали беспилотниками подстанцию в Брянской области")
    said = ex.extract(r).claims[0]
    assert said.claimant == "RUS"
    unsaid = said.model_copy(update={"claimant": None})
    assert rate([unsaid], r, "ru")[0].confidence < rate([said], r, "ru")[0].confidence


GOLD_PLACE = {"name": "Tuapse", "lat": 44.1, "lon": 39.07, "radius_km": 5, "precision": "settlement", "country": "RUS"}


def gold_line(n: int, dated: bool) -> dict[str, object]:
    # dated reports are labelled as the extractor reads them; undated ones with the other side as perpetrator, so
    # the outcome follows whether a time was found
    text = ("On 19 March " if dated else "") + "Ukrainian drones struck the oil refinery in Tuapse."
    return {
        "id": f"g{n}",
        "published_at": "2025-03-20T09:00:00+03:00",
        "source": {"name": "MoD", "affiliation": "party_official", "party": "RUS"},
        "language": "en",
        "text": text,
        "split": "dev",
        "claims": [
            {
                "time": {"earliest": "2025-03-13T00:00:00Z", "latest": "2025-03-20T06:00:00Z", "precision": "day"},
                "place": GOLD_PLACE,
                "target": {"category": "energy.oil.refinery"},
                "perpetrator": "UKR" if dated else "RUS",
                "evidence": {"start": 0, "end": len(text)},
            }
        ],
    }


def test_the_fit_script_recovers_a_known_direction(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(gold_line(n, n % 2 == 0)) + "\n" for n in range(12)), encoding="utf-8")
    fit = fit_script()
    rows = fit.rows([str(gold)], None)
    assert len(rows) == 12
    assert [r.right for r in rows] == [1, 0] * 6  # dated right, undated wrong
    out = tmp_path / "model.json"
    assert fit.main([str(gold), "--out", str(out)]) == 0
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["fitted_on"] == [str(gold)] and model["claims"] == 12 and model["split"] == "dev"
    assert model["coefficients"]["time_found"] > 1.0
    fitted = Model.from_json(model)
    x = np.array([r.features for r in rows])
    p = [fitted.probability(v) for v in x]
    assert min(p[0::2]) > 0.5 > max(p[1::2])


def test_a_sea_counts_as_an_oblast_and_another_language_is_refused(ex: Extractor) -> None:
    r = report("19 марта ВСУ атаковали беспилотниками подстанцию в Брянской области")
    claim = ex.extract(r).claims[0]
    oblast = claim.model_copy(update={"place": Place(name="Брянская область", precision="admin1", country="RUS")})
    sea = claim.model_copy(update={"place": Place(name="Чёрное море", precision="area", zone="black-sea")})
    assert features(sea, r, "ru", 1, 1) == features(oblast, r, "ru", 1, 1)
    assert features(sea, r, "ru", 1, 1)[FEATURES.index("place_admin1")] == 1.0
    with pytest.raises(ValueError, match="language"):
        features(claim, r, "other", 1, 1)


def test_the_fit_outcome_is_the_scorers_own_judgement(tmp_path: Path) -> None:
    from ceasewatch.evaluate import claims_right, read_gold_reports, score_extraction
    from ceasewatch.extract import extract

    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(gold_line(n, n % 3 == 0)) + "\n" for n in range(6)), encoding="utf-8")
    reports = read_gold_reports(gold)
    judged = [ok for item in reports for ok in claims_right(extract(item.report), item)]
    scores = score_extraction(reports, extract, "dev")
    assert sum(judged) == sum(band["place_perpetrator_right"] for band in scores.by_confidence.values()) == 2
    assert [r.right for r in fit_script().rows([str(gold)], None)] == [int(ok) for ok in judged]


def test_the_level_shift_brings_the_mean_confidence_to_the_share_right() -> None:
    fit = fit_script()
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 3))
    weights = np.array([1.0, -0.5, 0.25])
    y = (rng.random(400) < 0.55).astype(float)  # fresh text: right less often than the model fitted elsewhere says
    intercept = 2.0
    b = fit.shift(x, y, intercept, weights)
    p = 1.0 / (1.0 + np.exp(-(intercept + b + x @ weights)))
    assert b < 0
    assert float(p.mean()) == pytest.approx(float(y.mean()), abs=1e-6)
    assert fit.shift(x, y, intercept + b, weights) == pytest.approx(0.0, abs=1e-6)  # already at the level: no shift
