"""Decision exports for professionals, and the `weekly` command's handling of bad input."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User

from tests.web import factories as f

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def decisions(db):
    council = f.site_council("testshire", name="Testshire County Council")
    june = f.site_meeting(
        f.site_committee(council, "Cabinet"), dt.datetime(2024, 6, 26, 11, 0, tzinfo=LONDON)
    )
    july = f.site_meeting(
        f.site_committee(council, "Planning"), dt.datetime(2024, 7, 10, 18, 0, tzinfo=LONDON)
    )
    passage = f.site_passage(june, 'RESOLVED that the budget, including "contingency", is approved.')
    f.site_decision(
        june, 'The budget, including "contingency", was approved.', outcome="approved", citations=[passage]
    )
    f.site_decision(july, "The application was refused.", outcome="refused")
    return council


def _login(client, tier: str | None):
    user = User.objects.create_user("pat", password="x-very-long-test-password")
    if tier:
        f.sub_subscriber("pat@example.org", tier=tier, user=user)
    client.force_login(user)


def test_professional_downloads_csv_and_json(decisions, client):
    _login(client, "professional")
    response = client.get("/export/decisions.csv", {"since": "2024-06-01", "until": "2024-06-30"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [r["text"] for r in rows] == ['The budget, including "contingency", was approved.']
    assert rows[0]["date"] == "2024-06-26" and rows[0]["committee"] == "Cabinet" and rows[0]["citations"]
    data = client.get("/export/decisions.json", {"council": "testshire"}).json()
    assert [d["outcome"] for d in data["decisions"]] == ["refused", "approved"]


def test_export_refuses_residents_anonymous_and_bad_dates(decisions, client):
    assert client.get("/export/decisions.csv").status_code == 302  # to the sign-in page
    _login(client, "resident")
    assert client.get("/export/decisions.json").status_code == 403
    from councilwatch.web.subscriptions.models import Subscriber

    Subscriber.objects.update(tier="professional")
    bad = client.get("/export/decisions.csv", {"since": "26/06/2024"})
    assert bad.status_code == 400 and b"YYYY-MM-DD" in bad.content
    assert client.get("/export/decisions.xml").status_code == 404


def test_weekly_command_rejects_a_bad_week():
    from councilwatch.cli.weekly import weekly

    result = CliRunner().invoke(weekly, ["--week", "2024-W60", "--no-send"])
    assert result.exit_code == 2 and "has no week 60" in result.output
