"""A new plan item, as a planner puts it on the day's budget (the form in
ui/plan_item_dialog.ui): slug, section, pitch, planned words, due time and writer."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from newsdesk.domain.entities import Section, User
from newsdesk.domain.planning import PlanDraft
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.plan_item_dialog_form import Ui_PlanItemDialog


class PlanItemDialog(FormWidget, QDialog):
    def __init__(
        self,
        edition: date,
        sections: list[Section],
        people: list[User],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_PlanItemDialog())
        self.edition = edition
        self.slug = self.ui.planSlug
        self.section = self.ui.planSection
        self.pitch = self.ui.planPitch
        self.words = self.ui.planWords
        self.has_due = self.ui.planHasDue
        self.due = self.ui.planDue
        self.writer = self.ui.planWriter
        self.buttons = self.ui.buttons
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
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.slug.text().strip()))

    def draft(self) -> PlanDraft:
        due = None
        if self.has_due.isChecked():
            clock = self.due.time()
            due = datetime(
                self.edition.year,
                self.edition.month,
                self.edition.day,
                clock.hour(),
                clock.minute(),
            ).astimezone()
        return PlanDraft(
            edition=self.edition,
            slug=self.slug.text(),
            section_id=self.section.currentData(),
            pitch=self.pitch.toPlainText(),
            words_planned=self.words.value() or None,
            due_at=due,
        )

    def writer_id(self) -> int | None:
        value = self.writer.currentData()
        return value if isinstance(value, int) else None
