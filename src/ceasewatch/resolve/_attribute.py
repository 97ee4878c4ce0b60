"""Attribution: a probability for each party being responsible for an incident, with every term of the basis.

The model is deliberately simple and open: each candidate party starts from a prior log-odds, named evidence terms
are added (accusations, admissions, denials, independent reports, monitor reports, the territory the target lay in,
the weapon's origin), each a weight from :class:`AttributionParams` times the confidence of the claims behind it,
and the probabilities are the softmax of the log-odds over the parties present and ``unknown``. Every term appears
in the basis with its weight. See docs/resolve.md, section "Attribution".
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Protocol

from ceasewatch.model.claim import Claim
from ceasewatch.model.incident import Attribution
from ceasewatch.model.report import Report
from ceasewatch.resolve._corroborate import (
    CorroborationParams,
    DuplicateIndex,
    claimant_of,
    heard_second,
    voice_key,
)

__all__ = ["UNKNOWN", "WEAPON_ORIGINS", "AttributionParams", "ControlLookup", "attribute", "weapon_origin"]

UNKNOWN = "unknown"
"""The key of the probability that none of the named parties did it (or that it did not happen as claimed)."""

WEAPON_ORIGINS: tuple[tuple[str, str, str], ...] = (
    # (pattern, party, what it is); patterns are matched case-insensitively against a claim's ``weapon``
    (r"shahe?d|шахед|шахід|geran|геран|gerbera|гербер", "RUS", "Shahed/Geran drone"),
    (r"iskander|искандер|іскандер", "RUS", "Iskander missile"),
    (r"\b(?:kh|[xх])-?\s?(?:101|555|22|32|59|69|31|35)\b", "RUS", "Kh-series air-launched missile"),
    (r"kalibr|калибр|калібр", "RUS", "Kalibr cruise missile"),
    (r"kinzhal|кинжал|кинджал", "RUS", "Kinzhal missile"),
    (r"oniks|onyx|оникс|онікс|zircon|tsirkon|циркон|oreshnik|орешник|орєшнік", "RUS", "Russian missile"),
    (
        r"\bkabs?\b|\bкаб|\bumpk\b|\bумпк|\bfab-?\d|\bфаб|glide[\s_-]*bomb|guided[\s_-]*(?:aerial[\s_-]*)?bomb"
        r"|авиабомб|авіабомб",
        "RUS",
        "KAB/FAB glide bomb",
    ),
    (r"lancet|ланцет|molniya|молни|молні", "RUS", "Russian loitering munition"),
    (r"himars|gmlrs|хаймарс|хімарс|хаймерс", "UKR", "HIMARS/GMLRS"),
    (r"storm[\s_-]*shadow|scalp|шторм", "UKR", "Storm Shadow/SCALP missile"),
    (r"atacms|атакмс", "UKR", "ATACMS missile"),
    (r"neptun|нептун", "UKR", "Neptune missile"),
    (r"liuty|lyuty|ljuty|лют(?:ий|ый|і|ые)", "UKR", "Liutyi drone"),
    (r"\bfp-?[15]\b|\bфп-?[15]\b|flamingo|фламінго|фламинго", "UKR", "Fire Point FP-1/FP-5"),
    (r"palian?ytsi?a|palyanytsya|паляниц", "UKR", "Palianytsia missile-drone"),
    (r"\bbober\b|бобер|\buj-?\d", "UKR", "UJ-series drone"),
    (r"bayraktar|байрактар|\btb2\b", "UKR", "Bayraktar TB2"),
    (r"jdam|aasm|hammer", "UKR", "Western guided bomb (JDAM-ER/AASM)"),
    (r"baba[\s_-]*yaga|баба[\s_-]*яга", "UKR", "Baba Yaga heavy drone"),
)
"""Weapons whose origin says who fired them: (regular expression, party, what it is). Generic words ("drone",
"missile", "artillery", "S-300", "Grad") match nothing: both sides use them."""


@dataclass(frozen=True)
class AttributionParams:
    """The attribution model: candidate parties, priors, and the weight (log-odds) of each kind of evidence.

    Every weight is multiplied by the highest confidence among the claims behind the term. See docs/resolve.md.
    """

    parties: tuple[str, ...] = ("RUS", "UKR")
    """Parties always among the candidates (any other party named by the claims joins them)."""
    prior: float = 0.0
    """Prior log-odds of each party."""
    unknown_prior: float = 0.0
    """Prior log-odds of ``unknown`` (no evidence: every candidate and unknown equally likely)."""
    accusation: float = 0.7
    """An accusation by a party against another, once per accusing party: weak (the accuser has an interest)."""
    independent: float = 1.5
    """An independent outlet naming the perpetrator on its own account (not relaying a party), per voice."""
    max_independent_voices: int = 3
    """At most this many independent voices add their weight (all are listed)."""
    other: float = 0.5
    """A source of type ``other`` without a party, or of unknown source, naming the perpetrator on its own account."""
    monitor: float = 3.0
    """A monitor naming the perpetrator, per monitor."""
    admission: float = 3.0
    """A party admitting the act itself: strong."""
    denial: float = -0.3
    """A party denying the act: weak evidence against it."""
    territory: float = 1.0
    """To each adversary of the party that controlled the target's place that day."""
    weapon: float = 1.5
    """To the party whose weapon a claim names (once per party)."""
    adversaries: tuple[tuple[str, str], ...] = (("RUS", "UKR"), ("UKR", "RUS"))
    """(party, adversary) pairs: a strike in the territory of the first is, all else equal, by the second."""
    weapon_origins: tuple[tuple[str, str, str], ...] = WEAPON_ORIGINS
    """(pattern, party, description): see :data:`WEAPON_ORIGINS`."""
    voices: CorroborationParams = field(default_factory=CorroborationParams)
    """How sources are grouped into voices (relays, copies, wires): the corroboration model's settings."""

    def __post_init__(self) -> None:
        if self.max_independent_voices < 0:
            raise ValueError(f"max_independent_voices must be at least 0, not {self.max_independent_voices}")
        for pattern, _, _ in self.weapon_origins:
            re.compile(pattern)  # fails early, naming the pattern


