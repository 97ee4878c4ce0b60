"""Compliance roll-ups: findings counted per agreement, reading, party and day, and where the readings disagree."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ceasewatch.model import Finding
from ceasewatch.model.finding import VERDICTS

__all__ = ["CORROBORATED", "Compliance", "Disagreement", "compliance"]

CORROBORATED = frozenset({"independently_reported", "sensor_supported", "confirmed"})
"""Corroboration levels under which a violation counts as corroborated rather than alleged."""

SUPPORT_KEYS = (
    "violation.alleged",
    "violation.corroborated",
    "possible_violation.alleged",
    "possible_violation.corroborated",
)


@dataclass(frozen=True)
class Disagreement:
    """One incident to which the readings of one agreement give different verdicts: reading id → (verdict, reasons).

    Readings that agree on the verdict but give different reasons (both ``not_covered``, one for the time and one
    for the target) do not disagree on what matters to the parties, and are not listed.
    """

    agreement_id: str
    incident_id: str
    day: str | None
    perpetrator: str | None
    verdicts: dict[str, tuple[str, tuple[str, ...]]]


@dataclass
class Compliance:
    """Findings rolled up for one agreement."""

    agreement_id: str
    readings: list[str] = field(default_factory=list)
    by_party: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    """(reading, perpetrator) → count of findings by verdict; perpetrator ``?`` where none is alleged."""
    by_day: dict[tuple[str, str, str], Counter[str]] = field(default_factory=dict)
    """(reading, perpetrator, day) → count of findings by verdict."""
    support: dict[tuple[str, str, str], Counter[str]] = field(default_factory=dict)
    """(reading, perpetrator, day) → violations and possible violations counted as ``alleged`` (claimed or disputed,
    or of unknown support) or ``corroborated`` (independently reported, sensor supported or confirmed)."""
    disagreements: list[Disagreement] = field(default_factory=list)

    @property
    def disagreement_days(self) -> list[str]:
        """The days on which at least one incident is judged differently by different readings."""
        return sorted({d.day for d in self.disagreements if d.day})

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready data, with every verdict present (zero where none)."""
        return {
            "agreement_id": self.agreement_id,
            "readings": self.readings,
            "by_party": [
                {"reading": r, "party": p, **{v: counts[v] for v in VERDICTS}}
                for (r, p), counts in sorted(self.by_party.items())
            ],
            "by_day": [
                {"reading": r, "party": p, "day": d, **{v: counts[v] for v in VERDICTS}}
                for (r, p, d), counts in sorted(self.by_day.items())
            ],
            "support": [
                {"reading": r, "party": p, "day": d, **{k: counts[k] for k in SUPPORT_KEYS}}
                for (r, p, d), counts in sorted(self.support.items())
            ],
            "disagreement_days": self.disagreement_days,
            "disagreements": [
                {
                    "incident_id": d.incident_id,
                    "day": d.day,
                    "perpetrator": d.perpetrator,
                    "verdicts": {r: {"verdict": v, "reasons": list(why)} for r, (v, why) in d.verdicts.items()},
                }
                for d in self.disagreements
            ],
        }


def compliance(findings: Iterable[Finding]) -> dict[str, Compliance]:
    """Roll findings up per agreement (sorted by agreement id); incidents and days sorted for stable output."""
    grouped: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        grouped[finding.agreement_id].append(finding)
    result: dict[str, Compliance] = {}
    for agreement_id in sorted(grouped):
        roll = Compliance(agreement_id)
        per_incident: dict[str, list[Finding]] = defaultdict(list)
        for finding in grouped[agreement_id]:
            if finding.reading_id not in roll.readings:
                roll.readings.append(finding.reading_id)
            party = finding.perpetrator or "?"
            roll.by_party.setdefault((finding.reading_id, party), Counter())[finding.verdict] += 1
            day = finding.day or "?"
            roll.by_day.setdefault((finding.reading_id, party, day), Counter())[finding.verdict] += 1
            if finding.verdict in ("violation", "possible_violation"):
                support = "corroborated" if finding.corroboration in CORROBORATED else "alleged"
                roll.support.setdefault((finding.reading_id, party, day), Counter())[
                    f"{finding.verdict}.{support}"
                ] += 1
            per_incident[finding.incident_id].append(finding)
        for incident_id in sorted(per_incident, key=lambda i: (per_incident[i][0].day or "", i)):
            judged = per_incident[incident_id]
            if len({f.verdict for f in judged}) > 1:
                roll.disagreements.append(
                    Disagreement(
                        agreement_id=agreement_id,
                        incident_id=incident_id,
                        day=judged[0].day,
                        perpetrator=judged[0].perpetrator,
                        verdicts={f.reading_id: (f.verdict, f.reasons) for f in judged},
                    )
                )
        result[agreement_id] = roll
    return result
