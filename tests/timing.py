"""How late a request may be logged by a server on a busy machine.

Politeness is measured where it matters, at the server, but a server logs a request when its handler
thread gets to run, not when the client sent it. With two test processes on two cores that delay reaches
tens of milliseconds, so spacing assertions allow this much. Every gap the tests use is at least twice it,
so a fetcher that ignored the gap would still fail them.
"""

ARRIVAL_JITTER = 0.1
