"""The Wires view on the real window: agency items listed with their facts, the text
shown read-only, Rewrite making a credited draft, the diff against the wire one key away,
and the notice when the agency updates the item."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from tests.ui.test_preferences import ok_and_wait, open_dialog, press
from tests.ui.window_helpers import article_of, feature

from newsdesk.domain.changes import Changes
from newsdesk.domain.enums import Role
from newsdesk.domain.wires import WireItem, WireSignal, WireStatus
from newsdesk.services.article_views import SavedView
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import open_newsroom
from newsdesk.ui.articles.badges import BADGE_ROLE
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.wires import Wires
from newsdesk.ui.wires.watcher import WireFolderWatcher
from newsdesk.ui.workspaces.controller import Workspace, Workspaces


def _item(version: int = 1, headline: str = "Le port rouvre", **fields: object) -> WireItem:
    return WireItem(
        guid="urn:newsml:afp.com:20261207:harbour",
        version=version,
        agency="AFP",
        headline=headline,
        body="Le port a rouvert lundi.\n",
        source_format="ninjs",
        source="{}",
        slugline="port-reouverture",
        byline="Jeanne Martin",
        dateline="MARSEILLE",
        language="fr",
        urgency=3,
        **fields,  # type: ignore[arg-type]
    )


def _deliver(url: str, *items: WireItem) -> None:
    newsroom = open_newsroom(url)
    try:
        newsroom.wires.take([(f"item-{i.version}.json", i) for i in items])
    finally:
        newsroom.close()


def _cell(wires: Wires, row: int, column: int) -> str:
    return str(wires.view.model.index(row, column).data())


def test_the_wires_view_lists_items_and_rewrite_makes_a_credited_draft(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str, tmp_path: Path
) -> None:
    _deliver(demo_url, _item())
    window = open_window(demo_url)
    wires = feature(window, Wires)
    qtbot.keyClick(
        window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: wires.view.model.rowCount() == 1)
    assert wires.toggle.isChecked() and window.pages.current is wires.view
    assert [_cell(wires, 0, c) for c in (1, 2, 3, 4, 5)] == [
        "AFP", "3", "port-reouverture", "Le port rouvre", "1",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: "Le port a rouvert lundi." in wires.view.text.toPlainText())
    assert wires.view.text.isReadOnly()
    qtbot.waitUntil(lambda: "the only one" in wires.view.history.text())
    assert [wires.view.agency.itemText(i) for i in range(wires.view.agency.count())] == [
        "All agencies",
        "AFP",
    ]
    assert wires.view.rewrite.isEnabled()
    qtbot.mouseClick(wires.view.rewrite, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.editing.article is not None
            and window.editing.article.headline == "Le port rouvre"
        )
    )
    draft = article_of(window)
    assert (draft.credit, draft.byline, draft.dateline) == ("AFP", "Jeanne Martin", "MARSEILLE")
    assert not wires.toggle.isChecked() and window.pages.current is None
    assert "crediting AFP" in window.status.currentMessage()
    # The diff against the wire, one key away.
    window.editor_panel.setFocus()
    wires.compare.trigger()
    qtbot.waitUntil(lambda: wires.dialog is not None and wires.dialog.isVisible())
    assert wires.dialog is not None
    assert wires.dialog.windowTitle() == "Compare the AFP wire with your story"
    wires.dialog.close()


def test_an_update_of_a_rewritten_item_is_told_and_compared(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    _deliver(demo_url, _item())
    window = open_window(demo_url)
    wires = feature(window, Wires)
    wire_id = window.newsroom.wires.current()[0].id
    wires.rewrite(wire_id)
    qtbot.waitUntil(
        lambda: window.editing.article is not None and window.editing.article.credit == "AFP"
    )
    _deliver(demo_url, _item(2, "Le port rouvre, les navires attendent"))
    wires.check_notices()
    qtbot.waitUntil(
        lambda: "The AFP story you rewrote was updated" in window.status.currentMessage()
    )
    wires.compare.trigger()
    qtbot.waitUntil(lambda: wires.dialog is not None and wires.dialog.isVisible())
    assert wires.dialog is not None
    assert wires.dialog.windowTitle() == "Compare AFP version 1 with AFP version 2"
    qtbot.waitUntil(lambda: window.newsroom.wires.notices() == [])
    wires.dialog.close()
    QApplication.processEvents()


def test_a_withdrawn_item_is_flagged_and_cannot_be_rewritten(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    _deliver(demo_url, _item(), _item(2, status=WireStatus.CANCELED))
    window = open_window(demo_url)
    wires = feature(window, Wires)
    wires.toggle.trigger()
    qtbot.waitUntil(lambda: wires.view.model.rowCount() == 1)
    assert _cell(wires, 0, 6) == "Withdrawn"
    # A story rewritten from it before the withdrawal says so whenever it is opened.
    history = window.newsroom.wires.history("urn:newsml:afp.com:20261207:harbour")
    draft = window.newsroom.wires.rewrite(history[-1].id)
    wires.toggle.trigger()
    window.editing.open(draft.id)
    # Said on opening ("… this story was written from"); the notice of the withdrawal,
    # read after the rewrite's change, may say it in its own words first or just after.
    qtbot.waitUntil(lambda: "AFP withdrew the item" in window.status.currentMessage())
    window.workbench.apply_changes(Changes(articles=frozenset({draft.id}), article_list=True))

    def badges() -> list[str]:
        model = window.article_list.model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if "Le port rouvre" in str(index.data()):
                return [text for text, _colour, _short in index.data(BADGE_ROLE) or ()]
        return []

    qtbot.waitUntil(lambda: "Wire withdrawn" in badges())
    wires.toggle.trigger()
    qtbot.waitUntil(lambda: wires.view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: "Withdrawn by the agency" in wires.view.text.toPlainText())
    assert not wires.view.rewrite.isEnabled()
    qtbot.waitUntil(lambda: "Versions received, newest first: 2, 1" in wires.view.history.text())


# ---- agency folders --------------------------------------------------------------------------
def _ninjs(folder: Path, name: str, version: str) -> Path:
    document = {
        "uri": "urn:newsml:dpa.com:20261207:folder",
        "version": version,
        "type": "text",
        "infoSources": [{"name": "dpa"}],
        "headlines": [{"role": "main", "value": f"Aus dem Ordner, Fassung {version}"}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Text.</p>"}],
    }
    path = folder / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_watched_folder_is_named_in_preferences_and_picked_up_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    drop = tmp_path / "dpa"
    drop.mkdir()
    dialog = open_dialog(qtbot, window)
    dialog.general.wire_folders.setPlainText("relative/folder")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    message = dialog.findChild(QLabel, "preferencesMessage")
    assert message is not None and "must be a full path" in message.text()
    assert dialog.focusWidget() is dialog.general.wire_folders
    dialog.general.wire_folders.setPlainText(str(drop))
    ok_and_wait(qtbot, window, dialog)

    watcher = feature(window, WireFolderWatcher)
    wires = feature(window, Wires)
    _ninjs(drop, "one.json", "1")
    (drop / "broken.json").write_text("{", encoding="utf-8")
    (drop / "notes.txt").write_text("not an item", encoding="utf-8")
    calls: list[bool] = []
    original = window.newsroom.wires.take

    def on_which_thread(*args: object) -> object:
        calls.append(threading.current_thread() is threading.main_thread())
        return original(*args)  # type: ignore[arg-type]

    window.newsroom.wires.take = on_which_thread  # type: ignore[method-assign,assignment]
    watcher.look()
    qtbot.waitUntil(lambda: "1 wire item(s) came in" in window.status.currentMessage())
    assert calls == [False]
    assert [s.item.headline for s in window.newsroom.wires.current()] == [
        "Aus dem Ordner, Fassung 1"
    ]
    # Files already seen are not read again; a new version is.
    watcher.look()
    qtbot.waitUntil(lambda: not window.background.busy)
    assert calls == [False]
    _ninjs(drop, "two.json", "2")
    wires.toggle.trigger()
    watcher.look()
    qtbot.waitUntil(lambda: _cell(wires, 0, 5) == "2" if wires.view.model.rowCount() else False)
    assert len(window.newsroom.wires.history("urn:newsml:dpa.com:20261207:folder")) == 2


def test_a_moderators_window_leaves_the_agency_folders_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    drop = tmp_path / "dpa"
    drop.mkdir()
    _ninjs(drop, "one.json", "1")
    window.workbench.settings.setValue("preferences/wire_folders", str(drop))
    watcher = feature(window, WireFolderWatcher)
    editor = window.newsroom.user
    window.newsroom.identity.switch(
        window.newsroom.users.ensure("mod", "Mod", frozenset({Role.MODERATOR}))
    )
    watcher.look()
    qtbot.wait(300)
    assert not window.background.busy and window.newsroom.wires.current() == []
    window.newsroom.identity.switch(editor)
    watcher.look()
    qtbot.waitUntil(lambda: len(window.newsroom.wires.current()) == 1)


def test_each_agency_folder_credits_its_agency_to_items_that_name_none(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    reuters = tmp_path / "reuters"
    afp = tmp_path / "afp"
    reuters.mkdir()
    afp.mkdir()
    dialog = open_dialog(qtbot, window)
    dialog.general.wire_folders.setPlainText(f"{reuters} = {'R' * 121}\n{afp} = AFP")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    message = dialog.findChild(QLabel, "preferencesMessage")
    assert message is not None and "at most 120 characters" in message.text()
    dialog.general.wire_folders.setPlainText(f"{reuters} = Reu\x07ters")
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "plain text of at most 120 characters" in message.text()
    assert dialog.focusWidget() is dialog.general.wire_folders
    dialog.general.wire_folders.setPlainText(f"{reuters} =  Reuters \n{afp} = AFP")
    ok_and_wait(qtbot, window, dialog)

    # A bare item (no agency, a guid that names none) is credited to its folder's agency;
    # one that names its agency keeps it.
    bare = {
        "uri": "item-4711",
        "version": "1",
        "type": "text",
        "headlines": [{"role": "main", "value": "Markets open higher"}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Up.</p>"}],
    }
    (reuters / "bare.json").write_text(json.dumps(bare), encoding="utf-8")
    _ninjs(afp, "dpa-in-afp.json", "1")  # names dpa itself
    watcher = feature(window, WireFolderWatcher)
    watcher.look()
    qtbot.waitUntil(lambda: "2 wire item(s) came in" in window.status.currentMessage())
    agencies = {s.item.headline: s.item.agency for s in window.newsroom.wires.current()}
    assert agencies == {"Markets open higher": "Reuters", "Aus dem Ordner, Fassung 1": "dpa"}
    wires = feature(window, Wires)
    wires.toggle.trigger()
    qtbot.waitUntil(lambda: wires.view.model.rowCount() == 2)
    shown = {_cell(wires, row, 1) for row in range(2)}
    assert "Reuters" in shown


# ---- live, between windows -------------------------------------------------------------------
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_url(request: pytest.FixtureRequest) -> str:
    """One demo newsroom, for a window and another client (the CLI, another desk)."""
    fixture = "demo_url" if request.param == "sqlite" else "postgres_url"
    url = str(request.getfixturevalue(fixture))
    if request.param == "postgresql":
        newsroom = open_newsroom(url)
        load_demo(newsroom)
        newsroom.close()
    return url


LIVE_MS = 5_000
"""Well under the notices' minute: only a live change can tell this soon."""


