"""Read and check agreement files: YAML in, :class:`~ceasewatch.model.Agreement` out, or an error with its line."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ceasewatch.agreements._yaml import Path as YamlPath
from ceasewatch.agreements._yaml import line_of, load_with_lines
from ceasewatch.errors import AgreementError
from ceasewatch.geo.zones import check_zone
from ceasewatch.model import Agreement
from ceasewatch.validation import clean_loc, dotted, expected_for, first_error, message_for, more_errors

SCHEMA_ID = "https://ceasewatch.org/schema/agreement.schema.json"


def agreement_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of agreement files, as published by ``ceasewatch agreements schema``."""
    schema = Agreement.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def parse_agreement(text: str, name: str = "<agreement>") -> Agreement:
    """Parse and check the text of one agreement file; ``name`` is used in error messages."""
    data, lines = load_with_lines(text, name)
    if not isinstance(data, dict):
        raise AgreementError("an agreement file must be a YAML mapping", file=name, line=1, expected="a mapping")
    try:
        agreement = Agreement.model_validate(data)
    except ValidationError as exc:
        error = first_error(exc)
        loc = clean_loc(error["loc"])
        raise AgreementError(
            message_for(error) + more_errors(exc),
            file=name,
            line=line_of(lines, loc),
            record=str(data.get("id")) if data.get("id") else None,
            field=dotted(loc) or None,
            expected=expected_for(error),
        ) from exc
    problem = next(_reference_errors(agreement), None)
    if problem is not None:
        loc, message, expected = problem
        raise AgreementError(
            message, file=name, line=line_of(lines, loc), record=agreement.id, field=dotted(loc), expected=expected
        )
    return agreement


def load_agreement(path: str | Path) -> Agreement:
    """Read and check one agreement file."""
    return read_agreement_file(path)[0]


def read_agreement_file(path: str | Path) -> tuple[Agreement, str]:
    """Read and check one agreement file; return the agreement and the file's text (which the store keeps)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AgreementError(f"cannot read the file: {exc.strerror}", file=str(path)) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise AgreementError(
            f"invalid UTF-8 at byte {exc.start}", file=str(path), line=line, expected="UTF-8 text"
        ) from exc
    return parse_agreement(text, str(path)), text


def agreement_files(path: str | Path | None = None) -> list[Path]:
    """The agreement files at ``path``: a file, or every YAML file in a folder; the bundled ones by default."""
    if path is None:
        root = resources.files("ceasewatch") / "data" / "agreements"
        return sorted(Path(str(item)) for item in root.iterdir() if item.name.endswith((".yaml", ".yml")))
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
    if not path.exists():
        raise AgreementError("no such file or folder", file=str(path))
    return [path]


def load_agreements(path: str | Path | None = None) -> list[Agreement]:
    """Read and check the agreements at ``path`` (see :func:`agreement_files`); ids must be unique."""
    agreements: dict[str, Agreement] = {}
    files = agreement_files(path)
    if not files:
        raise AgreementError("no agreement files (*.yaml, *.yml) here", file=str(path))
    for file in files:
        agreement = load_agreement(file)
        if agreement.id in agreements:
            raise AgreementError(f"agreement id '{agreement.id}' is used by two files", file=str(file), field="id")
        agreements[agreement.id] = agreement
    return [agreements[key] for key in sorted(agreements)]


def _reference_errors(agreement: Agreement) -> Iterator[tuple[YamlPath, str, str]]:
    """Checks that span fields: every party a reading names is a party of the agreement; named zones exist."""
    codes = {entry.party for entry in agreement.parties}
    listed = ", ".join(sorted(codes))
    for r, reading in enumerate(agreement.readings):
        base: YamlPath = ("readings", r)
        if reading.party != "text" and reading.party not in codes:
            yield (
                (*base, "party"),
                f"reading '{reading.id}' is of {reading.party}, which is not a party",
                (f"one of {listed} or 'text'"),
            )
        for b, binding in enumerate(reading.binds or ()):
            if binding.party not in codes:
                yield (*base, "binds", b, "party"), f"binds {binding.party}, which is not a party", f"one of {listed}"
        reciprocity = reading.conditions.reciprocity
        if reciprocity is not None:
            for p, party in enumerate(reciprocity.parties):
                if party not in codes:
                    yield (
                        (*base, "conditions", "reciprocity", "parties", p),
                        (f"reciprocity names {party}, which is not a party"),
                        f"one of {listed}",
                    )
        for side in ("include", "exclude"):
            for z, zone in enumerate(getattr(reading.scope.zones, side)):
                problem = check_zone(zone)
                if problem:
                    yield (*base, "scope", "zones", side, z), problem[0], problem[1]
