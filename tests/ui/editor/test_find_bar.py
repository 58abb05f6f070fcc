"""Find and replace under the editor, driven from the keyboard as an editor would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.ui.editor import FindBar, MarkdownEditor

pytestmark = pytest.mark.ui


class Pane(QWidget):
    """The editor with its find bar under it, as the story panel lays them out."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = MarkdownEditor()
        self.bar = FindBar(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.bar)


@pytest.fixture
def pane(qtbot: QtBot) -> Pane:
    widget = Pane()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def status(pane: Pane) -> str:
    return pane.bar.status.text()


def selection(pane: Pane) -> tuple[int, int]:
    cursor = pane.editor.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def search(pane: Pane, qtbot: QtBot, text: str) -> None:
    pane.bar.open_find()
    pane.bar.find_field.clear()
    if text.isascii():
        qtbot.keyClicks(pane.bar.find_field, text)
    else:  # QTest can only type Latin-1; an input method hands over the whole word
        pane.bar.find_field.insert(text)


def test_hidden_until_opened_with_the_selection(pane: Pane, qtbot: QtBot) -> None:
    assert pane.bar.isHidden()
    assert pane.bar.findChild(QWidget, "findField") is pane.bar.find_field
    assert pane.bar.findChild(QWidget, "replaceField") is pane.bar.replace_field
    pane.editor.set_markdown("one fox, two fox")
    cursor = pane.editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(7, QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    pane.bar.open_find()
    assert pane.bar.isVisible()
    assert not pane.bar.replace_field.isVisible()
    assert pane.bar.find_field.text() == "fox"
    qtbot.waitUntil(pane.bar.find_field.hasFocus)
    assert status(pane) == "1 of 2"
    pane.bar.open_replace()
    assert pane.bar.replace_field.isVisible()


def test_next_and_previous_wrap_around(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.set_markdown("fox one\nand fox two")
    search(pane, qtbot, "fox")
    assert selection(pane) == (0, 3)
    assert status(pane) == "1 of 2"
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return)
    assert selection(pane) == (12, 15)
    assert status(pane) == "2 of 2"
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return)  # wraps to the top
    assert selection(pane) == (0, 3)
    assert status(pane) == "1 of 2"
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selection(pane) == (12, 15)  # wraps to the bottom
    assert status(pane) == "2 of 2"
    pane.bar.find_previous()
    assert status(pane) == "1 of 2"


def test_no_matches(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.set_markdown("nothing here")
    search(pane, qtbot, "fox")
    assert status(pane) == "No matches"
    assert not pane.bar.find_next()


def test_replace_all_is_one_undo_step(pane: Pane, qtbot: QtBot) -> None:
    original = "fox, Fox and fox\nthe fox."
    pane.editor.set_markdown(original)
    pane.bar.open_replace()
    qtbot.keyClicks(pane.bar.find_field, "fox")
    qtbot.keyClicks(pane.bar.replace_field, "wolf")
    with qtbot.waitSignal(pane.editor.text_edited):
        qtbot.mouseClick(pane.bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert pane.editor.markdown() == "wolf, wolf and wolf\nthe wolf."
    assert status(pane) == "4 replaced"
    pane.editor.undo()
    assert pane.editor.markdown() == original
    assert not pane.editor.document().isUndoAvailable()


def test_replace_one_then_moves_on(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.set_markdown("cat cat cat")
    pane.bar.open_replace()
    qtbot.keyClicks(pane.bar.find_field, "cat")
    qtbot.keyClicks(pane.bar.replace_field, "dog")
    qtbot.keyClick(pane.bar.replace_field, Qt.Key.Key_Return)
    assert pane.editor.markdown() == "dog cat cat"
    assert selection(pane) == (4, 7)
    assert status(pane) == "1 of 2"


def test_match_case(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.set_markdown("Moscow and moscow and MOSCOW")
    search(pane, qtbot, "Moscow")
    assert status(pane) == "1 of 3"
    pane.bar.match_case.setChecked(True)
    assert status(pane) == "1 of 1"
    pane.bar.find_next()  # wraps past "moscow" and "MOSCOW" back to the one match
    assert selection(pane) == (0, 6)
    pane.bar.replace_field.setText("Moskva")
    assert pane.bar.replace_all() == 1
    assert pane.editor.markdown() == "Moskva and moscow and MOSCOW"


def test_whole_words(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.set_markdown("cat concat cats cat_x cat.")
    search(pane, qtbot, "cat")
    assert status(pane).endswith("of 5")
    pane.bar.whole_words.setChecked(True)
    pane.bar.replace_field.setText("dog")
    assert pane.bar.replace_all() == 2
    assert pane.editor.markdown() == "dog concat cats cat_x dog."


def test_whole_words_in_persian_respects_the_zero_width_non_joiner(
    pane: Pane, qtbot: QtBot
) -> None:
    pane.editor.set_markdown("می\u200cخواهم می روم و سلام دنیا")
    pane.bar.whole_words.setChecked(True)
    search(pane, qtbot, "می")
    assert status(pane) == "1 of 1"
    assert selection(pane) == (9, 11)  # not the "می" joined to "خواهم" at 0
    search(pane, qtbot, "سلام")
    assert status(pane) == "1 of 1"
    assert pane.editor.textCursor().selectedText() == "سلام"


def test_count_follows_edits_after_a_pause(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.set_markdown("fox fox")
    search(pane, qtbot, "fox")
    cursor = QTextCursor(pane.editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" fox")
    qtbot.waitUntil(lambda: status(pane) == "1 of 3")


def test_escape_closes_and_returns_to_the_editor(pane: Pane, qtbot: QtBot) -> None:
    pane.bar.open_find()
    qtbot.waitUntil(pane.bar.find_field.hasFocus)
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Escape)
    assert pane.bar.isHidden()
    qtbot.waitUntil(pane.editor.hasFocus)


def test_escape_in_the_editor_closes_the_open_bar(pane: Pane, qtbot: QtBot) -> None:
    pane.bar.open_find()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Escape)
    assert pane.bar.isHidden()


def test_tab_goes_from_find_to_replace_in_one_press(pane: Pane, qtbot: QtBot) -> None:
    pane.editor.setPlainText("one two one")
    pane.bar.open_replace()
    qtbot.waitUntil(pane.bar.find_field.hasFocus)
    qtbot.keyClick(pane.bar.find_field, Qt.Key.Key_Tab)
    qtbot.waitUntil(pane.bar.replace_field.hasFocus)


def test_the_fields_are_wide_enough_for_a_phrase(pane: Pane) -> None:
    pane.bar.open_replace()
    phrase = pane.bar.fontMetrics().horizontalAdvance("Secretary of State")
    assert pane.bar.find_field.width() >= phrase
    assert pane.bar.replace_field.width() >= phrase
