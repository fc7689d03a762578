"""The one engine of the web process, loaded once from settings.BONESAFE_CONTENT."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings

from bonesafe.engine.core import Engine


@lru_cache(maxsize=1)
def load_engine() -> Engine:
    return Engine.load(settings.BONESAFE_CONTENT)
