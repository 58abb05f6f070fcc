"""`newsdesk export …`: the static site, IPTC ninjs documents and NewsML-G2 news items, a
WordPress export."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsdesk.cli.registry import Runner
from newsdesk.services.interchange.wxr_export import (
    DEFAULT_BASE_URL,
    WxrExportOptions,
    export_wxr,
)
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.publishing import SiteOptions, export_site
from newsdesk.services.publishing.newsml import export_newsml
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
    ninjs.add_argument(
        "--include-embargoed",
        action="store_true",
        help="hand out embargoed stories too (to a partner, on purpose: they carry `embargoed`)",
    )
    newsml = kinds.add_parser(
        "newsml", parents=[common], help="one IPTC NewsML-G2 news item per published story"
    )
    newsml.add_argument("folder", type=Path, metavar="DIR")
    newsml.add_argument(
        "--article", action="append", metavar="STORY", help="only this story (id, UUID or slug)"
    )
    wxr = kinds.add_parser(
        "wxr", parents=[common], help="the whole newsroom as a WordPress export (WXR 1.2)"
    )
    wxr.add_argument("file", type=Path, metavar="FILE")
    wxr.add_argument("--base-url", default=DEFAULT_BASE_URL, help="where the site is served")
    wxr.add_argument(
        "--without-private",
        action="store_true",
        help="leave commenters' e-mail and IP addresses out (for a file leaving the newsroom)",
    )
    wxr.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"export": run}


def run_wxr(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    options = WxrExportOptions(
        base_url=arguments.base_url, include_private=not arguments.without_private
    )
    report = export_wxr(newsroom.database, arguments.file, options)
    if arguments.json:
        payload = {
            "file": str(report.path),
            "posts": report.posts,
            "comments": report.comments,
            "categories": report.categories,
            "tags": report.tags,
            "attachments": report.attachments,
            "bytes": report.bytes,
            "seconds": round(report.seconds, 3),
            "embargoed": report.embargoed,
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    print(
        f"{report.posts:,} posts, {report.comments:,} comments, {report.categories:,} "
        f"categories, {report.tags:,} tags in {report.path} ({report.bytes:,} bytes) "
        f"in {report.seconds:.2f} s"
    )
    return 0


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.kind == "wxr":
        return run_wxr(newsroom, arguments)
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
    if arguments.kind == "newsml":
        items = export_newsml(newsroom.database, arguments.folder, article_ids=ids)
        print(f"{len(items.written)} NewsML-G2 news item(s) in {arguments.folder}")
        return 0
    ninjs = export_ninjs(
        newsroom.database,
        arguments.folder,
        arguments.ninjs_version,
        article_ids=ids,
        include_embargoed=arguments.include_embargoed,
    )
    kept = f"; {ninjs.private} private stories left out" if ninjs.private else ""
    if ninjs.embargoed:
        kept += f"; {ninjs.embargoed} embargoed stories left out until their embargo lifts"
    print(
        f"{len(ninjs.written)} ninjs {arguments.ninjs_version} document(s) in "
        f"{arguments.folder}{kept}"
    )
    return 0
