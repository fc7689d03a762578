"""The guided intake: one short form per step, in plain words. Each step's cleaned answers
are saved as JSON; `to_intake` turns them into the contract's intake."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms

from bonesafe.core.labels import words
from bonesafe.engine.vocab import ACTIVITIES, EQUIPMENT

YES_NO_UNSURE = [("yes", "Yes"), ("no", "No"), ("unsure", "Not sure")]
YES_NO = [("yes", "Yes"), ("no", "No")]
SITES = [
    ("spine", "Spine (back bone)"),
    ("hip", "Hip"),
    ("wrist", "Wrist or forearm"),
    ("humerus", "Upper arm"),
    ("pelvis", "Pelvis"),
    ("rib", "Rib"),
    ("ankle", "Ankle"),
    ("other", "Another bone"),
]
STAY_INDEPENDENT = [
    "I have fallen in the past year.",
    "I use or have been advised to use a cane or walker to get around safely.",
    "Sometimes I feel unsteady when I am walking.",
    "I steady myself by holding onto furniture when walking at home.",
    "I am worried about falling.",
    "I need to push with my hands to stand up from a chair.",
    "I have some trouble stepping up onto a curb.",
    "I often have to rush to the toilet.",
    "I have lost some feeling in my feet.",
    "I take medicine that sometimes makes me feel light-headed or more tired than usual.",
    "I take medicine to help me sleep or improve my mood.",
    "I often feel sad or depressed.",
]
#: The 7 PAR-Q+ general questions, in our own plain words.
PARQ_LABELS = {
    "heart_condition": "Has a doctor ever said you have a heart condition or high blood pressure?",
    "chest_pain": "Do you get pain in your chest at rest, in daily life, or when you are active?",
    "dizziness_or_fainting": "Do you lose your balance because of dizziness, or have you fainted in the last 12 months?",
    "other_chronic_condition": "Has a doctor found another long-term health condition?",
    "prescribed_medication": "Do you take prescribed medicine for a long-term condition?",
    "bone_joint_problem": "Do you have (or had in the last year) a bone, joint or muscle problem that more activity could make worse?",
    "supervised_only": "Has a doctor said you should exercise only under medical supervision?",
}
RED_FLAGS = [
    ("new_severe_back_pain", "New, severe back pain"),
    ("height_loss_recent", "I have recently lost height"),
    ("chest_pain", "Chest pain or pressure"),
    ("fainting", "Fainting or blacking out"),
    ("new_numbness_or_weakness", "New numbness or weakness in an arm or leg"),
    ("bladder_bowel_change", "A new problem controlling my bladder or bowels"),
    ("fall_with_injury_recent", "A recent fall that hurt me"),
]


def _radio(
    label: str, choices: list[tuple[str, str]], required: bool = False, **kw: Any
) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=choices, required=required, widget=forms.RadioSelect, **kw)


class AboutForm(forms.Form):
    age = forms.IntegerField(label="Your age, in years", min_value=18, max_value=120)
    sex = _radio(
        "Sex",
        [("female", "Female"), ("male", "Male")],
        required=True,
        help_text="Used for the fall-risk norms and the fracture-risk tools.",
    )
    activity_level = _radio(
        "How active are you now?",
        [
            ("sedentary", "Mostly sitting"),
            ("light", "Light: short walks, housework"),
            ("moderate", "Moderate: brisk walks or classes most weeks"),
            ("vigorous", "Very active: hard exercise most weeks"),
        ],
    )


class BoneForm(forms.Form):
    t_score = forms.DecimalField(
        label="Your lowest T-score (if you know it)",
        required=False,
        min_value=-6,
        max_value=4,
        decimal_places=1,
        help_text="A bone density (DXA) scan gives a T-score, for example −2.7. "
        "−2.5 or lower is called osteoporosis. Leave it empty if you do not know.",
    )
    site = forms.ChoiceField(
        label="Where was it measured?",
        required=False,
        choices=[
            ("", "I don't know"),
            ("lumbar_spine", "Lower spine"),
            ("total_hip", "Hip"),
            ("femoral_neck", "Top of the thigh bone (femoral neck)"),
            ("forearm", "Forearm"),
        ],
    )
    scan_date = forms.DateField(label="Date of the scan (YYYY-MM-DD)", required=False)
    frax_major = forms.DecimalField(
        label="FRAX: 10-year risk of a major fracture, in %",
        required=False,
        min_value=0,
        max_value=100,
        decimal_places=1,
    )
    frax_hip = forms.DecimalField(
        label="FRAX: 10-year risk of a hip fracture, in %",
        required=False,
        min_value=0,
        max_value=100,
        decimal_places=1,
    )


class FracturesForm(forms.Form):
    small_falls = forms.MultipleChoiceField(
        label="Bones broken as an adult from a fall from standing height or less (or no fall)",
        choices=SITES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    spine_count = forms.IntegerField(
        label="How many spine fractures in all?",
        required=False,
        min_value=0,
        max_value=10,
        help_text="Leave empty if none.",
    )
    accidents = forms.MultipleChoiceField(
        label="Bones broken in a bigger accident (such as a car crash)",
        choices=SITES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    kyphosis = _radio("Is your upper back stooped or rounded?", YES_NO_UNSURE)
    back_pain = forms.IntegerField(
        label="Your usual back pain today, from 0 (none) to 10 (worst)",
        required=False,
        min_value=0,
        max_value=10,
    )


class FallsForm(forms.Form):
    """The CDC STEADI Stay Independent check, and the three short tests (with a helper)."""

    tug_seconds = forms.DecimalField(
        label="Timed Up and Go: seconds", required=False, min_value=1, max_value=600, decimal_places=1
    )
    chair_stands_30s = forms.IntegerField(
        label="30-second chair stand: number of stands", required=False, min_value=0, max_value=100
    )
    tandem_stance_seconds = forms.DecimalField(
        label="Heel-to-toe stance: seconds held", required=False, min_value=0, max_value=600, decimal_places=1
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for n, text in enumerate(STAY_INDEPENDENT, 1):
            self.fields[f"si_{n}"] = _radio(f"{n}. {text}", YES_NO)
        order = [f"si_{n}" for n in range(1, 13)] + [
            "tug_seconds",
            "chair_stands_30s",
            "tandem_stance_seconds",
        ]
        self.order_fields(order)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        answered = [n for n in range(1, 13) if data.get(f"si_{n}")]
        if answered and len(answered) < 12:
            for n in range(1, 13):
                if not data.get(f"si_{n}"):
                    self.add_error(f"si_{n}", "Answer all 12 questions, or leave them all empty.")
        return data


class ReadinessForm(forms.Form):
    cleared = _radio("Has a doctor or physical therapist cleared you for exercise?", YES_NO_UNSURE)
    cleared_on = forms.DateField(label="When? (YYYY-MM-DD)", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        questions = {f"parq_{k}": _radio(text, YES_NO_UNSURE) for k, text in PARQ_LABELS.items()}
        self.fields = {**questions, **self.fields}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("cleared") == "yes" and not data.get("cleared_on"):
            self.add_error("cleared_on", "Give the date you were cleared: clearance lasts 12 months.")
        return data


class SymptomsForm(forms.Form):
    red_flags = forms.MultipleChoiceField(
        label="Do you have any of these now?",
        choices=RED_FLAGS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave all empty if you have none of them.",
    )


class PreferencesForm(forms.Form):
    enjoys = forms.MultipleChoiceField(
        label="What do you enjoy, or would like to try?",
        required=False,
        choices=[(a, words(a).capitalize()) for a in ACTIVITIES],
        widget=forms.CheckboxSelectMultiple,
    )
    equipment = forms.MultipleChoiceField(
        label="What do you have at home?",
        required=False,
        choices=[(e, words(e).capitalize()) for e in EQUIPMENT],
        widget=forms.CheckboxSelectMultiple,
        initial=["chair", "wall"],
    )
    days_per_week = forms.IntegerField(
        label="Days a week you can exercise", min_value=1, max_value=7, initial=5
    )
    minutes_per_day = forms.IntegerField(
        label="Minutes on such a day", min_value=10, max_value=180, initial=30
    )


STEPS: list[tuple[str, str, type[forms.Form]]] = [
    ("about", "About you", AboutForm),
    ("bones", "Your bones", BoneForm),
    ("fractures", "Broken bones", FracturesForm),
    ("falls", "Falls and balance", FallsForm),
    ("readiness", "Health questions", ReadinessForm),
    ("symptoms", "How you feel now", SymptomsForm),
    ("preferences", "What suits you", PreferencesForm),
]


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "as_tuple"):  # Decimal
        return float(value)
    return value


def saved(form: forms.Form) -> dict[str, Any]:
    """A step's cleaned answers as JSON."""
    return {k: _json(v) for k, v in form.cleaned_data.items() if v not in (None, "", [])}


