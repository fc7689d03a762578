import pytest


@pytest.fixture(autouse=True)
def plain_static(settings: pytest.FixtureRequest) -> None:
    """Tests run without `collectstatic`: serve static files from the apps."""
    settings.STORAGES = {  # type: ignore[attr-defined]
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
