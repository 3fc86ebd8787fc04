"""The public web pages: home, councils, meetings with cited summaries, topics, decisions, timelines."""
