"""The structured sources (ACLED, UCDP GED, NASA FIRMS) and ``read_any``: mappings, detection, located errors.

The fixtures in ``tests/data`` are synthetic (see its README); broken variants are built here from them.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy.typing import NDArray

import ceasewatch.sources
from ceasewatch.errors import ReportError
from ceasewatch.model import Facility, Report
from ceasewatch.sources import (
    IngestCounts,
    Rejected,
    acled,
    detect_format,
    ingest_file,
    read_acled,
    read_any,
    read_firms,
    read_ucdp,
    ucdp,
)
from ceasewatch.sources._monitors import TARGET_WORDS

DATA = Path(__file__).parent / "data"
ACLED = DATA / "acled_sample.csv"
UCDP = DATA / "ucdp_sample.csv"
VIIRS = DATA / "firms_viirs_sample.csv"
MODIS = DATA / "firms_modis_sample.csv"


# -- a fake facility registry: brute-force haversine over Facility objects ------------------------------------------


class FakeSites:
    """A :class:`~ceasewatch.sources.SiteMatcher` by brute force, for tests."""

    def __init__(self, facilities: list[Facility]) -> None:
        self.facilities = facilities
        self.calls = 0

    def nearest_many(
        self, lats: NDArray[np.float64], lons: NDArray[np.float64], max_km: float
    ) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
        self.calls += 1
        index = np.full(len(lats), -1, dtype=np.int64)
        dist = np.full(len(lats), np.inf)
        for n, facility in enumerate(self.facilities):
            d = haversine_km(lats, lons, facility.lat, facility.lon)
            better = (d <= max_km) & (d < dist)
            index[better], dist[better] = n, d[better]
        return index, dist

    def __getitem__(self, index: int) -> Facility:
        return self.facilities[index]


def haversine_km(lats: NDArray[np.float64], lons: NDArray[np.float64], lat: float, lon: float) -> NDArray[np.float64]:
    p1, p2 = np.radians(lats), math.radians(lat)
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * math.cos(p2) * np.sin(np.radians(lon - lons) / 2) ** 2
    result: NDArray[np.float64] = 2 * 6371.0088 * np.arcsin(np.sqrt(a))
    return result


def facility(fid: str, category: str, lat: float, lon: float, **extra: Any) -> Facility:
    return Facility(
        id=fid,
        name=fid.split(":")[1].replace("-", " ").title(),
        category=category,
        lat=lat,
        lon=lon,
        source="test",
        **extra,
    )


SITES = [
    facility(
        "cw:kropotkinskaya-ps", "energy.oil.pumping_station", 45.4400, 40.5650, country="RUS", admin1="Krasnodar Krai"
    ),
    facility("cw:kavkazskaya-depot", "energy.oil.storage", 45.4350, 40.6800, country="RUS"),
    facility("cw:sudzha-gms", "energy.gas.metering_station", 51.1900, 35.2700, country="RUS"),
]


def sites() -> FakeSites:
    return FakeSites(list(SITES))


def reports(items: list[Report | Rejected]) -> list[Report]:
    return [item for item in items if isinstance(item, Report)]


def claim_of(report: Report) -> Any:
    assert len(report.claims) == 1
    return report.claims[0]


def replaced(path: Path, old: str, new: str, count: int = 1) -> bytes:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    return text.replace(old, new, count).encode()


# -- ACLED ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "act", "target", "perpetrator", "precision", "radius", "evidence"),
    [
        ("RUS900001", "strike.drone", "energy.oil.pumping_station", "UKR", "day", 25.0, "oil pumping station"),
        ("UKR900002", "strike.artillery", "energy.electricity.substation", "RUS", "day", 5.0, "substation"),
        ("UKR900003", "strike.missile", "energy.electricity.generation.thermal", "RUS", "week", 25.0, "thermal power"),
        ("RUS900004", "ground.assault", "military.unit", None, "month", 150.0, None),
        ("UKR900005", "strike.drone", "energy.electricity.line", "RUS", "day", 5.0, "power lines"),
        ("RUS900006", "sabotage", "energy.gas.pipeline", None, "day", 25.0, "gas pipeline"),
        ("UKR900007", "ground", "civilian", "RUS", "day", 5.0, None),
        ("RUS900008", "strike.drone", "energy.oil.refinery", "UKR", "day", 5.0, None),  # from tags
    ],
)
def test_acled_rows_map_to_claims(
    event: str, act: str, target: str, perpetrator: str | None, precision: str, radius: float, evidence: str | None
) -> None:
    report = next(r for r in reports(list(read_acled(ACLED))) if r.id == f"acled:{event}")
    claim = claim_of(report)
    assert (claim.act, claim.target.category, claim.perpetrator) == (act, target, perpetrator)
    assert (claim.time.precision, claim.place.radius_km, claim.stance) == (precision, radius, "observation")
    assert report.source.name == "ACLED" and report.source.affiliation == "monitor"
    assert report.text is not None and report.text.startswith(("On ", "Around ", "In "))
    if evidence is None:
        assert claim.evidence is None
    else:
        assert report.text[claim.evidence.start : claim.evidence.end] == evidence


def test_acled_time_precision_intervals_are_local_days() -> None:
    by_id = {r.id: claim_of(r) for r in reports(list(read_acled(ACLED)))}
    day = by_id["acled:UKR900002"].time  # Kherson, 20 March 2025, EET (UTC+2)
    assert (day.earliest.isoformat(), day.latest.isoformat(), day.tz) == (
        "2025-03-19T22:00:00+00:00",
        "2025-03-20T22:00:00+00:00",
        "Europe/Kyiv",
    )
    week = by_id["acled:UKR900003"].time  # the week centred on 22 March
    assert (week.earliest.isoformat(), week.latest.isoformat()) == (
        "2025-03-18T22:00:00+00:00",
        "2025-03-25T22:00:00+00:00",
    )
    month = by_id["acled:RUS900004"].time  # "15 March 2025", month precision, Moscow time
    assert (month.earliest.isoformat(), month.latest.isoformat(), month.tz) == (
        "2025-02-28T21:00:00+00:00",
        "2025-03-31T21:00:00+00:00",
        "Europe/Moscow",
    )


def test_acled_report_fields() -> None:
    first = reports(list(read_acled(ACLED)))[0]
    assert first.published_at.isoformat() == "2025-03-25T00:00:00+00:00"  # ACLED's timestamp
    claim = claim_of(first)
    assert (claim.place.name, claim.place.admin1, claim.place.country, claim.place.precision) == (
        "Kropotkin",
        "Krasnodar",
        "RUS",
        "district",
    )
    assert first.title == "Air/drone strike — Kropotkin"
    weapons = {r.id: claim_of(r).weapon for r in reports(list(read_acled(ACLED)))}
    assert weapons["acled:UKR900003"] == "Iskander" and weapons["acled:UKR900005"] == "Shahed-type drone"


@pytest.mark.parametrize(
    ("actor", "party"),
    [
        ("Military Forces of Russia (2000-)", "RUS"),
        ("Military Forces of Ukraine (2019-)", "UKR"),
        ("Military Forces of Russia (2000-) Prison Labor", "RUS"),
        ("Police Forces of Ukraine (2019-)", "UKR"),
        ("Government of Russia (2000-)", "RUS"),
        ("Military Forces of Belarus (1994-)", "BLR"),
        ("Unidentified Armed Group (Ukraine)", None),
        ("Civilians (Ukraine)", None),
        ("", None),
    ],
)
def test_acled_parties(actor: str, party: str | None) -> None:
    assert acled.acled_party(actor) == party


# -- UCDP GED ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "precision", "days", "radius", "place_precision", "act", "target", "perpetrator"),
    [
        ("9900001", "day", 1, 25.0, "district", "strike.drone", "energy.electricity.substation", None),
        ("9900002", "week", 4, 150.0, "admin1", "strike.artillery", "energy.electricity.line", None),
        ("9900003", "month", 30, 5.0, "settlement", "strike.missile", "civilian.residential", "RUS"),
        ("9900004", "month", 92, 200.0, "area", "strike.naval", "maritime.vessel.military", None),
    ],
)
def test_ucdp_rows_map_to_claims(
    event: str,
    precision: str,
    days: int,
    radius: float,
    place_precision: str,
    act: str,
    target: str,
    perpetrator: str | None,
) -> None:
    report = next(r for r in reports(list(read_ucdp(UCDP))) if r.id == f"ucdp-ged:{event}")
    claim = claim_of(report)
    assert claim.time.precision == precision
    assert round((claim.time.latest - claim.time.earliest).total_seconds() / 86400) == days
    assert (claim.place.radius_km, claim.place.precision) == (radius, place_precision)
    assert (claim.act, claim.target.category, claim.perpetrator) == (act, target, perpetrator)
    assert report.source.name == "UCDP GED" and claim.stance == "observation"


def test_ucdp_sides_and_places() -> None:
    assert ucdp.ucdp_party("Government of Russia (Soviet Union)") == "RUS"
    assert ucdp.ucdp_party("Government of Ukraine") == "UKR"
    assert ucdp.ucdp_party("Civilians") is None
    first = reports(list(read_ucdp(UCDP)))[0]
    claim = claim_of(first)
    assert (claim.place.name, claim.place.admin1, claim.place.country, claim.time.tz) == (
        "Sumy town",
        "Sumy oblast",
        "UKR",
        "Europe/Kyiv",
    )
    assert first.text == "Russian drones hit substation in Sumy region"
    assert first.title == "Government of Russia (Soviet Union) - Government of Ukraine"
    assert claim.evidence is not None and first.text[claim.evidence.start : claim.evidence.end] == "substation"


# -- FIRMS ------------------------------------------------------------------------------------------------------------


def test_firms_viirs_hotspots_near_facilities_become_observations() -> None:
    counts = IngestCounts()
    matcher = sites()
    found = reports(list(read_firms(VIIRS, sites=matcher, counts=counts)))
    observed = [(claim_of(r).target.facility_id, r.published_at.strftime("%d %H%M")) for r in found]
    assert observed == [
        ("cw:kropotkinskaya-ps", "19 0112"),
        ("cw:kavkazskaya-depot", "19 0112"),
        ("cw:sudzha-gms", "20 2330"),
        ("cw:kropotkinskaya-ps", "21 0054"),  # 1.7 km north of it; the next row, 2.1 km away, is dropped
    ]
    assert (counts.records, counts.reports, counts.claims, counts.dropped, counts.rejected) == (7, 4, 4, 3, 0)
    assert matcher.calls == 1  # one batch, one vectorised call
    claim = claim_of(found[0])
    assert (claim.stance, claim.act, claim.perpetrator, claim.confidence) == ("observation", "unknown", None, 0.7)
    assert (claim.target.category, claim.target.name) == ("energy.oil.pumping_station", "Kropotkinskaya Ps")
    assert (claim.time.precision, claim.time.earliest, claim.time.latest) == (
        "minute",
        found[0].published_at,
        found[0].published_at,
    )
    assert (claim.place.lat, claim.place.lon, claim.place.precision, claim.place.country) == (
        45.441,
        40.567,
        "exact",
        "RUS",
    )
    assert claim.place.radius_km == pytest.approx(math.hypot(0.39, 0.36) / 2, abs=1e-3)
    assert found[0].source.affiliation == "sensor" and found[0].source.name == "NASA FIRMS"
    assert found[0].id == "firms:viirs:N20:2025-03-19T0112:45.44100,40.56700"
    assert [claim_of(r).confidence for r in found] == [0.7, 0.9, 0.3, 0.7]


@pytest.mark.parametrize(
    ("max_km", "matched"),
    [(1.0, 3), (2.0, 4), (2.5, 5), (7.0, 6), (1000.0, 7)],
)
def test_firms_distance_option(max_km: float, matched: int) -> None:
    counts = IngestCounts()
    found = reports(list(read_firms(VIIRS, sites=sites(), max_km=max_km, counts=counts)))
    assert (len(found), counts.dropped) == (matched, 7 - matched)


def test_firms_nearest_of_several_facilities() -> None:
    # A hotspot between two sites goes to the nearer one, whichever order the registry lists them in.
    row = (
        "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,confidence\n"
        "45.4370,40.6500,340,0.4,0.4,2025-03-19,0100,n\n"
    )
    for order in (SITES, SITES[::-1]):
        found = reports(list(read_firms(io.BytesIO(row.encode()), sites=FakeSites(list(order)), max_km=10)))
        assert claim_of(found[0]).target.facility_id == "cw:kavkazskaya-depot"


def test_firms_keep_unmatched_and_no_sites() -> None:
    counts = IngestCounts()
    found = reports(list(read_firms(VIIRS, sites=sites(), keep_unmatched=True, counts=counts)))
    assert (len(found), counts.dropped, counts.claims) == (7, 0, 4)
    bare = [r for r in found if not r.claims]
    assert len(bare) == 3 and all(r.text and "VIIRS active fire detection" in r.text for r in bare)
    assert len(reports(list(read_firms(VIIRS, keep_unmatched=True)))) == 7
    with pytest.raises(ValueError, match="needs sites"):
        read_firms(VIIRS)
    with pytest.raises(ValueError, match="needs sites"):
        list(read_any(VIIRS))  # detected, then checked before any row is read


def test_firms_modis() -> None:
    counts = IngestCounts()
    found = reports(list(read_any(MODIS, sites=sites(), counts=counts)))
    assert counts.format == "firms" and (counts.reports, counts.dropped) == (1, 1)
    claim = claim_of(found[0])
    assert claim.confidence == 0.78 and claim.time.earliest.isoformat() == "2025-03-19T08:12:00+00:00"
    assert found[0].id.startswith("firms:modis:Terra:2025-03-19T0812:")
    assert claim.place.radius_km == pytest.approx(math.hypot(1.1, 1.0) / 2, abs=1e-3)


# -- detection and read_any -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        (ACLED, "acled"),
        (UCDP, "ucdp"),
        (VIIRS, "firms"),
        (MODIS, "firms"),
        (DATA / "reports_ok.jsonl", "jsonl"),
        (DATA / "reports_ok.csv", "csv"),
    ],
)
def test_detect_format_by_header(path: Path, fmt: str) -> None:
    assert detect_format(path) == fmt
    assert detect_format(io.BytesIO(b"\n\n" + path.read_bytes())) == fmt


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\n  \n", "empty"), (b"a,b,c\n1,2,3\n", "cannot tell the format")],
)
def test_detect_format_errors(content: bytes, message: str) -> None:
    with pytest.raises(ReportError, match=message) as info:
        detect_format(io.BytesIO(content), name="x.csv")
    assert info.value.file == "x.csv"
    assert info.value.expected is not None and "ACLED" in info.value.expected


@pytest.mark.parametrize("path", [ACLED, UCDP, DATA / "reports_ok.jsonl", DATA / "reports_ok.csv"])
def test_read_any_auto_equals_named_format(path: Path) -> None:
    fmt = detect_format(path)
    auto = list(read_any(path))
    assert auto == list(read_any(path, format=fmt))  # type: ignore[arg-type]
    assert auto and all(isinstance(item, Report) for item in auto)
    if fmt in ("jsonl", "csv"):
        assert auto == list(ceasewatch.sources.read_reports(path))


def test_read_any_reads_stdin_like_streams() -> None:
    stream = io.BytesIO(ACLED.read_bytes())
    assert [r.id for r in reports(list(read_any(stream)))] == [r.id for r in reports(list(read_acled(ACLED)))]


def test_options_are_checked_up_front() -> None:
    with pytest.raises(ValueError, match="format must be one of"):
        read_any(ACLED, format="geojson")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="on_error"):
        read_any(ACLED, on_error="skip")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_km"):
        read_any(ACLED, max_km=0)
    with pytest.raises(ValueError, match="max_errors"):
        ingest_file(ACLED, max_errors=-1)


def test_read_any_missing_file() -> None:
    with pytest.raises(ReportError, match="cannot open") as info:
        list(read_any(DATA / "nope.csv"))
    assert info.value.file is not None and info.value.file.endswith("nope.csv")


# -- broken inputs: located errors ------------------------------------------------------------------------------------

BROKEN: list[tuple[str, Path, str, str, str, int, str, str | None, str]] = [
    # (case, fixture, old, new, format, line, field, record, expected contains)
    (
        "acled bad date",
        ACLED,
        "2025-03-20,2025,1",
        "2025-03-32,2025,1",
        "acled",
        3,
        "event_date",
        "UKR900002",
        "YYYY-MM-DD",
    ),
    (
        "acled bad latitude",
        ACLED,
        "46.6354,32.6169",
        "146.6354,32.6169",
        "acled",
        3,
        "latitude",
        "UKR900002",
        "-90 to 90",
    ),
    (
        "acled bad longitude",
        ACLED,
        "46.6354,32.6169",
        "46.6354,east",
        "acled",
        3,
        "longitude",
        "UKR900002",
        "a longitude",
    ),
    (
        "acled bad time precision",
        ACLED,
        "2025-03-20,2025,1,",
        "2025-03-20,2025,4,",
        "acled",
        3,
        "time_precision",
        "UKR900002",
        "1 (day), 2 (week), 3 (month)",
    ),
    (
        "acled bad geo precision",
        ACLED,
        "32.6169,1,",
        "32.6169,x,",
        "acled",
        3,
        "geo_precision",
        "UKR900002",
        "1 (town)",
    ),
    ("acled empty id", ACLED, "UKR900002,", ",", "acled", 3, "event_id_cnty", None, "event id"),
    (
        "ucdp bad date_prec",
        UCDP,
        ",1,2025-03-21 00:00:00.000",
        ",9,2025-03-21 00:00:00.000",
        "ucdp",
        2,
        "date_prec",
        "9900001",
        "5 (more than a month)",
    ),
    (
        "ucdp bad where_prec",
        UCDP,
        "tion,2,Sumy town",
        "tion,0,Sumy town",
        "ucdp",
        2,
        "where_prec",
        "9900001",
        "7 (international waters",
    ),
    (
        "ucdp end before start",
        UCDP,
        "2025-03-23,2025-03-26",
        "2025-03-23,2025-03-20",
        "ucdp",
        3,
        "date_end",
        "9900002",
        "on or after date_start",
    ),
    (
        "ucdp bad latitude",
        UCDP,
        "50.9077,34.7981,POINT",
        "NaN,34.7981,POINT",
        "ucdp",
        2,
        "latitude",
        "9900001",
        "a latitude",
    ),
    ("firms bad date", VIIRS, "2025-03-20,2330", "20250320,2330", "firms", 5, "acq_date", None, "YYYY-MM-DD"),
    ("firms bad time", VIIRS, "2025-03-20,2330", "2025-03-20,2375", "firms", 5, "acq_time", None, "HHMM"),
    ("firms bad confidence", VIIRS, "N21,VIIRS,l", "N21,VIIRS,maybe", "firms", 5, "confidence", None, "l, n or h"),
    (
        "firms bad longitude",
        VIIRS,
        "51.19050,35.27200",
        "51.19050,235.27200",
        "firms",
        5,
        "longitude",
        None,
        "-180 to 180",
    ),
    ("wrong cell count", ACLED, "Kherson,46.6354,32.6169", "Kherson,46.6354", "acled", 3, "", None, "CSV rows of 31"),
]


@pytest.mark.parametrize(
    ("case", "path", "old", "new", "fmt", "line", "field", "record", "expected"),
    BROKEN,
    ids=[case[0] for case in BROKEN],
)
def test_broken_rows_give_located_errors(
    case: str, path: Path, old: str, new: str, fmt: str, line: int, field: str, record: str | None, expected: str
) -> None:
    data = replaced(path, old, new)
    with pytest.raises(ReportError) as info:
        list(read_any(io.BytesIO(data), name="broken.csv", sites=sites(), keep_unmatched=True))
    error = info.value
    assert (error.file, error.line, error.field or "", error.record) == ("broken.csv", line, field, record)
    assert error.expected is not None and expected in error.expected, error.expected
    # collect mode: the same error as one Rejected, in file order, and every other row read
    items = list(
        read_any(
            io.BytesIO(data), name="broken.csv", on_error="collect", sites=sites(), keep_unmatched=True, format=fmt
        )
    )  # type: ignore[arg-type]
    bad = [item for item in items if isinstance(item, Rejected)]
    assert len(bad) == 1 and bad[0].line == line and str(bad[0].error) == str(error)
    assert new in bad[0].raw or case == "acled empty id"
    total = len(path.read_text(encoding="utf-8").splitlines()) - 1
    assert len(items) == total
    assert [getattr(item, "line", None) for item in items if isinstance(item, Rejected)] == [line]


@pytest.mark.parametrize(
    ("path", "column", "fmt"),
    [
        (ACLED, "latitude", "acled"),
        (ACLED, "geo_precision", "acled"),
        (UCDP, "date_prec", "ucdp"),
        (UCDP, "side_a", "ucdp"),
        (VIIRS, "acq_time", "firms"),
        (VIIRS, "bright_ti4", "firms"),
    ],
)
def test_missing_column_names_it(path: Path, column: str, fmt: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    at = header.index(column)
    header[at] = "something_else"
    data = (",".join(header) + "\n" + "".join(lines[1:])).encode()
    for chosen in (fmt, "auto"):
        if chosen == "auto" and column in ("bright_ti4",):
            continue  # without its brightness column a FIRMS file is not recognisable; name the format
        with pytest.raises(ReportError, match="lacks the column") as info:
            list(read_any(io.BytesIO(data), format=chosen, name="f.csv", sites=sites()))  # type: ignore[arg-type]
        assert (info.value.file, info.value.line) == ("f.csv", 1)
        assert info.value.field is not None and column in info.value.field
        assert info.value.expected is not None and "docs/sources.md" in info.value.expected


def test_header_any_case_and_extra_columns() -> None:
    text = ACLED.read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    data = (header.upper() + ",population_best\n" + "\n".join(line + ",100" for line in rest.splitlines())).encode()
    assert [r.id for r in reports(list(read_any(io.BytesIO(data))))] == [r.id for r in reports(list(read_acled(ACLED)))]


def test_bad_utf8_and_malformed_rows_are_rejected_in_order() -> None:
    data = ACLED.read_bytes().replace(b"Kupiansk,49.7106", b"Kupia\xffnsk,49.7106")
    items = list(read_any(io.BytesIO(data), on_error="collect", name="a.csv"))
    bad = [item for item in items if isinstance(item, Rejected)]
    assert [b.line for b in bad] == [8] and "UTF-8" in str(bad[0].error)
    assert [getattr(i, "line", None) or i.id for i in items][6] == 8  # type: ignore[union-attr]


# -- ingest: what the CLI calls ---------------------------------------------------------------------------------------


def two_bad_acled() -> bytes:
    data = replaced(ACLED, "46.6354,32.6169", "146.6354,32.6169")
    return data.replace(b"2025-03-27,2025,1", b"2025-13-27,2025,1")


@pytest.mark.parametrize(
    ("max_errors", "aborted", "good", "bad"), [(None, False, 6, 2), (2, False, 6, 2), (1, True, 0, 2), (0, True, 0, 1)]
)
def test_ingest_max_errors(max_errors: int | None, aborted: bool, good: int, bad: int) -> None:
    seen: list[int] = []
    result = ingest_file(
        io.BytesIO(two_bad_acled()),
        name="a.csv",
        max_errors=max_errors,
        progress=lambda counts: seen.append(counts.records),
    )
    assert (result.format, result.aborted, len(result.reports), len(result.rejected)) == ("acled", aborted, good, bad)
    assert [r.line for r in result.rejected] == [3, 8][:bad]
    assert seen == sorted(seen) and seen


def test_ingest_firms_counts_dropped() -> None:
    result = ingest_file(VIIRS, sites=sites())
    assert (result.format, len(result.reports), result.counts.dropped, result.aborted) == ("firms", 4, 3, False)


def test_ingested_reports_store_in_one_transaction(tmp_path: Path) -> None:
    from ceasewatch.store import Store

    result = ingest_file(ACLED)
    with Store.open(str(tmp_path / "cw.db")) as store:
        added = store.add_reports(result.reports)
        assert added.added == 8
        again = store.add_reports(ingest_file(ACLED).reports)
        assert again.duplicates == 8


# -- docs and surface -------------------------------------------------------------------------------------------------


def test_sources_doc_lists_the_mappings() -> None:
    page = (Path(__file__).parent.parent / "docs" / "sources.md").read_text(encoding="utf-8")
    for sub_event in acled.SUB_EVENT_ACTS:
        assert sub_event in page.lower(), sub_event
    for category, _ in TARGET_WORDS:
        assert f"`{category}`" in page, category
    for code in ucdp.WHERE_PRECISION:
        assert f"| {code} |" in page


def test_exported_names() -> None:
    assert set(ceasewatch.sources.__all__) == {
        "CSV_COLUMNS",
        "FORMATS",
        "IngestCounts",
        "IngestResult",
        "Rejected",
        "SiteMatcher",
        "detect_format",
        "ingest_file",
        "read_acled",
        "read_any",
        "read_claims",
        "read_firms",
        "read_incidents",
        "read_reports",
        "read_ucdp",
        "write_jsonl",
    }