def test_an_import_elsewhere_shows_in_the_wires_view_and_tells_the_rewriter_at_once(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], shared_url: str
) -> None:
    _deliver(shared_url, _item())
    here = open_window(shared_url)
    there = open_window(shared_url)
    wires = feature(here, Wires)
    wires.rewrite(here.newsroom.wires.current()[0].id)
    qtbot.waitUntil(
        lambda: here.editing.article is not None and here.editing.article.credit == "AFP"
    )
    # The other window's Wires view, open, takes in what a third client imports.
    there_wires = feature(there, Wires)
    there_wires.toggle.trigger()
    qtbot.waitUntil(lambda: there_wires.view.model.rowCount() == 1)
    other = replace(_item(), guid="urn:newsml:afp.com:20261207:other", headline="Grève levée")
    _deliver(shared_url, other)
    qtbot.waitUntil(lambda: there_wires.view.model.rowCount() == 2, timeout=LIVE_MS)
    assert "Grève levée" in {str(there_wires.view.model.index(row, 4).data()) for row in range(2)}
    # The agency corrects the item rewritten here: the rewriter hears of it now.
    _deliver(shared_url, _item(2, "Le port rouvre enfin", signal=WireSignal.CORRECTION))
    qtbot.waitUntil(
        lambda: "The AFP story you rewrote was corrected" in here.status.currentMessage(),
        timeout=LIVE_MS,
    )
    qtbot.waitUntil(lambda: _cell(there_wires, 0, 5) == "2" or _cell(there_wires, 1, 5) == "2")


