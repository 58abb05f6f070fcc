"""Random edits and syncs over three replicas (a newsroom and two laptops, all SQLite
here for speed): they converge, and no paragraph ever saved is lost from the history."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from newsdesk.domain.entities import ArticleEdit
from newsdesk.services.newsroom import Newsroom, open_newsroom
from newsdesk.services.sync import (
    conflict_case,
    needs_merge_uuids,
    resolve_conflict,
    sync,
    take_offline,
)
from newsdesk.storage import orm

STORIES = 2
PARAGRAPHS = 3

edits = st.tuples(
    st.just("edit"),
    st.integers(0, 2),  # replica: 0 is the newsroom
    st.integers(0, STORIES - 1),
    st.integers(0, PARAGRAPHS - 1),
)
syncs = st.tuples(st.just("sync"), st.integers(1, 2), st.just(0), st.just(0))
resolves = st.tuples(st.just("resolve"), st.integers(1, 2), st.just(0), st.just(0))
operations = st.lists(st.one_of(edits, edits, syncs, resolves), min_size=1, max_size=14)


def _open(template: Path, folder: Path, name: str) -> Newsroom:
    path = folder / f"{name}.sqlite"
    shutil.copy(template, path)
    return open_newsroom(f"sqlite:///{path}")


def _resolve_all(laptop: Newsroom) -> None:
    for uuid in needs_merge_uuids(laptop):
        case = conflict_case(laptop, uuid)
        resolve_conflict(laptop, case, case.merge.result())


def _all_revision_text(newsroom: Newsroom) -> str:
    with newsroom.database.transaction() as session:
        return "\n".join(session.scalars(select(orm.Revision.body)))


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=operations)
def test_replicas_converge_and_keep_every_paragraph(
    sqlite_template: Path, steps: list[tuple[str, int, int, int]]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="newsdesk-sync-property-"))
    replicas = [_open(sqlite_template, folder, name) for name in ("server", "a", "b")]
    server = replicas[0]
    try:
        uuids = []
        for n in range(STORIES):
            body = "\n\n".join(f"Story {n} paragraph {p}." for p in range(PARAGRAPHS))
            uuids.append(server.articles.create(ArticleEdit(headline=f"Story {n}", body=body)).uuid)
        ids = [a.id for a in (server.articles.find(u) for u in uuids)]
        for laptop in replicas[1:]:
            take_offline(server, laptop, ids)
        saved: list[str] = []
        for number, (kind, replica, story, paragraph) in enumerate(steps):
            if kind == "edit":
                newsroom = replicas[replica]
                article = newsroom.articles.find(uuids[story])
                paragraphs = article.body.split("\n\n")
                text = f"Edit {number} by replica {replica}."
                paragraphs[min(paragraph, len(paragraphs) - 1)] = text
                edit = replace(ArticleEdit.of(article), body="\n\n".join(paragraphs))
                newsroom.articles.save(article.id, edit, article.version, "edit")
                saved.append(text)
            elif kind == "sync":
                sync(server, replicas[replica])
            else:
                _resolve_all(replicas[replica])

        for _round in range(8):
            quiet = True
            for laptop in replicas[1:]:
                had_conflicts = bool(needs_merge_uuids(laptop))
                _resolve_all(laptop)
                report = sync(server, laptop)
                quiet = quiet and report.nothing_done and not had_conflicts
            if quiet:
                break
        else:
            raise AssertionError("the replicas never settled")

        for uuid in uuids:
            texts = {ArticleEdit.of(r.articles.find(uuid)) for r in replicas}
            assert len(texts) == 1, texts
        history = "\n".join(_all_revision_text(r) for r in replicas)
        missing = [text for text in saved if text not in history]
        assert missing == []
    finally:
        for newsroom in replicas:
            newsroom.close()
        shutil.rmtree(folder, ignore_errors=True)
