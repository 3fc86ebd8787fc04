"""Replay a recorded council site over real HTTP on loopback, with optional fault injection.

A tool, not part of the core pipeline: tests, benchmarks and the demo crawl it instead of a real council.
"""

from councilwatch.replay.faults import Fault, FaultDecider, FaultSpec, FaultSpecError
from councilwatch.replay.recording import RecordedResponse, Recording, RecordingError, write_recording
from councilwatch.replay.server import LoggedRequest, ReplayServer, demo_recording, demo_recording_dir

__all__ = [
    "Fault",
    "FaultDecider",
    "FaultSpec",
    "FaultSpecError",
    "LoggedRequest",
    "RecordedResponse",
    "Recording",
    "RecordingError",
    "ReplayServer",
    "demo_recording",
    "demo_recording_dir",
    "write_recording",
]
