"""The Media panel on a 10,000-picture library: opening it and scrolling it, as the GUI
thread sees it (offscreen Qt).

    .venv/bin/python benchmarks/bench_media_panel.py [--library 10000] [--steps 150]

Targets (issue 16): the library open under 300 ms; no frame over 16 ms on the GUI thread
while scrolling. "Open" is reading every id (on a worker in the app, timed here on its
own) plus giving them to the model and the first layout; each scroll step is one page
down followed by the event processing it causes (painting, the thumbnails that arrived
from the worker turned into icons), timed on the GUI thread. Prints figures and the load
average; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_media import bench_library  # noqa: E402
from newsdesk.services.newsroom import open_newsroom  # noqa: E402
from newsdesk.ui.media.model import MediaListModel, load_batch  # noqa: E402
from newsdesk.ui.media.panel import MediaPanel  # noqa: E402
from newsdesk.ui.tasks import TaskRunner  # noqa: E402


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", type=int, default=10_000)
    parser.add_argument("--steps", type=int, default=150)
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    print("Noisy figures: other work shares this machine (see the load average).")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/media.sqlite"
        bench_library(url, arguments.library)
        newsroom = open_newsroom(url)
        runner = TaskRunner("bench-media")
        model = MediaListModel()
        panel = MediaPanel(model)
        panel.resize(420, 900)
        panel.show()
        model.wanted.connect(
            lambda ids: runner.submit(load_batch, newsroom.media, ids, on_done=model.loaded)
        )
        start = time.perf_counter()
        ids = newsroom.media.ids()
        read = time.perf_counter() - start
        start = time.perf_counter()
        model.set_ids(ids)
        app.processEvents()
        shown = time.perf_counter() - start
        print(
            f"{len(ids):,} pictures: ids read in {read * 1000:.0f} ms (worker), model and "
            f"first layout {shown * 1000:.1f} ms on the GUI thread; open total "
            f"{(read + shown) * 1000:.0f} ms (target < 300 ms); {_load()}"
        )
        bar = panel.grid.verticalScrollBar()
        frames = []
        for _ in range(arguments.steps):
            bar.setValue(bar.value() + bar.pageStep())
            start = time.perf_counter()
            app.processEvents()
            frames.append((time.perf_counter() - start) * 1000)
            deadline = time.perf_counter() + 0.02
            while time.perf_counter() < deadline:  # the worker answers between frames
                app.processEvents()
        runner.shutdown()
        newsroom.close()
    over = sum(1 for f in frames if f > 16)
    print(
        f"scrolling {len(frames)} pages: median frame {statistics.median(frames):.2f} ms, "
        f"worst {max(frames):.2f} ms, {over} over 16 ms (target: none); {_load()}"
    )


if __name__ == "__main__":
    main()
