"""Adjudication: each incident judged against each reading of each agreement, with the trace of every rule."""

from ceasewatch.adjudicate._reference import adjudicate, judge
from ceasewatch.adjudicate._rollup import Compliance, Disagreement, compliance
from ceasewatch.adjudicate._terms import Terms, prepare

__all__ = ["Compliance", "Disagreement", "Terms", "adjudicate", "compliance", "judge", "prepare"]
