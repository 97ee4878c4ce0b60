"""The Markdown report: the sections of the HTML report, with a table of days in place of the chart and no map."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ceasewatch.report._data import (
    SUPPORT_KEYS,
    IncidentView,
    Link,
    ReportData,
    VerdictView,
    level_label,
)

__all__ = ["render_markdown"]

_SHORT = {"violation": "V", "possible_violation": "P", "undetermined": "U", "not_covered": "N"}
_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]|#"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"})


def _text(value: object) -> str:
    """Plain text made safe for Markdown: markup characters escaped, HTML neutralised, line breaks as spaces."""
    text = "" if value is None else str(value)
    return " ".join(text.translate(_SPECIAL).split())


def _code(value: object) -> str:
    text = str(value).replace("`", "'").replace("|", "\\|")
    return f"`{text}`"


def _link(item: Link) -> str:
    if item.url:
        return f"[{_text(item.text)}](<{item.url.replace('>', '%3E').replace(' ', '%20')}>)"
    return _text(item.text)


def _links(items: Iterable[Link]) -> str:
    return "<br>".join(_link(i) for i in items)


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    align = ["---:" if n in right else "---" for n in range(len(head))]
    out = ["| " + " | ".join(head) + " |", "| " + " | ".join(align) + " |"]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    out.append("")
    return out


def _when(value: str | None) -> str:
    if not value:
        return "—"
    text = value.replace("T", " ").removesuffix("Z")
    if text.endswith(":00") and text.count(":") == 2:
        text = text[:-3]
    return f"{text} UTC" if value.endswith("Z") else text


def _verdict(v: VerdictView) -> str:
    extra = []
    if v.reasons:
        extra.append("not covered: " + ", ".join(_text(r) for r in v.reasons))
    if v.boundaries:
        extra.append("straddles: " + ", ".join(_code(b) for b in v.boundaries))
    if v.missing:
        extra.append("missing: " + ", ".join(_text(m) for m in v.missing))
    if v.releases:
        extra.append("would be freed by: " + ", ".join(_code(r) for r in v.releases))
    text = f"**{v.verdict.replace('_', ' ')}**"
    text += " (" + "; ".join(extra) + ")" if extra else ""
    return text + f" — corroboration: {level_label(v.corroboration)}" + (f" ({v.support})" if v.support else "")


HOW_TO_READ = (
    "A verdict says whether an incident, *as reported*, falls under the terms of one reading; it does not say that "
    "the incident happened, nor who did it. A violation is **alleged** where only the parties speak to it (claimed or "
    "disputed, or not assessed) and **corroborated** where it is independently reported, supported by a sensor or "
    "confirmed by a monitor. Corroboration and attribution are separate axes from the verdict: shown beside it, they "
    "do not change it. Corroboration is a level (claimed, disputed, independently reported, sensor supported, "
    "confirmed) with a score from 0 to 1 and the number of independent voices (a party's outlets, and the media "
    "relaying them, count once). Attribution is a model, not a finding: a probability for each party being "
    "responsible, from stated weights (accusations, denials, the weapon named, who held the ground), each weight and "
    "the sum given as its basis; the model is described in docs/resolve.md."
)


def _support_cell(counts: dict[str, int], support: dict[str, int]) -> str:
    """A timeline cell: ``V2 (1 alleged, 1 corroborated) N1``."""
    parts = []
    for v, n in counts.items():
        if not n:
            continue
        text = f"{_SHORT[v]}{n}"
        split = [f"{support.get(f'{v}.{k}', 0)} {k}" for k in ("alleged", "corroborated") if support.get(f"{v}.{k}")]
        parts.append(text + (f" ({', '.join(split)})" if split else ""))
    return " ".join(parts)


def _incident_support(i: IncidentView) -> list[str]:
    """The lines on an incident's corroboration and attribution, with their basis folded away."""
    out = []
    c = i.corroboration
    if c is None:
        out.append("- **corroboration**: not assessed")
    else:
        line = f"- **corroboration**: {_text(c.label)} ({'corroborated' if c.corroborated else 'alleged'})"
        if c.score is not None:
            line += f", score {c.score:.2f}"
        if c.voices is not None:
            line += f", {c.voices} independent voice" + ("" if c.voices == 1 else "s")
        out.append(line)
        if c.basis:
            out.append("  <details><summary>basis</summary>")
            out.append("")
            out.extend(f"  - {_text(b)}" for b in c.basis)
            out.append("")
            out.append("  </details>")
    a = i.attribution
    if a is None:
        out.append("- **attribution**: not assessed")
    else:
        probs = " · ".join(f"{_text(p.party)} {p.probability:.2f}" for p in a.probabilities)
        out.append(f"- **attribution** (a model with stated weights, see docs/resolve.md): {probs}")
        if a.basis:
            out.append("  <details><summary>basis</summary>")
            out.append("")
            out.extend(f"  - {_text(b)}" for b in a.basis)
            out.append("")
            out.append("  </details>")
    return out


