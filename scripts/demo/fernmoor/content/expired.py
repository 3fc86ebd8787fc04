"""A working group whose work is done: listed by the web service as expired, with no meetings left."""

from __future__ import annotations

from ..model import CommitteeDef

COMMITTEE = CommitteeDef(
    committee_id=107,
    title="Local Plan Member Working Group",
    category="Working Groups",
    members=[206, 212, 214, 218, 234],
    expired=True,
    contact="Governance Services - Telephone: 01632 960200 E-mail: democratic.services@fernmoor.example",
)
