"""Each command loads only what it uses: `planner --help` needs no database layer, a list of
delegations no PDF library; and a screen's module leaves heavy libraries to the worker. Checked
in a fresh interpreter, as a user's command starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlalchemy", "reportlab", "babel", "PySide6", "openpyxl", "alembic")

_PROBE = """
import json, sys
from planner.cli.entry import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(%r))), file=sys.stderr)
"""


def _loaded(*argv: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE % (HEAVY,), *argv],
                          capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_help_and_version_load_no_library_of_any_command() -> None:
    assert _loaded("--help") == set()
    assert _loaded("--version") == set()
    assert _loaded("export", "--help") == set()


def test_listing_delegations_loads_the_database_layer_only(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.sqlite")
    loaded = _loaded("--db", db, "list", "delegations", "--json")
    assert "sqlalchemy" in loaded
    assert not loaded & {"reportlab", "PySide6", "openpyxl", "babel"}


def test_a_whole_check_loads_no_document_or_locale_library(tmp_path: Path) -> None:
    loaded = _loaded("--db", str(tmp_path / "empty.sqlite"), "check", "--json")
    assert "sqlalchemy" in loaded
    assert not loaded & {"reportlab", "PySide6", "openpyxl", "babel"}


def test_the_documents_screen_module_leaves_reportlab_to_the_first_document() -> None:
    # Switching to the Documents screen imports its module on the UI thread: ReportLab and
    # icalendar (a third of a second) must load on the worker with the first preview instead.
    probe = ("import json, sys, planner.ui.views.documents; print(json.dumps(sorted("
             "{m.split('.')[0] for m in sys.modules} & {'reportlab', 'icalendar'})))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
