"""The Checks panel: the copy checks of the open story, re-run as the text changes.

The checks run on the background worker a short pause after typing (only the latest run
reports), so typing never waits for them. A click on a finding goes to its line. Findings
are worded in the interface's language (`finding_words`); a story in a language without
a spelling dictionary is not spelt, and the summary says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.checks import CheckInput, CheckKind, Finding
from newsdesk.domain.checks.spelling import has_dictionary
from newsdesk.domain.entities import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.workflow import may_edit, role_allows
from newsdesk.services.checks import LIST_EDITORS, CheckService
from newsdesk.ui.bidi import isolated
from newsdesk.ui.contrast import readable
from newsdesk.ui.copydesk.finding_marks import apply_replacement, finding_cursor, spelling_marks
from newsdesk.ui.copydesk.finding_words import finding_text
from newsdesk.ui.locale_format import number, separator
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

MIN_CONTROL_WIDTH = 24

CHECK_DELAY_MS = 400
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_LAYER = "spelling"
FIELD_NAMES = {
    "headline": QT_TRANSLATE_NOOP("ChecksPanel", "Headline"),
    "standfirst": QT_TRANSLATE_NOOP("ChecksPanel", "Standfirst"),
    "dateline": QT_TRANSLATE_NOOP("ChecksPanel", "Dateline"),
    "byline": QT_TRANSLATE_NOOP("ChecksPanel", "Byline"),
    "credit": QT_TRANSLATE_NOOP("ChecksPanel", "Credit"),
    "section": QT_TRANSLATE_NOOP("ChecksPanel", "Section"),
    "body": QT_TRANSLATE_NOOP("ChecksPanel", "Body"),
}
"""Where a finding is, when it is not on a line of the body."""
KIND_COLOURS = {
    CheckKind.QUOTES: "#b91c1c",
    CheckKind.BRACKETS: "#b91c1c",
    CheckKind.MISSING_FIELD: "#b45309",
    CheckKind.SPELLING: "#dc2626",
    CheckKind.STYLE: "#7c3aed",
    CheckKind.PICTURE: "#0e7490",
}


def language_name(code: str) -> str:
    """A language as the editor's Language field names it: in itself, with its tag."""
    locale = QLocale(code.replace("-", "_"))
    named = locale.language() != QLocale.Language.C and locale.nativeLanguageName()
    return f"{named} ({code})" if named else code


def run_story_checks(checks: CheckService, story: CheckInput, lines: list[str]) -> list[Finding]:
    """On the worker: join the body's lines there, then run every check."""
    return checks.check(
        CheckInput(
            headline=story.headline,
            standfirst=story.standfirst,
            body="\n".join(lines),
            dateline=story.dateline,
            byline=story.byline,
            credit=story.credit,
            has_section=story.has_section,
            language=story.language,
            article_id=story.article_id,
        )
    )


