"""Pages for subscribing, confirming, unsubscribing, preferences, support requests and published digests.

Links in emails never change anything on GET: mail scanners open links to check them, and a scanner must
not confirm or cancel anyone's subscription. GET shows a page with one button; the button POSTs. The one
exception is RFC 8058 one-click unsubscribe, a POST that mail clients make without our form, so that view
is exempt from CSRF — its signed token is the proof.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from councilwatch.web.councils.models import Council
from councilwatch.web.ratelimit import ratelimit
from councilwatch.web.subscriptions import links, optin, tokens
from councilwatch.web.subscriptions.digests import Week
from councilwatch.web.subscriptions.forms import PreferencesForm, SubscribeForm, SupportRequestForm
from councilwatch.web.subscriptions.models import Digest, SupportRequest


def _bad_link(request: HttpRequest) -> HttpResponse:
    return render(request, "subscriptions/bad_link.html", status=400)


@require_http_methods(["GET", "POST"])
@ratelimit()
def subscribe(request: HttpRequest) -> HttpResponse:
    source = request.POST if request.method == "POST" else request.GET
    slugs = source.getlist("council")
    if request.method == "GET":
        councils = Council.objects.filter(slug__in=slugs)
        return render(
            request, "subscriptions/subscribe.html", {"form": SubscribeForm(), "councils": councils}
        )
    form = SubscribeForm(request.POST, council_slugs=slugs)
    if not form.is_valid():
        councils = Council.objects.filter(slug__in=slugs)
        return render(
            request, "subscriptions/subscribe.html", {"form": form, "councils": councils}, status=400
        )
    optin.request_confirmation(form.cleaned_data["email"], form.cleaned_data["councils"])
    # The same page whether the address is new, known or unsubscribed: nothing to enumerate.
    return redirect("check_email")


def check_email(request: HttpRequest) -> HttpResponse:
    return render(request, "subscriptions/check_email.html")


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    try:
        pending = tokens.read_confirm_token(token)
    except tokens.BadToken:
        return _bad_link(request)
    if request.method == "GET":
        councils = Council.objects.filter(pk__in=pending.council_ids)
        return render(request, "subscriptions/confirm.html", {"councils": councils, "email": pending.email})
    subscriber, councils = optin.confirm(token)
    return render(
        request,
        "subscriptions/confirmed.html",
        {"councils": councils, "preferences_url": links.preferences_url(subscriber.pk, subscriber.email)},
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = optin.subscriber_from(token, "unsubscribe")
    except tokens.BadToken:
        return _bad_link(request)
    if request.method == "GET":
        return render(request, "subscriptions/unsubscribe.html", {"email": subscriber.email})
    optin.unsubscribe(subscriber)
    return render(request, "subscriptions/unsubscribed.html")


@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest, token: str) -> HttpResponse:
    try:
        subscriber = optin.subscriber_from(token, "preferences")
    except tokens.BadToken:
        return _bad_link(request)
    if subscriber.unsubscribed_at is not None:
        return render(request, "subscriptions/unsubscribed.html")
    if request.method == "POST":
        form = PreferencesForm(request.POST, subscriber=subscriber)
        if form.is_valid():
            optin.save_preferences(subscriber, form.cleaned_data)
            # Post/redirect/get: reloading the page shows the saved state instead of resubmitting.
            return redirect(request.path + "?saved=1")
    else:
        form = PreferencesForm(
            subscriber=subscriber,
            initial={
                "councils": list(subscriber.subscriptions.values_list("council_id", flat=True)),
                "topics": list(subscriber.topics.values_list("pk", flat=True)),
                "frequency": subscriber.frequency,
                "keywords": "\n".join(subscriber.keywords or []),
            },
        )
    return render(
        request,
        "subscriptions/preferences.html",
        {
            "form": form,
            "subscriber": subscriber,
            "saved": request.method == "GET" and request.GET.get("saved") == "1",
            "unsubscribe_url": links.unsubscribe_url(subscriber.pk, subscriber.email),
        },
        status=400 if request.method == "POST" else 200,
    )


@require_http_methods(["POST"])
@ratelimit()
def support_request(request: HttpRequest) -> HttpResponse:
    form = SupportRequestForm(request.POST)
    if not form.is_valid():
        return render(request, "subscriptions/support_invalid.html", {"form": form}, status=400)
    data = form.cleaned_data
    SupportRequest.objects.create(
        kind=data["kind"],
        email=data["email"].strip().lower(),
        council=data["council"],
        message=data["message"],
    )
    return render(request, "subscriptions/support_thanks.html", {"council": data["council"]})


def weekly_digest(request: HttpRequest, slug: str, week: str) -> HttpResponse:
    council = get_object_or_404(Council, slug=slug)
    try:
        parsed = Week.parse(week)
    except ValueError:
        return render(request, "subscriptions/bad_week.html", {"council": council}, status=404)
    digest = get_object_or_404(Digest, council=council, iso_year=parsed.year, iso_week=parsed.number)
    return render(request, "subscriptions/digest_page.html", {"digest": digest, **digest.data})
