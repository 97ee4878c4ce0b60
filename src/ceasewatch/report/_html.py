"""The HTML report: one self-contained file (inline CSS and SVG, no outside fetches), rendered with Jinja2."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from ceasewatch.report._data import SUPPORT_KEYS, Link, ReportData, corroboration_text, level_label
from ceasewatch.report._svg import VERDICT_STYLE, defs_svg, map_svg, swatch_svg, timeline_svg

__all__ = ["render_html"]


def _when(value: str | None) -> str:
    """``2025-03-20T01:00:00Z`` as ``2025-03-20 01:00 UTC`` (seconds shown only where not zero)."""
    if not value:
        return "—"
    text = value.replace("T", " ").removesuffix("Z")
    if text.endswith(":00") and text.count(":") == 2:
        text = text[:-3]
    return f"{text} UTC" if value.endswith("Z") else text


def _clock(value: str | None) -> str:
    """``2025-03-20T01:00:00Z`` as ``2025-03-20 01:00``, for columns headed "UTC"."""
    return _when(value).removesuffix(" UTC")


def _mark(value: str | None) -> str:
    """The verdict's one-letter mark (V, P, U, N), ``-`` where not judged."""
    style = VERDICT_STYLE.get(value or "")
    return style.mark if style else "-"


def _verdict(value: str | None) -> str:
    if value is None:
        return "not judged"
    style = VERDICT_STYLE.get(value)
    return style.label if style else value


def _prob(value: float | None) -> str:
    """A probability or score with two decimals, ``—`` where unknown."""
    return "—" if value is None else f"{value:.2f}"


def _links(items: Sequence[Link], inline: bool = False) -> Markup:
    """Links (or plain text) as a list in a cell, or separated by ``;`` in running text."""
    parts = [
        Markup('<a href="{}">{}</a>').format(item.url, item.text) if item.url else escape(item.text) for item in items
    ]
    if inline or len(parts) == 1:
        return Markup("; ").join(parts)
    return (
        Markup('<ul class="cell">') + Markup("").join(Markup("<li>{}</li>").format(p) for p in parts) + Markup("</ul>")
    )


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ceasewatch.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["when"] = _when
    env.filters["verdict"] = _verdict
    env.filters["mark"] = _mark
    env.filters["clock"] = _clock
    env.filters["level"] = level_label
    env.filters["corroboration"] = corroboration_text
    env.filters["prob"] = _prob
    env.globals.update(links=_links, swatch=swatch_svg, timeline=timeline_svg, map=map_svg, support_keys=SUPPORT_KEYS)
    return env


def render_html(data: ReportData) -> str:
    """The report as one HTML page."""
    return _environment().get_template("report.html.j2").render(d=data, defs=defs_svg())