class ChecksPanel(QWidget):
    counted = Signal(int)
    """How many findings the open story has now (-1: no story)."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanelWidget")
        self._workbench = workbench
        self._article_id: int | None = None
        self._spelt_language = ""
        self.runs = 0

        self.findings = QTreeWidget()
        self.findings.setObjectName("findingList")
        self.findings.setAccessibleName(self.tr("Copy check findings"))
        self.findings.setRootIsDecorated(False)
        self.findings.setAlternatingRowColors(True)
        self.findings.setUniformRowHeights(True)
        self.findings.setHeaderLabels([self.tr("Line"), self.tr("Check"), self.tr("Finding")])
        header = self.findings.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.add_word_button = QPushButton(
            qta.icon("mdi6.book-plus-outline"), self.tr("Add to &word list")
        )
        self.add_word_button.setObjectName("addToWordList")
        self.add_word_button.setToolTip(self.tr("Accept this spelling in every story from now on"))
        self.apply_button = QPushButton(qta.icon("mdi6.auto-fix"), self.tr("A&pply"))
        self.apply_button.setObjectName("applySuggestion")
        self.apply_button.setToolTip(self.tr("Replace the passage with the style list's form"))

        for widget in (self.summary, self.add_word_button, self.apply_button):
            widget.setMinimumWidth(MIN_CONTROL_WIDTH)  # a narrow dock clips, never grows
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_word_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.findings, 1)
        layout.addLayout(buttons)

        self._delay = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._delay.timeout.connect(self.check_now)
        panel = workbench.editor
        panel.body_edited.connect(self._delay.start)
        panel.fields_edited.connect(self._delay.start)
        # Walking the list shows each passage; a click or Enter also moves to the text.
        self.findings.currentItemChanged.connect(
            lambda item, _previous: self.go_to(item, focus=False) if item else None
        )
        self.findings.itemClicked.connect(lambda item, _column: self.go_to(item))
        self.findings.itemActivated.connect(lambda item, _column: self.go_to(item))
        self.findings.itemSelectionChanged.connect(self.update_buttons)
        self.add_word_button.clicked.connect(self.add_to_word_list)
        self.apply_button.clicked.connect(self.apply_suggestion)
        self.update_buttons()

    # ---- running -------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        self._article_id = article.id if article else None
        if article is None:
            self._delay.stop()
            self.findings.clear()
            self.summary.clear()
            self._workbench.editor.editor.set_marks(MARK_LAYER, [])
            self.update_buttons()
            self.counted.emit(-1)
            return
        self.check_now()

    def retranslate_ui(self) -> None:
        """The interface language changed: the findings are listed again in it."""
        self.check_now()

    def check_now(self) -> None:
        self._delay.stop()
        article_id = self._article_id
        if article_id is None:
            return
        panel = self._workbench.editor
        story = CheckInput(
            article_id=article_id,
            headline=panel.headline.text(),
            standfirst=panel.standfirst.toPlainText(),
            dateline=panel.dateline.text(),
            byline=panel.byline.text(),
            credit=panel.credit.text(),
            has_section=panel.section.currentData() is not None,
            language=panel.language_code(),
        )
        checks = self._workbench.newsroom.checks
        spelt = checks.spelling_language or story.language
        self._workbench.tasks.background.submit(
            run_story_checks,
            checks,
            story,
            panel.body_lines(),
            on_done=lambda found: self._show(article_id, found, spelt),
            latest="copy-checks",
        )

    def _show(self, article_id: int, found: list[Finding], spelt: str = "") -> None:
        if article_id != self._article_id:
            return
        self.runs += 1
        self._spelt_language = spelt
        self.findings.clear()
        self.findings.addTopLevelItems([self._item(finding) for finding in found])
        summary = (
            self.tr("No findings")
            if not found
            else self.tr("1 finding")
            if len(found) == 1
            else self.tr("%1 findings").replace("%1", number(len(found)))
        )
        if spelt and not has_dictionary(spelt):
            summary += separator() + self.tr("No spelling dictionary for %1").replace(
                "%1", isolated(language_name(spelt))
            )
        self.summary.setText(summary)
        self.summary.setToolTip(summary)
        editor = self._workbench.editor.editor
        editor.set_marks(MARK_LAYER, spelling_marks(editor.document(), found))
        self.update_buttons()
        self.counted.emit(len(found))

    def _item(self, finding: Finding) -> QTreeWidgetItem:
        field = FIELD_NAMES.get(finding.field, finding.field.capitalize())
        where = number(finding.line) if finding.line else self.tr(field)
        text = finding_text(finding)
        item = QTreeWidgetItem([where, label(finding.kind), text])
        item.setData(0, FINDING_ROLE, finding)
        item.setToolTip(2, text)
        colour = KIND_COLOURS.get(finding.kind)
        if colour:
            item.setForeground(1, readable(colour))
        return item

    def listed(self) -> list[Finding]:
        return [
            item.data(0, FINDING_ROLE)
            for item in map(self.findings.topLevelItem, range(self.findings.topLevelItemCount()))
            if item is not None
        ]

    # ---- acting on a finding -------------------------------------------------------------
    def _current(self) -> Finding | None:
        item = self.findings.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def update_buttons(self) -> None:
        finding = self._current()
        user = self._workbench.newsroom.user
        self.add_word_button.setEnabled(
            finding is not None
            and finding.kind is CheckKind.SPELLING
            and role_allows(user.roles, LIST_EDITORS)
        )
        self.apply_button.setEnabled(
            finding is not None
            and finding.replacement is not None
            and finding.field == "body"
            and may_edit(user)
        )

    def go_to(self, item: QTreeWidgetItem, *, focus: bool = True) -> None:
        finding: Finding = item.data(0, FINDING_ROLE)
        panel = self._workbench.editor
        if finding.field == "body" and finding.line:
            editor = panel.editor
            passage = finding_cursor(editor.document(), finding)
            editor.go_to_line(finding.line - 1)
            if passage is not None:
                editor.select_range(passage.selectionStart(), passage.selectionEnd())
            if focus:
                editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        fields = {
            "headline": panel.headline,
            "standfirst": panel.standfirst,
            "dateline": panel.dateline,
            "byline": panel.byline,
            "credit": panel.credit,
            "section": panel.section,
        }
        widget = fields.get(finding.field)
        if widget is not None and focus:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_to_word_list(self) -> None:
        finding = self._current()
        if finding is None or finding.kind is not CheckKind.SPELLING:
            return
        self._workbench.tasks.saves.submit(
            self._workbench.newsroom.checks.add_word,
            finding.word,
            on_done=self._word_added,
            on_error=self._failed,
        )

    def _word_added(self, word: str) -> None:
        self._workbench.status.showMessage(
            self.tr("“%1” is in the newsroom word list now.").replace("%1", word), 6000
        )
        self.check_now()

    def apply_suggestion(self) -> None:
        finding = self._current()
        if finding is None:
            return
        editor = self._workbench.editor.editor
        if apply_replacement(editor.document(), finding):
            self.check_now()
        else:
            self._workbench.status.showMessage(
                self.tr("The text there has changed; the checks run again."), 6000
            )
            self.check_now()

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, NewsdeskError) else repr(error)
        self._workbench.status.showMessage(message, 12000)
