"""Panels on the mirrored side in a right-to-left interface.

Qt mirrors every widget for Persian or Arabic, but QMainWindow keeps its dock areas
where they are: the Sections panel would stay on the left. `follow_layout_direction`
moves the side panels across (left ↔ right, with their tabs and widths) and reverses
the panels side by side at the bottom, whenever the direction differs from the one the
layout was built for. The window's saved layout is always the left-to-right one
(`logical_state`), so a layout saved in Persian opens right in English and back.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

MIRRORED = "docksMirrored"
"""Window property: the docks stand mirrored now."""

Area = Qt.DockWidgetArea
SIDES = {Area.LeftDockWidgetArea: Area.RightDockWidgetArea}
SIDES[Area.RightDockWidgetArea] = Area.LeftDockWidgetArea


def is_mirrored(window: QMainWindow) -> bool:
    return bool(window.property(MIRRORED))


def follow_layout_direction(window: QMainWindow) -> None:
    """Mirror the docks when the window is right to left, unmirror them when it is not
    (a window not yet shown does it as it is first shown, once its docks are laid out)."""
    wanted = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if wanted == is_mirrored(window):
        return
    if not window.isVisible():
        if window.findChild(_WhenShown) is None:
            window.installEventFilter(_WhenShown(window))
        return
    mirror_docks(window)
    window.setProperty(MIRRORED, wanted)


class _WhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMainWindow):
            watched.removeEventFilter(self)
            self.deleteLater()
            follow_layout_direction(watched)
        return False


def logical_state(window: QMainWindow, version: int) -> QByteArray:
    """`window.saveState(version)` as it would be left to right."""
    if not is_mirrored(window):
        return window.saveState(version)
    mirror_docks(window)
    try:
        return window.saveState(version)
    finally:
        mirror_docks(window)


def restore_logical_state(window: QMainWindow, state: QByteArray, version: int) -> bool:
    """Put back a layout saved by `logical_state`, mirrored again when the window is
    right to left."""
    if is_mirrored(window):
        mirror_docks(window)  # back to the left-to-right places the state speaks of
        window.setProperty(MIRRORED, False)
    restored = window.restoreState(state, version)
    follow_layout_direction(window)
    return restored


def _settle(window: QMainWindow) -> None:
    """Lay the window out now, so the docks' places are current (no event loop needed)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()


def _docked(window: QMainWindow, area: Area) -> list[QDockWidget]:
    found = [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.parent() is window and not dock.isFloating() and window.dockWidgetArea(dock) == area
    ]
    return sorted(found, key=lambda dock: (dock.y(), dock.x()))


def _tab_groups(window: QMainWindow, docks: list[QDockWidget]) -> list[list[QDockWidget]]:
    """The docks by tab group, each group in its tabs' order."""
    order = _tab_order(window)
    groups: list[list[QDockWidget]] = []
    placed: set[QDockWidget] = set()
    for dock in docks:
        if dock in placed:
            continue
        group = [dock, *(other for other in window.tabifiedDockWidgets(dock) if other in docks)]
        group.sort(key=lambda member: order.get(member.windowTitle(), 0))
        placed.update(group)
        groups.append(group)
    return groups


def _tab_order(window: QMainWindow) -> dict[str, int]:
    """Each tabbed dock's place in its tab bar, by its title (what the tabs show)."""
    order: dict[str, int] = {}
    for bar in _dock_tab_bars(window):
        for index in range(bar.count()):
            order[bar.tabText(index)] = index
    return order


def _dock_tab_bars(window: QMainWindow) -> list[QTabBar]:
    return [bar for bar in window.findChildren(QTabBar) if bar.parent() is window]


def _current_tabs(window: QMainWindow, docks: list[QDockWidget]) -> list[QDockWidget]:
    """The docks on show in their tab group (the tab bars name them by their titles)."""
    by_title = {dock.windowTitle(): dock for dock in docks}
    current: list[QDockWidget] = []
    for bar in _dock_tab_bars(window):
        if 0 <= bar.currentIndex() < bar.count():
            dock = by_title.get(bar.tabText(bar.currentIndex()))
            if dock is not None:
                current.append(dock)
    return current


def mirror_docks(window: QMainWindow) -> None:
    """Swap the left and right dock areas and reverse the docks side by side below and
    above the centre (an involution: twice gives the layout back)."""
    _settle(window)
    sides = {area: _docked(window, area) for area in SIDES}
    groups = {area: _tab_groups(window, docks) for area, docks in sides.items()}
    widths = {dock: dock.width() for docks in sides.values() for dock in docks}
    hidden = {dock for docks in sides.values() for dock in docks if dock.isHidden()}
    raised = _current_tabs(window, [dock for docks in sides.values() for dock in docks])
    for area in (Area.RightDockWidgetArea, Area.LeftDockWidgetArea):
        for group in groups[area]:
            for dock in group:
                window.addDockWidget(SIDES[area], dock)
    for area_groups in groups.values():
        for group in area_groups:
            for other in group[1:]:
                window.tabifyDockWidget(group[0], other)
    for dock in hidden:
        dock.hide()
    for dock in raised:
        dock.raise_()
    moved = [dock for dock in widths if dock not in hidden]
    if moved:
        window.resizeDocks(moved, [widths[dock] for dock in moved], Qt.Orientation.Horizontal)
    _settle(window)
    for area in (Area.TopDockWidgetArea, Area.BottomDockWidgetArea):
        # Hidden docks change places too (a workspace may show them later): shown for
        # the moment their places are read and swapped, hidden again after.
        closed = [dock for dock in _docked(window, area) if dock.isHidden()]
        for dock in closed:
            dock.show()
        _settle(window)
        _reverse_row(window, area)
        for dock in closed:
            dock.hide()
    _settle(window)


def _reverse_row(window: QMainWindow, area: Area) -> None:
    """Docks split side by side in `area` stand in the opposite order."""
    row = [
        dock
        for dock in _docked(window, area)
        if not dock.isHidden() and not window.tabifiedDockWidgets(dock)
    ]
    row.sort(key=lambda dock: dock.x())
    if len(row) < 2 or len({dock.y() for dock in row}) != 1:
        return  # one panel, or panels stacked: nothing to reverse side by side
    widths = [dock.width() for dock in row]
    for index in range(len(row) - 2, -1, -1):
        window.splitDockWidget(row[index + 1], row[index], Qt.Orientation.Horizontal)
    window.resizeDocks(row, widths, Qt.Orientation.Horizontal)
