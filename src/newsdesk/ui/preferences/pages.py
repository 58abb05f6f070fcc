"""The four pages of the Preferences dialog: each shows its settings and reads them back.

Each page is laid out by its form (ui/preferences_<page>_page.ui) and fills in here what
the form cannot know: the choices' values, the dictionaries, the newsroom's lists. Pages
hold no logic beyond their own widgets: the dialog validates, saves and applies.
Newsroom-wide fields can be made read-only with the reason shown above them.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from newsdesk.domain.checks import CheckSettings
from newsdesk.domain.checks.spelling import DICTIONARY_LANGUAGES
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import IntakeRules, word_list
from newsdesk.services.checks import newsroom_word
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.preferences_copy_desk_page_form import Ui_CopyDeskPage
from newsdesk.ui.forms.preferences_general_page_form import Ui_GeneralPage
from newsdesk.ui.forms.preferences_moderation_page_form import Ui_ModerationPage
from newsdesk.ui.forms.preferences_writing_page_form import Ui_WritingPage
from newsdesk.ui.preferences.language import has_translation
from newsdesk.ui.preferences.newsroom_rules import NewsroomRules, StyleRow
from newsdesk.ui.preferences.settings import (
    AUTOSAVE_MAX_MS,
    AUTOSAVE_MIN_MS,
    FONT_MAX_PX,
    FONT_MIN_PX,
    STORY_LANGUAGE,
    UI_LANGUAGES,
    Theme,
)

FONT_SIZES = (12, 14, 16, 18, 20, 22, 24, 28, 32)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def language_name(code: str) -> str:
    """A language's name in English ("French (fr)"), as spelling dictionaries are listed."""
    name = QLocale.languageToString(QLocale(code).language()) or code
    return f"{name} ({code})"


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class NewsroomPage(FormWidget, QWidget):
    """A page whose fields belong to the whole newsroom (kept in its database).

    Its form has a `note` line above the fields: what is being read, why they are read
    only, or what went wrong.
    """

    note: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = False
        self.loaded = False
        self._loading = False

    def editors(self) -> list[QWidget]:
        raise NotImplementedError

    def show_loading(self) -> None:
        self._loading = True
        self.note.setText(self.tr("Reading the newsroom's settings…"))
        for widget in self.editors():
            widget.setEnabled(False)

    def show_problem(self, text: str) -> None:
        self._loading = False
        self.note.setText(text)

    def set_access(self, editable: bool, reason: str) -> None:
        """Editable fields, or read-only ones with `reason` saying why."""
        self.editable = editable
        self.loaded = True
        self._loading = False
        self.note.setText(reason)
        self.note.setVisible(bool(reason))
        for widget in self.editors():
            widget.setEnabled(True)
            self._set_read_only(widget, not editable)

    def retranslate_ui(self) -> None:
        if self._loading:  # the dialog says the rest again (reasons, problems)
            self.note.setText(self.tr("Reading the newsroom's settings…"))

    @staticmethod
    def _set_read_only(widget: QWidget, read_only: bool) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QSpinBox | QDoubleSpinBox):
            widget.setReadOnly(read_only)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if read_only
                else QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        else:
            widget.setEnabled(not read_only)


class GeneralPage(FormWidget, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_GeneralPage())
        self.ui_language = self.ui.uiLanguage
        self.theme = self.ui.theme
        self.font_size = self.ui.previewFontSize
        self.autosave = self.ui.autosaveDelay
        self.wire_folders = self.ui.wireFolders
        for code, own_name in UI_LANGUAGES.items():
            if has_translation(code):  # no half-English "Deutsch" until it is translated
                self.ui_language.addItem(own_name, code)
        themes = (Theme.SYSTEM, Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST)
        for index, theme in enumerate(themes):  # the form lists them in this order
            self.theme.setItemData(index, theme.value)
        for size in FONT_SIZES:
            self.font_size.addItem(str(size))
        self.autosave.setRange(AUTOSAVE_MIN_MS / 1000, AUTOSAVE_MAX_MS / 1000)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.font_size.setToolTip(
            self.tr("The story's body text in the preview, %1 to %2 px")
            .replace("%1", str(FONT_MIN_PX))
            .replace("%2", str(FONT_MAX_PX))
        )

    def show_values(
        self, ui_language: str, theme: Theme, font_px: int, autosave_ms: int, wire_folders: str
    ) -> None:
        _select(self.ui_language, ui_language)
        _select(self.theme, theme.value)
        self.font_size.setCurrentText(str(font_px))
        self.autosave.setValue(autosave_ms / 1000)
        self.wire_folders.setPlainText(wire_folders)

    def autosave_ms(self) -> int:
        return round(self.autosave.value() * 1000)


