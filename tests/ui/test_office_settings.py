"""File → Office and letterhead: the identity every document prints, edited in one dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from planner.domain.settings import OFFICE_EMBLEM, OFFICE_NAME, OFFICE_PHONE
from planner.resources import resource
from planner.ui.dialogs.office_settings import OfficeSettingsDialog
from planner.ui.main_window import MainWindow
from tests.ui.conftest import settle


def open_dialog(qtbot, window: MainWindow) -> OfficeSettingsDialog:  # type: ignore[no-untyped-def]
    dialog = OfficeSettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    settle(qtbot, window)
    return dialog


def test_the_office_is_saved_as_one_and_printed(qtbot, window: MainWindow, monkeypatch  # type: ignore[no-untyped-def]
                                                ) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.city.text() == "Dortmund" and dialog.save_button.isEnabled()
    dialog.office.setText("Büro für Internationale Beziehungen")
    dialog.phone.setText("+49 231 555-0100")
    svg = str(resource("emblem", "demo-emblem.svg"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (svg, ""))
    dialog.choose_emblem()
    assert not dialog.preview.pixmap().isNull()
    dialog.save()
    settle(qtbot, window)
    assert dialog.result() == OfficeSettingsDialog.DialogCode.Accepted
    settings = window.ctx.services.settings
    assert settings.get(OFFICE_NAME) == "Büro für Internationale Beziehungen"
    assert settings.get(OFFICE_PHONE) == "+49 231 555-0100"
    assert settings.get(OFFICE_EMBLEM).startswith("data:image/svg+xml;base64,")
    assert window.ctx.services.settings.office().emblem.startswith(b"<?xml")


def test_a_refused_value_is_shown_at_its_field_and_nothing_is_stored(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.office.setText("Protokoll")
    dialog.phone.setText("9" * 600)
    dialog.save()
    settle(qtbot, window)
    assert dialog.result() != OfficeSettingsDialog.DialogCode.Accepted
    assert "at most 500" in dialog.errors.banner.text() + " ".join(
        label.text() for label in dialog.findChildren(type(dialog.errors.banner)))
    assert window.ctx.services.settings.get(OFFICE_NAME) == ""  # all or nothing


def test_a_file_that_is_no_image_is_refused_where_chosen(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                         monkeypatch, tmp_path) -> None:
    dialog = open_dialog(qtbot, window)
    fake = tmp_path / "crest.png"
    fake.write_bytes(b"GIF89a")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    dialog.choose_emblem()
    assert dialog.emblem_uri == ""
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.errors.banner)))
    assert "not a readable PNG image" in texts
