"""Time intervals for hand-made gold labels, shared by the extraction gold build scripts.

They only format what the labeller decided (which night, which day, how long before publication) as the interval
of the claim model, with the local offset kept; no label is computed here. Conventions: eval/gold/README.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


def iso(s: str) -> datetime:
    return datetime.fromisoformat(s)


def T(a: str, b: str, prec: str, tz: str) -> dict:
    ea, eb = iso(a), iso(b)
    assert ea.tzinfo and eb.tzinfo and ea <= eb, (a, b)
    return {"earliest": ea.isoformat(), "latest": eb.isoformat(), "precision": prec, "tz": tz}


def night(d: str, off: str, tz: str) -> dict:
    """'в ночь на D' / 'у ніч на D' / 'overnight into D': 21:00 the evening before to 06:00 on D, local time."""
    midnight = iso(f"{d}T00:00{off}")
    return T((midnight - timedelta(hours=3)).isoformat(), (midnight + timedelta(hours=6)).isoformat(), "night", tz)


def capped(start: str, length: timedelta, prec: str, tz: str, end: str | None = None) -> dict:
    """[start, start + length], the end capped at `end` (the publication instant, for 'today') when given."""
    a = iso(start)
    b = a + length
    if end is not None:
        b = min(b, iso(end))
    return T(a.isoformat(), b.isoformat(), prec, tz)


def day(d: str, off: str, tz: str, end: str | None = None) -> dict:
    """A calendar day, local time; `end` caps it at the publication instant for 'today'."""
    return capped(f"{d}T00:00{off}", timedelta(days=1), "day", tz, end)


def yesterday(pub: str, off: str, tz: str) -> dict:
    """'вчера'/'вчора'/'yesterday': the previous local calendar day plus the following night up to 06:00 today."""
    local = iso(pub).astimezone(timezone(timedelta(hours=int(off[:3]))))
    d0 = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return T((d0 - timedelta(days=1)).isoformat(), (d0 + timedelta(hours=6)).isoformat(), "day", tz)


def around(dt: str, tz: str, minutes: int = 30, prec: str = "hour") -> dict:
    t = iso(dt)
    return T((t - timedelta(minutes=minutes)).isoformat(), (t + timedelta(minutes=minutes)).isoformat(), prec, tz)


def before(pub: str, off: str, tz: str, hours: float, prec: str) -> dict:
    """No date in the text: [publication - hours, publication], expressed in local time."""
    p = iso(pub).astimezone(timezone(timedelta(hours=int(off[:3]))))
    return T((p - timedelta(hours=hours)).isoformat(), p.isoformat(), prec, tz)
