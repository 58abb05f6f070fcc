"""The media feature's controller: the Media panel, File ▸ Add pictures…, pictures
dropped on the editor, and the preview's pictures (through its URL scheme), all over the
newsroom's media service on the workbench's workers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from newsdesk.domain.changes import Changes
from newsdesk.domain.entities import Article
from newsdesk.domain.errors import NewsdeskError
from newsdesk.domain.media import AddedPicture, Picture
from newsdesk.domain.media_references import picture_markdown
from newsdesk.services.media.library import MediaService, prepare_pictures
from newsdesk.ui.media.lead_texts import LeadTextsEditor
from newsdesk.ui.media.library_source import LibraryPictures
from newsdesk.ui.media.model import MediaListModel, load_batch
from newsdesk.ui.media.panel import MediaPanel, dropped_files, png_bytes
from newsdesk.ui.media.texts_dialog import PictureTextsDialog
from newsdesk.ui.preview.media_scheme import MediaSchemeHandler, handler_for

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

FILE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif"


def add_pictures(
    media: MediaService, files: Sequence[Path], pasted: bytes | QImage | None = None
) -> list[AddedPicture]:
    """Decode every file first, then add them all in one transaction (on a worker; a
    pasted image is encoded as PNG there too)."""
    items: list[tuple[bytes | Path, str]] = [(path, path.name) for path in files]
    if isinstance(pasted, QImage):
        pasted = png_bytes(pasted)
    if pasted is not None:
        items.append((pasted, "pasted.png"))
    prepared = []
    for made in prepare_pictures(items):
        if isinstance(made, NewsdeskError):
            raise made  # the first that cannot be added: nothing is
        prepared.append(made)
    return media.add_prepared(prepared)


class MediaDesk(QObject):
    pictures_added = Signal(list)
    """The AddedPicture values of an add that went through (tests wait on it)."""
    library_changed = Signal()

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._media = workbench.newsroom.media
        self._search = ""
        self._insert_after_add = False
        handler = handler_for(workbench.preview.page().profile())
        self._source = handler.add_source(lambda i, kind: self.library.rendition(i, kind))
        self.library = LibraryPictures(self._media, self._source)
        workbench.preview.set_pictures(self.library)
        workbench.preview.teasers_wanted.connect(self._show_teasers)
        workbench.tasks.keep(_SourceRemoval(handler, self._source))

        self.model = MediaListModel()
        self.model.setParent(self)
        self.panel = MediaPanel(self.model)
        self.dock = workbench.docks.add(
            "mediaPanel", self.tr("Media"), self.panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.add_action = QAction(self.tr("&Add pictures…"), workbench.host)
        self.add_action.setObjectName("addPicturesAction")
        self.add_action.triggered.connect(self.choose_files)
        workbench.menus.add_before_quit(self.add_action)

        self.model.wanted.connect(self._load)
        self.panel.search_changed.connect(self.search)
        self.panel.add_requested.connect(self.choose_files)
        self.panel.files_dropped.connect(lambda files: self.add_files(files))
        self.panel.image_pasted.connect(self.add_pasted)
        self.panel.insert_requested.connect(self.insert_into_story)
        self.panel.lead_requested.connect(self.make_lead)
        self.panel.edit_requested.connect(self.edit_texts)
        self.panel.remove_requested.connect(self.remove)
        workbench.story.article_opened.connect(self._article_opened)
        self.lead_texts = LeadTextsEditor(workbench, self._media, self._show_lead)
        editor = workbench.editor.editor
        editor.image_pasted.connect(self.paste_into_story)
        self._drop_targets = (editor, editor.viewport())
        for target in self._drop_targets:
            target.installEventFilter(self)
        self.refresh()

    # ---- the list ------------------------------------------------------------------------
    def search(self, words: str) -> None:
        self._search = words
        self.refresh()

    def refresh(self) -> None:
        self._workbench.tasks.queries.submit(
            self._media.ids, self._search, on_done=self._show_ids, latest="media-ids"
        )

    def _show_ids(self, ids: list[int]) -> None:
        self.model.set_ids(ids)
        self.panel.show_count()

    def _load(self, ids: list[int]) -> None:
        self._workbench.tasks.queries.submit(
            load_batch, self._media, ids, on_done=self.model.loaded
        )

    # ---- adding --------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._workbench.host,
            self.tr("Add pictures"),
            "",
            self.tr("Pictures (%1)").replace("%1", FILE_FILTER),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def add_files(self, files: Sequence[Path], *, insert: bool = False) -> None:
        self._run_add(list(files), None, insert)

    def add_pasted(self, picture: bytes | QImage) -> None:
        self._run_add([], picture, False)

    def paste_into_story(self, picture: bytes | QImage) -> None:
        """A picture pasted into the editor: into the library, and shown where the cursor
        is when it is in."""
        if self._workbench.story.article is None or self._workbench.editor.editor.isReadOnly():
            return
        self._run_add([], picture, True)

    def _run_add(self, files: list[Path], pasted: bytes | QImage | None, insert: bool) -> None:
        self._workbench.status.showMessage(self.tr("Adding pictures…"))
        self._workbench.tasks.background.submit(
            add_pictures,
            self._media,
            files,
            pasted,
            on_done=lambda added: self._added(added, insert),
            on_error=self._failed,
        )

    def _added(self, added: list[AddedPicture], insert: bool) -> None:
        fresh = sum(1 for a in added if not a.already_there)
        self._workbench.status.showMessage(
            self.tr("Added %n picture(s) to the library.", "", fresh), 5000
        )
        self.refresh()
        if insert:
            for picture in added:
                self._insert(picture.picture)
        self.pictures_added.emit(added)

    def _failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, NewsdeskError) else type(error).__name__
        self._workbench.status.showMessage(
            self.tr("Nothing was added: %1").replace("%1", message), 10000
        )

    # ---- the story -----------------------------------------------------------------------
    def insert_into_story(self, picture_id: int) -> None:
        self._with_picture(picture_id, self._insert)

    def _with_picture(self, picture_id: int, then: Callable[[Picture], None]) -> None:
        """`then` with the picture as the library has it now (read on a worker)."""
        self._workbench.tasks.queries.submit(
            self._media.get, picture_id, on_done=then, on_error=self._failed_change
        )

    def _insert(self, picture: Picture) -> None:
        editor = self._workbench.editor.editor
        if self._workbench.story.article is None or editor.isReadOnly():
            return
        cursor = editor.textCursor()
        before = "" if cursor.atBlockStart() else "\n\n"
        cursor.insertText(
            f"{before}{picture_markdown(picture.id, picture.text.alt, picture.text.caption)}\n\n"
        )
        editor.setTextCursor(cursor)

    def make_lead(self, picture_id: int) -> None:
        article = self._workbench.story.article
        if article is None:
            return
        self._workbench.tasks.saves.submit(
            self._media.set_lead,
            article.id,
            picture_id,
            on_done=lambda changes: self._lead_set(changes, article.id, picture_id),
            on_error=self._failed_change,
        )

    def _lead_set(self, changes: Changes, article_id: int, picture_id: int) -> None:
        self._workbench.apply_changes(changes)
        self._show_lead(article_id)
        self.model.forget([picture_id])  # its stories changed

    def _article_opened(self, article: Article | None) -> None:
        if article is None:
            self._workbench.preview.show_lead(None)
            return
        self._show_lead(article.id)

    def _show_lead(self, article_id: int) -> None:
        def shown(lead: Picture | None) -> None:
            current = self._workbench.story.article
            if current is not None and current.id == article_id:
                self._workbench.preview.show_lead(self.library.view(lead) if lead else None)

        self._workbench.tasks.queries.submit(
            self._media.lead, article_id, on_done=shown, latest="media-lead"
        )

    def _show_teasers(self, article_ids: tuple[int, ...]) -> None:
        self._workbench.tasks.queries.submit(
            self.library.teaser_views,
            list(article_ids),
            on_done=self._workbench.preview.show_teaser_thumbnails,
            latest="media-teasers",
        )

    # ---- texts and removal ---------------------------------------------------------------
    def edit_texts(self, picture_id: int) -> None:
        self._with_picture(picture_id, self._open_texts)

    def _open_texts(self, picture: Picture) -> None:
        dialog = PictureTextsDialog(picture, self._workbench.host)
        dialog.setObjectName("pictureTextsDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_texts(dialog, picture.id))
        dialog.open()

    def _save_texts(self, dialog: PictureTextsDialog, picture_id: int) -> None:
        self._workbench.tasks.saves.submit(
            self._media.update_text,
            picture_id,
            dialog.texts(),
            on_done=lambda _picture: self._picture_changed(picture_id),
            on_error=self._failed_change,
        )

    def _picture_changed(self, picture_id: int) -> None:
        self.model.forget([picture_id])
        self._workbench.preview.pictures_changed()
        article = self._workbench.story.article
        if article is not None:
            self._show_lead(article.id)
        self.library_changed.emit()

    def remove(self, picture_id: int) -> None:
        picture = self.model.picture(picture_id)
        name = picture.filename if picture else str(picture_id)
        answer = QMessageBox.question(
            self._workbench.host,
            self.tr("Remove picture"),
            self.tr("Remove %1 from the media library?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._workbench.tasks.saves.submit(
            self._media.remove,
            picture_id,
            on_done=lambda _none: self._removed(),
            on_error=self._failed_change,
        )

    def _removed(self) -> None:
        self.refresh()
        self.library_changed.emit()

    def _failed_change(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, NewsdeskError) else type(error).__name__
        self._workbench.status.showMessage(message, 10000)

    # ---- pictures dropped on the editor ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._drop_targets and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.Drop,
        ):
            drag = event
            assert isinstance(drag, QDragEnterEvent | QDropEvent)
            files = [f for f in dropped_files(drag.mimeData()) if f.suffix.lower() in _SUFFIXES]
            if files:
                drag.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    editor = self._workbench.editor.editor
                    editor.setTextCursor(editor.cursorForPosition(drag.position().toPoint()))
                    self.add_files(files, insert=True)
                return True
        return super().eventFilter(watched, event)


_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif"})


class _SourceRemoval:
    """The window closes: its newsroom stops serving the shared handler (which stays for
    the other windows on the same profile)."""

    def __init__(self, handler: MediaSchemeHandler, source: int) -> None:
        self._handler = handler
        self._source = source

    def shutdown(self) -> None:
        self._handler.remove_source(self._source)
