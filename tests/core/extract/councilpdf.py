"""Generate PDFs that look like the papers UK councils publish, for extraction tests and the benchmark.

Everything here is written in our own words.  The layouts imitate what Word produces for council
reports: an Arial-like font, a running header and a "Page N" footer, numbered section headings, hanging
numbered paragraphs ("3.1" then a tab), bullets, a £ table, and printed minutes set in two columns.
The two-column generator deliberately writes the columns line by line *interleaved* in the content
stream, so an extractor that trusts stream order would mix the columns.
"""

from __future__ import annotations

import functools
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

_FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/dejavu")]
_FONT_FILES = {
    "liberation": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "dejavu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}

BODY_SIZE = 11
LINE_H = 5.5  # mm, body line height
PARA_GAP = 3.0  # mm, space after a paragraph


@dataclass
class Block:
    """One visual unit in a report: kind is para, num, bullet, table or heading."""

    kind: str
    text: str = ""
    number: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Report:
    title: str
    author: str
    blocks: list[Block]


def _font_paths() -> tuple[str, str]:
    for folder in _FONT_DIRS:
        regular, bold = _FONT_FILES[folder.name]
        if (folder / regular).exists():
            return str(folder / regular), str(folder / bold)
    raise RuntimeError("no TrueType font found to generate test PDFs")


class CouncilPDF(FPDF):
    """A4 portrait with a running header and a page footer, like a committee reports pack."""

    def __init__(self, header_text: str = "", footer_style: str = "page_of") -> None:
        super().__init__(format="A4")
        regular, bold = _font_paths()
        self.add_font("Body", "", regular)
        self.add_font("Body", "B", bold)
        self.header_text = header_text
        self.footer_style = footer_style
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def header(self) -> None:
        if not self.header_text:
            return
        self.set_font("Body", "", 8)
        self.set_xy(20, 10)
        self.cell(0, 4, self.header_text, align="R")
        self.set_xy(self.l_margin, 22)

    def footer(self) -> None:
        self.set_font("Body", "", 8)
        self.set_xy(20, -15)
        label = f"Page {self.page_no()} of {{nb}}" if self.footer_style == "page_of" else str(self.page_no())
        self.cell(0, 4, label, align="C")

    # -- building blocks -------------------------------------------------------------------------------
    def doc_title(self, text: str, size: int = 16) -> None:
        self.set_font("Body", "B", size)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(PARA_GAP)

    def heading(self, text: str) -> None:
        if self.get_y() > self.h - 50:  # keep a heading with its first paragraph, as Word does
            self.add_page()
        self.set_font("Body", "B", 12)
        self.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def para(self, text: str) -> None:
        self.set_font("Body", "", BODY_SIZE)
        self.multi_cell(0, LINE_H, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(PARA_GAP)

    def hanging(self, marker: str, text: str, marker_x: float = 20, text_x: float = 32) -> None:
        """A numbered paragraph or bullet: the marker, then the text indented after a tab stop."""
        self.set_font("Body", "", BODY_SIZE)
        if self.get_y() > self.h - 30:
            self.add_page()
        y = self.get_y()
        self.set_xy(marker_x, y)
        self.cell(text_x - marker_x, LINE_H, marker)
        self.set_xy(text_x, y)
        self.multi_cell(
            self.w - self.r_margin - text_x, LINE_H, text, align="L", new_x="LMARGIN", new_y="NEXT"
        )
        self.ln(PARA_GAP)

    def table(self, rows: list[list[str]]) -> None:
        self.set_font("Body", "", 10)
        widths = [80, 35, 35]
        for row in rows:
            if self.get_y() > self.h - 30:
                self.add_page()
            self.set_x(20)
            for i, cell in enumerate(row):
                self.cell(widths[i], 6, cell, border=1, align="L" if i == 0 else "R")
            self.ln(6)
        self.ln(PARA_GAP)


def render_report(pdf: CouncilPDF, report: Report) -> None:
    pdf.add_page()
    pdf.doc_title(report.title)
    pdf.para(report.author)
    for block in report.blocks:
        if block.kind == "heading":
            pdf.heading(block.text)
        elif block.kind == "para":
            pdf.para(block.text)
        elif block.kind == "num":
            pdf.hanging(block.number, block.text)
        elif block.kind == "bullet":
            pdf.hanging("•", block.text, marker_x=25)
        elif block.kind == "table":
            pdf.table(block.rows)


# -- sample content (our own words) -----------------------------------------------------------------------
BUDGET_REPORT = Report(
    title="Report to Cabinet: Revenue Budget Monitoring, Quarter 2",
    author="Report of the Director of Finance and Resources",
    blocks=[
        Block("heading", "1 Purpose of the Report"),
        Block(
            "num",
            "This report sets out the forecast position of the revenue budget at the end of the second "
            "quarter and asks Cabinet to note the pressures in adult social care and home to school "
            "transport.",
            "1.1",
        ),
        Block(
            "num",
            "It also seeks approval to move money from the contingency reserve to cover the cost of the "
            "winter gritting contract, which rose after the last tender.",
            "1.2",
        ),
        Block("heading", "2 Recommendations"),
        Block("para", "Cabinet is recommended to:"),
        Block("num", "Note the forecast overspend of £2.4m for the year.", "2.1"),
        Block("num", "Approve a transfer of £350,000 from the contingency reserve to highways.", "2.2"),
        Block("heading", "3 Background"),
        Block(
            "num",
            "The budget for the year was agreed by Council in February. Since then demand for residential "
            "care placements has grown faster than planned, and fuel prices have raised the cost of school "
            "transport. Officers have reviewed every service to find savings that do not reduce front line "
            "provision, and the findings are summarised in the table below.",
            "3.1",
        ),
        Block(
            "table",
            rows=[
                ["Service", "Budget", "Forecast"],
                ["Adult social care", "£84,200,000", "£86,100,000"],
                ["Home to school transport", "£9,600,000", "£10,150,000"],
                ["Highways maintenance", "£12,300,000", "£12,250,000"],
            ],
        ),
        Block("num", "The main risks to the forecast are:", "3.2"),
        Block("bullet", "further growth in the number of older people needing care at home;"),
        Block("bullet", "a cold winter that uses more grit than the contract allows;"),
        Block("bullet", "delays in recruiting social workers, which increase agency costs."),
        Block("heading", "4 Options Considered"),
        Block(
            "num",
            "Cabinet could decide to leave the contingency reserve untouched. This is not recommended "
            "because the highways service would then have to stop routine pothole repairs in January.",
            "4.1",
        ),
    ],
)

_SUBJECTS = [
    "The library service",
    "The parks team",
    "The housing register",
    "The waste collection service",
    "The youth offer",
    "The planning department",
    "The leisure trust",
    "The fostering service",
]
_VERBS = [
    "reported an increase in demand",
    "completed a review of its fees",
    "consulted residents on changes",
    "met its performance targets",
    "asked for more investment",
    "identified savings from new contracts",
]
_TAILS = [
    "during the first half of the year",
    "across all wards of the city",
    "after a period of consultation",
    "in line with the corporate plan",
    "despite continued pressure on staffing",
    "within the agreed budget",
]


def filler_report(seed: int, sections: int = 4) -> Report:
    """A plausible report with varied, deterministic text so no two generated pages are identical."""
    rng = random.Random(seed)

    def sentence() -> str:
        ref = rng.randint(100, 999)
        return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_TAILS)} (ref {ref})."

    blocks: list[Block] = []
    for s in range(1, sections + 1):
        blocks.append(Block("heading", f"{s} {rng.choice(['Background', 'Progress', 'Finance', 'Risks'])}"))
        for p in range(1, rng.randint(3, 6)):
            blocks.append(Block("num", " ".join(sentence() for _ in range(rng.randint(2, 5))), f"{s}.{p}"))
        if rng.random() < 0.5:
            blocks.extend(Block("bullet", sentence()) for _ in range(3))
    return Report(f"Report {seed}: Service Update", "Report of the Chief Executive", blocks)


