"""The one exception tree of ceasewatch.

Every error that a user can cause derives from :class:`CeasewatchError`. Errors about input carry where the problem
is (file, line or record, field) and what was expected, so that the command line can print one clear message::

    CeasewatchError
    ├── InputError            bad input: a file, a line or record, a field
    │   ├── AgreementError    an agreement file that does not follow the agreement language
    │   └── ReportError       a report line that does not follow the interchange format
    ├── StoreError            the database could not be opened, migrated or written
    └── NotFoundError         an id that is not in the store or the bundle
"""

from __future__ import annotations

__all__ = [
    "AgreementError",
    "CeasewatchError",
    "InputError",
    "NotFoundError",
    "ReportError",
    "StoreError",
]


class CeasewatchError(Exception):
    """Root of every error ceasewatch raises on purpose."""


class InputError(CeasewatchError):
    """Bad input, located as precisely as we can: file, line (1-based) or record, field; and what was expected."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        record: str | None = None,
        field: str | None = None,
        expected: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.record = record
        self.field = field
        self.expected = expected
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(self.file if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.record is not None:
            where.append(f"record {self.record}")
        if self.field:
            where.append(f"field '{self.field}'")
        text = ", ".join(where)
        text = f"{text}: {self.message}" if text else self.message
        if self.expected:
            text += f" (expected {self.expected})"
        return text


class AgreementError(InputError):
    """An agreement file that is not valid agreement language."""


class ReportError(InputError):
    """A report (JSON Lines or CSV) that is not valid interchange."""


class StoreError(CeasewatchError):
    """The store could not be opened, migrated or written."""


class NotFoundError(CeasewatchError):
    """An agreement, reading, report or claim id that does not exist."""
