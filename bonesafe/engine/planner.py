"""The weekly planner: a week that meets the guideline doses within a person's days, minutes,
equipment and tastes, built only from exercises that no exclusion rule keeps out.

Deterministic: the same assessment, preferences and start date always give the same week.
The numbers it plans toward come from the `plan` rules' settings (content/rules/planning.yaml).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from bonesafe.engine.assess import Assessment, reason
from bonesafe.engine.library import Exercise, Library, dose_dict
from bonesafe.engine.rules import TIER_RANK, Context, Rule, Rulebook
from bonesafe.engine.vocab import EQUIPMENT

EQUIPMENT_ORDER = {name: i for i, name in enumerate(EQUIPMENT)}


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


def _work(dose: dict[str, Any]) -> int:
    """How much work a dose asks for, to compare doses of one exercise."""
    if "sets" in dose:
        return int(dose["sets"])
    if "holds" in dose:
        return int(dose["holds"]) * int(dose["hold_seconds"])
    return int(dose.get("impacts") or dose.get("minutes") or 1)


def dose_minutes(ex: Exercise, dose: dict[str, Any]) -> int:
    """The library's minutes are for the default dose; a smaller dose takes less time."""
    full = _work(dose_dict(ex.dose.default))
    return max(1, min(ex.minutes, -(-ex.minutes * _work(dose) // full)))


def _equipment(ex: Exercise, available: frozenset[str]) -> list[str]:
    return sorted(ex.needs_with(available) or ex.needs(), key=EQUIPMENT_ORDER.__getitem__)


def _first(pair: tuple[int, Any]) -> int:
    return pair[0]


@dataclass(frozen=True, slots=True)
class SafetyView:
    entries: list[tuple[int, dict[str, str]]]
    """Exclusions by the safety rules, with their place in the plan's list."""
    allowed: list[Exercise]
    """Exercises no safety rule keeps out, in library order."""


@dataclass(frozen=True, slots=True)
class Screen:
    """What the exclusion rules decided for one person (shared between people alike)."""

    excluded: list[dict[str, str]]
    allowed: list[Exercise]
    sources: frozenset[str]
    safety_key: tuple[str, str, bool]
    blocked: frozenset[str]
    """Slugs kept out by the personal rules (equipment, access)."""
    allowed_slugs: frozenset[str]


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
        self._safety_views: dict[tuple[str, str, bool], SafetyView] = {}
        self.rank = {
            (ex.slug, r.id): i * len(self.exclusions) + j
            for i, ex in enumerate(self.exercises)
            for j, r in enumerate(self.exclusions)
        }
        """The place of each (exercise, rule) exclusion in the plan's list."""
        self._personal: dict[tuple[Any, ...], frozenset[str]] = {}
        self._entries: dict[tuple[str, str], dict[str, str]] = {}
        self._screens: dict[tuple[Any, ...], Screen] = {}
        self._ranked: dict[tuple[Any, ...], dict[str, list[Exercise]]] = {}
        self._kit_sets: dict[frozenset[str], dict[str, list[str]]] = {}
        self.setups: dict[tuple[Any, ...], Any] = {}
        self.items: dict[tuple[Any, ...], dict[tuple[Any, ...], tuple[dict[str, Any], frozenset[str]]]] = {}
        """Plan items shared by every plan that would build the same one (read-only)."""
        """Week set-ups (ranked pools and day programs) shared by people with the same key."""
        self.doses = {
            (ex.slug, beginner): dose_dict(ex.dose.beginner if beginner else ex.dose.default)
            for ex in self.exercises
            for beginner in (False, True)
        }
        self.minutes = {
            (ex.slug, beginner): dose_minutes(ex, self.doses[ex.slug, beginner])
            for ex in self.exercises
            for beginner in (False, True)
        }
        """Minutes of each exercise at the beginner and default doses."""
        self.minutes_at = {
            b: {ex.slug: self.minutes[ex.slug, b] for ex in self.exercises} for b in (False, True)
        }
        self.timed_at = {
            b: frozenset(ex.slug for ex in self.exercises if "minutes" in self.doses[ex.slug, b])
            for b in (False, True)
        }
        self.related = {ex.slug: frozenset(ex.progressions + ex.regressions) for ex in self.exercises}
        """Each exercise's easier and harder versions."""

    @cached_property
    def tags(self) -> dict[str, list[str]]:
        """Each exercise's tags as the plan lists them (shared: treat as read-only)."""
        return {ex.slug: list(ex.tags) for ex in self.exercises}

    def shared_items(
        self, key: tuple[Any, ...]
    ) -> dict[tuple[Any, ...], tuple[dict[str, Any], frozenset[str]]]:
        """The item cache for people alike in dose, tier, fall risk and equipment."""
        items = self.items.get(key)
        if items is None:
            if len(self.items) > 4096:
                self.items.clear()
            items = self.items[key] = {}
        return items

    def shared_kits(self, equipment: frozenset[str]) -> dict[str, list[str]]:
        """The equipment lists of items for people with this equipment."""
        kits = self._kit_sets.get(equipment)
        if kits is None:
            if len(self._kit_sets) > 4096:
                self._kit_sets.clear()
            kits = self._kit_sets[equipment] = {}
        return kits

    def equipment_of(self, ex: Exercise, available: frozenset[str]) -> list[str]:
        """What the plan item lists: everything it needs from what the person has."""
        return _equipment(ex, available)

    @cached_property
    def impact_dose(self) -> dict[str, int]:
        return {"impacts": self.cfg["R-PLAN-10"].impacts}

    # -- exclusion ----------------------------------------------------------------------

    def _safety(self, ctx: Context) -> SafetyView:
        """What the safety rules alone keep out at this tier, fall risk and clearance."""
        view = self._safety_views.get(ctx.safety_key)
        if view is None:
            rules = [r for r in self.exclusions if not r.predicate.personal]
            hits = {ex.slug: [r for r in rules if r.excludes(ctx, ex)] for ex in self.exercises}
            view = SafetyView(
                entries=[
                    (self.rank[ex.slug, r.id], self._entry(ex.slug, r))
                    for ex in self.exercises
                    for r in hits[ex.slug]
                ],
                allowed=[ex for ex in self.exercises if not hits[ex.slug]],
            )
            self._safety_views[ctx.safety_key] = view
        return view

    def _personal_hits(self, rule: Rule, ctx: Context) -> frozenset[str]:
        """The slugs a personal rule keeps out, remembered per value of what it reads."""
        key = (rule.id, *(getattr(ctx, name) for name in rule.predicate.reads))
        hits = self._personal.get(key)
        if hits is None:
            if len(self._personal) > 8192:
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

    def screen(self, ctx: Context) -> Screen:
        """Every (exercise, rule) exclusion in library order, the exercises no rule keeps out,
        and the sources the exclusions cite. Entries are shared between plans (read-only)."""
        safety = self._safety(ctx)
        personal = [(r, self._personal_hits(r, ctx)) for r in self.exclusions if r.predicate.personal]
        key = (ctx.safety_key, *(hits for _, hits in personal))
        screen = self._screens.get(key)
        if screen is None:
            if len(self._screens) > 4096:
                self._screens.clear()
            blocked = frozenset().union(*(hits for _, hits in personal))
            extra = [(self.rank[slug, r.id], self._entry(slug, r)) for r, hits in personal for slug in hits]
            excluded = [entry for _, entry in sorted(safety.entries + extra, key=_first)]
            screen = self._screens[key] = Screen(
                excluded=excluded,
                allowed=[ex for ex in safety.allowed if ex.slug not in blocked],
                sources=frozenset(e["source"] for e in excluded),
                safety_key=ctx.safety_key,
                blocked=blocked,
                allowed_slugs=frozenset(ex.slug for ex in safety.allowed if ex.slug not in blocked),
            )
        return screen

    # -- choosing -----------------------------------------------------------------------

    def target_level(self, a: Assessment, p: Person) -> int:
        """The difficulty level (1-5) to start from."""
        level = {"sedentary": 1, "light": 2, "moderate": 3, "vigorous": 4}.get(p.activity_level or "", 1)
        if a.tier == "very_high" or a.fall_risk == "elevated":
            level = min(level, 1 if a.tier == "very_high" else 2)
        elif a.tier == "high":
            level = min(level, 2)
        return level

    def beginner(self, a: Assessment, p: Person) -> bool:
        """Whether to start at the library's beginner doses."""
        cfg: Beginner = self.cfg["R-PLAN-04"]
        return (
            p.activity_level is None
            or p.activity_level in cfg.beginner_activity
            or TIER_RANK[a.tier] >= TIER_RANK[cfg.beginner_from_tier]
        )

    def ranked(self, pool: list[Exercise], level: int, high: bool) -> list[Exercise]:
        """Best first: the level nearest theirs, off the floor, supported versions for the
        high tiers, shorter ones, and the slug to break ties. (What a person enjoys is moved
        to the front afterwards.)"""

        def key(ex: Exercise) -> tuple[Any, ...]:
            return (
                abs(ex.level - level),
                "floor_transfer" in ex.tags,
                high and "spine_supported" not in ex.tags and ex.position != "sitting",
                ex.minutes,
                ex.slug,
            )

        return sorted(pool, key=key)

    def safety_pools(
        self, safety_key: tuple[str, str, bool], level: int, high: bool
    ) -> dict[str, list[Exercise]]:
        """The exercises the safety rules allow, by slot pool, ranked for this level and tier."""
        key = (safety_key, level, high)
        pools = self._ranked.get(key)
        if pools is None:
            from bonesafe.engine.week import pools_of

            allowed = self._safety_views[safety_key].allowed
            order = self.cfg["R-PLAN-03"]
            pools = self._ranked[key] = pools_of(allowed, order, lambda pool: self.ranked(pool, level, high))
        return pools

    def plan_week(
        self, a: Assessment, p: Person, screen: Screen
    ) -> tuple[list[dict[str, Any]], dict[str, Any], set[str]]:
        """The week, its totals, and the sources its items cite."""
        from bonesafe.engine.week import Week

        week = Week(self, a, p, screen)
        days, totals = week.build()
        return days, totals, week.sources
