"""The edit journal on a temporary folder: what a write keeps, what a settle removes or
re-bases, and that late or repeated news never loses typing nor brings back saved text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.domain.entities import ArticleEdit
from newsdesk.services.edit_journal import EditJournal, JournalEntry, newsroom_key

STORY = 7
BASE = ArticleEdit(headline="Talks", body="First text.")


def typed(sequence: int) -> ArticleEdit:
    return ArticleEdit(headline="Talks", body=f"Text after {sequence} edits.")


def only_entry(journal: EditJournal) -> JournalEntry:
    entries = journal.entries()
    assert len(entries) == 1
    return entries[0]


def test_a_write_is_kept_in_one_file_per_story(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path / "journal")
    assert journal.write(STORY, 3, BASE, typed(1), sequence=1)
    assert journal.write(STORY, 3, BASE, typed(2), sequence=2)
    assert sorted(path.name for path in journal.folder.iterdir()) == [f"{STORY}.json"]
    entry = only_entry(journal)
    assert (entry.article_id, entry.base_version, entry.sequence) == (STORY, 3, 2)
    assert (entry.base, entry.edit) == (BASE, typed(2))
    assert journal.has(STORY)


def test_tags_come_back_as_a_tuple(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(STORY, 1, BASE, ArticleEdit(headline="x", tags=("world", "talks")), 1)
    assert only_entry(journal).edit.tags == ("world", "talks")


def test_a_settle_holding_everything_written_removes_the_file(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(STORY, 3, BASE, typed(2), sequence=2)
    journal.settle(STORY, 2, 4, typed(2))
    assert not journal.has(STORY)
    assert journal.entries() == []


def test_a_save_of_more_than_was_written_also_removes_it(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(STORY, 3, BASE, typed(2), sequence=2)
    journal.settle(STORY, 5, 4, typed(5))
    assert not journal.has(STORY)


def test_newer_typing_is_kept_and_re_based_on_the_save(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(STORY, 3, BASE, typed(2), sequence=2)
    journal.write(STORY, 3, BASE, typed(5), sequence=5)
    journal.settle(STORY, 2, 4, typed(2))
    entry = only_entry(journal)
    assert (entry.base_version, entry.base) == (4, typed(2))
    assert (entry.sequence, entry.edit) == (5, typed(5))


def test_a_write_the_database_already_holds_is_dropped(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.settle(STORY, 4, 9, typed(4))
    assert not journal.write(STORY, 8, BASE, typed(3), sequence=3)
    assert not journal.write(STORY, 8, BASE, typed(4), sequence=4)
    assert not journal.has(STORY)


def test_a_write_on_an_older_base_takes_the_settled_save_as_its_base(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.settle(STORY, 4, 9, typed(4))
    assert journal.write(STORY, 8, BASE, typed(6), sequence=6)
    entry = only_entry(journal)
    assert (entry.base_version, entry.base, entry.edit) == (9, typed(4), typed(6))


def test_a_late_settle_of_an_older_save_changes_nothing(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(STORY, 3, BASE, typed(6), sequence=6)
    journal.settle(STORY, 5, 5, typed(5))
    journal.settle(STORY, 2, 4, typed(2))  # heard of after the newer one
    entry = only_entry(journal)
    assert (entry.base_version, entry.base, entry.sequence) == (5, typed(5), 6)
    assert not journal.write(STORY, 3, BASE, typed(5), sequence=5)


def test_a_write_without_a_sequence_is_always_kept(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.settle(STORY, 4, 9, typed(4))
    assert journal.write(STORY, 9, typed(4), typed(0))
    assert journal.has(STORY)


def test_stories_are_kept_apart(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(1, 1, BASE, typed(1), 1)
    journal.write(2, 1, BASE, typed(1), 1)
    journal.settle(1, 1, 2, typed(1))
    assert [entry.article_id for entry in journal.entries()] == [2]


def test_remove_forgets_the_story(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(STORY, 3, BASE, typed(2), sequence=2)
    journal.remove(STORY)
    assert not journal.has(STORY)
    journal.settle(STORY, 1, 4, typed(1))  # nothing written any more: nothing to re-base
    assert journal.entries() == []


def test_entries_are_oldest_first_and_skip_unreadable_files(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    journal.write(2, 1, BASE, typed(1), 1)
    journal.write(1, 1, BASE, typed(1), 1)
    (tmp_path / "3.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "4.json").write_text(json.dumps({"article_id": 4}), encoding="utf-8")
    (tmp_path / "5.json").write_bytes(b"\xff\xfe")
    assert [entry.article_id for entry in journal.entries()] == [2, 1]
    assert (tmp_path / "3.json").exists()  # left for a person to look at


def test_an_empty_or_missing_folder_has_no_entries(tmp_path: Path) -> None:
    assert EditJournal(tmp_path / "never-made").entries() == []
    assert EditJournal(tmp_path).entries() == []


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path)
    for sequence in range(1, 6):
        journal.write(STORY, 1, BASE, typed(sequence), sequence)
    assert [path.name for path in tmp_path.iterdir()] == [f"{STORY}.json"]


def test_one_folder_per_newsroom_named_without_its_address(tmp_path: Path) -> None:
    city = EditJournal.for_newsroom("postgresql://ann@db.example.org/city", tmp_path)
    sport = EditJournal.for_newsroom("postgresql://ann@db.example.org/sport", tmp_path)
    assert city.folder != sport.folder
    assert city.folder.parent == tmp_path
    assert city.folder.name == newsroom_key("postgresql://ann@db.example.org/city")
    assert "example" not in city.folder.name and "ann" not in city.folder.name
    again = EditJournal.for_newsroom("postgresql://ann@db.example.org/city", tmp_path)
    assert again.folder == city.folder


# ---- the property: any order of typing, journal writes, saves and their news ------------
@dataclass
class Editor:
    """What the editor and its saves did, to compare the journal with."""

    sequence: int = 0
    version: int = 1
    highest_written: int = 0
    saved: dict[int, tuple[int, ArticleEdit]] = field(default_factory=dict)
    """Version and text of each save, by the sequence it holds (saves go in order)."""
    pending: list[int] = field(default_factory=list)
    """Saves done whose news has not reached the journal yet."""
    heard: list[int] = field(default_factory=lambda: [0])
    """Saves the journal heard of (0: the version the story was opened at)."""


STEPS = st.lists(st.sampled_from(["type", "write", "save", "news"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(STEPS, st.data())
def test_the_journal_holds_exactly_the_typing_no_save_holds(
    tmp_path_factory: pytest.TempPathFactory, steps: list[str], data: st.DataObject
) -> None:
    journal = EditJournal(tmp_path_factory.mktemp("journal"))
    editor = Editor(saved={0: (1, BASE)})
    for step in steps:
        if step == "type":
            editor.sequence += 1
        elif step == "write" and editor.sequence:
            journal.write(STORY, 1, BASE, typed(editor.sequence), editor.sequence)
            editor.highest_written = max(editor.highest_written, editor.sequence)
        elif step == "save" and editor.sequence not in editor.saved:
            editor.version += 1
            editor.saved[editor.sequence] = (editor.version, typed(editor.sequence))
            editor.pending.append(editor.sequence)
        elif step == "news" and editor.pending:
            settled = editor.pending.pop(data.draw(st.integers(0, len(editor.pending) - 1)))
            version, text = editor.saved[settled]
            journal.settle(STORY, settled, version, text)
            editor.heard.append(settled)
        entries = journal.entries()
        if editor.highest_written <= max(editor.heard):
            assert entries == []  # the database holds all that was typed and written
            continue
        (entry,) = entries  # typing no save holds is never lost…
        assert (entry.sequence, entry.edit) == (
            editor.highest_written,
            typed(editor.highest_written),
        )
        # …and it is based on the newest save heard of, for a clean replay.
        assert (entry.base_version, entry.base) == editor.saved[max(editor.heard)]
