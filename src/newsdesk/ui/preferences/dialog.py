"""Edit ▸ Preferences…: this person's settings, and the newsroom's lists and rules.

OK and Apply check every field first: a wrong one is named, focused and nothing at all
changes. Then the personal preferences go to QSettings and apply at once (theme, preview,
autosave, spelling), and the newsroom-wide edits go to the database on the window's
background worker; OK closes once they are saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from newsdesk.domain.errors import NewsdeskError
from newsdesk.ui.contrast import tint
from newsdesk.ui.form_widget import FormWidget
from newsdesk.ui.forms.preferences_dialog_form import Ui_PreferencesDialog
from newsdesk.ui.preferences.apply import apply_preferences
from newsdesk.ui.preferences.newsroom_rules import (
    NewsroomEdits,
    NewsroomRules,
    load_newsroom_rules,
    may_edit_intake,
    may_edit_lists,
    plan_edits,
    save_newsroom_edits,
)
from newsdesk.ui.preferences.pages import (
    CopyDeskPage,
    ModerationPage,
    WritingPage,
)
from newsdesk.ui.preferences.settings import (
    UI_LANGUAGES,
    InvalidPreference,
    Preferences,
    Theme,
    load_preferences,
    parse_font_size,
    save_preferences,
)

if TYPE_CHECKING:
    from newsdesk.ui.workbench import Workbench

ERROR_COLOUR = "#b3261e"


class PreferencesDialog(FormWidget, QDialog):
    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench.host)
        self.ui = self.set_up_form(Ui_PreferencesDialog())
        self._workbench = workbench
        self._rules: NewsroomRules | None = None
        self._reading = False
        self._read_error: BaseException | None = None
        self._saving = False
        self._close_when_saved = False
        self._finished = False
        self.preferences = load_preferences(workbench.settings)

        self.tabs = self.ui.preferencesTabs
        self.general = self.ui.generalPage
        self.writing = self.ui.writingPage
        self.copy_desk = self.ui.copyDeskPage
        self.moderation = self.ui.moderationPage
        self.message = self.ui.preferencesMessage
        self.buttons = self.ui.buttons

        self.buttons.accepted.connect(self.ok)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        self.writing.problem.connect(self.show_error)

        prefs = self.preferences
        self.general.show_values(
            prefs.ui_language,
            prefs.theme,
            prefs.preview_font_px,
            prefs.autosave_delay_ms,
            prefs.wire_folders,
        )
        index = self.writing.spelling.findData(prefs.spelling_language)
        self.writing.spelling.setCurrentIndex(max(index, 0))
        self._load_rules()

    def retranslate_ui(self) -> None:
        """The pages' notes say anew why they are read only, or what went wrong."""
        if self._reading:
            return  # the pages say they are reading by themselves
        if self._read_error is not None:
            self._rules_failed(self._read_error)
        elif self._rules is not None:
            self._show_access()

    # ---- the newsroom's part -------------------------------------------------------------
    def _load_rules(self) -> None:
        self._reading = True
        self._read_error = None
        for page in self._newsroom_pages():
            page.show_loading()
        self._workbench.tasks.background.submit(
            load_newsroom_rules,
            self._workbench.newsroom,
            on_done=self._rules_loaded,
            on_error=self._rules_failed,
        )

    def _newsroom_pages(self) -> tuple[WritingPage, CopyDeskPage, ModerationPage]:
        return (self.writing, self.copy_desk, self.moderation)

    def _rules_loaded(self, rules: NewsroomRules) -> None:
        if self._finished:
            return
        self._reading = False
        self._rules = rules
        self.writing.show_words(rules.words)
        self.copy_desk.show_rules(rules)
        self.moderation.show_rules(rules.intake)
        self._show_access()

    def _show_access(self) -> None:
        user = self._workbench.newsroom.user
        who = user.display_name or user.username
        roles = ", ".join(sorted(role.value for role in user.roles)) or self.tr("no role")
        lists_reason = (
            ""
            if may_edit_lists(user)
            else self.tr(
                "Read only: only copy editors, publishers and administrators may change the "
                "newsroom's word list, style list and limits (%1 is: %2)."
            )
            .replace("%1", who)
            .replace("%2", roles)
        )
        intake_reason = (
            ""
            if may_edit_intake(user)
            else self.tr(
                "Read only: only moderators and administrators may change the comment "
                "intake rules (%1 is: %2)."
            )
            .replace("%1", who)
            .replace("%2", roles)
        )
        self.writing.set_access(may_edit_lists(user), lists_reason)
        self.copy_desk.set_access(may_edit_lists(user), lists_reason)
        self.moderation.set_access(may_edit_intake(user), intake_reason)

    def _rules_failed(self, error: BaseException) -> None:
        if self._finished:
            return
        self._reading = False
        self._read_error = error
        for page in self._newsroom_pages():
            page.show_problem(
                self.tr("The newsroom's settings could not be read: %1").replace(
                    "%1", _describe(error)
                )
            )

    def _planned_edits(self) -> NewsroomEdits:
        rules = self._rules
        if rules is None:
            return NewsroomEdits()
        lists = self.writing.editable
        return plan_edits(
            rules,
            words=self.writing.shown_words() if lists else None,
            style=self.copy_desk.shown_style() if lists else None,
            limits=self.copy_desk.shown_limits() if lists else None,
            intake=self.moderation.shown_rules() if self.moderation.editable else None,
        )

    # ---- OK and Apply --------------------------------------------------------------------
    def shown_preferences(self) -> Preferences:
        """What the dialog shows, validated (InvalidPreference names the field at fault)."""
        return Preferences(
            autosave_delay_ms=self.general.autosave_ms(),
            spelling_language=str(self.writing.spelling.currentData()),
            preview_font_px=parse_font_size(self.general.font_size.currentText()),
            theme=Theme(self.general.theme.currentData()),
            ui_language=str(self.general.ui_language.currentData()),
            wire_folders=self.general.wire_folders.toPlainText().strip(),
        ).validated()

    def apply(self) -> bool:
        """Check everything, then save and apply; False (and nothing changed) if one is wrong."""
        if self._saving:
            return False
        self.message.clear()
        try:
            preferences = self.shown_preferences()
            edits = self._planned_edits()
        except InvalidPreference as error:
            self.show_error(str(error))
            self._focus(error.field)
            return False
        language_changed = preferences.ui_language != self.preferences.ui_language
        save_preferences(self._workbench.settings, preferences)
        self.preferences = preferences
        apply_preferences(self._workbench, preferences)
        if language_changed:
            self.show_info(
                self.tr("Newsdesk now shows in %1.").replace(
                    "%1", UI_LANGUAGES[preferences.ui_language]
                )
            )
        if not edits.is_empty:
            self._save(edits)
        return True

    def ok(self) -> None:
        if not self.apply():
            return
        if self._saving:
            self._close_when_saved = True
        else:
            self.accept()

    def _save(self, edits: NewsroomEdits) -> None:
        self._saving = True
        self._set_buttons_enabled(False)
        self.show_info(self.tr("Saving the newsroom's settings…"))
        workbench = self._workbench
        workbench.tasks.background.submit(
            save_newsroom_edits,
            workbench.newsroom,
            edits,
            on_done=lambda rules: self._saved(workbench, rules),
            on_error=lambda error: self._save_failed(workbench, error),
        )

    def _saved(self, workbench: Workbench, rules: NewsroomRules) -> None:
        workbench.checks_changed.emit()
        workbench.status.showMessage(self.tr("The newsroom's settings are saved."), 6000)
        if self._finished:
            return
        self._saving = False
        self._set_buttons_enabled(True)
        self._rules_loaded(rules)
        self.show_info(self.tr("The newsroom's settings are saved."))
        if self._close_when_saved:
            self.accept()

    def _save_failed(self, workbench: Workbench, error: BaseException) -> None:
        message = self.tr("The newsroom's settings were not saved: %1").replace(
            "%1", _describe(error)
        )
        workbench.status.showMessage(message, 12000)
        if self._finished:
            return
        self._saving = False
        self._close_when_saved = False
        self._set_buttons_enabled(True)
        self.show_error(message)
        self._load_rules()  # show what the database holds now

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(enabled)

    # ---- messages ------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        tint(self.message, ERROR_COLOUR)
        self._set_bold(True)
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        tint(self.message, None)
        self._set_bold(False)
        self.message.setText(text)

    def _set_bold(self, bold: bool) -> None:
        font = self.message.font()
        font.setBold(bold)
        self.message.setFont(font)

    def _focus(self, field: str) -> None:
        fields: dict[str, QWidget] = {
            "autosave_delay_ms": self.general.autosave,
            "preview_font_px": self.general.font_size,
            "spelling_language": self.writing.spelling,
            "theme": self.general.theme,
            "ui_language": self.general.ui_language,
            "wire_folders": self.general.wire_folders,
            "words": self.writing.words,
            "style": self.copy_desk.rules_table,
            "limits": self.copy_desk.sentence_words,
            "intake": self.moderation.hold_links,
        }
        widget = fields.get(field, self.tabs)
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self._finished = True
        super().done(result)


def _describe(error: BaseException) -> str:
    return str(error) if isinstance(error, NewsdeskError) else repr(error)
