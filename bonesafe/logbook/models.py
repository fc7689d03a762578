"""What people did: each exercise logged or skipped, and symptoms they reported."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from bonesafe.plans.models import PlanVersion

SCALE = [MinValueValidator(0), MaxValueValidator(10)]


class ExerciseLog(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="logs")
    plan = models.ForeignKey(PlanVersion, on_delete=models.SET_NULL, null=True, related_name="logs")
    date = models.DateField()
    exercise = models.SlugField(max_length=60)
    """The library slug (stable forever)."""
    skipped = models.BooleanField(default=False)
    skip_reason = models.CharField(max_length=200, blank=True)
    sets = models.PositiveSmallIntegerField(null=True, blank=True)
    reps = models.PositiveSmallIntegerField(null=True, blank=True)
    """Repetitions in each set."""
    minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    resistance = models.CharField(
        max_length=60, blank=True, help_text="Band colour, dumbbell weight, machine stack."
    )
    effort = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCALE)
    """0 = rest, 10 = all-out."""
    pain = models.PositiveSmallIntegerField(null=True, blank=True, validators=SCALE)
    """0 = none, 10 = worst."""
    note = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = (models.Index(fields=("user", "date"), name="logs_by_person_and_day"),)
        ordering = ("-date", "-created")

    def __str__(self) -> str:
        return f"{self.exercise} on {self.date}"


class SymptomReport(models.Model):
    """Something is wrong: a red-flag symptom reported during or between sessions."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="symptoms")
    flag = models.CharField(max_length=40)
    """One of the contract's red flags."""
    note = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = (models.Index(fields=("user", "-created"), name="symptoms_by_person"),)

    def __str__(self) -> str:
        return f"{self.flag} ({self.created:%Y-%m-%d})"
