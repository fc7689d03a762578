"""The guided intake, saved step by step, and the plan made from it."""

from typing import Any

import pytest
from django.test import Client

from bonesafe.accounts.models import User
from bonesafe.core.engine import load_engine
from bonesafe.plans.forms import to_intake
from bonesafe.plans.models import IntakeDraft, PlanVersion

pytestmark = pytest.mark.django_db
NO = "no"
STEPS: list[tuple[str, dict[str, Any]]] = [
    ("about", {"age": "63", "sex": "female", "activity_level": "light"}),
    ("bones", {"t_score": "-2.7", "site": "lumbar_spine", "scan_date": "2026-09-14"}),
    ("fractures", {"kyphosis": "no", "back_pain": "1"}),
    (
        "falls",
        {
            **{f"si_{n}": "no" for n in range(1, 13)},
            "tug_seconds": "8.4",
            "chair_stands_30s": "14",
            "tandem_stance_seconds": "10",
        },
    ),
    (
        "readiness",
        {
            **{
                f"parq_{k}": NO
                for k in (
                    "heart_condition",
                    "chest_pain",
                    "dizziness_or_fainting",
                    "other_chronic_condition",
                    "prescribed_medication",
                    "bone_joint_problem",
                    "supervised_only",
                )
            }
        },
    ),
    ("symptoms", {}),
    (
        "preferences",
        {
            "enjoys": ["walking", "dancing"],
            "equipment": ["resistance_band", "chair", "wall"],
            "days_per_week": "5",
            "minutes_per_day": "40",
        },
    ),
]


@pytest.fixture
def ann(client: Client) -> User:
    user = User.objects.create_user(email="ann@example.org", password="a long walk at dawn")
    client.force_login(user)
    return user


def walk(client: Client) -> None:
    for step, data in STEPS:
        response = client.post(f"/intake/{step}", data)
        assert response.status_code == 302, (step, response.text[:2000])


def test_the_questions_and_the_plan_need_signing_in(client: Client) -> None:
    for path in ("/intake/about", "/intake/review", "/plan"):
        response = client.get(path)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/accounts/login")


def test_each_step_is_saved_and_leads_to_the_next(client: Client, ann: User) -> None:
    response = client.post("/intake/about", STEPS[0][1])
    assert response.headers["Location"] == "/intake/bones"
    assert IntakeDraft.objects.get(user=ann).answers["about"] == {
        "age": 63,
        "sex": "female",
        "activity_level": "light",
    }
    assert 'value="63"' in client.get("/intake/about").text


def test_a_bad_answer_is_shown_at_its_field_and_nothing_typed_is_lost(client: Client, ann: User) -> None:
    response = client.post("/intake/about", {"age": "630", "sex": "female"})
    text = response.text
    assert response.status_code == 200
    assert "There is a problem with the information submitted" in text
    assert 'value="630"' in text
    assert 'aria-invalid="true"' in text
    assert "Ensure this value is less than or equal to 120." in text


def test_the_stay_independent_questions_are_all_or_nothing(client: Client, ann: User) -> None:
    text = client.post("/intake/falls", {"si_1": "yes"}).text
    assert "Answer all 12 questions, or leave them all empty." in text


def test_the_whole_walk_makes_a_kept_plan_version(client: Client, ann: User) -> None:
    walk(client)
    assert client.post("/intake/review").headers["Location"] == "/plan"
    version = PlanVersion.objects.get(user=ann)
    engine = load_engine()
    assert (version.number, version.library_version, version.rulebook_version) == (
        1,
        engine.library.version,
        engine.rulebook.version,
    )
    assert version.plan["status"] == "ready"
    assert version.intake["bone_density"] == {"t_score": -2.7, "site": "lumbar_spine", "date": "2026-09-14"}
    text = client.get("/plan").text
    assert "You can start this plan" in text
    assert 'href="/exercises/' in text
    assert "Why this?" in text
    assert "Left out, and why" in text


def test_changing_an_answer_and_planning_again_keeps_both_versions(client: Client, ann: User) -> None:
    walk(client)
    client.post("/intake/review")
    client.post("/intake/symptoms", {"red_flags": ["chest_pain"]})
    client.post("/intake/review")
    assert list(PlanVersion.objects.filter(user=ann).values_list("number", flat=True)) == [2, 1]
    text = client.get("/plan").text
    assert "Stop: do not exercise now" in text
    assert "emergency services" in text


def test_a_plan_is_seen_only_by_its_owner(client: Client, ann: User) -> None:
    walk(client)
    client.post("/intake/review")
    bob = User.objects.create_user(email="bob@example.org", password="another long walk")
    client.force_login(bob)
    response = client.get("/plan")
    assert response.status_code == 302
    assert response.headers["Location"] == "/intake/about"


def test_answers_become_the_contract_intake() -> None:
    answers = {
        "about": {"age": 78, "sex": "female"},
        "fractures": {
            "small_falls": ["spine", "wrist"],
            "spine_count": 2,
            "accidents": ["ankle"],
            "kyphosis": "unsure",
        },
        "readiness": {
            "parq_chest_pain": "yes",
            "parq_heart_condition": "unsure",
            "cleared": "yes",
            "cleared_on": "2026-06-20",
        },
        "preferences": {"days_per_week": 3, "minutes_per_day": 20},
    }
    assert to_intake(answers) == {
        "age": 78,
        "sex": "female",
        "fractures": [
            {"site": "wrist"},
            {"site": "spine"},
            {"site": "spine"},
            {"site": "ankle", "low_trauma": False},
        ],
        "parq": {"chest_pain": True},
        "clearance": {"cleared": True, "date": "2026-06-20"},
        "preferences": {"days_per_week": 3, "minutes_per_day": 20, "equipment": []},
    }
