"""The conflict view: your text and theirs side by side, word by word, and a merge.

It only chooses; the controller saves the choice. Keep mine, take theirs, or save the
merge (ready-made when the edits touched different paragraphs; otherwise each clashing
paragraph and field is settled here: mine, theirs, or both).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.merge import Choice, Side
from newsdesk.services.conflicts import ConflictCase
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.conflict_dialog_form import Ui_ConflictDialog
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

PREVIEW_CHARS = 60
FIELD_NAMES = {
    "headline": QT_TRANSLATE_NOOP("ConflictDialog", "Headline"),
    "standfirst": QT_TRANSLATE_NOOP("ConflictDialog", "Standfirst"),
    "dateline": QT_TRANSLATE_NOOP("ConflictDialog", "Dateline"),
    "byline": QT_TRANSLATE_NOOP("ConflictDialog", "Byline"),
    "credit": QT_TRANSLATE_NOOP("ConflictDialog", "Credit"),
    "section_id": QT_TRANSLATE_NOOP("ConflictDialog", "Section"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Tags"),
    "language": QT_TRANSLATE_NOOP("ConflictDialog", "Language"),
    "comments_open": QT_TRANSLATE_NOOP("ConflictDialog", "Comments open"),
}
"""The story's fields as a clash names them (ArticleEdit's fields but the body)."""


class Resolution(StrEnum):
    MERGED = "merged"
    MINE = "mine"
    THEIRS = "theirs"


def _opening(paragraphs: tuple[str, ...]) -> str:
    text = " ".join(" ".join(paragraphs).split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


class ConflictDialog(FormWidget, QDialog):
    def __init__(self, case: ConflictCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_ConflictDialog())
        self.case = case
        self.resolution: Resolution | None = None
        self.explanation = self.ui.conflictExplanation
        self.diff = self.ui.conflictDiff
        self.merge_box = self.ui.conflictMerge
        self.merge_summary = self.ui.conflictMergeSummary
        self.buttons = self.ui.buttons
        self.diff.side_by_side.setChecked(True)

        # One choice a clash: a paragraph (mine, theirs or both) or a field (mine or theirs).
        self.paragraph_choices = [self._choice(with_both=True) for _ in case.merge.body.conflicts]
        self.field_choices = {
            name: self._choice(with_both=False) for name in case.merge.field_conflicts
        }

        self.save_merged = self._button("saveMerged", Resolution.MERGED)
        self.keep_mine = self._button("keepMine", Resolution.MINE)
        self.take_theirs = self._button("takeTheirs", Resolution.THEIRS)
        self.decide_later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.decide_later.setObjectName("decideLater")
        self.buttons.rejected.connect(self.reject)
        self.save_merged.setDefault(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        case = self.case
        when = case.theirs.updated_at.astimezone().strftime("%H:%M")
        self.explanation.setText(
            self.tr(
                "%1 saved a newer version of “%2” at %3. Your text was not saved over it; "
                "both texts are kept in the story's history whatever you choose."
            )
            .replace("%1", case.their_author)
            .replace("%2", case.theirs.headline or self.tr("this story"))
            .replace("%3", when)
        )
        self.diff.show_comparison(
            case.comparison,
            self.tr("Their version (%1)").replace("%1", case.their_author),
            self.tr("Your version"),
        )
        merge = case.merge
        if merge.clean:
            self.merge_summary.setText(
                self.tr(
                    "Your changes and theirs touch different paragraphs and fields: "
                    "the merge keeps both."
                )
            )
        else:
            count = len(merge.body.conflicts) + len(merge.field_conflicts)
            self.merge_summary.setText(
                self.tr(
                    "%1 place(s) were changed on both sides. Choose what the merge keeps "
                    "for each; everything else is merged."
                ).replace("%1", str(count))
            )
        paragraphs = zip(merge.body.conflicts, self.paragraph_choices, strict=True)
        for number, (conflict, combo) in enumerate(paragraphs, start=1):
            combo.setAccessibleName(self.tr("Clashing paragraph %1").replace("%1", str(number)))
            self._name_choice(
                combo,
                self.tr("Paragraph “%1”:").replace("%1", _opening(conflict.base or conflict.ours)),
            )
        for name, combo in self.field_choices.items():
            label = self.tr(FIELD_NAMES.get(name, name.replace("_", " ").capitalize()))
            combo.setAccessibleName(self.tr("Clashing field %1").replace("%1", label))
            self._name_choice(combo, f"{label}:")
        self.save_merged.setText(self.tr("Save the mer&ge"))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.take_theirs.setText(self.tr("Take &theirs"))
        self.decide_later.setText(self.tr("Decide &later"))

    def _choice(self, *, with_both: bool) -> QComboBox:
        """A row of the merge box: its label and items get their texts in retranslate_ui."""
        combo = QComboBox()
        combo.addItem("", "ours")
        combo.addItem("", "theirs")
        if with_both:
            combo.addItem("", "both")
        label = QLabel()
        label.setBuddy(combo)
        self.ui.conflictChoices.addRow(label, combo)
        return combo

    def _name_choice(self, combo: QComboBox, label: str) -> None:
        shown = self.ui.conflictChoices.labelForField(combo)
        if isinstance(shown, QLabel):
            shown.setText(label)
        combo.setItemText(0, self.tr("Mine"))
        combo.setItemText(1, self.tr("Theirs"))
        if combo.count() > 2:
            combo.setItemText(2, self.tr("Both: mine, then theirs"))

    def _button(self, name: str, resolution: Resolution) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        button.clicked.connect(lambda: self._choose(resolution))
        return button

    def _choose(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def chosen_edit(self) -> ArticleEdit:
        """The text to save for the resolution chosen."""
        if self.resolution is Resolution.MINE:
            return self.case.ours
        if self.resolution is Resolution.THEIRS:
            return self.case.theirs_edit
        body: list[Choice] = [combo.currentData() for combo in self.paragraph_choices]
        fields: dict[str, Side] = {
            name: combo.currentData() for name, combo in self.field_choices.items()
        }
        return self.case.merge.settled(body, fields)

    def reason(self) -> str:
        """The history line the saved choice gets."""
        author = self.case.their_author
        if self.resolution is Resolution.MINE:
            return f"kept own version over {author}'s"
        if self.resolution is Resolution.THEIRS:
            return f"took {author}'s version"
        return f"merged with {author}'s version"
