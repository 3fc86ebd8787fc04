"""Security headers on every response, static files and errors included.

Django's own ``SecurityMiddleware`` already sends ``X-Content-Type-Options``, ``Referrer-Policy`` and
``Cross-Origin-Opener-Policy`` from settings; this middleware adds the Content-Security-Policy and
Permissions-Policy it lacks and fills in the others if a setting switched them off, so a changed setting can
never silently drop one. Headers a view set itself are kept (``setdefault``), which lets one page loosen or
tighten its own policy on purpose.

Place it directly after ``SecurityMiddleware`` and before WhiteNoise, so files WhiteNoise answers get the
headers too.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

# Scraped council HTML is shown on our pages after sanitising; this policy is the second line of defence:
# even if something slipped through, no inline script, no foreign script or style, no framing, and forms
# can only post back to us.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
# The site uses none of these browser features, so it asks the browser to refuse them to every frame.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), payment=(), usb=()"
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
}


class SecurityHeadersMiddleware:
    """Adds :data:`SECURITY_HEADERS` to every response that does not already carry them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
