"""The resolve scorer against examples computed by hand (from the coreference literature), and the gold files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceasewatch.errors import InputError
from ceasewatch.evaluate._resolve import (
    GoldIncident,
    b_cubed,
    ceaf_e,
    muc,
    read_gold_incidents,
    score_attribution,
    score_clustering,
    split_claims,
)

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold" / "resolve"


def test_muc_vilain_1995() -> None:
    # Vilain et al. (1995): key {A,B,C,D}; response {A,B} {C,D}.
    # recall = (4 - 2) / (4 - 1) = 2/3; precision = ((2-1) + (2-1)) / ((2-1) + (2-1)) = 1.
    s = muc([{"A", "B", "C", "D"}], [{"A", "B"}, {"C", "D"}])
    assert s["recall"] == pytest.approx(2 / 3)
    assert s["precision"] == pytest.approx(1.0)
    assert s["f1"] == pytest.approx(0.8)


def test_b_cubed_bagga_baldwin_1998() -> None:
    # Bagga and Baldwin (1998): key {1..5} {6,7} {8..12}; response {1..5} {6..12}.
    # precision = (5 * 1 + 2 * 2/7 + 5 * 5/7) / 12 = (64/7) / 12 = 16/21; recall = 1.
    key = [{str(i) for i in range(1, 6)}, {"6", "7"}, {str(i) for i in range(8, 13)}]
    response = [{str(i) for i in range(1, 6)}, {str(i) for i in range(6, 13)}]
    s = b_cubed(key, response)
    assert s["precision"] == pytest.approx(16 / 21)
    assert s["recall"] == pytest.approx(1.0)
    assert s["f1"] == pytest.approx(2 * (16 / 21) / (1 + 16 / 21))


PRADHAN_KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
PRADHAN_RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_pradhan_2014_example_with_twinless_mentions() -> None:
    # Pradhan et al. (2014), the example of their reference scorer: e is missing from the response, h and i are
    # not in the key.
    # MUC recall: {a,b,c} -> {a,b}{c}: 1 of 2 links; {d,e,f,g} -> {d}{e}{f,g}: 1 of 3 -> 2/5.
    # MUC precision: {a,b}: 1 of 1; {c,d}: 0 of 1; {f,g,h,i} -> {f,g}{h}{i}: 1 of 3 -> 2/5.
    s = muc(PRADHAN_KEY, PRADHAN_RESPONSE)
    assert s["recall"] == pytest.approx(0.4)
    assert s["precision"] == pytest.approx(0.4)
    # B-cubed recall = (2/3 + 2/3 + 1/3 + 1/4 + 0 + 2/4 + 2/4) / 7 = (35/12) / 7 = 5/12.
    # B-cubed precision = (1 + 1 + 1/2 + 1/2 + 2/4 + 2/4 + 0 + 0) / 8 = 1/2 (8 response mentions; h and i are in
    # no key cluster).
    s = b_cubed(PRADHAN_KEY, PRADHAN_RESPONSE)
    assert s["recall"] == pytest.approx(5 / 12)
    assert s["precision"] == pytest.approx(0.5)
    # CEAF-e: phi4({a,b,c},{a,b}) = 4/5, phi4({d,e,f,g},{f,g,h,i}) = 4/8; the best alignment sums 1.3
    # (the alternatives: 4/5 + 1/3 via {c,d}, or 2/5 + 1/2). recall = 1.3 / 2, precision = 1.3 / 3.
    s = ceaf_e(PRADHAN_KEY, PRADHAN_RESPONSE)
    assert s["recall"] == pytest.approx(0.65)
    assert s["precision"] == pytest.approx(1.3 / 3)
    assert s["f1"] == pytest.approx(2 * 0.65 * (1.3 / 3) / (0.65 + 1.3 / 3))


def test_ceaf_e_needs_the_optimal_alignment() -> None:
    # Key {1,2} {3,4,5}; response {1,2,3} {4,5}. Greedy by the largest phi4 first would still work here, so check
    # the value itself: phi4({1,2},{1,2,3}) = 4/5, phi4({3,4,5},{4,5}) = 4/5, the cross pairs 0 and 2/6.
    # Best total = 8/5 over 2 entities each side -> P = R = 4/5.
    s = ceaf_e([{"1", "2"}, {"3", "4", "5"}], [{"1", "2", "3"}, {"4", "5"}])
    assert s["precision"] == pytest.approx(0.8)
    assert s["recall"] == pytest.approx(0.8)


def test_perfect_and_all_singletons() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    perfect = score_clustering({"a": "1", "b": "1", "c": "2"}, gold)
    assert perfect["conll_f1"] == pytest.approx(1.0)
    # nothing predicted: every claim alone. MUC has no response links (precision 0 by convention), recall 0;
    # B-cubed precision 1, recall (1/2 + 1/2 + 1) / 3 = 2/3; CEAF-e: {a,b}~{a} = 2/3, {c}~{c} = 1 -> 5/3;
    # recall 5/3 / 2 = 5/6, precision 5/3 / 3 = 5/9.
    alone = score_clustering({}, gold)
    assert alone["muc"]["f1"] == 0.0
    assert alone["b_cubed"]["precision"] == pytest.approx(1.0)
    assert alone["b_cubed"]["recall"] == pytest.approx(2 / 3)
    assert alone["ceaf_e"]["recall"] == pytest.approx(5 / 6)
    assert alone["ceaf_e"]["precision"] == pytest.approx(5 / 9)
    f1s = [alone["muc"]["f1"], alone["b_cubed"]["f1"], alone["ceaf_e"]["f1"]]
    assert alone["conll_f1"] == pytest.approx(sum(f1s) / 3)


def test_clustering_ignores_claims_outside_gold_and_restricts_to_a_split() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    predicted = {"a": "1", "b": "1", "c": "1", "zzz": "1"}
    s = score_clustering(predicted, gold, only={"a", "b"})
    assert s["claims"] == 2 and s["conll_f1"] == pytest.approx(1.0)
    s = score_clustering(predicted, gold)
    # MUC: recall 1 (the key link a-b is kept, c has none), precision 1 of 2 links right.
    assert s["muc"]["recall"] == pytest.approx(1.0)
    assert s["muc"]["precision"] == pytest.approx(0.5)


def test_attribution_scores() -> None:
    gold_clusters = {"a": "x", "b": "x", "c": "y", "d": "z"}
    gold = {"x": "RUS", "y": "UKR", "z": "unknown"}
    predicted_clusters = {"a": "p1", "b": "p2", "c": "p2"}
    predicted = {"p1": {"RUS": 0.8, "UKR": 0.2}, "p2": {"RUS": 0.4, "UKR": 0.6}, "d": {"RUS": 0.5, "UKR": 0.5}}
    s = score_attribution(predicted, gold, gold_clusters, predicted_clusters)
    # x: mean of p1 and p2 = RUS 0.6, UKR 0.4 -> RUS (right); y: p2 -> UKR (right); z: a tie -> unknown (right).
    assert s["accuracy"] == pytest.approx(1.0)
    assert s["accuracy_decided"] == pytest.approx(1.0) and s["decided"] == 2
    assert s["mean_gold_probability"] == pytest.approx((0.6 + 0.6 + 0.0) / 3)
    # Brier: x (0.4^2 + 0.4^2 + 0) = 0.32; y (0.4^2 + 0.4^2) = 0.32; z (0.25 + 0.25 + 1) = 1.5.
    assert s["brier"] == pytest.approx((0.32 + 0.32 + 1.5) / 3)
    assert s["confusion"] == {"RUS->RUS": 1, "UKR->UKR": 1, "unknown->unknown": 1}
    nothing = score_attribution({}, gold, gold_clusters)
    assert nothing["accuracy"] == pytest.approx(1 / 3)  # only the 'unknown' incident, by the empty-tie rule
    assert nothing["mean_gold_probability"] == 0.0


def test_gold_files_are_consistent() -> None:
    claims, clusters, incidents = read_gold_incidents(GOLD)
    assert len(claims) >= 87 + 80
    assert set(clusters) == {c.claim.id for c in claims}
    assert all(isinstance(i, GoldIncident) for i in incidents.values())
    assert {i.split for i in incidents.values()} == {"dev", "holdout"}
    holdout = sum(i.split == "holdout" for i in incidents.values())
    assert 0.25 <= holdout / len(incidents) <= 0.4
    assert split_claims(incidents, "dev") | split_claims(incidents, "holdout") == set(clusters)
    scenario = {c.claim.id for c in claims if c.raw.get("origin") == "scenario"}
    assert len(scenario) == 87
    # the gold clustering scores perfectly against itself
    assert score_clustering(clusters, clusters)["conll_f1"] == pytest.approx(1.0)


def test_bad_gold_is_located(tmp_path: Path) -> None:
    (tmp_path / "claims.jsonl").write_text((GOLD / "claims.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    lines = (GOLD / "incidents.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["attribution"]["party"] = "USA"
    (tmp_path / "incidents.jsonl").write_text("\n".join([json.dumps(first), *lines[1:]]), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_gold_incidents(tmp_path)
    assert info.value.line == 1
    (tmp_path / "incidents.jsonl").write_text("\n".join(lines[1:]), encoding="utf-8")
    with pytest.raises(InputError, match="belong to no incident"):
        read_gold_incidents(tmp_path)
