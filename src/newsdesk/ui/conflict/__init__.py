"""Save conflicts in the main window: when an autosave meets a newer version, the
conflict view opens; the writer's choice is saved and the editor follows it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.errors import VersionConflict
from newsdesk.services.conflicts import ConflictCase
from newsdesk.ui.conflict.dialog import ConflictDialog

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench


@dataclass(frozen=True, slots=True)
class _Pending:
    article_id: int
    base: ArticleEdit
    base_version: int


class ConflictController(QObject):
    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._pending: _Pending | None = None
        self.dialog: ConflictDialog | None = None
        self.resolve_action = QAction(self.tr("Resolve save &conflict…"), workbench)
        self.resolve_action.setObjectName("resolveConflict")
        self.resolve_action.setEnabled(False)
        self.resolve_action.triggered.connect(self.reopen)
        workbench.menus.story.addSeparator()
        workbench.menus.story.addAction(self.resolve_action)
        workbench.story.autosave.conflicted.connect(self.open_case)
        workbench.story.article_opened.connect(self._article_opened)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def open_case(
        self,
        article_id: int,
        base: ArticleEdit,
        base_version: int,
        ours: ArticleEdit | None = None,
    ) -> None:
        """Keep our text (the editor's, unless given) in the history and show it against
        the newer version."""
        self._pending = _Pending(article_id, base, base_version)
        self.resolve_action.setEnabled(True)
        if ours is None:
            ours = self._workbench.editor.current_edit()
        self._workbench.tasks.saves.submit(
            self._workbench.newsroom.conflicts.open_case,
            article_id,
            ours,
            base,
            base_version,
            on_done=self._show,
            on_error=self._report,
        )

    def reopen(self) -> None:
        if self._pending is not None and self.dialog is None:
            pending = self._pending
            self.open_case(pending.article_id, pending.base, pending.base_version)

    def _show(self, case: ConflictCase) -> None:
        current = self._workbench.story.article
        if current is None or current.id != case.article_id or self.dialog is not None:
            return
        dialog = self.dialog = ConflictDialog(case, self._workbench.host)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda result: self._decided(dialog, result))
        dialog.open()

    def _decided(self, dialog: ConflictDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            self._workbench.status.showMessage(
                self.tr(
                    "Not saved: a newer version exists. Story ▸ Resolve save conflict… "
                    "to choose what to keep."
                ),
                15000,
            )
            return
        case, chosen, reason = dialog.case, dialog.chosen_edit(), dialog.reason()
        self._workbench.tasks.saves.submit(
            self._workbench.newsroom.conflicts.resolve,
            case,
            chosen,
            reason,
            on_done=self._resolved,
            on_error=lambda error: self._resolve_failed(case, chosen, error),
        )

    def _resolved(self, article: Article) -> None:
        self._pending = None
        self.resolve_action.setEnabled(False)
        self._workbench.story.show_article(article)
        self._workbench.apply_changes(Changes(articles=frozenset({article.id}), article_list=True))
        self._workbench.status.showMessage(self.tr("Saved."), 8000)

    def _resolve_failed(
        self, case: ConflictCase, chosen: ArticleEdit, error: BaseException
    ) -> None:
        if isinstance(error, VersionConflict):  # it moved on again: compare with the newest
            self.open_case(case.article_id, case.theirs_edit, case.theirs.version, chosen)
            return
        self._report(error)

    def _report(self, error: BaseException) -> None:
        self._workbench.status.showMessage(
            self.tr("The conflict could not be resolved: %1").replace("%1", str(error)),
            15000,
        )

    def _article_opened(self, article: Article | None) -> None:
        if self._pending is not None and (
            article is None or article.id != self._pending.article_id
        ):
            self._pending = None  # the writer's text is already in that story's history
            self.resolve_action.setEnabled(False)


def install(workbench: Workbench) -> None:
    workbench.features.add(ConflictController(workbench))
