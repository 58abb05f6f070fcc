"""“Check Also” links: to stories and to web pages, ordered, validated."""

from __future__ import annotations

import pytest

from newsdesk.domain.entities import ArticleEdit
from newsdesk.domain.errors import InvalidInput
from newsdesk.services.newsroom import Newsroom


def test_links_to_a_story_and_to_a_page_in_order(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(ArticleEdit(headline="Talks in Sochi"))
    other = newsroom.articles.create(
        ArticleEdit(headline="Venezuela Olympics", standfirst="Russia and China offer help")
    )
    newsroom.related_links.add_article(story.id, other.id)
    newsroom.related_links.add_url(
        story.id, "https://example.org/g20", "G-20 in Osaka", "Leaders meet"
    )
    links = newsroom.articles.get(story.id).related_links
    assert [(link.title, link.summary) for link in links] == [
        ("Venezuela Olympics", "Russia and China offer help"),
        ("G-20 in Osaka", "Leaders meet"),
    ]
    assert links[0].target_slug == other.slug and links[1].url == "https://example.org/g20"
    newsroom.related_links.reorder(story.id, [links[1].id, links[0].id])
    assert [link.title for link in newsroom.related_links.for_article(story.id)] == [
        "G-20 in Osaka",
        "Venezuela Olympics",
    ]
    newsroom.related_links.remove(links[1].id)
    assert [link.title for link in newsroom.related_links.for_article(story.id)] == [
        "Venezuela Olympics"
    ]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "example.org", ""])
def test_only_web_addresses_are_accepted(newsroom: Newsroom, url: str) -> None:
    story = newsroom.articles.create(ArticleEdit(headline="Story"))
    with pytest.raises(InvalidInput, match="web address"):
        newsroom.related_links.add_url(story.id, url, "Title")
    assert newsroom.related_links.for_article(story.id) == ()


def test_a_story_cannot_link_itself_or_twice(newsroom: Newsroom) -> None:
    story = newsroom.articles.create(ArticleEdit(headline="Story"))
    other = newsroom.articles.create(ArticleEdit(headline="Other"))
    with pytest.raises(InvalidInput):
        newsroom.related_links.add_article(story.id, story.id)
    newsroom.related_links.add_article(story.id, other.id)
    with pytest.raises(InvalidInput, match="already"):
        newsroom.related_links.add_article(story.id, other.id)
    assert len(newsroom.related_links.for_article(story.id)) == 1
