"""Write the recorded demo council (Fernmoor Borough Council, fictional) into the package.

    python scripts/demo/build.py [--out DIR]

The recording is what ``councilwatch replay`` serves and what ``councilwatch demo`` crawls: ModernGov
web-service XML, the HTML fallback pages, real PDFs and a ``manifest.json`` mapping requests to files.
``expected.json`` is computed here from the hand-written data, never by reading the files back, so the
crawler's tests compare two independent accounts of the same council.  Same input, same bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fernmoor.recording import build_recording

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "src" / "councilwatch" / "data" / "demo"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory to (re)write")
    args = parser.parse_args(argv)
    summary = build_recording(args.out)
    print(
        f"wrote {summary['files']} files ({summary['bytes'] / 1e6:.2f} MB) to {args.out}: "
        f"{summary['meetings']} meetings, {summary['pdf_pages']} PDF pages"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