def test_the_wires_workspace_filters_the_story_list_to_rewrites_with_their_wire_badge(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    _deliver(demo_url, _item())
    window = open_window(demo_url)
    draft = window.newsroom.wires.rewrite(window.newsroom.wires.current()[0].id)
    workspaces = feature(window, Workspaces)
    views = window.workbench.stories.saved_views
    workspaces.switch(Workspace.WIRES)
    assert views.saved_view() is SavedView.WIRES and views.currentText().startswith("Wires")
    model = window.article_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    def badges() -> list[str]:
        return [text for text, _colour, _short in model.index(0, 0).data(BADGE_ROLE) or ()]

    qtbot.waitUntil(lambda: "AFP v1 · U3" in badges())
    assert str(model.index(0, 0).data()) == draft.headline
    _deliver(demo_url, _item(2, "Le port rouvre enfin"))
    feature(window, Wires).check_notices()
    qtbot.waitUntil(lambda: "Wire updated" in badges() and "AFP v2 · U3" in badges())
    workspaces.switch(Workspace.WRITE)
    assert views.saved_view() is None
    qtbot.waitUntil(lambda: model.rowCount() > 1)


def test_reading_the_wires_again_unchanged_keeps_the_readers_place(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    long_text = "\n\n".join(f"Paragraphe {n} du texte de l'agence." for n in range(200))
    _deliver(demo_url, replace(_item(), body=long_text))
    window = open_window(demo_url)
    wires = feature(window, Wires)
    wires.toggle.setChecked(True)
    qtbot.waitUntil(lambda: "Paragraphe 199" in wires.view.text.toPlainText())
    bar = wires.view.text.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    resets: list[bool] = []
    wires.view.model.modelReset.connect(lambda: resets.append(True))
    # Another window's commit (every commit on SQLite says wires may have changed).
    window.workbench.changed_elsewhere.emit(Changes(wires=True))
    qtbot.wait(500)
    assert not resets and bar.value() == place
    # A new version does reload and show it.
    _deliver(demo_url, replace(_item(version=2, headline="Le port rouvre enfin"), body="Neuf."))
    window.workbench.changed_elsewhere.emit(Changes(wires=True))
    qtbot.waitUntil(lambda: _cell(wires, 0, 4) == "Le port rouvre enfin")
    qtbot.waitUntil(lambda: "Neuf." in wires.view.text.toPlainText())


def test_an_empty_wires_view_says_how_agency_copy_comes_in(
    qtbot: QtBot, open_window: Callable[[str], MainWindow], demo_url: str
) -> None:
    window = open_window(demo_url)
    wires = feature(window, Wires)
    wires.toggle.setChecked(True)
    qtbot.wait(300)
    assert wires.view.model.rowCount() == 0
    hint = wires.view.text.toPlainText()
    assert "Agency folders" in hint and "newsdesk import ninjs" in hint
    _deliver(demo_url, _item())
    window.workbench.changed_elsewhere.emit(Changes(wires=True))
    qtbot.waitUntil(lambda: "Le port a rouvert lundi." in wires.view.text.toPlainText())
