"""Edit ▸ Preferences: each kind of setting changed as a person would, then OK; the
settings file holds them, the window follows at once and a new window reads them back;
newsroom-wide lists and rules reach the checks and the comment intake; roles decide who
may change those; a wrong value is named and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QIcon, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.ui.test_copydesk import switch_user, view_rows
from tests.ui.window_helpers import SEED_SLUG, close_window, evaluate, open_story

from newsdesk.domain.entities import Comment
from newsdesk.domain.enums import CommentStatus
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.domain.intake import Submission
from newsdesk.domain.moderation import ModerationAction
from newsdesk.ui.copydesk.checks_panel import ChecksPanel
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.preferences import SHORTCUT, open_preferences
from newsdesk.ui.preferences.dialog import PreferencesDialog

Q = TypeVar("Q", bound=QObject)

DARK_PAPER = "rgb(21, 20, 18)"
LIGHT_PAPER = "rgb(251, 249, 244)"
MADE_UP = "Blorptastic"


# ---- driving the dialog ----------------------------------------------------------------
def open_dialog(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "preferencesAction")
    assert action.shortcut().toString() == SHORTCUT
    action.trigger()
    dialog = visible_dialog(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.writing.loaded and dialog.moderation.loaded, timeout=5000)
    return dialog


def visible_dialog(window: MainWindow) -> PreferencesDialog | None:
    return next((d for d in window.findChildren(PreferencesDialog) if d.isVisible()), None)


def child(dialog: QWidget, kind: type[Q], name: str = "") -> Q:
    found = dialog.findChild(kind, name) if name else dialog.findChild(kind)
    assert found is not None, name
    return found


def choose(dialog: PreferencesDialog, name: str, data: str) -> None:
    from PySide6.QtWidgets import QComboBox

    combo = child(dialog, QComboBox, name)
    index = combo.findData(data)
    assert index >= 0, (name, data)
    combo.setCurrentIndex(index)


def type_font_size(qtbot: QtBot, dialog: PreferencesDialog, text: str) -> None:
    from PySide6.QtWidgets import QComboBox

    combo = child(dialog, QComboBox, "previewFontSize")
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, text)


def press(qtbot: QtBot, dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def ok_and_wait(qtbot: QtBot, window: MainWindow, dialog: PreferencesDialog) -> None:
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: visible_dialog(window) is None, timeout=8000)
    qtbot.waitUntil(lambda: not window.background.busy, timeout=5000)


def stored(settings_file: Path) -> dict[str, str]:
    raw = QSettings(str(settings_file), QSettings.Format.IniFormat)
    raw.beginGroup("preferences")
    return {key: str(raw.value(key)) for key in raw.childKeys()}


def palette_window_lightness() -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def icon_lightness(icon: QIcon) -> float:
    """The mean lightness of an icon's drawn pixels (0 black to 255 white)."""
    image = icon.pixmap(24, 24).toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert drawn
    return sum(colour.lightness() for colour in drawn) / len(drawn)


def item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    found = table.item(row, column)
    assert found is not None
    return found


def findings(window: MainWindow) -> list[str]:
    dock = child(window, QDockWidget, "checksPanel")
    dock.show()
    return [row[2] for row in view_rows(child(dock, QTreeView, "findingList"))]


def checks_runs(window: MainWindow) -> int:
    return child(window, ChecksPanel).runs


def assert_preview_text_size(qtbot: QtBot, window: MainWindow, px: int) -> None:
    """The story's paragraphs are `px` (or the page's narrow-screen 17/18 of it)."""
    script = "parseFloat(getComputedStyle(document.querySelector('.nd-block p')).fontSize)"
    paragraph = evaluate(qtbot, window, script)
    wide = evaluate(qtbot, window, "window.innerWidth >= 480")
    expected = px if wide else px * 17 / 18
    assert abs(paragraph - expected) < 0.1, (paragraph, px, wide)


def type_into_body(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.editor_panel.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, text)


