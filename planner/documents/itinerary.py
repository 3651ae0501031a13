"""Guest itinerary, personal itinerary and internal run sheet (Ablaufplan) of a delegation."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer, TableStyle

from planner.documents import emblem
from planner.documents.audience import for_audience
from planner.documents.catalogue import check_lang, is_rtl
from planner.documents.data import (
    ItineraryData,
    Journey,
    MemberInfo,
    Office,
    Officer,
    RenderResult,
)
from planner.documents.emblem import Emblem
from planner.documents.labels import Wording, date_range, labelled, local, stamp
from planner.documents.layout import (
    ACCENT,
    ACCENT_LIGHT,
    RULE,
    TEXT_WIDTH,
    HouseTable,
    Metadata,
    PageFrame,
    Styles,
    build_pdf,
)
from planner.documents.programme import first_day, programme_story
from planner.documents.text import Typesetter
from planner.documents.vocabulary import addressed
from planner.domain.enums import Gender

LABEL_COL = 38 * mm


def render_itinerary(
    data: ItineraryData,
    lang: str,
    audience: str = "guest",
    member_id: int | None = None,
    second: str | None = None,
) -> RenderResult:
    """The programme for guests, one member (member_id) or staff (audience="internal").

    `second="de"` makes a bilingual edition: captions in both languages, headings with the
    German beneath (typed texts arrive with their German version from the document source).
    """
    check_lang(lang)
    words = Wording(lang, second)
    view = for_audience(data, audience, member_id)
    internal = audience == "internal"
    setter = Typesetter(lang)
    styles = Styles(rtl=is_rtl(lang))
    city = setter.clean(data.city_name, "City name")
    title = setter.clean(data.delegation_title, "Delegation title")
    kind = words.label("run_sheet" if internal else "programme")
    reader: MemberInfo | None = None
    if member_id is not None:
        reader = next(m for m in view.members if m.id == member_id)
        kind = words.label("personal_programme")
    as_of = words.label("as_of", when=stamp(data.generated_at, lang)) if data.generated_at else ""

    story: list[Flowable] = _cover(view, city, title, kind, reader, words, internal, setter,
                                   styles)
    story.append(PageBreak())
    if reader is None:
        story += _members(view, words, internal, setter, styles)
    story += programme_story(view, first_day(data), lang, internal, setter, styles, words)

    # The running header and the file's metadata carry one line: a bilingual title's first.
    heading = title.split("\n")[0]
    frame = PageFrame(
        city=city, heading=heading, kind=kind, as_of=as_of, lang=lang, internal=internal,
        office=data.office,
    )
    subject = f"{kind} — {heading}"
    if reader is not None:
        subject += f" — {reader.name}"
    meta = Metadata(title=f"{city}: {kind} — {heading}", subject=subject, author=city, lang=lang)
    pdf = build_pdf(story, frame, meta, setter)
    return RenderResult(pdf=pdf, warnings=setter.warnings, fallbacks=data.fallbacks)


def _cover(
    view: ItineraryData,
    city: str,
    title: str,
    kind: str,
    reader: MemberInfo | None,
    words: Wording,
    internal: bool,
    setter: Typesetter,
    styles: Styles,
) -> list[Flowable]:
    """The title page of a printed programme: the office's identity, whose visit, when, the
    journey and hotel, and everyone the guest may need to call."""
    lang = words.lang
    story = cover_opening(view.office, city, kind, title, "Delegation title", setter, styles)
    if reader is not None:
        # A personal programme is addressed: the reader's name is what the eye finds first.
        story.append(setter.para(words.label("for_person", name=_full_name(reader, lang)),
                                 styles.cover_name, f"Member '{reader.name}': name",
                                 balanced=True))
        if reader.native_name and reader.native_name != reader.name:
            story.append(setter.para(reader.native_name, styles.cover_native,
                                     f"Member '{reader.name}': native name"))
    story += cover_place(words.label("partner_city"), "Partner city", view.partner_city,
                         view.partner_city_native, view.occasion, words, setter, styles)
    span = _visit_span(view, lang)
    if span and words.bilingual:
        span += "\n" + _visit_span(view, words.second)  # type: ignore[arg-type]
    if span:
        story.append(setter.para(span, styles.cover_dates, "dates"))
    story.append(Spacer(1, 10 * mm))
    story.append(facts_block(_journey_rows(view, words), setter, styles))
    story.append(Spacer(1, 4 * mm))
    story.append(facts_block(_contact_rows(view, words), setter, styles))
    if internal:
        story.append(Spacer(1, 8 * mm))
        story.append(setter.para(words.label("internal_only"), styles.alert, "label"))
    return story


def cover_opening(office: Office, city: str, kind: str, title: str, what: str,
                  setter: Typesetter, styles: Styles) -> list[Flowable]:
    """The top of a title page: the office's masthead, a rule, the document's kind, its title
    (`what` names the title in warnings)."""
    return [
        Spacer(1, 6 * mm),
        masthead(office, city, setter, styles),
        HRFlowable(width="100%", thickness=2, color=ACCENT, spaceBefore=5 * mm,
                   spaceAfter=5 * mm),
        setter.para(kind, styles.cover_kind, "label"),
        setter.para(title, styles.cover_title, what, balanced=True),
    ]


def cover_place(caption: str, what: str, name: str, native: str, occasion: str,
                words: Wording, setter: Typesetter, styles: Styles) -> list[Flowable]:
    """'Partnerstadt: Xi'an · 西安' (or the destination) and the occasion beneath."""
    if native and native != name:
        name = f"{name} · {native}"
    story: list[Flowable] = [Spacer(1, 3 * mm)]
    if name:
        story.append(setter.para(labelled(caption, name, words.lang), styles.cover_line, what))
    if occasion:
        story.append(setter.para(occasion, styles.cover_line, "Occasion"))
    return story


