"""`planner translations [--json]`: how complete each document language's catalogue is."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from planner.cli.common import EXIT_OK


def cmd_translations(args: argparse.Namespace) -> int:
    from babel import Locale

    from planner.documents.catalogue import DOCUMENT_LANGUAGES, SOURCE_LANGUAGE, coverage

    report = []
    for lang in DOCUMENT_LANGUAGES:
        translated, missing = coverage(lang)
        report.append({"language": lang, "name": Locale.parse(lang).get_display_name("en"),
                       "entries": translated + len(missing), "translated": translated,
                       "missing": len(missing), "missing_messages": missing,
                       "source": lang == SOURCE_LANGUAGE})
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for line in report:
        note = " (source language)" if line["source"] else ""
        print(f"{line['language']:<3} {line['name']:<34} {line['translated']:>4}/"
              f"{line['entries']:<4} missing {line['missing']}{note}")
        for message in line["missing_messages"]:
            print(f"      missing: {message}")
    return EXIT_OK


def register(commands: Any) -> None:
    parser = commands.add_parser("translations", help="how complete the documents' catalogues "
                                 "are, per language (entries, missing, which)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(handler=cmd_translations)
