"""The window in Persian: findings and hold reasons worded in Persian, words of the other
direction isolated, and one kind of digits; the wording helpers in French and Persian."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeView
from pytestqt.qtbot import QtBot
from tests.ui.test_copydesk import view_rows
from tests.ui.window_helpers import SEED_SLUG, child_of, moderation_of, open_story

from newsdesk.domain.checks import Finding, FindingCode
from newsdesk.domain.hold_reasons import HoldReason, ReasonCode
from newsdesk.ui.bidi import FSI, PDI, first_strong_direction, isolated
from newsdesk.ui.copydesk.checks_panel import ChecksPanel
from newsdesk.ui.copydesk.finding_words import finding_text
from newsdesk.ui.locale_format import decimal, moment, number
from newsdesk.ui.main_window import MainWindow
from newsdesk.ui.panels.comments.reason_words import reason_text
from newsdesk.ui.preferences.language import apply_language

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
ASCII_DIGITS = set("0123456789")


def test_text_against_the_line_is_isolated_and_text_with_it_is_not() -> None:
    assert isolated("Vadim K.", RTL) == f"{FSI}Vadim K.{PDI}"
    assert isolated("Vadim K.", LTR) == "Vadim K."
    assert isolated("مریم احمدی", LTR) == f"{FSI}مریم احمدی{PDI}"
    assert isolated("مریم احمدی", RTL) == "مریم احمدی"
    assert isolated("203.0.113.7", RTL) == "203.0.113.7"  # no letter, no direction
    assert isolated("", RTL) == ""
    assert isolated(isolated("Vadim K.", RTL), RTL) == f"{FSI}Vadim K.{PDI}"
    assert first_strong_direction("«Pompeo»") is LTR
    assert first_strong_direction("۱۲ «کتاب»") is RTL


def test_counts_and_times_take_the_interface_language_digits(qapp: QApplication) -> None:
    when = datetime(2019, 5, 15, 16, 45, tzinfo=UTC).astimezone()
    assert (number(3599), decimal(0.38)) == ("3,599", "0.38")
    assert moment(when) == when.strftime("%Y-%m-%d %H:%M")
    apply_language(qapp, "fa")
    assert (number(3599), decimal(0.38)) == ("۳٬۵۹۹", "۰٫۳۸")
    assert not ASCII_DIGITS & set(moment(when))
    apply_language(qapp, "fr")
    assert number(3599) == "3\u202f599" and decimal(0.38) == "0,38"


def test_findings_and_reasons_are_worded_in_the_interface_language(qapp: QApplication) -> None:
    unknown = Finding(FindingCode.UNKNOWN_WORD, ("Pompeo",))
    sentence = Finding(FindingCode.LONG_SENTENCE, (53, 40))
    missing = Finding(FindingCode.MISSING_FIELD, ("credit",))
    links, note = HoldReason(ReasonCode.LINKS, 3), HoldReason(ReasonCode.NOTE, "spam pattern")
    assert finding_text(unknown) == "Unknown word: “Pompeo”" == unknown.message
    assert finding_text(sentence) == sentence.message
    assert reason_text(links) == "links: 3" and reason_text(note) == "spam pattern"
    apply_language(qapp, "fr")
    assert finding_text(unknown) == "Mot inconnu : « Pompeo »"
    assert finding_text(missing).startswith("Crédit manquant")
    assert reason_text(HoldReason(ReasonCode.FIRST_COMMENT)) == (
        "premier commentaire de cette adresse"
    )
    apply_language(qapp, "fa")
    assert finding_text(unknown) == f"واژه‌ی ناشناخته: «{FSI}Pompeo{PDI}»"
    assert finding_text(sentence) == "جمله‌ای با ۵۳ واژه (حد آن ۴۰ است)"
    assert finding_text(missing).startswith("منبع خالی است")
    assert reason_text(links) == "پیوندها: ۳"
    assert reason_text(HoldReason(ReasonCode.BLOCKED_WORD, "casino")) == (
        f"واژه‌ی ممنوع: {FSI}casino{PDI}"
    )
    assert reason_text(note) == f"{FSI}spam pattern{PDI}"


def test_the_window_in_persian_words_findings_and_reasons_in_persian(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    apply_language(qapp, "fa")
    open_story(qtbot, window, SEED_SLUG)
    findings = child_of(window, QTreeView, "findingList")
    qtbot.waitUntil(
        lambda: findings.model().rowCount() > 0 and "واژه" in view_rows(findings)[0][2],
        timeout=10000,
    )
    rows = view_rows(findings)
    texts = [row[2] for row in rows]
    assert f"واژه‌ی ناشناخته: «{FSI}Pompeo{PDI}»" in texts
    assert any(text.startswith("بند ۱ گیومه‌ای (“) باز می‌کند") for text in texts)
    assert not any("Unknown word" in text or "Paragraph" in text for text in texts)
    lines = {row[0] for row in rows}
    assert "۹" in lines and not any_ascii_digit(lines)

    moderation_of(window).toggle.setChecked(True)
    queue = moderation_of(window).view.queue
    queue.filters.text.setText("always")  # Vadim K.'s "Same as always."
    model = queue.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10000)
    vadim = model.index(0, 0)
    assert vadim.data() == f"{FSI}Vadim K.{PDI}"  # its full stop stays at its end
    assert "نظر در یک دقیقه: ۴" in vadim.data(Qt.ItemDataRole.ToolTipRole)
    assert not ASCII_DIGITS & set(model.index(0, 2).data())  # received
    assert not ASCII_DIGITS & set(model.index(0, 6).data())  # score
    detail = moderation_of(window).view.detail
    qtbot.waitUntil(lambda: "نظر در یک دقیقه: ۴" in detail.toPlainText(), timeout=10000)
    assert f"{FSI}Vadim K.{PDI}" in detail.toPlainText()
    assert "comments in" not in detail.toPlainText()
    counts = window.status.counts.text()
    assert counts and not ASCII_DIGITS & set(counts)


def any_ascii_digit(values: set[str]) -> bool:
    """Whether some value holds an ASCII digit (a line number not in Persian digits)."""
    return any(ASCII_DIGITS & set(value) for value in values)


def test_a_story_in_a_language_without_a_dictionary_is_not_spelt_and_the_panel_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_story(qtbot, window, SEED_SLUG)
    panel = child_of(window, ChecksPanel)
    findings = child_of(window, QTreeView, "findingList")
    qtbot.waitUntil(lambda: "Unknown word" in " ".join(tree_texts(findings)), timeout=10000)
    assert "No spelling dictionary" not in panel.summary.text()
    window.editor_panel.language.setEditText("sw")
    panel.check_now()
    qtbot.waitUntil(
        lambda: "No spelling dictionary for Kiswahili (sw)" in panel.summary.text(), timeout=10000
    )
    assert "Unknown word" not in " ".join(tree_texts(findings))


def tree_texts(view: QTreeView) -> list[str]:
    return [row[2] for row in view_rows(view)]


def test_times_in_the_embargo_field_and_the_budget_take_persian_digits_after_a_switch(
    qtbot: QtBot, qapp: QApplication, window: MainWindow
) -> None:
    from datetime import date, timedelta

    from newsdesk.domain.planning import PlanDraft
    from newsdesk.ui.planning.budget_panel import BudgetPanel

    open_story(qtbot, window, SEED_SLUG)
    due = datetime.now(UTC) + timedelta(hours=3)
    window.newsroom.planning.add(PlanDraft(date.today(), "Harbour strike", due_at=due))
    budget = window.workbench.features.get(BudgetPanel)
    budget.refresh()
    qtbot.waitUntil(lambda: budget.model.rowCount() == 1, timeout=5000)
    field = window.editor_panel.embargo_field
    field.set_moment(datetime(2030, 5, 15, 16, 45, tzinfo=UTC))
    assert ASCII_DIGITS & set(field.time.text())  # an English window: 2030-05-15 …

    apply_language(qapp, "fa")  # the open window follows
    assert field.time.text() and not ASCII_DIGITS & set(field.time.text())
    assert not ASCII_DIGITS & set(budget.day.text())
    assert not ASCII_DIGITS & set(budget.model.index(0, 5).data())  # due
    qtbot.waitUntil(lambda: not ASCII_DIGITS & set(budget.summary.text()), timeout=5000)
    assert "سوژه" in budget.summary.text()  # its count in Persian words and digits
    assert "·" not in budget.summary.text()  # the Persian comma between its parts
    summary = window.editor_panel._embargo_summary()
    assert "۲۰۳۰" in summary and "2030" not in summary
    assert field.moment() == datetime(2030, 5, 15, 16, 45, tzinfo=UTC)  # read back the same

    apply_language(qapp, "en")
    assert "2030" in field.time.text() and ASCII_DIGITS & set(budget.model.index(0, 5).data())


def test_a_time_zone_written_as_an_offset_takes_the_languages_digits(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from newsdesk.ui.locale_format import moment_in_zone

    monkeypatch.setenv("TZ", "Asia/Tehran")  # abbreviated "+0330"
    time.tzset()
    try:
        apply_language(qapp, "fa")
        written = moment_in_zone(datetime(2030, 5, 15, 16, 45, tzinfo=UTC))
        assert written and not ASCII_DIGITS & set(written)
        apply_language(qapp, "en")
        assert moment_in_zone(datetime(2030, 5, 15, 16, 45, tzinfo=UTC)).endswith(" +0330")
    finally:
        monkeypatch.undo()
        time.tzset()
