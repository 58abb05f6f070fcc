"""`newsdesk articles …`: list and show stories."""

from __future__ import annotations

import argparse
import json

from newsdesk.cli.registry import Runner
from newsdesk.cli.serialize import article_json
from newsdesk.domain.enums import ArticleStatus
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
    return {"articles": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.action == "show":
        print(json.dumps(article_json(newsroom.articles.find(arguments.article)), indent=2))
        return 0
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
