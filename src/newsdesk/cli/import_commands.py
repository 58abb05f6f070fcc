"""`newsdesk import …`: stories from elsewhere (a saved web page, a WordPress export,
agency wire items in ninjs or NewsML-G2)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsdesk.cli.registry import Runner
from newsdesk.domain.errors import InvalidInput
from newsdesk.domain.text_cleaning import removed_phrase
from newsdesk.services.interchange.webpage import import_web_page
from newsdesk.services.interchange.wire_files import read_wire_files
from newsdesk.services.interchange.wxr_import import WxrImportReport, WxrRefused, import_wxr
from newsdesk.services.newsroom import Newsroom
from newsdesk.services.wires import Delivered, WireImportReport

EXIT_REFUSED = 2
EXIT_FINDINGS = 1


def register(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
) -> dict[str, Runner]:
    importing = commands.add_parser("import", parents=[common], help="bring stories in")
    kinds = importing.add_subparsers(dest="kind", metavar="KIND", required=True)
    page = kinds.add_parser("html", parents=[common], help="a saved news page becomes a draft")
    page.add_argument("file", type=Path, metavar="FILE")
    page.add_argument("--section", help="section slug or name for the draft")
    wxr = kinds.add_parser(
        "wxr", parents=[common], help="a WordPress export: posts, categories, tags, comments"
    )
    wxr.add_argument("file", type=Path, metavar="FILE")
    wxr.add_argument(
        "--media-dir",
        type=Path,
        metavar="DIR",
        help="a copy of the site's wp-content/uploads: attachments' files are taken from it",
    )
    wxr.add_argument("--json", action="store_true", help="JSON for scripts")
    for kind, what in (("ninjs", "IPTC ninjs"), ("newsml", "IPTC NewsML-G2")):
        wire = kinds.add_parser(
            kind, parents=[common], help=f"agency wire items ({what}): a file or a folder"
        )
        wire.add_argument("path", type=Path, metavar="FILE|DIR")
        wire.add_argument("--json", action="store_true", help="JSON for scripts")
    return {"import": run}


def wire_json(report: WireImportReport) -> dict[str, Any]:
    def entries(delivered: tuple[Delivered, ...]) -> list[dict[str, Any]]:
        return [{"file": d.file, "guid": d.guid, "version": d.version} for d in delivered]

    return {
        "added": entries(report.added),
        "updated": entries(report.updated),
        "unchanged": entries(report.unchanged),
        "refused": [{"file": r.file, "reason": r.reason} for r in report.refused],
    }


def run_wire(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    try:
        files = read_wire_files(arguments.path, arguments.kind)
    except InvalidInput as error:
        print(f"newsdesk: {error}", file=sys.stderr)
        return EXIT_REFUSED
    report = newsroom.wires.take(files.items, files.refused)
    if arguments.json:
        print(json.dumps(wire_json(report), indent=2, ensure_ascii=False))
    else:
        for refused in report.refused:
            print(f"{refused.file}: refused: {refused.reason}", file=sys.stderr)
        print(
            f"{len(report.added):,} wire items added, {len(report.updated):,} updated, "
            f"{len(report.unchanged):,} unchanged, {len(report.refused):,} refused"
        )
    return EXIT_FINDINGS if report.refused else 0


def wxr_json(report: WxrImportReport) -> dict[str, Any]:
    return {
        "imported": {
            "posts": report.posts,
            "comments": report.comments,
            "pingbacks": report.pingbacks,
            "trackbacks": report.trackbacks,
            "categories": report.categories,
            "tags": report.tags,
        },
        "already_present": {
            "posts": report.posts_already_present,
            "comments": report.comments_already_present,
        },
        "already_present_posts": [{"line": p.line, "title": p.title} for p in report.present],
        "skipped": [{"line": s.line, "what": s.what, "reason": s.reason} for s in report.skipped],
        "changed": [{"line": c.line, "what": c.what, "how": c.how} for c in report.changed],
        "flaws": [{"line": f.line, "reason": f.reason} for f in report.flaws],
        "pictures": report.pictures,
        "missing_media": [
            {"line": m.line, "url": m.url, "reason": m.reason} for m in report.missing_media
        ],
        "seconds": round(report.seconds, 3),
    }


def run_wxr(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    try:
        report = import_wxr(
            newsroom.database, newsroom.user, arguments.file, media_dir=arguments.media_dir
        )
    except WxrRefused as refused:
        if arguments.json:
            payload = {"refused": {"line": refused.line, "reason": refused.reason}}
            print(json.dumps(payload, indent=2, ensure_ascii=False))
        print(f"newsdesk: {refused}", file=sys.stderr)
        return EXIT_REFUSED
    if arguments.json:
        print(json.dumps(wxr_json(report), indent=2, ensure_ascii=False))
        return 0
    for flaw in report.flaws:
        print(f"{arguments.file}:{flaw.line}: flaw: {flaw.reason}", file=sys.stderr)
    for skipped in report.skipped:
        print(
            f"{arguments.file}:{skipped.line}: skipped {skipped.what}: {skipped.reason}",
            file=sys.stderr,
        )
    for changed in report.changed:
        print(f"{arguments.file}:{changed.line}: {changed.what}: {changed.how}", file=sys.stderr)
    for present in report.present:
        print(f"{arguments.file}:{present.line}: already here: “{present.title}”", file=sys.stderr)
    for missing in report.missing_media:
        print(
            f"{arguments.file}:{missing.line}: missing media {missing.url}: {missing.reason}",
            file=sys.stderr,
        )
    extra = ""
    if report.pingbacks or report.trackbacks:
        extra = f" ({report.pingbacks:,} pingbacks, {report.trackbacks:,} trackbacks)"
    print(
        f"{report.posts:,} posts, {report.comments:,} comments{extra}, "
        f"{report.categories:,} new sections, {report.tags:,} new tags imported; "
        f"{report.posts_already_present:,} posts and {report.comments_already_present:,} "
        f"comments were already here; {len(report.skipped):,} skipped, "
        f"{len(report.changed):,} changed on the way in, "
        f"{len(report.flaws):,} flaws read around, {report.pictures:,} pictures, "
        f"{len(report.missing_media):,} media files missing, in {report.seconds:.2f} s"
    )
    return 0


def run(newsroom: Newsroom, arguments: argparse.Namespace) -> int:
    if arguments.kind == "wxr":
        return run_wxr(newsroom, arguments)
    if arguments.kind in ("ninjs", "newsml"):
        return run_wire(newsroom, arguments)
    section_id = newsroom.sections.find(arguments.section).id if arguments.section else None
    result = import_web_page(newsroom.database, newsroom.user, arguments.file, section_id)
    if result.removed:
        print(f"{arguments.file}: {removed_phrase(result.removed)} from the page", file=sys.stderr)
    print(f"Draft {result.slug} (id {result.article_id}): {result.page.headline}")
    if result.lead_picture is not None:
        print(f"Lead picture: picture {result.lead_picture}, from the saved page")
    return 0
