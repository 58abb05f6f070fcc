"""The Budget panel as a desk uses it: opened with Ctrl+Shift+B, driven by keys, starting
stories, following a writer's typing without asking the database again."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from tests.ui.window_helpers import feature

from newsdesk.domain.planning import AssignmentRole, PlanDraft, PlanStatus
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.planning.assignments_badge import AssignmentsBadge
from newsdesk.ui.planning.budget_panel import BudgetPanel

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """The day each test runs, as the Budget opens on it: a run that crosses midnight
    would otherwise plan yesterday's items and look for them today."""
    global TODAY
    TODAY = date.today()


def _shown(panel: BudgetPanel) -> list[str]:
    model = panel.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def _open_budget(qtbot: QtBot, window: MainWindow) -> BudgetPanel:
    panel = feature(window, BudgetPanel)
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(
        window,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5000)
    return panel


def test_the_days_budget_is_driven_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    plan = window.newsroom.planning
    me = window.newsroom.user.id
    world = window.newsroom.sections.find("world").id
    plan.add(
        PlanDraft(TODAY, "Summit ends", world, words_planned=600), [(me, AssignmentRole.WRITER)]
    )
    plan.add(PlanDraft(TODAY, "Weather round-up"))
    plan.add(PlanDraft(TODAY + timedelta(days=1), "Match preview"))
    panel = _open_budget(qtbot, window)
    qtbot.waitUntil(
        lambda: sorted(_shown(panel)) == ["Summit ends", "Weather round-up"], timeout=5000
    )
    assert panel.model.data(panel.model.index(_shown(panel).index("Summit ends"), 4)) == "– / 600"

    table = panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_BracketRight)  # the next day
    qtbot.waitUntil(lambda: _shown(panel) == ["Match preview"], timeout=5000)
    assert panel.day.date() == QDate(TODAY.year, TODAY.month, TODAY.day).addDays(1)
    qtbot.keyClick(table, Qt.Key.Key_BracketLeft)
    qtbot.waitUntil(lambda: len(_shown(panel)) == 2, timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_M)  # my assignments only
    qtbot.waitUntil(lambda: _shown(panel) == ["Summit ends"], timeout=5000)
    assert panel.mine.isChecked()

    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # start the story
    item = plan.budget()[0] if plan.budget()[0].slug == "Summit ends" else plan.budget()[1]
    qtbot.waitUntil(lambda: plan.get(item.id).story_id is not None, timeout=5000)
    story_id = plan.get(item.id).story_id
    qtbot.waitUntil(
        lambda: window.editing.article is not None and window.editing.article.id == story_id,
        timeout=5000,
    )

    def started_shown() -> None:
        shown = panel.model.item_at(0)
        assert shown is not None and shown.status is PlanStatus.IN_PROGRESS

    qtbot.waitUntil(started_shown, timeout=5000)

    # No read-back of the budget during the typing: what follows comes from the editor.
    panel._refresh_soon.setInterval(60_000)
    loads = panel.loads
    editor = window.editor_panel.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Leaders signed the accord")
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(0, 4)) == "4 / 600", timeout=5000)
    assert panel.loads == loads  # followed from the editor's own count, no query


def test_the_assignments_badge_counts_mine_and_opens_the_budget(
    qtbot: QtBot, window: MainWindow
) -> None:
    plan = window.newsroom.planning
    me = window.newsroom.user.id
    for slug in ("Budget vote", "Flood warning"):
        plan.add(PlanDraft(TODAY, slug), [(me, AssignmentRole.WRITER)])
    plan.add(PlanDraft(TODAY, "Someone else's"))
    badge = feature(window, AssignmentsBadge)
    badge.refresh()
    qtbot.waitUntil(lambda: badge.count == 2, timeout=5000)
    assert badge.button.text() == "2 assignments"
    badge.button.click()
    panel = feature(window, BudgetPanel)
    qtbot.waitUntil(lambda: sorted(_shown(panel)) == ["Budget vote", "Flood warning"], timeout=5000)
    assert panel.table.hasFocus() or panel.isVisible()


def test_the_days_budget_is_exported_and_printed_as_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    plan = window.newsroom.planning
    plan.add(PlanDraft(TODAY, "Budget vote", words_planned=500))
    plan.add(PlanDraft(TODAY, "Flood warning"))
    panel = _open_budget(qtbot, window)
    qtbot.waitUntil(lambda: len(_shown(panel)) == 2, timeout=5000)
    assert panel.export_button.text() == "Export…" and panel.print_button.text() == "Print…"
    page, sheet = tmp_path / "budget.html", tmp_path / "budget.csv"
    panel.export_to(page)
    panel.export_to(sheet)
    qtbot.waitUntil(lambda: page.exists() and sheet.exists(), timeout=5000)
    assert "Budget vote" in page.read_text("utf-8") and "Flood warning" in page.read_text("utf-8")
    assert sheet.read_text("utf-8").splitlines()[0].startswith("section,slug,pitch")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "budget.pdf"))
    panel.print_to(printer)
    assert (tmp_path / "budget.pdf").read_bytes().startswith(b"%PDF")


