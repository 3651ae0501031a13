"""Files the planner writes for the office: created readable by their owner only, like the
database (itineraries, registers and letters hold guests' personal data), and put in place
whole — a half-written file never replaces a good one."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600


def open_private(path: Path) -> int:
    """A new file descriptor for `path`, created 0600 (a leftover of a killed run is replaced:
    an existing file would keep its own, wider mode)."""
    path.unlink(missing_ok=True)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)


def write_private(target: Path, data: bytes) -> Path:
    """`data` into `target`, owner-only, atomically (written beside it, then renamed)."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        with open(open_private(temporary), "wb") as handle:
            handle.write(data)
        temporary.replace(target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
