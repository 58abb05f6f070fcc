"""The conflict view: your text and theirs side by side, word by word, and a merge.

It only chooses; the controller saves the choice. Keep mine, take theirs, or save the
merge (ready-made when the edits touched different paragraphs; otherwise each clashing
paragraph and field is settled here: mine, theirs, or both).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.merge import Choice, Side
from newsdesk.services.conflicts import ConflictCase
from newsdesk.ui.copydesk.diff_view import DiffView
from newsdesk.ui.naming import named
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


class ConflictDialog(QDialog):
    def __init__(self, case: ConflictCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("The story changed while you were editing"))
        self.case = case
        self.resolution: Resolution | None = None
        merge = case.merge

        when = case.theirs.updated_at.astimezone().strftime("%H:%M")
        self.explanation = named(QLabel(), "conflictExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr(
                "%1 saved a newer version of “%2” at %3. Your text was not saved over it; "
                "both texts are kept in the story's history whatever you choose."
            )
            .replace("%1", case.their_author)
            .replace("%2", case.theirs.headline or self.tr("this story"))
            .replace("%3", when)
        )
        self.diff = named(DiffView(), "conflictDiff")
        self.diff.side_by_side.setChecked(True)
        self.diff.show_comparison(
            case.comparison,
            self.tr("Their version (%1)").replace("%1", case.their_author),
            self.tr("Your version"),
        )

        self.merge_box = named(QGroupBox(self.tr("Merge")), "conflictMerge")
        merge_layout = QVBoxLayout(self.merge_box)
        self.merge_summary = named(QLabel(), "conflictMergeSummary")
        self.merge_summary.setWordWrap(True)
        merge_layout.addWidget(self.merge_summary)
        self.paragraph_choices: list[QComboBox] = []
        self.field_choices: dict[str, QComboBox] = {}
        choices = QFormLayout()
        for number, conflict in enumerate(merge.body.conflicts, start=1):
            combo = self._choice_combo(with_both=True)
            combo.setAccessibleName(self.tr("Clashing paragraph %1").replace("%1", str(number)))
            choices.addRow(
                self.tr("Paragraph “%1”:").replace("%1", _opening(conflict.base or conflict.ours)),
                combo,
            )
            self.paragraph_choices.append(combo)
        for name in merge.field_conflicts:
            combo = self._choice_combo(with_both=False)
            label = self.tr(FIELD_NAMES.get(name, name.replace("_", " ").capitalize()))
            combo.setAccessibleName(self.tr("Clashing field %1").replace("%1", label))
            choices.addRow(f"{label}:", combo)
            self.field_choices[name] = combo
        merge_layout.addLayout(choices)
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

        self.buttons = QDialogButtonBox()
        self.save_merged = self._button(self.tr("Save the &merge"), "saveMerged", Resolution.MERGED)
        self.keep_mine = self._button(self.tr("Keep &mine"), "keepMine", Resolution.MINE)
        self.take_theirs = self._button(self.tr("Take &theirs"), "takeTheirs", Resolution.THEIRS)
        later = self.buttons.addButton(
            self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        later.setObjectName("decideLater")
        self.buttons.rejected.connect(self.reject)
        self.save_merged.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.merge_box)
        layout.addWidget(self.buttons)
        self.resize(980, 680)

    def _choice_combo(self, *, with_both: bool) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Mine"), "ours")
        combo.addItem(self.tr("Theirs"), "theirs")
        if with_both:
            combo.addItem(self.tr("Both: mine, then theirs"), "both")
        return combo

    def _button(self, text: str, name: str, resolution: Resolution) -> QPushButton:
        button = named(QPushButton(text), name)
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
