"""`planner trip …`: a trip abroad's travel-documents checklist and its costs.

The itinerary and calendar of a trip come from `planner export itinerary|ics TRIP`; these are
what only a trip has. Exit code of `checklist`: 1 when a paper is overdue or will not do.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from planner.cli.common import EXIT_OK, CommandError, open_services, output, print_json_list

_MARKS = {"done": "ok     ", "open": "open   ", "overdue": "OVERDUE", "problem": "PROBLEM"}


def cmd_checklist(args: argparse.Namespace) -> int:
    from planner.cli.check import parse_day
    from planner.services.trips import Trips

    trips = Trips(open_services(args).ctx)
    today = parse_day(args.today) if args.today else None
    lines = trips.checklist(args.trip, today)
    warnings = trips.gift_warnings(args.trip)
    if args.json:
        json.dump({"papers": [{"traveller": line.traveller, "what": line.task.what,
                               "state": line.task.state.value,
                               "deadline": line.task.deadline.isoformat()
                               if line.task.deadline else None,
                               "text": line.sentence} for line in lines],
                   "gifts": [{"gift": gift, "warning": w.message} for gift, w in warnings]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for line in lines:
            due = f"  (by {line.task.deadline.isoformat()})" if line.task.deadline and \
                line.task.state.value != "done" else ""
            print(f"{_MARKS[line.task.state.value]}  {line.traveller}: {line.sentence}{due}")
        for gift, warning in warnings:
            print(f"gift     {gift}: {warning.message}")
    failing = [line for line in lines if line.task.state.value in ("overdue", "problem")]
    return 1 if failing else EXIT_OK


def cmd_costs(args: argparse.Namespace) -> int:
    from planner.services.trips import Trips

    if (args.trip is None) == (args.year is None):
        raise CommandError("give a TRIP or --year YEAR")
    trips = Trips(open_services(args).ctx)
    found = [trips.costs(args.trip)] if args.trip is not None else trips.costs_of_year(args.year)
    if args.output:
        from planner.documents.trip_costs import (
            CostLineRow,
            TripCostRow,
            trip_costs_workbook,
            workbook_title,
        )
        from planner.domain.office import OFFICE_ZONE

        rows = [TripCostRow(
            c.title, c.destination,
            c.leaves.astimezone(OFFICE_ZONE).date() if c.leaves else None,
            c.returns.astimezone(OFFICE_ZONE).date() if c.returns else None,
            c.plan.per_diem_days, c.travellers, c.plan.by_category,
            [CostLineRow(line.category.value, line.description, line.amount)
             for line in c.lines]) for c in found]
        title = workbook_title("de", args.year, found[0].title if args.trip else "")
        with output(args.output, binary=True) as handle:
            handle.write(trip_costs_workbook(rows, title))
        return EXIT_OK
    if args.json:
        print_json_list({"id": c.delegation_id, "title": c.title, "destination": c.destination,
                         "travellers": c.travellers, "days": c.plan.per_diem_days,
                         "by_category": {k: str(v) for k, v in c.plan.by_category.items()},
                         "total": str(c.plan.total)} for c in found)
        return EXIT_OK
    for c in found:
        parts = ", ".join(f"{k} {v:.2f}" for k, v in c.plan.by_category.items() if v)
        print(f"{c.delegation_id:>5}  {c.title}: {c.plan.total:.2f} EUR  ({parts})")
    if len(found) > 1:
        print(f"total: {sum(c.plan.total for c in found):.2f} EUR")
    return EXIT_OK


def register(commands: Any) -> None:
    trip = commands.add_parser("trip", help="a trip abroad: travel-documents checklist, costs")
    what = trip.add_subparsers(title="what", metavar="WHAT", required=True)
    checklist = what.add_parser("checklist", help="each traveller's passport, visa and "
                                "vaccinations, with deadlines; exit code 1 when one is overdue")
    checklist.add_argument("trip", type=int, metavar="TRIP", help="the trip's delegation id")
    checklist.add_argument("--today", metavar="DATE", help="judge deadlines as of DATE")
    checklist.add_argument("--json", action="store_true", help="print JSON")
    checklist.set_defaults(handler=cmd_checklist)
    costs = what.add_parser("costs", help="a trip's or a year's cost plan: flights, trains, "
                            "hotel, allowance, gifts, other; -o FILE.xlsx for accounting")
    costs.add_argument("trip", type=int, nargs="?", metavar="TRIP")
    costs.add_argument("--year", type=int, help="every trip leaving in YEAR, with the total")
    costs.add_argument("--json", action="store_true", help="print JSON")
    costs.add_argument("-o", "--output", metavar="FILE.xlsx", help="write a workbook")
    costs.set_defaults(handler=cmd_costs)
