"""The conflict view: what they changed and what you changed, each from the version you
both started from, and the merge; then a choice.

It only chooses; the controller saves the choice. Keep mine, take theirs, or save the
merge: ready-made where the changes touch different places; where both changed one
place differently, that place is settled here (mine, theirs, both, or written by hand).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from newsdesk.domain.diff import diff_words
from newsdesk.domain.entities import EDIT_FIELDS, ArticleEdit
from newsdesk.domain.merge import Change, FieldSettlement, Settlement, Stretch, join_paragraphs
from newsdesk.domain.three_way import COMPARED_FIELDS
from newsdesk.services.conflicts import ConflictCase
from newsdesk.ui.conflict.columns_html import (
    ColumnWords,
    Heading,
    Line,
    Row,
    Untouched,
    columns_html,
)
from newsdesk.ui.conflict.place import BY_HAND, ConflictPlace
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.conflict_dialog_form import Ui_ConflictDialog
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

PREVIEW_CHARS = 60
FIELD_NAMES = {
    "headline": QT_TRANSLATE_NOOP("ConflictDialog", "Headline"),
    "standfirst": QT_TRANSLATE_NOOP("ConflictDialog", "Standfirst"),
    "body": QT_TRANSLATE_NOOP("ConflictDialog", "Body"),
    "dateline": QT_TRANSLATE_NOOP("ConflictDialog", "Dateline"),
    "byline": QT_TRANSLATE_NOOP("ConflictDialog", "Byline"),
    "credit": QT_TRANSLATE_NOOP("ConflictDialog", "Credit"),
    "section_id": QT_TRANSLATE_NOOP("ConflictDialog", "Section"),
    "tags": QT_TRANSLATE_NOOP("ConflictDialog", "Tags"),
    "language": QT_TRANSLATE_NOOP("ConflictDialog", "Language"),
    "comments_open": QT_TRANSLATE_NOOP("ConflictDialog", "Comments open"),
    "embargoed_until": QT_TRANSLATE_NOOP("ConflictDialog", "Embargoed until"),
}
"""The story's fields as the view names them (ArticleEdit's fields)."""
REDRAW_AFTER_MS = 300
"""The columns follow a place written by hand once typing pauses."""
ISOLATE, END_ISOLATE = "\u2068", "\u2069"
"""Around a name or headline in a sentence, so its direction does not upset the sentence's."""


class Resolution(StrEnum):
    MERGED = "merged"
    MINE = "mine"
    THEIRS = "theirs"


