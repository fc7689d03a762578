from typing import Any

import pytest
from django.test import Client

from bonesafe.accounts.models import User
from tests.web.test_intake_and_plan import STEPS


@pytest.fixture(autouse=True)
def plain_static(settings: Any) -> None:
    """Tests run without `collectstatic`: serve static files from the apps."""
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def planned(client: Client) -> User:
    """A person with a plan that has exercise every day of the week."""
    user = User.objects.create_user(email="ann@example.org", password="a long walk at dawn")
    client.force_login(user)
    for step, data in STEPS:
        answers = {**data, "days_per_week": "7"} if step == "preferences" else data
        client.post(f"/intake/{step}", answers)
    client.post("/intake/review")
    return user
