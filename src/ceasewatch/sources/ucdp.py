"""UCDP Georeferenced Event Dataset (GED) CSV → Reports, one per event row, each with one claim.

Columns are those of the GED codebook, versions 23.1 and 24.1 (``id``, ``type_of_violence``, ``side_a``,
``side_b``, ``where_prec``, ``latitude``, ``longitude``, ``date_prec``, ``date_start``, ``date_end``,
``source_headline``, ``source_article``, ...), in any order and case; other columns are ignored. ``date_prec`` and
``where_prec`` are mapped onto our time precision and place radius (``docs/sources.md``). UCDP codes a state-based
or non-state event as a dyad without saying which side struck: only one-sided violence (``type_of_violence`` 3)
names a perpetrator (``side_a``). This module holds the mapping (:data:`convert`, for the table reader);
:func:`~ceasewatch.sources.read_ucdp` (or ``read_any``) reads a file with it.
"""

from __future__ import annotations

import re

from ceasewatch.model.claim import ClaimDraft, Evidence, Target
from ceasewatch.model.place import Place, PlacePrecision
from ceasewatch.model.report import Report, Source
from ceasewatch.model.time import TimePrecision
from ceasewatch.sources._monitors import (
    ARTILLERY_WORDS,
    COUNTRY_NAMES,
    find_target,
    find_weapon,
    local_days,
    strike_kind,
)
from ceasewatch.sources._table import CellError, Row, TableFormat, one_by_one

__all__ = ["DATE_PRECISION", "UCDP", "UCDP_SOURCE", "WHERE_PRECISION", "ucdp_party"]

UCDP = TableFormat(
    name="ucdp",
    title="UCDP GED",
    required=(
        "id",
        "type_of_violence",
        "side_a",
        "side_b",
        "where_prec",
        "latitude",
        "longitude",
        "date_prec",
        "date_start",
        "date_end",
    ),
    record="id",
)
UCDP_SOURCE = Source(name="UCDP GED", affiliation="monitor", url="https://ucdp.uu.se/")

DATE_PRECISION: dict[int, tuple[str, TimePrecision]] = {
    1: ("exact date", "day"),
    2: ("2-6 days", "week"),
    3: ("a week", "week"),
    4: ("8-30 days or a month", "month"),
    5: ("more than a month", "month"),
}
"""GED ``date_prec`` → (its meaning, our precision); the interval is always ``date_start`` to ``date_end``, whole
local days."""

WHERE_PRECISION: dict[int, tuple[str, float, PlacePrecision]] = {
    1: ("exact location", 5.0, "settlement"),
    2: ("within 25 km of a known point", 25.0, "district"),
    3: ("second-order administrative division", 50.0, "district"),
    4: ("first-order administrative division", 150.0, "admin1"),
    5: ("linear feature or between places", 100.0, "area"),
    6: ("only the country", 1000.0, "country"),
    7: ("international waters or airspace", 200.0, "area"),
}
"""GED ``where_prec`` → (its meaning, radius in km, our precision)."""

_VIOLENCE = {1: "state-based", 2: "non-state", 3: "one-sided"}
_GOVERNMENT = re.compile(r"^Government of (?P<country>.+?)\s*$")
_GW_CODES: dict[str, str] = {
    "365": "RUS",
    "369": "UKR",
    "370": "BLR",
    "359": "MDA",
    "372": "GEO",
    "290": "POL",
    "360": "ROU",
    "2": "USA",
}
"""Gleditsch–Ward country numbers (GED ``country_id``, ``gwnoa``) → ISO 3166-1 alpha-3."""


def ucdp_party(side: str) -> str | None:
    """The party of a GED side: a government → its country's code; anything else → ``None``.

    >>> ucdp_party("Government of Russia (Soviet Union)"), ucdp_party("Government of Ukraine")
    ('RUS', 'UKR')
    """
    match = _GOVERNMENT.match(side.strip())
    return COUNTRY_NAMES.get(match["country"].lower()) if match else None


def _country(row: Row) -> str | None:
    return _GW_CODES.get(row.get("country_id").split(".")[0]) or COUNTRY_NAMES.get(row.get("country").lower())


def ucdp_report(row: Row) -> Report:
    """One GED row as a report with one claim (raises ``CellError`` or ``ValidationError`` on a bad cell)."""
    event_id = row.required("id", "UCDP's event id, a whole number")
    violence = row.code("type_of_violence", _VIOLENCE)
    country = _country(row)
    _, precision = DATE_PRECISION[row.code("date_prec", {code: m for code, (m, _) in DATE_PRECISION.items()})]
    first, last = row.day("date_start"), row.day("date_end")
    if last < first:
        raise CellError(
            "date_end", f"{last.isoformat()} is before date_start {first.isoformat()}", "a date on or after date_start"
        )
    when = local_days(first, last, precision, country)
    lat = row.number("latitude", -90, 90, "a latitude in degrees, -90 to 90")
    lon = row.number("longitude", -180, 180, "a longitude in degrees, -180 to 180")
    _, radius, place_precision = WHERE_PRECISION[
        row.code("where_prec", {c: m for c, (m, _, _) in WHERE_PRECISION.items()})
    ]
    text = row.get("source_headline") or row.get("source_article")
    words = f"{text}\n{row.get('source_article')}" if row.get("source_headline") else text
    found = find_target(text, row.get("source_article") if row.get("source_headline") else "")
    if found is not None:
        target = found.id
        evidence = (
            Evidence(start=found.start, end=found.end) if found.start is not None and found.end is not None else None
        )
    else:
        target, evidence = ("civilian" if violence == 3 else "unknown"), None
    claim = ClaimDraft(
        time=when,
        place=Place(
            name=row.get("where_coordinates") or None,
            lat=lat,
            lon=lon,
            radius_km=radius,
            precision=place_precision,
            admin1=row.get("adm_1") or None,
            country=country,
        ),
        target=Target(category=target),
        act=strike_kind(words, "strike.artillery" if ARTILLERY_WORDS.search(words) else "unknown"),
        weapon=find_weapon(words),
        perpetrator=ucdp_party(row.get("side_a")) if violence == 3 else None,
        stance="observation",
        evidence=evidence,
    )
    return Report(
        id=f"ucdp-ged:{event_id}",
        published_at=when.latest,
        source=UCDP_SOURCE,
        text=text or None,
        title=row.get("dyad_name") or row.get("conflict_name") or f"{row.get('side_a')} – {row.get('side_b')}",
        language="en",
        claims=(claim,),
    )


convert = one_by_one(UCDP, ucdp_report)
"""The batch form used by the table reader."""
