"""Where meetings come from: one module family per platform.

ModernGov:
- ``urls``: endpoint and page addresses from a council's whole base URL; ``rebase_url`` for replays.
- ``moderngov``: web-service XML parsers (``parse_committees``, ``parse_meetings``, ``parse_meeting``).
- ``moderngov_html``: the HTML fallback pages; ``decisions``: published-decision pages.
- ``documents``: document kinds and ids shared by both paths; ``xmlsafe``: safe decoding and parsing.
- ``source``: ``ModernGovSource``, which picks the path and fetches (also importable from ``moderngov``).
Every parser raises ``errors.SourceError`` with a plain-English reason when a response makes no sense.
"""
