"""Opening a database reads the schema's revisions from file names, not through Alembic."""

from __future__ import annotations


def test_the_schema_revisions_read_from_file_names_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from newsdesk.storage import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()


def test_the_revisions_are_a_straight_line_numbered_from_one() -> None:
    from alembic.script import ScriptDirectory

    from newsdesk.storage import migrate

    known = sorted(migrate.known_revisions())
    assert known == [f"{number:04d}" for number in range(1, len(known) + 1)]
    script = ScriptDirectory.from_config(migrate.alembic_config())
    for revision in script.walk_revisions():
        number = int(revision.revision)
        expected = None if number == 1 else f"{number - 1:04d}"
        assert revision.down_revision == expected, revision.path


def test_only_files_named_like_revisions_count() -> None:
    from newsdesk.storage import migrate

    assert migrate.REVISION_FILE.match("0016_new_thing.py")
    for name in ("__init__.py", "0016_new_thing.pyc", "16_short.py", "0016-dash.py", "x.py"):
        assert not migrate.REVISION_FILE.match(name)
