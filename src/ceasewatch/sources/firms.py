"""NASA FIRMS active-fire CSV (VIIRS and MODIS) → sensor Reports, matched against facilities in batches.

Each hotspot row is one report of the source ``NASA FIRMS`` (affiliation ``sensor``). A hotspot within ``max_km``
(default 2 km, by ground distance) of a facility carries one claim: an ``observation`` of the nearest facility, act
``unknown``, no perpetrator, at the overpass minute (UTC), at the hotspot with the radius of its pixel. A hotspot near
no facility is dropped (and counted) unless ``keep_unmatched=True`` keeps it as a report without claims. Matching
goes through a :class:`SiteMatcher` (the facility registry), one call per batch of rows: :func:`converter` is the
batch form that :func:`~ceasewatch.sources.read_firms` (and ``read_any``) hands to the table reader.

Supported: the CSV of the FIRMS API and archive downloads for VIIRS Collection 2 (``bright_ti4``, ``bright_ti5``,
confidence ``l``/``n``/``h``) and MODIS Collection 6.1 (``brightness``, ``bright_t31``, confidence 0–100).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

from ceasewatch.model.claim import ClaimDraft, Target
from ceasewatch.model.facility import Facility
from ceasewatch.model.place import Place
from ceasewatch.model.report import Report, Source
from ceasewatch.model.time import TimeInterval
from ceasewatch.sources._lines import Rejected
from ceasewatch.sources._table import CellError, Convert, Row, TableFormat, rejected

__all__ = ["CONFIDENCE", "DEFAULT_MAX_KM", "FIRMS", "FIRMS_SOURCE", "SiteMatcher"]

FIRMS = TableFormat(
    name="firms",
    title="NASA FIRMS",
    required=("latitude", "longitude", "scan", "track", "acq_date", "acq_time", "confidence"),
    one_of=(("bright_ti4", "brightness"),),
)
FIRMS_SOURCE = Source(name="NASA FIRMS", affiliation="sensor", url="https://firms.modaps.eosdis.nasa.gov/")
DEFAULT_MAX_KM = 2.0
"""How far (km, on the ground) a FIRMS hotspot may be from a facility to count as an observation of it."""

CONFIDENCE: dict[str, float] = {"l": 0.3, "low": 0.3, "n": 0.7, "nominal": 0.7, "h": 0.9, "high": 0.9}
"""VIIRS confidence classes → claim confidence; a MODIS confidence (0–100) becomes its hundredth."""
_CONFIDENCE_EXPECTED = "l, n or h (VIIRS), or a whole number 0 to 100 (MODIS)"


class SiteMatcher(Protocol):
    """What FIRMS matching needs of a facility registry: the nearest facility to many points, and facilities by index.

    ``nearest_many`` returns, for each point, the index of the nearest facility within ``max_km`` by ground
    distance (``-1`` where there is none) and that distance in km.
    """

    def nearest_many(
        self, lats: NDArray[np.float64], lons: NDArray[np.float64], max_km: float
    ) -> tuple[NDArray[np.int64], NDArray[np.float64]]: ...

    def __getitem__(self, index: int) -> Facility: ...


def check_sites(sites: SiteMatcher | None, keep_unmatched: bool) -> None:
    """Reading FIRMS needs facilities to match against, unless every hotspot is kept."""
    if sites is None and not keep_unmatched:
        raise ValueError(
            "reading FIRMS needs sites (a facility registry) to match hotspots against, "
            "or keep_unmatched=True to keep every hotspot without claims"
        )


@dataclass(frozen=True)
class _Hotspot:
    row: Row
    lat: float
    lon: float
    at: datetime
    radius_km: float
    confidence: float
    instrument: str
    satellite: str


def _hotspot(row: Row, instrument: str) -> _Hotspot:
    lat = row.number("latitude", -90, 90, "a latitude in degrees, -90 to 90")
    lon = row.number("longitude", -180, 180, "a longitude in degrees, -180 to 180")
    scan = row.number("scan", 0, 50, "the pixel's size along the scan in km, 0 to 50")
    track = row.number("track", 0, 50, "the pixel's size along the track in km, 0 to 50")
    day = row.day("acq_date")
    hhmm = row.required("acq_time", "the overpass time in UTC as HHMM, e.g. 0112")
    if not (hhmm.isdigit() and len(hhmm) <= 4 and int(hhmm) // 100 < 24 and int(hhmm) % 100 < 60):
        raise CellError("acq_time", f"not a time: {hhmm!r}", "the overpass time in UTC as HHMM, e.g. 0112")
    at = datetime(day.year, day.month, day.day, int(hhmm) // 100, int(hhmm) % 100, tzinfo=UTC)
    return _Hotspot(row, lat, lon, at, math.hypot(scan, track) / 2, _confidence(row), instrument, row.get("satellite"))


def _confidence(row: Row) -> float:
    text = row.required("confidence", _CONFIDENCE_EXPECTED).lower()
    if text in CONFIDENCE:
        return CONFIDENCE[text]
    if text.isdigit() and int(text) <= 100:
        return int(text) / 100
    raise CellError("confidence", f"not a confidence: {text!r}", _CONFIDENCE_EXPECTED)


def _report(spot: _Hotspot, facility: Facility | None) -> Report:
    row = spot.row
    stamp = spot.at.strftime("%Y-%m-%dT%H%M")
    frp = row.get("frp")
    text = (
        f"{spot.instrument} active fire detection{f' ({spot.satellite})' if spot.satellite else ''} at "
        f"{row.get('latitude')}, {row.get('longitude')} on {spot.at:%Y-%m-%d %H:%M} UTC"
        f"{f', FRP {frp} MW' if frp else ''}, confidence {row.get('confidence')}"
        f"{', night' if row.get('daynight').upper() == 'N' else ', day' if row.get('daynight') else ''}."
    )
    claims: tuple[ClaimDraft, ...] = ()
    if facility is not None:
        claims = (
            ClaimDraft(
                time=TimeInterval.at(spot.at, "minute"),
                place=Place(
                    lat=spot.lat,
                    lon=spot.lon,
                    radius_km=round(spot.radius_km, 3),
                    precision="exact",
                    admin1=facility.admin1,
                    country=facility.country,
                ),
                target=Target(category=facility.category, facility_id=facility.id, name=facility.name),
                act="unknown",
                stance="observation",
                confidence=spot.confidence,
            ),
        )
    return Report(
        id=f"firms:{spot.instrument.lower()}:{spot.satellite or '-'}:{stamp}:{row.get('latitude')},"
        f"{row.get('longitude')}",
        published_at=spot.at,
        source=FIRMS_SOURCE,
        text=text,
        title=f"{spot.instrument} hotspot",
        language="en",
        claims=claims,
    )


def converter(sites: SiteMatcher | None, max_km: float, keep_unmatched: bool) -> Convert:
    """The batch form used by the table reader: parse a batch of rows, match all its hotspots in one call.

    Raises :class:`ValueError` at once when there are no ``sites`` and unmatched hotspots are not kept.
    """
    check_sites(sites, keep_unmatched)

    def convert(rows: Sequence[Row], file: str) -> list[Report | Rejected | None]:
        out: list[Report | Rejected | None] = [None] * len(rows)
        spots: list[tuple[int, _Hotspot]] = []
        for n, row in enumerate(rows):
            instrument = row.get("instrument").upper() or ("VIIRS" if "bright_ti4" in row.cells else "MODIS")
            try:
                spots.append((n, _hotspot(row, instrument)))
            except CellError as exc:
                out[n] = rejected(row, file, FIRMS, exc)
        if not spots:
            return out
        if sites is not None:
            lats = np.fromiter((spot.lat for _, spot in spots), dtype=np.float64, count=len(spots))
            lons = np.fromiter((spot.lon for _, spot in spots), dtype=np.float64, count=len(spots))
            index, _ = sites.nearest_many(lats, lons, max_km)
        else:
            index = np.full(len(spots), -1, dtype=np.int64)
        for (n, spot), site in zip(spots, index.tolist(), strict=True):
            if site >= 0:
                out[n] = _report(spot, sites[site] if sites is not None else None)
            elif keep_unmatched:
                out[n] = _report(spot, None)
        return out

    return convert
