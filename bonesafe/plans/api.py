"""/api/v1/me/plans: make a plan from a contract intake, and read the kept versions."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from bonesafe.accounts.access import person
from bonesafe.accounts.api import AUTH
from bonesafe.api_errors import ErrorOut, FieldError, NotFoundError
from bonesafe.engine.intake import IntakeError, intake_schema, parse_intake
from bonesafe.plans.models import PlanVersion
from bonesafe.plans.views import plan_for

router = Router(tags=["plans"], auth=AUTH)


class InvalidIntakeError(HttpError):
    def __init__(self, messages: list[str]) -> None:
        super().__init__(422, "; ".join(messages))
        pairs = [m.split(": ", 1) for m in messages]
        # "(intake)" is the whole body (not JSON, not an object): no single field to name.
        self.fields = [FieldError(field=None if f == "(intake)" else f, message=msg) for f, msg in pairs]


class PlanVersionOut(Schema):
    number: int
    created: dt.datetime
    start: dt.date
    library_version: str
    rulebook_version: str
    intake: dict[str, Any]
    plan: dict[str, Any]
    """The `bonesafe.plan/1` plan (see `bonesafe schema plan`)."""


class PlanSummaryOut(Schema):
    number: int
    created: dt.datetime
    start: dt.date
    status: str


def inline(schema: Any, defs: dict[str, Any] | None = None) -> Any:
    """A JSON Schema with its `$defs` references written out in place (for OpenAPI)."""
    defs = defs if defs is not None else schema.get("$defs", {})
    if isinstance(schema, dict):
        if "$ref" in schema:
            return inline(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: inline(v, defs) for k, v in schema.items() if k != "$defs"}
    if isinstance(schema, list):
        return [inline(v, defs) for v in schema]
    return schema


INTAKE_BODY = {
    "requestBody": {"required": True, "content": {"application/json": {"schema": inline(intake_schema())}}}
}


@router.post(
    "",
    response={201: PlanVersionOut, 401: ErrorOut, 422: ErrorOut},
    summary="Make a plan",
    openapi_extra=INTAKE_BODY,
)
def create_plan(request: HttpRequest) -> Status[PlanVersion]:
    """Assess the `bonesafe.plan/1` intake in the body and keep the plan as a new version.
    Every bad field is named by its JSON path, as on the command line."""
    try:
        parsed = parse_intake(request.body)
    except IntakeError as exc:
        raise InvalidIntakeError(exc.messages) from None
    return Status(201, plan_for(person(request), json.loads(request.body), parsed))


@router.get("", response={200: list[PlanSummaryOut], 401: ErrorOut}, summary="My plan versions")
def list_plans(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {"number": v.number, "created": v.created, "start": v.start, "status": v.plan["status"]}
        for v in PlanVersion.objects.filter(user=person(request)).only("number", "created", "start", "plan")
    ]


@router.get(
    "/latest", response={200: PlanVersionOut, 401: ErrorOut, 404: ErrorOut}, summary="My current plan"
)
def latest_plan(request: HttpRequest) -> PlanVersion:
    version = PlanVersion.objects.filter(user=person(request)).first()
    if version is None:
        raise NotFoundError("number", "No plan yet: make one first.")
    return version


@router.get(
    "/{number}", response={200: PlanVersionOut, 401: ErrorOut, 404: ErrorOut}, summary="One plan version"
)
def get_plan(request: HttpRequest, number: int) -> PlanVersion:
    version = PlanVersion.objects.filter(user=person(request), number=number).first()
    if version is None:
        raise NotFoundError("number", f"No plan {number}.")
    return version
