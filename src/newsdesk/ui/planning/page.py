"""The Budget as the window's page: View ▸ Budget (Ctrl+Shift+B) puts the day's plan in
place of the stories, with the whole width for its columns, as the Wires view does; the
Budget workspace (ui/workspaces) is this page. Opening a story from it goes back to the
editor and the preview, which keep their width at 1280×720."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from newsdesk.ui.planning.budget_panel import BudgetPanel

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

translate = QCoreApplication.translate


class BudgetPage(QObject):
    """The Budget page's switch; the page itself is the BudgetPanel."""

    def __init__(self, workbench: Workbench, panel: BudgetPanel) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self.view = panel
        workbench.pages.add(panel)
        self.toggle = QAction(translate("Planning", "&Budget"), workbench.host)
        self.toggle.setObjectName("budgetView")
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.toggle.setToolTip(
            translate("Planning", "Switch between the stories and the day's budget (Ctrl+Shift+B)")
        )
        self.toggle.toggled.connect(self._switch)
        panel.opening_story.connect(lambda _id: self.toggle.setChecked(False))

    def open(self) -> None:
        """The Budget on show, its table focused."""
        if self.toggle.isChecked():
            self.view.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.toggle.setChecked(True)

    def _switch(self, on: bool) -> None:
        pages = self._workbench.pages
        if on:
            pages.show(self.view)
            self.view.refresh()
            self.view.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif pages.current is self.view:  # another page may have taken its place
            pages.show(None)
