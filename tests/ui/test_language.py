"""Languages: German at runtime, locale dates, and no source string without a German translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from planner.domain.enums import DelegationStatus
from planner.domain.problems import problem
from planner.services import Services
from planner.ui import settings
from planner.ui.i18n import TRANSLATIONS_DIR, install_language, long_datetime, problem_text
from planner.ui.labels import label
from planner.ui.main_window import MainWindow
from tests.ui.conftest import make_delegation, settle

ROOT = Path(__file__).resolve().parents[2]


def test_switching_to_german_relabels_the_window_at_runtime(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    make_delegation(services)
    settle(qtbot, window)
    window.show_view("partners")
    window.set_language("de")
    settle(qtbot, window)
    assert settings.LANGUAGE.get() == "de"
    assert window.current_key() == "partners"
    assert [window.sidebar.item(i).text() for i in range(4)] == [
        "Diese Woche",
        "Delegationen",
        "Programm",
        "Goldenes Buch",
    ]
    assert window.delegations.new_button.text() == "Neue Delegation"  # built now, in German
    settle(qtbot, window)
    assert window.delegations.model.headerData(1, Qt.Orientation.Horizontal) == "Partnerstadt"
    assert window.delegations.model.data(window.delegations.model.index(0, 2)) == "Angefragt"
    assert window.menuBar().actions()[0].text() == "&Datei"
    window.set_language("en")
    assert window.delegations.new_button.text() == "New delegation"


def test_delegation_titles_follow_the_language(
    qtbot, window: MainWindow, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    delegation = make_delegation(services, "Delegation der Partnerstadt Amiens", "Amiens")
    services.delegations.save(replace(delegation, title={
        "de": "Delegation der Partnerstadt Amiens", "en": "Delegation of the twin city of Amiens",
        "fr": "Délégation de la ville jumelée d'Amiens"}))
    settle(qtbot, window)
    assert window.delegations.model.record(0).title == "Delegation of the twin city of Amiens"
    window.set_language("de")
    settle(qtbot, window)
    assert window.delegations.model.record(0).title == "Delegation der Partnerstadt Amiens"
    window.set_language("en")


def test_dates_are_formatted_for_the_language() -> None:
    at = datetime(2026, 5, 9, 8, 0, tzinfo=ZoneInfo("UTC"))  # 10:00 in Dortmund
    install_language("de")
    assert long_datetime(at) == "Samstag, 9. Mai 2026, 10:00"
    assert label(DelegationStatus.CONFIRMED) == "Bestätigt"
    assert problem_text(problem("name", "required")) == "darf nicht leer sein"
    # Codes with parameters: the German sentence gets the same values, no parsing of English.
    too_long = problem("name", "too_long", n=230, limit=200)
    assert problem_text(too_long) == _t_de("is {n} characters long; at most {limit} are allowed"
                                           ).format(n=230, limit=200)
    assert "230" in problem_text(too_long) and too_long.message.startswith("is 230 characters")
    install_language("en")
    assert long_datetime(at) == "Saturday, 9 May 2026, 10:00"


def _t_de(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Problems", text)


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            found[(name, message.findtext("source") or "")] = (
                (translation.text or "") if done else ""
            )  # type: ignore[union-attr]
    return found


# The Qt tools are installed beside the interpreter (the venv's bin/), which need not be on PATH.
QT_TOOLS = str(Path(sys.executable).parent)
LUPDATE = shutil.which("pyside6-lupdate", path=QT_TOOLS) or shutil.which("pyside6-lupdate")


@pytest.mark.skipif(LUPDATE is None, reason="needs pyside6-lupdate")
def test_every_source_string_has_a_german_translation(tmp_path: Path) -> None:
    """Runs lupdate over planner/ui afresh: a new tr() string without German fails here."""
    files = [str(p) for p in (ROOT / "planner" / "ui").rglob("*.py") if "timeline" not in p.parts]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(LUPDATE), *files, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(TRANSLATIONS_DIR / "planner_de.ts")
    missing = [
        f"{ctx}: {src!r}"
        for ctx, src in _messages(fresh)
        if not committed.get((ctx, src), "").strip()
    ]
    assert not missing, "untranslated (run docs/ui.md's translation steps):\n" + "\n".join(missing)
    qm = TRANSLATIONS_DIR / "planner_de.qm"
    assert (
        qm.exists()
        and qm.stat().st_mtime >= (TRANSLATIONS_DIR / "planner_de.ts").stat().st_mtime - 1
    ), "planner_de.qm is older than planner_de.ts: run pyside6-lrelease"


def test_every_problem_the_ui_words_is_a_domain_code_with_its_parameters() -> None:
    import re

    from planner.domain.problems import MESSAGES
    from planner.ui.i18n import _PROBLEM_TEXTS

    placeholder = re.compile(r"\{(\w+)\}")
    for code, template in _PROBLEM_TEXTS.items():
        assert code in MESSAGES, code
        assert set(placeholder.findall(template)) <= set(placeholder.findall(MESSAGES[code])), code
