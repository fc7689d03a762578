"""The plan of the contract (`bonesafe.plan/1`) as typed models: its JSON Schema, and a
strict check that the planner's output keeps the shape (used by the tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bonesafe.engine.vocab import (
    Category,
    Equipment,
    FallLevel,
    Status,
    SuggestedTest,
    Supervision,
    Tag,
    Tier,
)


class Shape(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=False)


class Reason(Shape):
    rule: str = Field(pattern=r"^R-")
    text: str = Field(min_length=1)
    source: str


class SetsDose(Shape):
    sets: int
    reps: str


class MinutesDose(Shape):
    minutes: int


class HoldsDose(Shape):
    holds: int
    hold_seconds: int


class ImpactsDose(Shape):
    impacts: int


class Item(Shape):
    exercise: str
    name: str
    category: Category
    tags: list[Tag]
    equipment: list[Equipment]
    dose: SetsDose | MinutesDose | HoldsDose | ImpactsDose
    minutes: int = Field(ge=1)
    why: list[Reason] = Field(min_length=1)


class Day(Shape):
    day: int = Field(ge=1, le=7, description="ISO weekday: Monday = 1.")
    date: dt.date
    items: list[Item]


class Excluded(Shape):
    exercise: str
    rule: str
    reason: str
    source: str


class Totals(Shape):
    strength_days: int
    balance_minutes: int
    aerobic_minutes: int
    impact_days: int
    posture_days: int
    shortfalls: list[str]


class FractureRisk(Shape):
    tier: Tier
    reasons: list[Reason]


class FallRisk(Shape):
    level: FallLevel
    reasons: list[Reason]


class Readiness(Shape):
    status: Status
    reasons: list[Reason]


class AssessmentOut(Shape):
    fracture_risk: FractureRisk
    fall_risk: FallRisk
    readiness: Readiness
    suggested_tests: list[SuggestedTest]


class SourceOut(Shape):
    id: str
    citation: str


class Plan(Shape):
    contract: Literal["bonesafe.plan/1"]
    status: Status
    assessment: AssessmentOut
    supervision: Supervision
    week: list[Day] = Field(min_length=7, max_length=7)
    excluded: list[Excluded]
    totals: Totals
    sources: list[SourceOut]


def plan_schema() -> dict[str, Any]:
    schema = Plan.model_json_schema()
    schema["$id"] = "https://bonesafe.example/schema/bonesafe.plan/1/plan.json"
    schema["title"] = "bonesafe.plan/1 plan"
    return schema
