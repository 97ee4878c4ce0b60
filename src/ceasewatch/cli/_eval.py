"""`ceasewatch eval ...`: accuracy against gold files made by reading."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from ceasewatch.cli._app import SplitOption, app, errors, out
from ceasewatch.model import Claim, ClaimDraft, Report

if TYPE_CHECKING:
    from ceasewatch.evaluate import ExtractScores

eval_app = typer.Typer(help="Score the pipeline against gold files made by reading.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("adjudicate")
def eval_adjudicate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold findings (JSON Lines).")],
    reports: Annotated[
        Path | None, typer.Option("--reports", help="Reports with structured claims. \\[default: the bundled scenario]")
    ] = None,
    agreements: Annotated[
        Path | None, typer.Option("--agreements", help="Agreement file or folder. \\[default: bundled]")
    ] = None,
    split: SplitOption = "all",
    show: Annotated[bool, typer.Option("--show-errors", help="List every label the findings disagree with.")] = False,
) -> None:
    """Precision, recall and F1 of findings per verdict and per reason, against hand-made labels."""
    from ceasewatch.adjudicate import adjudicate
    from ceasewatch.agreements import load_agreements
    from ceasewatch.evaluate import read_gold_findings, score_findings
    from ceasewatch.model import Incident, Report
    from ceasewatch.pipeline import bundled_scenario
    from ceasewatch.sources import read_reports

    with errors():
        labels = [g for g in read_gold_findings(gold) if split == "all" or g.split == split]
        items = bundled_scenario() if reports is None else [r for r in read_reports(reports) if isinstance(r, Report)]
        incidents = [Incident.from_claim(c) for r in items for c in r.claim_objects()]
        scores = score_findings(adjudicate(incidents, load_agreements(agreements)), labels)
    out.print(f"{scores.labels} labels ({split}); findings for {scores.found}")
    share = scores.verdict_right / max(scores.labels, 1)
    out.print(f"verdict exact: {scores.verdict_right}/{scores.labels} = {share:.3f}")
    out.print(
        f"verdict and reasons exact: {scores.reasons_right}/{scores.labels} = "
        f"{scores.reasons_right / max(scores.labels, 1):.3f}"
    )
    table = Table("field", "value", "precision", "recall", "F1", "support")
    for kind, counts in (("verdict", scores.verdict_counts), ("reason", scores.reason_counts)):
        for name, c in counts.items():
            if c["tp"] + c["fn"] + c["fp"]:
                p, r, f1 = scores.prf(c)
                table.add_row(kind, name, f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", str(c["tp"] + c["fn"]))
    out.print(table)
    if show:
        for miss in scores.mismatches:
            g = miss.gold
            out.print(
                f"{g.claim_id} {g.agreement_id}/{g.reading_id}: gold {g.verdict} {list(g.reasons)} "
                f"— found {miss.verdict} {list(miss.reasons)}  ({g.note})"
            )


@eval_app.command("extract")
def eval_extract(
    gold: Annotated[
        Path,
        typer.Option(
            "--gold",
            help="Gold folder (reports.jsonl and claims.jsonl) or one JSON Lines file of reports with their "
            "expected claims.",
        ),
    ],
    data: Annotated[
        Path, typer.Option("--data", help="The shared data folder, for posts the gold file refers to by row.")
    ] = Path("../shared/data"),
    split: SplitOption = "all",
    show: Annotated[
        bool, typer.Option("--show-errors", help="List the wrong fields, missed and spurious claims per report.")
    ] = False,
    military: Annotated[
        bool,
        typer.Option(
            "--military",
            help="Count strikes on military targets as claims, extracted and expected (by default neither).",
        ),
    ] = False,
    claims_file: Annotated[
        str | None,
        typer.Option(
            "--claims",
            help="Score these claims (JSON Lines, '-' for stdin; joined to the gold reports by report_id) instead "
            "of extracting them: another version's or another tool's output.",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores (and with --show-errors the errors) as one JSON object.")
    ] = False,
) -> None:
    """Precision, recall and F1 of extracted claims per field, against claims labelled by reading."""
    from ceasewatch.evaluate import FIELDS, read_gold_reports, score_extraction
    from ceasewatch.extract import extract

    with errors():
        reports = read_gold_reports(gold, data)
        extractor: Callable[[Report], list[Claim]] = partial(extract, military=military)
        if claims_file is not None:
            given = _claims_by_report(claims_file, military)
            unknown = set(given) - {item.report.id for item in reports}
            if unknown:
                out.print(f"{len(unknown)} report id(s) of the claims are not in the gold, e.g. {min(unknown)}")
            extractor = partial(_given, given)
        scores = score_extraction(reports, extractor, split, military=military)
    if as_json:
        out.print(json.dumps(_scores_json(scores, split, show), ensure_ascii=False), markup=False, soft_wrap=True)
        return
    left_out = (
        f"; {scores.military_left_out} gold claim(s) on military targets left out (--military scores them)"
        if scores.military_left_out
        else ""
    )
    out.print(
        f"{scores.reports} reports ({split}): {scores.found} claims found, {scores.expected} expected, "
        f"{scores.matched} paired; negatives left empty {scores.negatives_right}/{scores.negatives}{left_out}"
    )
    table = Table("field", "precision", "recall", "F1", title="claims, field by field")
    for name in FIELDS:
        precision, recall, f1 = scores.prf(name)
        table.add_row(name, f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}")
    out.print(table)
    bands = Table(
        "confidence",
        "found",
        "paired",
        "place, perpetrator right",
        "target, place, perpetrator right",
        title="claims by confidence (share of those found)",
    )
    for band, counts in sorted(scores.by_confidence.items(), reverse=True):
        claims = counts["found"]
        bands.add_row(
            f"{band:.1f}–{band + 0.09:.2f}",
            str(claims),
            f"{counts['paired'] / claims:.2f}",
            f"{counts['place_perpetrator_right'] / claims:.2f}",
            f"{counts['key_fields_right'] / claims:.2f}",
        )
    if scores.by_confidence:
        out.print(bands)
    if show:
        for miss in scores.mismatches:
            wrong = f" {', '.join(miss.fields)}" if miss.fields else ""
            found = f" — found {_claim_summary(miss.predicted)}" if miss.predicted else ""
            expected = f" — gold {_claim_summary(miss.gold)}" if miss.gold else ""
            out.print(f"{miss.report_id}: {miss.kind}{wrong}{found}{expected}", markup=False, highlight=False)


def _scores_json(scores: ExtractScores, split: str, show: bool) -> dict[str, Any]:
    """The figures ``eval extract`` prints, for scripts: counts, and precision, recall and F1 per field."""
    from ceasewatch.evaluate import FIELDS

    figures: dict[str, Any] = {
        "split": split,
        "reports": scores.reports,
        "found": scores.found,
        "expected": scores.expected,
        "paired": scores.matched,
        "negatives": scores.negatives,
        "negatives_left_empty": scores.negatives_right,
        "military_left_out": scores.military_left_out,
        "fields": {
            name: dict(zip(("precision", "recall", "f1"), (round(v, 6) for v in scores.prf(name)), strict=True))
            for name in FIELDS
        },
    }
    if show:
        figures["errors"] = [
            {
                "report_id": miss.report_id,
                "kind": miss.kind,
                "fields": list(miss.fields),
                "found": _claim_summary(miss.predicted) if miss.predicted else None,
                "gold": _claim_summary(miss.gold) if miss.gold else None,
            }
            for miss in scores.mismatches
        ]
    return figures


def _given(claims: dict[str, list[Claim]], report: Report) -> list[Claim]:
    return claims.get(report.id, [])


def _claims_by_report(file: str, military: bool) -> dict[str, list[Claim]]:
    """The claims of a file by their report, in file order; strikes on military targets only with ``military``."""
    from ceasewatch.model.taxonomy import is_military_target
    from ceasewatch.sources import read_claims

    by_report: dict[str, list[Claim]] = {}
    for claim in read_claims("-" if file == "-" else Path(file)):
        if isinstance(claim, Claim) and (military or not is_military_target(claim.target.category)):
            by_report.setdefault(claim.report_id, []).append(claim)
    return by_report


def _claim_summary(claim: ClaimDraft) -> str:
    """One line a reader can check against the text: target, place, act, parties, stance, time."""
    place = claim.place
    where = place.name or place.admin1 or place.country or "?"
    if place.lat is not None and place.lon is not None:
        where += f" ({place.lat:.2f}, {place.lon:.2f})"
    return (
        f"{claim.target.category} at {where}; {claim.act}; {claim.perpetrator} by {claim.claimant} "
        f"({claim.stance}); {claim.time.earliest:%Y-%m-%d %H:%M%z}–{claim.time.latest:%Y-%m-%d %H:%M%z}"
    )


@eval_app.command("geocode")
def eval_geocode(
    gold: Annotated[Path, typer.Option("--gold", help="Gold place mentions (JSON Lines).")],
    show: Annotated[bool, typer.Option("--show-errors", help="List the mentions resolved wrongly.")] = False,
) -> None:
    """Share of place mentions whose best candidate is right (within 25 km, or the same oblast), per split and
    language."""
    from ceasewatch.evaluate import score_geocode
    from ceasewatch.geo.facilities import FacilityRegistry

    with errors():
        result = score_geocode(gold, registry=FacilityRegistry.bundled())
    table = Table("split", "language", "mentions", "right", "share", title="top candidate right")
    for split, by_language in result["lang"].items():
        for language, figures in by_language.items():
            if figures["n"]:
                table.add_row(
                    split, language, str(figures["n"]), str(figures["correct"]), f"{figures['top1_within_25km']:.3f}"
                )
        figures = result["split"][split]
        table.add_row(split, "all", str(figures["n"]), str(figures["correct"]), f"{figures['top1_within_25km']:.3f}")
    out.print(table)
    if show:
        for miss in result["misses"]:
            out.print(
                f"{miss['id']} ({miss['split']}): '{miss['text']}' expected {miss['expected']}, got {miss['got']}"
            )


@eval_app.command("resolve")
def eval_resolve(
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder: claims.jsonl and incidents.jsonl.")],
    split: SplitOption = "all",
) -> None:
    """Clustering (B-cubed, MUC, CEAF-e, CoNLL F1) and attribution against incidents labelled by reading."""
    from ceasewatch.evaluate import read_gold_incidents, score_attribution, score_clustering, split_claims
    from ceasewatch.geo.facilities import FacilityRegistry
    from ceasewatch.model import Report, Source
    from ceasewatch.resolve import resolve

    with errors():
        gold_claims, gold_clusters, incidents = read_gold_incidents(gold)
        reports: dict[str, Report] = {}
        for item in gold_claims:  # each claim's source, so that corroboration and attribution see who said what
            reports.setdefault(
                item.claim.report_id,
                Report(
                    id=item.claim.report_id,
                    published_at=item.published_at,
                    source=Source.model_validate(item.source),
                    claims=(item.claim,),
                ),
            )
        result = resolve([item.claim for item in gold_claims], reports, facilities=FacilityRegistry.bundled())
        predicted = {claim_id: i.id for i in result.incidents for claim_id in i.claim_ids}
        probabilities = {i.id: dict(i.attribution.probabilities) for i in result.incidents if i.attribution}
        only_claims = None if split == "all" else split_claims(incidents, split)
        only_incidents = None if split == "all" else {k for k, v in incidents.items() if v.split == split}
        clustering = score_clustering(predicted, gold_clusters, only=only_claims)
        attribution = score_attribution(
            probabilities, incidents, gold_clusters, predicted_clusters=predicted, only=only_incidents
        )
    table = Table("metric", "precision", "recall", "F1", title=f"clustering ({split})")
    for name in ("muc", "b_cubed", "ceaf_e"):
        figures = clustering[name]
        table.add_row(name, f"{figures['precision']:.3f}", f"{figures['recall']:.3f}", f"{figures['f1']:.3f}")
    out.print(table)
    out.print(f"CoNLL F1 {clustering['conll_f1']:.3f}")
    out.print(
        f"attribution: accuracy {attribution['accuracy']:.3f}, mean probability of the gold party "
        f"{attribution['mean_gold_probability']:.3f}, Brier {attribution['brier']:.3f}"
    )
