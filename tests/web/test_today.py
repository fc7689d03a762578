"""Today's session: log or skip each exercise; "something is wrong" stops the plan."""

import pytest
from django.test import Client

from bonesafe.accounts.models import User
from bonesafe.logbook.models import ExerciseLog, SymptomReport
from bonesafe.plans.models import PlanVersion

pytestmark = pytest.mark.django_db


def test_today_without_a_plan_leads_to_the_questions(client: Client) -> None:
    client.force_login(User.objects.create_user(email="new@example.org", password="a long walk at dawn"))
    assert client.get("/today").headers["Location"] == "/intake/about"


def test_today_lists_the_session_and_each_exercise_has_its_page(client: Client, planned: User) -> None:
    text = client.get("/today").text
    assert "Today's session" in text
    page = client.get("/today/1")
    assert page.status_code == 200
    assert "Exercise 1 of" in page.text
    assert "<svg" in page.text
    assert "How did it go?" in page.text


def test_logging_an_exercise_keeps_it_and_goes_on(client: Client, planned: User) -> None:
    response = client.post(
        "/today/1",
        {"action": "log", "sets": "1", "reps": "12", "effort": "5", "pain": "0", "resistance": "red band"},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/today/2"
    log = ExerciseLog.objects.get(user=planned)
    assert (log.sets, log.reps, log.effort, log.pain, log.resistance, log.skipped) == (
        1,
        12,
        5,
        0,
        "red band",
        False,
    )
    assert log.plan == PlanVersion.objects.get(user=planned)


def test_a_bad_effort_is_shown_at_its_field_and_the_rest_is_kept(client: Client, planned: User) -> None:
    response = client.post(
        "/today/1", {"action": "log", "sets": "1", "reps": "12", "effort": "11", "note": "tired"}
    )
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 10." in response.text
    assert 'value="tired"' in response.text
    assert ExerciseLog.objects.count() == 0


def test_skipping_records_the_reason(client: Client, planned: User) -> None:
    client.post("/today/1", {"action": "skip", "skip_reason": "knee sore"})
    log = ExerciseLog.objects.get()
    assert (log.skipped, log.skip_reason) == (True, "knee sore")


def test_an_exercise_number_past_today_is_a_404(client: Client, planned: User) -> None:
    assert client.get("/today/99").status_code == 404


def test_something_wrong_stops_the_plan_and_says_to_call_for_help(client: Client, planned: User) -> None:
    response = client.post("/something-wrong", {"flag": "chest_pain", "note": "tight chest"})
    assert "Call emergency services now" in response.text
    assert SymptomReport.objects.get(user=planned).flag == "chest_pain"
    latest = PlanVersion.objects.filter(user=planned).first()
    assert latest is not None
    assert latest.plan["status"] == "stop"
    assert "Stop: contact your clinician" in client.get("/today").text


def test_something_wrong_needs_a_choice(client: Client, planned: User) -> None:
    text = client.post("/something-wrong", {"note": "dizzy"}).text
    assert "There is a problem with the information submitted" in text
    assert 'value="dizzy"' in text