class ControlLookup(Protocol):
    """What attribution needs of :class:`~ceasewatch.geo.control.ControlLayers`: who controlled a point on a day."""

    def controller(self, lat: float, lon: float, day: date) -> _Answer: ...


class _Answer(Protocol):
    @property
    def party(self) -> str | None: ...

    @property
    def status(self) -> str: ...

    @property
    def basis(self) -> str: ...


@cache
def _compiled(origins: tuple[tuple[str, str, str], ...]) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    return tuple((re.compile(p, re.IGNORECASE), party, what) for p, party, what in origins)


def weapon_origin(
    weapon: str | None, origins: tuple[tuple[str, str, str], ...] = WEAPON_ORIGINS
) -> tuple[str, str] | None:
    """The party whose weapon this is and what it is, or ``None`` when the weapon says nothing of its origin.

    >>> weapon_origin("Shahed drone"), weapon_origin("2 Iskander-M"), weapon_origin("HIMARS rockets")
    (('RUS', 'Shahed/Geran drone'), ('RUS', 'Iskander missile'), ('UKR', 'HIMARS/GMLRS'))
    >>> weapon_origin("drone") is None and weapon_origin("ballistic missile") is None
    True
    """
    if not weapon:
        return None
    for pattern, party, what in _compiled(origins):
        if pattern.search(weapon):
            return party, what
    return None


@dataclass
class _Evidence:
    confidence: float = 0.0
    sources: list[str] | None = None

    def add(self, confidence: float, source: str) -> None:
        self.confidence = max(self.confidence, confidence)
        if self.sources is None:
            self.sources = []
        if source not in self.sources:
            self.sources.append(source)

    def names(self) -> str:
        return "; ".join(sorted(self.sources or [], key=heard_second))


