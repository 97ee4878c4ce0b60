"""The reference engine: one incident at a time, every rule tested in order and written to the trace.

The rules, in order (docs/adjudication.md states them for readers):

1. stance      a denial cannot by itself make a violation: its finding is ``undetermined``;
2. condition   every precondition of the reading met (or waived) at the incident's time;
3. time        the incident's interval inside the reading's window ``[start, end)``;
4. act         the act covered by the scope's acts;
5. target      the target category covered (it or an ancestor included, neither excluded); a category too
               general to tell (``energy`` when only some energy is covered) straddles;
6. place       the place, with its radius, inside an included zone and outside every excluded one;
7. party       the perpetrator bound at that time: by the reading's own ``binds``, else by its acceptance
               timeline; when no party at all was bound, the reason is ``not_in_force``. Tested only inside
               the window: outside it the reading binds nobody, and the reason is ``time`` alone;
8. reciprocity a perpetrator freed by a declared release after a violation by the other side is not bound; an
               undeclared release changes nothing, but the earlier violations that would free it are named.

Any failed rule makes the finding ``not_covered`` (every failed rule's reason is listed); otherwise anything
missing makes it ``undetermined``; otherwise any straddled boundary makes it ``possible_violation``; otherwise it is
a ``violation``.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from heapq import merge
from itertools import islice

from ceasewatch.adjudicate._terms import Terms, overlap, prepare
from ceasewatch.geo.zones import side_of, zone_geometry
from ceasewatch.model import Agreement, Finding, Incident, Outcome, Reason, TraceStep, Verdict
from ceasewatch.model.finding import REASONS

__all__ = ["RELEASES_NAMED", "adjudicate", "judge"]

RELEASES_NAMED = 3
"""How many of the earlier violations that would free a party a finding names (the trace gives the count)."""


@dataclass
class History:
    """The violations found so far under one reading, per perpetrator, kept sorted by (latest time, incident id)."""

    violations: dict[str, list[tuple[datetime, str]]] = field(default_factory=dict)

    def add(self, party: str, latest: datetime, incident_id: str) -> None:
        """Record a violation by ``party`` whose time ended at ``latest``."""
        insort(self.violations.setdefault(party, []), (latest, incident_id))

    def earlier(self, parties: Iterable[str], before: datetime) -> tuple[int, list[str]]:
        """How many violations by ``parties`` ended strictly before ``before``, and the ids of the first few."""
        prefixes = []
        for party in parties:
            found = self.violations.get(party, [])
            prefixes.append(found[: bisect_left(found, (before,))])
        first = [incident_id for _, incident_id in islice(merge(*prefixes), RELEASES_NAMED)]
        return sum(len(prefix) for prefix in prefixes), first


def adjudicate(
    incidents: Iterable[Incident], agreements: Iterable[Agreement], *, as_of: datetime | None = None
) -> list[Finding]:
    """Judge every incident under every reading (known at ``as_of``) of every agreement.

    Findings come sorted by agreement, reading (in file order), incident time and incident id, whatever the order
    of the input.
    """
    ordered = sorted(incidents, key=lambda i: (i.time.earliest, i.id))
    findings: list[Finding] = []
    for agreement in sorted(agreements, key=lambda a: a.id):
        for reading in agreement.readings:
            if as_of is not None and reading.published_at is not None and reading.published_at > as_of:
                continue
            terms = prepare(agreement, reading, as_of)
            history = History()
            for incident in ordered:
                finding = judge(incident, terms, history)
                if finding.verdict == "violation" and incident.perpetrator is not None:
                    history.add(incident.perpetrator, incident.time.latest, incident.id)
                findings.append(finding)
    return findings


def judge(incident: Incident, terms: Terms, history: History | None = None) -> Finding:
    """The finding for one incident under one reading; ``history`` holds the earlier violations under it."""
    trial = _Trial(incident, terms)
    trial.stance()
    trial.preconditions()
    trial.window()
    trial.act()
    trial.target()
    trial.place()
    trial.party()
    releases = trial.reciprocity(history or History())
    return trial.finding(releases)


class _Trial:
    """The rules applied to one incident under one reading, collecting the trace and the outcome."""

    def __init__(self, incident: Incident, terms: Terms) -> None:
        self.incident = incident
        self.terms = terms
        self.trace: list[TraceStep] = []
        self.reasons: set[Reason] = set()
        self.missing: list[str] = []
        self.boundaries: list[str] = []

    def step(self, rule: str, outcome: Outcome, detail: str, **values: str | None) -> None:
        self.trace.append(TraceStep(rule=rule, outcome=outcome, detail=detail, values=values))

    def fail(self, reason: Reason, rule: str, detail: str, **values: str | None) -> None:
        self.reasons.add(reason)
        self.step(rule, "fail", detail, **values)

    def straddle(self, boundary: str, rule: str, detail: str, **values: str | None) -> None:
        self.boundaries.append(boundary)
        self.step(rule, "straddle", detail, **values)

    def unknown(self, missing: str, rule: str, detail: str, **values: str | None) -> None:
        self.missing.append(missing)
        self.step(rule, "unknown", detail, **values)

    @property
    def span(self) -> tuple[datetime, datetime]:
        return self.incident.time.earliest, self.incident.time.latest

    def stance(self) -> None:
        stance = self.incident.stance
        if stance == "denial":
            self.unknown(
                "accusation",
                "stance",
                "the claim denies an act; on its own it cannot make a violation",
                stance=stance,
            )
        else:
            self.step("stance", "pass", f"the claim is an {stance}", stance=stance)

    def preconditions(self) -> None:
        for precondition in self.terms.reading.conditions.preconditions:
            spans = self.terms.precondition_spans[precondition.id]
            how = overlap(spans, *self.span)
            values = {"precondition": precondition.id, "met": _spans_text(spans)}
            if how == "all":
                self.step("condition.precondition", "pass", f"'{precondition.id}' was met", **values)
            elif how == "none":
                self.fail("condition", "condition.precondition", f"'{precondition.id}' was not met", **values)
            else:
                self.straddle(
                    f"precondition:{precondition.id}",
                    "condition.precondition",
                    f"'{precondition.id}' was met during part of the incident's time",
                    **values,
                )

    def window(self) -> None:
        start, stop = self.terms.window
        earliest, latest = self.span
        values = {
            "window.start": _iso(start),
            "window.end": _iso(stop) if stop else None,
            "incident.earliest": _iso(earliest),
            "incident.latest": _iso(latest),
            "precision": self.incident.time.precision,
        }
        if latest < start:
            self.fail("time", "time.window", "the incident ended before the window opened", **values)
        elif stop is not None and earliest >= stop:
            self.fail("time", "time.window", "the incident began after the window closed", **values)
        elif earliest < start:
            self.straddle("window.start", "time.window", "the incident's time straddles the window's start", **values)
        elif stop is not None and latest >= stop:
            self.straddle("window.end", "time.window", "the incident's time straddles the window's end", **values)
        else:
            self.step("time.window", "pass", "the incident's time lies inside the window", **values)

    def act(self) -> None:
        act = self.incident.act
        scope = self.terms.reading.scope.acts
        values = {"act": act, "include": _list(scope.include), "exclude": _list(scope.exclude, "(none)")}
        if act in self.terms.covered_acts:
            self.step("act", "pass", f"'{act}' is covered", **values)
        elif act == "unknown":
            self.unknown("act", "act", "the act is unknown and the scope covers only some acts", **values)
        else:
            self.fail("act", "act", f"'{act}' is not covered", **values)

    def target(self) -> None:
        category = self.incident.target.category
        scope = self.terms.reading.scope.targets
        values = {
            "category": category,
            "facility": self.incident.target.facility_id or self.incident.target.name,
            "include": _list(scope.include),
            "exclude": _list(scope.exclude, "(none)"),
        }
        if category in self.terms.covered_categories:
            self.step("target", "pass", f"'{category}' is covered", **values)
        elif category == "unknown":
            self.unknown("target", "target", "the target is unknown and the scope covers only some targets", **values)
        elif category in self.terms.general_categories:
            self.straddle(
                "target.category",
                "target",
                f"'{category}' is too general to tell: only some of what it includes is covered",
                **values,
            )
        else:
            self.fail("target", "target", f"'{category}' is not covered", **values)

    def place(self) -> None:
        zones = self.terms.reading.scope.zones
        if not (zones.include or zones.exclude):
            self.step("place", "pass", "the reading applies everywhere")
            return
        place = self.incident.place
        if place.lat is None or place.lon is None:
            self.unknown("place", "place", "the place has no coordinates to test against the zones", name=place.name)
            return
        point = {"lat": f"{place.lat:.5f}", "lon": f"{place.lon:.5f}", "radius_km": f"{place.radius_km:g}"}
        if zones.include:
            sides = [(z.name, *side_of(place.lat, place.lon, place.radius_km, zone_geometry(z))) for z in zones.include]
            inside = [name for name, side, _ in sides if side == "inside"]
            across = [(name, km) for name, side, km in sides if side == "straddle"]
            if inside:
                self.step("place.zone", "pass", f"inside zone '{inside[0]}'", zone=inside[0], **point)
            elif across:
                name, km = across[0]
                self.straddle(
                    f"zone:{name}",
                    "place.zone",
                    f"within its radius of the edge of zone '{name}'",
                    zone=name,
                    edge_km=_km(km),
                    **point,
                )
            else:
                names = ", ".join(name for name, _, _ in sides)
                self.fail("place", "place.zone", f"outside every zone of the scope ({names})", zone=names, **point)
        for z in zones.exclude:
            side, km = side_of(place.lat, place.lon, place.radius_km, zone_geometry(z))
            values = {"zone": z.name, "edge_km": _km(km), **point}
            if side == "inside":
                self.fail("place", "place.exception", f"inside zone '{z.name}', which the scope excludes", **values)
            elif side == "straddle":
                self.straddle(
                    f"zone:{z.name}",
                    "place.exception",
                    f"within its radius of the edge of excluded zone '{z.name}'",
                    **values,
                )
            else:
                self.step("place.exception", "pass", f"outside excluded zone '{z.name}'", **values)

    def party(self) -> None:
        perpetrator = self.incident.perpetrator
        if "time" in self.reasons:
            self.step("party.bound", "note", "not tested: outside the window the reading binds nobody")
            return
        if perpetrator is None:
            self.unknown("perpetrator", "party", "no perpetrator is alleged")
            return
        spans = self.terms.bound_spans.get(perpetrator, ())
        basis = (
            "the reading's own list of whom it binds"
            if self.terms.reading.binds is not None
            else ("the acceptance timeline")
        )
        values = {"perpetrator": perpetrator, "bound": _spans_text(spans), "basis": basis}
        how = overlap(spans, *self.span)
        if how == "all":
            self.step("party.bound", "pass", f"{perpetrator} was bound ({basis})", **values)
        elif how == "some":
            self.straddle("party.bound", "party.bound", f"{perpetrator} was bound during part of the time", **values)
        elif (
            perpetrator in self.terms.agreement.bound_parties
            and overlap(self.terms.in_force_spans, *self.span) == "none"
        ):
            values["in_force"] = _spans_text(self.terms.in_force_spans)
            self.fail("not_in_force", "party.bound", f"no party was bound ({basis}): nothing was in force", **values)
        else:
            self.fail("party", "party.bound", f"{perpetrator} was not bound ({basis})", **values)

    def reciprocity(self, history: History) -> tuple[str, ...]:
        perpetrator = self.incident.perpetrator
        if perpetrator is None or perpetrator not in self.terms.reciprocity_parties:
            return ()
        others = sorted(self.terms.reciprocity_parties - {perpetrator})
        earliest = self.incident.time.earliest
        for release in self.terms.releases.get(perpetrator, ()):
            if release > earliest:
                break
            count, freeing = history.earlier(others, release)
            if count:
                self.fail(
                    "condition",
                    "condition.reciprocity",
                    f"{perpetrator} declared itself freed after a violation by {', '.join(others)}",
                    released_at=_iso(release),
                    freed_by=freeing[0],
                )
                return ()
        count, first = history.earlier(others, earliest)
        named = tuple(first)
        if count:
            self.step(
                "condition.reciprocity",
                "note",
                f"{count} earlier violation(s) by {', '.join(others)} would free {perpetrator}, "
                "but it has not declared its release, so it stays bound",
                count=str(count),
                first=", ".join(named),
            )
        else:
            self.step("condition.reciprocity", "pass", f"no earlier violation by {', '.join(others)}")
        return named

    def finding(self, releases: tuple[str, ...]) -> Finding:
        verdict: Verdict
        if self.reasons:
            verdict = "not_covered"
        elif self.missing:
            verdict = "undetermined"
        elif self.boundaries:
            verdict = "possible_violation"
        else:
            verdict = "violation"
        incident = self.incident
        return Finding(
            claim_id=incident.claim_ids[0] if len(incident.claim_ids) == 1 else None,
            incident_id=incident.id,
            claim_ids=incident.claim_ids,
            agreement_id=self.terms.agreement.id,
            reading_id=self.terms.reading.id,
            reading_party=self.terms.reading.party,
            perpetrator=incident.perpetrator,
            verdict=verdict,
            reasons=tuple(r for r in REASONS if r in self.reasons),
            boundaries=tuple(self.boundaries) if verdict == "possible_violation" else (),
            missing=tuple(self.missing) if verdict == "undetermined" else (),
            releases=releases if verdict in ("violation", "possible_violation") else (),
            corroboration=incident.corroboration.level if incident.corroboration is not None else None,
            day=incident.time.local_day().isoformat(),
            trace=tuple(self.trace),
        )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _km(km: float) -> str:
    """A distance to a zone's edge; where it was not measured (far beyond the radius), say so."""
    return f"{km:.1f}" if math.isfinite(km) else "beyond the radius"


def _list(items: Sequence[str], empty: str = "(all)") -> str:
    return ", ".join(items) if items else empty


def _spans_text(spans: Sequence[tuple[datetime, datetime | None]]) -> str:
    if not spans:
        return "never"
    return "; ".join(f"{_iso(s)} – {_iso(e) if e else 'open'}" for s, e in spans)
