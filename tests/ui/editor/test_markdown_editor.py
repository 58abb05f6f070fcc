"""The Markdown editor as a writer meets it: typing, undo, lines, colours, direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QAbstractSlider, QApplication, QWidget
from pytestqt.qtbot import QtBot

from newsdesk.ui.editor import MarkdownEditor, is_rtl_language
from newsdesk.ui.editor.highlighter import STATE_NORMAL

pytestmark = pytest.mark.ui

PERSIAN = "سلام دنیا"


@pytest.fixture
def editor(qtbot: QtBot) -> MarkdownEditor:
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def formats_of(block: QTextBlock) -> list[tuple[int, int, QTextCharFormat]]:
    # Copy each format: PySide frees the ranges, and the formats inside them, at once.
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def format_at(block: QTextBlock, position: int) -> QTextCharFormat | None:
    for start, length, fmt in formats_of(block):
        if start <= position < start + length:
            return fmt
    return None


def test_typing_emits_text_edited_and_reaches_markdown(
    editor: MarkdownEditor, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(editor.text_edited):
        qtbot.keyClicks(editor, "Hello desk")
    assert editor.markdown() == "Hello desk"


def test_set_markdown_is_not_an_edit_and_clears_undo(editor: MarkdownEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "draft")
    assert editor.document().isUndoAvailable()
    edits: list[None] = []
    editor.text_edited.connect(lambda: edits.append(None))
    editor.set_markdown("# Loaded\n\nBody")
    assert edits == []
    assert editor.markdown() == "# Loaded\n\nBody"
    assert not editor.document().isUndoAvailable()
    assert not editor.document().isModified()
    editor.undo()
    assert editor.markdown() == "# Loaded\n\nBody"


def test_undo_and_redo(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("Start")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " and more")
    assert editor.markdown() == "Start and more"
    editor.undo()
    assert editor.markdown() == "Start"
    editor.redo()
    assert editor.markdown() == "Start and more"


def test_cursor_line_changed_follows_the_cursor(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("zero\none\ntwo\nthree")
    lines: list[int] = []
    editor.cursor_line_changed.connect(lines.append)
    with qtbot.waitSignal(editor.cursor_line_changed) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert blocker.args == [1]
    editor.go_to_line(3)
    assert editor.current_line() == 3
    editor.moveCursor(QTextCursor.MoveOperation.EndOfLine)  # same line: no signal
    assert lines == [1, 3]
    editor.go_to_line(99)  # clamped to the last line, already there
    assert lines == [1, 3]


def test_top_line_changed_when_the_user_scrolls(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("\n".join(f"line {n}" for n in range(500)))
    with qtbot.waitSignal(editor.top_line_changed) as blocker:
        editor.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    assert blocker.args == [editor.top_line()]
    assert editor.top_line() > 0


def test_following_the_cursor_is_not_a_user_scroll(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("\n".join(f"line {n}" for n in range(500)))
    with qtbot.assertNotEmitted(editor.top_line_changed, wait=50):
        editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor, " typed at the end")
    assert editor.top_line() > 0


def test_heading_is_bold_and_coloured(editor: MarkdownEditor) -> None:
    editor.set_markdown("# Breaking news\n\nplain text")
    heading = editor.document().firstBlock()
    fmt = format_at(heading, 3)
    assert fmt is not None
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert fmt.foreground().color() == editor.highlighter.formats.heading.foreground().color()
    assert fmt.foreground().color() != editor.palette().text().color()
    assert formats_of(editor.document().findBlockByNumber(2)) == []


def test_inline_markdown_is_coloured(editor: MarkdownEditor) -> None:
    editor.set_markdown("a *soft* and **hard** with `code` and [link](https://x.org)")
    block = editor.document().firstBlock()
    text = block.text()
    assert format_at(block, text.index("soft")).fontItalic()  # type: ignore[union-attr]
    assert format_at(block, text.index("hard")).fontWeight() == QFont.Weight.Bold  # type: ignore[union-attr]
    code = format_at(block, text.index("code"))
    assert code is not None and code.background().style() != Qt.BrushStyle.NoBrush
    link = format_at(block, text.index("link"))
    assert link is not None and link.fontUnderline()
    assert format_at(block, text.index("and")) is None


def test_fenced_code_spans_lines_until_closed(editor: MarkdownEditor) -> None:
    editor.set_markdown("```python\n# not a heading\n**not bold**\n```\n# heading")
    document = editor.document()
    inside = document.findBlockByNumber(1)
    assert inside.userState() != STATE_NORMAL
    fmt = format_at(inside, 2)
    assert fmt is not None and fmt.fontWeight() != QFont.Weight.Bold
    assert document.findBlockByNumber(3).userState() == STATE_NORMAL
    after = format_at(document.findBlockByNumber(4), 3)
    assert after is not None and after.fontWeight() == QFont.Weight.Bold


def test_opening_a_fence_while_typing_recolours_what_follows(
    editor: MarkdownEditor, qtbot: QtBot
) -> None:
    editor.set_markdown("intro\n# title")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(editor, "```")
    title = editor.document().findBlockByNumber(1)
    assert title.userState() != STATE_NORMAL
    fmt = format_at(title, 3)
    assert fmt is not None and fmt.fontWeight() != QFont.Weight.Bold


def test_formats_land_on_utf16_offsets_after_an_emoji(editor: MarkdownEditor) -> None:
    editor.set_markdown("😀 **bold**")
    block = editor.document().firstBlock()
    # "😀 " is three UTF-16 units, "**" two more: the bold word starts at 5.
    bold = [start for start, _, fmt in formats_of(block) if fmt.fontWeight() == QFont.Weight.Bold]
    assert bold == [5]


def test_block_quote_list_and_rule(editor: MarkdownEditor) -> None:
    editor.set_markdown("> quoted **words**\n- item\n1. first\n---")
    document = editor.document()
    quote = format_at(document.firstBlock(), 3)
    assert quote is not None and quote.fontItalic()
    strong = format_at(document.firstBlock(), 12)
    assert strong is not None and strong.fontItalic() and strong.fontWeight() == QFont.Weight.Bold
    marker = editor.highlighter.formats.list_marker
    assert format_at(document.findBlockByNumber(1), 0) == marker
    assert format_at(document.findBlockByNumber(2), 1) == marker
    assert format_at(document.findBlockByNumber(3), 0) == editor.highlighter.formats.rule


def test_highlighting_changes_are_not_edits(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("# title\n*x*")
    with qtbot.assertNotEmitted(editor.text_edited):
        editor.highlighter.rehighlight()
        editor.setPalette(editor.palette())


def test_large_text_is_coloured_in_slices(editor: MarkdownEditor, qtbot: QtBot) -> None:
    text = "\n".join(f"# heading {n}\nsome *body* text" for n in range(20_000))
    editor.set_markdown(text)
    assert editor.markdown() == text
    qtbot.waitUntil(lambda: not editor.highlighter.is_colouring(), timeout=20_000)
    last = editor.document().lastBlock().previous()
    fmt = format_at(last, 3)
    assert fmt is not None and fmt.fontWeight() == QFont.Weight.Bold


def test_right_to_left_languages(editor: MarkdownEditor) -> None:
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    editor.set_language("fa")
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LayoutDirectionAuto
    editor.set_language("en-GB")
    assert editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
    for code in ("fa-IR", "ar", "he", "ur", "ps", "ckb", "yi", "dv", "az-Arab"):
        assert is_rtl_language(code), code
    for code in ("en", "fr", "az-Latn", "", "tr"):
        assert not is_rtl_language(code), code


def test_each_paragraph_takes_its_own_direction(editor: MarkdownEditor) -> None:
    editor.set_language("fa")
    body = f"{PERSIAN}\nAn English quote\n# {PERSIAN}"
    editor.set_markdown(body)
    assert editor.markdown() == body
    document = editor.document()
    assert document.firstBlock().text() == PERSIAN
    assert document.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert document.findBlockByNumber(1).textDirection() == Qt.LayoutDirection.LeftToRight
    assert document.findBlockByNumber(2).textDirection() == Qt.LayoutDirection.RightToLeft


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, as a Persian keyboard layout sends them.

    QTest.keyClicks only knows Latin-1 characters.
    """
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def test_persian_typed_text_is_stored_intact(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_language("fa")
    with qtbot.waitSignal(editor.text_edited):
        type_text(editor, PERSIAN)
    assert editor.markdown() == PERSIAN
    assert editor.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft


def test_tab_inserts_spaces_and_indents_selected_lines(
    editor: MarkdownEditor, qtbot: QtBot
) -> None:
    editor.set_markdown("ab\ncd\nef")
    editor.moveCursor(QTextCursor.MoveOperation.Right)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.markdown() == "a   b\ncd\nef"
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.markdown() == "    a   b\n    cd\n    ef"
    qtbot.keyClick(editor, Qt.Key.Key_Backtab)
    assert editor.markdown() == "a   b\ncd\nef"
    editor.undo()  # the outdent was one step
    assert editor.markdown() == "    a   b\n    cd\n    ef"


def test_shift_enter_starts_a_new_line(editor: MarkdownEditor, qtbot: QtBot) -> None:
    qtbot.keyClicks(editor, "one")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "two")
    assert editor.markdown() == "one\ntwo"
    assert editor.document().blockCount() == 2


