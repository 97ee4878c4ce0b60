"""Corroboration: how well an incident is supported, from its claims and the reports they came from.

An incident's claims are grouped into *voices* (sources that are not independent of each other count once), its
sensor and monitor observations are matched against what was claimed, and the result is a level, a score in [0, 1]
and the basis of both in words. Every weight and threshold is a field of :class:`CorroborationParams`; the model is
described in ``docs/resolve.md`` (section "Corroboration").

Near-duplicate texts (one statement repeated by many outlets) are found once for a whole batch of reports by
:class:`DuplicateIndex` (MinHash over word 3-gram shingles, banded locality-sensitive hashing, verified by the
estimated Jaccard similarity); each incident then only looks its reports up. Sensor observations that are not among
an incident's claims are found through :class:`ObservationIndex` (by facility and time).
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal, Protocol

import numpy as np
import numpy.typing as npt

from ceasewatch.geo.nearest import geodesic_km
from ceasewatch.model.claim import Claim
from ceasewatch.model.facility import Facility
from ceasewatch.model.incident import Corroboration, CorroborationLevel
from ceasewatch.model.report import Report

__all__ = [
    "CorroborationParams",
    "DuplicateIndex",
    "FacilityLookup",
    "ObservationIndex",
    "Voice",
    "corroborate",
    "corroborate_many",
]

_MERSENNE = (1 << 31) - 1
_WORD = re.compile(r"\w+")
_WIRE = re.compile(r"\(([^()]+)\)\s*$")

VoiceKind = Literal["party", "party_other", "independent", "monitor", "sensor", "other", "unknown"]
_KIND_ORDER: tuple[VoiceKind, ...] = ("party", "party_other", "independent", "monitor", "sensor", "other", "unknown")


@dataclass(frozen=True)
class CorroborationParams:
    """The corroboration model: every weight (in log-odds) and threshold, named.

    The score is ``logistic(base + Σ terms)``; each term is a weight times the highest confidence among the claims
    it stands for. See docs/resolve.md, "Corroboration".
    """

    base: float = -1.5
    """Log-odds before any evidence (logistic(-1.5) ≈ 0.18)."""
    party_voice: float = 1.0
    """The first (most confident) party voice asserting the event: a party's officials and aligned media."""
    extra_party_voice: float = 0.5
    """Each further party voice (another party agreeing that the event happened)."""
    other_voice: float = 0.5
    """Each voice of type ``other`` (companies, unclassified outlets) and claims whose source is unknown."""
    independent_voice: float = 1.0
    """Each independent-media voice reporting the event on its own account (not relaying a party)."""
    max_independent_voices: int = 3
    """At most this many independent voices are added to the score (all are listed)."""
    admission: float = 1.5
    """A party admitting the act itself (once per admitting party), an admission against interest."""
    denial: float = -0.5
    """A party denying the act (once per denying party): weak evidence against."""
    sensor: float = 1.5
    """The best matching sensor observation (a FIRMS hotspot at the target within the time window)."""
    monitor: float = 3.0
    """The best monitor observation (a monitoring mission reporting the event on its own account)."""
    sensor_before_h: float = 1.0
    """A sensor observation may precede the start of the claimed time by this many hours (clock and report error)."""
    sensor_after_h: float = 12.0
    """... and follow its end by this many hours (fires burn for hours; satellites pass a few times a day)."""
    sensor_max_km: float = 2.0
    """Without a shared facility id, an observation matches when it lies within this distance plus both radii."""
    shingle_words: int = 3
    """Near-duplicate texts: shingles are runs of this many words (case-folded, NFKC, word characters only)."""
    duplicate_threshold: float = 0.5
    """Two texts are copies of one statement when the Jaccard similarity of their shingle sets is at least this."""
    minhash_permutations: int = 128
    """MinHash signature length (the estimate's standard error at J = 0.5 is about 0.044 with 128)."""
    lsh_bands: int = 32
    """Bands of the locality-sensitive hash (rows per band = permutations / bands); pairs that share a band are
    candidates, verified by the signature's estimate of the Jaccard similarity."""
    seed: int = 20250318
    """Seed of the MinHash permutations (fixed: the same texts give the same groups on every run)."""
    wire_in_parentheses: bool = True
    """An independent outlet named ``"Outlet (Agency)"`` carries the agency's story: its voice is the agency's."""

    def __post_init__(self) -> None:
        if self.minhash_permutations <= 0 or self.lsh_bands <= 0 or self.minhash_permutations % self.lsh_bands:
            raise ValueError(
                f"minhash_permutations ({self.minhash_permutations}) must be a positive multiple of lsh_bands "
                f"({self.lsh_bands})"
            )
        if not 0.0 < self.duplicate_threshold <= 1.0:
            raise ValueError(f"duplicate_threshold must be in (0, 1], not {self.duplicate_threshold}")
        if self.shingle_words < 1:
            raise ValueError(f"shingle_words must be at least 1, not {self.shingle_words}")
        if self.max_independent_voices < 0:
            raise ValueError(f"max_independent_voices must be at least 0, not {self.max_independent_voices}")
        if min(self.sensor_before_h, self.sensor_after_h, self.sensor_max_km) < 0:
            raise ValueError("sensor_before_h, sensor_after_h and sensor_max_km must not be negative")


