#!/usr/bin/env bash
# The interface's translations: collect every translatable text of src/newsdesk and of the
# Designer forms in ui/ into resources/i18n/newsdesk_<language>.ts (new texts arrive
# unfinished, texts no longer in the code are dropped), then compile each .ts into the .qm
# the app loads. lupdate reads the forms' .ui files, under their class as context, as the
# forms' retranslateUi asks for them; it cannot read the u"…" texts of the modules
# pyside6-uic makes, which scripts/compile-forms.sh brings up to date first.
#
#   scripts/update-translations.sh          # update the .ts files and build the .qm files
#   scripts/update-translations.sh --check  # only say how complete each language is
#
# Translate in Qt Linguist (.venv/bin/pyside6-linguist resources/i18n/newsdesk_fr.ts) or
# in any text editor, then run this script again and commit both the .ts and the .qm.
# English needs no translation; its file holds only the plural forms of "%n" texts.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN="${PYSIDE6_BIN:-.venv/bin}"
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
PYTHON="$BIN/python"
FOLDER=resources/i18n
LANGUAGES=(fr fa)

report() {
  "$PYTHON" - "$FOLDER"/newsdesk_*.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

for path in sys.argv[1:]:
    messages = ET.parse(path).getroot().iter("message")
    total = finished = 0
    for message in messages:
        total += 1
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            finished += 1
    share = 100 * finished / total if total else 100.0
    print(f"{path}: {finished} of {total} finished ({share:.1f} %)")
PY
}

if [[ "${1:-}" == "--check" ]]; then
  report
  exit 0
fi

mkdir -p "$FOLDER"
# The forms' modules first, so that what the app shows and what is translated are one.
PYSIDE6_BIN="$BIN" scripts/compile-forms.sh
mapfile -t SOURCES < <(
  {
    grep -rlE --include='*.py' --exclude-dir=forms 'tr\(|translate\(|QT_TRANSLATE_NOOP|QT_TR_NOOP' src/newsdesk
    ls ui/*.ui
  } | sort
)
for language in "${LANGUAGES[@]}"; do
  "$LUPDATE" -silent -no-obsolete -locations relative -target-language "$language" \
    "${SOURCES[@]}" -ts "$FOLDER/newsdesk_$language.ts"
done
"$LUPDATE" -silent -no-obsolete -pluralonly -locations relative -target-language en \
  "${SOURCES[@]}" -ts "$FOLDER/newsdesk_en.ts"
for ts in "$FOLDER"/newsdesk_*.ts; do
  "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
done
report
