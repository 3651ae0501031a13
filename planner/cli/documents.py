"""Document commands: itineraries, run sheets, precedence lists, badges, place cards, seating,
the week plan.

Handlers import the renderers and services themselves: building the parser (every command's
start, and `--help`) must not load ReportLab, Babel or SQLAlchemy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import CommandError, open_services, output
from planner.documents.languages import DOCUMENT_LANGUAGES
from planner.domain.office import OFFICE_LANGUAGE

if TYPE_CHECKING:
    from planner.documents.data import RenderResult, TableSpec
    from planner.services import Services
    from planner.services.documents import DocumentSource


def _source(args: argparse.Namespace, services: Services | None = None) -> DocumentSource:
    from planner.services.documents import document_source

    return document_source((services or open_services(args)).ctx)


def _write(args: argparse.Namespace, result: RenderResult) -> int:
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.fallbacks:
        from babel import Locale

        language = Locale.parse(args.lang).get_display_name("en")
        print(f"{len(result.fallbacks)} text(s) have no {language} version:", file=sys.stderr)
        for fallback in result.fallbacks:
            print(f"  - {fallback}", file=sys.stderr)
    if args.strict and (result.warnings or result.fallbacks):
        raise CommandError(f"{len(result.warnings)} character(s) cannot be printed and "
                           f"{len(result.fallbacks)} text(s) are not in the document's "
                           f"language; nothing was written (--strict)")
    with output(args.output, binary=True) as handle:
        handle.write(result.pdf)
    return 0


def cmd_itinerary(args: argparse.Namespace) -> int:
    from planner.documents.itinerary import render_itinerary

    services = open_services(args)
    if services.delegations.get(args.delegation).is_trip:
        return _trip_itinerary(args, services)
    source = _source(args, services)
    member_id = source.member_id(args.delegation, args.member) if args.member else None
    second = None
    if args.bilingual:
        if args.lang == OFFICE_LANGUAGE:
            raise CommandError("--bilingual prints German beside another language; choose that "
                               "language with --lang (e.g. --lang he --bilingual)")
        second = OFFICE_LANGUAGE
    data = source.itinerary(args.delegation, args.lang, second=second)
    return _write(args, render_itinerary(data, args.lang, args.audience, member_id, second))


def _trip_itinerary(args: argparse.Namespace, services: Services) -> int:
    """A trip abroad has one itinerary, for all its travellers (the city's own people)."""
    from planner.documents.trip_itinerary import render_trip_itinerary
    from planner.services.trip_documents import trip_itinerary

    if args.member or args.bilingual:
        raise CommandError("a trip abroad has one itinerary for all its travellers; "
                           "--member and --bilingual are for visits to the city")
    data = trip_itinerary(services.ctx, args.delegation, args.lang)
    return _write(args, render_trip_itinerary(data, args.lang))


def cmd_list_document(args: argparse.Namespace) -> int:
    from planner.documents.badges import render_badges, render_place_cards
    from planner.documents.precedence import render_precedence_list

    source = _source(args)
    if args.what == "precedence":
        return _write(args, render_precedence_list(source.precedence(args.delegation, args.lang),
                                                   args.lang))
    meal = getattr(args, "meal", None)
    data = source.meal_cards(meal, args.lang) if meal else source.badges(args.delegation,
                                                                          args.lang)
    if args.what == "badges":
        return _write(args, render_badges(data, args.lang, args.sheet or "a4-plain"))
    return _write(args, render_place_cards(data, args.lang, args.sheet or "a4-x4"))


def _tables(text: str | None, shape: str = "round") -> list[TableSpec] | None:
    from planner.documents.data import TableSpec

    if not text:
        return None
    tables = []
    for part in text.split(","):
        name, _, seats = part.partition(":")
        if not seats.strip().isdigit() or int(seats) < 1:
            raise CommandError(f"--tables: {part!r} must look like NAME:SEATS, e.g. Head:10")
        tables.append(TableSpec(name.strip(), int(seats), shape))
    return tables


def cmd_seating(args: argparse.Namespace) -> int:
    from planner.documents.seating import render_seating_plan

    at_table = None if args.interpreters is None else args.interpreters == "table"
    data = _source(args).seating(args.item, args.lang,
                                 _tables(args.tables, args.layout or "round"), args.layout,
                                 args.style, at_table)
    return _write(args, render_seating_plan(data, args.lang))


def cmd_week(args: argparse.Namespace) -> int:
    from planner.cli.check import parse_day
    from planner.documents.week_plan import render_week_plan
    from planner.services.week_plan import week_plan

    data = week_plan(open_services(args).ctx, parse_day(args.day), args.axis, args.lang)
    return _write(args, render_week_plan(data, args.lang))


def cmd_pack(args: argparse.Namespace) -> int:
    from planner.services.pack import write_pack

    services = open_services(args)
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} is a file; the pack is written into a folder")

    def report(done: int, total: int) -> None:
        if args.verbose:
            print(f"  {done}/{total}", file=sys.stderr)

    for delegation_id in args.delegation:
        # Several delegations (a festival's): one sub-folder each, named by id and title.
        target = folder
        if len(args.delegation) > 1:
            from planner.services.pack import slug

            title = services.delegations.get(delegation_id).display_title()
            target = folder / f"{delegation_id}-{slug(title)}"
        result = write_pack(services, delegation_id, target, report)
        for path in result.files:
            print(path)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default="de",
                        help="language of the document (default: de)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf",
                        help="file, or - for standard output")
    parser.add_argument("--strict", action="store_true", help="fail (write nothing) when a "
                        "character cannot be printed in any font or a text is not in the "
                        "document's language")


