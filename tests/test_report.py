"""The report: its data and its HTML, Markdown and JSON forms, on a toy scenario judged by the reference engine."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import ceasewatch.report
from ceasewatch.adjudicate import adjudicate, compliance
from ceasewatch.errors import CeasewatchError
from ceasewatch.model import Claim, Finding, Incident, Report, Source
from ceasewatch.model.finding import VERDICTS
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
    # days are those on which incidents began, in their sources' time zones (r1/1: 01:00 Moscow time on 20 March)
    assert data.days[0] == "2025-03-20" and data.days[-1] == "2025-03-28"
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


# ---------------------------------------------------------------------------------------------------------------------
# What a mediator reads first: the headline, the disagreements side by side, the incidents in time order
# ---------------------------------------------------------------------------------------------------------------------


def _section(html: str, section_id: str) -> str:
    start = html.index(f'<section id="{section_id}"')
    return html[start : html.index("</section>", start)]


def test_html_headline_comes_first_and_equals_the_rollup(html: str) -> None:
    _, _, findings = _scenario()
    roll = compliance(findings)["toy-truce"]
    # The headline table is the first section, before the agreement's details.
    assert html.index('<section id="findings"') < html.index('<section id="agreement"')
    assert html.index('<section id="findings"') < html.index('<section id="readings"')
    headline = _section(html, "findings")
    shown: dict[tuple[str, str], dict[str, int]] = {}
    for body in re.finditer(r'<tbody class="reading" data-reading="([^"]+)">(.*?)</tbody>', headline, re.S):
        for row in re.finditer(r'<tr data-party="([^"]+)">(.*?)</tr>', body.group(2), re.S):
            cells = re.findall(r'data-verdict="([a-z_]+)">(\d+)</td>', row.group(2))
            shown[(body.group(1), row.group(1))] = {verdict: int(n) for verdict, n in cells}
    assert set(shown) == set(roll.by_party)
    for key, counter in roll.by_party.items():
        expected: dict[str, int] = {v: counter[v] for v in VERDICTS}
        assert shown[key] == {**expected, "total": sum(expected.values())}, key
    assert shown[("RUS", "UKR")]["violation"] == 1
    # The number of incidents the readings disagree on, and what a verdict means.
    assert "The readings disagree on 1 of 4 incidents" in html[: html.index('<section id="agreement"')]
    assert "How to read this" in headline and "<em>as reported</em>" in headline
    assert "corroborated" in headline
    for label in ("violation", "possible violation", "not covered", "undetermined"):
        assert f"<strong>{label}</strong>" in headline, label
    # Each reading's window, in UTC.
    assert "from 2025-03-17 21:00 UTC" in headline and "from 2025-03-24 22:00 UTC" in headline


def test_html_disagreements_put_verdicts_and_reasons_side_by_side(html: str, data: ReportData) -> None:
    section = _section(html, "disagreements")
    row = re.search(r'<tr data-incident="r1/1">(.*?)</tr>', section, re.S)
    assert row, "the incident the readings judge differently"
    cells = dict(re.findall(r'data-reading="([^"]+)" data-verdict="([a-z_]*)"', row.group(1)))
    assert cells == {"RUS": "violation", "UKR": "not_covered"}
    # Each reading gives its reason: the UKR window opened later; under RUS every rule passed.
    assert "the incident ended before the window opened" in row.group(1)
    assert "every rule passed" in row.group(1)
    assert "Tuapse" in row.group(1) and 'href="#incident-r1/1"' in row.group(1)
    # Only the incident they disagree on is listed.
    assert re.findall(r'<tr data-incident="([^"]+)">', section) == [d.incident_id for d in data.disagreements]
    rus, ukr = data.disagreements[0].verdicts
    assert rus.why == ("every rule passed", "UKR was bound (the reading's own list of whom it binds)")
    assert ukr.reasons == ("time",) and ukr.why == ("the incident ended before the window opened",)


def test_html_incidents_are_compact_lines_in_time_order(html: str, data: ReportData) -> None:
    section = _section(html, "incidents")
    ids = re.findall(r'<details class="incident[^"]*" id="incident-([^"]+)">', section)
    assert ids == [i.id for i in data.incidents]
    times = [i.time.earliest for i in data.incidents if i.time]
    assert times == sorted(times)
    # The summary line carries the time (UTC), what and where, and every reading's verdict.
    first = section[section.index('id="incident-r1/1"') :]
    summary = first[: first.index("</summary>")]
    assert "2025-03-19 22:00" in summary and "oil refinery" in summary and "Tuapse" in summary
    assert 'title="violation under RUS"' in summary and 'title="not covered under UKR"' in summary
    assert "≠" in summary
    assert "when (UTC)" in section


def test_html_timeline_marks_the_windows_and_labels_days(html: str) -> None:
    timeline = _section(html, "timeline")
    # The chart runs from 20 to 28 March: UKR's window opens inside it, RUS's before it (so no line is drawn).
    assert "window opens 24 Mar 22:00" in timeline and "window opens 17 Mar" not in timeline
    assert ">20 Mar<" in timeline and "UTC" in timeline


def test_html_map_rings_disagreements_and_has_a_legend(html: str) -> None:
    svg = _section(html, "map")
    assert svg.count('class="ring"') == 1 + 1  # r1/1, and the legend's key
    assert "readings disagree" in svg and "V = violation" in svg and "N = not covered" in svg


def test_html_is_deterministic_and_links_sources(html: str, data: ReportData) -> None:
    from ceasewatch.report._html import render_html

    assert render_html(data) == render_html(data)
    claims, reports, findings = _scenario()
    again = build_report(toy_agreement(), findings[::-1], claims[::-1], reports[::-1], generated_for="test run")
    assert render_html(again) == html
    assert '<a href="https://kyiv.example.org">Kyiv Daily</a>' in html
    assert '<a href="https://kyiv.example.org/r2">Kharkiv substation hit</a>' in html
