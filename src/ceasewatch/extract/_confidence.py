"""The confidence of an extracted claim: the probability, by a small logistic model, that a reader labelling the
report finds the same claim with the same place and perpetrator.

The model reads only the structure of the finished claim and its report (how precise the place is, whether a time,
a weapon, a facility was found, how deep the target category goes, who claims it, the language and the kind of
source, how many claims the report gave and where this one stands among them, how long its evidence is), never
its words, so it carries to fresh text and needs no page text to ship. Its coefficients are in ``confidence.json``
beside this module, fitted by ``eval/confidence/fit.py`` (which says on which gold sets and with what command);
docs/extraction.md has the figures.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from ceasewatch.model.claim import Claim
from ceasewatch.model.report import Report

__all__ = ["FEATURES", "Model", "features", "load", "rate", "rounded"]

FEATURES: tuple[str, ...] = (
    "place_point",  # a settlement, a facility or an exact point, with coordinates
    "place_district",
    "place_admin1",  # an oblast, or an ``area``: a sea or a named zone (Black Sea, Sea of Azov), which the place
    # model holds as a named region the event lies in, as it does an oblast (zones.geojson beside admin1.geojson),
    # not as a country, which says only whose territory it was. No area claim is in the fit sets: it borrows the
    # oblast's coefficient.
    "place_country",  # (all four 0: no place at all, precision ``unknown``)
    "time_found",  # a time said in the text, not the 7-day default (precision ``week``)
    "weapon",
    "target_depth1",  # "energy", "civilian" (all three 0: category ``unknown``)
    "target_depth2",  # "energy.oil"
    "target_depth3",  # "energy.oil.refinery" and deeper
    "facility",  # a facility of the registry
    "claimant_none",  # nobody's claim (an independent outlet)
    "stance_denial",
    "stance_admission",  # (both 0: an accusation or an observation)
    "lang_uk",
    "lang_ru",  # (both 0: English; a report in another language gives no claims, so never reaches the model:
    # `features` refuses it)
    "official",  # the source is a party's official channel
    "aligned",  # the source is party-aligned media
    "log_claims",  # ln of the number of claims the report gave
    "log_index",  # ln of the claim's place among them (1 the first)
    "log_evidence",  # ln(1 + the length of its evidence span in characters) - 5
)


def features(claim: Claim, report: Report, language: str, count: int, index: int) -> list[float]:
    """The feature vector of ``claim``, the ``index``-th (from 1) of the ``count`` claims ``report`` gave in
    ``language`` (en, uk or ru: extraction gives no claims in another language), in the order of
    :data:`FEATURES`. A place of precision ``area`` (a sea, a named zone) counts as an oblast."""
    if language not in ("en", "uk", "ru"):
        raise ValueError(f"no confidence for a claim in language {language!r}: only en, uk and ru give claims")
    precision = claim.place.precision
    point = claim.place.has_point and precision in ("exact", "facility", "settlement")
    depth = 0 if claim.target.category == "unknown" else claim.target.category.count(".") + 1
    affiliation = report.source.affiliation
    span = claim.evidence.end - claim.evidence.start if claim.evidence is not None else 0
    return [
        float(point),
        float(precision == "district"),
        float(precision in ("admin1", "area")),
        float(precision == "country"),
        float(claim.time.precision != "week"),
        float(claim.weapon is not None),
        float(depth == 1),
        float(depth == 2),
        float(depth >= 3),
        float(claim.target.facility_id is not None),
        float(claim.claimant is None),
        float(claim.stance == "denial"),
        float(claim.stance == "admission"),
        float(language == "uk"),
        float(language == "ru"),
        float(affiliation == "party_official"),
        float(affiliation == "party_aligned_media"),
        math.log(max(1, count)),
        math.log(max(1, index)),
        math.log1p(span) - 5.0,
    ]


class Model:
    """An intercept and one coefficient per feature of :data:`FEATURES`."""

    def __init__(self, intercept: float, coefficients: dict[str, float]) -> None:
        missing = [name for name in FEATURES if name not in coefficients]
        if missing:
            raise ValueError(f"the confidence model has no coefficient for {', '.join(missing)}")
        self.intercept = intercept
        self.weights = [coefficients[name] for name in FEATURES]

    def probability(self, x: Sequence[float]) -> float:
        """The logistic of the linear score, in [0, 1]."""
        z = self.intercept + math.fsum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(float(data["intercept"]), {k: float(v) for k, v in data["coefficients"].items()})


@cache
def load() -> Model:
    """The shipped model (``confidence.json`` in this package)."""
    text = resources.files("ceasewatch.extract").joinpath("confidence.json").read_text(encoding="utf-8")
    return Model.from_json(json.loads(text))


def rate(claims: Sequence[Claim], report: Report, language: str, model: Model | None = None) -> list[Claim]:
    """``claims`` (all the claims of ``report``, in order) each with its confidence: the model's probability,
    rounded to two decimals and kept within 0.01-0.99 (no extracted claim is certain, nor hopeless)."""
    model = model or load()
    count = len(claims)
    return [
        c.model_copy(update={"confidence": rounded(model.probability(features(c, report, language, count, n)))})
        for n, c in enumerate(claims, start=1)
    ]


def rounded(probability: float) -> float:
    """A probability as a claim's confidence: two decimals, within 0.01-0.99."""
    return min(0.99, max(0.01, round(probability, 2)))
