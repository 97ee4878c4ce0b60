"""The report's data: everything the renderers show, computed once from an agreement, its findings, claims and reports.

:class:`ReportData` is a tree of frozen dataclasses holding only plain values (text, numbers, tuples, dicts), so that
it is its own JSON form (:func:`to_json`) and the HTML and Markdown renderers do no computing of their own beyond
layout. Times are ISO 8601 text in UTC (``...Z``); where a source spoke in another time zone, the local form is given
beside it. Nothing here reads a clock: the same inputs give the same data.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ceasewatch.adjudicate import Compliance, compliance
from ceasewatch.adjudicate._rollup import CORROBORATED, SUPPORT_KEYS
from ceasewatch.model import (
    Agreement,
    Attribution,
    Claim,
    Corroboration,
    Finding,
    Incident,
    Reading,
    Report,
    SourceRef,
)
from ceasewatch.model.finding import VERDICTS
from ceasewatch.model.taxonomy import ACTS, CATEGORIES

__all__ = [
    "FORMAT",
    "SUPPORT_KEYS",
    "AttributionView",
    "ClaimView",
    "ComparisonRow",
    "CorroborationView",
    "CountRow",
    "DayCount",
    "DisagreementDay",
    "DisagreementView",
    "IncidentView",
    "Link",
    "MapPoint",
    "PartyProbability",
    "PartyView",
    "PlaceView",
    "ReadingVerdict",
    "ReadingView",
    "ReportData",
    "ReportView",
    "Series",
    "SourceView",
    "StatusView",
    "TimeView",
    "TraceRow",
    "VerdictView",
    "build_report",
    "to_json",
]

FORMAT = "ceasewatch-report/1"
"""The name and version of the JSON form, written as its ``format`` key."""

NO_PARTY = "?"
"""The perpetrator shown where none is alleged (as in the compliance roll-ups)."""


@dataclass(frozen=True)
class Link:
    """A piece of text, linked where ``url`` is given."""

    text: str
    url: str | None = None


@dataclass(frozen=True)
class StatusView:
    """One event of a party's acceptance timeline."""

    status: str
    at: str
    conditions: tuple[str, ...]
    note: str | None
    sources: tuple[Link, ...]


@dataclass(frozen=True)
class PartyView:
    """A party to, or mediator of, the agreement, with its acceptance timeline."""

    party: str
    role: str
    name: str | None
    timeline: tuple[StatusView, ...]


@dataclass(frozen=True)
class ReadingView:
    """A reading's identity; its terms are compared in :attr:`ReportData.comparison`."""

    id: str
    party: str
    title: str | None
    summary: str | None
    published_at: str | None
    findings: int
    window_start: str
    """The window's first instant (ISO 8601, UTC)."""
    window_end: str | None
    """The window's exclusive end (ISO 8601, UTC); ``None`` when open-ended."""


@dataclass(frozen=True)
class ComparisonRow:
    """One aspect of the terms (window, acts, ...), one cell per reading; ``differs`` where the readings disagree."""

    aspect: str
    cells: tuple[tuple[Link, ...], ...]
    differs: bool


@dataclass(frozen=True)
class CountRow:
    """Findings about one party's acts under one reading, counted by verdict."""

    reading: str
    party: str
    counts: dict[str, int]
    total: int
    support: dict[str, int] = dataclasses.field(default_factory=dict)
    """Violations and possible violations as ``alleged`` or ``corroborated`` (keys :data:`SUPPORT_KEYS`), summed over
    the days of :attr:`Compliance.support <ceasewatch.adjudicate.Compliance.support>`."""


@dataclass(frozen=True)
class DayCount:
    """Findings on one day, counted by verdict."""

    day: str
    counts: dict[str, int]
    support: dict[str, int] = dataclasses.field(default_factory=dict)
    """Violations and possible violations as ``alleged`` or ``corroborated`` (keys :data:`SUPPORT_KEYS`)."""


@dataclass(frozen=True)
class Series:
    """One band of the timeline: a party's findings under one reading, per day (days without findings left out)."""

    reading: str
    party: str
    days: tuple[DayCount, ...]


