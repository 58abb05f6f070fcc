"""My assignments at a glance: a toolbar button counting the plan items I am on that
are not filed yet; it opens the Budget panel on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QToolButton

from newsdesk.domain.planning import PlanStatus
from newsdesk.services.planning import PlanQuery, PlanService
from newsdesk.ui.planning.budget_panel import BudgetPanel
from newsdesk.ui.planning.page import BudgetPage

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

OPEN = frozenset({PlanStatus.ASSIGNED, PlanStatus.IN_PROGRESS})


def open_assignments(planning: PlanService, user_id: int) -> int:
    """How many items `user_id` is on that are assigned or in progress: counted from
    the filter's ids, no item built (on the query worker)."""
    return sum(
        len(planning.budget_ids(PlanQuery(assignee_id=user_id, status=status))) for status in OPEN
    )


class AssignmentsBadge(QObject):
    def __init__(self, workbench: Workbench, panel: BudgetPanel, page: BudgetPage) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._panel = panel
        self._page = page
        self.count = -1
        self.button = QToolButton()
        self.button.setObjectName("assignmentsBadge")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.clicked.connect(self.show_mine)
        self._action = workbench.menus.toolbar.addWidget(self.button)
        self._action.setVisible(False)

    def refresh(self) -> None:
        user = self._workbench.newsroom.user
        planning = self._workbench.newsroom.planning
        self._workbench.tasks.queries.submit(
            open_assignments,
            planning,
            user.id,
            on_done=self._counted,
            latest="my-assignments",
        )

    def _counted(self, count: int) -> None:
        self.count = count
        self._action.setVisible(self.count > 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The count in the interface's language (its words and its digits)."""
        if self.count < 0:
            return
        text = self.tr("%n assignment(s)", "", self.count)
        self.button.setText(text)
        self.button.setToolTip(
            self.tr("My open assignments: %1. Open the budget").replace("%1", text)
        )
        self.button.setAccessibleName(self.tr("My assignments: %1").replace("%1", text))

    def show_mine(self) -> None:
        self._panel.mine.setChecked(True)
        self._page.open()
