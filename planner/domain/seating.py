"""Who sits where at an official meal: the protocol rules as a pure function (docs/seating.md).

Tables are round, long (both sides, or one side facing the room) or U-shaped. The host sits
at the top of a round table, in the middle of a long table's side or of a U's base; the
principal guest at the host's right, the second-ranking guest at the host's left, then by
precedence alternating right and left. The co-host faces the host (continental style) or sits
at the far end (English style). Hosts and guests alternate around each table; guests of one
delegation are kept apart where a swap of equal honour allows it. The head table is filled
first; interpreters sit behind their principal unless the officer seats them at the table.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

SHAPES = ("round", "long", "long-one-side", "u")
STYLES = ("continental", "english")


@dataclass(frozen=True)
class Table:
    name: str
    seats: int
    shape: str = "round"


@dataclass(frozen=True)
class Sitter:
    """Someone to seat: a guest (member of a delegation) or a host (the city's side)."""

    key: str  # unique, e.g. "member:12" or "host:3"
    name: str
    side: str  # "guest" | "host"
    rank: int
    is_head: bool = False
    group: str = ""  # the guest's delegation: two of one group are not put side by side
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    """A chair: its number (1 = the host's), where it is drawn (table units), and who sits."""

    number: int
    x: float
    y: float
    facing: float  # direction the sitter looks, radians (0 = +x)
    sitter: Sitter | None = None


@dataclass(frozen=True)
class SeatedTable:
    table: Table
    places: list[Place]  # in order around the table (clockwise seen from above)
    host_place: int  # index into places
    cohost_place: int | None
    # Interpreters sitting behind a chair (not at the table): (interpreter, index of chair).
    behind: list[tuple[Sitter, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Plan:
    tables: list[SeatedTable]
    unseated: list[Sitter]


def by_precedence(people: Sequence[Sitter]) -> list[Sitter]:
    """Rank first, the head of delegation before others of the same rank, then by name."""
    return sorted(people, key=lambda p: (p.rank, not p.is_head, p.name))


def seat(tables: Sequence[Table], guests: Sequence[Sitter], hosts: Sequence[Sitter],
         style: str = "continental", interpreters: Sequence[Sitter] = (),
         interpreters_at_table: bool = False) -> Plan:
    """Seat everyone by the protocol rules; whoever does not fit is listed as unseated."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")
    for table in tables:
        if table.shape not in SHAPES:
            raise ValueError(f"table {table.name!r}: unknown shape {table.shape!r}; use one "
                             f"of {', '.join(SHAPES)}")
        if table.seats < 1:
            raise ValueError(f"table {table.name!r} needs at least one seat")
    guest_queue = deque(by_precedence(guests))
    host_list = list(by_precedence(hosts))
    if interpreters_at_table:
        host_list += by_precedence(interpreters)
    host_queue = deque(host_list)
    seated: list[SeatedTable] = []
    for position, table in enumerate(tables):
        later = len(tables) - position - 1
        # Keep one host for each later table while hosts last: every table has a host.
        reserve = min(later, max(0, len(host_queue) - 1))
        geometry = _geometry(table, style)
        host_type = _host_type_count(geometry, table.seats)
        hosts_here = min(len(host_queue) - reserve, max(1, host_type)) if host_queue else 0
        guests_here = min(len(guest_queue), table.seats - hosts_here)
        # The head table is never left with an empty chair while others are seated elsewhere.
        hosts_here = min(len(host_queue), table.seats - guests_here) if position == 0 \
            else hosts_here
        at_table = [host_queue.popleft() for _ in range(hosts_here)]
        seated_guests = [guest_queue.popleft() for _ in range(guests_here)]
        seated.append(_seat_table(table, geometry, at_table, seated_guests))
    plan = Plan(seated, [*guest_queue, *host_queue])
    if not interpreters_at_table and interpreters:
        plan = _interpreters_behind(plan, by_precedence(interpreters))
    return plan


# -- geometry -------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Geometry:
    chairs: list[tuple[float, float, float]]  # x, y, facing — clockwise seen from above
    ring: bool  # the last chair is next to the first
    host: int
    cohost: int | None
    breaks: frozenset[int] = frozenset()  # chair i is not next to chair i + 1
    facing_pairs: dict[int, int] = field(default_factory=dict)  # chair → chair across


def _geometry(table: Table, style: str) -> _Geometry:
    n = table.seats
    if table.shape == "round":
        chairs = [(math.cos(a), math.sin(a), a + math.pi)
                  for a in (math.pi / 2 - 2 * math.pi * k / n for k in range(n))]
        return _Geometry(chairs, True, 0, n // 2 if n > 2 else None)
    if table.shape == "long-one-side":
        chairs = [(k - (n - 1) / 2, 0.0, -math.pi / 2) for k in range(n)]
        centre = (n - 1) // 2
        return _Geometry(chairs, False, centre, n - 1 if style == "english" and n > 2 else None)
    if table.shape == "u":
        return _u_geometry(n, style)
    return _long_geometry(n, style)


def _long_geometry(n: int, style: str) -> _Geometry:
    """Both long sides; English style adds a chair at each end (head and foot)."""
    ends = 2 if style == "english" and n >= 4 else 0
    top = (n - ends + 1) // 2
    bottom = n - ends - top
    span = max(top, bottom)
    chairs: list[tuple[float, float, float]] = []
    if ends:
        chairs.append((-(span + 1) / 2, 0.0, 0.0))  # head, at the west end, looking east
    chairs += [(k - (top - 1) / 2, 0.5, -math.pi / 2) for k in range(top)]
    if ends:
        chairs.append(((span + 1) / 2, 0.0, math.pi))  # foot
    chairs += [((bottom - 1) / 2 - k, -0.5, math.pi / 2) for k in range(bottom)]
    first_top = 1 if ends else 0
    first_bottom = first_top + top + (1 if ends else 0)
    facing: dict[int, int] = {}
    for k in range(top):
        x = chairs[first_top + k][0]
        across = min(range(bottom), key=lambda j: abs(chairs[first_bottom + j][0] - x),
                     default=None)
        if across is not None:
            facing[first_top + k] = first_bottom + across
            facing.setdefault(first_bottom + across, first_top + k)
    if ends:
        return _Geometry(chairs, True, 0, first_top + top, frozenset(), facing)
    host = (top - 1) // 2
    breaks = frozenset({top - 1})  # no chairs at the ends: the sides are not neighbours
    return _Geometry(chairs, False, host, facing.get(host), breaks, facing)


def _u_geometry(n: int, style: str) -> _Geometry:
    """The base (head table) across the top, the arms down both sides, all facing in."""
    base = max(1, min(n, max(3, round(n / 3))))
    left = (n - base) // 2
    right = n - base - left
    # Clockwise seen from above: up the left arm, along the base, down the right arm.
    chairs = [(-(base + 1) / 2, -float(left - k), 0.0) for k in range(left)]
    chairs += [(k - (base - 1) / 2, 0.0, -math.pi / 2) for k in range(base)]
    chairs += [((base + 1) / 2, -float(k + 1), math.pi) for k in range(right)]
    host = left + (base - 1) // 2
    cohost = n - 1 if right and style == "english" else (0 if left else None)
    return _Geometry(chairs, False, host, cohost if n > 2 else None)


def _neighbours(geometry: _Geometry, index: int) -> tuple[int | None, int | None]:
    """(right, left) of the sitter at `index`, who looks at the table: the chair before in
    clockwise order is at their right."""
    count = len(geometry.chairs)
    right = index - 1 if index > 0 else (count - 1 if geometry.ring else None)
    left = index + 1 if index < count - 1 else (0 if geometry.ring else None)
    if right is not None and right in geometry.breaks:
        right = None
    if left is not None and index in geometry.breaks:
        left = None
    return right, left


def _distances(geometry: _Geometry, start: int) -> dict[int, tuple[int, int]]:
    """Chairs reachable from `start` along neighbours: (steps, 0 if reached rightwards)."""
    found = {start: (0, 0)}
    for direction, step in ((0, 0), (1, 1)):
        current, steps = start, 0
        while True:
            nxt = _neighbours(geometry, current)[step]
            if nxt is None or (nxt in found and found[nxt][0] <= steps + 1):
                break
            steps += 1
            found[nxt] = (steps, direction)
            current = nxt
    return found


def _honour(geometry: _Geometry) -> list[int]:
    """Chairs from the most to the least honourable: nearest to the host, then the co-host;
    at equal distance the right before the left; chairs out of reach (the far side of a long
    table without a co-host) rank after the chair they face."""
    from_host = _distances(geometry, geometry.host)
    from_cohost = _distances(geometry, geometry.cohost) if geometry.cohost is not None else {}
    keys: dict[int, tuple[float, int, int]] = {}
    for index in range(len(geometry.chairs)):
        options = []
        if index in from_host:
            options.append((float(from_host[index][0]), 0, from_host[index][1]))
        if index in from_cohost:
            options.append((float(from_cohost[index][0]), 1, from_cohost[index][1]))
        if not options and index in geometry.facing_pairs:
            across = geometry.facing_pairs[index]
            if across in from_host:
                options.append((from_host[across][0] + 0.5, 0, from_host[across][1]))
        keys[index] = min(options) if options else (1e9, 2, index)
    return sorted(keys, key=lambda i: (keys[i], i))


def _parity(geometry: _Geometry) -> dict[int, int]:
    """Steps from the nearest principal (host or co-host): even chairs are for hosts."""
    from_host = _distances(geometry, geometry.host)
    from_cohost = _distances(geometry, geometry.cohost) if geometry.cohost is not None else {}
    parity = {}
    for index in range(len(geometry.chairs)):
        steps = [d[index][0] for d in (from_host, from_cohost) if index in d]
        if not steps and index in geometry.facing_pairs:
            across = geometry.facing_pairs[index]
            steps = [from_host[across][0] + 1] if across in from_host else []
        parity[index] = min(steps) % 2 if steps else 1
    return parity


def _host_type_count(geometry: _Geometry, used: int) -> int:
    order = _honour(geometry)[:used]
    parity = _parity(geometry)
    return sum(1 for index in order if parity[index] == 0)


# -- filling a table ------------------------------------------------------------------------

def _seat_table(table: Table, geometry: _Geometry, hosts: list[Sitter],
                guests: list[Sitter]) -> SeatedTable:
    honour = _honour(geometry)
    used = honour[:len(hosts) + len(guests)]
    parity = _parity(geometry)
    host_chairs = [i for i in used if parity[i] == 0]
    guest_chairs = [i for i in used if parity[i] == 1]
    # Fewer hosts than host chairs: the least honourable of those go to guests; more hosts
    # than host chairs: they take the least honourable guest chairs (the table's ends).
    while len(host_chairs) > len(hosts):
        guest_chairs.append(host_chairs.pop())
    while len(host_chairs) < len(hosts):
        host_chairs.append(guest_chairs.pop())
    rank_of = {chair: n for n, chair in enumerate(honour)}
    host_chairs.sort(key=rank_of.__getitem__)
    guest_chairs.sort(key=rank_of.__getitem__)
    occupant: dict[int, Sitter] = dict(zip(host_chairs, hosts, strict=True))
    occupant.update(zip(guest_chairs, guests, strict=True))
    _separate_groups(geometry, occupant, guest_chairs)
    numbering = _numbering(geometry)
    places = [Place(numbering[i], x, y, facing, occupant.get(i))
              for i, (x, y, facing) in enumerate(geometry.chairs)]
    return SeatedTable(table, places, geometry.host, geometry.cohost)


def _separate_groups(geometry: _Geometry, occupant: dict[int, Sitter],
                     guest_chairs: list[int]) -> None:
    """Swap guests of neighbouring honour so that no guest sits beside a guest of the same
    delegation, where a swap achieves it without creating another such pair."""

    def clashes(chair: int) -> int:
        sitter = occupant.get(chair)
        if sitter is None or sitter.side != "guest" or not sitter.group:
            return 0
        return sum(1 for other in _neighbours(geometry, chair) if other is not None
                   and (o := occupant.get(other)) is not None and o.side == "guest"
                   and o.group == sitter.group)

    # The chairs beside the host and the co-host follow precedence strictly: never swapped.
    principals = [c for c in (geometry.host, geometry.cohost) if c is not None]
    fixed = {n for c in principals for n in _neighbours(geometry, c) if n is not None}
    movable = [chair for chair in guest_chairs if chair not in fixed]
    for _ in range(3):  # a few passes settle any table of real size
        changed = False
        for n, chair in enumerate(movable):
            if not clashes(chair):
                continue
            for other in movable[n + 1:n + 4]:  # only guests of nearly equal honour
                before = clashes(chair) + clashes(other)
                occupant[chair], occupant[other] = occupant[other], occupant[chair]
                if clashes(chair) + clashes(other) < before:
                    changed = True
                    break
                occupant[chair], occupant[other] = occupant[other], occupant[chair]
        if not changed:
            return


def _numbering(geometry: _Geometry) -> dict[int, int]:
    """Chair numbers as printed: 1 for the host's, then clockwise around the table."""
    count = len(geometry.chairs)
    return {(geometry.host + k) % count: k + 1 for k in range(count)}


def _interpreters_behind(plan: Plan, interpreters: list[Sitter]) -> Plan:
    """Each interpreter behind the highest-ranked seated guest who speaks a language the
    interpreter works in (other than the hosts' German); else behind the principal guest."""
    seated_guests = [(t, i, p.sitter) for t, table in enumerate(plan.tables)
                     for i, p in enumerate(table.places)
                     if p.sitter is not None and p.sitter.side == "guest"]
    seated_guests.sort(key=lambda entry: (entry[2].rank, not entry[2].is_head, entry[0]))
    behind: dict[int, list[tuple[Sitter, int]]] = {}
    for interpreter in interpreters:
        spoken = set(interpreter.languages) - {"de"}
        match = next((g for g in seated_guests if spoken & set(g[2].languages)),
                     seated_guests[0] if seated_guests else None)
        if match is None:
            continue
        behind.setdefault(match[0], []).append((interpreter, match[1]))
    tables = [replace(table, behind=behind.get(t, [])) for t, table in enumerate(plan.tables)]
    placed = {s.key for entries in behind.values() for s, _ in entries}
    return Plan(tables, [*plan.unseated, *(i for i in interpreters if i.key not in placed)])
