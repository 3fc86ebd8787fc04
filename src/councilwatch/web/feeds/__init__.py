"""RSS, Atom and iCalendar feeds of meetings: per council, committee, topic and saved search."""
