from django import forms

from bonesafe.core.labels import CATEGORY, words
from bonesafe.engine.vocab import EQUIPMENT, TAGS
from bonesafe.exercises.query import CATEGORY_ORDER, ExerciseFilter


def _label(value: str) -> str:
    return words(value).capitalize() if value not in CATEGORY else CATEGORY[value]


class ExerciseFilterForm(forms.Form):
    q = forms.CharField(label="Search by name", required=False, max_length=100)
    category = forms.ChoiceField(
        label="Type",
        required=False,
        choices=[("", "All types"), *[(c, _label(c)) for c in CATEGORY_ORDER]],
    )
    equipment = forms.ChoiceField(
        label="Equipment",
        required=False,
        choices=[("", "Any equipment"), ("none", "None (body weight)"), *[(e, _label(e)) for e in EQUIPMENT]],
    )
    tag = forms.ChoiceField(
        label="Movement",
        required=False,
        choices=[("", "Any movement"), *[(t, _label(t)) for t in TAGS]],
    )

    def to_filter(self) -> ExerciseFilter:
        """The valid fields as a filter (an invalid field is ignored and shown as an error)."""
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        return ExerciseFilter(**{k: data.get(k) or "" for k in ("category", "equipment", "tag", "q")})
