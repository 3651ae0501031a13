"""A DORTBUNT! weekend to look at: demo data and `python -m planner.ui.timeline.demo`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from planner.domain.scheduling import (
    BERLIN,
    Person,
    PlanningRules,
    Schedule,
    ScheduledItem,
    Stay,
    Vehicle,
    Venue,
)

AMIENS, XIAN, NETANYA, NOVI_SAD = 1, 2, 3, 4
DELEGATIONS = {
    AMIENS: "Amiens (Frankreich)",
    XIAN: "Xi'an (China)",
    NETANYA: "Netanya (Israel)",
    NOVI_SAD: "Novi Sad (Serbien)",
}
FESTSAAL, ZIMMER, MUSEUM, PARK, U_TOWER, HOTEL = 1, 2, 3, 4, 5, 6


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=BERLIN)


PEOPLE = [
    Person.host(1, "Oberbürgermeister Thomas Westphal", ("de", "en"), "mayor"),
    Person.host(2, "Bürgermeisterin Petra Adler", ("de", "en", "fr")),
    Person.host(3, "Sabine Weber", ("de", "en"), "staff"),
    Person.host(4, "Li Na", ("de", "zh"), "interpreter"),
    Person.host(5, "Marie Dubois", ("de", "fr"), "interpreter"),
    Person.host(6, "Jürgen Schmidt", ("de",), "driver"),
    Person.host(7, "Dragana Petrović", ("de", "sr"), "interpreter"),
    Person.member(11, "Brigitte Fouré", ("fr",), dietary="vegetarisch"),
    Person.member(12, "Hubert de Jenlis", ("fr", "en")),
    Person.member(21, "Zhang Wei", ("zh",), accessibility="Rollstuhl"),
    Person.member(22, "Wang Fang", ("zh", "en")),
    Person.member(31, "מרים לוי", ("he", "en")),
    Person.member(41, "Ђорђе Петровић", ("sr",)),
]
VENUES = [
    Venue(FESTSAAL, "Rathaus, Festsaal", 120),
    Venue(ZIMMER, "Rathaus, Zimmer 112", 10),
    Venue(MUSEUM, "Deutsches Fußballmuseum"),
    Venue(PARK, "Westfalenpark"),
    Venue(U_TOWER, "Dortmunder U", 80),
    Venue(HOTEL, "Hotel Königshof"),
]
VEHICLES = [Vehicle(1, "Minibus DO-PL 100", 8), Vehicle(2, "Dienstwagen DO-OB 1", 3)]
RULES = PlanningRules(
    travel_minutes={
        (FESTSAAL, MUSEUM): 10,
        (FESTSAAL, PARK): 20,
        (ZIMMER, PARK): 20,
        (FESTSAAL, U_TOWER): 10,
        (HOTEL, FESTSAAL): 10,
        (MUSEUM, U_TOWER): 10,
        (U_TOWER, PARK): 15,
    }
)
STAYS = [
    Stay(AMIENS, at(8, 17), at(11, 12), "der Delegation aus Amiens"),
    Stay(XIAN, at(9, 7, 30), at(11, 15), "der Delegation aus Xi'an"),
    Stay(NETANYA, at(8, 20), at(10, 20), "der Delegation aus Netanya"),
    Stay(NOVI_SAD, at(9, 8), at(10, 18), "der Delegation aus Novi Sad"),
]
ALL = (AMIENS, XIAN, NETANYA, NOVI_SAD)
EVERYONE = (11, 12, 21, 22, 31, 41)


def _item(
    ident: int, kind: str, title: str, start: datetime, end: datetime, **kw: object
) -> ScheduledItem:
    return ScheduledItem(ident, kind, title, start, end, **kw)  # type: ignore[arg-type]


# fmt: off
# The programme as the protocol office would type it; three slips are left in on purpose:
# the mayor in two places at 10:15, too little time from the park to the town hall at 16:00,
# and Brigitte Fouré's diet not yet confirmed for lunch.
ITEMS = [
    _item(1, "transfer", "Abholung Hotel", at(9, 9, 20), at(9, 9, 50), delegation_ids=(AMIENS,),
          vehicle_id=1, member_ids=(11, 12), driver_ids=(6,)),
    _item(2, "ceremony", "Empfang im Rathaus", at(9, 10), at(9, 11, 30), delegation_ids=ALL,
          venue_id=FESTSAAL, member_ids=(11, 12, 31, 41), host_ids=(1, 2),
          interpreter_ids=(5, 7)),
    _item(3, "golden_book", "Eintrag ins Goldene Buch", at(9, 11, 30), at(9, 11, 55),
          delegation_ids=(AMIENS, NETANYA), venue_id=FESTSAAL, member_ids=(11, 31),
          host_ids=(1,), interpreter_ids=(5,), signer_member_ids=(11, 31), signer_host_ids=(1,)),
    _item(4, "visit", "Besuch Fußballmuseum", at(9, 10, 15), at(9, 12), delegation_ids=(XIAN,),
          venue_id=MUSEUM, member_ids=(21, 22), host_ids=(1,), interpreter_ids=(4,),
          needs_acknowledged=True),
    _item(5, "meal", "Mittagessen im Dortmunder U", at(9, 12, 15), at(9, 13, 45),
          delegation_ids=ALL, venue_id=U_TOWER, member_ids=EVERYONE, host_ids=(2, 3),
          interpreter_ids=(4, 5, 7)),
    _item(6, "visit", "DORTBUNT! Festivalrundgang", at(9, 14), at(9, 16), delegation_ids=ALL,
          venue_id=PARK, member_ids=EVERYONE, host_ids=(1, 3), interpreter_ids=(4, 5, 7),
          needs_acknowledged=True),
    _item(7, "press", "Pressegespräch Städtepartnerschaften", at(9, 16, 10), at(9, 17),
          delegation_ids=(NOVI_SAD,), venue_id=ZIMMER, host_ids=(1,)),
    _item(8, "free_time", "Zeit zur freien Verfügung", at(9, 16, 30), at(9, 18, 30),
          delegation_ids=(AMIENS, XIAN, NETANYA), member_ids=(11, 12, 21, 22, 31)),
    _item(9, "meal", "Festabend", at(9, 19), at(9, 22), delegation_ids=ALL, venue_id=FESTSAAL,
          member_ids=EVERYONE, host_ids=(1, 2), interpreter_ids=(4, 5, 7),
          needs_acknowledged=True),
    _item(10, "visit", "DORTBUNT! Nachtprogramm", at(9, 22, 30), at(10, 0, 45),
          delegation_ids=(NETANYA, NOVI_SAD), venue_id=PARK, member_ids=(31, 41),
          host_ids=(3,), interpreter_ids=(7,), needs_acknowledged=True),
    _item(11, "transfer", "Fahrt zum Hotel", at(9, 22, 10), at(9, 22, 40),
          delegation_ids=(XIAN,), vehicle_id=2, member_ids=(21, 22), driver_ids=(6,)),
    _item(12, "meeting", "Fachgespräch Wirtschaft", at(10, 10), at(10, 11, 30),
          delegation_ids=(XIAN,), venue_id=ZIMMER, member_ids=(21, 22), host_ids=(2,),
          interpreter_ids=(4,)),
]
# fmt: on


def demo_schedule() -> Schedule:
    return Schedule(
        ITEMS, people=PEOPLE, venues=VENUES, vehicles=VEHICLES, stays=STAYS, rules=RULES
    )


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from planner.ui.timeline.controller import TimelineController
    from planner.ui.timeline.view import TimelineView

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--axis", default="delegation")
    parser.add_argument("--week", action="store_true")
    parser.add_argument("--screenshot", help="save a PNG of the window and quit")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = TimelineView(args.lang)
    TimelineController(view, demo_schedule(), delegation_names=DELEGATIONS)
    view.set_date(at(9, 12).date())
    view.set_axis(args.axis)
    if args.week:
        view.set_mode("week")
    view.resize(1400, 720)
    view.show()
    if args.screenshot:
        app.processEvents()
        view.grab().save(args.screenshot)
        return 0
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
