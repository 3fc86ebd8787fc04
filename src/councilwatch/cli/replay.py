"""`councilwatch replay`: serve a recorded council site on this machine, optionally misbehaving."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from councilwatch.replay import FaultSpec, FaultSpecError, LoggedRequest, RecordingError, ReplayServer
from councilwatch.replay.server import demo_recording

FAULTS_HELP = """Misbehave like a struggling council server. Comma-separated:
5xx=RATE (random 500/502/503/504), 429=RATE (with Retry-After), retry-after=SECONDS,
stall=RATE (say nothing for stall-seconds, default 40), stall-seconds=SECONDS,
truncate=RATE (promise the whole body, send half, hang up), seed=N (same faults every run),
fail=TEXT (any request containing TEXT always gets 500; repeatable), wsoff (every
/mgWebService.asmx/ call gets 404, like a site with its web service switched off).
RATE is a share between 0 and 1. robots.txt is never sabotaged.
Example: --faults "5xx=0.2,429=0.05,retry-after=1,seed=7,fail=GetMeeting?lMeetingId=123"."""


class _FaultSpecType(click.ParamType):
    name = "SPEC"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> FaultSpec:
        if isinstance(value, FaultSpec):
            return value
        try:
            return FaultSpec.parse(str(value))
        except FaultSpecError as exc:
            self.fail(str(exc), param, ctx)


@click.command("replay")
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="0 picks a free port."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--latency",
    "latency_ms",
    type=click.FloatRange(0),
    default=0,
    show_default=True,
    help="Extra milliseconds before every answer, like a slow self-hosted server.",
)
@click.option("--faults", type=_FaultSpecType(), default=None, help=FAULTS_HELP)
@click.option("--quiet", "-q", is_flag=True, help="Do not print a line per request.")
def replay(
    directory: Path | None, port: int, host: str, latency_ms: float, faults: FaultSpec | None, quiet: bool
) -> None:
    """Serve a recorded council site (DIRECTORY with manifest.json) over HTTP until Ctrl-C.

    Without DIRECTORY the packaged demo council is served. Point a council's base URL at the printed
    address to crawl the recording exactly as if it were the live site: same paths, ETags and
    Last-Modified dates, and 304s for conditional requests.
    """
    try:
        if directory is None:
            directory = demo_recording()
        server = ReplayServer(
            directory,
            host=host,
            port=port,
            latency_ms=latency_ms,
            faults=faults,
            on_log=None if quiet else _print_request,
        )
        server.bind()
    except RecordingError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); try --port 0"
        ) from exc
    recording = server.recording
    click.echo(f"Replaying {recording.name} ({len(recording)} recorded responses) at {server.url}")
    if recording.council.get("base_url"):
        click.echo(f"  stands in for {recording.council['base_url']}")
    if faults is not None:
        click.echo(f"  faults: {faults}")
    click.echo("Press Ctrl-C to stop.", err=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the normal way to stop
        server.serve_forever()
    click.echo(f"Stopped after {len(server.log)} requests.")


def _print_request(entry: LoggedRequest) -> None:
    fault = f"  [{entry.fault}]" if entry.fault else ""
    click.echo(f"{entry.status} {entry.method} {entry.path}{fault}")
