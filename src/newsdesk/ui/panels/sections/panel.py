"""The Sections dock: the tree under Home, and create, rename, move and delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Section
from newsdesk.services.sections import SectionService
from newsdesk.ui import icons as qta
from newsdesk.ui.panels.sections.tree_widget import SectionTreeWidget
from newsdesk.ui.tasks import TaskRunner


class SectionsPanel(QWidget):
    section_selected = Signal(object)
    """The chosen section's id, or None for Home (every story)."""

    sections_loaded = Signal(list)
    changed = Signal(object)
    """A Changes value after an edit of the tree."""

    def __init__(
        self, sections: SectionService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sections = sections
        self._tasks = tasks
        self.tree = SectionTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Sections"))
        self.new_action = QAction(
            qta.icon("mdi6.folder-plus-outline"), self.tr("New section…"), self
        )
        self.new_action.setShortcut(QKeySequence("Ins"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rename_action = QAction(qta.icon("mdi6.rename-outline"), self.tr("Rename…"), self)
        self.rename_action.setShortcut("F2")
        self.rename_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action = QAction(
            qta.icon("mdi6.delete-outline"), self.tr("Delete section"), self
        )
        self.delete_action.setShortcut("Del")
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toolbar = QToolBar(self)
        toolbar.setIconSize(toolbar.iconSize() * 0.8)
        for action in (self.new_action, self.rename_action, self.delete_action):
            toolbar.addAction(action)
            self.addAction(action)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions([self.new_action, self.rename_action, self.delete_action])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree)

        self.new_action.triggered.connect(self._create)
        self.rename_action.triggered.connect(self._rename)
        self.delete_action.triggered.connect(self._delete)
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.move_requested.connect(self._move)

    def refresh(self) -> None:
        self._tasks.submit(self._sections.tree, on_done=self._loaded, latest="section-tree")

    def _loaded(self, sections: list[Section]) -> None:
        self.tree.populate(sections)
        self._update_actions()
        self.sections_loaded.emit(sections)

    def _selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self.section_selected.emit(self.tree.selected_section_id())

    def _update_actions(self) -> None:
        has_section = self.tree.selected_section_id() is not None
        self.rename_action.setEnabled(has_section)
        self.delete_action.setEnabled(has_section)

    def _run(self, function, *args: object) -> None:  # type: ignore[no-untyped-def]
        self._tasks.submit(function, *args, on_done=self._edited, on_error=self._refused)

    def _edited(self, result: object) -> None:
        self.changed.emit(result if isinstance(result, Changes) else Changes(sections=True))
        self.refresh()

    def _refused(self, error: BaseException) -> None:
        self.refresh()  # a refused move must not stay drawn where it was dropped
        QMessageBox.warning(self, self.tr("Sections"), str(error))

    def _create(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New section"), self.tr("Name:"))
        if ok and name.strip():
            self._run(self._sections.create, name, self.tree.selected_section_id())

    def _rename(self) -> None:
        section_id = self.tree.selected_section_id()
        item = self.tree.currentItem()
        if section_id is None or item is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename section"), self.tr("Name:"), text=item.text(0)
        )
        if ok and name.strip():
            self._run(self._sections.rename, section_id, name)

    def _delete(self) -> None:
        """A section that still holds stories cannot go: that is said first, before any
        question; an empty one is deleted once confirmed."""
        section_id = self.tree.selected_section_id()
        item = self.tree.currentItem()
        if section_id is None or item is None:
            return
        name = item.text(0)
        self._tasks.submit(
            self._sections.held_stories,
            section_id,
            on_done=lambda stories: self._confirm_delete(section_id, name, stories),
            on_error=self._refused,
        )

    def _confirm_delete(self, section_id: int, name: str, stories: int) -> None:
        title = self.tr("Delete section")
        if stories:
            QMessageBox.warning(
                self,
                title,
                self.tr(
                    "“%1” still holds %n story(ies), the trash included: move them to "
                    "another section first.",
                    "",
                    stories,
                ).replace("%1", name),
            )
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr("Delete the section “%s”? Its subsections move up a level.") % name,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self._sections.delete, section_id)

    def _move(self, section_id: int, parent_id: int | None, position: int) -> None:
        self._run(self._sections.move, section_id, parent_id, position)
