"""`planner tasks …`, `planner checklist …` and `planner export letter …`: the visits'
checklists and the office's letters.

`planner tasks` prints what the home screen's "This week" lists: open tasks, mine first, then
by deadline. Exit code 0 either way: an overdue task is news, not a failure of the command.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.cli.common import EXIT_OK, CommandError, open_services, output, print_json_list

LETTER_KINDS = ("invitation", "visa", "thanks")


def _today(args: argparse.Namespace) -> date:
    from planner.cli.check import parse_day

    return parse_day(args.today) if getattr(args, "today", None) else date.today()


def cmd_tasks(args: argparse.Namespace) -> int:
    from planner.cli.check import parse_day
    from planner.domain.checklists import when_text

    services = open_services(args)
    today = _today(args)
    before = parse_day(args.due_before) if args.due_before else None
    lines = services.tasks.due(before, args.mine, args.all, args.delegation)
    if args.mine and not lines and not services.tasks.user_has_person():
        print(f"note: no person in People & Venues signs in as '{services.ctx.user}'; set "
              f"their login to see their tasks as yours", file=sys.stderr)
    if args.json:
        json.dump({"today": today.isoformat(), "user": services.ctx.user,
                   "tasks": [line.as_json(today) for line in lines]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not lines:
        print("no open tasks" + (f" due before {before.isoformat()}" if before else ""))
        return EXIT_OK
    for line in lines:
        t = line.task
        mark = "done   " if t.done else "OVERDUE" if t.overdue(today) else "open   "
        due = t.due.isoformat() if t.due else "no date   "
        who = f"  [{line.responsible}{', mine' if line.mine else ''}]" if line.responsible \
            else ""
        print(f"{t.id:>5}  {mark}  {due}  {t.title}  — {line.delegation_title} "
              f"({when_text(t.anchor, t.offset_days)}){who}")
    return EXIT_OK


def cmd_task_done(args: argparse.Namespace) -> int:
    tasks = open_services(args).tasks
    for task_id in args.task:
        task = tasks.set_done(task_id, not args.undo)
        state = f"done by {task.done_by}" if task.done else "open again"
        print(f"{task.id:>5}  {task.title}: {state}")
    return EXIT_OK


def cmd_checklist_apply(args: argparse.Namespace) -> int:
    tasks = open_services(args).tasks.apply_template(args.delegation, args.checklist)
    for task in tasks:
        due = task.due.isoformat() if task.due else "no date"
        print(f"{task.id:>5}  {due}  {task.title}")
    print(f"{len(tasks)} task(s) added", file=sys.stderr)
    return EXIT_OK


def cmd_checklist_list(args: argparse.Namespace) -> int:
    from planner.domain.checklists import template_json, when_text

    templates = open_services(args).tasks.templates()
    if args.json:
        print_json_list(template_json(t) for t in templates)
        return EXIT_OK
    for template in templates:
        print(template.name)
        for task in template.tasks:
            extra = "" if task.condition.value == "always" else f"  (only: {task.condition})"
            who = f"  [{task.responsible}]" if task.responsible else ""
            print(f"  {when_text(task.anchor, task.offset_days):<28} {task.title}{who}{extra}")
    return EXIT_OK


def cmd_letter(args: argparse.Namespace) -> int:
    from planner.domain.letters import LetterKind
    from planner.services.letters import LetterRequest

    suffix = Path(args.output).suffix.lower()
    if suffix not in (".pdf", ".docx"):
        raise CommandError(f"'{args.output}' must end in .pdf (to sign) or .docx (to edit in "
                           f"Word first)")
    letters = open_services(args).letters
    request = LetterRequest(args.delegation, LetterKind(args.kind), args.member or "",
                            args.lang or "", _today(args))
    data = letters.pdf(request) if suffix == ".pdf" else letters.docx(request)
    with output(args.output, binary=True) as handle:
        handle.write(data)
    return EXIT_OK


def register(commands: Any) -> None:
    tasks = commands.add_parser("tasks", help="open checklist tasks, mine first, then by "
                                "deadline (what the home screen's 'This week' lists)")
    tasks.add_argument("--mine", action="store_true", help="only the tasks of the person whose "
                       "login (People & Venues) is yours")
    tasks.add_argument("--due-before", metavar="DATE", help="only tasks due before DATE "
                       "(overdue ones included)")
    tasks.add_argument("--delegation", type=int, metavar="DELEGATION",
                       help="only this visit's tasks")
    tasks.add_argument("--all", action="store_true", help="done tasks too")
    tasks.add_argument("--today", metavar="DATE", help="judge deadlines as of DATE")
    tasks.add_argument("--json", action="store_true", help="print JSON")
    tasks.set_defaults(handler=cmd_tasks)
    done = commands.add_parser("task", help="tick a checklist task done (or --undo)")
    done.add_argument("task", type=int, nargs="+", metavar="TASK", help="task id(s)")
    done.add_argument("--undo", action="store_true", help="mark open again")
    done.set_defaults(handler=cmd_task_done)
    checklist = commands.add_parser("checklist", help="the office's visit checklists")
    what = checklist.add_subparsers(title="what", metavar="WHAT", required=True)
    listing = what.add_parser("list", help="the checklists and their tasks")
    listing.add_argument("--json", action="store_true", help="print JSON (the stored form)")
    listing.set_defaults(handler=cmd_checklist_list)
    apply = what.add_parser("apply", help="create a checklist's tasks for a visit")
    apply.add_argument("delegation", type=int, metavar="DELEGATION")
    apply.add_argument("checklist", metavar="NAME", help="the checklist's name")
    apply.set_defaults(handler=cmd_checklist_apply)


def register_exports(exports: Any) -> None:
    letter = exports.add_parser("letter", help="a letter on the office's letterhead: "
                                "invitation, visa support, thanks; PDF to sign, DOCX to edit")
    letter.add_argument("delegation", type=int, metavar="DELEGATION")
    letter.add_argument("--kind", choices=LETTER_KINDS, required=True)
    letter.add_argument("--member", metavar="NAME", help="the member a visa letter is for")
    letter.add_argument("--lang", metavar="L", help="the letter's language (default: the "
                        "delegation's first language with a template)")
    letter.add_argument("--today", metavar="DATE", help="the letter's date (default: today)")
    letter.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.docx")
    letter.set_defaults(handler=cmd_letter)
