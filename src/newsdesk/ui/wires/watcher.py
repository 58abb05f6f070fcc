"""Agency folders watched by the window: every half minute the background worker reads
the files of the folders Preferences name that it has not seen yet, and takes their items
in, crediting the folder's agency to an item that names none; the GUI thread only starts
the look and shows what came of it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from newsdesk.domain.workflow import may_edit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.wires import WireImportReport
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.services.interchange.wire_files import FileMark, PickUp

WATCH_INTERVAL_MS = 30_000

Look = tuple["PickUp", WireImportReport | None]


def look_and_take(
    newsroom: Newsroom, folders: Sequence[tuple[Path, str]], seen: frozenset[FileMark]
) -> Look:
    """On the worker: the new files of `folders` (each with the agency it credits, or ""),
    their items taken in one transaction (an item naming no agency credited to its
    folder's)."""
    # The readers (lxml, markdownify, BeautifulSoup) load here, on the worker, the first
    # time a folder is watched: not on the GUI thread while the window starts.
    from newsdesk.services.interchange.wire_files import AgencyFolder, new_wire_files

    found = new_wire_files([AgencyFolder(path, agency) for path, agency in folders], seen)
    if not found.files.items and not found.files.refused:
        return found, None
    return found, newsroom.wires.take(found.files.items, found.files.refused)


class WireFolderWatcher(QObject):
    taken = Signal(object)
    """A WireImportReport: something new came in (or was refused)."""
    failed = Signal(str)

    def __init__(
        self,
        newsroom: Newsroom,
        worker: TaskRunner,
        folders: Callable[[], Sequence[tuple[str, str]]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._newsroom = newsroom
        self._worker = worker
        self._folders = folders
        self._seen: frozenset[FileMark] = frozenset()
        self._looking = False
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_INTERVAL_MS)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        self.timer.start()
        self.look()

    def look(self) -> None:
        folders = [(Path(path), agency) for path, agency in self._folders()]
        if not folders or self._looking or not may_edit(self._newsroom.user):
            return  # a moderator's window leaves the files for someone who may take them
        self._looking = True
        self._worker.submit(
            look_and_take,
            self._newsroom,
            folders,
            self._seen,
            on_done=self._looked,
            on_error=self._failed,
        )

    def _looked(self, look: Look) -> None:
        self._looking = False
        found, report = look
        self._seen = found.seen
        if report is not None:
            self.taken.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._looking = False  # the files stay unseen: the next look tries them again
        self.failed.emit(str(error))
