"""A colleague saves the open story while we type: the conflict view, then our choice.

The view shows what the colleague changed and what we changed, each from the version we
both started from, and the merge; these tests read its table as it is drawn (what is
underlined as added, what is struck as removed).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import SEED_SLUG, article_of, feature, open_story

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.domain.enums import ArticleStatus, Role
from newsdesk.services.conflicts import KEPT_REASON, ConflictCase
from newsdesk.services.newsroom import Newsroom
from newsdesk.ui.conflict import ConflictController
from newsdesk.ui.conflict.dialog import ConflictDialog
from newsdesk.ui.conflict.place import BY_HAND
from newsdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class Cell:
    text: str
    added: str
    """The words marked added (underlined), joined by "|"."""
    removed: str
    """The words marked removed (struck through), joined by "|"."""


def columns(dialog: ConflictDialog) -> list[list[Cell]]:
    """The rows of the view's table as drawn, left to right: each cell's text and marks."""
    document = dialog.changes_view.document()
    (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    rows = []
    for row in range(table.rows()):
        cells = []
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.column() != column:
                continue  # spanned by the cell before it
            text, added, removed = [], [], []
            block = document.findBlock(cell.firstPosition())
            while block.isValid() and block.position() < cell.lastPosition():
                fragments = block.begin()
                while not fragments.atEnd():
                    fragment = fragments.fragment()
                    text.append(fragment.text())
                    if fragment.charFormat().fontStrikeOut():
                        removed.append(fragment.text().strip())
                    elif fragment.charFormat().fontUnderline():
                        added.append(fragment.text().strip())
                    fragments += 1
                block = block.next()
            cells.append(Cell(" ".join("".join(text).split()), "|".join(added), "|".join(removed)))
        rows.append(cells)
    return rows


def row_with(dialog: ConflictDialog, words: str) -> list[Cell]:
    """The row of the three columns (theirs, mine, the merge) where `words` are."""
    found = [row for row in columns(dialog) if len(row) == 3 and any(words in c.text for c in row)]
    assert len(found) == 1, found
    return found[0]


def mnemonics(dialog: ConflictDialog) -> list[str]:
    return [
        match.lower()
        for button in dialog.findChildren(QAbstractButton)
        for match in re.findall(r"&(\w)", button.text())
    ]


def edit_in_editor(window: MainWindow, old: str, new: str) -> None:
    editor = window.editor_panel.editor
    assert old in editor.markdown()
    editor.set_markdown(editor.markdown().replace(old, new, 1))
    window.editing.autosave.mark_dirty()
    window.editing.autosave.save_now()


def colleague_saves(window: MainWindow, change: Callable[[str], str]) -> str:
    """Maria, on her own connection, saves the open story with `change` applied to its body."""
    newsroom = window.newsroom
    maria = newsroom.users.ensure("maria", "Maria Lopez", frozenset({Role.DESK, Role.COPY}))
    other = Newsroom.for_database(newsroom.database, maria)
    article = other.articles.get(article_of(window).id)
    body = change(article.body)
    other.articles.save(article.id, replace(ArticleEdit.of(article), body=body), article.version)
    return body


def type_at_end(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.editor_panel.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, text)
    window.editing.autosave.save_now()


def wait_for_dialog(qtbot: QtBot, window: MainWindow) -> ConflictDialog:
    qtbot.waitUntil(lambda: feature(window, ConflictController).dialog is not None, timeout=10000)
    dialog = feature(window, ConflictController).dialog
    assert isinstance(dialog, ConflictDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_edits_to_different_paragraphs_show_as_each_sides_change_and_merge(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    colleague_saves(window, lambda body: body.replace("nearly two hours", "nearly three hours", 1))
    edit_in_editor(window, "efforts to end the US-led 2011 war collapsed", "efforts fell apart")
    dialog = wait_for_dialog(qtbot, window)
    assert "Maria Lopez" in dialog.explanation.text()
    assert "keeps both" in dialog.merge_summary.text()
    assert dialog.paragraph_choices == []
    assert len(set(mnemonics(dialog))) == len(mnemonics(dialog)) == 4

    # Her change is hers, from the base: nothing of it reads as ours, struck or inserted.
    theirs, mine, merged = row_with(dialog, "three hours")
    assert (theirs.added, theirs.removed) == ("three", "two")
    assert (mine.added, mine.removed) == ("", "") and "nearly two hours" in mine.text
    assert "nearly three hours" in merged.text
    theirs, mine, merged = row_with(dialog, "fell apart")
    assert (theirs.added, theirs.removed) == ("", "")
    assert "to end the US-led 2011 war collapsed" in theirs.text
    assert mine.added == "fell apart" and "to end the US-led 2011 war collapsed" in mine.removed
    assert "Russian-American efforts fell apart in 2016" in merged.text
    if os.environ.get("NEWSDESK_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["NEWSDESK_SCREENSHOTS"], "conflict.png"))

    dialog.save_merged.click()
    editor = window.editor_panel.editor
    qtbot.waitUntil(lambda: "three hours" in editor.markdown(), timeout=10000)
    assert "efforts fell apart in 2016" in editor.markdown()
    stored = window.newsroom.articles.get(article_of(window).id)
    assert stored.body == editor.markdown()
    reasons = [line.reason for line in window.newsroom.revisions.history(stored.id)]
    assert reasons[0] == "merged with Maria Lopez's version"
    assert KEPT_REASON in reasons
    # Saving goes on normally afterwards.
    type_at_end(qtbot, window, "One more.")
    qtbot.waitUntil(
        lambda: window.newsroom.articles.get(stored.id).body.endswith("One more."), timeout=10000
    )


def test_a_paragraph_both_changed_shows_both_changes_and_is_written_by_hand(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    base = editor.markdown()
    colleague_saves(window, lambda body: body.replace("in a number of ongoing", "in many", 1))
    edit_in_editor(window, "opposite sides", "different sides")
    dialog = wait_for_dialog(qtbot, window)
    assert dialog.merge_summary.text().startswith("1 place changed on both sides.")

    theirs, mine, merged = row_with(dialog, "interests in")
    assert (theirs.added, theirs.removed) == ("many", "a number of ongoing")
    assert "opposite sides" in theirs.text
    assert (mine.added, mine.removed) == ("different", "opposite")
    assert "in a number of ongoing" in mine.text
    assert merged.text.startswith("Changed on both sides (1): Mine")

    (choice,) = dialog.paragraph_choices
    (place,) = dialog.paragraph_places
    choice.setCurrentIndex(choice.findData("both"))
    mine_then_theirs = place.text().split("\n\n")
    assert ["different sides" in p for p in mine_then_theirs] == [True, False]
    assert ["in many global" in p for p in mine_then_theirs] == [False, True]

    written = "The United States and Russia share interests, but often not a side."
    assert place.editor is not None
    place.editor.setFocus()
    qtbot.keyClick(place.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(place.editor, written)
    assert choice.currentData() == BY_HAND
    qtbot.waitUntil(lambda: written in row_with(dialog, "interests in")[2].text, timeout=5000)
    assert row_with(dialog, "interests in")[2].text.startswith(
        "Changed on both sides (1): Written by hand"
    )

    dialog.save_merged.click()
    qtbot.waitUntil(lambda: written in editor.markdown(), timeout=10000)
    paragraphs = base.split("\n\n")
    paragraphs[1] = written
    assert editor.markdown() == "\n\n".join(paragraphs)
    assert window.newsroom.articles.get(article_of(window).id).body == editor.markdown()


def test_the_same_paragraph_clash_is_settled_paragraph_by_paragraph(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    first_line = editor.markdown().split("\n\n")[0]
    colleague_saves(window, lambda body: body.replace(first_line, "Maria's opening.", 1))
    editor.set_markdown(editor.markdown().replace(first_line, "Our opening.", 1))
    window.editing.autosave.mark_dirty()
    window.editing.autosave.save_now()
    dialog = wait_for_dialog(qtbot, window)
    assert len(dialog.paragraph_choices) == 1
    dialog.paragraph_choices[0].setCurrentIndex(dialog.paragraph_choices[0].findData("both"))
    dialog.save_merged.click()
    qtbot.waitUntil(lambda: "Maria's opening." in editor.markdown(), timeout=10000)
    assert editor.markdown().startswith("Our opening.\n\nMaria's opening.")


def test_decide_later_keeps_the_text_and_the_story_menu_reopens_the_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    colleague_saves(window, lambda body: body + "\n\nMaria's addition.")
    type_at_end(qtbot, window, "Ours.")
    dialog = wait_for_dialog(qtbot, window)
    dialog.reject()
    qtbot.waitUntil(lambda: "Resolve save conflict" in window.status.currentMessage())
    assert window.editor_panel.editor.markdown().endswith("Ours.")
    assert feature(window, ConflictController).resolve_action.isEnabled()
    feature(window, ConflictController).resolve_action.trigger()
    dialog = wait_for_dialog(qtbot, window)
    dialog.keep_mine.click()
    qtbot.waitUntil(lambda: not feature(window, ConflictController).pending, timeout=10000)
    stored = window.newsroom.articles.get(article_of(window).id)
    assert stored.body.endswith("Ours.") and "Maria's addition." not in stored.body
    history = window.newsroom.revisions.history(stored.id)
    assert any("Maria's addition." in window.newsroom.revisions.get(h.id).body for h in history)


def test_fields_both_changed_are_settled_one_by_one_and_by_hand(qtbot: QtBot) -> None:
    base = ArticleEdit(headline="Talks in Sochi", standfirst="Pompeo meets Putin.", section_id=1)
    ours = replace(base, headline="Talks in Sochi, day one", section_id=2)
    theirs_edit = replace(
        base, headline="Sochi talks", standfirst="Pompeo meets Putin and Lavrov.", section_id=3
    )
    now = datetime(2024, 5, 6, 14, 30, tzinfo=UTC)
    theirs = Article(
        id=7, uuid="u", slug="talks", headline="", standfirst="", body="", dateline="",
        byline="", credit="", section_id=None, section_name="", section_slug="",
        section_path=(), tags=(), language="en", status=ArticleStatus.DRAFT, author="Maria",
        version=2, created_at=now, updated_at=now,
    ).with_edit(theirs_edit)  # fmt: skip
    names = {1: "World", 2: "Europe", 3: "Politics"}
    dialog = ConflictDialog(ConflictCase.between(ours, theirs, base, "Maria Lopez", names))
    qtbot.addWidget(dialog)
    assert list(dialog.field_places) == ["headline", "section_id"]
    section = dialog.field_choices["section_id"]
    assert [section.itemText(i) for i in range(section.count())] == [
        "Mine: Europe",
        "Theirs: Politics",
    ]
    theirs_cell, mine_cell, merged = row_with(dialog, "Pompeo meets")
    assert (theirs_cell.added, mine_cell.added, merged.text) == (
        "and Lavrov",
        "",
        "Pompeo meets Putin and Lavrov.",
    )

    headline = dialog.field_places["headline"]
    assert isinstance(headline.editor, QLineEdit)
    headline.editor.selectAll()
    qtbot.keyClicks(headline.editor, "Sochi talks, day one")
    assert headline.chosen() == BY_HAND
    section.setCurrentIndex(section.findData("theirs"))
    dialog.save_merged.click()
    chosen = dialog.chosen_edit()
    assert (chosen.headline, chosen.section_id) == ("Sochi talks, day one", 3)
    assert chosen.standfirst == "Pompeo meets Putin and Lavrov."

    # Right to left, the columns read from the right: theirs first.
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    dialog.show_changes()
    merged, mine_cell, theirs_cell = row_with(dialog, "Pompeo meets")
    assert theirs_cell.added == "and Lavrov"