def frontsheet(pdf: CouncilPDF, committee: str, date: str, titles: list[str]) -> None:
    pdf.add_page()
    pdf.doc_title(f"{committee} Agenda")
    pdf.para(f"Date: {date}. Venue: Committee Room 2, Civic Centre.")
    pdf.heading("Agenda")
    for i, t in enumerate(titles, 1):
        pdf.hanging(f"{i}.", t)


def reports_pack(
    reports: list[Report], committee: str = "Cabinet", date: str = "Wednesday 12 March 2025"
) -> bytes:
    """A public reports pack: a frontsheet then each report, with the pack's running header and page stamp."""
    pdf = CouncilPDF(header_text=f"{committee} - {date}")
    frontsheet(pdf, committee, date, [r.title for r in reports])
    for report in reports:
        render_report(pdf, report)
    return bytes(pdf.output())


def single_paper(report: Report, header: str = "Cabinet - Wednesday 12 March 2025") -> bytes:
    pdf = CouncilPDF(header_text=header)
    render_report(pdf, report)
    return bytes(pdf.output())


@functools.lru_cache(maxsize=4)  # several tests and the benchmark ask for the same big pack
def big_pack(pages: int, seed: int = 1) -> bytes:
    """A pack of at least ``pages`` pages, built from varied filler reports."""
    pdf = CouncilPDF(header_text="Full Council - Thursday 20 February 2025")
    frontsheet(pdf, "Full Council", "Thursday 20 February 2025", ["Budget", "Service updates"])
    render_report(pdf, BUDGET_REPORT)
    n = seed * 1000
    while pdf.page_no() < pages:
        n += 1
        render_report(pdf, filler_report(n, sections=6))
    return bytes(pdf.output())


