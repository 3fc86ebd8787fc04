"""The optional LLM engine: any OpenAI-compatible chat endpoint writes the prose, the verifier decides.

The model receives each substantive item's passages with their ids and must answer JSON sentences that
cite those ids.  Every sentence is verified against the passages it cites; a failing sentence is dropped
and its whole item is rewritten by the structured engine, so a summary never mixes a half-checked item.
Decisions and their outcome labels always come from the structured analysis: outcome wording is exactly
where models go wrong ("approved" for a noted report).  Tokens and cost are recorded per meeting.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from councilwatch.core.analyse.document import MeetingText
from councilwatch.core.analyse.minutes import ItemAnalysis
from councilwatch.core.summarize.compose import Composer
from councilwatch.core.summarize.structured import StructuredEngine
from councilwatch.core.summarize.types import MeetingSummary, SourceAnalysis, SummarySentence, Usage

MAX_PASSAGE_CHARS = 1500  # per passage in the prompt; longer passages are cut (the verifier sees them whole)


@dataclass(frozen=True, slots=True)
class LLMConfig:
    base_url: str  # e.g. "https://api.example.org/v1"; "/chat/completions" is appended
    model: str
    api_key: str = ""
    price_prompt_per_1k: float = 0.0  # currency units per 1,000 prompt tokens
    price_completion_per_1k: float = 0.0
    timeout: float = 120.0
    temperature: float = 0.0
    max_prompt_chars: int = 60_000  # roughly 15k tokens of passages per meeting; later items stay structured

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> LLMConfig | None:
        """From COUNCILWATCH_LLM_* variables; None when no endpoint is configured."""
        env = os.environ if env is None else env
        base_url = env.get("COUNCILWATCH_LLM_BASE_URL", "").strip()
        model = env.get("COUNCILWATCH_LLM_MODEL", "").strip()
        if not base_url or not model:
            return None
        return cls(
            base_url=base_url,
            model=model,
            api_key=env.get("COUNCILWATCH_LLM_API_KEY", ""),
            price_prompt_per_1k=_float(env, "COUNCILWATCH_LLM_PRICE_PROMPT_PER_1K"),
            price_completion_per_1k=_float(env, "COUNCILWATCH_LLM_PRICE_COMPLETION_PER_1K"),
            timeout=_float(env, "COUNCILWATCH_LLM_TIMEOUT", 120.0),
        )

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (
            prompt_tokens / 1000 * self.price_prompt_per_1k
            + completion_tokens / 1000 * self.price_completion_per_1k
        )


def _float(env: Mapping[str, str], name: str, default: float = 0.0) -> float:
    raw = env.get(name, "").strip()
    try:
        return float(raw) if raw else default
    except ValueError as exc:
        raise ValueError(f"{name} must be a number, got {raw!r}") from exc


SYSTEM_PROMPT = """You summarise the minutes of UK council meetings for residents.
Use only the numbered passages you are given. Every sentence must cite the ids of the passages that \
support it. Rules:
- Report an outcome only in the words the minutes use: a committee that "noted" a report did not approve \
it; "recommended to Cabinet" is not a decision; something that "will" happen later has not happened.
- Copy every figure, amount, date, name and minute number exactly as written.
- Never quote anyone unless the exact words appear in a cited passage.
- Plain English, short sentences, no opinions.
Answer with JSON only, in this shape:
{"overview": [{"text": "...", "citations": ["p1"]}],
 "items": [{"item": 1, "sentences": [{"text": "...", "citations": ["p2", "p3"]}]}]}
