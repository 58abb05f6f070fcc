"""Opening a database reads the schema's revisions from file names, not through Alembic."""

from __future__ import annotations


def test_the_schema_revisions_read_from_file_names_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from newsdesk.storage import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert migrate.head_revision() == script.get_current_head()
