"""A reports pack binds documents set in different type sizes; each page is read against its own body text."""

from councilwatch.core.extract.passages import Line, build_passages
from councilwatch.core.models import PassageKind

MINUTES = (
    "The Committee considered the report of the Director and asked questions about the timetable, "
    "the costs and the consultation with residents, and received answers from officers on each point."
)


def test_numbered_paragraphs_in_larger_type_stay_paragraphs_in_a_pack():
    # pages 1-3: minutes in 10 pt carry most of the pack's text; page 4: a report in 11 pt
    lines = [Line(MINUTES, page=p, size=10.0, break_before=True) for p in (1, 2, 3) for _ in range(3)]
    lines += [
        Line("2 Proposals", page=4, size=13.0, bold=True, break_before=True),
        Line(
            "2.1 Every household will receive a kitchen caddy and collections will be weekly.",
            page=4,
            size=11.0,
            break_before=True,
            marker_apart=True,
        ),
        Line(
            "2.2 Government funding of £1.9m has been received for vehicles and containers, and the running",
            page=4,
            size=11.0,
            break_before=True,
            marker_apart=True,
        ),
        Line("costs of £740,000 a year are partly offset by lower disposal costs.", page=4, size=11.0),
        Line(
            "3.1 The Committee is asked to agree the proposals set out in section 2 of this report.",
            page=4,
            size=11.0,
            break_before=True,
            marker_apart=True,
        ),
        Line(
            "3.2 A further report on the first six months of weekly collections will come to the Committee.",
            page=4,
            size=11.0,
            break_before=True,
            marker_apart=True,
        ),
    ]
    page4 = [d for d in build_passages(lines) if d.page == 4]
    assert [(d.kind, d.text[:3]) for d in page4] == [
        (PassageKind.HEADING, "2 P"),
        (PassageKind.NUMBERED, "2.1"),
        (PassageKind.NUMBERED, "2.2"),
        (PassageKind.NUMBERED, "3.1"),
        (PassageKind.NUMBERED, "3.2"),
    ]
    assert page4[2].text.endswith("lower disposal costs.")