@dataclass(frozen=True)
class ReadingVerdict:
    """The verdict of one reading on an incident (``None``: the reading did not judge it), with why it was given."""

    reading: str
    verdict: str | None
    reasons: tuple[str, ...]
    boundaries: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    why: tuple[str, ...] = ()
    """The sentences of the trace that decided the verdict (see :func:`_why`)."""


@dataclass(frozen=True)
class DisagreementView:
    """An incident that the readings judge differently, with every reading's verdict side by side."""

    incident_id: str
    day: str | None
    perpetrator: str | None
    verdicts: tuple[ReadingVerdict, ...]
    summary: str = ""
    """What happened, where, in a few words (see :func:`_summary`)."""
    time: str | None = None
    """The incident's earliest time (ISO 8601, UTC)."""
    claimants: tuple[str, ...] = ()
    corroboration: str | None = None
    """The incident's corroboration, as its label with the score (``disputed 0.24``); ``None`` where not known."""


@dataclass(frozen=True)
class DisagreementDay:
    """A day on which the readings disagree, and the incidents they disagree about."""

    day: str
    incident_ids: tuple[str, ...]


@dataclass(frozen=True)
class TimeView:
    """An incident's time: the interval in UTC, its precision, and the interval as the source's time zone has it."""

    earliest: str
    latest: str
    precision: str
    tz: str
    local_earliest: str
    local_latest: str


@dataclass(frozen=True)
class PlaceView:
    """Where an incident happened."""

    name: str | None
    lat: float | None
    lon: float | None
    radius_km: float
    precision: str
    admin1: str | None
    country: str | None
    zone: str | None


@dataclass(frozen=True)
class SourceView:
    """Who published a report."""

    name: str
    affiliation: str
    party: str | None
    url: str | None


@dataclass(frozen=True)
class ReportView:
    """The report a claim was read from, with the claim's evidence span split out of its text."""

    id: str
    published_at: str
    title: str | None
    url: str | None
    language: str | None
    source: SourceView
    text: str | None
    before: str | None
    evidence: str | None
    after: str | None


@dataclass(frozen=True)
class ClaimView:
    """One claim about an incident, with the report and source it came from (``None`` where not supplied)."""

    id: str
    report_id: str
    stance: str
    claimant: str | None
    perpetrator: str | None
    act: str
    target: str
    confidence: float
    report: ReportView | None


@dataclass(frozen=True)
class TraceRow:
    """One rule of the trace."""

    rule: str
    outcome: str
    detail: str
    values: dict[str, str | None]


@dataclass(frozen=True)
class CorroborationView:
    """How well an incident is supported: its level (``label`` for reading), score, independent voices and basis.

    ``corroborated`` is whether the level counts a violation as corroborated rather than alleged in the roll-ups.
    ``score`` and ``voices`` are ``None`` where only the findings' level is known (no incident was supplied).
    """

    level: str | None
    label: str
    score: float | None
    voices: int | None
    basis: tuple[str, ...]
    corroborated: bool


@dataclass(frozen=True)
class PartyProbability:
    """One party's probability of being responsible for an incident (``unknown``: none of those named)."""

    party: str
    probability: float


@dataclass(frozen=True)
class AttributionView:
    """Who is probably responsible, by a model with stated weights: the parties, the most probable first, and the
    basis (each weight applied, and the sum)."""

    probabilities: tuple[PartyProbability, ...]
    basis: tuple[str, ...]


@dataclass(frozen=True)
class VerdictView:
    """An incident's finding under one reading."""

    reading: str
    verdict: str
    reasons: tuple[str, ...]
    boundaries: tuple[str, ...]
    missing: tuple[str, ...]
    releases: tuple[str, ...]
    trace: tuple[TraceRow, ...]
    why: tuple[str, ...] = ()
    """The sentences of the trace that decided the verdict (see :func:`_why`)."""
    corroboration: str | None = None
    """The finding's corroboration level (a separate axis from the verdict); ``None`` where not assessed."""
    support: str | None = None
    """For a violation or possible violation: ``alleged`` or ``corroborated``, as the roll-ups count it."""


