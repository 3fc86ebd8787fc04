"""`brief`: one meeting from local files (.txt, .md, .html, .pdf), the JSON contract, and the command."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from councilwatch.cli.brief import brief as brief_command
from councilwatch.core.brief import BriefError, brief_extractions, brief_files, read_source

SAMPLES = Path(__file__).parent / "summarize" / "samples"

HTML_MINUTES = """<!DOCTYPE html><html><head><title>Minutes</title></head><body>
<h1>Planning Committee, 14 May 2025</h1>
<p>Present: Councillor G Hale (Chair), Councillors I Moss and O Reid</p>
<h2>31. Land at Mill Lane, Ashby - 24/01234/FUL</h2>
<p>The Committee considered a report of the Head of Planning on an application for 48 homes on land at Mill
Lane, Ashby.</p>
<p>RESOLVED that planning permission be refused because of the harm to the setting of the listed mill.</p>
<h2>32. Planning Appeals Update</h2>
<p>The Committee received a report of the Head of Planning listing 6 appeal decisions since March.</p>
<p>RESOLVED that the report be noted.</p>
</body></html>"""


def check_contract(result: dict) -> None:
    assert set(result) >= {"engine", "passages", "overview", "items", "attendees", "topics"}
    ids = {p["id"] for p in result["passages"]}
    for passage in result["passages"]:
        assert set(passage) >= {"id", "source", "locator", "text"}
        assert all(isinstance(passage[k], str) for k in ("id", "source", "locator", "text"))
    sentences = result["overview"] + [s for i in result["items"] for s in i["sentences"]]
    for sentence in sentences:
        assert set(sentence) >= {"text", "citations", "checks"}
        assert sentence["citations"] and set(sentence["citations"]) <= ids
        assert sentence["checks"]["passed"] is True and sentence["checks"]["failures"] == []
    for item in result["items"]:
        assert isinstance(item["title"], str)
        for decision in item["decisions"]:
            assert set(decision) >= {"text", "outcome", "citations"} and set(decision["citations"]) <= ids
    for person in result["attendees"]:
        assert set(person) >= {"name", "role", "citations"}
    for topic in result["topics"]:
        assert isinstance(topic["name"], str) and isinstance(topic["score"], float)


def test_text_file(tmp_path):
    result = brief_files([SAMPLES / "scrutiny-board-minutes.txt"])
    check_contract(result)
    assert result["engine"] == "structured"
    assert result["documents"][0]["status"] == "ok"
    assert result["topics"][0]["name"] == "Housing and homelessness"
    assert any(d["outcome"] == "deferred" for i in result["items"] for d in i["decisions"])


def test_markdown_and_html(tmp_path):
    md = brief_files([SAMPLES / "cabinet-minutes.md"])
    check_contract(md)
    assert any(i["title"] == "Community Energy Partnership" for i in md["items"])
    page = tmp_path / "minutes.html"
    page.write_text(HTML_MINUTES, encoding="utf-8")
    html = brief_files([page])
    check_contract(html)
    decisions = {d["outcome"] for i in html["items"] for d in i["decisions"]}
    assert decisions == {"refused", "noted"}
    assert not any("approved" in s["text"] for i in html["items"] for s in i["sentences"])


def test_agenda_item_page():
    result = brief_files([SAMPLES / "agenda-item-page.html"])
    check_contract(result)
    (item,) = result["items"]
    assert item["title"] == "Air Quality Action Plan"
    assert item["presenter"] == "the Director of Environmental Services"
    assert [(d["outcome"], d["recommended_to"]) for d in item["decisions"]] == [
        ("noted", ""),
        ("recommended", "Cabinet"),
    ]
    assert not any("PDF 310 KB" in s["text"] for s in item["sentences"])  # a document link is not a fact
    assert result["topics"][0]["name"] == "Climate change and energy"


def test_pdf_minutes(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    text = (SAMPLES / "scrutiny-board-minutes.txt").read_text("utf-8").replace("•", "-").replace("£", "GBP ")
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "minutes.pdf"
    pdf.output(str(path))
    result = brief_files([path])
    check_contract(result)
    assert result["documents"][0]["pages"] >= 1
    assert any(p["locator"].startswith("page 1") for p in result["passages"])
    outcomes = [d["outcome"] for i in result["items"] for d in i["decisions"]]
    # the minutes of the last meeting "agreed and signed as a true record" are a decision too
    assert outcomes == ["approved", "noted", "requested", "recommended", "deferred", "noted"]


def test_minutes_and_a_briefing_note_together(tmp_path):
    note = tmp_path / "briefing-note.md"
    note.write_text(
        "**To: Communities and Housing Scrutiny Board**\n\n**Subject: Temporary Accommodation Demand**\n\n"
        "## 1 Purpose of the Note\n\n1.1 To brief members on demand for temporary accommodation in 2024.\n\n"
        "## 2 Recommendations\n\n2.1 The Board is recommended to note the Briefing Note.\n",
        encoding="utf-8",
    )
    result = brief_files([SAMPLES / "scrutiny-board-minutes.txt", note])
    check_contract(result)
    titles = [i["title"] for i in result["items"]]
    assert titles[-1] == "Temporary Accommodation Demand"  # the note is one item, not "item 1"
    assert "Purpose of the Note" not in titles
    assert {p["source"] for p in result["passages"]} == {"scrutiny-board-minutes.txt", "briefing-note.md"}
    assert result["items"][-1]["decisions"] == []  # a report's recommendations are not decisions


def test_bad_input_is_a_clear_error(tmp_path):
    with pytest.raises(BriefError, match="no such file"):
        brief_files([tmp_path / "missing.txt"])
    other = tmp_path / "minutes.docx"
    other.write_bytes(b"PK\x03\x04")
    with pytest.raises(BriefError, match=r"unsupported file type \.docx"):
        brief_files([other])
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(BriefError, match="no readable text"):
        brief_files([empty])
    with pytest.raises(BriefError, match="unknown engine"):
        brief_files([SAMPLES / "cabinet-minutes.md"], engine="magic")
    with pytest.raises(BriefError, match="no source files"):
        brief_files([])


def test_an_unreadable_file_is_reported_and_the_rest_summarized(tmp_path):
    broken = tmp_path / "pack.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    result = brief_files([SAMPLES / "cabinet-minutes.md", broken])
    check_contract(result)
    statuses = {d["source"]: d["status"] for d in result["documents"]}
    assert statuses["cabinet-minutes.md"] == "ok" and statuses["pack.pdf"] != "ok"
    assert result["items"]


def test_windows_1252_text_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(
        "5. Budget Monitoring\nThe Panel noted spending of £2.5 million on repairs.\n"
        "RESOLVED that the report be noted.\n".encode("cp1252")
    )
    result = brief_files([path])
    assert any("£2.5 million" in p["text"] for p in result["passages"])


def test_command_text_and_json():
    runner = CliRunner()
    text = runner.invoke(brief_command, [str(SAMPLES / "scrutiny-board-minutes.txt")])
    assert text.exit_code == 0, text.output
    assert text.output.startswith("Overview\n")
    assert "[recommended to Cabinet] Recommends to Cabinet" in text.output
    assert "Declarations of Interest" not in text.output  # nothing happened in it
    as_json = runner.invoke(brief_command, [str(SAMPLES / "scrutiny-board-minutes.txt"), "--json"])
    assert as_json.exit_code == 0
    check_contract(json.loads(as_json.output))


def test_command_errors_exit_non_zero(tmp_path):
    runner = CliRunner()
    result = runner.invoke(brief_command, [str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.output
    result = runner.invoke(
        brief_command,
        [str(SAMPLES / "cabinet-minutes.md"), "--engine", "llm"],
        env={"COUNCILWATCH_LLM_BASE_URL": "", "COUNCILWATCH_LLM_MODEL": ""},
    )
    assert result.exit_code == 1 and "COUNCILWATCH_LLM_BASE_URL" in result.output


def test_brief_from_extractions_matches_brief_from_files():
    path = SAMPLES / "cabinet-minutes.md"
    from_files = brief_files([path])
    from_files.pop("documents")
    assert brief_extractions([(path.name, read_source(path))]) == from_files
