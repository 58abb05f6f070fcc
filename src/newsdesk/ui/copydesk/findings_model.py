"""The Checks panel's findings as a table model: rows made only when the view asks.

A 1 MB story can have thousands of findings. A widget item per finding (with its texts,
colour and tooltip) took the GUI thread hundreds of milliseconds each time the checks
reported; this model holds the list the worker returned and words a row only when the
view paints or reads it, so a new list costs one model reset.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from newsdesk.domain.checks import CheckKind, Finding
from newsdesk.ui.contrast import readable
from newsdesk.ui.copydesk.finding_words import finding_text
from newsdesk.ui.locale_format import number
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP
from newsdesk.ui.vocabulary import label

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
LINE, CHECK, TEXT = range(3)
FIELD_NAMES = {
    "headline": QT_TRANSLATE_NOOP("ChecksPanel", "Headline"),
    "standfirst": QT_TRANSLATE_NOOP("ChecksPanel", "Standfirst"),
    "dateline": QT_TRANSLATE_NOOP("ChecksPanel", "Dateline"),
    "byline": QT_TRANSLATE_NOOP("ChecksPanel", "Byline"),
    "credit": QT_TRANSLATE_NOOP("ChecksPanel", "Credit"),
    "section": QT_TRANSLATE_NOOP("ChecksPanel", "Section"),
    "body": QT_TRANSLATE_NOOP("ChecksPanel", "Body"),
}
"""Where a finding is, when it is not on a line of the body."""
HEADERS = (
    QT_TRANSLATE_NOOP("ChecksPanel", "Line"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Check"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Finding"),
)
KIND_COLOURS = {
    CheckKind.QUOTES: "#b91c1c",
    CheckKind.BRACKETS: "#b91c1c",
    CheckKind.MISSING_FIELD: "#b45309",
    CheckKind.SPELLING: "#dc2626",
    CheckKind.STYLE: "#7c3aed",
    CheckKind.EMBARGO_NOT_SET: "#b91c1c",
    CheckKind.PICTURE: "#0e7490",
}


@cache
def _kind_colour(colour: str, base: int) -> QColor:
    return readable(colour, QColor.fromRgb(base))


def _translate(text: str) -> str:
    return QCoreApplication.translate("ChecksPanel", text)


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._headers = tuple(map(_translate, HEADERS))

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = findings
        self.endResetModel()

    def retranslate(self) -> None:
        self._headers = tuple(map(_translate, HEADERS))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, LINE, TEXT)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return finding_text(finding)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK:
            colour = KIND_COLOURS.get(finding.kind)
            if colour is None:
                return None
            base = QGuiApplication.palette().color(QPalette.ColorRole.Base).rgb()
            return _kind_colour(colour, base)
        if role == FINDING_ROLE:
            return finding
        return None

    def _text(self, finding: Finding, column: int) -> str:
        if column == LINE:
            if finding.line:
                return number(finding.line)
            field = FIELD_NAMES.get(finding.field)
            return _translate(field) if field else finding.field.capitalize()
        if column == CHECK:
            return label(finding.kind)
        return finding_text(finding)
