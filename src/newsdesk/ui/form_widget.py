"""Dialogs and pages laid out by a Qt Designer form: ui/<name>.ui, compiled by
scripts/compile-forms.sh into ``newsdesk.ui.forms.<name>_form``.

The form builds the widgets whose place and text never change, and owns those texts. The
widget's own code fills in what changes: lists, data, counts, messages. When the
interface language changes, the widget puts the form's texts into it with the form's own
``retranslateUi`` and then redoes its own texts in ``retranslate_ui``; widgets it adds
in code are its to say again there, and custom widgets in a form are form widgets too.
The window's walk over texts (`preferences.language.retranslate`) leaves a form widget
and all inside it alone, so nothing is translated twice, nor by a guess at where a text
came from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Form(Protocol):
    """What pyside6-uic makes of a .ui file (its methods are untyped)."""

    def setupUi(self, widget: Any) -> None: ...

    def retranslateUi(self, widget: Any) -> None: ...


FormT = TypeVar("FormT", bound=Form)

if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object  # a mixin: the Qt class comes after it, as in FormWidget, QDialog


class FormWidget(_Widget):
    """A widget built by a form (``class PeopleDialog(FormWidget, QDialog)``)."""

    _form: Form | None = None

    def set_up_form(self, form: FormT) -> FormT:
        """Build `form` on this widget: its widgets, and their texts in every language."""
        form.setupUi(self)
        self._form = form
        return form

    def retranslate_ui(self) -> None:
        """Put the texts this widget sets itself (not the form's) into the current
        language: the interface language changed."""

    def event(self, event: QEvent) -> bool:
        # Not changeEvent: that runs before the children get the event, and a
        # QDialogButtonBox then puts its standard buttons' own texts back ("OK" over an
        # "Export"). Here every child has had its LanguageChange already.
        handled = super().event(event)
        if event.type() == QEvent.Type.LanguageChange and self._form is not None:
            self._form.retranslateUi(self)
            self.retranslate_ui()
        return handled
