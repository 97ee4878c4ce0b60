"""Agreement between two readers of the extraction gold, with the scorer of `ceasewatch eval extract`.

Reader 1 is the gold (eval/gold/extract, read with read_gold_reports); reader 2 is second_reader.jsonl, made
independently on a sample of 60 of its reports (build_second_reader.py gives the rule). Reader 2's claims are
scored as if an extractor had predicted them: score_extraction with an `extract` that returns them as
ceasewatch.model.Claim objects with ids `<report>/r2-<n>`. The scorer is asymmetric only in the place field (a gold
place given as an oblast or a country is matched by admin1 or country); --reverse scores reader 1 against reader 2.

    .venv/bin/python eval/gold/extract-agreement/agreement.py --data ../shared/data [--show-errors] [--reverse]

--first and --second score any two readings of the same reports (reader 1 a gold folder or file, reader 2 a gold
file), with --military as in `ceasewatch eval extract`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ceasewatch.evaluate._extract import (
    FIELDS,
    ExtractScores,
    GoldReport,
    _gold_claim,
    _pair,
    read_gold_reports,
    score_extraction,
)
from ceasewatch.model import Claim, ClaimDraft, Report
from ceasewatch.model.taxonomy import is_military_target

HERE = Path(__file__).resolve().parent
FIRST = HERE.parent / "extract"
SECOND = HERE / "second_reader.jsonl"


def second_reader(path: Path, military: bool) -> dict[str, list[ClaimDraft]]:
    """Reader 2's claims per report id (the claim keys `note` and `id` are ignored, as in a gold file); claims on
    military targets only with ``military``, as the scorer expects of reader 1."""
    claims: dict[str, list[ClaimDraft]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            item: dict[str, Any] = json.loads(line)
            drafts = [_gold_claim(c, path, number) for c in item.get("claims", [])]
            claims[item["id"]] = [d for d in drafts if military or not is_military_target(d.target.category)]
    return claims


def as_claims(report_id: str, drafts: list[ClaimDraft]) -> list[Claim]:
    return [
        Claim(id=f"{report_id}/r2-{n}", report_id=report_id, **draft.model_dump())
        for n, draft in enumerate(drafts, start=1)
    ]


def summary(claim: ClaimDraft) -> str:
    place = claim.place
    where = place.name or place.admin1 or place.country or "?"
    if place.lat is not None and place.lon is not None:
        where += f" ({place.lat:.2f}, {place.lon:.2f}, {place.precision}, {place.admin1})"
    else:
        where += f" ({place.precision}, {place.admin1 or place.country})"
    span = f" [{claim.evidence.start}:{claim.evidence.end}]" if claim.evidence else ""
    return (
        f"{claim.target.category} at {where}; {claim.act}; {claim.perpetrator} by {claim.claimant} "
        f"({claim.stance}); {claim.time.earliest:%Y-%m-%d %H:%M%z}–{claim.time.latest:%Y-%m-%d %H:%M%z}{span}"
    )


def table(scores: ExtractScores) -> str:
    rows = ["| field | tp | fp | fn | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    for name in FIELDS:
        c = scores.counts[name]
        p, r, f1 = scores.prf(name)
        rows.append(f"| `{name}` | {c['tp']} | {c['fp']} | {c['fn']} | {p:.3f} | {r:.3f} | {f1:.3f} |")
    return "\n".join(rows)


def stricter(gold: list[GoldReport], claims_of: dict[str, list[ClaimDraft]]) -> str:
    """What the scorer lets pass on paired claims: identical intervals, places within 5 km, identical spans."""
    from ceasewatch.geo.nearest import geodesic_km

    n = same_time = near = both_points = same_span = overlap_span = same_weapon_given = 0
    for item in gold:
        pairs, _, _ = _pair(as_claims(item.report.id, claims_of[item.report.id]), list(item.claims))
        for guess, truth in pairs:
            n += 1
            same_time += guess.time.earliest == truth.time.earliest and guess.time.latest == truth.time.latest
            g, t = guess.place, truth.place
            if g.lat is not None and t.lat is not None and g.lon is not None and t.lon is not None:
                both_points += 1
                near += float(geodesic_km(g.lat, g.lon, t.lat, t.lon)) <= 5.0
            if guess.evidence and truth.evidence:
                same_span += (guess.evidence.start, guess.evidence.end) == (truth.evidence.start, truth.evidence.end)
                overlap_span += min(guess.evidence.end, truth.evidence.end) > max(
                    guess.evidence.start, truth.evidence.start
                )
            same_weapon_given += (guess.weapon is None) == (truth.weapon is None)
    return (
        f"paired claims {n}: identical time interval {same_time}/{n}; both with a point {both_points}, of which "
        f"within 5 km {near}; evidence spans identical {same_span}/{n}, overlapping {overlap_span}/{n}; "
        f"weapon given by both or neither {same_weapon_given}/{n}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(HERE.parents[3] / "shared" / "data"), help="the shared data folder")
    parser.add_argument("--show-errors", action="store_true", help="list every disagreement")
    parser.add_argument("--reverse", action="store_true", help="score reader 1 as predictions against reader 2")
    parser.add_argument("--first", type=Path, default=FIRST, help="reader 1: a gold folder or file")
    parser.add_argument("--second", type=Path, default=SECOND, help="reader 2: a gold file, one report a line")
    parser.add_argument("--military", action="store_true", help="strikes on military targets as claims")
    args = parser.parse_args()

    second = second_reader(args.second, args.military)
    first = [g for g in read_gold_reports(args.first, args.data) if g.report.id in second]
    missing = set(second) - {g.report.id for g in first}
    if missing:
        raise SystemExit(f"not in the first reader's gold: {sorted(missing)}")
    by_id: dict[str, GoldReport] = {g.report.id: g for g in first}

    if args.reverse:
        gold = [GoldReport(g.report, tuple(second[g.report.id]), g.split) for g in first]
        claims_of = {
            g.report.id: [c for c in g.claims if args.military or not is_military_target(c.target.category)]
            for g in first
        }
        label = "reader 1 scored against reader 2"
    else:
        gold = first
        claims_of = second
        label = "reader 2 scored against reader 1 (the gold)"

    def extract(report: Report) -> list[Claim]:
        return as_claims(report.id, claims_of[report.id])

    scores = score_extraction(gold, extract, military=args.military)
    in_scope = {
        g.report.id: [c for c in g.claims if args.military or not is_military_target(c.target.category)] for g in first
    }  # reader 1's claims counted as reader 2's are: military targets only with --military
    one = sum(len(v) for v in in_scope.values())
    two = sum(len(v) for v in second.values())
    neg1 = {rid for rid, v in in_scope.items() if not v}
    neg2 = {rid for rid, v in second.items() if not v}
    print(f"{label}: {scores.reports} reports")
    print(
        f"claims: reader 1 {one} in {len(first) - len(neg1)} reports, reader 2 {two} in {len(second) - len(neg2)}"
        f" reports; paired {scores.matched}"
    )
    print(
        f"negatives: reader 1 {len(neg1)}, reader 2 {len(neg2)}, agreed {len(neg1 & neg2)}; "
        f"negatives left empty (scorer) {scores.negatives_right}/{scores.negatives}"
    )
    print(
        f"reports with the same number of claims: "
        f"{sum(len(by_id[r].claims) == len(v) for r, v in second.items())}/{len(second)}"
    )
    print()
    print(table(scores))
    print()
    print(stricter(gold, claims_of))
    if args.show_errors:
        print()
        for miss in sorted(scores.mismatches, key=lambda m: m.report_id):
            wrong = f" {', '.join(miss.fields)}" if miss.fields else ""
            print(f"{miss.report_id}: {miss.kind}{wrong}")
            if miss.gold is not None:
                print(f"    gold:      {summary(miss.gold)}")
            if miss.predicted is not None:
                print(f"    predicted: {summary(miss.predicted)}")


if __name__ == "__main__":
    main()
