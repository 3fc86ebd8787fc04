"""Documents → page-anchored, citable passages.

- ``pdf.extract_pdf``: PDFs (PDFium, fenced in a child process),
- ``html.extract_html``: minutes HTML, with ``clean_html`` and ``html_to_text``,
- ``text.extract_text``: plain-text and Markdown minutes,
- ``overlap.shared_passages``: find a paper repeated inside a reports pack.

Import from the submodules; this package imports nothing itself, so loading one extractor never loads
the others' dependencies.
"""
