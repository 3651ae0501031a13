"""What every command shares: exit codes, errors for the user, safe output files."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from planner.domain.office import OFFICE_ZONE
from planner.services import Services
from planner.services.private_files import open_private

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A command cannot go on; the message is for the user."""


class UsageError(CommandError):
    """A command was given arguments it cannot work with (exit code 2): for commands whose
    exit code 1 already answers a question, such as `check`."""


@contextmanager
def output(path: str, binary: bool = False) -> Any:
    """`-o -` is standard output; a file is written only when the command succeeds."""
    if path == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    target = Path(path)
    temp = target.with_name(f".{target.name}.part")
    if not target.parent.is_dir():
        raise CommandError(f"cannot write {target}: the folder {target.parent} does not exist")
    # Readable by the owner only, like the database: exports hold guests' personal data.
    try:
        descriptor = open_private(temp)
    except OSError as exc:
        raise CommandError(f"cannot write {target}: {exc.strerror or exc}") from exc
    mode = "wb" if binary else "w"
    with open(descriptor, mode, **({} if binary else {"encoding": "utf-8"})) as handle:
        try:
            yield handle
        except BaseException:
            handle.close()
            temp.unlink(missing_ok=True)
            raise
    temp.replace(target)


def print_json_list(rows: Iterable[Any]) -> None:
    """A JSON array on standard output, one element per line: each line is written by the C
    encoder (an indented dump goes through the pure-Python one: a third of `planner list
    delegations --json` on a ten-year archive), and a script or grep gets a record per line."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = ",\n".join(map(encode, rows))
    sys.stdout.write(f"[\n{lines}\n]\n" if lines else "[]\n")


def open_services(args: argparse.Namespace) -> Services:
    return Services.open(args.db)


def when(value: datetime | None, place: tzinfo = OFFICE_ZONE) -> str:
    """A moment as the local time at `place` (the office's unless said otherwise)."""
    return value.astimezone(place).strftime("%Y-%m-%d %H:%M") if value else "—"