def render_markdown(data: ReportData) -> str:
    """The report as Markdown (GitHub-flavoured tables)."""
    md: list[str] = []
    add = md.append
    add(f"# {_text(data.title)}")
    add("")
    add(
        f"ceasewatch report · agreement {_code(data.agreement_id)}"
        + (f" · {_text(data.generated_for)}" if data.generated_for else "")
    )
    add("")
    t = data.totals
    add(
        f"{_text(data.coverage.capitalize())}, {_text(data.sides)} agreement. {t['findings']} findings on "
        f"{t['incidents']} incidents from {t['claims']} claims in {t['reports']} reports, judged under "
        f"{len(data.readings)} reading(s); the readings disagree about {t['disagreements']} incident(s)."
    )
    add("")
    if data.summary:
        add(_text(data.summary))
        add("")
    add("## Parties and their acceptance")
    add("")
    rows = []
    for p in data.parties:
        name = f"**{p.party}**" + (f" ({_text(p.name)})" if p.name else "")
        if not p.timeline:
            rows.append([name, p.role, "—", "no recorded stance", "", ""])
        for e in p.timeline:
            notes = "; ".join(_text(c) for c in e.conditions)
            if e.note:
                notes = f"{notes}; {_text(e.note)}" if notes else _text(e.note)
            rows.append([name, p.role, _when(e.at), _text(e.status), notes, _links(e.sources)])
    md.extend(_table(["party", "role", "when (UTC)", "status", "conditions and notes", "sources"], rows))
    add("Sources of the agreement: " + "; ".join(_link(s) for s in data.sources))
    add("")

    add("## How the readings differ")
    add("")
    add("Rows marked ≠ are where the readings differ.")
    add("")
    head = ["term", *[f"reading {_code(r.id)}" for r in data.readings]]
    md.extend(
        _table(
            head,
            (
                [("≠ " if row.differs else "") + _text(row.aspect), *(_links(c) for c in row.cells)]
                for row in data.comparison
            ),
        )
    )
    for r in data.readings:
        if r.summary:
            add(f"- **Reading {_code(r.id)}**{' — ' + _text(r.title) if r.title else ''}: {_text(r.summary)}")
    add("")

    add("## Findings per party and reading")
    add("")
    if data.counts:
        head = ["reading", "alleged perpetrator", *[v.replace("_", " ") for v in data.verdicts], "total"]
        md.extend(
            _table(
                head,
                (
                    [
                        _code(row.reading),
                        _text(row.party),
                        *(str(row.counts[v]) for v in data.verdicts),
                        f"**{row.total}**",
                    ]
                    for row in data.counts
                ),
                right=range(2, len(head)),
            )
        )
        add("Violations and possible violations, alleged and corroborated:")
        add("")
        head = ["reading", "alleged perpetrator", *[k.replace("_", " ").replace(".", ", ") for k in SUPPORT_KEYS]]
        md.extend(
            _table(
                head,
                (
                    [_code(row.reading), _text(row.party), *(str(row.support.get(k, 0)) for k in SUPPORT_KEYS)]
                    for row in data.counts
                ),
                right=range(2, len(head)),
            )
        )
    else:
        add("No findings.")
        add("")
    add(f"How to read this: {HOW_TO_READ}")
    add("")

    add("## Timeline")
    add("")
    add(
        "Findings per day (UTC) and alleged perpetrator: "
        + ", ".join(f"{s} = {v.replace('_', ' ')}" for v, s in _SHORT.items())
        + "; violations and possible violations split into alleged and corroborated; days without findings are left"
        " out."
    )
    add("")
    if data.undated:
        add(f"{data.undated} finding(s) have no day and are not shown.")
        add("")
    for r in data.readings:
        series = data.series(r.id)
        if not series or not r.findings:
            continue
        add(f"### Reading {_code(r.id)}")
        add("")
        per = {(s.party, dc.day): (dc.counts, dc.support) for s in series for dc in s.days}
        disagree = {d.day for d in data.disagreement_days}
        rows = []
        for day in data.days:
            cells = []
            for s in series:
                found = per.get((s.party, day))
                cells.append(_support_cell(*found) if found else "")
            if any(cells):
                rows.append([day + (" ≠" if day in disagree else ""), *cells])
        md.extend(_table(["day", *[_text(s.party) for s in series]], rows))

    add("## Where the readings disagree")
    add("")
    if data.disagreements:
        add(
            "Days: "
            + ", ".join(f"{d.day} ({', '.join(_code(i) for i in d.incident_ids)})" for d in data.disagreement_days)
        )
        add("")
        judged = [r.id for r in data.readings if r.findings]
        head = ["day", "incident", "alleged perpetrator", *[f"under {_code(r)}" for r in judged]]
        rows = []
        for x in data.disagreements:
            cells = []
            for v in x.verdicts:
                if v.verdict is None:
                    cells.append("not judged")
                else:
                    cells.append(
                        f"**{v.verdict.replace('_', ' ')}**"
                        + (f": {_text('; '.join(v.why))}" if v.why else "")
                        + (f" (not covered: {', '.join(v.reasons)})" if v.reasons else "")
                    )
            what = _code(x.incident_id) + (f" {_text(x.summary)}" if x.summary else "")
            if x.corroboration:
                what += f" (corroboration: {_text(x.corroboration)})"
            rows.append([x.day or "?", what, _text(x.perpetrator or "?"), *cells])
        md.extend(_table(head, rows))
    else:
        add("The readings agree on every incident.")
        add("")

    add("## Incidents")
    add("")
    for i in data.incidents:
        add(
            f"### Incident {_code(i.id)}"
            + (f" — {_text(i.place.name)}" if i.place and i.place.name else "")
            + (" ≠ readings disagree" if i.disagreement else "")
        )
        add("")
        if i.time:
            line = f"- **time**: {_when(i.time.earliest)} – {_when(i.time.latest)} (precision: {i.time.precision})"
            if i.time.tz != "UTC":
                line += f"; as the source had it ({_text(i.time.tz)}): {i.time.local_earliest} – {i.time.local_latest}"
            add(line)
        if i.place:
            pl = i.place
            where = ", ".join(_text(x) for x in (pl.name or "(unnamed)", pl.admin1, pl.country) if x)
            if pl.lat is not None and pl.lon is not None:
                where += f" — {pl.lat:.4f}, {pl.lon:.4f} ± {pl.radius_km:g} km"
            add(f"- **place**: {where} (precision: {pl.precision})")
        if i.target:
            add(
                f"- **target**: {_text(i.target_label or i.target)} {_code(i.target)}"
                + (f" — {_text(i.facility)}" if i.facility else "")
            )
        if i.act:
            weapon = f" ({_text(i.weapon)})" if i.weapon else ""
            add(f"- **act**: {_text(i.act_label or i.act)} {_code(i.act)}{weapon}")
        add(f"- **alleged perpetrator**: {_text(i.perpetrator or 'not said')}")
        add(f"- **claimant**: {_text(', '.join(i.claimants) or 'not said')}")
        if i.stance:
            add(f"- **stance**: {i.stance}")
        md.extend(_incident_support(i))
        add("")
        voices = i.corroboration.voices if i.corroboration else None
        add(
            f"**Claims** ({len(i.claims)}"
            + (f"; {voices} independent voice" + ("" if voices == 1 else "s") if voices is not None else "")
            + ")"
        )
        add("")
        for c in i.claims:
            line = (
                f"- {_code(c.id)}: {c.stance} by {_text(c.claimant or '?')} against {_text(c.perpetrator or '?')}"
                f" — {_code(c.act)} on {_code(c.target)} (confidence {c.confidence:.2f})"
            )
            if c.report:
                so = c.report.source
                src = _link(Link(so.name, so.url))
                line += (
                    f"; source: {src} ({so.affiliation.replace('_', ' ')}{', ' + so.party if so.party else ''}),"
                    f" report {_code(c.report.id)} published {_when(c.report.published_at)}"
                )
                if c.report.url:
                    line += " · " + _link(Link(c.report.title or c.report.url, c.report.url))
            else:
                line += f"; report {_code(c.report_id)} not supplied"
            add(line)
            if c.report and c.report.text:
                if c.report.evidence is not None:
                    quote = f"{_text(c.report.before)} **{_text(c.report.evidence)}** {_text(c.report.after)}"
                else:
                    quote = _text(c.report.text)
                add("")
                add(f"  > {quote.strip()}")
                add("")
        if not i.claims:
            add("No claims supplied.")
        add("")
        add("**Verdicts**")
        add("")
        for vv in i.verdicts:
            add(f"- under {_code(vv.reading)}: {_verdict(vv)}")
        add("")
        for vv in i.verdicts:
            add(f"<details><summary>Trace under reading {_text(vv.reading)} ({len(vv.trace)} rules)</summary>")
            add("")
            md.extend(
                _table(
                    ["rule", "outcome", "detail", "values"],
                    (
                        [
                            _code(t.rule),
                            t.outcome,
                            _text(t.detail),
                            "<br>".join(
                                f"{_code(k)} = {_text(val) if val is not None else '—'}" for k, val in t.values.items()
                            ),
                        ]
                        for t in vv.trace
                    ),
                )
            )
            add("</details>")
            add("")
    if not data.incidents:
        add("No incidents.")
        add("")
    return "\n".join(md).rstrip("\n") + "\n"
