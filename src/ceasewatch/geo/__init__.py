"""Where things are: named zones now; the gazetteer and facility registry come with the geo issue."""

from ceasewatch.geo.zones import Side, check_zone, named_zones, side_of, sides_of, zone_geometry

__all__ = ["Side", "check_zone", "named_zones", "side_of", "sides_of", "zone_geometry"]
