"""The columnar engine: the rules of :mod:`ceasewatch.adjudicate._reference`, evaluated over arrays of incidents.

It gives the same verdicts, reasons, boundaries, missing items and named releases as the reference engine, row for
row and in the same order, but evaluates each rule once per reading over NumPy arrays (lookup tables over the act
and category codes, sorted span boundaries for windows, bindings, in-force spans and preconditions, the vectorised
:func:`~ceasewatch.geo.zones.sides_of` for zones) instead of once per incident. It writes no trace;
:meth:`FindingsTable.to_findings` asks the reference engine for full findings where they are wanted.

Reciprocity is the one rule with memory. A party's declared release at ``T`` frees it (for its incidents that began
at or after ``T``) as soon as another reciprocity party has a violation, as finally judged, that ended before ``T``.
Releases are taken in time order, so that whether a violation stands is known before it is used.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar

import numpy as np
import numpy.typing as npt
import shapely
from shapely.geometry.base import BaseGeometry

from ceasewatch.adjudicate._reference import RELEASES_NAMED, History, judge
from ceasewatch.adjudicate._terms import Span, Terms, prepare
from ceasewatch.errors import InputError
from ceasewatch.geo.zones import sides_of, zone_geometry
from ceasewatch.model import ACTS, CATEGORIES, Agreement, Finding, Incident, Reading
from ceasewatch.model.finding import REASONS, VERDICTS

__all__ = ["MISSING", "STANCES", "FindingsTable", "IncidentArrays", "ReadingBlock", "adjudicate_columnar"]

I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]
U8 = npt.NDArray[np.uint8]
U64 = npt.NDArray[np.uint64]
F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]

STANCES: tuple[str, ...] = ("accusation", "admission", "denial", "observation")
"""The stances, in code order."""

MISSING: tuple[str, ...] = ("accusation", "act", "target", "place", "perpetrator")
"""What a finding can lack, in bit order (which is also the order of the rules that find it missing)."""

VerdictKey = tuple[str, str, str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""(agreement id, reading id, incident id, verdict, reasons, boundaries, missing, releases)."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_OPEN = np.iinfo(np.int64).max
"""An open end: later than any instant."""
_NS_PER_DAY = 86_400 * 10**9
_VIOLATION, _POSSIBLE, _NOT_COVERED, _UNDETERMINED = (VERDICTS.index(v) for v in VERDICTS)
_REASON_BIT = {reason: np.uint8(1 << k) for k, reason in enumerate(REASONS)}
_MISSING_BIT = {name: np.uint8(1 << k) for k, name in enumerate(MISSING)}
_MAX_BOUNDARIES = 64


def ns(moment: datetime) -> int:
    """An aware instant as integer nanoseconds since the epoch (UTC), exactly."""
    return (moment - _EPOCH) // timedelta(microseconds=1) * 1000


@dataclass(frozen=True, eq=False)
class IncidentArrays:
    """Incidents as columns: what the rules read, one array element per incident.

    Codes index into the sorted vocabularies :attr:`ACT_IDS`, :attr:`CATEGORY_IDS`, :data:`STANCES` and into
    ``parties`` (``-1``: no perpetrator). Times are int64 nanoseconds since the epoch (UTC); a place without a point
    has NaN ``lat`` and ``lon``. Build one with :meth:`from_incidents`, or directly from arrays.
    """

    ACT_IDS: ClassVar[tuple[str, ...]] = tuple(sorted(ACTS))
    CATEGORY_IDS: ClassVar[tuple[str, ...]] = tuple(sorted(CATEGORIES))

    ids: npt.NDArray[Any]
    earliest: I64
    latest: I64
    act: npt.NDArray[np.integer[Any]]
    category: npt.NDArray[np.integer[Any]]
    perpetrator: npt.NDArray[np.integer[Any]]
    stance: npt.NDArray[np.integer[Any]]
    lat: F64
    lon: F64
    radius_km: F64
    parties: tuple[str, ...] = ()
    utc_offset_s: npt.NDArray[np.int32] | None = None
    """Each incident's source time zone offset from UTC at its start, in seconds, for its local day (None: UTC)."""

    def __post_init__(self) -> None:
        n = len(self.ids)
        limits = {
            "act": len(self.ACT_IDS),
            "category": len(self.CATEGORY_IDS),
            "perpetrator": len(self.parties),
            "stance": len(STANCES),
        }
        for name in ("earliest", "latest", "act", "category", "perpetrator", "stance", "lat", "lon", "radius_km"):
            column = getattr(self, name)
            if not isinstance(column, np.ndarray) or column.shape != (n,):
                raise InputError(f"'{name}' must be a 1-d array of {n} elements", field=name)
        for name in ("earliest", "latest"):
            if getattr(self, name).dtype != np.int64:
                raise InputError(f"'{name}' must be int64 nanoseconds since the epoch", field=name)
        for name, limit in limits.items():
            column = getattr(self, name)
            if not np.issubdtype(column.dtype, np.integer):
                raise InputError(f"'{name}' must hold integer codes", field=name)
            low = -1 if name == "perpetrator" else 0
            if n and (int(column.min()) < low or int(column.max()) >= limit):
                raise InputError(f"'{name}' holds a code outside [{low}, {limit})", field=name)
        for name in ("lat", "lon", "radius_km"):
            if getattr(self, name).dtype != np.float64:
                raise InputError(f"'{name}' must be float64", field=name)
        if n and bool(np.any(self.latest < self.earliest)):
            raise InputError("an incident's latest time is before its earliest", field="latest")
        if self.utc_offset_s is not None and self.utc_offset_s.shape != (n,):
            raise InputError(f"'utc_offset_s' must be a 1-d array of {n} elements", field="utc_offset_s")
        if n >= 2**31 - 1:
            raise InputError("too many incidents for one batch", field="ids")

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def from_incidents(cls, incidents: Iterable[Incident]) -> IncidentArrays:
        """The columns of ``incidents``, in their order."""
        items = list(incidents)
        parties = tuple(sorted({i.perpetrator for i in items if i.perpetrator is not None}))
        act = {a: k for k, a in enumerate(cls.ACT_IDS)}
        category = {c: k for k, c in enumerate(cls.CATEGORY_IDS)}
        party = {p: k for k, p in enumerate(parties)}
        stance = {s: k for k, s in enumerate(STANCES)}
        nan = float("nan")
        return cls(
            ids=np.array([i.id for i in items], dtype=object),
            earliest=np.array([ns(i.time.earliest) for i in items], dtype=np.int64),
            latest=np.array([ns(i.time.latest) for i in items], dtype=np.int64),
            act=np.array([act[i.act] for i in items], dtype=np.int16),
            category=np.array([category[i.target.category] for i in items], dtype=np.int16),
            perpetrator=np.array([-1 if i.perpetrator is None else party[i.perpetrator] for i in items], np.int16),
            stance=np.array([stance[i.stance] for i in items], dtype=np.int8),
            lat=np.array([nan if i.place.lat is None else i.place.lat for i in items], dtype=np.float64),
            lon=np.array([nan if i.place.lon is None else i.place.lon for i in items], dtype=np.float64),
            radius_km=np.array([i.place.radius_km for i in items], dtype=np.float64),
            parties=parties,
            utc_offset_s=np.array([i.time.utc_offset() // timedelta(seconds=1) for i in items], dtype=np.int32),
        )

    @staticmethod
    def encode(values: Iterable[str], vocabulary: Sequence[str]) -> npt.NDArray[np.int16]:
        """Codes of ``values`` in ``vocabulary`` (e.g. :attr:`ACT_IDS`); an unknown value is an error."""
        index = {v: k for k, v in enumerate(vocabulary)}
        try:
            return np.array([index[v] for v in values], dtype=np.int16)
        except KeyError as exc:
            raise InputError(f"'{exc.args[0]}' is not one of {', '.join(vocabulary)}") from exc


@dataclass(frozen=True)
class ReadingBlock:
    """One reading judged in a :class:`FindingsTable`, with the names of its boundary bits."""

    agreement: Agreement
    reading: Reading
    boundaries: tuple[str, ...]
    """Bit ``k`` of a row's boundary mask is ``boundaries[k]`` (a name may appear twice, as the reference can)."""


@dataclass(frozen=True, eq=False)
class FindingsTable:
    """Findings as columns: one row per (reading, incident), in the order of the reference ``adjudicate``.

    ``reading`` indexes :attr:`blocks`; ``incident`` indexes the incidents given; ``verdict`` indexes
    :data:`~ceasewatch.model.finding.VERDICTS`; ``reasons`` is a bit mask over ``REASONS``, ``missing`` over
    :data:`MISSING`, ``boundaries`` over the block's boundary names; ``releases`` holds up to ``RELEASES_NAMED``
    incident indexes per row (``-1`` pads). As in the reference, boundaries are set only on possible violations,
    missing items only on undetermined findings, releases only on (possible) violations.
    """

    blocks: tuple[ReadingBlock, ...]
    incidents: IncidentArrays
    as_of: datetime | None
    reading: npt.NDArray[np.int16]
    incident: I32
    verdict: npt.NDArray[np.int8]
    reasons: U8
    boundaries: U64
    missing: U8
    releases: I32

    def __len__(self) -> int:
        return len(self.verdict)

    def verdicts(self) -> Iterator[VerdictKey]:
        """Each row as (agreement, reading, incident id, verdict, reasons, boundaries, missing, releases).

        The tuples compare equal to :meth:`key` of the reference findings.
        """
        ids = self.incidents.ids
        for row in range(len(self)):
            block = self.blocks[int(self.reading[row])]
            reasons, boundaries, missing = int(self.reasons[row]), int(self.boundaries[row]), int(self.missing[row])
            yield (
                block.agreement.id,
                block.reading.id,
                str(ids[self.incident[row]]),
                VERDICTS[int(self.verdict[row])],
                tuple(r for k, r in enumerate(REASONS) if reasons >> k & 1),
                tuple(b for k, b in enumerate(block.boundaries) if boundaries >> k & 1),
                tuple(m for k, m in enumerate(MISSING) if missing >> k & 1),
                tuple(str(ids[i]) for i in self.releases[row] if i >= 0),
            )

    @staticmethod
    def key(finding: Finding) -> VerdictKey:
        """A reference finding in the shape of :meth:`verdicts`."""
        return (
            finding.agreement_id,
            finding.reading_id,
            finding.incident_id,
            finding.verdict,
            tuple(finding.reasons),
            finding.boundaries,
            finding.missing,
            finding.releases,
        )

    def counts(self) -> dict[tuple[str, str, str | None, str, str], int]:
        """How many findings per (agreement, reading, perpetrator, local day (as findings' ``day``), verdict)."""
        arrays = self.incidents
        local = arrays.earliest
        if arrays.utc_offset_s is not None:
            local = local + arrays.utc_offset_s.astype(np.int64) * 10**9
        day = np.floor_divide(local, _NS_PER_DAY)[self.incident]
        first = int(day.min()) if len(day) else 0
        days = int(day.max()) - first + 1 if len(day) else 1
        perpetrator = arrays.perpetrator.astype(np.int64)[self.incident] + 1
        key = (self.reading.astype(np.int64) * (len(arrays.parties) + 1) + perpetrator) * days + (day - first)
        key = key * len(VERDICTS) + self.verdict
        values, numbers = np.unique(key, return_counts=True)
        out: dict[tuple[str, str, str | None, str, str], int] = {}
        for value, number in zip(values.tolist(), numbers.tolist(), strict=True):
            rest, verdict = divmod(value, len(VERDICTS))
            rest, offset = divmod(rest, days)
            block, party = divmod(rest, len(arrays.parties) + 1)
            reading = self.blocks[block]
            when = (date(1970, 1, 1) + timedelta(days=first + offset)).isoformat()
            who = arrays.parties[party - 1] if party else None
            out[(reading.agreement.id, reading.reading.id, who, when, VERDICTS[verdict])] = number
        return out

    def to_findings(self, incidents: Sequence[Incident]) -> list[Finding]:
        """Full findings, with their traces, from the reference engine (``incidents`` as given to the engine)."""
        findings: list[Finding] = []
        for index, block in enumerate(self.blocks):
            rows = np.flatnonzero(self.reading == index)
            terms = prepare(block.agreement, block.reading, self.as_of)
            history = History()
            for row in rows[self.verdict[rows] == _VIOLATION]:
                incident = incidents[int(self.incident[row])]
                if incident.perpetrator is not None:
                    history.add(incident.perpetrator, incident.time.latest, incident.id)
            # A finding reads only violations that ended before the incident began, all of which the reference
            # engine has seen by then: the whole history gives the same findings.
            findings.extend(judge(incidents[int(self.incident[row])], terms, history) for row in rows)
        return findings


def adjudicate_columnar(
    incidents: Sequence[Incident] | IncidentArrays,
    agreements: Iterable[Agreement],
    *,
    as_of: datetime | None = None,
) -> FindingsTable:
    """Judge every incident under every reading (known at ``as_of``) of every agreement, over arrays.

    The same findings as :func:`~ceasewatch.adjudicate.adjudicate` (without traces), in the same order.
    """
    arrays = incidents if isinstance(incidents, IncidentArrays) else IncidentArrays.from_incidents(incidents)
    blocks: list[tuple[Terms, tuple[str, ...]]] = []
    for agreement in sorted(agreements, key=lambda a: a.id):
        for reading in agreement.readings:
            if as_of is not None and reading.published_at is not None and reading.published_at > as_of:
                continue
            blocks.append((prepare(agreement, reading, as_of), _boundary_names(agreement, reading)))
    batch = _Batch(arrays)
    n = len(arrays)
    total = n * len(blocks)
    table = FindingsTable(
        blocks=tuple(ReadingBlock(terms.agreement, terms.reading, names) for terms, names in blocks),
        incidents=arrays,
        as_of=as_of,
        reading=np.repeat(np.arange(len(blocks), dtype=np.int16), n),
        incident=np.tile(batch.order.astype(np.int32), len(blocks)),
        verdict=np.empty(total, dtype=np.int8),
        reasons=np.empty(total, dtype=np.uint8),
        boundaries=np.empty(total, dtype=np.uint64),
        missing=np.empty(total, dtype=np.uint8),
        releases=np.full((total, RELEASES_NAMED), -1, dtype=np.int32),
    )
    for k, (terms, names) in enumerate(blocks):
        rows = slice(k * n, (k + 1) * n)
        _judge_reading(batch, terms, names, table, rows)
    return table


def _boundary_names(agreement: Agreement, reading: Reading) -> tuple[str, ...]:
    """The boundaries a finding under ``reading`` can straddle, in the order the rules test them."""
    zones = reading.scope.zones
    names = (
        *(f"precondition:{p.id}" for p in reading.conditions.preconditions),
        "window.start",
        "window.end",
        "target.category",
        *(f"zone:{z.name}" for z in zones.include),
        *(f"zone:{z.name}" for z in zones.exclude),
        "party.bound",
    )
    if len(names) > _MAX_BOUNDARIES:
        raise InputError(
            f"reading '{reading.id}' has {len(names)} boundaries (preconditions and zones); at most "
            f"{_MAX_BOUNDARIES} can be judged in columns",
            record=agreement.id,
            field="readings",
        )
    return names


class _Batch:
    """The incidents in judging order (earliest time, then id), with what every reading needs of them."""

    def __init__(self, arrays: IncidentArrays) -> None:
        self.arrays = arrays
        ids = np.asarray(arrays.ids).astype(str)
        self.order: I64 = np.lexsort((ids, arrays.earliest)).astype(np.int64)
        order = self.order
        self.ids = ids[order]
        self.earliest: I64 = arrays.earliest[order]
        self.latest: I64 = arrays.latest[order]
        self.act = arrays.act[order]
        self.category = arrays.category[order]
        self.perpetrator: npt.NDArray[np.int16] = arrays.perpetrator[order].astype(np.int16)
        self.denial: Bools = arrays.stance[order] == STANCES.index("denial")
        lat, lon = arrays.lat[order], arrays.lon[order]
        self.point: Bools = ~(np.isnan(lat) | np.isnan(lon))
        self.points: I64 = np.flatnonzero(self.point)
        self.lat, self.lon, self.radius = lat[self.points], lon[self.points], arrays.radius_km[order][self.points]
        self.party_code = {party: k for k, party in enumerate(arrays.parties)}
        self._sides: dict[bytes, U8] = {}

    def sides(self, zone: BaseGeometry) -> U8:
        """For the incidents with points: 0 outside ``zone``, 1 inside, 2 straddling its edge (as ``sides_of``)."""
        key = shapely.to_wkb(zone)
        if key not in self._sides:
            self._sides[key] = _sides(self.lat, self.lon, self.radius, zone)
        return self._sides[key]


def _sides(lat: F64, lon: F64, radius: F64, zone: BaseGeometry) -> U8:
    """:func:`sides_of` as codes: 0 outside, 1 inside, 2 straddling the edge."""
    if not len(lat):
        return np.zeros(0, dtype=np.uint8)
    sides, _ = sides_of(lat, lon, radius, zone)
    return np.where(sides == "inside", 1, np.where(sides == "straddle", 2, 0)).astype(np.uint8)


def _judge_reading(batch: _Batch, terms: Terms, names: tuple[str, ...], table: FindingsTable, rows: slice) -> None:
    n = len(batch.earliest)
    earliest, latest = batch.earliest, batch.latest
    reasons = np.zeros(n, dtype=np.uint8)
    missing = np.zeros(n, dtype=np.uint8)
    bounds = np.zeros(n, dtype=np.uint64)
    slot = {name: k for k, name in reversed(list(enumerate(names)))}
    reading = terms.reading

    def straddles(mask: Bools, k: int) -> None:
        bounds[mask] |= np.uint64(1 << k)

    # 1. stance
    missing[batch.denial] |= _MISSING_BIT["accusation"]
    # 2. preconditions
    for k, precondition in enumerate(reading.conditions.preconditions):
        inside, touched = _overlap(terms.precondition_spans[precondition.id], earliest, latest)
        reasons[~touched] |= _REASON_BIT["condition"]
        straddles(touched & ~inside, k)
    # 3. window
    start, stop = ns(terms.window[0]), ns(terms.window[1]) if terms.window[1] is not None else _OPEN
    outside = (latest < start) | (earliest >= stop)
    reasons[outside] |= _REASON_BIT["time"]
    early = ~outside & (earliest < start)
    straddles(early, slot["window.start"])
    straddles(~outside & ~early & (latest >= stop), slot["window.end"])
    # 4. act: 0 covered, 1 unknown, 2 not covered
    act_table = np.array(
        [0 if a in terms.covered_acts else 1 if a == "unknown" else 2 for a in IncidentArrays.ACT_IDS], np.uint8
    )
    act = act_table[batch.act]
    missing[act == 1] |= _MISSING_BIT["act"]
    reasons[act == 2] |= _REASON_BIT["act"]
    # 5. target: 0 covered, 1 unknown, 2 too general, 3 not covered
    target_table = np.array(
        [
            0 if c in terms.covered_categories else 1 if c == "unknown" else 2 if c in terms.general_categories else 3
            for c in IncidentArrays.CATEGORY_IDS
        ],
        np.uint8,
    )
    target = target_table[batch.category]
    missing[target == 1] |= _MISSING_BIT["target"]
    straddles(target == 2, slot["target.category"])
    reasons[target == 3] |= _REASON_BIT["target"]
    # 6. place
    _place(batch, terms, names, reasons, missing, bounds)
    # 7. party
    _party(batch, terms, slot, reasons, missing, bounds)
    # 8. reciprocity
    verdict = _verdicts(reasons, missing, bounds)
    released = _released(batch, terms, verdict)
    if released is not None:
        reasons[released] |= _REASON_BIT["condition"]
        verdict[released] = _NOT_COVERED
    table.verdict[rows] = verdict
    table.reasons[rows] = reasons
    table.boundaries[rows] = np.where(verdict == _POSSIBLE, bounds, np.uint64(0))
    table.missing[rows] = np.where(verdict == _UNDETERMINED, missing, np.uint8(0))
    _name_releases(batch, terms, verdict, table.releases[rows])


def _place(batch: _Batch, terms: Terms, names: tuple[str, ...], reasons: U8, missing: U8, bounds: U64) -> None:
    zones = terms.reading.scope.zones
    if not terms.zones_apply:
        return
    missing[~batch.point] |= _MISSING_BIT["place"]
    points = batch.points
    place_fail = np.zeros(len(points), dtype=bool)
    place_bounds = np.zeros(len(points), dtype=np.uint64)
    first = names.index("target.category") + 1
    if zones.include:
        inside = np.zeros(len(points), dtype=bool)
        across = np.full(len(points), -1, dtype=np.int64)
        for k, zone in enumerate(zones.include):
            sides = batch.sides(zone_geometry(zone))
            inside |= sides == 1
            across[(across < 0) & (sides == 2)] = k
        straddling = ~inside & (across >= 0)
        place_bounds[straddling] |= np.left_shift(np.uint64(1), (first + across[straddling]).astype(np.uint64))
        place_fail |= ~inside & (across < 0)
    first += len(zones.include)
    for k, zone in enumerate(zones.exclude):
        sides = batch.sides(zone_geometry(zone))
        place_fail |= sides == 1
        place_bounds[sides == 2] |= np.uint64(1 << (first + k))
    reasons[points[place_fail]] |= _REASON_BIT["place"]
    bounds[points] |= place_bounds


def _party(batch: _Batch, terms: Terms, slot: dict[str, int], reasons: U8, missing: U8, bounds: U64) -> None:
    perpetrator = batch.perpetrator
    known = perpetrator >= 0
    missing[~known] |= _MISSING_BIT["perpetrator"]
    tested = (reasons & _REASON_BIT["time"]) == 0  # outside the window the reading binds nobody
    _, in_force = _overlap(terms.in_force_spans, batch.earliest, batch.latest)
    bound_parties = set(terms.agreement.bound_parties)
    for party, code in batch.party_code.items():
        rows = tested & (perpetrator == code)
        if not rows.any():
            continue
        inside, touched = _overlap(terms.bound_spans.get(party, ()), batch.earliest, batch.latest)
        unbound = rows & ~touched
        if party in bound_parties:
            reasons[unbound & ~in_force] |= _REASON_BIT["not_in_force"]
            unbound &= in_force
        reasons[unbound] |= _REASON_BIT["party"]
        bounds[rows & touched & ~inside] |= np.uint64(1 << slot["party.bound"])


def _verdicts(reasons: U8, missing: U8, bounds: U64) -> npt.NDArray[np.int8]:
    return np.select(
        [reasons != 0, missing != 0, bounds != 0], [_NOT_COVERED, _UNDETERMINED, _POSSIBLE], _VIOLATION
    ).astype(np.int8)


def _released(batch: _Batch, terms: Terms, verdict: npt.NDArray[np.int8]) -> Bools | None:
    """The incidents whose perpetrator had declared itself freed, effectively, by the time they began.

    A release of party P at T is effective when another reciprocity party has a violation that ended before T and
    is not itself freed; taking releases in time order makes the latter known when needed (a freeing release came
    before that violation began, so before T).
    """
    parties = terms.reciprocity_parties
    events = sorted((ns(at), party) for party, times in terms.releases.items() for at in times)
    if not events:
        return None
    code = batch.party_code
    violation = verdict == _VIOLATION
    effective: dict[str, int] = {}
    for at, party in events:
        if party in effective or party not in code:
            continue
        for other in sorted(parties - {party}):
            if other not in code:
                continue
            freeing = violation & (batch.perpetrator == code[other]) & (batch.latest < at)
            if other in effective:
                freeing &= batch.earliest < effective[other]
            if freeing.any():
                effective[party] = at
                break
    released = np.zeros(len(verdict), dtype=bool)
    for party, at in effective.items():
        released |= (batch.perpetrator == code[party]) & (batch.earliest >= at)
    return released


def _name_releases(batch: _Batch, terms: Terms, verdict: npt.NDArray[np.int8], out: I32) -> None:
    """The first violations by the other side that ended before each (possible) violation began."""
    code = batch.party_code
    parties = [p for p in sorted(terms.reciprocity_parties) if p in code]
    if not parties:
        return
    violation = verdict == _VIOLATION
    for party in parties:
        others = [code[p] for p in terms.reciprocity_parties - {party} if p in code]
        rows = (batch.perpetrator == code[party]) & ((verdict == _VIOLATION) | (verdict == _POSSIBLE))
        if not others or not rows.any():
            continue
        candidates = np.flatnonzero(violation & np.isin(batch.perpetrator, others))
        if not len(candidates):
            continue
        first = candidates[np.lexsort((batch.ids[candidates], batch.latest[candidates]))[:RELEASES_NAMED]]
        ended = batch.latest[first]
        where = np.flatnonzero(rows)
        for j in range(len(first)):
            named = where[ended[j] < batch.earliest[where]]
            out[named, j] = batch.order[first[j]]


def _overlap(spans: Sequence[Span], earliest: I64, latest: I64) -> tuple[Bools, Bools]:
    """:func:`~ceasewatch.adjudicate._terms.overlap` over arrays: (all of it in one span, any of it in some span).

    Spans that follow one another (as timelines give them) are searched; others (bindings may overlap) are scanned.
    """
    if not spans:
        none = np.zeros(len(earliest), dtype=bool)
        return none, none
    starts = np.array([ns(s) for s, _ in spans], dtype=np.int64)
    ends = np.array([ns(e) if e is not None else _OPEN for _, e in spans], dtype=np.int64)
    if bool(np.all(starts <= ends)) and bool(np.all(ends[:-1] <= starts[1:])):
        # Ends rise with starts, so the last span starting by a moment is the one reaching farthest past it.
        last = np.searchsorted(starts, earliest, side="right") - 1
        inside = (last >= 0) & (latest < ends[np.maximum(last, 0)])
        last = np.searchsorted(starts, latest, side="right") - 1
        touched = (last >= 0) & (earliest < ends[np.maximum(last, 0)])
        return inside, touched
    inside = np.zeros(len(earliest), dtype=bool)
    touched = np.zeros(len(earliest), dtype=bool)
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        inside |= (start <= earliest) & (latest < end)
        touched |= (start <= latest) & (earliest < end)
    return inside, touched
