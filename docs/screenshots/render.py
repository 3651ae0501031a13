"""Render the screenshots in this folder: every main screen on the demo data at 1280×800.

    python docs/screenshots/render.py            # English; --lang de for the German window

Runs offscreen on a throwaway database, so it never touches the office's own data. README.md
and docs/ui.md link the PNGs it writes; run it again after changing a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QDate, QSettings

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)  # the smallest office screen the planner is made for


def settle(window: object) -> None:
    """Let the worker deliver everything, including the refreshes it triggered."""
    ops = window.ctx.ops  # type: ignore[attr-defined]
    for _ in range(3):
        deadline = time.monotonic() + 10
        while ops.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        QCoreApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # Settings (window geometry, language) of this run stay in the temporary folder.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        from planner.services import Services
        from planner.services.demo import load_demo
        from planner.ui.app import application, open_window
        from planner.ui.main_window import VIEW_KEYS

        application()
        services = Services.open(str(Path(folder) / "demo.sqlite"))
        load_demo(services.ctx)
        window = open_window(services)
        window.set_language(args.lang)
        window.resize(*SIZE)
        window.show()
        settle(window)
        args.out.mkdir(parents=True, exist_ok=True)
        suffix = "" if args.lang == "en" else f"_{args.lang}"

        def shot(name: str) -> None:
            settle(window)
            target = args.out / f"{name}{suffix}.png"
            window.grab().save(str(target))
            print(target)

        for key in VIEW_KEYS:
            window.show_view(key)
            if key == "programme":
                first = min(i.start for i in services.programme.list())
                day = QDate(first.year, first.month, first.day)
                window.programme.set_period(day, day.addDays(30))
            shot(key)
        window.show_view("delegations")
        model = window.delegations.model
        window.delegations.table.selectRow(model.row_of(lambda d: d.partner_city == "Netanya"))
        shot("delegation_details")
        window.delegations.editor.tabs.setCurrentIndex(2)
        shot("delegation_programme")
        # Cluj-Napoca's checklist: done, and the thank-you letter overdue.
        window.delegations.table.selectRow(model.row_of(lambda d: d.partner_city == "Cluj-Napoca"))
        settle(window)
        window.delegations.editor.tabs.setCurrentIndex(3)
        shot("delegation_checklist")
        # The Lord Mayor's trip to Xi'an, scrolled to its travellers and journeys.
        window.delegations.table.selectRow(model.row_of(
            lambda d: d.partner_city == "Xi'an" and d.direction == "outgoing"))
        editor = window.delegations.editor
        editor.tabs.setCurrentIndex(0)
        settle(window)
        editor.tabs.widget(0).ensureWidgetVisible(editor.form.trip.travellers, 0, 200)
        shot("trip_details")
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
