"""System checks with stable ids: bad configuration fails fast, with a message that says
what to change."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, register
from django.core.checks import Warning as CheckWarning

from bonesafe.engine.library import ContentError


@register()
def check_content(**_: Any) -> list[CheckMessage]:
    from bonesafe.core.engine import load_engine

    if not settings.BONESAFE_CONTENT.is_dir():
        return [
            Error(
                f"BONESAFE_CONTENT {settings.BONESAFE_CONTENT} is not a folder.",
                hint="Point BONESAFE_CONTENT at the project's content/ folder.",
                id="bonesafe.E001",
            )
        ]
    try:
        load_engine()
    except ContentError as exc:
        return [
            Error(
                f"The exercise library or rulebook has {len(exc.problems)} problem(s): {exc.problems[0]}",
                hint="Run `bonesafe content check` to see them all.",
                id="bonesafe.E002",
            )
        ]
    return []


@register()
def check_database(**_: Any) -> list[CheckMessage]:
    engine = settings.DATABASES["default"]["ENGINE"]
    if not engine.endswith(("sqlite3", "postgresql")):
        return [
            Error(
                f"Database engine {engine} is not supported.",
                hint="Use SQLite (the default) or a postgres:// DATABASE_URL.",
                id="bonesafe.E003",
            )
        ]
    return []


@register(deploy=True)
def check_secrets(**_: Any) -> list[CheckMessage]:
    if settings.SECRET_KEY == settings.DEV_SECRET:
        return [
            CheckWarning(
                "SECRET_KEY is the development key.",
                hint="Set SECRET_KEY (or SECRET_KEY_FILE) in the environment.",
                id="bonesafe.W001",
            )
        ]
    return []