class WritingPage(NewsroomPage):
    problem = Signal(str)
    """A word the list cannot take, said in a sentence (the dialog shows it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_WritingPage())
        self.note = self.ui.wordListNote
        self.spelling = self.ui.spellingLanguage
        self.words = self.ui.wordList
        self.new_word = self.ui.newWord
        self.add_button = self.ui.addWord
        self.remove_button = self.ui.removeWord
        self.spelling.setItemData(0, STORY_LANGUAGE)  # the form's first choice
        for code in sorted(DICTIONARY_LANGUAGES, key=language_name):
            self.spelling.addItem(language_name(code), code)

        self.add_button.clicked.connect(self.add_word)
        self.new_word.returnPressed.connect(self.add_word)
        self.remove_button.clicked.connect(self.remove_selected)

    def editors(self) -> list[QWidget]:
        return [self.words, self.new_word, self.add_button, self.remove_button]

    def show_words(self, words: tuple[str, ...]) -> None:
        self.words.clear()
        self.words.addItems(list(words))

    def shown_words(self) -> list[str]:
        return [self.words.item(row).text() for row in range(self.words.count())]

    def add_word(self) -> None:
        if not self.editable:
            return
        text = self.new_word.text()
        try:
            key = newsroom_word(text)
        except InvalidInput as error:
            self.problem.emit(self.tr("Word list: %1.").replace("%1", str(error)))
            return
        if not self.words.findItems(key, Qt.MatchFlag.MatchExactly):
            self.words.addItem(key)
        found = self.words.findItems(key, Qt.MatchFlag.MatchExactly)
        self.words.setCurrentItem(found[0])
        self.new_word.clear()

    def remove_selected(self) -> None:
        if not self.editable:
            return
        for item in self.words.selectedItems():
            self.words.takeItem(self.words.row(item))


class CopyDeskPage(NewsroomPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_CopyDeskPage())
        self.note = self.ui.copyDeskNote
        self.sentence_words = self.ui.sentenceWords
        self.headline_characters = self.ui.headlineCharacters
        self.standfirst_characters = self.ui.standfirstCharacters
        self.rules_table = self.ui.styleRules
        self.add_button = self.ui.addRule
        self.remove_button = self.ui.removeRule
        self.rules_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.add_button.clicked.connect(self.add_rule)
        self.remove_button.clicked.connect(self.remove_selected)

    def editors(self) -> list[QWidget]:
        return [
            self.sentence_words,
            self.headline_characters,
            self.standfirst_characters,
            self.rules_table,
            self.add_button,
            self.remove_button,
        ]

    def show_rules(self, rules: NewsroomRules) -> None:
        self.sentence_words.setValue(rules.limits.sentence_words)
        self.headline_characters.setValue(rules.limits.headline_characters)
        self.standfirst_characters.setValue(rules.limits.standfirst_characters)
        self.rules_table.setRowCount(0)
        for rule in rules.style:
            self._append(rule.phrase, rule.replacement, rule.id)

    def _append(self, phrase: str, replacement: str, rule_id: int = 0) -> int:
        row = self.rules_table.rowCount()
        self.rules_table.insertRow(row)
        first = QTableWidgetItem(phrase)
        first.setData(ID_ROLE, rule_id)
        self.rules_table.setItem(row, 0, first)
        self.rules_table.setItem(row, 1, QTableWidgetItem(replacement))
        return row

    def add_rule(self) -> None:
        if not self.editable:
            return
        row = self._append("", "")
        self.rules_table.setCurrentCell(row, 0)
        item = self.rules_table.item(row, 0)
        if item is not None:
            self.rules_table.editItem(item)

    def remove_selected(self) -> None:
        if not self.editable:
            return
        rows = sorted({index.row() for index in self.rules_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.rules_table.removeRow(row)

    def shown_style(self) -> list[StyleRow]:
        rows: list[StyleRow] = []
        for row in range(self.rules_table.rowCount()):
            first, second = self.rules_table.item(row, 0), self.rules_table.item(row, 1)
            phrase = first.text() if first else ""
            replacement = second.text() if second else ""
            rule_id = int(first.data(ID_ROLE) or 0) if first else 0
            if phrase.strip() or replacement.strip() or rule_id:
                rows.append(StyleRow(phrase, replacement, rule_id))
        return rows

    def shown_limits(self) -> CheckSettings:
        return CheckSettings(
            sentence_words=self.sentence_words.value(),
            headline_characters=self.headline_characters.value(),
            standfirst_characters=self.standfirst_characters.value(),
        )


class ModerationPage(NewsroomPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_ModerationPage())
        self.note = self.ui.moderationNote
        self.hold_links = self.ui.holdLinks
        self.moderation_words = self.ui.moderationWords
        self.blocked_words = self.ui.blockedWords
        self.blocked_action = self.ui.blockedAction
        self.auto_approve = self.ui.autoApproveKnown
        self.spam_at = self.ui.learnedSpamAt
        self.hold_at = self.ui.learnedHoldAt
        self.trusted_after = self.ui.trustedAfter
        for index, status in enumerate((CommentStatus.SPAM, CommentStatus.TRASH)):
            self.blocked_action.setItemData(index, status.value)  # the form's order

    def editors(self) -> list[QWidget]:
        return [
            self.hold_links,
            self.moderation_words,
            self.blocked_words,
            self.blocked_action,
            self.auto_approve,
            self.spam_at,
            self.hold_at,
            self.trusted_after,
        ]

    def show_rules(self, rules: IntakeRules) -> None:
        self.hold_links.setValue(rules.hold_links)
        self.moderation_words.setPlainText("\n".join(rules.moderation_words))
        self.blocked_words.setPlainText("\n".join(rules.blocked_words))
        _select(self.blocked_action, rules.blocked_action.value)
        self.auto_approve.setChecked(rules.auto_approve_known)
        self.spam_at.setValue(rules.spam_at)
        self.hold_at.setValue(rules.hold_at)
        self.trusted_after.setValue(rules.trusted_after)

    def shown_rules(self) -> IntakeRules:
        return IntakeRules(
            moderation_words=word_list(self.moderation_words.toPlainText()),
            blocked_words=word_list(self.blocked_words.toPlainText()),
            blocked_action=CommentStatus(self.blocked_action.currentData()),
            hold_links=self.hold_links.value(),
            auto_approve_known=self.auto_approve.isChecked(),
            spam_at=round(self.spam_at.value(), 2),
            hold_at=round(self.hold_at.value(), 2),
            trusted_after=self.trusted_after.value(),
        )
