"""GET /api/v1/exercises and /api/v1/exercises/{slug}; one error shape naming the field."""

from django.test import Client

from bonesafe.core.engine import load_engine


def test_the_api_lists_every_exercise(client: Client) -> None:
    rows = client.get("/api/v1/exercises").json()
    assert len(rows) == len(load_engine().library.exercises)
    assert {"slug", "name", "category", "tags", "dose", "steps"} <= set(rows[0])


def test_the_api_filters_like_the_page(client: Client) -> None:
    rows = client.get("/api/v1/exercises", {"category": "strength", "equipment": "resistance_band"}).json()
    assert rows
    assert all(r["category"] == "strength" and "resistance_band" in r["equipment"] for r in rows)


def test_a_bad_filter_answers_422_naming_the_field(client: Client) -> None:
    response = client.get("/api/v1/exercises", {"category": "juggling"})
    assert response.status_code == 422
    body = response.json()
    assert body["status"] == 422
    assert body["errors"][0]["field"] == "category"


def test_one_exercise_by_slug(client: Client) -> None:
    data = client.get("/api/v1/exercises/bent_over_row_tubing").json()
    assert data["dose"]["beginner"] == {
        "sets": 1,
        "reps": "12-15",
        "minutes": None,
        "holds": None,
        "hold_seconds": None,
        "impacts": None,
    }


def test_an_unknown_slug_answers_404_in_the_error_shape(client: Client) -> None:
    response = client.get("/api/v1/exercises/moonwalk")
    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "errors": [{"field": "slug", "message": "No exercise 'moonwalk'."}],
    }


def test_an_unknown_api_path_answers_404_json(client: Client) -> None:
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_the_openapi_docs_are_served_without_a_cdn(client: Client) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200
    assert "cdn.jsdelivr" not in page.text
    assert "unpkg" not in page.text
    schema = client.get("/api/openapi.json").json()
    assert "/api/v1/exercises/{slug}" in schema["paths"]