# The presets of planner/documents/badges.py, named here so `--help` needs no ReportLab.
SHEETS = {"badges": ["a4-plain", "a4-labels-2x5", "a4-labels-2x4"],
          "placecards": ["a4-x4", "a4-x2"]}
SHEET_HELP = {
    "badges": "a4-plain (default): 8 badges 90×54 mm with gaps and crop marks; a4-labels-2x5: "
              "business-card stock, 10 butted; a4-labels-2x4: perforated inserts",
    "placecards": "a4-x4 (default): 4 cards folding to 105×74 mm; a4-x2: 2 cards folding to "
                  "210×74 mm",
}


def register_exports(exports: Any) -> None:
    it = exports.add_parser("itinerary", help="a delegation's programme as PDF: guest "
                            "itinerary, internal run sheet, or one member's personal programme")
    it.add_argument("delegation", type=int, metavar="DELEGATION")
    it.add_argument("--audience", choices=["guest", "internal"], default="guest",
                    help="guest copy (no internal notes) or the staff run sheet")
    it.add_argument("--member", metavar="NAME", help="only this member's items (name or id)")
    it.add_argument("--bilingual", action="store_true", help="a bilingual edition: every text "
                    "in --lang with German beside or beneath it")
    _common(it)
    it.set_defaults(handler=cmd_itinerary)
    for what, text in (("badges", "name badges (A4 label sheets)"),
                       ("placecards", "folded place cards"),
                       ("precedence", "members and hosts in protocol order")):
        p = exports.add_parser(what, help=text)
        p.add_argument("delegation", type=int, metavar="DELEGATION")
        if what in SHEETS:
            p.add_argument("--sheet", choices=SHEETS[what], help=SHEET_HELP[what])
        if what == "placecards":
            p.add_argument("--meal", type=int, metavar="ITEM", help="the cards of this meal in "
                           "table order, as its seating plan seats them (`planner list "
                           "programme` shows the ITEM)")
        _common(p)
        p.set_defaults(handler=cmd_list_document, what=what)
    seating = exports.add_parser("seating", help="seating plan of a meal item")
    seating.add_argument("item", type=int, metavar="ITEM", help="id of the programme item")
    seating.add_argument("--tables", metavar="SPEC", help="tables and seats, head table first, "
                         "e.g. 'Ehrentisch:12,Tisch 2:8' (default: a head table of up to 10, "
                         "then tables of 8)")
    seating.add_argument("--layout", choices=["round", "long", "long-one-side", "u"],
                         help="shape of the tables (default: the meal's arranged plan, "
                              "else round)")
    seating.add_argument("--style", choices=["continental", "english"],
                         help="co-host facing the host (continental, the default) or at the "
                              "far end")
    seating.add_argument("--interpreters", choices=["behind", "table"],
                         help="interpreters behind their principal (default) or at the table")
    _common(seating)
    seating.set_defaults(handler=cmd_seating)
    week = exports.add_parser("week", help="the timeline's week view as a landscape PDF "
                              "(internal: staff and conflicts included)")
    week.add_argument("day", metavar="DATE", help="any day of the week, e.g. 2026-05-09")
    week.add_argument("--axis", choices=["delegation", "person", "venue", "vehicle"],
                      default="delegation", help="what the rows are (default: delegation)")
    _common(week)
    week.set_defaults(handler=cmd_week)
    pack = exports.add_parser("pack", help="everything a visit needs, into one folder: guest "
                              "programmes in the delegation's languages, personal programmes, "
                              "run sheet, precedence list, badges, place cards, a seating "
                              "plan per meal, the calendar file")
    pack.add_argument("delegation", type=int, nargs="+", metavar="DELEGATION",
                      help="one or more delegation ids (several: a sub-folder each)")
    pack.add_argument("-o", "--output", required=True, metavar="DIR",
                      help="folder to write into (created if needed)")
    pack.add_argument("--verbose", action="store_true", help="report progress on stderr")
    pack.set_defaults(handler=cmd_pack)
