"""House style (colours, paragraph styles) and the A4 page frame: header, footer, page X of Y."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from planner.documents import emblem, fonts
from planner.documents.catalogue import is_rtl
from planner.documents.data import Office
from planner.documents.labels import label
from planner.documents.text import Typesetter

ACCENT = colors.HexColor("#1D4E89")  # one restrained city blue; everything else greys
ACCENT_LIGHT = colors.HexColor("#E8EEF6")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5F6670")
RULE = colors.HexColor("#C9CED6")
ALERT = colors.HexColor("#B3261E")  # conflicts and staff-only marks
INTERNAL_BG = colors.HexColor("#FFF4E5")

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
TEXT_WIDTH = A4[0] - 2 * MARGIN_X


def paragraph_style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=size,
        leading=extra.pop("leading", size * 1.3),
        textColor=extra.pop("textColor", INK),
        **extra,
    )


class Styles:
    """The paragraph styles every document shares; created after the fonts are registered.

    A right-to-left document (Hebrew) sets every paragraph flush right; each line's own bidi
    order is the typesetter's job.
    """

    def __init__(self, rtl: bool = False) -> None:
        self.rtl = rtl
        self.cover_city = paragraph_style("cover_city", 30, True, textColor=ACCENT, leading=36)
        self.cover_kind = paragraph_style("cover_kind", 11, True, textColor=MUTED, spaceBefore=4)
        self.cover_title = paragraph_style("cover_title", 22, True, leading=28, spaceBefore=18)
        self.cover_line = paragraph_style("cover_line", 12, False, spaceBefore=3)
        self.cover_office = paragraph_style("cover_office", 11, False, textColor=MUTED,
                                            spaceBefore=2)
        self.cover_name = paragraph_style("cover_name", 24, True, leading=29, spaceBefore=2)
        self.cover_native = paragraph_style("cover_native", 15, False, leading=20)
        self.cover_dates = paragraph_style("cover_dates", 14, True, textColor=ACCENT,
                                           leading=19, spaceBefore=6)
        self.h1 = paragraph_style("h1", 16, True, textColor=ACCENT, spaceBefore=6, spaceAfter=6)
        self.h2 = paragraph_style("h2", 12, True, textColor=ACCENT, spaceBefore=10, spaceAfter=4)
        self.body = paragraph_style("body", 9.5)
        self.body_bold = paragraph_style("body_bold", 9.5, True)
        self.small = paragraph_style("small", 8.5, textColor=MUTED)
        self.small_bold = paragraph_style("small_bold", 8.5, True, textColor=MUTED)
        self.item_title = paragraph_style("item_title", 10.5, True, leading=13.5)
        self.time = paragraph_style("time", 10, True, textColor=ACCENT)
        self.internal = paragraph_style("internal", 8.5, textColor=INK)
        self.alert = paragraph_style("alert", 8.5, True, textColor=ALERT)
        self.cell_center = paragraph_style("cell_center", 9.5, alignment=TA_CENTER)
        if rtl:
            for style in vars(self).values():
                if isinstance(style, ParagraphStyle) and style.alignment != TA_CENTER:
                    style.alignment = TA_RIGHT


_MIRRORED = {"LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE",
             "LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING"}


class HouseTable(Table):
    """A Table whose plain-text cells use the shipped font: ReportLab's default cell font is
    Helvetica, which would put an unembedded font into every PDF.

    With `rtl=True` the table is mirrored for a right-to-left document: the first column
    stands at the right margin, and every style command names the mirrored columns (a rule
    "before" the first column is drawn at its right).
    """

    def __init__(self, data: Any, *args: Any, rtl: bool = False, **kwargs: Any) -> None:
        self.rtl = rtl
        if rtl:
            data = [list(reversed(row)) for row in data]
            if kwargs.get("colWidths"):
                kwargs["colWidths"] = list(reversed(kwargs["colWidths"]))
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR)]))

    def setStyle(self, tblstyle: Any) -> None:
        if self.rtl:
            commands = tblstyle.getCommands() if hasattr(tblstyle, "getCommands") else tblstyle
            tblstyle = TableStyle([self._mirror(c) for c in commands])
        super().setStyle(tblstyle)

    def _mirror(self, command: tuple[Any, ...]) -> tuple[Any, ...]:
        name, (c0, r0), (c1, r1), *rest = command
        columns = self._ncols

        def flip(c: int) -> int:
            return columns - 1 - (c if c >= 0 else columns + c)

        if name == "ALIGN" and rest and rest[0] in ("LEFT", "RIGHT"):
            rest = ["RIGHT" if rest[0] == "LEFT" else "LEFT", *rest[1:]]
        left, right = sorted((flip(c0), flip(c1)))
        return (_MIRRORED.get(name, name), (left, r0), (right, r1), *rest)


@dataclass(frozen=True)
class PageFrame:
    """What the running header and footer show; all strings already cleaned."""

    city: str
    heading: str  # delegation title or event
    kind: str  # "Programme", "Ablaufplan", ...
    as_of: str  # "As of 1 May 2026, 14:00" or ""
    lang: str
    internal: bool = False
    cover: bool = True  # first page carries no header
    office: Office = field(default_factory=Office)
    # A letter of one page says nothing of pages; a report of one page still says "1 of 1".
    number_single_page: bool = True


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    lang: str


def _numbered_canvas(frame: PageFrame, setter: Typesetter) -> type[Canvas]:
    """A canvas that knows the page count when it saves, for "page X of Y" (two-pass-free)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_frame(self, frame, setter, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_frame(
    canvas: Canvas, frame: PageFrame, setter: Typesetter, page: int, total: int
) -> None:
    width, height = canvas._pagesize
    # Right-to-left documents start at the right margin: city and "as of" on the right.
    rtl = is_rtl(frame.lang)
    start, end = (width - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, width - MARGIN_X)
    start_align, end_align = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)
    towards_end = -1 if rtl else 1
    canvas.saveState()
    if page > 1 or not frame.cover:
        top = height - 13 * mm
        # The emblem stands at the start margin, the city name beside it.
        mark_w = 7 * mm * (emblem.aspect(frame.office) or 0)
        emblem.draw(canvas, frame.office, start - mark_w if rtl else start, top - 1.8 * mm,
                    7 * mm)
        city_x = start + towards_end * (mark_w + 2.5 * mm if mark_w else 0)
        canvas.setFillColor(ACCENT)
        setter.draw_line(canvas, city_x, top, frame.city, 9, True, start_align)
        city_w = setter.width(frame.city, 9, True)
        canvas.setFillColor(MUTED)
        room = width - 2 * MARGIN_X - city_w - mark_w - 60 * mm
        heading = _fit(setter, frame.heading, room, 9)
        setter.draw_line(canvas, city_x + towards_end * (city_w + 3 * mm), top, heading, 9,
                         False, start_align)
        setter.draw_line(canvas, end, top, frame.kind, 9, False, end_align)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 3 * mm, width - MARGIN_X, top - 3 * mm)
    # Footer: the office and how to reach it at the start; page X of Y, the "as of" (once
    # per document, here) and the staff-only mark at the end.
    rule = 17.5 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, rule, width - MARGIN_X, rule)
    canvas.setFillColor(MUTED)
    pages = label("page_of", frame.lang, page=page, pages=total) \
        if total > 1 or frame.number_single_page else ""
    ends = [(pages, 8.0, False, MUTED), (frame.as_of, 7.5, False, MUTED)]
    if frame.internal:
        ends.append((label("internal_only", frame.lang), 7.5, True, ALERT))
    end_room = max(setter.width(text, size, bold) for text, size, bold, _ in ends)
    room = width - 2 * MARGIN_X - end_room - 8 * mm
    for n, line in enumerate(office_footer(frame.office)):
        setter.draw_line(canvas, start, rule - 4 * mm - n * 3.3 * mm,
                         _fit(setter, line, room, 7.5), 7.5, False, start_align)
    for n, (text, size, bold, color) in enumerate(ends):
        canvas.setFillColor(color)
        setter.draw_line(canvas, end, rule - 4 * mm - n * 3.3 * mm, text, size, bold,
                         end_align)
    canvas.restoreState()


