"""The command line: a thin shell over the services and the documents layer."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from planner import __version__
from planner.domain.errors import DomainError, ValidationError
from planner.domain.office import OFFICE_ZONE
from planner.services import Services

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
    mode = "wb" if binary else "w"
    with open(temp, mode, **({} if binary else {"encoding": "utf-8"})) as handle:
        try:
            yield handle
        except BaseException:
            handle.close()
            temp.unlink(missing_ok=True)
            raise
    temp.replace(target)


def _services(args: argparse.Namespace) -> Services:
    return Services.open(args.db)


def _when(value: datetime | None) -> str:
    return value.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M") if value else "—"


def cmd_demo(args: argparse.Namespace) -> int:
    services = _services(args)
    if args.scale:
        from planner.services.archive import ArchiveSize, build_archive

        factor = {"10y": 1.0, "1y": 0.1}.get(args.scale)
        if factor is None:
            raise CommandError(f"unknown scale {args.scale!r}; use 10y or 1y")
        counts = build_archive(services.ctx, ArchiveSize.scaled(factor),
                               progress=lambda m: print(f"  … {m}", file=sys.stderr))
        print(", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in counts.items()))
        return EXIT_OK
    from planner.services.demo import load_demo

    if args.if_empty and services.delegations.list():
        print(f"The database already holds delegations; demo data not loaded "
              f"({services.database.url})")
        return EXIT_OK
    ids = load_demo(services.ctx)
    print(f"Loaded the demo data: {len(ids)} delegations into {services.database.url}")
    return EXIT_OK


def cmd_list_delegations(args: argparse.Namespace) -> int:
    from planner.services.delegations import DelegationFilter

    rows = _services(args).delegations.list(DelegationFilter(text=args.search or "",
                                                             sort="arrival", descending=False))
    if args.json:
        json.dump([{"id": r.id, "title": r.title, "partner_city": r.partner_city,
                    "occasion": r.occasion, "status": r.status.value,
                    "arrival": r.arrival.astimezone(OFFICE_ZONE).isoformat() if r.arrival else None,
                    "departure": (r.departure.astimezone(OFFICE_ZONE).isoformat()
                                  if r.departure else None),
                    "members": r.member_count} for r in rows],
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for r in rows:
        print(f"{r.id:>5}  {_when(r.arrival)}  {r.status.value:<11}  {r.partner_city:<16}  "
              f"{r.title}  [{r.occasion}]")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise CommandError(f"{args.file} is not valid JSON: line {exc.lineno}, column "
                           f"{exc.colno}: {exc.msg}") from exc
    new_id = _services(args).exchange.import_document(document)
    print(f"Imported as delegation {new_id}")
    return EXIT_OK


def cmd_import_members(args: argparse.Namespace) -> int:
    services = _services(args)
    added = services.member_import.import_file(args.delegation, Path(args.file))
    for warning in getattr(added, "warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Added {len(added)} member(s) to delegation {args.delegation}")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    document = _services(args).exchange.export_delegation(args.delegation)
    with output(args.output) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return EXIT_OK


def cmd_db_path(args: argparse.Namespace) -> int:
    from planner.store.database import resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    print(path if path else url)
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    services = Services.open(args.db, upgrade_schema=True)
    backup = services.database.backup_before_upgrade
    print(f"Schema is at {services.database.schema_revision()} (current)")
    if backup:
        print(f"A copy of the database before the upgrade is at {backup}")
    return EXIT_OK


def cmd_db_init(args: argparse.Namespace) -> int:
    from planner.store.database import open_database

    database = open_database(args.url, upgrade_schema=True)
    print(f"Schema {database.schema_revision()} ready at "
          f"{database.engine.url.render_as_string(hide_password=True)}")
    return EXIT_OK


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

    demo = commands.add_parser("demo", help="load the demo data (DORTBUNT! 2026 and more)")
    demo.add_argument("--scale", metavar="SIZE", help="build a synthetic archive instead: 10y "
                      "(2,000 delegations, 60,000 programme items) or 1y")
    demo.add_argument("--if-empty", action="store_true", help="do nothing (and succeed) when "
                      "the database already holds delegations")
    demo.set_defaults(handler=cmd_demo)

    listing = commands.add_parser("list", help="list records")
    what = listing.add_subparsers(title="what", metavar="WHAT", required=True)
    lst = what.add_parser("delegations", help="all delegations, by arrival")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.add_argument("--search", metavar="TEXT", help="only those whose title, partner city "
                     "or occasion contains TEXT")
    lst.set_defaults(handler=cmd_list_delegations)

    imp = commands.add_parser("import", help="import data")
    imp_what = imp.add_subparsers(title="what", metavar="WHAT", required=True)
    ij = imp_what.add_parser("json", help="a delegation in the exchange format")
    ij.add_argument("file")
    ij.set_defaults(handler=cmd_import_json)
    im = imp_what.add_parser("members", help="a member list (CSV or XLSX) into a delegation")
    im.add_argument("delegation", type=int, metavar="DELEGATION")
    im.add_argument("file")
    im.set_defaults(handler=cmd_import_members)

    exp = commands.add_parser("export", help="export data and documents")
    exp_what = exp.add_subparsers(title="what", metavar="WHAT", required=True)
    ej = exp_what.add_parser("json", help="a delegation in the exchange format")
    ej.add_argument("delegation", type=int, metavar="DELEGATION")
    ej.add_argument("-o", "--output", required=True, metavar="FILE", help="file, or - for stdout")
    ej.set_defaults(handler=cmd_export_json)
    for module in _extensions():
        if hasattr(module, "register_exports"):
            module.register_exports(exp_what)

    db = commands.add_parser("db", help="database administration")
    db_what = db.add_subparsers(title="action", metavar="ACTION", required=True)
    db_what.add_parser("path", help="print the database in use").set_defaults(handler=cmd_db_path)
    db_what.add_parser("upgrade", help="migrate the schema to this version "
                       "(SQLite files are copied first)").set_defaults(handler=cmd_db_upgrade)
    init = db_what.add_parser("init", help="create the schema in an empty database")
    init.add_argument("url")
    init.set_defaults(handler=cmd_db_init)
    for module in _extensions():
        if hasattr(module, "register"):
            module.register(commands)
    return parser


# Command groups that live in their own modules, each with optional `register(commands)` and
# `register_exports(export_subcommands)`.
EXTENSIONS = ("planner.cli_registers", "planner.cli_check", "planner.cli_documents",
              "planner.cli_maintenance")


def _extensions() -> list[Any]:
    import importlib

    modules = []
    for name in EXTENSIONS:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return modules


def report(error: BaseException, stream: IO[str]) -> None:
    if isinstance(error, ValidationError):
        print("planner: error: the input was refused; nothing was changed:", file=stream)
        for problem in error.problems:
            print(f"  - {problem}", file=stream)
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
    except (DomainError, CommandError, FileNotFoundError, PermissionError,
            IsADirectoryError) as error:
        report(error, sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, as Unix tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_FAIL
    except KeyboardInterrupt:
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
