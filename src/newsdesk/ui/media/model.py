"""The Media panel's grid: a list model over picture ids whose pictures and thumbnails
are fetched a screenful at a time, on a worker, when the view first asks for them. Ten
thousand pictures cost ten thousand integers until they are scrolled to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QPixmap

from newsdesk.domain.media import Picture
from newsdesk.services.media.library import MediaService

BATCH = 60
PICTURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def load_batch(
    media: MediaService, ids: Sequence[int]
) -> tuple[dict[int, Picture], dict[int, QImage]]:
    """Pictures and decoded thumbnails for `ids` (on a worker: QImage is not a widget)."""
    pictures = media.pictures(ids)
    images: dict[int, QImage] = {}
    for picture_id, data in media.thumbnails(ids).items():
        image = QImage.fromData(data)
        if not image.isNull():
            images[picture_id] = image
    return pictures, images


class MediaListModel(QAbstractListModel):
    wanted = Signal(list)
    """Ids the view shows whose pictures are not loaded yet (at most BATCH)."""

    def __init__(self) -> None:
        super().__init__()
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}
        self._pictures: dict[int, Picture] = {}
        self._icons: dict[int, QIcon] = {}
        self._images: dict[int, QImage] = {}
        """Thumbnails decoded on the worker, made icons when first painted."""
        self._asked: set[int] = set()
        self._queue: list[int] = []
        self._ask_soon = QTimer(self, singleShot=True, interval=0)
        self._ask_soon.timeout.connect(self._ask)

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = {picture_id: row for row, picture_id in enumerate(self._ids)}
        self._asked = {i for i in self._asked if i in self._pictures}
        self._queue.clear()
        self.endResetModel()

    def forget(self, ids: Sequence[int]) -> None:
        """These pictures changed: read them again when shown."""
        for picture_id in ids:
            self._pictures.pop(picture_id, None)
            self._icons.pop(picture_id, None)
            self._images.pop(picture_id, None)
            self._asked.discard(picture_id)
            row = self._rows.get(picture_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def picture_id(self, row: int) -> int:
        return self._ids[row]

    def picture(self, picture_id: int) -> Picture | None:
        return self._pictures.get(picture_id)

    def row_of(self, picture_id: int) -> int | None:
        return self._rows.get(picture_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        picture_id = self._ids[index.row()]
        if role == PICTURE_ID_ROLE:
            return picture_id
        picture = self._pictures.get(picture_id)
        if picture is None:
            self._want(picture_id)
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return picture.text.caption[:40] or picture.filename
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(picture_id)
            image = self._images.pop(picture_id, None) if icon is None else None
            if image is not None:
                icon = self._icons[picture_id] = QIcon(QPixmap.fromImage(image))
            return icon
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [picture.filename, picture.text.caption, picture.text.credit]
            return "\n".join(line for line in lines if line)
        return None

    def _want(self, picture_id: int) -> None:
        if picture_id in self._asked:
            return
        self._asked.add(picture_id)
        self._queue.append(picture_id)
        self._ask_soon.start()

    def _ask(self) -> None:
        while self._queue:
            batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
            self.wanted.emit(batch)

    def loaded(self, found: tuple[dict[int, Picture], dict[int, QImage]]) -> None:
        pictures, images = found
        self._pictures.update(pictures)
        self._images.update(images)
        rows = sorted(self._rows[i] for i in pictures if i in self._rows)
        if rows:
            self.dataChanged.emit(self.index(rows[0]), self.index(rows[-1]))
