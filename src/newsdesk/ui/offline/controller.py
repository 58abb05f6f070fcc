"""Offline work in the main window: the Offline menu, the list's badges, the status bar's
count, syncing (by hand, or by itself when the newsroom is reachable) and merging.

A window on a newsroom server takes stories offline into this computer's own newsroom
and can sync it; a window on that laptop file syncs with the server it came from. The
work is in `newsdesk.services.offline_work` and `newsdesk.services.sync`, run on this
feature's own worker; here are only the questions, the progress and what to show after.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article
from newsdesk.services.article_views import SavedView
from newsdesk.services.database_errors import DatabaseError
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.offline_work import (
    NO_MARKS,
    OfflineMarks,
    Side,
    laptop_path,
    laptop_state,
    laptop_url,
    marks_for_server,
    open_server,
    server_display_name,
    server_login,
    sync_laptop_here,
    sync_with_server,
    take_offline_here,
)
from newsdesk.services.publishing.progress import Progress
from newsdesk.services.secrets import PasswordStore
from newsdesk.services.sync import (
    OfflineReport,
    OfflineStatus,
    PendingComments,
    SyncReport,
    conflict_case,
    resolve_conflict,
)
from newsdesk.services.sync.offline import Selection
from newsdesk.ui import icons as qta
from newsdesk.ui.conflict.dialog import ConflictDialog
from newsdesk.ui.offline.report_dialog import SyncReportDialog, has_news, summary_line
from newsdesk.ui.offline.status_label import OfflineStatusLabel
from newsdesk.ui.progress_job import ProgressJob
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.vocabulary import label

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

SETTING_AUTO_SYNC = "offline/auto_sync"
AUTO_SYNC_EVERY_MS = 60_000
"""How often a laptop window looks whether the newsroom is back (when syncing by itself)."""
AUTO_SYNC_IDLE = timedelta(minutes=5)
"""Without local changes, a laptop still fetches the newsroom's after this long."""
REFRESH_AFTER_MS = 400
"""The status bar's count follows saves this long after the last one."""