def test_a_planner_puts_a_new_item_on_the_days_budget(qtbot: QtBot, window: MainWindow) -> None:
    panel = _open_budget(qtbot, window)
    assert panel.new_button.isEnabled()  # the local user holds every role
    people = window.newsroom.users.everyone()
    dialog = panel.new_item_dialog(people)
    dialog.open()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no slug yet
    qtbot.keyClicks(dialog.slug, "Harbour strike")
    qtbot.keyClicks(dialog.pitch, "Dockers walk out at dawn")
    dialog.words.setValue(450)
    dialog.has_due.setChecked(True)
    dialog.writer.setCurrentIndex(1)
    writer = dialog.writer.currentText()
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown(panel) == ["Harbour strike"], timeout=5000)
    item = window.newsroom.planning.budget()[0]
    assert (item.edition, item.pitch, item.words_planned) == (
        TODAY,
        "Dockers walk out at dawn",
        450,
    )
    assert item.due_at is not None and [a.name for a in item.assignees] == [writer]


def test_the_budget_reads_by_section(qtbot: QtBot, window: MainWindow) -> None:
    plan = window.newsroom.planning
    world = window.newsroom.sections.find("world").id
    sport = window.newsroom.sections.find("sport").id
    for slug, section in (("Talks", world), ("Summit", world), ("Derby", sport)):
        plan.add(PlanDraft(TODAY, slug, section))
    panel = _open_budget(qtbot, window)
    qtbot.waitUntil(lambda: len(_shown(panel)) == 3, timeout=5000)
    model = panel.model
    sections = [model.data(model.index(row, 1)) for row in range(3)]
    spoken = [
        model.data(model.index(row, 1), Qt.ItemDataRole.AccessibleTextRole) for row in range(3)
    ]
    assert sorted(sections) == ["", "Sport", "World"]  # each section heads its first line
    assert sorted(spoken) == ["Sport", "World", "World"]  # a screen reader hears it on each


def test_the_budget_is_a_workspace_and_a_story_opened_from_it_has_the_editors_width(
    qtbot: QtBot, window: MainWindow
) -> None:
    from newsdesk.ui.planning.page import BudgetPage
    from newsdesk.ui.workspaces.controller import Workspace, Workspaces

    window.resize(1280, 720)
    qtbot.wait(50)
    preview_before = window.preview.width()
    plan = window.newsroom.planning
    plan.add(PlanDraft(TODAY, "Harbour strike"))
    page = feature(window, BudgetPage)
    panel = _open_budget(qtbot, window)
    workspaces = feature(window, Workspaces)
    assert workspaces.current is Workspace.BUDGET and window.pages.current is panel
    assert panel.table.width() > window.width() * 3 // 4  # the whole width for its columns
    qtbot.waitUntil(lambda: _shown(panel) == ["Harbour strike"], timeout=5000)

    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # starts the story and opens it
    qtbot.waitUntil(lambda: window.editing.article is not None, timeout=5000)
    assert workspaces.current is Workspace.WRITE and not page.toggle.isChecked()
    qtbot.wait(100)
    assert window.pages.current is None and window.preview.isVisible()
    assert window.preview.width() >= min(preview_before, 420)

    workspaces.switch(Workspace.BUDGET)  # Ctrl+Alt+5
    assert window.pages.current is panel and page.toggle.isChecked()


def test_an_empty_day_says_so_and_how_to_fill_it(qtbot: QtBot, window: MainWindow) -> None:
    plan = window.newsroom.planning
    plan.add(PlanDraft(TODAY + timedelta(days=1), "Match preview"))
    panel = _open_budget(qtbot, window)
    qtbot.waitUntil(lambda: panel.empty_hint.isVisible(), timeout=5000)
    hint = panel.empty_hint.text()
    assert hint.startswith("Nothing is planned for") and "New item…" in hint
    assert "[ and ]" in hint
    qtbot.keyClick(panel.table, Qt.Key.Key_BracketRight)
    qtbot.waitUntil(lambda: _shown(panel) == ["Match preview"], timeout=5000)
    assert not panel.empty_hint.isVisible()
    qtbot.keyClick(panel.table, Qt.Key.Key_M)  # my assignments: none that day
    qtbot.waitUntil(lambda: panel.empty_hint.isVisible(), timeout=5000)
    assert "matches these filters" in panel.empty_hint.text()


