"""Adjudication: each incident judged against each reading of each agreement, with the trace of every rule."""

from ceasewatch.adjudicate._columnar import FindingsTable, IncidentArrays, adjudicate_columnar
from ceasewatch.adjudicate._reference import adjudicate, judge
from ceasewatch.adjudicate._rollup import Compliance, Disagreement, compliance
from ceasewatch.adjudicate._terms import Terms, prepare

__all__ = [
    "Compliance",
    "Disagreement",
    "FindingsTable",
    "IncidentArrays",
    "Terms",
    "adjudicate",
    "adjudicate_columnar",
    "compliance",
    "judge",
    "prepare",
]