def masthead(office: Office, city: str, setter: Typesetter, styles: Styles,
             height: float = 24 * mm, city_style: ParagraphStyle | None = None) -> Flowable:
    """Emblem, city and office side by side, as on the city's letterhead (`height`: the
    emblem's; a letter's is smaller than a title page's)."""
    text: list[Flowable] = [setter.para(city, city_style or styles.cover_city, "City name")]
    if office.name:
        text.append(setter.para(office.name, styles.cover_office, "Office name"))
    ratio = emblem.aspect(office)
    if ratio is None:  # a table all the same: it draws in a table's cell too (a letter's)
        table = HouseTable([[text]], colWidths=[TEXT_WIDTH], rtl=styles.rtl)
    else:
        mark_w = height * ratio
        table = HouseTable([[Emblem(office, height, right=styles.rtl), text]],
                           colWidths=[mark_w + 6 * mm, TEXT_WIDTH - mark_w - 6 * mm],
                           rtl=styles.rtl)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _visit_span(view: ItineraryData, lang: str) -> str:
    instants = [item.start for item in view.items] + [item.end for item in view.items]
    instants += [j.instant for j in (view.arrival, view.departure) if j is not None]
    if not instants:
        return ""
    days = sorted(local(moment).date() for moment in instants)
    return date_range(days[0], days[-1], lang)


def _journey(journey: Journey, lang: str) -> str:
    parts = [stamp(journey.instant, lang), journey.mode, journey.reference, journey.place]
    return " · ".join(part for part in parts if part)


Row = tuple[str, str, str]  # caption, value, field named in warnings


def _journey_rows(view: ItineraryData, words: Wording) -> list[Row]:
    lang = words.lang
    rows: list[Row] = []
    if view.arrival is not None:
        rows.append((words.label("arrival"), _journey(view.arrival, lang), "Arrival"))
    if view.departure is not None:
        rows.append((words.label("departure"), _journey(view.departure, lang), "Departure"))
    if view.hotel is not None:
        hotel = "\n".join(part for part in (view.hotel.name, view.hotel.address) if part)
        rows.append((words.label("hotel"), hotel, "Hotel"))
    return rows


