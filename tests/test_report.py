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
from ceasewatch.model import Attribution, Claim, Corroboration, Finding, Incident, Report, Source
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


SUPPORT: dict[str, tuple[Corroboration, Attribution]] = {
    # Claimed by one side only: a violation under RUS counts as alleged. Its basis carries markup, to be escaped.
    "r1/1": (
        Corroboration(level="claimed", score=0.3425, voices=1, basis=("level claimed: claimed by RUS only", EVIL)),
        Attribution(
            probabilities={"RUS": 0.26225855872524245, "UKR": 0.47548288254951504, "unknown": 0.26225855872524245},
            basis=("+0.59 to UKR: accused by RUS", "result: RUS 0.26, UKR 0.48, unknown 0.26"),
        ),
    ),
    # A FIRMS hotspot there and then: a violation under both readings that counts as corroborated.
    "r2/1": (
        Corroboration(
            level="sensor_supported",
            score=0.62,
            voices=2,
            basis=("level sensor_supported: a FIRMS hotspot within 2 km that night", "2 independent voices"),
        ),
        Attribution(
            probabilities={"UKR": 0.1, "unknown": 0.2, "RUS": 0.7},
            basis=("+1.05 to RUS: weapon 'Kh-101' is RUS's", "result: RUS 0.70, unknown 0.20, UKR 0.10"),
        ),
    ),
    # A denial alone: RUS tied with unknown, so RUS must not be shown as the most probable.
    "r4/1": (
        Corroboration(level="disputed", score=0.1359, voices=0, basis=("denied by RUS",)),
        Attribution(probabilities={"RUS": 0.29, "UKR": 0.355, "unknown": 0.355}, basis=("-0.21 to RUS: denied",)),
    ),
    # r3/1 has neither: "not assessed".
}


def _incidents(claims: list[Claim]) -> list[Incident]:
    out = []
    for c in claims:
        incident = Incident.from_claim(c)
        if c.id in SUPPORT:
            corroboration, attribution = SUPPORT[c.id]
            incident = incident.model_copy(update={"corroboration": corroboration, "attribution": attribution})
        out.append(incident)
    return out


def _scenario() -> tuple[list[Claim], list[Report], list[Finding]]:
    claims = _claims()
    findings = adjudicate(_incidents(claims), [toy_agreement()])
    return claims, _reports(), findings


