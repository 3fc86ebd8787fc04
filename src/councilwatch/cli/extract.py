"""`councilwatch extract FILE`: show the passages of one local document, no database needed."""

from __future__ import annotations

import json
from pathlib import Path

import click

from councilwatch.core.models import Extraction, ExtractStatus


def extract_file(path: Path) -> Extraction:
    """Pick the extractor from the file's content first and its name second (councils mislabel files)."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".pdf" or data[:1024].find(b"%PDF-") >= 0:
        from councilwatch.core.extract.pdf import extract_pdf

        return extract_pdf(data)
    text = data.decode("utf-8", errors="replace")
    if suffix in (".html", ".htm") or text.lstrip()[:1] == "<":
        from councilwatch.core.extract.html import extract_html

        return extract_html(text)
    from councilwatch.core.extract.text import extract_text

    return extract_text(text)


def as_json(extraction: Extraction) -> dict:
    return {
        "status": extraction.status.value,
        "reason": extraction.reason,
        "pages": extraction.pages,
        "passages": [
            {
                "ordinal": p.ordinal,
                "page": p.page,
                "kind": p.kind.value,
                "number": p.number,
                "heading_path": list(p.heading_path),
                "text": p.text,
                "char_start": p.char_start,
                "char_end": p.char_end,
            }
            for p in extraction.passages
        ],
    }


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json_output", is_flag=True, help="Print machine-readable JSON.")
def extract(file: Path, as_json_output: bool) -> None:
    """Split FILE (.pdf, .html or .txt/.md) into citable passages with page numbers and headings."""
    extraction = extract_file(file)
    failed = extraction.status is not ExtractStatus.OK and not extraction.passages
    if as_json_output:
        click.echo(json.dumps(as_json(extraction), ensure_ascii=False, indent=2))
    else:
        for p in extraction.passages:
            where = f"p.{p.page}" if p.page is not None else "-"
            path = " › ".join(p.heading_path)
            click.echo(
                f"[{p.ordinal}] {where} {p.kind.value}{' ' + p.number if p.number else ''}"
                + (f"  ({path})" if path else "")
            )
            click.echo(f"    {p.text}")
        summary = f"{extraction.status.value}: {len(extraction.passages)} passages"
        if extraction.pages:
            summary += f" from {extraction.pages} pages"
        click.echo(summary + (f". {extraction.reason}" if extraction.reason else ""), err=failed)
    if failed:
        if as_json_output:
            click.echo(extraction.reason, err=True)
        raise SystemExit(1)