def _contact_rows(view: ItineraryData, words: Wording) -> list[Row]:
    """Who to call: the officer in charge, the interpreters, the 24-hour line, the office."""
    rows: list[Row] = []
    if view.officer is not None:
        rows.append((words.label("officer_in_charge"), _person(view.officer),
                     "Officer in charge"))
    for interpreter in view.interpreters:
        rows.append((words.label("interpreter"), _person(interpreter), "Interpreter"))
    office = view.office
    if office.emergency_phone:
        rows.append((words.label("emergency"), office.emergency_phone, "24-hour contact"))
    address = "\n".join(part for part in (office.name, office.address, office.phone,
                                           office.email) if part)
    if address:
        rows.append((words.label("office_contact"), address, "Office"))
    return rows


def _person(person: Officer) -> str:
    return "\n".join(part for part in (person.name, person.phone, person.email) if part)


def facts_block(rows: list[Row], setter: Typesetter, styles: Styles) -> Flowable:
    """A tinted block of captions and values: what a guest looks up most, on the cover."""
    if not rows:
        return Spacer(1, 0)
    cells = [
        [setter.para(caption, styles.body_bold, "label"), setter.para(value, styles.body, field)]
        for caption, value, field in rows
    ]
    table = HouseTable(cells, colWidths=[LABEL_COL, TEXT_WIDTH - LABEL_COL], rtl=styles.rtl)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _full_name(member: MemberInfo, lang: str) -> str:
    gender = Gender(member.gender) if member.gender else None
    return addressed(member.name, gender, member.salutation, lang)


def _members(
    view: ItineraryData, words: Wording, internal: bool, setter: Typesetter, styles: Styles
) -> list[Flowable]:
    """The delegation in protocol order; needs columns only on the run sheet."""
    lang = words.lang
    story: list[Flowable] = [setter.para(words.label("delegation"), styles.h1, "label")]
    members = sorted(view.members, key=lambda m: (not m.is_head, m.rank, m.name))
    name_col = 70 * mm if internal else 85 * mm
    widths = [name_col, TEXT_WIDTH - name_col]
    if internal:
        widths = [name_col, 45 * mm, TEXT_WIDTH - name_col - 45 * mm]
    # One table per 25 rows: ReportLab lays out many small tables much faster than one big one.
    for start in range(0, len(members), 25):
        rows = []
        for member in members[start : start + 25]:
            where = f"Member '{member.name}'"
            name_cell: list[Flowable] = [
                setter.para(_full_name(member, lang), styles.body_bold, f"{where}: name")
            ]
            if member.native_name and member.native_name != member.name:
                name_cell.append(
                    setter.para(member.native_name, styles.body, f"{where}: native name")
                )
            title = member.title
            if member.is_head:
                title = f"{title}\n{words.label('head')}" if title else words.label("head")
            row: list[object] = [name_cell, setter.para(title, styles.body, f"{where}: title")]
            if internal:
                row.append(_needs(member, words, where, setter, styles))
            rows.append(row)
        table = HouseTable(rows, colWidths=widths, rtl=styles.rtl)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story.append(table)
    story.append(Spacer(1, 6 * mm))
    return story


def _needs(
    member: MemberInfo, words: Wording, where: str, setter: Typesetter, styles: Styles
) -> list[Flowable]:
    lang = words.lang
    cells: list[Flowable] = []
    if member.languages:
        text = labelled(words.label("languages"), ", ".join(member.languages), lang)
        cells.append(setter.para(text, styles.internal, f"{where}: languages"))
    if member.dietary:
        text = labelled(words.label("dietary"), member.dietary, lang)
        cells.append(setter.para(text, styles.alert, f"{where}: dietary"))
    if member.accessibility:
        text = labelled(words.label("accessibility"), member.accessibility, lang)
        cells.append(setter.para(text, styles.alert, f"{where}: accessibility"))
    return cells
