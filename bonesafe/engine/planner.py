"""The weekly planner: a week that meets the guideline doses within a person's days, minutes,
equipment and tastes, built only from exercises that no exclusion rule keeps out.

Deterministic: the same assessment, preferences and start date always give the same week.
The numbers it plans toward come from the `plan` rules' settings (content/rules/planning.yaml).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from bonesafe.engine.assess import Assessment, Reason, reason
from bonesafe.engine.library import Exercise, Library, dose_dict
from bonesafe.engine.rules import TIER_RANK, Context, Rule, Rulebook
from bonesafe.engine.vocab import EQUIPMENT

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
EQUIPMENT_ORDER = {name: i for i, name in enumerate(EQUIPMENT)}
ROTATION = 3  # vary among the best few candidates for a slot


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WarmUp(Settings):
    minutes: int
    short_minutes: int
    short_day_below: int


class StrengthDays(Settings):
    min_days: int
    max_days: int
    three_days_for: tuple[str, ...]


class StrengthOrder(Settings):
    regions_first: tuple[str, ...]
    regions_after: tuple[str, ...]


class Beginner(Settings):
    beginner_activity: tuple[str, ...]
    beginner_from_tier: str


class Balance(Settings):
    elevated_min_days: int
    weekly_minutes: int


class Aerobic(Settings):
    weekly_minutes: int
    min_bout: int
    max_bout: int


class Posture(Settings):
    daily_from_tier: str


class Impact(Settings):
    impacts: int


class Flexibility(Settings):
    min_days: int


class Defaults(Settings):
    default_days: int
    default_minutes: int
    default_equipment: tuple[str, ...]


SETTINGS: dict[str, type[Settings]] = {
    "R-PLAN-01": WarmUp,
    "R-PLAN-02": StrengthDays,
    "R-PLAN-03": StrengthOrder,
    "R-PLAN-04": Beginner,
    "R-PLAN-06": Balance,
    "R-PLAN-07": Aerobic,
    "R-PLAN-09": Posture,
    "R-PLAN-10": Impact,
    "R-PLAN-11": Flexibility,
    "R-PLAN-13": Defaults,
}


@dataclass(frozen=True, slots=True)
class Person:
    """What the planner needs beyond the assessment."""

    days: int
    minutes: int
    equipment: frozenset[str]
    enjoys: frozenset[str]
    activity_level: str | None
    start: dt.date


# --- the days of the week ---------------------------------------------------------------

ACTIVE_DAYS = {
    1: (1,),
    2: (1, 4),
    3: (1, 3, 5),
    4: (1, 2, 4, 6),
    5: (1, 2, 3, 5, 6),
    6: (1, 2, 3, 4, 5, 6),
    7: (1, 2, 3, 4, 5, 6, 7),
}


def _apart(days: tuple[int, ...]) -> bool:
    """No two of these weekdays follow each other, Sunday to Monday included."""
    return all((b - a) % 7 not in (1, 6) for a, b in itertools.combinations(days, 2))


def _spread(days: tuple[int, ...]) -> int:
    """The smallest gap, in days, between neighbours of a weekly cycle of weekdays."""
    k = len(days)
    return min((days[(i + 1) % k] - days[i]) % 7 or 7 for i in range(k))


@lru_cache(maxsize=64)
def strength_days(active: tuple[int, ...], wanted: int) -> tuple[int, ...]:
    """The most evenly spread set of `wanted` non-consecutive active days (fewer if none)."""
    for k in range(min(wanted, len(active)), 0, -1):
        options = [c for c in itertools.combinations(active, k) if _apart(c)]
        if options:
            return max(options, key=lambda c: (_spread(c), [-d for d in c]))
    return ()


# --- items ------------------------------------------------------------------------------


@dataclass
class Day:
    weekday: int
    date: dt.date
    budget: int
    strength: bool
    items: list[dict[str, Any]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    spent: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    """Minutes planned today per category."""

    @property
    def left(self) -> int:
        return self.budget - self.spent

    def add(self, item: dict[str, Any]) -> None:
        self.items.append(item)
        self.used.add(item["exercise"])
        self.spent += item["minutes"]
        self.by_category[item["category"]] = self.by_category.get(item["category"], 0) + item["minutes"]

    def has(self, category: str) -> bool:
        return category in self.by_category


def _equipment(ex: Exercise, available: frozenset[str]) -> list[str]:
    return sorted(ex.needs_with(available) or ex.needs(), key=EQUIPMENT_ORDER.__getitem__)


class Planner:
    def __init__(self, library: Library, rulebook: Rulebook) -> None:
        self.library = library
        self.exclusions = rulebook.section("exclusion")
        self.plan_rules = {r.id: r for r in rulebook.section("plan")}
        self.cfg: dict[str, Any] = {
            rule_id: model.model_validate(dict(self.plan_rules[rule_id].settings))
            for rule_id, model in SETTINGS.items()
        }
        self.why = {rule_id: reason(rule) for rule_id, rule in self.plan_rules.items()}
        self.exercises = sorted(library.exercises.values(), key=lambda e: e.slug)
        self._safety: dict[tuple[str, str, bool], dict[str, tuple[Rule, ...]]] = {}
        self._personal: dict[tuple[Any, ...], frozenset[str]] = {}
        self._entries: dict[tuple[str, str], dict[str, str]] = {}
        self._screens: dict[tuple[Any, ...], tuple[list[dict[str, str]], list[Exercise]]] = {}
        self._kits: dict[tuple[str, frozenset[str]], list[str]] = {}
        self._doses = {
            (ex.slug, beginner): dose_dict(ex.dose.beginner if beginner else ex.dose.default)
            for ex in self.exercises
            for beginner in (False, True)
        }

    @cached_property
    def timed(self) -> dict[tuple[str, bool], bool]:
        """Whether an exercise's (beginner or default) dose is in minutes."""
        return {key: "minutes" in dose for key, dose in self._doses.items()}

    @cached_property
    def tags(self) -> dict[str, list[str]]:
        """Each exercise's tags as the plan lists them (shared: treat as read-only)."""
        return {ex.slug: list(ex.tags) for ex in self.exercises}

    def equipment_of(self, ex: Exercise, available: frozenset[str]) -> list[str]:
        """What the plan item lists: everything it needs from what the person has."""
        key = (ex.slug, available)
        listed = self._kits.get(key)
        if listed is None:
            if len(self._kits) > 8192:
                self._kits.clear()
            listed = self._kits[key] = _equipment(ex, available)
        return list(listed)

    def dose_of(self, ex: Exercise, beginner: bool) -> dict[str, Any]:
        """The library dose as the contract's object (a fresh copy, safe to change)."""
        return dict(self._doses[ex.slug, beginner])

    # -- exclusion ----------------------------------------------------------------------

    def _safety_exclusions(self, ctx: Context) -> dict[str, tuple[Rule, ...]]:
        cached = self._safety.get(ctx.safety_key)
        if cached is None:
            rules = [r for r in self.exclusions if not r.predicate.personal]
            cached = {ex.slug: tuple(r for r in rules if r.excludes(ctx, ex)) for ex in self.exercises}
            self._safety[ctx.safety_key] = cached
        return cached

    def _personal_hits(self, rule: Rule, ctx: Context) -> frozenset[str]:
        """The slugs a personal rule keeps out, remembered per value of what it reads."""
        key = (rule.id, *(getattr(ctx, name) for name in rule.predicate.reads))
        hits = self._personal.get(key)
        if hits is None:
            if len(self._personal) > 4096:
                self._personal.clear()
            hits = frozenset(ex.slug for ex in self.exercises if rule.excludes(ctx, ex))
            self._personal[key] = hits
        return hits

    def _entry(self, slug: str, rule: Rule) -> dict[str, str]:
        entry = self._entries.get((slug, rule.id))
        if entry is None:
            entry = {"exercise": slug, "rule": rule.id, "reason": rule.reason, "source": rule.source}
            self._entries[slug, rule.id] = entry
        return entry

    def screen(self, ctx: Context) -> tuple[list[dict[str, str]], list[Exercise]]:
        """Every (exercise, rule) exclusion, and the exercises no rule keeps out.

        The entries are shared between plans: treat them as read-only."""
        personal = [(r, self._personal_hits(r, ctx)) for r in self.exclusions if r.predicate.personal]
        key = (ctx.safety_key, *(hits for _, hits in personal))
        cached = self._screens.get(key)
        if cached is None:
            if len(self._screens) > 2048:
                self._screens.clear()
            cached = self._screens[key] = self._screen(ctx, personal)
        return list(cached[0]), cached[1]

    def _screen(
        self, ctx: Context, personal: list[tuple[Rule, frozenset[str]]]
    ) -> tuple[list[dict[str, str]], list[Exercise]]:
        safety = self._safety_exclusions(ctx)
        excluded: list[dict[str, str]] = []
        allowed: list[Exercise] = []
        for ex in self.exercises:
            rules = safety[ex.slug] + tuple(r for r, hits in personal if ex.slug in hits)
            if not rules:
                allowed.append(ex)
            excluded += [self._entry(ex.slug, rule) for rule in rules]
        return excluded, allowed

    # -- choosing -----------------------------------------------------------------------

    def _target_level(self, a: Assessment, p: Person) -> int:
        level = {"sedentary": 1, "light": 2, "moderate": 3, "vigorous": 4}.get(p.activity_level or "", 1)
        if a.tier == "very_high" or a.fall_risk == "elevated":
            level = min(level, 1 if a.tier == "very_high" else 2)
        elif a.tier == "high":
            level = min(level, 2)
        return level

    def _beginner(self, a: Assessment, p: Person) -> bool:
        cfg: Beginner = self.cfg["R-PLAN-04"]
        return (
            p.activity_level is None
            or p.activity_level in cfg.beginner_activity
            or TIER_RANK[a.tier] >= TIER_RANK[cfg.beginner_from_tier]
        )

    def _ranked(self, pool: Iterable[Exercise], level: int, a: Assessment, p: Person) -> list[Exercise]:
        high = TIER_RANK[a.tier] >= TIER_RANK["high"]

        def key(ex: Exercise) -> tuple[Any, ...]:
            return (
                0 if p.enjoys.intersection(ex.activities) else 1,
                abs(ex.level - level),
                "floor_transfer" in ex.tags,
                high and "spine_supported" not in ex.tags and ex.position != "sitting",
                ex.minutes,
                ex.slug,
            )

        return sorted(pool, key=key)

    # -- the week -----------------------------------------------------------------------

    def plan_week(
        self, a: Assessment, p: Person, allowed: list[Exercise]
    ) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        week = Week(self, a, p, allowed)
        return week.build()


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
    "flexibility",
    "strength:extra",
    "balance:second",
    "nwb",
)
OTHER_DAY = (
    "warm_up",
    "balance",
    "posture:high",
    "impact",
    "posture",
    "balance:fill",
    "aerobic",
    "flexibility",
    "balance:second",
    "nwb",
)
POOL_OF = {
    "balance:elevated": "balance",
    "balance:fill": "balance",
    "balance:second": "balance",
    "posture:high": "posture",
}
#: Slots that add their kind of work only when the day has none yet.
ONCE_A_DAY = {"posture": "posture", "balance": "balance", "flexibility": "flexibility"}
MUSTS = ("warm_up", "strength:first", "balance:elevated")
#: For each slot of a day, the must-have slots that come after it.
MUSTS_AFTER = {
    slots: [tuple(s for s in slots[k + 1 :] if s in MUSTS) for k in range(len(slots))]
    for slots in (STRENGTH_DAY, OTHER_DAY)
}
#: Slots that must be kept in time for when they come later in the day (the aerobic bout
#: leaves room for them, see Week._timed).
AFTER_AEROBIC = ("flexibility",)


