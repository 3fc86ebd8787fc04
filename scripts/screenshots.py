"""Screenshots of the demo for the README: build the demo database, serve it, photograph the main pages.

    python scripts/screenshots.py [--out docs/screenshots]

Needs Debian's chromium (/usr/bin/chromium) and `npm ci` (axe-core): every page photographed is also checked
with axe, and the script fails if axe reports a violation.
"""

from __future__ import annotations

import argparse
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str) -> None:
    for _ in range(100):
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"the demo server did not start at {url}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    data_dir = Path(tempfile.mkdtemp(prefix="councilwatch-shots-"))
    env = dict(os.environ, COUNCILWATCH_DATA_DIR=str(data_dir))
    subprocess.run([sys.executable, "-m", "councilwatch", "demo", "--no-serve"], env=env, check=True)
    port = free_port()
    env["DATABASE_URL"] = f"sqlite:///{data_dir / 'demo.sqlite3'}"
    server = subprocess.Popen([sys.executable, "-m", "councilwatch", "serve", "--port", str(port)], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/")
        pages = photograph(base, args.out, summarised_meeting(data_dir / "demo.sqlite3"))
    finally:
        server.terminate()
        server.wait(timeout=30)
    for name, violations in pages.items():
        print(f"{name}: {violations or 'no axe violations'}")
    if any(pages.values()):
        raise SystemExit("axe reported violations")


def summarised_meeting(database: Path) -> str:
    """The most recent demo meeting with a summary: the page worth showing."""
    with sqlite3.connect(database) as conn:
        (pk,) = conn.execute(
            "SELECT m.id FROM councils_meeting m JOIN councils_summary s ON s.meeting_id = m.id "
            "JOIN councils_committee c ON c.id = m.committee_id WHERE c.title = 'Cabinet' "
            "ORDER BY m.starts_at DESC LIMIT 1"
        ).fetchone()
    return f"/councils/DEMO-demo/meetings/{pk}/"


def photograph(base: str, out: Path, meeting_url: str) -> dict[str, list[str]]:
    results: dict[str, list[str]] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900}, bypass_csp=True)

        def shot(name: str, url: str, *, full: bool = True) -> None:
            page.goto(base + url)
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate("async () => (await axe.run()).violations.map(v => v.id)")
            results[name] = violations
            page.screenshot(path=str(out / f"{name}.png"), full_page=full)

        shot("home", "/")
        shot("council", "/councils/DEMO-demo/")
        shot("limited-support", "/councils/COV-coventry/")
        shot("meeting", meeting_url)
        marker = page.locator("button.cite").first  # site.js turns the links into buttons
        marker.click()
        page.locator("#source-panel").wait_for(state="visible")
        page.screenshot(path=str(out / "meeting-citation.png"), full_page=False)
        shot("search", "/search/?q=library+opening+hours")
        shot("decisions", "/decisions/?council=DEMO-demo")
        page.set_viewport_size({"width": 390, "height": 844})
        shot("meeting-phone", meeting_url, full=False)
        browser.close()
    return results


if __name__ == "__main__":
    main()
