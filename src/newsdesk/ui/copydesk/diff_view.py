"""A comparison of two revisions, word by word: inline or side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.ui.copydesk.diff_html import comparison_html


class DiffView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._comparison: RevisionComparison | None = None
        self._titles = ("", "")
        self.inline = QRadioButton(self.tr("&Inline"))
        self.inline.setObjectName("diffInline")
        self.side_by_side = QRadioButton(self.tr("&Side by side"))
        self.side_by_side.setObjectName("diffSideBySide")
        self.inline.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.inline)
        modes.addButton(self.side_by_side)
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.browser = QTextBrowser()
        self.browser.setObjectName("diffBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Differences"))

        bar = QHBoxLayout()
        bar.addWidget(self.inline)
        bar.addWidget(self.side_by_side)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.inline.toggled.connect(lambda _on: self._render())

    def show_comparison(
        self, comparison: RevisionComparison, old_title: str, new_title: str
    ) -> None:
        self._comparison = comparison
        self._titles = (old_title, new_title)
        self.summary.setText(
            self.tr("+%1 words, −%2 words")
            .replace("%1", f"{comparison.words_added:,}")
            .replace("%2", f"{comparison.words_removed:,}")
        )
        self._render()

    def _render(self) -> None:
        if self._comparison is None:
            self.browser.clear()
            return
        self.browser.setHtml(
            comparison_html(
                self._comparison,
                side_by_side=self.side_by_side.isChecked(),
                field_names=(self.tr("Headline"), self.tr("Standfirst"), self.tr("Body")),
                old_title=self._titles[0],
                new_title=self._titles[1],
                unchanged=self.tr("(unchanged)"),
            )
        )


class DiffDialog(QDialog):
    """A window of its own beside the editor: wide enough for side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.setWindowTitle(self.tr("Compare revisions"))
        self.view = DiffView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(980, 680)

    def show_comparison(
        self, comparison: RevisionComparison, old_title: str, new_title: str
    ) -> None:
        self.setWindowTitle(
            self.tr("Compare %1 with %2").replace("%1", old_title).replace("%2", new_title)
        )
        self.view.show_comparison(comparison, old_title, new_title)
