"""Adversarial segmentation inputs (issue 9 items 11 and 12): time and peak memory.

Two tables, each row a fresh child process measured from outside by
``os.wait4`` (CPU = user + system time of the child, peak RSS = its
``ru_maxrss``; wall time includes starting Python, about 0.3 s):

* **Texts made of nothing but places where a sentence could end**
  (``'a. ' * 1_000_000``, ``'1. ' * 1_000_000``, ``'。a' * 3_400_000``),
  segmented by the library (``iter_segments``, drained) and by ``tm segment``
  in several output formats.  Peak RSS is compared with the input's UTF-8 size
  after taking off what Python and tm need with no text.
* **Untrusted SRX rules**: a huge repeat ``a{1000000000}``, the exponential
  ``(a|aa)+b`` on 40 characters, an invalid ``languagepattern``, each given to
  ``tm segment --srx``: exit code and the first line of the error.

``--only=library,txt,pot`` keeps those runs, ``--inputs=0,2`` those texts
(indexes into TEXTS), ``--no-srx`` leaves the SRX table out.  ``--src=DIR`` runs the same
children on another checkout's ``src`` (the code before a fix:
``git archive 89d3031^ | tar -x -C /tmp/old``, then ``--src=/tmp/old/src``),
under an address-space limit (``--limit-gb=N``, default 8) so that a pattern
that asks for 24 GB fails alone instead of exhausting a shared machine, and a
time limit per child (``--timeout=S``).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

#: The adversarial texts: (label, unit, repeats, language, CLI formats to run).
TEXTS = [
    ("'a. ' * 1,000,000", "a. ", 1_000_000, "en", ("txt", "pot")),
    ("'1. ' * 1,000,000", "1. ", 1_000_000, "en", ("txt",)),
    ("'。a' * 3,400,000", "。a", 3_400_000, "zh", ("txt", "jsonl", "pot")),
]

#: The untrusted SRX cases: (label, beforebreak, afterbreak, languagepattern, text).
SRX_CASES = [
    ("rule a{1000000000}", "a{1000000000}", r"\s", ".*", "A. B.\n"),
    ("rule (a|aa)+b, 40 characters", "", "(a|aa)+b", ".*", "a" * 40 + "\n"),
    ("languagepattern zh(.*", "[.]", r"\s", "zh(.*", "A. B.\n"),
]

# The child: segment with the library or the CLI.  Older checkouts have no
# iter_segments: tm.segment is their library entry point.
_CHILD = """
import sys
what, path, lang = sys.argv[1:4]
if what == "library":
    text = open(path, encoding="utf-8").read()
    try:
        from tm.segmentation import iter_segments
        count = sum(1 for _ in iter_segments(text, lang))
    except ImportError:
        import tm
        count = len(tm.segment(text, lang))
else:
    from tm.cli import main
    sys.exit(main(["segment", path, "--source-lang", lang, *sys.argv[4:]]))
"""

_SRX = """<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="no"/>
  <body>
    <languagerules>
      <languagerule languagerulename="user">
        <rule break="yes"><beforebreak>{before}</beforebreak><afterbreak>{after}</afterbreak></rule>
        <rule break="yes"><beforebreak>[.]</beforebreak><afterbreak>\\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="{pattern}" languagerulename="user"/>
    </maprules>
  </body>
