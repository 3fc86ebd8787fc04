"""`councilwatch audit --summary FILE --source FILE...`: check someone else's summary against the sources.

Sources may be .txt/.md (read as they are), .html/.htm or .pdf (through the extraction code, so a PDF is
read exactly as the rest of councilwatch reads it).  A source that cannot be read is named on stderr and
in the JSON; the audit goes on with the others, and fails only when none can be read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import click

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED = (*TEXT_SUFFIXES, *HTML_SUFFIXES, ".pdf")


@dataclass(frozen=True, slots=True)
class LoadedSource:
    name: str
    text: str
    status: str  # "ok" or the extraction status ("encrypted", "needs_ocr" …)
    reason: str = ""


def decode(data: bytes) -> str:
    # Council files are UTF-8 or, from older Word exports, Windows-1252; latin-1 never fails.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def load_source(path: Path) -> LoadedSource:
    """Read one source into plain text (paragraphs separated by blank lines)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise click.BadParameter(
            f"{path}: unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED)}",
            param_hint="--source",
        )
    data = path.read_bytes()
    # Content decides before the name: councils publish PDFs named .html and the reverse.
    if suffix == ".pdf" or data[:1024].find(b"%PDF-") >= 0:
        from councilwatch.core.extract.pdf import extract_pdf

        extraction = extract_pdf(data)
    else:
        text = decode(data)
        if suffix in TEXT_SUFFIXES and text.lstrip()[:1] != "<":
            return LoadedSource(path.name, text, "ok")
        from councilwatch.core.extract.html import extract_html

        extraction = extract_html(text)
    status = str(extraction.status)
    if status != "ok" or not extraction.text.strip():
        return LoadedSource(path.name, "", status if status != "ok" else "empty", extraction.reason)
    return LoadedSource(path.name, extraction.text, "ok", extraction.reason)


def render_text(report: dict) -> str:
    lines: list[str] = []
    for entry in report["sentences"]:
        mark = "ok  " if entry["supported"] else "FAIL"
        lines.append(f"[{mark}] {entry['text']}")
        for failure in entry["failures"]:
            lines.append(f"         {failure['code']}: {failure['detail']}")
    totals = report["summary"]
    lines.append("")
    if report.get("skipped"):
        lines.append(f"Headings not checked: {'; '.join(report['skipped'])}")
    lines.append(
        f"{totals['sentences'] - totals['unsupported']} of {totals['sentences']} sentences supported by the "
        f"sources; {totals['unsupported']} not."
    )
    return "\n".join(lines)


@click.command()
@click.option(
    "--summary",
    "summary_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The summary to check: plain text, no citations needed.",
)
@click.option(
    "--source",
    "source_paths",
    required=True,
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A source document of the meeting (.txt, .md, .html, .pdf); repeat for several.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the audit JSON contract instead of text.")
def audit(summary_path: Path, source_paths: tuple[Path, ...], as_json: bool) -> None:
    """Check every sentence of a summary someone else wrote against the meeting's documents.

    Each sentence is matched to the passages that best support it and checked for figures, dates, names,
    quotes and outcomes ("approved" where the minutes say "noted") that the sources do not bear out.
    """
    from councilwatch.core.verify.audit import audit as run_audit

    summary = decode(summary_path.read_bytes())
    if not summary.strip():
        raise click.ClickException(f"{summary_path}: the summary is empty")
    loaded = [load_source(path) for path in source_paths]
    for source in loaded:
        if source.status != "ok":
            click.echo(f"warning: {source.name}: not used ({source.reason or source.status})", err=True)
    usable = [(s.name, s.text) for s in loaded if s.status == "ok"]
    if not usable:
        raise click.ClickException("none of the sources could be read, so nothing can be checked")
    report = run_audit(summary, usable)
    report["sources"] = [{"name": s.name, "status": s.status, "reason": s.reason} for s in loaded]
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(report))
