"""The intake of the plan contract (`bonesafe.plan/1`): strict, every field checked.

Unknown fields are errors (a typo must never silently drop safety information), and every
error names the field by its JSON path and says what is allowed.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bonesafe.engine.vocab import (
    Activity,
    ActivityLevel,
    BoneSite,
    Equipment,
    FractureSite,
    RedFlag,
    Sex,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class BoneDensity(Strict):
    t_score: float | None = Field(default=None, ge=-6, le=4, description="Lowest DXA T-score.")
    site: BoneSite | None = Field(default=None, description="Where that T-score was measured.")
    date: dt.date | None = Field(default=None, description="When the scan was done.")


class Frax(Strict):
    major_osteoporotic_pct: float | None = Field(default=None, ge=0, le=100)
    hip_pct: float | None = Field(default=None, ge=0, le=100)


class Fracture(Strict):
    site: FractureSite
    year: int | None = Field(default=None, ge=1900, le=2100)
    low_trauma: bool = Field(default=True, description="From standing height or less, or none remembered.")


class Tests(Strict):
    tug_seconds: float | None = Field(default=None, gt=0, le=600, description="Timed Up and Go.")
    chair_stands_30s: int | None = Field(default=None, ge=0, le=100)
    tandem_stance_seconds: float | None = Field(default=None, ge=0, le=600)


class Parq(Strict):
    """The 7 PAR-Q+ general questions; a missing answer is unknown, not "no"."""

    heart_condition: bool | None = None
    chest_pain: bool | None = None
    dizziness_or_fainting: bool | None = None
    other_chronic_condition: bool | None = None
    prescribed_medication: bool | None = None
    bone_joint_problem: bool | None = None
    supervised_only: bool | None = None


class Clearance(Strict):
    cleared: bool
    date: dt.date | None = None


class Preferences(Strict):
    enjoys: list[Activity] = Field(default_factory=list)
    equipment: list[Equipment] | None = Field(
        default=None, description="Absent means a chair and a wall only."
    )
    days_per_week: int | None = Field(default=None, ge=1, le=7)
    minutes_per_day: int | None = Field(default=None, ge=10, le=180)


class Intake(Strict):
    age: int = Field(ge=18, le=120)
    sex: Sex
    bone_density: BoneDensity | None = None
    frax: Frax | None = None
    fractures: list[Fracture] = Field(default_factory=list)
    kyphosis: bool | None = None
    back_pain: int | None = Field(default=None, ge=0, le=10)
    stay_independent: Annotated[list[bool], Field(min_length=12, max_length=12)] | None = None
    tests: Tests | None = None
    parq: Parq | None = None
    red_flags: list[RedFlag] = Field(default_factory=list)
    clearance: Clearance | None = None
    activity_level: ActivityLevel | None = None
    preferences: Preferences | None = None


class IntakeError(Exception):
    """Invalid input: `messages` name each offending field by its JSON path."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__("\n".join(messages))


def json_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.startswith(("function-", "nullable", "list[", "tagged-union")):
            continue
        else:
            out += f".{part}" if out else part
    return out or "(intake)"


def _allowed(expected: str) -> str:
    return expected.replace("'", "").replace(" or ", ", ")


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    return json.dumps(value)


def _say(error: Any) -> str:
    kind, ctx, value = error["type"], error.get("ctx", {}), error.get("input")
    shown = _show(value)
    if kind == "literal_error":
        return f"{shown} is not one of {_allowed(ctx['expected'])}"
    if kind == "extra_forbidden":
        return "unknown field (check the spelling; see `bonesafe schema intake`)"
    if kind == "missing":
        return "is required"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        words = {
            "greater_than_equal": "at least",
            "greater_than": "more than",
            "less_than_equal": "at most",
            "less_than": "less than",
        }[kind]
        limit = next(iter(ctx.values()))
        return f"{shown} is out of range: must be {words} {limit}"
    if kind in ("too_short", "too_long"):
        return (
            f"must have exactly {ctx.get('min_length', ctx.get('max_length'))} answers"
            if (ctx.get("min_length") == 12 or ctx.get("max_length") == 12)
            else f"has {ctx.get('actual_length')} items: {error['msg'].lower()}"
        )
    return f"{shown}: {error['msg'][0].lower()}{error['msg'][1:]}"


def _messages(exc: ValidationError) -> list[str]:
    seen: dict[str, None] = {}
    for error in exc.errors():
        seen.setdefault(f"{json_path(error['loc'])}: {_say(error)}", None)
    return list(seen)


def parse_intake(text: str | bytes) -> Intake:
    """Parse one JSON intake; raises IntakeError naming every bad field."""
    try:
        return Intake.model_validate_json(text)
    except ValidationError as exc:
        if any(e["type"] == "json_invalid" for e in exc.errors()):
            raise IntakeError([f"(intake): not valid JSON: {exc.errors()[0]['msg']}"]) from None
        if any(e["type"] == "model_type" and not e["loc"] for e in exc.errors()):
            raise IntakeError(["(intake): must be a JSON object"]) from None
        raise IntakeError(_messages(exc)) from None


def intake_schema() -> dict[str, Any]:
    schema = Intake.model_json_schema()
    schema["$id"] = "https://bonesafe.example/schema/bonesafe.plan/1/intake.json"
    schema["title"] = "bonesafe.plan/1 intake"
    return schema
