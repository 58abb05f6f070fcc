"""The copy desk as its people meet it: a writer files, a copy editor edits and sends
back with a note, the writer reads it; history compares and restores; checks and roles."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, child_of, open_story

from newsdesk.ui.articles.badges import BADGE_ROLE
from newsdesk.ui.copydesk.dialogs import NoteDialog
from newsdesk.ui.copydesk.diff_dialog import DiffDialog
from newsdesk.ui.copydesk.user_switcher import UserPickerDialog
from newsdesk.ui.main_window import MainWindow

D = TypeVar("D", bound=QWidget)

HEADLINE = "Harbour Bridge Reopens After Repairs"
BODY = "The bridge reopened on Monday after three months of repairs, the council said."
WORKFLOW = (
    "submit",
    "take",
    "send_back",
    "pass_ready",
    "publish",
    "schedule",
    "kill",
    "correct",
    "revive",
)


# ---- reading and driving the window like a user -----------------------------------------
def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def visible_workflow(window: MainWindow) -> list[str]:
    """The workflow steps the Story menu offers now."""
    shown = [a.objectName() for a in window.story_menu.actions() if a.isVisible()]
    return [name.removeprefix("workflow_") for name in shown if name.startswith("workflow_")]


def dock_widget(window: MainWindow, name: str) -> QWidget:
    dock = child_of(window, QDockWidget, name)
    dock.show()
    dock.raise_()
    widget = dock.widget()
    assert widget is not None, name
    return widget


def visible_dialog(window: MainWindow, kind: type[D]) -> D | None:
    for dialog in window.findChildren(kind):
        if dialog.isVisible():
            return dialog
    return None


def shown_dialog(window: MainWindow, kind: type[D]) -> D:
    dialog = visible_dialog(window, kind)
    assert dialog is not None, f"no {kind.__name__} is shown"
    return dialog


def switch_user(qtbot: QtBot, window: MainWindow, name: str) -> None:
    action(window, "switchUserAction").trigger()
    qtbot.waitUntil(lambda: visible_dialog(window, UserPickerDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, UserPickerDialog)
    dialog.choose(name)
    ok = child_of(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()
    label = child_of(window, QLabel, "currentUser")
    qtbot.waitUntil(lambda: label.text().startswith(name), timeout=5000)
    assert name in window.windowTitle()


def row_of(window: MainWindow, headline: str) -> int | None:
    model = window.article_list.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == headline:
            return row
    return None


def listed_row(window: MainWindow, headline: str) -> int:
    row = row_of(window, headline)
    assert row is not None, f"{headline!r} is not listed"
    return row


def listed_status(window: MainWindow, headline: str) -> str | None:
    row = row_of(window, headline)
    model = window.article_list.model
    return None if row is None else model.data(model.index(row, 2))


def choose_view(qtbot: QtBot, window: MainWindow, label: str) -> None:
    views = child_of(window, QComboBox, "savedViews")
    index = next(i for i in range(views.count()) if views.itemText(i).startswith(label))
    views.setCurrentIndex(index)
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not window.queries.busy, timeout=5000)


def view_label(window: MainWindow, label: str) -> str:
    views = child_of(window, QComboBox, "savedViews")
    return next(
        views.itemText(i) for i in range(views.count()) if views.itemText(i).startswith(label)
    )


def wait_until_saved(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.status.save_state.text().startswith("Saved"), timeout=8000)
    qtbot.waitUntil(lambda: not window.saves.busy, timeout=5000)


def take_step(qtbot: QtBot, window: MainWindow, step: str) -> None:
    assert step in visible_workflow(window)
    action(window, f"workflow_{step}").trigger()


def wait_for_status(qtbot: QtBot, window: MainWindow, headline: str, status: str) -> None:
    qtbot.waitUntil(lambda: listed_status(window, headline) == status, timeout=8000)


def select_text(window: MainWindow, text: str) -> None:
    editor = window.editor_panel.editor
    start = editor.markdown().index(text)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def top_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = map(tree.topLevelItem, range(tree.topLevelItemCount()))
    return [item for item in items if item is not None]


def tree_rows(tree: QTreeWidget) -> list[list[str]]:
    return [[item.text(column) for column in range(tree.columnCount())] for item in top_items(tree)]


def view_rows(view: QTreeView) -> list[list[str]]:
    """What a list backed by a model shows: each row's texts."""
    model = view.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def click_row(qtbot: QtBot, view: QTreeView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_item(
    qtbot: QtBot,
    tree: QTreeWidget,
    item: QTreeWidgetItem,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def fragments_with(browser: QTextBrowser, text: str) -> list:  # type: ignore[type-arg]
    """The character formats of every run of the comparison that shows `text`."""
    found = []
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if text in fragment.text():
                found.append(fragment.charFormat())
            iterator += 1
        block = block.next()
    return found


# ---- the desk at work ------------------------------------------------------------------
def test_writer_files_copy_editor_sends_back_with_a_note(qtbot: QtBot, window: MainWindow) -> None:
    switch_user(qtbot, window, "Dana Desk")
    window.actions_.new_article.trigger()
    qtbot.waitUntil(lambda: window.editing.article is not None, timeout=5000)
    qtbot.keyClicks(window.editor_panel.headline, HEADLINE)
    window.editor_panel.editor.setFocus()
    qtbot.keyClicks(window.editor_panel.editor, BODY)
    wait_until_saved(qtbot, window)
    assert visible_workflow(window) == ["submit"]

    take_step(qtbot, window, "submit")
    wait_for_status(qtbot, window, HEADLINE, "Submitted")
    assert visible_workflow(window) == []  # the desk has it now

    switch_user(qtbot, window, "Chris Copy")
    qtbot.waitUntil(lambda: view_label(window, "Copy desk queue") == "Copy desk queue (3)")
    choose_view(qtbot, window, "Copy desk queue")
    qtbot.waitUntil(lambda: window.article_list.model.rowCount() == 3, timeout=5000)
    assert row_of(window, HEADLINE) == 2  # oldest first: the newest filing comes last
    window.article_list.select_row(listed_row(window, HEADLINE))
    qtbot.waitUntil(lambda: window.editor_panel.headline.text() == HEADLINE, timeout=5000)
    assert visible_workflow(window) == ["take", "send_back"]

    take_step(qtbot, window, "take")
    qtbot.waitUntil(lambda: visible_workflow(window) == ["send_back", "pass_ready"], timeout=8000)
    qtbot.waitUntil(lambda: view_label(window, "In editing") == "In editing (2)", timeout=5000)
    choose_view(qtbot, window, "In editing")
    qtbot.waitUntil(lambda: row_of(window, HEADLINE) is not None, timeout=5000)
    model = window.article_list.model
    badges = model.data(model.index(listed_row(window, HEADLINE), 0), BADGE_ROLE)
    assert "Chris Copy" in [badge[0] for badge in badges]

    select_text(window, "three months")
    qtbot.keyClicks(window.editor_panel.editor, "ten weeks")
    wait_until_saved(qtbot, window)

    take_step(qtbot, window, "send_back")
    qtbot.waitUntil(lambda: visible_dialog(window, NoteDialog) is not None, timeout=5000)
    dialog = shown_dialog(window, NoteDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # sending back needs a note
    qtbot.keyClicks(dialog.note, "Please confirm the reopening date with the council.")
    ok.click()
    qtbot.waitUntil(lambda: visible_workflow(window) == [], timeout=8000)
    assert "now sent back" in window.status.currentMessage()

    switch_user(qtbot, window, "Dana Desk")
    choose_view(qtbot, window, "My drafts")
    qtbot.waitUntil(lambda: listed_status(window, HEADLINE) == "Sent back", timeout=5000)
    assert visible_workflow(window) == ["submit"]
    notes = child_of(dock_widget(window, "notesPanel"), QListWidget, "noteList")
    qtbot.waitUntil(lambda: notes.count() == 1, timeout=5000)
    assert "Chris Copy" in notes.item(0).text()
    assert "Please confirm the reopening date with the council." in notes.item(0).text()
    badges = model.data(model.index(listed_row(window, HEADLINE), 0), BADGE_ROLE)
    assert "1 note" in [badge[0] for badge in badges]
    tip = model.data(model.index(listed_row(window, HEADLINE), 0), Qt.ItemDataRole.ToolTipRole)
    assert "1 open note" in tip

    history = dock_widget(window, "historyPanel")
    revisions = child_of(history, QTreeWidget, "revisionList")
    qtbot.waitUntil(
        lambda: any("Send back" in row[4] for row in tree_rows(revisions)), timeout=5000
    )
    rows = tree_rows(revisions)
    reasons = [row[4] for row in rows]
    before = reasons.index("Take for editing")
    after = before - 1  # newest first: Chris's edit sits just above the take
    assert rows[after][2] == "Chris Copy" and rows[after][4] == "autosave"
    assert rows[after][3] == "+2 −2"
    click_item(qtbot, revisions, top_items(revisions)[before])
    click_item(qtbot, revisions, top_items(revisions)[after], Qt.KeyboardModifier.ControlModifier)
    child_of(history, QPushButton, "compareRevisions").click()
    qtbot.waitUntil(lambda: visible_dialog(window, DiffDialog) is not None, timeout=5000)
    browser = child_of(shown_dialog(window, DiffDialog), QTextBrowser, "diffBrowser")
    qtbot.waitUntil(lambda: "ten weeks" in browser.toPlainText(), timeout=5000)
    assert "three months" in browser.toPlainText()
    assert all(f.fontStrikeOut() for f in fragments_with(browser, "three months"))
    assert all(f.fontUnderline() for f in fragments_with(browser, "ten weeks"))
    assert not any(
        f.fontUnderline() or f.fontStrikeOut() for f in fragments_with(browser, "bridge")
    )
    child_of(window, QRadioButton, "diffSideBySide").click()
    qtbot.waitUntil(lambda: browser.document().rootFrame().childFrames() != [], timeout=2000)
    assert all(f.fontStrikeOut() for f in fragments_with(browser, "three months"))
    assert all(f.fontUnderline() for f in fragments_with(browser, "ten weeks"))


def test_checks_list_the_seed_story_quotes_and_go_to_their_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    findings = child_of(dock_widget(window, "checksPanel"), QTreeView, "findingList")
    qtbot.waitUntil(lambda: findings.model().rowCount() > 0, timeout=8000)
    quotes = [row for row in view_rows(findings) if row[1] == "Unbalanced quotes"]
    assert [row[0] for row in quotes] == ["1", "9"]
    assert "Paragraph 1 opens a quotation" in quotes[0][2]
    assert "Paragraph 5 opens a quotation" in quotes[1][2]
    assert not any(row[1] == "Unbalanced brackets" for row in view_rows(findings))

    row = next(
        number
        for number, row in enumerate(view_rows(findings))
        if row[1] == "Unbalanced quotes" and row[0] == "9"
    )
    click_row(qtbot, findings, row)
    assert window.editor_panel.editor.textCursor().blockNumber() == 8

    # Misspelt words are underlined in the editor; the word list takes names.
    editor = window.editor_panel.editor
    assert "Pompeo" in [mark.cursor.selectedText() for mark in editor.extraSelections()]
    pompeo = next(
        number
        for number, row in enumerate(view_rows(findings))
        if "“Pompeo”" in row[2] and row[0] == "7"
    )
    click_row(qtbot, findings, pompeo)
    assert editor.textCursor().selectedText() == "Pompeo"
    child_of(dock_widget(window, "checksPanel"), QPushButton, "addToWordList").click()
    qtbot.waitUntil(
        lambda: not any("“Pompeo”" in row[2] for row in view_rows(findings)), timeout=8000
    )
    assert "Pompeo" not in [mark.cursor.selectedText() for mark in editor.extraSelections()]


def test_style_suggestion_applies_as_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    panel = dock_widget(window, "checksPanel")
    findings = child_of(panel, QTreeView, "findingList")
    qtbot.waitUntil(lambda: findings.model().rowCount() > 0, timeout=8000)
    row = next(n for n, row in enumerate(view_rows(findings)) if "special advocate" in row[2])
    click_row(qtbot, findings, row)
    child_of(panel, QPushButton, "applySuggestion").click()
    editor = window.editor_panel.editor
    assert "special counsel" in editor.markdown()
    assert "special advocate" not in editor.markdown()
    qtbot.waitUntil(
        lambda: not any("special advocate" in row[2] for row in view_rows(findings)), timeout=8000
    )
    editor.undo()
    assert "special advocate" in editor.markdown()


def test_checks_follow_typing(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    findings = child_of(dock_widget(window, "checksPanel"), QTreeView, "findingList")
    qtbot.waitUntil(lambda: findings.model().rowCount() > 0, timeout=8000)
    editor = window.editor_panel.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " It was the the end.")
    qtbot.waitUntil(
        lambda: any(row[1] == "Doubled word" for row in view_rows(findings)), timeout=8000
    )


def test_a_moderator_is_offered_no_workflow_and_cannot_type(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, "mountain-schools-build-their-own-weather-stations")
    assert visible_workflow(window) == ["take", "send_back", "kill"]  # the local admin
    switch_user(qtbot, window, "Mo Moderator")
    qtbot.waitUntil(lambda: visible_workflow(window) == [], timeout=5000)
    assert window.editor_panel.editor.isReadOnly()
    assert window.editor_panel.headline.isReadOnly()
    assert not [
        a
        for a in window.toolbar.actions()
        if a.objectName().startswith("workflow_") and a.isVisible()
    ]
    notes = dock_widget(window, "notesPanel")
    assert not child_of(notes, QPushButton, "addNote").isEnabled()
    switch_user(qtbot, window, "Chris Copy")
    assert visible_workflow(window) == ["take", "send_back"]
    assert not window.editor_panel.editor.isReadOnly()


def test_restoring_a_revision_brings_its_text_back(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    original = editor.markdown()
    select_text(window, "US Secretary of State")
    qtbot.keyClicks(editor, "America's top diplomat")
    wait_until_saved(qtbot, window)
    history = dock_widget(window, "historyPanel")
    revisions = child_of(history, QTreeWidget, "revisionList")
    qtbot.waitUntil(lambda: revisions.topLevelItemCount() == 2, timeout=5000)
    assert tree_rows(revisions)[0][3] == "+3 −4"
    click_item(qtbot, revisions, top_items(revisions)[1])
    child_of(history, QPushButton, "restoreRevision").click()
    qtbot.waitUntil(lambda: visible_dialog(window, QMessageBox) is not None, timeout=5000)
    box = shown_dialog(window, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: editor.markdown() == original, timeout=8000)
    qtbot.waitUntil(lambda: revisions.topLevelItemCount() == 3, timeout=5000)
    assert tree_rows(revisions)[0][4] == "restored revision 1"
    # The editor follows the new version: typing on saves without a conflict.
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " More.")
    wait_until_saved(qtbot, window)


def test_refused_step_is_explained(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, "late-header-settles-river-derby")
    credit = window.editor_panel.credit
    credit.setFocus()
    credit.selectAll()
    qtbot.keyClick(credit, Qt.Key.Key_Backspace)
    assert credit.text() == ""
    wait_until_saved(qtbot, window)
    take_step(qtbot, window, "pass_ready")
    qtbot.waitUntil(lambda: visible_dialog(window, QMessageBox) is not None, timeout=8000)
    box = shown_dialog(window, QMessageBox)
    assert "credit line" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert "pass_ready" in visible_workflow(window)


def test_a_long_story_underlines_only_the_misspellings_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    findings = child_of(dock_widget(window, "checksPanel"), QTreeView, "findingList")
    editor = window.editor_panel.editor
    paragraphs = [f"Paragraph {n} reads plainly." for n in range(400)]
    paragraphs[0] = "Zorblatt opens the story."
    paragraphs[-1] = "Zorblatt closes the story."
    editor.selectAll()
    editor.insertPlainText("\n\n".join(paragraphs))
    editor.verticalScrollBar().setValue(0)

    def marked_lines() -> list[int]:
        return [mark.cursor.blockNumber() for mark in editor.marks("spelling")]

    qtbot.waitUntil(
        lambda: sum("“Zorblatt”" in row[2] for row in view_rows(findings)) == 2, timeout=10000
    )
    qtbot.waitUntil(lambda: marked_lines() == [0], timeout=5000)
    editor.verticalScrollBar().setValue(editor.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: marked_lines() == [798], timeout=5000)
    assert [mark.cursor.selectedText() for mark in editor.extraSelections()] == ["Zorblatt"]


def test_checks_flag_an_embargo_spoken_of_in_the_notes_until_its_time_is_set(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    findings = child_of(dock_widget(window, "checksPanel"), QTreeView, "findingList")
    qtbot.waitUntil(lambda: findings.model().rowCount() > 0, timeout=8000)

    def embargo_rows() -> list[str]:
        return [row[2] for row in view_rows(findings) if "embargo" in row[2].lower()]

    assert embargo_rows() == []  # neither its text nor a note speaks of one
    notes = dock_widget(window, "notesPanel")
    text = child_of(notes, QPlainTextEdit, "noteText")
    qtbot.keyClicks(text, "Embargoed till 6pm, do not run before")
    qtbot.mouseClick(child_of(notes, QPushButton, "addNote"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(embargo_rows()) == 1, timeout=8000)
    assert "notes" in embargo_rows()[0]
    window.editor_panel.embargo_field.check.setChecked(True)  # the time set: nothing to flag
    qtbot.waitUntil(lambda: embargo_rows() == [], timeout=8000)
