"""`newsdesk articles …`: list and show stories, embargo them, publish or schedule them."""

from __future__ import annotations

import argparse
import json

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import article_json, iso
from newsdesk.domain.embargo import parse_moment
from newsdesk.domain.enums import ArticleStatus
from newsdesk.domain.workflow import Action
from newsdesk.services.articles import ArticleQuery
from newsdesk.services.newsroom import Newsroom


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    articles = commands.add_parser("articles", parents=[common], help="work with stories")
    actions = articles.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="list stories")
    listing.add_argument("--section", help="section slug or name (subsections included)")
    listing.add_argument("--status", choices=[s.value for s in ArticleStatus])
    listing.add_argument("--search", default="", help="words in headline, standfirst or body")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.add_argument("--json", action="store_true", help="JSON for scripts")
    show = actions.add_parser("show", parents=[common], help="one story as JSON")
    show.add_argument("article", help="id, UUID or slug")
    embargo = actions.add_parser(
        "embargo", parents=[common], help="hold a story back until a time, or lift its embargo"
    )
    embargo.add_argument("article", help="id, UUID or slug")
    until = embargo.add_mutually_exclusive_group(required=True)
    until.add_argument("--until", metavar="ISO-TIME", help="e.g. 2026-12-08T06:00+01:00")
    until.add_argument("--clear", action="store_true", help="lift the embargo")
    embargo.add_argument("--json", action="store_true", help="the story as JSON")
    publish = actions.add_parser(
        "publish", parents=[common], help="publish a ready story now, or schedule it"
    )
    publish.add_argument("article", help="id, UUID or slug")
    publish.add_argument("--at", metavar="ISO-TIME", help="schedule the publication instead")
    publish.add_argument("--json", action="store_true", help="the story as JSON")
    return {"articles": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.action == "show":
        print(json.dumps(article_json(newsroom.articles.find(arguments.article)), indent=2))
        return 0
    if arguments.action == "embargo":
        return _embargo(newsroom, arguments)
    if arguments.action == "publish":
        return _publish(newsroom, arguments)
    section_id = newsroom.sections.find(arguments.section).id if arguments.section else None
    query = ArticleQuery(
        search=arguments.search,
        status=ArticleStatus(arguments.status) if arguments.status else None,
        section_id=section_id,
        trashed=arguments.trash,
    )
    articles = [
        newsroom.articles.get(article_id) for article_id in newsroom.articles.list_ids(query)
    ]
    if arguments.json:
        print(json.dumps([article_json(a) for a in articles], indent=2, ensure_ascii=False))
        return 0
    for article in articles:
        print(
            f"{article.slug[:40]:40}  {article.status.value:9}  "
            f"{article.section_name[:12]:12}  {article.headline}"
        )
    print(f"{len(articles)} stor{'y' if len(articles) == 1 else 'ies'}")
    return 0


def _embargo(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    until = None if arguments.clear else parse_moment(arguments.until, "embargo time")
    story = newsroom.articles.find(arguments.article)
    story = newsroom.articles.set_embargo(story.id, until)
    if arguments.json:
        print(json.dumps(article_json(story), indent=2, ensure_ascii=False))
    elif story.embargoed_until is None:
        print(f"{story.slug}: no embargo")
    else:
        print(f"{story.slug}: embargoed until {iso(story.embargoed_until)}")
    return 0


def _publish(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    when = None if arguments.at is None else parse_moment(arguments.at, "publication time")
    story = newsroom.articles.find(arguments.article)
    if when is None:
        story = newsroom.workflow.apply(story.id, Action.PUBLISH)
        done = f"published at {iso(story.published_at)}"
    else:
        story = newsroom.workflow.apply(story.id, Action.SCHEDULE, when=when)
        done = f"scheduled for {iso(story.scheduled_at)}"
    if arguments.json:
        print(json.dumps(article_json(story), indent=2, ensure_ascii=False))
    else:
        print(f"{story.slug}: {done}")
    return 0
