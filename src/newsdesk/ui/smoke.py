"""A start-up check for packaged builds: open the first story, wait for its preview, quit.

Set ``NEWSDESK_QUIT_AFTER_FIRST_PREVIEW=1`` and start the app: once the article list has
rows, the first story opens; when its body is in the preview the app prints one line
(``preview ready: <headline> (<n> blocks)``) and closes its window, so it exits with 0.
If that has not happened within the time limit it prints why and exits with 3. This is
what the packaged-app smoke test (tests/packaging) runs against the built binary.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

ENVIRONMENT_VARIABLE = "NEWSDESK_QUIT_AFTER_FIRST_PREVIEW"
TIME_LIMIT_MS = 120_000
EXIT_NO_PREVIEW = 3
HEADLINE_SCRIPT = "document.getElementById('article-headline').textContent"


def requested() -> bool:
    return os.environ.get(ENVIRONMENT_VARIABLE, "") not in ("", "0")


def quit_after_first_preview(workbench: Workbench, time_limit_ms: int = TIME_LIMIT_MS) -> None:
    app = QApplication.instance()
    assert app is not None
    state = {"listed": False, "opened": False, "done": False}

    def listed(count: int) -> None:
        state["listed"] = True
        if count > 0 and not state["opened"]:
            state["opened"] = True
            workbench.stories.select_row(0)

    def patched(blocks: int) -> None:
        if blocks > 0 and not state["done"]:
            state["done"] = True
            workbench.preview.run_script(HEADLINE_SCRIPT, lambda headline: report(headline, blocks))

    def report(headline: object, blocks: int) -> None:
        print(f"preview ready: {headline} ({blocks} blocks)", flush=True)
        workbench.host.close()  # the last window: the event loop ends with 0

    def too_late() -> None:
        if state["done"]:
            return
        if state["opened"]:
            why = "the first story never reached the preview"
        elif state["listed"]:
            why = "the newsroom has no stories (load the demo first)"
        else:
            why = "the article list never came"
        print(f"no preview after {time_limit_ms // 1000} s: {why}", file=sys.stderr)
        app.exit(EXIT_NO_PREVIEW)

    workbench.stories.listing_changed.connect(listed)
    workbench.preview.body_patched.connect(patched)
    QTimer.singleShot(time_limit_ms, too_late)
