"""Where things are: named zones, control by date, facilities and the nearest one, the gazetteer and geocoder.

Zones are loaded eagerly (agreements check zone names when they load); the heavier parts (the facility registry,
the nearest-site index, the gazetteer) are imported on first use, so that commands which do not need them start fast.
One name, :func:`ceasewatch.geo.geocode.geocode`, is left in its module: the package attribute ``geocode`` is that
module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ceasewatch.geo.zones import (
    AdminZone,
    Side,
    admin_zones,
    check_zone,
    named_zones,
    resolve_zone,
    side_of,
    sides_of,
    zone_geometry,
)

if TYPE_CHECKING:
    from ceasewatch.geo.control import ControlAnswer, ControlLayers, ControlSide
    from ceasewatch.geo.facilities import FacilityRegistry, read_facilities
    from ceasewatch.geo.geocode import Candidate, geocode_many, reverse
    from ceasewatch.geo.nearest import SiteIndex, nearest_within

_LAZY = {
    "ControlAnswer": "control",
    "ControlLayers": "control",
    "ControlSide": "control",
    "FacilityRegistry": "facilities",
    "read_facilities": "facilities",
    "Candidate": "geocode",
    "geocode_many": "geocode",
    "reverse": "geocode",
    "SiteIndex": "nearest",
    "nearest_within": "nearest",
}

__all__ = [
    "AdminZone",
    "Candidate",
    "ControlAnswer",
    "ControlLayers",
    "ControlSide",
    "FacilityRegistry",
    "Side",
    "SiteIndex",
    "admin_zones",
    "check_zone",
    "geocode_many",
    "named_zones",
    "nearest_within",
    "read_facilities",
    "resolve_zone",
    "reverse",
    "side_of",
    "sides_of",
    "zone_geometry",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f"ceasewatch.geo.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'ceasewatch.geo' has no attribute '{name}'")
