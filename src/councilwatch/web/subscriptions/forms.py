"""Forms for residents (subscribe, preferences) and for anyone asking us to support a council."""

from __future__ import annotations

from django import forms

from councilwatch.web.councils.models import Council, Topic
from councilwatch.web.subscriptions.models import Subscriber, SupportRequest

MAX_COUNCILS_PER_REQUEST = 20
MAX_KEYWORDS = 50


def _councils(slugs: list[str]) -> list[Council]:
    wanted = [s.strip() for s in slugs if s and s.strip()]
    if not wanted:
        raise forms.ValidationError("Choose at least one council.")
    if len(wanted) > MAX_COUNCILS_PER_REQUEST:
        raise forms.ValidationError(f"Choose at most {MAX_COUNCILS_PER_REQUEST} councils at a time.")
    found = list(Council.objects.filter(slug__in=wanted, disabled=False))
    missing = sorted(set(wanted) - {c.slug for c in found})
    if missing:
        raise forms.ValidationError(f"We do not know the council {', '.join(missing)}.")
    return found


class SubscribeForm(forms.Form):
    email = forms.EmailField(label="Email address", max_length=254)

    def __init__(self, *args, council_slugs: list[str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.council_slugs = council_slugs or []

    def clean(self) -> dict:
        data = super().clean()
        try:
            data["councils"] = _councils(self.council_slugs)
        except forms.ValidationError as exc:
            self.add_error(None, exc)
        return data


class SupportRequestForm(forms.Form):
    kind = forms.ChoiceField(choices=SupportRequest.Kind.choices, label="Who are you asking as?")
    email = forms.EmailField(label="Email address", max_length=254)
    council = forms.SlugField(max_length=80)
    message = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="What would you use it for? (optional)",
    )

    def clean_council(self) -> Council:
        return _councils([self.cleaned_data["council"]])[0]


class PreferencesForm(forms.Form):
    councils = forms.ModelMultipleChoiceField(
        queryset=Council.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Councils you hear about",
    )
    add_council = forms.ModelChoiceField(
        queryset=Council.objects.filter(demo=False, disabled=False).order_by("name"),
        required=False,
        to_field_name="slug",
        label="Add a council",
        empty_label="(none)",
    )
    topics = forms.ModelMultipleChoiceField(
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Topics",
    )
    frequency = forms.ChoiceField(
        choices=Subscriber.Frequency.choices, widget=forms.RadioSelect, label="How often"
    )
    keywords = forms.CharField(
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Alert keywords, one per line (professional accounts)",
    )

    def __init__(self, *args, subscriber: Subscriber, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["councils"].queryset = Council.objects.filter(subscriptions__subscriber=subscriber)
        if not subscriber.professional:
            del self.fields["keywords"]

    def clean_keywords(self) -> list[str]:
        words = [w.strip() for w in self.cleaned_data.get("keywords", "").splitlines() if w.strip()]
        if len(words) > MAX_KEYWORDS:
            raise forms.ValidationError(f"At most {MAX_KEYWORDS} keywords, please.")
        if any(len(w) < 3 for w in words):
            raise forms.ValidationError("Each keyword needs at least 3 letters, or every email would match.")
        return list(dict.fromkeys(words))
