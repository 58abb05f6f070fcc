"""F6 and Shift+F6: the keyboard goes to the next or previous area of the window.

Tab moves within an area (the story's fields, a panel's buttons); the story text keeps
Tab for indenting, and the preview keeps it for its links, so moving between the list,
the editor, the preview and the open panels has keys of its own, as in most desktop apps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget


def areas(window: QMainWindow) -> list[QWidget]:
    """The areas on show, in reading order: the central ones, then each open panel."""
    found: list[QWidget] = []
    central = window.centralWidget()
    if central is not None:
        found += _central_areas(window, central)
    docks = [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.isVisible() and dock.widget() is not None and not dock.visibleRegion().isEmpty()
    ]
    docks.sort(key=lambda dock: (dock.mapTo(window, dock.rect().topLeft()).y(), _x(window, dock)))
    found += [dock.widget() for dock in docks if dock.widget() is not None]  # type: ignore[misc]
    return found


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
