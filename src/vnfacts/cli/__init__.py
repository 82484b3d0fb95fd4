"""Command-line interface: thin callers of the library (``vnfacts --help``).

Exit status: 0 when every input was read and processed, 1 when some input
was bad (reported on stderr as ``file:line: reason``; the rest is
processed), 2 for usage errors.
"""

from .app import main
from .extract import extract_command
from .kb import COMMANDS as KB_COMMANDS

main.add_command(extract_command)
for _command in KB_COMMANDS:
    main.add_command(_command)

__all__ = ["main"]
