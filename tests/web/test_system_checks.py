"""Bad configuration fails fast with a stable id."""

from pathlib import Path

import pytest

from bonesafe.core import checks


def test_a_missing_content_folder_is_an_error(settings: pytest.FixtureRequest, tmp_path: Path) -> None:
    settings.BONESAFE_CONTENT = tmp_path / "nope"  # type: ignore[attr-defined]
    [error] = checks.check_content()
    assert error.id == "bonesafe.E001"


def test_an_unsupported_database_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from django.conf import settings

    monkeypatch.setitem(settings.DATABASES["default"], "ENGINE", "django.db.backends.mysql")
    [error] = checks.check_database()
    assert error.id == "bonesafe.E003"


def test_the_development_secret_is_flagged_for_deployment(settings: pytest.FixtureRequest) -> None:
    settings.SECRET_KEY = settings.DEV_SECRET  # type: ignore[attr-defined]
    [warning] = checks.check_secrets()
    assert warning.id == "bonesafe.W001"


def test_the_shipped_configuration_passes() -> None:
    assert checks.check_content() == []
    assert checks.check_database() == []
