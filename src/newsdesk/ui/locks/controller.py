"""The open story's edit lock in one window: take it, keep it alive, give it up; or watch
someone else edit (read-only, with "Take over").

Every lock call runs on this feature's own worker; letting a story go runs on the save
worker instead, after the story's last autosave. A heartbeat every few seconds keeps the
lock and is also how a window learns, quickly, that someone took the story over. While
someone else holds the story the same tick asks for the lock again, so the story
becomes editable once they close it (its text read again if it moved on meanwhile).
"""

from __future__ import annotations

import logging
import math
import time
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article
from newsdesk.domain.workflow import may_edit
from newsdesk.services.locks import LockHolder, LockResult, LockService, PendingText
from newsdesk.ui.locks.bar import LockBar
from newsdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

log = logging.getLogger(__name__)

HEARTBEAT_MS = 5_000
"""Keeps the lock (it lapses after two minutes without) and learns of a takeover."""
BADGES_MS = 10_000
"""How often the visible rows' "being edited by" badges are checked."""
PENDING_TEXT_EVERY_S = 12.0
"""Unsaved text rides on a heartbeat at most this often (autosave does the rest)."""
MAX_VISIBLE_ROWS = 200
READ_ONLY_REASON = "lock"


class LockState(Enum):
    NONE = "none"
    """No story, not asked yet, a role that edits nothing, or the lock could not be
    checked (the story stays editable: saves still refuse to overwrite newer text)."""
    HELD = "held"
    WATCHING = "watching"
    """Someone else edits the story; ours is read-only."""
    LOST = "lost"
    """Someone took the story over from us; ours is read-only."""


