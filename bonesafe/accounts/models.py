"""People who sign in: patients, clinicians and staff. The email address is the login."""

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models


class Role(models.TextChoices):
    PATIENT = "patient", "Person using bonesafe for their own exercise"
    CLINICIAN = "clinician", "Clinician (physical therapist, physician, nurse)"
    STAFF = "staff", "bonesafe staff"


class EmailUserManager(UserManager["User"]):
    def create_user(self, email: str, password: str | None = None, **extra: Any) -> "User":  # type: ignore[override]
        email = self.normalize_email(email).lower()
        extra.setdefault("username", email)
        return super().create_user(email=email, password=password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> "User":  # type: ignore[override]
        email = self.normalize_email(email).lower()
        extra.setdefault("username", email)
        extra.setdefault("role", Role.STAFF)
        return super().create_superuser(email=email, password=password, **extra)


class User(AbstractUser):
    email = models.EmailField("email address", unique=True)
    """The login; stored in lower case."""
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.PATIENT)
    clinician_verified = models.BooleanField(default=False)
    """A clinician account counts as one only after staff have checked it."""

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []
    objects: ClassVar[EmailUserManager] = EmailUserManager()

    @property
    def is_verified_clinician(self) -> bool:
        return self.role == Role.CLINICIAN and self.clinician_verified


class ApiToken(models.Model):
    """A token for API clients other than the browser; only its hash is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    """SHA-256 of the token."""
    name = models.CharField(max_length=100, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"token {self.name or self.pk} of {self.user}"
