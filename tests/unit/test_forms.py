"""The Designer forms: every ui/*.ui has its module in newsdesk.ui.forms, and each module
is what pyside6-uic makes of its .ui today (scripts/compile-forms.sh). The app, its
packaged build and the tests import those modules, so what runs is what the forms say.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "ui"
MODULES = ROOT / "src" / "newsdesk" / "ui" / "forms"
SCRIPT = ROOT / "scripts" / "compile-forms.sh"


def _modules(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*_form.py"))}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Every form compiled afresh by the script, with the uic beside this Python."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if not beside.exists() and shutil.which("pyside6-uic") is None:
        pytest.skip("pyside6-uic is not installed")
    folder = tmp_path_factory.mktemp("forms")
    environment = {**os.environ, "PYSIDE6_BIN": str(beside.parent)}
    subprocess.run(["bash", str(SCRIPT), str(folder)], check=True, env=environment)
    return _modules(folder)


def test_there_are_forms() -> None:
    assert len(list(FORMS.glob("*.ui"))) >= 10


def test_every_form_has_its_module_and_every_module_its_form(compiled: dict[str, bytes]) -> None:
    wanted = {f"{form.stem}_form.py" for form in FORMS.glob("*.ui")}
    assert set(compiled) == wanted
    assert set(_modules(MODULES)) == wanted, "run scripts/compile-forms.sh and commit"


def test_each_module_is_what_uic_makes_of_its_form(compiled: dict[str, bytes]) -> None:
    committed = _modules(MODULES)
    stale = sorted(name for name, text in compiled.items() if committed.get(name) != text)
    assert stale == [], "run scripts/compile-forms.sh and commit the modules"


FRESH_IMPORTS = """
import importlib, sys
for module, name in zip(sys.argv[1::2], sys.argv[2::2]):
    for loaded in [m for m in sys.modules if m.split(".")[0] == "newsdesk"]:
        del sys.modules[loaded]
    try:
        form = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as error:
        print(f"{module}: {error!r}")
"""


def test_each_module_imports_first_and_holds_the_class_of_its_form() -> None:
    """Each module, imported before any other of Newsdesk (as PyInstaller's analysis may),
    reaches the modules of its custom widgets without an import cycle."""
    arguments = []
    for form in sorted(FORMS.glob("*.ui")):
        arguments += [f"newsdesk.ui.forms.{form.stem}_form", f"Ui_{_class_of(form)}"]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-c", FRESH_IMPORTS, *arguments],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    assert result.stdout.splitlines() == []


def _class_of(form: Path) -> str:
    return ET.parse(form).getroot().findtext("class") or ""
