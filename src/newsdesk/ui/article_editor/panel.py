"""The story editor: the fields above the Markdown text, and the find bar below it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.entities import Article, ArticleEdit, Section
from newsdesk.rendering import text_direction
from newsdesk.ui.article_editor.embargo_field import EmbargoField
from newsdesk.ui.contrast import muted
from newsdesk.ui.editor.find_bar import FindBar
from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.editor.text_mirror import DocumentTextMirror
from newsdesk.ui.locale_format import moment_in_zone
from newsdesk.ui.naming import named

PATH_ROLE = Qt.ItemDataRole.UserRole + 1

LANGUAGES = (
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("he", "עברית"),
    ("ur", "اردو"),
    ("tr", "Türkçe"),
    ("zh", "中文"),
)


class ArticleEditorPanel(QWidget):
    edited = Signal()
    """The user changed a field or the text (programmatic loads do not count)."""

    body_edited = Signal()
    fields_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._loading = False
        self._read_only_reasons: set[str] = set()

        self.headline = named(QLineEdit(), "headlineEdit")
        self.headline.setPlaceholderText(self.tr("Headline"))
        self.headline.setAccessibleName(self.tr("Headline"))
        headline_font = QFont(self.headline.font())
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.5)
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.standfirst = named(QPlainTextEdit(), "standfirstEdit")
        self.standfirst.setPlaceholderText(self.tr("Standfirst: the summary under the headline"))
        self.standfirst.setAccessibleName(self.tr("Standfirst"))
        self.standfirst.setTabChangesFocus(True)
        self.standfirst.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.dateline = self._line("datelineEdit", self.tr("Dateline"), self.tr("e.g. MOSCOW"))
        self.byline = self._line("bylineEdit", self.tr("Byline"), self.tr("Writer"))
        self.credit = self._line("creditEdit", self.tr("Credit"), self.tr("e.g. News Desk"))
        self.tags = self._line("tagsEdit", self.tr("Tags"), self.tr("comma, separated"))
        self.section = named(QComboBox(), "sectionCombo")
        self.section.setAccessibleName(self.tr("Section"))
        self.language = named(QComboBox(), "languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setEditable(True)
        for code, name in LANGUAGES:
            self.language.addItem(f"{name} ({code})", code)
        language_field = self.language.lineEdit()
        if language_field is not None:  # what a screen reader names the typing part
            language_field.setAccessibleName(self.tr("Language"))
        self.comments_open = named(QCheckBox(self.tr("Comments open")), "commentsOpenCheck")
        self.comments_open.setAccessibleName(self.tr("Comments open"))
        self.comments_open.setToolTip(
            self.tr("Readers may comment on the published story; when closed, its page says so")
        )
        self.embargo_field = named(EmbargoField(), "embargoField")

        self.editor = MarkdownEditor()
        self.editor.setObjectName("editor")
        self.editor.setAccessibleName(self.tr("Story text (Markdown)"))
        self.body_mirror = DocumentTextMirror(self.editor.document(), self)
        self.find_bar = FindBar(self.editor)
        self.find_bar.setObjectName("findBar")
        self.placeholder = QLabel(self.tr("Pick a story from the list, or press Ctrl+N."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("editorPlaceholder")

        meta = QGridLayout()
        meta.setHorizontalSpacing(8)
        meta.setVerticalSpacing(4)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("Dateline"), self.dateline),
            (self.tr("Byline"), self.byline),
            (self.tr("Credit"), self.credit),
            (self.tr("Section"), self.section),
            (self.tr("Tags"), self.tags),
            (self.tr("Language"), self.language),
        ]
        # Two fields a row: at the editor's narrowest each still shows what it holds.
        for place, (label, field) in enumerate(fields):
            row, column = 2 * (place // 2), place % 2
            meta.addWidget(_caption(label, field), row, column)
            meta.addWidget(field, row + 1, column)
        meta.addWidget(self.comments_open, 6, 0, 1, 2)
        meta.addWidget(self.embargo_field, 7, 0, 1, 2)
        meta.setColumnStretch(0, 1)
        meta.setColumnStretch(1, 1)

        # The story's details (dateline … comments open) fold away under one line that
        # sums them up, for a calm page in the copy desk; one click brings them back.
        self.details = named(QWidget(), "storyDetails")
        self.details.setLayout(meta)
        meta.setContentsMargins(0, 0, 0, 0)
        self.details_toggle = named(QToolButton(), "detailsToggle")
        self.details_toggle.setCheckable(True)
        self.details_toggle.setChecked(True)
        self.details_toggle.setAutoRaise(True)
        self.details_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_toggle.setText(self.tr("Details"))
        self.details_toggle.setAccessibleName(self.tr("Show the story's details"))
        self.details_toggle.toggled.connect(self.show_details)
        self.details_summary = named(QLabel(), "detailsSummary")
        self.details_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.details_summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        details_line = QHBoxLayout()
        details_line.setContentsMargins(0, 0, 0, 0)
        details_line.addWidget(self.details_toggle)
        details_line.addWidget(self.details_summary, 100)
        details_line.addStretch(1)  # keeps the toggle at the start when the summary hides

        self.form = named(QWidget(), "articleFields")
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.headline)
        form_layout.addWidget(self.standfirst)
        form_layout.addLayout(details_line)
        form_layout.addWidget(self.details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.form)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.placeholder, 1)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        for line in (self.headline, self.dateline, self.byline, self.credit, self.tags):
            line.textEdited.connect(self._field_edited)
        self.standfirst.textChanged.connect(self._field_edited)
        self.section.activated.connect(self._field_edited)
        self.comments_open.toggled.connect(self._field_edited)
        self.embargo_field.changed.connect(self._field_edited)
        self.language.activated.connect(self._language_changed)
        self.language.editTextChanged.connect(self._language_typed)
        self.editor.text_edited.connect(self._body_edited)
        self.fields_edited.connect(self._sum_up_details)
        self.show_details(True)
        self._set_open(False)

    # ---- the details ---------------------------------------------------------------------
    @property
    def details_shown(self) -> bool:
        return self.details_toggle.isChecked()

    def show_details(self, shown: bool) -> None:
        """Fold the story's details away (their one-line summary stays), or bring them back."""
        if self.details_toggle.isChecked() != shown:
            self.details_toggle.setChecked(shown)  # comes back here through `toggled`
            return
        self.details.setVisible(shown)
        self.details_summary.setVisible(not shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_toggle.setArrowType(arrow)
        self._sum_up_details()

    def _sum_up_details(self) -> None:
        if self.details_toggle.isChecked():
            return
        parts = [
            self.dateline.text(),
            self.byline.text(),
            self.section.currentText().strip() if self.section.currentData() else "",
            self.language_code(),
            "" if self.comments_open.isChecked() else self.tr("comments closed"),
            self._embargo_summary(),
        ]
        self.details_summary.setText(" · ".join(part for part in parts if part))

    def _embargo_summary(self) -> str:
        moment = self.embargo_field.moment()
        if moment is None:
            return ""
        return self.tr("EMBARGOED until %1").replace("%1", moment_in_zone(moment))

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        line = named(QLineEdit(), name)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    # ---- loading -------------------------------------------------------------------------
    @property
    def article(self) -> Article | None:
        return self._article

    def _set_open(self, is_open: bool) -> None:
        self.form.setVisible(is_open)
        self.editor.setVisible(is_open)
        self.placeholder.setVisible(not is_open)
        if not is_open:
            self.find_bar.hide()

    def load(self, article: Article | None) -> None:
        self._article = article
        self._set_open(article is not None)
        if article is None:
            return
        self._loading = True
        try:
            self.headline.setText(article.headline)
            self.standfirst.setPlainText(article.standfirst)
            self.dateline.setText(article.dateline)
            self.byline.setText(article.byline)
            self.credit.setText(article.credit)
            self.tags.setText(", ".join(article.tags))
            self.section.setCurrentIndex(max(0, self.section.findData(article.section_id)))
            self.comments_open.setChecked(article.comments_open)
            self.embargo_field.set_moment(article.embargoed_until)
            index = self.language.findData(article.language)
            if index < 0:
                self.language.setEditText(article.language)
            else:
                self.language.setCurrentIndex(index)
            self._apply_direction(article.language)
            self.editor.set_markdown(article.body)
            for line in (self.headline, self.dateline, self.byline, self.credit, self.tags):
                line.setCursorPosition(0)
        finally:
            self._loading = False
        self._sum_up_details()

    def remember_saved(self, article: Article) -> None:
        """Keep the loaded story's metadata current after a save (the text stays as typed)."""
        if self._article is not None and self._article.id == article.id:
            self._article = article

    def set_sections(self, sections: list[Section]) -> None:
        current = self.section.currentData()
        self.section.clear()
        self.section.addItem(self.tr("(no section)"), None)
        paths: dict[int, tuple[str, ...]] = {}
        for section in sections:
            parent = paths.get(section.parent_id, ()) if section.parent_id else ()
            paths[section.id] = (*parent, section.name)
            self.section.addItem("    " * len(parent) + section.name, section.id)
            self.section.setItemData(self.section.count() - 1, paths[section.id], PATH_ROLE)
        self.section.setCurrentIndex(max(0, self.section.findData(current)))

    def section_path(self) -> tuple[str, ...]:
        """Names from the top section down to the chosen one, for the breadcrumb."""
        path = self.section.currentData(PATH_ROLE)
        return tuple(path) if path else ()

    # ---- reading back --------------------------------------------------------------------
    def language_code(self) -> str:
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        if index >= 0:
            return str(self.language.itemData(index))
        if text.endswith(")") and "(" in text:
            return text[text.rindex("(") + 1 : -1].strip()
        return text or "en"

    def current_edit(self) -> ArticleEdit:
        return ArticleEdit(
            headline=self.headline.text(),
            standfirst=self.standfirst.toPlainText(),
            body=self.body_mirror.text(),
            dateline=self.dateline.text(),
            byline=self.byline.text(),
            credit=self.credit.text(),
            section_id=self.section.currentData(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            language=self.language_code(),
            comments_open=self.comments_open.isChecked(),
            embargoed_until=self.embargo_field.moment(),
        )

    # ---- user edits ----------------------------------------------------------------------
    def _field_edited(self, *_args: object) -> None:
        if not self._loading and self._article is not None:
            self.fields_edited.emit()
            self.edited.emit()

    def _body_edited(self) -> None:
        if not self._loading and self._article is not None:
            self.body_edited.emit()
            self.edited.emit()

    def _language_changed(self, *_args: object) -> None:
        self._apply_direction(self.language_code())
        self._field_edited()

    def _language_typed(self, _text: str) -> None:
        if not self._loading and self.language.hasFocus():
            self._language_changed()

    def _apply_direction(self, language: str) -> None:
        direction = (
            Qt.LayoutDirection.RightToLeft
            if text_direction(language) == "rtl"
            else Qt.LayoutDirection.LeftToRight
        )
        for widget in (self.headline, self.standfirst, self.dateline, self.byline, self.credit):
            widget.setLayoutDirection(direction)
        self.headline.setAlignment(
            Qt.AlignmentFlag.AlignRight
            if direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        self.editor.set_language(language)

    def body_lines(self) -> list[str]:
        """The body's lines, cheap to take on every keystroke (join them off the GUI thread)."""
        return self.body_mirror.snapshot()

    def set_read_only(self, read_only: bool, reason: str = "role") -> None:
        """Look, do not touch: for a moderator ("role"), or while someone else edits the
        story ("lock"). Each reason is set and cleared on its own; any one keeps it so."""
        if read_only:
            self._read_only_reasons.add(reason)
        else:
            self._read_only_reasons.discard(reason)
        read_only = bool(self._read_only_reasons)
        for line in (self.headline, self.dateline, self.byline, self.credit, self.tags):
            line.setReadOnly(read_only)
        self.standfirst.setReadOnly(read_only)
        self.editor.setReadOnly(read_only)
        self.section.setEnabled(not read_only)
        self.language.setEnabled(not read_only)
        self.comments_open.setEnabled(not read_only)
        self.embargo_field.set_editable(not read_only)
        bar = self.find_bar  # finding still works; replacing would change the text
        for widget in (bar.replace_field, bar.replace_button, bar.replace_all_button):
            widget.setEnabled(not read_only)

    def is_read_only(self) -> bool:
        return bool(self._read_only_reasons)

    def add_bar(self, bar: QWidget) -> None:
        """For features: a message bar above the story's fields (hidden until needed)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, bar)

    def focus_editor(self) -> None:
        if self._article is not None:
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    return muted(label)


__all__ = ["ArticleEditorPanel"]
