"""The section tree: order, counts, moves and the refusal to delete a full section."""

from __future__ import annotations

import pytest

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import InvalidInput
from newsdesk.services.newsroom import Newsroom


def names(newsroom: Newsroom) -> list[str]:
    return [s.name for s in newsroom.sections.tree()]


def test_tree_lists_parents_before_children_with_counts(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    sport = newsroom.sections.create("Sport")
    middle_east = newsroom.sections.create("Middle East", parent_id=world.id)
    newsroom.articles.create(ArticleEdit(headline="x", section_id=middle_east.id))
    newsroom.articles.create(ArticleEdit(headline="y", section_id=middle_east.id))
    tree = newsroom.sections.tree()
    assert [s.name for s in tree] == ["World", "Middle East", "Sport"]
    assert {s.name: s.article_count for s in tree} == {"World": 0, "Middle East": 2, "Sport": 0}
    assert tree[1].parent_id == world.id and sport.parent_id is None


def test_rename_and_reorder(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    newsroom.sections.create("Sport")
    business = newsroom.sections.create("Business")
    newsroom.sections.rename(world.id, "  International ")
    newsroom.sections.move(business.id, None, 0)
    assert names(newsroom) == ["Business", "International", "Sport"]


def test_move_under_another_section_and_not_inside_itself(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    europe = newsroom.sections.create("Europe", parent_id=world.id)
    sport = newsroom.sections.create("Sport")
    newsroom.sections.move(sport.id, world.id, 0)
    assert names(newsroom) == ["World", "Sport", "Europe"]
    with pytest.raises(InvalidInput, match="inside itself"):
        newsroom.sections.move(world.id, europe.id, 0)


def test_a_section_with_stories_cannot_be_deleted(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    article = newsroom.articles.create(ArticleEdit(headline="x", section_id=world.id))
    with pytest.raises(InvalidInput, match="move them to another section first"):
        newsroom.sections.delete(world.id)
    assert names(newsroom) == ["World"]
    newsroom.articles.save(article.id, ArticleEdit(headline="x", section_id=None), 1)
    newsroom.sections.delete(world.id)
    assert names(newsroom) == []


def test_a_section_says_how_many_stories_hold_it_the_trash_included(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    assert newsroom.sections.held_stories(world.id) == 0
    kept = newsroom.articles.create(ArticleEdit(headline="kept", section_id=world.id))
    binned = newsroom.articles.create(ArticleEdit(headline="binned", section_id=world.id))
    newsroom.articles.trash([binned.id])
    assert newsroom.sections.held_stories(world.id) == 2
    assert kept.section_id == world.id


def test_deleting_a_section_lifts_its_children_up(newsroom: Newsroom) -> None:
    world = newsroom.sections.create("World")
    europe = newsroom.sections.create("Europe", parent_id=world.id)
    newsroom.sections.delete(world.id)
    assert [(s.name, s.parent_id) for s in newsroom.sections.tree()] == [("Europe", None)]
    assert europe.slug == "europe"


def test_empty_names_are_refused(newsroom: Newsroom) -> None:
    with pytest.raises(InvalidInput):
        newsroom.sections.create("   ")
    assert names(newsroom) == []
