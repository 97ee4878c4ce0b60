"""Inline SVG for the HTML report: the daily timeline per reading and the map of incidents, drawn offline.

Every verdict has a colour and a fill pattern of its own (solid, stripes, dots, lines), and every mark a ``<title>``,
so that the charts can be read without colour and printed in black and white. Violations and possible violations that
are only alleged (claimed or disputed, or of unknown support) are drawn hatched over their fill with a dashed outline;
corroborated ones (independently reported, sensor supported, confirmed) plain with a solid outline. The map's
boundaries come from the bundled ``data/boundaries/adm1.geojson``; nothing is fetched.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape
from shapely import box
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.report._data import MapPoint, ReportData

__all__ = [
    "SUPPORTS",
    "VERDICT_STYLE",
    "defs_svg",
    "legend_svg",
    "map_svg",
    "support_legend_svg",
    "swatch_svg",
    "timeline_svg",
]


@dataclass(frozen=True)
class Style:
    """How a verdict is drawn: a colour, a pattern (for reading without colour), a short mark and a label."""

    colour: str
    pattern: str
    mark: str
    label: str
    ink: str = "#000"
    """The colour of text drawn on the fill."""


VERDICT_STYLE: dict[str, Style] = {
    "violation": Style("#b2182b", "solid", "V", "violation", ink="#fff"),
    "possible_violation": Style("#ef8a62", "stripes", "P", "possible violation"),
    "undetermined": Style("#67a9cf", "dots", "U", "undetermined"),
    "not_covered": Style("#bdbdbd", "lines", "N", "not covered"),
}
STACK_ORDER = ("violation", "possible_violation", "undetermined", "not_covered")
UNJUDGED = Style("#ffffff", "solid", "-", "not judged")

DEFAULT_FRAME = (22.0, 44.0, 46.0, 54.0)
"""The map's default extent (lon min, lat min, lon max, lat max): Ukraine and western Russia."""
LIMITS = (18.0, 38.0, 66.0, 66.0)
"""The map never shows more than this: the bundled boundaries cover little beyond it."""
MAP_WIDTH = 1100.0


def _f(value: float) -> str:
    """A coordinate with one decimal, without a trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _patterns(prefix: str) -> str:
    """The ``<defs>`` of the verdict fills, with ids ``{prefix}-{verdict}``."""
    out = ["<defs>"]
    for verdict, style in VERDICT_STYLE.items():
        pid = f"{prefix}-{verdict}"
        body = f'<rect width="6" height="6" fill="{style.colour}"/>'
        if style.pattern == "stripes":
            body += '<path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" stroke="#fff" stroke-width="1.6"/>'
        elif style.pattern == "dots":
            body += '<circle cx="3" cy="3" r="1.3" fill="#fff"/>'
        elif style.pattern == "lines":
            body += '<path d="M0,3 L6,3" stroke="#555" stroke-width="1"/>'
        out.append(f'<pattern id="{pid}" patternUnits="userSpaceOnUse" width="6" height="6">{body}</pattern>')
    out.append(
        f'<pattern id="{prefix}-alleged" patternUnits="userSpaceOnUse" width="6" height="6">'
        '<path d="M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1" stroke="#fff" stroke-width="1.7"/>'
        '<path d="M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1" stroke="#000" stroke-width="0.5" stroke-opacity="0.6"/></pattern>'
    )
    out.append("</defs>")
    return "".join(out)


def _fill(prefix: str, verdict: str | None) -> str:
    if verdict in VERDICT_STYLE:
        return f"url(#{prefix}-{verdict})"
    return UNJUDGED.colour


def defs_svg() -> Markup:
    """A zero-size SVG holding the verdict fills with ids ``pat-{verdict}``, which :func:`swatch_svg` refers to."""
    return Markup(
        '<svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">'
        f"{_patterns('pat')}</svg>"
    )


SUPPORTS = ("alleged", "corroborated")
"""How the roll-ups count a violation or possible violation: only alleged, or corroborated."""


def _segment(prefix: str, x: float, y: float, w: float, h: float, verdict: str | None, support: str | None) -> str:
    """A rectangle in the verdict's fill; hatched with a dashed outline where ``support`` is ``alleged``."""
    geometry = f'x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}"'
    if support != "alleged":
        width = "1.2" if support == "corroborated" else "0.5"
        return f'<rect {geometry} fill="{_fill(prefix, verdict)}" stroke="#222" stroke-width="{width}"/>'
    return (
        f'<rect {geometry} fill="{_fill(prefix, verdict)}"/>'
        f'<rect {geometry} fill="url(#{prefix}-alleged)" stroke="#222" stroke-width="1" stroke-dasharray="2.5,1.5"/>'
    )


