"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps every message it accepts."""

from __future__ import annotations

import email
import email.policy
import re
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)

    @property
    def to(self) -> str:
        return self.rcpt_tos[0]

    def part(self, subtype: str) -> str:
        body = self.message.get_body(preferencelist=(subtype,))
        return body.get_content() if body is not None else ""

    def links(self) -> list[str]:
        return re.findall(r"https?://[^\s\"'<>]+", self.part("plain"))


@dataclass
class Inbox:
    """What the server accepted. ``refuse`` maps an address to an SMTP reply for RCPT (e.g. 451 or 550)."""

    messages: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.rcpt_tos]

    def count(self) -> int:
        with self.lock:
            return len(self.messages)


class LocalController(Controller):
    """aiosmtpd 1.4 checks readiness on the configured port; with port 0 read the one the OS chose first."""

    def _trigger_server(self) -> None:
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def start_server(inbox: Inbox) -> LocalController:
    controller = LocalController(inbox, hostname="127.0.0.1", port=0)
    controller.start()
    return controller


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    controller = start_server(inbox)
    try:
        yield inbox, controller.port
    finally:
        controller.stop()


@pytest.fixture
def inbox(smtp_server, settings) -> Inbox:
    """Point Django's SMTP backend at the local server; no throttle unless a test asks for one."""
    server, port = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.COUNCILWATCH_SEND_RATE = 0
    # Test rows live in the test's open transaction, which other threads cannot see: one connection.
    settings.COUNCILWATCH_SEND_WORKERS = 1
    settings.COUNCILWATCH_SITE_URL = "https://councilwatch.test"
    settings.ALLOWED_HOSTS = ["testserver", "councilwatch.test"]
    return server