@pytest.fixture(scope="module")
def data() -> ReportData:
    claims, reports, findings = _scenario()
    return build_report(
        toy_agreement(), findings, claims, reports, generated_for="test run", incidents=_incidents(claims)
    )


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
    first = write_report(
        build_report(toy_agreement(), findings, claims, reports, incidents=_incidents(claims)), tmp_path / "a", "json"
    )
    # Inputs in another order give the same report.
    claims2, reports2, findings2 = _scenario()
    second = write_report(
        build_report(
            toy_agreement(), findings2[::-1], claims2[::-1], reports2[::-1], incidents=_incidents(claims2)[::-1]
        ),
        tmp_path / "b",
        "json",
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
    again = build_report(
        toy_agreement(),
        findings[::-1],
        claims[::-1],
        reports[::-1],
        generated_for="test run",
        incidents=_incidents(claims)[::-1],
    )
    assert render_html(again) == html
    assert '<a href="https://kyiv.example.org">Kyiv Daily</a>' in html
    assert '<a href="https://kyiv.example.org/r2">Kharkiv substation hit</a>' in html


# ---------------------------------------------------------------------------------------------------------------------
# Corroboration and attribution beside the verdicts; alleged against corroborated violations
# ---------------------------------------------------------------------------------------------------------------------


def _incident_html(html: str, incident_id: str) -> str:
    start = html.index(f'id="incident-{incident_id}"')
    return html[start : html.index('</details>\n<details class="incident', start)]


def test_data_carries_corroboration_and_attribution(data: ReportData) -> None:
    kharkiv = next(i for i in data.incidents if i.id == "r2/1")
    assert kharkiv.corroboration is not None and kharkiv.attribution is not None
    c = kharkiv.corroboration
    assert (c.level, c.label, c.score, c.voices, c.corroborated) == (
        "sensor_supported",
        "sensor supported",
        0.62,
        2,
        True,
    )
    assert c.basis == SUPPORT["r2/1"][0].basis
    # The most probable first, whatever the order given.
    assert [(p.party, p.probability) for p in kharkiv.attribution.probabilities] == [
        ("RUS", 0.7),
        ("unknown", 0.2),
        ("UKR", 0.1),
    ]
    # Each finding carries the level and how the roll-ups count it.
    assert [(v.reading, v.corroboration, v.support) for v in kharkiv.verdicts] == [
        ("RUS", "sensor_supported", "corroborated"),
        ("UKR", "sensor_supported", "corroborated"),
    ]
    tuapse = next(i for i in data.incidents if i.id == "r1/1")
    assert tuapse.corroboration is not None and not tuapse.corroboration.corroborated
    assert tuapse.attribution is not None and tuapse.attribution.probabilities[0].probability == 0.4755  # rounded
    assert [(v.verdict, v.support) for v in tuapse.verdicts] == [("violation", "alleged"), ("not_covered", None)]
    # Probabilities tied with "unknown" do not make a party the most probable.
    odesa = next(i for i in data.incidents if i.id == "r4/1")
    assert odesa.attribution is not None
    assert [p.party for p in odesa.attribution.probabilities] == ["unknown", "UKR", "RUS"]
    almetyevsk = next(i for i in data.incidents if i.id == "r3/1")
    assert almetyevsk.corroboration is None and almetyevsk.attribution is None
    assert next(d for d in data.disagreements if d.incident_id == "r1/1").corroboration == "claimed 0.34"


def test_data_support_counts_equal_the_rollup(data: ReportData) -> None:
    _, _, findings = _scenario()
    roll = compliance(findings)["toy-truce"]
    per_party: dict[tuple[str, str], dict[str, int]] = {}
    for (reading, party, _day), counter in roll.support.items():
        summed = per_party.setdefault((reading, party), {})
        for key, n in counter.items():
            summed[key] = summed.get(key, 0) + n
    for row in data.counts:
        expected = per_party.get((row.reading, row.party), {})
        assert {k: n for k, n in row.support.items() if n} == expected, (row.reading, row.party)
    per_day = {(s.reading, s.party, dc.day): dc.support for s in data.timeline for dc in s.days}
    for where, counter in roll.support.items():
        assert {k: n for k, n in per_day[where].items() if n} == dict(counter), where
    # Under RUS: UKR's alleged violation at Tuapse, RUS's corroborated one at Kharkiv.
    rus = {row.party: row.support for row in data.counts if row.reading == "RUS"}
    assert rus["UKR"]["violation.alleged"] == 1 and rus["UKR"]["violation.corroborated"] == 0
    assert rus["RUS"]["violation.corroborated"] == 1 and rus["RUS"]["violation.alleged"] == 0


def test_html_headline_counts_alleged_and_corroborated_as_the_rollup(html: str) -> None:
    _, _, findings = _scenario()
    roll = compliance(findings)["toy-truce"]
    headline = _section(html, "findings")
    shown: dict[tuple[str, str], dict[str, int]] = {}
    for body in re.finditer(r'<tbody class="reading" data-reading="([^"]+)">(.*?)</tbody>', headline, re.S):
        for row in re.finditer(r'<tr data-party="([^"]+)">(.*?)</tr>', body.group(2), re.S):
            cells = re.findall(r'data-support="([a-z_.]+)">(\d+)</td>', row.group(2))
            assert len(cells) == 4
            shown[(body.group(1), row.group(1))] = {key: int(n) for key, n in cells if int(n)}
    expected: dict[tuple[str, str], dict[str, int]] = {key: {} for key in roll.by_party}
    for (reading, party, _day), counter in roll.support.items():
        for key, n in counter.items():
            expected[(reading, party)][key] = expected[(reading, party)].get(key, 0) + n
    assert shown == expected
    assert shown[("RUS", "RUS")] == {"violation.corroborated": 1}
    assert shown[("RUS", "UKR")] == {"violation.alleged": 1}
    assert ">alleged</th>" in headline and ">corroborated</th>" in headline


def test_html_how_to_read_separates_the_axes(html: str) -> None:
    headline = _section(html, "findings")
    note = headline[headline.index('<div class="howto">') :]
    assert "separate axes from the verdict" in note
    assert "<strong>Attribution</strong> is a model" in note and "stated weights" in note
    assert "<code>docs/resolve.md</code>" in note
    assert "<strong>alleged</strong>" in note and "<strong>corroborated</strong>" in note


def test_html_incident_shows_corroboration_and_attribution(html: str) -> None:
    kharkiv = _incident_html(_section(html, "incidents"), "r2/1")
    summary = kharkiv[: kharkiv.index("</summary>")]
    assert "sensor supported 0.62" in summary and "RUS 0.70" in summary
    body = kharkiv[kharkiv.index("</summary>") :]
    assert "<strong>sensor supported</strong> (corroborated) · score 0.62 · 2 independent voices" in body
    # The basis, on expand.
    assert '<details class="basis"><summary>basis</summary>' in body
    assert "<li>level sensor_supported: a FIRMS hotspot within 2 km that night</li>" in body
    assert "<li>+1.05 to RUS: weapon &#39;Kh-101&#39; is RUS&#39;s</li>" in body
    # The most probable first, and the model named as one.
    probs = re.findall(r'<span class="prob[^"]*" data-party="([^"]+)">([^<]+)<', body)
    assert probs == [("RUS", "RUS 0.70"), ("unknown", "unknown 0.20"), ("UKR", "UKR 0.10")]
    assert "a model with stated weights" in body
    # Beside each verdict: the finding's corroboration level.
    assert re.search(r'data-corroboration="sensor_supported">sensor supported <em>\(corroborated\)</em>', body)
    # An incident with none: "not assessed"; a claimed one: alleged.
    almetyevsk = _incident_html(_section(html, "incidents"), "r3/1")
    assert "not assessed" in almetyevsk[: almetyevsk.index("</summary>")]
    tuapse = _incident_html(_section(html, "incidents"), "r1/1")
    assert "claimed 0.34" in tuapse and "<strong>claimed</strong> (alleged)" in tuapse
    assert "1 claim · 1 independent voice" in tuapse
    # The disagreement table says how well supported the disputed incident is.
    assert "corroboration: claimed 0.34" in _section(html, "disagreements")


def test_html_timeline_tells_alleged_from_corroborated(html: str) -> None:
    timeline = _section(html, "timeline")
    rus = timeline[timeline.index('aria-label="Findings per day and party under reading RUS"') :]
    rus = rus[: rus.index("</svg>")]
    segments = re.findall(r'<g class="segment" data-verdict="([a-z_]+)" data-support="([a-z]*)">(.*?)</g>', rus)
    kinds = {(verdict, support) for verdict, support, _ in segments}
    assert ("violation", "alleged") in kinds and ("violation", "corroborated") in kinds
    for _verdict, support, body in segments:
        # Alleged: hatched over the fill with a dashed outline; otherwise plain (readable without colour).
        assert ("url(#tl-RUS-alleged)" in body) == (support == "alleged")
        assert ("stroke-dasharray" in body) == (support == "alleged")
    assert "hatched = alleged" in rus and "plain = corroborated" in rus
    # The same counts as a table, per day and party.
    table = re.search(r'<table class="support-days" data-reading="RUS">(.*?)</table>', timeline, re.S)
    assert table
    rows = re.findall(r'<tr data-day="([^"]+)" data-party="([^"]+)">(.*?)</tr>', table.group(1), re.S)
    _, _, findings = _scenario()
    roll = compliance(findings)["toy-truce"]
    expected = {(d, p): dict(c) for (r, p, d), c in roll.support.items() if r == "RUS" and c.total()}
    shown = {
        (day, party): {k: int(n) for k, n in re.findall(r'data-support="([a-z_.]+)">(\d+)<', cells) if int(n)}
        for day, party, cells in rows
    }
    assert shown == expected


def test_markdown_shows_corroboration_attribution_and_support(data: ReportData, tmp_path: Path) -> None:
    text = write_report(data, tmp_path, "md").read_text(encoding="utf-8")
    head = (
        "| reading | alleged perpetrator | violation, alleged | violation, corroborated | possible violation, alleged"
        " | possible violation, corroborated |"
    )
    assert head in text
    assert "| `RUS` | RUS | 0 | 1 | 0 | 0 |" in text and "| `RUS` | UKR | 1 | 0 | 0 | 0 |" in text
    assert "- **corroboration**: sensor supported (corroborated), score 0.62, 2 independent voices" in text
    assert "(a model with stated weights, see docs/resolve.md): RUS 0.70 · unknown 0.20 · UKR 0.10" in text
    assert "  - level sensor\\_supported: a FIRMS hotspot within 2 km that night" in text
    assert "under `UKR`: **violation** — corroboration: sensor supported (corroborated)" in text
    assert "under `RUS`: **violation** — corroboration: claimed (alleged)" in text
    assert "V1 (1 corroborated)" in text and "V1 (1 alleged)" in text
    assert "separate axes from the verdict" in text and "docs/resolve.md" in text
    assert "- **corroboration**: not assessed" in text
    assert EVIL not in text


def test_json_carries_corroboration_attribution_and_support(data: ReportData, tmp_path: Path) -> None:
    parsed = json.loads(write_report(data, tmp_path, "json").read_text(encoding="utf-8"))
    kharkiv = next(i for i in parsed["incidents"] if i["id"] == "r2/1")
    assert kharkiv["corroboration"]["level"] == "sensor_supported" and kharkiv["corroboration"]["voices"] == 2
    assert kharkiv["attribution"]["probabilities"][0] == {"party": "RUS", "probability": 0.7}
    assert kharkiv["verdicts"][0]["corroboration"] == "sensor_supported"
    row = next(r for r in parsed["counts"] if r["reading"] == "RUS" and r["party"] == "RUS")
    assert row["support"] == {
        "violation.alleged": 0,
        "violation.corroborated": 1,
        "possible_violation.alleged": 0,
        "possible_violation.corroborated": 0,
    }


def test_without_incidents_the_findings_level_is_shown() -> None:
    claims, reports, findings = _scenario()
    data = build_report(toy_agreement(), findings, claims, reports)
    kharkiv = next(i for i in data.incidents if i.id == "r2/1")
    assert kharkiv.corroboration is not None
    assert (kharkiv.corroboration.level, kharkiv.corroboration.score, kharkiv.corroboration.voices) == (
        "sensor_supported",
        None,
        None,
    )
    assert kharkiv.attribution is None
    from ceasewatch.report._html import render_html

    page = render_html(data)
    line = _incident_html(_section(page, "incidents"), "r2/1")
    assert "<strong>sensor supported</strong> (corroborated)</dd>" in line.replace("\n", "")


def test_incident_of_several_claims_lists_them_and_its_voices(tmp_path: Path) -> None:
    kharkiv = _claims()[1]
    denial = claim(
        "r5/1",
        time=kharkiv.time.model_dump(),
        place=kharkiv.place.model_dump(),
        target={"category": "energy.electricity.substation"},
        act="strike",
        perpetrator="RUS",
        claimant="RUS",
        stance="denial",
    )
    relayed = claim(
        "r6/1",
        time=kharkiv.time.model_dump(),
        place=kharkiv.place.model_dump(),
        target={"category": "energy.electricity.substation"},
        act="strike.missile",
        perpetrator="RUS",
        claimant="UKR",
    )
    at = datetime(2025, 3, 30, 9, 0, tzinfo=UTC)
    mod = Source(name="Ministry of Defence", affiliation="party_official", party="RUS")
    outlet = Source(name="Kyiv Echo", affiliation="party_aligned_media", party="UKR")
    reports = [
        *_reports(),
        Report(id="r5", published_at=at, source=mod, text="We did not strike Kharkiv."),
        Report(id="r6", published_at=at, source=outlet, text="The Kyiv Daily says missiles hit Kharkiv."),
    ]
    incident = Incident.from_claim(kharkiv).model_copy(
        update={
            "id": "inc:r2/1",
            "claim_ids": ("r2/1", "r5/1", "r6/1"),
            "corroboration": Corroboration(level="disputed", score=0.3, voices=2, basis=("denied by RUS",)),
            "attribution": Attribution(probabilities={"RUS": 0.6, "UKR": 0.15, "unknown": 0.25}),
        }
    )
    findings = adjudicate([incident], [toy_agreement()])
    data = build_report(toy_agreement(), findings, [kharkiv, denial, relayed], reports, incidents=[incident])
    (view,) = data.incidents
    assert [c.id for c in view.claims] == ["r2/1", "r5/1", "r6/1"]
    assert [c.report.source.name for c in view.claims if c.report] == ["Kyiv Daily", "Ministry of Defence", "Kyiv Echo"]
    html = write_report(data, tmp_path, "html").read_text(encoding="utf-8")
    assert "3 claims · 2 independent voices" in html
    for cid in ("r2/1", "r5/1", "r6/1"):
        assert f"<code>{cid}</code>:" in html
    assert "<strong>disputed</strong> (alleged)" in html
    md = write_report(data, tmp_path, "md").read_text(encoding="utf-8")
    assert "**Claims** (3; 2 independent voices)" in md
