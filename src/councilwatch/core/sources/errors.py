"""The one error a source raises when a council's response cannot be turned into records."""

from __future__ import annotations


class SourceError(Exception):
    """A response could not be understood.

    ``reason`` is plain English, fit for a crawl report ("malformed XML: …"); ``url`` is filled in by the
    source class when it knows which address produced the response (the parsers only see bytes).
    """

    def __init__(self, reason: str, *, url: str = "") -> None:
        super().__init__(f"{url}: {reason}" if url else reason)
        self.reason = reason
        self.url = url

    def at(self, url: str) -> SourceError:
        """The same error, attributed to ``url``."""
        return SourceError(self.reason, url=url)


class NotXMLError(SourceError):
    """The server answered an XML request with an HTML page (an error page or a web-service-off page,
    usually with status 200). The source class treats it as "the web service is off"."""

    def __init__(self, reason: str = "expected XML, got an HTML page", *, url: str = "") -> None:
        super().__init__(reason, url=url)

    def at(self, url: str) -> NotXMLError:
        return NotXMLError(self.reason, url=url)
