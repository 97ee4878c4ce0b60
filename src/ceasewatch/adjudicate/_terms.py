"""The terms of one reading, prepared for judging many incidents: the pieces both implementations share.

Everything here is a plain function of the reading, the agreement and the as-of instant, so that the reference
and the columnar engines read the terms the same way and differ only in how they evaluate them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ceasewatch.model import Agreement, Reading
from ceasewatch.model.agreement import BINDING_STATUSES
from ceasewatch.model.taxonomy import ACTS, CATEGORIES, ancestors, covered

__all__ = ["Span", "Terms", "overlap", "prepare"]

Span = tuple[datetime, datetime | None]
"""A half-open interval ``[start, end)``; ``end`` None is open-ended."""


@dataclass(frozen=True)
class Terms:
    """One reading of one agreement, as of a moment, in the form the rules need."""

    agreement: Agreement
    reading: Reading
    as_of: datetime | None
    window: Span
    covered_acts: frozenset[str]
    covered_categories: frozenset[str]
    general_categories: frozenset[str]
    """Categories that are not covered themselves but have a covered descendant: too general to tell."""
    bound_spans: dict[str, tuple[Span, ...]]
    """For each party, the spans in which it is bound under this reading."""
    in_force_spans: tuple[Span, ...]
    """The spans in which at least one party (not a mediator) was bound: outside them nothing was in force."""
    precondition_spans: dict[str, tuple[Span, ...]]
    """For each precondition, the spans in which it was met or waived."""
    releases: dict[str, tuple[datetime, ...]]
    """For each party under reciprocity, the instants at which it declared itself freed, in order."""
    reciprocity_parties: frozenset[str]

    @property
    def zones_apply(self) -> bool:
        """Whether the reading limits the prohibition to (or carves out of it) geographic zones."""
        zones = self.reading.scope.zones
        return bool(zones.include or zones.exclude)


def prepare(agreement: Agreement, reading: Reading, as_of: datetime | None = None) -> Terms:
    """The terms of ``reading`` as known at ``as_of`` (events after it are ignored; ``None``: everything known)."""
    scope = reading.scope
    acts = frozenset(a for a in ACTS if _in_filter(a, scope.acts.include, scope.acts.exclude))
    categories = frozenset(c for c in CATEGORIES if _in_filter(c, scope.targets.include, scope.targets.exclude))
    general = frozenset(c for c in CATEGORIES if c not in categories and any(c in ancestors(d) for d in categories))
    bound = _bound_spans(agreement, reading, as_of)
    reciprocity = reading.conditions.reciprocity
    releases: dict[str, tuple[datetime, ...]] = {}
    if reciprocity is not None:
        for party in reciprocity.parties:
            releases[party] = tuple(
                sorted(r.at for r in reciprocity.releases if r.party == party and _known(r.at, as_of))
            )
    return Terms(
        agreement=agreement,
        reading=reading,
        as_of=as_of,
        window=(reading.window.start, reading.window.stop),
        covered_acts=acts,
        covered_categories=categories,
        general_categories=general,
        bound_spans=bound,
        in_force_spans=_union([span for party in agreement.bound_parties for span in bound.get(party, ())]),
        precondition_spans={
            p.id: _spans([(e.at, e.status in ("met", "waived")) for e in p.timeline if _known(e.at, as_of)])
            for p in reading.conditions.preconditions
        },
        releases=releases,
        reciprocity_parties=frozenset(reciprocity.parties) if reciprocity is not None else frozenset(),
    )


def _in_filter(node: str, include: tuple[str, ...], exclude: tuple[str, ...]) -> bool:
    """An empty include list means everything; ``unknown`` is never covered by a non-empty list."""
    if not include:
        return not set(ancestors(node)).intersection(exclude)
    return covered(node, include, exclude)


def _known(moment: datetime, as_of: datetime | None) -> bool:
    return as_of is None or moment <= as_of


def _spans(changes: list[tuple[datetime, bool]]) -> tuple[Span, ...]:
    """Spans in which a step function of time is true, from its (instant, new value) changes; false before the first."""
    spans: list[Span] = []
    start: datetime | None = None
    for moment, value in sorted(changes, key=lambda change: change[0]):
        if value and start is None:
            start = moment
        elif not value and start is not None:
            if moment > start:  # a status that changed back at the same instant never held
                spans.append((start, moment))
            start = None
    if start is not None:
        spans.append((start, None))
    return tuple(spans)


def _timeline_spans(agreement: Agreement, party: str, as_of: datetime | None) -> tuple[Span, ...]:
    entry = agreement.party(party)
    if entry is None or entry.role != "party":
        return ()
    return _spans([(e.at, e.status in BINDING_STATUSES) for e in entry.timeline if _known(e.at, as_of)])


def _bound_spans(agreement: Agreement, reading: Reading, as_of: datetime | None) -> dict[str, tuple[Span, ...]]:
    """Whom the reading binds and when: its own ``binds`` where it has them, else the acceptance timeline."""
    if reading.binds is not None:
        spans: dict[str, list[Span]] = {}
        for binding in reading.binds:
            spans.setdefault(binding.party, []).append((binding.start, binding.end))
        return {party: tuple(sorted(s, key=lambda span: span[0])) for party, s in spans.items()}
    return {entry.party: _timeline_spans(agreement, entry.party, as_of) for entry in agreement.parties}


def _union(spans: list[Span]) -> tuple[Span, ...]:
    """The union of half-open spans, as disjoint spans in time order."""
    merged: list[Span] = []
    for start, end in sorted(spans, key=lambda span: span[0]):
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None or start <= last_end:
                merged[-1] = (last_start, None if last_end is None or end is None else max(last_end, end))
                continue
        merged.append((start, end))
    return tuple(merged)


def overlap(spans: tuple[Span, ...], earliest: datetime, latest: datetime) -> str:
    """How the closed interval ``[earliest, latest]`` lies in the spans: ``all`` of it in one, ``none``, or ``some``."""
    touched = False
    for start, end in spans:
        if start <= earliest and (end is None or latest < end):
            return "all"
        if start <= latest and (end is None or earliest < end):
            touched = True
    return "some" if touched else "none"
