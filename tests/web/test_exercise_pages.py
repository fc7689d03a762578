"""The exercise pages: browse, filter, search and read, without JavaScript."""

import pytest
from django.test import Client

from bonesafe.core.engine import load_engine

TOTAL = len(load_engine().library.exercises)


def test_the_list_shows_every_exercise(client: Client) -> None:
    response = client.get("/exercises")
    assert response.status_code == 200
    assert f"{TOTAL} of {TOTAL} exercises" in response.text
    assert 'href="/exercises/bent_over_row_tubing"' in response.text


def test_the_list_filters_by_category(client: Client) -> None:
    text = client.get("/exercises", {"category": "avoid"}).text
    assert 'href="/exercises/sit_up"' in text
    assert 'href="/exercises/walking"' not in text


def test_the_list_filters_by_equipment_and_body_weight(client: Client) -> None:
    band = client.get("/exercises", {"equipment": "resistance_band"}).text
    assert 'href="/exercises/bent_over_row_tubing"' in band
    assert 'href="/exercises/sit_to_stand"' not in band
    none = client.get("/exercises", {"equipment": "none"}).text
    assert 'href="/exercises/walking"' in none
    assert 'href="/exercises/bent_over_row_tubing"' not in none


def test_the_list_filters_by_movement_tag(client: Client) -> None:
    text = client.get("/exercises", {"tag": "spinal_rotation"}).text
    assert 'href="/exercises/golf_swing"' in text
    assert 'href="/exercises/walking"' not in text


def test_the_list_searches_by_name(client: Client) -> None:
    text = client.get("/exercises", {"q": "ROW"}).text
    assert 'href="/exercises/seated_row_band"' in text
    assert 'href="/exercises/walking"' not in text


def test_a_bad_filter_is_shown_at_its_field_and_the_rest_is_kept(client: Client) -> None:
    response = client.get("/exercises", {"category": "balance", "equipment": "trampoline", "q": "stand"})
    assert response.status_code == 200
    text = response.text
    assert "There is a problem with the filter" in text
    assert 'aria-invalid="true"' in text
    assert '<option value="balance" selected>' in text
    assert 'value="stand"' in text
    assert 'href="/exercises/tandem_stance"' in text


def test_the_detail_page_shows_steps_cues_dose_picture_and_sources(client: Client) -> None:
    response = client.get("/exercises/bent_over_row_tubing")
    text = response.text
    assert response.status_code == 200
    for part in (
        "How to do it",
        "Form cues",
        "Common mistakes",
        "1 set of 12 to 15 repetitions",
        "<svg",
        "<animate",
        "<desc",
        "Laskowski ER",
        'href="/exercises/bent_over_row_dumbbell"',
    ):
        assert part in text


def test_an_avoid_page_says_it_is_never_prescribed(client: Client) -> None:
    assert "bonesafe never puts this movement in a plan" in client.get("/exercises/sit_up").text


def test_an_unknown_exercise_is_a_404_page_not_a_500(client: Client) -> None:
    response = client.get("/exercises/moonwalk")
    assert response.status_code == 404
    assert "We could not find that page" in response.text


def test_pages_carry_a_content_security_policy_and_no_inline_script(client: Client) -> None:
    response = client.get("/exercises")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script>" not in response.text


def test_the_home_page_links_to_the_library(client: Client) -> None:
    assert 'href="/exercises"' in client.get("/").text


@pytest.mark.django_db
def test_health_reports_the_library_and_rulebook_versions(client: Client) -> None:
    data = client.get("/healthz").json()
    assert data["status"] == "ok"
    assert data["library"] == load_engine().library.version


def test_an_exercise_held_at_a_chair_or_counter_is_found_under_either(client: Client) -> None:
    for equipment in ("chair", "counter"):
        text = client.get("/exercises", {"equipment": equipment, "category": "balance"}).text
        assert 'href="/exercises/tandem_stance_supported"' in text, equipment


def test_the_detail_page_names_every_support_that_will_do(client: Client) -> None:
    assert (
        "something steady to hold: chair or counter" in client.get("/exercises/tandem_stance_supported").text
    )


@pytest.mark.django_db
def test_a_cached_page_never_shows_one_persons_menu_to_another(client: Client) -> None:
    from bonesafe.accounts.models import User

    assert "Sign in" in client.get("/exercises", {"q": "cache"}).text
    client.force_login(User.objects.create_user(email="eve@example.org", password="a long walk at dawn"))
    signed_in = client.get("/exercises", {"q": "cache"}).text
    assert "My account" in signed_in
    assert "Sign in</a>" not in signed_in
    client.logout()
    assert "My account" not in client.get("/exercises", {"q": "cache"}).text
