"""The library's exercises as database rows, so that plans and logs can point at them.

The YAML files stay the source of truth; `bonesafe manage load_library` (run by `bonesafe
serve`) upserts them by slug and marks the ones that disappeared as retired.
"""

from django.db import models


class Category(models.TextChoices):
    STRENGTH = "strength"
    BALANCE = "balance"
    AEROBIC_WEIGHT_BEARING = "aerobic_weight_bearing"
    AEROBIC_NON_WEIGHT_BEARING = "aerobic_non_weight_bearing"
    IMPACT = "impact"
    POSTURE = "posture"
    FLEXIBILITY = "flexibility"
    WARM_UP = "warm_up"
    AVOID = "avoid"


class Exercise(models.Model):
    slug = models.SlugField(max_length=60, unique=True)
    """Stable forever: plans and logs keep pointing at it."""
    name = models.CharField(max_length=200)
    category = models.CharField(max_length=30, choices=Category.choices, db_index=True)
    level = models.PositiveSmallIntegerField()
    """1 = easiest in its category, 5 = hardest."""
    data = models.JSONField()
    """The whole validated library entry, as `bonesafe exercises show --format json`."""
    version = models.CharField(max_length=20)
    """The library version this row was last loaded from."""
    retired = models.BooleanField(default=False)
    """No longer in the library (kept for old plans and logs)."""

    class Meta:
        ordering = ("slug",)

    def __str__(self) -> str:
        return self.name
