"""One person's week: each active day is filled slot by slot, in priority order, within the
day's minutes, from pools of allowed exercises ranked for this person.

The order of the slots is the planning policy: a warm-up first; on strength days the upper
back, the legs and posture before anything else (balance too when falls are likely); then
balance, impact where allowed, weight-bearing aerobic work, stretches, and whatever else fits.
Later slots never take the minutes that a must-have slot still needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bonesafe.engine.assess import Assessment, Reason
from bonesafe.engine.library import Exercise
from bonesafe.engine.rules import TIER_RANK

if TYPE_CHECKING:
    from bonesafe.engine.planner import Person, Planner, Screen

SESSION_ORDER = {
    c: i
    for i, c in enumerate(
        (
            "warm_up",
            "balance",
            "impact",
            "strength",
            "posture",
            "aerobic_weight_bearing",
            "aerobic_non_weight_bearing",
            "flexibility",
        )
    )
}
ROTATION = 3  # vary among the best few candidates of a slot across the week
MAX_BALANCE_ITEMS = 3  # balance exercises in one session: enough to add up, few enough to follow

# "nwb" (swimming, cycling) comes straight after the weight-bearing bout, on top of it.
STRENGTH_DAY = (
    "warm_up",
    "strength:first",
    "balance:elevated",
    "strength:second",
    "posture",
    "balance",
    "impact",
    "balance:fill",
    "aerobic",
    "nwb",
    "flexibility",
    "strength:extra",
    "balance:second",
)
OTHER_DAY = (
    "warm_up",
    "balance",
    "posture:high",
    "impact",
    "posture",
    "balance:fill",
    "aerobic",
    "nwb",
    "flexibility",
    "balance:second",
)
#: The must-haves: later slots leave them time.
MUSTS = ("warm_up", "strength:first", "balance:elevated")
#: Slots that add their kind of work only while the day has none of it.
ONCE_A_DAY = {
    "posture": "posture",
    "posture:high": "posture",
    "balance": "balance",
    "flexibility": "flexibility",
}
TIMED = ("warm_up", "aerobic", "nwb")
WHY = {
    "warm_up": "R-PLAN-01",
    "balance": "R-PLAN-06",
    "posture": "R-PLAN-09",
    "impact": "R-PLAN-10",
    "aerobic": "R-PLAN-07",
    "nwb": "R-PLAN-08",
    "flexibility": "R-PLAN-11",
    "strength": "R-PLAN-02",
}


@lru_cache(maxsize=64)
def week_of(start: dt.date) -> tuple[tuple[dt.date, int, str], ...]:
    """The seven days from `start`: (date, ISO weekday, ISO date)."""
    dates = [start + dt.timedelta(days=i) for i in range(7)]
    return tuple((d, d.isoweekday(), d.isoformat()) for d in dates)


def pool_of(slot: str) -> str:
    """The pool a slot draws from: `balance:fill` draws from `balance`, strength slots keep theirs."""
    return slot if slot.startswith("strength") else slot.split(":", 1)[0]


POOL = {name: pool_of(name) for name in STRENGTH_DAY + OTHER_DAY}


@dataclass(frozen=True, slots=True)
class Slot:
    name: str
    pool: str
    once: str | None
    reserve: int
    """Minutes kept for the must-have slots that come after this one."""


@dataclass(slots=True)
class Day:
    weekday: int
    date: dt.date
    budget: int
    strength: bool
    items: list[dict[str, Any]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    """Exercises planned today, and their easier and harder versions (one of a family a day)."""
    spent: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    """Minutes planned today per category."""
    counts: dict[str, int] = field(default_factory=dict)
    """Exercises planned today per category."""

    @property
    def left(self) -> int:
        return self.budget - self.spent

    def has(self, category: str) -> bool:
        return category in self.by_category

    def add(self, item: dict[str, Any], related: frozenset[str]) -> None:
        self.items.append(item)
        self.used.add(item["exercise"])
        self.used.update(related)
        self.spent += item["minutes"]
        category = item["category"]
        self.by_category[category] = self.by_category.get(category, 0) + item["minutes"]
        self.counts[category] = self.counts.get(category, 0) + 1


def pools_of(
    allowed: list[Exercise], order: Any, ranked: Callable[[list[Exercise]], list[Exercise]]
) -> dict[str, list[Exercise]]:
    """The exercises of each slot's pool, each pool ranked best first."""
    by_cat: dict[str, list[Exercise]] = {}
    for ex in allowed:
        by_cat.setdefault(ex.category, []).append(ex)
    strength = by_cat.get("strength", [])
    first = ranked([e for e in strength if e.region == order.regions_first[0]])
    legs = ranked([e for e in strength if e.region in order.regions_first[1:]])
    rest = ranked([e for e in strength if e.region in order.regions_after])
    return {
        "warm_up": ranked(by_cat.get("warm_up", [])),
        "strength:first": first + legs + rest,  # upper back first, else whatever fits
        "strength:second": legs if first else (rest if legs else []),
        "strength:extra": rest + legs,
        "balance": ranked(by_cat.get("balance", [])),
        "posture": ranked(by_cat.get("posture", [])),
        "impact": ranked(by_cat.get("impact", [])),
        "aerobic": ranked(by_cat.get("aerobic_weight_bearing", [])),
        "nwb": ranked(by_cat.get("aerobic_non_weight_bearing", [])),
        "flexibility": ranked(by_cat.get("flexibility", [])),
    }


