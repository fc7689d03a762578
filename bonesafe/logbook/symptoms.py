"""Something is wrong: record the symptom, stop the plan, and say what the rulebook advises."""

from __future__ import annotations

import json

from django.db import transaction

from bonesafe.accounts.models import User
from bonesafe.core.engine import load_engine
from bonesafe.engine.assess import Reason
from bonesafe.engine.intake import parse_intake
from bonesafe.logbook.models import SymptomReport
from bonesafe.plans.forms import to_intake
from bonesafe.plans.models import IntakeDraft, PlanVersion
from bonesafe.plans.views import plan_for


@transaction.atomic
def report(user: User, flag: str, note: str = "") -> tuple[list[Reason], bool]:
    """Record the symptom and stop the plan. Returns the rulebook's advice for it, and whether
    a new (stopping) plan version could be made."""
    SymptomReport.objects.create(user=user, flag=flag, note=note)
    return load_engine().assessor.red_flag_reasons([flag]), stop_plan(user, flag)


def stop_plan(user: User, flag: str) -> bool:
    """Add the red flag to the person's answers and make a new plan version, which stops.
    Returns whether there was enough known (age and sex) to make it."""
    draft, _ = IntakeDraft.objects.get_or_create(user=user)
    flags = set(draft.answers.get("symptoms", {}).get("red_flags", [])) | {flag}
    draft.answers["symptoms"] = {"red_flags": sorted(flags)}
    draft.save(update_fields=["answers", "updated"])
    latest = PlanVersion.objects.filter(user=user).first()
    intake = to_intake(draft.answers) if "about" in draft.answers else dict(latest.intake) if latest else None
    if intake is None:
        return False
    intake["red_flags"] = sorted(set(intake.get("red_flags", [])) | {flag})
    plan_for(user, intake, parse_intake(json.dumps(intake)))
    return True
