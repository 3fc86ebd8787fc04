"""Summarize one meeting from local files or stored passages: the ``brief`` JSON contract.

``brief_files`` reads .txt/.md/.html/.pdf files (minutes, agenda item pages, briefing notes) with no
network and no database; ``brief_passages`` does the same for passages the stored pipeline already has.
Each source is analysed on its own, because a briefing note's "1 Purpose of the Note" must not be mistaken
for item 1 of the minutes: minutes are split into items, any other paper becomes one item of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import httpx

from councilwatch.core.analyse.document import MeetingText, SourcePassage
from councilwatch.core.analyse.entities import find_entities_many
from councilwatch.core.analyse.items import ItemText
from councilwatch.core.analyse.minutes import MeetingAnalysis, analyse_item, analyse_minutes, find_resolutions
from councilwatch.core.analyse.topics import score_topics
from councilwatch.core.models import Extraction, ExtractStatus
from councilwatch.core.summarize.llm import LLMConfig, LLMEngine
from councilwatch.core.summarize.structured import StructuredEngine
from councilwatch.core.summarize.types import MeetingSummary, SourceAnalysis

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
ENGINES = ("structured", "llm")
_MINUTES_SIGNS = re.compile(
    r"\bRESOLVED\b|\bit\s+was\s+resolved\b|\bMinutes:|^\s*Present\s*:|\bApologies\s+for\s+absence\b|"
    r"\bDeclarations?\s+of\s+(?:pecuniary\s+)?interests?\b",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT = re.compile(
    r"^\s*(?:Subject|Title|Report\s+title)\s*:\s*(?P<title>.+)$", re.IGNORECASE | re.MULTILINE
)


class BriefError(ValueError):
    """Input that cannot be summarized; the message says which file and why."""


def _decode(data: bytes) -> str:
    # Council files are UTF-8 or, from older Word exports, Windows-1252; neither loses text here.
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_source(path: Path) -> Extraction:
    """Extract one local file into passages; raises BriefError for a missing or unsupported file."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise BriefError(
            f"{path}: unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise BriefError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise BriefError(f"{path}: is a directory, not a file") from exc
    except OSError as exc:
        raise BriefError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    # Councils mislabel files, so content decides before the name does.
    if suffix == ".pdf" or data[:1024].find(b"%PDF-") >= 0:
        from councilwatch.core.extract.pdf import extract_pdf

        return extract_pdf(data)
    text = _decode(data)
    if suffix in (".html", ".htm") or text.lstrip()[:1] == "<":
        from councilwatch.core.extract.html import extract_html

        return extract_html(text)
    return _extract_text(text)


def _extract_text(text: str) -> Extraction:
    try:
        from councilwatch.core.extract.html import extract_text
    except ImportError:  # the plain-text extractor lives beside the passage builder
        from councilwatch.core.extract.passages import extract_text
    return extract_text(text)


def _locator(page: int | None, ordinal: int, number: str) -> str:
    where = f"page {page}, " if page else ""
    return f"{where}passage {ordinal}" + (f" ({number})" if number else "")


def passages_of(extraction: Extraction, source: str, first_id: int) -> list[SourcePassage]:
    """Contract passages with meeting-wide ids "p1", "p2", … continuing from ``first_id``."""
    out: list[SourcePassage] = []
    for offset, passage in enumerate(p for p in extraction.passages if p.text.strip()):
        out.append(
            SourcePassage(
                id=f"p{first_id + offset}",
                source=source,
                locator=_locator(passage.page, offset + 1, passage.number),
                text=passage.text,
            )
        )
    return out


_GENERIC_TITLES = {
    "agenda",
    "agenda item",
    "minutes",
    "decision",
    "decisions",
    "agenda and minutes",
    "report",
}


def _source_title(meeting: MeetingText, source: str) -> str:
    """A "Subject:" line, else the first short heading-like passage, else the file name."""
    subject = _SUBJECT.search(meeting.text)
    if subject:
        return subject.group("title").strip(" *_")
    for passage in meeting.passages[:6]:
        text = passage.text.strip(" *_#")
        if (
            2 <= len(text.split()) <= 14
            and text[:1].isupper()
            and not text.endswith((".", ":", ";", ","))
            and text.lower() not in _GENERIC_TITLES
            and ":" not in text
        ):
            return text
    # A file name loses its suffix and separators; a stored source is already a title ("5. Fees & Charges
    # 2027/28") and must not be cut at its dots or slashes.
    if source.lower().endswith(SUPPORTED_SUFFIXES):
        return Path(source).stem.replace("-", " ").replace("_", " ").strip() or source
    return source


def analyse_source(meeting: MeetingText, source: str) -> SourceAnalysis:
    """Minutes are split into items; any other paper is summarized as one item titled by its subject."""
    if _MINUTES_SIGNS.search(meeting.text) or find_resolutions(meeting.text):
        return SourceAnalysis(
            meeting, analyse_minutes(meeting.text), "minutes", _source_title(meeting, source)
        )
    text = meeting.text
    whole = ItemText(number="", title="", start=0, body_start=0, end=len(text), body=text)
    analysis = MeetingAnalysis(
        text=text, items=(analyse_item(text, whole, []),), topics=tuple(score_topics(text))
    )
    return SourceAnalysis(meeting, analysis, "paper", _source_title(meeting, source))


