"""The `planner` command: parse the arguments, hand them to a command group, report errors.

Command groups live in their own modules (data, database, check, documents, registers,
maintenance, desktop), each with an optional `register(commands)` and
`register_exports(export_subcommands)`; they are imported only when the parser is built.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import IO

from planner import __version__
from planner.cli.common import EXIT_FAIL, EXIT_USAGE, CommandError, UsageError
from planner.domain.errors import DomainError, ValidationError

COMMAND_GROUPS = ("data", "registers", "report", "check", "documents", "trips", "tasks",
                  "settings", "maintenance", "database", "desktop", "translations")


PROBLEMS_SHOWN = 50


def cmd_gui(args: argparse.Namespace) -> int:
    from planner.ui.app import run

    return run(args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planner", description="Delegation Planner: plan the visits of foreign delegations. "
                                    "Without a command, the desktop application opens.")
    parser.add_argument("--db", metavar="URL", help="database: a SQLite file path or an "
                        "SQLAlchemy URL (default: PLANNER_DB, else the file in your user data "
                        "folder)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(handler=cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    modules = [importlib.import_module(f"planner.cli.{name}") for name in COMMAND_GROUPS]
    for module in modules:
        if hasattr(module, "register"):
            module.register(commands)
    exp = commands.add_parser("export", help="export data and documents")
    exp_what = exp.add_subparsers(title="what", metavar="WHAT", required=True)
    for module in modules:
        if hasattr(module, "register_exports"):
            module.register_exports(exp_what)
    return parser


def report(error: BaseException, stream: IO[str]) -> None:
    if isinstance(error, ValidationError):
        print("planner: error: the input was refused; nothing was changed:", file=stream)
        for problem in error.problems[:PROBLEMS_SHOWN]:
            print(f"  - {problem}", file=stream)
        if len(error.problems) > PROBLEMS_SHOWN:
            # A file wrong in every row would otherwise print 200,000 lines.
            print(f"  … and {len(error.problems) - PROBLEMS_SHOWN:,} more", file=stream)
    else:
        print(f"planner: error: {error}", file=stream)


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """`planner` or `planner --db URL`: the desktop application and nothing else.

    Recognised before the parser is built: building it imports every command's module (the
    documents layer pulls in ReportLab), which would delay the window for nothing."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return True, argv[0].removeprefix("--db=")
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window, url = _window_only(arguments)
    if window:
        return cmd_gui(argparse.Namespace(db=url))
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UsageError as error:
        report(error, sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as Unix tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_FAIL
    except (DomainError, CommandError, OSError) as error:
        # OSError: a missing file, no permission, a full disk — said in one line.
        report(error, sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return EXIT_FAIL

