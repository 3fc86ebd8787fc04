"""PDF extraction speed against pdftotext and pdfplumber, measured in the same run, plus peak memory.

    python bench/extract.py                 # 240-page pack, 500-page pack for memory
    python bench/extract.py --pages 400 --repeat 5

The pack is generated with the test suite's generator (tests/core/extract/councilpdf.py): frontsheet,
numbered headings and paragraphs, bullets, a £ table, running header and "Page N of M" footer.

- councilwatch: ``extract_pdf`` as the pipeline calls it (in a fenced child process), on one CPU and
  split across two, and also in-process, so the fence's and the split's effects are both visible.
- pdftotext: the poppler command, plain text to a temporary file (it does no layout analysis beyond
  reading order, no headings, no passages).
- pdfplumber: ``page.extract_text()`` on a sample of pages (it is too slow for the whole pack), scaled to
  pages per second and stated as a sample.
Each timing is the best of ``--repeat`` runs, because other work on the machine only ever adds time.
Peak RSS is measured with ``resource.getrusage`` in a fresh child process per variant (see
MEMORY_CHILD for why it forks once more).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "core" / "extract"))
sys.path.insert(0, str(ROOT / "src"))

import councilpdf  # noqa: E402  (the generator lives with the tests that use it)

from councilwatch.core.extract import pdfpages  # noqa: E402
from councilwatch.core.extract.pdf import extract_pdf  # noqa: E402


def cpu_seconds() -> float:
    """CPU used so far by this process and every child it has waited for (pdftotext, fenced children)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    run()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def councilwatch(data: bytes, *, fenced: bool, split: str) -> None:
    pdfpages.SPLIT = split
    try:
        extract_pdf(data, fenced=fenced)
    finally:
        pdfpages.SPLIT = "auto"


def pdfplumber_sample(path: Path, sample: int) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:sample]:
            page.extract_text()


# Peak RSS is read with getrusage(RUSAGE_CHILDREN) around a *forked* worker: a process started with
# exec keeps the peak of whatever forked it (here, this benchmark with its generated packs), so the
# measuring process execs first and then forks the worker, whose peak starts from a fresh interpreter.
MEMORY_CHILD = """
import json, os, resource, sys
sys.path.insert(0, {src!r})
from councilwatch.core.extract.pdf import extract_pdf
data = open({path!r}, "rb").read()
read_end, write_end = os.pipe()
pid = os.fork()
if pid == 0:
    result = extract_pdf(data, fenced={fenced})
    info = {{"status": result.status.value, "pages": result.pages, "passages": len(result.passages)}}
    os.write(write_end, json.dumps(info).encode())
    os._exit(0)
os.close(write_end)
info = json.loads(os.read(read_end, 65536))
os.waitpid(pid, 0)
info["peak_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps(info))
"""


def peak_rss(path: Path, fenced: bool) -> dict:
    code = MEMORY_CHILD.format(src=str(ROOT / "src"), path=str(path), fenced=fenced)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=240)
    parser.add_argument("--memory-pages", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plumber-sample", type=int, default=20)
    args = parser.parse_args()

    data = councilpdf.big_pack(args.pages)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pack.pdf"
        path.write_bytes(data)
        check = extract_pdf(data)
        pages = check.pages
        size = f"{len(data) / 1e6:.1f} MB"
        print(f"pack: {pages} pages, {size}, {len(check.passages)} passages ({check.status.value})")

        out = Path(tmp) / "out.txt"
        poppler = shutil.which("pdftotext")
        sample = min(args.plumber_sample, pages)
        runs: dict[str, tuple[Callable[[], object], int]] = {
            "councilwatch (fenced, 1 CPU)": (lambda: councilwatch(data, fenced=True, split="never"), pages),
            "councilwatch (fenced, 2 CPUs)": (lambda: councilwatch(data, fenced=True, split="always"), pages),
            "councilwatch (in-process, 1 CPU)": (
                lambda: councilwatch(data, fenced=False, split="never"),
                pages,
            ),
        }
        if poppler:
            runs["pdftotext (poppler)"] = (
                lambda: subprocess.run([poppler, str(path), str(out)], check=True),
                pages,
            )
        try:
            import pdfplumber  # noqa: F401

            runs[f"pdfplumber ({sample}-page sample, scaled)"] = (
                lambda: pdfplumber_sample(path, sample),
                sample,
            )
        except ImportError:
            pass
        # Round-robin, best of each: load from other work on the machine then hits every extractor alike.
        # CPU seconds are shown too: on a shared machine they move far less than wall time does.
        best = {name: (float("inf"), float("inf")) for name in runs}
        for _ in range(args.repeat):
            for name, (run, _count) in runs.items():
                wall, cpu = timed(run)
                best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
        rows = [(name, count / best[name][0]) for name, (_run, count) in runs.items()]
        cpu_rows = [(name, count / best[name][1]) for name, (_run, count) in runs.items()]

        print(f"\n{'extractor':44} {'pages/s':>9} {'pages/CPU-s':>12}")
        for (name, rate), (_, cpu_rate) in zip(rows, cpu_rows, strict=True):
            print(f"{name:44} {rate:9.0f} {cpu_rate:12.0f}")
        print()
        for label, table in (("wall", dict(rows)), ("CPU", dict(cpu_rows))):
            ours = table["councilwatch (fenced, 1 CPU)"]  # what the pipeline gets on a busy machine
            two = table["councilwatch (fenced, 2 CPUs)"]
            tag = f"[{label}] councilwatch fenced"
            if poppler:
                base = table["pdftotext (poppler)"]
                print(f"{tag} 1 CPU / pdftotext:  {ours / base:.2f}x (target >= 1.0x)")
                print(f"{tag} 2 CPUs / pdftotext: {two / base:.2f}x")
            plumber = [rate for name, rate in table.items() if name.startswith("pdfplumber")]
            if plumber:
                print(f"{tag} 1 CPU / pdfplumber: {ours / plumber[0]:.0f}x (target >= 50x)")
                print(f"{tag} 2 CPUs / pdfplumber: {two / plumber[0]:.0f}x")

        # The fence costs a fork and a pickle of the result: show it on a small document too.
        small = councilpdf.reports_pack([councilpdf.BUDGET_REPORT])
        fenced_small = best_of(args.repeat * 3, lambda: extract_pdf(small))
        bare_small = best_of(args.repeat * 3, lambda: extract_pdf(small, fenced=False))
        print(f"fence overhead on a 2-page paper: {(fenced_small - bare_small) * 1000:.1f} ms")

        big = Path(tmp) / "big.pdf"
        big.write_bytes(councilpdf.big_pack(args.memory_pages))
        print(f"\npeak RSS on a {args.memory_pages}-page pack (target < 500 MB):")
        for label, fence in (("fenced (worker and its fenced child)", True), ("in-process", False)):
            m = peak_rss(big, fence)
            print(
                f"  {label:38} {m['peak_kb'] / 1024:6.0f} MB"
                f"  ({m['pages']} pages, {m['passages']} passages, {m['status']})"
            )


if __name__ == "__main__":
    main()
