"""The Media panel and pictures in the story, in the real window: a picture dropped on the
editor is added and shows in the preview (loaded through the preview's own URL scheme,
its space reserved), the panel lists and searches the library, a lead picture shows
above the body, and edited texts reach the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDropEvent,
    QGuiApplication,
    QImage,
    QTextCursor,
)
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QLineEdit, QListView
from pytestqt.qtbot import QtBot
from tests.media_samples import encoded, photo_desk_jpeg, pixels
from tests.ui.window_helpers import evaluate, feature, open_story, wait_for_script

from newsdesk.domain.media import RenditionKind
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.media.desk import MediaDesk
from newsdesk.ui.media.lead_texts import LeadTextsDialog
from newsdesk.ui.media.texts_dialog import PictureTextsDialog

SEED_SLUG = "us-and-russian-authorities-show-desire-to-improve-relations"
LOADED_FIGURE = (
    "(() => { const i = document.querySelector('#article-body figure.picture img');"
    " return !!i && i.complete && i.naturalWidth > 0; })()"
)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "pushkin.jpg"
    path.write_bytes(photo_desk_jpeg(1600, 1200))
    return path


def _drop_on_editor(window: MainWindow, files: list[Path]) -> None:
    """Qt delivers drop events only during a real drag (sendEvent does not), so the drop
    goes straight to the filter the media feature put on the editor."""
    viewport = window.editor_panel.editor.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert feature(window, MediaDesk).eventFilter(viewport, event)
    assert event.isAccepted()


def test_a_picture_dropped_on_the_editor_shows_in_the_preview(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    desk = feature(window, MediaDesk)
    open_story(qtbot, window, SEED_SLUG)
    with qtbot.waitSignal(desk.pictures_added, timeout=10000):
        _drop_on_editor(window, [photo])
    assert '"Protesters gather in Pushkin Square")' in window.editor_panel.editor.toPlainText()
    wait_for_script(qtbot, window, LOADED_FIGURE, timeout=5)
    sizes = evaluate(
        qtbot,
        window,
        "(() => { const i = document.querySelector('#article-body figure img');"
        " return [i.getAttribute('width'), i.getAttribute('height'),"
        " i.currentSrc.split(':')[0]].join(' '); })()",
    )
    assert sizes == "720 540 newsdesk-media"  # the space reserved; no file path
    caption = evaluate(
        qtbot, window, "document.querySelector('#article-body figcaption').innerText"
    )
    assert "Protesters gather in Pushkin Square" in caption and "REUTERS" in caption.upper()


def test_the_panel_lists_and_searches_the_library(
    qtbot: QtBot, window: MainWindow, photo: Path, tmp_path: Path
) -> None:
    desk = feature(window, MediaDesk)
    dock = window.findChild(QDockWidget, "mediaPanel")
    assert dock is not None
    chart = tmp_path / "budget-chart.png"
    chart.write_bytes(encoded(pixels(400, 300), "PNG"))
    with qtbot.waitSignal(desk.pictures_added, timeout=10000):
        desk.panel.files_dropped.emit([photo, chart])
    grid = desk.panel.findChild(QListView, "mediaGrid")
    assert grid is not None
    qtbot.waitUntil(lambda: grid.model().rowCount() == 2, timeout=5000)
    qtbot.waitUntil(
        lambda: grid.model().index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None,
        timeout=5000,
    )
    assert grid.model().index(1, 0).data() == "Protesters gather in Pushkin Square"
    search = desk.panel.findChild(QLineEdit, "mediaSearch")
    assert search is not None
    qtbot.keyClicks(search, "budget")
    qtbot.waitUntil(lambda: grid.model().rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: grid.model().index(0, 0).data() == "budget-chart.png", timeout=5000)
    assert desk.panel.count.text() == "1 picture"


def test_a_lead_picture_and_edited_texts_reach_the_preview(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    desk = feature(window, MediaDesk)
    open_story(qtbot, window, SEED_SLUG)
    with qtbot.waitSignal(desk.pictures_added, timeout=10000) as added:
        desk.add_files([photo])
    picture_id = added.args[0][0].picture.id
    desk.make_lead(picture_id)
    wait_for_script(
        qtbot, window, "!!document.querySelector('#article-lead figure.lead-picture img')"
    )
    desk.edit_texts(picture_id)
    qtbot.waitUntil(
        lambda: window.findChild(PictureTextsDialog, "pictureTextsDialog") is not None,
        timeout=5000,
    )
    dialog = window.findChild(PictureTextsDialog, "pictureTextsDialog")
    assert dialog is not None and dialog.ui.credit.text() == "Sahar News/Reuters"
    dialog.ui.caption.setPlainText("Crowds in the square <b>at noon</b>")
    with qtbot.waitSignal(desk.library_changed, timeout=5000):
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save).click()
    wait_for_script(
        qtbot,
        window,
        "(document.querySelector('#article-lead figcaption') || {innerText: ''})"
        ".innerText.includes('Crowds in the square <b>at noon</b>')",
    )
    assert window.newsroom.media.get(picture_id).text.caption.startswith("Crowds")


def test_check_also_teasers_in_the_preview_show_the_linked_storys_lead_thumbnail(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    newsroom = window.newsroom
    story = newsroom.articles.find(SEED_SLUG)
    others = [i for i in newsroom.articles.list_ids() if i != story.id]
    target = others[0]
    picture = newsroom.media.add_file(photo).picture
    newsroom.media.set_lead(target, picture.id)
    if target not in {link.target_article_id for link in story.related_links}:
        newsroom.related_links.add_article(story.id, target)
    open_story(qtbot, window, SEED_SLUG)
    loaded = (
        "(() => { const i = document.querySelector("
        "'#check-also .teaser-image img[src^=\"newsdesk-media:\"]');"
        " return !!i && i.complete && i.naturalWidth > 0; })()"
    )
    wait_for_script(qtbot, window, loaded, timeout=10)
    markup = evaluate(
        qtbot,
        window,
        "(() => { const i = document.querySelector('#check-also .teaser-image img');"
        " return [i.getAttribute('width'), i.getAttribute('height'), i.getAttribute('alt'),"
        " i.getAttribute('src').split('/').pop()].join(' '); })()",
    )
    thumbnail = picture.rendition(RenditionKind.THUMBNAIL)
    assert thumbnail is not None
    assert markup == f"{thumbnail.width} {thumbnail.height}  thumbnail"


def test_the_storys_own_lead_caption_and_credit_are_edited_and_shown(
    qtbot: QtBot, window: MainWindow, photo: Path
) -> None:
    desk = feature(window, MediaDesk)
    open_story(qtbot, window, SEED_SLUG)
    action = window.findChild(QAction, "leadTextsAction")
    assert action is not None and action.isEnabled()
    with qtbot.waitSignal(desk.pictures_added, timeout=10000) as added:
        desk.add_files([photo])
    picture_id = added.args[0][0].picture.id
    desk.make_lead(picture_id)
    wait_for_script(
        qtbot, window, "!!document.querySelector('#article-lead figure.lead-picture img')"
    )
    action.trigger()
    qtbot.waitUntil(
        lambda: window.findChild(LeadTextsDialog, "leadTextsDialog") is not None, timeout=5000
    )
    dialog = window.findChild(LeadTextsDialog, "leadTextsDialog")
    assert dialog is not None
    # Empty fields: the picture's own texts show greyed.
    assert dialog.caption.toPlainText() == ""
    assert dialog.caption.placeholderText() == "Protesters gather in Pushkin Square"
    assert dialog.credit.placeholderText() == "Sahar News/Reuters"
    dialog.caption.setPlainText("The square on Monday <i>noon</i>")
    qtbot.keyClicks(dialog.credit, "Sahar News")
    with qtbot.waitSignal(desk.lead_texts.saved, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_for_script(
        qtbot,
        window,
        "(document.querySelector('#article-lead figcaption') || {innerText: ''})"
        ".innerText.includes('The square on Monday <i>noon</i>')",
    )
    caption = evaluate(
        qtbot, window, "document.querySelector('#article-lead figcaption').innerText"
    )
    assert "SAHAR NEWS" in caption.upper() and "REUTERS" not in caption.upper()
    # The library's texts are the picture's still.
    assert window.newsroom.media.get(picture_id).text.credit == "Sahar News/Reuters"


def test_a_picture_pasted_into_the_editor_is_added_and_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    desk = feature(window, MediaDesk)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    assert editor.canPaste()
    with qtbot.waitSignal(desk.pictures_added, timeout=10000) as added:
        editor.paste()  # what Ctrl+V and the context menu's Paste run
    (picture,) = added.args[0]
    assert (picture.picture.width, picture.picture.height) == (640, 480)
    assert picture.picture.mime == "image/png"
    assert window.newsroom.media.get(picture.picture.id).filename == "pasted.png"
    assert editor.toPlainText().rstrip().endswith(f"![](media:{picture.picture.id})")
    shown = (
        "(() => { const i = document.querySelector('#article-body img[src^=\"newsdesk-media:\"]');"
        " return !!i && i.complete && i.naturalWidth > 0; })()"
    )
    wait_for_script(qtbot, window, shown, timeout=5)


def test_text_with_a_picture_beside_it_pastes_as_text(qtbot: QtBot, window: MainWindow) -> None:
    desk = feature(window, MediaDesk)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setText("Copied words")
    mime.setImageData(QImage(20, 20, QImage.Format.Format_RGB32))
    with qtbot.assertNotEmitted(desk.pictures_added, wait=200):
        editor.insertFromMimeData(mime)
    assert editor.toPlainText().endswith("Copied words")


def test_a_picture_pasted_into_the_media_panel_is_added(qtbot: QtBot, window: MainWindow) -> None:
    desk = feature(window, MediaDesk)
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#a53a3a"))
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(desk.pictures_added, timeout=10000) as added:
        desk.panel.paste()
    (picture,) = added.args[0]
    assert (picture.picture.width, picture.picture.height, picture.picture.filename) == (
        300,
        200,
        "pasted.png",
    )


def test_a_pasted_pictures_own_bytes_go_to_the_library_undecoded_here(
    qtbot: QtBot, window: MainWindow
) -> None:
    desk = feature(window, MediaDesk)
    open_story(qtbot, window, SEED_SLUG)
    editor = window.editor_panel.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    jpeg = encoded(pixels(200, 150), "JPEG", quality=80)
    mime = QMimeData()
    mime.setData("image/jpeg", jpeg)
    assert editor.canInsertFromMimeData(mime)
    with qtbot.waitSignal(desk.pictures_added, timeout=10000) as added:
        editor.insertFromMimeData(mime)
    (picture,) = added.args[0]
    # Its own bytes reached the library (an image decoded here would have become a PNG).
    assert (picture.picture.mime, picture.picture.width) == ("image/jpeg", 200)
    assert editor.toPlainText().rstrip().endswith(f"(media:{picture.picture.id})")


def test_broken_picture_bytes_pasted_add_nothing_and_say_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    desk = feature(window, MediaDesk)
    before = len(window.newsroom.media.ids())
    mime = QMimeData()
    mime.setData("image/png", b"\x89PNG\r\n\x1a\n not really a picture")
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.assertNotEmitted(desk.pictures_added, wait=200):
        desk.panel.paste()
        qtbot.waitUntil(
            lambda: "Nothing was added" in window.status.currentMessage(), timeout=10000
        )
    assert len(window.newsroom.media.ids()) == before
