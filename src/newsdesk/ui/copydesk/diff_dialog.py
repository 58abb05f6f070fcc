"""Compare revisions: a comparison in a window of its own beside the editor, wide enough
for side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.diff_dialog_form import Ui_DiffDialog


class DiffDialog(FormWidget, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_DiffDialog())
        self.view = self.ui.revisionDiff
        self._titles: tuple[str, str] | None = None
        self.ui.buttons.rejected.connect(self.close)

    def show_comparison(
        self, comparison: RevisionComparison, old_title: str, new_title: str
    ) -> None:
        self._titles = (old_title, new_title)
        self.view.show_comparison(comparison, old_title, new_title)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._titles is not None:  # else the form's "Compare revisions"
            old_title, new_title = self._titles
            self.setWindowTitle(
                self.tr("Compare %1 with %2").replace("%1", old_title).replace("%2", new_title)
            )
