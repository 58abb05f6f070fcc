"""The layers stay apart: nothing below ui/ imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "newsdesk"
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")


def test_no_qt_below_the_ui_layer() -> None:
    offenders = []
    for layer in ("domain", "rendering", "storage", "services", "cli"):
        for path in (PACKAGE / layer).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                if any(name.split(".")[0] in QT_MODULES for name in names):
                    offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_no_sql_in_widgets() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if "sqlalchemy" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