class OfflineWork(QObject):
    """The Offline menu and everything it drives, for one main workbench."""

    def __init__(
        self,
        workbench: Workbench,
        runner: TaskRunner,
        passwords: PasswordStore | None = None,
        laptop: Path | None = None,
    ) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._runner = runner
        self._passwords = passwords or PasswordStore()
        self._laptop = laptop or laptop_path()
        self.side = Side.SERVER if not workbench.newsroom.database.is_sqlite else Side.LOCAL
        self.status: OfflineStatus | None = None
        self.marks = NO_MARKS
        self.out_of_reach = False
        self.report_dialog: SyncReportDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.message_box: QMessageBox | None = None
        self._quiet_sync_running = False
        self._then: Callable[[Any], None] = lambda _result: None

        self._status_reads = TaskRunner("offline-status", self)
        """Cheap reads for the badges and the count, never queued behind a long sync."""
        self.job = ProgressJob(runner, workbench.host)
        self.job.finished.connect(lambda result: self._then(result))
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)

        self.label = OfflineStatusLabel(workbench.status)
        workbench.status.insertPermanentWidget(0, self.label)
        self._build_actions()
        self._build_menu()

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_AFTER_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        for signal in (
            workbench.story.article_saved,
            workbench.story.changed,
            workbench.comments.changed,
            workbench.related_links.changed,
            workbench.sections.changed,
        ):
            signal.connect(self._changed_here)
        workbench.story.article_opened.connect(self._article_opened)
        workbench.story.autosave.reconnected.connect(self._auto_sync_tick)
        self._auto_timer = QTimer(self, interval=AUTO_SYNC_EVERY_MS)
        self._auto_timer.timeout.connect(self._auto_sync_tick)
        self._auto_timer.start()
        self._update_actions()
        self.refresh(first=True)

    # ---- building ------------------------------------------------------------------------
    def _action(
        self, text: str, name: str, slot: Callable[[], None], shortcut: str = "", tip: str = ""
    ) -> QAction:
        action = QAction(text, self._workbench.host)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self._workbench.host.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.take_selected_action = self._action(
            self.tr("Take selected stories &offline"),
            "takeSelectedOffline",
            self.take_selected_offline,
            "Ctrl+Alt+O",
            self.tr("Copy the selected stories, with their history, to this computer"),
        )
        self.take_view_actions: dict[SavedView, QAction] = {}
        for view in SavedView:
            action = self._action(
                label(view),
                f"takeViewOffline_{view.value}",
                partial(self.take_view_offline, view),
            )
            self.take_view_actions[view] = action
        self.take_comments_action = self._action(
            self.tr("Take the pending &comments offline"),
            "takeCommentsOffline",
            lambda: self.take_offline(PendingComments(), self.tr("the pending comments")),
            tip=self.tr("Moderate the comment queue without a connection"),
        )
        self.sync_action = self._action(
            self.tr("&Sync with the newsroom"),
            "syncNow",
            self.sync_now,
            "Ctrl+Alt+Y",
            self.tr("Send the changes made offline and fetch the newsroom's"),
        )
        self.sync_action.setIcon(qta.icon("mdi6.sync"))
        self.auto_sync_action = self._action(
            self.tr("Sync &automatically when the newsroom is reachable"),
            "autoSync",
            self._auto_sync_toggled,
        )
        self.auto_sync_action.setCheckable(True)
        self.auto_sync_action.setChecked(self.auto_sync_enabled)
        self.resolve_action = self._action(
            self.tr("&Resolve sync conflict…"),
            "resolveSyncConflict",
            self.resolve_open_or_first,
            tip=self.tr("Merge a story changed here and in the newsroom in the same place"),
        )
        self.work_offline_action = self._action(
            self.tr("&Work offline"),
            "workOffline",
            self.work_offline,
            tip=self.tr("Open this computer's newsroom, with the stories taken offline"),
        )
        self.back_online_action = self._action(
            self.tr("&Back to the newsroom"),
            "backToNewsroom",
            self.back_to_newsroom,
            tip=self.tr("Open the newsroom server these stories were taken from"),
        )

    def _build_menu(self) -> None:
        workbench = self._workbench
        menu = self.menu = QMenu(self.tr("&Offline"), workbench.host)
        menu.setObjectName("offlineMenu")
        workbench.host.menuBar().insertMenu(workbench.menus.view.menuAction(), menu)
        menu.addAction(self.take_selected_action)
        self.views_menu = menu.addMenu(self.tr("Take a saved &view offline"))
        self.views_menu.setObjectName("takeViewOfflineMenu")
        self.views_menu.addActions(list(self.take_view_actions.values()))
        menu.addAction(self.take_comments_action)
        menu.addSeparator()
        menu.addActions([self.sync_action, self.auto_sync_action])
        menu.addSeparator()
        menu.addAction(self.resolve_action)
        menu.addSeparator()
        menu.addActions([self.work_offline_action, self.back_online_action])
        workbench.menus.toolbar.addSeparator()
        workbench.menus.toolbar.addAction(self.sync_action)

    # ---- state ---------------------------------------------------------------------------
    @property
    def auto_sync_enabled(self) -> bool:
        value = self._workbench.settings.value(SETTING_AUTO_SYNC, True)
        return value not in (False, "false", "0", 0)

    @property
    def server_address(self) -> str | None:
        if self.side is Side.SERVER:
            return self._workbench.newsroom.database.address
        return self.status.server_address if self.status is not None else None

    def _auto_sync_toggled(self) -> None:
        self._workbench.settings.setValue(SETTING_AUTO_SYNC, self.auto_sync_action.isChecked())
        if self.auto_sync_action.isChecked():
            self._auto_sync_tick()

    def _update_actions(self) -> None:
        server, laptop = self.side is Side.SERVER, self.side is Side.LAPTOP
        busy = self.job.running or self._quiet_sync_running
        for action in (
            self.take_selected_action,
            self.take_comments_action,
            *self.take_view_actions.values(),
        ):
            action.setEnabled(server and not busy)
        self.views_menu.setEnabled(server and not busy)
        has_offline = bool(self.marks.offline) or (laptop and self.status is not None)
        self.sync_action.setEnabled((laptop or (server and has_offline)) and not busy)
        self.work_offline_action.setVisible(server)
        self.work_offline_action.setEnabled(server and self._laptop.exists())
        self.back_online_action.setVisible(laptop)
        self.resolve_action.setEnabled(laptop and bool(self.marks.needs_merge))

    def _changed_here(self, *_args: object) -> None:
        """A save or a moderation here: a laptop's count of changes to sync moved."""
        if self.side is not Side.SERVER:
            self._refresh_timer.start()

    def refresh(self, first: bool = False) -> None:
        """Read the side, the marks and the status bar's count again (off the GUI thread)."""
        workbench = self._workbench
        if self.side is Side.SERVER:
            self._status_reads.submit(
                marks_for_server,
                workbench.newsroom,
                self._laptop,
                on_done=self._show_marks,
                on_error=lambda _error: None,  # no laptop file to read: no badges
                latest="offline-marks",
            )
            return
        self._status_reads.submit(
            laptop_state,
            workbench.newsroom,
            on_done=lambda state: self._laptop_state(state, first),
            latest="offline-marks",
        )

    def _laptop_state(
        self, state: tuple[Side, OfflineStatus | None, OfflineMarks], first: bool
    ) -> None:
        self.side, self.status, marks = state
        self.label.show_status(
            self.status if self.side is Side.LAPTOP else None,
            server_display_name(self.status.server_address)
            if self.status is not None and self.status.server_address
            else "",
            self.out_of_reach,
        )
        self._show_marks(marks)
        if first and self.side is Side.LAPTOP:
            self._auto_sync_tick()

    def _show_marks(self, marks: OfflineMarks) -> None:
        self.marks = marks
        self._workbench.stories.model.set_offline_marks(marks.offline, marks.needs_merge)
        self._update_actions()

    def _article_opened(self, _article: Article | None) -> None:
        self._update_actions()

    # ---- taking offline ------------------------------------------------------------------
    def take_selected_offline(self) -> None:
        chosen = self._workbench.stories.chosen_stories(self._workbench.story.article)
        if not chosen:
            self._say(self.tr("Select the stories to take offline first."))
            return
        what = (
            "“" + (chosen[0].headline or self.tr("Untitled story")) + "”"
            if len(chosen) == 1
            else self.tr("%1 stories").replace("%1", str(len(chosen)))
        )
        self.take_offline([story.id for story in chosen], what)

    def take_view_offline(self, view: SavedView) -> None:
        self.take_offline(view, label(view))

    def take_offline(self, selection: Selection, what: str) -> None:
        if self.side is not Side.SERVER:
            self._say(self.tr("Connect to a newsroom server to take stories offline."))
            return
        server, laptop = self._workbench.newsroom, self._laptop
        self._workbench.story.save_now()
        self._start(
            self.tr("Taking %1 offline…").replace("%1", what),
            lambda progress: take_offline_here(server, selection, progress, laptop),
            lambda result: self._taken_offline(result, what),
        )

    def _taken_offline(self, result: tuple[OfflineReport, OfflineMarks], what: str) -> None:
        report, marks = result
        self._show_marks(marks)
        if report.stories == 1 and what.startswith("“"):
            took = self.tr("Took %1 offline to this computer").replace("%1", what)
        elif report.stories == 1:
            took = self.tr("Took 1 story offline to this computer")
        else:
            took = self.tr("Took %1 stories offline to this computer").replace(
                "%1", f"{report.stories:,}"
            )
        parts = [took]
        if report.already_offline:
            parts.append(
                self.tr("%1 already there (a sync updates them)").replace(
                    "%1", f"{report.already_offline:,}"
                )
            )
        if report.comments:
            parts.append(self.tr("%1 comments to moderate").replace("%1", f"{report.comments:,}"))
        text = "; ".join(parts) + "."
        self._workbench.status.showMessage(text, 12000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Taken offline"),
            text,
            parent=self._workbench.host,
        )
        box.setObjectName("takenOffline")
        box.setInformativeText(
            self.tr(
                "Work on them without a connection in this computer's newsroom "
                "(Offline ▸ Work offline); Sync sends your changes back."
            )
        )
        work = box.addButton(self.tr("&Work offline now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Stay connected"), QMessageBox.ButtonRole.RejectRole)
        work.clicked.connect(self.work_offline)
        self._show_box(box)

    # ---- syncing -------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync by hand: a progress dialog with Cancel, then what happened."""
        if self.job.running or self._quiet_sync_running:
            self._say(self.tr("A sync is already running."))
            return
        self._workbench.story.save_now()
        if self.side is Side.SERVER:
            server, laptop = self._workbench.newsroom, self._laptop
            self._start(
                self.tr("Syncing this computer's newsroom…"),
                lambda progress: sync_laptop_here(server, progress, laptop),
                self._synced_from_server,
            )
            return
        address = self.server_address
        if self.side is not Side.LAPTOP or address is None:
            self._say(self.tr("Nothing here was taken offline: there is no newsroom to sync with."))
            return
        asked, password = self._password(address, ask=True)
        if not asked:
            return
        here = self._workbench.newsroom
        self._start(
            self.tr("Syncing with %1…").replace("%1", server_display_name(address)),
            lambda progress: sync_with_server(here, address, password, progress),
            self._synced,
        )

    def _auto_sync_tick(self) -> None:
        """Sync by itself when it is on, there is something to do and the newsroom answers."""
        if not self.auto_sync_enabled or self.job.running or self._quiet_sync_running:
            return
        if self.side is not Side.LAPTOP or self.status is None:
            return
        address = self.status.server_address
        due = self.status.changes_to_sync > 0 or (
            self.status.last_sync_at is None
            or datetime.now(UTC) - _aware(self.status.last_sync_at) > AUTO_SYNC_IDLE
        )
        if address is None or not due:
            return
        asked, password = self._password(address, ask=False)
        if not asked:
            return
        self._quiet_sync_running = True
        self._update_actions()
        laptop = self._workbench.newsroom
        self._runner.submit(
            sync_with_server,
            laptop,
            address,
            password,
            Progress(),
            on_done=self._quietly_synced,
            on_error=self._quiet_sync_failed,
        )

    def _quietly_synced(self, report: SyncReport) -> None:
        self._quiet_sync_running = False
        self.out_of_reach = False
        self._synced(report, quiet=True)

    def _quiet_sync_failed(self, error: BaseException) -> None:
        self._quiet_sync_running = False
        self.out_of_reach = isinstance(error, DatabaseError)
        if not self.out_of_reach:
            self._workbench.status.showMessage(
                self.tr("Sync by itself failed: %1").replace("%1", str(error)), 12000
            )
        self._update_actions()
        self.refresh()

    def _synced_from_server(self, result: tuple[SyncReport, OfflineMarks]) -> None:
        report, marks = result
        self._show_marks(marks)
        self._synced(report)
        if report.conflicts:
            self._say(
                self.tr(
                    "Stories that need merging are marked; merge them in this computer's "
                    "newsroom (Offline ▸ Work offline)."
                )
            )

    def _synced(self, report: SyncReport, quiet: bool = False) -> None:
        workbench = self._workbench
        workbench.status.showMessage(summary_line(report), 12000)
        if not report.nothing_done:
            workbench.apply_changes(Changes(article_list=True, sections=True, comments=True))
            current = workbench.story.article
            if current is not None and not workbench.story.autosave.dirty:
                workbench.story.reload()
        self.refresh()
        if has_news(report) and not (quiet and self.report_dialog is not None):
            self._show_report(report)

    def _show_report(self, report: SyncReport) -> None:
        workbench = self._workbench
        self._runner.submit(
            _headlines,
            workbench.newsroom,
            report.conflicts,
            on_done=lambda headlines: self._open_report(report, headlines),
            on_error=lambda _error: self._open_report(report, {}),
        )

    def _open_report(self, report: SyncReport, headlines: dict[str, str]) -> None:
        if self.report_dialog is not None:
            self.report_dialog.close()
        dialog = self.report_dialog = SyncReportDialog(report, headlines, self._workbench.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "report_dialog", None))
        if self.side is Side.LAPTOP:
            dialog.resolve_requested.connect(self.resolve)
        elif dialog.resolve_button is not None:
            dialog.resolve_button.setEnabled(False)
            dialog.resolve_button.setToolTip(self.tr("Merge in this computer's newsroom"))
        dialog.open()

    # ---- merging -------------------------------------------------------------------------
    def resolve_open_or_first(self) -> None:
        current = self._workbench.story.article
        if current is not None and current.uuid in self.marks.needs_merge:
            self.resolve(current.uuid)
        elif self.marks.needs_merge:
            self.resolve(sorted(self.marks.needs_merge)[0])
        else:
            self._say(self.tr("No story needs merging."))

    def resolve(self, article_uuid: str) -> None:
        """Open the conflict view on a story marked "needs merge" (laptop side)."""
        if self.conflict_dialog is not None:
            self.conflict_dialog.raise_()
            return
        self._workbench.story.save_now()
        self._runner.submit(
            conflict_case,
            self._workbench.newsroom,
            article_uuid,
            on_done=self._show_case,
            on_error=self._report_error,
        )

    def _show_case(self, case: Any) -> None:
        workbench = self._workbench
        if workbench.story.article is None or workbench.story.article.id != case.article_id:
            workbench.story.open(case.article_id)
        dialog = self.conflict_dialog = ConflictDialog(case, workbench.host)
        dialog.setObjectName("syncConflictDialog")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._decided(dialog, result))
        dialog.open()

    def _decided(self, dialog: ConflictDialog, result: int) -> None:
        self.conflict_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._say(
                self.tr(
                    "Both versions stay in the history; Offline ▸ Resolve sync conflict… "
                    "when you are ready."
                )
            )
            return
        case, chosen, reason = dialog.case, dialog.chosen_edit(), dialog.reason()
        laptop = self._workbench.newsroom
        self._runner.submit(
            lambda: (resolve_conflict(laptop, case, chosen, reason), case.article_id)[1],
            on_done=self._resolved,
            on_error=self._report_error,
        )

    def _resolved(self, article_id: int) -> None:
        workbench = self._workbench
        workbench.apply_changes(Changes(articles=frozenset({article_id}), article_list=True))
        workbench.story.open(article_id)
        left = len(self.marks.needs_merge) - 1
        message = self.tr("Merged. The next sync sends it to the newsroom.")
        if left > 0:
            message += " " + self.tr("%1 more to merge.").replace("%1", str(left))
        self._say(message)
        self.refresh()

    # ---- switching newsroom --------------------------------------------------------------
    def work_offline(self) -> None:
        """Put this window on this computer's newsroom."""
        self._open_instead(lambda: open_newsroom(laptop_url(self._laptop)))

    def back_to_newsroom(self) -> None:
        address = self.server_address
        if self.side is not Side.LAPTOP or address is None:
            return
        asked, password = self._password(address, ask=True)
        if asked:
            self._open_instead(lambda: open_server(address, password))

    def _open_instead(self, opener: Callable[[], Newsroom]) -> None:
        workbench = self._workbench
        workbench.story.save_now()
        self._runner.submit(
            opener,
            on_done=workbench.switch_requested.emit,
            on_error=self._report_error,
        )

    # ---- helpers -------------------------------------------------------------------------
    def _password(self, address: str, ask: bool) -> tuple[bool, str | None]:
        """(go on?, the password): from the keyring, else asked for when `ask`."""
        login = server_login(address)
        if login is None:
            return True, None
        password = self._passwords.get(login.host, login.port, login.user)
        if password is not None:
            return True, password
        if not ask:
            return False, None
        password, ok = QInputDialog.getText(
            self._workbench.host,
            self.tr("Newsroom password"),
            self.tr("Password for %1:").replace("%1", server_display_name(address)),
            QLineEdit.EchoMode.Password,
        )
        return ok, password if ok else None

    def _start(
        self, title: str, work: Callable[[Progress], Any], then: Callable[[Any], None]
    ) -> None:
        if self.job.running:
            self._say(self.tr("Wait for the running offline work to finish."))
            return
        self._then = then
        self.job.start(title, work)
        self._update_actions()

    def _failed(self, message: str) -> None:
        self._update_actions()
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Offline work"), message, parent=self._workbench.host
        )
        box.setObjectName("offlineFailed")
        self._show_box(box)
        self._workbench.status.showMessage(message, 12000)

    def _cancelled(self) -> None:
        self._update_actions()
        self._say(self.tr("Stopped. What was done is kept; the next sync finishes the job."))
        self.refresh()

    def _report_error(self, error: BaseException) -> None:
        self._say(str(error) or type(error).__name__)

    def _say(self, message: str) -> None:
        self._workbench.status.showMessage(message, 12000)

    def _show_box(self, box: QMessageBox) -> None:
        if self.message_box is not None:
            self.message_box.close()
        self.message_box = box
        box.open()

    def shutdown(self) -> None:
        self._auto_timer.stop()
        self._refresh_timer.stop()
        self.job.cancel()
        self._status_reads.shutdown()
        self._runner.shutdown()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _headlines(newsroom: Newsroom, uuids: tuple[str, ...]) -> dict[str, str]:
    return {uuid: row.headline for uuid, row in newsroom.articles.rows_by_uuid(uuids).items()}
