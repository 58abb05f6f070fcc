"""Replying to a comment, or editing one: what is answered stays in view.

Above the text the dialog shows the story, who wrote the comment, and the comment a reply
answers (for an edit, the comment it replies to, if any), read-only. The text field
opens with the cursor at its end and nothing selected: typing adds to a comment being
edited instead of replacing it.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from newsdesk.domain.entities import Comment, CommentThread
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.comment_text_dialog_form import Ui_CommentTextDialog

ANSWERED_LINES = 5
"""The comment answered is there to be glanced at; the room is for the text."""


class Purpose(Enum):
    REPLY = "reply"
    EDIT = "edit"


class CommentTextDialog(FormWidget, QDialog):
    def __init__(
        self, purpose: Purpose, thread: CommentThread, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_CommentTextDialog())
        self.purpose = purpose
        self.comment_thread = thread
        self.story = self.ui.commentStory
        self.author = self.ui.commentAuthor
        self.answered = self.ui.commentAnswered
        self.prompt = self.ui.commentTextPrompt
        self.field = self.ui.commentText
        self.buttons = self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        comment = thread.comment
        self.story.setText(comment.article_headline)
        self.author.setText(_byline(comment))
        answered = self.answered_comment()
        lines = self.answered.fontMetrics().lineSpacing() * ANSWERED_LINES
        self.answered.setMaximumHeight(lines + 2 * self.answered.frameWidth() + 8)
        self.answered.setPlainText(answered.body if answered is not None else "")
        self.answered.setVisible(answered is not None)
        self.ui.commentAnsweredCaption.setVisible(answered is not None)
        if purpose is Purpose.EDIT:
            self.field.setPlainText(comment.body)
            self.field.moveCursor(QTextCursor.MoveOperation.End)
        self.field.textChanged.connect(self._update_ok)
        self.field.setFocus()
        self.retranslate_ui()
        self._update_ok()

    def answered_comment(self) -> Comment | None:
        """What the text answers: the comment replied to, or the one an edited reply
        answers."""
        if self.purpose is Purpose.REPLY:
            return self.comment_thread.comment
        return self.comment_thread.parent

    def retranslate_ui(self) -> None:
        caption = self.ui.commentAnsweredCaption
        if self.purpose is Purpose.REPLY:
            self.setWindowTitle(self.tr("Reply as the newsroom"))
            self.prompt.setText(self.tr("&Your reply:"))
            self.field.setAccessibleName(self.tr("Your reply"))
            caption.setText(self.tr("Comment:"))
        else:
            self.setWindowTitle(self.tr("Edit the comment"))
            self.prompt.setText(self.tr("The &text (the original is kept):"))
            self.field.setAccessibleName(self.tr("The comment's text"))
            parent = self.comment_thread.parent
            author = parent.author_name if parent is not None else ""
            caption.setText(self.tr("In reply to %1:").replace("%1", author))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text().strip()))

    def text(self) -> str:
        return self.field.toPlainText()


def _byline(comment: Comment) -> str:
    when = comment.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{comment.author_name} · {when}"