def swatch_svg(verdict: str, support: str | None = None) -> Markup:
    """A small square in the verdict's colour and pattern, hatched where ``support`` is ``alleged`` (needs
    :func:`defs_svg` once in the page)."""
    return Markup(
        '<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">'
        f"{_segment('pat', 0.5, 0.5, 13, 13, verdict, support)}</svg>"
    )


def _legend_width(extra: Iterable[tuple[str, str]] = ()) -> float:
    return sum(34 + 6.2 * (len(VERDICT_STYLE[v].label) + 4) for v in STACK_ORDER) + sum(
        30 + 6.2 * len(label) for _, label in extra
    )


def support_legend_svg(prefix: str) -> str:
    """A legend row (SVG group markup, 18 px high) telling alleged (hatched) from corroborated (plain) violations."""
    out = ['<g class="legend support" font-size="11">']
    x = 0.0
    for support, label in _SUPPORT_LEGEND:
        out.append(_segment(prefix, x, 2, 14, 14, "violation", support))
        out.append(f'<text x="{_f(x + 18)}" y="13">{escape(label)}</text>')
        x += 34 + 5.6 * len(label)
    out.append("</g>")
    return "".join(out)


_SUPPORT_LEGEND = (
    ("alleged", "hatched = alleged (claimed, disputed or not assessed)"),
    ("corroborated", "plain = corroborated (independently reported, sensor supported or confirmed)"),
)
SUPPORT_LEGEND_WIDTH = sum(34 + 5.6 * len(label) for _, label in _SUPPORT_LEGEND)


