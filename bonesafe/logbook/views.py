"""Today's session, one exercise at a time, and the "something is wrong" button."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods, require_safe

from bonesafe.accounts.access import person
from bonesafe.core.engine import load_engine
from bonesafe.core.forms import mark_errors
from bonesafe.engine.text import dose_words
from bonesafe.figure import static_svg
from bonesafe.logbook.forms import LogForm, SkipForm, SomethingWrongForm
from bonesafe.logbook.models import ExerciseLog
from bonesafe.logbook.symptoms import report
from bonesafe.plans.models import PlanVersion


def _today_items(version: PlanVersion) -> list[dict[str, Any]]:
    """Today's items: the plan's day with today's date, or with today's weekday."""
    today = timezone.localdate()
    days = version.plan["week"]
    day = next((d for d in days if d["date"] == today.isoformat()), None)
    day = day or next((d for d in days if d["day"] == today.isoweekday()), {"items": []})
    return list(day["items"])


def _initial(item: dict[str, Any]) -> dict[str, Any]:
    dose = item["dose"]
    initial: dict[str, Any] = {"sets": dose.get("sets") or dose.get("holds"), "minutes": dose.get("minutes")}
    if "reps" in dose:
        initial["reps"] = int(str(dose["reps"]).split("-")[0])
    return initial


@require_safe
@login_required
def today(request: HttpRequest) -> HttpResponse:
    version = PlanVersion.objects.filter(user=person(request)).first()
    if version is None:
        return redirect("intake-step", step="about")
    items = _today_items(version)
    if version.plan["status"] == "stop" or not items:
        return render(request, "logbook/today_none.html", {"plan": version.plan})
    done = set(
        ExerciseLog.objects.filter(user=person(request), date=timezone.localdate()).values_list(
            "exercise", flat=True
        )
    )
    return render(request, "logbook/today.html", {"items": items, "done": done})


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def today_item(request: HttpRequest, number: int) -> HttpResponse:
    user = person(request)
    version = PlanVersion.objects.filter(user=user).first()
    items = _today_items(version) if version and version.plan["status"] != "stop" else []
    if not 1 <= number <= len(items):
        raise Http404("No such exercise today.")
    item = items[number - 1]
    log_form = LogForm(request.POST if request.POST.get("action") == "log" else None, initial=_initial(item))
    skip_form = SkipForm(request.POST if request.POST.get("action") == "skip" else None)
    if request.method == "POST":
        entry = _record(request, version, item, log_form, skip_form)
        if entry is not None:
            following = number + 1
            return redirect("today-item", number=following) if following <= len(items) else redirect("today")
        mark_errors(log_form)
    ex = load_engine().library.exercises[item["exercise"]]
    picture = mark_safe(static_svg(ex.illustration, ex.name, f"still-{ex.slug}"))  # noqa: S308 (our own SVG)
    return render(
        request,
        "logbook/today_item.html",
        {
            "item": item,
            "ex": ex,
            "number": number,
            "count": len(items),
            "picture": picture,
            "dose": dose_words(item["dose"]),
            "log_form": log_form,
            "skip_form": skip_form,
            "counter": json.dumps({"reps": _initial(item).get("reps") or 0}),
        },
    )


def _record(
    request: HttpRequest, version: Any, item: dict[str, Any], log_form: LogForm, skip_form: SkipForm
) -> ExerciseLog | None:
    user, today_date = person(request), timezone.localdate()
    base = {"user": user, "plan": version, "date": today_date, "exercise": item["exercise"]}
    if request.POST.get("action") == "skip" and skip_form.is_valid():
        return ExerciseLog.objects.create(
            **base, skipped=True, skip_reason=skip_form.cleaned_data["skip_reason"]
        )
    if request.POST.get("action") == "log" and log_form.is_valid():
        entry: ExerciseLog = log_form.save(commit=False)
        for key, value in base.items():
            setattr(entry, key, value)
        entry.save()
        return entry
    return None


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def something_wrong(request: HttpRequest) -> HttpResponse:
    """Record a red-flag symptom, stop the plan, and say what to do."""
    form = SomethingWrongForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_valid():
            reasons, _ = report(person(request), **form.cleaned_data)
            return render(request, "logbook/stop.html", {"reasons": reasons})
        mark_errors(form)
    return render(request, "logbook/something_wrong.html", {"form": form})


@require_safe
@login_required
def progress(request: HttpRequest) -> HttpResponse:
    from bonesafe.logbook import progress as figures

    user = person(request)
    version = PlanVersion.objects.filter(user=user).first()
    if version is None:
        return redirect("intake-step", step="about")
    first = PlanVersion.objects.filter(user=user).order_by("number").first()
    today_date = timezone.localdate()
    since = timezone.localdate(first.created) if first else today_date
    window = today_date - dt.timedelta(days=7 * figures.WEEKS)
    rows = [
        figures.LogRow(r.date, r.exercise, r.skipped, r.sets, r.reps, r.minutes, r.resistance)
        for r in ExerciseLog.objects.filter(user=user, date__gte=window)
    ]
    items = [i for d in version.plan["week"] for i in d["items"]]
    weekdays = {d["day"] for d in version.plan["week"] if d["items"]}
    weeks = figures.calendar(today_date, weekdays, since, rows)
    library = load_engine().library.exercises
    category_of = {slug: ex.category for slug, ex in library.items()}
    done = figures.minutes_by_category(
        rows,
        today_date - dt.timedelta(days=today_date.weekday()),
        {i["exercise"]: i["minutes"] for i in items},
        category_of,
    )
    cfg = load_engine().planner.cfg
    targets = [
        ("Balance", done.get("balance", 0), cfg["R-PLAN-06"].weekly_minutes),
        ("Weight-bearing aerobic", done.get("aerobic_weight_bearing", 0), cfg["R-PLAN-07"].weekly_minutes),
        ("Strength", done.get("strength", 0), None),
        ("Posture and back", done.get("posture", 0), None),
    ]
    trend = figures.strength_trend(rows, {s for s, c in category_of.items() if c == "strength"})
    charts = [
        {
            "name": library[slug].name,
            "rows": points,
            "svg": mark_safe(figures.sparkline([p[1] for p in points])),  # noqa: S308 (numbers only)
        }
        for slug, points in trend.items()
    ]
    return render(
        request,
        "logbook/progress.html",
        {
            "weeks": weeks,
            "adherence": figures.adherence(weeks),
            "targets": targets,
            "charts": charts,
        },
    )
