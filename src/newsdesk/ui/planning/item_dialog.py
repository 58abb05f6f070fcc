"""A plan item as a planner puts it on the day's budget or changes it (the form in
ui/plan_item_dialog.ui): slug, section, pitch, planned words, due time, priority and the
writer; an item already planned shows who is on it, each to keep or take off."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from newsdesk.domain.entities import Section, User
from newsdesk.domain.planning import (
    MAX_PRIORITY,
    AssignmentRole,
    PlanChanges,
    PlanDraft,
    PlanItem,
)
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.plan_item_dialog_form import Ui_PlanItemDialog
from newsdesk.ui.naming import named
from newsdesk.ui.planning.budget_model import ROLE_NAMES

PERSON_ROLE = Qt.ItemDataRole.UserRole


class PlanItemDialog(FormWidget, QDialog):
    def __init__(
        self,
        edition: date,
        sections: list[Section],
        people: list[User],
        parent: QWidget | None = None,
        item: PlanItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_PlanItemDialog())
        self.edition = edition
        self.item = item
        self.slug = self.ui.planSlug
        self.section = self.ui.planSection
        self.pitch = self.ui.planPitch
        self.words = self.ui.planWords
        self.has_due = self.ui.planHasDue
        self.due = self.ui.planDue
        self.writer = self.ui.planWriter
        self.buttons = self.ui.buttons
        self.priority = named(QSpinBox(), "planPriority")
        self.priority.setRange(-MAX_PRIORITY, MAX_PRIORITY)
        self.priority_label = QLabel()
        self.priority_label.setBuddy(self.priority)
        self.ui.fields.insertRow(5, self.priority_label, self.priority)
        self.assignees = named(QListWidget(), "planAssignees")
        self.assignees.setMaximumHeight(96)
        self.assignees_label = QLabel()
        self.assignees_label.setBuddy(self.assignees)
        if item is not None:
            self.ui.fields.addRow(self.assignees_label, self.assignees)
        self.section.addItem(self.tr("(no section)"), None)
        for section in sections:
            self.section.addItem(section.name, section.id)
        self.writer.addItem(self.tr("(nobody yet)"), None)
        for person in people:
            self.writer.addItem(person.display_name, person.id)
        self.due.setTime(QTime(17, 0))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.slug.textChanged.connect(lambda _text: self._update_ok())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._filled: PlanDraft | None = None
        if item is not None:
            self._fill(item)
            self._filled = self.draft()
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.priority_label.setText(self.tr("Priority"))
        self.priority.setAccessibleName(self.tr("Priority"))
        self.priority.setToolTip(self.tr("Higher comes first among items due at the same time"))
        if self.item is not None:
            self.setWindowTitle(self.tr("Change plan item"))
            self.ui.planWriterLabel.setText(self.tr("Add a writer"))
            self.assignees_label.setText(self.tr("On it"))
            self.assignees.setAccessibleName(self.tr("People on the item: untick to take off"))
            self.assignees.setToolTip(self.tr("Untick someone to take them off the item"))
            for row in range(self.assignees.count()):
                entry = self.assignees.item(row)
                _user, role, name = entry.data(PERSON_ROLE)
                entry.setText(self._person_text(name, AssignmentRole(role)))

    @staticmethod
    def _person_text(name: str, role: AssignmentRole) -> str:
        return f"{name} ({QCoreApplication.translate('AssignmentRole', ROLE_NAMES[role])})"

    def _fill(self, item: PlanItem) -> None:
        self.slug.setText(item.slug)
        if item.section_id is not None and self.section.findData(item.section_id) < 0:
            # a section not among those read (a new one): kept, not cleared on saving
            self.section.addItem(item.section_name or str(item.section_id), item.section_id)
        self.section.setCurrentIndex(max(0, self.section.findData(item.section_id)))
        self.pitch.setPlainText(item.pitch)
        self.words.setValue(item.words_planned or 0)
        self.priority.setValue(item.priority)
        self.has_due.setChecked(item.due_at is not None)
        if item.due_at is not None:
            local = item.due_at.astimezone()
            self.due.setTime(QTime(local.hour, local.minute))
        for person in item.assignees:
            entry = QListWidgetItem()
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            entry.setData(PERSON_ROLE, (person.user_id, person.role.value, person.name))
            self.assignees.addItem(entry)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.slug.text().strip()))

    def _due(self) -> datetime | None:
        if not self.has_due.isChecked():
            return None
        clock = self.due.time()
        return datetime(
            self.edition.year,
            self.edition.month,
            self.edition.day,
            clock.hour(),
            clock.minute(),
        ).astimezone()

    def draft(self) -> PlanDraft:
        return PlanDraft(
            edition=self.edition,
            slug=self.slug.text(),
            section_id=self.section.currentData(),
            pitch=self.pitch.toPlainText(),
            words_planned=self.words.value() or None,
            due_at=self._due(),
            priority=self.priority.value(),
        )

    def changes(self) -> PlanChanges:
        """Only the details changed in the dialog (an item being changed): what was not
        touched is left as the newsroom has it now, not as it was when the dialog opened."""
        draft, filled = self.draft(), self._filled
        names = ("slug", "pitch", "words_planned", "due_at", "section_id", "priority")
        given = {
            name: getattr(draft, name)
            for name in names
            if filled is None or getattr(draft, name) != getattr(filled, name)
        }
        return PlanChanges(**given)  # type: ignore[arg-type]

    def removed(self) -> list[tuple[int, AssignmentRole]]:
        """The people unticked: to take off the item, each in that role."""
        gone = []
        for row in range(self.assignees.count()):
            entry = self.assignees.item(row)
            if entry.checkState() != Qt.CheckState.Checked:
                user_id, role, _name = entry.data(PERSON_ROLE)
                gone.append((int(user_id), AssignmentRole(role)))
        return gone

    def writer_id(self) -> int | None:
        value = self.writer.currentData()
        return value if isinstance(value, int) else None
