"""`newsdesk export …`: the static site and IPTC ninjs documents."""

from __future__ import annotations

import argparse
from pathlib import Path

from newsdesk.cli.registry import Runner
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import SiteOptions, export_site
from newsdesk.services.publishing.ninjs import VERSIONS, export_ninjs


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    export = commands.add_parser("export", parents=[common], help="publish or hand stories out")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    site = kinds.add_parser("site", parents=[common], help="the public newsroom as a static site")
    site.add_argument("folder", type=Path, metavar="DIR")
    site.add_argument("--base-url", default=SiteOptions().base_url, help="where the site is served")
    site.add_argument("--comment-url", help="where the “Leave a Reply” form posts")
    site.add_argument("--title", default=SiteOptions().title, help="the site's name")
    site.add_argument("--full", action="store_true", help="rewrite every file")
    ninjs = kinds.add_parser("ninjs", parents=[common], help="one IPTC ninjs JSON file per story")
    ninjs.add_argument("folder", type=Path, metavar="DIR")
    ninjs.add_argument("--version", choices=VERSIONS, default="3.0", dest="ninjs_version")
    ninjs.add_argument(
        "--article", action="append", metavar="STORY", help="only this story (id, UUID or slug)"
    )
    return {"export": run}


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.kind == "site":
        options = SiteOptions(
            base_url=arguments.base_url,
            comment_url=arguments.comment_url,
            title=arguments.title,
            full=arguments.full,
        )
        report = export_site(newsroom.database, arguments.folder, options)
        print(
            f"{report.stories} stories; {report.files_written} files written, "
            f"{report.files_unchanged} unchanged, {report.files_removed} removed "
            f"in {report.seconds:.2f} s"
        )
        return 0
    ids = [newsroom.articles.find(ref).id for ref in arguments.article or []] or None
    written = export_ninjs(
        newsroom.database, arguments.folder, arguments.ninjs_version, article_ids=ids
    ).written
    print(f"{len(written)} ninjs {arguments.ninjs_version} document(s) in {arguments.folder}")
    return 0
