"""Reports for mediators: one agreement, how its readings differ, and what each reading makes of the incidents.

:func:`build_report` computes everything once into a :class:`ReportData`; :func:`write_report` renders it as one
self-contained HTML page (inline CSS and SVG: a timeline chart and a map drawn from bundled boundaries, nothing
fetched), as Markdown, or as JSON (the data itself, byte-identical for the same inputs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from ceasewatch.errors import CeasewatchError
from ceasewatch.report._data import ReportData, build_report, to_json

__all__ = ["FORMATS", "ReportData", "ReportFormat", "build_report", "write_report"]

ReportFormat = Literal["html", "md", "json"]
FORMATS: tuple[str, ...] = get_args(ReportFormat)
"""The formats :func:`write_report` writes, each to ``report.<format>``."""


def write_report(data: ReportData, out_dir: Path, format: ReportFormat) -> Path:
    """Render ``data`` as ``format`` into ``out_dir`` (created if missing) and return the file written.

    The file is ``report.html``, ``report.md`` or ``report.json``, written as UTF-8 with ``\\n`` line ends. An
    unknown format is a :class:`~ceasewatch.errors.CeasewatchError` that lists the valid ones.
    """
    if format not in FORMATS:
        raise CeasewatchError(f"unknown report format '{format}': expected one of {', '.join(FORMATS)}")
    if format == "html":
        from ceasewatch.report._html import render_html

        text = render_html(data)
    elif format == "md":
        from ceasewatch.report._markdown import render_markdown

        text = render_markdown(data)
    else:
        text = to_json(data)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / f"report.{format}"
        tmp = path.with_name(f".{path.name}.tmp")
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        tmp.replace(path)
    except OSError as exc:
        raise CeasewatchError(f"cannot write the report to {out_dir}: {exc}") from exc
    return path
