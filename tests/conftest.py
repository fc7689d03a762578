import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, settings

from bonesafe.engine.core import Engine, default_engine

settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "slow", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

START = dt.date(2026, 12, 7)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return default_engine()
