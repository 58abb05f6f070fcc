"""File ▸ Export and File ▸ Import: each action asks what it needs, then runs as a job.

The work itself is in `newsdesk.services.publishing` and `newsdesk.services.interchange`;
here are only the questions, the progress dialog and the summary afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from newsdesk.domain.changes import Changes
from newsdesk.domain.enums import Role
from newsdesk.ui.progress_job import ProgressJob
from newsdesk.ui.tasks import TaskRunner
from newsdesk.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from newsdesk.services.interchange.webpage import WebPageImport
    from newsdesk.services.interchange.wxr_export import WxrExportReport
    from newsdesk.services.interchange.wxr_import import WxrImportReport
    from newsdesk.services.publishing import SiteReport
    from newsdesk.services.publishing.ninjs import NinjsReport
    from newsdesk.services.publishing.progress import Progress
    from newsdesk.ui.workbench import Workbench

WEB_PAGE_FILTER = QT_TRANSLATE_NOOP(
    "InterchangeMenu", "Web pages (*.html *.htm *.xhtml);;All files (*)"
)
WXR_FILTER = QT_TRANSLATE_NOOP("InterchangeMenu", "WordPress exports (*.xml *.wxr);;All files (*)")
PRIVATE_DATA_ROLES = frozenset({Role.MODERATOR, Role.ADMIN})
CHANGES_LISTED = 10
"""Posts changed on the way in that an import's summary names (the CLI lists them all)."""
"""Who may put commenters' e-mail and IP addresses into a WXR backup."""


