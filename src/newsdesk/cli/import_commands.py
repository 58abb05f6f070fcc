"""`newsdesk import …`: stories from elsewhere (a saved web page)."""

from __future__ import annotations

import argparse
from pathlib import Path

from newsdesk.cli.registry import Runner
from newsdesk.services.interchange.webpage import import_web_page
from newsdesk.services.newsroom import Newsroom


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    importing = commands.add_parser("import", parents=[common], help="bring stories in")
    kinds = importing.add_subparsers(dest="kind", metavar="KIND", required=True)
    page = kinds.add_parser("html", parents=[common], help="a saved news page becomes a draft")
    page.add_argument("file", type=Path, metavar="FILE")
    page.add_argument("--section", help="section slug or name for the draft")
    return {"import": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    section_id = newsroom.sections.find(arguments.section).id if arguments.section else None
    result = import_web_page(newsroom.database, newsroom.user, arguments.file, section_id)
    print(f"Draft {result.slug} (id {result.article_id}): {result.page.headline}")
    return 0
