"""/api/v1/me/logs and /api/v1/me/symptoms: what was done, and what went wrong."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status

from bonesafe.accounts.access import person
from bonesafe.accounts.api import AUTH
from bonesafe.api_errors import ErrorOut, NotFoundError
from bonesafe.core.engine import load_engine
from bonesafe.engine.vocab import RedFlag
from bonesafe.logbook.models import ExerciseLog
from bonesafe.logbook.symptoms import report
from bonesafe.plans.models import PlanVersion

router = Router(tags=["log"], auth=AUTH)


class LogIn(Schema):
    exercise: str = Field(description="The exercise's slug in the library.")
    date: dt.date | None = Field(default=None, description="Default: today.")
    skipped: bool = False
    skip_reason: str = Field(default="", max_length=200)
    sets: int | None = Field(default=None, ge=0, le=20)
    reps: int | None = Field(default=None, ge=0, le=200)
    minutes: int | None = Field(default=None, ge=0, le=600)
    resistance: str = Field(default="", max_length=60)
    effort: int | None = Field(default=None, ge=0, le=10)
    pain: int | None = Field(default=None, ge=0, le=10)
    note: str = Field(default="", max_length=500)


class LogOut(LogIn):
    id: int
    date: dt.date


class LogFilters(Schema):
    since: dt.date | None = None


@router.post(
    "/logs", response={201: LogOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut}, summary="Log an exercise"
)
def create_log(request: HttpRequest, body: LogIn) -> Status[ExerciseLog]:
    if body.exercise not in load_engine().library.exercises:
        raise NotFoundError("exercise", f"No exercise '{body.exercise}'.")
    user = person(request)
    data = body.dict()
    data["date"] = data["date"] or timezone.localdate()
    entry = ExerciseLog.objects.create(user=user, plan=PlanVersion.objects.filter(user=user).first(), **data)
    return Status(201, entry)


@router.get("/logs", response={200: list[LogOut], 401: ErrorOut}, summary="My log")
def list_logs(request: HttpRequest, filters: Query[LogFilters]) -> list[ExerciseLog]:
    logs = ExerciseLog.objects.filter(user=person(request))
    if filters.since:
        logs = logs.filter(date__gte=filters.since)
    return list(logs[:1000])


class SymptomIn(Schema):
    flag: RedFlag
    note: str = Field(default="", max_length=500)


class ReasonOut(Schema):
    rule: str
    text: str
    source: str


class SymptomOut(Schema):
    flag: str
    advice: str
    """What to do now, in plain words (the reasons' texts)."""
    reasons: list[ReasonOut]
    plan_stopped: bool


@router.post(
    "/symptoms", response={201: SymptomOut, 401: ErrorOut, 422: ErrorOut}, summary="Something is wrong"
)
def report_symptom(request: HttpRequest, body: SymptomIn) -> Status[dict[str, object]]:
    """Record a red-flag symptom; the person's plan stops until a clinician has checked them."""
    reasons, stopped = report(person(request), body.flag, body.note)
    advice = " ".join(r["text"] for r in reasons)
    return Status(201, {"flag": body.flag, "advice": advice, "reasons": reasons, "plan_stopped": stopped})