def _place_claim(claims: Sequence[Claim]) -> Claim | None:
    """The claim with the most precise point (the smallest radius; then the earliest id), denials last."""
    pointed = [c for c in claims if c.place.has_point]
    if not pointed:
        return None
    return min(pointed, key=lambda c: (c.stance == "denial", c.place.radius_km, c.id))


def attribute(
    claims: Sequence[Claim],
    reports: Mapping[str, Report],
    *,
    control: ControlLookup | None = None,
    duplicates: DuplicateIndex | None = None,
    params: AttributionParams = AttributionParams(),
) -> Attribution:
    """Who is responsible for the incident made of ``claims``: a probability per party and ``unknown``, with basis.

    ``reports`` maps report ids to reports (a claim whose report is missing counts by its claimant alone);
    ``control`` answers who held the target's place that day (:class:`~ceasewatch.geo.control.ControlLayers`);
    ``duplicates`` groups copies of one text (see :func:`~ceasewatch.resolve._corroborate.corroborate`). The model
    and its weights are :class:`AttributionParams`. No claims: the prior over :attr:`AttributionParams.parties`.
    """
    claims = sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)
    accusations: dict[tuple[str, str], _Evidence] = {}  # (accuser, accused)
    own: dict[tuple[str, str, str], _Evidence] = {}  # (kind, voice, accused) for independent, monitor, other
    admissions: dict[str, _Evidence] = {}
    denials: dict[str, _Evidence] = {}
    weapons: dict[str, tuple[_Evidence, list[str], str]] = {}
    notes: list[str] = []
    for claim in claims:
        report = reports.get(claim.report_id)
        source = report.source.name if report is not None else f"report {claim.report_id}"
        claimant = claimant_of(claim, report)
        if claim.stance == "admission":
            party = claim.perpetrator or claimant
            if party:
                admissions.setdefault(party, _Evidence()).add(claim.confidence, source)
        elif claim.stance == "denial":
            party = claim.perpetrator or claimant
            if party:
                denials.setdefault(party, _Evidence()).add(claim.confidence, source)
        elif claim.stance == "accusation" and claim.perpetrator:
            original = reports.get(duplicates.original(claim.report_id)) if duplicates is not None else None
            kind, key, party, name = voice_key(claim, report, original, params.voices)
            if kind in ("party", "party_other") and party == claim.perpetrator:
                notes.append(f"{claim.id}: an accusation by {party} against itself: not counted")
            elif kind in ("party", "party_other") and party:
                accusations.setdefault((party, claim.perpetrator), _Evidence()).add(claim.confidence, name)
            elif kind in ("independent", "monitor", "other", "unknown"):
                own.setdefault((kind, key, claim.perpetrator), _Evidence()).add(claim.confidence, name)
        if claim.stance != "denial":
            origin = weapon_origin(claim.weapon, params.weapon_origins)
            if origin is not None and claim.weapon:
                evidence, named, _ = weapons.setdefault(origin[0], (_Evidence(), [], origin[1]))
                evidence.add(claim.confidence, claimant or source)
                if claim.weapon not in named:
                    named.append(claim.weapon)
            elif claim.weapon and f"weapon '{claim.weapon}': says nothing of who fired it" not in notes:
                notes.append(f"weapon '{claim.weapon}': says nothing of who fired it")

    candidates = set(params.parties)
    for accuser, accused in accusations:
        candidates.update((accuser, accused))
    candidates.update(accused for _, _, accused in own)
    candidates.update(admissions, denials, weapons)
    terms: list[tuple[str, float, str]] = []  # (party, value, words)

    def term(party: str, weight: float, confidence: float, name: str, words: str) -> None:
        value = weight * confidence
        terms.append(
            (party, value, f"{value:+.2f} to {party}: {words} [{name} {weight:+.2f} × confidence {confidence:.2f}]")
        )

    for (accuser, accused), ev in sorted(accusations.items()):
        term(accused, params.accusation, ev.confidence, "accusation", f"accused by {accuser} ({ev.names()})")
    independent = sorted(
        ((k, e) for k, e in own.items() if k[0] == "independent"), key=lambda x: (-x[1].confidence, x[0])
    )
    for n, ((_, key, accused), ev) in enumerate(independent):
        if n < params.max_independent_voices:
            term(
                accused,
                params.independent,
                ev.confidence,
                "independent",
                f"named by {key} (independent media; {ev.names()})",
            )
        else:
            notes.append(
                f"named {accused} also: {key} (independent media): beyond max_independent_voices "
                f"{params.max_independent_voices}, not scored"
            )
    for (heard_as, key, accused), ev in sorted(own.items()):
        if heard_as == "monitor":
            term(accused, params.monitor, ev.confidence, "monitor", f"named by the monitor {key}")
        elif heard_as in ("other", "unknown"):
            term(accused, params.other, ev.confidence, "other", f"named by {key} ({heard_as} source)")
    for party, ev in sorted(admissions.items()):
        term(party, params.admission, ev.confidence, "admission", f"admitted by {party} ({ev.names()})")
    for party, ev in sorted(denials.items()):
        term(party, params.denial, ev.confidence, "denial", f"denied by {party} ({ev.names()})")
    for party, (ev, named, what) in sorted(weapons.items()):
        quoted = ", ".join(f"'{w}'" for w in named)
        term(
            party,
            params.weapon,
            ev.confidence,
            "weapon",
            f"weapon {quoted} ({what}, named by {ev.names()}) is {party}'s",
        )

    place = _place_claim(claims)
    if control is None:
        notes.append("territory: no control layers given, not used")
    elif place is None:
        notes.append("territory: the incident has no place with coordinates, not used")
    else:
        assert place.place.lat is not None and place.place.lon is not None
        day = place.time.local_day()
        answer = control.controller(place.place.lat, place.place.lon, day)
        where = f"{place.place.name or 'the target'} ({place.place.lat:.3f}, {place.place.lon:.3f}) on {day}"
        if answer.party is None:
            notes.append(f"territory: control of {where} is {answer.status} ({answer.basis}), not used")
        else:
            foes = sorted({b for a, b in params.adversaries if a == answer.party})
            if not foes:
                notes.append(
                    f"territory: {where} was held by {answer.party}, which has no adversary in the parameters, not used"
                )
            for foe in foes:
                candidates.add(foe)
                term(
                    foe,
                    params.territory,
                    1.0,
                    "territory",
                    f"{where} lay in territory held by {answer.party} ({answer.basis}), and {foe} is its adversary",
                )

    ordered = sorted(candidates)
    logits = {p: params.prior for p in ordered}
    logits[UNKNOWN] = params.unknown_prior
    for party, value, _ in terms:
        logits[party] += value
    top = max(logits.values())
    weights = {p: math.exp(v - top) for p, v in logits.items()}
    total = sum(weights.values())
    probabilities = {p: weights[p] / total for p in [*ordered, UNKNOWN]}

    basis = [
        f"prior: log-odds {params.prior:+.2f} for each of {', '.join(ordered)}; {UNKNOWN} {params.unknown_prior:+.2f}"
    ]
    basis.extend(words for _, _, words in terms)
    basis.extend(notes)
    odds = ", ".join(f"{p} {logits[p]:+.2f}" for p in [*ordered, UNKNOWN])
    shares = ", ".join(f"{p} {probabilities[p]:.2f}" for p in [*ordered, UNKNOWN])
    basis.append(f"result: {shares} (softmax of the log-odds {odds})")
    return Attribution(probabilities=probabilities, basis=tuple(basis))
