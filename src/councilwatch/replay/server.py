"""Serve a recording over real HTTP on loopback, optionally misbehaving like a struggling council server.

Used by the test-suite (politeness is measured from ``ReplayServer.log``), by the demo, and by anyone who
wants to crawl a council without touching the council.  Built on the standard library's threaded
``http.server`` so it runs anywhere the package does.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path

from councilwatch.replay.faults import Fault, FaultDecider, FaultSpec
from councilwatch.replay.recording import Recording, RecordingError, split_target


def demo_recording_dir() -> Path:
    """Where the packaged demo council lives (it may be absent in a partial checkout)."""
    return Path(str(files("councilwatch").joinpath("data", "demo")))


def demo_recording() -> Path:
    """The packaged demo recording's directory, or a clear error if this install lacks it."""
    directory = demo_recording_dir()
    if not (directory / "manifest.json").is_file():
        raise RecordingError(f"{directory}: the demo recording is not installed (no manifest.json)")
    return directory


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    time: float  # time.monotonic() when the request arrived: compare with other entries, not wall clocks
    method: str
    path: str  # the request target exactly as sent, query included
    status: int
    fault: str = ""  # the injected fault, if any ("5xx", "429", "stall", "truncate", "fail", "wsoff")
    user_agent: str = ""
    conditional: bool = False  # carried If-None-Match or If-Modified-Since
    bytes_sent: int = 0  # body bytes written


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a stalled handler must not hold up stop()
    allow_reuse_address = True
    request_queue_size = 64
    replay: ReplayServer

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients hanging up (timeouts, retries, closed keep-alive connections) are routine here.
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class ReplayServer:
    """``with ReplayServer(path, faults=FaultSpec.parse("5xx=0.2,seed=1")) as server: server.url``."""

    def __init__(
        self,
        directory: Path | str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        latency_ms: float = 0,
        faults: FaultSpec | None = None,
        on_log: Callable[[LoggedRequest], None] | None = None,
    ) -> None:
        self.recording = Recording(directory if directory is not None else demo_recording_dir())
        self.host = host
        self.port = port
        self.latency = max(latency_ms, 0) / 1000.0
        self.faults = faults
        self.on_log = on_log
        self._decider = FaultDecider(faults) if faults is not None else None
        self._log: list[LoggedRequest] = []
        self._log_lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------------------

    def bind(self) -> None:
        """Open the listening socket (so ``url`` is known) without serving yet."""
        if self._server is not None:
            return
        server_class = _Server
        if ":" in self.host:  # an IPv6 literal such as ::1
            server_class = type("_Server6", (_Server,), {"address_family": socket.AF_INET6})
        self._server = server_class((self.host, self.port), _Handler)
        self._server.replay = self
        self.port = self._server.server_address[1]

    def start(self) -> ReplayServer:
        self.bind()
        assert self._server is not None
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (the CLI's mode)."""
        self.bind()
        assert self._server is not None
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._stopping.set()
            self._server.server_close()

    def stop(self) -> None:
        self._stopping.set()  # wakes stalled handlers so they finish promptly
        if self._server is not None:
            if self._thread is not None:
                self._server.shutdown()
                self._thread.join(timeout=5)
            self._server.server_close()
        self._server = None
        self._thread = None

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # -- the request log ----------------------------------------------------------------------------

    @property
    def log(self) -> list[LoggedRequest]:
        """Every request so far, in order of arrival."""
        with self._log_lock:
            return sorted(self._log, key=lambda entry: entry.time)

    def requests_for(self, fragment: str) -> list[LoggedRequest]:
        """Logged requests whose target contains ``fragment`` (case-insensitive)."""
        return [entry for entry in self.log if fragment.lower() in entry.path.lower()]

    def clear_log(self) -> None:
        with self._log_lock:
            self._log.clear()

    def _record(self, entry: LoggedRequest) -> None:
        with self._log_lock:
            self._log.append(entry)
        if self.on_log is not None:
            self.on_log(entry)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do; every answer has a Content-Length
    server_version = "councilwatch-replay"
    timeout = 30  # idle keep-alive connections are closed after this
    # Headers and body go out in separate writes; with Nagle on, the body waits for the client's delayed
    # ACK (~40 ms per request on Linux), which would swamp every timing measured against this server.
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # the structured log on ReplayServer replaces the stderr line

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, *, send_body: bool) -> None:
        arrived = time.monotonic()
        replay = self.server.replay
        if replay.latency:
            replay._stopping.wait(replay.latency)
        self._entry_info = {
            "time": arrived,
            "method": self.command,
            "path": self.path,
            "user_agent": self.headers.get("User-Agent", ""),
            "conditional": bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")),
        }
        path_key, _query = split_target(self.path)
        fault, fault_status = (None, 0)
        if replay._decider is not None and path_key != "/robots.txt":  # robots.txt is never sabotaged
            fault, fault_status = replay._decider.decide(self.path)
        try:
            if fault in (Fault.FAIL, Fault.WSOFF, Fault.SERVER_ERROR):
                self._plain(fault_status, f"injected fault: {fault}\n", send_body, fault=str(fault))
                return
            if fault is Fault.TOO_MANY:
                assert replay.faults is not None
                extra = {"Retry-After": str(replay.faults.retry_after)}
                self._plain(429, "injected fault: too many requests\n", send_body, fault="429", extra=extra)
                return
            if fault is Fault.STALL:
                assert replay.faults is not None
                replay._stopping.wait(replay.faults.stall_seconds)
            self._serve_recorded(send_body, fault)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. timed out during a stall)

    def _serve_recorded(self, send_body: bool, fault: Fault | None) -> None:
        replay = self.server.replay
        fault_name = str(fault) if fault else ""
        entry = replay.recording.find(self.path)
        if entry is None:
            self._plain(404, f"nothing recorded for {self.path}\n", send_body, fault=fault_name)
            return
        try:
            body = replay.recording.body(entry)
        except OSError as exc:  # the body file went missing after the server started
            self._plain(500, f"recorded body unreadable: {exc}\n", send_body, fault=fault_name)
            return
        headers = {
            "Content-Type": entry.content_type,
            "ETag": body.etag,
            "Last-Modified": replay.recording.last_modified,
            **entry.headers,
        }
        if entry.status == 200 and self._still_current(body.etag, replay.recording):
            validators = {name: headers[name] for name in ("ETag", "Last-Modified")}
            self._send(304, validators, b"", send_body, fault=fault_name)
            return
        if fault is Fault.TRUNCATE:
            self._send(entry.status, headers, body.data, send_body, fault=fault_name, cut=True)
            return
        self._send(entry.status, headers, body.data, send_body, fault=fault_name)

    def _still_current(self, etag: str, recording: Recording) -> bool:
        """Conditional GET: If-None-Match decides when present, else If-Modified-Since."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in offered or etag in offered
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError, IndexError):
                return False
            return since.tzinfo is not None and recording.recorded_at <= since
        return False

    def _plain(
        self, status: int, text: str, send_body: bool, *, fault: str = "", extra: dict[str, str] | None = None
    ) -> None:
        headers = {"Content-Type": "text/plain; charset=utf-8", **(extra or {})}
        self._send(status, headers, text.encode(), send_body, fault=fault)

    def _send(
        self,
        status: int,
        headers: dict[str, str],
        body: bytes,
        send_body: bool,
        *,
        fault: str = "",
        cut: bool = False,
    ) -> None:
        payload = body[: len(body) // 2] if cut else body
        sent = len(payload) if send_body and status != 304 else 0
        self.server.replay._record(
            LoggedRequest(status=status, fault=fault, bytes_sent=sent, **self._entry_info)
        )
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))  # for a cut body, a promise we then break
        self.end_headers()
        if sent:
            self.wfile.write(payload)
        self.wfile.flush()
        if cut:
            self.close_connection = True