def test_markdown_keeps_non_breaking_spaces(editor: MarkdownEditor) -> None:
    text = "10\u00a0km\n\nمی\u200cخواهم\n"
    editor.set_markdown(text)
    assert editor.markdown() == text


def test_a_paste_larger_than_a_story_is_refused_with_a_reason(qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData

    from newsdesk.domain.limits import BODY
    from newsdesk.ui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.set_markdown("kept")
    huge = QMimeData()
    huge.setText("x" * (BODY.most + 1))
    with qtbot.waitSignal(editor.paste_refused) as refused:
        editor.insertFromMimeData(huge)
    assert "Not pasted" in refused.args[0]
    assert editor.markdown() == "kept"
    small = QMimeData()
    small.setText(" and pasted")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertFromMimeData(small)
    assert editor.markdown() == "kept and pasted"


def test_a_paste_that_would_make_the_story_too_long_is_refused(qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData

    from newsdesk.domain.limits import BODY
    from newsdesk.ui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    line = "x" * 99 + "\n"
    story = line * (BODY.most // len(line) - 10)  # 1,000 characters short of the limit
    editor.set_markdown(story)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    paste = QMimeData()
    paste.setText("y" * 1_001)  # small alone, too much on top of the story
    with qtbot.waitSignal(editor.paste_refused) as refused:
        editor.insertFromMimeData(paste)
    assert refused.args[0] == (
        "Not pasted: the story would be 5,000,001 characters long, more than a story may "
        "hold (5,000,000)."
    )
    assert len(editor.markdown()) == len(story)
    # Over a selection of as many characters, the same paste fits: the text stays in limits.
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.NextCharacter, cursor.MoveMode.KeepAnchor, 1)
    editor.setTextCursor(cursor)
    editor.insertFromMimeData(paste)
    assert len(editor.markdown()) == BODY.most
