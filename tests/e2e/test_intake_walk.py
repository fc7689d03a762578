"""A new person: sign up, answer the questions (fixing a mistake), and read their plan."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_sign_up_then_the_questions_then_the_plan(page: Page, live_server: object) -> None:
    page.goto(f"{live_server}/accounts/signup")
    page.get_by_label("Email address").fill("maria@example.org")
    page.get_by_label("Choose a password").fill("a long walk at dawn")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("About you")
    assert axe_violations(page) == []
    page.get_by_label("Your age, in years").fill("630")
    page.get_by_label("Female").check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("alert")).to_contain_text("There is a problem with the information submitted")
    expect(page.get_by_label("Female")).to_be_checked()
    assert axe_violations(page) == []
    page.get_by_label("Your age, in years").fill("63")
    page.get_by_role("button", name="Save and continue").click()
    for title in (
        "Your bones",
        "Broken bones",
        "Falls and balance",
        "Health questions",
        "How you feel now",
        "What suits you",
    ):
        expect(page.get_by_role("heading", level=1)).to_have_text(title)
        assert axe_violations(page) == [], title
        if title == "What suits you":
            page.get_by_label("Days a week you can exercise").fill("7")
        page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Make my plan")
    page.get_by_role("button", name="Make my plan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My exercise week")
    expect(
        page.get_by_role("heading", name="Show this plan to your doctor or physical therapist first")
    ).to_be_visible()
    assert axe_violations(page) == []

    # Today's session: log the first exercise, skip the second.
    page.get_by_role("link", name="Today").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Today's session")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Start").click()
    expect(page.get_by_text("Exercise 1 of")).to_be_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name="Count one repetition").click()
    page.get_by_label("How hard was it? 0 (rest) to 10 (all-out)").fill("5")
    page.get_by_label("Any pain? 0 (none) to 10 (worst)").fill("0")
    page.get_by_role("button", name="Save and go on").click()
    expect(page.get_by_text("Exercise 2 of")).to_be_visible()
    page.get_by_role("button", name="Skip this exercise").click()
    expect(page.get_by_text("Exercise 3 of")).to_be_visible()
    # Progress: the calendar, minutes and trend, each chart with its table.
    page.get_by_role("link", name="Progress").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My progress")
    assert axe_violations(page) == []
    # Something is wrong, at any time.
    page.get_by_role("link", name="Something is wrong").click()
    assert axe_violations(page) == []
    page.get_by_label("New, severe back pain").check()
    page.get_by_role("button", name="Tell me what to do").click()
    expect(page.get_by_role("alert")).to_contain_text("contact your clinician")
    assert axe_violations(page) == []
