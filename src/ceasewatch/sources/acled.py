"""ACLED CSV exports → Reports, one per event row, each with one claim (the mappings are in ``docs/sources.md``).

Columns are those of ACLED's codebook (2024–2025 exports: ``event_id_cnty``, ``event_date``, ``time_precision``,
``event_type``, ``sub_event_type``, ``actor1``, ``actor2``, ``iso``, ``admin1``, ``location``, ``latitude``,
``longitude``, ``geo_precision``, ``notes``, ``tags``, ``timestamp``, ...), in any order and case; other columns are
ignored. The report's text is ACLED's ``notes``; its claim is an ``observation`` by the monitor, with ACLED's
precision codes mapped onto our time intervals and place radii, the act from the sub-event type (and the weapons the
notes name), the alleged perpetrator from ``actor1`` where ACLED's event type gives it a direction, and the target
from the words of ``notes`` and ``tags``. This module holds the mapping (:data:`convert`, for the table reader);
:func:`~ceasewatch.sources.read_acled` (or ``read_any``) reads a file with it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from ceasewatch.model.claim import ClaimDraft, Evidence, Target
from ceasewatch.model.place import Place, PlacePrecision
from ceasewatch.model.report import Report, Source
from ceasewatch.model.time import TimeInterval
from ceasewatch.sources._monitors import COUNTRY_NAMES, find_target, find_weapon, local_days, strike_kind
from ceasewatch.sources._table import Row, TableFormat, one_by_one

__all__ = ["ACLED", "ACLED_SOURCE", "GEO_PRECISION", "SUB_EVENT_ACTS", "TIME_PRECISION", "acled_party"]

ACLED = TableFormat(
    name="acled",
    title="ACLED",
    required=(
        "event_id_cnty",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "latitude",
        "longitude",
        "geo_precision",
    ),
    record="event_id_cnty",
)
ACLED_SOURCE = Source(name="ACLED", affiliation="monitor", url="https://acleddata.com/")

TIME_PRECISION: dict[int, str] = {1: "day", 2: "week", 3: "month"}
"""ACLED ``time_precision`` → our precision. The interval: the local day; the week centred on ``event_date`` (ACLED
codes a week's events on its middle day); the calendar month of ``event_date``."""

GEO_PRECISION: dict[int, tuple[float, PlacePrecision]] = {
    1: (5.0, "settlement"),
    2: (25.0, "district"),
    3: (150.0, "admin1"),
}
"""ACLED ``geo_precision`` → (radius in km, our precision): 1 the town itself; 2 near a town or part of a region
(a district's reach); 3 only the region (an oblast's reach around its capital)."""
_GEO_CODES = {1: "town", 2: "near a town or part of a region", 3: "region"}

SUB_EVENT_ACTS: dict[str, str] = {
    "air/drone strike": "strike.air",  # strike.drone / strike.missile / strike by the weapons the notes name
    "shelling/artillery/missile attack": "strike.artillery",  # strike.missile where the notes name missiles
    "remote explosive/landmine/ied": "sabotage",
    "suicide bomb": "sabotage",
    "chemical weapon": "strike",
    "grenade": "ground",
    "armed clash": "ground.assault",
    "government regains territory": "ground.assault",
    "non-state actor overtakes territory": "ground.assault",
    "attack": "ground",
    "disrupted weapons use": "strike",  # an intercepted strike: by the weapons the notes name
}
"""ACLED ``sub_event_type`` (lower case) → act; any other sub-event type → ``unknown``."""
_BY_WEAPON = frozenset({"air/drone strike", "shelling/artillery/missile attack", "disrupted weapons use"})
_DIRECTED = frozenset({"explosions/remote violence", "violence against civilians", "strategic developments"})
"""Event types whose ``actor1`` is the one who acted (in battles, ACLED's actors have no direction)."""

_STATE_ACTOR = re.compile(
    r"^(?:(?:Military|Police|Naval|Air|Security) Forces|Government) of (?:the )?(?P<country>[A-Z][A-Za-z .'-]*?)"
    r" \(\d{4}-(?:\d{4})?\)"
)
_ISO_NUMERIC: dict[str, str] = {
    "804": "UKR",
    "643": "RUS",
    "112": "BLR",
    "498": "MDA",
    "268": "GEO",
    "616": "POL",
    "642": "ROU",
    "840": "USA",
}


def acled_party(actor: str) -> str | None:
    """The party of an ACLED actor: a state's military, police or government forces → its ISO code; else ``None``.

    >>> acled_party("Military Forces of Russia (2000-)"), acled_party("Military Forces of Ukraine (2019-) Air Force")
    ('RUS', 'UKR')
    >>> acled_party("Unidentified Armed Group (Ukraine)") is None
    True
    """
    match = _STATE_ACTOR.match(actor.strip())
    return COUNTRY_NAMES.get(match["country"].lower()) if match else None


def _time(row: Row, country: str | None) -> TimeInterval:
    day = row.day("event_date")
    precision = row.code("time_precision", TIME_PRECISION)
    if precision == 1:
        return local_days(day, day, "day", country)
    if precision == 2:
        return local_days(day - timedelta(days=3), day + timedelta(days=3), "week", country)
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return local_days(first, last, "month", country)


def _unix_time(row: Row, column: str) -> datetime | None:
    """A Unix time in seconds (as ACLED's ``timestamp``), as a UTC instant; ``None`` when the cell is empty."""
    value = row.optional_number(column, 0, 32503680000, "a Unix time in seconds")
    return None if value is None else datetime.fromtimestamp(value, UTC)


def _country(row: Row) -> str | None:
    return _ISO_NUMERIC.get(row.get("iso").split(".")[0]) or COUNTRY_NAMES.get(row.get("country").lower())


def acled_report(row: Row) -> Report:
    """One ACLED row as a report with one claim (raises ``CellError`` or ``ValidationError`` on a bad cell)."""
    event_id = row.required("event_id_cnty", "ACLED's event id, e.g. UKR123456")
    country = _country(row)
    when = _time(row, country)
    lat = row.number("latitude", -90, 90, "a latitude in degrees, -90 to 90")
    lon = row.number("longitude", -180, 180, "a longitude in degrees, -180 to 180")
    radius, place_precision = GEO_PRECISION[row.code("geo_precision", _GEO_CODES)]
    notes = row.get("notes")
    event_type, sub_event = row.get("event_type").lower(), row.get("sub_event_type").lower()
    act = SUB_EVENT_ACTS.get(sub_event, "unknown")
    if sub_event in _BY_WEAPON:
        act = strike_kind(notes, act)
    found = find_target(notes, row.get("tags"))
    if found is not None:
        target, evidence = (
            found.id,
            (Evidence(start=found.start, end=found.end) if found.start is not None and found.end is not None else None),
        )
    else:
        evidence = None
        target = (
            "military.unit"
            if event_type == "battles"
            else "civilian"
            if row.get("civilian_targeting").lower() == "civilian targeting"
            else "unknown"
        )
    claim = ClaimDraft(
        time=when,
        place=Place(
            name=row.get("location") or None,
            lat=lat,
            lon=lon,
            radius_km=radius,
            precision=place_precision,
            admin1=row.get("admin1") or None,
            country=country,
        ),
        target=Target(category=target),
        act=act,
        weapon=find_weapon(notes),
        perpetrator=acled_party(row.get("actor1")) if event_type in _DIRECTED else None,
        stance="observation",
        evidence=evidence,
    )
    title = " — ".join(
        part for part in (row.get("sub_event_type") or row.get("event_type"), row.get("location")) if part
    )
    return Report(
        id=f"acled:{event_id}",
        published_at=_unix_time(row, "timestamp") or when.latest,
        source=ACLED_SOURCE,
        text=notes or None,
        title=title or None,
        language="en",
        claims=(claim,),
    )


convert = one_by_one(ACLED, acled_report)
"""The batch form used by the table reader."""
