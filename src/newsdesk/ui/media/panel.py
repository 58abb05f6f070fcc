"""The Media panel: the library as a grid of thumbnails, searched like the stories, with
what a desk does to a picture (add, put in the story, make it the lead, edit its texts,
remove). Files dropped on it or pictures pasted into it are added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMimeData,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QImageWriter,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.ui import icons as qta
from newsdesk.ui.clipboard_picture import pasted_picture
from newsdesk.ui.media.model import PICTURE_ID_ROLE, MediaListModel

SEARCH_PAUSE_MS = 200


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (the service judges whether they are pictures)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def png_bytes(image: QImage) -> bytes:
    """The image as PNG (on a worker: a large one takes a while). QImage.save wants the
    format as str at run time, not the bytes its stubs say; QImageWriter takes bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    return bytes(QByteArray(buffer.data()).data())


class MediaPanel(QWidget):
    search_changed = Signal(str)
    add_requested = Signal()
    files_dropped = Signal(list)
    image_pasted = Signal(object)
    """A pasted picture: its encoded bytes, or a QImage."""
    """A picture pasted from the clipboard (encoded off the GUI thread by whoever adds it)."""
    insert_requested = Signal(int)
    lead_requested = Signal(int)
    edit_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, model: MediaListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPanelWidget")
        self.setAcceptDrops(True)
        self.model = model
        self.search = QLineEdit(self)
        self.search.setObjectName("mediaSearch")
        self.search.setClearButtonEnabled(True)
        self.grid = QListView(self)
        self.grid.setObjectName("mediaGrid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setLayoutMode(QListView.LayoutMode.Batched)
        self.grid.setBatchSize(200)
        self.grid.setIconSize(QSize(120, 90))
        self.grid.setGridSize(QSize(140, 130))
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setModel(model)
        self.count = QLabel(self)
        self.count.setObjectName("mediaCount")
        self.add_button = self._button("mdi6.image-plus", "mediaAdd")
        self.insert_button = self._button("mdi6.image-move", "mediaInsert")
        self.lead_button = self._button("mdi6.star-outline", "mediaLead")
        self.edit_button = self._button("mdi6.text-box-edit-outline", "mediaEdit")
        self.remove_button = self._button("mdi6.delete-outline", "mediaRemove")
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.insert_button,
            self.lead_button,
            self.edit_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self._search_pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_pause.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._search_pause.start())
        self.add_button.clicked.connect(self.add_requested)
        self.insert_button.clicked.connect(lambda: self._with_current(self.insert_requested))
        self.lead_button.clicked.connect(lambda: self._with_current(self.lead_requested))
        self.edit_button.clicked.connect(lambda: self._with_current(self.edit_requested))
        self.remove_button.clicked.connect(lambda: self._with_current(self.remove_requested))
        self.grid.doubleClicked.connect(lambda _index: self._with_current(self.insert_requested))
        self.grid.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self.retranslate_ui()
        self._update_buttons()

    def _button(self, icon: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setIcon(qta.icon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return button

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Search captions, credits, creators, file names"))
        self.search.setAccessibleName(self.tr("Search pictures"))
        self.grid.setAccessibleName(self.tr("Pictures"))
        for button, text in (
            (self.add_button, self.tr("Add pictures…")),
            (self.insert_button, self.tr("Put in the story")),
            (self.lead_button, self.tr("Make the story's lead picture")),
            (self.edit_button, self.tr("Edit the picture's texts…")),
            (self.remove_button, self.tr("Remove from the library")),
        ):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.show_count()

    def show_count(self) -> None:
        count = self.model.rowCount()
        self.count.setText(self.tr("%n picture(s)", "", count))

    def current_id(self) -> int | None:
        index = self.grid.currentIndex()
        if not index.isValid() or not self.grid.selectionModel().isSelected(index):
            return None
        value = index.data(PICTURE_ID_ROLE)
        return value if isinstance(value, int) else None

    def _with_current(self, signal: SignalInstance) -> None:
        picture_id = self.current_id()
        if picture_id is not None:
            signal.emit(picture_id)

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.insert_button, self.lead_button, self.edit_button, self.remove_button):
            button.setEnabled(chosen)
        self.show_count()

    def paste(self) -> None:
        """A picture from the clipboard: an image, or picture files copied elsewhere."""
        mime = QGuiApplication.clipboard().mimeData()
        files = dropped_files(mime)
        if files:
            self.files_dropped.emit(files)
        else:
            picture = pasted_picture(mime)  # its bytes when it has them: decoded on a worker
            if picture is not None:
                self.image_pasted.emit(picture)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
