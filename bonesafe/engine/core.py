"""The engine's front door: intake in, `bonesafe.plan/1` plan out. No Django, no clock."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from bonesafe.engine.assess import Assessment, Assessor
from bonesafe.engine.facts import facts_of
from bonesafe.engine.intake import Intake
from bonesafe.engine.library import Library, default_content_root, load_library
from bonesafe.engine.planner import Defaults, Person, Planner
from bonesafe.engine.rules import Context, Rulebook, load_rulebook

CONTRACT = "bonesafe.plan/1"


def next_monday(today: dt.date) -> dt.date:
    """The first Monday after `today` (a week on, when today is a Monday)."""
    return today + dt.timedelta(days=7 - today.weekday())


class Engine:
    def __init__(self, library: Library, rulebook: Rulebook) -> None:
        self.library, self.rulebook = library, rulebook
        self.assessor = Assessor(rulebook)
        self.planner = Planner(library, rulebook)
        self.defaults: Defaults = self.planner.cfg["R-PLAN-13"]

    @classmethod
    def load(cls, root: Path | None = None) -> Engine:
        root = root or default_content_root()
        library = load_library(root)
        return cls(library, load_rulebook(root, library.sources))

    @property
    def version(self) -> dict[str, str]:
        return {"library": self.library.version, "rulebook": self.rulebook.version}

    def assess(self, intake: Intake, start: dt.date) -> Assessment:
        return self.assessor.assess(facts_of(intake, start))

    def person(self, intake: Intake, start: dt.date) -> Person:
        prefs, d = intake.preferences, self.defaults
        equipment = prefs.equipment if prefs and prefs.equipment is not None else d.default_equipment
        return Person(
            days=(prefs.days_per_week if prefs else None) or d.default_days,
            minutes=(prefs.minutes_per_day if prefs else None) or d.default_minutes,
            equipment=frozenset(equipment),
            enjoys=frozenset(prefs.enjoys if prefs else ()),
            activity_level=intake.activity_level,
            start=start,
        )

    def plan(self, intake: Intake, start: dt.date) -> dict[str, Any]:
        """The `bonesafe.plan/1` plan for this intake, its week starting on `start`.

        Pieces that are the same for many people (items, reasons, exclusions) are shared
        between plans: treat the result as read-only, and copy it (`copy.deepcopy`, or a
        JSON round trip) before changing anything.
        """
        facts = facts_of(intake, start)
        a = self.assessor.assess(facts)
        person = self.person(intake, start)
        ctx = Context(a.tier, a.fall_risk, facts.clearance_valid, person.equipment, person.enjoys)
        screen = self.planner.screen(ctx)
        week, totals, cited = self.planner.plan_week(a, person, screen)
        plan: dict[str, Any] = {
            "contract": CONTRACT,
            "status": a.status,
            "assessment": a.as_dict(),
            "supervision": a.supervision,
            "week": week,
            "excluded": list(screen.excluded),
            "totals": totals,
        }
        plan["sources"] = self._sources(a, cited | screen.sources)
        return plan

    def _sources(self, a: Assessment, cited: set[str] | frozenset[str]) -> list[dict[str, str]]:
        ids = {r["source"] for r in (*a.tier_reasons, *a.fall_reasons, *a.readiness_reasons)}
        ids.update(cited)
        sources = self.library.sources
        return [{"id": i, "citation": sources[i].citation.strip()} for i in sorted(ids)]


def dumps(plan: dict[str, Any], *, pretty: bool = True) -> str:
    """The plan as JSON text: indented for a person, compact for JSON Lines."""
    return orjson.dumps(plan, option=orjson.OPT_INDENT_2 if pretty else 0).decode()


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine.load()
