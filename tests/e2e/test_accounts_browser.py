"""Signing up and in with a real browser: a mistake corrected, every page clean under axe."""

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_person_signs_up_after_fixing_a_mistake_and_signs_out(page: Page, live_server: object) -> None:
    page.goto(f"{live_server}/accounts/signup")
    assert axe_violations(page) == []
    page.get_by_label("Email address").fill("ann@example")
    page.get_by_label("First name (optional)").fill("Ann")
    page.get_by_label("Choose a password").fill("a long walk at dawn")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("alert")).to_contain_text("There is a problem with the information submitted")
    expect(page.get_by_label("First name (optional)")).to_have_value("Ann")
    assert axe_violations(page) == []
    page.get_by_label("Email address").fill("ann@example.org")
    page.get_by_label("Choose a password").fill("a long walk at dawn")
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("About you")
    page.get_by_role("link", name="My account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Ann")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()


@pytest.mark.parametrize("path", ["/accounts/login", "/accounts/password-reset"])
def test_the_sign_in_pages_pass_axe(page: Page, live_server: object, path: str) -> None:
    page.goto(f"{live_server}{path}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert axe_violations(page) == []
