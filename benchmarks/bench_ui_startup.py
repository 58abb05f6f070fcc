"""How long the main window takes to appear, and to list stories, on a large newsroom.

    python benchmarks/bench_ui_startup.py [--database PATH] [--runs 5] [--warmup 1]

Each run starts a fresh `python -c ...` child on its own copy of the newsroom and a new,
empty settings file, the way a user starts the app. The parent notes the wall-clock time
just before it spawns the child and passes it on; the child reports, in milliseconds from
that moment, when each step of the start-up happened:

- python ready: the interpreter runs the child's first line;
- imports: PySide6 and the app's modules are imported;
- QApplication: created as the app creates it (`newsdesk.app._application`);
- window built: `build_main_window(url, settings)` returned (opens the database);
- show() returned, and window exposed: the platform window reports it is exposed;
- first frame: the main window's first paint has been handled;
- list ids: the article list's ids arrived (the model was reset);
- list rows: the rows of the list's first visible rows arrived (no more "…");
- list rows painted: the list's viewport was painted after that.

Qt runs on the offscreen platform, so the figures leave out the window manager and the
GPU. The database copy was just written, so it is warm in the page cache (as on a
machine that used the app a moment ago); start-ups from a cold disk will be slower. A
database with an older schema is migrated once, before any run, so that no run pays for
the one-off migration and its backup. The child compiles modules into a private bytecode
cache on the warm-up run (unless --no-bytecode-cache), as an installed app has them.

Targets: window shown (first frame) within 2 s of process start; the list's first rows
within 300 ms of the window being shown. Nothing is asserted: the table reports the
median and 90th percentile and whether the median meets the target.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false")

import argparse
import json
import math
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
NEEDS_SRC = find_spec("newsdesk") is None  # a checkout without `pip install -e .`
if NEEDS_SRC:
    sys.path.insert(0, str(SRC))

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_DATABASE = OUT / "newsroom-100k.sqlite"
MARK_PREFIX = "NEWSDESK-STARTUP "
CHILD_TIMEOUT_S = 120.0

WINDOW_TARGET_MS = 2000.0
BARE_RATIO_TARGET = 1.3
"""Issue 15: the first frame within 1.3× that of a bare PySide6 + QWebEngineView window."""
ROWS_TARGET_MS = 300.0

# The child: argv is [-c, spawn time (time.time()), database URL, settings file, src dir].
# It prints one line of JSON (milliseconds since the spawn) and leaves with os._exit, so
# QtWebEngine's teardown can neither crash nor slow the run.
CHILD = r"""
import sys, time
_SPAWNED = float(sys.argv[1])
def _ms():
    return (time.time() - _SPAWNED) * 1000.0
marks = {"python ready": _ms()}
import json, os
if sys.argv[4]:
    sys.path.insert(0, sys.argv[4])
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from newsdesk.app import _application, build_main_window
marks["imports"] = _ms()
app = _application()
marks["QApplication"] = _ms()
settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
try:  # as `newsdesk.app.run_app` does: QtAwesome after the first frame
    from newsdesk.ui import icons
except ImportError:  # a checkout from before ui/icons.py
    icons = None
if icons is not None:
    icons.hold()
window = build_main_window(sys.argv[2], settings)
marks["window built"] = _ms()
panel = window.article_list
model = panel.model
viewport = panel.view.viewport()
WANTED = ("first frame", "list rows painted")

def finish(code=0):
    marks["exit code"] = code
    sys.stdout.write("NEWSDESK-STARTUP " + json.dumps(marks) + "\n")
    sys.stdout.flush()
    os._exit(code)

def maybe_finish():
    if all(name in marks for name in WANTED):
        finish()

def mark_once(name):
    if name not in marks:
        marks[name] = _ms()

def frame_done():
    mark_once("first frame")
    marks.setdefault("CPU by the first frame", time.process_time() * 1000.0)
    maybe_finish()

def rows_painted():
    mark_once("list rows painted")
    maybe_finish()

