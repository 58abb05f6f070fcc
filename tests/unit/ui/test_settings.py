"""The typed preferences: defaults, a round trip through QSettings, validation that names
what is wrong, damaged files; the newsroom edits planned from the dialog; the language hook."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from newsdesk.domain.checks import CheckSettings, StyleRule
from newsdesk.domain.intake import IntakeRules
from newsdesk.ui.preferences.appearance import apply_language
from newsdesk.ui.preferences.newsroom_rules import NewsroomRules, StyleRow, plan_edits
from newsdesk.ui.preferences.settings import (
    InvalidPreference,
    Preferences,
    Theme,
    load_preferences,
    parse_font_size,
    save_preferences,
)


def ini(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


def test_an_empty_settings_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_preferences(ini(tmp_path)) == Preferences(
        autosave_delay_ms=1000,
        spelling_language="",
        preview_font_px=18,
        theme=Theme.SYSTEM,
        ui_language="en",
    )


def test_saved_preferences_come_back_from_a_fresh_reader(tmp_path: Path) -> None:
    chosen = Preferences(
        autosave_delay_ms=2500,
        spelling_language="de",
        preview_font_px=22,
        theme=Theme.DARK,
        ui_language="fa",
    )
    save_preferences(ini(tmp_path), chosen)
    assert load_preferences(ini(tmp_path)) == chosen
    text = (tmp_path / "settings.ini").read_text()
    assert "[preferences]" in text and "theme=dark" in text


@settings(max_examples=30, deadline=None)
@given(
    delay=st.integers(500, 30_000),
    font=st.integers(10, 32),
    theme=st.sampled_from(list(Theme)),
)
def test_every_valid_value_round_trips(delay: int, font: int, theme: Theme) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        chosen = Preferences(autosave_delay_ms=delay, preview_font_px=font, theme=theme)
        save_preferences(ini(Path(folder)), chosen)
        assert load_preferences(ini(Path(folder))) == chosen


@pytest.mark.parametrize(
    ("preferences", "field", "words"),
    [
        (Preferences(preview_font_px=200), "preview_font_px", ("10 and 32 px", "200")),
        (Preferences(preview_font_px=9), "preview_font_px", ("10 and 32 px", "9")),
        (Preferences(autosave_delay_ms=100), "autosave_delay_ms", ("0.5 and 30 seconds", "0.1")),
        (Preferences(autosave_delay_ms=60_000), "autosave_delay_ms", ("30 seconds", "60")),
        (Preferences(spelling_language="tlh"), "spelling_language", ("'tlh'", "en")),
        (Preferences(ui_language="tlh"), "ui_language", ("'tlh'", "fa")),
    ],
)
def test_a_value_out_of_range_is_named_with_what_is_allowed(
    preferences: Preferences, field: str, words: tuple[str, ...]
) -> None:
    with pytest.raises(InvalidPreference) as caught:
        preferences.validated()
    assert caught.value.field == field
    for word in words:
        assert word in str(caught.value)


def test_a_wrong_value_is_never_written(tmp_path: Path) -> None:
    settings = ini(tmp_path)
    save_preferences(settings, Preferences(preview_font_px=20))
    with pytest.raises(InvalidPreference):
        save_preferences(settings, Preferences(preview_font_px=200, theme=Theme.DARK))
    assert load_preferences(ini(tmp_path)) == Preferences(preview_font_px=20)


def test_a_damaged_file_falls_back_value_by_value(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[preferences]\n"
        "autosave_delay_ms=soon\n"
        "preview_font_px=500\n"
        "theme=purple\n"
        "spelling_language=fr\n"
        "ui_language=ar\n"
    )
    assert load_preferences(ini(tmp_path)) == Preferences(spelling_language="fr", ui_language="ar")


@pytest.mark.parametrize(("typed", "size"), [("20", 20), (" 24 px ", 24), ("16PX", 16)])
def test_font_sizes_as_people_type_them(typed: str, size: int) -> None:
    assert parse_font_size(typed) == size


def test_a_font_size_that_is_not_a_number_says_so() -> None:
    with pytest.raises(InvalidPreference, match="whole number of pixels between 10 and 32"):
        parse_font_size("large")


# ---- the newsroom's part, planned from what the dialog shows -----------------------------
BEFORE = NewsroomRules(
    words=("kremlin", "peskov"),
    style=(StyleRule("utilise", "use", 1), StyleRule("in order to", "to", 2)),
    limits=CheckSettings(),
    intake=IntakeRules(),
)


def test_nothing_changed_plans_nothing() -> None:
    edits = plan_edits(
        BEFORE,
        words=["peskov", "Kremlin"],
        style=[StyleRow(r.phrase, r.replacement, r.id) for r in BEFORE.style],
        limits=CheckSettings(),
        intake=IntakeRules(),
    )
    assert edits.is_empty


def test_words_and_rules_become_the_fewest_calls() -> None:
    edits = plan_edits(
        BEFORE,
        words=["kremlin", "Lavrov’s"],
        style=[
            StyleRow("utilise", "use instead", 1),  # replacement edited
            StyleRow("so as  to", "to", 2),  # phrase edited: the old rule goes
            StyleRow("Whilst", "while"),  # new
        ],
        limits=CheckSettings(headline_characters=60),
        intake=IntakeRules(hold_links=1),
    )
    assert edits.add_words == ("lavrov",)
    assert edits.remove_words == ("peskov",)
    assert edits.remove_rules == (2,)
    assert edits.put_rules == (("utilise", "use instead"), ("so as to", "to"), ("Whilst", "while"))
    assert edits.limits == CheckSettings(headline_characters=60)
    assert edits.intake == IntakeRules(hold_links=1)


def test_a_removed_rule_is_removed_and_fields_not_shown_are_left_alone() -> None:
    edits = plan_edits(BEFORE, style=[StyleRow("utilise", "use", 1)])
    assert edits.remove_rules == (2,) and edits.put_rules == ()
    assert edits.add_words == edits.remove_words == () and edits.limits is edits.intake is None


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"words": ["two words"]}, "words", "is not one word"),
        ({"style": [StyleRow("", "use")]}, "style", "line 1: A style rule needs the phrase"),
        ({"style": [StyleRow("x" * 201, "")]}, "style", "at most 200 characters"),
        (
            {"style": [StyleRow("Utilise", "use", 1), StyleRow("utilise", "employ")]},
            "style",
            "twice",
        ),
        ({"limits": CheckSettings(sentence_words=0)}, "limits", "at least 1"),
        ({"intake": IntakeRules(hold_links=0)}, "intake", "at least one link"),
    ],
)
def test_a_bad_entry_is_named_before_anything_is_sent(
    kwargs: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(InvalidPreference, match=message) as caught:
        plan_edits(BEFORE, **kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


# ---- the interface language hook ---------------------------------------------------------
def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context><name>PreferencesDialog</name>
<message><source>Preferences</source><translation>ترجیحات</translation></message>
</context>
</TS>
"""


