"""`planner export report --year Y -o FILE.pdf|FILE.xlsx`: the annual report to the council."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from planner.cli.common import CommandError, open_services, output
from planner.documents.languages import DOCUMENT_LANGUAGES


def cmd_export_report(args: argparse.Namespace) -> int:
    suffix = Path(args.output).suffix.lower() if args.output != "-" else ".pdf"
    if suffix not in (".pdf", ".xlsx"):
        raise CommandError(f"cannot write {suffix or 'files without an extension'}; "
                           f"use .pdf or .xlsx")
    if not 1900 <= args.year <= 2200:
        raise CommandError(f"--year {args.year} is not a plausible year")
    services = open_services(args)
    report = services.statistics.report(args.year)
    if suffix == ".xlsx":
        from planner.documents.annual_workbook import annual_workbook

        data = annual_workbook(report.figures, args.lang)
    else:
        from planner.documents.annual_report import render_annual_report

        result = render_annual_report(report.figures, args.lang, services.settings.office(),
                                      report.entries, report.gifts)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        data = result.pdf
    with output(args.output, binary=True) as handle:
        handle.write(data)
    return 0


def register_exports(exports: Any) -> None:
    report = exports.add_parser("report", help="the annual report: visits, guests, Golden Book "
                                "and gifts of a year, as PDF (charts) or XLSX (the figures)")
    report.add_argument("--year", type=int, default=date.today().year,
                        help="the year (default: this year)")
    report.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default="de",
                        help="language of the report (default: de)")
    report.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="FILE.pdf or FILE.xlsx")
    report.set_defaults(handler=cmd_export_report)
