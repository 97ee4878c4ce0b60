"""`ceasewatch facilities ...` and `ceasewatch geocode`: what exists where, and where a name points."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from ceasewatch.cli._app import DbOption, app, errors, existing_store, out
from ceasewatch.errors import InputError

if TYPE_CHECKING:
    from ceasewatch.geo.facilities import FacilityRegistry

facilities_app = typer.Typer(
    help="The facility registry: import your own, list, and find what is near a point.", no_args_is_help=True
)
app.add_typer(facilities_app, name="facilities")


@facilities_app.command("import")
def facilities_import(
    file: Annotated[Path, typer.Argument(help="Facilities as CSV (the Facility fields as columns) or GeoJSON.")],
    db: DbOption = None,
) -> None:
    """Add facilities to the store (one transaction); a record with a known id replaces it."""
    from ceasewatch.geo.facilities import import_facilities

    with errors(), existing_store(db) as store:
        result = import_facilities(store, file)
    out.print(f"added {result.added}, updated {result.updated}, unchanged {result.unchanged}")


@facilities_app.command("list")
def facilities_list(
    category: Annotated[str | None, typer.Option("--category", help="A taxonomy node, e.g. energy.oil.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166-1 alpha-3, e.g. UKR.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per facility.")] = False,
    db: DbOption = None,
) -> None:
    """The bundled registry and the facilities imported into the store."""
    with errors():
        registry = _registry(db)
        try:
            found = registry.select(category=category, country=country)
        except ValueError as exc:
            raise InputError(str(exc), field="--category" if category else "--country") from exc
    if as_json:
        for facility in found:
            out.print(facility.model_dump_json(exclude={"geometry"}), soft_wrap=True)
        return
    table = Table("id", "name", "category", "country", "lat", "lon", title=f"{len(found)} facilities")
    for facility in found:
        table.add_row(
            facility.id,
            facility.name,
            facility.category,
            facility.country or "",
            f"{facility.lat:.4f}",
            f"{facility.lon:.4f}",
        )
    out.print(table)


@facilities_app.command("near")
def facilities_near(
    lat: Annotated[float, typer.Argument(help="Latitude (WGS 84).")],
    lon: Annotated[float, typer.Argument(help="Longitude (WGS 84).")],
    km: Annotated[float, typer.Option("--km", help="Search radius in km (true ground distance).")] = 5.0,
    db: DbOption = None,
) -> None:
    """Facilities within a distance of a point, nearest first."""
    with errors():
        registry = _registry(db)
        try:
            found = registry.nearest(lat, lon, max_km=km)
        except ValueError as exc:
            raise InputError(str(exc), field="--km" if not km > 0 else "LAT LON") from exc
    table = Table("km", "id", "name", "category", title=f"within {km:g} km of {lat:.4f}, {lon:.4f}")
    for facility, distance in found:
        table.add_row(f"{distance:.2f}", facility.id, facility.name, facility.category)
    out.print(table)


def _registry(db: str | None) -> FacilityRegistry:
    """The bundled registry with the store's imports; the bundled one alone where there is no store yet."""
    from ceasewatch.geo.facilities import FacilityRegistry
    from ceasewatch.store import existing_sqlite_path

    path = existing_sqlite_path(db)
    if path is not None and not path.exists():
        return FacilityRegistry.bundled()
    with existing_store(db) as store:
        return FacilityRegistry.from_store(store)


@app.command("geocode")
def geocode_command(
    text: Annotated[str, typer.Argument(help="A place name as written: 'у Харкові', 'Брянской области', 'Kharkiv'.")],
    context: Annotated[
        str | None, typer.Option("--context", help="Nearby text naming a region, to rank candidates.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", help="How many candidates.", min=1)] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per candidate, best first.")] = False,
) -> None:
    """Where a name points: candidates with scores; a named facility resolves to the facility."""
    from ceasewatch.geo.facilities import FacilityRegistry
    from ceasewatch.geo.geocode import geocode

    with errors():
        found = geocode(text, context=context, registry=FacilityRegistry.bundled(), limit=limit)
    if as_json:
        for candidate in found:
            print(json.dumps(candidate.to_dict(), ensure_ascii=False))
        return
    if not found:
        out.print(f"no place found for '{text}'")
        raise typer.Exit(1)
    table = Table("score", "name", "kind", "admin1", "country", "lat", "lon", "radius km", "facility")
    for c in found:
        table.add_row(
            f"{c.score:.2f}",
            c.name,
            c.kind,
            c.admin1 or "",
            c.country or "",
            f"{c.lat:.4f}",
            f"{c.lon:.4f}",
            f"{c.radius_km:g}",
            c.facility_id or "",
        )
    out.print(table)
