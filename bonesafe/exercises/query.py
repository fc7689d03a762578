"""Filtering the library: the same rules for the pages, the API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from bonesafe.engine.library import Exercise, Library

CATEGORY_ORDER = (
    "strength",
    "posture",
    "balance",
    "aerobic_weight_bearing",
    "aerobic_non_weight_bearing",
    "impact",
    "flexibility",
    "warm_up",
    "avoid",
)


@dataclass(frozen=True)
class ExerciseFilter:
    category: str = ""
    equipment: str = ""
    """Equipment an exercise uses, or "none" for body weight only."""
    tag: str = ""
    q: str = ""

    def matches(self, ex: Exercise) -> bool:
        if self.category and ex.category != self.category:
            return False
        if self.equipment == "none" and ex.needs():
            return False
        if self.equipment not in ("", "none") and not ex.uses(self.equipment):
            return False
        if self.tag and self.tag not in ex.tags:
            return False
        text = self.q.strip().lower()
        return not text or any(text in s.lower() for s in (ex.name, ex.summary, ex.slug))


def filter_exercises(library: Library, flt: ExerciseFilter) -> list[Exercise]:
    rank = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    found = [e for e in library.exercises.values() if flt.matches(e)]
    return sorted(found, key=lambda e: (rank[e.category], e.level, e.name))
