"""Chromium (Debian's, never a downloaded one) driven by Playwright against pytest-django's live server."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from tests.web import factories as f
from tests.web.site.conftest import scene  # noqa: F401 — the same meeting the page tests use

# Playwright's sync API runs an event loop; Django refuses ORM calls from "async" contexts without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LONDON = ZoneInfo("Europe/London")
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Test pages are fixtures ("Testshire"); the README's screenshots come from the demo (scripts/screenshots.py).
SCREENSHOTS = (
    Path(os.environ.get("COUNCILWATCH_TEST_SCREENSHOTS") or tempfile.gettempdir()) / "councilwatch-shots"
)
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-GB")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def axe_page(browser):
    """A tab for accessibility checks: CSP is bypassed only so axe's script can be injected."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-GB", bypass_csp=True)
    tab = context.new_page()
    yield tab
    context.close()


def _at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    """A meeting time ``days`` from today at a plausible London clock time."""
    day = timezone.localdate() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def site(transactional_db, live_server, scene):  # noqa: F811
    """The scene plus an upcoming meeting and a limited-support council with meetings."""
    f.site_meeting(scene.committee, _at(9, 10))
    f.site_meeting(f.site_committee(scene.council, "Cabinet"), _at(16, 14, 30))
    limited = f.site_council("limitby", name="Limitby District Council", support="limited")
    licensing = f.site_committee(limited, "Licensing Committee")
    f.site_meeting(licensing, _at(-6, 18))
    f.site_meeting(licensing, _at(20, 10))
    scene.limited = limited
    scene.base = live_server.url
    return scene


def axe_violations(tab) -> list[dict]:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci` at the repository root")
    tab.add_script_tag(path=str(AXE))
    return tab.evaluate("async () => (await axe.run()).violations")


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in violations)


def screenshot(tab, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