def test_a_planner_changes_an_item_and_takes_someone_off_it_with_e(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    from newsdesk.domain.enums import Role
    from newsdesk.ui.planning.item_dialog import PlanItemDialog

    plan = window.newsroom.planning
    dana = window.newsroom.users.ensure("dana.desk", "Dana Desk", frozenset({Role.DESK}))
    item = plan.add(
        PlanDraft(TODAY, "Harbour strike", words_planned=400), [(dana.id, AssignmentRole.WRITER)]
    )
    panel = _open_budget(qtbot, window)
    qtbot.waitUntil(lambda: _shown(panel) == ["Harbour strike"], timeout=5000)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_E)

    def dialog() -> PlanItemDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlanItemDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)
    opened = dialog()
    assert opened is not None
    assert opened.windowTitle() == "Change plan item"
    assert (opened.slug.text(), opened.words.value()) == ("Harbour strike", 400)
    on_it = opened.assignees.item(0)
    assert on_it.text() == "Dana Desk (writer)"
    opened.slug.selectAll()
    qtbot.keyClicks(opened.slug, "Harbour strike: day two")
    opened.priority.setValue(4)
    on_it.setCheckState(Qt.CheckState.Unchecked)  # take Dana off
    ok = opened.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _shown(panel) == ["Harbour strike: day two"], timeout=5000)
    changed = plan.get(item.id)
    assert (changed.priority, changed.assignees, changed.words_planned) == (4, (), 400)


def test_a_long_budget_reads_a_screenful_then_more_as_it_scrolls_and_exports_whole(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from newsdesk.ui.planning.budget_model import SCREENFUL

    plan = window.newsroom.planning
    for n in range(SCREENFUL * 2 + 50):
        plan.add(PlanDraft(TODAY, f"Line {n:03}", words_planned=100))
    panel = _open_budget(qtbot, window)
    qtbot.waitUntil(lambda: len(panel.model.ids()) == 250, timeout=5000)
    assert panel.model.rowCount() == SCREENFUL  # only a screenful built
    assert panel.summary.text() == "250 items · 100 shown, more as you scroll"
    sheet = tmp_path / "budget.csv"
    panel.export_to(sheet)  # the whole day, read rows or not
    qtbot.waitUntil(lambda: sheet.exists(), timeout=5000)
    assert len(sheet.read_text("utf-8").splitlines()) == 251

    panel.table.setFocus()
    to_end = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(panel.table, Qt.Key.Key_End, to_end)  # to the last row read: more come
    qtbot.waitUntil(lambda: panel.model.rowCount() == SCREENFUL * 2, timeout=5000)
    qtbot.keyClick(panel.table, Qt.Key.Key_End, to_end)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 250, timeout=5000)
    assert _shown(panel)[-1] == "Line 249"
    assert panel.summary.text() == "250 items · 0 of 25,000 words"


def test_changing_an_item_sends_only_what_was_changed_and_keeps_an_unknown_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    from newsdesk.domain.planning import PlanChanges
    from newsdesk.ui.planning.budget_panel import revise_item
    from newsdesk.ui.planning.item_dialog import PlanItemDialog

    plan = window.newsroom.planning
    world = window.newsroom.sections.create("World Desk")
    item = plan.add(PlanDraft(TODAY, "Harbour strike", world.id, words_planned=400))
    # The dialog opens on a snapshot, without the new section among those it knows.
    dialog = PlanItemDialog(TODAY, [], [], window, item=item)
    qtbot.addWidget(dialog)
    assert dialog.section.currentText() == "World Desk"
    plan.edit(item.id, PlanChanges(words_planned=900))  # another planner, meanwhile
    dialog.slug.selectAll()
    qtbot.keyClicks(dialog.slug, "Harbour strike: day two")

    assert dialog.changes() == PlanChanges(slug="Harbour strike: day two")
    revise_item(plan, item.id, dialog.changes(), dialog.removed(), dialog.writer_id())
    changed = plan.get(item.id)
    assert (changed.slug, changed.words_planned, changed.section_id) == (
        "Harbour strike: day two",
        900,
        world.id,
    )


def _line(item_id: int) -> object:
    from newsdesk.domain.planning import PlanItem

    return PlanItem(
        item_id, f"u{item_id}", TODAY, None, "", f"Item {item_id}", "", None, None, None, 0,
        PlanStatus.IDEA, "", (), None, "", 1,
    )  # fmt: skip


def test_the_budget_scrolls_past_rows_gone_meanwhile_and_asks_again_after_an_error(
    qtbot: QtBot,
) -> None:
    from newsdesk.ui.planning.budget_model import BudgetModel

    model = BudgetModel()
    wanted: list[list[int]] = []
    model.more_wanted.connect(wanted.append)
    model.set_items([_line(1), _line(2)], [1, 2, 3, 4, 5, 6])  # type: ignore[list-item]
    model.fetchMore()
    model.more_failed()  # the read failed: the next scroll asks again
    assert model.canFetchMore()
    model.fetchMore()
    assert wanted == [[3, 4, 5, 6], [3, 4, 5, 6]]
    model.add_items([3, 4, 5, 6], [_line(3), _line(6)])  # type: ignore[list-item]
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == [
        "Item 1", "Item 2", "Item 3", "Item 6",
    ]  # fmt: skip
    assert model.complete() and not model.canFetchMore()
