"""The four pages of the Preferences dialog: each shows its settings and reads them back.

Pages hold no logic beyond their own widgets: the dialog validates, saves and applies.
Newsroom-wide fields can be made read-only with the reason shown above them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.checks import CheckSettings
from newsdesk.domain.checks.spelling import DICTIONARY_LANGUAGES
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.intake import IntakeRules, word_list
from newsdesk.services.checks import newsroom_word
from newsdesk.ui.naming import named
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
Report = Callable[[str], None]


def language_name(code: str) -> str:
    """A language's name in English ("French (fr)"), as spelling dictionaries are listed."""
    name = QLocale.languageToString(QLocale(code).language()) or code
    return f"{name} ({code})"


def _with_note(field: QWidget, note: QLabel) -> QWidget:
    """A field with its explanation right under it (one row of a form)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(note)
    return box


def _note(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _spin(name: str, low: int, high: int, suffix: str) -> QSpinBox:
    spin = named(QSpinBox(), name)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _score(name: str) -> QDoubleSpinBox:
    spin = named(QDoubleSpinBox(), name)
    spin.setRange(0.01, 1.0)
    spin.setDecimals(2)
    spin.setSingleStep(0.05)
    return spin


class NewsroomPage(QWidget):
    """A page whose fields belong to the whole newsroom (kept in its database)."""

    def __init__(self, note_name: str) -> None:
        super().__init__()
        self.note = _note(note_name)
        self.editable = False
        self.loaded = False

    def editors(self) -> list[QWidget]:
        raise NotImplementedError

    def show_loading(self) -> None:
        self.note.setText(self.tr("Reading the newsroom's settings…"))
        for widget in self.editors():
            widget.setEnabled(False)

    def set_access(self, editable: bool, reason: str) -> None:
        """Editable fields, or read-only ones with `reason` saying why."""
        self.editable = editable
        self.loaded = True
        self.note.setText(reason)
        self.note.setVisible(bool(reason))
        for widget in self.editors():
            widget.setEnabled(True)
            self._set_read_only(widget, not editable)

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


class GeneralPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.ui_language = named(QComboBox(), "uiLanguage")
        for code, own_name in UI_LANGUAGES.items():
            if has_translation(code):  # no half-English "Deutsch" until it is translated
                self.ui_language.addItem(own_name, code)
        language_note = _note("uiLanguageNote")
        language_note.setText(
            self.tr("The interface changes language as soon as you press OK or Apply.")
        )
        self.theme = named(QComboBox(), "theme")
        self.theme.addItem(self.tr("Same as the system"), Theme.SYSTEM.value)
        self.theme.addItem(self.tr("Light"), Theme.LIGHT.value)
        self.theme.addItem(self.tr("Dark"), Theme.DARK.value)
        self.theme.addItem(self.tr("High contrast"), Theme.HIGH_CONTRAST.value)
        self.font_size = named(QComboBox(), "previewFontSize")
        self.font_size.setEditable(True)
        self.font_size.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for size in FONT_SIZES:
            self.font_size.addItem(str(size))
        self.font_size.setToolTip(
            self.tr("The story's body text in the preview, %1 to %2 px")
            .replace("%1", str(FONT_MIN_PX))
            .replace("%2", str(FONT_MAX_PX))
        )
        self.autosave = named(QDoubleSpinBox(), "autosaveDelay")
        self.autosave.setRange(AUTOSAVE_MIN_MS / 1000, AUTOSAVE_MAX_MS / 1000)
        self.autosave.setDecimals(1)
        self.autosave.setSingleStep(0.5)
        self.autosave.setSuffix(self.tr(" s"))
        autosave_note = _note("autosaveNote")
        autosave_note.setText(
            self.tr(
                "A story saves itself this long after typing pauses, and at least this often "
                "while typing goes on: a crash loses at most this much typing."
            )
        )

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        language_label = QLabel(self.tr("&Interface language:"))
        language_label.setBuddy(self.ui_language)
        form.addRow(language_label, _with_note(self.ui_language, language_note))
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("Preview &font size (px):"), self.font_size)
        autosave_label = QLabel(self.tr("&Autosave after:"))
        autosave_label.setBuddy(self.autosave)
        form.addRow(autosave_label, _with_note(self.autosave, autosave_note))

    def show_values(self, ui_language: str, theme: Theme, font_px: int, autosave_ms: int) -> None:
        _select(self.ui_language, ui_language)
        _select(self.theme, theme.value)
        self.font_size.setCurrentText(str(font_px))
        self.autosave.setValue(autosave_ms / 1000)

    def autosave_ms(self) -> int:
        return round(self.autosave.value() * 1000)


class WritingPage(NewsroomPage):
    def __init__(self, report: Report) -> None:
        super().__init__("wordListNote")
        self._report = report
        self.spelling = named(QComboBox(), "spellingLanguage")
        self.spelling.addItem(self.tr("Each story's own language"), STORY_LANGUAGE)
        for code in sorted(DICTIONARY_LANGUAGES, key=language_name):
            self.spelling.addItem(language_name(code), code)
        self.words = named(QListWidget(), "wordList")
        self.words.setAccessibleName(self.tr("Newsroom word list"))
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.words.setSortingEnabled(True)
        self.new_word = named(QLineEdit(), "newWord")
        self.new_word.setPlaceholderText(self.tr("A word the spell check should accept"))
        self.new_word.setAccessibleName(self.tr("New word for the word list"))
        self.add_button = named(QPushButton(self.tr("&Add")), "addWord")
        self.remove_button = named(QPushButton(self.tr("&Remove")), "removeWord")

        spelling_form = QFormLayout()
        spelling_form.addRow(self.tr("Check &spelling in:"), self.spelling)
        adding = QHBoxLayout()
        adding.addWidget(self.new_word, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        group = QGroupBox(self.tr("Newsroom word list (accepted in every story)"))
        inner = QVBoxLayout(group)
        inner.addWidget(self.note)
        inner.addWidget(self.words, 1)
        inner.addLayout(adding)
        layout = QVBoxLayout(self)
        layout.addLayout(spelling_form)
        layout.addWidget(group, 1)

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
            self._report(self.tr("Word list: %1.").replace("%1", str(error)))
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
    def __init__(self) -> None:
        super().__init__("copyDeskNote")
        self.sentence_words = _spin("sentenceWords", 5, 500, self.tr(" words"))
        self.headline_characters = _spin("headlineCharacters", 10, 500, self.tr(" characters"))
        self.standfirst_characters = _spin("standfirstCharacters", 20, 5000, self.tr(" characters"))
        self.rules_table = named(QTableWidget(0, 2), "styleRules")
        self.rules_table.setAccessibleName(self.tr("Style list"))
        self.rules_table.setHorizontalHeaderLabels([self.tr("Avoid"), self.tr("Use instead")])
        self.rules_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules_table.verticalHeader().setVisible(False)
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = named(QPushButton(self.tr("Add &rule")), "addRule")
        self.remove_button = named(QPushButton(self.tr("Remo&ve rule")), "removeRule")

        limits = QGroupBox(self.tr("Flag"))
        form = QFormLayout(limits)
        form.addRow(self.tr("Sentences longer than:"), self.sentence_words)
        form.addRow(self.tr("Headlines longer than:"), self.headline_characters)
        form.addRow(self.tr("Standfirsts longer than:"), self.standfirst_characters)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        style_group = QGroupBox(self.tr("Style list (banned or style-guide words)"))
        inner = QVBoxLayout(style_group)
        inner.addWidget(self.rules_table, 1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(limits)
        layout.addWidget(style_group, 1)

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
    def __init__(self) -> None:
        super().__init__("moderationNote")
        self.hold_links = _spin("holdLinks", 1, 100, self.tr(" links or more"))
        self.moderation_words = named(QPlainTextEdit(), "moderationWords")
        self.blocked_words = named(QPlainTextEdit(), "blockedWords")
        for words in (self.moderation_words, self.blocked_words):
            words.setPlaceholderText(self.tr("One word or phrase a line"))
            words.setTabChangesFocus(True)
        self.blocked_action = named(QComboBox(), "blockedAction")
        self.blocked_action.addItem(self.tr("Spam"), CommentStatus.SPAM.value)
        self.blocked_action.addItem(self.tr("Trash"), CommentStatus.TRASH.value)
        self.auto_approve = named(
            QCheckBox(self.tr("Approve comments from authors with an approved comment")),
            "autoApproveKnown",
        )
        self.spam_at = _score("learnedSpamAt")
        self.hold_at = _score("learnedHoldAt")
        self.trusted_after = _spin("trustedAfter", 0, 10_000, self.tr(" approved comments"))
        self.trusted_after.setSpecialValueText(self.tr("Never"))
        learned_note = _note("learnedFilterNote")
        learned_note.setText(
            self.tr(
                "A filter that learns from the moderators' decisions (approved, spam) scores "
                "every comment from 0 to 1. Below the hold score the rules above decide."
            )
        )
        trust_note = _note("trustNote")
        trust_note.setText(
            self.tr(
                "Commenters with this many approved comments and none in spam are approved "
                "without holding."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Hold comments with:"), self.hold_links)
        form.addRow(self.tr("Hold comments containing:"), self.moderation_words)
        form.addRow(self.tr("Block comments containing:"), self.blocked_words)
        form.addRow(self.tr("Blocked comments go to:"), self.blocked_action)
        form.addRow("", self.auto_approve)
        learned = QGroupBox(self.tr("Learned filter and trust"))
        learned_form = QFormLayout(learned)
        learned_form.addRow(learned_note)
        learned_form.addRow(self.tr("Spam from score:"), self.spam_at)
        learned_form.addRow(self.tr("Hold from score:"), self.hold_at)
        trust_label = QLabel(self.tr("Trust commenters after:"))
        trust_label.setBuddy(self.trusted_after)
        learned_form.addRow(trust_label, _with_note(self.trusted_after, trust_note))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form, 1)
        layout.addWidget(learned)

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