@dataclass(frozen=True)
class IncidentView:
    """An incident as the report shows it: what, where, when, who, the claims about it and every reading's verdict."""

    id: str
    day: str | None
    time: TimeView | None
    place: PlaceView | None
    target: str | None
    target_label: str | None
    facility: str | None
    act: str | None
    act_label: str | None
    weapon: str | None
    perpetrator: str | None
    claimants: tuple[str, ...]
    stance: str | None
    claims: tuple[ClaimView, ...]
    verdicts: tuple[VerdictView, ...]
    disagreement: bool
    summary: str = ""
    """What happened, where, in a few words (see :func:`_summary`)."""
    corroboration: CorroborationView | None = None
    attribution: AttributionView | None = None


@dataclass(frozen=True)
class MapPoint:
    """An incident with coordinates, for the map, with its verdict under the map's reading."""

    incident_id: str
    lat: float
    lon: float
    radius_km: float
    verdict: str | None
    label: str
    disagreement: bool = False


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, computed once by :func:`build_report`."""

    format: str
    generated_for: str | None
    agreement_id: str
    title: str
    coverage: str
    sides: str
    summary: str | None
    sources: tuple[Link, ...]
    parties: tuple[PartyView, ...]
    readings: tuple[ReadingView, ...]
    comparison: tuple[ComparisonRow, ...]
    verdicts: tuple[str, ...]
    perpetrators: tuple[str, ...]
    counts: tuple[CountRow, ...]
    days: tuple[str, ...]
    undated: int
    timeline: tuple[Series, ...]
    disagreement_days: tuple[DisagreementDay, ...]
    disagreements: tuple[DisagreementView, ...]
    map_reading: str | None
    map_points: tuple[MapPoint, ...]
    incidents: tuple[IncidentView, ...]
    totals: dict[str, int]

    def reading_counts(self, reading: str) -> tuple[CountRow, ...]:
        """The rows of :attr:`counts` for one reading."""
        return tuple(row for row in self.counts if row.reading == reading)

    def series(self, reading: str) -> tuple[Series, ...]:
        """The timeline bands of one reading."""
        return tuple(s for s in self.timeline if s.reading == reading)

    def support_days(self, reading: str) -> tuple[tuple[str, str, dict[str, int]], ...]:
        """(day, party, alleged and corroborated counts) of one reading, by day then party, where any is not zero."""
        rows = [
            (n, dc.day, s.party, dc.support)
            for n, s in enumerate(self.series(reading))
            for dc in s.days
            if any(dc.support.values())
        ]
        return tuple((day, party, support) for _, day, party, support in sorted(rows, key=lambda r: (r[1], r[0])))


def build_report(
    agreement: Agreement,
    findings: Sequence[Finding],
    claims: Sequence[Claim],
    reports: Sequence[Report],
    *,
    generated_for: str | None = None,
    incidents: Sequence[Incident] | None = None,
) -> ReportData:
    """The data of a report on ``agreement``: its readings compared, and its findings rolled up and explained.

    Only findings about ``agreement`` are used. Incidents are described by ``incidents`` where given, else by the
    first of their claims that is supplied. ``generated_for`` is shown as is (a name, a date, a note); the report
    holds no time of its own making, so the same inputs give the same report.
    """
    ours = [f for f in findings if f.agreement_id == agreement.id]
    roll = compliance(ours).get(agreement.id) or Compliance(agreement.id)
    claims_by_id = {c.id: c for c in claims}
    reports_by_id = {r.id: r for r in reports}
    incidents_by_id = {i.id: i for i in incidents or ()}

    judged = Counter(f.reading_id for f in ours)
    readings = tuple(
        ReadingView(
            id=r.id,
            party=r.party,
            title=r.title,
            summary=r.summary,
            published_at=_iso(r.published_at) if r.published_at else None,
            findings=judged[r.id],
            window_start=_iso(r.window.start),
            window_end=_iso(r.window.stop) if r.window.stop is not None else None,
        )
        for r in agreement.readings
    )
    reading_ids = [r.id for r in agreement.readings]
    judged_readings = [r for r in reading_ids if judged[r]] or reading_ids

    perpetrators = _party_order(agreement, {f.perpetrator or NO_PARTY for f in ours})
    support_by_party: dict[tuple[str, str], Counter[str]] = {}
    for (reading, party, _day), counter in roll.support.items():
        support_by_party.setdefault((reading, party), Counter()).update(counter)
    counts = tuple(
        _count_row(
            reading,
            party,
            roll.by_party.get((reading, party), Counter()),
            support_by_party.get((reading, party), Counter()),
        )
        for reading in judged_readings
        for party in perpetrators
    )

    days, undated = _days(ours)
    timeline = tuple(
        Series(
            reading=reading,
            party=party,
            days=tuple(
                DayCount(
                    day,
                    _counts(roll.by_day[(reading, party, day)]),
                    _support(roll.support.get((reading, party, day), Counter())),
                )
                for day in days
                if (reading, party, day) in roll.by_day
            ),
        )
        for reading in judged_readings
        for party in perpetrators
    )

    by_day: dict[str, list[str]] = {}
    for d in roll.disagreements:
        by_day.setdefault(d.day or NO_PARTY, []).append(d.incident_id)
    disagreement_days = tuple(DisagreementDay(day, tuple(ids)) for day, ids in sorted(by_day.items()))
    disagreeing = {d.incident_id for d in roll.disagreements}

    per_incident: dict[str, list[Finding]] = {}
    for finding in ours:
        per_incident.setdefault(finding.incident_id, []).append(finding)
    views = [
        _incident_view(
            incident_id,
            judged_list,
            incidents_by_id.get(incident_id),
            claims_by_id,
            reports_by_id,
            reading_ids,
            incident_id in disagreeing,
        )
        for incident_id, judged_list in per_incident.items()
    ]
    views.sort(key=lambda v: (v.time.earliest if v.time else "~", v.id))
    view_by_id = {v.id: v for v in views}

    disagreements = tuple(
        _disagreement(d.incident_id, d.day, d.perpetrator, d.verdicts, view_by_id.get(d.incident_id), judged_readings)
        for d in sorted(
            roll.disagreements, key=lambda d: (_when_key(view_by_id.get(d.incident_id), d.day), d.incident_id)
        )
    )

    map_reading = judged_readings[0] if ours else None
    map_points = tuple(_map_point(view, map_reading) for view in views if view.place and view.place.lat is not None)

    used_claims = {cid for f in ours for cid in f.claim_ids}
    used_reports = {claims_by_id[cid].report_id for cid in used_claims if cid in claims_by_id}
    return ReportData(
        format=FORMAT,
        generated_for=generated_for,
        agreement_id=agreement.id,
        title=agreement.title,
        coverage=agreement.coverage,
        sides=agreement.sides,
        summary=agreement.summary,
        sources=tuple(_link(s) for s in agreement.sources),
        parties=tuple(
            PartyView(
                party=p.party,
                role=p.role,
                name=p.name,
                timeline=tuple(
                    StatusView(e.status, _iso(e.at), e.conditions, e.note, tuple(_link(s) for s in e.sources))
                    for e in p.timeline
                ),
            )
            for p in agreement.parties
        ),
        readings=readings,
        comparison=_comparison(agreement.readings),
        verdicts=VERDICTS,
        perpetrators=tuple(perpetrators),
        counts=counts,
        days=tuple(days),
        undated=undated,
        timeline=timeline,
        disagreement_days=disagreement_days,
        disagreements=disagreements,
        map_reading=map_reading,
        map_points=map_points,
        incidents=tuple(views),
        totals={
            "findings": len(ours),
            "incidents": len(views),
            "claims": len(used_claims),
            "reports": len(used_reports & reports_by_id.keys()),
            "disagreements": len(disagreements),
        },
    )


def to_json(data: ReportData) -> str:
    """The report data as JSON: sorted keys, two-space indent, a final newline; the same data, the same bytes."""
    return json.dumps(dataclasses.asdict(data), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _show(moment: datetime) -> str:
    """An instant for reading: ``2025-03-17 21:00 UTC`` (seconds only where not zero)."""
    utc = moment.astimezone(UTC)
    return f"{utc:%Y-%m-%d %H:%M}" + (f":{utc:%S}" if utc.second else "") + " UTC"


def _zone(tz: str) -> tzinfo:
    """The time zone named ``tz`` (an IANA name or a ``±HH:MM`` offset); UTC where it cannot be read."""
    match = re.fullmatch(r"(?:UTC)?([+-])(\d{2}):?(\d{2})", tz)
    if match:
        sign = 1 if match.group(1) == "+" else -1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _local(moment: datetime, tz: str) -> str:
    """``moment`` in time zone ``tz``, as ``YYYY-MM-DD HH:MM ±HH:MM``."""
    local = moment.astimezone(_zone(tz))
    offset = local.strftime("%z") or "+0000"
    return f"{local:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:5]}"


def _link(ref: SourceRef) -> Link:
    label = ref.title or ref.publisher or ref.url
    if ref.title and ref.publisher:
        label = f"{ref.title} ({ref.publisher})"
    if ref.published:
        label = f"{label}, {ref.published}"
    return Link(label, ref.url)


def _counts(counter: Counter[str]) -> dict[str, int]:
    return {v: counter[v] for v in VERDICTS}


def _support(counter: Counter[str]) -> dict[str, int]:
    return {k: counter[k] for k in SUPPORT_KEYS}


def _count_row(reading: str, party: str, counter: Counter[str], support: Counter[str]) -> CountRow:
    counts = _counts(counter)
    return CountRow(reading, party, counts, sum(counts.values()), _support(support))


def level_label(level: str | None) -> str:
    """A corroboration level for reading: ``sensor_supported`` as ``sensor supported``; ``not assessed`` for none."""
    return level.replace("_", " ") if level else "not assessed"


def _corroboration(found: Corroboration | None, level: str | None) -> CorroborationView | None:
    """The incident's corroboration, else (where only the findings carry it) its level alone; ``None`` if neither."""
    if found is not None:
        return CorroborationView(
            level=found.level,
            label=level_label(found.level),
            score=round(found.score, 4),
            voices=found.voices,
            basis=found.basis,
            corroborated=found.level in CORROBORATED,
        )
    if level is None:
        return None
    return CorroborationView(level, level_label(level), None, None, (), level in CORROBORATED)


