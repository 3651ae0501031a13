"""Data in and out: demo data, listing delegations, the exchange format, member lists."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import (
    EXIT_OK,
    CommandError,
    open_services,
    output,
    print_json_list,
    when,
)


def cmd_demo(args: argparse.Namespace) -> int:
    services = open_services(args)
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
    from planner.domain.enums import Direction
    from planner.domain.trips import zone
    from planner.services.delegations import DelegationFilter

    direction = Direction(args.direction) if args.direction else None
    rows = open_services(args).delegations.list(DelegationFilter(
        text=args.search or "", direction=direction, sort="arrival", descending=False))
    if args.json:
        # Times as the local times where they happen: a trip's at its destination.
        print_json_list({"id": r.id, "title": r.title, "partner_city": r.partner_city,
                         "occasion": r.occasion, "status": r.status.value,
                         "direction": r.direction.value, "time_zone": r.time_zone,
                         "arrival": r.arrival.astimezone(zone(r.time_zone)).isoformat()
                         if r.arrival else None,
                         "departure": r.departure.astimezone(zone(r.time_zone)).isoformat()
                         if r.departure else None,
                         "members": r.member_count} for r in rows)
        return EXIT_OK
    for r in rows:
        arrow = "→" if r.direction is Direction.OUTGOING else "←"
        print(f"{r.id:>5}  {when(r.arrival, zone(r.time_zone))}  {arrow} {r.status.value:<11}  "
              f"{r.partner_city:<16}  {r.title}  [{r.occasion}]")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from planner.services.json_input import read_json

    document = read_json(Path(args.file))
    new_id = open_services(args).exchange.import_document(document)
    print(f"Imported as delegation {new_id}")
    return EXIT_OK


def cmd_import_members(args: argparse.Namespace) -> int:
    services = open_services(args)
    added = services.member_import.import_file(args.delegation, Path(args.file), args.encoding)
    for warning in getattr(added, "warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Added {len(added)} member(s) to delegation {args.delegation}")
    return EXIT_OK


def cmd_import_register(args: argparse.Namespace) -> int:
    from planner.services.register_import import RegisterImport

    importer = RegisterImport(open_services(args).ctx)
    read = importer.golden_book if args.what == "goldenbook" else importer.gifts
    imported = read(Path(args.file), args.encoding)
    for note in imported.notes:
        print(f"note: {note}", file=sys.stderr)
    if args.what == "goldenbook":
        what = "Golden Book entry" if imported.count == 1 else "Golden Book entries"
    else:
        what = "gift" if imported.count == 1 else "gifts"
    print(f"Imported {imported.count} {what}")
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    document = open_services(args).exchange.export_delegation(args.delegation)
    with output(args.output) as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return EXIT_OK


def register(commands: Any) -> None:
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
    lst.add_argument("--direction", choices=["incoming", "outgoing"],
                     help="only visits to the city (incoming) or trips abroad (outgoing)")
    lst.set_defaults(handler=cmd_list_delegations)
    from planner.cli.listing import register_lists

    register_lists(what)

    imp = commands.add_parser("import", help="import data")
    imp_what = imp.add_subparsers(title="what", metavar="WHAT", required=True)
    ij = imp_what.add_parser("json", help="a delegation in the exchange format")
    ij.add_argument("file")
    ij.set_defaults(handler=cmd_import_json)
    im = imp_what.add_parser("members", help="a member list (CSV or XLSX) into a delegation")
    im.add_argument("delegation", type=int, metavar="DELEGATION")
    im.add_argument("file")
    im.add_argument("--encoding", metavar="NAME", help="the CSV file's text encoding (e.g. "
                    "cp1251, iso-8859-2, shift_jis) when detection refuses or is wrong")
    im.set_defaults(handler=cmd_import_members)
    for what, text in (("goldenbook", "the Golden Book register (CSV or XLSX with the columns "
                                      "of `export goldenbook`, German or English headers)"),
                       ("gifts", "the gifts register (CSV or XLSX with the columns of `export "
                                 "gifts`, German or English headers)")):
        register_file = imp_what.add_parser(what, help=text + "; nothing is written unless "
                                            "every row is good")
        register_file.add_argument("file")
        register_file.add_argument("--encoding", metavar="NAME",
                                   help="the CSV file's text encoding when detection refuses")
        register_file.set_defaults(handler=cmd_import_register, what=what)


def register_exports(exp_what: Any) -> None:
    ej = exp_what.add_parser("json", help="a delegation in the exchange format")
    ej.add_argument("delegation", type=int, metavar="DELEGATION")
    ej.add_argument("-o", "--output", required=True, metavar="FILE", help="file, or - for stdout")
    ej.set_defaults(handler=cmd_export_json)

