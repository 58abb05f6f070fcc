"""Run by test_crash_safety: opens the window, types numbered words until killed."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from newsdesk.app import build_main_window


def main(url: str, settings_path: str, article_id: int) -> None:
    app = QApplication(sys.argv)
    window = build_main_window(url, QSettings(settings_path, QSettings.Format.IniFormat))
    window.show()
    window.editing.open(article_id)
    counter = {"word": 0}

    def type_word() -> None:
        if window.editing.article is None:
            return
        editor = window.editor_panel.editor
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        counter["word"] += 1
        editor.insertPlainText(f" w{counter['word']}")  # emits text_edited like typing does
        print(f"{counter['word']} {time.monotonic():.3f}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(50)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
