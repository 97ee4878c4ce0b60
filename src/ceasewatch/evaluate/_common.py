"""Reading gold files: JSON Lines, one object per line, with errors that name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ceasewatch.errors import InputError


def gold_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line of a gold file as (line number, JSON object)."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the gold file: {exc.strerror}", file=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid UTF-8 at byte {exc.start}", file=str(path), expected="UTF-8 text") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not JSON: {exc.msg}", file=str(path), line=number) from exc
        if not isinstance(item, dict):
            raise InputError("a line must be a JSON object", file=str(path), line=number, expected="{...}")
        yield number, item
