"""tests/unit mirrors the package: each layer of src/newsdesk (a package right under it)
has its folder of unit tests, and every folder of unit tests is named after a package.

The modules right in src/newsdesk (the start-up, the log file) are tested in
tests/unit itself. One folder per layer, not one file per module: a module may be
covered by its layer's tests or, where it needs a database or a window, by
tests/integration and tests/ui.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "newsdesk"
UNIT = ROOT / "tests" / "unit"


def packages_under(folder: Path) -> set[str]:
    return {path.parent.name for path in folder.glob("*/__init__.py")}


def unit_tests_of(module: Path) -> Path:
    """tests/unit/<layer> for a module of a layer, tests/unit for one right in newsdesk."""
    parts = module.relative_to(PACKAGE).parts
    return UNIT / parts[0] if len(parts) > 1 else UNIT


def test_every_module_has_a_folder_of_unit_tests() -> None:
    missing = sorted(
        str(module.relative_to(PACKAGE))
        for module in PACKAGE.rglob("*.py")
        if not any(unit_tests_of(module).glob("test_*.py"))
    )
    assert missing == [], "add tests/unit/<layer>/ with unit tests for these modules"


def test_every_folder_of_unit_tests_is_named_after_a_package() -> None:
    strays = sorted(
        str(folder.relative_to(UNIT))
        for folder in UNIT.rglob("*")
        if folder.is_dir()
        and not folder.name.startswith((".", "__"))
        and not (PACKAGE / folder.relative_to(UNIT) / "__init__.py").is_file()
    )
    assert strays == []


def test_the_layers_are_all_there() -> None:
    layers = packages_under(PACKAGE)
    assert {"cli", "domain", "rendering", "services", "storage", "ui"} <= layers
    assert layers <= {folder.name for folder in UNIT.iterdir() if folder.is_dir()}