# -- two-column printed minutes --------------------------------------------------------------------------
MINUTES_LEFT = [
    ("heading", "12. Apologies for Absence"),
    (
        "para",
        "Apologies were received from Councillors Ahmed and Brennan. "
        "Councillor Clarke attended as a substitute.",
    ),
    ("heading", "13. Declarations of Interest"),
    ("para", "There were no declarations of interest made at the meeting by any member of the committee."),
    ("heading", "14. Minutes of the Previous Meeting"),
    (
        "para",
        "The minutes of the meeting held on 14 January were agreed as a correct record "
        "and signed by the Chair.",
    ),
]
MINUTES_RIGHT = [
    ("heading", "15. Street Trading Policy"),
    (
        "para",
        "The Committee considered a report of the Head of Regulatory Services on a revised street trading "
        "policy for the city centre, following a public consultation over the summer.",
    ),
    ("para", "RESOLVED that the revised Street Trading Policy be approved with effect from 1 April."),
    ("heading", "16. Taxi Licence Fees"),
    (
        "para",
        "Members asked about the cost of vehicle testing and were told it had not changed since last year.",
    ),
]


def two_column_minutes() -> bytes:
    """Printed minutes in two columns, written to the content stream one *row* at a time."""
    pdf = CouncilPDF(header_text="Licensing Committee - 3 February 2025", footer_style="number")
    pdf.add_page()
    pdf.doc_title("Minutes of the Licensing Committee held on 3 February 2025")
    pdf.para("Present: Councillor Davies (Chair), Councillors Evans, Clarke and Fox.")
    col_w, left_x, right_x = 80.0, 20.0, 110.0

    def lay_out(blocks: list[tuple[str, str]]) -> list[tuple[str, float, str]]:
        """(style, y offset, text) for every line of a column, wrapped to the column width."""
        out: list[tuple[str, float, str]] = []
        y = 0.0
        for kind, text in blocks:
            pdf.set_font("Body", "B" if kind == "heading" else "", 12 if kind == "heading" else BODY_SIZE)
            for line in pdf.multi_cell(col_w, LINE_H, text, dry_run=True, output="LINES"):
                out.append((kind, y, line))
                y += LINE_H + (0.5 if kind == "heading" else 0)
            y += PARA_GAP
        return out

    top = pdf.get_y() + 2
    left, right = lay_out(MINUTES_LEFT), lay_out(MINUTES_RIGHT)
    for i in range(max(len(left), len(right))):
        for col, x in ((left, left_x), (right, right_x)):
            if i < len(col):
                kind, dy, text = col[i]
                pdf.set_font("Body", "B" if kind == "heading" else "", 12 if kind == "heading" else BODY_SIZE)
                pdf.set_xy(x, top + dy)
                pdf.cell(col_w, LINE_H, text)
    return bytes(pdf.output())