class EditLocks(QObject):
    state_changed = Signal(object)
    """The LockState of the open story."""

    def __init__(self, workbench: Workbench, locks: LockService) -> None:
        super().__init__(workbench)
        self.setObjectName("editLocks")
        self._workbench = workbench
        self._locks = locks
        self._runner = TaskRunner("locks", self)
        self._article_id: int | None = None
        self.state = LockState.NONE
        self.holder: LockHolder | None = None
        """Who edits the open story when it is not us."""
        self._pending_sent: PendingText | None = None
        self._pending_sent_at = -math.inf
        self._holds_any = False
        self._asking = False
        """A lock call whose answer decides the state is on its way."""
        self._beating = False
        """A heartbeat is on its way: the next tick waits for it rather than queue another
        (on a slow connection, queued beats would each replace the last one's answer)."""

        self.bar = LockBar()
        workbench.editor.add_bar(self.bar)
        self.heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.check_now)
        self.badges = QTimer(self, interval=BADGES_MS)
        self.badges.timeout.connect(self.refresh_badges)
        self.badges.start()

        workbench.story.article_opened.connect(self._article_opened)
        workbench.changed_elsewhere.connect(self._changed_elsewhere)
        self.bar.take_over_clicked.connect(self.ask_take_over)
        workbench.stories.add_row_decorator(locks.annotate_rows)
        workbench.tasks.keep(self)

    # ---- following the open story --------------------------------------------------------
    def _article_opened(self, article: Article | None) -> None:
        article_id = article.id if article is not None else None
        if article_id == self._article_id:
            return  # the same story read again (a takeover, a restore): nothing to ask
        self._leave()
        self._article_id = article_id
        if article_id is not None:
            self.heartbeat.start()
            self._ask()

    def _leave(self) -> None:
        """Let the last story go, after its last autosave (on the save worker)."""
        if self._article_id is not None and (self.state is LockState.HELD or self._asking):
            self._workbench.tasks.saves.submit(
                self._locks.release, self._article_id, on_error=self._log_failure
            )
        self.heartbeat.stop()
        self._asking = False
        self._pending_sent, self._pending_sent_at = None, -math.inf
        self._writable()

    def _changed_elsewhere(self, changes: Changes) -> None:
        """A release or a takeover elsewhere shows within a second, not at the next beat."""
        if self._article_id is not None and self._article_id in changes.articles:
            self.recheck()

    def recheck(self) -> None:
        """Something changed in the newsroom: has someone taken the story from us?

        Only a read while we hold the lock (a heartbeat writes, and on SQLite a write
        is itself a change that comes back here); the heartbeat follows if someone has.
        """
        article_id = self._article_id
        if article_id is None or self.state is not LockState.HELD:
            self.check_now()
            return

        def answered(holders: dict[int, LockHolder]) -> None:
            if article_id in holders and article_id == self._article_id:
                self.check_now()

        self._runner.submit(
            self._locks.holders, [article_id], on_done=answered, on_error=self._log_failure
        )

    def check_now(self) -> None:
        """Heartbeat (or ask again while someone else has the story); also for live
        notifications that a lock changed hands."""
        article_id = self._article_id
        if article_id is None or self._asking:
            return
        if not may_edit(self._workbench.newsroom.user):
            if self.state is LockState.HELD:
                self._workbench.tasks.saves.submit(
                    self._locks.release, article_id, on_error=self._log_failure
                )
            self._writable()  # a role that may not edit is read-only for its own reason
            return
        if self.state is not LockState.HELD:
            self._ask()
            return
        if self._beating:
            return
        self._beating = True
        self._runner.submit(
            self._locks.heartbeat,
            article_id,
            self._pending_text(),
            on_done=self._heartbeat_answered,
            on_error=self._heartbeat_failed,
        )

    def _ask(self) -> None:
        article_id = self._article_id
        if article_id is None or not may_edit(self._workbench.newsroom.user):
            self._writable()
            return
        was = self.state
        self._asking = True
        self._runner.submit(
            self._locks.acquire,
            article_id,
            on_done=partial(self._answered, was),
            on_error=partial(self._ask_failed, article_id),
            latest="acquire",
        )

    def _answered(self, was: LockState, result: LockResult) -> None:
        if result.article_id != self._article_id or not self._asking:
            return
        self._asking = False
        if not result.held:
            if result.holder is None:
                self._writable()  # freed meanwhile: the next tick takes it
            else:
                self._watch(result.holder, lost=was is LockState.LOST)
            return
        self._holds_any = True
        shown = self._workbench.story.article
        if was in (LockState.WATCHING, LockState.LOST) and (
            shown is None or shown.version != result.version
        ):
            # The story moved on while we watched: read it again before anyone types.
            self._asking = True
            articles = self._workbench.newsroom.articles
            self._workbench.story.run_change(
                partial(articles.get, result.article_id),
                reload_text=True,
                on_done=lambda article: self._now_held(article.id, freed=True),
                on_error=self._reload_failed,
            )
            return
        self._now_held(result.article_id, freed=was in (LockState.WATCHING, LockState.LOST))

    def _ask_failed(self, article_id: int, error: BaseException) -> None:
        """The lock could not be checked (out of reach…): the story stays editable;
        saves still refuse to overwrite a newer version. The next tick asks again."""
        self._log_failure(error)
        if article_id == self._article_id and self._asking:
            self._asking = False
            self._writable()

    def _reload_failed(self, error: BaseException) -> None:
        self._workbench.status.showMessage(str(error), 12000)
        self._asking = False  # still read-only: the next tick asks again

    def _heartbeat_failed(self, error: BaseException) -> None:
        self._beating = False
        self._log_failure(error)

    def _heartbeat_answered(self, result: LockResult) -> None:
        self._beating = False
        if result.article_id != self._article_id or self.state is not LockState.HELD:
            return
        if result.held:
            return
        if result.holder is None:
            self._writable()  # the next tick takes it again
            return
        self._watch(result.holder, lost=result.taken_over)
        if result.taken_over:
            self._workbench.status.showMessage(
                self.tr("%1 took over the story you were editing.").replace(
                    "%1", result.holder.name
                ),
                12000,
            )

    # ---- what the window shows -----------------------------------------------------------
    def _set_state(self, state: LockState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)

    def _writable(self) -> None:
        self.holder = None
        self.bar.hide()
        self._workbench.editor.set_read_only(False, READ_ONLY_REASON)
        self._set_state(LockState.NONE)

    def _now_held(self, article_id: int, *, freed: bool = False) -> None:
        if article_id != self._article_id:
            return
        self._asking = False
        self.holder = None
        self.bar.hide()
        self._workbench.editor.set_read_only(False, READ_ONLY_REASON)
        self._set_state(LockState.HELD)
        self._workbench.stories.model.invalidate([article_id])
        if freed:
            self._workbench.status.showMessage(
                self.tr("Nobody else is editing this story now: it is yours to edit."), 8000
            )

    def _watch(self, holder: LockHolder, *, lost: bool) -> None:
        self.holder = holder
        self._workbench.editor.set_read_only(True, READ_ONLY_REASON)
        if lost:
            text = self.tr(
                "%1 took over this story; your last text was saved as a revision."
            ).replace("%1", holder.name)
        elif holder.user_id == self._workbench.newsroom.user.id:
            since = holder.since.astimezone().strftime("%H:%M")
            if holder.host and holder.host != self._locks.host:
                text = self.tr(
                    "You are editing this story on another computer (since %1). Take it over here?"
                )
            else:
                text = self.tr(
                    "You have this story open in another Newsdesk window (since %1). "
                    "Take it over here?"
                )
            text = text.replace("%1", since)
        else:
            since = holder.since.astimezone().strftime("%H:%M")
            text = (
                self.tr("Being edited by %1 since %2 — you can read it here.")
                .replace("%1", holder.name)
                .replace("%2", since)
            )
        self.bar.show_message(text, offer_take_over=True)
        self._set_state(LockState.LOST if lost else LockState.WATCHING)
        self._workbench.stories.model.invalidate([holder.article_id])

    def _pending_text(self) -> PendingText | None:
        """The editor's unsaved text, now and then, so a takeover can keep it."""
        editing = self._workbench.story
        article = editing.article
        if article is None or not editing.autosave.dirty:
            return None
        now = time.monotonic()
        if now - self._pending_sent_at < PENDING_TEXT_EVERY_S:
            return None
        pending = PendingText(article.version, self._workbench.editor.current_edit())
        if pending == self._pending_sent:
            return None
        self._pending_sent, self._pending_sent_at = pending, now
        return pending

    # ---- taking over ---------------------------------------------------------------------
    def ask_take_over(self) -> None:
        holder, article_id = self.holder, self._article_id
        if holder is None or article_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Take over the story"),
            self.tr(
                "%1 is editing this story. Take it over?\n\n"
                "Their last text is kept as a revision in the history, and their "
                "window becomes read-only."
            ).replace("%1", holder.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._workbench.host,
        )
        box.setObjectName("takeOverConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Take over"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._take_over(article_id, holder)
            box.deleteLater()

        box.finished.connect(finished)
        box.open()

    def _take_over(self, article_id: int, holder: LockHolder) -> None:
        if article_id != self._article_id or not may_edit(self._workbench.newsroom.user):
            return
        self._asking = True
        self.bar.take_over_button.setEnabled(False)
        locks = self._locks

        def take() -> Article:
            return locks.take_over(article_id, holder).article

        def failed(error: BaseException) -> None:
            self._workbench.status.showMessage(str(error), 12000)
            if self._article_id == article_id and self._asking:
                self._asking = False
                self.bar.take_over_button.setEnabled(True)
                self.check_now()  # show who has it now

        def done(article: Article) -> None:
            self._asking = False
            self._holds_any = True
            self._now_held(article.id)
            self._workbench.status.showMessage(
                self.tr(
                    "You took over the story from %1; their last text is kept as a revision."
                ).replace("%1", holder.name),
                10000,
            )

        self._workbench.story.run_change(take, reload_text=True, on_done=done, on_error=failed)

    # ---- the list's badges ---------------------------------------------------------------
    def refresh_badges(self) -> None:
        """Re-check the visible rows' holders; rows whose badge changed are fetched again."""
        listing = self._workbench.stories
        view, model = listing.view, listing.model
        if not view.isVisible() or model.rowCount() == 0:
            return
        top = view.rowAt(0)
        if top < 0:
            return
        bottom = view.rowAt(view.viewport().height() - 1)
        if bottom < 0:
            bottom = model.rowCount() - 1
        ids = [model.id_at(row) for row in range(top, min(bottom, top + MAX_VISIBLE_ROWS) + 1)]
        cached = [i for i in ids if i is not None and model.cached_row(i) is not None]
        if cached:
            self._runner.submit(
                self._locks.holders,
                cached,
                on_done=partial(self._holders_arrived, cached),
                on_error=self._log_failure,
                latest="badges",
            )

    def _holders_arrived(self, ids: list[int], holders: dict[int, LockHolder]) -> None:
        model = self._workbench.stories.model
        stale = []
        for article_id in ids:
            row = model.cached_row(article_id)
            holder = holders.get(article_id)
            if row is not None and row.locked_by != (holder.name if holder else ""):
                stale.append(article_id)
        if stale:
            model.invalidate(stale)

    # ---- closing -------------------------------------------------------------------------
    def _log_failure(self, error: BaseException) -> None:
        log.info("edit lock call failed: %s", error)

    def shutdown(self) -> None:
        """The window closes (its saves are done): let every story of this window go."""
        self.heartbeat.stop()
        self.badges.stop()
        if self._holds_any:
            self._runner.submit(self._locks.release_all, on_error=self._log_failure)
        self._runner.shutdown()