def _yes(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


def to_intake(answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The contract intake from the saved steps; what was not answered stays out."""
    about, bones = answers.get("about", {}), answers.get("bones", {})
    out: dict[str, Any] = {k: about[k] for k in ("age", "sex", "activity_level") if k in about}
    density = {"t_score": bones.get("t_score"), "site": bones.get("site"), "date": bones.get("scan_date")}
    if any(v is not None for v in density.values()):
        out["bone_density"] = {k: v for k, v in density.items() if v is not None}
    frax = {"major_osteoporotic_pct": bones.get("frax_major"), "hip_pct": bones.get("frax_hip")}
    if any(v is not None for v in frax.values()):
        out["frax"] = {k: v for k, v in frax.items() if v is not None}
    fr = answers.get("fractures", {})
    small = [s for s in fr.get("small_falls", []) if s != "spine"]
    spines = max(fr.get("spine_count") or 0, 1 if "spine" in fr.get("small_falls", []) else 0)
    fractures = [{"site": s} for s in small] + [{"site": "spine"}] * spines
    fractures += [{"site": s, "low_trauma": False} for s in fr.get("accidents", [])]
    if fractures:
        out["fractures"] = fractures
    if _yes(fr.get("kyphosis")) is not None:
        out["kyphosis"] = _yes(fr.get("kyphosis"))
    if fr.get("back_pain") is not None:
        out["back_pain"] = fr["back_pain"]
    falls = answers.get("falls", {})
    if all(f"si_{n}" in falls for n in range(1, 13)):
        out["stay_independent"] = [falls[f"si_{n}"] == "yes" for n in range(1, 13)]
    tests = {k: falls[k] for k in ("tug_seconds", "chair_stands_30s", "tandem_stance_seconds") if k in falls}
    if tests:
        out["tests"] = tests
    ready = answers.get("readiness", {})
    parq = {k: _yes(ready.get(f"parq_{k}")) for k in PARQ_LABELS}
    if any(v is not None for v in parq.values()):
        out["parq"] = {k: v for k, v in parq.items() if v is not None}
    if ready.get("cleared") in ("yes", "no"):
        out["clearance"] = {
            "cleared": ready["cleared"] == "yes",
            **({"date": ready["cleared_on"]} if ready.get("cleared_on") else {}),
        }
    if answers.get("symptoms", {}).get("red_flags"):
        out["red_flags"] = answers["symptoms"]["red_flags"]
    prefs = answers.get("preferences")
    if prefs:
        out["preferences"] = {
            k: prefs[k] for k in ("enjoys", "equipment", "days_per_week", "minutes_per_day") if k in prefs
        }
        out["preferences"].setdefault("equipment", [])
    return out