def _engine(name: str, llm: LLMConfig | None, client: httpx.Client | None) -> StructuredEngine | LLMEngine:
    if name == "structured":
        return StructuredEngine()
    if name == "llm":
        config = llm or LLMConfig.from_env()
        if config is None:
            raise BriefError(
                "the llm engine needs an endpoint: set COUNCILWATCH_LLM_BASE_URL and COUNCILWATCH_LLM_MODEL "
                "(and COUNCILWATCH_LLM_API_KEY if it needs one)"
            )
        return LLMEngine(config, client)
    raise BriefError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}")


def brief_passages(
    passages: Sequence[SourcePassage],
    *,
    engine: str = "structured",
    llm: LLMConfig | None = None,
    client: httpx.Client | None = None,
    entities: bool = True,
) -> dict:
    """The brief JSON for one meeting's passages (grouped by ``source``, in first-seen order)."""
    chosen = _engine(engine, llm, client)
    groups: dict[str, list[SourcePassage]] = {}
    for passage in passages:
        groups.setdefault(passage.source, []).append(passage)
    sources = [analyse_source(MeetingText(group), name) for name, group in groups.items()]
    sources = [s for s in sources if s.meeting.passages]
    summary = chosen.summarize(sources)
    return _as_json(summary, passages, sources, entities=entities)


def brief_extractions(
    named: Sequence[tuple[str, Extraction]],
    *,
    engine: str = "structured",
    llm: LLMConfig | None = None,
    client: httpx.Client | None = None,
    entities: bool = True,
) -> dict:
    """The brief JSON for already-extracted documents, as (source name, Extraction) pairs in order."""
    passages: list[SourcePassage] = []
    for name, extraction in named:
        passages.extend(passages_of(extraction, name, len(passages) + 1))
    return brief_passages(passages, engine=engine, llm=llm, client=client, entities=entities)


def brief_files(
    paths: Sequence[Path],
    *,
    engine: str = "structured",
    llm: LLMConfig | None = None,
    client: httpx.Client | None = None,
    entities: bool = True,
) -> dict:
    """The brief JSON for one meeting's local files.  Unreadable files are reported, not fatal, unless
    none of the files gives any text."""
    if not paths:
        raise BriefError("no source files given")
    _engine(engine, llm, client)  # fail on a bad engine before reading anything
    passages: list[SourcePassage] = []
    documents: list[dict[str, object]] = []
    for path in paths:
        extraction = read_source(Path(path))
        found = passages_of(extraction, Path(path).name, len(passages) + 1)
        passages.extend(found)
        documents.append(
            {
                "source": Path(path).name,
                "status": str(extraction.status),
                "pages": extraction.pages,
                "passages": len(found),
                "reason": extraction.reason,
            }
        )
    if not passages:
        reasons = "; ".join(f"{d['source']}: {d['reason'] or d['status']}" for d in documents)
        raise BriefError(f"no readable text in the sources ({reasons})")
    result = brief_passages(passages, engine=engine, llm=llm, client=client, entities=entities)
    result["documents"] = documents
    return result


def _as_json(
    summary: MeetingSummary,
    passages: Sequence[SourcePassage],
    sources: list[SourceAnalysis],
    *,
    entities: bool,
) -> dict:
    items_json = [item.as_json() for item in summary.items]
    if entities and summary.items:
        texts = [" ".join(s.text for s in item.sentences) for item in summary.items]
        for item_json, found in zip(items_json, find_entities_many(texts), strict=True):
            item_json["entities"] = _unique([e.as_json() for e in found])
    topic_text = "\n".join(s.meeting.text for s in sources if s.kind == "minutes") or "\n".join(
        s.meeting.text for s in sources
    )
    sentences = list(summary.overview) + [s for item in summary.items for s in item.sentences]
    return {
        "engine": summary.engine,
        "passages": [p.as_json() for p in passages],
        "overview": [s.as_json() for s in summary.overview],
        "items": items_json,
        "attendees": [a.as_json() for a in summary.attendees],
        "topics": [t.as_json() for t in score_topics(topic_text)],
        "usage": summary.usage.as_json(),
        "stats": {
            "sentences": len(sentences),
            "cited": sum(1 for s in sentences if s.citations),
            "passed": sum(1 for s in sentences if s.check.passed),
            "dropped": summary.dropped,
        },
    }


def _unique(entries: list[dict[str, object]]) -> list[dict[str, object]]:
    return list({(e["text"], e["label"]): e for e in entries}.values())


__all__ = [
    "BriefError",
    "ExtractStatus",
    "LLMConfig",
    "SourcePassage",
    "brief_extractions",
    "brief_files",
    "brief_passages",
    "read_source",
]
