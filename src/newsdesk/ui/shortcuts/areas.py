"""F6 and Shift+F6: the keyboard goes to the next or previous area of the window.

Tab moves within an area (the story's fields, a panel's buttons); the story text keeps
Tab for indenting, and the preview keeps it for its links, so moving between the list,
the editor, the preview and the open panels has keys of its own, as in most desktop apps.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget


def areas(window: QMainWindow) -> list[QWidget]:
    """The areas on show in reading order: the panels above, then the row of side panels
    and central panes (left to right, or right to left in Persian), then those below."""
    rows: list[tuple[int, int, QWidget]] = []
    central = window.centralWidget()
    if central is not None:
        rows += [(1, _x(window, pane), pane) for pane in _central_areas(window, central)]
    for dock in window.findChildren(QDockWidget):
        inside = dock.widget()
        if inside is None or not dock.isVisible() or dock.visibleRegion().isEmpty():
            continue
        area = window.dockWidgetArea(dock)
        row = {Qt.DockWidgetArea.TopDockWidgetArea: 0}.get(area, 1)
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:
            row = 2
        rows.append((row, _x(window, dock), inside))
    rows.sort(key=lambda entry: (entry[0], entry[1]))
    return [widget for _row, _x_position, widget in rows]


def _x(window: QMainWindow, widget: QWidget) -> int:
    x = widget.mapTo(window, widget.rect().topLeft()).x()
    return -x if window.layoutDirection() == Qt.LayoutDirection.RightToLeft else x


def _central_areas(window: QMainWindow, central: QWidget) -> list[QWidget]:
    """The splitter's panes on show (the list, the editor, the preview) or the page itself."""
    from PySide6.QtWidgets import QSplitter, QStackedWidget

    page = central.currentWidget() if isinstance(central, QStackedWidget) else central
    if page is None:
        return []
    splitter = page if isinstance(page, QSplitter) else page.findChild(QSplitter)
    if isinstance(splitter, QSplitter):
        panes = [splitter.widget(i) for i in range(splitter.count())]
        shown = [pane for pane in panes if pane is not None and pane.isVisible()]
        return sorted(shown, key=lambda pane: _x(window, pane))
    return [page]


class TabLeavesThePage(QObject):
    """Tab in the preview goes on to the next control rather than through the page's
    links (which the preview does not follow anyway), as Ctrl+Tab leaves the text."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)
        for child in view.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and watched is self._view:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                child.installEventFilter(self)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            others = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not others:
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                QWidget.focusNextPrevChild(self._view, forward)
                return True
        return False


def area_of(window: QMainWindow, widget: QWidget | None) -> int:
    """Which of `areas(window)` holds `widget` (-1 for none)."""
    for index, area in enumerate(areas(window)):
        if widget is not None and (widget is area or area.isAncestorOf(widget)):
            return index
    return -1


def focus_area(area: QWidget) -> None:
    """Give the keyboard to the area's main control: the largest one that takes Tab (the
    story list, the text, a panel's list), or to the area itself when none does."""
    candidates = [widget for widget in [area, *area.findChildren(QWidget)] if _takes_focus(widget)]
    if not candidates:
        area.setFocus(Qt.FocusReason.TabFocusReason)
        return
    largest = max(candidates, key=lambda widget: widget.width() * widget.height())
    largest.setFocus(Qt.FocusReason.TabFocusReason)


def _takes_focus(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
    )


def step(window: QMainWindow, forward: bool = True) -> QWidget | None:
    """Move the keyboard to the next (or previous) area; returns the area now focused."""
    shown = areas(window)
    if not shown:
        return None
    here = area_of(window, QApplication.focusWidget())
    if here < 0:
        target = 0 if forward else len(shown) - 1
    else:
        target = (here + (1 if forward else -1)) % len(shown)
    focus_area(shown[target])
    return shown[target]
