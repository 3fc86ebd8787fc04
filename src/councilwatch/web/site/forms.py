"""The one form this app owns: reporting an error in a machine-written summary."""

from __future__ import annotations

from django import forms


class ErrorReportForm(forms.Form):
    sentence = forms.CharField(
        required=False,
        max_length=2000,
        label="Which sentence is wrong? (optional)",
        help_text="Copy the sentence, or describe where it is on the page.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    message = forms.CharField(
        max_length=4000,
        label="What is wrong?",
        help_text="Tell us what the summary says and what the council's document says instead.",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Tell us what is wrong with the summary."},
    )
    email = forms.EmailField(
        required=False,
        label="Your email address (optional)",
        help_text="Only used to tell you what we found.",
        error_messages={"invalid": "Enter an email address like name@example.org, or leave it empty."},
    )
    # Left empty by people (it is hidden from them); form-filling robots tend to complete every field.
    website = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Screen readers announce the hint (and any error) with the field, not only when read in order.
        for name, field in self.fields.items():
            ids = [f"id_{name}-hint"] if field.help_text else []
            if self.is_bound and self.errors.get(name):
                ids.append(f"id_{name}-error")
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