class Week:
    pools: dict[str, list[Exercise]]
    width: dict[str, int]
    shortest: dict[str, int]
    programs: dict[bool, list[Slot]]

    def __init__(self, planner: Planner, a: Assessment, p: Person, screen: Screen) -> None:
        self.pl, self.a, self.p = planner, a, p
        self.level = planner.target_level(a, p)
        self.beginner = planner.beginner(a, p)
        self.elevated = a.fall_risk == "elevated"
        self.high = TIER_RANK[a.tier] >= TIER_RANK["high"]
        self.posture_first = TIER_RANK[a.tier] >= TIER_RANK[planner.cfg["R-PLAN-09"].daily_from_tier]
        by_activity = planner.library.by_activity
        self.enjoyed = enjoyed = (
            frozenset(s for a in p.enjoys for s in by_activity.get(a, ()) if s in screen.allowed_slugs)
            if p.enjoys
            else frozenset()
        )
        # People alike in what they may do, level, dose and tastes share one set-up.
        key = (
            "setup",
            id(screen),
            self.level,
            self.high,
            self.beginner,
            self.elevated,
            self.posture_first,
            enjoyed,
        )
        setup = planner.setups.get(key)
        if setup is None or setup[0] is not screen:
            if len(planner.setups) > 8192:
                planner.setups.clear()
            self._set_up(screen)
            setup = planner.setups[key] = (screen, self.pools, self.width, self.shortest, self.programs)
        _, self.pools, self.width, self.shortest, self.programs = setup
        self.rotations: dict[tuple[str, int], list[Exercise]] = {}
        """Each pool in each turn of its rotation."""
        self.needs: dict[str, int] = planner.minutes_at[self.beginner]
        """Minutes of each exercise at this person's doses."""
        self.timed: frozenset[str] = planner.timed_at[self.beginner]
        """Exercises whose dose, at this person's level, is in minutes."""
        self.items: dict[tuple[Any, ...], tuple[dict[str, Any], frozenset[str]]] = planner.shared_items(
            (self.beginner, self.high, self.elevated)
        )
        """Items (but their equipment) built for people like this one (shared: read-only)."""
        self.kits: dict[str, list[str]] = planner.shared_kits(p.equipment)
        """What each exercise needs from this person's equipment (shared: read-only)."""
        self.count: dict[str, int] = {}
        self.why: dict[tuple[str, bool], list[Reason]] = {}
        self.sources: set[str] = set()
        self.aerobic_left: int = planner.cfg["R-PLAN-07"].weekly_minutes
        self.days_left = self.active_count = 1
        self.nwb_day: Day | None = None

    # -- set-up -------------------------------------------------------------------------

    def _set_up(self, screen: Screen) -> None:
        """Pools ranked once per tier, fall risk, clearance and level; this person's equipment
        and access then take out what they cannot do, and what they enjoy goes first."""
        planner, enjoyed = self.pl, self.enjoyed
        blocked = screen.blocked
        self.pools = {
            k: [e for e in v if e.slug not in blocked] if blocked else v
            for k, v in planner.safety_pools(screen.safety_key, self.level, self.high).items()
        }
        order = planner.cfg["R-PLAN-03"]
        if blocked and not any(e.region == order.regions_first[0] for e in self.pools["strength:first"]):
            # No upper-back exercise is possible: legs come first, then the other regions.
            has_legs = any(e.region in order.regions_first[1:] for e in self.pools["strength:first"])
            rest = [e for e in self.pools["strength:extra"] if e.region in order.regions_after]
            self.pools["strength:second"] = rest if has_legs else []
        if enjoyed:
            self.pools = {
                k: [e for e in v if e.slug in enjoyed] + [e for e in v if e.slug not in enjoyed]
                for k, v in self.pools.items()
            }
        self.width = {
            k: min(max(ROTATION, sum(e.slug in enjoyed for e in v) if enjoyed else 0), len(v))
            for k, v in self.pools.items()
        }
        needs = planner.minutes_at[self.beginner]
        self.shortest = {k: min((needs[e.slug] for e in v), default=0) for k, v in self.pools.items()}
        self.shortest["warm_up"] = planner.cfg["R-PLAN-01"].short_minutes if self.pools["warm_up"] else 0
        key = ("programs", self.elevated, self.posture_first, *self.shortest.values())
        programs = planner.setups.get(key)
        if programs is None:
            programs = planner.setups[key] = {
                True: self._program(STRENGTH_DAY),
                False: self._program(OTHER_DAY),
            }
        self.programs = programs

    def _program(self, names: tuple[str, ...]) -> list[Slot]:
        """This person's slots for a kind of day: those that can never apply are dropped.
        A slot keeps time for the must-haves that come after it (the shortest of each)."""
        kept = [
            n
            for n in names
            if self.pools[POOL[n]]
            and (n != "balance:elevated" or self.elevated)
            and (n != "posture:high" or self.posture_first)
        ]
        slots, reserve = [], 0
        for n in reversed(kept):
            slots.append(Slot(n, POOL[n], ONCE_A_DAY.get(n), reserve))
            if n in MUSTS:
                reserve += self.shortest[POOL[n]]
        return slots[::-1]

    def _reasons(self, pool: str, enjoyed: bool) -> list[Reason]:
        ids = [WHY[pool.split(":", 1)[0]]]
        if pool.startswith("strength"):
            if pool != "strength:extra":
                ids.append("R-PLAN-03")
            ids.append("R-PLAN-04" if self.beginner else "R-PLAN-05")
            if self.high:
                ids.append("R-PLAN-14")
        if pool == "balance" and self.elevated:
            ids.append("R-PLAN-15")
        if enjoyed:
            ids.append("R-PLAN-12")
        return [self.pl.why[i] for i in ids]

    def _item(self, pool: str, ex: Exercise, minutes: int | None) -> dict[str, Any]:
        """The plan item; identical items are shared between plans (treat them as read-only)."""
        slug = ex.slug
        enjoyed = slug in self.enjoyed
        key = (pool, slug, minutes, enjoyed)
        cached = self.items.get(key)
        if cached is None:
            item = self._new_item(pool, ex, minutes, enjoyed)
            cached = self.items[key] = (item, frozenset(r["source"] for r in item["why"]))
        self.sources.update(cached[1])
        kit = self.kits.get(slug)
        if kit is None:
            kit = self.kits[slug] = self.pl.equipment_of(ex, self.p.equipment)
        return {**cached[0], "equipment": kit}

    def _new_item(self, pool: str, ex: Exercise, minutes: int | None, enjoyed: bool) -> dict[str, Any]:
        slug = ex.slug
        dose: dict[str, Any] = self.pl.doses[slug, self.beginner]  # shared: read-only
        if minutes is not None and "minutes" in dose:
            dose = {"minutes": minutes}
        elif pool == "impact" and not self.beginner and "impacts" in dose:
            dose = self.pl.impact_dose
        why = self.why.get((pool, enjoyed))
        if why is None:
            why = self.why[pool, enjoyed] = self._reasons(pool, enjoyed)
        return {
            "exercise": slug,
            "name": ex.name,
            "category": ex.category,
            "tags": self.pl.tags[slug],
            "equipment": [],  # this person's, filled in by _item
            "dose": dose,
            "minutes": dose["minutes"] if "minutes" in dose else self.pl.minutes[slug, self.beginner],
            "why": why,
        }

    def _candidates(self, pool: str, day: Day) -> list[Exercise]:
        """The pool rotated so the week varies; for strength, regions worked today go last."""
        width = self.width[pool]
        turn = self.count.get(pool, 0) % width
        order = self.rotations.get((pool, turn))
        if order is None:
            exercises = self.pools[pool]
            order = self.rotations[pool, turn] = exercises[turn:width] + exercises[:turn] + exercises[width:]
        if pool.startswith("strength") and "strength" in day.by_category:
            lib = self.pl.library.exercises
            worked = {lib[i["exercise"]].region for i in day.items if i["category"] == "strength"}
            order = [e for e in order if e.region not in worked] + [e for e in order if e.region in worked]
        return order

    def _place(self, pool: str, day: Day, minutes: int | None, reserve: int) -> bool:
        room, used, timed, needs_of = day.budget - day.spent - reserve, day.used, self.timed, self.needs
        for ex in self._candidates(pool, day):
            slug = ex.slug
            if slug in used:
                continue
            needs = minutes if minutes is not None and slug in timed else needs_of[slug]
            if needs <= room:
                item = self._item(pool, ex, minutes)
                day.add(item, self.pl.related[slug])
                self.count[pool] = self.count.get(pool, 0) + 1
                if pool == "aerobic":
                    self.aerobic_left = max(0, self.aerobic_left - item["minutes"])
                return True
        return False

    def _minutes(self, pool: str, day: Day) -> int | None:
        """Minutes for a time-dosed slot today, or None when it does not fit."""
        if pool == "warm_up":
            cfg = self.pl.cfg["R-PLAN-01"]
            return int(cfg.short_minutes if day.budget < cfg.short_day_below else cfg.minutes)
        aer = self.pl.cfg["R-PLAN-07"]
        left = day.left
        if pool == "nwb":
            return min(left, 30) if left >= aer.min_bout else None
        target = min(aer.max_bout, -(-self.aerobic_left // max(1, self.days_left)))
        # Leave room for stretching afterwards, and for the pool or bike on its day.
        reserve = 0 if "flexibility" in day.by_category else self.shortest["flexibility"]
        if self.nwb_day is day:
            reserve += aer.min_bout
        minutes = min(target, left - reserve)
        if minutes < aer.min_bout:
            minutes = min(target, left) if self.nwb_day is not day else 0
        return int(minutes) if minutes >= aer.min_bout else None

    def _balance_share(self, day: Day) -> int:
        """Balance minutes to aim for today: the week's target spread over the active days,
        but no more than a fifth of the day, so that the other kinds of work still fit."""
        weekly: int = self.pl.cfg["R-PLAN-06"].weekly_minutes
        return min(-(-weekly // self.active_count), day.budget // 5)

    def _fill_balance(self, day: Day) -> None:
        """More balance work toward today's share, a few exercises at most (few steps)."""
        share = self._balance_share(day)
        for _ in range(MAX_BALANCE_ITEMS):
            if (
                day.counts.get("balance", 0) >= MAX_BALANCE_ITEMS
                or day.by_category.get("balance", 0) >= share
            ):
                return
            if not self._place("balance", day, None, 0):
                return

    def _fill_day(self, day: Day) -> None:
        for slot in self.programs[day.strength]:
            if slot.once is not None and slot.once in day.by_category:
                continue
            if slot.name == "balance:fill":
                self._fill_balance(day)
                continue
            minutes = None
            if slot.pool in TIMED:
                minutes = self._minutes(slot.pool, day)
                if minutes is None:
                    continue
            elif day.left - slot.reserve < self.shortest[slot.pool]:
                continue  # nothing in this pool fits the time left
            self._place(slot.pool, day, minutes, slot.reserve)
        day.items.sort(key=lambda i: SESSION_ORDER[i["category"]])

    # -- the week -----------------------------------------------------------------------

    def build(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        from bonesafe.engine.planner import ACTIVE_DAYS, strength_days

        p, cfg = self.p, self.pl.cfg["R-PLAN-02"]
        active = ACTIVE_DAYS[p.days]
        wanted = cfg.max_days if p.activity_level in cfg.three_days_for else cfg.min_days
        lifting = strength_days(active, wanted)
        days = [Day(weekday, date, p.minutes, weekday in lifting) for date, weekday, _ in week_of(p.start)]
        active_days = [d for d in days if d.weekday in active]
        self.active_count = len(active_days)
        self.nwb_day = active_days[-1] if self.pools["nwb"] and active_days else None
        if self.a.status != "stop":
            for index, day in enumerate(active_days):
                self.days_left = len(active_days) - index
                self._fill_day(day)
        week = [
            {"day": weekday, "date": iso, "items": d.items}
            for d, (_, weekday, iso) in zip(days, week_of(p.start), strict=True)
        ]
        return week, self._totals(days, active_days)

    def _totals(self, days: list[Day], active: list[Day]) -> dict[str, Any]:
        def minutes(*cats: str) -> int:
            return sum(d.by_category.get(c, 0) for d in days for c in cats)

        def count(cat: str) -> int:
            return sum(1 for d in days if cat in d.by_category)

        totals: dict[str, Any] = {
            "strength_days": count("strength"),
            "balance_minutes": minutes("balance"),
            "aerobic_minutes": minutes("aerobic_weight_bearing", "aerobic_non_weight_bearing"),
            "impact_days": count("impact"),
            "posture_days": count("posture"),
        }
        totals["shortfalls"] = Shortfalls(self, days, active, totals).all()
        return totals


class Shortfalls:
    """What the week misses of the guideline doses, in plain words."""

    def __init__(self, week: Week, days: list[Day], active: list[Day], totals: dict[str, Any]) -> None:
        self.w, self.days, self.active, self.t = week, days, active, totals
        self.cfg = week.pl.cfg

    def all(self) -> list[str]:
        if self.w.a.status == "stop":
            return ["No exercise is planned until a clinician has checked the symptoms you reported."]
        found = (
            self.strength(),
            self.balance_days(),
            self.balance_minutes(),
            self.aerobic(),
            self.posture(),
            self.flexibility(),
            *self.enjoyed(),
        )
        return [s for s in found if s]

    def strength(self) -> str | None:
        n, need = self.t["strength_days"], self.cfg["R-PLAN-02"].min_days
        if n >= need:
            return None
        return (
            f"Strength training fits on {n} day{'s' if n != 1 else ''} a week; at least "
            f"{need} are advised. Another exercise day would close the gap."
        )

    def balance_days(self) -> str | None:
        if not self.w.elevated:
            return None
        need = min(self.cfg["R-PLAN-06"].elevated_min_days, len(self.active))
        n = sum(1 for d in self.days if d.has("balance"))
        if n >= need:
            return None
        if not self.w.pools["balance"]:
            return (
                "Balance work needs something steady to hold, such as a chair, a counter or "
                "a wall: add one to your equipment so it can be planned."
            )
        return (
            f"Balance work fits on {n} days; with a higher chance of falling it is advised "
            f"on at least {need}. More minutes a day would make room."
        )

    def balance_minutes(self) -> str | None:
        n, need = self.t["balance_minutes"], self.cfg["R-PLAN-06"].weekly_minutes
        if n >= need:
            return None
        return (
            f"Balance: {n} minutes this week. Guidelines suggest building up to about "
            f"{need} minutes (2 hours) a week, for example a few minutes more each day."
        )

    def aerobic(self) -> str | None:
        n = sum(d.by_category.get("aerobic_weight_bearing", 0) for d in self.days)
        need = self.cfg["R-PLAN-07"].weekly_minutes
        if n >= need:
            return None
        return (
            f"Walking or other weight-bearing aerobic activity: {n} of the {need} minutes a "
            "week advised. More days, or more minutes a day, would close the gap."
        )

    def posture(self) -> str | None:
        if not self.w.posture_first:
            return None
        n = self.t["posture_days"]
        if n >= len(self.active):
            return None
        return (
            f"Back-strengthening exercises fit on {n} of your {len(self.active)} exercise "
            "days; they are advised on every day. A few more minutes a day would make room."
        )

    def flexibility(self) -> str | None:
        n = sum(1 for d in self.days if d.has("flexibility"))
        need = min(self.cfg["R-PLAN-11"].min_days, len(self.active))
        if n >= need or not self.w.pools["flexibility"]:
            return None
        return f"Stretching fits on {n} day{'s' if n != 1 else ''}; at least {need} a week are advised."

    def enjoyed(self) -> list[str]:
        if not self.w.enjoyed:
            return []
        planned = {i["exercise"] for d in self.days for i in d.items}
        by_activity = self.w.pl.library.by_activity
        out = []
        for activity in sorted(self.w.p.enjoys):
            options = set(by_activity.get(activity, ())) & self.w.enjoyed
            if options and not options & planned:
                name = activity.replace("_", " ")
                out.append(
                    f"There was no time left this week for {name}, which you enjoy; "
                    "more minutes a day would make room for it."
                )
        return out
