"""The Checks panel: the copy checks of the open story, re-run as the text changes.

The checks run on the background worker a short pause after typing (only the latest run
reports), so typing never waits for them. A click on a finding goes to its line. Findings
are worded in the interface's language (`finding_words`); a story in a language without
a spelling dictionary is not spelt, and the summary says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.checks import BodyMemo, CheckInput, CheckKind, Finding
from newsdesk.domain.checks.findings_index import FindingsByLine, index_spelling
from newsdesk.domain.checks.spelling import has_dictionary
from newsdesk.domain.entities import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.workflow import may_edit, role_allows
from newsdesk.services.checks import LIST_EDITORS, CheckService
from newsdesk.ui import icons as qta
from newsdesk.ui.bidi import isolated
from newsdesk.ui.copydesk.finding_marks import apply_replacement, finding_cursor, spelling_marks
from newsdesk.ui.copydesk.findings_model import FINDING_ROLE, FindingsModel
from newsdesk.ui.locale_format import number, separator

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

MIN_CONTROL_WIDTH = 24

CHECK_DELAY_MS = 400
MARK_LAYER = "spelling"
MARK_MARGIN_LINES = 40
"""Lines above and below the view that are underlined too, so a short scroll finds them."""


def language_name(code: str) -> str:
    """A language as the editor's Language field names it: in itself, with its tag."""
    locale = QLocale(code.replace("-", "_"))
    named = locale.language() != QLocale.Language.C and locale.nativeLanguageName()
    return f"{named} ({code})" if named else code


def run_story_checks(
    checks: CheckService,
    story: CheckInput,
    lines: list[str],
    memo: BodyMemo,
    open_notes: Callable[[int], tuple[str, ...]] | None = None,
) -> tuple[list[Finding], FindingsByLine]:
    """On the worker: join the body's lines there, read the story's open notes (where a
    desk writes "embargoed till six"), run every check (the paragraphs that changed
    since the last run), index the misspellings."""
    notes = story.notes
    if open_notes is not None and story.article_id:
        notes = open_notes(story.article_id)
    found = checks.check(
        CheckInput(
            headline=story.headline,
            standfirst=story.standfirst,
            body="\n".join(lines),
            dateline=story.dateline,
            byline=story.byline,
            credit=story.credit,
            has_section=story.has_section,
            language=story.language,
            embargoed_until=story.embargoed_until,
            notes=notes,
            article_id=story.article_id,
        ),
        memo,
    )
    return found, index_spelling(found)


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
        self._spelling: FindingsByLine = FindingsByLine()
        self._memo = BodyMemo()  # used on the background worker only

        self.model = FindingsModel(self)
        self.findings = QTreeView()
        self.findings.setObjectName("findingList")
        self.findings.setAccessibleName(self.tr("Copy check findings"))
        self.findings.setRootIsDecorated(False)
        self.findings.setItemsExpandable(False)
        self.findings.setAlternatingRowColors(True)
        self.findings.setUniformRowHeights(True)
        self.findings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findings.setModel(self.model)
        header = self.findings.header()
        header.setStretchLastSection(True)
        # Sized to the rows in view, not to every row (ResizeToContents measures them all).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
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
        # A note added or resolved on the open story (its notes are read with the checks).
        workbench.changes_applied.connect(
            lambda changes: (
                self._delay.start()
                if self._article_id is not None and self._article_id in changes.articles
                else None
            )
        )
        # Underlines are made for the lines in view only: again when the view moves.
        self._marks_soon = QTimer(self, singleShot=True, interval=0)
        self._marks_soon.timeout.connect(self._mark_visible)
        editor = panel.editor
        editor.verticalScrollBar().valueChanged.connect(self._marks_soon.start)
        editor.document().blockCountChanged.connect(self._marks_soon.start)
        # Walking the list shows each passage; a click or Enter also moves to the text.
        selection = self.findings.selectionModel()
        selection.currentRowChanged.connect(
            lambda index, _previous: self.go_to(index, focus=False) if index.isValid() else None
        )
        self.findings.clicked.connect(self.go_to)
        self.findings.activated.connect(self.go_to)
        selection.selectionChanged.connect(self.update_buttons)
        self.add_word_button.clicked.connect(self.add_to_word_list)
        self.apply_button.clicked.connect(self.apply_suggestion)
        self.update_buttons()

    # ---- running -------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        self._article_id = article.id if article else None
        if article is None:
            self._delay.stop()
            self.model.set_findings([])
            self._spelling = FindingsByLine()
            self.summary.clear()
            self._workbench.editor.editor.set_marks(MARK_LAYER, [])
            self.update_buttons()
            self.counted.emit(-1)
            return
        self.check_now()

    def retranslate_ui(self) -> None:
        """The interface language changed: the findings are listed again in it."""
        self.model.retranslate()
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
            embargoed_until=panel.embargo_field.moment(),
        )
        checks = self._workbench.newsroom.checks
        spelt = checks.spelling_language or story.language
        self._workbench.tasks.background.submit(
            run_story_checks,
            checks,
            story,
            panel.body_lines(),
            self._memo,
            self._workbench.newsroom.notes.open_bodies,
            on_done=lambda result: self._show(article_id, result[0], result[1], spelt),
            latest="copy-checks",
        )

    def _show(
        self, article_id: int, found: list[Finding], spelling: FindingsByLine, spelt: str = ""
    ) -> None:
        if article_id != self._article_id:
            return
        self.runs += 1
        self._spelt_language = spelt
        self.model.set_findings(found)
        self._spelling = spelling
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
        self._mark_visible()
        self.update_buttons()
        self.counted.emit(len(found))

    def _mark_visible(self) -> None:
        """Underline the misspellings on the lines in view (and a margin around them)."""
        editor = self._workbench.editor.editor
        first, last = editor.visible_lines()
        shown = self._spelling.between(first - MARK_MARGIN_LINES, last + MARK_MARGIN_LINES)
        editor.set_marks(MARK_LAYER, spelling_marks(editor.document(), shown))

    def listed(self) -> list[Finding]:
        return self.model.findings()

    # ---- acting on a finding -------------------------------------------------------------
    def _current(self) -> Finding | None:
        return self.model.finding(self.findings.currentIndex().row())

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

    def go_to(self, index: QModelIndex, *, focus: bool = True) -> None:
        finding = index.data(FINDING_ROLE)
        if not isinstance(finding, Finding):
            return
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