</srx>
"""


@dataclass
class Options:
    """Command-line options of the adversarial part (``--name=value``)."""

    scale: float = 1.0
    src: Path = ROOT / "src"
    limit_gb: float = 8.0
    timeout: float = 900.0
    only: tuple[str, ...] = ()  # run kinds to keep: library, txt, jsonl, pot (default all)
    inputs: tuple[int, ...] = ()  # indexes into TEXTS to run (default all)
    srx: bool = True  # run the SRX table

    @classmethod
    def parse(cls, argv: list[str]) -> Options:
        """Read ``--quick``, ``--src=DIR``, ``--limit-gb=N``, ``--timeout=S`` from *argv*."""
        opts = cls()
        for arg in argv:
            name, _, value = arg.partition("=")
            if name == "--quick":
                opts.scale = 0.1
            elif name == "--src":
                opts.src = Path(value).resolve()
            elif name == "--limit-gb":
                opts.limit_gb = float(value)
            elif name == "--timeout":
                opts.timeout = float(value)
            elif name == "--only":
                opts.only = tuple(value.split(","))
            elif name == "--inputs":
                opts.inputs = tuple(int(i) for i in value.split(","))
            elif name == "--no-srx":
                opts.srx = False
        return opts


@dataclass
class Run:
    """What one child did."""

    cpu: float
    wall: float
    rss: int
    code: int | None  # None: stopped at the time limit
    error: str


def child(args: list[str], opts: Options, timeout: float | None = None) -> Run:
    """Run the child with *args* and measure it from outside."""
    env = {**os.environ, "PYTHONPATH": str(opts.src)}
    limit = int(opts.limit_gb * 2**30)

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=err,
                                preexec_fn=limit_memory)
        deadline = started + (timeout or opts.timeout)
        stopped = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline and not stopped:
                proc.send_signal(signal.SIGKILL)
                stopped = True
            time.sleep(0.05)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        lines = [x for x in err.read().splitlines() if x.strip()]
    first = next((x for x in lines if x.startswith("tm: error")), lines[-1] if lines else "")
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss * 1024,
               None if stopped else proc.returncode, first)


def _cell(text: str) -> str:
    """*text* as one Markdown table cell."""
    return text.replace("|", "\\|")


def _outcome(run: Run, opts: Options, timeout: float) -> str:
    if run.code is None:
        return f"stopped by the benchmark after {timeout:.0f} s"
    if run.code == 0:
        return "0"
    return f"{run.code}: `{run.error[:160]}`"


def text_table(opts: Options) -> None:
    """The adversarial texts: CPU, wall and peak RSS per input and entry point."""
    print(f"\n### Adversarial texts: time and peak memory ({opts.src})\n")
    print("Each row is a fresh process. Growth is its peak RSS less that of the same "
          "command on a two-character text (Python, tm and the output format's modules), "
          "divided by the input's UTF-8 size.\n")
    print("| input | UTF-8 size | run | exit | CPU (s) | wall (s) | peak RSS (MB) "
          "| growth / input |")
    print("|---|--:|---|---|--:|--:|--:|--:|")
    with tempfile.TemporaryDirectory() as tmp:
        for index, (label, unit, repeats, lang, formats) in enumerate(TEXTS):
            if opts.inputs and index not in opts.inputs:
                continue
            runs = [("tm.segment (drained)", ["library"])] + [
                (f"tm segment --format {fmt}", ["cli", "--format", fmt]) for fmt in formats]
            runs = [(name, how) for name, how in runs
                    if not opts.only or (how[-1] if how[0] == "cli" else "library") in opts.only]
            shown = label if opts.scale == 1 else f"{label} x {opts.scale:g}"
            for name, how in runs:
                rss = {}
                for which, text in (("tiny", unit.strip() + "."), ("input", None)):
                    path = os.path.join(tmp, f"{which}.txt")
                    with open(path, "w", encoding="utf-8") as fh:
                        fh.write(text if text else unit * int(repeats * opts.scale))
                    args = [how[0], path, lang, *how[1:]]
                    if how[0] == "cli":
                        args += ["-o", path + ".out"]
                    r = child(args, opts)
                    rss[which] = r.rss
                size = os.path.getsize(path)
                print(f"| {shown} | {size / 1e6:.1f} MB | {name} | "
                      f"{_outcome(r, opts, opts.timeout)} | {r.cpu:.1f} | {r.wall:.1f} | "
                      f"{r.rss / 1e6:,.0f} | {(rss['input'] - rss['tiny']) / size:.1f}x |",
                      flush=True)


def srx_table(opts: Options) -> None:
    """The untrusted SRX cases: how ``tm segment --srx`` ends, and what it costs."""
    timeout = min(opts.timeout, 120.0)
    print(f"\n### Untrusted SRX rules ({opts.src})\n")
    print("| SRX file | exit: first line of stderr | CPU (s) | wall (s) | peak RSS (MB) |")
    print("|---|---|--:|--:|--:|")
    with tempfile.TemporaryDirectory() as tmp:
        for label, before, after, pattern, text in SRX_CASES:
            rules = os.path.join(tmp, "user.srx")
            Path(rules).write_text(_SRX.format(before=before, after=after, pattern=pattern),
                                   encoding="utf-8")
            path = os.path.join(tmp, "input.txt")
            Path(path).write_text(text, encoding="utf-8")
            r = child(["cli", path, "en", "--srx", rules, "-o", path + ".out"], opts, timeout)
            outcome = _outcome(r, opts, timeout).replace(tmp + os.sep, "")
            print(f"| {_cell(label)} | {_cell(outcome)} | {r.cpu:.1f} | {r.wall:.1f} | "
                  f"{r.rss / 1e6:,.0f} |", flush=True)


def main(argv: list[str]) -> None:
    """Print both tables."""
    opts = Options.parse(argv)
    print(f"\n(load average before the adversarial runs: {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores)")
    if opts.srx:
        srx_table(opts)
    text_table(opts)
    print(f"\n(load average after: {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main(sys.argv[1:])