def _opening(paragraphs: tuple[str, ...]) -> str:
    text = " ".join(" ".join(paragraphs).split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def _shown(paragraphs: tuple[str, ...]) -> str:
    """Paragraphs as one text to read or edit (no blank lines after the last)."""
    return join_paragraphs(paragraphs).rstrip()


def _isolated(text: str) -> str:
    return f"{ISOLATE}{text}{END_ISOLATE}"


class ConflictDialog(FormWidget, QDialog):
    def __init__(self, case: ConflictCase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_ConflictDialog())
        self.case = case
        self.resolution: Resolution | None = None
        self.explanation = self.ui.conflictExplanation
        self.changes_view = self.ui.conflictChanges
        self.merge_box = self.ui.conflictMerge
        self.merge_summary = self.ui.conflictMergeSummary
        self.buttons = self.ui.buttons

        # One place to settle for each paragraph or field both changed differently, in
        # the order the columns show them.
        self.paragraph_places: list[ConflictPlace] = []
        self.field_places: dict[str, ConflictPlace] = {}
        self.places: list[ConflictPlace] = []
        self._place_of_stretch: dict[int, ConflictPlace] = {}
        for name in EDIT_FIELDS:
            if name == "body":
                for index, stretch in enumerate(case.merge.body.stretches):
                    if stretch.is_conflict:
                        place = self._add_place(self._paragraph_texts(stretch), "paragraph")
                        self.paragraph_places.append(place)
                        self._place_of_stretch[index] = place
            elif name in case.merge.field_conflicts:
                editor = None if name not in COMPARED_FIELDS else "line"
                if name == "standfirst":
                    editor = "paragraph"
                place = self._add_place(self._field_texts(name), editor)
                self.field_places[name] = place
        self.paragraph_choices = [place.choice for place in self.paragraph_places]
        self.paragraph_editors = [place.editor for place in self.paragraph_places]
        self.field_choices = {name: place.choice for name, place in self.field_places.items()}
        self.ui.conflictPlacesScroll.setVisible(bool(self.places))
        self.ui.conflictSplitter.setStretchFactor(0, 3)
        self.ui.conflictSplitter.setStretchFactor(1, 2 if self.places else 0)

        self.save_merged = self._button("saveMerged", Resolution.MERGED)
        self.keep_mine = self._button("keepMine", Resolution.MINE)
        self.take_theirs = self._button("takeTheirs", Resolution.THEIRS)
        self.decide_later = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.decide_later.setObjectName("decideLater")
        self.buttons.rejected.connect(self.reject)
        self.save_merged.setDefault(True)

        self._redraw = QTimer(self, singleShot=True, interval=REDRAW_AFTER_MS)
        self._redraw.timeout.connect(self.show_changes)
        for place in self.places:
            place.changed.connect(self._redraw.start)
        self.retranslate_ui()

    # ---- the places to settle ----------------------------------------------------------
    def _add_place(self, texts: dict[str, str], editor: str | None) -> ConflictPlace:
        place = ConflictPlace(texts, editor)
        label = QLabel()
        label.setBuddy(place.choice)
        self.ui.conflictChoices.addRow(label, place)
        self.places.append(place)
        return place

    def _paragraph_texts(self, stretch: Stretch) -> dict[str, str]:
        return {
            "ours": _shown(stretch.ours),
            "theirs": _shown(stretch.theirs),
            "both": _shown((*stretch.ours, *stretch.theirs)),
        }

    def _field_texts(self, name: str) -> dict[str, str]:
        return {
            side: self._worded(name, getattr(edit, name))
            for side, edit in (("ours", self.case.ours), ("theirs", self.case.theirs_edit))
        }

    def _worded(self, name: str, value: object) -> str:
        """A field's value as the view shows it."""
        if name == "section_id":
            if not isinstance(value, int):
                return self.tr("(no section)")
            return self.case.section_names.get(value, f"#{value}")
        if name == "tags" and isinstance(value, tuple):
            return ", ".join(value) if value else self.tr("(no tags)")
        if name == "comments_open":
            return self.tr("Open") if value else self.tr("Closed")
        if name == "embargoed_until":
            if not isinstance(value, datetime):
                return self.tr("(no embargo)")
            return value.astimezone().strftime("%Y-%m-%d %H:%M %Z")
        return str(value)

    # ---- texts -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        case = self.case
        when = case.theirs.updated_at.astimezone().strftime("%H:%M")
        self.explanation.setText(
            self.tr(
                "%1 saved a newer version of “%2” at %3. Your text was not saved over it; "
                "both texts are kept in the story's history whatever you choose."
            )
            .replace("%1", _isolated(case.their_author))
            .replace("%2", _isolated(case.theirs.headline or self.tr("this story")))
            .replace("%3", when)
        )
        if case.merge.clean:
            self.merge_summary.setText(
                self.tr(
                    "Your changes and theirs touch different paragraphs and fields: "
                    "the merge keeps both."
                )
            )
        else:
            self.merge_summary.setText(
                self.tr(
                    "%n place(s) changed on both sides. Choose what the merge keeps for "
                    "each, or write it yourself; everything else is merged.",
                    "",
                    len(self.places),
                )
            )
        for number, place in enumerate(self.paragraph_places, start=1):
            stretch = case.merge.body.conflicts[number - 1]
            opening = _opening(stretch.base or stretch.ours or stretch.theirs)
            self._name_place(
                place,
                self.tr("Body: “%1”").replace("%1", _isolated(opening)),
                self.tr("Clashing paragraph %1").replace("%1", str(number)),
            )
        for name, place in self.field_places.items():
            label = self._field_name(name)
            self._name_place(place, label, self.tr("Clashing field %1").replace("%1", label))
        self.save_merged.setText(self.tr("&Save the merge"))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.take_theirs.setText(self.tr("Take &theirs"))
        self.decide_later.setText(self.tr("Decide &later"))
        self.show_changes()

    def _field_name(self, name: str) -> str:
        return self.tr(FIELD_NAMES.get(name, name.replace("_", " ").capitalize()))

    def _name_place(self, place: ConflictPlace, label: str, accessible: str) -> None:
        number = str(self.places.index(place) + 1)
        shown = self.ui.conflictChoices.labelForField(place)
        if isinstance(shown, QLabel):
            shown.setText(self.tr("%1 (%2)").replace("%1", label).replace("%2", number))
        place.retranslate_ui(self._choice_names(place), accessible)

    def _choice_names(self, place: ConflictPlace) -> dict[str, str]:
        names = {
            "ours": self.tr("Mine"),
            "theirs": self.tr("Theirs"),
            "both": self.tr("Both: mine, then theirs"),
            BY_HAND: self.tr("Written by hand"),
        }
        if place.editor is None:  # a value: say which
            for side in ("ours", "theirs"):
                names[side] = f"{names[side]}: {place.texts[side]}"
        return names

    # ---- the columns -------------------------------------------------------------------
    def show_changes(self) -> None:
        """Draw the three columns, the merge as the places are settled now."""
        palette = self.changes_view.palette()
        muted = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        words = ColumnWords(
            theirs=self.tr("What %1 changed").replace("%1", _isolated(self.case.their_author)),
            ours=self.tr("What you changed"),
            merge=self.tr("The merge"),
            legend_added=self.tr("added"),
            legend_removed=self.tr("removed"),
            legend=self.tr("Each side is compared with the version you both started from."),
        )
        scroll = self.changes_view.verticalScrollBar()
        at = scroll.value()
        self.changes_view.setHtml(
            columns_html(
                self._lines(),
                words,
                muted=muted.name(),
                right_to_left=self.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            )
        )
        scroll.setValue(at)

    def _lines(self) -> list[Line]:
        lines: list[Line] = []
        for name in EDIT_FIELDS:
            if name == "body":
                lines += self._body_lines()
            elif self.case.merge.field_change(name) is not Change.UNCHANGED:
                lines.append(Heading(self._field_name(name)))
                lines.append(self._field_row(name))
        return lines

    def _body_lines(self) -> list[Line]:
        stretches = self.case.merge.body.stretches
        if all(stretch.change is Change.UNCHANGED for stretch in stretches):
            return []
        lines: list[Line] = [Heading(self._field_name("body"))]
        for index, (stretch, changes) in enumerate(
            zip(stretches, self.case.changes.body, strict=True)
        ):
            if stretch.change is Change.UNCHANGED:
                lines.append(Untouched(_shown(stretch.merged())))
                continue
            place = self._place_of_stretch.get(index)
            merged = place.text() if place else _shown(stretch.merged())
            lines.append(Row(changes.theirs, changes.ours, merged, self._to_settle(place)))
        return lines

    def _field_row(self, name: str) -> Row:
        place = self.field_places.get(name)
        merge = self.case.merge
        if name in COMPARED_FIELDS:
            changes = self.case.changes.fields[name]
            theirs, ours = changes.theirs, changes.ours
        else:
            base, mine, other = (
                self._worded(name, getattr(edit, name))
                for edit in (merge.base, merge.ours, merge.theirs)
            )
            theirs, ours = diff_words(base, other), diff_words(base, mine)
        merged = place.text() if place else self._worded(name, merge.field_value(name))
        return Row(theirs, ours, merged, self._to_settle(place))

    def _to_settle(self, place: ConflictPlace | None) -> str:
        if place is None:
            return ""
        chosen = self._choice_names(place)[place.chosen()]
        return (
            self.tr("Changed on both sides (%1): %2")
            .replace("%1", str(self.places.index(place) + 1))
            .replace("%2", chosen)
        )

    # ---- the choice --------------------------------------------------------------------
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
        body: list[Settlement] = [place.settlement() for place in self.paragraph_places]
        fields: dict[str, FieldSettlement] = {
            name: place.field_settlement() for name, place in self.field_places.items()
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
