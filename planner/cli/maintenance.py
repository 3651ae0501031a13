"""Commands that look after the data: backup, restore, privacy, and calendar exports.

Handlers import the services and the store themselves: building the parser (every command's
start, and `--help`) must not load SQLAlchemy.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from planner.cli.common import EXIT_OK, output, print_json_list
from planner.documents.languages import DOCUMENT_LANGUAGES
from planner.domain.errors import DomainError
from planner.domain.office import OFFICE_ZONE


class MaintenanceError(DomainError):
    """A maintenance command cannot go on; the message is for the user."""


def _when(value: datetime) -> str:
    return value.astimezone(OFFICE_ZONE).strftime("%Y-%m-%d %H:%M")


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r  {done * 100 // max(total, 1):3d} %", end="", file=sys.stderr, flush=True)


# ---- backup / restore / backups --------------------------------------------------------
def cmd_backup(args: argparse.Namespace) -> int:
    from planner.services.backup import online_backup, take_backup
    from planner.services.portable import write_archive
    from planner.store.database import open_database, resolve_url, sqlite_path

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and not args.portable:
        if args.output:
            target = online_backup(path, Path(args.output), progress=_progress)
        else:
            target = take_backup(path, kind="manual", progress=_progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"Backed up {path} to {target} ({target.stat().st_size / 1e6:.1f} MB)")
        return EXIT_OK
    if not args.output:
        raise MaintenanceError("a portable archive needs -o FILE.zip")
    database = open_database(url)
    try:
        summary = write_archive(database, Path(args.output),
                                exchange_documents=not args.no_exchange)
    finally:
        database.dispose()
    print(f"Archived {sum(summary.rows.values()):,} rows (schema {summary.revision}) "
          f"to {summary.path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from planner.services.portable import restore_file
    from planner.store.database import resolve_url

    print(restore_file(Path(args.file), resolve_url(args.db)))
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    from planner.services.backup import backup_folder, list_backups
    from planner.store.database import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise MaintenanceError("a server database has no backups folder; make an archive with "
                               "'planner backup -o FILE.zip'")
    found = list_backups(path)
    if args.json:
        print_json_list({"file": str(b.path), "taken_at": b.taken_at.isoformat(), "kind": b.kind,
                         "size": b.size} for b in found)
        return EXIT_OK
    if not found:
        print(f"No backups yet in {backup_folder(path)}")
    for b in found:
        print(f"{_when(b.taken_at)}  {b.kind:<14}  {b.size / 1e6:8.1f} MB  {b.path}")
    return EXIT_OK


# ---- privacy --------------------------------------------------------------------------
def _privacy(args: argparse.Namespace) -> tuple[Any, Any]:
    from planner.services import Services
    from planner.services.privacy import Privacy

    services = Services.open(args.db)
    return services, Privacy(services.ctx)


def cmd_privacy_report(args: argparse.Namespace) -> int:
    services, privacy = _privacy(args)
    try:
        report = privacy.report()
    finally:
        services.close()
    if args.json:
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"Retention: {report.retention_months} months; visits that ended before "
          f"{_when(report.cutoff)} are due.")
    if not report.members:
        print("No personal data is due for anonymisation.")
    for m in report.members:
        print(f"{m.member_id:>6}  {m.name:<30}  {m.delegation_title} (ended "
              f"{_when(m.visit_ended)[:10]}): {', '.join(m.fields)}")
    return EXIT_OK


def cmd_privacy_apply(args: argparse.Namespace) -> int:
    services, privacy = _privacy(args)
    try:
        result = privacy.apply()
    finally:
        services.close()
    print(f"Anonymised {result.fields} field(s) of {result.members} guest(s); "
          f"{result.audit_rows_redacted} audit row(s) redacted. Names are kept.")
    return EXIT_OK


def cmd_privacy_erase(args: argparse.Namespace) -> int:
    services, privacy = _privacy(args)
    try:
        erased = privacy.erase(args.person)
    finally:
        services.close()
    print(f"Erased {erased.fields} personal field(s) of {args.person!r} from "
          f"{len(erased.member_ids)} visit(s); {erased.audit_rows_redacted} audit row(s) "
          f"redacted. The name stays in the Golden Book and the record of visits. Backups "
          f"taken before now keep the old values until rotation removes them (automatic "
          f"backups: at most 12 months).")
    return EXIT_OK


def cmd_privacy_export(args: argparse.Namespace) -> int:

    services, privacy = _privacy(args)
    try:
        exported = privacy.export_person(args.person)
    finally:
        services.close()
    with output(args.output) as handle:
        json.dump(exported, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return EXIT_OK


def cmd_privacy_retention(args: argparse.Namespace) -> int:
    services, privacy = _privacy(args)
    try:
        if args.months is not None:
            privacy.set_retention_months(args.months)
        print(f"Guests' personal data is kept {privacy.retention_months()} months after "
              f"their visit.")
    finally:
        services.close()
    return EXIT_OK


# ---- export ics ------------------------------------------------------------------------
def cmd_export_ics(args: argparse.Namespace) -> int:
    from planner.services import Services
    from planner.services.calendar import CalendarExport

    if (args.delegation is None) == (args.person is None):
        raise MaintenanceError("give either a DELEGATION or --person NAME")
    services = Services.open(args.db)
    try:
        exporter = CalendarExport(services.ctx)
        if args.person is not None:
            person: int | str = int(args.person) if args.person.isdigit() else args.person
            data = exporter.for_person(person, args.lang, args.audience or "internal")
        else:
            data = exporter.for_delegation(args.delegation, args.lang, args.audience or "guest")
    finally:
        services.close()
    with output(args.output, binary=True) as handle:
        handle.write(data)
    return EXIT_OK


# ---- registration ----------------------------------------------------------------------
def register(commands: Any) -> None:
    """Add backup, restore, backups and privacy to the `planner` subcommands."""
    backup = commands.add_parser("backup", help="back up the database (SQLite: a consistent "
                                 "copy while the planner runs; server: a portable archive)")
    backup.add_argument("-o", "--output", metavar="FILE", help="where to write it (default for "
                        "SQLite: the backups folder next to the database)")
    backup.add_argument("--portable", action="store_true", help="write the portable zip "
                        "archive (every record, restorable into SQLite or PostgreSQL)")
    backup.add_argument("--no-exchange", action="store_true", help="leave the per-delegation "
                        "exchange documents out of the archive")
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help="restore a backup or portable archive; the "
                                  "current SQLite database is kept in the backups folder")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_restore)

    backups = commands.add_parser("backups", help="list the backups of the database")
    backups.add_argument("--json", action="store_true", help="print a JSON array")
    backups.set_defaults(handler=cmd_backups)

    privacy = commands.add_parser("privacy", help="guests' personal data: retention, "
                                  "anonymisation, subject access")
    what = privacy.add_subparsers(title="action", metavar="ACTION", required=True)
    report = what.add_parser("report", help="list the personal data due for anonymisation")
    report.add_argument("--json", action="store_true", help="print JSON")
    report.set_defaults(handler=cmd_privacy_report)
    what.add_parser("apply", help="anonymise what the report lists (names are kept)"
                    ).set_defaults(handler=cmd_privacy_apply)
    erase = what.add_parser("erase", help="anonymise one guest now, on request: contact, "
                            "needs, travel references and passport in every visit (the name "
                            "stays)")
    erase.add_argument("person", metavar="PERSON", help="the guest's name or native name")
    erase.set_defaults(handler=cmd_privacy_erase)
    export = what.add_parser("export", help="everything stored about a person, as JSON")
    export.add_argument("person", metavar="PERSON")
    export.add_argument("-o", "--output", default="-", metavar="FILE",
                        help="file, or - for stdout (default)")
    export.set_defaults(handler=cmd_privacy_export)
    retention = what.add_parser("retention", help="show or set the retention period")
    retention.add_argument("months", type=int, nargs="?", metavar="MONTHS")
    retention.set_defaults(handler=cmd_privacy_retention)


def register_exports(exports: Any) -> None:
    """Add `export ics` to the `planner export` subcommands."""
    ics = exports.add_parser("ics", help="a delegation's programme, or one person's "
                             "appointments, as an iCalendar file")
    ics.add_argument("delegation", type=int, nargs="?", metavar="DELEGATION")
    ics.add_argument("--person", metavar="NAME", help="a host, interpreter or driver (name or "
                     "id): every item they attend, across delegations")
    ics.add_argument("-o", "--output", required=True, metavar="FILE",
                     help="file, or - for stdout")
    ics.add_argument("--lang", default="de", choices=DOCUMENT_LANGUAGES)
    ics.add_argument("--audience", choices=("guest", "internal"), help="guest (default for a "
                     "delegation) leaves out internal notes and staff; internal (default for "
                     "--person) includes them")
    ics.set_defaults(handler=cmd_export_ics)
