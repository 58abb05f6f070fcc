"""When something goes wrong: the text being edited is kept first, then the person is
told what happened and where the log is; the next start says what was recovered.

An uncaught exception (Qt hands exceptions raised in slots to `sys.excepthook`) writes
every open story's unsaved text to the edit journal on the spot and asks for a save,
logs the traceback, leaves a note for the next start, and shows a dialog. The process
goes on: most such errors spoil one action, not the session.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_state_path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from newsdesk.logs import log_file, redact

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

log = logging.getLogger(__name__)

NOTE_FILE = "last-crash.json"


translate = QCoreApplication.translate


def note_path() -> Path:
    return user_state_path("Newsdesk", appauthor=False) / NOTE_FILE


@dataclass(frozen=True, slots=True)
class CrashNote:
    when: datetime
    error: str
    kept: tuple[str, ...]
    """Headlines of the stories whose text was kept."""


def read_and_clear_note(path: Path | None = None) -> CrashNote | None:
    """The note a crash left for this start, if any (read once)."""
    path = path or note_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        path.unlink()
        return CrashNote(
            when=datetime.fromisoformat(data["when"]),
            error=str(data["error"]),
            kept=tuple(data.get("kept", ())),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_note(error: str, kept: list[str], path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"when": datetime.now().astimezone().isoformat(), "error": error, "kept": kept}
        path.write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        log.exception("could not leave a crash note")


class CrashHandler:
    """Installed as `sys.excepthook` while the app runs."""

    def __init__(
        self, windows: Callable[[], Iterable[Workbench]], note: Path | None = None
    ) -> None:
        self._windows = windows
        self._note = note or note_path()
        self._previous = sys.excepthook
        self.dialog: QMessageBox | None = None
        """The last dialog shown (tests read it)."""

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        kept = self._keep_texts()
        log.error(
            "uncaught exception\n%s",
            redact("".join(traceback.format_exception(kind, error, trace))),
        )
        summary = redact(f"{kind.__name__}: {error}")
        place = traceback.extract_tb(trace)[-1] if trace is not None else None
        where = f"{Path(place.filename).name}, line {place.lineno}" if place else ""
        _write_note(summary, kept, self._note)
        self._show(summary, where, kept)

    def _keep_texts(self) -> list[str]:
        kept: list[str] = []
        for window in self._windows():
            try:
                headline = window.story.autosave.rescue()
            except Exception:  # keeping the text must not raise a second error
                log.exception("could not keep the text of a window")
                continue
            if headline is not None:
                kept.append(headline)
        return kept

    def _show(self, summary: str, where: str, kept: list[str]) -> None:
        text = (
            translate("CrashHandler", "Newsdesk met an error it did not expect:") + f"\n\n{summary}"
        )
        if where:
            text += "\n" + translate("CrashHandler", "(in %1)").replace("%1", where)
        if kept:
            stories = ", ".join(f"“{k}”" for k in kept)
            text += "\n\n" + translate("CrashHandler", "Your text was kept first: %1.").replace(
                "%1", stories
            )
        text += (
            "\n\n" + translate("CrashHandler", "The details are in the log:") + f"\n{log_file()}"
        )
        if self.dialog is not None:
            self.dialog.close()
        parents = list(self._windows())
        box = QMessageBox(
            QMessageBox.Icon.Critical, "Newsdesk", text, parent=parents[0].host if parents else None
        )
        box.setObjectName("crashDialog")
        box.open()  # not exec(): the error may have come from inside a dialog's own loop
        self.dialog = box


def recovery_message(note: CrashNote) -> str:
    """What the next start tells the person about the last crash."""
    text = (
        translate("CrashHandler", "Newsdesk stopped on an error at %1 (%2).")
        .replace("%1", note.when.strftime("%H:%M, %d %b"))
        .replace("%2", note.error)
    )
    if note.kept:
        stories = ", ".join(f"“{k}”" for k in note.kept)
        text += " " + translate("CrashHandler", "Your text of %1 was kept and saved.").replace(
            "%1", stories
        )
    return text


def announce_last_crash(workbench: Workbench, path: Path | None = None) -> CrashNote | None:
    """At start: if the last session ended on an error, say so and what was kept."""
    note = read_and_clear_note(path)
    if note is not None:
        message = recovery_message(note)
        workbench.status.showMessage(message, 30000)
        box = QMessageBox(QMessageBox.Icon.Information, "Newsdesk", message, parent=workbench.host)
        box.setObjectName("recoveryDialog")
        box.open()
    return note
