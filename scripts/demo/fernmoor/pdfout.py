"""Real PDFs for the demo council: agenda frontsheets, reports packs, printed minutes and papers.

Every page carries the running header ("Fernmoor Borough Council – Cabinet – 9 December 2026") and the
footer ("Page 3 of 12"), as council packs do, so extraction code meets furniture it must strip.  The
creation date is pinned and nothing random is used, so every build writes the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from fpdf import FPDF
from fpdf.fonts import FontFace

from .markup import parse, typeset
from .model import COUNCIL_NAME, RECORDED_AT

BODY = 10.5
LINE = 5.4


def plain_date(day: date) -> str:
    return f"{day.day} {day:%B} {day.year}"


class CouncilPDF(FPDF):
    def __init__(self, running_header: str, title: str) -> None:
        super().__init__(format="A4")
        # Core fonts in cp1252 give us "–", "£", "•" and curly quotes without embedding a font.
        self.core_fonts_encoding = "windows-1252"
        self.running_header = running_header
        self.set_creation_date(RECORDED_AT)
        self.set_title(title)
        self.set_author(COUNCIL_NAME)
        self.set_creator("Fernmoor Borough Council Democratic Services")
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(9)
        self.cell(0, 5, self.running_header, align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # -- text primitives -------------------------------------------------------------------------
    def para(self, text: str, *, style: str = "", size: float = BODY, gap: float = 2.5) -> None:
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, LINE, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def hanging(self, label: str, text: str, *, indent: float = 12, left: float = 0) -> None:
        """A numbered paragraph or bullet: the label in the margin, the text indented beside it."""
        self.set_font("Helvetica", "", BODY)
        x = self.l_margin + left
        self.set_x(x)
        self.cell(indent, LINE, label)
        self.set_x(x + indent)
        self.multi_cell(self.w - self.r_margin - x - indent, LINE, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def table_rows(self, rows: tuple[str, ...]) -> None:
        cells = [[c.strip() for c in row.split("|")] for row in rows]
        self.set_font("Helvetica", "", 9.5)
        widths = (70, *([100 / (len(cells[0]) - 1)] * (len(cells[0]) - 1))) if len(cells[0]) > 1 else (170,)
        align = ("LEFT", *(["RIGHT"] * (len(cells[0]) - 1)))
        with self.table(
            col_widths=widths,
            text_align=align,
            line_height=LINE,
            headings_style=FontFace(emphasis="BOLD"),
            first_row_as_headings=True,
        ) as table:
            for row in cells:
                table.row(row)
        self.ln(3)

    def markup(self, text: str) -> None:
        for block in parse(text):
            if block.kind == "heading":
                self.ln(1.5)
                self.para(block.text, style="B", size=11.5, gap=1.5)
            elif block.kind == "numpara":
                self.hanging(block.number, block.text)
            elif block.kind in ("bullets", "ul"):
                for line in block.lines:
                    self.hanging("•", line, indent=6, left=6)
                self.ln(1)
            elif block.kind == "clauses":
                for label, line in zip(block.labels, block.lines, strict=True):
                    self.hanging(label, line, indent=9, left=4)
                self.ln(1)
            elif block.kind == "table":
                self.table_rows(block.lines)
            elif block.kind == "resolved":
                self.set_font("Helvetica", "B", BODY)
                self.write(LINE, "RESOLVED")
                self.set_font("Helvetica", "", BODY)
                self.multi_cell(0, LINE, block.text[len("RESOLVED") :], new_x="LMARGIN", new_y="NEXT")
                self.ln(2.5)
            else:
                self.para(block.text)

    def label_line(self, label: str, value: str) -> None:
        self.set_font("Helvetica", "B", BODY)
        self.cell(38, LINE + 0.6, label)
        self.set_font("Helvetica", "", BODY)
        self.multi_cell(0, LINE + 0.6, typeset(value), new_x="LMARGIN", new_y="NEXT")


Section = Callable[[CouncilPDF], None]


def render(running_header: str, title: str, sections: list[Section]) -> tuple[bytes, int]:
    """One PDF from several sections, each starting on a new page; returns its bytes and page count."""
    pdf = CouncilPDF(running_header, title)
    for section in sections:
        pdf.add_page()
        section(pdf)
    return bytes(pdf.output()), pdf.page_no()


def count_pages(running_header: str, section: Section) -> int:
    pdf = CouncilPDF(running_header, "count")
    pdf.add_page()
    section(pdf)
    return pdf.page_no()
