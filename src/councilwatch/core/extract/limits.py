"""Guards around untrusted documents: sniffing what a file really is, and running a parser in a fenced child.

Councils serve HTML error pages and Word files under ``.pdf`` URLs, and a tiny PDF can hold a stream
that inflates to gigabytes.  The PDF reader is native code, so the only dependable fence is a separate
process with a memory rlimit and a wall-clock timeout: if it blows up, the crawl carries on and the
document gets a status and a plain-English reason.  Forking a process that has already imported the
reader costs a few milliseconds (see ``bench/extract.py``), small next to parsing a pack.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from councilwatch.core.models import ExtractStatus

DEFAULT_MEMORY_LIMIT = 1_024 * 1024 * 1024  # extra address space the child may map beyond what it inherits


@dataclass(frozen=True, slots=True)
class Refusal:
    status: ExtractStatus
    reason: str


def _mb(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:,.1f} MB"
    return f"{n / 1_000:,.1f} KB" if n >= 1_000 else f"{n} bytes"


def sniff_pdf(data: bytes, max_bytes: int) -> Refusal | None:
    """Say why ``data`` cannot be a PDF worth opening, or None if it looks like one."""
    if not data:
        return Refusal(ExtractStatus.EMPTY, "The file is empty (0 bytes).")
    if len(data) > max_bytes:
        return Refusal(
            ExtractStatus.TOO_LARGE,
            f"The file is {_mb(len(data))}, over the {_mb(max_bytes)} limit; not opened.",
        )
    head = data[:1024]
    if b"%PDF-" in head:
        return None
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) or b"<html" in lowered:
        kind = "a web page (HTML), probably an error or login page served in place of the document"
    elif head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        kind = "an old-style Microsoft Office file (Word 97-2003 .doc or similar)"
    elif head.startswith(b"PK\x03\x04"):
        kind = "a zip archive (a Word .docx, Excel .xlsx or similar Office file)"
    elif head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        kind = "an image"
    elif head.startswith(b"{\\rtf"):
        kind = "a Rich Text Format (.rtf) document"
    else:
        kind = "not a PDF (no %PDF- header in the first 1 KB)"
        return Refusal(ExtractStatus.NOT_PDF, f"The file is {kind}.")
    return Refusal(ExtractStatus.NOT_PDF, f"The file is {kind}, not a PDF.")


def _mapped_bytes() -> int:
    """Address space this process maps now (Linux); 0 where /proc is missing."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn: Any, func: Callable[..., Any], args: tuple[Any, ...], memory_limit: int) -> None:
    faulthandler.disable()  # a native crash here is expected and reported by the parent, not dumped
    gc.freeze()  # never walk the parent's objects: touching them would copy every inherited page
    os.setpgrp()  # own process group, so a timeout also kills any helper this child forks
    try:
        if memory_limit:
            # The child starts with all of the parent's mappings (a web worker may already map gigabytes),
            # so the limit is headroom on top of what is mapped now, not an absolute size.
            ceiling = _mapped_bytes() + memory_limit
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                ceiling = min(ceiling, hard)
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
        result = func(*args)
    except MemoryError:
        result = Refusal(
            ExtractStatus.TOO_LARGE, f"Reading the file needed more than {_mb(memory_limit)} of memory."
        )
    except BaseException as exc:  # the parent must always get an answer, never a hang
        result = Refusal(ExtractStatus.CORRUPT, f"The PDF reader failed: {type(exc).__name__}: {exc}")
    try:
        conn.send(result)
    finally:
        conn.close()
        os._exit(0)  # skip atexit handlers inherited from the parent (Django, test runners)


def run_fenced(
    func: Callable[..., Any],
    args: tuple[Any, ...],
    *,
    time_limit: float,
    memory_limit: int = DEFAULT_MEMORY_LIMIT,
) -> Any:
    """Run ``func(*args)`` in a forked child; return its result, or a :class:`Refusal` if it overran.

    A bare ``os.fork`` rather than ``multiprocessing.Process``: queue workers run jobs in daemonic processes,
    which ``multiprocessing`` forbids to have children, and "forkserver"/"spawn" would re-import the
    caller's ``__main__`` (a script, a web or queue worker's whole start-up) for every document.
    Runs in-process where there is no ``fork`` (Windows).
    """
    if not hasattr(os, "fork"):
        return func(*args)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        receiver.close()
        _child(sender, func, args, memory_limit)
    sender.close()
    reaped = False
    try:
        if receiver.poll(time_limit):
            try:
                return receiver.recv()
            except EOFError:
                pass  # the child died before answering; explained below
        else:
            _kill_group(pid)
            os.waitpid(pid, 0)
            reaped = True
            return Refusal(
                ExtractStatus.TIMEOUT, f"Reading the file took longer than {time_limit:g} seconds; stopped."
            )
        _, status = os.waitpid(pid, 0)
        reaped = True
        code = os.waitstatus_to_exitcode(status)
        if code < 0:
            name = signal.Signals(-code).name
            return Refusal(
                ExtractStatus.TOO_LARGE
                if name in ("SIGKILL", "SIGABRT", "SIGSEGV")
                else ExtractStatus.CORRUPT,
                f"The PDF reader stopped ({name}) while reading the file, most likely because it needed more "
                f"than the {_mb(memory_limit)} memory limit (a compressed stream that inflates hugely) "
                "or the file is damaged.",
            )
        return Refusal(ExtractStatus.CORRUPT, f"The PDF reader exited unexpectedly (code {code}).")
    finally:
        receiver.close()
        if not reaped:
            _kill_group(pid)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _kill_group(pid: int | None) -> None:
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):  # not yet a group leader: kill the child alone
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
