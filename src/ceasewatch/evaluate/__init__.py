"""Accuracy against gold files made by reading: findings, extraction (and geocoding, in ``geo``)."""

from ceasewatch.evaluate._extract import FIELDS, ExtractScores, GoldReport, read_gold_reports, score_extraction
from ceasewatch.evaluate._findings import GoldFinding, Mismatch, Scores, read_gold_findings, score_findings

__all__ = [
    "FIELDS",
    "ExtractScores",
    "GoldFinding",
    "GoldReport",
    "Mismatch",
    "Scores",
    "read_gold_findings",
    "read_gold_reports",
    "score_extraction",
    "score_findings",
]
