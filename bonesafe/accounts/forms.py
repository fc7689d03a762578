from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.http import HttpRequest

from bonesafe.accounts.models import Role, User

MAX_FAILURES = 5
LOCK_SECONDS = 15 * 60


class SignUpForm(forms.Form):
    email = forms.EmailField(
        label="Email address", max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    first_name = forms.CharField(
        label="First name (optional)",
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    password = forms.CharField(
        label="Choose a password",
        strip=False,
        help_text="At least 10 characters. A short sentence you will remember works well.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    clinician = forms.BooleanField(
        label="I am a clinician (physical therapist, physician or nurse)",
        required=False,
        help_text="Our staff check clinician accounts before they can see patients.",
    )

    def clean_email(self) -> str:
        email = str(self.cleaned_data["email"]).lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(
                "There is already an account with this email address. Sign in, or reset your password."
            )
        return email

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") and data.get("email"):
            probe = User(email=data["email"], username=data["email"], first_name=data.get("first_name", ""))
            try:
                password_validation.validate_password(data["password"], probe)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data

    def save(self) -> User:
        data = self.cleaned_data
        return User.objects.create_user(
            email=data["email"],
            password=data["password"],
            first_name=data["first_name"],
            role=Role.CLINICIAN if data["clinician"] else Role.PATIENT,
        )


def _client(request: HttpRequest | None) -> str:
    return request.META.get("REMOTE_ADDR", "") if request else ""


class SignInForm(AuthenticationForm):
    """Sign in by email, with failed attempts limited per address and per computer."""

    error_messages = {  # noqa: RUF012 (Django's pattern)
        "invalid_login": "The email address or password is not right. Check both and try again.",
        "inactive": "This account is switched off. Contact us if you think that is wrong.",
        "throttled": "Too many tries. For your safety, wait 15 minutes, or reset your password.",
    }

    def clean_username(self) -> str:
        return str(self.cleaned_data.get("username", "")).strip().lower()

    def _keys(self) -> list[str]:
        email = str(self.data.get("username", "")).strip().lower()
        return [f"login-fail:email:{email}", f"login-fail:ip:{_client(self.request)}"]

    def clean(self) -> dict[str, Any]:
        keys = self._keys()
        if any(cache.get(k, 0) >= MAX_FAILURES * (4 if ":ip:" in k else 1) for k in keys):
            raise forms.ValidationError(self.error_messages["throttled"], code="throttled")
        try:
            data = super().clean()
        except forms.ValidationError:
            for k in keys:
                cache.add(k, 0, LOCK_SECONDS)
                cache.incr(k)
            raise
        cache.delete_many(keys)
        return data