def _attribution(found: Attribution | None) -> AttributionView | None:
    """The attribution with the most probable party first (ties: ``unknown`` first, so that a party tied with it is
    not shown as the most probable; then by name); probabilities rounded to four places so that the JSON does not
    carry floating-point noise."""
    if found is None:
        return None
    rounded = {party: round(p, 4) for party, p in found.probabilities.items()}
    order = sorted(rounded, key=lambda party: (-rounded[party], party != "unknown", party))
    return AttributionView(tuple(PartyProbability(party, rounded[party]) for party in order), found.basis)


def corroboration_text(view: CorroborationView | None) -> str:
    """``disputed 0.24`` (the label and the score), ``not assessed`` where unknown."""
    if view is None:
        return level_label(None)
    return view.label + (f" {view.score:.2f}" if view.score is not None else "")


def _party_order(agreement: Agreement, parties: set[str]) -> list[str]:
    """The agreement's parties in its order, then any other perpetrator alphabetically, then the unknown one."""
    listed = [p.party for p in agreement.parties if p.party in parties]
    others = sorted(parties - set(listed) - {NO_PARTY})
    return listed + others + ([NO_PARTY] if NO_PARTY in parties else [])


def _days(findings: Sequence[Finding]) -> tuple[list[str], int]:
    """Every day from the first finding's to the last's, and how many findings have no day."""
    dated = sorted({f.day for f in findings if f.day})
    undated = sum(1 for f in findings if not f.day)
    if not dated:
        return [], undated
    first, last = date.fromisoformat(dated[0]), date.fromisoformat(dated[-1])
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)], undated