def legend_svg(prefix: str, extra: Iterable[tuple[str, str]] = ()) -> str:
    """A legend row (SVG group markup, 18 px high) naming each verdict beside its swatch, then ``extra`` marks."""
    out = ['<g class="legend" font-size="11">']
    x = 0.0
    for verdict in STACK_ORDER:
        style = VERDICT_STYLE[verdict]
        out.append(
            f'<rect x="{_f(x)}" y="2" width="14" height="14" fill="{_fill(prefix, verdict)}" stroke="#333"/>'
            f'<text x="{_f(x + 18)}" y="13">{escape(style.mark)} = {escape(style.label)}</text>'
        )
        x += 34 + 6.2 * (len(style.label) + 4)
    for mark, label in extra:
        out.append(
            f'<text x="{_f(x)}" y="13" font-weight="bold">{escape(mark)}</text>'
            f'<text x="{_f(x + 14)}" y="13">{escape(label)}</text>'
        )
        x += 30 + 6.2 * len(label)
    out.append("</g>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# Timeline
# ---------------------------------------------------------------------------------------------------------------------


def timeline_svg(data: ReportData, reading: str) -> Markup:
    """The daily timeline of one reading: days across, one band per party, counts stacked by verdict."""
    series = data.series(reading)
    days = data.days
    if not days or not series:
        return Markup('<p class="empty">No dated findings under this reading.</p>')
    prefix = f"tl-{_safe_id(reading)}"
    left, right, top, band_h, gap = 70.0, 16.0, 30.0, 64.0, 18.0
    plot_w = max(max(LEGEND_WIDTH, SUPPORT_LEGEND_WIDTH) + 40, min(1100.0, 22.0 * len(days)))
    step = plot_w / len(days)
    bar_w = max(1.0, min(30.0, step * 0.78))
    totals = [sum(dc.counts.values()) for s in series for dc in s.days]
    top_value = max(totals, default=1) or 1
    width = left + plot_w + right
    bands_h = len(series) * (band_h + gap)
    axis_y = top + bands_h
    height = axis_y + 56 + 24 + 22
    index = {day: n for n, day in enumerate(days)}
    disagree = {d.day for d in data.disagreement_days}

    out = [
        f'<svg class="timeline" role="img" viewBox="0 0 {_f(width)} {_f(height)}" '
        f'width="{_f(width)}" height="{_f(height)}" font-family="sans-serif" '
        f'aria-label="Findings per day and party under reading {escape(reading)}">',
        _patterns(prefix),
        f"<title>Findings per day and party under reading {escape(reading)}</title>",
    ]
    for n, s in enumerate(series):
        y0 = top + n * (band_h + gap)
        base = y0 + band_h
        out.append(
            f'<g class="band" data-party="{escape(s.party)}">'
            f'<text x="{_f(left - 8)}" y="{_f(y0 + band_h / 2)}" text-anchor="end" font-size="13" '
            f'font-weight="bold">{escape(s.party)}</text>'
            f'<text x="{_f(left - 8)}" y="{_f(y0 + 4)}" text-anchor="end" font-size="9" fill="#555">'
            f"{top_value}</text>"
            f'<text x="{_f(left - 8)}" y="{_f(base + 3)}" text-anchor="end" font-size="9" fill="#555">0</text>'
            f'<line x1="{_f(left)}" y1="{_f(y0 + band_h / 2)}" x2="{_f(left + plot_w)}" y2="{_f(y0 + band_h / 2)}" '
            f'stroke="#eee"/>'
            f'<line x1="{_f(left)}" y1="{_f(base)}" x2="{_f(left + plot_w)}" y2="{_f(base)}" stroke="#333"/>'
            f'<line x1="{_f(left)}" y1="{_f(y0)}" x2="{_f(left + plot_w)}" y2="{_f(y0)}" stroke="#ddd" '
            f'stroke-dasharray="2,3"/>'
        )
        for dc in s.days:
            x = left + index[dc.day] * step + (step - bar_w) / 2
            y = base
            total = sum(dc.counts.values())
            for verdict, support, count in _segments(dc.counts, dc.support):
                h = band_h * count / top_value
                y -= h
                label = VERDICT_STYLE[verdict].label + (f", {support}" if support else "")
                out.append(
                    f'<g class="segment" data-verdict="{verdict}" data-support="{support or ""}">'
                    f"<title>{escape(s.party)}, {dc.day}: {count} {escape(label)}</title>"
                    f"{_segment(prefix, x, y, bar_w, h, verdict, support)}</g>"
                )
                if h >= 11 and bar_w >= 9:
                    ink = VERDICT_STYLE[verdict].ink
                    halo = "#000" if ink == "#fff" else "#fff"
                    out.append(
                        f'<text x="{_f(x + bar_w / 2)}" y="{_f(y + h / 2 + 3.5)}" text-anchor="middle" '
                        f'font-size="9" font-weight="bold" fill="{ink}" stroke="{halo}" stroke-width="2" '
                        f'paint-order="stroke">{VERDICT_STYLE[verdict].mark}</text>'
                    )
            if step >= 12:
                out.append(
                    f'<text x="{_f(x + bar_w / 2)}" y="{_f(y - 2)}" text-anchor="middle" font-size="9">{total}</text>'
                )
        out.append("</g>")
    every = max(1, math.ceil(len(days) / (plot_w / 46)))
    out.append('<g class="axis" font-size="10">')
    for n, day in enumerate(days):
        x = left + n * step + step / 2
        if n % every == 0:
            out.append(
                f'<line x1="{_f(x)}" y1="{_f(axis_y - gap)}" x2="{_f(x)}" y2="{_f(axis_y - gap + 4)}" stroke="#333"/>'
                f'<text x="{_f(x)}" y="{_f(axis_y - gap + 15)}" text-anchor="middle">{_day_label(day)}</text>'
            )
        if day in disagree:
            out.append(
                f'<text x="{_f(x)}" y="{_f(axis_y - gap + 30)}" text-anchor="middle" font-weight="bold" '
                f'fill="#7b3294">≠<title>{day}: the readings disagree about an incident</title></text>'
            )
    out.append(f'<text x="{_f(left - 24)}" y="{_f(axis_y - gap + 15)}" text-anchor="end" fill="#555">UTC</text></g>')
    out.append(_window_marks(data, reading, days, left, step, top, axis_y - gap))
    out.append(f'<g transform="translate({_f(left)},{_f(axis_y + 34)})">')
    out.append(legend_svg(prefix, [("≠", "readings disagree")]))
    out.append(f'<g transform="translate(0,22)">{support_legend_svg(prefix)}</g>')
    out.append("</g></svg>")
    return Markup("".join(out))


def _segments(counts: dict[str, int], support: dict[str, int]) -> list[tuple[str, str | None, int]]:
    """A day's stack from the bottom: (verdict, support, count), corroborated before alleged within a verdict.

    Violations and possible violations are split by :attr:`~ceasewatch.report._data.DayCount.support`; any of them
    the split does not account for (support not given) are drawn as neither."""
    out: list[tuple[str, str | None, int]] = []
    for verdict in STACK_ORDER:
        count = counts.get(verdict, 0)
        if not count:
            continue
        if verdict in ("violation", "possible_violation"):
            for kind in ("corroborated", "alleged"):
                n = min(count, support.get(f"{verdict}.{kind}", 0))
                if n:
                    out.append((verdict, kind, n))
                    count -= n
        if count:
            out.append((verdict, None, count))
    return out


LEGEND_WIDTH = _legend_width([("≠", "readings disagree")])

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day_label(day: str) -> str:
    """``2025-03-18`` as ``18 Mar``."""
    return f"{int(day[8:10])} {_MONTHS[int(day[5:7]) - 1]}"


def _window_marks(
    data: ReportData, reading: str, days: tuple[str, ...], left: float, step: float, y0: float, y1: float
) -> str:
    """Dashed lines where the reading's window opens and closes, where they fall within the chart's days."""
    view = next((r for r in data.readings if r.id == reading), None)
    if view is None or not days:
        return ""
    first = date.fromisoformat(days[0])
    out = ['<g class="window" font-size="10" fill="#7b3294">']
    for label, instant, anchor in (("window opens", view.window_start, "start"), ("closes", view.window_end, "end")):
        if instant is None:
            continue
        moment = datetime.fromisoformat(instant.replace("Z", "+00:00"))
        offset = (moment.date() - first).days + (moment.hour * 60 + moment.minute) / 1440
        if not 0 <= offset <= len(days):
            continue
        x = left + offset * step
        dx = 3 if anchor == "start" else -3
        out.append(
            f'<line x1="{_f(x)}" y1="{_f(y0 - 14)}" x2="{_f(x)}" y2="{_f(y1)}" stroke="#7b3294" stroke-width="1.2" '
            f'stroke-dasharray="5,3"><title>{escape(label)}: {escape(instant)}</title></line>'
            f'<text x="{_f(x + dx)}" y="{_f(y0 - 6)}" text-anchor="{anchor}">{escape(label)} '
            f"{_day_label(instant[:10])} {instant[11:16]}</text>"
        )
    out.append("</g>")
    return "".join(out)


def _safe_id(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)


# ---------------------------------------------------------------------------------------------------------------------
# Map
# ---------------------------------------------------------------------------------------------------------------------


@cache
def _boundaries() -> tuple[tuple[str, str, str, BaseGeometry], ...]:
    """The bundled ADM1 boundaries: (country, shapeISO, shapeName, geometry)."""
    text = resources.files("ceasewatch").joinpath("data/boundaries/adm1.geojson").read_text(encoding="utf-8")
    collection: dict[str, Any] = json.loads(text)
    return tuple(
        (
            str(f["properties"].get("country") or ""),
            str(f["properties"].get("shapeISO") or ""),
            str(f["properties"].get("shapeName") or ""),
            shape(f["geometry"]),
        )
        for f in collection["features"]
    )


def _frame(points: Iterable[MapPoint]) -> tuple[float, float, float, float]:
    lon0, lat0, lon1, lat1 = DEFAULT_FRAME
    for p in points:
        pad = 1.0 + p.radius_km / 111.0
        lon0, lat0 = min(lon0, p.lon - pad), min(lat0, p.lat - pad)
        lon1, lat1 = max(lon1, p.lon + pad), max(lat1, p.lat + pad)
    return (max(lon0, LIMITS[0]), max(lat0, LIMITS[1]), min(lon1, LIMITS[2]), min(lat1, LIMITS[3]))


class _Projection:
    """Equirectangular, scaled by the cosine of the frame's middle latitude; y grows southwards."""

    def __init__(self, frame: tuple[float, float, float, float], width: float) -> None:
        self.lon0, self.lat0, self.lon1, self.lat1 = frame
        self.k = math.cos(math.radians((self.lat0 + self.lat1) / 2))
        self.scale = width / ((self.lon1 - self.lon0) * self.k)
        self.width = width
        self.height = (self.lat1 - self.lat0) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.k * self.scale, (self.lat1 - lat) * self.scale

    def km(self, km: float) -> float:
        """A distance in km as pixels (along a meridian)."""
        return km / 111.32 * self.scale


def _path(geometry: BaseGeometry, project: _Projection) -> str:
    polygons = list(getattr(geometry, "geoms", [geometry]))
    parts: list[str] = []
    for polygon in polygons:
        if polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            coords = [project(x, y) for x, y in ring.coords]
            if len(coords) < 4:
                continue
            head = f"M{_f(coords[0][0])},{_f(coords[0][1])}"
            parts.append(head + "".join(f"L{_f(x)},{_f(y)}" for x, y in coords[1:-1]) + "Z")
    return "".join(parts)


@cache
def _regions(frame: tuple[float, float, float, float], width: float) -> str:
    """The boundaries clipped to ``frame`` as SVG paths (memoised: one frame is drawn once per process)."""
    project = _Projection(frame, width)
    clip = box(*frame).buffer(0.2)
    tolerance = 0.6 / project.scale
    out = []
    for country, iso, name, geometry in _boundaries():
        if not geometry.intersects(clip):
            continue
        shown = geometry.intersection(clip).simplify(tolerance, preserve_topology=True)
        d = _path(shown, project)
        if d:
            out.append(
                f'<path class="region {country.lower()}" d="{d}"><title>{escape(name)} ({escape(iso)})</title></path>'
            )
    return "".join(out)


def map_svg(data: ReportData) -> Markup:
    """The incidents with coordinates on the bundled boundaries, coloured by their verdict under the map's reading."""
    points = data.map_points
    frame = _frame(points)
    project = _Projection(frame, MAP_WIDTH)
    prefix = "map"
    legend_h = 26.0
    out = [
        f'<svg class="map" role="img" viewBox="0 0 {_f(project.width)} {_f(project.height + legend_h)}" '
        f'width="{_f(project.width)}" height="{_f(project.height + legend_h)}" font-family="sans-serif" '
        f'aria-label="Map of incidents">',
        "<title>Map of incidents"
        + (f" (verdicts under reading {escape(data.map_reading)})" if data.map_reading else "")
        + "</title>",
        _patterns(prefix),
        "<style>.region{stroke:#b4b4b4;stroke-width:0.5;fill:#f5f4ef}.region.ukr{fill:#eef3f8}"
        ".region:hover{fill:#e6e6d8}.radius{fill:none;stroke:#7b3294;stroke-opacity:0.45;"
        "stroke-width:0.8;stroke-dasharray:4,3}.ring{fill:none;stroke:#7b3294;stroke-width:2}</style>",
        f'<rect width="{_f(project.width)}" height="{_f(project.height)}" fill="#fbfdff"/>',
        f'<g class="regions">{_regions(frame, MAP_WIDTH)}</g>',
        '<g class="incidents">',
    ]
    for p in points:
        x, y = project(p.lon, p.lat)
        if p.radius_km > 10:
            out.append(
                f'<circle class="radius" cx="{_f(x)}" cy="{_f(y)}" r="{_f(project.km(p.radius_km))}">'
                f"<title>{escape(p.incident_id)}: within {p.radius_km:g} km</title></circle>"
            )
    order = {verdict: n for n, verdict in enumerate(reversed(STACK_ORDER))}
    for p in sorted(points, key=lambda p: order.get(p.verdict or "", -1)):  # violations drawn last, on top
        x, y = project(p.lon, p.lat)
        if p.disagreement:
            out.append(f'<circle class="ring" cx="{_f(x)}" cy="{_f(y)}" r="10"/>')
        out.append(
            f'<circle class="incident" data-incident="{escape(p.incident_id)}" data-lat="{p.lat:.4f}" '
            f'data-lon="{p.lon:.4f}" data-verdict="{escape(p.verdict or "")}" cx="{_f(x)}" cy="{_f(y)}" r="7" '
            f'fill="{_fill(prefix, p.verdict)}" stroke="#111" stroke-width="1.4"><title>{escape(p.label)}</title>'
            f"</circle>"
        )
    out.append("</g>")
    out.append(
        f'<g transform="translate(8,{_f(project.height + 5)})">{legend_svg(prefix)}'
        f'<circle class="ring" cx="{_f(_legend_width() + 8)}" cy="9" r="7"/>'
        f'<text x="{_f(_legend_width() + 20)}" y="13" font-size="11">readings disagree</text>'
        f'<circle class="radius key" cx="{_f(_legend_width() + 140)}" cy="9" r="7"/>'
        f'<text x="{_f(_legend_width() + 152)}" y="13" font-size="11">place known only within the circle</text></g>'
    )
    out.append("</svg>")
    return Markup("".join(out))
