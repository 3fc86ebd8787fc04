"""Simple implementations of the raw-body store and the validator index.

``FileRawStore`` is what embedded mode uses for bodies: content-addressed files, so a body downloaded once
is never downloaded or written twice, and re-parsing never touches the network.  The memory versions
serve tests and one-off runs.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
from pathlib import Path

from councilwatch.core.fetch.types import Validators

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class MemoryRawStore:
    """Bodies kept in a dict; ``discard`` lets tests simulate a store that lost a body."""

    def __init__(self) -> None:
        self._bodies: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def put(self, body: bytes) -> str:
        digest = sha256_hex(body)
        with self._lock:
            self._bodies[digest] = bytes(body)
        return digest

    def get(self, sha256: str) -> bytes | None:
        with self._lock:
            return self._bodies.get(sha256)

    def discard(self, sha256: str) -> None:
        with self._lock:
            self._bodies.pop(sha256, None)

    def __len__(self) -> int:
        return len(self._bodies)


class FileRawStore:
    """Bodies on disk at ``root/ab/cd/<sha256>``.

    Two levels of fan-out keep directories small even with millions of documents.  Writes go to a temporary
    file in the same directory and are renamed into place, so a crash or a concurrent writer never leaves a
    half-written body under a valid name.
    """

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if not _SHA256_HEX.fullmatch(sha256):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, body: bytes) -> str:
        digest = sha256_hex(body)
        target = self.path_for(digest)
        if target.exists():  # same content, same name: nothing to do
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as temp_file:
                temp_file.write(body)
                temp_file.flush()
                os.fsync(temp_file.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes | None:
        try:
            body = self.path_for(sha256).read_bytes()
        except (FileNotFoundError, ValueError):
            return None
        # A body damaged on disk is as good as missing: the caller will fetch it again.
        return body if sha256_hex(body) == sha256 else None


class MemoryValidatorIndex:
    """URL -> validators in a dict (embedded mode keeps them in the database instead)."""

    def __init__(self) -> None:
        self._by_url: dict[str, Validators] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> Validators | None:
        with self._lock:
            return self._by_url.get(url)

    def put(self, url: str, validators: Validators) -> None:
        with self._lock:
            self._by_url[url] = validators

    def __len__(self) -> int:
        return len(self._by_url)
