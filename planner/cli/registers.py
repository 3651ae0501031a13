"""Commands of the Golden Book and gifts registers: list them, export them.

Handlers import the services and the exporters themselves: building the parser (every command's
start, and `--help`) must not load SQLAlchemy or ReportLab.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import open_services, output, print_json_list
from planner.documents.languages import DOCUMENT_LANGUAGES

if TYPE_CHECKING:
    from planner.services.golden_book import RegisterQuery


def _query(args: argparse.Namespace) -> RegisterQuery:
    from planner.services.golden_book import RegisterQuery

    return RegisterQuery(text=getattr(args, "search", "") or "", year=args.year,
                         include_planned=not getattr(args, "signed_only", False))


def cmd_goldenbook_list(args: argparse.Namespace) -> int:
    lines = open_services(args).golden_book.register(_query(args))
    if args.json:
        print_json_list({"entry_id": line.entry_id, "volume": line.book_number,
                         "number": line.number, "page": line.page,
                         "date": line.signed_on.isoformat() if line.signed_on else None,
                         "status": line.status.value,
                         "signers": [{"name": s.name, "native_name": s.native_name,
                                      "function": s.function} for s in line.signers],
                         "delegation": line.delegation_title,
                         "partner_city": line.partner_city, "country": line.country,
                         "occasion": line.occasion, "place": line.place} for line in lines)
        return 0
    for line in lines:
        number = f"{line.book_number}/{line.number}" if line.number else f"{line.book_number}/—"
        names = "; ".join(s.name for s in line.signers)
        when = line.signed_on.isoformat() if line.signed_on else "(planned)"
        print(f"{number:>9}  {when:<10}  {line.status.value:<9}  "
              f"{names}  [{line.partner_city or line.occasion}]")
    return 0


def cmd_export_goldenbook(args: argparse.Namespace) -> int:
    from planner.services.register_files import golden_book_file

    suffix = Path(args.output).suffix.lower() if args.output != "-" else ".csv"
    data, warnings = golden_book_file(open_services(args).ctx, suffix, args.year, args.lang)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    with output(args.output, binary=True) as handle:
        handle.write(data)
    return 0


def cmd_gifts_list(args: argparse.Namespace) -> int:
    from planner.documents.register_tables import GIFT_COLUMNS, gift_rows

    gifts = open_services(args).gifts.list(text=args.search or "")
    if args.json:
        print_json_list(dict(zip(GIFT_COLUMNS, [v.isoformat() if hasattr(v, "isoformat") else
                                                str(v) if v is not None
                                                and not isinstance(v, str | int) else v
                                                for v in row], strict=True))
                        for row in gift_rows(gifts))
        return 0
    for g in gifts:
        value = f"{g.value_eur} EUR" if g.value_eur is not None else ""
        when = g.given_on.isoformat() if g.given_on else ""
        print(f"{g.id:>5}  {when:<10}  {g.direction.value:<8}  {g.description}  "
              f"→ {g.recipient_name}  {value}  [{g.declaration.value}]")
    return 0


def cmd_export_gifts(args: argparse.Namespace) -> int:
    from planner.services.register_files import gifts_file

    suffix = Path(args.output).suffix.lower() if args.output != "-" else ".csv"
    data, warnings = gifts_file(open_services(args).ctx, suffix, args.year, args.lang)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    with output(args.output, binary=True) as handle:
        handle.write(data)
    return 0


def register(commands: Any) -> None:
    gb = commands.add_parser("goldenbook", help="the Golden Book register")
    gb_what = gb.add_subparsers(title="action", metavar="ACTION", required=True)
    lst = gb_what.add_parser("list", help="entries, by volume and number")
    lst.add_argument("--year", type=int, help="only entries signed in YEAR")
    lst.add_argument("--search", metavar="TEXT", help="accent- and case-insensitive search "
                     "over names (also native script), functions, city, occasion, inscription")
    lst.add_argument("--signed-only", action="store_true", help="leave out planned entries")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_goldenbook_list)

    gifts = commands.add_parser("gifts", help="the gifts register")
    gifts_what = gifts.add_subparsers(title="action", metavar="ACTION", required=True)
    glist = gifts_what.add_parser("list", help="gifts given and received, newest first")
    glist.add_argument("--search", metavar="TEXT")
    glist.add_argument("--json", action="store_true")
    glist.set_defaults(handler=cmd_gifts_list)


def register_exports(exports: Any) -> None:
    gb = exports.add_parser("goldenbook", help="the Golden Book register as PDF, CSV or XLSX")
    gb.add_argument("--year", type=int, help="only entries signed in YEAR (the annual register)")
    gb.add_argument("--lang", choices=list(DOCUMENT_LANGUAGES), default="de",
                    help="language of the PDF (CSV/XLSX headers: German or English)")
    gb.add_argument("-o", "--output", required=True, metavar="FILE",
                    help="FILE.pdf, FILE.csv or FILE.xlsx")
    gb.set_defaults(handler=cmd_export_goldenbook)
    gifts = exports.add_parser("gifts", help="the gifts register as PDF, CSV or XLSX (headers "
                                             "and values in words)")
    gifts.add_argument("--year", type=int, help="only gifts given or received in YEAR")
    gifts.add_argument("--lang", choices=list(DOCUMENT_LANGUAGES), default="de")
    gifts.add_argument("-o", "--output", required=True, metavar="FILE",
                       help="FILE.pdf, FILE.csv or FILE.xlsx")
    gifts.set_defaults(handler=cmd_export_gifts)
