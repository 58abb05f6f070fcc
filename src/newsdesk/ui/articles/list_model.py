"""The article list as a table over ids: rows are fetched lazily, a window at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from newsdesk.domain.embargo import embargo_holds
from newsdesk.domain.entities import ArticleRow
from newsdesk.domain.enums import ArticleStatus
from newsdesk.services.articles import ArticleSort
from newsdesk.ui.articles.badges import BADGE_ROLE, DETAIL_ROLE
from newsdesk.ui.bidi import isolated
from newsdesk.ui.contrast import readable
from newsdesk.ui.locale_format import moment, number
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

ModelIndex = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[list[int], Callable[[dict[int, ArticleRow]], None]], None]

COLUMNS: tuple[tuple[str, ArticleSort], ...] = (
    (QT_TRANSLATE_NOOP("ArticleListModel", "Headline"), ArticleSort.HEADLINE),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Section"), ArticleSort.SECTION),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Status"), ArticleSort.STATUS),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Byline"), ArticleSort.BYLINE),
    (QT_TRANSLATE_NOOP("ArticleListModel", "Updated"), ArticleSort.UPDATED),
)
NOTES_BADGE_COLOUR = "#b45309"
ASSIGNEE_BADGE_COLOUR = "#7c3aed"
LOCK_BADGE_COLOUR = "#be123c"
OFFLINE_BADGE_COLOUR = "#0e7490"
NEEDS_MERGE_BADGE_COLOUR = "#b91c1c"
WIRE_WITHDRAWN_BADGE_COLOUR = "#9f1239"
WIRE_BADGE_COLOUR = "#1e40af"
WIRE_UPDATED_BADGE_COLOUR = "#b45309"
EMBARGO_BADGE_COLOUR = "#b91c1c"
FETCH_BEFORE = 40
FETCH_AFTER = 160

STATUS_COLOURS = {
    ArticleStatus.DRAFT: "#6b7280",
    ArticleStatus.SUBMITTED: "#b45309",
    ArticleStatus.EDITING: "#7c3aed",
    ArticleStatus.READY: "#0369a1",
    ArticleStatus.PUBLISHED: "#15803d",
    ArticleStatus.SENT_BACK: "#c2410c",
    ArticleStatus.KILLED: "#b91c1c",
    ArticleStatus.CORRECTED: "#0f766e",
}


class ArticleListModel(QAbstractTableModel):
    """Holds only ids; `fetch_rows` is asked for the rows around what the view shows."""

    sort_requested = Signal(object, bool)
    """(ArticleSort, descending): the view's header was clicked; the owner re-queries."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, ArticleRow] = {}
        self._requested: set[int] = set()
        self._offline: frozenset[str] = frozenset()
        self._needs_merge: frozenset[str] = frozenset()

    # ---- contents ------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        listed = list(ids)
        if listed == self._ids:
            # The same stories in the same order, as after most saves and live updates:
            # no reset (with 100,000 stories it cost the GUI thread 11 ms and a repaint).
            return
        known = len(self._ids)
        if 0 < known < len(listed) and listed[:known] == self._ids:
            # The rest of a listing whose first page is on show: rows added below it,
            # the selection and the scroll position kept.
            self.beginInsertRows(QModelIndex(), known, len(listed) - 1)
            self._ids = listed
            self._row_of.update(zip(listed[known:], range(known, len(listed)), strict=True))
            self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = listed
        self._row_of = {article_id: row for row, article_id in enumerate(self._ids)}
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def cached_row(self, article_id: int) -> ArticleRow | None:
        return self._cache.get(article_id)

    def invalidate(self, article_ids: Iterable[int]) -> None:
        """Forget cached rows (they changed); visible ones are fetched again."""
        for article_id in article_ids:
            self._cache.pop(article_id, None)
            self._requested.discard(article_id)
            row = self._row_of.get(article_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_offline_marks(self, offline: frozenset[str], needs_merge: frozenset[str]) -> None:
        """Badge the stories (by uuid) with a copy taken offline, and those to merge."""
        if (offline, needs_merge) == (self._offline, self._needs_merge):
            return
        self._offline, self._needs_merge = offline, needs_merge
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def invalidate_cached(self) -> None:
        """Forget every cached row (something changed, nobody knows which)."""
        self.invalidate(list(self._cache))

    def prefetch_around(self, row: int) -> None:
        """Ask for the rows near `row` now, before the view paints and asks for them."""
        self._request_around(row)

    def _request_around(self, row: int) -> None:
        start, stop = max(0, row - FETCH_BEFORE), min(len(self._ids), row + FETCH_AFTER)
        wanted = [
            article_id
            for article_id in self._ids[start:stop]
            if article_id not in self._cache and article_id not in self._requested
        ]
        if wanted:
            self._requested.update(wanted)
            self._fetch_rows(wanted, self._rows_arrived)

    def _rows_arrived(self, rows: dict[int, ArticleRow]) -> None:
        self._cache.update(rows)
        positions = [self._row_of[i] for i in rows if i in self._row_of]
        if positions:
            self.dataChanged.emit(
                self.index(min(positions), 0), self.index(max(positions), len(COLUMNS) - 1)
            )

    # ---- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section][0])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        article_id = self._ids[index.row()]
        if role == self.ID_ROLE:
            return article_id
        row = self._cache.get(article_id)
        if row is None and role == Qt.ItemDataRole.DisplayRole:
            self._request_around(index.row())
            row = self._cache.get(article_id)  # a synchronous fetcher may have answered
            if row is None:
                return "…" if index.column() == 0 else ""
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return "\n".join([row.headline, *self._badge_tips(row)])
        if role == BADGE_ROLE and column == 0:
            return self._badges(row)
        if role == DETAIL_ROLE and column == 0:
            return (
                (row.section_name, None),
                (label(row.status), readable(STATUS_COLOURS[row.status])),
                (row.byline, None),
                (moment(row.updated_at), None),
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return readable(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.FontRole and row.trashed:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _display(self, row: ArticleRow, column: int) -> str:
        if column == 0:
            return isolated(row.headline) or self.tr("(no headline)")
        if column == 1:
            return isolated(row.section_name)
        if column == 2:
            return label(row.status)
        if column == 3:
            return isolated(row.byline)
        return moment(row.updated_at)

    def _badges(self, row: ArticleRow) -> tuple[tuple[str, str, str], ...]:
        """At a glance: who has it open to edit, open notes, who took it on the desk."""
        badges: list[tuple[str, str, str]] = []
        if embargo_holds(row.embargoed_until, datetime.now(UTC)):
            assert row.embargoed_until is not None
            text = self.tr("Embargoed until %1").replace("%1", moment(row.embargoed_until))
            badges.append((text, EMBARGO_BADGE_COLOUR, "⛔"))
        if row.uuid in self._needs_merge:
            badges.append((self.tr("Needs merge"), NEEDS_MERGE_BADGE_COLOUR, "⚠"))
        elif row.uuid in self._offline:
            badges.append((self.tr("Offline"), OFFLINE_BADGE_COLOUR, "⇣"))
        if row.wire_withdrawn:
            badges.append((self.tr("Wire withdrawn"), WIRE_WITHDRAWN_BADGE_COLOUR, "⊘"))
        elif row.wire_updated:
            badges.append((self.tr("Wire updated"), WIRE_UPDATED_BADGE_COLOUR, "↻"))
        if row.wire_agency:
            badges.append((self._wire_badge(row), WIRE_BADGE_COLOUR, row.wire_agency[:3]))
        if row.locked_by:
            badges.append((f"✎ {row.locked_by}", LOCK_BADGE_COLOUR, "✎"))
        if row.open_notes:
            text = (
                self.tr("1 note")
                if row.open_notes == 1
                else self.tr("%1 notes").replace("%1", number(row.open_notes))
            )
            badges.append((text, NOTES_BADGE_COLOUR, number(row.open_notes)))
        if row.assignee and row.status is ArticleStatus.EDITING:
            initials = "".join(part[:1] for part in row.assignee.split()[:2]).upper()
            badges.append((row.assignee, ASSIGNEE_BADGE_COLOUR, initials))
        return tuple(badges)

    def _wire_badge(self, row: ArticleRow) -> str:
        """The agency, the version it last sent and its urgency: “AFP v2 · U3”."""
        text = self.tr("%1 v%2").replace("%1", row.wire_agency)
        text = text.replace("%2", number(row.wire_version or 1))
        if row.wire_urgency is None:
            return text
        return f"{text} · " + self.tr("U%1").replace("%1", number(row.wire_urgency))

    def _badge_tips(self, row: ArticleRow) -> list[str]:
        tips = []
        if embargo_holds(row.embargoed_until, datetime.now(UTC)):
            assert row.embargoed_until is not None
            tips.append(
                self.tr("Embargoed: not to be published before %1").replace(
                    "%1", moment(row.embargoed_until)
                )
            )
        if row.uuid in self._needs_merge:
            tips.append(
                self.tr("Changed here and in the newsroom in the same place: needs merging")
            )
        elif row.uuid in self._offline:
            tips.append(self.tr("A copy is taken offline on this computer"))
        if row.wire_withdrawn:
            tips.append(self.tr("The agency withdrew the wire item this story was written from"))
        elif row.wire_updated:
            tips.append(
                self.tr("The agency sent a newer version of the item this story was written from")
            )
        if row.wire_agency:
            tip = self.tr("Written from the %1 wire: version %2").replace("%1", row.wire_agency)
            tip = tip.replace("%2", number(row.wire_version or 1))
            if row.wire_urgency is not None:
                tip += self.tr(", urgency %1").replace("%1", number(row.wire_urgency))
            tips.append(tip)
        if row.locked_by:
            tips.append(self.tr("Being edited by %1").replace("%1", row.locked_by))
        if row.open_notes:
            tips.append(
                self.tr("1 open note")
                if row.open_notes == 1
                else self.tr("%1 open notes").replace("%1", number(row.open_notes))
            )
        if row.assignee and row.status is ArticleStatus.EDITING:
            tips.append(self.tr("Taken by %1").replace("%1", row.assignee))
        return tips

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
