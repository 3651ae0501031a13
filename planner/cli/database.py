"""Database administration: where it is, create the schema, upgrade it."""

from __future__ import annotations

import argparse
from typing import Any

from planner.cli.common import EXIT_OK
from planner.services import Services


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


def register(commands: Any) -> None:
    db = commands.add_parser("db", help="database administration")
    db_what = db.add_subparsers(title="action", metavar="ACTION", required=True)
    db_what.add_parser("path", help="print the database in use").set_defaults(handler=cmd_db_path)
    db_what.add_parser("upgrade", help="migrate the schema to this version "
                       "(SQLite files are copied first)").set_defaults(handler=cmd_db_upgrade)
    init = db_what.add_parser("init", help="create the schema in an empty database")
    init.add_argument("url")
    init.set_defaults(handler=cmd_db_init)