The overview has 2 to 4 sentences about the meeting as a whole; each item has 1 to 5 sentences."""


class LLMEngine:
    name = "llm"

    def __init__(self, config: LLMConfig, client: httpx.Client | None = None) -> None:
        self.config = config
        self.client = client
        self.structured = StructuredEngine()

    def summarize(self, sources: list[SourceAnalysis]) -> MeetingSummary:
        # The structured summary is both the fallback and the source of decisions and attendees.
        summary = self.structured.summarize(sources)
        summary.engine = self.name
        targets = [(s, a) for s in sources for a in s.analysis.items if a.substantive]
        if not targets:
            return summary
        everything = MeetingText([p for s in sources for p in s.meeting.passages])
        checker = Composer(everything)
        usage = summary.usage
        try:
            answer = self._ask(self._prompt(targets), usage)
        except (httpx.HTTPError, ValueError) as exc:
            usage.errors.append(f"LLM request failed, structured summary used: {exc}")
            summary.engine = f"{self.name}+structured"
            return summary
        items_answer = {
            entry.get("item"): entry.get("sentences")
            for entry in answer.get("items", [])
            if isinstance(entry, dict)
        }
        # Prose items line up with the prompt's ITEM numbers; decision-only standing items were not sent.
        for index, item in enumerate((i for i in summary.items if i.substantive), start=1):
            proposed = _sentences(items_answer.get(index))
            checked = [checker.check(text, _known(citations, everything)) for text, citations in proposed]
            failed = [s for s in checked if not s.check.passed]
            usage.dropped_sentences += len(failed)
            if checked and not failed:
                item.sentences = checked
                item.future_steps = []
                item.engine = self.name
            else:
                usage.fallback_items += 1  # the structured sentences already in ``item`` stay
        overview = [checker.check(t, _known(c, everything)) for t, c in _sentences(answer.get("overview"))]
        passed = [s for s in overview if s.check.passed]
        usage.dropped_sentences += len(overview) - len(passed)
        if len(passed) >= 2 and len(passed) == len(overview):
            summary.overview = passed[:4]
        return summary

    def _prompt(self, targets: list[tuple[SourceAnalysis, ItemAnalysis]]) -> str:
        """The user message.  Items past ``max_prompt_chars`` are not sent: a long report pack must not
        overflow the model's context, and items it never saw keep their structured summary."""
        lines = ["Summarise this meeting. Passages are given per item as [id] text.", ""]
        size = len(lines[0])
        for index, (source, analysis) in enumerate(targets, start=1):
            title = analysis.title or source.title or "Untitled item"
            block = [f"ITEM {index}: {title}"]
            for pid in source.meeting.cite(analysis.item.start, analysis.item.end):
                passage = source.meeting.get(pid)
                if passage is not None:
                    text = re.sub(r"\s+", " ", passage.text)[:MAX_PASSAGE_CHARS]
                    block.append(f"[{pid}] {text}")
            block.append("")
            block_size = sum(len(line) + 1 for line in block)
            if index > 1 and size + block_size > self.config.max_prompt_chars:
                break
            lines.extend(block)
            size += block_size
        return "\n".join(lines)

    def _ask(self, prompt: str, usage: Usage) -> dict:
        url = self.config.base_url.rstrip("/") + "/chat/completions"
        headers = {"Content-Type": "application/json"}
        if self.config.api_key:
            headers["Authorization"] = f"Bearer {self.config.api_key}"
        body = {
            "model": self.config.model,
            "temperature": self.config.temperature,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": prompt}],
        }
        client = self.client or httpx.Client(timeout=self.config.timeout)
        try:
            response = client.post(url, json=body, headers=headers)
        finally:
            if self.client is None:
                client.close()
        usage.calls += 1
        if response.status_code != 200:
            raise ValueError(f"endpoint answered HTTP {response.status_code}: {response.text[:200]}")
        payload = response.json()
        tokens = payload.get("usage") or {}
        prompt_tokens = int(tokens.get("prompt_tokens") or 0)
        completion_tokens = int(tokens.get("completion_tokens") or 0)
        usage.prompt_tokens += prompt_tokens
        usage.completion_tokens += completion_tokens
        usage.cost += self.config.cost(prompt_tokens, completion_tokens)
        try:
            content = payload["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ValueError("endpoint answer has no choices[0].message.content") from exc
        return _parse_json(content)


def _parse_json(content: str) -> dict:
    """The model's JSON, tolerating a Markdown fence or prose around it."""
    match = re.search(r"\{.*\}", content, re.DOTALL)
    if match is None:
        raise ValueError("the model did not answer JSON")
    try:
        parsed = json.loads(match.group())
    except json.JSONDecodeError as exc:
        raise ValueError(f"the model's JSON is malformed: {exc}") from exc
    if not isinstance(parsed, dict):
        raise ValueError("the model's JSON is not an object")
    return parsed


def _sentences(raw: object) -> list[tuple[str, list[str]]]:
    if not isinstance(raw, list):
        return []
    out: list[tuple[str, list[str]]] = []
    for entry in raw:
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) and entry["text"].strip():
            citations = entry.get("citations") if isinstance(entry.get("citations"), list) else []
            out.append((entry["text"].strip(), [str(c) for c in citations]))
    return out


def _known(citations: list[str], meeting: MeetingText) -> list[str]:
    """Only ids that exist: an invented id cites nothing, so the verifier reports ``no_citation``."""
    return [c for c in dict.fromkeys(citations) if meeting.get(c) is not None]


__all__ = ["SYSTEM_PROMPT", "LLMConfig", "LLMEngine", "SummarySentence"]
