"""Form helpers shared by every app."""

from django import forms


def mark_errors(form: forms.BaseForm) -> None:
    """Tie each field's error message to its input for screen readers."""
    for name, field in form.fields.items():
        if form.errors.get(name):
            field.widget.attrs["aria-invalid"] = "true"
            field.widget.attrs["aria-describedby"] = f"id_{name}-error"
