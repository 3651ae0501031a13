"""Retention of guests' personal data: what is due, anonymising it, and subject access."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from planner.domain.enums import DelegationStatus, ItemKind
from planner.domain.errors import ValidationError
from planner.domain.records import Delegation, Journey, Member, ProgrammeItem
from planner.services import Services
from planner.services.privacy import PERSONAL_FIELDS, Privacy, months_before
from planner.store.models import (
    AuditRow,
    GiftRow,
    GoldenBookEntryRow,
    GoldenBookRow,
    SignerRow,
)
from tests.services.conftest import dump

NOW = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
MARKERS = {"email": "ayse.private@example.org", "phone": "+90 555 0101",
           "dietary": "DIET-MARKER halal", "accessibility": "ACCESS-MARKER wheelchair",
           "nationality": "NATION-MARKER", "passport_number": "U99887766"}
PASSPORT_DATES = {"date_of_birth": date(1980, 2, 29), "passport_expires": date(2031, 5, 1)}


def _delegation(services: Services, title: str, departure: datetime | None,
                arrival: datetime | None = None) -> int:
    saved = services.delegations.save(Delegation(
        title={"de": title}, status=DelegationStatus.CONFIRMED,
        arrival=Journey(at=arrival or (departure - timedelta(days=3) if departure else None)),
        departure=Journey(at=departure)))
    assert saved.id is not None
    return saved.id


def _guest(services: Services, delegation_id: int, name: str, rank: int = 1,
           **fields: str) -> Member:
    return services.members.save(Member(
        delegation_id=delegation_id, name=name, rank=rank,
        arrival=Journey(reference="TK 1523"), departure=Journey(reference="TK 1524"),
        **{**MARKERS, **PASSPORT_DATES, **fields}))


@pytest.fixture
def office(services: Services) -> dict[str, object]:
    old = _delegation(services, "Trabzon 2023", NOW - timedelta(days=800))
    recent = _delegation(services, "Trabzon 2026", NOW - timedelta(days=60))
    undated = _delegation(services, "Trabzon 2019", None)
    services.programme.save(ProgrammeItem(
        delegation_ids=(undated,), kind=ItemKind.MEETING, title={"de": "Empfang"},
        start=datetime(2019, 6, 1, 10, tzinfo=UTC), end=datetime(2019, 6, 1, 11, tzinfo=UTC)))
    ayse = _guest(services, old, "Ayşe Öztürk")
    quiet = services.members.save(Member(delegation_id=old, name="No Data", rank=2))
    stayed = _guest(services, old, "Stayed On", rank=3)
    services.members.save(Member(**{**_fields(stayed), "departure": Journey(
        at=NOW - timedelta(days=30), reference="TK 1")}))
    _guest(services, recent, "Ayşe Öztürk")
    old_2019 = _guest(services, undated, "İbrahim Yılmaz", email="ib@example.org")
    with services.ctx.write() as session:
        book = GoldenBookRow(number=3)
        session.add(book)
        session.flush()
        entry = GoldenBookEntryRow(book_id=book.id, number=1, signed_on=date(2024, 9, 1),
                                   delegation_id=old)
        session.add(entry)
        session.flush()
        session.add(SignerRow(entry_id=entry.id, position=1, name="Ayşe Öztürk",
                              member_id=ayse.id))
        session.add(GiftRow(direction="received", description="Tea set",
                            giver_name="AYŞE ÖZTÜRK", value_eur=Decimal("40.00")))
    return {"old": old, "recent": recent, "undated": undated, "ayse": ayse, "quiet": quiet,
            "stayed": stayed, "old_2019": old_2019}


def _fields(member: Member) -> dict[str, object]:
    return {f: getattr(member, f) for f in member.__slots__}  # type: ignore[attr-defined]


def test_report_lists_guests_of_visits_past_the_retention_period(
        services: Services, office: dict[str, object]) -> None:
    privacy = Privacy(services.ctx)
    assert privacy.retention_months() == 24
    report = privacy.report(now=NOW)
    assert report.cutoff == datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
    due = {(m.name, m.delegation_id): m for m in report.members}
    ayse = office["ayse"]
    assert set(due) == {("Ayşe Öztürk", office["old"]), ("İbrahim Yılmaz", office["undated"])}
    assert due[("Ayşe Öztürk", office["old"])].member_id == ayse.id  # type: ignore[attr-defined]
    assert due[("Ayşe Öztürk", office["old"])].fields == PERSONAL_FIELDS
    assert due[("İbrahim Yılmaz", office["undated"])].visit_ended == \
        datetime(2019, 6, 1, 11, tzinfo=UTC)
    json.dumps(report.as_json())
    privacy.set_retention_months(120)
    assert privacy.report(now=NOW).members == ()
    with pytest.raises(ValidationError):
        privacy.set_retention_months(-1)


def test_apply_anonymises_keeps_names_and_scrubs_the_audit_trail(
        services: Services, office: dict[str, object]) -> None:
    privacy = Privacy(services.ctx)
    result = privacy.apply(now=NOW)
    assert result.members == 2 and result.fields == 2 * len(PERSONAL_FIELDS)
    assert result.audit_rows_redacted >= 2
    ayse = services.members.get(office["ayse"].id)  # type: ignore[attr-defined]
    assert ayse.name == "Ayşe Öztürk"
    assert all(getattr(ayse, f) == "" for f in ("email", "phone", "dietary", "accessibility",
                                                "nationality", "passport_number"))
    assert ayse.date_of_birth is None and ayse.passport_expires is None
    assert ayse.arrival.reference == "" and ayse.departure.reference == ""
    assert ayse.version == office["ayse"].version + 1  # type: ignore[attr-defined]
    recent = [m for m in services.members.list(office["recent"]) if m.name == "Ayşe Öztürk"]
    assert recent[0].email == MARKERS["email"], "a recent visit keeps its data"
    stayed = services.members.get(office["stayed"].id)  # type: ignore[attr-defined]
    assert stayed.email == MARKERS["email"], "counted from the member's own departure"
    with services.ctx.read() as session:
        audit = list(session.scalars(select(AuditRow).order_by(AuditRow.id)))
        signer = session.scalars(select(SignerRow)).one()
        assert signer.name == "Ayşe Öztürk"
    text = "\n".join(json.dumps(a.changes, ensure_ascii=False) for a in audit
                     if a.entity == "member" and a.entity_id in (
                         office["ayse"].id, office["old_2019"].id))  # type: ignore[attr-defined]
    for marker in (*MARKERS.values(), "ib@example.org", "TK 1523", "1980-02-29"):
        assert marker not in text
    events = [a for a in audit if a.action == "anonymise"]
    assert {a.entity_id for a in events} == {office["ayse"].id,  # type: ignore[attr-defined]
                                             office["old_2019"].id}  # type: ignore[attr-defined]
    assert all(a.os_user == "test-officer" for a in events)
    assert privacy.report(now=NOW).members == ()
    assert privacy.apply(now=NOW).members == 0


def test_export_person_gives_everything_stored(services: Services,
                                               office: dict[str, object]) -> None:
    exported = Privacy(services.ctx).export_person("ayşe öztürk")
    text = json.dumps(exported, ensure_ascii=False)
    records = exported["records"]
    assert len(records["members"]) == 2
    assert {m["email"] for m in records["members"]} == {MARKERS["email"]}
    assert [s["name"] for s in records["golden_book_signers"]] == ["Ayşe Öztürk"]
    assert [g["description"] for g in records["gifts"]] == ["Tea set"]
    assert {v["delegation_id"] for v in records["visits"]} == {office["old"], office["recent"]}
    member_audit = [a for a in records["audit_log"] if a["entity"] == "member"]
    assert {a["action"] for a in member_audit} == {"insert"} and len(member_audit) == 2
    assert "İbrahim" not in text
    assert Privacy(services.ctx).export_person("Nobody")["records"]["members"] == []


def test_months_before_handles_short_months() -> None:
    assert months_before(datetime(2026, 3, 31, tzinfo=UTC), 1) == datetime(2026, 2, 28,
                                                                           tzinfo=UTC)
    assert months_before(datetime(2026, 1, 15, tzinfo=UTC), 24) == datetime(2024, 1, 15,
                                                                            tzinfo=UTC)
    assert months_before(datetime(2026, 3, 30, tzinfo=UTC), 25) == datetime(2024, 2, 29,
                                                                            tzinfo=UTC)


def test_database_file_is_private(sqlite_services: Services) -> None:
    path = sqlite_services.database.path
    assert path is not None and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_erase_anonymises_one_guest_in_every_visit_now(services: Services,
                                                       office: dict[str, object]) -> None:
    privacy = Privacy(services.ctx)
    erased = privacy.erase("AYŞE ÖZTÜRK")  # any case
    assert len(erased.member_ids) == 2 and erased.audit_rows_redacted >= 2
    for member_id in erased.member_ids:
        kept = services.members.get(member_id)
        assert kept.name == "Ayşe Öztürk"
        assert (kept.email, kept.passport_number, kept.date_of_birth) == ("", "", None)
    others = services.members.get(office["stayed"].id)  # type: ignore[attr-defined]
    assert others.email == MARKERS["email"], "only the guest asked about"
    with services.ctx.read() as session:
        audit = list(session.scalars(select(AuditRow).where(AuditRow.entity == "member")))
    text = "\n".join(json.dumps(a.changes, ensure_ascii=False) for a in audit
                     if a.entity_id in erased.member_ids)
    assert all(marker not in text for marker in MARKERS.values())
    assert sum(1 for a in audit if a.action == "erase") == 2
    before = dump(services)
    with pytest.raises(ValidationError, match="no guest named 'Nobody Here'"):
        privacy.erase("Nobody Here")
    assert dump(services) == before