def test_apply_language_loads_a_translation_and_turns_the_layout(
    qapp: QApplication, tmp_path: Path
) -> None:
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    source = tmp_path / "newsdesk_fa.ts"
    source.write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, str(source), "-qm", str(tmp_path / "newsdesk_fa.qm")], check=True)
    try:
        assert apply_language(qapp, "fa", tmp_path)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "ترجیحات"
        # A language without a translation file stays English, left to right for French.
        assert not apply_language(qapp, "fr", tmp_path)
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Preferences"
    finally:
        apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_agency_folders_are_read_line_by_line_with_their_agency() -> None:
    prefs = Preferences(
        wire_folders="/srv/wires/afp = AFP\n\n  /srv/a = b/c =  Reuters  Pool \n/srv/bare\n"
    )
    assert prefs.agency_folders == (
        ("/srv/wires/afp", "AFP"),
        ("/srv/a = b/c", "Reuters Pool"),
        ("/srv/bare", ""),
    )
    assert prefs.wire_folder_list == ("/srv/wires/afp", "/srv/a = b/c", "/srv/bare")
    assert prefs.validated() is prefs
    with pytest.raises(InvalidPreference, match="full path") as relative:
        Preferences(wire_folders="afp = AFP").validated()
    assert relative.value.field == "wire_folders"
    with pytest.raises(InvalidPreference, match="full path"):
        Preferences(wire_folders=" = AFP").validated()  # an agency without its folder
    with pytest.raises(InvalidPreference, match="plain text"):
        Preferences(wire_folders="/srv/afp = A\x00FP").validated()
    persian = Preferences(wire_folders="/srv/irna = خبرگزاری\u200cها").validated()
    assert persian.agency_folders == (("/srv/irna", "خبرگزاری\u200cها"),)  # a ZWNJ is spelling
    assert Preferences(wire_folders="/srv/afp = ").agency_folders == (("/srv/afp", ""),)
    assert Preferences(wire_folders="/srv/afp =").agency_folders == (("/srv/afp", ""),)
