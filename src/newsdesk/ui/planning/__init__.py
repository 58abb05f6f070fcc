"""The planning desk in the window: the Budget page (View ▸ Budget, Ctrl+Shift+B; the
Budget workspace) and a toolbar badge counting my open assignments, which opens the
Budget on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsdesk.domain.changes import Changes

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


def install(workbench: Workbench) -> None:
    """Add the Budget page, its View menu entry and the assignments badge."""
    from newsdesk.ui.planning.assignments_badge import AssignmentsBadge
    from newsdesk.ui.planning.budget_panel import BudgetPanel
    from newsdesk.ui.planning.page import BudgetPage

    panel = workbench.features.add(BudgetPanel(workbench))
    page = workbench.features.add(BudgetPage(workbench, panel))
    workbench.menus.view.addAction(page.toggle)
    workbench.changes_applied.connect(
        lambda changes: panel.refresh_soon() if _touches_budget(changes) else None
    )
    workbench.status.stats_shown.connect(lambda stats: _follow_typing(workbench, panel, stats))
    badge = workbench.features.add(AssignmentsBadge(workbench, panel, page))
    workbench.changes_applied.connect(
        lambda changes: badge.refresh() if changes.plan or changes.article_list else None
    )
    badge.refresh()


def _touches_budget(changes: Changes) -> bool:
    """Plan items, or stories (whose state and words the budget shows)."""
    return changes.plan or changes.article_list or bool(changes.articles)


def _follow_typing(workbench: Workbench, panel: object, stats: object) -> None:
    from newsdesk.domain.text_stats import TextStats
    from newsdesk.ui.planning.budget_panel import BudgetPanel

    article = workbench.story.article
    if isinstance(panel, BudgetPanel) and isinstance(stats, TextStats) and article is not None:
        panel.model.set_live_words(article.id, stats.words)
