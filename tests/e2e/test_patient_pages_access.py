"""The patient's pages by keyboard alone and at 200% zoom."""

import pytest
from playwright.sync_api import Page, expect

from bonesafe.accounts.models import User
from tests.e2e.conftest import axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
PASSWORD = "a long walk at dawn"


def sign_in_by_keyboard(page: Page, base: str) -> None:
    page.goto(f"{base}/accounts/login")
    page.get_by_label("Email address").focus()
    page.keyboard.type("kim@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")


def test_signing_in_and_answering_a_step_by_keyboard_alone(page: Page, live_server: object) -> None:
    User.objects.create_user(email="kim@example.org", password=PASSWORD)
    sign_in_by_keyboard(page, str(live_server))
    expect(page.get_by_role("heading", level=1)).to_have_text("About you")  # no plan yet: the questions
    page.get_by_label("Your age, in years").focus()
    page.keyboard.type("81")
    page.keyboard.press("Tab")  # to the first radio of the group
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your bones")


def test_the_patient_pages_fit_at_200_percent_zoom(page: Page, live_server: object) -> None:
    User.objects.create_user(email="kim@example.org", password=PASSWORD)
    page.set_viewport_size({"width": 640, "height": 480})  # a 1280-wide window at 200%
    sign_in_by_keyboard(page, str(live_server))
    page.get_by_label("Your age, in years").fill("81")
    page.get_by_label("Female").check()
    page.get_by_role("button", name="Save and continue").click()
    for path in ("/intake/falls", "/intake/readiness", "/intake/preferences"):
        page.goto(f"{live_server}{path}")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    page.goto(f"{live_server}/intake/review")
    page.get_by_role("button", name="Make my plan").click()
    for path in ("/plan", "/today", "/progress", "/something-wrong"):
        page.goto(f"{live_server}{path}")
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
        assert axe_violations(page) == [], path
