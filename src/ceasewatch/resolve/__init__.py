"""Resolve stage: claims become incidents (clustering), each with its corroboration and attribution (pure)."""

from ceasewatch.resolve._attribute import WEAPON_ORIGINS, AttributionParams, ControlLookup, attribute, weapon_origin
from ceasewatch.resolve._cluster import (
    ClaimArrays,
    Clustering,
    ClusterParams,
    PairMethod,
    cluster,
    cluster_columnar,
    compatible,
    compatible_pairs,
)
from ceasewatch.resolve._corroborate import (
    CorroborationParams,
    DuplicateIndex,
    ObservationIndex,
    corroborate,
    corroborate_many,
)
from ceasewatch.resolve._resolve import Resolution, ResolveParams, previous_clustering, resolve

__all__ = [
    "WEAPON_ORIGINS",
    "AttributionParams",
    "ClaimArrays",
    "ClusterParams",
    "Clustering",
    "ControlLookup",
    "CorroborationParams",
    "DuplicateIndex",
    "ObservationIndex",
    "PairMethod",
    "Resolution",
    "ResolveParams",
    "attribute",
    "cluster",
    "cluster_columnar",
    "compatible",
    "compatible_pairs",
    "corroborate",
    "corroborate_many",
    "previous_clustering",
    "resolve",
    "weapon_origin",
]
