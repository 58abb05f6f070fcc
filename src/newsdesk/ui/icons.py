"""QtAwesome's icons, with QtAwesome loaded once the window has shown its first frame.

Importing QtAwesome (and qtpy under it) and reading its fonts' character maps took about
half a second of the start-up, before the window could paint. `icon()` hands out a
`QIcon` at once, drawn by a small engine that asks QtAwesome for the real icon the first
time it is painted. Between `hold()` and the first paint of the window that
`release_after_first_paint` watches, icons paint nothing (the toolbar's buttons are laid
out, their pictures follow a moment later); without `hold()`, as in the tests, an icon
loads QtAwesome the first time it is drawn.

Modules use it as they used QtAwesome: `from newsdesk.ui import icons as qta`, then
`qta.icon("mdi6.…", color=…)` and `qta.set_global_defaults(…)`.
"""

from __future__ import annotations

import contextlib
import threading
from types import ModuleType
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

_defaults: dict[str, Any] = {}
_qtawesome: ModuleType | None = None
_held = False
RELEASE_AT_THE_LATEST_MS = 3_000


def set_global_defaults(**options: Any) -> None:
    """As `qtawesome.set_global_defaults`: for the icons made from now on."""
    _defaults.update(options)
    if _qtawesome is not None:
        _qtawesome.set_global_defaults(**options)


def icon(*names: str, **options: Any) -> QIcon:
    """As `qtawesome.icon`; QtAwesome itself is asked when the icon is first drawn."""
    if _qtawesome is not None and not _held:
        return _qtawesome.icon(*names, **options)
    return QIcon(_LazyIconEngine(names, options))


def held() -> bool:
    """Whether icons wait for `release()` (they paint nothing meanwhile)."""
    return _held


def hold() -> None:
    """Icons paint nothing, and QtAwesome stays unloaded, until `release()`."""
    global _held
    _held = True


def release() -> None:
    """Load QtAwesome and repaint what icons were held back."""
    global _held
    if not _held:
        return
    _held = False
    _load()
    for widget in QApplication.allWidgets():
        if widget.isVisible():
            widget.update()


def release_after_first_paint(window: QWidget) -> None:
    """`release()` just after `window` has painted for the first time (or after a few
    seconds, should it not paint: a window opened minimised)."""
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(RELEASE_AT_THE_LATEST_MS, release)


def _load() -> ModuleType:
    global _qtawesome
    if _qtawesome is None:
        import qtawesome

        qtawesome.set_global_defaults(**_defaults)
        _qtawesome = qtawesome
    return _qtawesome


class _FirstPaint(QObject):
    imported = Signal()
    """QtAwesome's modules are in (imported on a thread of their own)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.imported.connect(release, Qt.ConnectionType.QueuedConnection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # Once this paint is on the screen and what it set off has run.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._import))
        return False

    def _import(self) -> None:
        """The imports (most of the cost) beside the GUI thread, which meanwhile fetches
        the list's rows; fonts and icons are then made on the GUI thread (`release`)."""
        threading.Thread(target=self._import_modules, name="newsdesk-icons", daemon=True).start()

    def _import_modules(self) -> None:
        try:
            import qtawesome  # noqa: F401
        finally:
            with contextlib.suppress(RuntimeError):  # the window has gone meanwhile
                self.imported.emit()


class _LazyIconEngine(QIconEngine):
    def __init__(self, names: tuple[str, ...], options: dict[str, Any]) -> None:
        super().__init__()
        self._names = names
        self._options = options
        self._real: QIcon | None = None

    def _icon(self) -> QIcon | None:
        if _held:
            return None
        if self._real is None:
            self._real = _load().icon(*self._names, **self._options)
        return self._real

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        real = self._icon()
        if real is not None:
            real.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        real = self._icon()
        if real is not None:
            return real.pixmap(size, mode, state)
        blank = QPixmap(size)
        blank.fill(Qt.GlobalColor.transparent)
        return blank

    def clone(self) -> QIconEngine:
        return _LazyIconEngine(self._names, self._options)
