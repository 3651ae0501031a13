"""`planner list programme|people|venues|partner-cities`: the ids other commands take
(`export seating ITEM`, `--member`, `ics --person`), readable or as JSON for scripts."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from planner.cli.common import EXIT_OK, open_services, print_json_list


def _emit(args: argparse.Namespace, rows: Sequence[dict[str, Any]], columns: Sequence[str]
          ) -> int:
    """JSON for scripts; otherwise aligned columns (the last one free-running)."""
    if args.json:
        print_json_list(rows)
        return EXIT_OK
    widths = {c: max([len(str(r.get(c) or "")) for r in rows] + [len(c)]) for c in columns}
    print("  ".join(f"{c.upper():<{widths[c]}}" for c in columns).rstrip())
    for row in rows:
        cells = [str(row.get(c) if row.get(c) is not None else "") for c in columns]
        print("  ".join(f"{v:<{widths[c]}}" for v, c in zip(cells, columns, strict=True)).rstrip())
    return EXIT_OK


def cmd_list_programme(args: argparse.Namespace) -> int:
    from planner.domain.office import OFFICE_ZONE
    from planner.domain.records import pick_text

    services = open_services(args)
    services.delegations.get(args.delegation)  # an unknown id is refused by name
    venues = {v.id: v.name for v in services.venues.list()}
    rows = []
    for item in services.programme.list(args.delegation):
        start, end = item.start.astimezone(OFFICE_ZONE), item.end.astimezone(OFFICE_ZONE)
        rows.append({"id": item.id, "day": start.date().isoformat(),
                     "start": start.strftime("%H:%M"), "end": end.strftime("%H:%M"),
                     "kind": item.kind.value, "status": item.status.value,
                     "venue": venues.get(item.venue_id, "") if item.venue_id else "",
                     "title": pick_text(item.title, args.lang)})
    return _emit(args, rows, ("id", "day", "start", "end", "kind", "venue", "title"))


def cmd_list_people(args: argparse.Namespace) -> int:
    rows = [{"id": p.id, "role": p.role.value, "rank": p.rank, "name": p.name,
             "native_name": p.native_name, "function": p.function,
             "languages": list(p.languages), "phone": p.phone, "email": p.email}
            for p in open_services(args).people.list(args.search or "")]
    return _emit(args, rows, ("id", "role", "rank", "name", "function"))


def cmd_list_venues(args: argparse.Namespace) -> int:
    rows = [{"id": v.id, "name": v.name, "address": v.address, "capacity": v.capacity,
             "step_free": v.accessible}
            for v in open_services(args).venues.list(args.search or "")]
    return _emit(args, rows, ("id", "capacity", "name", "address"))


def cmd_list_partner_cities(args: argparse.Namespace) -> int:
    rows = [{"id": c.id, "name": c.name, "native_name": c.native_name, "country": c.country,
             "relation": c.relation.value, "since": c.since}
            for c in open_services(args).partners.list(args.search or "")]
    return _emit(args, rows, ("id", "country", "since", "relation", "name", "native_name"))


def register_lists(what: Any) -> None:
    """The `list` sub-commands beside `list delegations` (planner/cli/data.py)."""
    programme = what.add_parser("programme", help="a delegation's programme items: ids, days, "
                                "times, kinds, venues (the ITEM of `export seating`)")
    programme.add_argument("delegation", type=int, metavar="DELEGATION")
    programme.add_argument("--lang", default="de", help="language of the titles (default: de)")
    programme.add_argument("--json", action="store_true", help="print a JSON array")
    programme.set_defaults(handler=cmd_list_programme)
    for name, handler, text in (
            ("people", cmd_list_people, "the city's hosts, staff, interpreters and drivers"),
            ("venues", cmd_list_venues, "venues with address and capacity"),
            ("partner-cities", cmd_list_partner_cities, "twin cities and project partners")):
        parser = what.add_parser(name, help=text)
        parser.add_argument("--search", metavar="TEXT", help="only those matching TEXT")
        parser.add_argument("--json", action="store_true", help="print a JSON array")
        parser.set_defaults(handler=handler)
