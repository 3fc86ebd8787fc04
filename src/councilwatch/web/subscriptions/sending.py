"""The send ledger: every email goes out once, even when the sending process is killed half-way.

Queueing writes an ``EmailSend`` row under a unique key (``digest:<digest>:<subscriber>`` …), so deciding
twice to send the same thing makes one row. Sending a row over SMTP goes:

1. ``MAIL FROM``, ``RCPT TO``, ``DATA`` and the whole message body — but *not* the final ``.`` line;
2. in one database transaction, flip the row from pending to sent (only if it is still pending);
3. send the ``.`` line, which is the moment the SMTP server accepts the message.

A server discards a message whose ``.`` never arrived, so a process killed before step 2 has delivered
nothing and its row is still pending: the next run sends it. Killed after step 2, the row says sent and the
server has, or is about to have, the whole message. The only gap left is a kill between the database
accepting the commit and the three bytes of the final line leaving — a round trip to the database — which
would lose that one email rather than send it twice: the direction we choose, because a duplicate in
someone's inbox is worse than a rare gap. (No SMTP design closes it fully: the two systems cannot commit
together.)

A reply other than 250 to the ``.`` puts the row back to pending with a back-off (4xx) or marks it failed
(5xx). Connection errors count as an attempt and retry later; after ``MAX_ATTEMPTS`` the row is failed.
"""

from __future__ import annotations

import hashlib
import logging
import re
import smtplib
import socket
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from queue import Queue

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address
from django.db import IntegrityError, transaction
from django.db import connection as db_connection
from django.db.models import F, Q
from django.utils import timezone

from councilwatch.web.subscriptions import links
from councilwatch.web.subscriptions.models import EmailSend

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BATCH = 500
_LEADING_DOT = re.compile(rb"(?m)^\.")


@dataclass
class SendReport:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    skipped: int = 0


class Abandoned(Exception):
    """Another sender claimed the row first; our half-sent message is dropped unseen."""


def queue(
    key: str,
    kind: str,
    to_email: str,
    *,
    subject: str = "",
    text: str = "",
    html: str = "",
    subscriber=None,
    digest=None,
) -> tuple[EmailSend, bool]:
    """Record the decision to send; returns (row, created). The same key twice gives the first row back."""
    fields = dict(
        kind=kind,
        to_email=to_email,
        subject=subject,
        text=text,
        html=html,
        subscriber=subscriber,
        digest=digest,
    )
    try:
        with transaction.atomic():
            return EmailSend.objects.get_or_create(key=key, defaults=fields)
    except IntegrityError:  # a concurrent run created it between our read and write
        return EmailSend.objects.get(key=key), False


def build_message(row: EmailSend, connection=None) -> EmailMultiAlternatives:
    """The email for one ledger row, with this recipient's own unsubscribe and preferences links."""
    subject, text, html = row.subject, row.text, row.html
    if row.digest_id is not None:
        subject, text, html = row.digest.subject, row.digest.text, row.digest.html
    headers = {"Message-ID": _message_id(row.key)}
    if row.subscriber_id is not None:
        (text, html), unsubscribe = links.personalise([text, html], row.subscriber_id, row.to_email)
        # RFC 8058: mail clients show a one-click "Unsubscribe" that POSTs to this https link.
        headers["List-Unsubscribe"] = f"<{unsubscribe}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message = EmailMultiAlternatives(
        subject=subject, body=text, to=[row.to_email], headers=headers, connection=connection
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def _message_id(key: str) -> str:
    # The same id on any resend lets mail clients fold a duplicate, should one ever slip through.
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    domain = links.absolute("/").split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "councilwatch"
    return f"<{digest}@{domain}>"


def _claim(row_id: int) -> bool:
    """The decision to send, in its own transaction: pending → sent, once, whoever gets there first.

    On PostgreSQL the commit does not wait for the disk flush: the gap between "the database says sent"
    and "the final dot is on the wire" is then a network round trip instead of an fsync, so a kill is far
    less likely to land in it. The cost is a database crash (not a sender crash) in that instant, after
    which the row would be pending again and the one email could go twice.
    """
    with transaction.atomic():
        if db_connection.vendor == "postgresql":
            with db_connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        return (
            EmailSend.objects.filter(pk=row_id, status=EmailSend.Status.PENDING).update(
                status=EmailSend.Status.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1
            )
            == 1
        )


def _deliver_smtp(backend: SMTPBackend, message: EmailMultiAlternatives, row_id: int) -> None:
    """Steps 1–3 of the module docstring on an open Django SMTP connection."""
    if backend.connection is None:
        backend.open()
        # The final line is a tiny write right after a large one; with Nagle's algorithm it would wait
        # for the server's delayed ACK (~40 ms a message).
        sock = getattr(backend.connection, "sock", None)
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    conn: smtplib.SMTP = backend.connection
    sender = sanitize_address(message.from_email, message.encoding)
    recipients = [sanitize_address(addr, message.encoding) for addr in message.recipients()]
    body = message.message().as_bytes(linesep="\r\n")
    conn.ehlo_or_helo_if_needed()
    code, reply = conn.mail(sender)
    if code != 250:
        conn.rset()
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    for recipient in recipients:
        code, reply = conn.rcpt(recipient)
        if code not in (250, 251):
            conn.rset()
            raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
    code, reply = conn.docmd("data")
    if code != 354:
        conn.rset()
        raise smtplib.SMTPDataError(code, reply)
    payload = _LEADING_DOT.sub(b"..", body)
    if not payload.endswith(b"\r\n"):
        payload += b"\r\n"
    conn.send(payload)
    if not _claim(row_id):
        backend.close()  # without the final dot the server throws the message away
        raise Abandoned
    conn.send(b".\r\n")
    code, reply = conn.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)


