"""Where things are: named zones (seas, oblasts, federal subjects) and who controlled a place on a day."""

from ceasewatch.geo.control import ControlAnswer, ControlLayers, ControlSide
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

__all__ = [
    "AdminZone",
    "ControlAnswer",
    "ControlLayers",
    "ControlSide",
    "Side",
    "admin_zones",
    "check_zone",
    "named_zones",
    "resolve_zone",
    "side_of",
    "sides_of",
    "zone_geometry",
]
