"""The translation files: complete, true to their sources, and compiled from what is committed.

`scripts/update-translations.sh` collects the texts and compiles the .qm files; these
tests fail when a text of the code is missing from the .ts files, when a French entry is
unfinished, when a translation loses a placeholder or a keyboard accelerator, or when a
.qm file is older than its .ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsdesk.domain.checks.findings import CheckKind
from newsdesk.domain.enums import ArticleStatus, CommentStatus, Role
from newsdesk.domain.moderation import ModerationAction
from newsdesk.domain.workflow import Action
from newsdesk.services.article_views import SavedView
from newsdesk.ui.vocabulary import ROLE_NAMES, SOURCES

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "fa")
PLACEHOLDER = re.compile(r"%(?:\d+|n|s|d)|\{\w*\}")
MAIN_WINDOW_CONTEXTS = {
    "MainWindow",
    "ArticleListModel",
    "ArticleListPanel",
    "SavedViewSelector",
    "SavedView",
    "ArticleStatus",
    "ArticleEditorPanel",
    "EditorStatusBar",
    "SectionsPanel",
    "SectionTreeWidget",
    "CommentQueuePanel",
    "CommentQueueModel",
    "CommentStatus",
    "FilterRow",
    "StateTabs",
    "ModerationAction",
    "RelatedLinksPanel",
    "CopyDesk",
    "ChecksPanel",
    "NotesPanel",
    "HistoryPanel",
    "WorkflowActions",
    "Moderation",
    "ShortcutsSheet",
    "FindBar",
}
"""Menus, toolbar, panels, list columns and status bar: complete in every language."""


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    forms: tuple[str, ...]
    """The translation (one form, or one per plural form)."""
    finished: bool


def entries(language: str) -> list[Entry]:
    found = []
    root = ET.parse(FOLDER / f"newsdesk_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            found.append(Entry(name, message.findtext("source") or "", forms, finished))
    return found


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_french_entry_is_translated() -> None:
    french = entries("fr")
    assert len(french) > 600
    assert [(e.context, e.source) for e in french if not e.finished or not all(e.forms)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_is_complete_in_every_language(language: str) -> None:
    listed = [e for e in entries(language) if e.context in MAIN_WINDOW_CONTEXTS]
    assert len(listed) > 150
    assert [(e.context, e.source) for e in listed if not e.finished or not all(e.forms)] == []


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_placeholders_and_accelerators_survive_translation(language: str) -> None:
    wrong = []
    for entry in entries(language):
        if not entry.finished:
            continue
        placeholders = _placeholders(entry.source)
        for form in entry.forms:
            if _placeholders(form) != placeholders:
                wrong.append((entry.context, entry.source, form, "placeholders"))
            if _accelerators(form) != _accelerators(entry.source):
                wrong.append((entry.context, entry.source, form, "& accelerators"))
    assert wrong == []


def _placeholders(text: str) -> Counter[str]:
    """%1, %n… (a translation's %Ln is the count %n in the language's own digits)."""
    return Counter(PLACEHOLDER.findall(text.replace("%Ln", "%n")))


def _accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def test_each_main_menu_keeps_its_accelerators_apart_in_french() -> None:
    """Alt+letter opens one menu only: the menu bar's titles use different letters."""
    french = {e.source: e.forms[0] for e in entries("fr") if e.context == "MainWindow"}
    titles = ["&File", "&Edit", "&Story", "&Comments", "&View", "&Help"]
    letters = [re.search(r"&(\w)", french[title]).group(1).lower() for title in titles]  # type: ignore[union-attr]
    assert len(set(letters)) == len(letters), letters


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_each_qm_file_is_compiled_from_its_ts_file(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"newsdesk_{language}.qm"
    source = FOLDER / f"newsdesk_{language}.ts"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True
    )
    committed = FOLDER / compiled.name
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is out of date: run scripts/update-translations.sh"
    )


def test_every_text_of_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    """lupdate over the code and the Designer forms (ui/*.ui, as the script reads them)
    finds nothing the committed .ts files lack."""
    sources = sorted(
        str(path)
        for path in (ROOT / "src" / "newsdesk").rglob("*.py")
        if re.search(r"tr\(|translate\(|QT_TRANSLATE_NOOP", path.read_text(encoding="utf-8"))
    ) + sorted(str(path) for path in (ROOT / "ui").glob("*.ui"))
    fresh = tmp_path / "newsdesk_fr.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
    )
    wanted = {(e.context, e.source) for e in _parse(fresh)}
    have = {(e.context, e.source) for e in entries("fr")}
    assert sorted(wanted - have) == [], "run scripts/update-translations.sh and translate"
    assert sorted(have - wanted) == [], "run scripts/update-translations.sh (texts went away)"


def _parse(path: Path) -> list[Entry]:
    root = ET.parse(path).getroot()
    return [
        Entry(context.findtext("name") or "", message.findtext("source") or "", (), False)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize(
    "vocabulary", [ArticleStatus, CommentStatus, Action, ModerationAction, CheckKind, SavedView]
)
def test_the_vocabulary_catalogue_names_every_label_of_the_domain(
    vocabulary: type[
        ArticleStatus | CommentStatus | Action | ModerationAction | CheckKind | SavedView
    ],
) -> None:
    assert [member.label for member in vocabulary] == list(SOURCES[vocabulary.__name__])


def test_every_role_has_a_name() -> None:
    assert set(ROLE_NAMES) == set(Role)


def test_the_connection_dialog_translates_the_services_fixed_messages() -> None:
    from newsdesk.services.connections import _FAILURES
    from newsdesk.services.secrets import NO_KEYRING
    from newsdesk.ui.connection.messages import SERVICE_MESSAGES

    assert set(SERVICE_MESSAGES) == {message for _, _, message in _FAILURES} | {NO_KEYRING}
