"""Agency wires in the main window: the Wires view (Ctrl+Shift+W), Rewrite, the diff
against the wire one key away (Ctrl+Alt+W), and notices when an item someone rewrote is
updated or withdrawn, as soon as another window or the CLI takes the update in (the live
changes' `wires`), else within a minute. Every database call runs on the workbench's
workers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from newsdesk.domain.changes import Changes
from newsdesk.domain.copydesk import RevisionComparison
from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.wires import WireImportReport, WireNotice, WireStory
from newsdesk.ui.copydesk.diff_dialog import DiffDialog
from newsdesk.ui.preferences.settings import load_preferences
from newsdesk.ui.wires.view import WiresView
from newsdesk.ui.wires.watcher import WireFolderWatcher

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

translate = QCoreApplication.translate
NOTICE_INTERVAL_MS = 60_000

Comparison = tuple[WireStory, WireStory | None]


def _as_edit(story: WireStory) -> ArticleEdit:
    return ArticleEdit(
        headline=story.item.headline, standfirst=story.item.summary, body=story.item.body
    )


def load_comparison(newsroom: Newsroom, article_id: int) -> Comparison | None:
    """The version a story was rewritten from, and the newest version when the agency
    has sent one since; None when the story is not a rewrite."""
    start = newsroom.wires.rewritten_from(article_id)
    if start is None:
        return None
    versions = newsroom.wires.history(start.item.guid)
    newest = versions[0] if versions and versions[0].id != start.id else None
    return start, newest


class Wires(QObject):
    """The Wires feature: the view's switch, Rewrite, Compare and the notices."""

    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench)
        self._workbench = workbench
        self._newsroom = workbench.newsroom
        self.view = WiresView(workbench.newsroom, workbench.tasks.queries)
        workbench.pages.add(self.view)
        self.toggle = QAction(translate("Wires", "&Wires view"), workbench.host)
        self.toggle.setObjectName("wiresView")
        self.toggle.setCheckable(True)
        self.toggle.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.toggle.setToolTip(
            translate("Wires", "Switch between the stories and the agency wires (Ctrl+Shift+W)")
        )
        self.toggle.toggled.connect(self._switch)
        self.compare = QAction(translate("Wires", "Compare with the &wire"), workbench.host)
        self.compare.setObjectName("compareWithWire")
        self.compare.setShortcut(QKeySequence("Ctrl+Alt+W"))
        self.compare.triggered.connect(self.compare_open_story)
        self.view.rewrite_requested.connect(self.rewrite)
        workbench.story.article_opened.connect(self._opened)
        workbench.changed_elsewhere.connect(self._changed_elsewhere)
        self.dialog: DiffDialog | None = None
        self._told: set[tuple[int, int]] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(NOTICE_INTERVAL_MS)
        self._timer.timeout.connect(self.check_notices)

    def start(self) -> None:
        self._timer.start()
        self.check_notices()

    def _changed_elsewhere(self, changes: Changes) -> None:
        """Wires taken in or rewritten in another window: the view on show reads them
        again, and whoever rewrote an item updated since hears of it now."""
        if not changes.wires:
            return
        if self._workbench.pages.current is self.view:
            self.view.refresh()
        self.check_notices()

    def _switch(self, on: bool) -> None:
        pages = self._workbench.pages
        if on:
            pages.show(self.view)
        elif pages.current is self.view:  # another page may have taken its place
            pages.show(None)
        if on:
            self.view.refresh()
            self.view.table.setFocus()

    # ---------------------------------------------------------------- rewrite

    def rewrite(self, wire_id: int) -> None:
        self._workbench.story.save_now()
        self._workbench.tasks.saves.submit(
            self._newsroom.wires.rewrite,
            wire_id,
            on_done=self._rewritten,
            on_error=lambda error: self._workbench.status.showMessage(str(error), 8_000),
        )

    def _rewritten(self, article: Article) -> None:
        self.toggle.setChecked(False)
        self._workbench.apply_changes(Changes(articles=frozenset({article.id}), article_list=True))
        self._workbench.story.open(article.id)
        self._workbench.status.showMessage(
            translate(
                "Wires", "A draft of “%1”, crediting %2: Ctrl+Alt+W compares it with the wire"
            )
            .replace("%1", article.headline)
            .replace("%2", article.credit or translate("Wires", "the agency")),
            10_000,
        )

    # ---------------------------------------------------------------- compare

    def compare_open_story(self) -> None:
        article = self._workbench.story.article
        if article is None:
            self._workbench.status.showMessage(
                translate("Wires", "Open a story rewritten from the wire to compare it"), 6_000
            )
            return
        self._workbench.tasks.queries.submit(
            load_comparison,
            self._newsroom,
            article.id,
            on_done=lambda found: self._compare(article, found),
            latest="wire-compare",
        )

    def _compare(self, article: Article, found: Comparison | None) -> None:
        if found is None:
            self._workbench.status.showMessage(
                translate("Wires", "“%1” was not rewritten from a wire item").replace(
                    "%1", article.headline
                ),
                6_000,
            )
            return
        start, newest = found
        dialog = self.dialog or DiffDialog(self._workbench.host)
        self.dialog = dialog
        if newest is not None:
            # The agency's update: what changed between the version rewritten and now.
            comparison = RevisionComparison.between(_as_edit(start), _as_edit(newest))
            old = translate("Wires", "%1 version %2").replace("%1", start.item.agency)
            new = translate("Wires", "%1 version %2").replace("%1", newest.item.agency)
            dialog.show_comparison(
                comparison,
                old.replace("%2", str(start.item.version)),
                new.replace("%2", str(newest.item.version)),
            )
            self._workbench.tasks.saves.submit(self._newsroom.wires.seen, article.id)
        else:
            edit = self._workbench.editor.current_edit()
            comparison = RevisionComparison.between(_as_edit(start), edit)
            dialog.show_comparison(
                comparison,
                translate("Wires", "the %1 wire").replace("%1", start.item.agency),
                translate("Wires", "your story"),
            )
        dialog.show()
        dialog.raise_()

    # ---------------------------------------------------------------- notices

    def _opened(self, article: Article | None) -> None:
        """A story rewritten from an item since withdrawn says so whenever it is opened."""
        if article is None:
            return
        self._workbench.tasks.queries.submit(
            load_comparison,
            self._newsroom,
            article.id,
            on_done=lambda found: self._flag_withdrawn(article, found),
            on_error=lambda _error: None,  # a story without its wire is still a story
            latest="wire-opened",
        )

    def _flag_withdrawn(self, article: Article, found: Comparison | None) -> None:
        if found is None:
            return
        start, newest = found
        if not (newest or start).item.withdrawn:
            return
        current = self._workbench.story.article
        if current is None or current.id != article.id:
            return
        self._workbench.status.showMessage(
            translate("Wires", "%1 withdrew the item this story was written from").replace(
                "%1", start.item.agency or translate("Wires", "the agency")
            ),
            20_000,
        )

    def check_notices(self) -> None:
        self._workbench.tasks.queries.submit(
            self._newsroom.wires.notices, on_done=self._notices, latest="wire-notices"
        )

    def _notices(self, notices: Sequence[WireNotice]) -> None:
        fresh = [n for n in notices if (n.article_id, n.newest) not in self._told]
        for notice in fresh:
            self._told.add((notice.article_id, notice.newest))
        if not fresh:
            return
        # Their rows in the list take the "Wire withdrawn" or "Wire updated" badge.
        self._workbench.apply_changes(Changes(articles=frozenset(n.article_id for n in fresh)))
        notice = fresh[0]
        if notice.withdrawn:
            text = translate("Wires", "%1 withdrew the item “%2” was written from")
        elif notice.corrected:
            text = translate("Wires", "The %1 story you rewrote was corrected (“%2”): compare")
        else:
            text = translate("Wires", "The %1 story you rewrote was updated (“%2”): compare")
        message = text.replace("%1", notice.agency).replace("%2", notice.headline)
        self._workbench.status.showMessage(f"{message} (Ctrl+Alt+W)", 20_000)


