"""A story's related links and notes travel with it: added, moved, resolved or removed
on either side. Newsroom on the real PostgreSQL server, laptop on an SQLite file."""

from __future__ import annotations

import pytest

from newsdesk.domain.entities import Article, ArticleEdit
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.sync import sync, take_offline

pytestmark = pytest.mark.postgres


def stories(server: Newsroom, *headlines: str) -> list[Article]:
    return [server.articles.create(ArticleEdit(headline=h, body="Text.")) for h in headlines]


def link_order(newsroom: Newsroom, story_uuid: str) -> list[str]:
    return [link.title for link in newsroom.articles.find(story_uuid).related_links]


def link_ids(newsroom: Newsroom, story_uuid: str) -> dict[str, int]:
    story = newsroom.articles.find(story_uuid)
    return {link.title: link.id for link in newsroom.related_links.for_article(story.id)}


def test_links_moved_offline_take_the_laptops_order_and_the_newsrooms_come_back(
    server: Newsroom, laptop: Newsroom
) -> None:
    main, first, second = stories(server, "Pool closes", "Pool history", "Mayor")
    server.related_links.add_article(main.id, first.id, title="History")
    server.related_links.add_article(main.id, second.id, title="Mayor")
    server.related_links.add_url(main.id, "https://example.org/pool", "Pool site")
    take_offline(server, laptop, [main.id, first.id, second.id])
    local = link_ids(laptop, main.uuid)
    mine = laptop.articles.find(main.uuid).id
    laptop.related_links.reorder(mine, [local["Pool site"], local["History"], local["Mayor"]])

    report = sync(server, laptop)

    assert report.conflicts == ()
    assert link_order(server, main.uuid) == ["Pool site", "History", "Mayor"]
    assert sync(server, laptop).nothing_done

    there = link_ids(server, main.uuid)
    server.related_links.reorder(main.id, [there["Mayor"], there["History"], there["Pool site"]])
    server.related_links.remove(there["History"])
    sync(server, laptop)
    assert link_order(laptop, main.uuid) == ["Mayor", "Pool site"]
    assert sync(server, laptop).nothing_done


def test_when_both_move_the_same_links_the_newsrooms_order_stands(
    server: Newsroom, laptop: Newsroom
) -> None:
    main, first, second = stories(server, "Pool closes", "Pool history", "Mayor")
    server.related_links.add_article(main.id, first.id, title="History")
    server.related_links.add_article(main.id, second.id, title="Mayor")
    take_offline(server, laptop, [main.id, first.id, second.id])
    local, there = link_ids(laptop, main.uuid), link_ids(server, main.uuid)
    laptop.related_links.reorder(
        laptop.articles.find(main.uuid).id, [local["Mayor"], local["History"]]
    )
    server.related_links.reorder(main.id, [there["Mayor"], there["History"]])
    server.related_links.reorder(main.id, [there["History"], there["Mayor"]])

    sync(server, laptop)

    assert link_order(server, main.uuid) == link_order(laptop, main.uuid) == ["History", "Mayor"]


def test_a_link_to_a_story_written_offline_reaches_the_newsroom(
    server: Newsroom, laptop: Newsroom
) -> None:
    (main,) = stories(server, "Pool closes")
    take_offline(server, laptop, [main.id])
    new = laptop.articles.create(ArticleEdit(headline="Lido opens", body="Text."))
    laptop.related_links.add_article(laptop.articles.find(main.uuid).id, new.id, title="Lido")

    report = sync(server, laptop)

    assert report.created == 1
    (link,) = server.articles.find(main.uuid).related_links
    assert (link.title, link.target_slug) == ("Lido", "lido-opens")


def test_notes_resolved_offline_and_reopened_in_the_newsroom(
    server: Newsroom, laptop: Newsroom
) -> None:
    (main,) = stories(server, "Pool closes")
    note = server.notes.add(main.id, "Check the mayor's quote")
    take_offline(server, laptop, [main.id])
    mine = laptop.articles.find(main.uuid).id
    (local_note,) = laptop.notes.thread(mine)
    laptop.notes.resolve(local_note.id)
    laptop.notes.add(mine, "Photo needed")

    sync(server, laptop)

    notes = {n.body: n for n in server.notes.thread(main.id)}
    assert set(notes) == {"Check the mayor's quote", "Photo needed"}
    assert not notes["Check the mayor's quote"].is_open
    assert sync(server, laptop).nothing_done

    server.notes.resolve(note.id, resolved=False)
    sync(server, laptop)
    assert [n.is_open for n in laptop.notes.thread(mine) if n.body == note.body] == [True]
