"""The types of ceasewatch (DESIGN §2) as pydantic models: plain validated values, no I/O."""

from ceasewatch.model.agreement import (
    AcceptanceStatus,
    Agreement,
    Binding,
    Conditions,
    PartyEntry,
    Precondition,
    PreconditionEvent,
    Reading,
    Reciprocity,
    Release,
    Scope,
    SourceRef,
    StatusEvent,
    Window,
    Zone,
    ZoneFilter,
)
from ceasewatch.model.claim import Claim, ClaimDraft, Evidence, Stance, Target
from ceasewatch.model.common import Instant, PartyCode
from ceasewatch.model.facility import Facility
from ceasewatch.model.finding import Finding, Outcome, Reason, TraceStep, Verdict
from ceasewatch.model.incident import Attribution, Corroboration, CorroborationLevel, Incident, IncidentEvent
from ceasewatch.model.place import Place, PlacePrecision
from ceasewatch.model.report import Affiliation, Report, Source
from ceasewatch.model.taxonomy import ACTS, CATEGORIES, ActId, CategoryId, Term, ancestors, covered
from ceasewatch.model.time import TimeInterval, TimePrecision

__all__ = [
    "ACTS",
    "CATEGORIES",
    "AcceptanceStatus",
    "ActId",
    "Affiliation",
    "Agreement",
    "Attribution",
    "Binding",
    "CategoryId",
    "Claim",
    "ClaimDraft",
    "Conditions",
    "Corroboration",
    "CorroborationLevel",
    "Evidence",
    "Facility",
    "Finding",
    "Incident",
    "IncidentEvent",
    "Instant",
    "Outcome",
    "PartyCode",
    "PartyEntry",
    "Place",
    "PlacePrecision",
    "Precondition",
    "PreconditionEvent",
    "Reading",
    "Reason",
    "Reciprocity",
    "Release",
    "Report",
    "Scope",
    "Source",
    "SourceRef",
    "Stance",
    "StatusEvent",
    "Target",
    "Term",
    "TimeInterval",
    "TimePrecision",
    "TraceStep",
    "Verdict",
    "Window",
    "Zone",
    "ZoneFilter",
    "ancestors",
    "covered",
]
