"""The line mirror stays equal to the document through every kind of edit."""

from __future__ import annotations

import random

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from newsdesk.ui.editor.markdown_editor import MarkdownEditor
from newsdesk.ui.editor.text_mirror import DocumentTextMirror


def test_mirror_follows_typing_pasting_deleting_and_undo(qtbot: QtBot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    mirror = DocumentTextMirror(editor.document())
    editor.set_markdown("# Title\n\nFirst paragraph.\n\nSecond **one**.\n")
    mirror.reload()
    rng = random.Random(7)
    for _step in range(300):
        cursor = editor.textCursor()
        length = len(editor.document().toPlainText())
        cursor.setPosition(rng.randint(0, length))
        action = rng.random()
        if action < 0.5:
            cursor.insertText(rng.choice(["a", " ", "\n", "word", "\n\n> quote\n", "ی", "«»"]))
        elif action < 0.8:
            cursor.setPosition(
                min(length, cursor.position() + rng.randint(1, 12)), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.removeSelectedText()
        elif action < 0.9:
            editor.undo()
        else:
            editor.redo()
        assert mirror.text() == editor.markdown()
    editor.set_markdown("replaced\nwholesale")
    assert mirror.text() == "replaced\nwholesale"
