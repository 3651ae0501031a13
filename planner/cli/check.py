"""`planner check`: every conflict of a delegation or a period.

Exit code 0: no errors (warnings may be printed); 1: errors found; 2: nothing was checked
(wrong arguments, an unknown delegation). A script can tell "the programme has errors" from
"the check did not run".
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from typing import Any

from planner.cli.common import CommandError, UsageError, open_services, print_json_list
from planner.domain.errors import NotFoundError


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"{text!r} is not a date like 2026-05-09") from exc


def _period(args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    from planner.services.conflicts import day_start

    if args.delegation is not None and (args.start or args.end):
        raise UsageError("give a DELEGATION or --from/--to, not both")
    try:
        start = day_start(parse_day(args.start)) if args.start else None
        end = day_start(parse_day(args.end) + timedelta(days=1)) if args.end else None
    except CommandError as error:
        raise UsageError(str(error)) from error
    if start and end and end <= start:
        raise UsageError("--to is before --from")
    return start, end


def cmd_check(args: argparse.Namespace) -> int:
    # Imported here: the parser (and `--help`) must not load the engine and SQLAlchemy.
    from planner.services.conflicts import ConflictCheck

    start, end = _period(args)
    services = open_services(args)
    try:
        conflicts = ConflictCheck(services.ctx).check(args.delegation, start, end)
    except NotFoundError as error:
        raise UsageError(str(error)) from error
    finally:
        services.close()
    errors = sum(1 for c in conflicts if c.is_error)
    if args.json:
        print_json_list({"kind": c.kind.value, "severity": c.severity, "items": list(c.item_ids),
                         "subject": c.subject, "message": c.message(args.lang)}
                        for c in conflicts)
    else:
        for c in conflicts:
            mark = "FEHLER " if c.is_error and args.lang == "de" else \
                "ERROR  " if c.is_error else "Hinweis" if args.lang == "de" else "warning"
            print(f"{mark}  {c.message(args.lang)}")
        summary = (f"{errors} Fehler, {len(conflicts) - errors} Hinweise" if args.lang == "de"
                   else f"{errors} error(s), {len(conflicts) - errors} warning(s)")
        print(summary, file=sys.stderr)
    return 1 if errors else 0


def register(commands: Any) -> None:
    check = commands.add_parser("check", help="find conflicts: double-booked people, venues "
                                "and vehicles, travel times, stays, interpreters, needs")
    check.add_argument("delegation", type=int, nargs="?", metavar="DELEGATION",
                       help="only conflicts touching this delegation's programme")
    check.add_argument("--from", dest="start", metavar="DATE", help="first day (2026-05-08)")
    check.add_argument("--to", dest="end", metavar="DATE", help="last day, inclusive")
    check.add_argument("--lang", choices=["de", "en"], default="de")
    check.add_argument("--json", action="store_true", help="print a JSON array")
    check.set_defaults(handler=cmd_check)
