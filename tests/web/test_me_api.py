"""/api/v1: tokens, my plans, my log and symptoms; one error shape; others' data is 404."""

import json
from pathlib import Path

import pytest
from django.test import Client

from bonesafe.accounts.models import User

pytestmark = pytest.mark.django_db
INTAKE = json.loads(
    (Path(__file__).parents[1] / "golden" / "intakes" / "01-newly-diagnosed-walker.json").read_text()
)
PASSWORD = "a long walk at dawn"


@pytest.fixture
def token(client: Client) -> str:
    User.objects.create_user(email="ann@example.org", password=PASSWORD)
    response = client.post(
        "/api/v1/tokens", {"email": "ann@example.org", "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 201
    return str(response.json()["token"])


def call(
    client: Client, method: str, path: str, token: str | None = None, body: object = None
) -> tuple[int, object]:
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    response = getattr(client, method)(
        path, json.dumps(body) if body is not None else None, content_type="application/json", **headers
    )
    return response.status_code, response.json()


def test_a_wrong_password_gets_no_token(client: Client, token: str) -> None:
    status, body = call(
        client, "post", "/api/v1/tokens", body={"email": "ann@example.org", "password": "nope"}
    )
    assert status == 401
    assert body == {
        "status": 401,
        "errors": [{"field": None, "message": "The email address or password is not right."}],
    }


def test_without_signing_in_my_data_answers_401(client: Client) -> None:
    status, body = call(client, "get", "/api/v1/me/plans")
    assert status == 401
    assert body["status"] == 401  # type: ignore[index]


def test_a_token_makes_and_reads_plans(client: Client, token: str) -> None:
    status, made = call(client, "post", "/api/v1/me/plans", token, INTAKE)
    assert status == 201
    assert made["number"] == 1  # type: ignore[index]
    assert made["plan"]["contract"] == "bonesafe.plan/1"  # type: ignore[index]
    assert call(client, "get", "/api/v1/me/plans", token)[1] == [
        {"number": 1, "created": made["created"], "start": made["start"], "status": "ready"}  # type: ignore[index]
    ]
    assert call(client, "get", "/api/v1/me/plans/latest", token)[1]["number"] == 1  # type: ignore[index]
    assert call(client, "get", "/api/v1/me/plans/1", token)[0] == 200


def test_a_bad_intake_answers_422_naming_each_field(client: Client, token: str) -> None:
    status, body = call(
        client,
        "post",
        "/api/v1/me/plans",
        token,
        {"age": 130, "sex": "female", "fractures": [{"site": "neck"}]},
    )
    assert status == 422
    fields = {e["field"] for e in body["errors"]}  # type: ignore[index]
    assert fields == {"age", "fractures[0].site"}


def test_another_persons_plan_is_404(client: Client, token: str) -> None:
    call(client, "post", "/api/v1/me/plans", token, INTAKE)
    User.objects.create_user(email="bob@example.org", password=PASSWORD)
    bob = call(client, "post", "/api/v1/tokens", body={"email": "bob@example.org", "password": PASSWORD})[1][
        "token"
    ]  # type: ignore[index]
    status, body = call(client, "get", "/api/v1/me/plans/1", bob)
    assert status == 404
    assert body["errors"][0]["field"] == "number"  # type: ignore[index]


def test_logs_are_kept_and_checked(client: Client, token: str) -> None:
    status, log = call(
        client,
        "post",
        "/api/v1/me/logs",
        token,
        {"exercise": "sit_to_stand", "sets": 1, "reps": 12, "effort": 5},
    )
    assert status == 201
    assert log["exercise"] == "sit_to_stand"  # type: ignore[index]
    assert (
        call(client, "post", "/api/v1/me/logs", token, {"exercise": "moonwalk"})[1]["errors"][0]["field"]
        == "exercise"
    )  # type: ignore[index]
    status, body = call(client, "post", "/api/v1/me/logs", token, {"exercise": "sit_to_stand", "effort": 11})
    assert status == 422
    assert body["errors"][0]["field"] == "body.effort" or body["errors"][0]["field"] == "effort"  # type: ignore[index]
    assert len(call(client, "get", "/api/v1/me/logs", token)[1]) == 1  # type: ignore[arg-type]


def test_a_symptom_stops_the_plan(client: Client, token: str) -> None:
    call(client, "post", "/api/v1/me/plans", token, INTAKE)
    status, body = call(client, "post", "/api/v1/me/symptoms", token, {"flag": "chest_pain"})
    assert status == 201
    assert body["flag"] == "chest_pain"  # type: ignore[index]
    assert body["plan_stopped"] is True  # type: ignore[index]
    assert "Call emergency services now" in body["advice"]  # type: ignore[index]
    assert [r["rule"] for r in body["reasons"]] == ["R-STOP-01"]  # type: ignore[index]
    assert call(client, "get", "/api/v1/me/plans/latest", token)[1]["plan"]["status"] == "stop"  # type: ignore[index]


def test_the_browser_session_needs_the_csrf_token_for_changes(token: str) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.login(username="ann@example.org", password=PASSWORD)
    assert browser.get("/api/v1/me/plans").status_code == 200
    assert browser.post(
        "/api/v1/me/plans", json.dumps(INTAKE), content_type="application/json"
    ).status_code in (401, 403)


def test_a_body_that_is_not_json_names_no_field(client: Client, token: str) -> None:
    response = client.post(
        "/api/v1/me/plans", "{not json", content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert response.status_code == 422
    [error] = response.json()["errors"]
    assert error["field"] is None
    assert "not valid JSON" in error["message"]
