"""The dialogs' Qt Designer forms as Python: each <name>_form.py is what pyside6-uic makes
of ui/<name>.ui (scripts/compile-forms.sh). Edit the .ui, never these modules."""
