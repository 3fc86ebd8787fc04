"""Report an error in a summary (stored for review) and the page explaining how summaries are checked."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from councilwatch.web.ratelimit import client_address, hit
from councilwatch.web.site.forms import ErrorReportForm
from councilwatch.web.site.models import ErrorReport
from councilwatch.web.site.views.meetings import get_meeting

REPORTS_PER_WINDOW = 5
WINDOW_SECONDS = 600


def accuracy(request: HttpRequest) -> HttpResponse:
    return render(request, "site/accuracy.html")


@require_http_methods(["GET", "POST"])
def report_error(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_meeting(slug, pk)
    context = {"meeting": meeting, "council": meeting.council}
    if request.method == "GET":
        initial = {"sentence": request.GET.get("sentence", "")[:2000]}
        return render(
            request, "site/report_error.html", {**context, "form": ErrorReportForm(initial=initial)}
        )
    form = ErrorReportForm(request.POST)
    # Counted inside the view, not by the 429 decorator: a blocked visitor gets the form back, text intact.
    if hit(f"error-report:{client_address(request)}", [(REPORTS_PER_WINDOW, WINDOW_SECONDS)]):
        context.update(form=form, limited=True)
        return render(request, "site/report_error.html", context, status=429)
    if not form.is_valid():
        return render(request, "site/report_error.html", {**context, "form": form}, status=400)
    if not form.cleaned_data["website"]:
        ErrorReport.objects.create(
            meeting=meeting,
            sentence=form.cleaned_data["sentence"],
            message=form.cleaned_data["message"],
            email=form.cleaned_data["email"],
        )
    # Robots get the same thank-you page, so they learn nothing from the answer.
    return redirect(reverse("site:report_thanks", args=[meeting.council.slug, meeting.pk]))


def report_thanks(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    meeting = get_meeting(slug, pk)
    return render(request, "site/report_thanks.html", {"meeting": meeting, "council": meeting.council})