# ---- personal preferences ----------------------------------------------------------------
def test_preferences_are_stored_applied_at_once_and_read_by_a_new_window(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str, settings_file: Path
) -> None:
    window = open_window(demo_url)
    open_story(qtbot, window, SEED_SLUG)
    assert evaluate(qtbot, window, "getComputedStyle(document.body).backgroundColor") == (
        LIGHT_PAPER
    )
    assert palette_window_lightness() > 128
    assert icon_lightness(window.actions_.save.icon()) < 100

    dialog = open_dialog(qtbot, window)
    choose(dialog, "theme", "dark")
    type_font_size(qtbot, dialog, "24")
    dialog.general.autosave.setValue(4.5)
    choose(dialog, "spellingLanguage", "fr")
    choose(dialog, "uiLanguage", "fa")
    assert "as soon as you press OK" in child(dialog, QLabel, "uiLanguageNote").text()
    ok_and_wait(qtbot, window, dialog)

    assert stored(settings_file) == {
        "autosave_delay_ms": "4500",
        "spelling_language": "fr",
        "preview_font_px": "24",
        "theme": "dark",
        "ui_language": "fa",
        "wire_folders": "",
    }
    # Applied at once: the palette, the icons, the preview page, autosave, the spell check.
    assert palette_window_lightness() < 80
    assert icon_lightness(window.actions_.save.icon()) > 180
    qtbot.waitUntil(
        lambda: (
            evaluate(qtbot, window, "getComputedStyle(document.body).backgroundColor") == DARK_PAPER
        ),
        timeout=5000,
    )
    ink = evaluate(qtbot, window, "getComputedStyle(document.body).color")
    assert ink == "rgb(233, 229, 221)"
    assert_preview_text_size(qtbot, window, 24)
    assert window.editing.autosave.delay_ms == 4500
    assert window.newsroom.checks.spelling_language == "fr"
    # The interface language follows at once: Persian, right to left.
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    close_window(window)
    again = open_window(demo_url)
    assert palette_window_lightness() < 80
    assert again.editing.autosave.delay_ms == 4500
    assert again.newsroom.checks.spelling_language == "fr"
    open_story(qtbot, again, SEED_SLUG)
    assert evaluate(qtbot, again, "document.documentElement.dataset.theme") == "dark"
    assert_preview_text_size(qtbot, again, 24)
    dialog = open_dialog(qtbot, again)
    assert dialog.general.theme.currentData() == "dark"
    assert dialog.general.font_size.currentText() == "24"
    assert dialog.general.autosave.value() == 4.5
    assert dialog.general.ui_language.currentData() == "fa"

    # Back to the system's look, live: the palette, the icons and the open preview follow.
    choose(dialog, "theme", "system")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.isVisible()  # Apply keeps the dialog open
    assert palette_window_lightness() > 128
    assert icon_lightness(again.actions_.save.icon()) < 100
    qtbot.waitUntil(
        lambda: (
            evaluate(qtbot, again, "getComputedStyle(document.body).backgroundColor") == LIGHT_PAPER
        ),
        timeout=5000,
    )
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)


