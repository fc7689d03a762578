"""Load the library into the database: one idempotent path, upsert by slug."""

from __future__ import annotations

from django.db import transaction

from bonesafe.engine.catalogue import exercise_dict
from bonesafe.engine.core import Engine
from bonesafe.exercises.models import Exercise


def library_loaded(engine: Engine) -> bool:
    return not Exercise.objects.exclude(version=engine.library.version).filter(retired=False).exists() and (
        Exercise.objects.filter(retired=False).count() == len(engine.library.exercises)
    )


@transaction.atomic
def load_library(engine: Engine) -> tuple[int, int]:
    """Upsert every exercise; retire rows whose slug left the library. Returns (loaded, retired)."""
    version = engine.library.version
    for ex in engine.library.exercises.values():
        Exercise.objects.update_or_create(
            slug=ex.slug,
            defaults={
                "name": ex.name,
                "category": ex.category,
                "level": ex.level,
                "data": exercise_dict(ex),
                "version": version,
                "retired": False,
            },
        )
    retired = Exercise.objects.exclude(slug__in=engine.library.exercises).update(retired=True)
    return len(engine.library.exercises), retired
