"""The guided intake (/intake/<step>), and my plan (/plan)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from bonesafe.accounts.access import person
from bonesafe.accounts.models import User
from bonesafe.core.engine import load_engine
from bonesafe.core.forms import mark_errors
from bonesafe.core.labels import words
from bonesafe.engine.core import next_monday
from bonesafe.engine.intake import IntakeError, parse_intake
from bonesafe.engine.text import dose_words
from bonesafe.plans.forms import STEPS, saved, to_intake
from bonesafe.plans.models import IntakeDraft, PlanVersion

STEP_NAMES = [name for name, _, _ in STEPS]


def _draft(request: HttpRequest) -> IntakeDraft:
    draft, _ = IntakeDraft.objects.get_or_create(user=person(request))
    return draft


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def intake_step(request: HttpRequest, step: str = "about") -> HttpResponse:
    if step not in STEP_NAMES:
        raise Http404("No such step.")
    index = STEP_NAMES.index(step)
    _, title, form_class = STEPS[index]
    draft = _draft(request)
    form = form_class(
        request.POST if request.method == "POST" else None, initial=draft.answers.get(step) or None
    )
    if request.method == "POST":
        if form.is_valid():
            draft.answers[step] = saved(form)
            draft.save(update_fields=["answers", "updated"])
            following = STEP_NAMES[index + 1] if index + 1 < len(STEPS) else None
            return redirect("intake-step", step=following) if following else redirect("intake-review")
        mark_errors(form)
    steps = [{"name": n, "title": t, "done": n in draft.answers, "current": n == step} for n, t, _ in STEPS]
    return render(
        request,
        "plans/intake_step.html",
        {
            "form": form,
            "title": title,
            "step": step,
            "number": index + 1,
            "count": len(STEPS),
            "steps": steps,
            "previous": STEP_NAMES[index - 1] if index else None,
        },
    )


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def intake_review(request: HttpRequest) -> HttpResponse:
    draft = _draft(request)
    intake = to_intake(draft.answers)
    problems: list[str] = []
    try:
        parsed = parse_intake(json.dumps(intake))
    except IntakeError as exc:
        problems, parsed = exc.messages, None
        if "about" not in draft.answers:
            problems = ["Answer the first step, “About you”: your age and sex are needed to make a plan."]
    if request.method == "POST" and parsed is not None:
        make_plan(request, intake, parsed)
        return redirect("plan")
    missing = [title for name, title, _ in STEPS if name not in draft.answers]
    return render(request, "plans/intake_review.html", {"problems": problems, "missing": missing})


def make_plan(request: HttpRequest, intake: dict[str, Any], parsed: Any) -> PlanVersion:
    return plan_for(person(request), intake, parsed)


@transaction.atomic
def plan_for(user: User, intake: dict[str, Any], parsed: Any) -> PlanVersion:
    """A new plan version for this person from a validated intake, starting next Monday."""
    engine = load_engine()
    start = next_monday(timezone.localdate())
    latest = PlanVersion.objects.filter(user=user).select_for_update().first()
    return PlanVersion.objects.create(
        user=user,
        number=(latest.number + 1) if latest else 1,
        intake=intake,
        plan=engine.plan(parsed, start),
        start=start,
        library_version=engine.library.version,
        rulebook_version=engine.rulebook.version,
    )


def _day_view(day: dict[str, Any]) -> dict[str, Any]:
    date = dt.date.fromisoformat(day["date"])
    items = [
        {**item, "dose_words": dose_words(item["dose"]), "category_words": words(item["category"])}
        for item in day["items"]
    ]
    return {"date": date, "items": items, "minutes": sum(i["minutes"] for i in items)}


@require_safe
@login_required
def my_plan(request: HttpRequest) -> HttpResponse:
    version = PlanVersion.objects.filter(user=person(request)).first()
    if version is None:
        return redirect("intake-step", step="about")
    plan = version.plan
    excluded: dict[str, dict[str, Any]] = {}
    for entry in plan["excluded"]:
        excluded.setdefault(entry["reason"], {"rule": entry["rule"], "source": entry["source"], "slugs": []})
        excluded[entry["reason"]]["slugs"].append(entry["exercise"])
    names = {slug: ex.name for slug, ex in load_engine().library.exercises.items()}
    left_out = [
        {"reason": reason, **e, "names": [names.get(s, s) for s in e["slugs"]]}
        for reason, e in excluded.items()
    ]
    return render(
        request,
        "plans/plan.html",
        {
            "version": version,
            "plan": plan,
            "days": [_day_view(d) for d in plan["week"]],
            "left_out": left_out,
        },
    )
