"""The layers stay apart: nothing below ui/ imports Qt; ui/ reaches the database only
through services; features get the workbench, never the main window; the web door
(web/) is a layer beside cli/ that reaches the newsroom only through services."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "newsdesk"
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")


def imported_modules(path: Path) -> Iterator[str]:
    """Every module `path` imports, at the top or inside a function or TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_no_qt_below_the_ui_layer() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in ("domain", "rendering", "storage", "services", "cli", "web")
        for path in modules_of(layer)
        if any(name.split(".")[0] in QT_MODULES for name in imported_modules(path))
    ]
    assert offenders == []


def test_no_sql_in_widgets() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_of("ui")
        if "sqlalchemy" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_ui_reaches_storage_and_the_app_only_through_services() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules_of("ui")
        for name in imported_modules(path)
        if name.startswith(("newsdesk.storage", "newsdesk.app"))
    ]
    assert offenders == []


WEB_STACK = ("starlette", "uvicorn")


def test_the_web_door_reaches_the_newsroom_only_through_services() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules_of("web")
        for name in imported_modules(path)
        if name.startswith(("newsdesk.storage", "newsdesk.ui", "newsdesk.app", "newsdesk.cli"))
        or name.split(".")[0] == "sqlalchemy"
    ]
    assert offenders == []


def test_no_web_framework_below_the_door() -> None:
    """Services stay usable without a web server: the framework lives in web/ only (and
    the command line imports it when `serve` runs, not before)."""
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for layer in ("domain", "rendering", "storage", "services", "ui")
        for path in modules_of(layer)
        for name in imported_modules(path)
        if name.split(".")[0] in WEB_STACK or name.startswith("newsdesk.web")
    ]
    assert offenders == []


def test_nothing_below_the_window_imports_it() -> None:
    """Features are handed the workbench (ui/workbench.py), not the window."""
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules_of("ui")
        if path.name != "main_window.py"
        and "newsdesk.ui.main_window" in set(imported_modules(path))
    ]
    assert offenders == []


def test_every_feature_installs_on_the_workbench() -> None:
    """One shape: each feature folder's __init__.py has install(workbench: Workbench)."""
    from newsdesk.ui.main_window import FEATURES

    for install in FEATURES:
        parameters = list(install.__annotations__)
        assert parameters[:1] == ["workbench"], install.__module__
        assert install.__annotations__["workbench"] in ("Workbench", "'Workbench'"), (
            install.__module__
        )


def test_no_attribute_is_attached_to_the_window_from_outside() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in modules_of("ui")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "attr-defined" in line and ("window." in line or "workbench." in line)
    ]
    assert offenders == []
