"""Letters on the office's letterhead: the masthead, the address block where a window envelope
shows it, place and date, the subject, and the text; PDF to sign, DOCX to edit in Word first.

The layout follows the German business letter (DIN 5008, form B): the recipient's block starts
45 mm below the top edge, 20 mm from the left, at most nine lines; the text begins below it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from planner.documents.catalogue import N_, NP_, check_lang, is_rtl, t, tp
from planner.documents.data import Office, RenderResult
from planner.documents.itinerary import masthead
from planner.documents.labels import short_date
from planner.documents.layout import (
    ACCENT,
    MARGIN_TOP,
    TEXT_WIDTH,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
    paragraph_style,
    postal_line,
)
from planner.documents.text import Typesetter
from planner.documents.vocabulary import addressed
from planner.domain.enums import Gender
from planner.domain.letters import Letter, LetterKind

_KINDS = {LetterKind.INVITATION: NP_("letter kind", "Invitation"),
          LetterKind.VISA: NP_("letter kind", "Letter in support of a visa application"),
          LetterKind.THANKS: NP_("letter kind", "Letter of thanks")}
_GREETINGS: dict[Gender | None, tuple[str, str]] = {
    Gender.FEMALE: NP_("letter greeting", "Dear Ms {name}"),
    Gender.MALE: NP_("letter greeting", "Dear Mr {name}")}
_GREETING_ANY = NP_("letter greeting", "Dear {name}")
# The form of address alone, as a French letter opens and closes ("Madame,").
_FORMS: dict[Gender | None, tuple[str, str]] = {
    Gender.FEMALE: NP_("form of address alone", "Madam"),
    Gender.MALE: NP_("form of address alone", "Sir")}
_FORM_ANY = NP_("form of address alone", "Sir or Madam")
# Where the address block starts (from the top edge), as a window envelope shows it.
_ADDRESS_TOP = 45 * mm
# Room for the handwritten signature above the signatory's name (the letter's last paragraph).
_SIGNATURE_ROOM = 12 * mm


@dataclass(frozen=True)
class LetterData:
    office: Office
    letter: Letter


def greeting(name: str, gender: Gender | None, salutation: str, lang: str) -> str:
    """'Sehr geehrte Frau Miriam Levi', 'Dear Hon. Kwame Mensah', '尊敬的米丽亚姆女士'. English
    keeps a salutation as typed ("Hon.", "Dr"); other languages say it by the gender."""
    if lang == "en" and salutation.strip():
        context, message = _GREETING_ANY
        return tp(lang, context, message, name=addressed(name, gender, salutation, lang))
    context, message = _GREETINGS.get(gender, _GREETING_ANY)
    return tp(lang, context, message, name=name)


def form_of_address(gender: Gender | None, lang: str) -> str:
    """'Madame', 'Monsieur', 'Madame, Monsieur' — without the name."""
    context, message = _FORMS.get(gender, _FORM_ANY)
    return tp(lang, context, message)


def place_and_date(city: str, day: date, lang: str) -> str:
    """'Dortmund, 5. Dezember 2026' — the date line of a letter."""
    return t(lang, N_("{place}, {date}"), place=city, date=short_date(day, lang))


def kind_name(kind: LetterKind, lang: str) -> str:
    return tp(lang, *_KINDS[kind])


def render_letter(data: LetterData) -> RenderResult:
    letter = data.letter
    lang = check_lang(letter.lang)
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    city = setter.clean(data.office.city, "City name")
    text = paragraph_style("letter", 11, leading=15.5, spaceAfter=7,
                           alignment=styles.body.alignment)
    subject = paragraph_style("letter_subject", 11, True, leading=15.5, spaceAfter=12,
                              alignment=styles.body.alignment)
    address = paragraph_style("letter_address", 11, leading=14,
                              alignment=styles.body.alignment)
    dated = paragraph_style("letter_date", 11, leading=14, spaceAfter=14,
                            alignment=TA_LEFT if styles.rtl else TA_RIGHT)
    sender = paragraph_style("letter_sender", 7.5, textColor=styles.small.textColor,
                             leading=10, spaceAfter=3, alignment=styles.body.alignment)
    city_style = paragraph_style("letter_city", 20, True, textColor=ACCENT, leading=24,
                                 alignment=styles.body.alignment)
    # The masthead in a box of fixed height: the address block below starts where the
    # envelope's window is, whatever the emblem's shape.
    head = HouseTable([[masthead(data.office, city, setter, styles, 15 * mm, city_style)]],
                      colWidths=[TEXT_WIDTH], rowHeights=[_ADDRESS_TOP - MARGIN_TOP - 2 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              *((side, (0, 0), (-1, -1), 0) for side in (
                                  "LEFTPADDING", "RIGHTPADDING", "TOPPADDING",
                                  "BOTTOMPADDING"))]))
    story: list[Flowable] = [head]
    return_line = " · ".join(p for p in (data.office.name, postal_line(data.office.address))
                             if p)
    if return_line:
        story.append(setter.para(return_line, sender, "Office address"))
    for line in letter.recipient:  # at most ADDRESS_LINES (planner.domain.letters.render)
        story.append(setter.para(line, address, "Recipient"))
    story.append(Spacer(1, 10 * mm))
    story.append(setter.para(letter.place_and_date, dated, "Date"))
    if letter.subject:
        story.append(setter.para(letter.subject, subject, "Subject"))
    line_style = paragraph_style("letter_line", 11, leading=15.5,
                                 alignment=styles.body.alignment)
    for number, paragraph in enumerate(letter.paragraphs, start=1):
        if number == len(letter.paragraphs) > 1:
            story.append(Spacer(1, _SIGNATURE_ROOM))  # the last paragraph is who signs
        lines = paragraph.split("\n")
        for n, line in enumerate(lines, start=1):
            style = text if n == len(lines) else line_style
            story.append(setter.para(line.strip(), style, "Letter text"))
    kind = kind_name(letter.kind, lang)
    frame = PageFrame(city=city, heading=letter.subject or kind, kind=kind, as_of="",
                      lang=lang, office=data.office, number_single_page=False)
    meta = Metadata(title=f"{city}: {letter.subject or kind}", subject=kind, author=city,
                    lang=lang)
    pdf = build_pdf(story, frame, meta, setter)
    return RenderResult(pdf=pdf, warnings=setter.warnings)


def render_letter_docx(data: LetterData) -> bytes:
    """The same letter as a Word document, to edit before signing: letterhead in the page
    header, then address, date, subject and text as plain paragraphs."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    letter = data.letter
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(27), Mm(20)
    normal = document.styles["Normal"]
    normal.font.name = "Noto Sans"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(0)
    rtl = is_rtl(letter.lang)
    align = WD_ALIGN_PARAGRAPH.RIGHT if rtl else WD_ALIGN_PARAGRAPH.LEFT
    header = section.header.paragraphs[0]
    if data.office.emblem and data.office.emblem_type == "image/png":
        header.add_run().add_picture(io.BytesIO(data.office.emblem), height=Mm(12))
        header.add_run("  ")
    head_city = header.add_run(data.office.city)
    head_city.bold = True
    head_city.font.size = Pt(16)
    head_city.font.color.rgb = RGBColor(0x1D, 0x4E, 0x89)
    if data.office.name:
        office = section.header.add_paragraph(data.office.name)
        office.runs[0].font.color.rgb = RGBColor(0x5F, 0x66, 0x70)
    footer = section.footer.paragraphs[0]
    footer.text = " · ".join(p for p in (postal_line(data.office.address),
                                         data.office.phone, data.office.email) if p)
    for run in footer.runs:
        run.font.size = Pt(8)
    for line in letter.recipient:
        document.add_paragraph(line).alignment = align
    document.add_paragraph()
    dated = document.add_paragraph(letter.place_and_date)
    dated.alignment = WD_ALIGN_PARAGRAPH.LEFT if rtl else WD_ALIGN_PARAGRAPH.RIGHT
    dated.paragraph_format.space_after = Pt(14)
    if letter.subject:
        subject = document.add_paragraph()
        subject.add_run(letter.subject).bold = True
        subject.paragraph_format.space_after = Pt(12)
        subject.alignment = align
    for number, paragraph in enumerate(letter.paragraphs, start=1):
        lines = paragraph.split("\n")
        body = document.add_paragraph()
        body.alignment = align
        body.paragraph_format.space_after = Pt(8)
        if number == len(letter.paragraphs) > 1:
            body.paragraph_format.space_before = Pt(_SIGNATURE_ROOM / mm * 72 / 25.4)
        for n, line in enumerate(lines):
            run = body.add_run(line.strip())
            if n < len(lines) - 1:
                run.add_break()
    props = document.core_properties
    props.title = letter.subject or kind_name(letter.kind, letter.lang)
    props.author = data.office.city
    props.language = letter.lang
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
