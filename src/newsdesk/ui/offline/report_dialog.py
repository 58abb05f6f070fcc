"""What a sync did, for the writer and the moderator: slugs that changed, moderation
decisions that lost, changes the newsroom refused, stories that need merging."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTreeWidgetItem, QWidget

from newsdesk.services.sync import SyncReport
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.sync_report_dialog_form import Ui_SyncReportDialog
from newsdesk.ui.locale_format import number

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncReport", text)


def summary_line(report: SyncReport) -> str:
    """One sentence for the status bar."""
    if report.nothing_done:
        return QCoreApplication.translate("SyncReport", "Synced: nothing to do, both sides agree.")
    parts = [
        (report.pushed, QCoreApplication.translate("SyncReport", "%1 sent")),
        (report.pulled, QCoreApplication.translate("SyncReport", "%1 received")),
        (report.merged, QCoreApplication.translate("SyncReport", "%1 merged")),
        (report.created, QCoreApplication.translate("SyncReport", "%1 new in the newsroom")),
        (report.deleted, QCoreApplication.translate("SyncReport", "%1 deleted")),
        (report.comments, QCoreApplication.translate("SyncReport", "%1 comment decisions")),
        (len(report.conflicts), QCoreApplication.translate("SyncReport", "%1 need merging")),
        (len(report.refused), QCoreApplication.translate("SyncReport", "%1 refused")),
        (report.plan_items_sent, QCoreApplication.translate("SyncReport", "%1 plan items sent")),
        (
            report.plan_items_fetched,
            QCoreApplication.translate("SyncReport", "%1 plan items received"),
        ),
    ]
    said = [text.replace("%1", number(count)) for count, text in parts if count]
    return QCoreApplication.translate("SyncReport", "Synced: %1.").replace("%1", ", ".join(said))


def has_news(report: SyncReport) -> bool:
    """Whether the report holds something the user must read (beyond the counts)."""
    return bool(
        report.conflicts or report.renamed or report.lost_decisions or report.refused or report.kept
    )


class SyncReportDialog(FormWidget, QDialog):
    resolve_requested = Signal(str)
    """The uuid of a story that needs merging, to open in the conflict view."""

    def __init__(
        self, report: SyncReport, headlines: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = self.set_up_form(Ui_SyncReportDialog())
        self.report = report
        self._headlines = headlines
        self.summary = self.ui.syncSummary
        self.details = self.ui.syncDetails
        self.details.setColumnWidth(0, 320)
        self.details.itemActivated.connect(self._activated)

        buttons = self.ui.buttons
        self.resolve_button: QPushButton | None = None
        if report.conflicts:
            self.resolve_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
            self.resolve_button.setObjectName("resolveNow")
            self.resolve_button.setDefault(True)
            self.resolve_button.clicked.connect(
                lambda: self.resolve_requested.emit(report.conflicts[0])
            )
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The summary and every line, in the interface's language."""
        self.summary.setText(summary_line(self.report))
        self.details.clear()
        self._fill(self.report, self._headlines)
        self.details.expandAll()
        if self.resolve_button is not None:
            self.resolve_button.setText(self.tr("&Resolve now…"))

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.details, [f"{title} ({count})", ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _fill(self, report: SyncReport, headlines: dict[str, str]) -> None:
        if report.conflicts:
            group = self._group(
                self.tr("Need merging: both sides changed the same place"), len(report.conflicts)
            )
            for uuid in report.conflicts:
                item = QTreeWidgetItem(
                    group,
                    [
                        headlines.get(uuid) or uuid,
                        self.tr("Both versions are kept; double-click to merge"),
                    ],
                )
                item.setData(0, UUID_ROLE, uuid)
        if report.renamed:
            group = self._group(
                self.tr("Web addresses changed (the slug was taken)"), len(report.renamed)
            )
            for renamed in report.renamed:
                QTreeWidgetItem(
                    group,
                    [
                        renamed.headline,
                        self.tr("%1 is now %2")
                        .replace("%1", renamed.offline_slug)
                        .replace("%2", renamed.newsroom_slug),
                    ],
                )
        if report.lost_decisions:
            group = self._group(
                self.tr("Your moderation decisions that lost (already moderated)"),
                len(report.lost_decisions),
            )
            for lost in report.lost_decisions:
                by = lost.decided_by or self.tr("someone in the newsroom")
                QTreeWidgetItem(
                    group,
                    [
                        lost.excerpt,
                        self.tr("you: %1 · newsroom: %2 (by %3)")
                        .replace("%1", lost.ours)
                        .replace("%2", lost.theirs)
                        .replace("%3", by),
                    ],
                )
        if report.refused:
            group = self._group(self.tr("Refused by the newsroom"), len(report.refused))
            for refused in report.refused:
                QTreeWidgetItem(
                    group,
                    [
                        refused.headline,
                        self.tr("wanted %1, kept %2: %3")
                        .replace("%1", refused.wanted)
                        .replace("%2", refused.kept)
                        .replace("%3", refused.reason),
                    ],
                )
        if report.kept:
            group = self._group(self.tr("Kept rather than lost"), len(report.kept))
            for message in report.kept:
                QTreeWidgetItem(group, [message, ""])

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, UUID_ROLE)
        if uuid:
            self.resolve_requested.emit(str(uuid))
            self.accept()

    def rows(self) -> list[tuple[str, str]]:
        """Every detail line as (what, details), groups included (tests read them)."""
        found: list[tuple[str, str]] = []
        for top in range(self.details.topLevelItemCount()):
            group = self.details.topLevelItem(top)
            assert group is not None
            found.append((group.text(0), group.text(1)))
            for child in range(group.childCount()):
                item = group.child(child)
                assert item is not None
                found.append((item.text(0), item.text(1)))
        return found
