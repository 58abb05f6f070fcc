"""The article list's saved views: what each one lists, and in which order. "Wires"
lists the stories rewritten from agency items (their rows carry the item's agency,
urgency and version); the items themselves are in the Wires view."""

from __future__ import annotations

from datetime import datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, select

from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.errors import NotFound
from newsdesk.storage import orm
from newsdesk.storage.orm_planning import PlanAssignment, PlanItemRow
from newsdesk.storage.orm_wires import WireUse


class SavedView(StrEnum):
    MY_DRAFTS = "my_drafts"
    COPY_QUEUE = "copy_queue"
    IN_EDITING = "in_editing"
    READY = "ready"
    PUBLISHED_TODAY = "published_today"
    KILLED = "killed"
    MY_ASSIGNMENTS = "my_assignments"
    WIRES = "wires"

    @property
    def label(self) -> str:
        return VIEW_LABELS[self]

    @property
    def oldest_first(self) -> bool:
        """The copy desk queue is worked from the oldest submission."""
        return self is SavedView.COPY_QUEUE


VIEW_LABELS = {
    SavedView.MY_DRAFTS: "My drafts",
    SavedView.COPY_QUEUE: "Copy desk queue",
    SavedView.IN_EDITING: "In editing",
    SavedView.READY: "Ready",
    SavedView.PUBLISHED_TODAY: "Published today",
    SavedView.KILLED: "Killed",
    SavedView.MY_ASSIGNMENTS: "My assignments",
    SavedView.WIRES: "Wires",
}


def view_name(view: SavedView) -> str:
    """What a script calls a view: `copy-queue`."""
    return view.value.replace("_", "-")


def view_named(name: str) -> SavedView:
    """A saved view as a script names it: `copy-queue`, `copy_queue` or "Copy desk queue"."""
    wanted = " ".join(name.replace("-", " ").replace("_", " ").split()).casefold()
    for view in SavedView:
        if wanted in (view.value.replace("_", " "), view.label.casefold()):
            return view
    names = ", ".join(view_name(view) for view in SavedView)
    raise NotFound(f"No saved view is called {name!r}: use one of {names}")


def start_of_today() -> datetime:
    """Midnight of the local day, as an aware time (the database compares in UTC)."""
    return datetime.combine(datetime.now().astimezone().date(), time(0)).astimezone()


def view_condition(view: SavedView, user_id: int) -> ColumnElement[Any]:
    status = orm.Article.status
    if view is SavedView.MY_DRAFTS:
        return and_(
            orm.Article.author_id == user_id,
            status.in_([ArticleStatus.DRAFT.value, ArticleStatus.SENT_BACK.value]),
        )
    if view is SavedView.COPY_QUEUE:
        return status == ArticleStatus.SUBMITTED.value
    if view is SavedView.IN_EDITING:
        return status == ArticleStatus.EDITING.value
    if view is SavedView.READY:
        return status == ArticleStatus.READY.value
    if view is SavedView.PUBLISHED_TODAY:
        return and_(
            status.in_([ArticleStatus.PUBLISHED.value, ArticleStatus.CORRECTED.value]),
            orm.Article.published_at >= start_of_today(),
        )
    if view is SavedView.MY_ASSIGNMENTS:
        # The stories started from plan items I am on (the budget's "My assignments").
        return orm.Article.id.in_(
            select(PlanItemRow.article_id)
            .join(PlanAssignment, PlanAssignment.plan_item_id == PlanItemRow.id)
            .where(PlanAssignment.user_id == user_id, PlanItemRow.article_id.is_not(None))
        )
    if view is SavedView.WIRES:
        # The stories taken from agency wire items (the Wires workspace's list).
        return orm.Article.id.in_(select(WireUse.article_id))
    return status == ArticleStatus.KILLED.value
