"""Text → claims, for English, Ukrainian and Russian: statements, bulletins, news and channel posts (pure, no I/O).

>>> from datetime import datetime, UTC
>>> from ceasewatch.model import Report, Source
>>> report = Report(
...     id="mod-1", published_at=datetime(2025, 3, 28, 8, 40, tzinfo=UTC),
...     source=Source(name="Минобороны России", affiliation="party_official", party="RUS"),
...     text="28 марта около 10.20 киевским режимом нанесен удар реактивными снарядами РСЗО «HIMARS» "
...          "по газоизмерительной станции «Суджа».")
>>> [(c.target.category, c.target.facility_id, c.perpetrator, c.stance, c.weapon) for c in extract(report)]
[('energy.gas.metering_station', 'cw:sudzha-gms', 'UKR', 'accusation', 'himars')]

The rules, lexicons and conventions are in docs/extraction.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from itertools import islice

from ceasewatch.extract._claims import Extractor, ExtractResult, FacilityLookup
from ceasewatch.extract._language import Language, detect_language
from ceasewatch.extract._places import Geocoder
from ceasewatch.model.claim import Claim
from ceasewatch.model.report import Report

__all__ = [
    "ExtractResult",
    "Extractor",
    "FacilityLookup",
    "Geocoder",
    "Language",
    "detect_language",
    "extract",
    "extract_many",
    "extract_results",
]

_DEFAULTS: dict[bool, Extractor] = {}


def _default(military: bool) -> Extractor:
    if military not in _DEFAULTS:
        _DEFAULTS[military] = Extractor(military=military)
    return _DEFAULTS[military]


def extract_results(
    reports: Iterable[Report],
    *,
    extractor: Extractor | None = None,
    workers: int = 1,
    chunk: int = 256,
    military: bool = False,
) -> Iterator[ExtractResult]:
    """One :class:`ExtractResult` per report, in order. ``workers`` > 1 spreads the reports over that many processes
    (each with its own default :class:`Extractor`; a custom ``extractor`` needs ``workers=1``). ``military`` keeps
    strikes on military targets (see :class:`Extractor`; a custom ``extractor`` has its own setting)."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers > 1 and extractor is not None:
        raise ValueError("a custom extractor runs in this process only: use workers=1")
    if workers == 1:
        ex = extractor or _default(military)
        for report in reports:
            yield ex.extract(report)
        return
    iterator = iter(reports)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while batch := list(islice(iterator, chunk * workers * 4)):
            yield from pool.map(partial(_extract_one, military=military), batch, chunksize=chunk)


def _extract_one(report: Report, military: bool) -> ExtractResult:
    return _default(military).extract(report)


def extract_many(
    reports: Iterable[Report], *, extractor: Extractor | None = None, workers: int = 1, military: bool = False
) -> Iterator[Claim]:
    """The claims of many reports, in report order (see :func:`extract_results`)."""
    for result in extract_results(reports, extractor=extractor, workers=workers, military=military):
        yield from result.claims


def extract(report: Report, *, extractor: Extractor | None = None, military: bool = False) -> list[Claim]:
    """The claims of one report (none for text that is not English, Ukrainian or Russian, or reports no attack; none
    for strikes on military targets unless ``military``)."""
    return list(extract_many([report], extractor=extractor, military=military))