def _window_text(reading: Reading) -> tuple[Link, ...]:
    window = reading.window
    start = f"from {_show(window.start)}"
    if window.end is not None:
        until = f"until {_show(window.end)}"
    elif window.duration is not None:
        stop = window.stop
        assert stop is not None
        until = f"for {_duration(window.duration)} (until {_show(stop)})"
    else:
        until = "open-ended"
    items = [Link(start), Link(until)]
    if window.note:
        items.append(Link(window.note))
    return tuple(items)


def _duration(value: timedelta) -> str:
    if value.seconds == 0 and value.microseconds == 0:
        return f"{value.days} day" + ("" if value.days == 1 else "s")
    return str(value)


def _names(items: Sequence[str], empty: str) -> tuple[Link, ...]:
    return tuple(Link(i) for i in items) if items else (Link(empty),)


def _comparison(readings: Sequence[Reading]) -> tuple[ComparisonRow, ...]:
    aspects: list[tuple[str, list[tuple[Link, ...]]]] = [
        ("whose reading", [(Link(r.party),) + ((Link(r.title),) if r.title else ()) for r in readings]),
        ("window", [_window_text(r) for r in readings]),
        (
            "whom it binds",
            [
                tuple(
                    Link(f"{b.party} from {_show(b.start)}" + (f" until {_show(b.end)}" if b.end else ""))
                    for b in r.binds
                )
                if r.binds is not None
                else (Link("as the acceptance timeline says"),)
                for r in readings
            ],
        ),
        ("acts included", [_names(r.scope.acts.include, "(all acts)") for r in readings]),
        ("acts excluded", [_names(r.scope.acts.exclude, "(none)") for r in readings]),
        ("targets included", [_names(r.scope.targets.include, "(all targets)") for r in readings]),
        ("targets excluded", [_names(r.scope.targets.exclude, "(none)") for r in readings]),
        ("zones included", [_names([z.name for z in r.scope.zones.include], "(everywhere)") for r in readings]),
        ("zones excluded", [_names([z.name for z in r.scope.zones.exclude], "(none)") for r in readings]),
        ("reciprocity", [_reciprocity(r) for r in readings]),
        ("preconditions", [_preconditions(r) for r in readings]),
        ("sources", [tuple(_link(s) for s in r.sources) for r in readings]),
    ]
    return tuple(
        ComparisonRow(aspect, tuple(cells), len(set(cells)) > 1 and aspect not in _NOT_COMPARED)
        for aspect, cells in aspects
    )


