"""Where a store lives: the SQLite file a URL or path names, so that commands can refuse a mistyped one."""

from __future__ import annotations

import os
from pathlib import Path

from ceasewatch.store._store import DEFAULT_PATH, ENV_VAR, _is_memory, _resolve_url


def existing_sqlite_path(url: str | None) -> Path | None:
    """The file of a SQLite store named by ``url`` (as :meth:`Store.open` reads it); ``None`` for other stores."""
    resolved = _resolve_url(url or os.environ.get(ENV_VAR) or DEFAULT_PATH)
    if resolved.get_backend_name() != "sqlite" or _is_memory(resolved) or not resolved.database:
        return None
    return Path(resolved.database)
