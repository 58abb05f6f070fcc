"""Offline work from the main window: a newsroom on the real PostgreSQL server, this
computer's newsroom in a temporary SQLite file. Take offline, work offline, sync, merge."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from tests.ui.test_conflict_view import row_with
from tests.ui.window_helpers import (
    SEED_SLUG,
    article_of,
    close_window,
    feature,
    open_story,
    wait_for_rows,
)

from newsdesk.domain.entities import ArticleEdit
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import open_newsroom
from newsdesk.services.sync import LostDecision, SyncReport
from newsdesk.ui.articles.badges import BADGE_ROLE
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.offline.controller import SETTING_AUTO_SYNC, OfflineWork
from newsdesk.ui.offline.report_dialog import SyncReportDialog
from newsdesk.ui.open_windows import open_windows

pytestmark = pytest.mark.postgres


@pytest.fixture
def laptop_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This computer's newsroom, where "Take offline" copies to."""
    path = tmp_path / "this-computer.sqlite"
    monkeypatch.setattr("newsdesk.services.offline_work.default_database_path", lambda: path)
    return path


@pytest.fixture
def server_url(postgres_url: str) -> str:
    newsroom = open_newsroom(postgres_url)
    load_demo(newsroom)
    newsroom.close()
    return postgres_url


@pytest.fixture
def windows(
    open_window: Callable[[str], MainWindow], settings_file: Path
) -> Iterator[Callable[[str], MainWindow]]:
    """Main windows (sync by itself off: tests call it), and those they switched to."""
    QSettings(str(settings_file), QSettings.Format.IniFormat).setValue(SETTING_AUTO_SYNC, False)
    yield open_window
    for window in open_windows():
        if shiboken6.isValid(window):
            assert isinstance(window, MainWindow)
            close_window(window)
    QApplication.processEvents()


def offline_of(window: MainWindow) -> OfflineWork:
    work = feature(window, OfflineWork)
    assert isinstance(work, OfflineWork)
    return work


def badges_of(window: MainWindow, article_id: int) -> list[str]:
    model = window.article_list.model
    row = model.row_of(article_id)
    assert row is not None
    return [badge[0] for badge in model.data(model.index(row, 0), BADGE_ROLE) or ()]


def take_offline(qtbot: QtBot, window: MainWindow, slugs: list[str]) -> QMessageBox:
    ids = [window.newsroom.articles.find(slug).id for slug in slugs]
    view = window.article_list.view
    view.clearSelection()
    for article_id in ids:
        row = window.article_list.model.row_of(article_id)
        assert row is not None
        view.selectionModel().select(
            window.article_list.model.index(row, 0),
            view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
        )
    work = offline_of(window)
    if work.message_box is not None:
        work.message_box.close()
        work.message_box = None
    work.take_selected_action.trigger()
    qtbot.waitUntil(lambda: work.message_box is not None, timeout=30000)
    assert work.message_box is not None
    return work.message_box


def switched_window(qtbot: QtBot, old: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: any(w is not old for w in open_windows()), timeout=15000)
    window = next(w for w in open_windows() if w is not old)
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    wait_for_rows(qtbot, window)
    return window


def edit_body_in_editor(qtbot: QtBot, window: MainWindow, old: str, new: str) -> None:
    editor = window.editor_panel.editor
    text = editor.markdown()
    assert old in text
    start = text.index(old)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()
    qtbot.keyClicks(editor, new)
    window.editing.autosave.save_now()
    qtbot.waitUntil(lambda: not window.editing.autosave.dirty, timeout=10000)


def server_edits(server_url: str, slug: str, change: Callable[[str], str]) -> None:
    newsroom = open_newsroom(server_url)
    try:
        article = newsroom.articles.find(slug)
        edit = replace(ArticleEdit.of(article), body=change(article.body))
        newsroom.articles.save(article.id, edit, article.version, "edited in the newsroom")
    finally:
        newsroom.close()


def server_body(server_url: str, slug: str) -> str:
    newsroom = open_newsroom(server_url)
    try:
        return newsroom.articles.find(slug).body
    finally:
        newsroom.close()