_NOT_COMPARED = frozenset({"whose reading", "sources"})
"""Aspects that differ between any two readings by nature, so are not flagged as differences."""


def _reciprocity(reading: Reading) -> tuple[Link, ...]:
    rec = reading.conditions.reciprocity
    if rec is None:
        return (Link("(none)"),)
    items = [Link(" ⇄ ".join(rec.parties) + ": each bound while the others comply")]
    items.extend(
        Link(f"{rel.party} declared itself freed at {_show(rel.at)}", rel.sources[0].url) for rel in rec.releases
    )
    if rec.note:
        items.append(Link(rec.note))
    return tuple(items)


def _preconditions(reading: Reading) -> tuple[Link, ...]:
    found = reading.conditions.preconditions
    if not found:
        return (Link("(none)"),)
    items = []
    for p in found:
        events = "; ".join(f"{e.status} at {_show(e.at)}" for e in p.timeline) or "never met"
        items.append(Link(f"{p.id}: {p.description} ({events})"))
    return tuple(items)


def _incident_view(
    incident_id: str,
    findings: list[Finding],
    incident: Incident | None,
    claims: dict[str, Claim],
    reports: dict[str, Report],
    reading_order: list[str],
    disagreement: bool,
) -> IncidentView:
    first = findings[0]
    its_claims = [claims[cid] for cid in first.claim_ids if cid in claims]
    model: Incident | None = incident
    if model is None and its_claims:
        model = Incident.from_claim(its_claims[0]).model_copy(update={"id": incident_id})
    order = {r: n for n, r in enumerate(reading_order)}
    verdicts = tuple(
        VerdictView(
            reading=f.reading_id,
            verdict=f.verdict,
            reasons=f.reasons,
            boundaries=f.boundaries,
            missing=f.missing,
            releases=f.releases,
            trace=tuple(TraceRow(t.rule, t.outcome, t.detail, dict(sorted(t.values.items()))) for t in f.trace),
            why=_why(f),
            corroboration=f.corroboration,
            support=(
                ("corroborated" if f.corroboration in CORROBORATED else "alleged")
                if f.verdict in ("violation", "possible_violation")
                else None
            ),
        )
        for f in sorted(findings, key=lambda f: (order.get(f.reading_id, len(order)), f.reading_id))
    )
    claim_views = tuple(_claim_view(c, reports.get(c.report_id)) for c in its_claims)
    claimants = tuple(sorted({c.claimant for c in its_claims if c.claimant}))
    levels = sorted({f.corroboration for f in findings if f.corroboration})
    corroboration = _corroboration(model.corroboration if model else None, levels[0] if levels else None)
    attribution = _attribution(model.attribution if model else None)
    if model is None:
        return IncidentView(
            id=incident_id, day=first.day, time=None, place=None, target=None, target_label=None, facility=None,
            act=None, act_label=None, weapon=None, perpetrator=first.perpetrator, claimants=claimants, stance=None,
            claims=claim_views, verdicts=verdicts, disagreement=disagreement, corroboration=corroboration,
            attribution=attribution,
        )  # fmt: skip
    t, p = model.time, model.place
    target_label = CATEGORIES[model.target.category].en if model.target.category in CATEGORIES else None
    act_label = ACTS[model.act].en if model.act in ACTS else None
    return IncidentView(
        id=incident_id,
        day=first.day,
        time=TimeView(
            earliest=_iso(t.earliest),
            latest=_iso(t.latest),
            precision=t.precision,
            tz=t.tz,
            local_earliest=_local(t.earliest, t.tz),
            local_latest=_local(t.latest, t.tz),
        ),
        place=PlaceView(p.name, p.lat, p.lon, p.radius_km, p.precision, p.admin1, p.country, p.zone),
        target=model.target.category,
        target_label=target_label,
        facility=model.target.name or model.target.facility_id,
        act=model.act,
        act_label=act_label,
        weapon=model.weapon,
        perpetrator=model.perpetrator,
        claimants=claimants,
        stance=model.stance,
        claims=claim_views,
        verdicts=verdicts,
        disagreement=disagreement,
        summary=_summary(
            act_label or model.act, target_label or model.target.category, model.target.name, p.name, p.admin1
        ),
        corroboration=corroboration,
        attribution=attribution,
    )


