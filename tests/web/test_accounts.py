"""Accounts: sign up, sign in (throttled), sign out, and a password reset by real email."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from bonesafe.accounts.models import Role, User

pytestmark = pytest.mark.django_db
GOOD = "a long walk at dawn"


@pytest.fixture(autouse=True)
def fresh_throttle() -> None:
    cache.clear()


@pytest.fixture
def rose() -> User:
    return User.objects.create_user(email="rose@example.org", password=GOOD, first_name="Rose")


def test_signing_up_creates_a_patient_and_signs_them_in(client: Client) -> None:
    response = client.post(
        "/accounts/signup", {"email": "Ann@Example.org", "first_name": "Ann", "password": GOOD}
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/intake/about"
    user = User.objects.get()
    assert (user.email, user.role, user.first_name) == ("ann@example.org", Role.PATIENT, "Ann")
    assert user.password.startswith("argon2")
    assert "Hello, Ann" in client.get("/accounts/me").text


def test_a_clinician_signs_up_unverified(client: Client) -> None:
    client.post("/accounts/signup", {"email": "pt@example.org", "password": GOOD, "clinician": "on"})
    user = User.objects.get()
    assert user.role == Role.CLINICIAN
    assert not user.is_verified_clinician


def test_a_bad_sign_up_keeps_what_was_typed_and_names_the_field(client: Client) -> None:
    response = client.post(
        "/accounts/signup", {"email": "not-an-email", "first_name": "Ann", "password": "short"}
    )
    text = response.text
    assert response.status_code == 200
    assert "There is a problem with the information submitted" in text
    assert 'value="not-an-email"' in text
    assert 'value="Ann"' in text
    assert 'aria-invalid="true"' in text
    assert "Enter a valid email address." in text
    assert User.objects.count() == 0


def test_a_short_or_common_password_is_refused_at_its_field(client: Client) -> None:
    text = client.post("/accounts/signup", {"email": "ann@example.org", "password": "password123"}).text
    assert "This password is too common." in text


def test_an_email_already_used_is_said_plainly(client: Client, rose: User) -> None:
    text = client.post("/accounts/signup", {"email": "ROSE@example.org", "password": GOOD}).text
    assert "There is already an account with this email address" in text


def test_signing_in_and_out(client: Client, rose: User) -> None:
    response = client.post("/accounts/login", {"username": "Rose@Example.org", "password": GOOD})
    assert response.status_code == 302
    assert client.get("/accounts/me").status_code == 200
    assert client.post("/accounts/logout").status_code == 302
    assert client.get("/accounts/me").status_code == 302


def test_a_wrong_password_says_so_without_saying_which_part(client: Client, rose: User) -> None:
    text = client.post("/accounts/login", {"username": "rose@example.org", "password": "nope"}).text
    assert "The email address or password is not right" in text
    assert 'value="rose@example.org"' in text


def test_five_wrong_passwords_lock_the_address_for_a_while(client: Client, rose: User) -> None:
    for _ in range(5):
        client.post("/accounts/login", {"username": "rose@example.org", "password": "nope"})
    text = client.post("/accounts/login", {"username": "rose@example.org", "password": GOOD}).text
    assert "Too many tries" in text
    assert client.get("/accounts/me").status_code == 302


def test_my_account_needs_signing_in(client: Client) -> None:
    response = client.get("/accounts/me")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login")


def test_a_password_reset_goes_through_the_link_in_the_email(client: Client, rose: User) -> None:
    response = client.post("/accounts/password-reset", {"email": "rose@example.org"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["rose@example.org"]
    assert message.subject == "Choose a new bonesafe password"
    assert message.alternatives  # an HTML part as well as text
    link = re.search(r"https?://[^/\s]+(/accounts/password-reset/\S+)", message.body)
    assert link
    form = client.get(link.group(1), follow=True)
    assert "Choose a new password" in form.text
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": "a new long walk", "new_password2": "a new long walk"}
    )
    assert done.status_code == 302
    assert (
        client.post(
            "/accounts/login", {"username": "rose@example.org", "password": "a new long walk"}
        ).status_code
        == 302
    )


def test_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(client: Client) -> None:
    response = client.post("/accounts/password-reset", {"email": "nobody@example.org"}, follow=True)
    assert "Check your email" in response.text
    assert mail.outbox == []


def test_a_tampered_reset_link_is_refused(client: Client, rose: User) -> None:
    client.post("/accounts/password-reset", {"email": "rose@example.org"})
    path = re.search(r"(/accounts/password-reset/[^/\s]+/)(\S+)", mail.outbox[0].body)
    assert path
    response = client.get(path.group(1) + "x" + path.group(2)[1:], follow=True)
    assert "This link no longer works" in response.text


def test_the_demo_account_is_created_once_and_can_sign_in(client: Client) -> None:
    from django.core.management import call_command

    from bonesafe.accounts.management.commands.demo_account import DEMO_EMAIL, DEMO_PASSWORD

    call_command("demo_account")
    call_command("demo_account")
    assert User.objects.filter(email=DEMO_EMAIL).count() == 1
    assert (
        client.post("/accounts/login", {"username": DEMO_EMAIL, "password": DEMO_PASSWORD}).status_code == 302
    )