def work_offline_on(
    qtbot: QtBot, windows: Callable[[str], MainWindow], server_url: str, slugs: list[str]
) -> MainWindow:
    server_window = windows(server_url)
    box = take_offline(qtbot, server_window, slugs)
    work_now = next(b for b in box.buttons() if "Work offline" in b.text())
    qtbot.mouseClick(work_now, Qt.MouseButton.LeftButton)
    laptop_window = switched_window(qtbot, server_window)
    work = offline_of(laptop_window)
    qtbot.waitUntil(lambda: work.label.isVisible(), timeout=10000)
    return laptop_window


def test_taken_offline_stories_are_badged_in_the_newsroom(
    qtbot: QtBot, windows: Callable[[str], MainWindow], server_url: str, laptop_file: Path
) -> None:
    window = windows(server_url)
    work = offline_of(window)
    assert work.take_selected_action.isEnabled()
    assert not work.sync_action.isEnabled()  # nothing offline yet
    assert not work.work_offline_action.isEnabled()

    box = take_offline(qtbot, window, [SEED_SLUG])

    seed = window.newsroom.articles.find(SEED_SLUG)
    assert f"Took “{seed.headline}” offline" in box.text()
    qtbot.waitUntil(lambda: badges_of(window, seed.id) == ["Offline"], timeout=5000)
    others = [i for i in window.article_list.model.ids() if i != seed.id]
    assert "Offline" not in badges_of(window, others[0])
    assert laptop_file.exists()
    assert work.sync_action.isEnabled() and work.work_offline_action.isEnabled()
    window.grab().save(str(laptop_file.with_name("taken-offline.png")))

    # Taking it again copies nothing twice.
    box = take_offline(qtbot, window, [SEED_SLUG])
    assert "1 already there" in box.text()


def test_work_offline_then_sync_sends_the_edit(
    qtbot: QtBot, windows: Callable[[str], MainWindow], server_url: str, laptop_file: Path
) -> None:
    window = work_offline_on(qtbot, windows, server_url, [SEED_SLUG])
    work = offline_of(window)
    assert window.newsroom.database.is_sqlite
    assert work.label.text() == "Offline — all synced"
    assert work.back_online_action.isVisible() and not work.work_offline_action.isVisible()
    assert not work.take_selected_action.isEnabled()

    open_story(qtbot, window, SEED_SLUG)
    edit_body_in_editor(qtbot, window, "Russian", "Russian (edited on the train)")
    qtbot.waitUntil(lambda: work.label.text() == "Offline — 1 change to sync", timeout=10000)
    window.grab().save(str(laptop_file.with_name("offline-window.png")))

    work.sync_action.trigger()
    qtbot.waitUntil(lambda: not work.job.running, timeout=30000)
    assert "1 sent" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: work.label.text() == "Offline — all synced", timeout=10000)
    assert "Russian (edited on the train)" in server_body(server_url, SEED_SLUG)