def _when_key(view: IncidentView | None, day: str | None) -> str:
    """A key that puts incidents in time order: the earliest time, else the day, else last."""
    if view is not None and view.time is not None:
        return view.time.earliest
    return day or "~"


def _summary(act: str | None, target: str | None, facility: str | None, place: str | None, admin1: str | None) -> str:
    """``drone strike on oil storage (Kavkazskaya oil depot) — Kropotkin, Krasnodar Krai``: what, on what, where."""
    what = act or "unknown act"
    if target:
        what += f" on {target}"
    if facility:
        what += f" ({facility})"
    where = ", ".join(dict.fromkeys(x for x in (place, admin1) if x and x != facility))
    return f"{what} — {where}" if where else what


_DECIDING: dict[str, frozenset[str]] = {
    "not_covered": frozenset({"fail"}),
    "undetermined": frozenset({"unknown"}),
    "possible_violation": frozenset({"straddle"}),
}
"""For each verdict, the outcomes of the trace steps that decided it (see docs/adjudication.md)."""


def _why(finding: Finding) -> tuple[str, ...]:
    """The sentences of the trace that decided the verdict: the failed rules of a finding that is not covered, the
    unknowns of an undetermined one, the straddled boundaries of a possible violation; for a violation, that every
    rule passed, whom the reading binds, and the reciprocity note where there is one."""
    outcomes = _DECIDING.get(finding.verdict)
    if outcomes is not None:
        found = tuple(t.detail for t in finding.trace if t.outcome in outcomes)
        if found:
            return found
    if finding.verdict == "violation":
        out = ["every rule passed"]
        out.extend(t.detail for t in finding.trace if t.rule == "party.bound" and t.outcome == "pass")
        out.extend(t.detail for t in finding.trace if t.rule == "condition.reciprocity" and t.outcome == "note")
        return tuple(out)
    return ()


