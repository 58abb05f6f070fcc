"""A comparison of two revisions, word by word: inline or side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.ui.copydesk.diff_html import comparison_html
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.diff_view_form import Ui_DiffView


class DiffView(FormWidget, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_DiffView())
        self._comparison: RevisionComparison | None = None
        self._titles = ("", "")
        self.inline = self.ui.diffInline
        self.side_by_side = self.ui.diffSideBySide
        self.summary = self.ui.diffSummary
        self.browser = self.ui.diffBrowser
        self.inline.toggled.connect(lambda _on: self._render())

    def show_comparison(
        self, comparison: RevisionComparison, old_title: str, new_title: str
    ) -> None:
        self._comparison = comparison
        self._titles = (old_title, new_title)
        self._render()

    def retranslate_ui(self) -> None:
        self._render()

    def _render(self) -> None:
        comparison = self._comparison
        if comparison is None:
            self.summary.clear()
            self.browser.clear()
            return
        self.summary.setText(
            self.tr("+%1 words, −%2 words")
            .replace("%1", f"{comparison.words_added:,}")
            .replace("%2", f"{comparison.words_removed:,}")
        )
        self.browser.setHtml(
            comparison_html(
                comparison,
                side_by_side=self.side_by_side.isChecked(),
                field_names=(self.tr("Headline"), self.tr("Standfirst"), self.tr("Body")),
                old_title=self._titles[0],
                new_title=self._titles[1],
                unchanged=self.tr("(unchanged)"),
            )
        )
