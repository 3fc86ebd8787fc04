"""Security headers on every kind of response, and the form rate limiter."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings

from councilwatch.web.ratelimit import client_address, ratelimit
from councilwatch.web.security import CONTENT_SECURITY_POLICY, SECURITY_HEADERS
from tests.web import factories as f

EXPECTED_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


def assert_secured(response) -> None:
    assert response["Content-Security-Policy"] == EXPECTED_CSP
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert (
        "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]
    )


def test_policy_is_the_documented_one() -> None:
    assert CONTENT_SECURITY_POLICY == EXPECTED_CSP
    assert set(SECURITY_HEADERS) >= {
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Content-Type-Options",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/councils",
        "/api/v1/meetings/999999",
        "/api/v1/openapi.json",
        "/feeds/councils/northtown/rss/",
        "/feeds/councils/northtown/meetings.ics",
        "/councils/",
        "/no/such/page/",
        "/admin/login/",
    ],
)
def test_every_response_carries_the_headers(url) -> None:
    f.api_council("northtown")
    # Even a page that fails must carry the headers, so errors are answered rather than raised here.
    assert_secured(Client(raise_request_exception=False).get(url))


@pytest.mark.django_db
def test_error_and_rejected_requests_carry_them_too(client) -> None:
    assert_secured(client.post("/api/v1/councils"))
    strict = Client(enforce_csrf_checks=True)
    assert_secured(strict.post("/admin/login/", {"username": "x"}))  # CSRF failure page


@override_settings(WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=True)
def test_static_files_served_by_whitenoise_carry_them() -> None:
    response = Client().get("/static/admin/css/base.css")
    assert response.status_code == 200
    assert_secured(response)


# --- rate limiter ---------------------------------------------------------------------------------------


@pytest.fixture
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@ratelimit(limits=((3, 60),))
def submit(request):
    return HttpResponse("thanks")


@ratelimit(limits=((3, 60),))
def other_form(request):
    return HttpResponse("thanks")


def post(view, ip: str = "203.0.113.5", **meta):
    request = RequestFactory().post("/form/", {"a": "1"}, REMOTE_ADDR=ip, **meta)
    return view(request)


def test_posts_over_the_limit_get_429_with_retry_after(fresh_cache) -> None:
    assert [post(submit).status_code for _ in range(3)] == [200, 200, 200]
    refused = post(submit)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 61
    assert b"Too many form submissions" in refused.content


def test_reading_is_never_limited(fresh_cache) -> None:
    for _ in range(10):
        assert submit(RequestFactory().get("/form/", REMOTE_ADDR="203.0.113.5")).status_code == 200


def test_limits_are_per_address_and_per_view(fresh_cache) -> None:
    for _ in range(3):
        post(submit)
    assert post(submit).status_code == 429
    assert post(submit, ip="198.51.100.9").status_code == 200
    assert post(other_form).status_code == 200


def test_forwarded_for_is_ignored_unless_proxies_are_configured(fresh_cache) -> None:
    for n in range(4):
        response = post(submit, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert response.status_code == 429  # a client cannot dodge the limit by writing its own header


@override_settings(COUNCILWATCH_RATELIMIT_PROXY_COUNT=1)
def test_behind_one_proxy_the_last_forwarded_hop_is_the_client() -> None:
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert client_address(request) == "198.51.100.7"


def test_ipv6_addresses_share_a_limit_per_64() -> None:
    one = RequestFactory().post("/", REMOTE_ADDR="2001:db8:1:2::1")
    two = RequestFactory().post("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    other = RequestFactory().post("/", REMOTE_ADDR="2001:db8:1:3::1")
    assert client_address(one) == client_address(two) != client_address(other)
