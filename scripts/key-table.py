"""The README's key table, made from the window's actions as the shortcuts sheet is.

    .venv/bin/python scripts/key-table.py            # print the Markdown table
    .venv/bin/python scripts/key-table.py --write    # put it into README.md
    .venv/bin/python scripts/key-table.py --check    # exit 1 when README.md's differs

Opens the demo newsroom (in a throwaway folder) offscreen in English and lists every
key the Keyboard shortcuts sheet lists (`newsdesk.ui.shortcuts.catalogue`). In README.md
the table stands between the two KEY_TABLE markers; tests/ui/test_key_table.py runs
--check, so after a key is added or changed, run this with --write.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
_scratch = tempfile.mkdtemp(prefix="newsdesk-keys-")
os.environ["XDG_DATA_HOME"] = os.environ["XDG_STATE_HOME"] = _scratch
os.environ["XDG_CONFIG_HOME"] = _scratch

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsdesk.services.demo import load_demo  # noqa: E402
from newsdesk.services.newsroom import open_newsroom  # noqa: E402
from newsdesk.ui.main_window import MainWindow  # noqa: E402
from newsdesk.ui.shortcuts.catalogue import collect, markdown_table  # noqa: E402

README = Path(__file__).resolve().parents[1] / "README.md"
START = "<!-- KEY_TABLE: made by scripts/key-table.py from the window's actions -->"
END = "<!-- /KEY_TABLE -->"


def with_table(readme: str, table: str) -> str:
    """`readme` with `table` between the markers (which must be there, once each)."""
    before, start, rest = readme.partition(START)
    _old, end, after = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"README.md has no {START} … {END} block")
    return f"{before}{START}\n{table}{END}{after}"


def table_in(readme: str) -> str:
    """The table between the markers, as the script writes it."""
    _before, _start, rest = readme.partition(START)
    table, _end, _after = rest.partition(END)
    return table.removeprefix("\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update README.md in place")
    parser.add_argument("--check", action="store_true", help="exit 1 when README.md differs")
    arguments = parser.parse_args()
    app = QApplication(sys.argv[:1])
    newsroom = open_newsroom(f"sqlite:///{Path(_scratch) / 'keys.sqlite'}", create=True)
    load_demo(newsroom)
    window = MainWindow(
        newsroom, QSettings(str(Path(_scratch) / "keys.ini"), QSettings.Format.IniFormat)
    )
    table = markdown_table(collect(window))
    window.close()
    newsroom.close()
    app.processEvents()
    readme = README.read_text(encoding="utf-8")
    if arguments.check:
        if table_in(readme) != table:
            sys.stderr.write(
                "README.md's key table is not the window's; run scripts/key-table.py --write\n"
            )
            sys.stdout.write(table)
            return 1
    elif arguments.write:
        README.write_text(with_table(readme, table), encoding="utf-8")
    else:
        sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