def _took(workbench: Workbench, wires: Wires, report: WireImportReport) -> None:
    came = len(report.added) + len(report.updated)
    if came:
        workbench.status.showMessage(
            translate("Wires", "%1 wire item(s) came in from the agency folders").replace(
                "%1", str(came)
            ),
            8_000,
        )
    elif report.refused:
        first = report.refused[0]
        workbench.status.showMessage(f"{first.file}: {first.reason}", 8_000)
    if wires.toggle.isChecked():
        wires.view.refresh()
    wires.check_notices()


def install(workbench: Workbench) -> None:
    """Add the Wires view to the View menu, Compare with the wire to the Story menu, and
    watch the agency folders named in Preferences."""
    wires = workbench.features.add(Wires(workbench))
    workbench.menus.view.addAction(wires.toggle)
    workbench.menus.story.addSeparator()
    workbench.menus.story.addAction(wires.compare)
    wires.start()
    watcher = workbench.features.add(
        WireFolderWatcher(
            workbench.newsroom,
            workbench.tasks.background,
            lambda: load_preferences(workbench.settings).agency_folders,
            wires,
        )
    )
    watcher.taken.connect(lambda report: _took(workbench, wires, report))
    watcher.failed.connect(lambda message: workbench.status.showMessage(message, 8_000))
    watcher.start()