def _deliver(backend, message: EmailMultiAlternatives, row_id: int) -> None:
    if isinstance(backend, SMTPBackend):
        _deliver_smtp(backend, message, row_id)
        return
    # Test and console backends have no SMTP transaction to split: claim first, never send twice.
    if not _claim(row_id):
        raise Abandoned
    backend.send_messages([message])


def _record_failure(row: EmailSend, error: Exception) -> str:
    permanent = isinstance(error, smtplib.SMTPResponseException) and 500 <= error.smtp_code < 600
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        permanent = all(500 <= code < 600 for code, _ in error.recipients.values())
    attempts = row.attempts + 1
    give_up = permanent or attempts >= MAX_ATTEMPTS
    status = EmailSend.Status.FAILED if give_up else EmailSend.Status.PENDING
    EmailSend.objects.filter(pk=row.pk).update(
        status=status,
        attempts=attempts,
        sent_at=None,
        last_error=f"{type(error).__name__}: {error}"[:500],
        next_attempt_at=timezone.now() + timedelta(minutes=2**attempts),
    )
    log.warning("email %s not sent (%s): %s", row.key, "gave up" if give_up else "will retry", error)
    return "failed" if give_up else "retry"


class _Pacer:
    """Shared by all sending threads: hands out send times ``gap`` seconds apart (no gap: no waiting)."""

    def __init__(self, rate: float) -> None:
        self.gap = 1.0 / rate if rate > 0 else 0.0
        self.next = time.monotonic()
        self.lock = threading.Lock()

    def wait(self) -> None:
        if not self.gap:
            return
        with self.lock:
            slot = max(self.next, time.monotonic())
            self.next = slot + self.gap
        delay = slot - time.monotonic()
        if delay > 0:
            time.sleep(delay)


def _pending_rows(limit: int | None):
    """Due pending rows, oldest first, fetched in batches."""
    last_pk, handed = 0, 0
    while limit is None or handed < limit:
        size = BATCH if limit is None else min(BATCH, limit - handed)
        batch = list(
            EmailSend.objects.select_related("digest", "subscriber")
            .filter(status=EmailSend.Status.PENDING, pk__gt=last_pk)
            .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now()))
            .order_by("pk")[:size]
        )
        if not batch:
            return
        for row in batch:
            last_pk = row.pk
            handed += 1
            yield row


def _send_one(row: EmailSend, backend, pacer: _Pacer, report: SendReport, lock: threading.Lock) -> None:
    if row.subscriber is not None and not row.subscriber.active and row.kind != EmailSend.Kind.CONFIRM:
        EmailSend.objects.filter(pk=row.pk, status=EmailSend.Status.PENDING).update(
            status=EmailSend.Status.SKIPPED
        )
        outcome = "skipped"
    else:
        pacer.wait()
        try:
            _deliver(backend, build_message(row, backend), row.pk)
            outcome = "sent"
        except Abandoned:
            return
        except (smtplib.SMTPException, OSError) as exc:
            if isinstance(exc, smtplib.SMTPServerDisconnected | OSError):
                backend.close()  # reconnect for the next row
            outcome = _record_failure(row, exc)
    with lock:
        setattr(report, outcome, getattr(report, outcome) + 1)


def send_pending(
    limit: int | None = None, *, rate: float | None = None, workers: int | None = None, connection=None
) -> SendReport:
    """Send pending ledger rows whose retry time has come, oldest first, at most ``rate`` per second.

    ``rate`` defaults to ``COUNCILWATCH_SEND_RATE`` (0 or less: as fast as the server takes them) and
    ``workers`` (SMTP connections in parallel) to ``COUNCILWATCH_SEND_WORKERS``. Parallel connections
    hide the round trips of each SMTP exchange; the claim in ``_claim`` keeps two threads, or two
    processes, from ever sending the same row. ``connection`` (a Django email backend) forces one worker.
    """
    rate = float(getattr(settings, "COUNCILWATCH_SEND_RATE", 0) if rate is None else rate)
    workers = (
        1 if connection is not None else int(workers or getattr(settings, "COUNCILWATCH_SEND_WORKERS", 1))
    )
    pacer, report, lock = _Pacer(rate), SendReport(), threading.Lock()
    rows = _pending_rows(limit)
    if workers <= 1:
        backend = connection or get_connection()
        try:
            for row in rows:
                _send_one(row, backend, pacer, report, lock)
        finally:
            backend.close()
        return report

    work: Queue[EmailSend | None] = Queue(maxsize=workers * 4)

    def worker() -> None:
        backend = get_connection()
        try:
            while (row := work.get()) is not None:
                _send_one(row, backend, pacer, report, lock)
        finally:
            backend.close()
            db_connection.close()  # each thread has its own database connection

    threads = [threading.Thread(target=worker, name=f"send-{i}", daemon=True) for i in range(workers)]
    for thread in threads:
        thread.start()
    try:
        for row in rows:
            work.put(row)
    finally:
        for _ in threads:
            work.put(None)
        for thread in threads:
            thread.join()
    return report


def send_now(row: EmailSend) -> bool:
    """Try one row at once (a confirmation email while the person waits); on failure it stays queued."""
    backend = get_connection()
    try:
        _deliver(backend, build_message(row, backend), row.pk)
        return True
    except Abandoned:
        return False
    except (smtplib.SMTPException, OSError) as exc:
        _record_failure(row, exc)
        return False
    finally:
        backend.close()
