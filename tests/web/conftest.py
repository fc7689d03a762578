from typing import Any

import pytest


@pytest.fixture(autouse=True)
def plain_static(settings: Any) -> None:
    """Tests run without `collectstatic`: serve static files from the apps."""
    settings.STORAGES = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
