"""The resolve stage as one step: cluster claims into incidents, then corroborate and attribute each (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from ceasewatch.model import Claim, Incident, IncidentEvent, Report
from ceasewatch.resolve._attribute import AttributionParams, ControlLookup, attribute
from ceasewatch.resolve._cluster import Clustering, ClusterParams, cluster
from ceasewatch.resolve._corroborate import (
    CorroborationParams,
    DuplicateIndex,
    FacilityLookup,
    ObservationIndex,
    corroborate_many,
)

__all__ = ["Resolution", "ResolveParams", "previous_clustering", "resolve"]


@dataclass(frozen=True)
class ResolveParams:
    """Every parameter of the stage, each documented where it is used (docs/resolve.md)."""

    cluster: ClusterParams = field(default_factory=ClusterParams)
    corroboration: CorroborationParams = field(default_factory=CorroborationParams)
    attribution: AttributionParams = field(default_factory=AttributionParams)


@dataclass(frozen=True)
class Resolution:
    """Incidents with their corroboration and attribution, and what changed since the previous clustering."""

    incidents: tuple[Incident, ...]
    events: tuple[IncidentEvent, ...]
    clustering: Clustering


def resolve(
    claims: Sequence[Claim],
    reports: Mapping[str, Report] = MappingProxyType({}),
    *,
    previous: Clustering | None = None,
    control: ControlLookup | None = None,
    facilities: FacilityLookup | None = None,
    params: ResolveParams | None = None,
) -> Resolution:
    """Cluster ``claims`` (with ``previous``'s) into incidents, then corroborate and attribute each.

    ``reports`` (by id) give each claim its source; without them a claim counts as its claimant's voice. The same
    claims and reports give the same incidents, in any order.
    """
    params = params or ResolveParams()
    clustering = cluster(claims, previous=previous, params=params.cluster)
    by_id = {c.id: c for c in clustering.claims}
    members = [[by_id[claim_id] for claim_id in incident.claim_ids] for incident in clustering.incidents]
    duplicates = DuplicateIndex.build(reports.values(), params.corroboration)
    # Sensor observations that clustering left apart (a hotspot hours after the claimed time) can still support an
    # incident at their facility: they are matched by facility and time window.
    sensed = ObservationIndex(c for c in clustering.claims if c.stance == "observation" and _is_sensor(c, reports))
    support = corroborate_many(
        members,
        reports,
        observations=sensed,
        duplicates=duplicates,
        facilities=facilities,
        params=params.corroboration,
    )
    incidents = tuple(
        incident.model_copy(
            update={
                "corroboration": level,
                "attribution": attribute(
                    group, reports, control=control, duplicates=duplicates, params=params.attribution
                ),
            }
        )
        for incident, group, level in zip(clustering.incidents, members, support, strict=True)
    )
    return Resolution(incidents, _events(clustering, previous), clustering)


def _is_sensor(claim: Claim, reports: Mapping[str, Report]) -> bool:
    report = reports.get(claim.report_id)
    return report is not None and report.source.affiliation == "sensor"


def previous_clustering(
    incidents: Sequence[Incident], claims: Sequence[Claim], history: Sequence[IncidentEvent]
) -> Clustering:
    """The clustering a store holds (its incidents, their claims and the merges recorded), to extend with new claims.

    Its ``events`` are left empty: they are already recorded, and :func:`resolve` reports only what changes.
    """
    wanted = {claim_id for incident in incidents for claim_id in incident.claim_ids}
    merged = {e.other_id: e.incident_id for e in history if e.kind == "merged" and e.other_id is not None}
    return Clustering(
        incidents=tuple(incidents),
        claims=tuple(c for c in claims if c.id in wanted),
        merged=MappingProxyType(merged),
    )


def _events(clustering: Clustering, previous: Clustering | None) -> tuple[IncidentEvent, ...]:
    """What changed since ``previous``: incidents created, claims joined, then merges and splits."""
    before = {incident.id: set(incident.claim_ids) for incident in previous.incidents} if previous else {}
    changes: list[IncidentEvent] = []
    for incident in clustering.incidents:
        old = before.get(incident.id)
        if old is None:
            changes.append(IncidentEvent(kind="created", incident_id=incident.id, claim_ids=incident.claim_ids))
        elif set(incident.claim_ids) - old:
            added = tuple(c for c in incident.claim_ids if c not in old)
            changes.append(IncidentEvent(kind="joined", incident_id=incident.id, claim_ids=added))
    known = len(previous.events) if previous else 0
    return (*changes, *clustering.events[known:])
