"""The Documents screen: generate on the worker, preview with QtPdf, save, print, calendars."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from planner.services import Services
from planner.services.demo import load_demo
from planner.ui.app import open_window
from planner.ui.views.delegation_form import select_data
from planner.ui.views.documents import DocumentsScreen
from planner.ui.views.documents_preview import print_pages
from tests.ui.conftest import settle
from tests.ui.screen_base import ScreenTest

NETANYA = 4  # the demo's DORTBUNT! Netanya delegation


class TestDocumentsEdgeCases(ScreenTest):
    key = "documents"
    lists_names = False  # no tables: a preview


def open_documents(qtbot, services: Services, delegation_id: int = NETANYA):  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.show_view("documents")
    settle(qtbot, window)
    screen: DocumentsScreen = window.screens["documents"]  # type: ignore[assignment]
    screen.show_delegation(delegation_id)
    settle(qtbot, window)
    return window, screen


def generate(qtbot, window, screen: DocumentsScreen, kind: str) -> None:  # type: ignore[no-untyped-def]
    select_data(screen.kind, kind)
    screen.generate()
    assert not screen.generate_button.isEnabled()  # busy while the worker renders
    settle(qtbot, window)
    if screen.current is not None and screen.current.is_pdf:
        qtbot.waitUntil(lambda: screen.preview.page_count() > 0, timeout=10000)


def test_guest_itinerary_is_previewed_page_by_page(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_documents(qtbot, services)
    assert screen.delegation.currentText() == "Delegation of the twin city of Netanya"
    assert screen.language.currentData() == "he"  # Netanya's guests read Hebrew first
    assert not window.print_action.isEnabled() or not screen.can_print()
    generate(qtbot, window, screen, "guest")
    pages = screen.preview.page_count()
    assert pages >= 2
    assert screen.stack.currentWidget() is screen.preview
    assert screen.preview.page_label.text() == f"page 1 of {pages}"
    # The programme's titles exist in de/en/fr only: the preview lists what falls back.
    notices = screen.notices
    assert not notices.isHidden() and not notices.fallbacks.isHidden()
    assert "text(s) have no עברית version" in notices.heading.text()
    listed = [notices.fallbacks.item(row).text() for row in range(notices.fallbacks.count())]
    assert any("Pick-up at Düsseldorf Airport" in line for line in listed)
    assert window.print_action.isEnabled() and screen.can_print()
    screen.preview.go(1)
    qtbot.wait(50)
    assert screen.preview.page_label.text() == f"page 2 of {pages}"
    screen.preview.zoom(1.25)
    assert screen.preview.view.zoomFactor() > 0


def test_run_sheet_and_personal_itinerary(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_documents(qtbot, services)
    generate(qtbot, window, screen, "run_sheet")
    assert screen.audience.currentData() == "internal" and not screen.audience.isEnabled()
    run_sheet = screen.current.data
    assert run_sheet.startswith(b"%PDF")
    select_data(screen.kind, "personal")
    assert screen.member.isEnabled() and screen.member.currentData() is not None
    select_data(screen.member, services.members.list(NETANYA)[1].id)
    generate(qtbot, window, screen, "personal")
    assert screen.current.request.member_id == services.members.list(NETANYA)[1].id
    assert screen.current.data != run_sheet
    screen.save_document(tmp_path / "personal")  # the suffix is added
    assert (tmp_path / "personal.pdf").read_bytes().startswith(b"%PDF")
    assert "personal.pdf" in screen.status.text()


def test_printing_renders_every_page(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_documents(qtbot, services)
    generate(qtbot, window, screen, "precedence")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pages(screen.preview.document, printer) == screen.preview.page_count()
    assert (tmp_path / "printed.pdf").stat().st_size > 5_000


def test_other_documents_and_the_calendar(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_documents(qtbot, services)
    for kind in ("badges", "place_cards"):
        generate(qtbot, window, screen, kind)
        assert screen.current.request.kind == kind and screen.preview.page_count() >= 1
    if screen.meal.currentData() is not None:
        generate(qtbot, window, screen, "seating")
        assert screen.current.request.kind == "seating"
    generate(qtbot, window, screen, "calendar")
    assert screen.stack.currentWidget() is screen.text
    assert screen.text.toPlainText().startswith("BEGIN:VCALENDAR")
    assert not screen.can_print()
    screen.save_document(tmp_path / "netanya.ics")
    assert (tmp_path / "netanya.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_screenshot(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PLANNER_SCREENSHOTS=dir keeps the picture of a generated preview."""
    import os

    window, screen = open_documents(qtbot, services)
    generate(qtbot, window, screen, "guest")
    qtbot.wait(300)  # QPdfView renders pages asynchronously
    folder = Path(os.environ.get("PLANNER_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(folder / "documents_preview.png"))


def test_bilingual_edition_from_the_screen(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_documents(qtbot, services)
    select_data(screen.language, "de")
    assert not screen.bilingual.isEnabled()  # German beside German says nothing twice
    select_data(screen.language, "he")
    select_data(screen.kind, "precedence")
    assert not screen.bilingual.isEnabled()  # only programmes have bilingual editions
    select_data(screen.kind, "guest")
    assert screen.bilingual.isEnabled()
    screen.bilingual.setChecked(True)
    request = screen.request()
    assert request is not None and request.bilingual and request.lang == "he"
    generate(qtbot, window, screen, "guest")
    assert screen.current is not None and screen.current.data.startswith(b"%PDF")


def _fallback_row(screen: DocumentsScreen, text: str) -> int:
    fallbacks = screen.notices.fallbacks
    rows = [row for row in range(fallbacks.count()) if text in fallbacks.item(row).text()]
    assert rows, text
    return rows[0]


def test_each_listed_fallback_opens_where_it_is_translated(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from planner.ui.dialogs.item_dialog import ItemDialog

    window, screen = open_documents(qtbot, services)
    select_data(screen.language, "ru")
    generate(qtbot, window, screen, "precedence")
    fallbacks = screen.notices.fallbacks
    # A member's function: the member dialog opens over the Documents screen.
    fallbacks.setCurrentRow(_fallback_row(screen, "Function of Miriam Feirberg-Ikar"))
    fallbacks.setFocus()
    qtbot.keyClick(fallbacks, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(screen, "dialog", None) is not None, timeout=5000)
    dialog = screen.dialog
    assert dialog.isVisible() and dialog.title.edits["ru"].isVisible()
    dialog.title.edits["ru"].setText("Мэр Нетании")
    dialog.save()
    settle(qtbot, window)
    generate(qtbot, window, screen, "precedence")
    assert not any("Function of Miriam" in fallbacks.item(row).text()
                   for row in range(fallbacks.count()))

    # A programme item's title: its dialog, over the same screen.
    generate(qtbot, window, screen, "guest")
    item = fallbacks.item(_fallback_row(screen, "'Abholung am Flughafen Düsseldorf', title"))
    fallbacks.itemActivated.emit(item)
    qtbot.waitUntil(lambda: isinstance(screen.dialog, ItemDialog), timeout=5000)
    assert screen.dialog.isVisible()
    screen.dialog.reject()

    # The delegation's title opens the delegation on its own screen.
    fallbacks.itemActivated.emit(fallbacks.item(_fallback_row(screen, "Delegation title")))
    settle(qtbot, window)
    assert window.current_key() == "delegations"
    qtbot.waitUntil(lambda: window.delegations.editor.delegation_id == NETANYA, timeout=5000)


def test_a_hosts_function_opens_in_the_hosts_list(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_documents(qtbot, services)
    mayor = next(p for p in services.people.list() if p.name == "Dr. Katharina Brenner")
    screen.navigate.emit("person", mayor.id)
    settle(qtbot, window)
    assert window.current_key() == "people"
    hosts = window.people.people
    qtbot.waitUntil(lambda: hosts.record is not None and hosts.record.id == mayor.id,
                    timeout=5000)
    assert hosts.form.widgets["function"].edits["de"].text() == "Oberbürgermeisterin der Stadt " \
        "Dortmund"


def test_the_documents_are_for_the_delegation_being_worked_on(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    load_demo(services.ctx)
    window = open_window(services)
    qtbot.addWidget(window)
    window.show()
    window.show_view("delegations")
    screen = window.delegations
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=10000)
    screen.table.selectRow(screen.model.row_of(
        lambda d: d.partner_city == "Xi'an" and d.direction == "incoming"))
    qtbot.waitUntil(lambda: screen.editor.delegation_id is not None, timeout=5000)
    xian = screen.editor.delegation_id
    window.show_view("documents")
    settle(qtbot, window)
    documents: DocumentsScreen = window.screens["documents"]  # type: ignore[assignment]
    qtbot.waitUntil(lambda: documents.delegation.currentData() == xian, timeout=5000)
    assert documents.delegation.currentText() == "Delegation of the twin city of Xi'an"
    assert documents.language.currentData() == "zh"  # the guests' language first


def test_the_visit_pack_is_written_with_a_progress_bar(qtbot, services: Services,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    window, screen = open_documents(qtbot, services)
    seen: list[tuple[int, int]] = []
    screen.pack_progress.progressed.connect(lambda done, total: seen.append((done, total)))
    screen.write_pack(tmp_path / "pack")
    assert not screen.pack_button.isEnabled()
    settle(qtbot, window)
    names = sorted(p.name for p in (tmp_path / "pack").iterdir())
    assert "03-run-sheet-de.pdf" in names and any(n.endswith(".ics") for n in names)
    assert seen and seen[-1][0] == seen[-1][1]  # the bar ends full
    assert screen.pack_button.isEnabled() and screen.busy.isHidden()
    assert f"{len(names)} " in screen.status.text()
