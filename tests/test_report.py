"""The report: its data and its HTML, Markdown and JSON forms, on a toy scenario judged by the reference engine."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import ceasewatch.report
from ceasewatch.adjudicate import adjudicate
from ceasewatch.errors import CeasewatchError
from ceasewatch.model import Claim, Finding, Incident, Report, Source
from ceasewatch.report import ReportData, build_report, write_report
from tests.common import claim, night, toy_agreement

EVIL = "<script>alert('pwned')</script>"

SECTIONS = (
    "How the readings differ",
    "Findings per party and reading",
    "Timeline",
    "Map",
    "Where the readings disagree",
    "Incidents",
)


def _claims() -> list[Claim]:
    return [
        # Before UKR's window, inside RUS's: the readings disagree.
        claim("r1/1"),
        # A RUS strike on a substation, place known within 25 km: a radius circle on the map.
        claim(
            "r2/1",
            time={**night("2025-03-28"), "tz": "Europe/Kyiv"},
            place={
                "name": "Kharkiv",
                "lat": 49.99,
                "lon": 36.23,
                "radius_km": 25,
                "precision": "district",
                "country": "UKR",
            },
            target={"category": "energy.electricity.substation"},
            act="strike.missile",
            perpetrator="RUS",
            claimant="UKR",
        ),
        # Oil production: outside both readings' targets.
        claim(
            "r3/1",
            time=night("2025-03-29"),
            place={
                "name": "Almetyevsk",
                "lat": 54.9,
                "lon": 52.3,
                "radius_km": 3,
                "precision": "facility",
                "country": "RUS",
            },
            target={"category": "energy.oil.production"},
        ),
        # A denial: undetermined under both.
        claim(
            "r4/1",
            time=night("2025-03-29", "+02:00"),
            place={
                "name": "Odesa",
                "lat": 46.48,
                "lon": 30.72,
                "radius_km": 5,
                "precision": "settlement",
                "country": "UKR",
            },
            target={"category": "energy.electricity.substation"},
            perpetrator="RUS",
            claimant="RUS",
            stance="denial",
        ),
    ]


def _reports() -> list[Report]:
    mod = Source(name="Ministry of Defence", affiliation="party_official", party="RUS", url="https://mil.example.ru")
    kyiv = Source(name="Kyiv Daily", affiliation="independent_media", party=None, url="https://kyiv.example.org")
    at = datetime(2025, 3, 30, 9, 0, tzinfo=UTC)
    return [
        Report(id="r1", published_at=at, source=mod, text="Drones struck the Tuapse refinery overnight."),
        Report(
            id="r2",
            published_at=at,
            source=kyiv,
            text=f"Missiles hit a substation near Kharkiv. {EVIL}",
            url="https://kyiv.example.org/r2",
            title="Kharkiv substation hit",
        ),
        Report(id="r3", published_at=at, source=mod, text="An oil field near Almetyevsk was attacked."),
        Report(id="r4", published_at=at, source=mod, text="We did not strike Odesa."),
    ]


def _scenario() -> tuple[list[Claim], list[Report], list[Finding]]:
    claims = _claims()
    findings = adjudicate([Incident.from_claim(c) for c in claims], [toy_agreement()])
    return claims, _reports(), findings


@pytest.fixture(scope="module")
def data() -> ReportData:
    claims, reports, findings = _scenario()
    return build_report(toy_agreement(), findings, claims, reports, generated_for="test run")


@pytest.fixture(scope="module")
def html(data: ReportData, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = write_report(data, tmp_path_factory.mktemp("html"), "html")
    assert path.name == "report.html"
    return path.read_text(encoding="utf-8")


def test_exported_names() -> None:
    assert sorted(ceasewatch.report.__all__) == [
        "FORMATS",
        "ReportData",
        "ReportFormat",
        "build_report",
        "write_report",
    ]


def test_data_compares_readings_and_counts(data: ReportData) -> None:
    assert [r.id for r in data.readings] == ["RUS", "UKR"]
    differing = {row.aspect for row in data.comparison if row.differs}
    assert {"window", "whom it binds", "acts included", "targets included", "reciprocity"} <= differing
    assert "zones included" not in differing
    rus_on_ukr = next(r for r in data.counts if r.reading == "RUS" and r.party == "UKR")
    assert rus_on_ukr.counts["violation"] == 1 and rus_on_ukr.counts["not_covered"] == 1
    assert data.totals == {"findings": 8, "incidents": 4, "claims": 4, "reports": 4, "disagreements": 1}
    assert [d.incident_id for d in data.disagreements] == ["r1/1"]
    assert data.days[0] == "2025-03-19" and data.days[-1] == "2025-03-28"
    assert data.map_reading == "RUS" and len(data.map_points) == 4


def test_incident_view_keeps_source_and_local_time(data: ReportData) -> None:
    kharkiv = next(i for i in data.incidents if i.id == "r2/1")
    assert kharkiv.time is not None and kharkiv.time.tz == "Europe/Kyiv"
    assert kharkiv.time.local_earliest == "2025-03-27 21:00 +02:00"  # Kyiv moved to summer time on 30 March
    report = kharkiv.claims[0].report
    assert report is not None and report.source.name == "Kyiv Daily"
    assert report.source.affiliation == "independent_media" and report.source.url == "https://kyiv.example.org"
    assert [v.reading for v in kharkiv.verdicts] == ["RUS", "UKR"]


def test_html_has_every_section_incident_and_reading(html: str, data: ReportData) -> None:
    for heading in SECTIONS:
        assert re.search(rf"<h2>{re.escape(heading)}</h2>", html), heading
    for incident in data.incidents:
        assert f'id="incident-{incident.id}"' in html
    for reading in data.readings:
        assert f"<code>{reading.id}</code>" in html
    assert "A toy energy truce between RUS and UKR" in html
    assert "https://example.org/rus-reading" in html


def test_html_shows_the_trace(html: str, data: ReportData) -> None:
    finding = data.incidents[0].verdicts[0]
    assert "<details" in html
    for step in finding.trace:
        assert f"<code>{step.rule}</code>" in html
        assert step.detail.replace("'", "&#39;") in html


def test_html_map_has_a_circle_per_incident(html: str, data: ReportData) -> None:
    svg = html[html.index('<svg class="map"') :]
    svg = svg[: svg.index("</svg>")]
    assert '<path class="region ukr"' in svg and '<path class="region rus"' in svg
    for point in data.map_points:
        circle = re.search(rf'<circle class="incident" data-incident="{re.escape(point.incident_id)}"[^>]*>', svg)
        assert circle, point.incident_id
        assert f'data-lat="{point.lat:.4f}"' in circle.group(0) and f'data-lon="{point.lon:.4f}"' in circle.group(0)
        assert re.search(r'cx="[\d.]+" cy="[\d.]+"', circle.group(0))
    assert svg.count('class="radius"') == 1  # only Kharkiv's radius is over 10 km


def test_html_timeline_is_readable_without_colour(html: str) -> None:
    assert html.count('<svg class="timeline"') == 2
    assert "V = violation" in html and "N = not covered" in html


def test_html_is_self_contained(html: str) -> None:
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?:', html)
    assert "@import" not in html and "url(http" not in html


def test_html_escapes_report_text(html: str) -> None:
    assert EVIL not in html
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in html


def test_markdown_has_findings_table(data: ReportData, tmp_path: Path) -> None:
    text = write_report(data, tmp_path, "md").read_text(encoding="utf-8")
    assert "## Findings per party and reading" in text
    head = "| reading | alleged perpetrator | violation | possible violation | not covered | undetermined | total |"
    assert head in text
    assert "| `RUS` | UKR | 1 | 0 | 1 | 0 | **2** |" in text
    for heading in SECTIONS:
        assert (f"## {heading}" in text) == (heading != "Map"), heading  # no map in Markdown
    assert EVIL not in text and "<svg" not in text


def test_json_is_deterministic(tmp_path: Path) -> None:
    claims, reports, findings = _scenario()
    first = write_report(build_report(toy_agreement(), findings, claims, reports), tmp_path / "a", "json")
    # Inputs in another order give the same report.
    claims2, reports2, findings2 = _scenario()
    second = write_report(
        build_report(toy_agreement(), findings2[::-1], claims2[::-1], reports2[::-1]), tmp_path / "b", "json"
    )
    assert first.name == "report.json"
    assert first.read_bytes() == second.read_bytes()
    parsed = json.loads(first.read_text(encoding="utf-8"))
    assert parsed["format"] == "ceasewatch-report/1"
    assert parsed["agreement_id"] == "toy-truce" and parsed["generated_for"] is None
    assert len(parsed["incidents"]) == 4


def test_unknown_format_lists_the_valid_ones(data: ReportData, tmp_path: Path) -> None:
    with pytest.raises(CeasewatchError, match="html, md, json"):
        write_report(data, tmp_path, "pdf")  # type: ignore[arg-type]


def test_empty_findings(tmp_path: Path) -> None:
    data = build_report(toy_agreement(), [], [], [])
    assert data.totals["findings"] == 0 and data.map_reading is None
    for fmt in ceasewatch.report.FORMATS:
        assert write_report(data, tmp_path, fmt).stat().st_size > 0  # type: ignore[arg-type]
