"""A person's intake (saved step by step) and the plan versions made from it."""

from django.conf import settings
from django.db import models


class IntakeDraft(models.Model):
    """The answers given so far, by step; nothing typed is lost when someone stops halfway."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="intake")
    answers = models.JSONField(default=dict)
    """Step name -> the cleaned answers of that step's form."""
    updated = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"intake of {self.user}"


class PlanVersion(models.Model):
    """One plan, kept with the intake, library and rulebook it came from."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plans")
    number = models.PositiveIntegerField()
    intake = models.JSONField()
    """The contract intake (`bonesafe.plan/1`) the plan was made from."""
    plan = models.JSONField()
    start = models.DateField()
    library_version = models.CharField(max_length=20)
    rulebook_version = models.CharField(max_length=20)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = (models.UniqueConstraint(fields=("user", "number"), name="one_number_per_plan"),)
        indexes = (models.Index(fields=("user", "-number"), name="plans_by_person"),)
        ordering = ("-number",)

    def __str__(self) -> str:
        return f"plan {self.number} of {self.user}"
