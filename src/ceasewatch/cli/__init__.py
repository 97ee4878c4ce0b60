"""The command line: each command opens what it needs, calls one library function and prints the result.

Exit codes: 0 success, 1 bad input (or any ceasewatch error), 2 usage. One module per group of commands; importing
them registers their commands on :data:`app`.
"""

from ceasewatch.cli import _agreements, _eval, _geo, _judge, _reports  # noqa: F401  (registers the commands)
from ceasewatch.cli._app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``ceasewatch`` script."""
    app()
