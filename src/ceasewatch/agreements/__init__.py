"""agreements stage."""
