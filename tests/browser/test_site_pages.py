"""The public pages in a real browser: citations, search, forms, accessibility, screenshots."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.browser.conftest import axe_violations, describe, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _meeting_url(site) -> str:
    return site.base + reverse("site:meeting", args=[site.council.slug, site.meeting.pk])


def test_activating_a_citation_shows_the_passage_with_its_page(site, page) -> None:
    page.goto(_meeting_url(site))
    first = site.passages[0]
    marker = page.locator(f'button.cite[data-passage="{first.pk}"]').first
    assert marker.get_attribute("aria-expanded") == "false"
    marker.click()
    panel = page.locator("#source-panel")
    assert panel.is_visible()
    assert marker.get_attribute("aria-expanded") == "true"
    assert "nitrogen dioxide levels near schools" in panel.inner_text()
    assert "page 7" in panel.inner_text()
    link = panel.locator("a").first
    assert link.get_attribute("href") == f"{site.pack.url}#page=7"
    # Focus moves into the panel; Escape closes it and returns focus to the marker.
    assert page.evaluate("document.activeElement.id") == "source-panel-heading"
    screenshot(page, "meeting-citation")
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert page.evaluate("document.activeElement.dataset.passage") == str(first.pk)


def test_citation_works_from_the_keyboard(site, page) -> None:
    page.goto(_meeting_url(site))
    marker = page.locator("button.cite").nth(1)
    marker.focus()
    page.keyboard.press("Enter")
    assert page.locator("#source-panel").is_visible()


def test_without_javascript_markers_jump_to_the_sources_list(site, browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(_meeting_url(site))
        first = site.passages[0]
        assert tab.locator("button.cite").count() == 0
        tab.locator(f'a.cite[href="#passage-{first.pk}"]').first.click()
        assert tab.url.endswith(f"#passage-{first.pk}")
        target = tab.locator(f"#passage-{first.pk}")
        assert "page 7" in target.inner_text()
    finally:
        context.close()


def test_search_and_follow_a_result(site, page) -> None:
    page.goto(site.base + reverse("site:search"))
    page.get_by_label("Search minutes and reports of every council").fill("nitrogen")
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_url(re.compile(r".*q=nitrogen.*"))
    assert page.locator(".result mark").first.inner_text().lower() == "nitrogen"
    screenshot(page, "search")
    page.locator(".result h2 a").first.click()
    page.wait_for_url(re.compile(rf".*/meetings/{site.meeting.pk}/.*"))
    assert "Scrutiny Board" in page.locator("h1").inner_text()


def test_subscribe_forms_render(site, page) -> None:
    page.goto(site.base + reverse("site:council", args=[site.council.slug]))
    assert page.get_by_label("Email address").first.is_visible()
    assert page.get_by_role("button", name="Subscribe").is_visible()
    page.goto(site.base + reverse("site:council", args=["limitby"]))
    assert page.get_by_role("heading", name="Subscribe anyway").is_visible()
    assert page.get_by_label("A representative of this council").is_visible()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("home", lambda s: reverse("site:home")),
        ("council", lambda s: reverse("site:council", args=[s.council.slug])),
        ("limited-support", lambda s: reverse("site:council", args=["limitby"])),
        ("meeting", lambda s: reverse("site:meeting", args=[s.council.slug, s.meeting.pk])),
        ("search-results", lambda s: reverse("site:search") + "?q=air+quality"),
        ("decisions", lambda s: reverse("site:decisions")),
        ("timeline", lambda s: reverse("site:timeline", args=[s.council.slug, s.item.pk])),
    ],
)
def test_no_accessibility_violations(site, axe_page, name, path) -> None:
    axe_page.goto(site.base + path(site))
    violations = axe_violations(axe_page)
    screenshot(axe_page, name)
    assert violations == [], describe(violations)


def test_meeting_page_on_a_phone(site, browser) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, bypass_csp=True
    )
    tab = context.new_page()
    try:
        tab.goto(_meeting_url(site))
        # Nothing wider than the screen: no sideways scrolling on a phone.
        assert tab.evaluate("document.documentElement.scrollWidth") <= 390
        tab.locator("button.cite").first.click()
        assert tab.locator("#source-panel").is_visible()
        screenshot(tab, "meeting-phone")
        assert axe_violations(tab) == []
    finally:
        context.close()
