"""The Budget panel: the day's plan items, filtered and driven from the keyboard.

In the table: Return opens the item's story (or starts it, for someone on the item),
[ and ] go to the previous and next day, M shows only my assignments, E changes the item
and who is on it, X spikes (planners).
The budget is read on the query worker; the open story's words follow the typing from
the editor's own count, never a query per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.entities import Section, User
from newsdesk.domain.planning import AssignmentRole, PlanChanges, PlanItem, PlanStatus
from newsdesk.services.planning import BudgetPage, PlanQuery, PlanService, StartedStory
from newsdesk.services.planning_export import budget_html, write_budget
from newsdesk.ui.locale_format import number, separator, ui_locale
from newsdesk.ui.naming import named
from newsdesk.ui.planning.budget_model import SCREENFUL, STATUS_NAMES, BudgetModel
from newsdesk.ui.planning.item_dialog import PlanItemDialog

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

KeyHandler = Callable[[], None]
REFRESH_AFTER_MS = 400
"""Changes arriving in a burst (a save, live updates) are read back once."""


def revise_item(
    planning: PlanService,
    item_id: int,
    changes: PlanChanges,
    removed: list[tuple[int, AssignmentRole]],
    writer: int | None,
) -> PlanItem:
    """An item's details, the people taken off and a writer added, as one change
    (on a worker): a refusal of any part writes nothing."""
    return planning.revise(
        item_id,
        changes,
        removed=list(removed),
        added=[(writer, AssignmentRole.WRITER)] if writer is not None else [],
    )


class BudgetTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys: dict[Qt.Key, KeyHandler] = {}
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            handler = self.keys.get(Qt.Key(event.key()))
            if handler is not None:
                event.accept()
                handler()
                return
        super().keyPressEvent(event)


class BudgetPanel(QWidget):
    story_started = Signal(object)
    """A StartedStory: the draft made from an item."""
    opening_story = Signal(int)
    """The id of a story about to open in the editor (the Budget page gives way to it)."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budgetPanelWidget")
        self._workbench = workbench
        self.loads = 0
        self.day = named(QDateEdit(), "budgetDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Edition"))
        self.section = named(QComboBox(), "budgetSection")
        self.section.setAccessibleName(self.tr("Section filter"))
        self.status = named(QComboBox(), "budgetStatus")
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status, name in STATUS_NAMES.items():
            self.status.addItem(QCoreApplication.translate("PlanStatus", name), status.value)
        for combo in (self.section, self.status):  # its choices whole in any language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mine = named(QCheckBox(self.tr("My assignments")), "budgetMine")
        self.new_button = named(QPushButton(self.tr("New item…")), "budgetNew")
        self.new_button.setToolTip(self.tr("Put a new item on this day's budget (planners)"))
        self.new_button.setEnabled(workbench.newsroom.planning.may_plan())
        self.edit_button = named(QPushButton(self.tr("Change…")), "budgetEdit")
        self.edit_button.setToolTip(
            self.tr("Change the item's details and who is on it (planners; E)")
        )
        self.edit_button.setEnabled(workbench.newsroom.planning.may_plan())
        self.export_button = named(QPushButton(self.tr("Export…")), "budgetExport")
        self.export_button.setToolTip(self.tr("Save the day's budget as HTML or CSV"))
        self.print_button = named(QPushButton(self.tr("Print…")), "budgetPrint")
        self.print_button.setToolTip(self.tr("Print the day's budget, or save it as PDF"))
        self.summary = named(QLabel(), "budgetSummary")
        self.empty_hint = named(QLabel(), "budgetEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.hide()
        self.model = BudgetModel(self)
        self.model.more_wanted.connect(self._fetch_more)
        self._planned = 0
        self.table = named(BudgetTable(), "budgetTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Budget"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        filters = QHBoxLayout()
        for widget in (self.day, self.section, self.status, self.mine):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.export_button)
        filters.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.table.keys = {
            Qt.Key.Key_Return: self.open_current,
            Qt.Key.Key_Enter: self.open_current,
            Qt.Key.Key_BracketLeft: lambda: self.move_day(-1),
            Qt.Key.Key_BracketRight: lambda: self.move_day(1),
            Qt.Key.Key_M: self.mine.toggle,
            Qt.Key.Key_X: self.spike_current,
            Qt.Key.Key_E: self._ask_edit,
        }
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(REFRESH_AFTER_MS)
        # A budget put away meanwhile (a story opened from it) is read when it is back.
        self._refresh_soon.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self.day.dateChanged.connect(lambda _day: self.refresh())
        self.section.activated.connect(lambda _index: self.refresh())
        self.status.activated.connect(lambda _index: self.refresh())
        self.mine.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(self._ask_new_item)
        self.edit_button.clicked.connect(self._ask_edit)
        self.export_button.clicked.connect(self._ask_export)
        self.print_button.clicked.connect(self._ask_print)
        self.set_sections([])
        workbench.sections.sections_loaded.connect(self.set_sections)
        self._sections: list[Section] = []

    # ---- reading -------------------------------------------------------------------------
    def query(self) -> PlanQuery:
        picked = self.day.date()
        status = self.status.currentData()
        return PlanQuery(
            edition=date(picked.year(), picked.month(), picked.day()),
            section_id=self.section.currentData(),
            assignee_id=self._workbench.newsroom.user.id if self.mine.isChecked() else None,
            status=PlanStatus(status) if status else None,
        )

    def set_sections(self, sections: list[Section]) -> None:
        self._sections = list(sections)
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(self.tr("All sections"), None)
        for section in sections:
            self.section.addItem(section.name, section.id)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))

    def refresh(self) -> None:
        planning = self._workbench.newsroom.planning
        self._workbench.tasks.queries.submit(
            planning.budget_page, self.query(), SCREENFUL, on_done=self._show, latest="budget"
        )

    def _fetch_more(self, ids: list[int]) -> None:
        """The next screenful, read on the worker as the table scrolls to its end."""
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.planning.items,
            ids,
            on_done=lambda items: self._more(ids, items),
            on_error=self._more_failed,
            latest="budget-more",
        )

    def _more_failed(self, error: BaseException) -> None:
        self.model.more_failed()
        self._failed(error)

    def _more(self, ids: list[int], items: list[PlanItem]) -> None:
        self.model.add_items(ids, items)
        self._summarise()

    def refresh_soon(self) -> None:
        if self.isVisible():
            self._refresh_soon.start()

    def _show(self, page: BudgetPage) -> None:
        current = self.current_item()
        self.model.set_items(page.items, page.ids)
        self._planned = page.words_planned
        self.loads += 1
        row = self.model.row_of(current.id) if current else None
        if page.items:
            self.table.selectRow(row if row is not None else 0)
        self._show_hint(not page.ids)
        self._summarise()

    def _summarise(self) -> None:
        """How many items, and their words (once every row is read; until then, how
        many are shown)."""
        items = self.model.items()
        count = self.tr("%n item(s)", "", len(self.model.ids()))
        if not self.model.complete():
            shown = self.tr("%1 shown, more as you scroll").replace("%1", number(len(items)))
            self.summary.setText(count + separator() + shown)
            return
        actual = sum(self.model.words_shown(item) or 0 for item in items)
        words = self.tr("%1 of %2 words")
        self.summary.setText(
            count
            + separator()
            + words.replace("%1", number(actual)).replace("%2", number(self._planned))
        )

    def _show_hint(self, empty: bool) -> None:
        """An empty day says so, and how to fill it or go to another."""
        self.empty_hint.setVisible(empty)
        if not empty:
            return
        day = ui_locale().toString(self.day.date(), QLocale.FormatType.LongFormat)
        if self._filtered():
            text = self.tr("Nothing on %1 matches these filters.").replace("%1", day)
        else:
            text = self.tr("Nothing is planned for %1 yet.").replace("%1", day)
        if self._workbench.newsroom.planning.may_plan():
            text += " " + self.tr("Put a story on it with “New item…”.")
        text += " " + self.tr("[ and ] go to the previous and next day.")
        self.empty_hint.setText(text)

    def _filtered(self) -> bool:
        return bool(
            self.section.currentData() or self.status.currentData() or self.mine.isChecked()
        )

    def retranslate_ui(self) -> None:
        """The hint and the summary, made of pieces, in the new language and digits."""
        if self.loads:
            self._show_hint(not self.model.ids())
            self._summarise()

    def current_item(self) -> PlanItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    # ---- acting --------------------------------------------------------------------------
    def move_day(self, days: int) -> None:
        self.day.setDate(self.day.date().addDays(days))

    def show_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def open_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.story_id is not None:
            self._open_story(item.story_id)
            return
        planning = self._workbench.newsroom.planning
        self._workbench.tasks.saves.submit(
            planning.start_story,
            item.id,
            on_done=self._started,
            on_error=self._failed,
        )

    def spike_current(self) -> None:
        item = self.current_item()
        planning = self._workbench.newsroom.planning
        if item is None or not planning.may_plan():
            return
        self._workbench.tasks.saves.submit(
            planning.spike, item.id, on_done=lambda _item: self.refresh(), on_error=self._failed
        )

    def _started(self, started: StartedStory) -> None:
        self.story_started.emit(started)
        self.refresh()
        self._open_story(started.article_id)

    # ---- new items -----------------------------------------------------------------------
    def new_item_dialog(self, people: list[User]) -> PlanItemDialog:
        """The dialog for a new item on the shown day; accepted, it is planned (on a worker)."""
        dialog = PlanItemDialog(self.edition(), self._sections, people, self)
        dialog.accepted.connect(lambda: self._plan(dialog))
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def _ask_new_item(self) -> None:
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.users.everyone,
            on_done=lambda people: self.new_item_dialog(people).open(),
            on_error=self._failed,
        )

    def _plan(self, dialog: PlanItemDialog) -> None:
        writer = dialog.writer_id()
        people = [(writer, AssignmentRole.WRITER)] if writer is not None else []
        self._workbench.tasks.saves.submit(
            self._workbench.newsroom.planning.add,
            dialog.draft(),
            people,
            on_done=lambda _item: self.refresh(),
            on_error=self._failed,
        )

    # ---- changing an item ----------------------------------------------------------------
    def edit_item_dialog(self, item: PlanItem, people: list[User]) -> PlanItemDialog:
        """The dialog for `item`; accepted, its changes are made (on a worker)."""
        dialog = PlanItemDialog(item.edition, self._sections, people, self, item=item)
        dialog.accepted.connect(lambda: self._revise(item, dialog))
        dialog.finished.connect(dialog.deleteLater)
        return dialog

    def _ask_edit(self) -> None:
        item = self.current_item()
        if item is None or not self._workbench.newsroom.planning.may_plan():
            return
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.users.everyone,
            on_done=lambda people: self.edit_item_dialog(item, people).open(),
            on_error=self._failed,
        )

    def _revise(self, item: PlanItem, dialog: PlanItemDialog) -> None:
        self._workbench.tasks.saves.submit(
            revise_item,
            self._workbench.newsroom.planning,
            item.id,
            dialog.changes(),
            dialog.removed(),
            dialog.writer_id(),
            on_done=lambda _item: self.refresh(),
            on_error=self._failed,
        )

    # ---- export and print ----------------------------------------------------------------
    def edition(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def export_to(self, path: Path) -> None:
        """Write the shown budget to `path`: CSV for a .csv name, else HTML (on a worker)."""
        form = "csv" if path.suffix.lower() == ".csv" else "html"
        ids, edition = self.model.ids(), self.edition()
        planning = self._workbench.newsroom.planning
        self._workbench.tasks.background.submit(
            lambda: write_budget(planning.items(ids), edition, path, form),
            on_done=lambda count: self.summary.setText(
                self.tr("%1 written").replace("%1", str(path))
            ),
            on_error=self._failed,
        )

    def print_to(self, printer: QPrinter) -> None:
        """The shown budget on `printer` (paper, or a PDF file): every item, the rows
        not read yet read first on the worker."""
        if self.model.complete():
            self._print(printer, self.model.items())
            return
        self._workbench.tasks.queries.submit(
            self._workbench.newsroom.planning.items,
            self.model.ids(),
            on_done=lambda items: self._print(printer, items),
            on_error=self._failed,
        )

    def _print(self, printer: QPrinter, items: list[PlanItem]) -> None:
        page = QTextDocument(self)
        page.setHtml(budget_html(items, self.edition(), datetime.now(UTC)))
        page.print_(printer)

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the budget"),
            f"budget-{self.edition().isoformat()}.html",
            self.tr("Web page (*.html);;Spreadsheet (*.csv)"),
        )
        if name:
            self.export_to(Path(name))

    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def _open_story(self, article_id: int) -> None:
        """The story in the editor, and highlighted in the list once it is there."""
        self.opening_story.emit(article_id)
        self._workbench.story.open(article_id)
        self._workbench.stories.select_article(article_id)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error))
