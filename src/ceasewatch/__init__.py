"""ceasewatch: hold ceasefire agreements as machine-readable terms and judge reported incidents against them."""

from ceasewatch.errors import (
    AgreementError,
    CeasewatchError,
    InputError,
    NotFoundError,
    ReportError,
    StoreError,
)

__version__ = "0.1.0"

__all__ = [
    "AgreementError",
    "CeasewatchError",
    "InputError",
    "NotFoundError",
    "ReportError",
    "StoreError",
    "__version__",
]
