#!/usr/bin/env bash
# The dialogs' Qt Designer forms: compile each ui/<name>.ui into the Python module the app
# imports, src/newsdesk/ui/forms/<name>_form.py (class Ui_<the form's class>). The modules
# are committed, so the app, its PyInstaller build and the tests run the very same code and
# nothing reads XML at run time; tests/unit/test_forms.py fails when one is out of date.
#
#   scripts/compile-forms.sh           # after editing a .ui file; commit both
#   scripts/compile-forms.sh FOLDER    # into FOLDER instead (relative to the repository)
#
# It takes pyside6-uic from $PYSIDE6_BIN (default .venv/bin), else from the PATH. The
# output depends on nothing but the .ui file and uic's version. scripts/update-translations.sh
# runs it too, before lupdate reads the .ui files themselves.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${PYSIDE6_BIN:-.venv/bin}"
UIC="$BIN/pyside6-uic"
[[ -x "$UIC" ]] || UIC="$(command -v pyside6-uic)" || { echo "pyside6-uic not found" >&2; exit 1; }
TARGET="${1:-src/newsdesk/ui/forms}"

mkdir -p "$TARGET"
rm -f "$TARGET"/*_form.py  # a form whose .ui went away goes too
for form in ui/*.ui; do
  name="$(basename "$form" .ui)"
  # --no-autoconnection: the code connects its signals itself; no on_<name>_<signal> magic.
  "$UIC" --no-autoconnection "$form" -o "$TARGET/${name}_form.py"
done