class FacilityLookup(Protocol):
    """What corroboration needs of a facility registry (:class:`~ceasewatch.geo.facilities.FacilityRegistry`)."""

    def __contains__(self, facility_id: object) -> bool: ...

    def get(self, facility_id: str) -> Facility: ...


# -- near-duplicate texts ---------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _shingles(text: str, size: int, vocab: dict[str, int]) -> npt.NDArray[np.uint64]:
    """The distinct hashes (32-bit, in uint64) of the text's runs of ``size`` words; one hash for shorter texts."""
    words = _words(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    for w in words:
        if w not in vocab:
            vocab[w] = zlib.crc32(w.encode("utf-8"))
    ids = np.array([vocab[w] for w in words], dtype=np.uint64)
    if len(ids) < size:
        ids = np.concatenate([ids, np.zeros(size - len(ids), dtype=np.uint64)])
    n = len(ids) - size + 1
    h = np.zeros(n, dtype=np.uint64)
    for k in range(size):  # polynomial combination, wrapping in 64 bits, then folded to 32 bits
        h = h * np.uint64(1_000_003) + ids[k : k + n]
    h = (h ^ (h >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    return np.unique(h)


def _permutations(params: CorroborationParams) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    rng = np.random.default_rng(params.seed)
    a = rng.integers(1, _MERSENNE, size=params.minhash_permutations, dtype=np.uint64)
    b = rng.integers(0, _MERSENNE, size=params.minhash_permutations, dtype=np.uint64)
    return a, b


def _mod_mersenne(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """``x % (2**31 - 1)`` for ``x < 2**64`` by folding (much faster than an integer division)."""
    p = np.uint64(_MERSENNE)
    x = (x & p) + (x >> np.uint64(31))
    x = (x & p) + (x >> np.uint64(31))
    x[x >= p] -= p
    return x


def _signatures(
    shingles: Sequence[npt.NDArray[np.uint64]], params: CorroborationParams, chunk: int = 1 << 16
) -> npt.NDArray[np.uint64]:
    """MinHash signatures, one row per (non-empty) shingle set, computed over chunks of concatenated shingles."""
    a, b = _permutations(params)
    out = np.empty((len(shingles), params.minhash_permutations), dtype=np.uint64)
    start = 0
    while start < len(shingles):
        stop, total = start, 0
        while stop < len(shingles) and (total == 0 or total + len(shingles[stop]) <= chunk):
            total += len(shingles[stop])
            stop += 1
        flat = np.concatenate(shingles[start:stop])
        lengths = np.fromiter((len(s) for s in shingles[start:stop]), dtype=np.int64, count=stop - start)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        hashed = _mod_mersenne(a[:, None] * flat[None, :] + b[:, None])
        out[start:stop] = np.minimum.reduceat(hashed, offsets, axis=1).T
        start = stop
    return out


class DuplicateIndex:
    """Groups of reports whose texts are near-duplicates (copies of one statement), built once for a batch.

    Each group's *original* is its earliest report (by ``published_at``, then id); :meth:`original` gives it for any
    report id (the id itself for a report with no copies, no text, or not in the index). Groups are the connected
    components of the "near-duplicate" relation, so they do not depend on the order of the reports.

    >>> from ceasewatch.model import Report, Source
    >>> src = [Source(name=n, affiliation="independent_media") for n in ("A", "B", "C")]
    >>> text = "The ministry said that drones struck the oil depot at night and a fire broke out at the tanks"
    >>> reports = [
    ...     Report(id="a", published_at="2025-03-19T08:00:00Z", source=src[0], text=text),
    ...     Report(id="b", published_at="2025-03-19T09:00:00Z", source=src[1], text="BREAKING: " + text),
    ...     Report(id="c", published_at="2025-03-19T07:00:00Z", source=src[2], text="Rain is expected on Friday."),
    ... ]
    >>> index = DuplicateIndex.build(reports)
    >>> index.original("b"), index.original("c"), index.copies("a")
    ('a', 'c', ('a', 'b'))
    """

    def __init__(self, originals: Mapping[str, str], params: CorroborationParams) -> None:
        self._original = dict(originals)
        self.params = params
        groups: dict[str, list[str]] = {}
        for report_id, original in self._original.items():
            groups.setdefault(original, []).append(report_id)
        self._groups = {key: tuple(sorted(members)) for key, members in groups.items()}

    @classmethod
    def build(cls, reports: Iterable[Report], params: CorroborationParams | None = None) -> DuplicateIndex:
        """Find the near-duplicate groups among ``reports`` (reports without text are in no group)."""
        params = params or CorroborationParams()
        by_id: dict[str, Report] = {}
        for report in reports:
            by_id.setdefault(report.id, report)
        ids = sorted(by_id)
        vocab: dict[str, int] = {}
        shingles: list[npt.NDArray[np.uint64]] = []
        kept: list[str] = []
        for report_id in ids:
            text = by_id[report_id].text
            s = _shingles(text, params.shingle_words, vocab) if text else np.empty(0, dtype=np.uint64)
            if len(s):
                shingles.append(s)
                kept.append(report_id)
        parent = list(range(len(kept)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        if kept:
            signature = _signatures(shingles, params)
            # identical signatures first: one representative each, so that mass copies make no large buckets
            distinct, first, inverse = np.unique(signature, axis=0, return_index=True, return_inverse=True)
            inverse = inverse.reshape(-1)
            for i, rep in enumerate(inverse.tolist()):
                union(i, int(first[rep]))
            rows = params.minhash_permutations // params.lsh_bands
            mix = np.random.default_rng(params.seed + 1).integers(1, 1 << 62, size=rows, dtype=np.uint64)
            mix |= np.uint64(1)
            checked: set[tuple[int, int]] = set()
            for band in range(params.lsh_bands):
                # one 64-bit key per band (wrapping sum of rows × odd multipliers); a rare collision only adds a
                # candidate, which the verification below rejects
                key = (distinct[:, band * rows : (band + 1) * rows] * mix).sum(axis=1, dtype=np.uint64)
                _, bucket, counts = np.unique(key, return_inverse=True, return_counts=True)
                bucket = bucket.reshape(-1)
                shared = np.flatnonzero(counts[bucket] > 1)
                if not len(shared):
                    continue
                shared = shared[np.argsort(bucket[shared], kind="stable")]
                cuts = np.flatnonzero(np.diff(bucket[shared])) + 1
                for members in np.split(shared, cuts):
                    for x in range(len(members)):
                        for y in range(x + 1, len(members)):
                            pair = (int(members[x]), int(members[y]))
                            if pair in checked:
                                continue
                            checked.add(pair)
                            same = float(np.mean(distinct[pair[0]] == distinct[pair[1]]))
                            if same >= params.duplicate_threshold:
                                union(int(first[pair[0]]), int(first[pair[1]]))
        components: dict[int, list[str]] = {}
        for i, report_id in enumerate(kept):
            components.setdefault(find(i), []).append(report_id)
        originals = {report_id: report_id for report_id in ids}
        for group in components.values():
            original = min(group, key=lambda r: (by_id[r].published_at, r))
            for report_id in group:
                originals[report_id] = original
        return cls(originals, params)

    def original(self, report_id: str) -> str:
        """The earliest report of ``report_id``'s group (``report_id`` itself when it has no copies)."""
        return self._original.get(report_id, report_id)

    def copies(self, report_id: str) -> tuple[str, ...]:
        """Every report of ``report_id``'s group, sorted by id (just ``(report_id,)`` when it has no copies)."""
        return self._groups.get(self.original(report_id), (report_id,))


# -- sensor observations kept apart from the incidents ----------------------------------------------------------------


class ObservationIndex:
    """Observation claims (FIRMS hotspots and other sensor records) by facility id and time, for look-ups by window.

    Only observations with a ``target.facility_id`` are indexed (those without one are matched only when clustering
    put them in an incident).
    """

    def __init__(self, observations: Iterable[Claim]) -> None:
        by_facility: dict[str, list[tuple[datetime, str, Claim]]] = {}
        for claim in observations:
            if claim.stance == "observation" and claim.target.facility_id:
                by_facility.setdefault(claim.target.facility_id, []).append((claim.time.earliest, claim.id, claim))
        self._times: dict[str, list[datetime]] = {}
        self._claims: dict[str, list[Claim]] = {}
        for facility_id, rows in by_facility.items():
            rows.sort(key=lambda row: (row[0], row[1]))
            self._times[facility_id] = [row[0] for row in rows]
            self._claims[facility_id] = [row[2] for row in rows]

    def near(self, facility_id: str, earliest: datetime, latest: datetime) -> list[Claim]:
        """Observations of the facility whose time begins in ``[earliest, latest]``, by time then id."""
        times = self._times.get(facility_id)
        if not times:
            return []
        return self._claims[facility_id][bisect_left(times, earliest) : bisect_right(times, latest)]


# -- voices -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Voice:
    """One independent voice: a party (its officials and aligned media), an outlet or wire, a monitor, a sensor.

    ``party`` is the party it speaks for (``None`` for independent sources); ``sources`` the publishers heard in it
    (with how: ``relayed by`` an outlet that carried the party's claim, ``copied by`` an outlet that repeated a text).
    """

    kind: VoiceKind
    key: str
    party: str | None
    sources: tuple[str, ...] = ()
    official: bool = False
    aligned: bool = False

    def label(self) -> str:
        """The voice in words, e.g. ``RUS officials (Russian Ministry of Defence; relayed by Reuters)``."""
        names = "; ".join(self.sources)
        detail = f" ({names})" if names else ""
        if self.kind == "party":
            who = (
                "officials and aligned media"
                if self.official and self.aligned
                else "officials"
                if self.official
                else "-aligned media"
                if self.aligned
                else " statements"
            )
            return f"{self.key}{who if who.startswith('-') else ' ' + who.lstrip()}{detail}"
        if self.kind == "party_other":
            return f"{self.key}-affiliated other sources{detail}"
        kinds = {
            "independent": "independent media",
            "monitor": "monitor",
            "sensor": "sensor",
            "other": "other source",
            "unknown": "source unknown",
        }
        extra = f"; {names}" if names and names != self.key else ""
        return f"{self.key} ({kinds[self.kind]}{extra})"


@dataclass
class _VoiceBuilder:
    kind: VoiceKind
    key: str
    party: str | None
    sources: list[str] = field(default_factory=list)
    official: bool = False
    aligned: bool = False
    confidence: float = 0.0
    claims: list[Claim] = field(default_factory=list)

    def add(self, name: str, claim: Claim) -> None:
        if name not in self.sources:
            self.sources.append(name)
        self.confidence = max(self.confidence, claim.confidence)
        self.claims.append(claim)

    def freeze(self) -> Voice:
        sources = tuple(sorted(self.sources, key=heard_second))
        return Voice(self.kind, self.key, self.party, sources, self.official, self.aligned)


def heard_second(name: str) -> bool:
    """Sort key: a source heard directly before one heard through an outlet (``relayed by``, ``copied by``)."""
    return name.startswith(("relayed by ", "copied by "))


def claimant_of(claim: Claim, report: Report | None) -> str | None:
    """Who makes the claim: its ``claimant``, else the party of its report's source."""
    if claim.claimant:
        return claim.claimant
    return report.source.party if report is not None else None


def _wire(name: str, params: CorroborationParams) -> str:
    match = _WIRE.search(name) if params.wire_in_parentheses else None
    return match.group(1).strip() if match else name


def voice_key(
    claim: Claim, report: Report | None, original: Report | None, params: CorroborationParams
) -> tuple[VoiceKind, str, str | None, str]:
    """The voice a claim belongs to: (kind, key, party, how the source is named in it).

    A claim whose claimant is a party other than its source's (an outlet relaying a ministry) is that party's; a copy
    of another report's text is heard in the voice of the original's source.
    """
    if report is None:
        if claim.claimant:
            return "party", claim.claimant, claim.claimant, f"report {claim.report_id}"
        return "unknown", f"report {claim.report_id}", None, f"report {claim.report_id}"
    source = report.source
    copied = original is not None and original.id != report.id
    speaker = original.source if copied and original is not None else source
    claimant = None if copied and claim.claimant == source.party else claim.claimant
    name = f"copied by {source.name}" if copied and source.name != speaker.name else source.name
    if claimant and claimant != speaker.party:
        return "party", claimant, claimant, name if copied else f"relayed by {source.name}"
    if speaker.affiliation in ("party_official", "party_aligned_media"):
        party = speaker.party or claimant
        if party:
            return "party", party, party, name
        return "other", speaker.name, None, name
    if speaker.affiliation == "other":
        if speaker.party:
            return "party_other", speaker.party, speaker.party, name
        return "other", speaker.name, None, name
    if speaker.affiliation == "independent_media":
        wire = _wire(speaker.name, params)
        return "independent", wire, None, name
    if speaker.affiliation == "monitor":
        return "monitor", speaker.name, None, name
    return "sensor", speaker.name, None, name


def _voices(
    claims: Iterable[Claim],
    reports: Mapping[str, Report],
    duplicates: DuplicateIndex | None,
    params: CorroborationParams,
) -> dict[tuple[str, str], _VoiceBuilder]:
    out: dict[tuple[str, str], _VoiceBuilder] = {}
    for claim in claims:
        report = reports.get(claim.report_id)
        original = reports.get(duplicates.original(claim.report_id)) if duplicates is not None else None
        kind, key, party, name = voice_key(claim, report, original, params)
        builder = out.setdefault((kind, key), _VoiceBuilder(kind, key, party))
        speaker = original if original is not None else report
        if kind == "party" and speaker is not None and speaker.source.party == key:
            builder.official |= speaker.source.affiliation == "party_official"
            builder.aligned |= speaker.source.affiliation == "party_aligned_media"
        if original is not None and report is not None and original.id != report.id and original.source.name:
            first = original.source.name
            if first not in builder.sources:
                builder.sources.append(first)
        builder.add(name, claim)
    return out


# -- sensor matching ---------------------------------------------------------------------------------------------------


def _number(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class _SensorMatch:
    claim: Claim
    ok: bool
    offset_h: float  # 0 inside the claimed interval; negative before it
    km: float | None
    where: str  # "the facility" / "the claimed place"
    why: str = ""

    def sort_key(self) -> tuple[bool, float, float, str]:
        return (not self.ok, abs(self.offset_h), self.km if self.km is not None else math.inf, self.claim.id)


def _match_sensor(
    obs: Claim, asserted: Sequence[Claim], facilities: FacilityLookup | None, params: CorroborationParams
) -> _SensorMatch:
    """The best match of one observation against the asserted claims (or the observation alone when there are none)."""
    if not asserted:
        return _SensorMatch(obs, True, 0.0, None, "", "no party claim to compare with")
    best: _SensorMatch | None = None
    for claim in asserted:
        t = obs.time.earliest
        if t < claim.time.earliest:
            offset = (t - claim.time.earliest) / timedelta(hours=1)
        elif t > claim.time.latest:
            offset = (t - claim.time.latest) / timedelta(hours=1)
        else:
            offset = 0.0
        in_time = -params.sensor_before_h <= offset <= params.sensor_after_h
        fid, ofid = claim.target.facility_id, obs.target.facility_id
        km: float | None = None
        where = "the claimed place"
        if fid and facilities is not None and fid in facilities:
            facility = facilities.get(fid)
            if facility.geometry is None and obs.place.has_point:
                assert obs.place.lat is not None and obs.place.lon is not None
                km, where = float(geodesic_km(obs.place.lat, obs.place.lon, facility.lat, facility.lon)), "the facility"
        if km is None and claim.place.has_point and obs.place.has_point:
            assert claim.place.lat is not None and claim.place.lon is not None
            assert obs.place.lat is not None and obs.place.lon is not None
            km = float(geodesic_km(obs.place.lat, obs.place.lon, claim.place.lat, claim.place.lon))
            where = "the facility" if claim.place.precision == "facility" else "the claimed place"
        if fid and ofid:
            in_place, why_place = fid == ofid, f"another facility ({ofid}, not {fid})"
        elif km is not None:
            reach = claim.place.radius_km + obs.place.radius_km + params.sensor_max_km
            in_place, why_place = km <= reach, f"{_number(km)} km away, beyond {_number(reach)} km"
        else:
            in_place, why_place = False, "no facility id or coordinates to compare"
        why = ""
        if not in_time:
            why = (
                f"outside the window of {_number(params.sensor_before_h)} h before to "
                f"{_number(params.sensor_after_h)} h after the claimed time"
            )
        if not in_place:
            why = f"{why}; {why_place}" if why else why_place
        match = _SensorMatch(obs, in_time and in_place, offset, km, where, why)
        if best is None or match.sort_key() < best.sort_key():
            best = match
    assert best is not None
    return best


def _sensor_words(match: _SensorMatch, reports: Mapping[str, Report]) -> str:
    report = reports.get(match.claim.report_id)
    if report is not None:
        what = " ".join(x for x in (report.source.name, report.title or "observation") if x)
    else:
        what = f"sensor observation {match.claim.report_id}"
    parts = [what]
    if match.km is not None:
        parts.append(f"{_number(match.km)} km from {match.where}")
    elif match.claim.target.facility_id:
        parts.append(f"at the facility {match.claim.target.facility_id}")
    if match.why == "no party claim to compare with":
        parts.append(f"at {match.claim.time.earliest:%Y-%m-%d %H:%M} UTC")
    elif match.offset_h == 0:
        parts.append("within the claimed time")
    else:
        when = "after" if match.offset_h > 0 else "before"
        parts.append(f"{_number(abs(match.offset_h))} h {when} the claimed time")
    text = " ".join(parts)
    if match.why and match.why != "no party claim to compare with":
        text += f": not counted ({match.why})"
    return text


# -- the model ---------------------------------------------------------------------------------------------------------


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _term(weight: float, confidence: float, what: str, name: str) -> tuple[float, str]:
    value = weight * confidence
    return value, f"{value:+.2f} {what} ({name} {weight:+.2f} × confidence {confidence:.2f})"


def _party_of(claim: Claim, report: Report | None) -> str:
    return claim.perpetrator or claimant_of(claim, report) or "an unnamed party"


def _corroborate_one(
    claims: Sequence[Claim],
    reports: Mapping[str, Report],
    observations: ObservationIndex | None,
    duplicates: DuplicateIndex | None,
    facilities: FacilityLookup | None,
    params: CorroborationParams,
) -> Corroboration:
    if not claims:
        raise ValueError("an incident needs at least one claim to corroborate")
    claims = sorted({c.id: c for c in claims}.values(), key=lambda c: c.id)

    def is_sensor(claim: Claim) -> bool:
        report = reports.get(claim.report_id)
        return report is not None and report.source.affiliation == "sensor"

    sensed = [c for c in claims if is_sensor(c)]
    denials = [c for c in claims if c.stance == "denial" and not is_sensor(c)]
    asserted = [c for c in claims if c.stance != "denial" and not is_sensor(c)]
    voices = _voices(asserted, reports, duplicates, params)

    # sensor observations: those in the incident, and those of the same facility from the separate index
    if observations is not None:
        have = {c.id for c in sensed}
        for claim in asserted:
            fid = claim.target.facility_id
            if not fid:
                continue
            window = observations.near(
                fid,
                claim.time.earliest - timedelta(hours=params.sensor_before_h),
                claim.time.latest + timedelta(hours=params.sensor_after_h),
            )
            for obs in window:
                if obs.id not in have:
                    have.add(obs.id)
                    sensed.append(obs)
        sensed.sort(key=lambda c: c.id)
    matches = sorted((_match_sensor(o, asserted, facilities, params) for o in sensed), key=_SensorMatch.sort_key)
    good = [m for m in matches if m.ok]

    basis: list[str] = []
    terms: list[tuple[float, str]] = []
    ordered = sorted(voices.values(), key=lambda v: (-v.confidence, v.kind, v.key))
    frozen = {(v.kind, v.key): v.freeze() for v in ordered}
    n_voices = len(ordered) + (1 if good else 0)
    if ordered:
        listed = sorted(ordered, key=lambda v: (_KIND_ORDER.index(v.kind), v.key))
        names = "; ".join(frozen[(v.kind, v.key)].label() for v in listed)
        plural = "voice" if len(ordered) == 1 else "voices"
        basis.append(f"{len(ordered)} independent {plural}: {names}")
    copies = sorted({duplicates.original(c.report_id) for c in asserted} if duplicates is not None else set())
    for original in copies:
        group = duplicates.copies(original) if duplicates is not None else ()
        mine = sorted({c.report_id for c in asserted} & set(group))
        if len(mine) > 1:
            basis.append(f"{len(mine)} reports carry one text ({', '.join(mine)}): counted once, as {original}")

    parties = [v for v in ordered if v.kind == "party"]
    for i, v in enumerate(parties):
        weight, name = (
            (params.party_voice, "party_voice") if i == 0 else (params.extra_party_voice, "extra_party_voice")
        )
        terms.append(_term(weight, v.confidence, f"party voice {v.key}", name))
    for v in ordered:
        if v.kind in ("party_other", "other", "unknown"):
            terms.append(
                _term(params.other_voice, v.confidence, f"other voice {frozen[(v.kind, v.key)].label()}", "other_voice")
            )
    independent = [v for v in ordered if v.kind == "independent"]
    for v in independent[: params.max_independent_voices]:
        terms.append(_term(params.independent_voice, v.confidence, f"independent voice {v.key}", "independent_voice"))
    if len(independent) > params.max_independent_voices:
        basis.append(
            f"{len(independent) - params.max_independent_voices} further independent voices listed but "
            f"not scored (max_independent_voices {params.max_independent_voices})"
        )
    monitors = [v for v in ordered if v.kind == "monitor"]
    if monitors:
        best = monitors[0]
        basis.append(f"observed by the monitor {best.key}")
        terms.append(_term(params.monitor, best.confidence, f"monitor {best.key}", "monitor"))
    # voices of kind "sensor" here are sensor-affiliated reports with stances other than observations: none expected

    admitted: dict[str, float] = {}
    admitted_by: dict[str, list[str]] = {}
    for claim in asserted:
        if claim.stance == "admission":
            report = reports.get(claim.report_id)
            party = _party_of(claim, report)
            admitted[party] = max(admitted.get(party, 0.0), claim.confidence)
            source = report.source.name if report is not None else f"report {claim.report_id}"
            if source not in admitted_by.setdefault(party, []):
                admitted_by[party].append(source)
    for party in sorted(admitted):
        basis.append(f"admitted by {party} ({'; '.join(admitted_by[party])}): an admission against interest")
        terms.append(_term(params.admission, admitted[party], f"admission by {party}", "admission"))

    denied: dict[str, float] = {}
    denied_by: dict[str, list[str]] = {}
    for claim in denials:
        report = reports.get(claim.report_id)
        party = claimant_of(claim, report) or claim.perpetrator or "an unnamed party"
        denied[party] = max(denied.get(party, 0.0), claim.confidence)
        source = report.source.name if report is not None else f"report {claim.report_id}"
        if source not in denied_by.setdefault(party, []):
            denied_by[party].append(source)
    for party in sorted(denied):
        basis.append(f"denied by {party} ({'; '.join(denied_by[party])})")
        terms.append(_term(params.denial, denied[party], f"denial by {party}", "denial"))

    for m in matches:
        basis.append(_sensor_words(m, reports))
    if good:
        terms.append(_term(params.sensor, good[0].claim.confidence, "sensor observation", "sensor"))

    level: CorroborationLevel
    if monitors:
        level, why = "confirmed", "a monitor observed it"
    elif good:
        level, why = "sensor_supported", "a sensor observation matches the claimed target and time"
    elif independent:
        level, why = "independently_reported", "independent media report it on their own account"
    elif not asserted:
        level, why = "claimed", "only denials, and no sensor observation that matches: nobody here claims the act"
    elif denials:
        level, why = "disputed", "claimed, and denied"
    else:
        claimants = sorted({v.key for v in ordered if v.kind in ("party", "party_other")})
        level = "claimed"
        if len(claimants) == 1:
            why = f"claimed by {claimants[0]} only"
        elif claimants:
            why = f"reported by the parties only ({', '.join(claimants)}), and denied by none"
        else:
            why = "reported by sources of no known independence only"
    logit = params.base + sum(value for value, _ in terms)
    score = round(_logistic(logit), 4)
    basis.insert(0, f"level {level}: {why}")
    detail = " ".join([f"{params.base:+.2f} base", *(text for _, text in terms)])
    basis.append(f"score {score:.2f} = logistic({detail}) = logistic({logit:+.2f})")
    return Corroboration(level=level, score=score, voices=n_voices, basis=tuple(basis))


def corroborate_many(
    incidents: Sequence[Sequence[Claim]],
    reports: Mapping[str, Report],
    *,
    observations: ObservationIndex | Sequence[Claim] = (),
    duplicates: DuplicateIndex | None = None,
    facilities: FacilityLookup | None = None,
    params: CorroborationParams = CorroborationParams(),
) -> list[Corroboration]:
    """:func:`corroborate` for many incidents (each given by its claims), in order.

    The near-duplicate index is built once over the reports of all the incidents' claims when ``duplicates`` is not
    given; ``observations`` (claims, or an :class:`ObservationIndex`) are indexed once. Reports missing from
    ``reports`` are heard through their claims alone (the claimant's voice, or an unknown source).
    """
    if duplicates is None:
        wanted = sorted({c.report_id for claims in incidents for c in claims})
        duplicates = DuplicateIndex.build((reports[r] for r in wanted if r in reports), params)
    index = (
        observations
        if isinstance(observations, ObservationIndex)
        else (ObservationIndex(observations) if observations else None)
    )
    return [_corroborate_one(claims, reports, index, duplicates, facilities, params) for claims in incidents]


def corroborate(
    claims: Sequence[Claim],
    reports: Mapping[str, Report],
    *,
    observations: ObservationIndex | Sequence[Claim] = (),
    duplicates: DuplicateIndex | None = None,
    facilities: FacilityLookup | None = None,
    params: CorroborationParams = CorroborationParams(),
) -> Corroboration:
    """How well the incident made of ``claims`` is supported: level, score and basis (see docs/resolve.md).

    ``reports`` maps report ids to the reports the claims (and the observations) came from. ``observations`` are
    sensor observations kept apart from the incident, matched by facility and time window. ``duplicates`` is the
    near-duplicate index of a whole batch (built over this incident's reports when not given); ``facilities`` lets
    a hotspot's distance be measured from the facility itself. Raises :class:`ValueError` for no claims.
    """
    return corroborate_many(
        [claims], reports, observations=observations, duplicates=duplicates, facilities=facilities, params=params
    )[0]