class Watcher(QObject):
    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.Expose and watched is not window and watched.isExposed():
            mark_once("window exposed")
        elif kind == QEvent.Type.Paint:
            if watched is window and "first paint" not in marks:
                mark_once("first paint")
                QTimer.singleShot(0, frame_done)  # runs once this paint is done
            elif watched is viewport and "list rows" in marks and "rows paint" not in marks:
                marks["rows paint"] = _ms()
                QTimer.singleShot(0, rows_painted)
        return False

def first_row_ready(*_args):
    article_id = model.id_at(0)
    if article_id is not None and model.cached_row(article_id) is not None:
        mark_once("list rows")
        viewport.update()

def ids_listed():
    mark_once("list ids")
    first_row_ready()

watcher = Watcher()
window.installEventFilter(watcher)
viewport.installEventFilter(watcher)
model.modelReset.connect(ids_listed)
model.dataChanged.connect(first_row_ready)
QTimer.singleShot(60000, lambda: finish(3))
window.show()
if icons is not None:
    icons.release_after_first_paint(window)
marks["show() returned"] = _ms()
handle = window.windowHandle()
if handle is not None:
    if handle.isExposed():
        mark_once("window exposed")
    else:
        handle.installEventFilter(watcher)
app.exec()
finish(4)
"""

# The baseline: a bare PySide6 window holding a QWebEngineView with a small page, started
# the same way (same flags, same QApplication attribute), timed to its first frame.
BARE_CHILD = r"""
import sys, time
_SPAWNED = float(sys.argv[1])
def _ms():
    return (time.time() - _SPAWNED) * 1000.0
marks = {"python ready": _ms()}
import json, os
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication, QMainWindow
marks["imports"] = _ms()
QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
app = QApplication(sys.argv)
marks["QApplication"] = _ms()
window = QMainWindow()
view = QWebEngineView()
view.setHtml("<!doctype html><p>A bare window.</p>")
window.setCentralWidget(view)
window.resize(1200, 800)
marks["window built"] = _ms()

def finish(code=0):
    marks["exit code"] = code
    sys.stdout.write("NEWSDESK-STARTUP " + json.dumps(marks) + "\n")
    sys.stdout.flush()
    os._exit(code)

def frame_done():
    marks["first frame"] = _ms()
    marks["CPU by the first frame"] = time.process_time() * 1000.0
    finish()

class Watcher(QObject):
    # The view covers most of the window: the first paint of the window, its status
    # bar or the view.
    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.Paint
            and "first paint" not in marks
        ):
            marks["first paint"] = _ms()
            QTimer.singleShot(0, frame_done)
        return False

watcher = Watcher()
window.installEventFilter(watcher)
window.statusBar().installEventFilter(watcher)
view.installEventFilter(watcher)
QTimer.singleShot(60000, lambda: finish(3))
window.show()
marks["show() returned"] = _ms()
if view.focusProxy() is not None:
    view.focusProxy().installEventFilter(watcher)
