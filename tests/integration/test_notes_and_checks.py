"""Editorial notes, the newsroom word list and style list, and `newsdesk check`."""

from __future__ import annotations

import json

import pytest

from newsdesk.cli.main import main
from newsdesk.domain.checks import CheckKind, CheckSettings
from newsdesk.domain.copydesk import NoteAnchor
from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.enums import Role
from newsdesk.domain.errors import NotAllowed
from newsdesk.services.demo import load_demo
from newsdesk.services.newsroom import Newsroom, open_newsroom

SEED = "us-and-russian-authorities-show-desire-to-improve-relations"


def test_notes_thread_anchor_and_resolve(newsroom: Newsroom) -> None:
    article = newsroom.articles.create(ArticleEdit(headline="N", body="Some passage here."))
    first = newsroom.notes.add(article.id, "Source?", NoteAnchor("passage", 5, 12))
    newsroom.notes.add(article.id, "Also the headline")
    assert newsroom.notes.open_counts([article.id]) == {article.id: 2}
    resolved = newsroom.notes.resolve(first.id)
    assert resolved.resolved_at is not None and resolved.resolved_by == newsroom.user.display_name
    thread = newsroom.notes.thread(article.id)
    assert [n.anchor for n in thread] == [NoteAnchor("passage", 5, 12), None]
    assert newsroom.notes.open_counts([article.id]) == {article.id: 1}
    assert newsroom.articles.rows([article.id])[article.id].open_notes == 1


def test_word_list_style_list_and_limits(newsroom: Newsroom) -> None:
    edit = ArticleEdit(headline="H", body="Pompeo’s talks with Lavrov, the special advocate.")
    found = newsroom.checks.check_story(edit)
    assert {f.word for f in found if f.kind is CheckKind.SPELLING} == {"Pompeo’s", "Lavrov"}
    assert newsroom.checks.add_word("Pompeo’s") == "pompeo"
    newsroom.checks.add_word("Lavrov")
    found = newsroom.checks.check_story(edit)
    assert not [f for f in found if f.kind is CheckKind.SPELLING]
    style = [f for f in found if f.kind is CheckKind.STYLE]
    assert [f.replacement for f in style] == ["special counsel"]  # seeded by migration 0004
    newsroom.checks.add_style_rule("talks", "discussions")
    assert "talks" in [r.phrase for r in newsroom.checks.style_rules()]
    newsroom.checks.set_settings(CheckSettings(sentence_words=3))
    found = newsroom.checks.check_story(edit)
    assert CheckKind.LONG_SENTENCE in {f.kind for f in found}
    newsroom.identity.switch(newsroom.users.ensure("desk", "Desk", frozenset({Role.DESK})))
    with pytest.raises(NotAllowed):
        newsroom.checks.add_word("Maduro")


def test_check_command_exits_1_with_findings_and_0_when_clean(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    newsroom = open_newsroom(sqlite_url)
    load_demo(newsroom)
    clean = newsroom.articles.create(
        ArticleEdit(
            headline="Clean",
            body="The council met today.\n",
            dateline="LONDON",
            byline="Staff",
            credit="Desk",
            section_id=newsroom.sections.tree()[0].id,
        )
    )
    newsroom.close()
    assert main(["--database", sqlite_url, "check", SEED, "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)
    quotes = [f for f in findings if f["kind"] == "unbalanced_quotes"]
    assert [f["line"] for f in quotes] == [1, 9]
    assert main(["--database", sqlite_url, "check", clean.slug]) == 0
    assert "0 findings" in capsys.readouterr().out
