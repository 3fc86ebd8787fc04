"""The LLM engine against a real local OpenAI-compatible server: unfaithful sentences never get out."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from councilwatch.core.brief import BriefError, brief_passages
from councilwatch.core.summarize.llm import LLMConfig

UNFAITHFUL = [
    "The Communities and Housing Scrutiny Board approved the Temporary Accommodation Reduction Plan.",
    "Net spending was forecast to reach £9.9 million.",
    'Councillor Ashworth said "this is a crisis".',
]


class FakeModel:
    """Answers from the prompt it receives: copies passages (faithful) and plants errors in one item."""

    def __init__(
        self, status: int = 200, plant: bool = True, bad_ids: bool = False, plant_overview: bool = False
    ) -> None:
        self.status, self.plant, self.bad_ids, self.plant_overview = status, plant, bad_ids, plant_overview
        self.requests: list[dict] = []
        self.headers: list[dict] = []

    def answer(self, prompt: str) -> dict:
        items: list[dict] = []
        overview: list[dict] = []
        for number, block in re.findall(r"ITEM (\d+): [^\n]*\n(.*?)(?=\nITEM |\Z)", prompt, re.DOTALL):
            passages = re.findall(r"^\[(p\d+)\] ([^\n]+)$", block, re.MULTILINE)
            pid, text = passages[-1] if "Allotments" in block else passages[0]
            sentences = [{"text": text, "citations": [pid]}]
            if self.plant and "Temporary Accommodation" in block:
                sentences += [{"text": t, "citations": [p for p, _ in passages]} for t in UNFAITHFUL]
            if self.bad_ids and "Work Programme" in block:
                sentences = [{"text": text, "citations": ["p999"]}]
            items.append({"item": int(number), "sentences": sentences})
            if len(overview) < 2:
                overview.append({"text": text, "citations": [pid]})
        if self.plant_overview:
            overview.append({"text": UNFAITHFUL[0], "citations": [overview[0]["citations"][0]]})
        return {"overview": overview, "items": items}

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        body = json.loads(handler.rfile.read(int(handler.headers["Content-Length"])))
        self.requests.append(body)
        self.headers.append(dict(handler.headers))
        if self.status != 200:
            payload = {"error": {"message": "overloaded"}}
        else:
            content = json.dumps(self.answer(body["messages"][-1]["content"]))
            payload = {
                "id": "chatcmpl-local",
                "object": "chat.completion",
                "model": body["model"],
                "choices": [
                    {"index": 0, "message": {"role": "assistant", "content": f"```json\n{content}\n```"}}
                ],
                "usage": {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500},
            }
        data = json.dumps(payload).encode()
        handler.send_response(self.status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)


@pytest.fixture
def serve():
    servers: list[ThreadingHTTPServer] = []

    def start(model: FakeModel) -> LLMConfig:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                if self.path != "/v1/chat/completions":
                    self.send_error(404)
                    return
                model.handle(self)

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return LLMConfig(
            base_url=f"http://127.0.0.1:{server.server_port}/v1",
            model="local-test-model",
            api_key="test-key",
            price_prompt_per_1k=0.5,
            price_completion_per_1k=1.5,
            timeout=10,
        )

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def sentences_of(result: dict) -> list[str]:
    return [s["text"] for s in result["overview"]] + [
        s["text"] for i in result["items"] for s in i["sentences"]
    ]


def test_unfaithful_sentences_never_reach_the_output_and_the_item_falls_back(serve, passages_of_sample):
    model = FakeModel()
    config = serve(model)
    passages = passages_of_sample("scrutiny-board-minutes.txt")
    result = brief_passages(passages, engine="llm", llm=config, entities=False)
    structured = brief_passages(passages, entities=False)

    assert result["engine"] == "llm"
    published = sentences_of(result)
    for bad in UNFAITHFUL:
        assert bad not in published
    assert all(s["checks"]["passed"] for i in result["items"] for s in i["sentences"])

    by_title = {i["title"]: i for i in result["items"]}
    housing = by_title["Temporary Accommodation Pressures"]
    assert housing["engine"] == "structured"  # rejected sentences -> the whole item is the structured one
    expected = next(i for i in structured["items"] if i["title"] == "Temporary Accommodation Pressures")
    assert housing["sentences"] == expected["sentences"]
    allotments = by_title["Allotments Strategy 2025-2030"]
    assert allotments["engine"] == "llm"
    assert [s["text"] for s in allotments["sentences"]] == [
        "RESOLVED that consideration of the draft Allotments Strategy be deferred to the meeting on "
        "9 April 2025 to allow the site survey to be completed."
    ]
    assert (
        allotments["decisions"]
        == next(i for i in structured["items"] if i["title"] == "Allotments Strategy 2025-2030")["decisions"]
    )  # outcome labels always come from the structured analysis

    assert result["overview"][0]["text"] == "13. Minutes of the Previous Meeting"  # what the model said
    assert len(result["overview"]) == 2  # the model's overview passed, so it is used

    usage = result["usage"]
    assert usage["calls"] == 1
    assert (usage["prompt_tokens"], usage["completion_tokens"]) == (1200, 300)
    assert usage["cost"] == pytest.approx(1.2 * 0.5 + 0.3 * 1.5)
    assert usage["dropped_sentences"] == len(UNFAITHFUL)
    assert usage["fallback_items"] == 1


def test_request_carries_model_key_and_passage_ids(serve, passages_of_sample):
    model = FakeModel(plant=False)
    brief_passages(passages_of_sample("scrutiny-board-minutes.txt"), engine="llm", llm=serve(model))
    (request,) = model.requests
    assert request["model"] == "local-test-model"
    assert model.headers[0]["Authorization"] == "Bearer test-key"
    prompt = request["messages"][-1]["content"]
    assert "ITEM 1: Minutes of the Previous Meeting" in prompt
    assert re.search(r"^\[p\d+\] RESOLVED that the Communities and Housing Scrutiny Board:-$", prompt, re.M)


def test_invented_citation_ids_are_rejected(serve, passages_of_sample):
    result = brief_passages(
        passages_of_sample("scrutiny-board-minutes.txt"), engine="llm", llm=serve(FakeModel(bad_ids=True))
    )
    work = next(i for i in result["items"] if i["title"] == "Work Programme 2024/25")
    assert work["engine"] == "structured"
    assert all("p999" not in s["citations"] for s in work["sentences"])


def test_endpoint_failure_falls_back_to_the_structured_summary(serve, passages_of_sample):
    passages = passages_of_sample("cabinet-minutes.md")
    result = brief_passages(passages, engine="llm", llm=serve(FakeModel(status=503)), entities=False)
    structured = brief_passages(passages, entities=False)
    assert result["engine"] == "llm+structured"
    assert result["items"] == structured["items"]
    assert result["overview"] == structured["overview"]
    assert "HTTP 503" in result["usage"]["errors"][0]


def test_config_from_environment():
    assert LLMConfig.from_env({}) is None
    config = LLMConfig.from_env(
        {
            "COUNCILWATCH_LLM_BASE_URL": "http://127.0.0.1:9/v1",
            "COUNCILWATCH_LLM_MODEL": "m",
            "COUNCILWATCH_LLM_API_KEY": "k",
            "COUNCILWATCH_LLM_PRICE_PROMPT_PER_1K": "0.25",
        }
    )
    assert (config.base_url, config.model, config.api_key, config.price_prompt_per_1k) == (
        "http://127.0.0.1:9/v1",
        "m",
        "k",
        0.25,
    )
    with pytest.raises(ValueError, match="COUNCILWATCH_LLM_PRICE_COMPLETION_PER_1K"):
        LLMConfig.from_env(
            {
                "COUNCILWATCH_LLM_BASE_URL": "http://x/v1",
                "COUNCILWATCH_LLM_MODEL": "m",
                "COUNCILWATCH_LLM_PRICE_COMPLETION_PER_1K": "cheap",
            }
        )


def test_llm_engine_without_configuration_is_a_clear_error(monkeypatch, passages_of_sample):
    monkeypatch.delenv("COUNCILWATCH_LLM_BASE_URL", raising=False)
    with pytest.raises(BriefError, match="COUNCILWATCH_LLM_BASE_URL"):
        brief_passages(passages_of_sample("cabinet-minutes.md"), engine="llm")


def test_an_unfaithful_overview_sentence_brings_back_the_structured_overview(serve, passages_of_sample):
    passages = passages_of_sample("scrutiny-board-minutes.txt")
    result = brief_passages(passages, engine="llm", llm=serve(FakeModel(plant_overview=True)), entities=False)
    assert result["overview"] == brief_passages(passages, entities=False)["overview"]
    assert UNFAITHFUL[0] not in [s["text"] for s in result["overview"]]


def test_items_beyond_the_prompt_budget_stay_structured(serve, passages_of_sample):
    from dataclasses import replace

    model = FakeModel(plant=False)
    config = replace(serve(model), max_prompt_chars=600)
    passages = passages_of_sample("scrutiny-board-minutes.txt")
    result = brief_passages(passages, engine="llm", llm=config, entities=False)
    prompt = model.requests[0]["messages"][-1]["content"]
    assert "ITEM 1:" in prompt and "ITEM 4:" not in prompt
    engines = [i["engine"] for i in result["items"] if i["substantive"]]
    assert engines[0] == "llm" and engines[-1] == "structured"
    assert result["usage"]["fallback_items"] == engines.count("structured")
