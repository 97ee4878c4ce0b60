"""Accuracy against gold files made by reading: findings, extraction, geocoding."""

from ceasewatch.evaluate._extract import (
    FIELDS,
    ExtractMismatch,
    ExtractScores,
    GoldReport,
    claims_right,
    expected_claims,
    place_perpetrator_right,
    read_gold_reports,
    score_extraction,
)
from ceasewatch.evaluate._findings import GoldFinding, Mismatch, Scores, read_gold_findings, score_findings
from ceasewatch.evaluate._geocode import score_geocode
from ceasewatch.evaluate._resolve import (
    GoldClaim,
    GoldIncident,
    read_gold_incidents,
    score_attribution,
    score_clustering,
    split_claims,
)

__all__ = [
    "FIELDS",
    "ExtractMismatch",
    "ExtractScores",
    "GoldClaim",
    "GoldFinding",
    "GoldIncident",
    "GoldReport",
    "Mismatch",
    "Scores",
    "claims_right",
    "expected_claims",
    "place_perpetrator_right",
    "read_gold_findings",
    "read_gold_incidents",
    "read_gold_reports",
    "score_attribution",
    "score_clustering",
    "score_extraction",
    "score_findings",
    "score_geocode",
    "split_claims",
]
