from typing import TYPE_CHECKING, ClassVar

from django import forms

from bonesafe.logbook.models import ExerciseLog
from bonesafe.plans.forms import RED_FLAGS

if TYPE_CHECKING:
    LogModelForm = forms.ModelForm[ExerciseLog]
else:
    LogModelForm = forms.ModelForm


class LogForm(LogModelForm):
    class Meta:
        model = ExerciseLog
        fields = ("sets", "reps", "minutes", "resistance", "effort", "pain", "note")
        labels: ClassVar[dict[str, str]] = {
            "sets": "Sets done",
            "reps": "Repetitions in each set",
            "minutes": "Minutes",
            "resistance": "Band colour, weight (kg or lb) or machine stack",
            "effort": "How hard was it? 0 (rest) to 10 (all-out)",
            "pain": "Any pain? 0 (none) to 10 (worst)",
            "note": "A note (optional)",
        }
        widgets: ClassVar[dict[str, forms.Widget]] = {"note": forms.TextInput()}


class SkipForm(forms.Form):
    skip_reason = forms.CharField(label="Why are you skipping it? (optional)", max_length=200, required=False)


class SomethingWrongForm(forms.Form):
    flag = forms.ChoiceField(label="What is wrong?", choices=RED_FLAGS, widget=forms.RadioSelect)
    note = forms.CharField(label="Anything to add (optional)", max_length=500, required=False)