class Week:
    """One person's week, filled slot by slot in priority order within each day's minutes."""

    def __init__(self, planner: Planner, a: Assessment, p: Person, allowed: list[Exercise]) -> None:
        self.pl, self.a, self.p = planner, a, p
        self.level = planner._target_level(a, p)
        self.beginner = planner._beginner(a, p)
        self.count: dict[str, int] = {}
        self._why_cache: dict[tuple[str, bool], list[Reason]] = {}
        self._short: dict[str, int] = {}
        self._width: dict[str, int] = {}
        order: StrengthOrder = planner.cfg["R-PLAN-03"]
        by_cat: dict[str, list[Exercise]] = {}
        for ex in allowed:
            by_cat.setdefault(ex.category, []).append(ex)

        def ranked(pool: Iterable[Exercise]) -> list[Exercise]:
            return planner._ranked(pool, self.level, a, p)

        strength = by_cat.get("strength", [])
        first = ranked(e for e in strength if e.region == order.regions_first[0])
        legs = ranked(e for e in strength if e.region in order.regions_first[1:])
        rest = ranked(e for e in strength if e.region in order.regions_after)
        self.pools: dict[str, list[Exercise]] = {
            "warm_up": ranked(by_cat.get("warm_up", [])),
            "strength:first": first or legs or rest,
            "strength:second": legs if first else (rest if legs else []),
            "strength:extra": rest + legs,
            "balance": ranked(by_cat.get("balance", [])),
            "posture": ranked(by_cat.get("posture", [])),
            "impact": ranked(by_cat.get("impact", [])),
            "aerobic": ranked(by_cat.get("aerobic_weight_bearing", [])),
            "nwb": ranked(by_cat.get("aerobic_non_weight_bearing", [])),
            "flexibility": ranked(by_cat.get("flexibility", [])),
        }
        high = TIER_RANK[a.tier] >= TIER_RANK[planner.cfg["R-PLAN-09"].daily_from_tier]
        self.posture_first = high
        self.elevated = a.fall_risk == "elevated"
        self.aerobic_left = planner.cfg["R-PLAN-07"].weekly_minutes

    # -- slots --------------------------------------------------------------------------

    def _why(self, slot: str, ex: Exercise) -> list[Reason]:
        enjoyed = bool(self.p.enjoys.intersection(ex.activities))
        cached = self._why_cache.get((slot, enjoyed))
        if cached is None:
            cached = self._why_cache[slot, enjoyed] = self._reasons(slot, enjoyed)
        return cached

    def _reasons(self, slot: str, enjoyed: bool) -> list[Reason]:
        w = self.pl.why
        base = {
            "warm_up": ["R-PLAN-01"],
            "balance": ["R-PLAN-06"],
            "posture": ["R-PLAN-09"],
            "impact": ["R-PLAN-10"],
            "aerobic": ["R-PLAN-07"],
            "nwb": ["R-PLAN-08"],
            "flexibility": ["R-PLAN-11"],
            "strength": ["R-PLAN-02"],
        }[slot.split(":", maxsplit=1)[0]]
        ids = list(base)
        if slot.startswith("strength"):
            if slot != "strength:extra":
                ids.append("R-PLAN-03")
            ids.append("R-PLAN-04" if self.beginner else "R-PLAN-05")
            if TIER_RANK[self.a.tier] >= TIER_RANK["high"]:
                ids.append("R-PLAN-14")
        if slot.startswith("balance") and self.elevated:
            ids.append("R-PLAN-15")
        if enjoyed:
            ids.append("R-PLAN-12")
        return [w[i] for i in ids]

    def _dose(self, slot: str, ex: Exercise, minutes: int | None) -> dict[str, Any]:
        dose = self.pl.dose_of(ex, self.beginner)
        if minutes is not None and "minutes" in dose:
            dose = {"minutes": minutes}
        if slot == "impact" and "impacts" in dose and not self.beginner:
            dose = {"impacts": self.pl.cfg["R-PLAN-10"].impacts}
        return dose

    def _item(self, slot: str, ex: Exercise, dose: dict[str, Any]) -> dict[str, Any]:
        return {
            "exercise": ex.slug,
            "name": ex.name,
            "category": ex.category,
            "tags": self.pl.tags[ex.slug],
            "equipment": self.pl.equipment_of(ex, self.p.equipment),
            "dose": dose,
            "minutes": dose.get("minutes", ex.minutes),
            "why": self._why(slot, ex),
        }

    def _timed(self, slot: str, day: Day) -> int | None:
        """Minutes for a time-dosed slot today, or None when it does not fit."""
        if slot == "warm_up":
            cfg: WarmUp = self.pl.cfg["R-PLAN-01"]
            return cfg.short_minutes if day.budget < cfg.short_day_below else cfg.minutes
        aer: Aerobic = self.pl.cfg["R-PLAN-07"]
        left = day.left
        if slot == "nwb":
            return min(left, 30) if left >= aer.min_bout else None
        days_left = max(1, self.days_left)
        target = min(aer.max_bout, -(-self.aerobic_left // days_left))
        reserve = sum(self._shortest(s) for s in AFTER_AEROBIC if self._wanted(s, day))
        if self.nwb_day is day:
            reserve += aer.min_bout
        minutes = min(target, left - reserve)
        if minutes < aer.min_bout:
            minutes = min(target, left) if self.nwb_day is not day else 0
        return minutes if minutes >= aer.min_bout else None

    def _wanted(self, slot: str, day: Day) -> bool:
        """Whether this slot still has work to do today."""
        once = ONCE_A_DAY.get(slot)
        if once is not None:
            return once not in day.by_category
        if slot == "balance:elevated":
            return self.elevated
        if slot == "posture:high":
            return self.posture_first
        if slot == "balance:fill":
            return self._balance_today(day) < self._balance_share(day)
        return True

    def _balance_today(self, day: Day) -> int:
        return day.by_category.get("balance", 0)

    def _balance_share(self, day: Day) -> int:
        """Balance minutes to aim for today: the week's target spread over the active days,
        but no more than a fifth of the day, so that the other kinds of work still fit."""
        weekly: int = self.pl.cfg["R-PLAN-06"].weekly_minutes
        return min(-(-weekly // self.active_count), day.budget // 5)

    def _shortest(self, slot: str) -> int:
        key = POOL_OF.get(slot, slot)
        shortest = self._short.get(key)
        if shortest is None:
            pool = self.pools[key]
            if key == "warm_up":
                shortest = self.pl.cfg["R-PLAN-01"].short_minutes if pool else 0
            else:
                shortest = min((e.minutes for e in pool), default=0)
            self._short[key] = shortest
        return shortest

    def _reserve(self, later: tuple[str, ...], day: Day) -> int:
        """Minutes to keep for the must-have slots still to come today."""
        return sum(self._shortest(s) for s in later if self._wanted(s, day))

    def _fill(self, slot: str, day: Day, reserve: int = 0) -> None:
        if not self._wanted(slot, day):
            return
        key = POOL_OF.get(slot, slot)
        pool = self.pools[key]
        timed = key in ("warm_up", "aerobic", "nwb")
        minutes = self._timed(key, day) if timed and pool else None
        if not pool or (timed and minutes is None):
            return
        if not timed and day.left - reserve < self._shortest(key):
            return  # nothing in this pool fits the time left
        while self._place(key, self._order(key, pool, day), day, minutes, reserve):
            if slot != "balance:fill" or not self._wanted(slot, day):
                return

    def _order(self, key: str, pool: list[Exercise], day: Day) -> Iterable[Exercise]:
        """The pool, rotated so the week varies, with regions already worked today last."""
        start = self.count.get(key, 0)
        width = self._width.get(key)
        if width is None:
            enjoyed = sum(1 for e in pool if self.p.enjoys.intersection(e.activities))
            width = self._width[key] = min(max(ROTATION, enjoyed), len(pool))
        order = itertools.chain((pool[(start + i) % width] for i in range(width)), pool[width:])
        if key.startswith("strength") and day.has("strength"):
            lib = self.pl.library.exercises
            worked = {lib[i["exercise"]].region for i in day.items if i["category"] == "strength"}
            return sorted(order, key=lambda e: e.region in worked)
        return order

    def _place(
        self, key: str, order: Iterable[Exercise], day: Day, minutes: int | None, reserve: int
    ) -> bool:
        room, used, timed = day.left - reserve, day.used, self.pl.timed
        for ex in order:
            if ex.slug in used:
                continue
            if (minutes if minutes is not None and timed[ex.slug, self.beginner] else ex.minutes) <= room:
                item = self._item(key, ex, self._dose(key, ex, minutes))
                day.add(item)
                self.count[key] = self.count.get(key, 0) + 1
                if key == "aerobic":
                    self.aerobic_left = max(0, self.aerobic_left - item["minutes"])
                return True
        return False

    # -- building -----------------------------------------------------------------------

    def build(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        p = self.p
        active = ACTIVE_DAYS[p.days]
        cfg: StrengthDays = self.pl.cfg["R-PLAN-02"]
        wanted = cfg.max_days if p.activity_level in cfg.three_days_for else cfg.min_days
        lifting = strength_days(active, wanted)
        dates = [p.start + dt.timedelta(days=i) for i in range(7)]
        days = [Day(d.isoweekday(), d, p.minutes, d.isoweekday() in lifting) for d in dates]
        active_days = [d for d in days if d.weekday in active]
        self.active_count = len(active_days)
        self.nwb_day = active_days[-1] if self.pools["nwb"] and active_days else None
        if self.a.status != "stop":
            for index, day in enumerate(active_days):
                self.days_left = len(active_days) - index
                slots = STRENGTH_DAY if day.strength else OTHER_DAY
                for slot, later in zip(slots, MUSTS_AFTER[slots], strict=True):
                    self._fill(slot, day, self._reserve(later, day) if later else 0)
                day.items.sort(key=lambda i: SESSION_ORDER[i["category"]])
        week = [{"day": d.weekday, "date": d.date.isoformat(), "items": d.items} for d in days]
        return week, self._totals(days, active_days)

    def _totals(self, days: list[Day], active: list[Day]) -> dict[str, Any]:
        def minutes(*cats: str) -> int:
            return sum(i["minutes"] for d in days for i in d.items if i["category"] in cats)

        def count(cat: str) -> int:
            return sum(1 for d in days if d.has(cat))

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
        return [
            s
            for s in (
                self.strength(),
                self.balance_days(),
                self.balance_minutes(),
                self.aerobic(),
                self.posture(),
                self.flexibility(),
                *self.enjoyed(),
            )
            if s
        ]

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
        n = sum(i["minutes"] for d in self.days for i in d.items if i["category"] == "aerobic_weight_bearing")
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
        planned = {i["exercise"] for d in self.days for i in d.items}
        by_activity = self.w.pl.library.by_activity
        allowed = {e.slug for pool in self.w.pools.values() for e in pool}
        out = []
        for activity in sorted(self.w.p.enjoys):
            options = set(by_activity.get(activity, ())) & allowed
            if options and not options & planned:
                name = activity.replace("_", " ")
                out.append(
                    f"There was no time left this week for {name}, which you enjoy; "
                    "more minutes a day would make room for it."
                )
        return out
