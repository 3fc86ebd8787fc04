"""`councilwatch brief SOURCE...`: summarize one meeting from local files, offline, every sentence checked."""

from __future__ import annotations

import json
from pathlib import Path

import click


def render_text(result: dict) -> str:
    """The brief as plain text a person can read in a terminal; citations in brackets."""
    lines: list[str] = []

    def sentence(entry: dict, indent: str = "  ") -> str:
        cites = ", ".join(entry["citations"])
        return f"{indent}- {entry['text']} [{cites}]"

    lines.append("Overview")
    lines.extend(sentence(s) for s in result["overview"])
    if not result["overview"]:
        lines.append("  (nothing found that passed the checks)")
    for item in result["items"]:
        if not item.get("substantive", True):
            continue  # routine decisions of standing items are in the JSON, not worth a reader's time
        number = f"{item.get('number')}. " if item.get("number") else ""
        lines += ["", f"{number}{item['title']}"]
        lines.extend(sentence(s) for s in item["sentences"])
        if item["decisions"]:
            lines.append("  Decisions:")
            for decision in item["decisions"]:
                to = f" to {decision['recommended_to']}" if decision.get("recommended_to") else ""
                lines.append(
                    f"    [{decision['outcome']}{to}] {decision['text']} [{', '.join(decision['citations'])}]"
                )
    if result["attendees"]:
        lines += ["", "People"]
        for person in result["attendees"]:
            role = f" ({person['role']})" if person["role"] else ""
            lines.append(f"  - {person['name']}{role}")
    if result["topics"]:
        lines += ["", "Topics: " + ", ".join(f"{t['name']} ({t['score']:g})" for t in result["topics"])]
    stats = result.get("stats", {})
    if stats:
        lines += [
            "",
            f"{stats['passed']} of {stats['sentences']} sentences cited and checked; "
            f"{stats['dropped']} candidate sentences dropped by the checker. Engine: {result['engine']}.",
        ]
    usage = result.get("usage") or {}
    if usage.get("calls"):
        lines.append(
            f"LLM: {usage['prompt_tokens']} prompt + {usage['completion_tokens']} completion tokens, "
            f"cost {usage['cost']:.4f}; {usage['fallback_items']} items fell back to the structured engine."
        )
    for error in usage.get("errors", []):
        lines.append(f"Note: {error}")
    for document in result.get("documents", []):
        if document["status"] != "ok":
            lines.append(f"Note: {document['source']}: {document['reason'] or document['status']}")
    return "\n".join(lines)


@click.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the brief JSON contract instead of text.")
@click.option(
    "--engine",
    type=click.Choice(["structured", "llm"]),
    default="structured",
    show_default=True,
    help="structured: offline and free. llm: an OpenAI-compatible endpoint from COUNCILWATCH_LLM_* settings.",
)
def brief(sources: tuple[Path, ...], as_json: bool, engine: str) -> None:
    """Summarize one meeting from local files (.txt, .md, .html, .pdf): minutes, agenda pages, notes.

    Every sentence cites the passages it comes from and has passed the automatic check against them.
    No network (unless --engine llm) and no database.
    """
    from councilwatch.core.brief import BriefError, brief_files

    try:
        result = brief_files(list(sources), engine=engine)
    except BriefError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result))
