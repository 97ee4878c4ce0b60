"""Docs that are tested: generated pages in step with the code, every command documented, exports as intended."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import ceasewatch
import ceasewatch.adjudicate
import ceasewatch.agreements
import ceasewatch.model
import ceasewatch.store

ROOT = Path(__file__).resolve().parent.parent


def build_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_docs", ROOT / "scripts" / "build_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_taxonomy_page_is_generated_from_the_code() -> None:
    expected = build_docs().taxonomy_markdown()
    assert (ROOT / "docs" / "taxonomy.md").read_text(encoding="utf-8") == expected, (
        "docs/taxonomy.md is stale: run python scripts/build_docs.py"
    )


def test_every_command_is_documented() -> None:
    docs = build_docs()
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for path in docs.command_paths():
        assert f"## `{' '.join(['ceasewatch', *path])}`" in page, f"{path} missing: run python scripts/build_docs.py"


def test_cli_page_is_current() -> None:
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == build_docs().cli_markdown(), (
        "docs/cli.md is stale: run python scripts/build_docs.py"
    )


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            ceasewatch,
            {
                "AgreementError",
                "CeasewatchError",
                "InputError",
                "NotFoundError",
                "ReportError",
                "StoreError",
                "__version__",
            },
        ),
        (
            ceasewatch.store,
            {"AddResult", "FacilitiesResult", "RunInfo", "Store", "StoredReport", "existing_sqlite_path"},
        ),
        (
            ceasewatch.agreements,
            {
                "agreement_files",
                "agreement_schema",
                "load_agreement",
                "load_agreements",
                "parse_agreement",
                "read_agreement_file",
            },
        ),
    ],
)
def test_public_surface_is_the_intended_one(module: ModuleType, names: set[str]) -> None:
    assert set(module.__all__) == names
    for name in names:
        assert hasattr(module, name)


def test_every_public_error_derives_from_the_root() -> None:
    """Every exception class a public module of the package defines is a CeasewatchError (STYLE: one tree)."""
    import importlib
    import inspect
    import pkgutil

    checked = []
    for info in pkgutil.walk_packages(ceasewatch.__path__, "ceasewatch."):
        if any(part.startswith("_") for part in info.name.split(".")) or ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__ == info.name and issubclass(value, Exception) and not name.startswith("_"):
                checked.append(name)
                assert issubclass(value, ceasewatch.CeasewatchError), f"{info.name}.{name}"
    assert {"InputError", "StoreError", "AgreementError"} <= set(checked)