class InterchangeMenu(QObject):
    """The File menu's Export and Import submenus and the one job they may run at a time."""

    def __init__(self, workbench: Workbench, runner: TaskRunner) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._runner = runner
        self.job = ProgressJob(runner, workbench.host)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._finished)
        self._summarise: Callable[[Any], str] = str
        self._then: Callable[[Any], None] | None = None
        self.summary: QMessageBox | None = None
        """The last summary shown (tests read it)."""

        self.export_site_action = self._action(
            self.tr("Static &site…"), self.export_site, "Ctrl+Shift+E"
        )
        self.export_ninjs_action = self._action(self.tr("IPTC &ninjs…"), self.export_ninjs)
        self.export_wxr_action = self._action(self.tr("&WordPress (WXR)…"), self.export_wxr)
        self.import_page_action = self._action(
            self.tr("&Web page…"), self.import_page, "Ctrl+Shift+I"
        )
        self.import_wxr_action = self._action(self.tr("Word&Press export (WXR)…"), self.import_wxr)
        self.export_menu = workbench.menus.file.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        self.export_menu.addActions(
            [self.export_site_action, self.export_ninjs_action, self.export_wxr_action]
        )
        self.import_menu = workbench.menus.file.addMenu(self.tr("&Import"))
        self.import_menu.setObjectName("importMenu")
        self.import_menu.addActions([self.import_page_action, self.import_wxr_action])
        # Keep Quit last.
        quit_action = workbench.actions.quit
        workbench.menus.file.removeAction(quit_action)
        workbench.menus.file.addSeparator()
        workbench.menus.file.addAction(quit_action)

    def _action(self, text: str, slot: Callable[[], None], shortcut: str = "") -> QAction:
        action = QAction(text, self._workbench.host)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._workbench.host.addAction(action)
        return action

    # ---- running -------------------------------------------------------------------------
    def run(
        self,
        title: str,
        work: Callable[[Progress], Any],
        summarise: Callable[[Any], str],
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Run `work` behind a progress dialog; on success call `then` with its result and
        show `summarise(result)`."""
        if self.job.running:
            self._workbench.status.showMessage(
                self.tr("Wait for the running export or import to finish."), 8000
            )
            return
        self._summarise, self._then = summarise, then
        self.job.start(title, work)

    def shutdown(self) -> None:
        self.job.cancel()
        self._runner.shutdown()

    def _finished(self, result: object) -> None:
        if self._then is not None:
            self._then(result)
        self._show_summary(QMessageBox.Icon.Information, self._summarise(result))

    def _failed(self, message: str) -> None:
        self._show_summary(QMessageBox.Icon.Warning, message)

    def _cancelled(self) -> None:
        self._workbench.status.showMessage(self.tr("Cancelled."), 8000)

    def _show_summary(self, icon: QMessageBox.Icon, text: str) -> None:
        self._workbench.status.showMessage(text.splitlines()[0] if text else "", 12000)
        if self.summary is not None:
            self.summary.close()
        box = QMessageBox(icon, "Newsdesk", text, parent=self._workbench.host)
        box.setObjectName("interchangeSummary")
        box.open()  # not exec(): the window stays responsive
        self.summary = box

    # ---- exports -------------------------------------------------------------------------
    def export_site(self) -> None:
        from newsdesk.services.publishing import export_site

        # The exports' dialogs bring the publishing modules in: on first use, not at start-up.
        from newsdesk.ui.interchange.site_dialog import SiteExportDialog

        dialog = SiteExportDialog(self._workbench.settings, self._workbench.host)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        database, folder, options = (
            self._workbench.newsroom.database,
            dialog.target(),
            dialog.options(),
        )

        def summarise(report: SiteReport) -> str:
            return (
                self.tr(
                    "Exported %1 published stories to %2: %3 files written, %4 unchanged, "
                    "%5 removed, in %6 s."
                )
                .replace("%1", str(report.stories))
                .replace("%2", str(folder))
                .replace("%3", str(report.files_written))
                .replace("%4", str(report.files_unchanged))
                .replace("%5", str(report.files_removed))
                .replace("%6", f"{report.seconds:.1f}")
            )

        self.run(
            self.tr("Exporting the static site…"),
            lambda progress: export_site(database, folder, options, progress),
            summarise,
        )

    def export_ninjs(self) -> None:
        from newsdesk.services.publishing.ninjs import export_ninjs

        article = self._workbench.story.article
        from newsdesk.ui.interchange.ninjs_dialog import NinjsExportDialog

        dialog = NinjsExportDialog(
            self._workbench.settings, article.headline if article else None, self._workbench.host
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        database, folder, version = (
            self._workbench.newsroom.database,
            dialog.target(),
            dialog.chosen_version(),
        )
        ids = [article.id] if article is not None and dialog.only_open.isChecked() else None

        def summarise(report: NinjsReport) -> str:
            summary = (
                self.tr("Wrote %1 ninjs %2 document(s) to %3.")
                .replace("%1", str(len(report.written)))
                .replace("%2", version)
                .replace("%3", str(folder))
            )
            if report.private:
                summary += " " + self.tr(
                    "%1 private stories were left out until they are published."
                ).replace("%1", str(report.private))
            return summary

        self.run(
            self.tr("Exporting ninjs documents…"),
            lambda progress: export_ninjs(
                database,
                folder,
                version,  # type: ignore[arg-type]
                article_ids=ids,
                progress=progress,
            ),
            summarise,
        )

    # ---- imports -------------------------------------------------------------------------
    def import_page(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._workbench.host, self.tr("Import a saved web page"), "", self.tr(WEB_PAGE_FILTER)
        )
        if name:
            self.import_page_file(Path(name))

    def import_page_file(self, path: Path) -> None:
        # Imported when first used: the article extractor takes a while to load.
        from newsdesk.services.interchange.webpage import import_web_page

        newsroom = self._workbench.newsroom
        user = newsroom.user

        def open_draft(result: WebPageImport) -> None:
            self._workbench.apply_changes(
                Changes(articles=frozenset({result.article_id}), article_list=True)
            )
            self._workbench.story.open(result.article_id)

        def summarise(result: WebPageImport) -> str:
            summary = (
                self.tr("Imported “%1” from %2 as a draft.")
                .replace("%1", result.page.headline)
                .replace("%2", path.name)
            )
            if result.removed:
                summary += " " + self.tr("Removed %1 control characters from the page.").replace(
                    "%1", str(result.removed)
                )
            return summary

        self.run(
            self.tr("Importing the web page…"),
            lambda progress: import_web_page(newsroom.database, user, path),
            summarise,
            open_draft,
        )

    def import_wxr(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._workbench.host, self.tr("Import a WordPress export"), "", self.tr(WXR_FILTER)
        )
        if name:
            self.import_wxr_file(Path(name))

    def import_wxr_file(self, path: Path) -> None:
        from newsdesk.services.interchange.wxr_import import import_wxr, skipped_reasons

        newsroom = self._workbench.newsroom
        user = newsroom.user

        def refresh(_report: WxrImportReport) -> None:
            self._workbench.apply_changes(Changes(article_list=True, sections=True, comments=True))

        def summarise(report: WxrImportReport) -> str:
            lines = [
                self.tr(
                    "Imported %1 posts, %2 comments (%3 pingbacks, %4 trackbacks), "
                    "%5 new sections and %6 new tags from %7."
                )
                .replace("%1", str(report.posts))
                .replace("%2", str(report.comments))
                .replace("%3", str(report.pingbacks))
                .replace("%4", str(report.trackbacks))
                .replace("%5", str(report.categories))
                .replace("%6", str(report.tags))
                .replace("%7", path.name)
            ]
            if report.posts_already_present or report.comments_already_present:
                lines.append(
                    self.tr("Already here from an earlier import: %1 posts, %2 comments.")
                    .replace("%1", str(report.posts_already_present))
                    .replace("%2", str(report.comments_already_present))
                )
            if report.skipped:
                lines.append(self.tr("Skipped:"))
                lines += [f"  • {reason} ({count})" for reason, count in skipped_reasons(report)]
            if report.changed:
                lines.append(self.tr("Changed on the way in:"))
                lines += [f"  • {c.what}: {c.how}" for c in report.changed[:CHANGES_LISTED]]
                if len(report.changed) > CHANGES_LISTED:
                    more = len(report.changed) - CHANGES_LISTED
                    lines.append("  • " + self.tr("and %1 more").replace("%1", str(more)))
            return "\n".join(lines)

        self.run(
            self.tr("Importing the WordPress export…"),
            lambda progress: import_wxr(newsroom.database, user, path, progress),
            summarise,
            refresh,
        )

    def export_wxr(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self._workbench.host,
            self.tr("Export the newsroom as WordPress WXR"),
            "newsroom.xml",
            self.tr(WXR_FILTER),
        )
        if name:
            self.export_wxr_file(Path(name))

    def export_wxr_file(self, path: Path) -> None:
        from newsdesk.services.interchange.wxr_export import WxrExportOptions, export_wxr

        newsroom = self._workbench.newsroom
        options = WxrExportOptions(include_private=bool(newsroom.user.roles & PRIVATE_DATA_ROLES))

        def summarise(report: WxrExportReport) -> str:
            text = (
                self.tr("Wrote %1 posts, %2 comments and %3 categories to %4 (%5 KB).")
                .replace("%1", str(report.posts))
                .replace("%2", str(report.comments))
                .replace("%3", str(report.categories))
                .replace("%4", str(report.path))
                .replace("%5", f"{report.bytes / 1024:,.0f}")
            )
            if not options.include_private:
                text += " " + self.tr(
                    "Commenters' e-mail and IP addresses were left out (moderators only)."
                )
            return text

        self.run(
            self.tr("Exporting the newsroom as WXR…"),
            lambda progress: export_wxr(newsroom.database, path, options, progress),
            summarise,
        )