# -- other shapes: scanned, encrypted, hand-made edge cases ---------------------------------------------
def scanned_pages(pages: int = 2) -> bytes:
    """Pages that hold only an image of text, as a scanner produces: no text layer at all."""
    from PIL import Image, ImageDraw

    pdf = CouncilPDF()
    pdf.footer = lambda: None  # type: ignore[method-assign]  # a scan has no text footer either
    for n in range(pages):
        image = Image.new("L", (600, 800), 255)
        ImageDraw.Draw(image).text((40, 40 + n * 10), "Minutes of the meeting (scanned)", fill=0)
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=180)
    return bytes(pdf.output())


def encrypted(user_password: str = "secret") -> bytes:
    pdf = CouncilPDF()
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.add_page()
    pdf.para("A confidential appendix that only officers may open.")
    return bytes(pdf.output())


def handmade_pdf(page_count: int, content: bytes = b"", *, filters: int = 0) -> bytes:
    """A minimal PDF written by hand: ``page_count`` pages sharing one content stream.

    ``filters`` wraps the stream in that many FlateDecode layers (a zip-bomb shape when the content is
    huge and repetitive).  Pages share the stream, so a 2,500-page file stays tiny.
    """
    stream = content
    for _ in range(max(filters, 0)):
        stream = zlib.compress(stream, 9)
    layers = 2 if filters == -1 else filters  # -1: the content comes already compressed twice
    filter_entry = b""
    if layers:
        filter_entry = b"/Filter [" + b" ".join([b"/FlateDecode"] * layers) + b"] "
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(page_count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % page_count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< " + filter_entry + b"/Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    for _ in range(page_count):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents 4 0 R >>"
        )
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _repeating_zlib(prefix: bytes, chunk: bytes, repeats: int, suffix: bytes) -> bytes:
    """zlib data for ``prefix + chunk * repeats + suffix`` without compressing every repeat.

    After a full flush the compressor forgets what came before, so the compressed form of ``chunk`` can be
    repeated verbatim; only the checksum has to see all the data.
    """
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = raw.compress(prefix) + raw.flush(zlib.Z_FULL_FLUSH)
    body = raw.compress(chunk) + raw.flush(zlib.Z_FULL_FLUSH)
    tail = raw.compress(suffix) + raw.flush(zlib.Z_FINISH)
    checksum = zlib.adler32(prefix)
    for _ in range(repeats):
        checksum = zlib.adler32(chunk, checksum)
    checksum = zlib.adler32(suffix, checksum)
    return b"\x78\xda" + head + body * repeats + tail + checksum.to_bytes(4, "big")


def bomb_pdf(inflated_mb: int = 1_500) -> bytes:
    """A few-KB PDF whose one content stream inflates to ``inflated_mb`` MB (two Flate layers).

    Built without ever holding the inflated bytes in the test process.
    """
    once = _repeating_zlib(b"BT /F1 11 Tf 72 500 Td ", b" " * (1024 * 1024), inflated_mb, b"(x) Tj ET")
    return handmade_pdf(1, zlib.compress(once, 9), filters=-1)


def text_stream(lines: list[str]) -> bytes:
    """A content stream that draws ``lines`` in Helvetica 11pt from mid-page down."""
    body = b"BT /F1 11 Tf 72 500 Td 14 TL "
    for line in lines:
        body += b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj T* "
    return body + b"ET"
