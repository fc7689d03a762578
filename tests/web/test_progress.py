"""The progress page and its figures."""

import datetime as dt

import pytest
from django.test import Client

from bonesafe.accounts.models import User
from bonesafe.logbook.progress import LogRow, adherence, calendar, minutes_by_category, strength_trend

MONDAY = dt.date(2026, 11, 23)


def row(
    day: int,
    exercise: str = "sit_to_stand",
    skipped: bool = False,
    reps: int | None = 12,
    minutes: int | None = None,
) -> LogRow:
    return LogRow(MONDAY + dt.timedelta(days=day), exercise, skipped, 1, reps, minutes, "")


def test_the_calendar_marks_done_missed_and_rest_days() -> None:
    weeks = calendar(MONDAY + dt.timedelta(days=2), {1, 3}, MONDAY, [row(0)])
    this_week = weeks[-1]
    assert [c.word for c in this_week[:3]] == ["done", "rest", "missed"]
    assert [c.word for c in weeks[0]] == ["rest"] * 7  # before the first plan


def test_adherence_counts_planned_days_done() -> None:
    weeks = calendar(MONDAY + dt.timedelta(days=2), {1, 3}, MONDAY, [row(0), row(1, skipped=True)])
    assert adherence(weeks)[-1] == {"monday": MONDAY, "planned": 2, "done": 1, "percent": 50}


def test_minutes_use_the_plan_when_none_were_typed_and_skip_skipped() -> None:
    rows = [
        row(0, "walking", minutes=25),
        row(1, "tandem_stance_supported", reps=None),
        row(2, "walking", skipped=True),
    ]
    done = minutes_by_category(
        rows,
        MONDAY,
        {"tandem_stance_supported": 3},
        {"walking": "aerobic_weight_bearing", "tandem_stance_supported": "balance"},
    )
    assert done == {"aerobic_weight_bearing": 25, "balance": 3}


def test_the_strength_trend_is_total_repetitions_in_date_order() -> None:
    rows = [row(3, reps=15), row(0, reps=12), row(1, "walking")]
    assert strength_trend(rows, {"sit_to_stand"}) == {
        "sit_to_stand": [(MONDAY, 12, ""), (MONDAY + dt.timedelta(days=3), 15, "")]
    }


@pytest.mark.django_db
def test_the_progress_page_shows_the_calendar_minutes_and_trend_with_tables(
    client: Client, planned: User
) -> None:
    client.post("/today/1", {"action": "log", "sets": "1", "reps": "12", "effort": "5", "pain": "0"})
    text = client.get("/progress").text
    assert "The last four weeks" in text
    assert "This week, in minutes" in text
    assert "<table" in text
    assert "120 min" in text


@pytest.mark.django_db
def test_progress_needs_a_plan_first(client: Client) -> None:
    client.force_login(User.objects.create_user(email="new@example.org", password="a long walk at dawn"))
    assert client.get("/progress").headers["Location"] == "/intake/about"


@pytest.mark.django_db
def test_demo_data_makes_people_with_plans_and_a_history_of_logs() -> None:
    from django.core.management import call_command

    from bonesafe.logbook.models import ExerciseLog
    from bonesafe.plans.models import PlanVersion

    call_command("demo_data", people=3, days=60, seed=1)
    call_command("demo_data", people=3, days=60, seed=1)  # idempotent
    assert User.objects.filter(email__startswith="demo-").count() == 3
    assert PlanVersion.objects.count() == 3
    assert ExerciseLog.objects.filter(skipped=False).count() > 10