def test_the_same_paragraph_changed_on_both_sides_opens_the_conflict_view(
    qtbot: QtBot, windows: Callable[[str], MainWindow], server_url: str, laptop_file: Path
) -> None:
    window = work_offline_on(qtbot, windows, server_url, [SEED_SLUG])
    work = offline_of(window)
    open_story(qtbot, window, SEED_SLUG)
    edit_body_in_editor(qtbot, window, "Russian", "Russian (laptop)")
    server_edits(server_url, SEED_SLUG, lambda body: body.replace("Russian", "Russian (desk)", 1))

    work.sync_action.trigger()
    qtbot.waitUntil(lambda: work.report_dialog is not None, timeout=30000)
    report = work.report_dialog
    assert isinstance(report, SyncReportDialog)
    headline = article_of(window).headline
    assert any(what == headline for what, _details in report.rows())
    seed_id = article_of(window).id
    qtbot.waitUntil(lambda: badges_of(window, seed_id)[:1] == ["Needs merge"], timeout=10000)
    assert "to merge" in work.label.text()
    window.grab().save(str(laptop_file.with_name("needs-merge.png")))

    assert report.resolve_button is not None
    qtbot.mouseClick(report.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: work.conflict_dialog is not None, timeout=10000)
    dialog = work.conflict_dialog
    assert dialog is not None
    assert "Russian (desk)" in dialog.case.theirs_edit.body
    assert "Russian (laptop)" in dialog.case.ours.body
    # Each side's change from the base: the desk's is not shown as ours struck out.
    theirs, mine, merged = row_with(dialog, "Russian (")
    assert (theirs.added, theirs.removed) == ("(desk)", "")
    assert (mine.added, mine.removed) == ("(laptop)", "")
    assert merged.text.startswith("Changed on both sides (1): Mine")
    (place,) = dialog.paragraph_places
    place.write(place.texts["ours"].replace("Russian (laptop)", "Russian (laptop and desk)"))
    qtbot.mouseClick(dialog.save_merged, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Offline" in badges_of(window, seed_id), timeout=10000)
    assert "Merged" in window.statusBar().currentMessage()
    work.sync_action.trigger()
    qtbot.waitUntil(lambda: not work.job.running, timeout=30000)
    qtbot.waitUntil(
        lambda: "Russian (laptop and desk)" in server_body(server_url, SEED_SLUG), timeout=10000
    )
    assert "Russian (desk)" not in server_body(server_url, SEED_SLUG)


def test_sync_by_itself_waits_while_the_newsroom_is_out_of_reach(
    qtbot: QtBot, windows: Callable[[str], MainWindow], server_url: str, laptop_file: Path
) -> None:
    window = work_offline_on(qtbot, windows, server_url, [SEED_SLUG])
    work = offline_of(window)
    open_story(qtbot, window, SEED_SLUG)
    edit_body_in_editor(qtbot, window, "Russian", "Russian (auto)")
    qtbot.waitUntil(lambda: "1 change to sync" in work.label.text(), timeout=10000)

    # The newsroom is unreachable: the change waits, and the tooltip says why.
    assert work.status is not None
    real_address = work.status.server_address
    assert real_address is not None
    work.status = replace(work.status, server_address=unreachable(real_address))
    window.settings.setValue(SETTING_AUTO_SYNC, True)
    work._auto_sync_tick()
    qtbot.waitUntil(lambda: not work._quiet_sync_running, timeout=30000)
    assert work.out_of_reach
    qtbot.waitUntil(lambda: "out of reach" in work.label.toolTip(), timeout=10000)
    assert "Russian (auto)" not in server_body(server_url, SEED_SLUG)

    # Back in reach: the next tick syncs without a dialog.
    qtbot.waitUntil(lambda: work.status is not None and work.status.server_address == real_address)
    work._auto_sync_tick()
    qtbot.waitUntil(lambda: not work._quiet_sync_running, timeout=30000)
    qtbot.waitUntil(lambda: "Russian (auto)" in server_body(server_url, SEED_SLUG), timeout=10000)
    assert not work.out_of_reach and work.report_dialog is None


def unreachable(address: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(address).set(port=9).render_as_string(hide_password=False)


def test_a_local_newsroom_offers_no_sync(
    qtbot: QtBot, windows: Callable[[str], MainWindow], demo_url: str, laptop_file: Path
) -> None:
    window = windows(demo_url)
    work = offline_of(window)
    qtbot.waitUntil(lambda: work.side.value == "local", timeout=5000)
    assert not work.sync_action.isEnabled()
    assert not work.take_selected_action.isEnabled()
    assert not work.label.isVisible()
    work.sync_now()
    assert "no newsroom to sync with" in window.statusBar().currentMessage()


def test_the_sync_report_lists_the_moderation_decisions_that_lost(qtbot: QtBot) -> None:
    report = SyncReport(
        comments=2,
        lost_decisions=(
            LostDecision("c1", "Great article, thanks", "spam", "approved", "Maria Lopez"),
            LostDecision("c2", "Buy cheap watches", "trash", "spam", ""),
        ),
    )
    dialog = SyncReportDialog(report, {})
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert rows[0][0].startswith("Your moderation decisions that lost")
    assert rows[0][0].endswith("(2)")
    assert ("Great article, thanks", "you: spam · newsroom: approved (by Maria Lopez)") in rows
    assert rows[2][1].endswith("(by someone in the newsroom)")
    assert dialog.resolve_button is None
    assert "2 comment decisions" in dialog.summary.text()


def test_a_sync_that_moved_only_plan_items_says_how_many(qtbot: QtBot) -> None:
    from newsdesk.ui.offline.report_dialog import summary_line

    report = SyncReport(plan_items_sent=2, plan_items_fetched=1)

    assert summary_line(report) == "Synced: 2 plan items sent, 1 plan items received."
