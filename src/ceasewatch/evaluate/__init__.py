"""Accuracy against gold files made by reading: findings, extraction, geocoding."""

from ceasewatch.evaluate._extract import FIELDS, ExtractScores, GoldReport, read_gold_reports, score_extraction
from ceasewatch.evaluate._findings import GoldFinding, Mismatch, Scores, read_gold_findings, score_findings
from ceasewatch.evaluate._geocode import score_geocode

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
    "score_geocode",
]
