"""Accuracy of incident resolution against gold incidents made by reading (``eval/gold/resolve``).

The gold folder holds ``claims.jsonl`` (claims in the interchange shape of DESIGN §5, each with its ``source``) and
``incidents.jsonl`` (``id``, ``claim_ids``, ``description``, ``attribution`` {``party``, ``basis``}, ``split``);
every gold claim belongs to exactly one gold incident. eval/gold/README.md says how they were made.

Clustering is scored over the gold claims with the usual coreference metrics, a gold incident being an entity and a
claim a mention:

- **MUC** (Vilain et al. 1995): links. Recall is ``sum(|K| - p(K)) / sum(|K| - 1)`` over key clusters ``K``, where
  ``p(K)`` is the number of pieces the response cuts ``K`` into (a mention the response lacks is a piece of its
  own); precision swaps key and response. A side with no links at all scores 0, as in the reference scorer.
- **B-cubed** (Bagga and Baldwin 1998): per mention, the share of its response cluster that is in its key cluster
  (precision) and the share of its key cluster found in its response cluster (recall), averaged over the key
  mentions (recall) and the response mentions (precision). A mention missing from the other side counts 0.
- **CEAF-e** (Luo 2005): key and response entities aligned one-to-one to maximise the total of
  ``phi4(K, R) = 2 |K & R| / (|K| + |R|)`` (the Hungarian method); recall is that total over the number of key
  entities, precision over the number of response entities.
- **CoNLL F1**: the mean of the MUC, B-cubed and CEAF-e F1 (Pradhan et al. 2014). Unlike the CoNLL-2012 data, our gold
  keeps singleton incidents, so they count.

In :func:`score_clustering` a gold claim that the prediction leaves out is its own singleton incident, and predicted
claims that are not in the gold (or not in the chosen split) are dropped, so both sides cover the same claims.

Attribution is scored per gold incident: each of its claims looks up the probabilities of the incident it was
predicted into (or its own, keyed by claim id), and the incident's prediction is the mean over its claims. Reported:
the accuracy of the most probable party (an exact tie at the top reads as ``unknown``), the same over the incidents
whose gold party is decided (not ``unknown``), the mean probability given to the gold party, and the Brier score
``sum_k (p_k - y_k)^2`` over the parties named by either side (0 is perfect, 2 the worst).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from ceasewatch.errors import InputError
from ceasewatch.evaluate._common import gold_lines
from ceasewatch.model import Claim

__all__ = [
    "GOLD_PARTIES",
    "GoldClaim",
    "GoldIncident",
    "b_cubed",
    "ceaf_e",
    "muc",
    "read_gold_incidents",
    "score_attribution",
    "score_clustering",
    "split_claims",
]

GOLD_PARTIES: tuple[str, ...] = ("RUS", "UKR", "unknown")
"""The parties a gold attribution may name; ``unknown`` when the public record does not settle it."""

_CLAIM_FIELDS = (
    "id",
    "report_id",
    "time",
    "place",
    "target",
    "act",
    "weapon",
    "perpetrator",
    "claimant",
    "stance",
    "confidence",
    "evidence",
)


@dataclass(frozen=True)
class GoldClaim:
    """A gold claim: the claim itself, who published it, and the whole line as read (``raw``)."""

    claim: Claim
    source: dict[str, Any]
    published_at: str | None
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class GoldIncident:
    """A gold incident: its claims, who most plausibly did it (and why), and its split."""

    id: str
    claim_ids: tuple[str, ...]
    party: str
    basis: str
    split: str
    description: str = ""


def read_gold_incidents(
    folder: str | Path,
) -> tuple[list[GoldClaim], dict[str, str], dict[str, GoldIncident]]:
    """Read a gold folder: its claims, the gold clustering (claim id → incident id) and the gold incidents by id.

    Raises :class:`InputError` naming the file and line on a bad claim, an unknown claim id, a claim in two
    incidents or in none, or an attribution party outside :data:`GOLD_PARTIES`.
    """
    folder = Path(folder)
    claims_file, incidents_file = folder / "claims.jsonl", folder / "incidents.jsonl"
    claims: list[GoldClaim] = []
    seen: set[str] = set()
    for number, item in gold_lines(claims_file):
        try:
            claim = Claim.model_validate({k: item[k] for k in _CLAIM_FIELDS if k in item})
        except ValueError as exc:
            raise InputError(f"not a claim: {exc}", file=str(claims_file), line=number) from exc
        if claim.id in seen:
            raise InputError(f"claim '{claim.id}' is listed twice", file=str(claims_file), line=number)
        seen.add(claim.id)
        source = item.get("source")
        if not isinstance(source, dict):
            raise InputError("a gold claim needs a 'source' object", file=str(claims_file), line=number)
        claims.append(GoldClaim(claim, source, item.get("published_at"), item))
    clusters: dict[str, str] = {}
    incidents: dict[str, GoldIncident] = {}
    for number, item in gold_lines(incidents_file):
        try:
            attribution = item.get("attribution") or {}
            incident = GoldIncident(
                id=str(item["id"]),
                claim_ids=tuple(item["claim_ids"]),
                party=str(attribution["party"]),
                basis=str(attribution.get("basis", "")),
                split=str(item.get("split", "dev")),
                description=str(item.get("description", "")),
            )
        except (KeyError, TypeError) as exc:
            raise InputError(f"not a gold incident: missing {exc}", file=str(incidents_file), line=number) from exc
        if incident.party not in GOLD_PARTIES:
            raise InputError(
                f"attribution party '{incident.party}' is not one of {', '.join(GOLD_PARTIES)}",
                file=str(incidents_file),
                line=number,
            )
        if incident.id in incidents or not incident.claim_ids:
            raise InputError(
                f"incident '{incident.id}' is listed twice or has no claims", file=str(incidents_file), line=number
            )
        for claim_id in incident.claim_ids:
            if claim_id not in seen:
                raise InputError(f"claim '{claim_id}' is not in claims.jsonl", file=str(incidents_file), line=number)
            if claim_id in clusters:
                raise InputError(
                    f"claim '{claim_id}' is in incidents '{clusters[claim_id]}' and '{incident.id}'",
                    file=str(incidents_file),
                    line=number,
                )
            clusters[claim_id] = incident.id
        incidents[incident.id] = incident
    orphans = sorted(seen - clusters.keys())
    if orphans:
        raise InputError(f"{len(orphans)} claims belong to no incident, e.g. '{orphans[0]}'", file=str(incidents_file))
    return claims, clusters, incidents


def split_claims(incidents: Mapping[str, GoldIncident], split: str = "all") -> set[str]:
    """The claim ids of the gold incidents of ``split`` (``dev``, ``holdout`` or ``all``)."""
    return {c for incident in incidents.values() if split in ("all", incident.split) for c in incident.claim_ids}


# --- the metrics over two partitions (lists of mention sets) -------------------------------------------------------


def _prf(numerator_p: float, denominator_p: float, numerator_r: float, denominator_r: float) -> dict[str, float]:
    precision = numerator_p / denominator_p if denominator_p else 0.0
    recall = numerator_r / denominator_r if denominator_r else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _muc_recall(key: list[frozenset[str]], response: list[frozenset[str]]) -> tuple[float, float]:
    where = {m: n for n, cluster in enumerate(response) for m in cluster}
    numerator = denominator = 0.0
    for cluster in key:
        pieces = {where.get(m, ("alone", m)) for m in cluster}
        numerator += len(cluster) - len(pieces)
        denominator += len(cluster) - 1
    return numerator, denominator


def muc(key: Iterable[Collection[str]], response: Iterable[Collection[str]]) -> dict[str, float]:
    """MUC precision, recall and F1 of ``response`` against ``key`` (each a list of clusters of mention ids)."""
    k, r = _clusters(key), _clusters(response)
    nr, dr = _muc_recall(k, r)
    np_, dp = _muc_recall(r, k)
    return _prf(np_, dp, nr, dr)


def b_cubed(key: Iterable[Collection[str]], response: Iterable[Collection[str]]) -> dict[str, float]:
    """B-cubed precision, recall and F1; a mention missing from the other side scores 0 there."""
    k, r = _clusters(key), _clusters(response)
    key_of = {m: c for c in k for m in c}
    response_of = {m: c for c in r for m in c}
    recall = sum(len(c & response_of.get(m, frozenset())) / len(c) for c in k for m in c)
    precision = sum(len(c & key_of.get(m, frozenset())) / len(c) for c in r for m in c)
    return _prf(precision, len(response_of), recall, len(key_of))


def ceaf_e(key: Iterable[Collection[str]], response: Iterable[Collection[str]]) -> dict[str, float]:
    """Entity-based CEAF (phi4 similarity, optimal one-to-one alignment by the Hungarian method)."""
    k, r = _clusters(key), _clusters(response)
    if not k or not r:
        return _prf(0.0, len(r), 0.0, len(k))
    index = {m: n for n, c in enumerate(r) for m in c}
    similarity = np.zeros((len(k), len(r)))
    for i, cluster in enumerate(k):
        for m in cluster:
            j = index.get(m)
            if j is not None:
                similarity[i, j] += 1.0
    sizes_k = np.array([len(c) for c in k], dtype=float)[:, None]
    sizes_r = np.array([len(c) for c in r], dtype=float)[None, :]
    similarity = 2.0 * similarity / (sizes_k + sizes_r)
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    total = float(similarity[rows, cols].sum())
    return _prf(total, len(r), total, len(k))


def _clusters(clusters: Iterable[Collection[str]]) -> list[frozenset[str]]:
    out = [frozenset(c) for c in clusters if len(c)]
    mentions = [m for c in out for m in c]
    if len(mentions) != len(set(mentions)):
        raise ValueError("a mention is in two clusters")
    return out


def _partition(assignment: Mapping[str, str], claim_ids: Iterable[str]) -> list[frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for claim_id in claim_ids:
        label = assignment.get(claim_id)
        groups[f"cluster:{label}" if label is not None else f"alone:{claim_id}"].add(claim_id)
    return [frozenset(groups[name]) for name in sorted(groups)]


def score_clustering(
    predicted: Mapping[str, str], gold: Mapping[str, str], only: Collection[str] | None = None
) -> dict[str, Any]:
    """Score a predicted clustering (claim id → incident id) against the gold one, over the gold claims (or ``only``).

    Returns ``{"claims", "gold_incidents", "predicted_incidents", "muc", "b_cubed", "ceaf_e", "conll_f1"}``; each
    metric is ``{"precision", "recall", "f1"}``. Gold claims missing from ``predicted`` are singletons.
    """
    claim_ids = sorted(c for c in gold if only is None or c in only)
    key = _partition(gold, claim_ids)
    response = _partition(predicted, claim_ids)
    scores: dict[str, Any] = {
        "claims": len(claim_ids),
        "gold_incidents": len(key),
        "predicted_incidents": len(response),
    }
    scores["muc"] = muc(key, response)
    scores["b_cubed"] = b_cubed(key, response)
    scores["ceaf_e"] = ceaf_e(key, response)
    scores["conll_f1"] = (scores["muc"]["f1"] + scores["b_cubed"]["f1"] + scores["ceaf_e"]["f1"]) / 3.0
    return scores


# --- attribution ----------------------------------------------------------------------------------------------------


def score_attribution(
    predicted: Mapping[str, Mapping[str, float]],
    gold: Mapping[str, GoldIncident | str],
    gold_clusters: Mapping[str, str],
    predicted_clusters: Mapping[str, str] | None = None,
    only: Collection[str] | None = None,
) -> dict[str, Any]:
    """Score attribution per gold incident (``gold``: incident id → :class:`GoldIncident` or gold party).

    ``predicted`` maps a predicted incident id (through ``predicted_clusters``) or a claim id to probabilities per
    party. A claim with neither contributes all-zero probabilities. ``only`` restricts to some gold incident ids.
    Returns ``{"incidents", "accuracy", "accuracy_decided", "decided", "mean_gold_probability", "brier", "confusion"}``
    where ``confusion`` counts ``"gold->predicted"``.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for claim_id, incident_id in gold_clusters.items():
        members[incident_id].append(claim_id)
    n = right = decided = right_decided = 0
    gold_probability = brier = 0.0
    confusion: dict[str, int] = defaultdict(int)
    for incident_id in sorted(gold):
        if only is not None and incident_id not in only:
            continue
        entry = gold[incident_id]
        party = entry.party if isinstance(entry, GoldIncident) else entry
        claim_ids = sorted(members.get(incident_id, ()))
        if not claim_ids:
            continue
        mean = _mean_distribution([_lookup(c, predicted, predicted_clusters) for c in claim_ids])
        guess = _argmax(mean)
        n += 1
        right += guess == party
        if party != "unknown":
            decided += 1
            right_decided += guess == party
        gold_probability += mean.get(party, 0.0)
        brier += sum((mean.get(k, 0.0) - (1.0 if k == party else 0.0)) ** 2 for k in set(mean) | set(GOLD_PARTIES))
        confusion[f"{party}->{guess}"] += 1
    return {
        "incidents": n,
        "accuracy": right / n if n else 0.0,
        "decided": decided,
        "accuracy_decided": right_decided / decided if decided else 0.0,
        "mean_gold_probability": gold_probability / n if n else 0.0,
        "brier": brier / n if n else 0.0,
        "confusion": dict(sorted(confusion.items())),
    }


def _lookup(
    claim_id: str, predicted: Mapping[str, Mapping[str, float]], clusters: Mapping[str, str] | None
) -> Mapping[str, float]:
    if clusters is not None and claim_id in clusters and clusters[claim_id] in predicted:
        return predicted[clusters[claim_id]]
    return predicted.get(claim_id, {})


def _mean_distribution(distributions: list[Mapping[str, float]]) -> dict[str, float]:
    total: dict[str, float] = defaultdict(float)
    for distribution in distributions:
        for party, p in distribution.items():
            total[party] += float(p)
    return {party: p / len(distributions) for party, p in total.items()}


def _argmax(distribution: Mapping[str, float]) -> str:
    if not distribution:
        return "unknown"
    top = max(distribution.values())
    best = [party for party, p in distribution.items() if p == top]
    return best[0] if len(best) == 1 else "unknown"
