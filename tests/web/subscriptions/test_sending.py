"""The send ledger against a real SMTP server: unique keys, retries after failures, throttling."""

from __future__ import annotations

import time

import pytest
from django.utils import timezone

from councilwatch.web.subscriptions import sending
from councilwatch.web.subscriptions.models import EmailSend
from tests.web import factories as f

pytestmark = pytest.mark.django_db


def _queue(n: int, prefix: str = "m") -> list[EmailSend]:
    return [
        sending.queue(
            f"{prefix}:{i}", "alert", f"{prefix}{i}@example.org", subject=f"Message {i}", text="Hello"
        )[0]
        for i in range(n)
    ]


def test_the_same_key_is_one_row_and_one_email(inbox):
    first, created = sending.queue("digest:1:1", "alert", "ann@example.org", subject="One", text="a")
    again, created_again = sending.queue("digest:1:1", "alert", "ann@example.org", subject="Two", text="b")
    assert created and not created_again and again.pk == first.pk and again.subject == "One"
    assert sending.send_pending().sent == 1
    assert sending.send_pending().sent == 0
    assert len(inbox.messages) == 1
    first.refresh_from_db()
    assert first.status == "sent" and first.sent_at is not None and first.attempts == 1


def test_temporary_refusal_is_retried_later_and_permanent_refusal_gives_up(inbox):
    inbox.refuse["busy@example.org"] = "451 4.3.0 Try again later"
    inbox.refuse["nobody@example.org"] = "550 5.1.1 No such user"
    busy = sending.queue("a", "alert", "busy@example.org", subject="s", text="t")[0]
    nobody = sending.queue("b", "alert", "nobody@example.org", subject="s", text="t")[0]
    fine = sending.queue("c", "alert", "fine@example.org", subject="s", text="t")[0]
    report = sending.send_pending()
    assert (report.sent, report.retry, report.failed) == (1, 1, 1)
    busy.refresh_from_db()
    nobody.refresh_from_db()
    fine.refresh_from_db()
    assert busy.status == "pending" and busy.attempts == 1 and "451" in busy.last_error
    assert busy.next_attempt_at > timezone.now()
    assert nobody.status == "failed" and "550" in nobody.last_error
    assert [m.to for m in inbox.messages] == ["fine@example.org"]

    # Not yet due: nothing happens. Once due and the server is happy again, it goes, once.
    assert sending.send_pending().sent == 0
    del inbox.refuse["busy@example.org"]
    EmailSend.objects.filter(pk=busy.pk).update(next_attempt_at=timezone.now())
    assert sending.send_pending().sent == 1
    assert [m.to for m in inbox.messages] == ["fine@example.org", "busy@example.org"]


def test_server_down_records_failure_and_loses_nothing(inbox, settings):
    _queue(2)
    settings.EMAIL_PORT = 1  # nothing listens there
    report = sending.send_pending()
    assert report.sent == 0 and report.retry == 2
    assert set(EmailSend.objects.values_list("status", flat=True)) == {"pending"}
    assert all("Error" in e for e in EmailSend.objects.values_list("last_error", flat=True))


def test_gives_up_after_max_attempts(inbox):
    inbox.refuse["busy@example.org"] = "451 4.3.0 Try again later"
    row = sending.queue("a", "alert", "busy@example.org", subject="s", text="t")[0]
    for _ in range(sending.MAX_ATTEMPTS):
        EmailSend.objects.filter(pk=row.pk).update(next_attempt_at=None)
        sending.send_pending()
    row.refresh_from_db()
    assert row.status == "failed" and row.attempts == sending.MAX_ATTEMPTS


def test_throttle_spaces_messages(inbox):
    _queue(6)
    started = time.monotonic()
    assert sending.send_pending(rate=10).sent == 6
    assert time.monotonic() - started >= 0.5  # 6 messages at 10 per second: at least 5 gaps
    assert len(inbox.messages) == 6


def test_limit_sends_only_that_many(inbox):
    _queue(5)
    assert sending.send_pending(limit=2).sent == 2
    assert EmailSend.objects.filter(status="pending").count() == 3


def test_lines_starting_with_a_dot_arrive_intact(inbox):
    council = f.site_council("testshire")
    subscriber = f.sub_subscriber("ann@example.org", council)
    sending.queue(
        "dots",
        "alert",
        subscriber.email,
        subscriber=subscriber,
        subject="Dots",
        text="first line\n.hidden line\n.\nlast line",
    )
    sending.send_pending()
    assert inbox.messages[0].part("plain").splitlines()[:4] == [
        "first line",
        ".hidden line",
        ".",
        "last line",
    ]


@pytest.mark.django_db(transaction=True)
def test_parallel_connections_send_each_row_once(inbox):
    _queue(30, prefix="p")
    report = sending.send_pending(workers=4)
    assert report.sent == 30
    assert sorted(m.to for m in inbox.messages) == sorted(f"p{i}@example.org" for i in range(30))
    assert EmailSend.objects.filter(status="sent").count() == 30
