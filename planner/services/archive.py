"""A synthetic ten-year archive for load and speed tests: realistic shape, deterministic content."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select

from planner.domain.enums import DelegationStatus, HostRole, ItemKind, ItemRole, Relation
from planner.domain.errors import Problem, ValidationError
from planner.domain.text import search_blob
from planner.services.context import ServiceContext
from planner.store.audit import mark_changed
from planner.store.models import (
    DelegationRow,
    GoldenBookEntryRow,
    GoldenBookRow,
    HostPersonRow,
    MemberRow,
    PartnerCityRow,
    ProgrammeItemRow,
    ResourceRow,
    SignerRow,
    VenueRow,
    item_delegation,
    item_host,
    item_member,
)

CITIES = [("Amiens", "Amiens", "FR"), ("Leeds", "Leeds", "GB"), ("Buffalo", "Buffalo", "US"),
          ("Rostov-on-Don", "Ростов-на-Дону", "RU"), ("Netanya", "נתניה", "IL"),
          ("Novi Sad", "Нови Сад", "RS"), ("Xi'an", "西安", "CN"), ("Trabzon", "Trabzon", "TR"),
          ("Zwickau", "Zwickau", "DE"), ("Kumasi", "Kumasi", "GH"),
          ("Cluj-Napoca", "Cluj-Napoca", "RO")]
ZONES = {"FR": "Europe/Paris", "GB": "Europe/London", "US": "America/New_York",
         "RU": "Europe/Moscow", "IL": "Asia/Jerusalem", "RS": "Europe/Belgrade",
         "CN": "Asia/Shanghai", "TR": "Europe/Istanbul", "DE": "Europe/Berlin",
         "GH": "Africa/Accra", "RO": "Europe/Bucharest"}
GIVEN = ["Anna", "Jonas", "Miriam", "Avi", "Đorđe", "Jelena", "Ayşe", "İbrahim", "Hélène",
         "François", "Kwame", "Abena", "Ioana", "Ștefan", "Wei", "Hua", "Olga", "Dmitri"]
FAMILY = ["Müller", "Levi", "Ben-David", "Jovanović", "Petrović", "Öztürk", "Yılmaz",
          "Lefèvre", "Dubois", "Mensah", "Asante", "Popescu", "Mureșan", "Wang", "Li", "Smith"]
NATIVE = ["王小明", "李华", "מרים לוי", "אבי בן-דוד", "Ђорђе Јовановић", "Јелена Петровић",
          "Анна Кузнецова", ""]
KINDS = [ItemKind.MEETING, ItemKind.MEAL, ItemKind.VISIT, ItemKind.TRANSFER, ItemKind.PRESS,
         ItemKind.CEREMONY, ItemKind.FREE_TIME]


@dataclass(frozen=True)
class ArchiveSize:
    delegations: int = 2_000
    members_per_delegation: int = 10
    items_per_delegation: int = 30
    golden_book_entries: int = 5_000
    years: int = 10

    @classmethod
    def scaled(cls, factor: float) -> ArchiveSize:
        return cls(delegations=max(1, int(2_000 * factor)),
                   golden_book_entries=max(1, int(5_000 * factor)))


def build_archive(ctx: ServiceContext, size: ArchiveSize = ArchiveSize(), seed: int = 2026,
                  progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Fill an empty database; one transaction, bulk inserts. Returns the row counts."""
    rng = random.Random(seed)
    say = progress or (lambda _msg: None)
    with ctx.write() as session:
        if session.scalar(select(func.count()).select_from(DelegationRow)):
            raise ValidationError(Problem("", "the archive is only built into an empty database"))
        conn = session.connection()
        now = datetime.now(UTC)
        stamps = {"version": 1, "created_at": now, "updated_at": now}

        def bulk(table: Any, rows: list[dict[str, Any]]) -> None:
            target: Table = table if isinstance(table, Table) else table.__table__
            for start in range(0, len(rows), 5_000):
                conn.execute(insert(target), rows[start:start + 5_000])

        bulk(PartnerCityRow, [{"id": i, "name": n, "native_name": nn, "country": c,
                               "relation": Relation.TWIN_CITY.value, "contacts": [],
                               "notes": "", "time_zone": ZONES[c], **stamps}
                              for i, (n, nn, c) in enumerate(CITIES, start=1)])
        bulk(VenueRow, [{"id": i, "name": f"Venue {i:03d}", "address": f"Straße {i}, Dortmund",
                         "capacity": rng.choice([None, 20, 60, 120, 300]),
                         "accessible": rng.random() > 0.2, "accessibility_notes": "",
                         "contact": "", **stamps} for i in range(1, 121)])
        roles = [HostRole.MAYOR] * 3 + [HostRole.COUNCIL] * 40 + [HostRole.STAFF] * 25 + \
            [HostRole.INTERPRETER] * 20 + [HostRole.DRIVER] * 12
        bulk(HostPersonRow, [{"id": i, "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} ({i})",
                              "native_name": "", "role": r.value, "function": r.value.title(),
                              "rank": i,
                              "languages": ["de", "en", rng.choice(["fr", "tr", "ru"])],
                              "email": "", "phone": "", **stamps}
                             for i, r in enumerate(roles, start=1)])
        # Five coaches for whole delegations, ten minibuses for small groups.
        bulk(ResourceRow, [{"id": i, "name": f"Reisebus {i}" if i <= 5 else f"Kleinbus {i}",
                            "kind": "vehicle", "capacity": 45 if i <= 5 else 8,
                            "venue_id": None, "notes": "", **stamps} for i in range(1, 16)])
        say("reference data")
        staff = [i for i, r in enumerate(roles, start=1) if r in (HostRole.MAYOR,
                                                                  HostRole.COUNCIL,
                                                                  HostRole.STAFF)]
        interpreters = [i for i, r in enumerate(roles, start=1) if r == HostRole.INTERPRETER]
        drivers = [i for i, r in enumerate(roles, start=1) if r == HostRole.DRIVER]
        first_day = datetime(2026 - size.years, 1, 5, 8, 0, tzinfo=UTC)
        span_days = size.years * 365
        delegations, members, items = [], [], []
        links_d, links_m, links_h = [], [], []
        member_id = item_id = 0
        for d in range(1, size.delegations + 1):
            city = rng.randrange(len(CITIES)) + 1
            arrival = first_day + timedelta(days=span_days * (d - 1) / size.delegations,
                                            hours=rng.randrange(0, 10))
            departure = arrival  # set below, after the last programme item
            title = f"Delegation {CITIES[city - 1][0]} {arrival.year} #{d}"
            delegations.append({
                "id": d, "title": {"de": title, "en": title}, "sort_title": title,
                "partner_city_id": city, "occasion": rng.choice(["Partnerschaftstreffen",
                                                                 "DORTBUNT!", "Fachbesuch",
                                                                 "Jubiläum", "Jugendaustausch"]),
                "status": (DelegationStatus.COMPLETED if arrival < now
                           else DelegationStatus.CONFIRMED).value,
                "arrival_at": arrival, "arrival_mode": "flight", "arrival_reference": "",
                "arrival_place": "", "departure_at": departure, "departure_mode": "flight",
                "departure_reference": "", "departure_place": "", "hotel_venue_id": None,
                "languages": ["en"], "officer_id": rng.choice(staff), "notes_internal": "",
                **stamps})
            own_members = []
            for rank in range(1, size.members_per_delegation + 1):
                member_id += 1
                own_members.append(member_id)
                members.append({
                    "id": member_id, "delegation_id": d,
                    "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                    "native_name": rng.choice(NATIVE), "salutation": "", "title": "Councillor",
                    "gender": None, "rank": rank, "is_head": rank == 1,
                    # A few guests speak only their own language: they need an interpreter.
                    "languages": ["zh"] if rank > 1 and rng.random() < 0.005 else
                    rng.choice([["en"], ["en", "de"], ["fr", "en"], ["tr", "en"]]),
                    "dietary": rng.choice(["", "", "", "vegetarian", "halal", "kosher"]),
                    "accessibility": "", "email": "", "phone": "", "arrival_at": None,
                    "arrival_mode": None, "arrival_reference": "", "arrival_place": "",
                    "departure_at": None, "departure_mode": None, "departure_reference": "",
                    "departure_place": "", **stamps})
            slot = arrival + timedelta(hours=2)
            for n in range(size.items_per_delegation):
                item_id += 1
                length = timedelta(minutes=rng.choice([45, 60, 90, 120]))
                start = slot
                slot = start + length + timedelta(minutes=rng.choice([30, 45, 60]))
                if slot.hour >= 20:
                    slot = slot.replace(hour=8) + timedelta(days=1)
                kind = ItemKind.GOLDEN_BOOK if n == 3 else rng.choice(KINDS)
                items.append({
                    "id": item_id, "kind": kind.value,
                    "title": {"de": f"{kind.value.title()} {n + 1}",
                              "en": f"{kind.value.title()} {n + 1}"},
                    "description": {}, "start_at": start, "end_at": start + length,
                    "venue_id": rng.randint(1, 120), "all_members": n % 3 != 0,
                    "vehicle_id": (rng.randint(1, 5) if n % 3 else rng.randint(6, 15))
                    if kind == ItemKind.TRANSFER else None,
                    "dress_code": "", "notes_internal": "", "guest_notes": {},
                    "needs_acknowledged": rng.random() < 0.95, "status": "planned", **stamps})
                links_d.append({"item_id": item_id, "delegation_id": d})
                if n % 3 == 0:
                    links_m.extend({"item_id": item_id, "member_id": m}
                                   for m in rng.sample(own_members, k=min(3, len(own_members))))
                links_h.append({"item_id": item_id, "host_id": rng.choice(staff),
                                "role": ItemRole.HOST.value})
                if rng.random() < 0.3 or n % 3 == 0:
                    links_h.append({"item_id": item_id, "host_id": rng.choice(interpreters),
                                    "role": ItemRole.INTERPRETER.value})
                if kind == ItemKind.TRANSFER:
                    links_h.append({"item_id": item_id, "host_id": rng.choice(drivers),
                                    "role": ItemRole.DRIVER.value})
            delegations[-1]["departure_at"] = items[-1]["end_at"] + timedelta(hours=2)
        for table, rows, label in ((DelegationRow, delegations, "delegations"),
                                   (MemberRow, members, "members"),
                                   (ProgrammeItemRow, items, "programme items"),
                                   (item_delegation, links_d, "item links"),
                                   (item_member, links_m, "participants"),
                                   (item_host, links_h, "hosts")):
            bulk(table, rows)
            say(label)
        books = [{"id": b, "number": b, "title": f"Goldenes Buch, Band {b}",
                  "first_date": None, "last_date": None, "pages": 200, **stamps}
                 for b in range(1, 6)]
        bulk(GoldenBookRow, books)
        entries, signers = [], []
        for e in range(1, size.golden_book_entries + 1):
            d = delegations[(e - 1) * len(delegations) // size.golden_book_entries]
            signed = d["arrival_at"].date() + timedelta(days=1)
            book = min(5, 1 + (e - 1) * 5 // size.golden_book_entries)
            entries.append({
                "id": e, "book_id": book, "number": e, "page": 1 + (e - 1) % 200,
                "signed_on": signed if isinstance(signed, date) else None, "place": "Rathaus",
                "occasion": d["occasion"], "delegation_id": d["id"], "item_id": None,
                "inscription": "Mit herzlichem Dank für die Gastfreundschaft.",
                "status": "signed", **stamps})
            signer = {"id": e, "entry_id": e, "position": 1,
                      "name": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                      "native_name": rng.choice(NATIVE), "function": "Mayor",
                      "member_id": None, "host_id": None}
            signers.append(signer)
            city_name, city_native, country = CITIES[d["partner_city_id"] - 1]
            entries[-1]["search_text"] = search_blob(
                signer["name"], signer["native_name"], signer["function"], d["occasion"],
                "Rathaus", entries[-1]["inscription"], d["sort_title"], city_name, city_native,
                country)
        bulk(GoldenBookEntryRow, entries)
        bulk(SignerRow, signers)
        say("golden book")
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn)
        mark_changed(session, "partners", "venues", "people", "resources", "delegations",
                     "members", "programme", "golden_book")
        return {"delegations": len(delegations), "members": len(members),
                "programme_items": len(items), "golden_book_entries": len(entries)}


def _reset_sequences(conn: Any) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the inserted rows."""
    from sqlalchemy import text

    for table in ("partner_city", "venue", "host_person", "resource", "delegation", "member",
                  "programme_item", "golden_book", "golden_book_entry", "golden_book_signer"):
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                          f"coalesce((SELECT max(id) FROM {table}), 1))"))