def _disagreement(
    incident_id: str,
    day: str | None,
    perpetrator: str | None,
    verdicts: dict[str, tuple[str, tuple[str, ...]]],
    view: IncidentView | None,
    readings: Sequence[str],
) -> DisagreementView:
    by_reading = {v.reading: v for v in view.verdicts} if view else {}
    row: list[ReadingVerdict] = []
    for r in readings:
        found = by_reading.get(r)
        if found is not None:
            row.append(ReadingVerdict(r, found.verdict, found.reasons, found.boundaries, found.missing, found.why))
        elif r in verdicts:
            row.append(ReadingVerdict(r, *verdicts[r]))
        else:
            row.append(ReadingVerdict(r, None, ()))
    return DisagreementView(
        incident_id=incident_id,
        day=day,
        perpetrator=perpetrator,
        verdicts=tuple(row),
        summary=view.summary if view else "",
        time=view.time.earliest if view and view.time else None,
        claimants=view.claimants if view else (),
        corroboration=corroboration_text(view.corroboration) if view and view.corroboration else None,
    )


def _claim_view(claim: Claim, report: Report | None) -> ClaimView:
    report_view = None
    if report is not None:
        text = report.text
        before = evidence = after = None
        if text is not None and claim.evidence is not None and claim.evidence.end <= len(text):
            before = text[: claim.evidence.start]
            evidence = text[claim.evidence.start : claim.evidence.end]
            after = text[claim.evidence.end :]
        source = report.source
        report_view = ReportView(
            id=report.id,
            published_at=_iso(report.published_at),
            title=report.title,
            url=report.url,
            language=report.language,
            source=SourceView(source.name, source.affiliation, source.party, source.url),
            text=text,
            before=before,
            evidence=evidence,
            after=after,
        )
    return ClaimView(
        id=claim.id,
        report_id=claim.report_id,
        stance=claim.stance,
        claimant=claim.claimant,
        perpetrator=claim.perpetrator,
        act=claim.act,
        target=claim.target.category,
        confidence=claim.confidence,
        report=report_view,
    )


def _map_point(view: IncidentView, reading: str | None) -> MapPoint:
    assert view.place is not None and view.place.lat is not None and view.place.lon is not None
    verdict = next((v.verdict for v in view.verdicts if v.reading == reading), None)
    parts = [view.id]
    if view.place.name:
        parts.append(view.place.name)
    if view.time:
        parts.append(view.time.earliest[:10])
    if view.act_label or view.act:
        parts.append(f"{view.act_label or view.act} on {view.target_label or view.target}")
    if view.perpetrator:
        parts.append(f"alleged perpetrator {view.perpetrator}")
    if view.corroboration:
        parts.append(f"corroboration: {corroboration_text(view.corroboration)}")
    if view.attribution and view.attribution.probabilities:
        top = view.attribution.probabilities[0]
        parts.append(f"most probably {top.party} ({top.probability:.2f})")
    if verdict:
        parts.append(f"{verdict} under {reading}")
    if view.disagreement:
        parts.append("the readings disagree")
    return MapPoint(
        view.id, view.place.lat, view.place.lon, view.place.radius_km, verdict, " · ".join(parts), view.disagreement
    )