app.exec()
finish(4)
"""

PHASES = (
    "python ready",
    "imports",
    "QApplication",
    "window built",
    "show() returned",
    "window exposed",
    "first frame",
    "list ids",
    "list rows",
    "list rows painted",
)


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def prepare_master(source: Path, folder: Path) -> Path:
    """A copy of `source` with the current schema (migrated once, backups removed)."""
    from newsdesk.storage.database import open_database

    master = folder / "master.sqlite"
    started = time.perf_counter()
    shutil.copyfile(source, master)
    for suffix in ("-wal", "-shm"):
        extra = source.with_name(source.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, master.with_name(master.name + suffix))
    database = open_database(f"sqlite:///{master}")
    database.dispose()
    for backup in folder.glob("master.sqlite.backup-*"):
        backup.unlink()
    print(f"Prepared a migrated copy of {source} in {time.perf_counter() - started:.1f} s")
    return master


def child_environment(folder: Path, bytecode_cache: bool) -> dict[str, str]:
    """The child's environment: Qt offscreen and, unless told not to, cached bytecode.

    Compiled modules go to a private cache (PYTHONPYCACHEPREFIX), written by the warm-up
    run, so the counted runs load bytecode as an installed app does, without writing
    `__pycache__` folders into the checkout.
    """
    environment = dict(os.environ)
    if bytecode_cache:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return environment


def run_bare(environment: dict[str, str]) -> dict[str, float]:
    """One start of the bare PySide6 + QWebEngineView window; its marks."""
    spawned = time.time()
    child = subprocess.run(
        [sys.executable, "-c", BARE_CHILD, repr(spawned)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    for line in child.stdout.splitlines():
        if line.startswith(MARK_PREFIX):
            marks: dict[str, float] = json.loads(line[len(MARK_PREFIX) :])
            return marks
    raise RuntimeError(f"the bare window printed no timings:\n{child.stderr[-3000:]}")


def run_once(
    master: Path,
    folder: Path,
    index: int,
    environment: dict[str, str],
    source: Path | None = None,
) -> dict[str, float]:
    """One start of the app (of the checkout whose `src` is `source`, or this one)."""
    run_folder = folder / f"run-{index}{'-other' if source else ''}"
    run_folder.mkdir()
    database = run_folder / "newsroom.sqlite"
    shutil.copyfile(master, database)
    settings = run_folder / "settings.ini"
    source_dir = str(source) if source else str(SRC) if NEEDS_SRC else ""
    spawned = time.time()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            repr(spawned),
            f"sqlite:///{database}",
            str(settings),
            source_dir,
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    shutil.rmtree(run_folder, ignore_errors=True)
    for line in child.stdout.splitlines():
        if line.startswith(MARK_PREFIX):
            marks: dict[str, float] = json.loads(line[len(MARK_PREFIX) :])
            if marks.get("exit code"):
                print(f"  run {index}: child stopped early (code {marks['exit code']})")
            return marks
    raise RuntimeError(
        f"the child printed no timings (exit {child.returncode}):\n{child.stderr[-3000:]}"
    )


def derived(marks: dict[str, float]) -> dict[str, float]:
    """The figures the targets are about, from one run's marks."""
    shown = marks.get("first frame", math.nan)
    rows = marks.get("list rows", math.nan)
    painted = marks.get("list rows painted", math.nan)
    return {
        "window shown (first frame) from process start": shown,
        "list rows after show() returned": rows - marks.get("show() returned", math.nan),
        "list rows after first frame": rows - shown,
        "list rows painted after first frame": painted - shown,
        "list rows after window built (open)": rows - marks.get("window built", math.nan),
    }


TARGETS = {
    "window shown (first frame) from process start": WINDOW_TARGET_MS,
    "list rows after first frame": ROWS_TARGET_MS,
    "list rows painted after first frame": ROWS_TARGET_MS,
}


