"""Benchmark of the conflict engine on a synthetic ten-year archive, against the naive reference.

Run: python benchmarks/bench_conflicts.py [--sample 3000] [--edits 200] [--seed 20260509]
                                         [--no-database]
Targets (issue 4): full check < 1 s for 60,000 items, one edited item rechecked < 10 ms.

Two archives: one generated here in memory (its conflict set is fingerprinted, so a faster
engine must find exactly the same conflicts), and the one `planner demo --scale 10y` writes,
loaded from SQLite the way `planner check` loads it.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from planner.domain.scheduling import (
    BERLIN,
    LANE_KINDS,
    Conflict,
    Person,
    PlanningRules,
    Schedule,
    ScheduledItem,
    Stay,
    Vehicle,
    Venue,
    cyclic_gc_paused,
)
from planner.domain.scheduling.reference import naive_lane_conflicts

DELEGATIONS, MEMBERS_EACH, ITEMS_EACH = 2_000, 10, 30
# Fingerprints of the full archive's conflict set, recorded before the engine was sped up
# for issue 4: a faster engine must still find exactly these conflicts.
RECORDED = {20260509: "1c369178f766f177"}
LANGUAGES = ["fr", "en", "pl", "ru", "zh", "he", "tr", "sr", "uk", "it", "es", "ar"]
KINDS = ["meeting", "meal", "visit", "ceremony", "press", "visit", "meal", "meeting"]


class Archive:
    """Ten years of delegation visits, generated in memory from one seed."""

    def __init__(self, seed: int) -> None:
        rnd = random.Random(seed)
        self.venues = [
            Venue(1, "Rathaus, Festsaal", 200),
            Venue(2, "Rathaus, Ratssaal", 90),
            Venue(3, "Deutsches Fußballmuseum", None),
            Venue(4, "Westfalenpark", None),
        ]
        for vid in range(5, 301):
            cap = rnd.choice([None, 12, 20, 30, 40, 60, 80, 120, 250])
            self.venues.append(Venue(vid, f"Ort {vid}", cap))
        self.vehicles = [
            Vehicle(v, f"Fahrzeug {v}", rnd.choice([3, 4, 8, 8, 19])) for v in range(1, 41)
        ]
        self.rules = PlanningRules(
            travel_minutes={
                (a, b): rnd.randint(5, 45)
                for a in range(1, 60)
                for b in range(a + 1, 60)
                if rnd.random() < 0.5
            },
            default_travel_minutes=20,
        )
        self.travel = self.rules.travel_table()
        hosts = [Person.host(1, "Oberbürgermeister Thomas Westphal", ("de", "en"), "mayor")]
        hosts += [Person.host(h, f"Gastgeber {h}", ("de", "en"), "council") for h in range(2, 400)]
        hosts += [
            Person.host(h, f"Dolmetscher {h}", ("de", rnd.choice(LANGUAGES)), "interpreter")
            for h in range(400, 520)
        ]
        hosts += [Person.host(h, f"Fahrer {h}", ("de",), "driver") for h in range(520, 580)]
        interpreters = {
            lang: [p.key[1] for p in hosts[399:519] if lang in p.languages] for lang in LANGUAGES
        }
        self.people = list(hosts)
        self.stays: list[Stay] = []
        self.items: list[ScheduledItem] = []
        first_day = datetime(2017, 1, 2, tzinfo=BERLIN)
        for d in range(1, DELEGATIONS + 1):
            lang = rnd.choice(LANGUAGES)
            members = list(range((d - 1) * MEMBERS_EACH + 1, d * MEMBERS_EACH + 1))
            for m in members:
                self.people.append(
                    Person.member(
                        m,
                        f"Mitglied {m}",
                        (lang, "en") if rnd.random() < 0.4 else (lang,),
                        dietary="vegetarisch" if rnd.random() < 0.1 else "",
                        accessibility="Rollstuhl" if rnd.random() < 0.02 else "",
                    )
                )
            day0 = first_day + timedelta(days=rnd.randrange(3650))
            # Rows come from the database as UTC instants; display converts to Berlin.
            arrival = day0.replace(hour=rnd.choice([7, 9, 11])).astimezone(UTC)
            self.stays.append(
                Stay(d, arrival, arrival + timedelta(days=4, hours=12), f"Delegation {d}")
            )
            self._programme(rnd, d, members, arrival, interpreters.get(lang) or [400])

    def _programme(
        self,
        rnd: random.Random,
        d: int,
        members: list[int],
        arrival: datetime,
        interpreters: list[int],
    ) -> None:
        """A sensibly planned visit: journeys allowed for, seats and interpreters booked;
        about one item in fifty carries a planning slip so the archive has real conflicts."""
        at, venue = arrival + timedelta(minutes=40), None
        for n in range(ITEMS_EACH):
            if at.astimezone(BERLIN).hour >= 21:  # next morning
                at = (at + timedelta(days=1)).astimezone(BERLIN).replace(hour=8, minute=30)
            slip = rnd.random() < 0.02
            minutes = rnd.choice([30, 45, 60, 90, 120, 150])
            kind = rnd.choice(KINDS) if n % 6 else "transfer"
            hosts = (1,) if rnd.random() < 0.05 else ()
            hosts += tuple(rnd.sample(range(2, 400), rnd.randint(1, 2)))
            who = tuple(members) if rnd.random() < 0.8 else tuple(rnd.sample(members, 4))
            head = len(who) + len(hosts) + 1
            place = None if kind == "transfer" else self._venue_for(rnd, head, slip)
            if place is not None and venue is not None and place != venue and not slip:
                at += timedelta(minutes=self.travel.get((venue, place), 20))
            self.items.append(
                ScheduledItem(
                    id=len(self.items) + 1,
                    kind=kind,
                    title=f"{kind} {d}/{n}",
                    start=at.astimezone(UTC),
                    end=(at + timedelta(minutes=minutes)).astimezone(UTC),
                    delegation_ids=(d,),
                    venue_id=place,
                    vehicle_id=self._vehicle_for(rnd, head, slip) if kind == "transfer" else None,
                    member_ids=who,
                    host_ids=hosts,
                    interpreter_ids=() if slip else (rnd.choice(interpreters),),
                    driver_ids=(520 + rnd.randrange(60),) if kind == "transfer" else (),
                    needs_acknowledged=not slip,
                )
            )
            venue = place if place is not None else venue
            at += timedelta(minutes=minutes + rnd.choice([0, 15, 30, 45]))

    def _venue_for(self, rnd: random.Random, head: int, slip: bool) -> int:
        while True:
            venue = self.venues[rnd.randrange(len(self.venues))]
            if slip or venue.capacity is None or venue.capacity >= head:
                return venue.id

    def _vehicle_for(self, rnd: random.Random, head: int, slip: bool) -> int:
        fitting = [v.id for v in self.vehicles if slip or (v.seats or 0) >= head]
        return rnd.choice(fitting)

    def schedule(self, items: list[ScheduledItem] | None = None) -> Schedule:
        return Schedule(
            self.items if items is None else items,
            people=self.people,
            venues=self.venues,
            vehicles=self.vehicles,
            stays=self.stays,
            rules=self.rules,
        )


def timed(fn, repeat: int = 1):  # type: ignore[no-untyped-def]
    """Best CPU time of `repeat` runs and the last result.

    CPU time, not wall time: the benchmark machines are shared, and time spent waiting for a
    core says nothing about the engine. `wall` keeps the wall time of the best run.
    """
    best, result = float("inf"), None
    for _ in range(repeat):
        w0, t0 = time.perf_counter(), time.process_time()
        result = fn()
        spent = time.process_time() - t0
        if spent < best:
            best, timed.wall = spent, time.perf_counter() - w0  # type: ignore[attr-defined]
    return best, result


class CollectorClock:
    """CPU seconds the cyclic garbage collector spends, as a gc callback: a collection is
    due after so many allocations anywhere in the process, and lands in whatever call runs
    then; it is Python's, not the engine's, and is reported apart."""

    def __init__(self) -> None:
        self.spent = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.spent += time.process_time() - self._started


def fingerprint(conflicts: list[Conflict]) -> str:
    """A short hash of the conflict set: every (kind, item ids, subject), sorted."""
    identities = sorted(c.identity for c in conflicts)
    return hashlib.sha256(repr(identities).encode()).hexdigest()[:16]


def machine_speed() -> str:
    """A yardstick for reading the figures: how fast plain Python loops run here."""
    t0 = time.process_time()
    for _ in range(10_000_000):
        pass
    spent = time.process_time() - t0
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"machine: 10M empty loop iterations take {spent:.2f} s CPU "
        f"({spent * 100:.0f} ns each), load average {load:.2f}, Python "
        f"{sys.version.split()[0]}"
    )


def database_archive() -> tuple[Schedule, float, float]:
    """The archive of `planner demo --scale 10y`, built into a temporary SQLite file and
    loaded as `planner check` loads it; with the seconds both took (wall time: most of it
    is SQLite)."""
    from planner.services import Services
    from planner.services.archive import build_archive
    from planner.services.conflicts import ConflictCheck

    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(str(Path(folder) / "archive.sqlite"))
        try:
            w0 = time.perf_counter()
            build_archive(services.ctx)
            w1 = time.perf_counter()
            loaded = ConflictCheck(services.ctx).schedule()
            w2 = time.perf_counter()
        finally:
            services.close()
    return loaded, w1 - w0, w2 - w1


def fresh_check(loaded: Schedule) -> list[Conflict]:
    """A fresh index of the same rows and its first full check."""
    d = loaded.directory
    return Schedule(
        list(loaded),
        people=d.people.values(),
        venues=d.venues.values(),
        vehicles=d.vehicles.values(),
        stays=d.stays.values(),
        rules=loaded.rules,
    ).check_all()


def from_scratch(check, repeat: int = 5):  # type: ignore[no-untyped-def]
    """CPU seconds of the best of `repeat` checks from scratch (a fresh index and its first
    full check, with the cyclic collector paused around both, as the services run them),
    the collector's first pass afterwards over what they built, and the conflicts.

    That pass is not part of the check, but somebody pays it, so it is printed too.
    """
    best = (float("inf"), 0.0, [])
    for _ in range(repeat):
        gc.collect()  # start every run on the same footing
        t0 = time.process_time()
        with cyclic_gc_paused():
            found = check()
        t1 = time.process_time()
        gc.collect(0)
        t2 = time.process_time()
        if t1 - t0 < best[0]:
            best = (t1 - t0, t2 - t1, found)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=3_000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20260509)
    parser.add_argument(
        "--no-database", action="store_true", help="skip the archive of planner demo --scale 10y"
    )
    args = parser.parse_args()

    print(machine_speed())
    t_gen, archive = timed(lambda: Archive(args.seed))
    n = len(archive.items)
    print(
        f"archive: {DELEGATIONS} delegations, {len(archive.people)} people, "
        f"{len(archive.venues)} venues, {len(archive.vehicles)} vehicles, {n} items "
        f"(generated in {t_gen:.2f} s)"
    )

    # First, as `planner check` meets it: a fresh index on a fresh heap. (Measured before
    # the rest, so that its garbage is long collected when the rechecks below are timed.)
    t_cold, t_cold_gc, _ = from_scratch(lambda: archive.schedule().check_all())
    t_build, schedule = timed(archive.schedule, repeat=5)
    w_build = timed.wall  # type: ignore[attr-defined]
    t_check, conflicts = timed(schedule.check_all, repeat=5)
    w_check = timed.wall  # type: ignore[attr-defined]
    print(
        f"engine full check (CPU, best of 5): index build {t_build * 1000:.0f} ms + check_all "
        f"{t_check * 1000:.0f} ms = {(t_build + t_check) * 1000:.0f} ms "
        f"(wall {(w_build + w_check) * 1000:.0f} ms; {len(conflicts)} conflicts)"
    )
    for kind, count in sorted(Counter(c.kind.value for c in conflicts).items()):
        print(f"    {kind:<22} {count:>6}")
    found, recorded = fingerprint(conflicts), RECORDED.get(args.seed)
    verdict = "no recorded one for this seed"
    if recorded is not None:
        verdict = "matches the recorded one" if found == recorded else f"DIFFERS from {recorded}"
    print(f"conflict set fingerprint {found} ({verdict})")
    print(
        f"first full check of a fresh index (build + first check_all, caches cold; CPU, "
        f"best of 5): {t_cold * 1000:.0f} ms; the collector's first pass afterwards over "
        f"what it built: {t_cold_gc * 1000:.0f} ms"
    )

    # A contiguous slice of the archive keeps the real density of a busy half year.
    sample = sorted(archive.items, key=lambda it: it.start)[: args.sample]
    t_naive, naive = timed(
        lambda: naive_lane_conflicts(sample, venues=archive.venues, rules=archive.rules)
    )
    t_small, small = timed(lambda: archive.schedule(sample).check_all())
    engine_ids = {c.identity for c in small if c.kind in LANE_KINDS}
    agree = "agree" if engine_ids == naive else f"DISAGREE ({len(engine_ids ^ naive)} differ)"
    naive_full = t_naive * (n / len(sample)) ** 2
    print(
        f"naive pairwise reference on {len(sample)} items: {t_naive:.2f} s "
        f"(engine on the same sample: {t_small * 1000:.0f} ms; {len(naive)} lane conflicts, "
        f"results {agree})"
    )
    print(
        f"naive extrapolated to {n} items (x{(n / len(sample)) ** 2:.0f}): "
        f"{naive_full:.0f} s = {naive_full / 60:.1f} min"
    )
    print(f"ratio naive/engine (full archive): {naive_full / (t_build + t_check):,.0f}x")

    # The collector's first passes over the index just built would otherwise land in the
    # first few edits below (about 10 ms each); they are the build's, not an edit's.
    gc.collect()
    rnd = random.Random(args.seed + 1)
    checks, replaces, collector = [], [], CollectorClock()
    gc.callbacks.append(collector)
    for _ in range(args.edits):
        item = rnd.choice(archive.items)
        shift = timedelta(minutes=5 * rnd.randint(-36, 36))
        moved = replace(
            item,
            start=item.start + shift,
            end=item.end + shift,
            venue_id=rnd.randint(1, 300) if item.venue_id else None,
        )
        collector.spent = 0.0
        t0 = time.process_time()
        schedule.check_item(moved)
        t1 = time.process_time()
        in_check, collector.spent = collector.spent, 0.0
        schedule.replace(moved)
        t2 = time.process_time()
        checks.append(((t1 - t0) * 1000, in_check * 1000))
        replaces.append((t2 - t1 - collector.spent) * 1000)
    gc.callbacks.remove(collector)
    own = [total - spent for total, spent in checks]
    worst_total, worst_spent = max(checks)
    print(
        f"single-item recheck over {args.edits} edits (CPU): check_item median "
        f"{statistics.median(own):.2f} ms, max {max(own):.2f} ms; replace (edit + update "
        f"known conflicts) median {statistics.median(replaces):.2f} ms, max "
        f"{max(replaces):.2f} ms (the collector's passes that fell into a call are not "
        f"counted: worst check_item with them {worst_total:.2f} ms, of which the collector "
        f"{worst_spent:.2f} ms)"
    )
    t_after, after = timed(schedule.check_all)
    known = {c.identity for c in schedule.conflicts()}
    print(
        f"after the edits: incremental state "
        f"{'matches' if known == {c.identity for c in after} else 'DIFFERS FROM'} "
        f"a fresh full check ({len(after)} conflicts, {t_after * 1000:.0f} ms) at "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )
    t_database = 0.0
    if not args.no_database:
        loaded, w_build, w_load = database_archive()
        t_database, t_database_gc, found_there = from_scratch(lambda: fresh_check(loaded))
        print(
            f"archive of `planner demo --scale 10y` ({len(loaded)} items; built in "
            f"{w_build:.1f} s, loaded from SQLite in {w_load:.1f} s, wall): first full check "
            f"of a fresh index (CPU, best of 5) {t_database * 1000:.0f} ms "
            f"({len(found_there)} conflicts); the collector's pass afterwards "
            f"{t_database_gc * 1000:.0f} ms"
        )
    # Judged on the check from scratch (a fresh index and its first check_all): that is what
    # `planner check` and opening the timeline pay; repeated checks of one index are cheaper.
    worst = max(t_cold, t_database)
    ok = worst < 1.0 and max(own) < 10.0
    print(f"targets (full check from scratch {worst * 1000:.0f} ms < 1 s, recheck max "
          f"{max(own):.2f} ms < 10 ms):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
