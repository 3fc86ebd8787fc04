"""The council registry: every UK council as data (``data/uk_councils.csv``), plus the demo council.

A council is a row, not code. Provenance of the CSV is in ``data/COUNCILS_SOURCES.md``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources

from councilwatch.core.models import CouncilRecord, Platform

DEMO_CODE = "DEMO"


def _parse_row(row: dict[str, str]) -> CouncilRecord:
    end = row.get("end_date", "").strip()
    return CouncilRecord(
        code=row["code"].strip(),
        name=row["name"].strip(),
        nation=row.get("nation", "").strip(),
        gss=row.get("gss", "").strip(),
        platform=Platform(row.get("platform", "none").strip() or "none"),
        base_url=row.get("base_url", "").strip().rstrip("/"),
        disabled=row.get("disabled", "").strip().lower() == "true",
        end_date=date.fromisoformat(end) if end else None,
        notes=row.get("notes", "").strip(),
        slug=(row.get("lgsf_folder") or row["code"]).strip(),
    )


def parse_registry(text: str) -> list[CouncilRecord]:
    return [_parse_row(row) for row in csv.DictReader(io.StringIO(text))]


def demo_council() -> CouncilRecord:
    """The fictional council of the packaged recording; hidden from public lists."""
    manifest = json.loads(resources.files("councilwatch.data").joinpath("demo/manifest.json").read_text())
    council = manifest["council"]
    return CouncilRecord(
        code=DEMO_CODE,
        name=council["name"],
        nation="England",
        gss="",
        platform=Platform.MODERNGOV,
        base_url=council["base_url"].rstrip("/"),
        disabled=False,
        end_date=None,
        notes="Fictional council used by the demo and the tests; not a real authority.",
        slug="DEMO-demo",
        demo=True,
    )


@cache
def load_registry(include_demo: bool = True) -> tuple[CouncilRecord, ...]:
    text = resources.files("councilwatch.data").joinpath("uk_councils.csv").read_text(encoding="utf-8")
    councils = parse_registry(text)
    if include_demo:
        councils.append(demo_council())
    return tuple(councils)


def find_council(code: str, councils: Iterable[CouncilRecord] | None = None) -> CouncilRecord | None:
    """Look a council up by code or slug; where a code is shared, the current council wins."""
    wanted = code.strip().lower()
    matches = [c for c in (councils or load_registry()) if wanted in (c.code.lower(), c.slug.lower())]
    matches.sort(key=lambda c: (not c.current, c.slug))
    return matches[0] if matches else None


def search_councils(
    councils: Iterable[CouncilRecord], *, text: str = "", platform: str = "", include_demo: bool = False
) -> list[CouncilRecord]:
    needle = text.strip().lower()
    found = []
    for council in councils:
        if council.demo and not include_demo:
            continue
        if platform and council.platform != platform:
            continue
        if needle and needle not in f"{council.code} {council.name} {council.base_url}".lower():
            continue
        found.append(council)
    return found
