"""A recording: a council site frozen into ``manifest.json`` plus the response bodies beside it.

Matching rules (shared with whoever writes recordings): the path is compared decoded and case-insensitively;
query parameter *names* case-insensitively and values exactly; a request must carry exactly the listed
parameters, except those named in ``ignore``, which may carry any value or be absent.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path, PurePosixPath
from urllib.parse import parse_qsl, unquote, urlsplit


class RecordingError(ValueError):
    """The recording on disk is unusable; the message says which file and what is wrong."""


@dataclass(frozen=True)
class RecordedResponse:
    path: str  # lower-cased, decoded: the match key
    query: dict[str, str]  # lower-cased names -> exact values
    ignore: frozenset[str]  # lower-cased names
    file: Path
    content_type: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    def matches_query(self, query: dict[str, str]) -> bool:
        wanted = {name: value for name, value in query.items() if name not in self.ignore}
        return wanted == self.query


@dataclass(frozen=True)
class Body:
    data: bytes
    etag: str  # strong: the quoted sha256 of the body


class Recording:
    """The loaded manifest; bodies are read lazily (a demo pack may hold many PDFs) and then kept."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        manifest_path = self.directory / "manifest.json"
        if not manifest_path.is_file():
            raise RecordingError(f"{manifest_path}: no manifest.json here, so this is not a recording")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RecordingError(f"{manifest_path}: not valid JSON ({exc})") from exc
        if not isinstance(manifest, dict) or not isinstance(manifest.get("responses"), list):
            raise RecordingError(f"{manifest_path}: expected an object with a 'responses' list")
        self.council: dict[str, str] = dict(manifest.get("council") or {})
        self.recorded_at = _parse_recorded_at(manifest.get("recorded_at"), manifest_path)
        self.last_modified = format_datetime(self.recorded_at, usegmt=True)
        self._by_path: dict[str, list[RecordedResponse]] = {}
        for number, raw in enumerate(manifest["responses"], start=1):
            entry = self._entry(raw, f"{manifest_path}: response #{number}")
            self._by_path.setdefault(entry.path, []).append(entry)
        self._bodies: dict[Path, Body] = {}

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._by_path.values())

    @property
    def name(self) -> str:
        return self.council.get("name") or self.council.get("code") or self.directory.name

    def find(self, target: str) -> RecordedResponse | None:
        """The recorded response for a request target like ``/mgWebService.asmx/GetMeeting?lMeetingId=1``."""
        path, query = split_target(target)
        if query is None:  # the same parameter twice with different values: no recording can mean that
            return None
        for entry in self._by_path.get(path, ()):
            if entry.matches_query(query):
                return entry
        return None

    def body(self, entry: RecordedResponse) -> Body:
        cached = self._bodies.get(entry.file)
        if cached is None:
            data = entry.file.read_bytes()
            cached = Body(data, f'"{hashlib.sha256(data).hexdigest()}"')
            self._bodies[entry.file] = cached
        return cached

    def _entry(self, raw: object, where: str) -> RecordedResponse:
        if not isinstance(raw, dict):
            raise RecordingError(f"{where}: expected an object")
        path, file_name = raw.get("path"), raw.get("file")
        if not isinstance(path, str) or not path.startswith("/"):
            raise RecordingError(f"{where}: 'path' must be a string starting with '/'")
        if not isinstance(file_name, str) or not file_name:
            raise RecordingError(f"{where}: 'file' is missing")
        file = (self.directory / file_name).resolve()
        if not file.is_relative_to(self.directory.resolve()):
            raise RecordingError(f"{where}: 'file' points outside the recording ({file_name})")
        if not file.is_file():
            raise RecordingError(f"{where}: body file {file_name} does not exist")
        query = raw.get("query") or {}
        ignore = raw.get("ignore") or []
        headers = raw.get("headers") or {}
        if not isinstance(query, dict) or not isinstance(ignore, list) or not isinstance(headers, dict):
            raise RecordingError(f"{where}: 'query' and 'headers' must be objects, 'ignore' a list")
        status = raw.get("status", 200)
        if not isinstance(status, int) or not 100 <= status <= 599:
            raise RecordingError(f"{where}: 'status' must be an HTTP status code")
        content_type = (
            raw.get("content_type") or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        )
        return RecordedResponse(
            path=_path_key(path),
            query={str(name).lower(): str(value) for name, value in query.items()},
            ignore=frozenset(str(name).lower() for name in ignore),
            file=file,
            content_type=str(content_type),
            status=status,
            # The server computes the framing headers itself; recorded ones would contradict the body.
            headers={
                str(name): str(value)
                for name, value in headers.items()
                if str(name).lower() not in ("content-length", "transfer-encoding", "connection")
            },
        )


def split_target(target: str) -> tuple[str, dict[str, str] | None]:
    """Request target -> (path key, query with lower-cased names); query is None if self-contradictory."""
    parts = urlsplit(target)
    query: dict[str, str] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        key = name.lower()
        if query.get(key, value) != value:
            return _path_key(parts.path), None
        query[key] = value
    return _path_key(parts.path), query


def _path_key(path: str) -> str:
    return unquote(path).lower()


def _parse_recorded_at(value: object, where: Path) -> datetime:
    if value is None:  # older recordings: the manifest's own age is the best we know
        return datetime.fromtimestamp(int(where.stat().st_mtime), UTC)
    if not isinstance(value, str):
        raise RecordingError(f"{where}: 'recorded_at' must be an ISO 8601 string")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RecordingError(f"{where}: 'recorded_at' is not an ISO 8601 time ({value!r})") from exc
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC).replace(microsecond=0)


def write_recording(
    directory: Path | str,
    responses: list[dict[str, object]],
    *,
    council: dict[str, str] | None = None,
    recorded_at: str = "2026-11-20T09:00:00Z",
) -> Path:
    """Write a small recording: each response dict is a manifest entry whose ``body`` (bytes or str) is
    saved to a file for you.  Handy for tests and for hand-made examples."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    entries = []
    for number, response in enumerate(responses, start=1):
        entry = {key: value for key, value in response.items() if key != "body"}
        body = response.get("body", b"")
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)  # type: ignore[arg-type]
        suffix = PurePosixPath(str(entry.get("path", ""))).suffix[:8] or ".bin"
        file_name = str(entry.setdefault("file", f"bodies/{number:04d}{suffix}"))
        (root / file_name).parent.mkdir(parents=True, exist_ok=True)
        (root / file_name).write_bytes(data)
        entries.append(entry)
    manifest = {
        "council": council
        or {"code": "TEST", "name": "Test Council", "base_url": "https://democracy.test.example"},
        "recorded_at": recorded_at,
        "responses": entries,
    }
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return root
