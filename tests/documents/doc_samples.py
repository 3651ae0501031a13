"""Sample delegations (Netanya, Xi'an) and PDF text extraction shared by the documents tests."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

import pdfplumber
from bidi.algorithm import get_display

from planner.documents import (
    BadgeData,
    BadgeInfo,
    HostInfo,
    Hotel,
    ItemInfo,
    ItineraryData,
    Journey,
    MemberInfo,
    Officer,
    PrecedenceData,
    SeatingData,
    TableSpec,
)

BERLIN = ZoneInfo("Europe/Berlin")
AS_OF = datetime(2026, 5, 1, 14, 0, tzinfo=BERLIN)

# Distinctive strings that only staff may ever see in print.
INTERNAL_MARKERS = {
    "internal_notes": "Mayor arrives late QX-INTNOTE-41",
    "hosts": "Bürgermeisterin Jörg QX-HOST-42",
    "interpreters": "Dana QX-INTERP-43",
    "drivers": "Klaus QX-DRIVER-44",
    "vehicle": "Van DO-QX 45",
    "conflicts": "Overlaps press call QX-CONFLICT-46",
    "dietary": "Kosher QX-DIET-47",
    "accessibility": "Wheelchair QX-ACCESS-48",
}

HEBREW_HEAD = "מרים פיירברג-איכר"
ARABIC_NAME = "محمود حداد"
RUSSIAN_NAME = "Ольга Смирнова"
FRENCH_NAME = "Hélène Lefèvre"
MARKUP_NAME = "Noa Levi & Partner <Culture>"
CHINESE_HEAD = "王小明"
SERBIAN_NATIVE = "Ђорђе Јовановић"
TURKISH_HOST = "Şükrü Öztürk"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=BERLIN)


def _staff_fields(n: int) -> dict[str, object]:
    return {
        "hosts": (INTERNAL_MARKERS["hosts"],),
        "interpreters": (INTERNAL_MARKERS["interpreters"],),
        "drivers": (INTERNAL_MARKERS["drivers"],),
        "vehicle": INTERNAL_MARKERS["vehicle"],
        "internal_notes": INTERNAL_MARKERS["internal_notes"],
        "conflicts": (INTERNAL_MARKERS["conflicts"],) if n == 2 else (),
    }


def netanya() -> ItineraryData:
    members = (
        MemberInfo(
            1,
            "Miriam Feuerberg-Eicher",
            HEBREW_HEAD,
            "Mayor",
            "Mayor of Netanya",
            1,
            True,
            ("he", "en"),
            INTERNAL_MARKERS["dietary"],
            "",
        ),
        MemberInfo(2, "Mahmoud Haddad", ARABIC_NAME, "Mr", "Deputy Mayor", 2, False, ("ar", "he")),
        MemberInfo(
            3,
            "Olga Smirnova",
            RUSSIAN_NAME,
            "Ms",
            "Head of Culture",
            3,
            accessibility=INTERNAL_MARKERS["accessibility"],
        ),
        MemberInfo(4, FRENCH_NAME, "", "Mme", "Twinning Coordinator", 4, languages=("fr",)),
        MemberInfo(5, MARKUP_NAME, "", "", "Arts <b>bold</b> & Co", 5),
    )
    items = (
        ItemInfo(
            10,
            "Reception",
            "Reception at the Town Hall",
            at(9, 15),
            at(9, 16, 30),
            "Welcome by the Lord Mayor, entry in the Golden Book.",
            "Rathaus Dortmund",
            "Friedensplatz 1, 44135 Dortmund",
            dress_code="Business attire",
            guest_notes="Please bring your passport.",
            **_staff_fields(1),
        ),
        ItemInfo(
            11,
            "Meal",
            "Dinner at İstanbul Sofrası",
            at(9, 19),
            at(9, 21, 30),
            "",
            "İstanbul Sofrası",
            "Münsterstraße 12, Dortmund",
            **_staff_fields(2),
        ),
        ItemInfo(
            12,
            "Visit",
            "Business breakfast QX-ONLY-ARTS",
            at(10, 8),
            at(10, 9),
            "",
            "IHK zu Dortmund",
            "Märkische Str. 120",
            all_members=False,
            participant_ids=(3, 5),
        ),
        ItemInfo(
            13,
            "Visit",
            "Dortmunder U — Centre for Art and Creativity",
            at(10, 11),
            at(10, 13),
            "Guided tour of the exhibition.",
            "Dortmunder U",
            "Leonie-Reygers-Terrasse, 44137 Dortmund",
        ),
        ItemInfo(
            14,
            "Meeting",
            "Working session with the mayors",
            at(11, 10),
            at(11, 12),
            "",
            "Rathaus, Saal Westfalen",
            "",
            all_members=False,
            participant_ids=(1, 2),
        ),
    )
    return ItineraryData(
        city_name="Dortmund",
        delegation_title="Delegation of the City of Netanya",
        partner_city="Netanya",
        partner_city_native="נתניה",
        occasion="60 years of town twinning",
        arrival=Journey(at(9, 10, 35), "Flight", "LY 2555", "Düsseldorf Airport (DUS)"),
        departure=Journey(at(12, 14, 5), "Flight", "LY 2556", "Düsseldorf Airport (DUS)"),
        hotel=Hotel("Hotel Esplanade", "Bornstraße 4–6, 44135 Dortmund"),
        officer=Officer("Anna Schäfer", "+49 231 50-12345", "protokoll@stadtdo.de"),
        members=members,
        items=items,
        generated_at=AS_OF,
    )


def xian() -> ItineraryData:
    members = (
        MemberInfo(21, "Wang Xiaoming", CHINESE_HEAD, "Mr", "Vice Mayor of Xi'an", 1, True),
        MemberInfo(22, "Li Na", "李娜", "Ms", "Foreign Affairs Office", 2),
        MemberInfo(23, "Đorđe Jovanović", SERBIAN_NATIVE, "Mr", "Trade envoy", 3),
    )
    items = (
        ItemInfo(
            30,
            "Visit",
            "Visit to Phoenix-West / 西安 exchange",
            at(20, 10),
            at(20, 12),
            "",
            "Phoenix-West",
            "Robert-Schuman-Straße, Dortmund",
        ),
    )
    return ItineraryData(
        "Dortmund",
        "Delegation of Xi'an",
        "Xi'an",
        "西安",
        "Trade mission",
        members=members,
        items=items,
        generated_at=AS_OF,
    )


def hosts() -> tuple[HostInfo, ...]:
    return (
        HostInfo(101, "Thomas Westphal", "Lord Mayor", 1),
        HostInfo(102, TURKISH_HOST, "Council member, born in İstanbul", 3),
        HostInfo(103, "Birgit Jörder", "Mayor", 2),
    )


def precedence_data() -> PrecedenceData:
    data = netanya()
    members = (*data.members, *xian().members)
    return PrecedenceData(
        "Dortmund", data.delegation_title, "Netanya", data.occasion, members, hosts(), AS_OF
    )


def badge_data() -> BadgeData:
    people = [
        BadgeInfo(m.name, m.native_name, m.title, "Netanya · נתניה") for m in netanya().members
    ] + [BadgeInfo(m.name, m.native_name, m.title, "Xi'an · 西安") for m in xian().members]
    people += [BadgeInfo(h.name, "", h.title, "Stadt Dortmund", "host") for h in hosts()]
    return BadgeData("Dortmund", "60 years of town twinning", people, AS_OF)


def seating_data() -> SeatingData:
    data = netanya()
    tables = (TableSpec("Head table", 6), TableSpec("Table 2", 4))
    return SeatingData(
        "Dortmund",
        data.delegation_title,
        "Dinner at İstanbul Sofrası",
        at(9, 19),
        "İstanbul Sofrası",
        tables,
        data.members,
        hosts(),
        AS_OF,
    )


_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdftotext(pdf: bytes) -> str:
    """Text as poppler's pdftotext reads it (it reorders RTL runs to logical order)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    # pdftotext wraps reordered runs in embedding controls; a reader's copy has none.
    return unicodedata.normalize("NFKC", _BIDI_CONTROLS.sub("", out))


def reader_text(pdf: bytes) -> str:
    """Text in logical order as a bidi-aware viewer copies it: pdfplumber's lines (visual
    order, left to right) with the Unicode bidi algorithm run on each line.

    pdftotext alone is not enough for Hebrew: on a left-to-right page it reverses RTL runs
    but treats '-', ',' and digits as left-to-right, so "מרים פיירברג-איכר" comes out as
    "איכר-מרים פיירברג" although the page shows it correctly (checked in the PNGs).
    """
    lines: list[str] = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for line in (page.extract_text() or "").splitlines():
                if any(unicodedata.bidirectional(c) in ("R", "AL") for c in line):
                    line = get_display(line)
                lines.append(line)
    return unicodedata.normalize("NFKC", "\n".join(lines))