def postal_line(address: str) -> str:
    """'Friedensplatz 1, 44135 Dortmund': the office's address on one line."""
    return ", ".join(part.strip() for part in address.splitlines() if part.strip())


def office_footer(office: Office) -> list[str]:
    """"Stadt Dortmund · Büro für Internationale Beziehungen", "Friedensplatz 1, 44135
    Dortmund", "+49 … · international@…" — whichever parts the office filled in."""
    lines = [office.name, postal_line(office.address),
             " · ".join(p for p in (office.phone, office.email) if p)]
    return [line for line in lines if line]


def _fit(setter: Typesetter, text: str, width: float, size: float) -> str:
    """Shorten a header text with an ellipsis rather than let it run into the next field."""
    if setter.width(text, size, False) <= width:
        return text
    while text and setter.width(text + "…", size, False) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(
    story: Sequence[Flowable],
    frame: PageFrame,
    meta: Metadata,
    setter: Typesetter,
    pagesize: tuple[float, float] = A4,
    on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
    margins: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Lay out the story on A4 pages; invariant=1 so the same data gives the same bytes."""
    left, right, top, bottom = margins or (MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=meta.title,
        subject=meta.subject,
        author=meta.author,
        creator="Delegation Planner",
        lang=meta.lang,
        invariant=1,
        # Otherwise the canvas references (unembedded) Helvetica before any text is drawn.
        initialFontName=fonts.REGULAR,
    )
    # Zero frame padding: tables are built to TEXT_WIDTH and must line up with the headings.
    body = Frame(
        left,
        bottom,
        pagesize[0] - left - right,
        pagesize[1] - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("page", [body], onPage=on_page or _nothing)])
    doc.build(list(story), canvasmaker=_numbered_canvas(frame, setter))
    return out.getvalue()


def _nothing(canvas: Canvas, doc: BaseDocTemplate) -> None:
    return None


def canvas_pdf(
    meta: Metadata, draw: Callable[[Canvas], None], pagesize: tuple[float, float] = A4
) -> bytes:
    """For sheets drawn directly (badges, cards): same metadata and reproducibility rules."""
    out = io.BytesIO()
    canvas = Canvas(
        out, pagesize=pagesize, invariant=1, lang=meta.lang, initialFontName=fonts.REGULAR
    )
    canvas.setTitle(meta.title)
    canvas.setSubject(meta.subject)
    canvas.setAuthor(meta.author)
    canvas.setCreator("Delegation Planner")
    draw(canvas)
    canvas.save()
    return out.getvalue()