def test_autosave_delay_decides_when_a_story_saves(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    dialog = open_dialog(qtbot, window)
    dialog.general.autosave.setValue(3.0)
    ok_and_wait(qtbot, window, dialog)
    assert window.editing.autosave.delay_ms == 3000

    type_into_body(qtbot, window, "Update: ")
    assert window.editing.autosave.dirty
    qtbot.wait(1500)  # past the old one-second delay
    assert window.editing.autosave.dirty, "saved before the new delay"
    qtbot.waitUntil(lambda: not window.editing.autosave.dirty, timeout=5000)


def test_a_wrong_font_size_is_named_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    dialog = open_dialog(qtbot, window)
    choose(dialog, "theme", "dark")
    dialog.general.autosave.setValue(9.0)
    dialog.tabs.setCurrentWidget(dialog.copy_desk)
    type_font_size(qtbot, dialog, "200")
    dialog.writing.new_word.setText(MADE_UP)
    dialog.writing.add_word()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.isVisible()
    message = child(dialog, QLabel, "preferencesMessage").text()
    assert "between 10 and 32 px" in message and "200" in message
    assert dialog.tabs.currentWidget() is dialog.general
    assert stored(settings_file) == {}
    assert palette_window_lightness() > 128
    assert window.editing.autosave.delay_ms == 1000
    assert evaluate(qtbot, window, "document.documentElement.dataset.theme") == "light"
    qtbot.wait(200)
    assert not window.background.busy
    assert MADE_UP.lower() not in window.newsroom.checks.words()

    type_font_size(qtbot, dialog, "big")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "whole number" in child(dialog, QLabel, "preferencesMessage").text()
    assert stored(settings_file) == {}
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert stored(settings_file) == {}


# ---- the newsroom's lists and rules -----------------------------------------------------
def test_a_word_added_to_the_newsroom_list_is_no_longer_flagged(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    type_into_body(qtbot, window, f"{MADE_UP} ")
    flagged = f"Unknown word: “{MADE_UP}”"
    qtbot.waitUntil(lambda: flagged in findings(window), timeout=8000)

    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.writing)
    qtbot.keyClicks(child(dialog, QLineEdit, "newWord"), MADE_UP)
    qtbot.mouseClick(child(dialog, QPushButton, "addWord"), Qt.MouseButton.LeftButton)
    words = child(dialog, QListWidget, "wordList")
    assert words.findItems(MADE_UP.lower(), Qt.MatchFlag.MatchExactly)
    # Not one word: named, and not added.
    qtbot.keyClicks(child(dialog, QLineEdit, "newWord"), "two words")
    qtbot.mouseClick(child(dialog, QPushButton, "addWord"), Qt.MouseButton.LeftButton)
    assert "is not one word" in child(dialog, QLabel, "preferencesMessage").text()
    assert not words.findItems("two words", Qt.MatchFlag.MatchContains)
    ok_and_wait(qtbot, window, dialog)

    assert MADE_UP.lower() in window.newsroom.checks.words()
    qtbot.waitUntil(lambda: flagged not in findings(window), timeout=8000)

    # Removing it flags the word again.
    dialog = open_dialog(qtbot, window)
    words = child(dialog, QListWidget, "wordList")
    words.setCurrentItem(words.findItems(MADE_UP.lower(), Qt.MatchFlag.MatchExactly)[0])
    qtbot.mouseClick(child(dialog, QPushButton, "removeWord"), Qt.MouseButton.LeftButton)
    ok_and_wait(qtbot, window, dialog)
    assert MADE_UP.lower() not in window.newsroom.checks.words()
    qtbot.waitUntil(lambda: flagged in findings(window), timeout=8000)


def test_spelling_language_decides_the_dictionary(qtbot: QtBot, window: MainWindow) -> None:
    open_story(qtbot, window, SEED_SLUG)
    type_into_body(qtbot, window, "Aujourd'hui ")
    flagged = "Unknown word: “Aujourd'hui”"
    qtbot.waitUntil(lambda: flagged in findings(window), timeout=8000)
    dialog = open_dialog(qtbot, window)
    choose(dialog, "spellingLanguage", "fr")
    ok_and_wait(qtbot, window, dialog)
    qtbot.waitUntil(lambda: flagged not in findings(window), timeout=8000)
    # Every story is spelt in French now, this English one too.
    assert "Unknown word: “the”" in findings(window)

    dialog = open_dialog(qtbot, window)
    choose(dialog, "spellingLanguage", "")
    ok_and_wait(qtbot, window, dialog)
    qtbot.waitUntil(lambda: flagged in findings(window), timeout=8000)
    assert "Unknown word: “the”" not in findings(window)


def test_style_list_and_limits_are_edited_and_used_by_the_checks(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    type_into_body(qtbot, window, "They will utilise the bridge. ")
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.copy_desk)
    table = child(dialog, QTableWidget, "styleRules")
    before = table.rowCount()
    qtbot.mouseClick(child(dialog, QPushButton, "addRule"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == before + 1
    row = table.currentRow()
    item(table, row, 0).setText("utilise")
    item(table, row, 1).setText("use")
    child(dialog, QSpinBox, "headlineCharacters").setValue(20)
    ok_and_wait(qtbot, window, dialog)

    rules = {rule.phrase: rule.replacement for rule in window.newsroom.checks.style_rules()}
    assert rules["utilise"] == "use"
    assert window.newsroom.checks.settings().headline_characters == 20
    qtbot.waitUntil(
        lambda: any("utilise" in f and "use" in f for f in findings(window)), timeout=8000
    )
    qtbot.waitUntil(lambda: any("Headline" in f for f in findings(window)), timeout=8000)

    # Edit the rule's replacement, then remove it: the table reads back what was saved.
    dialog = open_dialog(qtbot, window)
    table = child(dialog, QTableWidget, "styleRules")
    row = next(r for r in range(table.rowCount()) if item(table, r, 0).text() == "utilise")
    item(table, row, 1).setText("use (never utilise)")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    qtbot.waitUntil(lambda: not dialog._saving, timeout=5000)
    rules = {rule.phrase: rule.replacement for rule in window.newsroom.checks.style_rules()}
    assert rules["utilise"] == "use (never utilise)"
    row = next(r for r in range(table.rowCount()) if item(table, r, 0).text() == "utilise")
    table.selectRow(row)
    qtbot.mouseClick(child(dialog, QPushButton, "removeRule"), Qt.MouseButton.LeftButton)
    # A rule without the phrase to avoid is named, and nothing is saved.
    qtbot.mouseClick(child(dialog, QPushButton, "addRule"), Qt.MouseButton.LeftButton)
    item(table, table.currentRow(), 1).setText("orphan")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert "needs the phrase to avoid" in child(dialog, QLabel, "preferencesMessage").text()
    assert dialog.tabs.currentWidget() is dialog.copy_desk
    assert "utilise" in {rule.phrase for rule in window.newsroom.checks.style_rules()}
    table.removeRow(table.currentRow())
    ok_and_wait(qtbot, window, dialog)
    assert "utilise" not in {rule.phrase for rule in window.newsroom.checks.style_rules()}


def test_intake_rules_change_what_intake_holds(qtbot: QtBot, window: MainWindow) -> None:
    article = window.newsroom.articles.find(SEED_SLUG)
    # The rules alone: the learned filter's starter holds a bare link (test_learned_filter).
    rules = window.newsroom.intake_settings.rules()
    window.newsroom.intake_settings.save(replace(rules, spam_at=1.0, hold_at=1.0))

    def comment(body: str, minute: int) -> Comment:
        comment_id = window.newsroom.intake.submit(
            Submission(
                article=str(article.id),
                name="Reader",
                email="reader@example.org",
                body=body,
                submitted_at=datetime(2024, 5, 1, 12, minute, tzinfo=UTC),
            )
        )
        return window.newsroom.comments.get(comment_id)

    first = comment("A first comment, approved by hand.", 0)
    window.newsroom.moderation.moderate([first.id], ModerationAction.APPROVE)
    assert comment("See https://example.org/a for the readout.", 5).status is (
        CommentStatus.APPROVED
    )

    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.moderation)
    child(dialog, QSpinBox, "holdLinks").setValue(1)
    child(dialog, QPlainTextEdit, "blockedWords").setPlainText("casino\n")
    ok_and_wait(qtbot, window, dialog)

    held = comment("Another link: https://example.org/b", 10)
    assert held.status is CommentStatus.PENDING
    assert HoldReason(ReasonCode.LINKS, 1) in held.reasons
    blocked = comment("Visit our casino today.", 15)
    assert blocked.status is CommentStatus.SPAM

    dialog = open_dialog(qtbot, window)
    assert child(dialog, QSpinBox, "holdLinks").value() == 1
    assert child(dialog, QPlainTextEdit, "blockedWords").toPlainText() == "casino"
    child(dialog, QCheckBox, "autoApproveKnown").setChecked(False)
    child(dialog, QSpinBox, "holdLinks").setValue(5)
    ok_and_wait(qtbot, window, dialog)
    plain = comment("Thanks for the clear report.", 20)
    assert plain.status is CommentStatus.PENDING
    assert HoldReason(ReasonCode.AUTO_APPROVAL_OFF) in plain.reasons


def test_a_desk_editor_sees_the_newsroom_settings_read_only(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    switch_user(qtbot, window, "Dana Desk")
    dialog = open_dialog(qtbot, window)
    for note in ("wordListNote", "copyDeskNote", "moderationNote"):
        text = child(dialog, QLabel, note).text()
        assert text.startswith("Read only") and "Dana Desk" in text and "desk" in text
    assert "copy editors" in child(dialog, QLabel, "wordListNote").text()
    assert "moderators" in child(dialog, QLabel, "moderationNote").text()
    assert child(dialog, QLineEdit, "newWord").isReadOnly()
    assert not child(dialog, QPushButton, "addWord").isEnabled()
    assert not child(dialog, QPushButton, "addRule").isEnabled()
    assert child(dialog, QSpinBox, "headlineCharacters").isReadOnly()
    assert child(dialog, QSpinBox, "holdLinks").isReadOnly()
    assert child(dialog, QPlainTextEdit, "blockedWords").isReadOnly()
    assert not child(dialog, QCheckBox, "autoApproveKnown").isEnabled()
    # Their own preferences stay theirs to change.
    assert dialog.general.theme.isEnabled() and dialog.writing.spelling.isEnabled()
    limits = window.newsroom.checks.settings()
    choose(dialog, "theme", "light")
    ok_and_wait(qtbot, window, dialog)
    assert stored(settings_file)["theme"] == "light"
    assert window.newsroom.checks.settings() == limits

    switch_user(qtbot, window, "Mo Moderator")
    dialog = open_dialog(qtbot, window)
    assert not child(dialog, QSpinBox, "holdLinks").isReadOnly()
    assert not child(dialog, QLabel, "moderationNote").isVisibleTo(dialog)
    assert child(dialog, QSpinBox, "headlineCharacters").isReadOnly()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)


def test_ctrl_comma_opens_one_dialog(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    first = open_preferences(window.workbench)
    assert open_preferences(window.workbench) is first
    first.reject()
    qtbot.waitUntil(lambda: visible_dialog(window) is None, timeout=2000)


def test_learned_filter_thresholds_and_trust_are_newsroom_rules(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentWidget(dialog.moderation)
    rules = window.newsroom.intake_settings.rules()
    assert child(dialog, QDoubleSpinBox, "learnedSpamAt").value() == rules.spam_at
    assert child(dialog, QDoubleSpinBox, "learnedHoldAt").value() == rules.hold_at
    assert child(dialog, QSpinBox, "trustedAfter").value() == rules.trusted_after
    child(dialog, QDoubleSpinBox, "learnedSpamAt").setValue(0.5)
    child(dialog, QDoubleSpinBox, "learnedHoldAt").setValue(0.7)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    message = child(dialog, QLabel, "preferencesMessage").text()
    assert "lower score than it spams" in message
    child(dialog, QDoubleSpinBox, "learnedSpamAt").setValue(0.97)
    child(dialog, QDoubleSpinBox, "learnedHoldAt").setValue(0.55)
    child(dialog, QSpinBox, "trustedAfter").setValue(0)
    assert child(dialog, QSpinBox, "trustedAfter").text() == "Never"
    ok_and_wait(qtbot, window, dialog)
    saved = window.newsroom.intake_settings.rules()
    assert (saved.spam_at, saved.hold_at, saved.trusted_after) == (0.97, 0.55, 0)
