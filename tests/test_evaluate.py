"""Scoring against gold files: claims paired with gold claims and scored per field; texts checked against refs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceasewatch.errors import InputError
from ceasewatch.evaluate import read_gold_reports, score_extraction
from ceasewatch.model import Claim, Report
from tests.common import claim

REPORT = {
    "id": "r1",
    "published_at": "2025-03-20T09:00:00+03:00",
    "source": {"name": "MoD", "affiliation": "party_official", "party": "RUS"},
    "language": "en",
    "text": "Overnight Ukrainian drones struck the Tuapse refinery.",
    "split": "dev",
}


def gold_folder(tmp_path: Path, claims: list[dict[str, object]], reports: list[dict[str, object]]) -> Path:
    (tmp_path / "reports.jsonl").write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    (tmp_path / "claims.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    return tmp_path


def expected(**fields: object) -> dict[str, object]:
    base = json.loads(claim("r1/1").model_dump_json())
    return {**base, **fields}


def test_a_perfect_extractor_scores_one_and_a_wrong_field_costs_precision_and_recall(tmp_path: Path) -> None:
    gold = read_gold_reports(gold_folder(tmp_path, [expected()], [REPORT]))

    def perfect(report: Report) -> list[Claim]:
        return [claim("r1/1")]

    scores = score_extraction(gold, perfect)
    assert (scores.expected, scores.found, scores.matched) == (1, 1, 1)
    assert all(scores.prf(name) == (1.0, 1.0, 1.0) for name in scores.counts)

    def wrong_stance(report: Report) -> list[Claim]:
        return [claim("r1/1", stance="admission")]

    scores = score_extraction(gold, wrong_stance)
    assert scores.prf("stance") == (0.0, 0.0, 0.0) and scores.prf("target") == (1.0, 1.0, 1.0)


def test_place_counts_within_25_km_and_missed_claims_cost_recall(tmp_path: Path) -> None:
    gold = read_gold_reports(gold_folder(tmp_path, [expected()], [REPORT, {**REPORT, "id": "r2", "split": "holdout"}]))

    def nearby(report: Report) -> list[Claim]:
        if report.id != "r1":
            return [claim("r2/1")]  # a claim where the gold has none
        place = {"name": "near Tuapse", "lat": 44.2, "lon": 39.1, "radius_km": 5, "precision": "settlement"}
        return [claim("r1/1", place=place)]

    scores = score_extraction(gold, nearby)
    assert scores.prf("place")[1] == 1.0  # ~11 km off: right
    assert scores.negatives == 1 and scores.negatives_right == 0
    assert scores.prf("act")[0] == 0.5
    dev = score_extraction(gold, nearby, split="dev")
    assert dev.reports == 1 and dev.prf("act") == (1.0, 1.0, 1.0)


def test_a_ref_must_point_at_the_post_it_was_labelled_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "ch").mkdir(parents=True)
    (data / "ch" / "posts.csv").write_text("datetime,text_snippet\n2025-03-20 06:00,Удар по НПЗ\n", encoding="utf-8")
    ref_report = {
        **REPORT,
        "text": None,
        "ref": {"file": "ch/posts.csv", "row": 0, "datetime": "2025-03-20 06:00", "prefix": "Удар"},
    }
    del ref_report["text"]
    (tmp_path / "g").mkdir()
    folder = gold_folder(tmp_path / "g", [], [ref_report])
    assert read_gold_reports(folder, data)[0].report.text == "Удар по НПЗ"
    wrong = {**ref_report, "ref": {**ref_report["ref"], "prefix": "Другое"}}  # type: ignore[dict-item]
    folder = gold_folder(folder, [], [wrong])
    with pytest.raises(InputError, match="not the post"):
        read_gold_reports(folder, data)
    with pytest.raises(InputError, match="shared data folder"):
        read_gold_reports(folder, None)


def test_a_single_gold_file_holds_reports_with_their_expected_claims(tmp_path: Path) -> None:
    gold_file = tmp_path / "gold.jsonl"
    lines = [{**REPORT, "claims": [expected(id="r1/1", report_id="r1", note="read by hand")]}, {**REPORT, "id": "r2"}]
    gold_file.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    gold = read_gold_reports(gold_file)
    assert [(g.report.id, len(g.claims), g.split) for g in gold] == [("r1", 1, "dev"), ("r2", 0, "dev")]
    assert gold[0].report.claims == ()  # the expected claims are not handed to the extractor

    scores = score_extraction(gold, lambda report: [claim(f"{report.id}/1")])
    assert (scores.expected, scores.found, scores.matched, scores.negatives_right) == (1, 2, 1, 0)
    assert [(m.report_id, m.kind) for m in scores.mismatches] == [("r2", "spurious")]


def test_a_bad_claim_in_a_single_gold_file_names_the_file_and_line(tmp_path: Path) -> None:
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({**REPORT, "claims": [expected(stance="maybe")]}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a gold claim") as caught:
        read_gold_reports(gold_file)
    assert (caught.value.file, caught.value.line) == (str(gold_file), 1)


@pytest.mark.parametrize("shape", ["file", "folder"])
def test_a_report_id_used_twice_names_the_file_the_line_and_the_first_use(tmp_path: Path, shape: str) -> None:
    # claims and another tool's output are joined to the gold by report id: two reports of one id are ambiguous
    if shape == "file":
        path = tmp_path / "gold.jsonl"
        path.write_text(json.dumps(REPORT) + "\n" + json.dumps(REPORT) + "\n", encoding="utf-8")
        where = str(path)
    else:
        path = gold_folder(tmp_path, [expected()], [REPORT, REPORT])
        where = str(path / "reports.jsonl")
    with pytest.raises(InputError, match="already used on line 1") as caught:
        read_gold_reports(path)
    assert (caught.value.file, caught.value.line, caught.value.field) == (where, 2, "id")


def test_mismatches_name_wrong_fields_missed_and_spurious_claims(tmp_path: Path) -> None:
    gold = read_gold_reports(gold_folder(tmp_path, [expected()], [REPORT, {**REPORT, "id": "r2"}]))
    far = {"name": "Sochi", "lat": 43.6, "lon": 39.73, "radius_km": 5, "precision": "settlement", "country": "RUS"}

    def wrong_place(report: Report) -> list[Claim]:
        return [claim(f"{report.id}/1", place=far, act="strike.missile")] if report.id == "r1" else []

    scores = score_extraction(gold, wrong_place)
    assert [(m.report_id, m.kind, m.fields) for m in scores.mismatches] == [("r1", "wrong", ("place", "act"))]
    assert score_extraction(gold, lambda report: []).mismatches[0].kind == "missed"


def test_a_gold_place_given_as_an_oblast_without_a_point_is_matched_by_oblast(tmp_path: Path) -> None:
    oblast = {"name": "Krasnodar Krai", "precision": "admin1", "admin1": "Krasnodar Krai", "country": "RUS"}
    gold = read_gold_reports(gold_folder(tmp_path, [expected(place=oblast)], [REPORT]))
    inside = {"name": "Tuapse", "lat": 44.1, "lon": 39.07, "precision": "settlement", "admin1": "Krasnodar Krai"}
    outside = {**inside, "name": "Rostov", "admin1": "Rostov Oblast", "lat": 47.2, "lon": 39.7}
    assert score_extraction(gold, lambda r: [claim("r1/1", place=inside)]).prf("place") == (1.0, 1.0, 1.0)
    assert score_extraction(gold, lambda r: [claim("r1/1", place=outside)]).prf("place") == (0.0, 0.0, 0.0)


def test_another_labellers_words_for_fields_no_score_reads_load(tmp_path: Path) -> None:
    base = expected()
    time = {**base["time"], "precision": "evening", "tz": "Kyiv time"}  # type: ignore[dict-item]
    place = {"name": "Krasnodar Krai", "precision": "region", "admin1": "Krasnodar Krai", "country": "RUS"}
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({**REPORT, "claims": [{**base, "time": time, "place": place}]}) + "\n")
    (loaded,) = read_gold_reports(gold_file)
    (truth,) = loaded.claims
    assert (truth.time.precision, truth.time.tz, truth.place.precision) == ("day", "UTC", "admin1")
    inside = {"name": "Tuapse", "lat": 44.1, "lon": 39.07, "precision": "settlement", "admin1": "Krasnodar Krai"}
    assert score_extraction([loaded], lambda r: [claim("r1/1", place=inside)]).prf("place") == (1.0, 1.0, 1.0)


def test_a_scored_field_in_other_words_is_still_an_error(tmp_path: Path) -> None:
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({**REPORT, "claims": [expected(target={"category": "refinery"})]}) + "\n")
    with pytest.raises(InputError, match="not a gold claim"):
        read_gold_reports(gold_file)


def test_gold_claims_on_military_targets_are_expected_only_when_military_is_scored(tmp_path: Path) -> None:
    airfield = expected(id="r2/1", report_id="r2", target={"category": "military.airbase"})
    warship = expected(id="r3/1", report_id="r3", target={"category": "maritime.vessel.military"})
    reports = [REPORT, {**REPORT, "id": "r2"}, {**REPORT, "id": "r3"}]
    gold = read_gold_reports(gold_folder(tmp_path, [expected(), airfield, warship], reports))

    def energy_only(report: Report) -> list[Claim]:
        return [claim("r1/1")] if report.id == "r1" else []

    scores = score_extraction(gold, energy_only)
    assert (scores.expected, scores.matched, scores.military_left_out) == (1, 1, 2)
    assert (scores.negatives, scores.negatives_right) == (2, 2)  # reports of military strikes only: no claim
    assert scores.prf("target") == (1.0, 1.0, 1.0)
    everything = score_extraction(gold, energy_only, military=True)
    assert (everything.expected, everything.military_left_out, everything.negatives) == (3, 0, 0)
    assert everything.prf("target")[1] == pytest.approx(1 / 3)


def test_scores_by_confidence_say_what_a_threshold_buys(tmp_path: Path) -> None:
    gold = read_gold_reports(gold_folder(tmp_path, [expected()], [REPORT]))

    def two_guesses(report: Report) -> list[Claim]:
        wrong_side = claim(
            "r1/2", confidence=0.45, perpetrator="RUS", place={"name": "Kyiv", "lat": 50.45, "lon": 30.52}
        )
        return [claim("r1/1", confidence=0.9), wrong_side]

    bands = score_extraction(gold, two_guesses).by_confidence
    assert dict(bands[0.9]) == {"found": 1, "paired": 1, "place_perpetrator_right": 1, "key_fields_right": 1}
    assert dict(bands[0.4]) == {"found": 1}  # not paired: the gold claim went to the better guess
    wrong_perpetrator = score_extraction(gold, lambda report: [claim("r1/1", confidence=0.7, perpetrator="RUS")])
    band = wrong_perpetrator.by_confidence[0.7]
    assert (band["found"], band["paired"], band["place_perpetrator_right"], band["key_fields_right"]) == (1, 1, 0, 0)
    wrong_target = score_extraction(gold, lambda report: [claim("r1/1", confidence=0.7, target={"category": "energy"})])
    band = wrong_target.by_confidence[0.7]
    assert (band["paired"], band["place_perpetrator_right"], band["key_fields_right"]) == (1, 1, 0)