def print_table(title: str, rows: dict[str, list[float]], targets: dict[str, float]) -> None:
    print(f"\n{title}")
    width = max(len(name) for name in rows) + 2
    print(f"  {'':{width}} {'median':>9} {'p90':>9} {'min':>9} {'max':>9} {'n':>3}  target")
    for name, values in rows.items():
        present = [v for v in values if not math.isnan(v)]
        if not present:
            print(f"  {name:{width}} {'—':>9}")
            continue
        median = statistics.median(present)
        target = targets.get(name)
        verdict = ""
        if target is not None:
            verdict = f"< {target:,.0f} ms: {'met' if median < target else 'MISSED'}"
        print(
            f"  {name:{width}} {median:9.0f} {percentile(present, 0.9):9.0f} "
            f"{min(present):9.0f} {max(present):9.0f} {len(present):3d}  {verdict}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE, help="SQLite file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1, help="runs shown but not counted")
    parser.add_argument("--json", type=Path, help="also write every run's marks here")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="leave PYTHONDONTWRITEBYTECODE as it is (modules may be compiled every run)",
    )
    parser.add_argument(
        "--compare-src",
        type=Path,
        help="also start another checkout's app (its src folder) in each round, after this"
        " one: a before/after pair under the same load",
    )
    arguments = parser.parse_args(argv)
    source: Path = arguments.database
    if not source.exists():
        from generate_newsroom import generate

        source.parent.mkdir(parents=True, exist_ok=True)
        generate(f"sqlite:///{source}", 100_000, 1_000_000, seed=1)

    print(
        f"Start-up of the main window on {source} ({source.stat().st_size / 1e9:.2f} GB), "
        f"{arguments.runs} runs after {arguments.warmup} warm-up; offscreen Qt; "
        f"{os.cpu_count()} CPUs; load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}; bytecode "
        + ("as in the environment" if arguments.no_bytecode_cache else "cached by the warm-up")
    )
    all_marks: list[dict[str, float]] = []
    bare_frames: list[float] = []
    ratios: list[float] = []
    other_frames: list[float] = []
    other_cpu: list[float] = []
    bare_cpu: list[float] = []
    other_ratios: list[float] = []
    with tempfile.TemporaryDirectory(prefix="newsdesk-startup-") as temporary:
        folder = Path(temporary)
        master = prepare_master(source, folder)
        environment = child_environment(folder, not arguments.no_bytecode_cache)
        for index in range(arguments.warmup + arguments.runs):
            # The bare window and the app one after the other: the same load on both.
            bare_marks = run_bare(environment)
            bare = bare_marks.get("first frame", math.nan)
            marks = run_once(master, folder, index, environment)
            counted = index >= arguments.warmup
            label = "run" if counted else "warm-up"
            print(
                f"  {label} {index + 1}: first frame {marks.get('first frame', math.nan):.0f} ms "
                f"(bare window {bare:.0f} ms), "
                f"list rows {marks.get('list rows', math.nan):.0f} ms, "
                f"rows painted {marks.get('list rows painted', math.nan):.0f} ms"
            )
            if counted:
                all_marks.append(marks)
                bare_frames.append(bare)
                bare_cpu.append(bare_marks.get("CPU by the first frame", math.nan))
                ratios.append(marks.get("first frame", math.nan) / bare)
            if arguments.compare_src is not None:
                other = run_once(master, folder, index, environment, arguments.compare_src)
                frame = other.get("first frame", math.nan)
                print(f"    {arguments.compare_src}: first frame {frame:.0f} ms")
                if counted:
                    other_frames.append(frame)
                    other_ratios.append(frame / bare)
                    other_cpu.append(other.get("CPU by the first frame", math.nan))

    phases = {name: [m.get(name, math.nan) for m in all_marks] for name in PHASES}
    print_table("Milliseconds from process start (spawn) to each step", phases, {})
    figures: dict[str, list[float]] = {}
    for marks in all_marks:
        for name, value in derived(marks).items():
            figures.setdefault(name, []).append(value)
    print_table("Targets", figures, TARGETS)
    print_table(
        "Against a bare PySide6 + QWebEngineView window started just before each run",
        {
            "bare window: first frame from process start": bare_frames,
            "app first frame ÷ bare first frame (×100)": [ratio * 100 for ratio in ratios],
            # The main process's CPU time: steadier than the wall clock on a busy machine.
            "bare window: CPU time by its first frame": bare_cpu,
            "app: CPU time by its first frame": [
                m.get("CPU by the first frame", math.nan) for m in all_marks
            ],
            "app CPU ÷ bare CPU (×100)": [
                m.get("CPU by the first frame", math.nan) / cpu * 100
                for m, cpu in zip(all_marks, bare_cpu, strict=True)
            ],
        },
        {"app first frame ÷ bare first frame (×100)": BARE_RATIO_TARGET * 100},
    )
    if arguments.compare_src is not None:
        print_table(
            f"The other checkout ({arguments.compare_src}), started right after each run",
            {
                "other app: first frame from process start": other_frames,
                "other app first frame ÷ bare first frame (×100)": [
                    ratio * 100 for ratio in other_ratios
                ],
                "other app: CPU time by its first frame": other_cpu,
            },
            {},
        )
    print(f"\nLoad average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if arguments.json:
        arguments.json.write_text(json.dumps(all_marks, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
